"""Pass 2: the runner's side of the week Mon 2027-03-15 .. Sun 2027-03-21.

Each entry: (day_of_march, "HH:MM" local, text, after_coach or None).
Written from briefs.md only, before any label was written.
Run:  python3 src/conversations.py   -> writes conversations.jsonl
"""
import json, os

TZ = "-05:00"

CONVS = {}

CONVS["es-01"] = [
    (15, "07:10", "Hola! buenos dias 😊 hoy lunes descanse nomas, q me toca mañana?", None),
    (15, "07:25", "bn bn, el domingo quede medio cansada pero todo ok", "¿Cómo te sentiste el fin de semana?"),
    (16, "06:45", "listo, hice 6 km suavecito en la carolina, como 38 min", None),
    (16, "06:47", "ah y la rodilla izquierda me molesta un poquito al bajar gradas, nada grave, como un 2", None),
    (16, "19:30", "y en la tarde sali con el grupo de running de la oficina, otros 4 km tranqui 🏃‍♀️ 25 min mas o menos", None),
    (16, "19:32", "o sea hoy doble jaja", None),
    (17, "12:10", "oye el 5:30 x km esta bn para los primeros 10 del fondo o es muy rapido?", None),
    (17, "12:12", "y recuerdame q tiempo era el q me habia puesto para cuenca? ya ni me acuerdo jaja", None),
    (17, "19:50", "hoy no corri pero fui a yoga una hora, full estiramiento 🧘‍♀️", None),
    (18, "06:30", "tempo hecho ✅ 2 de calentamiento, 5 a 5:10 y 1 de enfriamiento, 45 min en total", None),
    (18, "06:34", "mejor, como un 1, casi nada", "¿Y la rodilla hoy?"),
    (19, "08:15", "oye pero el plan dice 18 km para el domingo 😳 yo nunca he hecho mas de 16, no es mucho salto?", None),
    (19, "08:16", "puedo hacer 16 nomas?", None),
    (19, "21:00", "mañana sabado no voy a correr xq tengo matrimonio de una prima en tumbaco", None),
    (20, "10:30", "hoy no corri, pero mi esposo si salio e hizo 10k en 55 min, esta motivadisimo jaja", None),
    (20, "10:31", "yo mañana hago el fondo temprano", None),
    (21, "09:40", "fondo listo!! 17 km en 1h42 🙌 al final si me anime a pasar los 16 jaja", None),
    (21, "09:41", "y nada de dolor en la rodilla, ya se me paso del todo", None),
    (21, "09:45", "las piernas cansadas pero bn, fui hidratandome cada 5 km", "¿Cómo te sentiste en los últimos km?"),
    (21, "18:00", "cuanto deberia descansar antes del proximo fondo?", None),
    (21, "18:02", "gracias x todo, buena semana 🙏", None),
]

