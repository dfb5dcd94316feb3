"""What each part of a message does: states a fact, asks, plans, supposes, denies, complains or quotes.

The write policy (application.tools.policy) lets a message change stored data only through a part
that states a fact about the runner ("hice 7 km", "me duele la canilla", "me inscribí en la 15K").
A question ("¿puedo correr el martes?"), a plan ("el sábado voy a hacer 18"), a hypothetical ("si
llueve…"), a complaint about the plan ("¿un fondo de 2.7 si ya hago 6? 😒") or a quote of the
coach's own plan ("hoy tocaban 6 km") never writes, whatever numbers it holds.

A message is cut into clauses at sentence ends, question marks and "pero"/"but"; each clause gets
one act from its own words, read on folded text (no accents, lower case), as runners text.
"""
from __future__ import annotations

import enum
import re

import attrs

from application.understanding.text import fold


class Act(str, enum.Enum):
    FACT = "fact"                  # something the runner did, felt or decided: may write
    ANSWER = "answer"              # "sí", "ok", "el 13 de dic": answers the coach's question; may write
    QUESTION = "question"
    FUTURE = "future"              # a plan for later
    HYPOTHETICAL = "hypothetical"
    NEGATION = "negation"          # "no corrí", "la rodilla está bien": nothing happened / nothing hurts
    COMPLAINT = "complaint"        # about the plan
    QUOTE = "quote"                # the plan's own session quoted back
    SOMEONE_ELSE = "someone_else"  # "mi esposa corrió 10k", "my buddy ran a 45": not the runner's own
    HISTORY = "history"            # told, not done: "lo máximo que he corrido es 12", a race called off

    @property
    def may_write(self) -> bool:
        return self in (Act.FACT, Act.ANSWER)


@attrs.frozen
class Clause:
    text: str          # folded
    act: Act
    done: bool         # a verb of something done ("hice", "ran"): the fact is sure, not inferred


_SPLIT = re.compile(r"(?<=[?!;\n])\s*|(?<=\.)(?!\d)\s*|(?=¿)|\s+(?:pero|but|aunque|though)\s+|\s*\?\s*|"
                    # "26:48 en la 5K 🏅 mi papi la caminó en 52 min": an emoji ends the runner's own sentence
                    r"(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=(?:y\s+|and\s+)?(?:mi|my|el|la|his|her)\s)|"
                    # "hoy 4 km de trotecito, mañana es la carrera": today's fact, then tomorrow's plan
                    r",\s*(?=(?:y\s+|and\s+)?(?:mañana|manana|tomorrow|tmrw|pasado mañana|pasado manana|next week|"
                    r"la próxima semana|la proxima semana)(?!\w))")
# "…and i walked the dog", "…y yo troté 5": the runner's own part after someone else's.
_AND_I = re.compile(r"(?i)\s+(?:and|y|&)\s+(?=(?:i|yo)\s+(?:just\s+|only\s+|solo\s+|tambien\s+|also\s+)?(?:walked|swam|"
                    r"biked|rode|hiked|cycled|ran|did|jogged|went|camin[eé]|nad[eé]|corr[ií]|hice|trot[eé]|sal[ií]|"
                    r"me fui|fui)(?!\w))")
_QUESTION_START = re.compile(
    r"^(?:oye,?\s+|coach,?\s+|wait,?\s+|espera,?\s+|hmm+,?\s+|um+,?\s+|uh+,?\s+|mmm+,?\s+|"
    r"una pregunta,?\s+|pregunta:?\s+|quick one,?\s+|and\s+|y\s+|so\s+|entonces\s+|ok\s+|"
    r"(?:nano|nana|pana|ve|profe|mij[oa]|bro|amig[oa]|man|mate)[,!]?\s+|"
    r"hey,?\s+|question:?\s+|tambien,?\s+|also,?\s+|otra cosa,?\s+|another thing,?\s+|dime,?\s+|"
    r"tell me,?\s+|recuerdame,?\s+|remind me,?\s+|quisiera saber\s+|i wanted to know\s+|i wonder\s+|"
    r"me preguntaba\s+|ah,?\s+)*"
    r"(?:puedo|podria|podre|debo|deberia|debería|conviene|me conviene|vale la pena|es normal|es mejor|es malo|"
    r"es bueno|sera|será|hay que|tengo que|cuando|cuanto|cuantos|cuantas|cual|cuales|donde|por que|porque\s+no|"
    r"xq|(?:que|q|k) (?:me|te|hago|tal|toca|opinas|dices|recomiendas|tiempo|ritmo|pasa|significa|es|onda|mas)|"
    r"como (?:hago|voy|se|"
    r"me|puedo|le|era)|crees que|cree que|piensas que|piensa que|do you think|d'?you think|"
    r"can|could|should|shall|do|does|did you|is|are|am i|was|what|whats|what's|when|whens|"
    r"when's|how|hows|how's|which|where|why|will(?!\s+(?:catch|talk|let|write|tell|send|update|check|text|message|"
    r"do|try|see|keep|report|ping))|would|any (?:tips|advice|idea)|mind if|ok to|okay to|safe to)"
    r"(?!\w)")
# "my wife wants to know if I can…", "quería saber si puedo…", "no sé si hacer…", "wondering whether":
# a question told as a sentence.
_EMBEDDED_QUESTION = re.compile(
    r"(?<!\w)(?:(?:wants?|wanted|want) to know|wondering|i wonder|(?:was |am )?asking|asks|asked me|"
    r"not sure|unsure|idk|dunno|don'?t know|no idea)\s+(?:\w+\s+)?(?:if|whether|how|what|when|should|about)(?!\w)"
    r"|(?<!\w)(?:saber|pregunta|preguntar|pregunto|preguntaba)\s+(?:\w+\s+)?(?:si|cuanto|cuantos|cuando|como|"
    r"que|q)\s+(?:puedo|podria|debo|deberia|llego|alcanzo|me conviene|conviene|hago|hacer|corro|correr|voy|es|"
    r"esta|sera|seria|estaria|aguanto)(?!\w)"
    # "nose si llego", "no sé si puedo": a doubt about what to do; "nose si es por la pista" only wonders why
    r"|(?<!\w)(?:nose|no se|no estoy segur[oa]|duda|dudo|a ver)\s+(?:\w+\s+)?(?:si|cuanto|cuantos|cuando|como|"
    r"que|q)\s+(?:puedo|podria|debo|deberia|llego|alcanzo|me conviene|conviene|hago|hacer|corro|correr|voy|"
    r"aguanto)(?!\w)"
    r"|(?<!\w)(?:if|whether) (?:i|we) (?:can|could|should|may|might)(?!\w)"
    # "Kindly share what paces I should target", "dime q ritmo", "explícame cómo": a question as a request.
    r"|(?<!\w)(?:share|tell me|let me know|explain|advise|suggest|dime|explicame|me dices|me explicas|"
    r"recomiendame|me recomiendas|pasame|indicame|me indicas)\s+(?:\w+\s+)?(?:what|which|how|whether|if|"
    r"que|q|cual|cuales|como|cuanto|cuantos|si)(?!\w)")
# "Una pregunta: …", "Question on taper: …": the message says itself what it is.
_ANNOUNCED_QUESTION = re.compile(r"^\W*(?:(?:coach|oye|hey|hola|profe|ve|ñaño|nano|pana)\W+)?"
                                 r"(?:(?:una|otra|1|quick|one|a|another|small)\s+)?(?:pregunt\w*|question|"
                                 r"q|duda|consulta|doubts?)\b"
                                 # "Pregunta técnica:", "Coach one doubt. My colleague says…" (India: a doubt asks)
                                 r"(?:\s+(?:tecnica|rapida|rapidita|tonta|de novato|quick|random|general|silly))?"
                                 r"\s*(?:on|about|for|sobre|de|:|,|\.{2,}|…|\.(?=\s+\w))")
