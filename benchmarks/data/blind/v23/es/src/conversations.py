#!/usr/bin/env python3
"""Pass 2: the runner side of the week for es-01..es-12.

Writes ../conversations.jsonl. Each message is (local time "DD HH:MM" in March 2028, text, after_coach).
after_coach is the coach question this message answers, as imagined by the writer (None otherwise).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "conversations.jsonl")

C = {}

C["es-01"] = [
    ("06 06:40", "buenos dias coach 🙌 hoy lunes descanso verdad? y mañana q me toca", None),
    ("06 21:15", "ve una pregunta, el tempo a q ritmo lo hago? estaba pensando 5:05 el km, esta bn o muy rapido para mi?", None),
    ("07 07:30", "listo el tempo 💪 2 km de calentamiento, 5 km a 5:03 promedio y 1.5 de enfriamiento, en total 8.5 km en 45 min. Las piernas full bien", None),
    ("07 07:32", "la ultima rep me costo un poco pero normal", None),
    ("08 19:50", "hoy no corri, hice spinning en el gym 45 min", None),
    ("09 06:55", "7 km suaves por el parque metropolitano, 41 min. En la subida larga senti como una presion en el pecho, raro, pero se me paso caminando un ratito y termine normal", None),
    ("09 07:10", "unos dos minutos maso. no se fue al brazo, pero si me falto el aire mas de lo normal, como q no podia jalar aire",
     "¿Cuánto duró esa presión en el pecho? ¿Se fue al brazo o a la mandíbula, tuviste falta de aire o mareo?"),
    ("09 07:12", "pero ya estoy bn eh, no es nada, seguro fue la altura jaja", None),
    ("09 20:30", "oiga y si me vuelve a pasar corriendo q hago? paro de una?", None),
    ("10 12:10", "ya me siento normal, nada de dolor hoy. Puedo hacer el fondo de 16 km el sabado?", None),
    ("10 12:15", "el plan me ponia 16 y ahora me sale descanso, yo me siento al cien, no entiendo xq me lo bajan 😤", None),
    ("10 18:40", "todavia no, mañana voy donde el cardiologo de mi papa q me hizo el favor de atenderme",
     "¿Pudiste hablar con un médico sobre lo del pecho?"),
    ("11 13:20", "no corri hoy, fui al doc. me hicieron electro y dice q esta normal pero q me va a mandar prueba de esfuerzo el martes", None),
    ("11 13:22", "hasta eso me dijo q nada de correr fuerte", None),
    ("12 10:05", "mi esposa corrio hoy la 10K de la Carolina, hizo 58:20 😍 la primera de ella", None),
    ("12 10:07", "yo solo camine con la bebe en el coche como una hora mientras ella corria", None),
    ("12 10:10", "oiga y mi media cuando era? el 4 de junio no?", None),
    ("12 10:30", "y la de 15K de diciembre en cuanto la hice? ya ni me acuerdo", None),
    ("12 19:00", "ah y corrijo lo del martes, no fueron 8.5 fueron 9 km, revise en el strava", None),
    ("12 19:02", "gracias por todo coach, esta semana medio rara pero ahi vamos 🙏", None),
]

C["es-02"] = [
    ("06 08:10", "holaaa coach 😊 ya sali del turno de noche, hoy toca correr?? estoy muerta jaja", None),
    ("06 17:30", "hice 4 km trotando suave x el malecon, como 28 min, bien bien 🥵 q calor", None),
    ("06 17:31", "ah y la rodilla derecha un poquito molesta al bajar las gradas del puente, nada grave", None),
    ("07 09:00", "chuta me cambiaron los turnos en el hospital 😩 ahora solo puedo entrenar martes jueves sabado y domingo, se puede cambiar?", None),
    ("07 18:00", "hoy hice las series: 6 x 400 con 2 min de descanso, los 400 a 2:10 mas o menos. Total con calentamiento como 5 km", None),
    ("07 18:02", "la rodilla hoy ni la senti 🙌", None),
    ("08 10:00", "mi ñaña quiere empezar a correr conmigo, ella puede seguir el mismo plan? corrio 3 km ayer y casi se muere jajaja", None),
    ("09 14:40", "uff hoy sali a correr a la 1 de la tarde xq no tenia otra hora, a los 5 km me dio un mareo horrible y deje de sudar, la piel seca y caliente, y como q no sabia bien por donde estaba 😵 me sente en la sombra", None),
    ("09 14:45", "ya estoy en la casa, vomite una vez en el taxi 😕 tome un suero oral",
     "¿Cómo estás ahora? ¿Estás acompañada, pudiste tomar líquidos, tienes náuseas o confusión?"),
    ("09 14:47", "tranqui q soy enfermera jaja ya se q fue un golpe de calor leve", None),
    ("10 07:20", "hoy amaneci con la orina bien oscurita 😬 pero estoy tomando full agua", None),
    ("10 07:22", "mañana sabado puedo hacer los 8 km del plan? o mejor lo corro el domingo", None),
    ("10 21:00", "no corri hoy obvio, descanse todo el dia", None),
    ("11 08:30", "ya me siento mejor, la orina ya normal 👍", None),
    ("11 08:32", "mañana domingo voy a hacer los 8 pero a las 6am antes del calor, de una", None),
    ("12 07:45", "listo 8 km a las 6 de la mañana 🙌 en 53:30, suave suave, tome agua cada 20 min", None),
    ("12 07:47", "cero mareo, cero todo", None),
    ("12 07:50", "x cierto mi 10K era el 16 de abril verdad? cuantas semanas me quedan", None),
    ("12 12:00", "ah y no fueron 8 fueron 7.6 😅 el reloj se puso loco al inicio", None),
    ("12 12:01", "grax coach 💕", None),
]

C["es-03"] = [
    ("06 05:50", "Buenos dias estimado coach. Hoy lunes sali a las 5 y media, 8 kilometros por la orilla del Tomebamba en 52 minutos. Achachay que frio estaba.", None),
    ("06 05:52", "La rodilla izquierda, la operada del menisco hace años, ni se siente. Gracias a Dios.", None),
    ("07 16:00", "Hoy fui a nadar a la piscina de Totoracocha, 40 minutos tranquilo. Para soltar las piernas.", None),
    ("08 06:30", "Coach, hoy tocaba intervalos pero tengo una molestia en la pantorrilla derecha, como un 3 de 10. ¿Los hago o mejor suave?", None),
    ("08 11:00", "Hice 6 km suaves nomas, en 40 minutos. La pantorrilla ya casi no molestaba al final, como un 1.", None),
    ("09 09:15", "Le cuento que ayer en la tarde, ya en la casa, me dio una cosa rara, el corazon se me acelero solito y sentia como que daba saltos, como que se saltaba latidos. Duro como 10 minutos y luego se calmo.", None),
    ("09 09:20", "No, nunca. Dolor de pecho no, un poco de mareo si, me tuve que sentar.",
     "¿Te había pasado antes? ¿Sentiste dolor en el pecho, mareo o falta de aire?"),
    ("09 09:22", "Mi señora dice que es el cafe, que tomo mucho. ¿Usted que piensa, puedo correr el viernes?", None),
    ("09 18:00", "Ya saque cita con el cardiologo para el lunes 13.", None),
    ("10 07:00", "Hoy no sali a correr, le hice caso. Solo camine media hora con el perro.", None),
    ("10 07:02", "Ningun salto del corazon desde el miercoles.", None),
    ("10 19:30", "Se me olvidaba contarle: el domingo pasado, 5 de marzo, hice el fondo de 15 km en 1h42. Me sentia muy bien.", None),
    ("11 08:00", "¿Cuantos kilometros llevo esta semana? Yo creo que 14.", None),
    ("11 08:05", "El plan me pone 18 km el domingo, me parece exagerado para un señor de 61, usted mismo me decia que no pase de 16.", None),
    ("11 12:00", "Y si hago 12 en lugar de 18, ¿pierdo mucho para la media?", None),
    ("12 08:45", "Hoy no hice el fondo. Fui con mis nietos al parque de la Madre y trote un poquito con ellos nomas, unos 2 km, no cuenta jaja", None),
    ("12 08:47", "El corazon bien, normalito.", None),
    ("12 20:00", "Mi hijo corrio hoy una media en Guayaquil, 1:48. Orgulloso.", None),
    ("12 20:05", "¿Me recuerda para cuando es mi media y que tiempo me puse de meta?", None),
    ("12 20:06", "Dios le pague coach, buenas noches.", None),
]

C["es-04"] = [
    ("06 16:30", "q fue coach", None),
    ("06 16:31", "ya sali del cole, q toca hoy", None),
    ("06 18:10", "ya, 5 km suave en 27 min 👍", None),
    ("07 07:00", "bro mañana tengo prueba de mate nose si pueda correr", None),
    ("08 17:45", "al final si corri jaja, fui con los panas del equipo, hicimos 8 x 200 en la pista del estadio", None),
    ("08 17:46", "los 200 a 38 39 seg", None),
    ("08 17:50", "cuanto me deberia salir el 5k si hago los 200 a 38?", None),
    ("09 20:00", "mi pana el Mateo hizo 19 min en 5k 😳 ta bien rapido", None),
    ("10 18:30", "chuta coach hice como 4 km x la loma de Ficoa y en la bajada me tropece con una piedra y me cai 😩", None),
    ("10 18:31", "el tobillo derecho se me hincho full y no puedo pisar bien, cojeando llegue a la casa", None),
    ("10 18:40", "como 8. pisar piso pero me duele full, cojeo",
     "¿Del 1 al 10 cuánto te duele? ¿Puedes apoyar el pie y dar 4 pasos?"),
    ("10 18:42", "pero mañana si puedo correr cierto? tengo entreno con el equipo", None),
    ("10 21:00", "mi mami me puso hielo y una venda", None),
    ("11 09:00", "no fui al entreno, sigue hinchado 😞", None),
    ("11 12:30", "mi papi me va a llevar al medico en la tarde", None),
    ("11 19:00", "fue esguince grado 2 dice el doc, nada roto. me pusieron bota 3 semanas 😭", None),
    ("11 19:02", "osea q ya no llego al 5k del 23 de abril? 😢", None),
    ("12 11:00", "aburrido en la casa jaja. puedo hacer algo de gym pa los brazos?", None),
    ("12 11:45", "ya hice abdominales y brazos como 20 min en el cuarto 💪", None),
    ("12 11:46", "sin pararme eh, todo sentado jaja", None),
    ("12 20:00", "gracias coach x todo, sorry x no hacer caso", None),
]

C["es-05"] = [
    ("06 07:10", "buenos dias coach fijese que el sabado pasado fui con mi pana la Vero a correr por el Villonaco, como 12 km con full subida en 1h40 y me encanto, y ahora estoy pensando seriamente en cambiarme al trail de 30K del Podocarpus en junio en vez de la media de Loja, que dice usted?", None),
    ("06 07:12", "bueno todavia no decido eh, lo pienso", None),
    ("07 06:15", "ya sali, 10 km suaves por el Jipiro en 58 min, todo bien, la rodilla derecha un poquito ahi molestando como un 2 pero nada", None),
    ("07 19:30", "y en la noche fui a yoga una hora pa estirar", None),
    ("08 12:00", "coach una consulta xq tanto km suave? el plan me pone 4 dias de 8 a 10 km todos suaves y nada de cuestas, si me voy al trail necesito subidas no?", None),
    ("09 06:00", "doble hoy ve: en la mañana 6 km en 35 min suave", None),
    ("09 18:45", "y en la tarde otros 5 km con cuestas, 6 repeticiones de 1 minuto en la subida del Pucara, en total 35 min. La rodilla ya como 1, casi nada", None),
    ("10 08:00", "decidido!!! me voy al trail de 30K del Podocarpus, es el 18 de junio, ya me inscribi 🏔️ la media de Loja ya no", None),
    ("10 08:05", "nada de tiempo, solo terminarla viva jajaja",
     "¡Qué emoción! ¿Tienes algún tiempo objetivo para el trail?"),
    ("10 12:00", "ah y la rodilla ya nada, ni me acuerdo q me dolia", None),
    ("11 07:00", "hoy no corro, tengo audiencia todo el dia 😩 se puede pasar el largo para el domingo?", None),
    ("11 21:00", "no hice nada hoy, ni caminar", None),
    ("12 05:30", "saliendo al largo, voy a hacer 18 por la via a Vilcabamba", None),
    ("12 09:10", "listo el largo: 18 km en 1h52, con unos 400 m de desnivel, las piernas bien cansadas pero feliz", None),
    ("12 09:12", "tome un gel en el km 9 y agua, me funciono", None),
    ("12 09:20", "para el trail q gel me recomienda? o mejor comida de verdad tipo guineo?", None),
    ("12 15:00", "ve y cuanto debo subir de kilometraje para llegar bien a junio? yo ahora hago unos 35 a la semana", None),
    ("12 15:05", "y de paso, cuales son mis dias de entreno ahora? q ya me hice bolas", None),
    ("12 15:10", "mejor cambiemos: lunes miercoles viernes y domingo, los martes y jueves tengo full audiencias este mes", None),
    ("12 15:11", "gracias coach, bendiciones", None),
]

C["es-06"] = [
    ("06 05:40", "Coach buenas. Lunes regenerativo: 8k a 5:20 + 20' de core", None),
    ("07 05:30", "Martes de calidad ✅ CC 3k + 3x3k @ 3:58-4:00 rec 2' trote + VC 2k. Total 14k en 1h01", None),
    ("07 05:32", "La ultima serie salio a 3:55 jaja se me fue la mano", None),
    ("08 06:10", "Rodaje 12k suave 58', calor desde temprano en Manta 🥵 pero todo bien", None),
    ("08 06:12", "Sin molestias, el aquiles izquierdo tranquilo, eso ya paso hace años", None),
    ("09 05:45", "Hoy 10k suaves 50 min + strides 6x100", None),
    ("09 12:00", "Pregunta: el domingo hay un 10K en la Playa Murcielago, lo corro a full o lo hago como tempo? El plan dice fondo de 28k el domingo", None),
    ("09 12:05", "Si lo corro a tope creo que bajo de 39", None),
    ("10 18:00", "Descanso total hoy, solo estiramientos", None),
    ("11 06:00", "Sabado 6k suaves + 4 aceleraciones, piernas frescas para mañana", None),
    ("11 06:02", "Mañana le meto al 10K, despues hago 15 de enfriamiento para completar el fondo", None),
    ("12 09:30", "10K Playa Murcielago: 38:52 🔥🔥 4to en la general, 1ro en mi categoria", None),
    ("12 09:32", "Despues 12k de enfriamiento suave con los panas, no llegue a los 15, calor bravo", None),
    ("12 09:35", "Y mi ñaño corrio su primer 5K hoy mismo en 27 min, bacan verle", None),
    ("12 13:00", "Ojo corrijo: el tiempo oficial del 10K salio 38:47, el reloj lo pare tarde", None),
    ("12 13:05", "Bien, al final un dolor en el gemelo derecho, como 4/10, como una contractura",
     "¿Cómo te sentiste en la carrera? ¿Alguna molestia?"),
    ("12 13:07", "Nada grave, mañana me doy un masaje", None),
    ("12 20:00", "Coach cual era mi mejor tiempo en media? Para calcular el ritmo de la maraton", None),
    ("12 20:02", "Con 38:47 en 10k, a cuanto deberia ir en la maraton? 4:20 el km es realista?", None),
    ("12 20:05", "Y otra cosa, la semana que viene no puedo el martes, tengo viaje a Guayaquil", None),
    ("12 20:06", "Gracias, buena semana 👊", None),
]

C["es-07"] = [
    ("06 18:30", "hola coach 😊 hoy hice lo del plan en la laguna: 1 min trotando y 2 caminando, 8 veces, como 3 km en total", None),
    ("06 18:32", "me canse full pero lo termine 💪", None),
    ("07 12:00", "coach es normal q me duela la canilla? la derecha, poquito, como un 2", None),
    ("07 12:05", "es q en las mañanas tengo q estar parada todo el dia en la escuela", None),
    ("08 06:00", "achachay que frio, no voy a salir hoy, me quede dormida tmb jaja", None),
    ("08 20:00", "coach me cambiaron el horario en la escuela, desde ahora puedo martes, jueves y sabado nomas, ya no lunes miercoles viernes", None),
    ("09 17:40", "hoy camine 40 minutos rapido con mi mami por el centro", None),
    ("09 17:42", "la canilla ya no me duele nada 🙌", None),
    ("10 07:30", "pregunta, si camino rapido cuenta como entreno? o tengo q trotar si o si", None),
    ("11 07:15", "ya hice el de hoy 😅 ahora 2 min trote 1 caminando, 7 veces, 21 min", None),
    ("11 07:16", "la canilla volvio un poquito, como un 1, casi nada", None),
    ("11 07:20", "mi esposo dice q el tambien quiere correr el 5K, el corrio 5 km ayer sin parar 😒 presumido", None),
    ("11 10:00", "y si en vez del 5K me inscribo al 10K de octubre? jaja nose estoy emocionada", None),
    ("11 10:02", "mejor no, primero el 5K jaja", None),
    ("12 06:30", "coach hoy es la carrerita de 3K del dia de la mujer, no le conte? jaja mi cuñada me inscribio, voy a ir trotando y caminando", None),
    ("12 11:00", "LA TERMINE!!! 3K en 24:10 🥹🥹 mi primera carrera en la vida", None),
    ("12 11:02", "camine en las subidas pero no importa", None),
    ("12 19:00", "coach cuando es mi carrera? el 30 de abril? ya se me olvido 🙈", None),
    ("12 19:02", "y no tengo q hacer ningun tiempo no? solo terminar cierto?", None),
    ("12 19:05", "gracias por la paciencia coach, buenas noches 🌙", None),
]

C["es-08"] = [
    ("06 19:00", "Buenas noches. Hoy descanse pero le cuento q el fin de semana hice 25 km por el Igualata el sabado en 3h50 y el domingo 10 suaves", None),
    ("06 19:02", "la canilla izquierda un poco cargada despues de la bajada, normal", None),
    ("07 06:30", "hice doce kilometros en el estadio olimpico, una hora y cuarto, trote suave", None),
    ("07 06:32", "la canilla como un 3 al inicio y luego se calento y ya", None),
    ("08 13:00", "Coach, hay un trail de 21 km en Guano el 26 de marzo, lo puedo correr como entreno?", None),
    ("09 06:45", "hoy cuestas: 8 x 90 segundos en la subida de la Loma de Quito, recuperacion bajando trotando. Como 10 km con todo", None),
    ("09 06:47", "Pero ojo, la canilla me esta doliendo mas, ahora es en un punto, como si fuera el hueso, si lo aprieto con el dedo me duele full, como un 6", None),
    ("09 06:55", "al caminar si, un poco. en la noche tmb a veces me despierta",
     "¿Te duele al caminar o cuando estás en reposo, por ejemplo en la noche?"),
    ("09 06:57", "pero el sabado igual quiero hacer mis 20 por el Chimborazo, no me vaya a parar eh jaja", None),
    ("10 07:10", "no sali hoy. amaneci cojeando un poco, la canilla como un 7 al pisar", None),
    ("10 07:12", "mi esposa q es enfermera dice q puede ser fractura de estres, sera?", None),
    ("10 18:00", "ya me hicieron la placa, dice q no se ve nada pero q si sigue doliendo me haga una resonancia", None),
    ("11 08:00", "no fui al Chimborazo, me quede en la casa. hice 30 min de bici estatica, sin dolor en la bici", None),
    ("11 08:02", "puedo hacer bici todos los dias mientras?", None),
    ("11 17:00", "chuta y el plan me sigue poniendo 20 km el sabado y 12 el domingo como si nada, eso ya no sirve", None),
    ("12 09:00", "hoy la canilla como un 4, caminando ya no cojeo", None),
    ("12 11:30", "natacion 45 min en la piscina olimpica, suave", None),
    ("12 11:35", "mi compañero de equipo el Patricio hizo el Igualata en 3h10, un animal", None),
    ("12 12:00", "Coach usted se acuerda cuando me dolio la espalda? fue en el 2022 no? para q no me pase lo mismo", None),
    ("12 12:05", "me retracto de algo: lo del jueves no fueron 10 km, fueron 8, lo vi en el reloj", None),
    ("12 12:07", "gracias coach, a cuidarse nomas", None),
]

C["es-09"] = [
    ("06 06:10", "que fue coach 🤙 ya hice mis 10 suaves x Las Palmas, 45 min", None),
    ("06 19:00", "en la tarde gym de pierna, una hora", None),
    ("07 06:00", "fartlek hoy mi llave: 10 x 1 min rapido 1 min suave, con calentamiento y enfriamiento 12 km en total en 52 min", None),
    ("07 06:05", "mi ñaño corrio conmigo los primeros 5 y se quedo jaja", None),
    ("08 17:00", "hoy descanso. el sabado corro el 5K de Las Palmas, lo tomo como test o a full?", None),
    ("09 06:15", "8 km en 36 min 🔥", None),
    ("09 06:17", "un poquito cargado el isquio izquierdo, nada q ver con la lesion de antes eh, esa ya se curo hace rato", None),
    ("10 20:00", "q como antes de la carrera mañana? arroz con menestra y pescado esta bn o muy pesado? 😂", None),
    ("11 08:45", "5K LAS PALMAS 16:12 🔥🔥🔥 segundo lugar!!!", None),
    ("11 08:47", "nombe espera, ese es el tiempo de mi primo el Byron 😅 yo hice 16:48, tercero", None),
    ("11 08:50", "el isquio bien, ni lo senti en la carrera", None),
    ("11 17:00", "en la tarde 5 km de soltura, 25 min", None),
    ("12 07:00", "coach hoy fondo de 18? o despues del 5K mejor suave", None),
    ("12 10:00", "hice 16 km en 1h15, largo tranquilo x la playa", None),
    ("12 10:05", "coach lo del jueves de los 8 km en 36 borralo, eso era de mi primo, lo copie del grupo sin querer 🤦🏿‍♂️ yo el jueves solo hice gym", None),
    ("12 10:08", "ahora con el 16:48 en 5k a cuanto me sale el 10k? sera q bajo de 33?", None),
    ("12 10:10", "y si cambio el objetivo al 5K de abril en vez del 10K? creo q soy mas de 5k", None),
    ("12 18:00", "ya hable con mi entrenador de la u, si cambio: voy al 5K nacional universitario el 22 de abril, meta bajar de 16:30", None),
    ("12 18:02", "el 10K ya no lo corro", None),
    ("12 18:05", "cual era mi marca en 10k? la de diciembre", None),
    ("12 18:06", "de una coach, gracias 🙏🏿", None),
]

C["es-10"] = [
    ("06 07:30", "buenos dias mijo coach, Diosito le bendiga, hoy sali a trotar con mi vecina al parque Zaracay, hicimos como 3 km en 30 minutos, trote y caminata, me senti bien gracias a Dios", None),
    ("06 07:32", "la cadera derecha la de la artrosis ahi nomas como siempre, un 2", None),
    ("07 16:00", "hoy fui a la bailoterapia del barrio una hora, no corri", None),
    ("08 08:15", "mijo le cuento q hoy corri un poquito mas, 4 km, pero al terminar ya parada se me nublo la vista y senti q me iba a desmayar, me tuve q agarrar de la vecina, me sente y se me paso", None),
    ("08 08:20", "no nunca, el corazon si lo sentia q latia durisimo, como q se me salia, pero dolor de pecho no",
     "¿Te había pasado antes? ¿Sentiste el corazón acelerado o dolor en el pecho?"),
    ("08 08:22", "debe ser q no desayune mijo, no se preocupe", None),
    ("08 08:25", "soy hipertensa pero tomo mi pastillita todos los dias", None),
    ("09 10:00", "mi hija me va a llevar al centro de salud el lunes, antes no hay turno",
     "¿Pudiste ir al médico o pedir una cita?"),
    ("09 10:05", "hoy solo camine despacito media hora por el barrio", None),
    ("10 07:00", "hoy tocaba correr los 3 km del plan pero no sali, mi hija no me deja jajaja", None),
    ("10 07:05", "y si salgo mañana despacito solo caminando si puedo no?", None),
    ("11 18:00", "hoy otra vez un mareito chiquito cuando me pare rapido de la silla, pero ya paso", None),
    ("11 18:02", "no es nada, ha de ser la presion", None),
    ("12 08:00", "hoy domingo misa y despues yoga para señoras 45 minutos, bien suavecito", None),
    ("12 08:02", "nada de mareo hoy gracias a Dios 🙏", None),
    ("12 11:00", "mijo y mi carrera del dia de la madre cuando es? el 7 de mayo? todavia llego?", None),
    ("12 11:05", "mi comadre Rosita corrio 5 km el sabado en 40 minutos, ella tiene 70!! q envidia", None),
    ("12 11:08", "y la cadera hoy nada, ni un 1", None),
    ("12 11:10", "que debo comer antes de correr para q no me de el mareo? avena? pan?", None),
    ("12 11:15", "gracias mijo q Diosito le pague por preocuparse 🙏🙏", None),
]

C["es-11"] = [
    ("06 20:30", "que mas coach! hoy hice brick: 1h de bici por el chaquiñan y despues 5k corriendo en 26 min, brutal", None),
    ("07 07:00", "natacion 2km en la piscina de cumbaya, como 45 min", None),
    ("07 07:02", "y el finde pasado no le conte, el sabado hice 14k con los del club en 1h15 y el domingo nada", None),
    ("08 06:40", "series hoy: 5 x 1000 a 4:40 con 90 seg de pausa. con calentamiento y todo unos 9 km", None),
    ("08 06:42", "la espalda baja un poquito apretada pero creo q es de la bici", None),
    ("08 21:00", "man estoy pensando q la maraton en junio no llego, que tal si me cambio a la media de Cotacachi en mayo?", None),
    ("09 12:00", "el plan me pone 4 dias de correr y 2 de cruzado, pero yo quiero mas bici q correr, no me cuadra", None),
    ("09 19:00", "hoy ni corri ni nada, full trabajo 😩", None),
    ("10 06:30", "trote suave 8 km 44 min + 20 min de core", None),
    ("10 06:31", "la espalda ya bien, nada", None),
    ("10 13:00", "ya decidi: cambio a la media de Cotacachi, es el 7 de mayo. quiero bajar de 1:40", None),
    ("10 13:01", "la maraton la dejo para octubre en Guayaquil de pronto", None),
    ("11 07:00", "este sabado no puedo correr, tengo matrimonio de un pana en Tumbaco todo el dia", None),
    ("11 23:30", "jaja al final si sali 5 km en la mañana antes del matri, 27 min, suave", None),
    ("12 08:00", "largo hoy 16 km en 1h28 por el chaquiñan", None),
    ("12 08:03", "ya corrijo, fueron 1h25 no 1h28, pause tarde el reloj en el semaforo", None),
    ("12 08:05", "y la bici de la tarde? hago 2 horas o mucho despues del largo?", None),
    ("12 17:00", "al final solo 1h15 de bici, suave", None),
    ("12 17:02", "coach que meta tengo ahora? y cuantas semanas faltan?", None),
    ("12 17:05", "si hago 1:38 en la media me invitas una cerveza 🍺 jaja", None),
    ("12 17:06", "buena coach, hablamos", None),
]

C["es-12"] = [
    ("06 05:45", "buenos dias coach, ya corri 7 km suaves en 45 minutos antes del trabajo, x el parque Las Vegas, bien bien", None),
    ("06 05:47", "el pie izquierdo, el de la fascitis de hace años, ni se siente ya", None),
    ("06 12:30", "ve y con este calor de Portoviejo a q hora es mejor correr? yo salgo a las 5 y media", None),
    ("07 19:00", "hoy no toca correr, hice 40 min de eliptica en el gym y pesas 20 min", None),
    ("08 06:30", "chuta coach, estaba haciendo las cuestas, en la cuarta repeticion senti como un pop en la pantorrilla derecha, como si me hubieran pateado, y ya no pude seguir", None),
    ("08 06:32", "me vine caminando despacito a la casa, cojeando", None),
    ("08 06:40", "como un 8, y de puntillas no puedo, ni lo intento jaja",
     "¿Cuánto te duele del 1 al 10? ¿Puedes ponerte de puntillas sobre ese pie?"),
    ("08 06:42", "pero ya le puse hielo, de pronto el viernes ya puedo correr?", None),
    ("08 18:00", "el traumatologo dice desgarro del gemelo, grado 2, 3 a 4 semanas sin correr 😭😭", None),
    ("09 07:00", "que bajon coach, tenia todo planificado para la media de Manta el 23 de abril", None),
    ("09 07:05", "si no llego a la media me podria cambiar al 10K del mismo dia no?", None),
    ("09 20:00", "mi esposo salio a correr solo hoy 10 km, sin mi 😒", None),
    ("10 08:00", "hoy el gemelo como un 5, ya camino un poco mejor", None),
    ("10 08:02", "el plan todavia me dice 12 km para el sabado jajaja q le pasa", None),
    ("10 17:00", "puedo hacer natacion o bici mientras? el doctor no me dijo nada de eso", None),
    ("11 09:00", "fui a la piscina, 30 min solo brazos con el flotador entre las piernas, sin patada", None),
    ("11 09:02", "el gemelo un 4 hoy", None),
    ("12 10:00", "buenos dias, hoy nada, descanso total, ni caminar mucho", None),
    ("12 10:05", "ah coach, corrijo una cosa, el lunes no fueron 7 km fueron 6, me confundi con la semana pasada", None),
    ("12 10:10", "me recuerda cual era mi tiempo en el 10K del año pasado? para ver si me cambio o no", None),
    ("12 10:15", "gracias x todo coach, ahi seguimos 💪", None),
]


def main():
    n = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (when, text, after) in enumerate(C[conv]):
                day, hm = when.split()
                rec = {
                    "conv": conv,
                    "i": i,
                    "lang": "es",
                    "sent_at": f"2028-03-{day}T{hm}:00-05:00",
                    "text": text,
                    "after_coach": after,
                }
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} messages in {len(C)} conversations to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
