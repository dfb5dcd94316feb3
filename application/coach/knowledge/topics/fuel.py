"""Nutrition and hydration.

Sources: ACSM position stand "Exercise and Fluid Replacement" (Sawka et al. 2007): drink to limit
loss to < 2 % of body mass, ~0.4-0.8 L/h as a starting range, never gain weight (hyponatraemia);
sodium for long, salty sweats. ACSM/Academy of Nutrition and Dietetics/Dietitians of Canada joint
position "Nutrition and Athletic Performance" (Thomas et al. 2016): 30-60 g carbs/h for 1-2.5 h,
up to 90 g/h (glucose + fructose) beyond 2.5 h; 1-4 g/kg carbs 1-4 h before; carb loading
10-12 g/kg/day for 36-48 h (Burke et al. 2011 give 8-12 g/kg, the range the answer uses, as
runners rarely manage 12); ~0.3 g/kg (20-30 g) protein after. ISSN position stand on caffeine (Guest et
al. 2021): 3-6 mg/kg ~60 min before. Mountjoy et al. 2018 (IOC consensus on RED-S).
"""
from __future__ import annotations

from application.coach.knowledge.topic import Topic

TOPICS: tuple[Topic, ...] = (
    Topic(
        id="hydration",
        title_es="Hidratación",
        title_en="Hydration",
        es="Para la mayoría, tomar según la sed funciona bien. En salidas de más de una hora o con calor, "
           "apunta a unos 400–800 ml por hora en sorbos, y menos si hace fresco o vas lento. Tomar "
           "de más también es peligroso: no deberías terminar pesando más que al salir.",
        en="For most runners, drinking to thirst works well. On runs over an hour or in heat, aim for "
           "about 400–800 ml per hour in sips, less if it is cool or you run slowly. Drinking too much "
           "is dangerous too: you should not finish heavier than you started.",
        pro_es="Si tienes mareo, confusión, dolor de cabeza fuerte o vómito en o después de una salida "
               "larga, busca atención médica.",
        pro_en="If you get dizzy, confused, a bad headache or vomit during or after a long run, get "
               "medical help.",
        ask_es=("cuanta agua debo tomar cuando corro", "tengo que llevar agua al trotar",
                "cada cuanto tomo agua en el fondo", "cuanto liquido tomar en una media maraton",
                "es malo tomar mucha agua corriendo"),
        ask_en=("how much water should i drink while running", "do i need water on a 10k run",
                "how often should i drink on a long run", "can you drink too much water running"),
        terms=("agua", "hidratacion", "hidratarme", "water", "hydration", "hydrate", "liquido", "fluids"),
    ),
    Topic(
        id="electrolytes",
        title_es="Sales y electrolitos",
        title_en="Electrolytes",
        es="Para salidas de menos de una hora, agua basta. En salidas de más de 1,5–2 h, con calor o si "
           "sudas mucho (ves marcas blancas de sal en la ropa), usa bebida hidratante o pastillas de "
           "sales. No hace falta tomar sales de más.",
        en="For runs under an hour, water is enough. For runs over 1.5–2 h, in heat or if you sweat a "
           "lot (white salt marks on your clothes), use a sports drink or electrolyte tabs. There is no "
           "need to overdo salt.",
        pro_es="Si tienes presión alta, problemas de riñón o corazón, consulta a un médico antes de usar "
               "sales.",
        pro_en="If you have high blood pressure, kidney or heart problems, ask a doctor before taking "
               "electrolytes.",
        ask_es=("necesito tomar sales cuando corro", "sirve el gatorade para correr", "que son los electrolitos",
                "tomo suero o agua en el fondo", "sudo mucho y me queda sal en la ropa"),
        ask_en=("do i need electrolytes when running", "are sports drinks good for runners",
                "salt tablets for long runs", "water or gatorade"),
        terms=("sales", "electrolitos", "gatorade", "suero", "sodio", "electrolytes", "sodium", "salt"),
    ),
    Topic(
        id="fuel_during",
        title_es="Geles al correr",
        title_en="Fuel during runs",
        es="En salidas de menos de 75–90 min no necesitas comer. Más largas: 30–60 g de carbohidratos por "
           "hora (1 gel suele traer 20–25 g), empezando a los 30–45 min y con agua. En maratón puedes "
           "subir hasta 60–90 g/h si lo entrenaste. Prueba siempre los geles en tus fondos, nunca por "
           "primera vez en carrera.",
        en="Under 75–90 min you do not need to eat. Longer: 30–60 g of carbs per hour (a gel is usually "
           "20–25 g), starting at 30–45 min, with water. In a marathon you can go up to 60–90 g/h if "
           "you practised it. Always test gels on long runs, never for the first time in a race.",
        pro_es="Si los geles te dan problemas de estómago fuertes o tienes diabetes, consulta a un "
               "nutricionista deportivo.",
        pro_en="If gels upset your stomach badly or you have diabetes, see a sports dietitian.",
        ask_es=("cuando tomo un gel en el fondo", "cuantos geles necesito para el maraton",
                "que como durante una carrera larga", "cada cuanto tomo gel en la media maraton",
                "necesito geles para 10k"),
        ask_en=("when should i take a gel", "how many gels for a marathon", "what to eat during a long run",
                "how many carbs per hour running", "do i need gels for a 10k"),
        terms=("gel", "geles", "gels", "carbohidratos por hora", "carbs per hour", "durante", "during"),
    ),
    Topic(
        id="pre_run_meal",
        title_es="Comer antes",
        title_en="Eating before a run",
        es="Come algo con carbohidratos 1–3 h antes: pan con mermelada, avena, guineo, arroz. Si sales "
           "muy temprano, un guineo o un jugo 30–60 min antes basta. Evita mucha grasa, fibra o comida "
           "picante justo antes. Un trote suave de menos de una hora en ayunas está bien para la "
           "mayoría.",
        en="Eat something with carbs 1–3 h before: toast with jam, oats, a banana, rice. If you run very "
           "early, a banana or juice 30–60 min before is enough. Avoid heavy fat, fibre or spicy food "
           "right before. An easy run under an hour on an empty stomach is fine for most people.",
        pro_es="Si tienes diabetes o te mareas o te da bajón al correr en ayunas, consulta a un médico o "
               "nutricionista.",
        pro_en="If you have diabetes or feel faint or shaky running fasted, see a doctor or dietitian.",
        ask_es=("que como antes de correr", "puedo correr en ayunas", "que desayuno antes del entreno",
                "cuanto tiempo despues de comer puedo trotar", "es bueno un guineo antes de correr",
                "que como antes de la carrera", "q desayuno el dia de la carrera"),
        ask_en=("what should i eat before a run", "can i run on an empty stomach", "how long after eating can i run",
                "best breakfast before running", "what should i eat before the race", "race morning breakfast"),
        terms=("ayunas", "desayuno", "fasted", "empty stomach", "breakfast", "antes de correr", "before a run",
               "before running", "pre run"),
    ),
    Topic(
        id="recovery_nutrition",
        title_es="Comer después",
        title_en="Eating after a run",
        es="Después de un entreno duro o largo, come en 1–2 horas algo con carbohidratos y unos 20–30 g "
           "de proteína: arroz con pollo, huevos con pan, yogur con fruta, o un batido con leche. "
           "Después de un trote suave corto basta con tu comida normal.",
        en="After a hard or long session, eat within 1–2 hours something with carbs and about 20–30 g of "
           "protein: rice and chicken, eggs on toast, yogurt and fruit, or a milk smoothie. After a "
           "short easy run your normal meal is enough.",
        pro_es="Si te cuesta recuperarte aunque comes bien, consulta a un nutricionista deportivo.",
        pro_en="If you struggle to recover despite eating well, see a sports dietitian.",
        ask_es=("que como despues de correr", "necesito proteina despues del entreno",
                "que comer despues del fondo", "sirve el batido de proteina para correr"),
        ask_en=("what should i eat after running", "do i need protein after a run", "best recovery food for runners",
                "are protein shakes good for runners"),
        terms=("proteina", "protein", "recuperacion", "recovery meal", "despues de correr",
               "after running", "after a run", "after a long run", "post run"),
    ),
    Topic(
        id="carb_loading",
        title_es="Cargar carbohidratos",
        title_en="Carb loading",
        es="La carga de carbohidratos sirve para carreras de más de 90 min, como la media maratón o el "
           "maratón. Los 1–2 días antes come más arroz, pasta, papas, pan y fruta (unos 8–12 g por kg "
           "de peso al día) y menos grasa y fibra. Para un 5k o 10k no hace falta.",
        en="Carb loading helps for races over 90 min, like a half or full marathon. For 1–2 days before, "
           "eat more rice, pasta, potatoes, bread and fruit (about 8–12 g per kg of body weight a day) "
           "and less fat and fibre. For a 5k or 10k there is no need.",
        pro_es="Si tienes diabetes u otra condición con la dieta, planifica la carga con un nutricionista.",
        pro_en="If you have diabetes or another diet-related condition, plan it with a dietitian.",
        ask_es=("que es la carga de carbohidratos", "como cargo carbohidratos antes del maraton",
                "debo comer mucha pasta antes de la carrera", "que como los dias antes de la media"),
        ask_en=("what is carb loading", "how do i carb load for a marathon", "should i eat pasta before a race",
                "do i need to carb load for a 10k"),
        terms=("carga de carbohidratos", "carb loading", "carb load", "pasta"),
    ),
    Topic(
        id="weight_loss",
        title_es="Bajar de peso",
        title_en="Weight loss",
        es="Correr ayuda a bajar de peso, pero la comida manda más. Busca un déficit pequeño (comer un "
           "poco menos, no dejar de comer), prioriza proteína, verdura y carbohidratos alrededor de "
           "los entrenos. Comer muy poco te lesiona y te quita rendimiento.",
        en="Running helps with weight loss, but food matters more. Aim for a small deficit (eat a bit "
           "less, do not stop eating), prioritise protein and vegetables, and keep carbs around your "
           "runs. Eating too little leads to injuries and poor performance.",
        pro_es="Para un plan de alimentación, o si se te fue la menstruación, tienes fracturas por estrés "
               "o estás siempre agotado, consulta a un nutricionista o médico.",
        pro_en="For a meal plan, or if your period stopped, you get stress fractures or are always "
               "exhausted, see a dietitian or doctor.",
        ask_es=("correr sirve para bajar de peso", "como bajo de peso corriendo", "cuanto debo comer si corro",
                "quiero adelgazar entrenando", "que dieta debo seguir para correr"),
        ask_en=("how do i lose weight running", "does running help weight loss", "what diet should a runner follow",
                "how much should i eat as a runner"),
        terms=("bajar de peso", "adelgazar", "dieta", "weight", "diet", "lose weight"),
    ),
    Topic(
        id="caffeine",
        title_es="Cafeína",
        title_en="Caffeine",
        es="La cafeína mejora el rendimiento: unos 3 mg por kg de peso (1–2 cafés) unos 60 min antes "
           "suele bastar. Pruébala antes en entrenos, porque a algunos les cae mal al estómago o les "
           "quita el sueño. Más no es mejor.",
        en="Caffeine improves performance: about 3 mg per kg of body weight (1–2 coffees) about 60 min "
           "before is usually enough. Test it in training first, as it upsets some stomachs or sleep. "
           "More is not better.",
        pro_es="Si tienes palpitaciones, presión alta o ansiedad, consulta a un médico antes de usarla.",
        pro_en="If you have palpitations, high blood pressure or anxiety, ask a doctor before using it.",
        ask_es=("puedo tomar cafe antes de correr", "sirve la cafeina para la carrera", "cuanto cafe antes del maraton"),
        ask_en=("should i drink coffee before a run", "does caffeine help running", "how much caffeine before a race"),
        terms=("cafe", "cafeina", "coffee", "caffeine"),
    ),
)