# "Reclamo: el plan me pone 28k…", "Complaint: …": the message says itself what it is.
_ANNOUNCED_COMPLAINT = re.compile(r"^\W*(?:(?:coach|oye|hey|profe|ve|nano|pana)\W+)?"
                                  r"(?:un |una |a |small |quick |one |1 |another |otra |my |mi )?"
                                  r"(?:reclamo|queja|complaint|gripe|rant)\b\s*(?:on|about|sobre|de|:|,|\.{2,}|…|\.(?=\s+\w))")
# "para el largo del sábado", "for the long run on sunday", "en el tempo de mañana": what a question is about.
_FRAME = re.compile(r"(?:oye,?\s+|coach,?\s+|y\s+|and\s+|so\s+)?(?:para|for|en|on|about|sobre)\s+"
                    r"(?:el|la|los|las|mi|mis|the|my|a|this|tomorrow|manana|sunday|saturday|domingo|sabado)\b")
_GREETING = re.compile(r"^(?:hola+|buenas|buenos dias|buenas tardes|buenas noches|q mas|que mas|k mas|que tal|q tal|"
                       r"hey|hi|hello|oye)(?:\s+(?:ñaño|nano|pana|mijo|mija|coach|bro|loco|veci|amigo|amiga|ve))?"
                       r"[\s,.!🤙👋🙏]+")
_TAG_QUESTION = re.compile(r"(?:\s|,)(?:verdad|cierto|o no|o que|o que dice|o que opinas|or not|si o no|o mejor no|"
                           r"o todavia no|or should i|o espero|"
                           r"(?:is|was) (?:that|this|it) (?:normal|ok|okay|bad|a problem|something)|es normal|"
                           r"eso es normal|sera normal|sera grave|es grave|should i worry|"
                           r"me preocupo)\s*[?]*\s*$")
_DONE = re.compile(
    r"(?<!\w)(?:hice|hicimos|corri|corrimos|sali|salimos|trote(?!\s+de\s)|trotamos|termine|terminamos|complete|acabe|"
    r"rode|pedalee|nade|camine|fui|fuimos|me toco|tuve|logre|meti|metimos|clave|hecho|hecha|hechos|listo|"
    r"ran|run done|did|done|went|finished|completed|swam|rode|biked|cycled|hiked|walked|lifted|jogged|took|"
    r"managed|got in|knocked out|smashed|logged|raced|pr'?d|just (?:did|ran|finished)|was able|"
    r"new (?:pr|pb)|(?:pr|pb) by|nuevo (?:record|pr)|"
    r"acabo de|acabamos de|ya (?:hice|corri|sali)|was|were|fue|fueron|me pegue|nos pegamos|me meti|me clave|"
    # "hoy jugamos indor una hora", "played squash for an hour", "bailé 40 min"
    r"jugue|jugamos|played|baile|bailamos|danced|spent)(?!\w)|✅")
_FUTURE = re.compile(
    r"(?<!\w)(?:voy a|vamos a|iba a|voy con|vamos con|me voy|nos vamos|hare|haremos|correre|saldre|saldremos|ire|"
    r"iremos|trotare|entrenare|intentare|nadare|descansare|pienso|planeo|planeaba|quiero (?:hacer|correr|salir|"
    r"meter|intentar|ir)|"
    r"quisiera|me gustaria|tengo pensado|manana|pasado manana|la proxima|el proximo|proxima semana|"
    r"semana que viene|el otro (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|luego (?:voy|salgo)|"
    # "vamos juntas a trotar", "va conmigo a correr"; "la otra semana" is next week in Ecuador
    r"(?:voy|vamos|va|van)\s+(?:\w+\s+){1,2}?a\s+(?:correr|trotar|hacer|salir|nadar|rodar|entrenar|meter|caminar)|"
    r"la otra semana|el otro mes|"
    # "el martes hago 10 km", "el sábado corro 15 con el club": a day with the present tense is the plan
    r"(?:el|este|this|on)\s+(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+(?:\w+\s+)?(?:hago|corro|salgo|"
    r"troto|meto|hacemos|corremos|salimos|toca|tengo)|"
    r"mas tarde|en la tarde (?:voy|salgo|hago)|esta tarde (?:voy|salgo|hago)|hoy salgo|salgo (?:a las|al|en la)|"
    # "ya salgo, 2 de calentamiento…": on the way out, the session still to run
    r"^(?:\W*\w+\W+)?(?:ya salgo|ya me voy|voy saliendo|saliendo a|ahorita salgo|heading out|off to (?:run|do)|"
    r"about to (?:head|run|start|go))|"
    r"gonna|going to|gna|will|i'll|ill be|plan(?:ning)? to|planning|tomorrow|tmrw|tmr|tmrrw|tonight|later today|"
    r"next (?:week|month|mon|tue|wed|thu|fri|sat|sun|\w+day)|this weekend|"
    r"want to (?:do|run|try)|wanna|hoping to|hope to|aiming to|thinking of|thinking about|^thinking|"
    r"^(?:estaba )?pensando|"
    # "Doing 6 easy today unless you say otherwise", "hoy es el test de 3k, q nervios": not yet done.
    r"unless you|a menos que|salvo que (?:me )?digas|nervios\w*|nervous|nervios[oa]|"
    r"(?:hoy|today|esta noche|tonight|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) "
    r"(?:es|is|tengo|have|i have|i got)\s+(?:el|la|mi|my|the|un|una|a)?\s*(?:test|carrera|prueba|race|"
    r"competencia|competition|time trial|parkrun|\d+\s*k\w*)|"
    r"^(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:i'?m |im )?(?:doing|heading out|going out|"
    r"off to do|about to|going for|off for|heading for|racing|running the)(?!\w)|"
    # "Jess and I are doing the Centennial Park 10K together on sunday": a race they are doing, ahead
    r"(?:we'?re|we are|are|i'?m|im|i am)\s+(?:doing|running|racing)\s+(?:the|a|an|my|our)\s+(?:\w+\s+){0,3}?"
    r"(?:\d+\s*k|half|marathon|race|parkrun|fun run|trail)(?:\s+\w+){0,3}?\s+(?:on|this|next)\s+"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"tengo q(?:ue)? (?:correr|hacer)(?! a )|have to run|must run|gotta run|"
    r"(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|manana|tomorrow|on (?:mon|tue|wed|thu|fri|sat|"
    r"sun)\w*) (?:es|is) (?:el|la|the|my|mi) \w+)(?!\w)")
# "my buddy ran 10k in 45", "mi esposa corrió la 5k", "she did 8": someone else's run, not the runner's.
# The people runners tell of: their family, friends and mates.
PERSON = (r"(?:herman[oa]|ñañ[oa]|nan[oa]|espos[oa]|marido|mujer|hij[oa]|niet[oa]|papa|mama|papi|mami|amig[oa]|"
          r"compañer[oa]|companer[oa]|pana|vecin[oa]|novi[oa]|prim[oa]|ti[oa]|brother|sister|wife|missus|husband|hubby|son|daughter|"
          r"dad|mom|mum|friend|buddy|mate|partner|boyfriend|girlfriend|neighbou?r|cousin|colleague|coworker|roommate|"
          r"kid|lad|boy|girl)")
_PERSON_NAMED = re.compile(rf"(?<!\w)(?:mi|my|his|her|our|su|the|la|el)\s+(?:\w+\s+)?{PERSON}(?:s|'s)?(?!\w)")


def names_someone_else(text: str) -> bool:
    """Another person is named ("mi esposo 35 min", "my lad"): what is told may be theirs."""
    folded = fold(text)
    return bool(_SOMEONE_ELSE.search(folded) or _PERSON_NAMED.search(folded))


