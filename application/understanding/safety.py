"""Medical red flags in what a runner writes: read before anything else is acted on.

The signs are the ones sports medicine tells runners to stop for and get seen:

* cardiac: chest pain, pressure or tightness (more so spreading to the arm or jaw), palpitations or a
  racing heart at rest, fainting or near-fainting, breathlessness out of proportion to the effort,
  waking up breathless, swollen ankles with breathlessness (AHA/ACSM pre-participation screening
  warning signs; Maron et al., Circulation 2007, "Recommendations and considerations related to
  preparticipation screening for cardiovascular abnormalities in competitive athletes");
* heat: confusion or not making sense, stopping sweating with hot skin, vomiting, a pounding
  headache, dizziness or chills/goosebumps while running in the heat (ACSM position stand "Exertional
  heat illness during training and competition", Armstrong et al., MSSE 2007: altered mental status
  in the heat is heat stroke until proven otherwise, an emergency);
* musculoskeletal: sharp or severe pain, pain ≥ 7/10, swelling, pain walking, not able to bear
  weight, limping, numbness, a pop or a fall, pinpoint bone pain or pain at night (the stress-fracture
  signs; Warden et al., "Management and prevention of bone stress injuries in long-distance runners",
  JOSPT 2014).

Words are matched on folded text (no accents, lower case), as runners in Ecuador and English
speakers write them, typos of the common kind included. A sign preceded by a negation ("sin dolor
en el pecho", "no swelling") does not count, nor one in a hypothetical ("si me duele el pecho…").
"""
from __future__ import annotations

import re

import attrs

from application.understanding.body import body_parts_in, pain_score_in, scores_effort, side_in
from application.understanding.numbers import words_to_numbers
from application.understanding.text import fold

CARDIAC = "cardiac"
HEAT = "heat"
MUSCULOSKELETAL = "musculoskeletal"
# The parts a cardiac or heat red flag is recorded under (no muscle or joint: they close only when named, and
# their warnings give the emergency number). "corazon" is the same part written without its accent.
HEALTH_ALERT_PARTS = frozenset({"pecho", "corazón", "corazon", "golpe de calor"})

_CHEST = r"(?:pecho|torax|chest|chst)"
_CHEST_SYMPTOM = (r"(?:dolor\w*|duel\w*|presion|opresion|apret\w*|ardor|punzada|pesadez|peso|aprieta|"
                  r"tight\w*|pain\w*|pressure|pressing|squeez\w*|heav\w*|hurt\w*|ache\w*|burn\w*|weird|raro|rara)")

