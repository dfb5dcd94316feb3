"""Shoes, weather, altitude, treadmill and the everyday side of running.

Sources per entry in comments. Shoe life of ~500-800 km is the field's rule of thumb (shoe makers,
running stores); Nigg et al. 2015 (BJSM): choose by comfort. Heat: Racinais et al. 2015
(consensus on exercise in the heat): 1-2 weeks to acclimatise. Altitude: Quito ~2,850 m; aerobic
capacity drops with altitude and acclimatisation takes ~2-3 weeks (Daniels' Running Formula,
chapter on altitude; Wilber, Altitude Training and Athletic Performance). Treadmill: Jones &
Doust 1996 (1 % incline matches outdoor cost).
"""
from __future__ import annotations

from application.coach.knowledge.topic import Topic

TOPICS: tuple[Topic, ...] = (
    Topic(
        id="shoe_life",
        title_es="Cambiar zapatos",
        title_en="Shoe lifespan",
        es="Unos zapatos de correr duran más o menos 500–800 km, según tu peso, la superficie y el "
           "modelo. Cámbialos si la suela está lisa, la espuma se siente dura o aparecen molestias "
           "nuevas. Alternar dos pares ayuda a que duren más.",
        en="Running shoes last roughly 500–800 km, depending on your weight, the surface and the model. "
           "Replace them when the tread is smooth, the foam feels flat or new aches appear. Rotating "
           "two pairs helps them last longer.",
        pro_es="Si aparecen dolores que no se van al cambiar de zapatos, consulta a un fisioterapeuta o "
               "podólogo.",
        pro_en="If aches persist after changing shoes, see a physio or podiatrist.",
        ask_es=("cada cuanto cambio los zapatos de correr", "cuantos km duran unos zapatos",
                "como se si mis zapatos ya estan gastados", "mis zapatillas tienen 700 km las cambio"),
        ask_en=("how often should i replace running shoes", "how many km do running shoes last",
                "how do i know my shoes are worn out"),
        terms=("zapatos", "zapatillas", "shoes", "km de los zapatos"),
    ),
    Topic(
        id="shoe_choice",
        title_es="Elegir zapatos",
        title_en="Choosing shoes",
        es="Elige el zapato que se sienta más cómodo al trotar en la tienda: la comodidad es el mejor "
           "criterio que hay. Deja un dedo de espacio delante del dedo gordo y compra por la tarde, "
           "cuando el pie está más hinchado. Los de placa de carbono son para carreras y series, no "
           "para todos los días.",
        en="Choose the shoe that feels most comfortable when you jog in the store: comfort is the best "
           "guide there is. Leave a thumb's width in front of the big toe and shop in the afternoon, "
           "when feet are bigger. Carbon-plated shoes are for races and workouts, not every day.",
        pro_es="Si tienes dolor en los pies o una deformidad (juanetes, pie muy plano), consulta a un "
               "podólogo antes de elegir.",
        pro_en="If you have foot pain or a deformity (bunions, very flat feet), see a podiatrist before "
               "choosing.",
        ask_es=("que zapatos me compro para correr", "cuales son los mejores zapatos para trotar",
                "necesito zapatos para pie plano", "sirven los zapatos con placa de carbono",
                "que talla de zapatillas compro"),
        ask_en=("which running shoes should i buy", "best shoes for beginners", "do i need shoes for flat feet",
                "are carbon plate shoes worth it"),
        terms=("zapatos", "zapatillas", "pronador", "pronacion", "carbono", "shoes", "pronation", "carbon"),
    ),
    Topic(
        id="heat",
        title_es="Correr con calor",
        title_en="Running in heat",
        es="Con calor el pulso sube y el ritmo baja: corre por esfuerzo y acepta ir 10–30 s/km más lento. "
           "Sal temprano o al final de la tarde, usa ropa clara y gorra, y toma unos 400–800 ml por "
           "hora en salidas largas. El cuerpo se adapta en 1–2 semanas (por ejemplo si bajas a la "
           "Costa).",
        en="In heat your heart rate rises and pace drops: run by effort and accept 10–30 s/km slower. "
           "Go early morning or late afternoon, wear light colours and a cap, and drink about 400–800 ml "
           "per hour on long runs. Your body adapts in 1–2 weeks.",
        pro_es="Si tienes mareo, confusión, dejas de sudar, náuseas o piel muy caliente, para, busca sombra "
               "y atención médica: puede ser un golpe de calor.",
        pro_en="If you feel dizzy, confused, stop sweating, feel sick or your skin is very hot, stop, get "
               "into shade and get medical help: it could be heatstroke.",
        ask_es=("como corro con mucho calor", "voy a correr en guayaquil con calor que hago",
                "a que hora es mejor trotar si hace calor", "es peligroso correr al mediodia con sol fuerte"),
        ask_en=("how do i run in hot weather", "running in the heat tips", "is it dangerous to run when its hot",
                "how to adapt to heat for a race"),
        terms=("calor", "caluroso", "heat", "hot", "humedad", "humidity"),
    ),
    Topic(
        id="altitude",
        title_es="Altura (Quito)",
        title_en="Altitude",
        es="En altura hay menos oxígeno: en Quito (2.850 m) los primeros días el ritmo será más lento y el "
           "pulso más alto, sobre todo en series. Corre por esfuerzo, no por reloj, bebe más agua (el "
           "aire es seco) y date 2–3 semanas para adaptarte. Si vives en la sierra y corres a nivel "
           "del mar, vas a sentir que te sobra el aire.",
        en="At altitude there is less oxygen: in Quito (2,850 m) the first days your pace will be slower "
           "and heart rate higher, especially in hard sessions. Run by effort, not the watch, drink "
           "more (the air is dry) and give yourself 2–3 weeks to adapt. If you live high and race at "
           "sea level, you will feel a boost.",
        pro_es="Si tienes dolor de cabeza fuerte, náuseas, mucha falta de aire en reposo o confusión, no "
               "corras y consulta a un médico (mal de altura).",
        pro_en="If you have a bad headache, nausea, strong breathlessness at rest or confusion, do not "
               "run and see a doctor (altitude sickness).",
        ask_es=("como afecta la altura al correr", "por que corro mas lento en quito", "llegue a quito y me ahogo trotando",
                "cuanto tardo en adaptarme a la altura", "sirve entrenar en altura"),
        ask_en=("how does altitude affect running", "why am i slower in quito", "running at high altitude tips",
                "how long to adapt to altitude", "does altitude training help"),
        terms=("altura", "altitud", "quito", "altitude", "sierra"),
    ),
    Topic(
        id="sun",
        title_es="Sol y bloqueador",
        title_en="Sun protection",
        es="En Ecuador el índice UV es muy alto todo el año, y más en la sierra. Usa bloqueador solar "
           "(FPS 30 o más, resistente al sudor) 15–20 min antes, gorra y lentes de sol, y evita las "
           "horas de 11 a 15 en salidas largas.",
        en="Near the equator UV is very high all year, more so at altitude. Use sunscreen (SPF 30+, sweat "
           "resistant) 15–20 min before, a cap and sunglasses, and avoid 11 am to 3 pm for long runs.",
        pro_es="Si tienes un lunar que cambia de forma o color, o quemaduras con ampollas, consulta a un "
               "dermatólogo.",
        pro_en="If a mole changes shape or colour, or you get blistering sunburn, see a dermatologist.",
        ask_es=("debo usar bloqueador para correr", "me quemo con el sol cuando troto", "es malo correr con sol fuerte"),
        ask_en=("do i need sunscreen when running", "how do i protect myself from the sun running",
                "running in strong sun"),
        terms=("bloqueador", "protector solar", "sol", "sunscreen", "sun", "uv"),
    ),
    Topic(
        id="rain",
        title_es="Correr con lluvia",
        title_en="Running in the rain",
        es="Correr con lluvia está bien: ropa técnica que no absorba agua, gorra para la cara y vaselina "
           "donde roza. Cuida el piso resbaloso en curvas, baja el ritmo en pavimento mojado y sé "
           "visible. Con tormenta eléctrica (truenos), no salgas o métete bajo techo.",
        en="Running in the rain is fine: technical clothes that do not soak up water, a cap for your face "
           "and anti-chafe where things rub. Watch slippery corners, ease off on wet pavement and be "
           "visible. With a thunderstorm (thunder), stay in or get under cover.",
        pro_es="Si terminas temblando sin parar o con los dedos blancos y dormidos, abrígate y consulta "
               "a un médico si no se pasa.",
        pro_en="If you end up shivering uncontrollably or with white, numb fingers, warm up and see a "
               "doctor if it does not pass.",
        ask_es=("puedo correr con lluvia", "esta lloviendo salgo a trotar", "como seco mis zapatos mojados",
                "es peligroso correr bajo la lluvia"),
        ask_en=("is it ok to run in the rain", "tips for running in rain", "how do i dry wet running shoes"),
        terms=("lluvia", "lloviendo", "llueve", "rain", "raining", "wet"),
    ),
    Topic(
        id="treadmill",
        title_es="Caminadora",
        title_en="Treadmill",
        es="Entrenar en caminadora vale igual: pon 1 % de inclinación para que se parezca a correr en la "
           "calle. Sirve para series exactas, lluvia o seguridad. Como el ritmo lo pone la máquina, "
           "cuida no correr más rápido de lo que toca, y alterna con calle para no perder el hábito "
           "del terreno.",
        en="Treadmill training counts: set a 1 % incline to match running outside. It is great for exact "
           "intervals, rain or safety. Since the belt sets the pace, make sure you do not run faster "
           "than planned, and mix in outdoor runs so you stay used to real ground.",
        pro_es="Si la caminadora te provoca mareo o dolor que no tienes en la calle, consulta a un "
               "fisioterapeuta.",
        pro_en="If the treadmill gives you dizziness or pain you do not get outside, see a physio.",
        ask_es=("sirve correr en la caminadora", "que inclinacion pongo en la banda", "es lo mismo trotar en la maquina",
                "puedo hacer series en caminadora", "correr en trotadora cuenta"),
        ask_en=("is treadmill running as good as outside", "what incline should i use on a treadmill",
                "can i do intervals on a treadmill", "treadmill vs road running"),
        terms=("caminadora", "trotadora", "banda", "cinta", "treadmill"),
    ),
    Topic(
        id="time_of_day",
        title_es="Mañana o tarde",
        title_en="Morning or evening",
        es="La mejor hora es la que puedes sostener. Por la tarde el cuerpo suele estar más suelto para "
           "series; en la mañana es más fácil ser constante y evitar el calor. Si corres muy temprano, "
           "empieza más suave y calienta un poco más.",
        en="The best time is the one you can stick to. In the afternoon the body is usually looser for "
           "hard sessions; mornings make consistency easier and avoid the heat. If you run very early, "
           "start slower and warm up a bit longer.",
        pro_es="Si correr de noche te quita el sueño por semanas, coméntalo con un médico o cambia la "
               "hora.",
        pro_en="If night runs ruin your sleep for weeks, talk to a doctor or change the time.",
        ask_es=("es mejor correr en la manana o en la tarde", "a que hora es mejor entrenar",
                "es malo trotar de noche", "puedo correr apenas me levanto"),
        ask_en=("is it better to run in the morning or evening", "what time of day should i run",
                "is it bad to run at night"),
        terms=("en la manana", "por la manana", "de noche", "en la noche", "morning", "evening", "at night"),
    ),
    Topic(
        id="motivation",
        title_es="Motivación",
        title_en="Motivation",
        es="Es normal tener días sin ganas. Ponte una meta corta (salir solo 10 min: casi siempre sigues), "
           "corre con amigos o un club, y deja lista la ropa la noche antes. Una carrera en el "
           "calendario ayuda mucho, y recuerda que un entreno suave cuenta igual.",
        en="Days without motivation are normal. Set a tiny goal (just 10 min out the door: you usually "
           "keep going), run with friends or a club, and lay out your kit the night before. A race on "
           "the calendar helps a lot, and an easy run still counts.",
        pro_es="Si la falta de ganas viene con tristeza, cansancio o desánimo que duran semanas, habla con "
               "un médico o psicólogo.",
        pro_en="If the lack of drive comes with sadness, tiredness or low mood for weeks, talk to a doctor "
               "or psychologist.",
        ask_es=("no tengo ganas de correr", "como me motivo para salir a trotar", "perdi la motivacion para entrenar",
                "me da pereza entrenar"),
        ask_en=("i have no motivation to run", "how do i stay motivated running", "i dont feel like running lately"),
        terms=("motivacion", "ganas", "pereza", "motivation", "motivated"),
    ),
)