_SOMEONE_ELSE = re.compile(
    r"(?<!\w)(?:(?:my|mi|mis|his|her|our|nuestr[oa]|su|la|el|the)\s+(?:\w+\s+)?(?:buddy|buddies|friend|friends|wife|"
    r"missus|misses|mrs|lad|lads|young lad|boy|boys|girl|girls|nephew|niece|fella|other half|"
    r"husband|hubby|partner|son|daughter|kid|kids|brother|sister|mom|mum|dad|mate|mates|coworker|colleague|"
    r"boyfriend|girlfriend|club|group|roommate|flatmate|housemate|teammate|neighbou?r|cousin|uncle|aunt|boss|"
    r"coach|reina|rey|gord[oa]|flac[oa]|mujer|marido|suegr[oa]|sobrin[oa]|ti[oa]|abuel[oa]|compadre|comadre|"
    r"gf|bf|bro|sis|wifey|ma|pa|bestie|bff|primo|prima|"
    r"amig[oa]s?|espos[oa]|herman[oa]s?|hij[oa]s?|pana|panas|nano|nana|novi[oa]|niet[oa]s?|grandson|granddaughter|"
    r"grandkids?|grandchild|nephews?|nieces?|"
    r"papa|mama|mami|papi|primo|prima|compa|compañer[oa]s?|companer[oa]s?|jefe|jefa|vecin[oa]|grupo|enamorad[oa])"
    r"(?:\s+(?:la|el)?\s*[a-z]+)?"       # "mi hija la yuli", "my roommate sarah"
    # ("bro i did 6…": "bro" is who the runner talks to)
    r"|^(?:gf|bf|bro|sis|wifey|hubby|wife|husband|mom|mum|dad|hermano|hermana|ñaño|ñaña|nano|nana)"
    r"(?!\W+(?:i|yo|me|we|im|i'm|i've|ive)\b)"
    # "Colleague of mine did the Dublin half in 1:38", "a friend of mine ran…"
    r"|(?:^|(?<!\w)a )(?:colleague|friend|mate|buddy|coworker|co-worker|pal) of (?:mine|ours)"
    r"|(?<!\w)(?:he|she|they)|(?<!\w)(?:el|ella|ellos))\s+(?:\(?[\w']+\)?,?\s+){0,2}?(?:ran|run|runs|did|does|"
    r"finished|raced|"
    r"is doing|is running|is racing|will run|wants to|va a correr|va a hacer|quiere correr|quiere hacer|"
    r"crushed|smashed|nailed|killed|training for|esta entrenando|entrena para|"
    r"won|clocked|completed|corrio|corrieron|hizo|hicieron|termino|terminaron|salio|salieron|gano|completo|"
    r"corre|corren|trota|trotan|entrena|entrenan|trains|camina|caminan|caminaron|nadaron|troto|trotaron|fue a correr|"
    r"fueron a correr|fue a trotar|"
    r"went for a run|went running|"
    r"clavo|metio|walked|swam|biked|rode|hiked|camino|nado|pedaleo)(?!\w)")
_OUTING_AT = re.compile(r"(?<!\w)(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|dice (?:q|que))\W+"
                        r"(?:\w+\W+){0,4}?(?:salimos|corremos|trotamos|vamos)(?: \w+)? "
                        r"(?:a las|al|en la|a correr|a trotar)")
_THEIR_NUMBERS = re.compile(r"(?<!\w)(?:el|ella|ellos|ellas|he|she|they)\s+(?:\w+\s+)?(?:hizo|hicieron|corrio|"
                            r"corrieron|metio|clavo|ran|did|clocked|finished|termino|corre|corren|hace|hacen|trota|"
                            r"runs|does)\s+(?:\w+\s+){0,2}?\d+(?:[.,]\d+)?\s*"
                            r"(?:k|km|kms|mi|miles?|millas?)?(?:\s+(?:en|in)\s+\d+(?::\d\d)?\s*(?:min\w*|h\w*)?)?")
# "esta mañana" / "en la mañana" / "this morning" is today, not tomorrow.
_THIS_MORNING = re.compile(r"(?:esta|en la|por la|de la|la|en|toda la) manana|this morning")
# "estoy pensando en cambiarme al 10k", "I'm thinking of doing Seoul instead", "considering the 50K": weighed, not
# decided (a plan said as a thought is still a plan: "pensando en salir a las 6" is future too).
_CONSIDERING = re.compile(r"(?<!\w)(?:(?:estoy|estaba|ando|sigo|he estado|estamos) pensando|pensaba en|"
                          r"i'?ve been thinking|i'?m thinking|im thinking|i am thinking|just thinking|been thinking|"
                          r"considering|toying with|"
                          r"estoy viendo (?:si|de)|tal vez me cambio|quizas me cambio|maybe i'?ll switch|"
                          # "…pero nose todavía", "not sure yet": undecided
                          r"nose todavia|no se todavia|todavia no se|aun no se|not sure yet|undecided|idk yet|"
                          r"(?:have ?n'?t|not) decided|no (?:he|e) decidido|no me decido|"
                          r"thinking (?:bout|about|abt|of) (?:switch\w*|chang\w*|doing|running|going|moving)|"
                          # "honestly thinking about the guayaquil marathon in october instead of the quito half"
                          r"thinking (?:bout|about|abt|of) (?:the |a |an |that )?(?:\w+ ){0,3}?(?:marathon|half|"
                          r"ultra|race|\d+k|\d+ ?km)|"
                          # ("nose si cambiarme a la 10k…" weighs a choice; "nose si es por la pista" only wonders why)
                          r"(?:nose|no se|no estoy segur[oa]) si (?:me )?(?:cambi\w*|hacer|correr|ir|inscrib\w*|"
                          r"apunt\w*|meter\w*|prepar\w*|pasar\w*)|(?:not sure|idk|dunno) (?:if|whether) (?:i|to) "
                          r"(?:should |will |wanna |want to )?(?:switch|change|do|run|sign|enter|go)|"
                          r"no estoy segur[oa]|me dicen q(?:ue)? hagamos|they want me to)(?!\w)")
_HYPOTHETICAL = re.compile(
    r"^(?:y\s+)?(?:si\s+(?:el|la|los|las|manana|llueve|hace|me|no|mi|tengo|salgo|corro|hago|voy|quiero|puedo|"
    r"hubiera|fuera|sigue|vuelve|es|esta|amanezco|tuviera|hay|hoy|ahora|en vez|subo|bajo|aumento|meto|llego|"
    r"entreno|descanso|sigo|empiezo|cambio|paso|hiciera|corriera|saliera|pudiera|metiera|hago|corro|"
    r"(?:\w+\s+){1,2}(?:hago|corro|salgo|meto|subo|hiciera|corriera|metiera|saliera|pudiera))|what if|"
    r"if\s|suppose|supongamos|en caso de|"
    r"imagina|let'?s say|say i|hypothetically)|(?<!\w)(?:what if|y si|que pasa si|que hago si|in case|if i|if we|"
    r"o sea si|osea si|"
    r"si llegara|would it|would i|hypothetically|si\s+(?:me\s+|yo\s+|te\s+)?\w{2,}(?:iera|ara)|"
    # "my colleague says I should do 10k every day", "mi primo dice que debo correr 10 diarios": advice quoted
    r"(?:says|said|told me|tells me|dice|dijo|me dijo|me dice|recommends|recomienda)\s+(?:that\s+|que\s+|q\s+)?"
    r"(?:i\s+|yo\s+|we\s+)?(?:should|must|need to|have to|debo|deberia|debemos|tengo que|tengo q|hay que))(?!\w)")