# (sign, kind, pattern). Patterns run on folded text; the words are the runners' own.
_SIGNS: tuple[tuple[str, str, str], ...] = (
    # --- cardiac
    ("chest_pain", CARDIAC, rf"{_CHEST_SYMPTOM}\W+(?:\w+\W+){{0,5}}?{_CHEST}|{_CHEST}\W+(?:\w+\W+){{0,4}}?"
                            rf"{_CHEST_SYMPTOM}|{_CHEST} (?:felt|feels|was|is|se sent\w*|se puso) \w*\s*tight"),
    ("radiating", CARDIAC, r"(?:se me fue|se fue|baja|bajo|irradi\w*|went|goes|spread\w*|radiat\w*)\W+(?:\w+\W+){0,4}?"
                           r"(?:brazo izquierdo|al brazo|left arm|my arm|jaw|mandibula|quijada)"),
    ("palpitations", CARDIAC, r"palpitacion\w*|(?:latir|latia|latiendo|latio)\w*\s+(?:\w+\s+)?(?:rapidisim\w*|"
                              r"rarisim\w*|a mil|desbocad\w*|como loco)|"
                              # "se me desbocó el corazón", "latía a lo loco y como q se saltaba"
                              r"(?:desboc\w*|acelero|se me salia|se me sale)\W+(?:\w+\W+){0,2}?corazon|"
                              r"(?:latia|latiendo|latio|late)\s+a lo loco|"
                              r"corazon\W+(?:\w+\W+){0,6}?(?:a mil|a 1000|aceler\w*|se me sal\w*|"
                              r"desbocad\w*|muy rapido|rapidisim\w*|rapidit\w*|como loco|rarisimo|raro|no bajaba|"
                              r"latia fuerte|brincaba|salto|"
                              # "el corazón se me puso loco… sentía como q se me saltaba"
                              r"(?:se me |se )?(?:puso|pone|ponia|volvio) loc\w*|loquit\w*|se me salt\w*|"
                              r"se salt\w*|saltaba|brinc\w*)|"
                              r"(?:se (?:me )?salt\w*|salt\w*|perd\w*)\W+(?:\w+\W+){0,2}?latidos?|"
                              r"latidos? (?:raros|irregulares|saltad\w*)|"
                              r"(?:skipp\w*|skipped|missing|missed) (?:a )?beats?|"
                              r"heart\W+(?:\w+\W+){0,3}?(?:racing|pounding|fluttering|skipp\w*|going crazy|"
                              r"went (?:crazy|nuts|wild|haywire)|"
                              r"through my chest|wouldn'?t (?:slow|settle|come down))|"
                              r"(?:marcaba|showed|said|reading|hr|pulso|pulsaciones|fc|watch|reloj)\W+(?:\w+\W+){0,3}?"
                              r"2[0-4]\d(?!\s*(?:m|km|mts|metros|ft|kcal|cal|steps|pasos))|"
                              r"heart\W+(?:\w+\W+){0,4}?(?:skip\w*|flutter\w*|flip\w*)|corazon\W+(?:\w+\W+){0,4}?"
                              r"(?:salto|brinco|se salto|aleteo|flutter)|"
                              # "one more of those flutters tonight": the runner's own word for them
                              r"flutter(?:s|ing|y)?(?!\w)(?! kicks?)|aleteos?(?!\w)"),
    ("fainting", CARDIAC, r"desmay\w*|desvaneci\w*|perdi el conocimiento|casi me caigo|se me nublo la vista|"
                          r"se me nubl\w* (?:\w+ ){0,2}la vista|se me (?:iba|fue|puso|ponia) (?:\w+ )?(?:todo )?negro|"
                          r"vi negro|todo negro|"
                          r"se me (?:puso|fue) (?:todo )?(?:negro|la vista)|vi todo negro|"
                          r"faint\w*|passed out|pengsan|blacked out|black out|almost passed|nearly passed|vision went|"
                          r"(?:nearly|almost) (?:went down|fell|collapsed|keeled)|collaps\w*|keeled over|"
                          # "I did feel like I might go down for a second", "sentí que me iba a caer"
                          r"(?:might|would|was going to|was about to|could) (?:go down|pass out|black out|keel over)|"
                          r"(?:senti|sentia) (?:que|q) me (?:iba a|voy a) (?:caer|desvanecer|ir al suelo)"),
    ("dizziness", CARDIAC, r"marea\w*|maree\w*|mareo\w*|mariad\w*|dizz\w*|light ?-?headed|woozy|vertigo|"
                           # Singapore and Malaysia: "very giddy", "pusing"
                           r"giddy|giddiness|pusing|"
                           # "me dio un mareito", "se me movió un poquito todo"
                           r"mareit\w*|mareadit\w*|se me movi\w* (?:\w+ ){0,2}?todo|todo se (?:me )?movia|"
                           r"(?:head|room) (?:was |is )?spinning|(?:todo|la cabeza) (?:me )?da(?:ba)? vueltas|"
                           # "me empezó a dar vueltas todo", "todo me giraba"
                           r"dar vueltas (?:todo|la cabeza)|dando vueltas (?:todo|la cabeza)|todo (?:me )?gira\w*|"
                           r"everything (?:was )?spinning|world (?:was )?spinning"),
    ("breathless", CARDIAC, r"me faltaba el aire|falta(?:ba)? de aire|me ahog\w*|ahogo|ahogad\w*|"
                            r"no podia respirar|no puedo respirar|sin aire como nunca|"
                            r"(?:short|shortness) of breath|couldn'?t breathe|can'?t breathe|could not breathe|"
                            r"gasping|breathless\w*|can'?t catch my breath|couldn'?t catch my breath|"
                            # out of proportion to the effort: "subiendo las gradas me faltó el aire, más de lo normal"
                            r"(?:falt\w* (?:el )?aire|sin aire|out of breath|winded|no podia respirar bien)\W+"
                            r"(?:\w+\W+){0,10}?(?:mas de lo normal|como nunca|nunca me pasa|nunca me habia|"
                            r"no es normal|tuve q\w* par\w*|me tuve que parar|more than (?:usual|normal)|"
                            r"never (?:happens|had)|"
                            r"not normal|unusual|had to stop)|"
                            r"(?:gradas|escaleras|stairs|caminando|walking)\W+(?:\w+\W+){0,8}?(?:falt\w* (?:el )?aire|"
                            r"sin aire|out of breath|winded)"),
    ("night_breathless", CARDIAC, r"despert\w*\W+(?:\w+\W+){0,4}?(?:ahog\w*|sin aire|falta de aire)|"
                                  r"wak\w* up\W+(?:\w+\W+){0,4}?(?:breathless|gasping|short of breath)"),
    # --- heat
    # ("I got confused", "me confundí de día": a mix-up, not confusion of the mind.)
    ("confusion", HEAT, r"no me ubico|(?<!me )confundid\w*|(?<!una )confusion|desorientad\w*|"
                        r"no se (?:donde|en que calle) estoy|no sabia donde estaba|hablaba raro|digo cosas sin sentido|"
                        r"not making sense|(?<!got )confused(?! (?:about|with|by|the|which|it))|"
                        r"disoriented|don'?t know where i am|didn'?t know where i was|"
                        r"slurr\w*|"
                        # "me sentí full perdido", "le hablaba bobadas", "no la reconocía"
                        r"(?:me sent\w*|estaba|estaba como|andaba|quede) (?:\w+ )?perdid[oa]|"
                        r"hablaba (?:puras )?(?:bobadas|tonterias|incoherencias|cosas sin sentido|cosas raras|"
                        r"disparates|cualquier cosa)|no (?:la|lo|los|las|le|me) reconoc\w*|no reconoci\w*|"
                        r"talking (?:nonsense|gibberish|rubbish)|didn'?t recogni[sz]e|couldn'?t recogni[sz]e"),
    ("dark_urine", HEAT, r"(?:orina|orine|orino|orinaba|orinar|pis|pipi|miccion|hice pis|hice pipi)\W+"
                         r"(?:\w+\W+){0,5}?(?:oscur\w*|cafe|marron|coca|cola|negra|como te|color de te|te cargado)|"
                         r"(?:pee|wee|urine|piss)\w*\W+(?:\w+\W+){0,4}?(?:dark|brown|strong tea|"
                         r"like tea|cola|coke)"),
    ("no_sweat", HEAT, r"ya no (?:estoy )?sud\w*|deje de sudar|dejo de sudar|(?:no|ni) sudaba|no sudo|no estoy sudando|"
                       r"stopped sweating|sweat(?:ing)?'?s? (?:has )?stopped|quit sweating|"
                       r"not sweating|no longer sweating|piel (?:\w+ )?(?:caliente|seca y caliente)|"
                       r"hot (?:and )?dry skin|skin (?:is |was )?(?:so |really )?hot"),
    ("vomiting", HEAT, r"vomit\w*|devolvi|threw up|throwing up|puk\w*|thrown up"),
    ("heat_chills", HEAT, r"piel de gallina|escalofrio\w*|goosebump\w*|goose bumps|chills"),
    ("heat_headache", HEAT, r"(?:head|cabeza)\W+(?:\w+\W+){0,2}?(?:pounding|throbbing|explota|me va a explotar|"
                            r"me late)|pounding head\w*|dolor de cabeza (?:fuerte|horrible|terrible)"),
    # --- musculoskeletal
    ("sharp", MUSCULOSKELETAL, r"dolor agudo|agudo|punzante|punzada|pinchazo|como una punalada|como un cuchillo|"
                               r"sharp|stabbing|like a knife|shooting pain"),
    ("swelling", MUSCULOSKELETAL, r"hinch\w*|inflamad\w*|inflamacion|swell\w*|swollen|puffy|se me inflo"),
    ("cannot_bear_weight", MUSCULOSKELETAL,
     r"no (?:puedo|podia|pude) (?:ni )?(?:apoyar|pisar|caminar|andar)|no lo puedo (?:ni )?apoyar|"
     r"no la puedo (?:apoyar|doblar)|no puedo doblar\w*|me cuesta (?:caminar|apoyar|pisar)|"
     r"can'?t (?:put (?:any )?weight|bear weight|walk|push off|stand on|bend)|cannot (?:put weight|walk|bear)|"
     r"couldn'?t (?:put weight|walk|push off)|unable to (?:walk|bear)|"
     # "I can't really put my foot down without it shooting up the leg"
     r"can'?t (?:really |even )?(?:put|place|get) (?:my |the )?(?:foot|leg|heel) (?:down|on the (?:floor|ground))"),
    ("pain_walking", MUSCULOSKELETAL,
     r"(?:duele|duelen|dolor)\w*\s+(?:\w+\s+){0,2}?(?:al |para |cuando )?camin\w*|me duele caminar|"
     r"hurts? (?:to|when i|while i) walk\w*|painful to walk|pain (?:when|while) walking|"
     # "igual bro, como 6 cuando camino", "a 5 when i walk": the pain score walking (a score of 5 or more)
     r"(?:[5-9]|10)\s*(?:/\s*10\s*)?(?:cuando|al|mientras|para)\s+camin\w*|"
     r"(?:[5-9]|10)\s*(?:/\s*10\s*)?(?:when|while)\s+(?:i\s+)?walk\w*|"
     r"still pain when walk\w*|(?:todavia|aun|sigue)\s+(?:me\s+)?duele\s+(?:al|para)\s+caminar|"
     # "shin is still paining today, even while walking to office"
     r"(?:pain\w*|hurt\w*|ach\w*|sore)\W+(?:\w+\W+){0,4}?(?:even )?(?:while|when) walking"),
    # (English "limp", never Spanish "limpiando")
    ("limping", MUSCULOSKELETAL, r"coje\w*|cojo |cojee|renguea\w*|rengo|limp(?:s|ing|ed|y)?(?!\w)|hobbl\w*"),
    ("numbness", MUSCULOSKELETAL, r"adormecid\w*|adormec\w*|entumid\w*|hormigueo|no siento (?:el|la|los|las)|numb\w*|"
                                  # "el pie se durmió menos", "se durmió como al km 6", "lo tengo medio dormido"
                                  r"se (?:me )?(?:durmio|duerme|dormia|durmieron)(?! (?:el bebe|la bebe|mi))|"
                                  r"(?:lo|la|los|las) tengo (?:\w+ )?(?:medio )?dormid[oa]s?|"
                                  r"tingl\w*|pins and needles|"
                                  # "el pie dormido todo el rato", "se me durmió la pierna", "my foot went to sleep"
                                  r"(?:pie|pies|pierna|piernas|dedos?|planta|talon|mano|brazo)\s+(?:\w+\s+){0,4}?"
                                  r"dormid[oa]s?|se me (?:durmio|dormia|duerme|durmieron|dormian) (?:el|la|los|las)|"
                                  r"(?:foot|feet|leg|toes?|arm|hand)\s+(?:\w+\s+){0,2}?(?:asleep|went to sleep|"
                                  r"fell asleep|was asleep|kept falling asleep|(?:kept |keeps )?going to sleep|"
                                  r"goes to sleep)"),
    ("pop", MUSCULOSKELETAL, r"(?<!\w)pop(?:ped)?(?!\w)|(?<!\w)crack\w*|chasquido|trono|crujio|snap\w*|"
                             r"sono (?:como )?un|como si me (?:patearan|pegaran|dieran una patada)|"
                             r"like someone kicked|as if (?:someone|somebody) kicked|"
                             # "sentí un tronazo en la pantorrilla, como q me pegaron una pedrada atrás": the
                             # calf or Achilles tearing (a blow from behind that no one gave)
                             r"tronazo|pedrada|latigazo|"
                             r"como (?:que |q |si )?me (?:pegaron|patearon|dieron|tiraron|hubieran \w+)"
                             r"(?: \w+){0,2} (?:pedrada|piedra|patada|golpe|balazo|tiro)|"
                             r"like (?:i|someone|somebody) (?:got |had |was )?(?:shot|hit me|kicked me|"
                             r"threw a (?:rock|stone))|like i(?:'d| had)? been (?:shot|kicked|hit)"),
    # Bruising that comes up after an ache ("amanecí con todo morado atrás de la rodilla bajando a la
    # pantorrilla"): bleeding in a torn muscle (not a black toenail: dropped where a nail is named).
    ("bruising", MUSCULOSKELETAL, r"(?:todo |toda )?morad[oa]s?|moreton\w*|hematoma\w*|bruis\w*|black and blue|"
                                  r"(?:gone|turned|going|went) (?:all )?(?:purple|blue|black)|"
                                  r"se (?:me )?puso (?:todo |toda )?(?:morad[oa]|negr[oa])"),
    ("fall", MUSCULOSKELETAL, r"me cai|me caigo|caida|sufri una caida|me fui al suelo|(?<!\w)fell(?! asleep)|"
                              r"took a fall|had a fall|wiped out|tripped and"),
    # A hard fall is checked even before the runner names what hurts ("slipped on black ice, went down hard").
    ("hard_fall", MUSCULOSKELETAL, r"went down hard|fell hard|hit the ground hard|"
                                   r"me di (?:un|tremendo) (?:golpe|porrazo|costalazo|guarazo)|"
                                   r"me cai (?:feo|duro|fuerte|horrible)|tremenda caida|"
                                   r"(?:slipped|resbale)\W+(?:\w+\W+){0,6}?(?:went down|fell|me cai|al suelo)"),
    # The runner's own fall, however it is played down ("me caí bajando unas gradas jajaja nada grave"): checked
    # before anything is named (the red flags: "a pop or a fall").
    ("own_fall", MUSCULOSKELETAL, r"me cai(?!\w)|me fui al suelo|me fui de (?:boca|cara)|"
                                  r"i fell(?! asleep| behind| off| short| in love)|took a (?:fall|tumble|spill)|"
                                  r"had a fall|wiped out|ate (?:it|pavement)"),
    # (the reader sees "un" as "1": "en 1 puntito")
    ("bone_pain", MUSCULOSKELETAL, r"en (?:un|1) puntito|(?:un|1) puntito (?:del|en el|de el) hueso|"
                                   r"(?:(?:un|1) )?punto (?:del|de el) hueso|(?:un|1) punto exacto|punto fijo|"
                                   r"si (?:aplasto|presiono|aprieto)|"
                                   r"(?:en )?un (?:solo )?punto (?:especifico|concreto|exacto)|en el hueso|on the bone|"
                                   r"(?:one|a|specific|single) spot|when i press|al presionar|al tocar|"
                                   r"veo estrellas|pinpoint|one spot|when i press|tender to touch|"
                                   r"en la noche me (?:late|duele)|me duele en la noche|de noche me duele|"
                                   r"night pain|hurts at night|wakes me up|"
                                   # "ahora es en un punto, como si fuera el hueso, si lo aprieto con el dedo me duele",
                                   # "en la noche tmb a veces me despierta": a bone's focal pain, and pain at night
                                   r"en (?:un|1) punto(?! de (?:vista|partida|encuentro))|(?:como si fuera|parece|es|"
                                   r"seria|sera) (?:el|en el) hueso|si (?:lo|la|le|me) (?:aplasto|presiono|aprieto|"
                                   r"toco)|con el dedo|(?:press|push|poke) (?:on )?(?:it|the bone|the spot)|"
                                   r"(?:me|la|lo) despierta|me (?:ha|han) despertado|me despert\w* (?:por|con|del) "
                                   r"(?:el )?dolor|woke me (?:up)?|waking me (?:up)?|keeps me up at night|"
                                   r"(?:aches?|hurts?|throbs?|throbbing) (?:at night|in bed|at rest)"),
)
_COMPILED = tuple((sign, kind, re.compile(rf"(?<!\w)(?:{pattern})")) for sign, kind, pattern in _SIGNS)

