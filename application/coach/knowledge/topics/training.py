"""Training terms and session types: what each one is, how hard, how long.

Paces and doses follow Daniels' Running Formula (3rd ed., 2014): E (easy), M, T (threshold), I
(interval) and R (repetition) paces from VDOT; L runs capped near 25-30 % of weekly volume or
~150 min; I work 3-5 min per rep with equal-or-less jog recovery, at most ~8 % of the week; T
work about 20-30 min (continuous tempo, or cruise intervals with 1 min rest), at most ~10 %;
R reps short with full recovery, at most ~5 %; strides 20-30 s with full recovery.
"""
from __future__ import annotations

from application.coach.knowledge.topic import Topic

TOPICS: tuple[Topic, ...] = (
    # Daniels: E pace ~59-74 % VO2max, conversational; most weekly volume (~80 %) is easy.
    Topic(
        id="easy_run",
        title_es="Rodaje suave",
        title_en="Easy running",
        es="El rodaje es un trote continuo a ritmo suave: tienes que poder conversar en frases completas. "
           "Es la base del plan (más o menos el 80 % de tus km) y hace crecer tu resistencia sin "
           "cansarte para los entrenos de calidad. Si dudas, ve más lento: en suave no se gana nada "
           "yendo rápido.",
        en="An easy run is continuous running at a conversational pace: you can talk in full sentences. "
           "It is the base of the plan (about 80 % of your km) and builds endurance without tiring you "
           "for the quality sessions. When in doubt, go slower: nothing is gained by pushing easy days.",
        pro_es="Si incluso a ritmo suave te falta el aire, sientes dolor en el pecho o mareo, consulta a "
               "un médico.",
        pro_en="If even an easy pace leaves you breathless, or you feel chest pain or dizziness, see a "
               "doctor.",
        ask_es=("que es un rodaje", "a que ritmo debo hacer el trote suave", "que significa rodar suave",
                "como se si estoy corriendo suave", "que es el ritmo conversacional",
                "para que sirve correr lento"),
        ask_en=("what is an easy run", "how slow should my easy pace be", "what does conversational pace mean",
                "why should i run slow", "how do i know im running easy enough"),
        terms=("rodaje", "easy run", "conversacional", "conversational", "suave", "ritmo suave", "trote suave",
               "easy pace", "slow runs"),
    ),
    Topic(
        id="long_run",
        title_es="El fondo",
        title_en="Long run",
        es="El fondo es tu salida más larga de la semana, a ritmo suave. Como guía, que no pase de un "
           "25–30 % de tus km semanales ni, para la mayoría, de unas 2,5 horas. Súbelo poco a poco, "
           "unos 1–2 km por semana, y cada 3–4 semanas haz uno más corto para asimilar.",
        en="The long run is your longest run of the week, at an easy pace. As a guide, keep it under "
           "about 25–30 % of your weekly km and, for most runners, under about 2.5 hours. Build it "
           "slowly, 1–2 km a week, with a shorter one every 3–4 weeks to absorb the work.",
        pro_es="Si después del fondo tienes un dolor que no se va en 2–3 días o que te hace cojear, "
               "consulta a un fisioterapeuta o médico.",
        pro_en="If a long run leaves pain that lasts more than 2–3 days or makes you limp, see a "
               "physio or doctor.",
        ask_es=("que es el fondo", "cuanto debe durar mi fondo", "que tan largo debe ser el fondo del domingo",
                "cuantos km deberia hacer en el fondo", "para que sirve la salida larga",
                "a que ritmo se hace el fondo"),
        ask_en=("what is a long run", "how long should my long run be", "how far should my weekend long run go",
                "what pace for the long run", "why do a long run every week"),
        terms=("fondo", "long run", "salida larga"),
    ),
    Topic(
        id="tempo_threshold",
        title_es="Tempo / umbral",
        title_en="Tempo / threshold",
        es="El umbral (o tempo) es un ritmo «cómodamente duro»: podrías sostenerlo cerca de una hora en "
           "carrera, pero solo dices frases cortas. Se entrena con 20–30 min continuos o en bloques "
           "de 5–15 min con 1 min de pausa (ritmo T de Daniels). Te permite sostener ritmos más "
           "rápidos sin que se dispare la fatiga.",
        en="Threshold (tempo) pace is «comfortably hard»: you could hold it for about an hour in a race, "
           "but you only manage short phrases. Train it as 20–30 min continuous, or 5–15 min blocks "
           "with 1 min rest (Daniels' T pace). It raises how fast you can run before fatigue piles up.",
        pro_es="Si notas palpitaciones raras, dolor en el pecho o mareo al subir la intensidad, para y "
               "consulta a un médico.",
        pro_en="If you feel an odd heartbeat, chest pain or dizziness when the effort rises, stop and "
               "see a doctor.",
        ask_es=("que es un tempo", "que es el umbral", "que significa correr a umbral",
                "como se hace un entreno de tempo", "a que ritmo es el umbral",
                "que es el ritmo T de daniels", "que es un tempo run"),
        ask_en=("what is a tempo run", "what is threshold pace", "how hard should a tempo be",
                "what are cruise intervals", "whats lactate threshold running"),
        terms=("tempo", "umbral", "threshold", "lactate", "lactato"),
    ),
    Topic(
        id="intervals",
        title_es="Intervalos",
        title_en="Intervals",
        es="Los intervalos son tramos de 3–5 min a ritmo I (muy duro, el que aguantarías unos 10–12 min "
           "en carrera) con una recuperación trotando igual o un poco más corta que el tramo, por "
           "ejemplo 5 × 1000 m con 2–3 min de trote. Mejoran tu VO2max. Que no pasen de un 8 % de "
           "tus km semanales.",
        en="Intervals are 3–5 min reps at I pace (very hard, what you could race for about 10–12 min) "
           "with equal or slightly shorter jog recovery, e.g. 5 × 1000 m with 2–3 min jog. They raise "
           "your VO2max. Keep them under about 8 % of your weekly km.",
        pro_es="Si tienes una condición del corazón o vuelves a correr después de mucho tiempo, hazte un "
               "chequeo médico antes de meter intervalos.",
        pro_en="If you have a heart condition or are coming back after a long break, get a medical "
               "check before adding intervals.",
        ask_es=("que son los intervalos", "como se hacen los intervalos", "cuanta recuperacion entre intervalos",
                "a que ritmo se corren los intervalos", "para que sirven los intervalos",
                "que es el ritmo I"),
        ask_en=("what are intervals", "how long should intervals be", "how much rest between intervals",
                "what pace for interval training", "what is I pace", "what is vo2max training"),
        terms=("intervalos", "interval", "intervals", "vo2max"),
    ),
    Topic(
        id="series",
        title_es="Series",
        title_en="Reps («series»)",
        es="«Series» son repeticiones de un tramo rápido con recuperación entre una y otra. «6x1000 a "
           "3:25 rec 2'» quiere decir 6 tramos de 1000 m a 3:25 por km con 2 min de recuperación (trote "
           "o caminata). Según el largo y el ritmo son intervalos, umbral o repeticiones cortas.",
        en="«Series» (reps) are repeats of a fast stretch with recovery in between. «6x1000 at 3:25 rec "
           "2'» means 6 reps of 1000 m at 3:25 per km with 2 min recovery (jog or walk). Depending on "
           "length and pace they are intervals, threshold or short repetitions.",
        pro_es="Si las series te dejan dolor en un punto fijo (tibia, pie, rodilla) que dura días, "
               "consulta a un fisioterapeuta.",
        pro_en="If reps leave pain in one spot (shin, foot, knee) that lasts for days, see a physio.",
        ask_es=("que son las series", "como leo 6x1000 rec 2", "que significa 8x400",
                "que quiere decir rec en las series", "como se hacen series en la pista"),
        ask_en=("what does 6x1000 mean", "how do i read 8x400 rec 90s", "what are reps in running",
                "what does rec mean in a workout"),
        terms=("series", "repeats", "rec"),
        patterns=(r"\b\d+ ?x ?\d+",),   # 6x1000, 8 x 400
    ),
    Topic(
        id="repetitions",
        title_es="Repeticiones (R)",
        title_en="Repetitions (R)",
        es="Las repeticiones (ritmo R de Daniels) son tramos cortos y rápidos, de 200 a 400 m, a tu ritmo "
           "de una carrera de unos 1500 m, con recuperación completa (caminar o trotar lo mismo o el "
           "doble). Trabajan velocidad y economía, no la resistencia. No más de un 5 % de tus km de "
           "la semana.",
        en="Repetitions (Daniels' R pace) are short fast reps, 200 to 400 m, at about your mile race "
           "pace, with full recovery (walk or jog the same or double the distance). They build speed "
           "and economy, not endurance. Keep them under about 5 % of your weekly km.",
        pro_es="Si sientes un tirón en el isquio o la pantorrilla al acelerar, para; si no mejora en unos "
               "días, consulta a un fisioterapeuta.",
        pro_en="If you feel a pull in the hamstring or calf while sprinting, stop; if it does not ease "
               "in a few days, see a physio.",
        ask_es=("que son las repeticiones", "que es el ritmo R", "para que sirven los 200 rapidos",
                "que son los 400 con recuperacion completa"),
        ask_en=("what is R pace", "what are repetitions in daniels", "why run 200m repeats",
                "what is repetition pace"),
        terms=("repeticiones", "repetitions", "r pace", "ritmo r"),
    ),
    # Daniels' Running Formula: VDOT from a recent race sets the E/M/T/I/R paces.
    Topic(
        id="vdot",
        title_es="VDOT",
        title_en="VDOT",
        es="El VDOT es un número de Jack Daniels que resume tu forma a partir de una carrera reciente "
           "(por ejemplo un 5k o 10k a tope). De él salen tus ritmos: suave, maratón, umbral, "
           "intervalos y repeticiones. Sube cuando corres más rápido la misma distancia; yo lo "
           "calculo con tus carreras y entrenos.",
        en="VDOT is Jack Daniels' number that sums up your fitness from a recent race (say an all-out "
           "5k or 10k). Your paces come from it: easy, marathon, threshold, interval and repetition. "
           "It goes up when you race the same distance faster; I estimate it from your races and runs.",
        pro_es="Si quieres medir tu VO2max de verdad o tienes una condición cardíaca, una prueba de "
               "esfuerzo con un médico deportivo es lo indicado.",
        pro_en="If you want your real VO2max measured or have a heart condition, a stress test with a "
               "sports doctor is the way.",
        ask_es=("que es el vdot", "como se calcula el vdot", "que significa mi vdot 45",
                "para que sirve el vdot", "como subo mi vdot"),
        ask_en=("what is vdot", "how is vdot calculated", "what does a vdot of 50 mean",
                "how do i improve my vdot"),
        terms=("vdot", "daniels"),
    ),
    Topic(
        id="marathon_pace",
        title_es="Ritmo maratón",
        title_en="Marathon pace",
        es="El ritmo maratón (M) es el que podrías sostener en los 42 km: algo más rápido que el suave y "
           "más lento que el umbral. Se practica en tramos dentro del fondo, por ejemplo los últimos "
           "5–10 km. Sirve para que el cuerpo y la cabeza se acostumbren al ritmo de la carrera.",
        en="Marathon pace (M) is what you could hold for the full 42 km: a bit faster than easy and "
           "slower than threshold. Practise it in blocks within the long run, e.g. the last 5–10 km. "
           "It gets body and mind used to race pace.",
        pro_es="Si en los tramos largos a ritmo sientes mareo, calambres fuertes o dolor en el pecho, "
               "consulta a un médico.",
        pro_en="If long blocks at pace bring dizziness, severe cramps or chest pain, see a doctor.",
        ask_es=("que es el ritmo maraton", "como practico el ritmo de carrera para el maraton",
                "que es el ritmo M", "a que ritmo debo correr mi maraton"),
        ask_en=("what is marathon pace", "what is M pace", "how do i practice race pace for a marathon",
                "what pace should i run my marathon"),
        terms=("ritmo maraton", "ritmo de maraton", "marathon pace", "m pace", "goal pace"),
    ),
    # The standard road distances (World Athletics): a marathon is 42.195 km, a half 21.0975 km.
    Topic(
        id="race_distances",
        title_es="Distancias",
        title_en="Race distances",
        es="Las distancias de ruta más comunes: 5k (5 km), 10k (10 km), 15k (15 km), media maratón "
           "(21,1 km) y maratón (42,195 km). Para una primera carrera, el 5k o el 10k son buen comienzo; "
           "la media y el maratón piden varios meses de preparación con un fondo que crece poco a poco.",
        en="The usual road distances: 5K (3.1 mi), 10K (6.2 mi), 15K (9.3 mi), half marathon (21.1 km, "
           "13.1 mi) and marathon (42.195 km, 26.2 mi). A 5K or 10K is a good first race; a half or a full "
           "takes a few months of training with a long run that grows bit by bit.",
        pro_es="Si vas a empezar a correr distancias largas y tienes alguna condición del corazón, "
               "presión alta o una lesión, consulta antes a un médico.",
        pro_en="If you're starting longer distances with a heart condition, high blood pressure or an "
               "injury, check with a doctor first.",
        ask_es=("que es una media maraton", "cuantos km tiene una media maraton", "cuanto es un maraton",
                "cuantos kilometros es una 10k", "que distancia es la media", "cuanto mide un maraton",
                "cuantos km son un 5k", "que es una 15k"),
        ask_en=("what is a half marathon", "how long is a marathon", "how many miles is a half marathon",
                "how far is a 10k", "what distance is a half", "how many km is a marathon",
                "how long is a 5k"),
        patterns=(r"(?:que es|cuantos? (?:km|kilometros|millas)|cuanto (?:mide|es)|what is|how (?:long|far|many "
                  r"(?:km|miles)) is)\s+(?:una?|el|la|a)?\s*(?:media|maraton|medio maraton|half|marathon|\d+ ?k)",),
    ),
    # Heiderscheit et al. 2011 (Med Sci Sports Exerc): +5-10 % step rate lowers hip/knee load;
    # no single ideal cadence (the 180 comes from elite racers at race pace).
    Topic(
        id="cadence",
        title_es="Cadencia",
        title_en="Cadence",
        es="La cadencia son tus pasos por minuto. No hay un 180 mágico: ese número salió de élites "
           "corriendo rápido, y lo normal va de unos 160 a 190 según tu altura y ritmo. Si das "
           "zancadas muy largas y aterrizas con el talón muy adelante, subirla un 5–10 % suele "
           "aliviar rodillas y caderas.",
        en="Cadence is your steps per minute. There is no magic 180: that number came from elites at "
           "race pace, and 160 to 190 is normal depending on your height and speed. If you overstride "
           "with the heel far in front, raising it 5–10 % often eases knees and hips.",
        pro_es="Si tienes dolor recurrente al correr, un fisioterapeuta puede analizar tu técnica antes "
               "de que cambies la cadencia.",
        pro_en="If you have recurring pain when running, a physio can assess your form before you "
               "change cadence.",
        ask_es=("que es la cadencia", "cuantos pasos por minuto debo dar", "es verdad lo de la cadencia 180",
                "como subo mi cadencia", "mi cadencia es 165 esta mal"),
        ask_en=("what is cadence", "should my cadence be 180", "how many steps per minute when running",
                "how do i increase my cadence", "is a cadence of 160 bad"),
        terms=("cadencia", "cadence", "pasos por minuto", "steps per minute", "spm"),
    ),
    # Daniels: strides 20-30 s near mile pace, full recovery, after easy runs.
    Topic(
        id="strides",
        title_es="Rectas (strides)",
        title_en="Strides",
        es="Las rectas (strides) son aceleraciones de 20–30 s hasta un ritmo rápido pero suelto, sin "
           "esprintar, con 1 min caminando o trotando entre cada una. Haz 4–6 al final de un rodaje "
           "suave, 1–2 veces por semana. Mejoran la técnica y la soltura sin cansar.",
        en="Strides are 20–30 s accelerations to a fast but relaxed pace, not a sprint, with about 1 min "
           "walk or jog between them. Do 4–6 at the end of an easy run, once or twice a week. They "
           "improve form and leg speed without tiring you.",
        pro_es="Si al acelerar sientes un tirón o pinchazo muscular, para; si dura más de unos días, "
               "consulta a un fisioterapeuta.",
        pro_en="If you feel a pull or sharp pain while accelerating, stop; if it lasts more than a few "
               "days, see a physio.",
        ask_es=("que son las rectas", "que son los strides", "como se hacen las aceleraciones al final del trote",
                "que son los progresivos cortos de 100 m", "para que sirven las rectas"),
        ask_en=("what are strides", "how do i do strides after an easy run", "how many strides should i do",
                "what are pickups in running"),
        terms=("rectas", "strides", "aceleraciones", "pickups"),
    ),
    Topic(
        id="fartlek",
        title_es="Fartlek",
        title_en="Fartlek",
        es="Fartlek («juego de velocidad» en sueco) es un entreno continuo donde alternas tramos rápidos y "
           "suaves sin pista ni reloj estricto: por ejemplo, acelerar hasta el siguiente poste y "
           "trotar hasta recuperar. Un clásico: 8–10 × 1 min rápido / 1 min suave. Es una forma "
           "divertida de empezar con la velocidad.",
        en="Fartlek («speed play» in Swedish) is a continuous run mixing fast and easy stretches without "
           "a track or strict timing: speed up to the next lamp post, jog until you recover. A classic: "
           "8–10 × 1 min fast / 1 min easy. It is a fun way to start with speed work.",
        pro_es="Si los cambios de ritmo te provocan dolor en una articulación, baja la intensidad y "
               "consulta a un fisioterapeuta si no se va.",
        pro_en="If the surges cause joint pain, ease off and see a physio if it does not go away.",
        ask_es=("que es un fartlek", "como se hace el farlek", "que significa fartlek",
                "fartlek es lo mismo que series"),
        ask_en=("what is fartlek", "how do i run a fartlek", "what does fartlek mean", "fartlek vs intervals"),
        terms=("fartlek", "farlek", "fartleck"),
    ),
    Topic(
        id="hills",
        title_es="Cuestas",
        title_en="Hill training",
        es="Las cuestas son fuerza específica para correr: sube 30–90 s a esfuerzo duro con buena postura "
           "y baja trotando para recuperar, unas 6–10 veces. En la subida mira el esfuerzo, no el "
           "ritmo. En Quito tienes cuestas de sobra: aprovéchalas, pero baja con cuidado porque la "
           "bajada carga mucho las piernas.",
        en="Hill reps are running-specific strength: climb 30–90 s at a hard effort with good posture "
           "and jog down to recover, about 6–10 times. Go by effort on the way up, not pace. Downhills "
           "load the legs a lot, so take them easy.",
        pro_es="Si las cuestas te dan dolor en el tendón de Aquiles o la pantorrilla que dura días, "
               "consulta a un fisioterapeuta.",
        pro_en="If hills leave Achilles or calf pain that lasts for days, see a physio.",
        ask_es=("como entreno cuestas", "sirven las subidas para correr mas rapido", "que son las series en cuesta",
                "como corro en subida", "como bajar una cuesta corriendo"),
        ask_en=("how do i do hill repeats", "are hills good training", "how should i run uphill",
                "how to run downhill"),
        terms=("cuestas", "subidas", "en subida", "hills", "hill", "uphill"),
    ),
    Topic(
        id="progression_run",
        title_es="Progresivo",
        title_en="Progression run",
        es="Un progresivo empieza suave y va subiendo el ritmo poco a poco, terminando los últimos "
           "10–20 min cerca del umbral o del ritmo de carrera. Enseña a acabar fuerte con las piernas "
           "cansadas. Cuenta como entreno de calidad, así que no lo juntes con series en días "
           "seguidos.",
        en="A progression run starts easy and speeds up gradually, finishing the last 10–20 min near "
           "threshold or race pace. It teaches you to finish strong on tired legs. It counts as a "
           "quality session, so do not put it the day after intervals.",
        pro_es="Si al final del progresivo sientes mareo o dolor en el pecho, para y consulta a un "
               "médico.",
        pro_en="If you feel dizzy or have chest pain near the end, stop and see a doctor.",
        ask_es=("que es un progresivo", "como se hace un entreno progresivo", "que es correr en progresion"),
        ask_en=("what is a progression run", "how do i do a progressive run", "what is a fast finish long run"),
        terms=("progresivo", "progresion", "progression", "progressive"),
    ),
    # Bosquet et al. 2007 (meta-analysis): cut volume ~40-60 %, keep intensity, ~2 weeks;
    # Daniels and Pfitzinger: 2-3 weeks for a marathon, ~1 week for 5-10k.
    Topic(
        id="taper",
        title_es="Taper / descarga",
        title_en="Tapering",
        es="El taper es bajar el volumen antes de la carrera para llegar fresco: un 40–60 % menos de km, "
           "manteniendo algo de ritmo de carrera para no perder chispa. Para un 5k o 10k basta con "
           "unos 7–10 días; para media maratón 1–2 semanas; para maratón 2–3 semanas. Es normal "
           "sentirse raro o pesado esos días.",
        en="Tapering means cutting volume before a race so you arrive fresh: 40–60 % fewer km, keeping "
           "some race-pace work so you stay sharp. For a 5k or 10k about 7–10 days is enough; half "
           "marathon 1–2 weeks; marathon 2–3 weeks. Feeling sluggish or restless is normal.",
        pro_es="Si en el taper aparece un dolor nuevo que no se va con el descanso, consulta a un "
               "fisioterapeuta antes de la carrera.",
        pro_en="If a new pain shows up during the taper and rest does not ease it, see a physio before "
               "the race.",
        ask_es=("que es el taper", "cuanto debo bajar antes de la carrera", "como es la descarga antes del maraton",
                "cuantos km corro la semana de la carrera", "que hago las dos semanas antes de la media",
                "cuanto entreno los dias previos a una carrera"),
        ask_en=("what is tapering", "how long should my taper be", "how much do i cut before a marathon",
                "what to do the week before my race"),
        terms=("taper", "tapering", "descarga", "afinamiento"),
    ),
    Topic(
        id="negative_split",
        title_es="Split negativo",
        title_en="Negative split",
        es="Hacer un split negativo es correr la segunda mitad más rápido que la primera. Es la forma más "
           "eficiente de correr una carrera: sales unos segundos por km más lento que tu objetivo y "
           "aprietas al final. Salir demasiado rápido casi siempre se paga en los últimos km.",
        en="A negative split means running the second half faster than the first. It is the most "
           "efficient way to race: start a few seconds per km slower than goal pace and push at the "
           "end. Going out too fast almost always costs you in the last km.",
        pro_es="Si en carrera sientes dolor en el pecho, mareo o confusión, para y pide ayuda médica.",
        pro_en="If you feel chest pain, dizziness or confusion in a race, stop and get medical help.",
        ask_es=("que es un split negativo", "que es correr en negativo", "conviene salir rapido en la carrera",
                "como reparto el ritmo en una carrera"),
        ask_en=("what is a negative split", "should i start my race fast", "how to pace a race",
                "what are splits"),
        terms=("split", "splits", "negativo", "negative split"),
    ),
    # Karvonen/Tanaka: 220-age is off by 10-12 bpm for many; Tanaka 2001: 208 - 0.7 x age.
    Topic(
        id="heart_rate_zones",
        title_es="Zonas de pulso",
        title_en="Heart-rate zones",
        es="Las zonas de pulso dividen el esfuerzo según tu frecuencia cardíaca máxima: zona 2 (~60–70 %) "
           "para suave, zona 4 (~80–90 %) para umbral. La fórmula 220 − edad falla 10–12 pulsaciones en "
           "mucha gente, así que mejor toma tu máxima de una prueba o carrera dura. El pulso sube con "
           "calor, altura y cansancio: úsalo junto con las sensaciones.",
        en="Heart-rate zones split effort by your maximum heart rate: zone 2 (~60–70 %) for easy, zone 4 "
           "(~80–90 %) for threshold. The 220 − age formula is off by 10–12 beats for many people, so "
           "take your max from a hard test or race. HR rises with heat, altitude and fatigue: use it "
           "together with how you feel.",
        pro_es="Si tu pulso se dispara sin razón, es muy irregular o va con mareo o dolor en el pecho, "
               "consulta a un cardiólogo.",
        pro_en="If your heart rate races for no reason, is very irregular or comes with dizziness or "
               "chest pain, see a cardiologist.",
        ask_es=("que son las zonas de frecuencia cardiaca", "en que zona debo correr", "que es la zona 2",
                "como calculo mi pulso maximo", "entreno por pulso o por ritmo", "a cuantas pulsaciones debo trotar"),
        ask_en=("what are heart rate zones", "what is zone 2 training", "how do i find my max heart rate",
                "should i train by heart rate or pace", "what bpm should my easy runs be"),
        terms=("zona 2", "zone 2", "zonas", "zones", "pulso", "pulsaciones", "frecuencia cardiaca",
               "heart rate", "bpm", "ppm", "hr", "fc", "pulse"),
    ),
    # Borg CR-10 scale; Foster et al. 2001 session-RPE.
    Topic(
        id="rpe",
        title_es="RPE (esfuerzo)",
        title_en="RPE (effort)",
        es="El RPE es tu esfuerzo percibido del 1 al 10: 1 es estar sentado y 10 es lo máximo que puedes. "
           "Como guía: suave 3–4, umbral 6–7, intervalos 8–9. Es útil en altura, calor o cuestas, "
           "donde el ritmo engaña. Cuéntame el RPE de tus entrenos y ajusto el plan.",
        en="RPE is your rating of perceived exertion from 1 to 10: 1 is sitting down, 10 is all-out. As "
           "a guide: easy 3–4, threshold 6–7, intervals 8–9. It is handy at altitude, in heat or on "
           "hills, where pace misleads. Tell me your RPE and I adjust the plan.",
        pro_es="Si un esfuerzo que antes era fácil ahora se siente muy duro por varias semanas, consulta "
               "a un médico (puede ser anemia, tiroides u otra cosa).",
        pro_en="If an effort that used to be easy feels very hard for weeks, see a doctor (it could be "
               "anaemia, thyroid or something else).",
        ask_es=("que es el rpe", "que significa rpe 6", "como mido el esfuerzo percibido",
                "que es la escala de esfuerzo del 1 al 10"),
        ask_en=("what is rpe", "what does rpe 7 mean", "how do i rate my effort",
                "what is perceived exertion"),
        terms=("rpe", "esfuerzo percibido", "perceived exertion", "borg"),
    ),
    # ACSM guidelines; Buist 2008 / Nielsen 2014: the 10 % rule is a rule of thumb, spikes matter.
    Topic(
        id="weekly_increase",
        title_es="Subir kilometraje",
        title_en="Building mileage",
        es="Sube tu kilometraje de a poco: como regla práctica, no más de un 10 % por semana, y cada 3–4 "
           "semanas una semana más suave para asimilar. Lo que más lesiona son los saltos bruscos, "
           "por ejemplo pasar de 20 a 35 km de golpe. Sube primero volumen y después intensidad, no "
           "las dos a la vez.",
        en="Build your weekly km gradually: as a rule of thumb no more than about 10 % a week, with an "
           "easier week every 3–4 weeks. Sudden jumps, like 20 to 35 km at once, cause the most "
           "injuries. Add volume first and intensity later, not both at once.",
        pro_es="Si al subir km aparece un dolor que empeora semana a semana, consulta a un "
               "fisioterapeuta antes de seguir subiendo.",
        pro_en="If pain appears as you add km and gets worse week by week, see a physio before building "
               "further.",
        ask_es=("cuanto puedo subir los km por semana", "es cierta la regla del 10 por ciento",
                "como aumento mi kilometraje", "cada cuanto hago una semana de descarga",
                "cuantos km por semana debo correr"),
        ask_en=("how much should i increase my mileage", "is the 10 percent rule true",
                "how do i build weekly mileage safely", "how often should i have a recovery week"),
        terms=("kilometraje", "mileage", "10 %", "10%", "volumen semanal", "weekly volume"),
    ),
    Topic(
        id="race_day",
        title_es="Día de carrera",
        title_en="Race day",
        es="El día de la carrera nada nuevo: ni zapatos, ni desayuno, ni gel que no hayas probado. "
           "Desayuna 2–3 h antes, llega con tiempo, calienta 10–15 min (menos en maratón) y sal un "
           "poco más lento que tu objetivo. Lleva el ritmo por km y guarda fuerzas para el final.",
        en="On race day, nothing new: no shoes, breakfast or gel you have not tried. Eat 2–3 h before, "
           "arrive early, warm up 10–15 min (less for a marathon) and start a little slower than goal "
           "pace. Pace by km and save something for the end.",
        pro_es="Si tienes fiebre, dolor en el pecho o una lesión que te hace cojear, no corras y "
               "consulta a un médico.",
        pro_en="If you have a fever, chest pain or an injury that makes you limp, do not race and see a "
               "doctor.",
        ask_es=("que hago el dia de la carrera", "consejos para mi primera carrera de 10k",
                "que desayuno el dia de la maraton", "como me preparo la noche antes de la carrera"),
        ask_en=("race day tips", "what should i do on race morning", "tips for my first half marathon",
                "what to eat the night before a race"),
        terms=("dia de carrera", "race day"),
    ),
    # NHS Couch to 5K; Galloway run-walk.
    Topic(
        id="beginners",
        title_es="Empezar a correr",
        title_en="Starting out",
        es="Para empezar, alterna trote y caminata: por ejemplo 1 min trotando y 2 min caminando, 20–30 "
           "min, 3 días por semana con un día de descanso entre medio. Cada semana alarga un poco el "
           "trote hasta correr 20–30 min seguidos (suele tomar 8–9 semanas). Ve tan lento que puedas "
           "conversar.",
        en="To start, mix running and walking: e.g. 1 min jog, 2 min walk, 20–30 min, 3 days a week with "
           "a rest day in between. Each week lengthen the running bits until you can run 20–30 min "
           "non-stop (often 8–9 weeks). Go slow enough to chat.",
        pro_es="Si tienes más de 45 años sin hacer ejercicio, alguna enfermedad del corazón, presión alta "
               "o diabetes, hazte un chequeo médico antes de empezar.",
        pro_en="If you are over 45 and inactive, or have heart disease, high blood pressure or diabetes, "
               "get a medical check before starting.",
        ask_es=("como empiezo a correr", "soy principiante por donde empiezo", "es malo caminar durante el trote",
                "cuanto debo correr si recien empiezo", "nunca he corrido como arranco"),
        ask_en=("how do i start running", "im a beginner where do i start", "is it ok to walk during a run",
                "how much should a new runner run", "run walk method"),
        terms=("principiante", "principiantes", "novato", "recien empiezo", "beginner", "empezar", "couch to 5k"),
    ),
)