_NEGATED_FACT = re.compile(
    r"(?<!\w)(?:no (?:corri|sali|hice|pude|fui|entrene|alcance|trote|me duele|duele|me molesta|molesta|tengo dolor|"
    r"siento dolor|voy a poder)|ya no (?:me )?(?:duele|molesta)|nada de dolor|sin dolor|"
    r"(?:esta|estan|esta ya|ya esta|quedo|quedaron|se siente|se sienten|anda|andan) (?:bien|perfect\w*|ok|normal|"
    r"joya|chevere|bacan)|"
    r"didn'?t (?:run|go|make it|get out|manage)|did not (?:run|go)|couldn'?t (?:run|go|make it)|skipped|"
    # "no run today, teaching til 7", "nada de correr hoy", "not running today"
    r"no (?:run|running|training|workout)(?: today| hoy)?|not running|nada de (?:correr|trotar|entreno)|"
    r"no pain|doesn'?t hurt|don'?t hurt|didn'?t hurt|did not hurt|no (?:me )?dolio|ni (?:me )?dolio|"
    # "old hamstring behaved itself, no twinges", "la rodilla se portó bien", "didn't make a peep"
    r"no twinges?|not a twinge|behaved(?: itself| themselves)?|(?:didn'?t|did not) (?:make a peep|complain|"
    r"bother me|act up|flare up)|se porto bien|se portaron bien|ni (?:un )?pio|"
    r"not sore|no longer|(?:is|are|feels?|felt) (?:fine|good|great|ok|okay|"
    r"grand|100|perfect)|all good|no issues|"
    # "ni se siente", "ya ni me acuerdo que la tengo", "don't even notice it": an old ache that is gone.
    r"ni (?:se|lo|la|me lo|me la) (?:siente|siento|noto|nota|sintio|senti|note)|no se sintio|"
    r"ni me (?:molesta|duele|molesto|dolio)|"
    r"ya ni (?:me acuerdo|me duele|me molesta|la siento|"
    r"lo siento)|ni me acuerdo|(?:don'?t|do not|can'?t|cannot) even (?:notice|feel|remember)|"
    r"forgot (?:i (?:had|have) it|about it))(?!\w)")
_NOT_DONE = re.compile(r"(?<!\w)(?:no|didn'?t|did not|couldn'?t|never|nunca)\s+(?:pude\s+|alcance\s+a\s+)?"
                       r"(?:corri|sali|hice|entrene|trote|run|go|do|make|get)(?!\w)")
_COMPLAINT = re.compile(
    r"(?<!\w)(?:si (?:yo )?ya hago|si ya corro|si ya hice|"
    # "me parece excesivo", "way too much for me", "es demasiado largo"
    r"(?:me parece|parece|es|esta|suena)\s+(?:\w+\s+)?(?:excesiv\w*|exagerad\w*|demasiado)|too much|"
    r"demasiado (?:largo|fuerte|duro|pesado|mucho|rapido)|muy (?:largo|fuerte|duro|pesado)|"
    # "6x800 a 4:10 es full rápido pana", "those paces are way too fast": the plan's pace, said to be too much
    r"(?:es|son|esta|estan|is|are|seems?|looks?)\s+(?:full|muy|demasiado|bien|super|too|really|way too|so)\s+"
    r"(?:rapid[oa]s?|fast|quick|aggressive|agresiv[oa]s?)|"
    r"(?:es|esta|son|estan|queda|quedo|parece|me parece|plan|fondo|semana)\s+(?:\w+\s+)?muy (?:poco|suave|facil|corto)|"
    r"demasiado (?:poco|suave|"
    r"facil|corto)|tan (?:poco|suave|corto)|nada mas\?|no me sirve|no me gusta el plan|aburrido|"
    r"too (?:easy|soft|short|little)|way too|really\?|seriously|come on|that'?s it\?|only \d+(?:\.\d+)?\s*(?:k|km|mi)"
    r"\?|solo \d+(?:[.,]\d+)?\s*(?:k|km)\b.*\?|ridiculous|ridiculo|why only|why just|por ?que (?:solo|tan poco)|"
    r"when exactly am i|how am i supposed|when am i supposed|am i meant to|ni a palos|no llego a eso|"
    r"i already (?:run|do)|ya corro|yo ya corro|ya hago|"
    # "the plan says 18 mi today, thats not happening": the plan refused
    r"(?:that'?s|thats|it'?s|its|that is) not (?:happening|gonna happen|going to happen)|no way|ni loco|ni loca|"
    r"(?:eso|esto|that|this) ya no (?:sirve|va)|"
    r"ni de broma|ni en suenos|ni a cachos)(?!\w)"
    # an eye-roll alone is a complaint only with nothing else to act on ("🙄 desde ahora solo puedo lunes,
    # miércoles…" gives the days; "MILE TRIAL 5:38 😤" is a result)
    r"|^(?!.*(?:\d|lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)).*(?:😒|🙄|😤|🤨)")
_QUOTE = re.compile(
    r"(?<!\w)(?:toca|tocaba|tocaban|tocan|tocaria|me toca|me tocaba|plan(?: \w+){0,2} (?:dice|decia|tiene|tenia|"
    r"manda|mandaba|pone|ponia|queria)|plan(?: \w+){0,3} (?:says|said|say|has|had|shows|showed|showing|wants|wanted|"
    r"listed|gave|gives|put)|"
    r"me mandaste|me pusiste|me diste|me pone|me pones|me puso|me manda|me mandas|en el plan|del plan|"
    # "el plan me sigue poniendo 20 km el sábado": what the plan still gives
    r"(?:me |te )?sigue (?:poniendo|mandando|dando)|keeps (?:giving|putting|having) me|still (?:has|gives|puts) me|"
    r"plan (?:says|said|has|had)|the plan|you (?:gave|put|have)"
    r" me|scheduled|on the schedule|supposed to (?:do|run)|was meant to|planned)(?!\w)")
# The runner's record so far ("I only ran 7km max till now", "lo máximo q he corrido son 12", "so far my
# longest is 9 miles"): what they have done over time, told to set a question or a worry, not a run.
_HISTORY = re.compile(
    r"(?<!\w)(?:(?:max|maximo|most|longest|farthest|furthest|mas larg[oa]|mas lejos|lo mas)\W+(?:\w+\W+){0,4}?"
    # ("longest ever" alone is a run's milestone told with it: "did 6.5 km!!! 48 min 🎉 longest ever")
    r"(?:till now|until now|so far|yet|hasta ahora|hasta el momento|hasta hoy|he corrido|"
    r"i'?ve (?:ever )?"
    r"(?:run|ran|done)|i have (?:ever )?(?:run|done)|he hecho|he llegado)"
    r"|(?:so far|hasta ahora|till now|until now|hasta el momento)\W+(?:\w+\W+){0,3}?(?:longest|max|maximo|mas larg[oa]|"
    r"most|lo mas)"
    r"|lo maximo (?:q|que) (?:he|e) (?:corrido|hecho|llegado)|my longest(?: run)? (?:is|was|ever|so far|to date)"
    r"|mi (?:fondo|salida|distancia|carrera) mas larg[oa] (?:es|ha sido|fue|hasta)"
    r"|(?:never|nunca) (?:\w+ )?(?:run|ran|done|corrido|hecho) (?:more than|mas de|over)"
    # "Never done a 10k race before", "nunca he corrido una media": what they have not done yet
    r"|(?:never|nunca|first time|primera vez)\s+(?:\w+\s+)?(?:done|run|ran|raced|corrido|hecho)\s+"
    r"(?:a|an|the|un|una|el|la)\s+"
    r"(?:\w+\s+){0,2}?(?:race|carrera|\d+\s*k|media|half|marathon|maraton)"
    # "yo nunca he hecho series de 2 km", "never done 2k reps" (not "nunca había corrido tan rápido…": a run)
    r"|(?:never|nunca)\s+(?:\w+\s+)?(?:done|run|ran|raced|did|corrido|hecho|trotado)\s+"
    r"(?!(?:\w+\s+){0,3}?(?:tan|so|as|that|mas|faster|better|rapido|bien)(?!\w))"
    r"(?:(?:\w+\s+){0,2}?(?:series|reps|repeats|intervals|intervalos|tempo|fartlek|cuestas|hills|fondos?|"
    r"long runs?)|(?:\w+\s+){0,2}?\d))(?!\w)"
    # "el 10k lo corrí a 4:58 el km", "my half I ran at 5:10 pace": a race the coach knows of, told by its pace
    r"|(?:^|(?<=\W))(?:el|la|mi|my|the)\s+(?:\d+\s*k|\d+\s*km|media|medio|maraton|half|marathon|10 ?mil\w*)\s+"
    r"(?:(?:lo|la|i)\s+)?(?:corri|hice|termine|ran|did|raced)\s+(?:a|at|en)\s+\d{1,2}:\d\d\s*"
    r"(?:/\s*km|el km|por km|per km|/\s*mi|(?:min )?pace|ritmo|de ritmo|el kilometro)")