# A sign right after one of these is denied: "sin dolor en el pecho", "no swelling", "never fainted".
_NEGATION = re.compile(r"(?<!\w)(?:no|sin|ni|nada|ningun|ninguna|ningunos|ningunas|no more|not|no hay|without|never|"
                       r"nothing|nunca|isn'?t|wasn'?t|no esta|doesn'?t|"
                       r"does not|don'?t|didn'?t|did not|can walk|puedo caminar|aren'?t|"
                       r"no estaba|tampoco|zero|cero)\W+(?:\w+\W+){0,3}$")
# Signs that carry their own negation ("no puedo apoyar") are never denied by it.
_SELF_NEGATED = frozenset({"cannot_bear_weight", "no_sweat", "fainting"})
# "Si me duele el pecho…", "what if I get dizzy": a question about a sign, not the sign.
# ("eso sí", "ahí sí", "ahora sí", "sí, me mareé": an emphasis or a yes, not "if".)
_HYPOTHETICAL = re.compile(r"(?<!\w)(?:(?<!eso )(?<!ahi )(?<!ahora )(?<!hoy )(?<!vez )(?<!ya )(?<!claro )(?<!asi )"
                           r"si(?!\s*[,.!])|what if|if|en caso de|suppose|supongamos|y si|es normal que|estaria|"
                           r"estarias|habria|would be|would have|would'?ve|antes ya|"
                           r"is it normal to|que hago si|what do i do if|cuando sea|whenever)(?!\w)")