CONVS["es-02"] = [
    (15, "05:50", "Buenos dias mijo, aqui reportandome. Hoy lunes no sali porque tuve que abrir temprano la ferreteria, mañana si salgo a correr en el malecon si Dios quiere", None),
    (15, "05:52", "Me manda alguna rutina para esta semana?", None),
    (16, "07:05", "Listo ya corri. Siete kilometros en 48 minutos, sali a las 6 antes que pegue el sol. Me senti bien gracias a Dios, las piernas un poco pesadas al principio nomas", None),
    (16, "07:10", "La espalda bien mijo, eso fue hace años ya no molesta", "¿Cómo está la espalda?"),
    (16, "07:12", "Ve y a cuanto tengo que ir por kilometro para hacer la hora cinco en la carrera?", None),
    (17, "18:20", "Hoy fui al gimnasio del barrio unos 40 minutos, maquinas de piernas y un poco de bicicleta estatica", None),
    (17, "18:22", "Una pregunta mijo, yo tomo pastillas para la presion, eso afecta si corro?", None),
    (17, "18:30", "Losartan de 50, una al dia", "¿Qué medicamento tomas y en qué dosis?"),
    (18, "13:40", "Mijo le cuento que hoy sali tarde a correr, como a las diez y media porque en la mañana tuve que ir al banco. Que sol terrible. Alcance a hacer como 6 km y por ahi me dio un mareo feo y como que deje de sudar, tenia la piel seca y caliente, me tuve que sentar bajo un arbol en el parque", None),
    (18, "13:42", "De ahi regrese caminando despacito. Ahorita ya estoy mejor, solo un poco de dolor de cabeza, pero cuando fui al baño el orine salio bien oscuro como cafe. El sabado puedo correr normal o no?", None),
    (18, "13:55", "Si un ratito no sabia bien por donde estaba, el muchacho de la ferreteria me fue a ver en la moto y me llevo agua. Pero ya paso, no se preocupe", "¿Estuviste confundido o desorientado en algún momento? ¿Alguien estaba contigo?"),
    (18, "20:10", "Ya tome bastante agua y suero oral, ya me siento normal mijo", None),
    (19, "07:00", "Hoy descanso como me dijo. Ve y la carrera de los 10k cuando mismo es? que se me olvido", None),
    (19, "07:05", "y a que tiempo me habia puesto yo de meta?", None),
    (19, "07:10", "Gracias por preocuparse mijo, Dios le pague", None),
    (20, "17:30", "Hoy sali a caminar media hora con mi señora por el malecon en la tarde fresquito, nada de correr", None),
    (20, "17:32", "Ella tambien quiere empezar a correr jaja, ya le dije que le pregunte a usted", None),
    (21, "08:00", "Domingo no corri, me quede dormido. Mañana lunes salgo a las 6 a hacer unos 6 km suaves", None),
    (21, "08:05", "Pregunta mijo, si la carrera fuera al mediodia como le hago con el calor? no se si la hacen temprano", None),
    (21, "08:12", "Y el muchacho de la ferreteria corrio el domingo pasado 15 km, dice que lo inscriba en la carrera tambien", None),
]

CONVS["es-03"] = [
    (15, "17:30", "ola", None),
    (15, "17:31", "ya corri 5km en 27 min", None),
    (15, "17:35", "bn jaja cansado al final", "¡Bien! ¿Cómo te sentiste?"),
    (16, "20:10", "ve mi pana Bryan hizo 8 km en 40 min q bestia 😳", None),
    (16, "20:11", "yo hoy no corri xq tenia deber de mate", None),
    (17, "18:40", "hice 6", None),
    (17, "18:41", "no q fueron 5 jaja el celu marco mal", None),
    (17, "18:45", "ve otra cosa ya no puedo lunes miercoles viernes xq me metieron al equipo de futbol del cole y entrenan esos dias", None),
    (17, "18:46", "puedo correr martes jueves y sabado", None),
    (17, "18:50", "en la mñn", "Listo, ¿y el sábado a qué hora puedes?"),
    (18, "19:15", "ve hoy corri 4 en el estadio bellavista y al bajar las gradas me cai 😅", None),
    (18, "19:16", "el tobillo derecho esta hinchado y camino cojeando nose si es grave", None),
    (18, "19:20", "apoyo pero duele full como un 7", "¿Puedes apoyar el pie? ¿Cuánto te duele del 1 al 10?"),
    (18, "19:22", "mi mama me puso hielo", None),
    (19, "07:00", "sigue hinchado pero mi mama dice q no es nada", None),
    (19, "07:02", "hoy hay futbol puedo jugar?", None),
    (19, "21:00", "no jugue al final", None),
    (20, "10:00", "hoy no corri x el tobillo", None),
    (20, "10:01", "un poquito menos hinchado pero igual cojeo", None),
    (21, "11:00", "el lunes ya puedo correr?", None),
    (21, "11:02", "ah y cuando era la carrera del cole? el 10 de abril no?", None),
    (21, "11:03", "gracias pana", None),
]