# "el Podocarpus 30K se suspende x los derrumbes": news of a race called off, not a run.
_CALLED_OFF = re.compile(r"(?<!\w)(?:se suspend\w*|suspendi\w*|suspendid[oa]|cancelad[oa]|cancelaron|se cancel\w*|"
                         r"se pospus\w*|se pospone|pospusieron|aplazad[oa]|aplazaron|cancel+ed|postponed|called off|"
                         r"got cancel+ed|was cancel+ed)(?!\w)")
# "practice got cancelled… so did it on the treadmill at home 33 min": called off, and done another way.
_DONE_INSTEAD = re.compile(r"(?<!\w)(?:so (?:i )?(?:did|ran|went)|did it (?:on|at|in|alone|solo)|"
                           r"ran (?:it )?(?:alone|solo|on my own|instead)|instead|asi que (?:lo )?(?:hice|corri|sali)|"
                           r"lo hice (?:en|solo|sola)|en vez|en cambio|igual (?:corri|sali|lo hice|hice))(?!\w)")
_DAY_WORD = (r"(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|mondays?|tuesdays?|wednesdays?|thursdays?|"
             r"fridays?|saturdays?|sundays?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)")
_AVAILABLE_DAYS = re.compile(rf"(?:^|\W)(?:solo |only |ahora |now )?(?:puedo|podria|i can|i could)\s+"
                             rf"(?:correr|entrenar|salir|run|train|do)\s+(?:(?:los|el|on|the)\s+)?{_DAY_WORD}"
                             rf"(?:\W+(?:y\s+|and\s+|e\s+)?{_DAY_WORD})+")
# "Recuérdeme cuánto hice en la media de noviembre", "remind me what my pb is": asking, however it starts.
_REMIND_ME = re.compile(r"(?<!\w)(?:recuerd[ae]me|recordame|me recuerdas|me recuerda|remind me|can you remind me)\s+"
                        r"(?:de\s+)?(?:cuanto|cuantos|que|q|cual|cuando|donde|como|mi|mis|what|how|when|which|where|my)"
                        r"(?!\w)")     # (not "recuérdame a las 6": a reminder asked for)
_CHOICE = re.compile(r"^\W*(?:(?:el|la|los|the|a|un|una)\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles|millas)?\s+"
                     r"(?:o|or|u)\s+(?:(?:el|la|los|the|a|un|una)\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles|millas)?\W*$")
_TODAY_WORD = re.compile(r"(?<!\w)(?:hoy|today|this morning|esta manana|ayer|yesterday|tonight)(?!\w)")
# "at home I'd do 5k in like 29 min", "normalmente hago 10 en 55": what the runner would or usually does.
_HABITUAL = re.compile(r"(?<!\w)(?:i'?d (?:do|run|go|be)|i would(?! like| love| prefer| rather)|usually|normally|"
                       # ("suelo correr 8": I usually; not "me fui al suelo": the ground)
                       r"typically|(?<!al )(?<!el )(?<!del )suelo(?=\s+\w+(?:ar|er|ir)(?!\w))|normalmente|"
                       r"generalmente|haria|solia|solía|used to)(?!\w)")
_A_SCORE_ONLY = re.compile(r"^\W*(?:(?:its|it's|it is|like|maybe|about|around|prob|probably|como|un|una|ya|now|ahora|"
                           r"hoy|today|mejor|better|a)\W+)*\d{1,2}(?:\s*/\s*10)?\W*(?:(?:now|ahora|maybe|creo|hoy|today|"
                           r"ish|or so)\W*)*$")
_YES_ONLY = re.compile(r"^(?:si|sí|yes|yep|yeah|ok|okay|dale|claro|listo|de una|simon|sure|correcto|exacto|👍|"
                       r"no|nope|nah)[\s!.👍🙏💪]*$")


_COUNTS_TAG = re.compile(r"[\s,.;:!\U0001F300-\U0001FAFF\u2600-\u27BF-]+(?:(?:y|and|but|pero|so)\s+)?"
                         r"(?:(?:does|do|will|would|should)\s+)?(?:eso|esto|that|this|it|lo)?\s*(?:cuenta|vale|counts?|"
                         r"cuenta como \w+|counts? as \w+)\s*$", re.IGNORECASE)