_HEAT_CONTEXT = re.compile(r"(?<!\w)(?:sol|calor|calorón|caloron|heat|hot|humid\w*|bochorno|sun|sunny|"
                           r"3[3-9] ?(?:°|grados|degrees|c\b)|4[0-5] ?(?:°|grados|degrees|c\b)|mediodia|noon)(?!\w)")
# Signs that alone, without a hurt body part, are not a musculoskeletal red flag ("se hinchó la
# rodilla" is; "hinchado de comer" is not) — they need a body part or an open ache.
_NEEDS_A_PART = frozenset({"sharp", "swelling", "numbness", "pop", "fall", "bone_pain", "pain_walking", "bruising"})


@attrs.frozen
class RedFlag:
    kind: str                           # cardiac | heat | musculoskeletal
    signs: tuple[str, ...]
    parts: tuple[str, ...] = ()         # canonical body parts named with it
    side: str | None = None
    pain: int | None = None
    context: str | None = None          # "rest" | "exercise": when it came, where the runner said

    @property
    def emergency(self) -> bool:
        """Chest pain, fainting, confusion in the heat: emergency services now, not an appointment."""
        return self.kind in (CARDIAC, HEAT)


# "dolor de pecho no", "mareo tampoco": a sign denied after it is named.
_DENIED_AFTER = re.compile(r"\s*(?:no|nada|tampoco|nope|none|ninguno|ninguna)"
                           r"(?:\s+(?:me fije|note|senti|tuve|he tenido|se|recuerdo|creo))?\s*(?:[.,;!?]|$)")