CONVS["es-04"] = [
    (15, "06:40", "Buenos dias. Hoy 10 km suaves por el Tomebamba en 52 min. Despues 20 min de core en casa.", None),
    (15, "06:42", "Pulsaciones promedio 138, todo controlado.", None),
    (16, "06:50", "Series hechas: 3 km de calentamiento, 6x1000 a 4:20 con 2' de recuperacion trotando, 3 km de enfriamiento. 13 km total, 1h04.", None),
    (16, "06:52", "Los 1000 salieron 4:22, 4:19, 4:18, 4:20, 4:17, 4:15. El ultimo se me fue un poco", None),
    (17, "07:00", "Rodaje de recuperacion 8 km a 5:45, sin novedad", None),
    (17, "07:05", "Pregunta: para el maraton a 3:25 me sale 4:51/km. Es realista si hago los 1000 a 4:20?", None),
    (17, "07:10", "El aquiles ni me molesta ya, eso fue el 2025, por si acaso", None),
    (18, "12:30", "Tengo que cambiar de objetivo. En junio me mandan a un proyecto en Lima y no alcanzo al maraton de Quito.", None),
    (18, "12:32", "Voy a apuntarme al de Guayaquil, 3 de octubre. Ahi si quiero bajar de 3:20", None),
    (18, "12:35", "Bien, solo el gemelo izquierdo un poco cargado, 3/10. Hoy no corri, preferi descansar", "¿Cómo van las piernas después de las series?"),
    (19, "18:00", "Natacion 30 min en la piscina, suave. Mañana carrera, los 15K de la Ruta de los Barrancos.", None),
    (19, "18:02", "Voy a salir a 4:35 y ver como responde el cuerpo", None),
    (20, "11:20", "Carrera terminada: 1:08:40 en los 15K!! 3ra en mi categoria 🥉", None),
    (20, "11:22", "Los primeros 5 a 4:30 y luego se cayo un poco en la subida de la calle Larga", None),
    (20, "11:25", "Nada, ni me acorde del gemelo. 0 molestia", "¿Y el gemelo?"),
    (20, "20:00", "Mi amiga Vero hizo 1:12 en su primera 15K, feliz por ella", None),
    (21, "09:30", "14 km suaves con el grupo, 1h20, ritmo de conversacion", None),
    (21, "09:35", "Cuantos dias de recuperacion recomiendas despues de una 15K antes de volver a series?", None),
    (21, "09:40", "Y el fondo de la proxima semana? el plan decia 28 pero con la carrera de ayer no se si tiene sentido", None),
    (21, "09:42", "Para el objetivo nuevo ya no necesito hacer 32 en abril no?", None),
    (21, "21:00", "Gracias, buena semana", None),
]

CONVS["es-05"] = [
    (15, "09:00", "buenos dias pana, hoy no corri vengo de turno de noche desde guayaquil, toy muerto", None),
    (15, "09:02", "q me toca esta semana?", None),
    (16, "17:30", "hoy si, subi a yahuarcocha 10 km en 1h05, achachay la loma", None),
    (16, "17:35", "bn, cansado pero bien", "¿Cómo te sentiste?"),
    (17, "08:00", "ve este sabado no puedo, tengo viaje largo a guayaquil, salgo a las 4 am", None),
    (17, "08:01", "lo corro el viernes o el domingo nomas?", None),
    (18, "18:40", "listo 12 km hoy por la loma de azaya, 1h20. En una subida medio como q me apreto el pecho, como una presion, pero baje el ritmo y se me paso. Seguro es q no calente bien jaja", None),
    (18, "18:45", "unos 5 minutos mas o menos. si sude frio y el brazo izquierdo como pesado, pero ya paso todo", "¿Cuánto duró la presión en el pecho? ¿Tuviste otros síntomas como sudor frío, falta de aire o dolor en el brazo?"),
    (18, "18:47", "pero ya estoy bien en serio, no es nada", None),
    (19, "06:30", "anoche medio me palpitaba el corazon acostado, como q se saltaba un latido, raro", None),
    (19, "06:31", "nunca me habia pasado", None),
    (19, "06:35", "hoy no voy a correr, de una descanso", None),
    (19, "12:00", "mi ñaña es enfermera y dice q vaya al medico, ya saque turno con el cardiologo para el martes", None),
    (20, "21:00", "ya llegue a guayaquil, no corri nada hoy obvio", None),
    (20, "21:02", "achachay el calor aca", None),
    (21, "07:00", "puedo hacer el fondo de 18 hoy? me siento bien ya", None),
    (21, "07:02", "es q si no hago el fondo no llego al trail de mayo", None),
    (21, "07:04", "cuanto era el trail? 25 o 30 km?", None),
    (21, "07:10", "bueno ya, solo voy a caminar un rato", None),
    (21, "16:00", "camine 45 min por el malecon, tranquilo", None),
    (21, "16:02", "gracias pana x preocuparse", None),
]