def clauses(text: str) -> list[Clause]:
    """The message's clauses, each with its act."""
    raw = text.strip()
    pieces = [p for p in _SPLIT.split(raw) if p and p.strip(" ,.¿?!¡")]
    out: list[Clause] = []
    for piece in pieces:
        # Was this piece followed by a "?" in the message? (the split dropped it)
        asked = _followed_by_question(raw, piece) or piece.lstrip().startswith("¿")
        subs = [piece]
        tag = _COUNTS_TAG.search(piece) if asked else None
        if tag and tag.start() > 0 and re.search(r"\d", piece[:tag.start()]):
            # "jugamos fútbol 1 hora 🙄 eso cuenta?", "40 mins digging… does that count?": told, then asked
            # (an emoji before the question stays with what was told)
            letter = re.search(r"[^\W\d_]", piece[tag.start():])
            cut = tag.start() + (letter.start() if letter else 0)
            subs = [piece[:cut], piece[cut:]]
        elif (and_i := _AND_I.search(piece)) is not None and names_someone_else(piece[:and_i.start()]):
            # "wife ran 6 miles tonight and i walked the dog 30 min": their run, then the runner's own walk
            subs = [piece[:and_i.start()], piece[and_i.start():]]
        elif asked and "," in piece:
            # "hoy 10k en 52 min, me molesta el talón, mañana descanso?": the question is the last part
            # (not "9,000 ft": a number's thousands).
            # (nor a list of days: "can we make it Tuesday, Thursday and Sunday instead?")
            subs = [p for p in re.split(rf",(?!\d{{3}}(?!\d))(?!\s*(?:y\s+|and\s+|&\s+)?{_DAY_WORD}(?!\w))", piece,
                                        flags=re.IGNORECASE) if p.strip()]
        for n, sub in enumerate(subs):
            folded = fold(sub).strip(" ,.¿¡!")
            # "q mas ñaño, hoy me fui…": Ecuador's "what's up" opens the message, it asks nothing.
            rest = _GREETING.sub("", folded, count=1)
            folded = rest if n == 0 and rest.strip() else folded
            sub_asked = asked and (n == len(subs) - 1 or bool(_QUESTION_START.search(folded)))
            # ("Hoy seis kilómetros, 38 minutos": numbers in words are a run's numbers too)
            out.append(Clause(folded, _act(folded, sub_asked, sub), _is_done(folded) or _is_done(_digits(folded))))
    if out and (_ANNOUNCED_QUESTION.search(out[0].text) or _ANNOUNCED_QUESTION.search(fold(raw))):
        # "Pregunta: los 1000 a 3:55 o a 4:00? … el viernes me salieron cómodos a 3:55": what the question
        # tells is its context; only a run told whole (distance and time) is still a run.
        # (an ache told in it stays told: "una consulta, hoy me molesta poquito la rodilla, como un 2. ¿es normal?")
        out = [attrs.evolve(c, act=Act.QUESTION) if c.act in (Act.FACT, Act.FUTURE) and not (
            c.done and (_TIMED.search(c.text) or _RUN_WITH_ITS_TIME.search(c.text))) and not _ache_stated(c.text)
            else c for c in out]
    if out and (_ANNOUNCED_COMPLAINT.search(out[0].text) or _ANNOUNCED_COMPLAINT.search(fold(raw))):
        out = [attrs.evolve(c, act=Act.COMPLAINT) if c.act in (Act.FACT, Act.QUOTE) else c for c in out]
    # "para el largo del sábado de 18 km, ¿qué ritmo debería ir?": the frame of the question that follows.
    out = [attrs.evolve(c, act=Act.QUESTION) if c.act is Act.FACT and not c.done and n + 1 < len(out)
           and out[n + 1].act is Act.QUESTION and _FRAME.match(c.text) else c for n, c in enumerate(out)]
    # "Race done!! 52:18 for the 10K, PB by 1 min": the result told right after "done" is done too.
    out = [attrs.evolve(c, done=True) if n > 0 and not c.done and c.act is Act.FACT and out[n - 1].done
           and out[n - 1].act is Act.FACT and re.search(r"\d{1,2}:\d\d", c.text) else c for n, c in enumerate(out)]
    # "race tmrw!! the turkey trot 5k", "mañana corro!!! 10k en Cuenca": what follows the plan without a day or
    # a done verb of its own names the race or run planned, not one run today.
    out = [attrs.evolve(c, act=Act.FUTURE) if c.act is Act.FACT and not c.done and n > 0
           and out[n - 1].act is Act.FUTURE and _OWN_DAY.search(out[n - 1].text) and not _OWN_DAY.search(c.text)
           and _A_RACE_NAMED.search(c.text) and not _PAST_TOLD.search(c.text) else c for n, c in enumerate(out)]
    # "my gf ran her first 10k today!! 58:40 so proud of her": the time told right after someone else's run,
    # with no verb or "I" of the runner's own, is theirs too.
    out = [attrs.evolve(c, act=Act.SOMEONE_ELSE) if c.act is Act.FACT and not c.done and n > 0
           and out[n - 1].act is Act.SOMEONE_ELSE and not _FIRST_PERSON.search(c.text)
           and not re.search(r"(?<!\w)(?:yo|i|me|my|mi|we|nosotros|im|i'm|i've)(?!\w)", c.text) else c
           for n, c in enumerate(out)]
    # "fondo de 18 hoy!! 1h46, el más largo q he hecho en mi vida": the run just told, a milestone, not history
    out = [attrs.evolve(c, act=Act.FACT) if n > 0 and c.act is Act.HISTORY and out[n - 1].act is Act.FACT
           and re.search(r"\d", out[n - 1].text) and _MILESTONE.search(c.text) else c for n, c in enumerate(out)]
    # "fine. 10 easy. sigh": giving in to the coach, then the amount they will run (no time, no past verb)
    out = [attrs.evolve(c, act=Act.FUTURE, done=False) if n > 0 and c.act is Act.FACT
           and _GIVING_IN.match(out[n - 1].text) and _AMOUNT_TO_RUN.match(c.text) else c for n, c in enumerate(out)]
    found = {c.act for c in out}
    if Act.COMPLAINT in found:
        # "y un fondo de 2.7 km si yo ya hago 6 😒": the numbers around a complaint are the plan's.
        out = [attrs.evolve(c, act=Act.COMPLAINT) if c.act is Act.FACT and not c.done else c for c in out]
    if Act.QUESTION in found:
        # "Crees que el domingo pueda hacer el fondo de 28 aunque sea suave?": a question's opening, cut off before
        # its last words, asks too.
        out = [attrs.evolve(c, act=Act.QUESTION) if c.act is Act.FACT and not c.done and n + 1 < len(out)
               and out[n + 1].act is Act.QUESTION and _QUESTION_START.search(c.text) else c
               for n, c in enumerate(out)]
        # "Does this change my goal? 3:05 still or go for sub 3": the alternatives are still the question.
        out = [attrs.evolve(c, act=Act.QUESTION) if c.act is Act.FACT and not c.done and _ALTERNATIVE.search(c.text)
               else c for c in out]
        # "el viernes puedo ir a correr normal? 5 km en la tarde cuando ya no hay sol": what follows a
        # question without a done verb or a past day only says more of what is asked.
        out = [attrs.evolve(c, act=Act.QUESTION) if c.act is Act.FACT and not c.done and n > 0
               and out[n - 1].act is Act.QUESTION and not _ache_stated(c.text) else c for n, c in enumerate(out)]
    return out


_FOR_TOMORROW = re.compile(r"(?<!\w)(?:(?:frescas?|frescos?|fresh|listo|lista|ready)\s+)?(?:para|pa|pal|"
                           r"for)\s+(?:el\s+)?"
                           r"(?:manana|tomorrow|tmrw)(?!\w)")
_MILESTONE = re.compile(r"(?<!\w)(?:(?:el|la|lo) mas (?:larg[oa]|lejos|rapid[oa])|longest|furthest|farthest|fastest)"
                        r"(?!\w)")
_GIVING_IN = re.compile(r"^\W*(?:fine|ok fine|okay fine|alright|alright then|ok then|fine then|ugh fine|bueno ya|"
                        r"ya pues|"
                        r"ya bueno|vale pues|ok pues|esta bien|ta bien|bueno pues|ni modo)\W*$")
_AMOUNT_TO_RUN = re.compile(r"^\W*\d+(?:[.,]\d+)?\s*(?:k|km|mi|miles?)?\s+(?:easy|suaves?|tranqui\w*|recovery)\W*$")


# "I'd be happy with 2:45 then, let's make that my goal": a wish made the goal, not what they would do
_MADE_THE_GOAL = re.compile(r"(?<!\w)(?:let'?s make (?:that|it|this)|make (?:that|it|this) (?:my|the) goal|"
                            r"set (?:that|it|this) as|hagamos(?:la|lo)? (?:mi )?meta|que sea (?:mi|la) meta)(?!\w)")
_A_RACE_NAMED = re.compile(r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?|millas?)(?!\w)|(?<!\w)(?:marat\w*|media|half|"
                           r"carrera|race|trot|fun run|ultra|trail)(?!\w)")
_PAST_TOLD = re.compile(r"(?<!\w)(?:was|were|had|did|fue|fueron|tuve|hice|estuvo|era|eran)(?!\w)")
_OWN_DAY = re.compile(rf"(?<!\w)(?:hoy|today|tonight|ayer|anteayer|anoche|yesterday|yday|manana|tomorrow|tmrw|"
                     rf"this morning|last night|{_DAY_WORD})(?!\w)")


# A run with its time ("10k en 52 min", "5 mi in 42:10") or its past day ("ayer 8 km") has been done.
_TIMED = re.compile(r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilometros?|mi|miles?|millas?)\b.{0,20}?(?:en|in|,|\s)\s*"
                    r"\d+(?::\d\d|\s*(?:min|minutos|minutes|h|horas?))")