def _signs_in(folded: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for sign, kind, pattern in _COMPILED:
        for match in pattern.finditer(folded):
            if _DENIED_AFTER.match(folded, match.end()):
                continue
            before = folded[max(0, match.start() - 40):match.start()]
            clause = re.split(r"[.;!?¿¡,]| pero | but ", before)[-1]
            if sign not in _SELF_NEGATED and _NEGATION.search(clause):
                continue
            if _HYPOTHETICAL.search(clause):
                continue
            found.append((sign, kind))
            break
    return found


# "perdone la confusión", "sorry for the confusion", "confused about the plan", "me confundí de día": a
# mix-up in the chat, not the confusion of heat illness (that one is about the runner: "estaba confundida,
# no sabía dónde estaba").
_NOT_A_SIGN = re.compile(
    # "the numbness is totally gone since last night", "ya se me quitó el mareo": a sign said to be over
    r"(?:the\s+|el\s+|la\s+|my\s+)?(?:numbness|tingling|dizziness|swelling|palpitations|adormecimiento|hormigueo|"
    r"mareo|hinchazon|palpitaciones)\s+(?:\w+\s+){0,2}?(?:totally\s+|completely\s+|all\s+|ya\s+)?"
    r"(?:gone|went away|disappeared|se fue|se quito|se me quito|desaparecio|paso|se paso)(?!\w)"
    r"|(?:ya\s+)?(?:se me quito|se quito|se fue|desaparecio)\s+(?:el|la)\s+(?:adormecimiento|hormigueo|mareo|"
    r"hinchazon)(?!\w)|"
    # "qué crack", "es un crack", "what a crack", "crack of dawn": praise and dawn, not a joint cracking
    r"(?<!\w)(?:que|q|k|un|una|unos|unas|es|eres|son|el|la|ese|esa|what a|such a|total|re|muy)\s+crack\w*"
    r"(?!\s+(?:en|in|de|del|on|at|al)\s)"
    r"|crack of dawn|"
    # "me cuesta full el trote jajaja me ahogo": a beginner short of breath running, not breathlessness out of
    # proportion to the effort (that one is still read: "más de lo normal", at rest, on the stairs)
    r"(?:me cuesta|cuesta)\s+(?:\w+\s+){0,3}?(?:el trote|trotar|correr|la subida|las subidas|subir)\W+"
    r"(?:\w+\W+){0,4}?(?:me ahog\w*|me falta el aire|me quedo sin aire)(?!\w)(?!\W+(?:\w+\W+){0,4}?(?:mas de lo normal|"
    r"como nunca|no es normal|pecho|mare\w*))|"
    # a foot gone to sleep sitting down is not a runner's numbness
    r"(?:(?:pie|pierna|foot|leg)\s+(?:\w+\s+){0,2}?(?:asleep|dormid[oa])|se me (?:durmio|dormia) (?:el|la) \w+)"
    r"\s+(?:\w+\s+){0,3}?(?:on|in|en)\s+"
    r"(?:the\s+|el\s+|la\s+|my\s+|mi\s+)?(?:couch|sofa|bed|cama|chair|silla|car|carro|bus|plane|avion|office|oficina)|"
    # "se me durmieron los dedos… aflojé los cordones y se fue al toque": tight laces, gone when loosened
    r"(?:dormid\w*|durmi\w*|dormia\w*|numb\w*|tingl\w*|adormec\w*|hormigue\w*)\W+(?:\w+\W+){0,14}?"
    r"(?:afloj\w*|loosen\w*|retie\w*|re-tie\w*|volvi a amarrar)\s+(?:\w+\s+){0,2}?(?:cordones|laces|shoelaces|"
    r"zapatillas|shoes?)\W+(?:\w+\W+){0,3}?(?:se fue|se me paso|se quito|paso|went away|gone|fine|ok|bien)|"
    r"(?:perdon\w*|disculp\w*|sorry|apologi[sz]\w*)\W+(?:\w+\W+){0,3}?confus\w*"
    r"|(?:hubo|fue|es|was|my|mi|una|a|any|no|sin|for the|por la)\s+confusion"
    r"|(?:confus\w*|confundid\w*|confundi|me confundi)\s+(?:\w+\s+)?(?:about|with|by|con|sobre|de|en)\s+"
    r"(?:(?:el|la|los|las|the|my|mi|mis|este|esta|this|that)\s+)?(?:plan\w*|dias?|days?|fechas?|dates?|horario|"
    r"schedule|app|mensaje\w*|messages?|semana\w*|weeks?|ritmos?|paces?|unidad\w*|units?|kilometros|km|miles|"
    r"millas|entrenos?|workouts?|sessions?|sesion\w*|numeros|numbers|carreras?|races?)(?!\w)")


# "I'm confused about my race" is not confusion of the mind: alone it needs the heat, a run, or others telling it.
_CONFUSION_TOLD_BY_OTHERS = re.compile(r"(?<!\w)(?:dice|dijo|dicen|says|said|told me|me dijo|noticed|notaron)(?!\w)")


def read_red_flag(text: str, open_parts: tuple[str, ...] = ()) -> RedFlag | None:
    """The red flag in a message, or None. ``open_parts``: the runner's open aches, most recent first
    ("amaneci cojeando" is about the shin they told of yesterday)."""
    folded = fold(words_to_numbers(text, "es") if re.search(r"[a-z]", text.lower()) else text)
    signs = _signs_in(_NOT_A_SIGN.sub(" ", folded))
    pain = pain_score_in(text)
    parts = tuple(p for p in body_parts_in(text) if p)
    if pain is None:
        # "como un 8", "un 8", "8/10" with no pain word next to it, after an ache was named.
        # ("pierdo 3 semanas a 7 de la maratón": weeks to a race, not a score)
        # (a whole word: the "a" that ends "hora" in "en una hora diez" is not "a 10")
        # ("como un 5" reaches here as "como 1 5": the article read as a number)
        m = re.search(r"(?<![\d/:.,\w])(?:un|una|como|like|about|a)\s+(?:1\s+(?=\d))?(\d{1,2})"
                      r"(?!\s*(?:km|k|min|mi|m|h|:|\.\d))"
                      r"(?!\s*(?:de\s+(?:la|el|los|las|mi)\b|del\b|semanas?|weeks?|dias?|days?|meses|months?))"
                      r"|(?<![\d/])(\d{1,2})\s*/\s*10", folded)
        if m and (parts or open_parts or any(k == MUSCULOSKELETAL for _, k in signs) or _mentions_pain(folded)) \
                and not scores_effort(folded, m.start(), m.end()):
            value = int(m.group(1) or m.group(2))
            pain = value if 0 <= value <= 10 else None
    kinds = {kind for _, kind in signs}
    names = tuple(sign for sign, _ in signs)
    if "bruising" in names and re.search(r"uñ|\bnails?\b|toenail", text.lower()):
        names = tuple(n for n in names if n != "bruising")      # a black toenail, not a torn muscle
        signs = [(n, k) for n, k in signs if n != "bruising"]
    if {"hard_fall", "own_fall"} & set(names):
        # one fall, said once (the hardest word for it)
        drop = {"fall", "own_fall"} if "hard_fall" in names else {"fall"}
        names = tuple(n for n in names if n not in drop)
    heat = bool(_HEAT_CONTEXT.search(folded))
    if CARDIAC in kinds and ({"chest_pain", "radiating", "palpitations", "fainting", "night_breathless"} & set(names)):
        context = "rest" if _AT_REST.search(folded) else "exercise" if _EXERCISE.search(folded) else None
        return RedFlag(CARDIAC, names, ("pecho",) if "chest_pain" in names or "radiating" in names else ("corazón",),
                       context=context)
    confused = "confusion" in names and (heat or len(names) > 1 or _CONFUSION_TOLD_BY_OTHERS.search(folded) is not None)
    if HEAT in kinds and ((confused or {"no_sweat", "dark_urine"} & set(names)) or heat or len([
            n for n in names if n in ("vomiting", "heat_chills", "heat_headache", "dizziness")]) >= 2):
        return RedFlag(HEAT, names, ("golpe de calor",))
    if "dizziness" in names or "breathless" in names:
        kind = HEAT if heat else CARDIAC
        return RedFlag(kind, names, ("golpe de calor",) if kind == HEAT else ("corazón",))
    body_signs = [n for n in names if n in {s for s, k, _ in _SIGNS if k == MUSCULOSKELETAL}]
    if pain is not None and pain >= 7 and (parts or open_parts or _mentions_pain(folded)):
        body_signs.append("pain_7")
    if not body_signs:
        return None
    if not parts and "numbness" in body_signs and _LEG.search(folded):
        parts = ("pierna",)      # "la pierna se me quedó dormida": the leg is the part (not a joint of the list)
    if not parts and not open_parts and all(s in _NEEDS_A_PART for s in body_signs):
        return None
    if parts and open_parts and all(s in _NEEDS_A_PART for s in body_signs) and not _sign_beside_a_part(folded):
        # "Still tingly at lunch. Ugh. My right hip is a little sore too": the sign is the open ache's, not the hip's
        return RedFlag(MUSCULOSKELETAL, tuple(body_signs), open_parts[:1], None, pain)
    return RedFlag(MUSCULOSKELETAL, tuple(body_signs), parts or open_parts[:1], side_in(text), pain)


def _sign_beside_a_part(folded: str) -> bool:
    """A warning sign told in the same sentence as a body part."""
    for sentence in re.split(r"[.;!?\n]+", folded):
        if any(k == MUSCULOSKELETAL and pattern.search(sentence) for _, k, pattern in _COMPILED) \
                and body_parts_in(sentence):
            return True
    return False


# When a cardiac sign came: at rest ("sitting in my recliner", "acostada en la cama") or running.
_AT_REST = re.compile(r"(?<!\w)(?:sentad[oa]|acostad[oa]|en la cama|en el sofa|en reposo|descansando|durmiendo|"
                      r"viendo (?:la )?(?:tele|television|el partido)|en la oficina|trabajando|sitting|lying|in bed|"
                      r"at rest|resting|watching|reading|recliner|couch|sofa|at my desk|at work|asleep|woke|"
                      r"me desperte|en la noche sin hacer nada|doing nothing)(?!\w)")
_EXERCISE = re.compile(r"(?<!\w)(?:corr\w*|trot\w*|carrera|entreno|series|subida|cuesta|gradas|fondo|km|run\w*|ran|"
                       r"race|workout|intervals?|tempo|hill|stairs|miles?|jog\w*)(?!\w)")
_LEG = re.compile(r"(?<!\w)(?:pierna|piernas|leg|legs)(?!\w)")
_PAIN = re.compile(r"(?<!\w)(?:duel\w*|dolor\w*|molest\w*|hurt\w*|pain\w*|sore|ache\w*)(?!\w)")


def _mentions_pain(folded: str) -> bool:
    return bool(_PAIN.search(folded))


# "Ya me vio el médico", "the A&E doctor said": the runner has been seen; reminders stop.
_SEEN = re.compile(r"(?<!\w)(?:me vio|me vieron|me revis\w*|me atendi\w*|me dijeron|me diagnostic\w*|diagnostic\w*|"
                   r"me hicieron|me mandaron|me dio (?:una|un) (?:bota|orden)|fui (?:al|a la|a) (?:medico|doctor|"
                   r"clinica|emergencia|hospital|fisio|traumatolog\w*|cardiolog\w*|urgencias)|el (?:medico|doctor|"
                   r"cardiologo|traumatologo|fisio) (?:dijo|dice|me)|en (?:la clinica|emergencia|urgencias|"
                   r"el hospital)|"
                   r"diagnos\w*|the (?:doctor|doc|gp|physio|cardiologist|er|a&e|hospital) (?:said|says|told|"
                   r"found|thinks)|"
                   r"(?:went|been) to (?:the )?(?:doctor|er|a&e|hospital|urgent care|gp|physio)|they (?:said|"
                   r"found|told)|"
                   r"got (?:it )?(?:checked|looked at|x-?rayed|scanned)|x-?ray (?:showed|says|said)|"
                   r"hospital said|ambulance (?:came|took)|rx|radiografia|eco|ecografia|resonancia|x-?ray|mri|scan|"
                   r"bota|yeso|me enyesaron|cast|boot|esguince grado|grade \d|derrame|effusion|partial tear|"
                   r"heat exhaustion|heat stroke|golpe de calor|ekg|ecg|electro\w*|stress test|"
                   r"prueba de esfuerzo)(?!\w)")


# "creo q es un esguince grado 1 nomas", "probably just heat exhaustion": the runner's own guess at a
# diagnosis is not having been seen; it does not stand for a professional's word.
_GUESS = re.compile(r"(?<!\w)(?:creo|pienso|supongo|parece|capaz|quizas?|tal vez|seguro|debe ser|ha de ser|"
                    r"como que|i think|i guess|probably|prob|maybe|must be|might be|likely|seems?|looks like|"
                    r"pretty sure|i bet|prolly)(?!\w)")


# "booked a cardiologist for Tuesday", "ya tengo cita con el traumatólogo": to be seen, not seen yet.
_APPOINTMENT = re.compile(r"(?<!\w)(?:booked|book(?:ing)? (?:an? )?(?:appointment|appt)|"
                          r"(?:got|have|made) an? (?:appointment|appt)|appointment (?:is |on |for )|"
                          r"(?:tengo|saque|me dieron|agende|me agende|pedi) (?:una )?(?:cita|turno)|"
                          r"cita (?:con|para|el)|turno con)(?!\w)")


def says_appointment_booked(text: str) -> bool:
    return bool(_APPOINTMENT.search(fold(text)))


# "puedo correr dice", "me dio el alta", "doc cleared me", "ok to run": seen, and allowed to run again.
_CLEARED = re.compile(r"(?<!\w)(?:(?:ya )?puedo (?:volver a )?correr|me dio (?:de )?(?:el )?alta|"
                      r"me dieron (?:de )?(?:el )?alta|dado de alta|dada de alta|luz verde|cleared(?: me)?(?: to run)?|"
                      r"all clear|ok(?:ay)? to run|can (?:run|start running) again|good to go|i can run|"
                      # "Said running is ok if it doesnt get worse", "me dijo que puedo seguir corriendo"
                      r"running is (?:ok|okay|fine|allowed)|can keep running|puedo seguir corriendo|"
                      r"sigo corriendo normal)(?!\w)")
_NOT_CLEARED = re.compile(r"(?<!\w)(?:no puedo correr|not (?:cleared|ok to run)|can'?t run|no (?:me )?dio (?:el )?alta|"
                          r"hasta que|until|til|till|todavia no|not yet|no hard|nothing hard|nada fuerte|"
                          # "running is ok if it doesn't get worse": allowed on a condition, not cleared
                          r"if it|as long as|unless|mientras no|siempre que|si no)(?!\w)")


# A professional named ("physio cleared me", "cardiologist said all clear"), beside the wordings of being seen.
_A_PROFESSIONAL = re.compile(r"(?<!\w)(?:doctor\w*|doc|dr|medic\w*|physio\w*|fisio\w*|cardiolog\w*|traumatolog\w*|"
                             r"gp|er|urgencias|emergencias)(?!\w)")


# "said easy running is ok till then", "me dijo que puedo trotar suave": easy running allowed, nothing more.
_EASY_ALLOWED = re.compile(r"(?<!\w)(?:(?:easy|light|gentle|short)\s+(?:running|runs?|jogs?|jogging)\s+(?:is\s+|"
                           r"are\s+)?"
                           r"(?:ok|okay|fine|allowed|good)|(?:can|could|may)\s+(?:do\s+|run\s+|jog\s+)?(?:easy|light)|"
                           r"puedo (?:trotar|correr|hacer rodajes?) (?:suave|despacio|tranqui|lento)|"
                           r"(?:trote|trotar|rodajes?|correr) (?:suaves?|despacio|tranqui\w*) (?:esta |estan )?(?:bien|"
                           r"ok)|"
                           r"(?:me )?dej\w* (?:trotar|correr) (?:suave|despacio|tranqui)|solo (?:trote|"
                           r"rodajes?) suaves?)(?!\w)")


def says_easy_running_allowed(text: str) -> bool:
    """A professional allowed easy running only, or running on a condition ("EKG normal, easy running is ok till
    the stress test", "said running is ok if it doesnt get worse")."""
    folded = fold(text)
    allowed = bool(_EASY_ALLOWED.search(folded)) or bool(_CLEARED.search(folded)) and bool(_NOT_CLEARED.search(folded))
    return allowed and (says_seen_by_professional(text) or bool(_A_PROFESSIONAL.search(folded)))


def says_cleared_by_professional(text: str) -> bool:
    """A professional let the runner run again ("ya me vio el doctor, solo un raspón, puedo correr dice",
    "physio cleared me to run")."""
    folded = fold(text)
    return bool(_CLEARED.search(folded)) and not _NOT_CLEARED.search(folded) and (
        says_seen_by_professional(text) or bool(_A_PROFESSIONAL.search(folded)))


def says_seen_by_professional(text: str) -> bool:
    folded = fold(text)
    for match in _SEEN.finditer(folded):
        clause = re.split(r"[.;!?¿¡,]| pero | but ", folded[max(0, match.start() - 40):match.start()])[-1]
        if not _GUESS.search(clause):
            return True
    return False