CONVS["es-06"] = [
    (15, "07:30", "holaaa 😄 hoy sali temprano x el malecon, 8 km en 50 min y despues me meti al mar a nadar unos 20 min, bacan!! 🌊", None),
    (15, "07:32", "el agua full rica", None),
    (16, "20:00", "hoy no corri xq sali de turno a las 7pm, pero mi esposo si salio e hizo 12 km 😂 ahora se cree keniano", None),
    (16, "20:02", "mañana me toca a mi", None),
    (17, "06:50", "hice 10 km en 1 hora justo 💪", None),
    (17, "09:10", "uy no, me equivoque, fueron 9 km, el reloj se pauso en un semaforo y sume mal 🤦‍♀️", None),
    (17, "09:12", "el tiempo si fue una hora", None),
    (18, "14:00", "hoy turno de noche otra vez 😴 no corro", None),
    (18, "14:02", "pregunta: q como antes de una carrera? el sabado hay 10k aca en manta y me inscribi", None),
    (18, "14:05", "es la Carrera Ciudad de Manta, no es mi objetivo eh, solo pa probarme", None),
    (19, "17:30", "trote suave 4 km pa soltar las piernas, 25 min", None),
    (19, "17:32", "a q ritmo salgo mañana? mi mejor 10k es 58:10, quiero bajar de 57", None),
    (20, "09:45", "SIIIII 56:45 en la 10K!!! 🎉🎉🎉 record personal", None),
    (20, "09:47", "el calor fue full pero me hidrate en cada punto", None),
    (20, "09:50", "cansadisima pero feliz, sin dolores ni nada", "¡Felicitaciones! ¿Cómo te sentiste al final?"),
    (20, "19:00", "mi esposo hizo 1:02 jajaja le gane 😂", None),
    (21, "10:00", "hoy descanso de correr, solo sali a caminar 40 min con mi perrita", None),
    (21, "10:02", "tengo el isquio derecho un poquito tenso, como un 2 nada mas", None),
    (21, "10:05", "mañana lunes pienso hacer 6 suaves y el miercoles el fondo de 14 antes del turno", None),
    (21, "10:06", "o es mucho despues de la carrera?", None),
    (21, "10:10", "y te cuento q las canillas ya no me dan problema, antes sufria full con eso", None),
]

CONVS["es-07"] = [
    (15, "08:30", "Buenos dias mijito, hoy hice mi caminata con trote como me enseño. Un minuto trotando y dos caminando, en total fueron 4 kilometros en 35 minutos. Gracias a Diosito me senti bien.", None),
    (15, "08:33", "Solo la rodilla derecha me molesta un poquito, como un 2, pero ya me conozco", None),
    (15, "08:40", "No mijito, antes era la cadera derecha pero eso ya se curo hace años con terapia", "¿Has tenido problemas con esa rodilla antes?"),
    (15, "08:42", "Mañana martes no salgo que tengo reunion de los jubilados", None),
    (16, "10:15", "Mijito disculpe, cual era la carrera que voy a hacer y en que fecha? Mi hija me pregunto y no me acorde", None),
    (16, "10:20", "Ah si, la de los 5 km. Que emocion", None),
    (17, "06:30", "Hoy miercoles salgo a las 7 a hacer mi trote", None),
    (18, "09:00", "Buenos dias. Le cuento que ayer miercoles hice la caminata con trote, 4 kilometros y medio en 40 minutos.", None),
    (18, "09:02", "Pero en la parte del parque me dio algo raro, como que el corazon se me aceleraba y se me saltaba, y me maree feo, se me nublo la vista, casi me caigo, me agarre de un poste. Me sente un rato y ya se me paso.", None),
    (18, "09:05", "Unos minutos nomas, tres o cuatro. Es la primera vez que me pasa asi.", "¿Cuánto tiempo duró? ¿Te había pasado antes?"),
    (18, "09:07", "Pero no se preocupe, seguro fue que no desayune bien", None),
    (18, "09:10", "El sabado puedo hacer mi trote normal?", None),
    (19, "11:00", "Mi hija Carmen corrio una de 5 km el domingo en Ambato, hizo 28 minutos, yo quiero ser como ella", None),
    (19, "11:05", "Mijito usted cree que a mi edad puedo llegar a terminar los 5 km?", None),
    (20, "09:30", "Hoy no trote, le hice caso. Solo camine unos 20 minutos al mercado La Merced", None),
    (20, "09:32", "No me ha vuelto a pasar lo del corazon", None),
    (20, "09:35", "Todavia no mijito, el lunes voy al seguro a sacar cita", "¿Pudiste hablar con un médico?"),
    (21, "16:00", "La rodilla ya casi no me duele, como un 1", None),
    (21, "16:02", "Que hago esta semana que viene?", None),
    (21, "16:05", "SI ME DA PERMISO EL DOCTOR vuelvo a trotar", None),
    (21, "16:06", "Disculpe las mayusculas jaja no se como se quitan", None),
    (21, "16:10", "Muchas gracias por todo mijito, Diosito le pague", None),
]