_PAST_DAY = re.compile(r"(?<!\w)(?:ayer|anteayer|anoche|yesterday|last night|esta manana|this morning|"
                       r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|last (?:mon|tue|wed|"
                       r"thu|fri|"
                       r"sat|sun)\w*)(?!\w)")


# "hoy 7 km suaves", "today 5 mi easy": a run of today told as it is, once it is done.
_AMOUNT = r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilometros?|mi|miles?|millas?)(?!\w)"      # a distance run
_TODAY_AMOUNT = re.compile(rf"(?<!\w)(?:hoy|today|this morning|esta manana)(?!\w).{{0,30}}?{_AMOUNT}")
_RUN_AMOUNT = re.compile(_AMOUNT)


# "tonight 8k at macritchie 48:20": a run told with its time has been run, whatever day word is near.
_RUN_WITH_ITS_TIME = re.compile(r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?|millas?)(?!\w).{0,40}?"
                                r"(?:(?<![\d:])\d{1,2}:\d{2}(?!\s*(?:am|pm|/|min/|por km|per|a\.m|p\.m))"
                                # ("8k easy this morning 44 min, then 6k w the run club tonight 33 min")
                                r"|(?<![\d:.,])\d{1,3}\s*(?:min|mins|minutes|minutos)(?!\w)"
                                r"(?!\s*(?:/|por km|per|a la|el km)))")


# "3 easy before school", "and 4 more easy after practice", "8 suaves por el parque": a training log's line,
# the amount and how it was run, told once it is done.
_LOGGED_LINE = re.compile(r"^(?:shakeout|recovery|rec)\s+\d+(?:[.,]\d+)?\s*"
                          r"(?:k|km|kms|mi|miles?|millas?)(?!\w)|"      # "Shakeout 5k + 4 strides"
                          r"^(?:and\s+|y\s+|then\s+|luego\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?|millas?)?\s+"
                          r"(?:more\s+|mas\s+|otros?\s+)?(?:easy|ez|suaves?|recovery|shakeout|regenerativos?|rodaje|"
                          r"tranqui\w*)(?!\w)|"
                          # "6k am before school", "8 km this morning before work": a run of the morning, told after it
                          r"^\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?|millas?)\s+(?:am|this morning|esta manana|"
                          r"en la manana|"
                          r"temprano|early)\s+(?:before|antes)(?!\w)")


def _digits(folded: str) -> str:
    from application.understanding.numbers import words_to_numbers
    return fold(words_to_numbers(words_to_numbers(folded, "es"), "en"))


def _is_done(folded: str) -> bool:
    if _HABITUAL.search(folded) and not _DONE.search(folded):
        return False      # "at home I'd do 5k in like 29 min": what they would do, not what they did
    return bool(_DONE.search(folded) or _TIMED.search(folded) or _PAST_DAY.search(folded)
                or _TODAY_AMOUNT.search(folded) or _RUN_WITH_ITS_TIME.search(folded) or _LOGGED_LINE.search(folded))


def _followed_by_question(raw: str, piece: str) -> bool:
    at = raw.find(piece)
    if at < 0:
        return False
    rest = raw[at + len(piece):at + len(piece) + 3]
    return rest.lstrip().startswith("?")


_ALTERNATIVE = re.compile(r"(?<!\w)(?:or|o) (?:go|do|run|try|keep|stay|stick|should|hago|corro|mejor|voy|sigo|"
                          r"me quedo|intento|espero|wait|rest|descanso)(?!\w)|(?<!\w)(?:still|todavia|aun)$")
# A done verb that is about the run, not the day around it ("tuve reunión"): it makes a clause a fact
# even when it names tomorrow ("ayer hice 10, mañana descanso" is cut in two anyway).
_DONE_RUNNING = re.compile(
    r"(?<!\w)(?:hice|hicimos|corri|corrimos|sali|salimos|trote(?!\s+de\s)|trotamos|termine|terminamos|complete|acabe|rode|"
    r"pedalee|nade|camine|logre|meti|clave|ran|did|done|finished|completed|swam|rode|biked|cycled|hiked|walked|"
    r"jogged|raced|acabo de|just (?:did|ran|finished)|took (?:me )?(?:an?|\d+)|hammered|smashed it|nailed it|"
    r"me pegue|nos pegamos)(?!\w)|✅")


# A session of another sport done: "fui a mi clase de yoga", "took the dog for a walk", "nadé 30 min".
_OTHER_DONE = re.compile(
    r"(?<!\w)(?:fui|hice|nade|camine|pedalee|rode|monte|went|did|took|swam|walked|biked|cycled|hiked|"
    r"lifted)(?!\w)(?:\s+\w+){0,5}?\s+(?:yoga|pilates|gym|gimnasio|bici\w*|spinning|spin|natacion|piscina|pesas|"
    r"caminata|walk|swim|bike|ride|crossfit|clase|class|elliptical|eliptica|hike|caminar|nadar)(?!\w)"
    r"|(?<!\w)(?:nade|camine|pedalee|swam|walked|biked|cycled|hiked)(?!\w)")
_ACHE_WORD = re.compile(r"(?<!\w)(?:hurts|hurt|hurting|duele|duelen|dolor|pain|sore|aches?|achy|molesta|"
                        r"molestia)(?!\w)")
_DENIED_BEFORE = re.compile(r"(?:(?<!\w)(?:no|not|sin|ni|never|nunca|without|nada de|cero)|n'?t)\W+"
                            r"(?:\w+\W+){0,2}$")


def _ache_stated(folded: str) -> bool:
    return any(not _DENIED_BEFORE.search(folded[max(0, m.start() - 30):m.start()]) for m in _ACHE_WORD.finditer(folded))


# A run in the third person: "Carlos corrió la media en 2:05", "la yuli hizo 5 km" (the runner's own is
# "corrí", "hice"); and in English a name before the verb: "Gaz did 22:10", "Jayden ran 9:05".
# ("se me hizo eterno", "me ganó el sueño", "se me terminó el agua": a verb with the runner's own clitic
# says how it felt to them, not what someone else ran.)
_THIRD_PERSON_RUN = re.compile(r"(?<!\w)(?<!me )(?<!se )(?<!te )(?<!nos )(?:corrio|corrieron|hizo|hicieron|termino|"
                               r"terminaron|gano|ganaron|completo|clavo|metio)(?!\w)")
# The runner's own run beside someone else's: "hoy corrí 8k, mi amigo hizo 12", "we both ran 10k".
_FIRST_PERSON = re.compile(r"(?<!\w)(?:(?:i|yo|we|nosotros)\s+(?:also\s+|too\s+|tambien\s+|both\s+|just\s+|solo\s+|"
                           r"only\s+)?"
                           r"(?:ran|did|run|raced|finished|hice|corri|sali|termine|walked|swam|biked|rode|hiked|"
                           r"cycled|camine|nade|pedalee)|hice|corri|corrimos|sali|salimos|"
                           r"termine|terminamos|complete|gane|clave|meti|mi tiempo|my time|my run|mi entreno|"
                           r"con mi|with my)(?!\w)")
