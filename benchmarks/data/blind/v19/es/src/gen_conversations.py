#!/usr/bin/env python3
"""Generates conversations.jsonl and profiles.jsonl for blind set v19-es.

Pass 2 of the writing process: the runner's side of the week Mon 2027-08-30 .. Sun 2027-09-05.
Each message: (day, "HH:MM", text, after_coach-or-None). All times are local America/Guayaquil (-05:00).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

DAYS = {"mon": "2027-08-30", "tue": "2027-08-31", "wed": "2027-09-01", "thu": "2027-09-02",
        "fri": "2027-09-03", "sat": "2027-09-04", "sun": "2027-09-05"}
TZ = "-05:00"
HM = 21.0975
M = 42.195


def inj(part, side, note):
    return {"body_part": part, "side": side, "note": note, "current": False}


PROFILES = [
    {"conv": "es-01", "name": "Diego Andrade", "age": 34, "days_per_week": 4,
     "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate", "weekly_km": 35, "longest_run_km": 18,
     "goal_race": {"distance_km": HM, "name": "Media Maraton Ciudad de Quito", "date": "2027-11-14", "goal_time": "1:45:00"},
     "recent_race": {"distance_km": 10, "time": "0:47:10", "month": "2027-05"},
     "injuries_at_start": [inj("knee", "left", "cintilla iliotibial 2025, recuperado")]},
    {"conv": "es-02", "name": "Maria Jose Cevallos", "age": 45, "days_per_week": 3,
     "preferred_days": ["mon", "wed", "sat"], "level": "beginner", "weekly_km": 15, "longest_run_km": 8,
     "goal_race": {"distance_km": 10.0, "name": "10K Ciudad de Guayaquil", "date": "2027-10-10", "goal_time": None},
     "recent_race": {"distance_km": 5, "time": "0:36:40", "month": "2027-03"},
     "injuries_at_start": [inj("ankle", "right", "esguince 2023, recuperado")]},
    {"conv": "es-03", "name": "Jorge Luis Tenesaca", "age": 58, "days_per_week": 4,
     "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate", "weekly_km": 30, "longest_run_km": 16,
     "goal_race": {"distance_km": HM, "name": "Media Maraton Cuenca Independencia", "date": "2027-11-03", "goal_time": "2:05:00"},
     "recent_race": {"distance_km": 15, "time": "1:32:00", "month": "2027-04"},
     "injuries_at_start": [inj("foot", "right", "fascitis plantar 2024, recuperada")]},
    {"conv": "es-04", "name": "Valentina Ruiz", "age": 16, "days_per_week": 3,
     "preferred_days": ["tue", "thu", "sat"], "level": "beginner", "weekly_km": 12, "longest_run_km": 6,
     "goal_race": {"distance_km": 5.0, "name": "5K Intercolegial Ambato", "date": "2027-10-02", "goal_time": "0:28:00"},
     "recent_race": None,
     "injuries_at_start": []},
    {"conv": "es-05", "name": "Andres Paredes", "age": 29, "days_per_week": 5,
     "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced", "weekly_km": 60, "longest_run_km": 32,
     "goal_race": {"distance_km": 42.0, "name": "Ultra Trail Podocarpus 42K", "date": "2027-10-24", "goal_time": "5:30:00"},
     "recent_race": {"distance_km": 25, "time": "2:48:00", "month": "2027-06"},
     "injuries_at_start": [inj("ankle", "left", "esguince 2026, recuperado")]},
    {"conv": "es-06", "name": "Gabriela Mendoza", "age": 38, "days_per_week": 4,
     "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate", "weekly_km": 25, "longest_run_km": 12,
     "goal_race": {"distance_km": HM, "name": "Media Maraton de Manta", "date": "2027-10-17", "goal_time": "2:10:00"},
     "recent_race": {"distance_km": 10, "time": "1:02:30", "month": "2027-02"},
     "injuries_at_start": [inj("back", None, "dolor lumbar 2025, recuperado")]},
    {"conv": "es-07", "name": "Carlos Quishpe", "age": 42, "days_per_week": 4,
     "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate", "weekly_km": 28, "longest_run_km": 15,
     "goal_race": {"distance_km": HM, "name": "Media Maraton Chimborazo", "date": "2027-11-07", "goal_time": "1:55:00"},
     "recent_race": {"distance_km": 10, "time": "0:52:40", "month": "2027-07"},
     "injuries_at_start": []},
    {"conv": "es-08", "name": "Sofia Andrango", "age": 26, "days_per_week": 4,
     "preferred_days": ["mon", "wed", "thu", "sat"], "level": "intermediate", "weekly_km": 30, "longest_run_km": 15,
     "goal_race": {"distance_km": 10.0, "name": "10K Ciudad Blanca Ibarra", "date": "2027-09-26", "goal_time": "0:52:00"},
     "recent_race": {"distance_km": 10, "time": "0:55:20", "month": "2027-06"},
     "injuries_at_start": [inj("achilles", "right", "tendinitis 2026, recuperada")]},
    {"conv": "es-09", "name": "Luis Angulo", "age": 50, "days_per_week": 3,
     "preferred_days": ["tue", "thu", "sat"], "level": "beginner", "weekly_km": 10, "longest_run_km": 5,
     "goal_race": {"distance_km": 10.0, "name": "10K Esmeraldas Verde", "date": "2027-11-07", "goal_time": None},
     "recent_race": None,
     "injuries_at_start": [inj("knee", "right", "menisco operado 2019, recuperado")]},
    {"conv": "es-10", "name": "Daniela Vaca", "age": 33, "days_per_week": 4,
     "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate", "weekly_km": 22, "longest_run_km": 12,
     "goal_race": {"distance_km": HM, "name": "Media Maraton de Santo Domingo", "date": "2027-11-28", "goal_time": "2:15:00"},
     "recent_race": {"distance_km": 10, "time": "1:05:00", "month": "2027-04"},
     "injuries_at_start": [inj("ankle", "left", "esguince 2022, recuperado")]},
    {"conv": "es-11", "name": "Patricio Salazar", "age": 61, "days_per_week": 5,
     "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "level": "advanced", "weekly_km": 45, "longest_run_km": 25,
     "goal_race": {"distance_km": M, "name": "Maraton de Valencia", "date": "2027-12-05", "goal_time": "3:45:00"},
     "recent_race": {"distance_km": HM, "time": "1:41:30", "month": "2027-06"},
     "injuries_at_start": [inj("achilles", "left", "tendinopatia 2023, recuperada"),
                           inj("back", None, "hernia discal L5 hace ~10 anos, superada")]},
    {"conv": "es-12", "name": "Kevin Ordonez", "age": 19, "days_per_week": 3,
     "preferred_days": ["mon", "wed", "fri"], "level": "beginner", "weekly_km": 15, "longest_run_km": 7,
     "goal_race": {"distance_km": 5.0, "name": "5K Feria Mundial del Banano", "date": "2027-09-26", "goal_time": "0:25:00"},
     "recent_race": {"distance_km": 5, "time": "0:27:45", "month": "2027-07"},
     "injuries_at_start": []},
]

C = {}

C["es-01"] = [
    ("mon", "06:45", "buenas! ayer domingo hice el fondo, 16 km en 1h32 suave x el parque metropolitano. termine cansado pero bn", None),
    ("mon", "06:47", "ah y el sabado tmb sali en bici con los panas como 2 horas x la ruta del tren", None),
    ("mon", "12:10", "oye xq me pusiste descanso hoy? yo me siento full bien", None),
    ("tue", "19:30", "listo las series: 2 km de calentamiento, 6x800 a 3:50-3:55 con 2 min de trote y 2 km de enfriamiento. en total salieron 10 km. la ultima ya me costo 🥵", None),
    ("tue", "19:32", "el gemelo derecho un poquito cargado, nada grave, tipo 2/10", None),
    ("wed", "07:05", "mejor, 1/10 casi nada", "¿Cómo amaneció el gemelo derecho?"),
    ("wed", "07:06", "hoy no corro no? toca descanso segun tu plan", None),
    ("thu", "06:15", "doble hoy 💪 en la mañana 6 km suaves en 33 min antes de la pega", None),
    ("thu", "18:50", "y en la tarde otros 5 con mi ñaño, trotecito, unos 30 min", None),
    ("thu", "18:52", "mi ñaño hizo 10 ayer el loco jaja, dice q quiere correr la media conmigo", None),
    ("thu", "21:00", "oye corrijo lo del domingo, no fueron 16 fueron 17, el reloj se pauso en un semaforo 🤦‍♂️", None),
    ("fri", "08:00", "el gemelo ya nada, 0 dolor 👌", None),
    ("fri", "08:01", "ah y el miercoles al final si sali en la noche, 5 km suaves en 28 min, se me paso contarte", None),
    ("fri", "08:02", "pregunta: el domingo puedo hacer 19 km o es mucho salto?", None),
    ("fri", "08:03", "y a q ritmo deberia ir el fondo si quiero bajar de 1:45 en la media?", None),
    ("fri", "12:30", "q carrera mismo te dije q era mi objetivo? y la fecha? ya ni me acuerdo jaja", None),
    ("fri", "21:00", "mañana sabado no puedo correr, tengo matrimonio de un primo en Latacunga 😩 lo paso al lunes?", None),
    ("sat", "22:15", "uff el matrimonio full baile jaja, mañana hago el fondo tempranito", None),
    ("sun", "10:20", "fondo listo 🙌 18 km en 1h41, los ultimos 3 a ritmo de media", None),
    ("sun", "10:22", "ni una molestia, la rodilla izq q me jodio hace 2 años ni se sintio", None),
    ("sun", "10:25", "gracias crack, la proxima semana q me toca?", None),
]

C["es-02"] = [
    ("mon", "05:50", "Buenos dias!! ya sali a caminar y trotar por el malecon del salado, hice 1 min trotando y 2 caminando durante 40 minutos, me senti bien gracias a Dios 🙏", None),
    ("mon", "05:52", "no se cuanto fue en km porque no tengo reloj de esos jaja", None),
    ("mon", "19:00", "mi esposo Fernando corrio ayer su primera 10K en 58 minutos!! estoy orgullosa 🥹", None),
    ("tue", "20:10", "mijo una pregunta, el miercoles quiero correr a las 12 que salgo de la oficina a almorzar, esta bien o hace mucho calor?", None),
    ("wed", "13:40", "bueno si sali nomas a las 12, hice cuatro kilometros trotando suave por el malecon, hacia un sol terrible", None),
    ("wed", "13:42", "me maree un poco al final y tuve que sentarme en una banca, pero ya paso, seguro es el hambre 😅", None),
    ("wed", "14:30", "mmm ahora que dice, al final ya no estaba sudando, tenia la piel seca y caliente. y si vomite un poquito en el baño de la oficina. estaba como atontada, no me acordaba donde deje el carro jaja pero ya estoy mejor tomando agua",
     "¿Sigues mareada? ¿Estabas sudando normal, tuviste náuseas o dolor de cabeza?"),
    ("wed", "14:35", "ya estoy bien eh no se preocupe, mañana puedo correr normal?", None),
    ("thu", "07:15", "buenos dias, ayer en la noche me dio un dolor de cabeza horrible y la orina me salio bien oscura como cafe, hoy ya un poco mas clarita", None),
    ("thu", "07:16", "hoy no sali a correr, me quede en casita", None),
    ("thu", "18:00", "si fui donde la doctora del seguro, dice q fue un golpe de calor leve, q tome suero y descanse 3 dias", "¿Cómo te sientes ahora? ¿Pudiste ver a un médico?"),
    ("thu", "18:02", "asi que hasta el domingo nada de correr 😔", None),
    ("fri", "09:00", "ya me siento bien bien, full energia", None),
    ("fri", "09:05", "el tobillo derecho que me torci hace años a veces suena pero no duele nada eh", None),
    ("fri", "09:10", "cuanta agua tengo q tomar si corro 45 min? y tomo gatorade o agua nomas?", None),
    ("sat", "17:30", "hoy hice yoga en la casa con un video de youtube, como media hora, la doctora dijo q algo suave si puedo", None),
    ("sat", "17:33", "si el 10K es el 10 de octubre me da tiempo todavia? o ya me atrase mucho?", None),
    ("sun", "06:30", "Hoy sali tempranito a las 6 para q no haga calor, camine 30 min y trote 15 min al final, todo bien, sude normal 😊", None),
    ("sun", "06:32", "y fui con Fernando, el hizo 12 km el bandido jaja", None),
    ("sun", "06:35", "gracias por preocuparse el miercoles, de verdad 🙏 que me toca esta semana?", None),
]

C["es-03"] = [
    ("mon", "06:10", "Buenos dias. Hoy sali por la orilla del Tomebamba, 8 km en 52 minutos, tranquilo. Achachay que frio hacia ve", None),
    ("mon", "06:12", "La fascitis que tuve el 2024 ya ni me acuerdo que existe, gracias a Dios", None),
    ("mon", "18:00", "Una consulta, a mi edad esta bien hacer series? tengo 58 y el medico me dijo que todo normal en el chequeo de enero", None),
    ("tue", "17:00", "Hoy martes fui a la piscina de la Universidad, 40 minutos nadando suave", None),
    ("tue", "17:02", "La rodilla derecha un poquito adolorida despues de bajar las gradas del Barranco, un 2 de 10", None),
    ("wed", "07:30", "Ya hice el fartlek que me mando: 2 km suave, luego 8 veces 1 minuto rapido 1 minuto suave, y 2 km suave. Total 7 km en 45 minutos", None),
    ("wed", "07:32", "En los rapidos del final senti como un apreton en el pecho, pero fue cosa de un ratito, se me paso caminando. Seguro fue el frio de la mañana", None),
    ("wed", "08:15", "No, al brazo no. Si me falto un poco el aire y sude frio un ratito, pero ahora estoy normal tomando mi cafecito",
     "¿El apretón se fue al brazo, la mandíbula o la espalda? ¿Tuviste falta de aire o sudor frío?"),
    ("wed", "08:17", "No creo que sea nada, el viernes sigo con el plan normal no?", None),
    ("thu", "10:00", "Mi hija me llevo donde el cardiologo por si acaso, me mandaron prueba de esfuerzo para el lunes", None),
    ("thu", "10:02", "Mientras tanto me dijo que nada de correr hasta ver los resultados 😕", None),
    ("thu", "10:05", "Que pena porque el domingo queria hacer 16 km con el club", None),
    ("fri", "06:40", "Hoy no corri, solo sali a caminar con la esposa por el Barranco, una hora suave", None),
    ("fri", "06:42", "Eso si se puede verdad? caminar", None),
    ("fri", "06:45", "Ah y la rodilla ya no me duele nada", None),
    ("fri", "19:00", "Oiga y que era lo que le conte del chequeo de enero? le dije que todo normal verdad?", None),
    ("sat", "08:00", "Mi compadre Luis corrio hoy los 15K de Gualaceo, 1h28, un crack a los 63 años", None),
    ("sat", "08:05", "Si la prueba sale bien, podria seguir con la media del 3 de noviembre? o mejor me paso a los 10K?", None),
    ("sun", "09:30", "Buenos dias. Domingo de descanso, no corri. Anoche eso si me desperte con el corazon acelerado, como que daba saltos, unos 5 minutos, despues se calmo", None),
    ("sun", "09:32", "Le aviso a mi hija o espero hasta el lunes a la prueba?", None),
    ("sun", "09:40", "Dios le pague por la paciencia", None),
]

C["es-04"] = [
    ("mon", "16:30", "holaaa 👋", None),
    ("mon", "16:31", "oye el martes no puedo xq tengo prueba de mate 😭", None),
    ("mon", "16:33", "lo hago el miercoles?", None),
    ("wed", "17:45", "listo 4km 😎", None),
    ("wed", "17:50", "26 min creo", "¡Bien ahí! ¿En cuánto tiempo los hiciste?"),
    ("wed", "17:52", "me duele un poco la canilla derecha 😬", None),
    ("wed", "18:30", "un 3", "¿Del 0 al 10 cuánto te duele la canilla?"),
    ("thu", "13:30", "hoy en educacion fisica jugamos futbol 1 hora 🙄 eso cuenta?", None),
    ("thu", "21:00", "mi mami salio a correr 5k hoy en 35 min jajaja ahora quiere competir conmigo", None),
    ("fri", "17:00", "canilla ya bien ✌️", None),
    ("fri", "17:02", "si corro 5k en 28 min q ritmo es?", None),
    ("sat", "10:30", "ya acabo la carrerita del colegio Bolivar", None),
    ("sat", "10:31", "5k en 31:40 🥲 queria bajar de 30", None),
    ("sat", "10:35", "y si el otro sabado hago 6?", None),
    ("sat", "12:00", "ya gracias 🫶", None),
    ("sun", "11:00", "hoy nada de nada, domingo de pijama 😴", None),
    ("sun", "11:02", "cuando era la carrera? el 2 de octubre?", None),
    ("sun", "11:05", "y cuantas semanas faltan", None),
    ("sun", "20:00", "oye desde la otra semana solo puedo lunes miercoles y viernes xq me metieron a clases de ingles los martes y jueves 😩", None),
    ("sun", "20:01", "ah y el sabado tmb si puedo", None),
]

C["es-05"] = [
    ("mon", "08:00", "q mas pana, no te conte: el sabado hice la tirada larga en el Villonaco, 28 km con 1400 de desnivel positivo en 3h50, y el domingo 8 km regenerativos suavecito. piernas destruidas jaja", None),
    ("mon", "08:02", "cuantos km a la semana deberia estar haciendo si quiero la de 42 en 5:30?", None),
    ("tue", "18:20", "hoy cuestas: 10 repeticiones de 90 segundos subiendo en la loma de Jipiro, bajando trotando. total 12 km en 1h10", None),
    ("wed", "06:30", "trote suave 10k por el Podocarpus, 58 min, de una", None),
    ("wed", "06:31", "el cuadriceps izquierdo un poquito cargado x las bajadas de ayer, 2/10", None),
    ("thu", "13:00", "CHUTA", None),
    ("thu", "13:02", "me saque la madre bajando del Villonaco, se me doblo el tobillo derecho y me cai rodando como 2 metros. el tobillo esta hinchadisimo como pelota", None),
    ("thu", "13:20", "no puedo apoyar casi nada, me baje cojeando con un pana que me ayudo. el dolor un 8", "¿Puedes apoyar el pie y caminar?"),
    ("thu", "13:22", "alcance a hacer como 9 km antes de caerme", None),
    ("thu", "20:00", "fui al hospital Isidro Ayora, rayos x sin fractura gracias a Dios, esguince grado 2. me pusieron bota y muletas", None),
    ("fri", "09:00", "3 semanas sin correr dice el traumatologo 😤 la de 42 ya fue creo", None),
    ("fri", "09:05", "hay la opcion de cambiarme a la de 21 del mismo Podocarpus, q dices? o me arriesgo", None),
    ("fri", "09:10", "si no me equivoco la de 42 era el 24 de octubre verdad?", None),
    ("sat", "10:00", "bueno ya decidi, me cambio a la de 21K del Podocarpus, mismo dia 24 de octubre. sin tiempo objetivo, solo terminar bien", None),
    ("sat", "10:02", "el tobillo hoy un 5, ya apoyo un poco con la bota", None),
    ("sat", "10:05", "el cuadriceps ya nada, eso si se fue", None),
    ("sat", "16:00", "puedo hacer bici estatica? o natacion? algo para no perder todo", None),
    ("sun", "11:00", "hice 30 min de pesas de tren superior en la casa, sentado jaja", None),
    ("sun", "11:02", "mis panas del club corrieron hoy la Vuelta a Vilcabamba 18K, el Jimmy gano su categoria 🔥", None),
    ("sun", "11:05", "el tobillo izquierdo q me lesione el año pasado ni molestia, es el derecho el q me jodi ahora", None),
    ("sun", "11:10", "ya pues, gracias por todo pana, seguimos", None),
]

C["es-06"] = [
    ("mon", "05:40", "buenos dias coach 🌞 hoy sali por la playa de Murcielago hice 7 km en 45 min y despues me meti al mar a nadar como 20 min, riquisimo", None),
    ("mon", "05:42", "tengo una duda, el sabado es la nocturna de 8K aqui en Manta, la corro a full o como entrenamiento?", None),
    ("tue", "21:00", "hoy no sali cho, full trabajo en el almacen", None),
    ("wed", "06:00", "hoy tempo: 2 km suave, 4 km a 6:20, 1 km suave. 7 en total en 46:30", None),
    ("wed", "06:02", "en el tempo respiraba como perro cansado jaja pero normal, es q iba a ritmo de 10k", None),
    ("wed", "12:00", "oiga y el plan dice 14 km el domingo despues de la carrera del sabado? no es mucho? 8 el sabado y 14 el domingo 😳", None),
    ("thu", "18:30", "fui al gym, piernas y core una hora", None),
    ("thu", "18:32", "me tomo un batido de proteina despues del gym o no hace falta?", None),
    ("fri", "06:00", "hoy trotecito de 4 km para soltar piernas", None),
    ("fri", "06:01", "la espalda baja q me dolia el año pasado ni se siente 💪", None),
    ("sat", "17:00", "estoy nerviosa, q como antes de la carrera? es a las 8 de la noche", None),
    ("sat", "23:10", "TERMINEEEE 🏅🏅 la nocturna 8K en 48:12 !!! mi mejor tiempo", None),
    ("sat", "23:12", "mi hermana tmb corrio, hizo 55 min pobre jaja", None),
    ("sat", "23:15", "quede 14 de mi categoria 😎", None),
    ("sun", "08:00", "amaneci con el talon izquierdo un poco adolorido, tipo 3", None),
    ("sun", "08:02", "hoy no hago los 14 eh, mejor el lunes hago 10 suave", None),
    ("sun", "14:00", "el talon ya un 1, caminando por la casa", None),
    ("sun", "14:05", "con 48:12 en 8K que tiempo podria hacer en la media?", None),
    ("sun", "14:07", "y si me pongo como meta 2:05 en vez de 2:10? 🤔", None),
    ("sun", "14:10", "no no, mejor lo dejamos en 2:10 nomas, no me quiero matar", None),
    ("sun", "14:12", "gracias coach, nos vemos mañana 👋", None),
]

C["es-07"] = [
    ("mon", "05:00", "buenos dias, hoy antes del turno hice 10 km en 55 min por la av. de los heroes, suave", None),
    ("mon", "05:01", "ya me estoy acostumbrando a la altura jaja mentira, riobamba siempre es riobamba", None),
    ("mon", "20:00", "me cambiaron de turno en la cooperativa, desde esta semana solo puedo entrenar martes jueves sabado y domingo", None),
    ("tue", "05:15", "hoy series, 5 x 1 km a 5:00 con 2 min de pausa. con calentamiento y enfriamiento fueron 9 km", None),
    ("tue", "05:16", "la canilla izquierda molesta un poquito, tipo 2 de 10, sera x las series", None),
    ("wed", "12:00", "igual 2, nada mas", "¿Cómo sigue la canilla izquierda hoy?"),
    ("thu", "05:10", "hoy 8 km suaves, 47 min, la canilla un 4 al final", None),
    ("thu", "05:12", "me pongo hielo o calor?", None),
    ("fri", "19:00", "hoy no corri, todo el dia manejando a guayaquil ida y vuelta", None),
    ("fri", "19:02", "la canilla me late sentado en el bus ve, un 5 maso", None),
    ("sat", "06:00", "intente correr pero a los 2 km tuve q parar, me duele un punto exacto en el hueso de la canilla, si aprieto con el dedo veo estrellas, un 7", None),
    ("sat", "06:02", "me regrese caminando cojeando", None),
    ("sat", "06:30", "si caminando tmb duele, y esta un poco hinchado justo ahi", "¿Te duele al caminar normal, sin correr?"),
    ("sat", "06:32", "pero el domingo tengo 15 km con el grupo, puedo ir suave nomas?", None),
    ("sat", "18:00", "ya, no voy. mi esposa dice q soy terco jaja", None),
    ("sun", "10:00", "el grupo salio sin mi, el Segundo hizo los 15 en 1h20 😒", None),
    ("sun", "10:02", "hoy la canilla un 6, caminando todavia me duele", None),
    ("sun", "10:05", "mañana lunes puedo ir al medico del IESS, q le digo?", None),
    ("sun", "10:10", "y si es fractura por estres cuanto tiempo seria sin correr?", None),
    ("sun", "10:12", "a proposito q dias te dije q ahora entreno? para q no me pongas nada el lunes", None),
    ("sun", "10:15", "gracias ñaño", None),
]

C["es-08"] = [
    ("mon", "07:10", "holi ☀️ hoy 8 km alrededor de la laguna de Yahuarcocha, 46 min, chevere", None),
    ("mon", "19:00", "y en la noche yoga 1 hora 🧘‍♀️", None),
    ("tue", "12:30", "te cuento q estoy pensando en cambiarme a la media de Yahuarcocha en diciembre en vez del 10K 👀", None),
    ("tue", "12:31", "q tal si lo hago? me da el tiempo?", None),
    ("wed", "06:45", "hoy series: 3 de calentamiento, 3x1 km a 4:55 con 90 seg, 4 de enfriamiento... bueno en total 10.5 segun el reloj, 58 min", None),
    ("wed", "06:47", "el aquiles derecho q tuve tendinitis el año pasado bn, ni lo senti", None),
    ("thu", "18:00", "gym: pierna y gluteo, 50 min", None),
    ("thu", "18:02", "ah y hoy tmb corri 5 km suave antes del gym, 29 min", None),
    ("fri", "09:00", "listo decidido!! me cambio a la media de Yahuarcocha, 5 de diciembre. quiero hacer sub 2 horas 🔥", None),
    ("fri", "09:02", "el 10K de septiembre lo corro igual pero como entrenamiento nomas", None),
    ("sat", "10:30", "hice 12 km en 1h10 con las chicas del club, la Dani iba a 5:30 literal volando", None),
    ("sat", "10:31", "la cadera derecha medio apretada, un 1, nada", None),
    ("sat", "10:33", "y la Caro hizo 15 la loca", None),
    ("sun", "11:30", "fuimos a la 5K solidaria de Otavalo!! 25:10 🏃‍♀️💨", None),
    ("sun", "11:45", "ay no ignora eso, el 25:10 es de mi amiga Pame, yo no corri, solo fui a hacer barra jajaja q oso", None),
    ("sun", "11:47", "yo corri en la mañana nomas 6 km suavecito antes de ir", None),
    ("sun", "11:50", "q te dije q era mi tiempo objetivo para la media?", None),
    ("sun", "11:52", "y el 10K cuando era q te dije? el 26?", None),
    ("sun", "12:00", "el plan de la semana q me mandaste dice 3 dias de series, literal me muero 😩 no puede ser 2?", None),
    ("sun", "12:05", "una ultima: con 55:20 en 10K, sub 2 en la media es realista?", None),
    ("sun", "12:06", "gracias 💕", None),
]

C["es-09"] = [
    ("mon", "18:30", "buenas tardes mi pana aqui reportandome el domingo camine y trote en las palmas como 40 minutos 2 de trote y 1 caminando asi", None),
    ("tue", "06:00", "ya hoy martes sali a las 5 y media q todavia esta fresquito hice tres kilometros trotando seguido sin parar por primera vez!!! en veinticuatro minutos", None),
    ("tue", "06:02", "la rodilla q me operaron hace años ni se queja 👍", None),
    ("wed", "20:00", "mi hijo me regalo un reloj de esos q miden el corazon, cuanto deberia ser mi pulso corriendo?", None),
    ("thu", "06:20", "hoy hice 4 km en 33 minutos, pero ñaño en el ultimo km el corazon se me puso loco, el reloj marcaba 190 y pico y sentia como q se me saltaba", None),
    ("thu", "06:22", "ya me pare y despues de un rato se calmo ya estoy bn", None),
    ("thu", "07:00", "un poco de mareo si, se me nublo la vista como q me iba a caer y me sente en la vereda. dolor de pecho no",
     "¿Sentiste mareo, dolor o presión en el pecho, o como que te ibas a desmayar?"),
    ("thu", "07:02", "y me faltaba el aire mas de lo normal, y eso q iba despacito", None),
    ("thu", "12:00", "tengo q ir al medico? es q estoy full ocupado en el puesto esta semana", None),
    ("fri", "19:00", "no sali hoy, me quede vendiendo hasta tarde", None),
    ("fri", "19:05", "mi señora dice q vaya al centro de salud mañana", None),
    ("sat", "14:00", "fui al centro de salud, me hicieron electro y me mandaron donde el cardiologo pero el turno es para el 15", None),
    ("sat", "14:02", "mientras tanto puedo caminar nomas? o nada?", None),
    ("sat", "14:05", "el doctor me dijo q no corra hasta ver al cardiologo", None),
    ("sun", "07:00", "hoy sali a caminar con mi señora por el malecon de las palmas una hora suavecito nada mas, tranquilo", None),
    ("sun", "07:02", "ni un mareo ni nada, todo normalito", None),
    ("sun", "07:05", "oiga y si el cardiologo dice q todo bien, todavia llego al 10K de noviembre?", None),
    ("sun", "07:06", "era el 7 de noviembre no?", None),
    ("sun", "07:10", "mi compadre corrio hoy 8 km y ni sudo el bandido jajaja", None),
    ("sun", "07:12", "bueno mi pana gracias x todo, dios le pague", None),
]

C["es-10"] = [
    ("mon", "19:40", "hola coach buenas noches disculpe q no escribi antes es q estuve full con las planificaciones de la escuela pero si sali a correr hoy en la mañana hice 6 km y me demore 40 minutos y despues en la tarde fui en bici con mi hija al parque como media hora y la rodilla derecha me molesta un poquito como un 2 nada mas pero le cuento por si acaso y una pregunta es normal q me de tanta hambre en la noche?", None),
    ("mon", "19:42", "🙏", None),
    ("tue", "20:00", "oiga revisando el plan, me puso 10 km el domingo y 3 series de 2 km el miercoles, no es mucho para mi? yo nunca he hecho series de 2 km 😅", None),
    ("wed", "06:00", "bueno hice las series igual, 3 x 2 km a 6:10 mas o menos, con 1 km de calentamiento y 1 de enfriamiento, en total 8 km en una hora y cuarto con las pausas", None),
    ("wed", "06:02", "la rodilla igual un 2", None),
    ("wed", "06:05", "ah y me olvidaba, el lunes no fueron 6 fueron 6.5, lo vi bien en la app", None),
    ("thu", "17:00", "hoy descanso no? no sali", None),
    ("thu", "17:05", "mi esposo dice q mañana va a salir conmigo, el hizo 10k el domingo en 50 min, yo no le llego ni a los talones jaja", None),
    ("thu", "17:10", "el ritmo de 6:10 para las series esta bien o deberia ir mas rapido?", None),
    ("fri", "06:30", "hoy 5 km con el Javier, 32 min, suave, iba cuidando mi ritmo 😂", None),
    ("fri", "06:32", "la rodilla ya no molesta nada 🙌", None),
    ("fri", "06:35", "ah y el martes hice 30 min de bici estatica en el gym de la escuela, no le conte", None),
    ("fri", "06:37", "si el domingo hago 12 en vez de 10 pasa algo?", None),
    ("sat", "08:00", "coach el domingo no voy a poder correr temprano q tengo un bautizo, mejor hago el fondo hoy sabado en la tarde", None),
    ("sat", "17:30", "ya hice el fondo, 10 km en 1h08 por la via a Quevedo, full calor y full trafico jaja", None),
    ("sat", "17:32", "tome harta agua, cero mareos ni nada eh antes q pregunte 😅", None),
    ("sat", "17:35", "cuanto deberia demorarme en la media si hago 10 km en 1h08?", None),
    ("sun", "15:00", "bautizo listo, comi como si hubiera corrido una maraton jaja", None),
    ("sun", "15:02", "q dias eran los q le dije q entreno? lunes miercoles viernes y domingo?", None),
    ("sun", "15:05", "de aqui en adelante mejor martes, jueves, sabado y domingo, xq los lunes y miercoles tengo reuniones en la escuela", None),
    ("sun", "15:10", "ya no le molesto mas, bendiciones 🙏", None),
]

C["es-11"] = [
    ("mon", "06:00", "Buenos dias estimado coach. Ayer domingo complete la tirada larga: 24 km en 2h14, ritmo promedio 5:35. Me senti solido.", None),
    ("mon", "06:02", "Hoy lunes 8 km regenerativos en 48 minutos por el Chaquiñan.", None),
    ("tue", "07:30", "Sesion de calidad: 3 km de calentamiento, 8 km a 4:55-5:00, 2 km de enfriamiento. 13 km en total, 1h07.", None),
    ("tue", "19:00", "Y en la tarde 5 km muy suaves para soltar, 31 minutos. Primer doble de la temporada.", None),
    ("wed", "08:00", "Pregunta tecnica: si mi maraton objetivo es 3:45, a que ritmo deberian ser los 32 km de la tirada mas larga?", None),
    ("wed", "12:00", "Me olvide comentar: desde el domingo se me adormece el pie izquierdo, los dedos sobre todo. Pense que era el zapato pero hoy sin correr sigue igual, como hormigueo.", None),
    ("wed", "12:30", "Algo de dolor lumbar, leve, un 3. Debilidad no he notado.", "¿Tienes también dolor de espalda o debilidad en la pierna?"),
    ("wed", "12:35", "Tuve una hernia discal L5 hace unos diez años, pero estaba superada.", None),
    ("thu", "07:00", "Hoy no sali a correr, por precaucion.", None),
    ("thu", "18:00", "Fui donde el traumatologo. Sospecha compresion de nervio, me mando resonancia. Dice que puedo hacer bicicleta suave pero no correr por ahora.", None),
    ("thu", "18:02", "El adormecimiento sigue, sobre todo en el dedo gordo.", None),
    ("fri", "07:00", "45 minutos de bicicleta estatica en el gimnasio del conjunto, suave.", None),
    ("fri", "07:02", "Es frustrante, estaba en mi mejor momento. El plan decia 28 km este domingo.", None),
    ("sat", "10:00", "Resultado de la resonancia el martes. Con esta incertidumbre, estoy considerando cambiar Valencia por Sevilla en febrero.", None),
    ("sat", "10:05", "Sevilla seria el 20 de febrero de 2028.", None),
    ("sat", "16:00", "Mi esposa corrio hoy su primera carrera de 5K, 34 minutos. Muy orgulloso de ella.", None),
    ("sun", "09:00", "Decidido: cambio a la Maraton de Sevilla, 20 de febrero de 2028. Mantengo el objetivo de 3:45.", None),
    ("sun", "09:05", "Hoy 1 hora de bicicleta estatica y 20 minutos de estiramientos y yoga.", None),
    ("sun", "09:07", "El pie un poco mejor, el hormigueo mas leve, pero sigue ahi.", None),
    ("sun", "09:10", "Recuerdeme por favor: cual era mi marca en la media de junio?", None),
    ("sun", "09:12", "Gracias por el acompañamiento.", None),
]

C["es-12"] = [
    ("mon", "21:30", "q mas bro, hoy corri 5 km en el parque lineal en 28:30 xd", None),
    ("mon", "21:31", "me dio flato en el km 3 pero se paso", None),
    ("mon", "21:35", "el sabado hay una carrera de 6K de la u, la corro? la inscripcion es gratis", None),
    ("tue", "13:00", "ya me inscribi a la de 6K 😎", None),
    ("wed", "18:40", "hoy prueba en la pista de la u: 3 km a tope en 15:50!!", None),
    ("wed", "18:41", "eso da a 5:16 el km no? 🤔", None),
    ("wed", "18:45", "el isquio izquierdo quedo medio tirante, un 3 nomas", None),
    ("thu", "08:00", "isquio un 2 hoy", None),
    ("thu", "08:01", "hoy no toca no? igual tengo clases hasta las 6", None),
    ("thu", "19:00", "mi roommate corrio 10 km hoy en 50 min y dice q yo soy lento alv 😤", None),
    ("fri", "06:00", "trote suave 4 km, 25 min, pa soltar antes del sabado", None),
    ("fri", "06:02", "q como mañana antes de la carrera? es a las 7am", None),
    ("sat", "08:30", "YA TERMINE 🔥🔥 6K en 35:03, quede 23 de 140", None),
    ("sat", "08:40", "nooo me equivoque, fue 33:05 no 35:03, lo vi en los resultados oficiales 🤡", None),
    ("sat", "08:42", "el isquio ni se sintio, ya estoy bien de eso", None),
    ("sat", "12:00", "con 33 en 6K puedo bajar de 25 en el 5K del banano?", None),
    ("sun", "10:00", "hoy descanso total, ni me movi de la cama jaja", None),
    ("sun", "10:02", "pero mañana voy a hacer 6 km a 5:20", None),
    ("sun", "10:05", "y si en vez del 5K me meto al 10K del banano? es el mismo dia", None),
    ("sun", "10:10", "nah mejor el 5K, quiero bajar de 25 min primero", None),
    ("sun", "10:12", "cuando era el del banano? 26 de sept?", None),
    ("sun", "10:15", "de una bro gracias 🤙", None),
]


def main():
    with open(os.path.join(OUT, "profiles.jsonl"), "w", encoding="utf-8") as f:
        for p in PROFILES:
            rec = {"conv": p["conv"], "lang": "es", "name": p["name"], "age": p["age"],
                   "timezone": "America/Guayaquil", "units": "km", "goal_race": p["goal_race"],
                   "days_per_week": p["days_per_week"], "preferred_days": p["preferred_days"],
                   "level": p["level"], "weekly_km": p["weekly_km"], "longest_run_km": p["longest_run_km"],
                   "recent_race": p["recent_race"], "injuries_at_start": p["injuries_at_start"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = 0
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (day, hm, text, after) in enumerate(C[conv]):
                rec = {"conv": conv, "i": i, "lang": "es", "sent_at": f"{DAYS[day]}T{hm}:00{TZ}",
                       "text": text, "after_coach": after}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(C)} conversations, {n} messages")


if __name__ == "__main__":
    main()