CONVS["es-08"] = [
    (15, "07:50", "buenas. el viernes pasado no te reporte, hice 12 km en 1h00 justo, rodaje suave", None),
    (15, "19:30", "hoy 8 km easy, 41 min, pace 5:08", None),
    (16, "19:45", "fartlek: 10 x 1' rapido / 1' suave, con calentamiento y enfriamiento 9 km en 48 min", None),
    (16, "19:46", "los rapidos a ~4:00, los suaves a 5:30 aprox", None),
    (16, "19:50", "mañana no corro, toca descanso", None),
    (17, "08:30", "ok te tengo q decir algo del plan, me pones 5 dias y con el trabajo no me da, los lunes siempre tengo reuniones hasta tarde", None),
    (17, "08:31", "desde ahora entreno solo martes jueves sabado y domingo", None),
    (17, "08:35", "y otra: el plan de hoy dice 'descanso activo 30 min' q significa eso exactamente? jaja", None),
    (18, "20:00", "tempo hecho: 3 km calentamiento + 6 km a 4:35 + 2 km enfriamiento. 11 km, no tengo el tiempo total porq se me colgo el garmin", None),
    (18, "20:02", "la cintilla derecha nada eh, eso ya quedo en el 2024", None),
    (19, "13:00", "15.2 km · 1:15:33 · 4:58/km", None),
    (19, "13:05", "ignora eso, era la carrera de mi pana Diego q me mando el screenshot y lo reenvie sin querer 🤦", None),
    (19, "13:06", "yo hoy no corri", None),
    (20, "10:30", "fondo de 20 km en 1h49, ultimos 3 a ritmo de media", None),
    (20, "10:50", "corrijo: eran 21 km, no 20, me faltaba sumar la vuelta al parque", None),
    (20, "10:52", "lleve 2 geles y agua, todo bien", "¿Qué tal la hidratación?"),
    (21, "11:30", "hoy no corri, sali en bici con unos panas por el chaquiñan, 1 hora mas o menos", None),
    (21, "11:32", "ve cual era mi tiempo objetivo para la media? 1:38 o 1:40?", None),
    (21, "11:35", "y si me sale bien el proximo tempo podria intentar 1:35?", None),
    (21, "11:40", "el plan de la proxima semana dice 24 km de fondo, no es mucho a 2 meses? se me hace exagerado", None),
    (21, "11:42", "thanks", None),
]