_NAMED_RUNNER = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!I\b)[A-Z][a-z]{1,15}\s+(?:ran|did|raced|clocked|finished|won|"
                           r"smashed|ran a|did a|wants to|is doing|is running|is racing|will run|walked|swam|biked|"
                           r"hiked)\b"
                           # "omg tom (bf) ran 10 miles today", "la vero (mi ñaña) corrió": who they are, in brackets
                           rf"|(?i:[a-z]{{2,15}}\s+\((?:my\s+|mi\s+)?(?:bf|gf|bff|bestie|bro|sis|wifey|hubby|ñañ[oa]|"
                           rf"{PERSON})\)\s+(?:ran|did|raced|clocked|finished|corrio|corrió|hizo|termino|terminó|troto|trotó)\b)"
                           # "jayden ran 9:05 for 3k": a name, lower case, opening the message
                           # "La Martita sí trotó los 5 km completos": a name with its article, Ecuador's way
                           r"|(?:^|(?<=\W))(?:[Ll]a|[Ee]l|[Mm]i)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+(?:si\s+|sí\s+|ya\s+|tambien\s+|también\s+)?"
                           r"(?:corrió|corrio|trotó|troto|hizo|terminó|termino|caminó|camino|nadó|nado|ganó|gano)\b"
                           r"|^(?!(?:i|we|just|also|then|finally|today|yesterday|and|so|ok|okay|easy|really|actually|"
                           r"literally|lol|haha|still|only|almost|nearly|barely|kinda|sorta|legs|me|my|this|that|"
                           r"tempo|long|run|hills|intervals|shakeout|recovery)\b)[a-z]{3,15}\s+(?:ran|raced|clocked)\b"
                           # "mate from work did parkrun", "jenna from the group ran 18": someone of a place or a group
                           r"|^(?:a |my |mi |un |una )?[a-z]{3,15}\s+(?:from|at|in|de|del)\s+(?:\w+\s+){1,3}?"
                           r"(?:ran|did|raced|clocked|finished|corrio|hizo|termino)\b"
                           # "Bob wants to do the 5K": a name opening the message
                           r"|^(?!(?:I|Today|Yesterday|Tonight|Tomorrow|This|That|It|Just|Easy|Long|Tempo|Sunday|Monday|"
                           r"Tuesday|Wednesday|Thursday|Friday|Saturday|Run|Ran|Did|Went|Legs|My|The|Also|So|Ok|Okay|"
                           r"Hills|Intervals|Shakeout|Recovery|Parkrun|Race|Finally|Then|And)\b)[A-Z][a-z]{1,15}\s+"
                           r"(?:wants to|is doing|is running|is racing|will run|ran|did|raced|clocked|walked|swam|rode|"
                           r"biked|"
                           r"hiked|cycled)\b")


_TOGETHER = re.compile(r"(?<!\w)(?:(?:and|y|&)\s+(?:i|yo|me)\s+(?:\w+\s+)?(?:ran|run|did|raced|corrimos|hicimos|fuimos|"
                       r"went|salimos|trotamos)|we|nosotros|juntos|juntas|together|both of us)(?!\w)")


# "y la media de enero alcanzo o ya fue 🥲", "do I still make it or not": asked without a "?"
_OR_NOT = re.compile(r"\s+(?:o|or)\s+(?:ya fue|ya no|no|not|que|q|what)\W*$")


def _act(folded: str, asked: bool, raw: str = "") -> Act:
    if _YES_ONLY.match(folded) or _A_SCORE_ONLY.match(folded):
        return Act.ANSWER            # "its like a 3 now??": a pain score, however unsure, answers
    if (_THIRD_PERSON_RUN.search(folded) or (raw and _NAMED_RUNNER.search(raw))) \
            and not _FIRST_PERSON.search(folded):
        return Act.SOMEONE_ELSE
    if _SOMEONE_ELSE.search(folded) and not _FIRST_PERSON.search(_SOMEONE_ELSE.sub(" ", folded)) \
            and not _TOGETHER.search(folded):
        return Act.SOMEONE_ELSE
    theirs = _THEIR_NUMBERS.search(folded)
    rest = folded[:theirs.start()] + " " + folded[theirs.end():] if theirs else ""
    if theirs and not _RUN_AMOUNT.search(rest) and not re.search(r"(?<!\w)(?:yo|i)\s+(?:\w+\s+){0,2}?\d", rest):
        # "hoy salí con mi compadre Ramón, él hizo 10 km en 52 min": the runner went out, the numbers are his.
        return Act.SOMEONE_ELSE
    if _COMPLAINT.search(folded):
        return Act.COMPLAINT
    milestone = bool(_MILESTONE.search(folded)) and bool(_TIMED.search(folded) or _RUN_WITH_ITS_TIME.search(folded))
    if (_HISTORY.search(folded) and not milestone or _HABITUAL.search(folded) and not _MADE_THE_GOAL.search(folded)) \
            and not _TODAY_WORD.search(folded) or _CALLED_OFF.search(folded) and not _DONE_INSTEAD.search(folded):
        # ("fondo de 20 km, 1h52, el más largo hasta ahora": the run told with its milestone is no history)
        return Act.HISTORY
    if _HYPOTHETICAL.search(folded) or _CONSIDERING.search(folded):
        return Act.HYPOTHETICAL
    if not asked and _AVAILABLE_DAYS.search(folded):
        return Act.FACT              # "puedo correr martes jueves y sabado": the days they can, told
    if _CHOICE.match(folded) or _REMIND_ME.search(folded) or _OR_NOT.search(folded):
        return Act.QUESTION          # "10k o 5k": two distances to choose from, no run; "recuérdeme…"
    if asked or _QUESTION_START.search(folded) or _TAG_QUESTION.search(folded) or _EMBEDDED_QUESTION.search(folded):
        return Act.QUESTION
    # ("6k suaves + 4 aceleraciones, piernas frescas para mañana": tomorrow is what the run was for)
    future = _FUTURE.search(_FOR_TOMORROW.sub(" ", _THIS_MORNING.sub("hoy", folded)))
    if future and future.group() in ("tonight", "esta noche") and _PAST_TOLD.search(folded) \
            and not re.search(r"(?:tonight|esta noche)\s+(?:at|a las)|last week|la semana pasada", folded):
        future = None     # "yoga class tonight, 1hr, hot yoga which maybe was a mistake": told after it
    if _OUTING_AT.search(folded) and not _PAST_DAY.search(folded) and not _TIMED.search(folded) \
            and not _DONE_RUNNING.search(re.sub(r"(?<!\w)salimos(?!\w)", " ", folded)):
        # "mi esposo dice q el lunes salimos juntos a las 6": "salimos" at an hour, with no past day, is
        # the plan (the same word as "we went out")
        return Act.FUTURE
    if future and not _DONE_RUNNING.search(folded) and (not _RUN_WITH_ITS_TIME.search(folded)
                                                         or _HABITUAL.search(folded)):
        return Act.FUTURE
    if _QUOTE.search(folded) and not _DONE_RUNNING.search(folded) and not (
            _TODAY_AMOUNT.search(_digits(folded)) and not re.search(r"(?<!\w)(?:me )?toca\w*", folded)):
        # ("Hoy ocho kilómetros con cambios de ritmo… como me puso": today's amount, done as the plan said)
        # "your plan had me at 10 miles Saturday, was really looking forward to that one": a "was" about
        # the plan is not a run done.
        return Act.QUOTE
    if _NOT_DONE.search(folded) and _OTHER_DONE.search(folded):
        return Act.FACT     # "hoy no corrí, fui a mi clase de yoga una hora": the other session was done
    if _NEGATED_FACT.search(folded) and not (_DONE_RUNNING.search(folded) and not _NOT_DONE.search(folded)):
        # "my shin hurts a bit, 3/10, no swelling and walking is fine": the signs denied, the ache stated;
        # "hoy 7 km suaves, la pantorrilla ni se siente": a run, and an ache denied.
        if _ache_stated(_NEGATED_FACT.sub(" ", folded)) or (
                _RUN_AMOUNT.search(folded) and not _NOT_DONE.search(folded)) or _OTHER_DONE.search(folded) \
                or _LOGGED_LINE.search(folded):      # ("4 easy at 5:30am, cool-ish, felt fine")
            # "fui a la natación 40 min, no me dolió nada": the session was done, the ache denied
            return Act.FACT
        return Act.NEGATION
    return Act.FACT


def acts(text: str) -> set[Act]:
    return {c.act for c in clauses(text)}


def writable_parts(text: str) -> list[Clause]:
    """The clauses that may change stored data (facts and answers)."""
    return [c for c in clauses(text) if c.act.may_write]
