"""Preparation, recovery and common aches: warm-up, strength, rest, sleep, soreness, general pain advice.

General advice only; anything sharp, swollen, or that makes you limp goes to a professional.
Sources per entry in comments.
"""
from __future__ import annotations

from application.coach.knowledge.topic import Topic

TOPICS: tuple[Topic, ...] = (
    # Fradkin et al. 2010 (warm-up and performance); Daniels: warm-up before quality sessions.
    Topic(
        id="warm_up",
        title_es="Calentamiento",
        title_en="Warm-up",
        es="Antes de un entreno de calidad o una carrera, calienta 10–15 min: trote suave, unos ejercicios "
           "de técnica (skipping, talones al glúteo, zancadas) y 3–4 rectas cortas. Para un rodaje "
           "suave basta con empezar los primeros minutos más lento. El estiramiento largo y quieto "
           "déjalo para después.",
        en="Before a quality session or a race, warm up for 10–15 min: easy jogging, a few drills (high "
           "knees, butt kicks, lunges) and 3–4 short strides. For an easy run, just start the first "
           "minutes slower. Leave long static stretches for later.",
        pro_es="Si un dolor no se va después de calentar o empeora al correr, para y consulta a un "
               "fisioterapeuta.",
        pro_en="If a pain does not ease after warming up or gets worse as you run, stop and see a "
               "physio.",
        ask_es=("como debo calentar antes de correr", "cuanto tiempo calentar antes de las series",
                "que ejercicios hago antes de trotar", "es necesario calentar", "calentamiento antes de una carrera"),
        ask_en=("how should i warm up before running", "how long should a warm up be",
                "what drills before a run", "do i need to warm up before easy runs"),
        terms=("calentar", "calentamiento", "warm up", "warm-up", "warmup"),
    ),
    Topic(
        id="cool_down",
        title_es="Enfriamiento",
        title_en="Cool-down",
        es="Después de series o una carrera, trota o camina suave 5–10 min para bajar pulsaciones poco a "
           "poco. No acelera mucho la recuperación, pero evita el mareo de parar en seco y te deja "
           "sumar unos km suaves. Luego hidrátate y come algo.",
        en="After intervals or a race, jog or walk easy for 5–10 min to let your heart rate come down. "
           "It does not speed recovery much, but it avoids the dizziness of stopping dead and adds a "
           "few easy km. Then drink and eat something.",
        pro_es="Si al terminar sientes mareo que no pasa, palpitaciones o dolor en el pecho, busca "
               "atención médica.",
        pro_en="If after finishing you have dizziness that will not pass, palpitations or chest pain, "
               "get medical attention.",
        ask_es=("que es el enfriamiento", "que hago despues de las series", "es necesario trotar al terminar",
                "como bajo pulsaciones despues de correr"),
        ask_en=("what is a cool down", "should i cool down after running", "what to do right after a workout"),
        terms=("enfriamiento", "cool down", "cooldown", "vuelta a la calma", "al terminar", "after a workout"),
    ),
    Topic(
        id="drills",
        title_es="Técnica al correr",
        title_en="Running drills",
        es="Los ejercicios de técnica (skipping, talones al glúteo, zancada exagerada, saltos suaves) "
           "mejoran coordinación y postura. Haz 2–3 tramos de 20–30 m de cada uno después de "
           "calentar, 2 veces por semana. Para la técnica piensa en correr alto, relajado y con el "
           "pie cayendo cerca de tu cuerpo.",
        en="Running drills (high knees, butt kicks, bounding, skips) improve coordination and posture. "
           "Do 2–3 × 20–30 m of each after warming up, twice a week. For form, think tall, relaxed, "
           "with your foot landing close under your body.",
        pro_es="Si crees que tu forma de correr te causa dolor, un fisioterapeuta puede analizar "
               "cómo corres.",
        pro_en="If you think your form is causing pain, a physio can do a running gait analysis.",
        ask_es=("que ejercicios de tecnica de carrera hago", "como mejoro mi tecnica al correr",
                "que es el skipping", "como debo pisar al correr", "es mejor pisar de talon o de punta"),
        ask_en=("what running drills should i do", "how can i improve my running form", "what are a skips and b skips",
                "should i land on my heel or forefoot"),
        terms=("tecnica", "skipping", "drills", "form", "pisada", "heel strike"),
    ),
    # Behm et al. 2016 (Appl Physiol Nutr Metab): static stretching does not prevent injuries much;
    # dynamic before, static if you like after.
    Topic(
        id="stretching",
        title_es="Estiramientos",
        title_en="Stretching",
        es="Estirar no previene lesiones tanto como se cree. Antes de correr es mejor movilidad dinámica "
           "(balanceos de pierna, zancadas); después, si te sienta bien, estira suave 20–30 s por "
           "músculo sin rebotes. Si quieres prevenir lesiones, la fuerza rinde más que el "
           "estiramiento.",
        en="Stretching does not prevent injuries as much as people think. Before running, dynamic "
           "mobility (leg swings, lunges) is better; afterwards, if it feels good, hold gentle stretches "
           "20–30 s per muscle without bouncing. For injury prevention, strength work pays off more.",
        pro_es="Si un músculo sigue tenso o duele por semanas pese a estirar, consulta a un "
               "fisioterapeuta.",
        pro_en="If a muscle stays tight or sore for weeks despite stretching, see a physio.",
        ask_es=("debo estirar antes o despues de correr", "sirve estirar para no lesionarse",
                "que estiramientos hago despues del trote", "cuanto tiempo estiro cada musculo"),
        ask_en=("should i stretch before or after running", "does stretching prevent injury",
                "what stretches after a run", "static or dynamic stretching"),
        terms=("estirar", "estiramientos", "estiramiento", "stretch", "stretching", "stretches"),
    ),
    # Lauersen et al. 2014 (BJSM): strength training cut sports injuries to about a third;
    # Blagrove et al. 2018: heavy strength improves running economy.
    Topic(
        id="strength",
        title_es="Fuerza",
        title_en="Strength training",
        es="La fuerza es el mejor seguro contra lesiones: 2 sesiones de 20–30 min por semana bastan. "
           "Sentadillas, zancadas, peso muerto, elevación de talones (pantorrillas), puente de glúteo y "
           "plancha, con cargas que te cuesten en 6–12 repeticiones. Ponla en días de rodaje suave o "
           "después de las series, no el día antes.",
        en="Strength work is the best injury insurance: 2 sessions of 20–30 min a week are enough. "
           "Squats, lunges, deadlifts, calf raises, glute bridges and planks, with loads that are hard "
           "at 6–12 reps. Put it on easy days or after a workout, not the day before one.",
        pro_es="Si no sabes la técnica de los ejercicios o tienes una lesión, pide a un fisioterapeuta o "
               "entrenador de fuerza que te guíe.",
        pro_en="If you are unsure of the technique or have an injury, ask a physio or strength coach to "
               "guide you.",
        ask_es=("que ejercicios de fuerza hago para correr", "debo ir al gimnasio si corro",
                "cuantas veces por semana hago pesas", "sirven las sentadillas para correr", "ejercicios de pierna para corredores"),
        ask_en=("what strength training should runners do", "should runners lift weights",
                "how often strength training for running", "best leg exercises for runners"),
        terms=("fuerza", "pesas", "gimnasio", "gym", "strength", "sentadillas", "squats"),
    ),
    Topic(
        id="cross_training",
        title_es="Entreno cruzado",
        title_en="Cross-training",
        es="Bici, natación, elíptica o remo mantienen tu forma aeróbica sin el impacto de correr. Son "
           "ideales en días extra o cuando estás lesionado. Como regla aproximada, 1 h de bici suave "
           "vale algo así como 30–40 min de trote; cuéntame lo que haces y lo anoto aparte de tus km.",
        en="Cycling, swimming, elliptical or rowing keep your aerobic fitness without running's impact. "
           "They are great for extra days or when injured. Roughly, 1 h of easy cycling is worth "
           "something like 30–40 min of running; tell me what you do and I log it apart from your km.",
        pro_es="Si estás lesionado, pregunta a tu fisioterapeuta qué actividad puedes hacer sin dolor.",
        pro_en="If you are injured, ask your physio which activity you can do pain-free.",
        ask_es=("sirve la bici para correr mejor", "que es el entreno cruzado", "puedo nadar en vez de trotar",
                "cuenta la eliptica como entreno", "que hago si no puedo correr"),
        ask_en=("is cycling good for runners", "what is cross training", "can i swim instead of running",
                "does the elliptical count"),
        terms=("bici", "natacion", "eliptica", "cross training", "cross-training", "cycling", "swimming", "elliptical"),
    ),
    Topic(
        id="rest_days",
        title_es="Días de descanso",
        title_en="Rest days",
        es="El cuerpo se hace más fuerte mientras descansa, no mientras entrena. La mayoría necesita al "
           "menos 1 día sin correr por semana, y los principiantes 2–3. Descansar también puede ser "
           "caminar, estirar o bici muy suave.",
        en="Your body gets stronger while resting, not while training. Most runners need at least 1 day "
           "off running a week, beginners 2–3. Rest can also be walking, mobility or very easy cycling.",
        pro_es="Si aun descansando sigues agotado por más de 2 semanas, consulta a un médico.",
        pro_en="If you are still exhausted after resting for more than 2 weeks, see a doctor.",
        ask_es=("cuantos dias de descanso necesito", "es malo no descansar nunca", "que hago el dia de descanso",
                "puedo correr todos los dias", "hace falta descansar", "puedo entrenar toda la semana sin parar"),
        ask_en=("how many rest days do i need", "can i run every day", "what should i do on rest days",
                "is it bad to never take a day off"),
        terms=("descanso", "descansar", "rest day", "rest days", "day off"),
    ),
    Topic(
        id="consecutive_days",
        title_es="Correr días seguidos",
        title_en="Back-to-back days",
        es="Sí, para la mayoría está bien correr dos días seguidos si al menos uno es suave. Lo que "
           "conviene evitar es juntar dos entrenos duros (series, umbral, fondo) sin un día suave en "
           "medio. Si vienes de una lesión o eres principiante, alterna días de trote y de descanso.",
        en="Yes, running two days in a row is fine for most people when at least one is easy. What to "
           "avoid is stacking two hard sessions (intervals, threshold, long run) without an easy day "
           "between. If you are a beginner or coming back from injury, alternate run days and rest days.",
        pro_es="Si correr días seguidos te deja un dolor que va en aumento, consulta a un fisioterapeuta.",
        pro_en="If running on consecutive days leaves a pain that keeps growing, see a physio.",
        ask_es=("puedo correr dos dias seguidos", "es malo trotar dias consecutivos",
                "puedo hacer series dos dias seguidos", "esta bien correr hoy y manana"),
        ask_en=("is it ok to run two days in a row", "can i run back to back days", "is running on consecutive days bad",
                "can i do two hard workouts in a row"),
        terms=("seguidos", "seguido", "consecutivos", "in a row", "back to back", "consecutive"),
    ),
    # Cheung et al. 2003 (Sports Med): DOMS peaks 24-72 h; light activity helps.
    Topic(
        id="doms",
        title_es="Dolor muscular",
        title_en="Muscle soreness",
        es="El dolor muscular de 1–3 días después (DOMS) es normal tras algo nuevo, cuestas, bajadas o una "
           "carrera. Se pasa solo: movimiento suave (caminar, trote muy lento o bici), comer bien y "
           "dormir. No hagas series mientras te duela.",
        en="Muscle soreness 1–3 days after (DOMS) is normal after something new, hills, downhills or a "
           "race. It goes away by itself: gentle movement (walking, very easy jog or bike), good food "
           "and sleep. Skip hard sessions while it hurts.",
        pro_es="Si el dolor es extremo, hay hinchazón fuerte u orina oscura (color coca-cola), ve al "
               "médico ese mismo día.",
        pro_en="If the pain is extreme, there is marked swelling or your urine is dark (cola-coloured), "
               "see a doctor the same day.",
        ask_es=("me duelen las piernas al dia siguiente de correr", "tengo todo el cuerpo adolorido despues de la carrera",
                "que hago con el dolor muscular", "por que me duelen los musculos dos dias despues",
                "que son las agujetas", "quede molido despues de la carrera"),
        ask_en=("my legs are sore the day after running", "what is doms", "how do i get rid of muscle soreness",
                "why are my legs sore two days later"),
        terms=("doms", "agujetas", "adolorido", "sore", "soreness"),
    ),
    # Meeusen et al. 2013 (ECSS/ACSM consensus on overtraining).
    Topic(
        id="overtraining",
        title_es="Sobreentrenamiento",
        title_en="Overtraining",
        es="Señales de que te estás pasando de carga: cansancio que no se va, piernas pesadas, pulso en "
           "reposo más alto de lo normal, mal sueño, irritabilidad y ritmos que empeoran. Baja el "
           "volumen y quita la intensidad 1–2 semanas. Dímelo y ajusto el plan.",
        en="Signs of overreaching: fatigue that will not go away, heavy legs, a higher resting heart "
           "rate than usual, poor sleep, irritability and paces getting worse. Cut volume and drop the "
           "hard sessions for 1–2 weeks. Tell me and I adjust the plan.",
        pro_es="Si después de 2 semanas suaves sigues igual, consulta a un médico (revisar anemia, "
               "tiroides o alimentación).",
        pro_en="If you are no better after 2 easy weeks, see a doctor (anaemia, thyroid or fuelling may "
               "need checking).",
        ask_es=("estoy sobreentrenado", "siempre estoy cansado y corro peor", "como se si entreno demasiado",
                "tengo las piernas pesadas hace semanas", "senales de sobreentrenamiento"),
        ask_en=("am i overtraining", "signs of overtraining", "always tired and running slower",
                "how do i know if im training too much"),
        terms=("sobreentrenamiento", "sobreentrenado", "overtraining", "overtrained", "burnout"),
    ),
    # Hirshkowitz et al. 2015 (National Sleep Foundation): adults 7-9 h; Fullagar 2015: athletes need more.
    Topic(
        id="sleep",
        title_es="Sueño",
        title_en="Sleep",
        es="Dormir 7–9 horas es parte del entrenamiento: es cuando el cuerpo se recupera y se adapta. Si "
           "entrenas fuerte, apunta al rango alto, y una siesta de 20–30 min ayuda. Con una noche mala "
           "cambia las series por un trote suave.",
        en="Sleeping 7–9 hours is part of training: it is when your body recovers and adapts. If you "
           "train hard, aim for the top of that range, and a 20–30 min nap helps. After a bad night, "
           "swap a hard session for an easy run.",
        pro_es="Si duermes mal por semanas, roncas fuerte o te despiertas sin aire, consulta a un médico.",
        pro_en="If you sleep badly for weeks, snore loudly or wake up gasping, see a doctor.",
        ask_es=("cuantas horas debo dormir si corro", "dormi mal puedo hacer series",
                "es importante el sueno para correr", "sirve una siesta para recuperar"),
        ask_en=("how much sleep do runners need", "i slept badly should i still run",
                "does sleep affect running", "are naps good for recovery"),
        terms=("dormir", "sueno", "siesta", "sleep", "nap"),
    ),
    # Morton & Callister 2015 (Sports Med): exercise-related transient abdominal pain.
    Topic(
        id="side_stitch",
        title_es="Dolor de bazo, flato",
        title_en="Side stitch",
        es="El flato o «dolor de bazo» es un pinchazo en el costado, muy común. Baja el ritmo, respira "
           "profundo y suelta el aire lento, y presiona la zona con los dedos inclinándote un poco "
           "hacia adelante. Para evitarlo, no comas mucho ni tomes mucho líquido 1–2 h antes.",
        en="A side stitch is a sharp pain in your side, very common. Slow down, breathe deeply and exhale "
           "slowly, and press on the spot leaning slightly forward. To prevent it, avoid big meals or "
           "lots of fluid 1–2 h before running.",
        pro_es="Si el dolor no se va al parar, va al pecho, al brazo o a la mandíbula, o viene con "
               "falta de aire, busca atención médica de inmediato.",
        pro_en="If the pain does not go away when you stop, spreads to the chest, arm or jaw, or comes "
               "with breathlessness, get medical help straight away.",
        ask_es=("me da dolor de bazo cuando corro", "que hago con el flato", "me duele el costado al trotar",
                "por que me da flato", "dolor en el costado derecho corriendo"),
        ask_en=("i get a side stitch when running", "how do i stop a stitch", "pain in my side while running",
                "why do i get cramps in my side"),
        terms=("flato", "bazo", "costado", "stitch"),
    ),
    Topic(
        id="breathing",
        title_es="Respiración",
        title_en="Breathing",
        es="Respira como te salga natural, por nariz y boca a la vez: en esfuerzos fuertes la boca es "
           "necesaria. Un ritmo cómodo es inhalar en 2–3 pasos y exhalar en 2–3 pasos. Si en suave "
           "no puedes hablar, vas muy rápido. En altura es normal respirar más.",
        en="Breathe however feels natural, through nose and mouth together: in hard efforts the mouth is "
           "needed. A comfortable rhythm is in for 2–3 steps, out for 2–3 steps. If you cannot talk on "
           "easy runs, you are going too fast. At altitude you will breathe more, and that is normal.",
        pro_es="Si tienes silbidos, tos o falta de aire que no es normal para el esfuerzo (puede ser asma "
               "inducida por ejercicio), consulta a un médico.",
        pro_en="If you wheeze, cough or get breathless out of proportion to the effort (possibly "
               "exercise-induced asthma), see a doctor.",
        ask_es=("como debo respirar al correr", "respiro por la nariz o por la boca", "me ahogo al trotar",
                "como controlo la respiracion corriendo"),
        ask_en=("how should i breathe when running", "nose or mouth breathing running",
                "i get out of breath running", "breathing rhythm for running"),
        terms=("respirar", "respiro", "respiracion", "breathe", "breathing", "breath"),
    ),
    # Schwellnus 2009 (BJSM): cramps are mostly neuromuscular fatigue, not just dehydration.
    Topic(
        id="cramps",
        title_es="Calambres",
        title_en="Cramps",
        es="Los calambres tienen más que ver con fatiga muscular que con falta de agua o sales. Cuando "
           "te dé uno, para y estira suave el músculo hasta que se suelte. Para prevenirlos: no salir "
           "más rápido de lo que entrenaste, fuerza en pantorrillas y comer carbohidratos en salidas "
           "largas.",
        en="Cramps have more to do with muscle fatigue than with a lack of water or salt. When one hits, "
           "stop and gently stretch the muscle until it lets go. To prevent them: do not race faster "
           "than you trained, do calf strength work and fuel long runs with carbs.",
        pro_es="Si los calambres son muy frecuentes, aparecen en reposo o con debilidad, consulta a un "
               "médico.",
        pro_en="If cramps are very frequent, happen at rest or come with weakness, see a doctor.",
        ask_es=("me dan calambres en la pantorrilla", "por que me dan calambres corriendo",
                "como evito los calambres en el maraton", "sirve el potasio para los calambres"),
        ask_en=("why do i get cramps running", "how to prevent calf cramps", "do bananas help with cramps",
                "cramping in the last km of the marathon"),
        terms=("calambre", "calambres", "cramp", "cramps", "cramping"),
    ),
    # Yates & White 2004; Winters 2018 (medial tibial stress syndrome); stress-fracture red flags.
    Topic(
        id="shin_splints",
        title_es="Dolor en la canilla",
        title_en="Shin splints",
        es="El dolor en la parte interna de la canilla (periostitis) suele venir de subir carga muy "
           "rápido. Baja los km y la intensidad, evita el asfalto duro por unos días, pon hielo 10–15 "
           "min y trabaja fuerza de pantorrilla. Vuelve poco a poco cuando camines sin dolor.",
        en="Pain along the inner shin (shin splints) usually comes from adding load too fast. Cut km and "
           "intensity, avoid hard surfaces for a few days, ice 10–15 min and build calf strength. "
           "Return gradually once walking is pain-free.",
        pro_es="Si el dolor está en un punto exacto del hueso, duele al caminar o en reposo, o no mejora "
               "en 1–2 semanas, consulta a un médico: puede ser una fractura por estrés.",
        pro_en="If the pain is in one exact spot on the bone, hurts when walking or at rest, or does not "
               "improve in 1–2 weeks, see a doctor: it could be a stress fracture.",
        ask_es=("me duele la canilla cuando corro", "que es la periostitis", "dolor en la espinilla al trotar",
                "me duele la tibia por dentro", "como curo las canillas"),
        ask_en=("what are shin splints", "my shins hurt when i run", "pain on the inside of my shin",
                "how to treat shin splints"),
        terms=("canilla", "canillas", "espinilla", "tibia", "periostitis", "shin", "shins", "shin splints"),
    ),
    # Crossley et al. 2016 (patellofemoral pain consensus): load management + hip/knee strengthening.
    Topic(
        id="knee_pain",
        title_es="Dolor de rodilla",
        title_en="Knee pain",
        es="El dolor alrededor o detrás de la rótula es común en corredores y suele mejorar bajando la "
           "carga: menos km, menos cuestas y bajadas, y trote solo si no duele más de 3/10. Fortalece "
           "cuádriceps y cadera (sentadillas parciales, puente, abducciones). Si das zancadas largas, "
           "una cadencia un poco más alta ayuda.",
        en="Pain around or behind the kneecap is common in runners and usually improves by cutting load: "
           "fewer km, fewer hills and downhills, and running only if pain stays under 3/10. Strengthen "
           "quads and hips (partial squats, bridges, side leg raises). If you overstride, a slightly "
           "higher cadence helps.",
        pro_es="Si la rodilla se hincha, se traba, falla o duele en reposo o de noche, o no mejora en 2 "
               "semanas, consulta a un fisioterapeuta o traumatólogo.",
        pro_en="If the knee swells, locks, gives way, hurts at rest or at night, or does not improve in "
               "2 weeks, see a physio or orthopaedic doctor.",
        ask_es=("me duele la rodilla al correr", "dolor en la rotula despues de trotar", "que es la rodilla del corredor",
                "me duele la rodilla al bajar escaleras", "como cuido mis rodillas"),
        ask_en=("my knee hurts when i run", "what is runners knee", "pain around my kneecap after running",
                "is running bad for your knees"),
        terms=("rodilla", "rodillas", "rotula", "knee", "knees", "kneecap"),
    ),
    # Rathleff 2015; Riel 2019 (plantar heel pain): load management, calf/foot strength.
    Topic(
        id="plantar_fasciitis",
        title_es="Dolor de talón",
        title_en="Heel pain",
        es="Si te duele el talón sobre todo en los primeros pasos de la mañana, suele ser fascitis "
           "plantar. Baja los km, evita andar descalzo en piso duro, haz elevación de talones lenta y "
           "masajea la planta con una botella fría. Suele tardar semanas en mejorar: paciencia.",
        en="Heel pain that is worst with the first steps in the morning is often plantar fasciitis. Cut "
           "km, avoid going barefoot on hard floors, do slow calf raises and roll the sole on a cold "
           "bottle. It often takes weeks to settle: be patient.",
        pro_es="Si el dolor no mejora en 3–4 semanas, te hace cojear o hay hinchazón o adormecimiento, "
               "consulta a un fisioterapeuta o médico.",
        pro_en="If it does not improve in 3–4 weeks, makes you limp, or there is swelling or numbness, "
               "see a physio or doctor.",
        ask_es=("me duele el talon en la manana", "que es la fascitis plantar", "dolor en la planta del pie al correr",
                "como curo la fascitis"),
        ask_en=("my heel hurts in the morning", "what is plantar fasciitis", "pain under my foot when running",
                "how to treat heel pain"),
        terms=("talon", "fascitis", "plantar", "heel"),
    ),
    # Achilles: Silbernagel 2007 (pain-monitoring model); Alfredson eccentric loading.
    Topic(
        id="achilles",
        title_es="Tendón de Aquiles",
        title_en="Achilles pain",
        es="El dolor en el tendón de Aquiles suele venir por subir carga, cuestas o velocidad de golpe. "
           "Puedes seguir trotando suave si el dolor no pasa de 3/10 y al día siguiente no está peor. "
           "Lo que más ayuda es fuerza de pantorrilla (elevaciones de talón lentas, 3 × 15).",
        en="Achilles pain usually comes from a sudden jump in load, hills or speed. You can keep jogging "
           "easy if pain stays under 3/10 and is not worse the next morning. What helps most is calf "
           "strength (slow heel raises, 3 × 15).",
        pro_es="Si sentiste un chasquido, no puedes ponerte de puntillas o hay hinchazón grande, ve al "
               "médico de inmediato; si no mejora en 2–3 semanas, consulta a un fisioterapeuta.",
        pro_en="If you felt a snap, cannot stand on tiptoe or there is big swelling, see a doctor at once; "
               "if it does not improve in 2–3 weeks, see a physio.",
        ask_es=("me duele el tendon de aquiles", "dolor arriba del talon al correr", "tengo tendinitis en el aquiles"),
        ask_en=("my achilles hurts", "achilles tendonitis running", "pain above my heel when i run"),
        terms=("aquiles", "achilles", "tendon", "tendinitis"),
    ),
    Topic(
        id="blisters_chafing",
        title_es="Ampollas y rozaduras",
        title_en="Blisters and chafing",
        es="Las ampollas y rozaduras vienen de fricción y humedad. Usa medias técnicas (no de algodón), "
           "zapatos de tu talla con un dedo de espacio, y vaselina o crema anti-roce en muslos, axilas "
           "y pezones para salidas largas. Si la ampolla es chica, no la revientes y cúbrela.",
        en="Blisters and chafing come from friction and moisture. Wear technical socks (not cotton), "
           "shoes your size with a thumb's width of room, and petroleum jelly or anti-chafe balm on "
           "thighs, armpits and nipples for long runs. Leave a small blister intact and cover it.",
        pro_es="Si una ampolla se pone roja, caliente, con pus, o tienes diabetes, consulta a un médico.",
        pro_en="If a blister gets red, hot or full of pus, or you have diabetes, see a doctor.",
        ask_es=("como evito las ampollas", "me salen ampollas en los pies al correr", "me roza la entrepierna al trotar",
                "que hago con una ampolla"),
        ask_en=("how do i prevent blisters", "chafing when running", "should i pop a blister",
                "my thighs rub when i run"),
        terms=("ampolla", "ampollas", "rozadura", "rozaduras", "blister", "blisters", "chafing"),
    ),
    # Eichner 1993 / ACSM: the "neck check".
    Topic(
        id="running_sick",
        title_es="Correr enfermo",
        title_en="Running when sick",
        es="Usa la regla del cuello: si los síntomas son solo de cuello para arriba (nariz tapada, "
           "estornudos), puedes trotar suave y corto. Si hay fiebre, dolor de cuerpo, tos de pecho o "
           "problemas de estómago, descansa. Después de una gripe vuelve con unos días suaves.",
        en="Use the neck check: if symptoms are only above the neck (stuffy nose, sneezing), an easy, "
           "short run is fine. With fever, body aches, chest cough or stomach trouble, rest. After flu, "
           "come back with a few easy days.",
        pro_es="Si tuviste fiebre alta, COVID o una infección fuerte, o sientes palpitaciones o dolor en el "
               "pecho al volver, consulta a un médico antes de entrenar fuerte.",
        pro_en="After a high fever, COVID or a bad infection, or if you feel palpitations or chest pain "
               "when you return, see a doctor before training hard.",
        ask_es=("puedo correr con gripe", "estoy resfriado puedo trotar", "puedo entrenar con fiebre",
                "cuando vuelvo a correr despues de estar enfermo"),
        ask_en=("can i run with a cold", "should i run when sick", "can i run with a fever",
                "when can i run again after being ill"),
        terms=("gripe", "resfriado", "resfrio", "fiebre", "enfermo", "cold", "flu", "fever", "sick"),
    ),
)