CONVS["es-09"] = [
    (15, "18:00", "holaaa 🙋‍♀️ hoy corri 7 km en 40 min por el parque Jipiro", None),
    (15, "18:02", "tengo una molestia chiquita en la canilla derecha por dentro, como un 2, nada q ver", None),
    (15, "18:05", "desde el sabado creo, despues q cambie de zapatos", "¿Desde cuándo la sientes?"),
    (16, "12:00", "ve porfa a q ritmo tengo q ir para hacer 1:20 en la 15k?", None),
    (17, "18:30", "hice 8 km hoy, 46 min", None),
    (17, "18:31", "la canilla me molesto un poco mas, como un 4 😕", None),
    (17, "18:35", "pero al final del trote ya estaba mejor", None),
    (18, "17:00", "hoy no sali a correr por la canilla, me fui al gym a hacer piernas 45 min", None),
    (18, "17:02", "sentadillas y eso, sin saltos", None),
    (19, "18:40", "chuta ve, sali a correr y tuve q parar en el km 3, me dio un dolor full en la canilla, en un puntito del hueso, como un 7", None),
    (19, "18:42", "si aplasto con el dedo el hueso me duele full", None),
    (19, "18:45", "y me regrese caminando y cada paso dolia 😣", None),
    (19, "18:50", "medio cojeando", "¿Puedes caminar sin cojear?"),
    (20, "11:00", "igual, al bajar las gradas de la u me duele bastante y esta un poquito hinchada", "¿Cómo amaneció la canilla?"),
    (20, "11:02", "hoy no corro obvio", None),
    (20, "11:05", "mi roomie dice q es periostitis nomas y q se cura con hielo", None),
    (21, "10:00", "ve y si me vendo la pierna podria correr la 15k igual? es el 11 de abril", None),
    (21, "10:02", "no quiero perderme la carrera, llevo meses entrenando 😭", None),
    (21, "10:05", "mañana voy al medico del IESS a ver si me mandan placa", None),
    (21, "10:07", "la semana pasada hice 32 km en total y esta apenas 18, me siento full floja jaja", None),
    (21, "10:10", "gracias ✨", None),
]

CONVS["es-10"] = [
    (15, "18:30", "ñaño hoy sali en la bici con el club, hora y media de montaña 🚵", None),
    (15, "18:31", "piernas muertas jaja", None),
    (16, "19:00", "ocho km en 43:30 ✔️", None),
    (16, "19:01", "la pantorrilla izq media cargada, un 3", None),
    (17, "12:30", "ve cambio de planes, ya no quiero la 10k de abril, me voy a meter a la media maraton de santo domingo el 13 de junio", None),
    (17, "12:31", "meta 1:55", None),
    (17, "12:35", "nah, esa ya no", "¿Sigues queriendo hacer la 10K de abril como preparación?"),
    (17, "12:37", "y puedo seguir con martes jueves sabado o hay q meter otro dia?", None),
    (18, "19:20", "series hoy: 2 km calentamiento, 8x400 a 1:45 con 200 de trote, 1 km enfriamiento. en total como 7 km", None),
    (18, "19:22", "y la pantorrilla ya nada, se me quito", None),
    (19, "13:00", "pregunta loca: si corro 10 km diario toda la semana llego mas rapido a la media?", None),
    (19, "13:05", "jaja ya se q no pero pregunto", None),
    (20, "08:40", "fondo: doce kilometros en una hora ocho minutos", None),
    (20, "08:41", "la rodilla operada ni se siente, bacan", None),
    (20, "08:45", "a 5:40 mas o menos", "¿A qué ritmo fuiste?"),
    (21, "17:00", "hoy rodada larga en bici, 2 horas por la via a quevedo", None),
    (21, "17:02", "cuantos km a la semana deberia estar haciendo para la media? yo ando en 25", None),
    (21, "17:05", "mi primo corrio la media de guayaquil en 1:50 el año pasado, quiero ganarle jaja", None),
    (21, "17:06", "mañana lunes tmb bici suave 1 hora", None),
    (21, "17:08", "de una, gracias ñaño", None),
]

