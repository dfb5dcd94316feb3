"""Pass 2b: conversations.jsonl -- the runner's side of the week Mon 2027-06-07 .. Sun 2027-06-13.
Each entry: (local time "MM-DD HH:MM", text, after_coach or None). Offset is always -05:00 (Ecuador)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "conversations.jsonl")

C = {}

# ---------------------------------------------------------------- es-01 Diana, Quito
C["es-01"] = [
    ("06-07 06:45", "Buenos dias!! ☀️ hoy me toca descanso cierto? y mañana q hago?", None),
    ("06-07 19:10", "ya vi el plan, chevere 👍", None),
    ("06-08 05:40", "saliendo a la Carolina pa las series 💪", None),
    ("06-08 07:20", "Listooo!! calente 2 km suave, despues 6x800 a 4:35-4:40 con 2 min de trote entre cada una y enfrie 1.5 km. en total 9.3 km segun el garmin, 52 min 😅", None),
    ("06-08 07:22", "ah y tengo una molestia en la rodilla izq, poquito, como un 2 de 10, x la parte de afuera", None),
    ("06-08 12:30", "despues, al bajar las gradas de la oficina jaja. corriendo no cambio nada",
     "¿La molestia aparecio durante las series o despues? ¿Te cambia la forma de correr?"),
    ("06-09 07:00", "hoy la rodilla esta en 1, casi nada 🙌", None),
    ("06-09 07:02", "una pregunta, el domingo puedo hacer 14 km en vez de 16? x la rodilla nomas", None),
    ("06-10 06:30", "6 km suavecitos antes del trabajo, 36 min", None),
    ("06-10 20:15", "y en la noche sali otros 4 con mi esposo, full suave, unos 26 min", None),
    ("06-10 20:16", "el dice q fue a morir jajaja y eso q fue a mi ritmo", None),
    ("06-11 12:40", "oye el plan me sigue poniendo 16 km el domingo a 6:10 y yo te dije q queria 14 😒 no es mucho con la rodilla?", None),
    ("06-11 12:42", "y este sabado no puedo entrenar, tengo matrimonio de una prima en Tumbaco 💃", None),
    ("06-12 08:10", "hice una clase de yoga de una hora antes de arreglarme pal matrimonio 🧘‍♀️", None),
    ("06-13 05:50", "ya salgo al fondo, a ver como responde la rodilla", None),
    ("06-13 08:05", "Fondo listo!! 15 km en 1h31 🙌 x el parque Bicentenario, al final ni 14 ni 16 jaja", None),
    ("06-13 08:06", "y la rodilla cero, ni me acorde de ella", None),
    ("06-13 08:30", "q mas toca esta semana q viene?", None),
    ("06-13 17:00", "oye recuerdame cual era mi carrera objetivo y q tiempo me habia puesto? xq mi jefe me pregunto y no me acorde jaja", None),
    ("06-13 17:05", "ahh cierto la de agosto. gracias!! 🙏", None),
    ("06-13 17:08", "ah y el martes de las series no fueron 6x800, fueron 5, la ultima no la termine 🙈 asi q el total fue como 8.5 km no 9.3", None),
]

# ---------------------------------------------------------------- es-02 Jorge, Cuenca
C["es-02"] = [
    ("06-07 06:10", "Buenos dias estimado. Hoy sali a trotar por la orilla del Tomebamba, desde el puente del Vado hasta el Parque de la Madre ida y vuelta, cinco kilometros en treinta y ocho minutos. Me senti bien, un poco de frio nomas.", None),
    ("06-07 06:12", "Que me toca el miercoles?", None),
    ("06-07 18:40", "un 4 diria, normal para mi edad jajaja",
     "¿Como sentiste las piernas hoy? Del 1 al 10, ¿que tan cansado terminaste?"),
    ("06-08 07:30", "Ve, mi esposa Carmita salio hoy a correr solita seis km, esta mas en forma que yo 😂", None),
    ("06-08 07:31", "yo hoy descanso como dice el plan", None),
    ("06-09 07:45", "Estimado, hoy hice seis km, subi las gradas del Barranco dos veces como usted dijo que metiera algo de cuesta. Tiempo 48 minutos. Las piernas bien. Solo que en la segunda subida de las gradas senti como una presion en el pecho, como que me apretaba, pero pare un ratito y se me paso, seguro es la altura o que no desayune bien. Nada grave creo.", None),
    ("06-09 12:10", "Fue como un minuto o dos. Ahora que me pregunta, si me bajaba un poquito como hormigueo al brazo izquierdo. Y me falto el aire bastante, mas que otras veces, pero en gradas es normal no? Antes nunca me habia pasado.",
     "Jorge, eso es importante. ¿Cuanto duro la presion? ¿Se fue hacia el brazo o la mandibula? ¿Te falto el aire? ¿Lo habias sentido antes?"),
    ("06-09 12:15", "Pero ahorita estoy bien, ya no siento nada.", None),
    ("06-10 07:00", "Buenos dias. El sabado puedo salir a correr normal o mejor suave? Me siento bien hoy.", None),
    ("06-10 19:30", "Bueno, le hare caso. Mi hija dice lo mismo, ya me saco cita con el cardiologo.",
     "Jorge, antes de volver a correr necesitas que te vea un medico, idealmente un cardiologo. Si la presion vuelve, llama al 911 de inmediato."),
    ("06-11 17:20", "Hoy no corri, solo sali a caminar con Carmita por el Parque Paraiso unos cuarenta minutos, despacito", None),
    ("06-11 17:21", "no senti nada en el pecho caminando", None),
    ("06-12 08:00", "Hoy sabado no sali a correr, me quede en la casa.", None),
    ("06-12 08:02", "La cita con el cardiologo es el lunes 14 a las 10", None),
    ("06-12 20:00", "Estimado una consulta, si el cardiologo me dice que todo esta bien, cuanto tiempo me tomaria volver a los 8 km?", None),
    ("06-13 09:00", "Que lindo domingo en Cuenca, fuimos a misa y luego al mercado 10 de Agosto por un motepillo 😋", None),
    ("06-13 09:05", "Le pregunto, usted se acuerda para que carrera me estoy preparando? la de noviembre verdad?", None),
    ("06-13 09:10", "Eso. Ojala llegue a correrla", None),
    ("06-13 19:00", "Y otra cosa, mientras espero la cita puedo hacer la bicicleta estatica de mi hija? media horita suave?", None),
    ("06-13 19:02", "Gracias estimado, muy amable, Dios le pague", None),
]

# ---------------------------------------------------------------- es-03 Kevin, Esmeraldas (17)
C["es-03"] = [
    ("06-07 16:20", "q mas coach 🔥", None),
    ("06-07 16:21", "mañana q toca", None),
    ("06-08 13:10", "ya corri ñaño 5km en la playa 28 min 🔥🔥", None),
    ("06-08 13:11", "full sol jaja", None),
    ("06-08 18:00", "xq salgo del cole a las 12 y media y despues tengo q ayudar a mi mami en el negocio",
     "Bacan Kevin! ¿Por que a mediodia? Con ese calor mejor temprano o al final de la tarde."),
    ("06-09 17:45", "hoy no corri jugue pelota con los panas como 2 horas", None),
    ("06-09 17:46", "eso cuenta?", None),
    ("06-10 13:40", "6km hoy ñaño en 33 min 💪🔥 me salio bacan", None),
    ("06-10 13:42", "aunq al final vomite jaja y me maree full, como q no sabia dnd estaba un ratito, me sente en la sombra", None),
    ("06-10 13:43", "ya toy bien igual", None),
    ("06-10 17:30", "ya tome como 2 botellas. la orina bien oscura como cafe 😬 dolor de cabeza un poco",
     "Kevin, eso que te paso es serio. ¿Ya tomaste agua? ¿De que color esta tu orina? ¿Sigues mareado o con dolor de cabeza?"),
    ("06-10 17:31", "no le digas a mi mami jaja", None),
    ("06-11 08:00", "ya toy bn ñaño ya orino normal", None),
    ("06-11 08:01", "mañana corro a las 12 de una?", None),
    ("06-12 09:00", "ya ñaño sali a las 7 como dijiste, 4 km suave 25 min, bien fresquito", None),
    ("06-12 09:02", "oye sabes q mi profe de educacion fisica me dijo q me meta a la 10k de esmeraldas en septiembre", None),
    ("06-12 09:03", "el 26 de septiembre es", None),
    ("06-12 19:00", "ya ñaño me voy a la de 10 nomas, la de 5 ya no. la 10k ciudad de esmeraldas 26 sept. quiero hacerla en menos de 55", None),
    ("06-13 10:00", "cuanto tengo q correr pa la 10k? cuantos km x semana", None),
    ("06-13 10:02", "y puedo correr 10 km el martes pa probar?", None),
    ("06-13 10:30", "ok bacan gracias ñaño 🔥", None),
]

# ---------------------------------------------------------------- es-04 Mariela, Riobamba (trail)
C["es-04"] = [
    ("06-07 07:40", "Salgo de turno de noche, hoy no corro, voy a dormir. Mañana retomo.", None),
    ("06-08 10:30", "12 km por Chambo con 600 m D+, 1h25. Subidas a ritmo controlado, FC media 148. Bien las piernas.", None),
    ("06-08 10:31", "Pregunta: para la carrera de julio convienen bastones o no? es bastante desnivel", None),
    ("06-09 06:15", "25 km en 3h10 esta mañana por el Igualata 🏔️", None),
    ("06-09 06:40", "Perdon, ignora eso, te pegue el mensaje de mi compañera Janeth que me lo mando para que le revise jaja. Yo hoy hice 8 km suaves en la ciclovia, 48 min.", None),
    ("06-10 13:00", "Gym 50 min: sentadilla, peso muerto rumano, step ups, core. Despues 6 km trote en cinta, 35 min.", None),
    ("06-10 13:02", "El viernes descanso que tengo turno de 24h", None),
    ("06-11 22:00", "En el hospital, turno tranquilo por ahora. Mañana salgo temprano al Chimborazo para el fondo de 28, desde el refugio Carrel bajando por el arenal y de vuelta", None),
    ("06-12 15:40", "Llegue. Hice 24 km de los 28, en 4h05. Me cai en una bajada de piedra suelta como en el km 18, me torci el tobillo derecho. Baje caminando, cojeando un poco. Ahora tengo hielo.", None),
    ("06-12 15:41", "Nada grave creo, ya me ha pasado", None),
    ("06-12 19:00", "Hinchado si, como una pelota de tenis al lado de afuera. Apoyar me cuesta, un 6 de dolor. Con el hielo baja un poco.",
     "Mariela, ¿puedes apoyar el pie? ¿Esta hinchado? Del 1 al 10, ¿cuanto duele?"),
    ("06-13 08:30", "Ayer me cai... bueno ya te conte. Hoy amaneci peor, no puedo apoyar el pie, me levante y casi me voy al piso. Esta morado todo el costado. Dolor 8.", None),
    ("06-13 08:32", "Hoy no corro obvio jaja", None),
    ("06-13 08:35", "Como enfermera se que deberia hacerme rx pero en el hospital es un lio un domingo", None),
    ("06-13 08:40", "Si me pongo una tobillera y le doy con antiinflamatorio, crees que el martes puedo salir a trotar suave?", None),
    ("06-13 08:45", "Y la carrera es el 25 de julio, me da tiempo?", None),
    ("06-13 11:00", "Ok, mi esposo me lleva a emergencia de la clinica. Te aviso.",
     "Si no puedes apoyar el pie necesitas una radiografia hoy mismo, no esperes al lunes."),
    ("06-13 16:30", "Rx: no hay fractura, esguince grado 2 segun el traumatologo. Bota walker 2 semanas.", None),
    ("06-13 16:32", "Adios carrera de julio creo 😞", None),
    ("06-13 16:33", "Cuantos km llevaba esta semana antes de la caida? para saber con cuanto me quedo", None),
]

# ---------------------------------------------------------------- es-05 Andres, Guayaquil
C["es-05"] = [
    ("06-07 05:55", "Pana 10 km en el malecon 2000, 52 min, suave, q rico el airecito del rio", None),
    ("06-07 06:30", "chuta no, revise el strava y eran 9, no 10 🤦‍♂️ el tiempo si 52", None),
    ("06-07 06:31", "bueno 52:30 para ser exactos", None),
    ("06-08 19:40", "hoy spinning 45 min en el gym, sude la gota gorda 🥵", None),
    ("06-08 19:42", "oye brother, 4:50 es buen ritmo pa un tempo si mi objetivo es 3:45 en maraton?", None),
    ("06-09 06:10", "tempo listo: 2 km calent, 5 km a 4:50-4:52, 2 km enfriando. total 9 km, 46 min y algo", None),
    ("06-09 06:11", "las piernas full bien, cero dolor", None),
    ("06-10 12:15", "ve una cosa, me cambiaron el horario en la chamba, desde la proxima semana ya no puedo los miercoles ni viernes", None),
    ("06-10 12:16", "entonces ahora mis dias de entrenar son lunes, martes, jueves y sabado", None),
    ("06-10 12:17", "y el domingo corro la 10k del Puerto Santa Ana q ya estaba inscrito", None),
    ("06-10 19:00", "hoy trote suave 6 km pa soltar, 33 min", None),
    ("06-11 07:00", "mi pana Jose se metio 30 km ayer en samborondon, esta loco 😂 yo ni a palos", None),
    ("06-11 07:01", "deberia hacer 30 antes de la maraton? cuantas veces?", None),
    ("06-12 10:00", "hoy descanso total pa la carrera de mañana", None),
    ("06-12 10:02", "meta sub 48 a ver", None),
    ("06-13 09:10", "SUB 48 PANA!!! 47:12 oficial 🔥🔥🔥 10k Puerto Santa Ana", None),
    ("06-13 09:11", "el reloj marco 10.1 pero vale la oficial", None),
    ("06-13 09:20", "el gemelo derecho un poquito cargado, como 2/10, nada del otro mundo", None),
    ("06-13 09:22", "con ese tiempo en cuanto podria hacer la maraton? sigue siendo realista 3:45?", None),
    ("06-13 20:00", "ya el gemelo ni lo siento despues del masaje", None),
    ("06-13 20:02", "gracias por todo brother, esta semana fue buenaza", None),
]

# ---------------------------------------------------------------- es-06 Sofia, Loja
C["es-06"] = [
    ("06-07 06:00", "holaaa buenos dias 😊 ya voy a salir a hacer lo de hoy", None),
    ("06-07 06:50", "listo!! hice los 30 min, 1 min trotando y 2 caminando, x el parque Jipiro 🦆", None),
    ("06-07 06:51", "fueron como 3 km segun la app", None),
    ("06-07 06:52", "me cuesta full el trote jajaja me ahogo", None),
    ("06-08 12:30", "oye tengo una molestia en la canilla derecha, en la parte de adelante, poquito, como 2 de 10", None),
    ("06-08 12:31", "es normal? xfa dime q no es nada jajaja", None),
    ("06-09 17:40", "hoy hice 3.5 km camina-corre en 32 min 🙌 la canilla un 3, un pelin mas q ayer, sera q le pongo hielo?", None),
    ("06-10 13:00", "hoy no corri, estoy de guardia en el hospital", None),
    ("06-10 13:05", "si mañana me sigue doliendo la canilla corro igual o descanso?", None),
    ("06-10 13:06", "y si me duele en 4 o 5?", None),
    ("06-11 06:45", "la canilla ya no me duele nada!! 🥳", None),
    ("06-11 07:30", "trote 4 km en 35 min, solo camine 2 veces un ratito", None),
    ("06-11 07:31", "ah y el miercoles fueron 3 km no 3.5, me equivoque al ver la app", None),
    ("06-11 20:00", "oye el plan dice 3 dias x semana de 30-40 min, no es muy poco? mi amiga hace 5 dias", None),
    ("06-12 09:00", "me cambiaron la rotacion del internado 😩 ya no puedo lunes miercoles viernes", None),
    ("06-12 09:01", "ahora puedo martes jueves y sabado en la mañana", None),
    ("06-12 09:30", "entonces hoy sabado corro?", None),
    ("06-12 11:00", "sali igual, 25 min suave x la Zamora, unos 2.8 km", None),
    ("06-13 10:00", "cuantos km tendria q hacer para llegar al 5k? y en cuantas semanas?", None),
    ("06-13 10:01", "y si hago 5k el proximo sabado pa probar?", None),
    ("06-13 10:20", "gracias coach eres lo maximo 💕", None),
]

# ---------------------------------------------------------------- es-07 Luis, Ambato
C["es-07"] = [
    ("06-07 20:00", "buenas noches mijo, mañana q toca?", None),
    ("06-08 06:50", "8 km x la av de los guaytambos, tres cuartos de hora. ya en el km 5 me empezo a molestar la canilla izquierda ve", None),
    ("06-08 12:00", "un 4 mas o menos, es como a lo largo, x dentro",
     "¿Del 1 al 10 cuanto te duele la canilla? ¿Es a lo largo del hueso o en un punto?"),
    ("06-08 12:01", "ya me ha pasado antes cuando subo km, con hielo se quita", None),
    ("06-09 07:00", "hoy la canilla un 3, con el hielo mejoro", None),
    ("06-09 07:02", "mañana toca intervalos no? 5x1000?", None),
    ("06-10 07:30", "ya hice los intervalos, calentamiento 2 km, 5x1000 a 4:50 4:48 4:52 4:55 5:05, pausas 2 min, enfrie 1 km. como 9 km en total", None),
    ("06-10 07:31", "el ultimo ya me costo xq la canilla me dolio full, achachay", None),
    ("06-10 18:30", "chuta ahora si esta feo, es en un puntito en el hueso, si aprieto veo estrellas. un 7 de 10. y camino cojeando, mi mujer dice q parezco pato jaja",
     "Luis, ¿como esta ahora la canilla? ¿Puedes caminar normal? ¿Duele si aprietas un punto del hueso?"),
    ("06-10 18:32", "pero con un par de dias de descanso se quita no?", None),
    ("06-11 08:00", "hoy hice bici estatica 30 min en el gym, ahi no me duele nada", None),
    ("06-11 08:02", "el domingo puedo hacer el fondo de 16 km? aunq sea suavecito", None),
    ("06-11 08:03", "es q el plan dice 16 y no quiero perderlo", None),
    ("06-11 19:00", "ya ve, mañana voy donde el doctor del seguro entonces",
     "Con dolor en un punto del hueso y cojera hay que descartar una fractura por estres. Nada de correr hasta que te vea un medico."),
    ("06-12 13:00", "fui al medico, me mando una placa pero dice q en la placa a veces no sale, q me haga resonancia, eso es caro ve", None),
    ("06-12 13:01", "mientras tanto nada de correr dijo", None),
    ("06-12 13:02", "q pena xq estaba full motivado para la de agosto", None),
    ("06-13 07:30", "domingo y sin correr, que tristeza. sigo cojeando un poco, el dolor un 5 ahora", None),
    ("06-13 07:32", "mi compadre salio a hacer 16 km y me mando foto, que envidia", None),
    ("06-13 10:00", "si la resonancia sale bien cuando puedo volver a correr?", None),
    ("06-13 10:05", "gracias mijo, bendiciones", None),
]

# ---------------------------------------------------------------- es-08 Gabriela, Manta
C["es-08"] = [
    ("06-07 06:15", "Good morning coach 🌊 hoy 7 km por el malecon de Murcielago, 41 min, y despues me meti a nadar 1500 m en el mar, unos 35 min", None),
    ("06-07 06:16", "el mar estaba calmadito, nice", None),
    ("06-08 18:30", "yoga 1 hora con mis amigas en la playa", None),
    ("06-08 18:31", "mañana tengo q hacer el progresivo verdad? 8 km?", None),
    ("06-09 05:50", "8 km progresivo done ✅ empece a 6:10 y termine a 5:15, 46:30 total", None),
    ("06-09 05:52", "ningun dolor, todo ok", None),
    ("06-10 20:00", "Coach noticias!! me inscribi en la media maraton de Manta 🎉 es el 10 de octubre", None),
    ("06-10 20:01", "ya no voy a la 15k de quito, es muy lejos y caro el viaje, mejor la de aqui", None),
    ("06-10 20:03", "mi meta seria 2 horas y 5 min, sera q se puede?", None),
    ("06-11 06:00", "nade 40 min hoy en la piscina del club, tecnica y un poco de series", None),
    ("06-11 06:02", "mañana hay una 5k en el malecon por el dia del padre, me inscribi con mi papa 😍 la hago a ritmo o suave?", None),
    ("06-12 10:20", "LISTO!! 26:48 en la 5K 🏅 mi papi la camino en 52 min jajaja lo adoro", None),
    ("06-12 10:21", "antes trote 2 km pa calentar", None),
    ("06-12 10:25", "quede 4ta en mi categoria!!", None),
    ("06-12 19:00", "se supone q mañana toca 12 km largo, pero despues de la carrera no se", None),
    ("06-13 07:00", "no voy a correr hoy, descanso. los cuadriceps cargaditos de ayer, como un 2 de 10", None),
    ("06-13 07:02", "la otra semana reviso el plan con la nueva carrera", None),
    ("06-13 11:00", "oye me recuerdas cuanto corri esta semana en total? para ponerlo en mi diario", None),
    ("06-13 11:05", "y cual es mi carrera ahora? ya te quedo registrada la de manta?", None),
    ("06-13 11:10", "perfecto, thank youuu 🌊💙", None),
]

# ---------------------------------------------------------------- es-09 Patricio, Ibarra (63)
C["es-09"] = [
    ("06-07 07:00", "BUENOS DIAS DOCTOR", None),
    ("06-07 07:02", "mañana martes salgo a la laguna", None),
    ("06-08 08:15", "Buenos dias. Hice 4 km en la laguna de Yahuarcocha. 35 minutos. Trote y camine.", None),
    ("06-08 08:16", "La espalda bien gracias a Dios", None),
    ("06-08 17:00", "5", "¿Como te sentiste? Del 1 al 10, ¿que tan duro fue?"),
    ("06-09 09:00", "Hoy fui a ver el ganado a la finca, camine harto, como 2 horas por el cerro", None),
    ("06-09 09:01", "Mañana jueves toca correr otra vez?", None),
    ("06-10 19:45", "Buenas noches. Hoy sali a la laguna otra vez. Hice como 3 km nomas. A mitad el corazon se me acelero raro, como que saltaba, y se me nublo la vista, me tuve que agarrar de un poste para no caerme. Despues de un rato se me paso y regrese caminando despacio.", None),
    ("06-10 19:46", "Debe ser la edad jajaja", None),
    ("06-11 07:30", "No me desmaye. Dolor de pecho no. Pero anoche acostado otra vez senti que el corazon brincaba un ratito",
     "Patricio, lo que describes es importante. ¿Llegaste a desmayarte? ¿Tuviste dolor de pecho? ¿Has vuelto a sentir el corazon raro?"),
    ("06-11 07:32", "Mi nieto dice que le cuente a usted todo", None),
    ("06-11 07:33", "Tomo pastillas para la presion hace años", None),
    ("06-12 08:00", "Hoy sabado no sali a correr", None),
    ("06-12 08:05", "Hola, soy Mateo el nieto de don Patricio, le escribo desde su celular. Le llevamos hoy al centro de salud y le hicieron electrocardiograma, le mandan al cardiologo en Quito el miercoles", None),
    ("06-12 08:06", "el dice q igual quiere correr el domingo, yo le digo q no jaja, digale algo usted", None),
    ("06-12 12:00", "Doctor puedo correr mañana aunque sea 2 km despacito?", None),
    ("06-13 09:00", "Bueno no corri hoy. Fui a misa.", None),
    ("06-13 09:02", "Mateo si corrio, se fue 10 km con sus amigos de la universidad, en 50 minutos. Joven el guambra.", None),
    ("06-13 09:05", "Me recuerda cual es la carrera que quiero correr, la de la laguna no? de cuantos km es", None),
    ("06-13 09:10", "Gracias doctor. Dios le bendiga", None),
]

# ---------------------------------------------------------------- es-10 Valeria, Quito (advanced)
C["es-10"] = [
    ("06-07 07:10", "Buenos dias. Ayer corri la 10K Ruta de las Iglesias en el centro historico: 41:55, PR 🎉 con todo el adoquin y las subidas", None),
    ("06-07 07:11", "Hoy regenerativo 6 km a 5:45, 35 min", None),
    ("06-08 06:00", "12 km Z2 en el chaquiñan, 1:06:20, FC 142 prom", None),
    ("06-09 05:45", "Series: calent 3 km + 10x400 @ 3:52-3:58 rec 200 trote + enfr 2 km. 9.5 km total, 50:10", None),
    ("06-09 05:47", "La ultima a 3:49 jaja se me fue la mano", None),
    ("06-10 12:30", "Cambio de planes: me paso a la Maraton de Guayaquil del 3 de octubre. La de Quito con la altura no me da para la marca que quiero. Meta 3:18", None),
    ("06-10 12:31", "Asi tengo 2 semanas mas de bloque tambien", None),
    ("06-10 18:40", "Hoy 10 km suaves, 55 min", None),
    ("06-11 08:00", "Ah se me olvido: el martes en la tarde hice otros 5 km regenerativos con mi grupo, unos 30 min. O sea doble ese dia.", None),
    ("06-11 08:05", "Y una queja: el plan me pone 28 km el domingo. Vengo de 3 semanas con fondos de 30-32, por que bajar a 28? No tiene sentido a 16 semanas de la maraton", None),
    ("06-11 08:06", "Si hago 32 igual que pasa?", None),
    ("06-11 19:30", "Hoy descanso. Me molesta un poquito el empeine izquierdo, 1/10, por la fractura del 2024 me pongo paranoica jaja, pero no es en el hueso, es mas como el cordon apretado", None),
    ("06-12 07:00", "Buenas, me movieron las audiencias en el juzgado a los martes temprano, asi que desde ya mis dias de correr son: lunes, miercoles, jueves, viernes, sabado y domingo. El martes descanso.", None),
    ("06-12 09:30", "Hoy 8 km faciles + 6 strides, 44 min. El empeine ya ni lo siento, era el cordon nomas", None),
    ("06-13 10:15", "Fondo: 30 km en 2h28, ultimos 5 a ritmo maraton (4:40). Bien de piernas", None),
    ("06-13 10:20", "Correccion, el reloj se pauso en un semaforo: fueron 2h32 no 2h28", None),
    ("06-13 10:21", "Y si, hice 30 y no 28 jaja sorry not sorry", None),
    ("06-13 13:00", "Una pregunta: cuantos km llevo esta semana? Y cual era mi PR en 21k que te di al inicio?", None),
    ("06-13 13:05", "Para Guayaquil con calor, a que ritmo deberia salir? 4:40 sigue siendo realista para 3:18?", None),
    ("06-13 13:06", "3:18 son 4:41/km creo", None),
    ("06-13 13:20", "Ok gracias, buena semana", None),
]

# ---------------------------------------------------------------- es-11 Cristian, Santo Domingo
C["es-11"] = [
    ("06-07 21:30", "ñaño q tal, toy re cansado del trabajo", None),
    ("06-07 21:31", "esta semana miercoles viernes domingo como siempre no?", None),
    ("06-08 21:00", "hoy hice como 80 entregas en la moto, no corri obvio jaja", None),
    ("06-09 06:10", "ya ñaño diez kilometros por la via a quevedo, cincuenta y cinco minutos", None),
    ("06-09 06:11", "bien bien, suave", None),
    ("06-09 06:12", "mi ñaño corrio conmigo los primeros 5 y se quedo jaja", None),
    ("06-10 12:00", "oye el viernes q toca? cuestas?", None),
    ("06-10 12:01", "xq yo queria hacer sprints en la subida del parque", None),
    ("06-11 06:40", "chuta ñaño", None),
    ("06-11 06:41", "en el 4to sprint senti un tronazo en la pantorrilla derecha, como q me pegaron una pedrada atras", None),
    ("06-11 06:41", "ahora no me puedo parar de puntitas y estoy cojeando", None),
    ("06-11 06:43", "hice como 4 km con el calentamiento antes de eso", None),
    ("06-11 07:00", "no escuche nada pero senti el golpe clarito. hinchado un poco si",
     "Cristian, para de inmediato y no sigas. ¿Escuchaste un chasquido? ¿Se ve hinchado o morado?"),
    ("06-11 07:02", "tengo q trabajar igual en la moto hoy 😩", None),
    ("06-12 09:00", "amaneci con todo morado atras de la rodilla bajando a la pantorrilla, el dolor un 6", None),
    ("06-12 09:02", "fui al subcentro y me dijeron desgarro, reposo 3 semanas 😭", None),
    ("06-12 09:03", "3 semanas sin correr ñaño, nose q voy a hacer", None),
    ("06-13 08:00", "mi ñaño si salio, hizo 15 km solito en una hora y cuarto, le dije q me mande fotos jaja", None),
    ("06-13 08:01", "yo aqui con hielo viendo netflix", None),
    ("06-13 08:05", "llego a la media de octubre? el 24", None),
    ("06-13 08:06", "y si nado o hago bici mientras? eso puedo?", None),
    ("06-13 12:00", "gracias ñaño x la ayuda, de una", None),
]

# ---------------------------------------------------------------- es-12 Paola, Portoviejo
C["es-12"] = [
    ("06-07 15:40", "achachay q calor 🥵🥵 acabo de hacer 6 km, 40 min por el parque Las Vegas", None),
    ("06-07 15:41", "a las 3 de la tarde, ya se ya se jajaja no habia otra hora", None),
    ("06-08 22:10", "hoy no corri, turno en la farmacia hasta las 10", None),
    ("06-09 19:00", "ve hoy hice 5 km suaves en la mañana, como media hora, y en la tarde gym piernas 1 hora", None),
    ("06-09 19:02", "mira lo q hice el domingo 😎 12 km en 1h15", None),
    ("06-09 19:05", "nooo perdon esa captura es de mi roommate Dani 🤣 yo el domingo no corri, olvida eso", None),
    ("06-10 08:00", "mañana toca 8 km no? a q hora me recomiendas?", None),
    ("06-11 14:05", "ya sali, 8 km x la avenida del Ejercito", None),
    ("06-11 15:20", "listo 8 km en 55 min, achachay casi me muero del calor jaja", None),
    ("06-12 09:30", "oye ayer me dio algo raro despues de correr, como q deje de sudar de repente, tenia escalofrios con tremendo calor y me senti media confundida, no me acordaba dnd habia dejado la moto jaja", None),
    ("06-12 09:31", "ya despues me bañe con agua fria y se me paso", None),
    ("06-12 11:00", "no vomite. la orina hoy en la mañana bien oscurita, como te, y dolor de cabeza si un poco",
     "Paola, eso suena a golpe de calor. ¿Vomitaste? ¿Como esta tu orina hoy? ¿Te duele la cabeza?"),
    ("06-12 11:02", "pero hoy sabado toca 6 km, puedo salir en la tarde? tipo 5", None),
    ("06-12 18:00", "no sali al final, me quede tomando suero oral como dijiste", None),
    ("06-12 18:01", "trabajo en farmacia asi q tengo suero de sobra jaja", None),
    ("06-13 08:00", "hoy ya orino clarito y la cabeza ya no duele 👍", None),
    ("06-13 08:01", "salgo a caminar con mi mami 40 min por el malecon? o tmp", None),
    ("06-13 10:30", "fuimos a caminar nomas 45 min, tranqui, a las 7 con fresco", None),
    ("06-13 10:32", "cero correr hoy", None),
    ("06-13 10:35", "oye q tiempo me habia puesto de meta pa la 10k? 58 o 59?", None),
    ("06-13 10:36", "y cuando es? julio no?", None),
    ("06-13 10:40", "de ahora en adelante solo corro en la mañanita temprano, lo prometo 🙏", None),
    ("06-13 10:41", "gracias por preocuparte 💕", None),
]


def main():
    n = 0
    with open(OUT, "w", encoding="utf-8") as f:
        for conv in sorted(C):
            for i, (t, text, after) in enumerate(C[conv]):
                md, hm = t.split(" ")
                row = {"conv": conv, "i": i, "lang": "es",
                       "sent_at": f"2027-{md}T{hm}:00-05:00", "text": text, "after_coach": after}
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print("conversations:", len(C), "messages:", n)

if __name__ == "__main__":
    main()