CONVS["es-11"] = [
    (15, "06:10", "q mas mi llave ya hice las series 5x1km a 3:40 en la via a las palmas, con calentamiento y todo 10 km", None),
    (15, "06:12", "el ultimo salio en 3:36 de ley 🔥", None),
    (16, "18:00", "hoy suave 8 km en 40 min", None),
    (16, "18:02", "tengo como algo en el talon izquierdo, poquito, un 2", None),
    (17, "19:30", "ñaño hoy me toco correr a la 1 de la tarde xq tenia clases toda la mañana, hice 12 km pero achachay el sol... al final vomite jaja y me quede como perdido, no me acordaba donde deje la bici 😂 la cabeza me daba vueltas", None),
    (17, "19:32", "pero ya toy bien, me bañe y ya", None),
    (17, "19:40", "no lleve agua ve, ya no vomito pero si un poco mareado todavia", "¿Tomaste agua durante la carrera? ¿Sigues con mareo o náuseas?"),
    (18, "07:30", "medio mareado al pararme y la orina bien oscura todavia como coca cola", "¿Cómo amaneciste? ¿De qué color está la orina?"),
    (18, "07:32", "hoy no corro entonces?", None),
    (18, "20:00", "tome full agua y suero todo el dia", None),
    (19, "17:00", "hoy no corri, descanso como dijiste", None),
    (19, "17:02", "ya orino normal y no estoy mareado", None),
    (20, "18:00", "mañana hay un 5k en tonsupa, me inscribi, lo corro a las 7am", None),
    (20, "18:02", "a q ritmo salgo para hacer sub 18? mi mejor es 17:50 en atacames", None),
    (20, "18:03", "y si hace mucho calor q hago?", None),
    (21, "09:00", "18:05 en el 5k de tonsupa ✅ 4to general", None),
    (21, "09:02", "no baje de 18 pero bueno, con lo del miercoles", None),
    (21, "09:05", "bien esta vez, lleve agua y sali temprano, nada de mareo", "¿Cómo te sentiste con el calor?"),
    (21, "09:10", "el talon ya no me duele nada", None),
    (21, "09:12", "mi pana Luis hizo 17:20 y gano 🏆", None),
    (21, "09:15", "cuando era mi 10k? el 4 de abril no?", None),
    (21, "09:16", "gracias mi llave", None),
]

CONVS["es-12"] = [
    (15, "19:00", "Buenas noches. Hoy no corri, hice yoga una hora en el estudio, achachay el frio de Latacunga en la mañana", None),
    (15, "19:02", "Mañana salgo a correr temprano, unos 9", None),
    (16, "06:30", "Hoy 9 km suaves en 1h02, por la via a Pujili", None),
    (16, "06:32", "Bien, la hernia esta controlada hace años, no me molesta para correr", "¿Cómo estuvo la espalda?"),
    (17, "13:00", "Chuta me cambiaron los horarios en la corte, ya no puedo martes ni jueves. Mis dias ahora serian lunes, miercoles, viernes y domingo", None),
    (17, "13:02", "Se puede adaptar el plan?", None),
    (17, "13:05", "Si, el domingo el largo", "Claro. ¿El domingo sigue siendo el fondo?"),
    (17, "19:30", "Hoy ya no alcance a correr, sali muy tarde", None),
    (18, "07:00", "Jueves no corro tampoco, mañana viernes si", None),
    (18, "07:05", "Mi compañera de la oficina hizo 15 km ayer en 1h30, esta volando", None),
    (19, "06:20", "Listo, diez km alternando, corria 9 minutos y caminaba 1, en una hora y cuarto", None),
    (19, "06:25", "Pregunta: para el maraton puedo usar esta estrategia de correr-caminar?", None),
    (20, "10:00", "Gym 45 minutos, pierna y core", None),
    (20, "10:05", "Mañana el fondo, el plan dice 24 km pero voy a hacer 22 creo", None),
    (21, "12:40", "Fondo hecho. 22 km en 2h40. Pero le cuento algo raro, desde el km 15 mas o menos se me empezo a dormir el pie izquierdo, como hormigueo y luego ya no lo sentia bien", None),
    (21, "12:42", "Y en el km 18 me tropece con una piedra y me cai, me raspe la rodilla pero nada grave, me levante y segui", None),
    (21, "12:50", "Si, todavia lo siento adormecido, ya va mas de una hora. Y el hormigueo me sube un poco por la pierna", "¿Todavía tienes el pie dormido?"),
    (21, "12:52", "Sera por los cordones muy apretados? me los afloje pero igual", None),
    (21, "18:30", "Ya en la noche sigue igual de dormido el pie, un poco menos el hormigueo", None),
    (21, "18:32", "Mi esposo dice que me vaya a emergencia, que opina usted?", None),
    (21, "18:35", "Y la carrera es el 20 de junio verdad? no quiero atrasarme", None),
]


def rows():
    out = []
    for conv in sorted(CONVS):
        msgs = CONVS[conv]
        prev = None
        for i, (day, hm, text, after) in enumerate(msgs):
            ts = f"2027-03-{day:02d}T{hm}:00{TZ}"
            assert prev is None or ts > prev, (conv, i, ts)
            prev = ts
            out.append({"conv": conv, "i": i, "lang": "es", "sent_at": ts,
                        "text": text, "after_coach": after})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "conversations.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in rows():
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", path)
