"""The offline coach: answers from the runner's data with rules, no model and no network.

It is the default when no LLM is configured, and the fallback when the LLM provider fails. It
understands a message (application.understanding), acts through the same tools as the LLM coach
(application.tools), and words the result from the message catalogue. When it is not sure what was
meant it asks, with up to three buttons of its best guesses; a run that looks wrong is stored only
once the runner confirms it.
"""
from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

import attrs

from application.coach.coach_reply import CoachReply
from application.coach.context import CoachContext
from application.coach.offline import days, injuries, profile, runs, safety, talk
from application.coach.offline.turn import Turn
from application.messages import say, template
from application.ports import Button
from application.tools import policy
from application.tools.registry import ToolRegistry
from application.tools.toolbox import CoachTools
from application.understanding import speech_act
from application.understanding.body import bare_pain_score, body_parts_in, mentions_pain, pain_score_in, read_triage
from application.understanding.corrections import parse_correction, retracts_a_day, retracts_last_run
from application.understanding.cross_training import instead_of_running, parse_cross_training
from application.understanding.dates import SHORT_DAY_NAMES, WEEKDAY_RE, weekday_asked
from application.understanding.intents import Understand, Understanding
from application.understanding.language import detect_language
from application.understanding.numbers import words_to_numbers
from application.understanding.pace_asked import asked_pace
from application.understanding.race import (
    RaceInfo,
    asks_about_season,
    asks_to_set_goal,
    changes_goal_race,
    goal_time_in,
    parse_race,
    race_asked_in,
    time_weighed,
    weighs_a_new_goal,
)
from application.understanding.run_report import parse_run_report, parse_runs
from application.understanding.schedule import day_added, only_busy_days, parse_schedule
from application.understanding.speech_act import Act
from application.understanding.text import fold, has_any, words_of
from domain.conversation import Intent, Role
from domain.injury import Injury
from domain.run import Run
from domain.runner import Units

log = logging.getLogger(__name__)

Handler = Callable[[Turn], CoachReply]
HANDLERS: dict[Intent, Handler] = {
    Intent.LOG_RUN: runs.log_runs,
    Intent.LOG_CROSS_TRAINING: runs.log_cross_training,
    Intent.CORRECT_RUN: runs.correct_run,
    Intent.DELETE_RUN: runs.delete_run,
    Intent.MISSED_SESSION: days.missed_session,
    Intent.SHOULD_I_RUN: days.should_i_run,
    Intent.SESSION_QUERY: days.session_query,
    Intent.PLAN_REQUEST: days.plan,
    Intent.PROGRESS: days.progress,
    Intent.PACE_QUESTION: days.fitness,
    Intent.SET_RACE: profile.set_race,
    Intent.SET_SCHEDULE: profile.set_schedule,
    Intent.SET_UNITS: profile.set_units,
    Intent.PROFILE_UPDATE: profile.update_profile,
    Intent.RUNNING_QUESTION: talk.running_question,
    Intent.INJURY_REPORT: injuries.report,
    Intent.INJURY_UPDATE: injuries.update,
    Intent.MEMORY_QUESTION: talk.memory,
    Intent.GREETING: talk.greeting,
    Intent.SMALL_TALK: talk.thanks,
    Intent.HELP: talk.help,
    Intent.OUT_OF_SCOPE: talk.out_of_scope,
}

# Questions and reports that may come with a run done ("…y mañana qué toca?"): the run is logged too.
_ALSO_A_RUN_REPORT = (Intent.SHOULD_I_RUN, Intent.SESSION_QUERY, Intent.PROGRESS, Intent.PACE_QUESTION,
                      Intent.RUNNING_QUESTION, Intent.INJURY_REPORT, Intent.MISSED_SESSION, Intent.SMALL_TALK,
                      Intent.GREETING, Intent.PLAN_REQUEST)
# ...where the run's reply says it all (its ache noted; a run done is not a session missed; hello/thanks; "does
# that mess up the plan?": the run logged is read against the plan, not the plan shown again).
_ONLY_THE_RUN = (Intent.INJURY_REPORT, Intent.MISSED_SESSION, Intent.SMALL_TALK, Intent.GREETING, Intent.PLAN_REQUEST)

# The intents that write, and the tool each writes through (the policy's rule is the tool's).
_WRITE_TOOLS = {Intent.LOG_RUN: "log_run", Intent.LOG_CROSS_TRAINING: "log_cross_training", Intent.SET_RACE: "set_race",
                Intent.SET_SCHEDULE: "set_schedule", Intent.INJURY_REPORT: "record_injury",
                Intent.CORRECT_RUN: "correct_run", Intent.DELETE_RUN: "delete_run",
                Intent.PROFILE_UPDATE: "update_profile", Intent.MISSED_SESSION: "record_missed_session"}
_NOT_AN_ANSWER = (Intent.GREETING, Intent.SMALL_TALK, Intent.CLARIFY, Intent.UNKNOWN, Intent.HELP, Intent.OUT_OF_SCOPE,
                  Intent.INJURY_UPDATE, Intent.SET_UNITS)
_SHRUG = re.compile(r"^\W*(?:nose|no se|ni idea|me da igual|da igual|cualquiera|lo que sea|como sea|whatever|idk|"
                    r"dunno|i dunno|no idea|don'?t care|dont care)(?!\w)")
# "what was my goal time again?", "¿cuál era mi tiempo objetivo?", "did i tell u my race goal?"
# (Not a bare "was"/"era": "my heart rate was 175 the whole time, is that bad?" asks nothing of the profile.)
_RECALL = ("era mi", "era la", "era el", "what was", "when was", "which was", "how long was", "how far was", "again",
           "te dije", "te habia dicho", "le dije", "le habia dicho", "did i mention",
           "had i told", "te conte", "did i tell", "did i say", "remind", "recuerdas", "te acuerdas",
           "remember", "cual es mi", "what's my", "whats my", "what is my", "cuanto era", "como era", "cual era",
           "que era", "mi meta", "my goal", "llevo", "have i done", "i've done", "ive done", "how many km",
           "how many miles", "cuantos km", "cuantos kilometros", "my pb", "mi pb", "my pr", "mi marca",
           "que lesiones", "lesiones tengo", "mis lesiones", "que molestias tengo", "tengo alguna lesion",
           "what injuries", "my injuries", "injuries do i have", "any injuries on", "cuales son mis dias",
           "que dias entreno", "what days do i", "which days do i")
# Guesses an ache named plainly overrides (an injury report or update is what the words say).
_BODY_MAY_OVERRIDE = (Intent.INJURY_REPORT, Intent.INJURY_UPDATE, Intent.SMALL_TALK, Intent.RUNNING_QUESTION,
                      Intent.OUT_OF_SCOPE, Intent.PROFILE_UPDATE, Intent.CORRECT_RUN, Intent.UNKNOWN, Intent.CLARIFY,
                      Intent.SET_UNITS, Intent.GREETING, Intent.HELP, Intent.MEMORY_QUESTION, Intent.MISSED_SESSION,
                      Intent.SESSION_QUERY, Intent.SHOULD_I_RUN)
_MOVE_WORDS = ("mover", "muevo", "pasar", "paso", "cambiar", "cambio", "move", "swap", "switch", "instead", "en vez",
               "skip", "saltar", "salto")
_YES = ("si", "sí", "yes", "yep", "dale", "ok", "okay", "claro", "correcto", "confirmo", "guardalo", "save it",
        "de una", "simon", "sure", "exacto", "eso")
_NO = ("no", "nope", "cancela", "cancelar", "cancel", "olvidalo", "forget it", "dejalo", "nada")
# A bare yes or no to the coach's offer to build a plan ("¿Lo creamos?" — "dale, de una"): every
# word of the answer must be one of these, so that "ya corrí 5k" stays a run report.
_YES_WORDS = frozenset("""si yes yep yeah dale ok okay okey oki claro va vale bueno ya listo sure simon de una
    hagamoslo armalo armamelo crealo hazlo porfa por favor please go ahead lets let's do it sounds good of course
    perfecto genial chevere bacan coach entonces pues nomas gracias thanks 👍 💪 🙌 🔥 😀 🙂
    pls plz plis porfis porfavor yup yas yess yesss sii siii sip obvio obvi absolutely definitely go vamos
    hagale arma armame crea creame build make it me my mi el the a one uno plan plancito""".split())
_NO_WORDS = frozenset("""no nope todavia aun not yet now later ahora mas tarde luego despues gracias thanks
    thank you por el momento coach nah""".split())
# "¡gracias! 🙌" alone thanks the coach; it does not accept the offer.
_NOT_A_YES_ALONE = frozenset({"gracias", "thanks", "coach", "pues", "entonces", "nomas", "🙌", "💪", "🔥", "😀", "🙂"})
_NEGATIONS = frozenset({"no", "nope", "nah", "not", "later", "luego", "despues"})
# The coach's questions that offer to build a plan, by catalogue key: the runner may answer with a
# bare yes or no instead of pressing the button.
_PLAN_OFFERS = ("first_plan_offer", "plan_none", "plan_ended", "missed_no_plan")


_STRAVA_CONNECT = re.compile(r"\b(conect\w*|connect\w*|vincul\w*|enlaz\w*|link\w*|sincroniz\w*|sync\w*|"
                             r"integr\w*|junt\w*|un[ei]r?)\b")
_STRAVA_DISCONNECT = re.compile(r"\b(desconect\w*|disconnect\w*|desvincul\w*|unlink\w*|quit\w*|elimin\w*)\b")


def strava_request(text: str) -> str | None:
    """"conectar strava", "quiero vincular mi strava", "connect strava" → "connect"; "desconecta
    strava" → "disconnect"; a run report that only mentions Strava ("ya lo subí a strava") → None."""
    folded = fold(text)
    if "strava" not in folded:
        return None
    if _STRAVA_DISCONNECT.search(folded):
        return "disconnect"
    if re.search(r"\d", folded) and not _STRAVA_WANTED.search(folded):
        return None        # "strava finally synced and it says 15.6 not 16": a run's numbers, not a request
    return "connect" if _STRAVA_CONNECT.search(folded) else None


_STRAVA_WANTED = re.compile(r"(?<!\w)(?:quiero|quisiera|puedes|podrias|como (?:conecto|vinculo)|want|can (?:you|i|u)|"
                            r"how do i|please|pls|porfa|conecta|vincula|connect my|link my)(?!\w)")


class OfflineCoach:
    def __init__(self, tools: CoachTools, registry: ToolRegistry | None = None, understand: Understand | None = None):
        self._tools = tools
        self._registry = registry or ToolRegistry(tools)
        self._understand = understand or Understand(None)

    def understand(self, text: str, ctx: CoachContext) -> Understanding:
        return self._understand(text, ctx.today)

    def safety_check(self, ctx: CoachContext, text: str) -> safety.SafetyCheck:
        """The medical triage every message passes before any intent is acted on (both coaches)."""
        try:
            return safety.check(Turn(ctx, text, self._registry, self._tools))
        except Exception:
            log.exception("safety check failed", extra={"runner_id": ctx.runner.id})
            return safety.SafetyCheck()

    def red_flag_in_onboarding(self, ctx: CoachContext, text: str) -> str | None:
        """An answer inside onboarding with a red flag: stored severe, and the warning to say first."""
        turn = Turn(ctx, text, self._registry, self._tools)
        flag = safety.read_red_flag(text, safety.open_parts(turn))
        if flag is None:
            return None
        part = safety.record(turn, flag)
        return safety.warning(turn.lang, flag, part, ctx.runner.display_name)

    def answer(self, ctx: CoachContext, text: str, already_logged: Run | None = None) -> CoachReply:
        checked = self.safety_check(ctx, text)
        if checked.reply is not None:
            return checked.reply
        reply = self._answer(ctx, text, already_logged)
        return with_reminder(reply, checked.reminder)

    def _answer(self, ctx: CoachContext, text: str, already_logged: Run | None = None) -> CoachReply:
        turn = Turn(ctx, text, self._registry, self._tools)
        pending = self._answer_to_question(turn)
        if pending is not None:
            return pending
        if self._takes_back_the_run_just_logged(ctx, text):
            return self._take_back_and_log_own(turn)
        gone = injuries.sign_gone(turn)
        if gone is not None:
            return gone             # "Numbness finally gone this afternoon 🙌"
        if retracts_a_day(text):
            return self.handle(turn, Intent.DELETE_RUN)     # "ignora lo del domingo, ese fue el 10k de mi amiga"
        strava = strava_request(text)
        if strava is not None:
            return talk.strava(turn, disconnect=strava == "disconnect")
        understood = self._understand(text, ctx.today)
        calendar = weekday_asked(text, ctx.today)
        if calendar is not None and not runs.reports_a_run(turn):
            return talk.weekday_of(turn, *calendar)     # "5th March is sunday right?"
        if ctx.runner.race_date is not None and _GOAL_TIME_CHANGED.search(fold(text)) \
                and goal_time_in(fold(text), ctx.runner.goal_race) is not None \
                and policy.judge("set_race", text).decision is policy.Decision.WRITE:
            return self.handle(turn, Intent.SET_RACE)    # "changing my half goal to 1:40. 1:45 feels soft now"
        if Act.QUESTION in speech_act.acts(text) and _RACE_PACE_ASKED.search(fold(text)) \
                and race_asked_in(fold(text)) is not None and not runs.reports_a_run(turn):
            return self.handle(turn, Intent.PACE_QUESTION)   # "mañana es el 5K… a q ritmo salgo? 4:10 está bn?"
        if time_weighed(text, ctx.runner.goal_race) is not None:
            if ctx.runner.race_date is not None and _GOAL_TIME_STATED.search(fold(text)) \
                    and policy.judge("set_race", text).decision is policy.Decision.WRITE:
                # "target is under 35 min. possible??": the goal time told is kept, then weighed
                kept = self.handle(turn, Intent.SET_RACE)
                judged = self.handle(turn, Intent.PACE_QUESTION)
                return turn.reply(kept.text + "\n\n" + judged.text, Intent.SET_RACE)
            return self.handle(turn, Intent.PACE_QUESTION)    # "¿1:50 en la media es realista o me quedo corto?"
        ache_and_session = _asks_about_an_ache_and_a_session(ctx, text)
        if ache_and_session is not None:
            return injuries.sessions_with_the_ache(turn, ache_and_session)
        if self._answers_injury_questions(ctx, text, understood) or _rescores_an_open_ache(ctx, text) \
                and not runs.reports_a_run(turn):     # ("ankle's better, 1/10, did 7 easy": the run is logged too)
            turn.answers = "update_injury"
            return self.handle(turn, Intent.INJURY_UPDATE)
        if _scores_the_open_ache_and_asks(ctx, text) and not runs.reports_a_run(turn):
            # "Camino mejor hoy, un 3 de dolor. Crees que el domingo pueda hacer el fondo…?": the score, then the answer
            return self._body_and_question(turn, Intent.INJURY_UPDATE, speech_act.clauses(text))
        details = self._answers_run_details_question(turn, understood) or self._times_the_run_just_logged(turn)
        if details is not None:
            return details
        if _PUT_RIGHT.search(fold(text)) and parse_correction(text, ctx.today, turn.units) is not None:
            return self.handle(turn, Intent.CORRECT_RUN)   # "Ojo corrijo: el tiempo oficial del 10K salió 38:47"
        if understood.intent is Intent.LOG_RUN and _after_a_run_logged(ctx) and not runs.reports_a_run(turn) \
                and parse_correction(text, ctx.today, turn.units) is not None:
            return self.handle(turn, Intent.CORRECT_RUN)   # "bueno en vdd fueron 4.8 según el reloj jaja"
        weighed_goal = self._weighs_a_new_goal(turn)
        if weighed_goal is not None:
            return profile.offer_goal_change(turn, weighed_goal)
        if weighs_a_new_goal(text) and Act.HYPOTHETICAL in speech_act.acts(text) and runs.reports_a_run(turn):
            # "el sábado fui a correr, como 12 km en 1h40… y estoy pensando en cambiarme al trail de 30K": the run
            # logged, then the race weighed offered
            race = profile.weighed_goal(turn, text)
            if race is not None:
                if any(r.duration_s == race.goal_time_s for r in parse_runs(text, ctx.today, turn.units)):
                    race = attrs.evolve(race, goal_time_s=None)       # (the run's own time, not a goal)
                logged = self._run_and_more(turn, Intent.SMALL_TALK)
                offer = profile.offer_goal_change(self._build_turn_after_logging(turn), race)
                return turn.reply(logged.text + "\n\n" + offer.text, Intent.LOG_RUN, buttons=offer.buttons)
        place = profile.race_place_won(turn) if not asks_to_set_goal(text) and not policy.says_goal_change(text) \
            else None
        if place is not None:
            return profile.offer_goal_change(turn, place, news=True)    # "I got a charity place for London!!!"
        if asks_to_set_goal(text) and profile.weighed_goal(turn, text) is not None:
            return self.handle(turn, Intent.SET_RACE)      # "shamrock shuffle 8k march 21. can u set that as my goal?"
        if Act.QUESTION in speech_act.acts(text) and _MOVES_A_SESSION.search(fold(text)) \
                and not runs.reports_a_run(turn) and not _FOR_GOOD_NOW.search(fold(text)):
            # "el domingo no puedo hacer el fondo, tengo matrimonio, lo paso al sábado?": yes, with the one rule
            return turn.reply(turn.say("ack_session_move"), Intent.SESSION_QUERY)
        if speech_act.acts(text) & {Act.QUESTION, Act.HYPOTHETICAL} and not runs.reports_a_run(turn):
            weighed = days.distance_on_a_day(turn)
            if weighed is not None:
                return weighed
        if day_added(text) is not None and ctx.runner.run_days and _right_after(ctx, Intent.SET_SCHEDULE):
            turn.answers = "set_schedule"     # "ah y el sábado tmb sí puedo": one more day on the week just set
            return self.handle(turn, Intent.SET_SCHEDULE)
        if self._answers_race_date_question(ctx, text):
            turn.answers = "set_race"
            return self.handle(turn, Intent.SET_RACE)
        if understood.intent is Intent.LOG_RUN and already_logged is not None:
            # The LLM stored this run before it failed: say so, don't store it twice.
            return runs.already_logged(turn, already_logged)
        if _SHRUG.match(fold(text)) and not re.search(r"\d", text):
            # "nose, me da igual bro", "idk whatever": nothing to act on, nothing to ask back.
            return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)
        if changes_goal_race(text) or profile.drops_goal_time(turn):
            return self.handle(turn, Intent.SET_RACE)     # a new goal distance (issue 21), or no goal time
        if asks_about_season(text) and not runs.reports_a_run(turn):
            return days.season(turn)       # the season at a glance, the goal's fitness (issue 21)
        if only_busy_days(text) and not speech_act.acts(text) & {Act.QUESTION, Act.HYPOTHETICAL}:
            return turn.reply(turn.say("schedule_busy_ask"), Intent.SET_SCHEDULE)   # the days taken, not given
        if talk.asks_if_in_time(text) and not runs.reports_a_run(turn) and (
                Act.QUESTION in speech_act.acts(text) or re.search(r"(?<!\w)(?:si|if)\s", fold(text))):
            # "Si me dan el visto bueno el lunes, alcanzo todavía?": the weeks left (and the season's view)
            return talk.in_time_while_injured(turn) or days.season(turn)
        felt = talk.letdown(turn) or talk.placed(turn) \
            if not runs.reports_a_run(turn) and injuries.about_the_body(turn) is None else None
        if felt is not None:
            return felt         # "Que pena porque iba bien para los 15K"
        if talk.speaks_of_nerves(text) and not runs.reports_a_run(turn) and injuries.about_the_body(turn) is None \
                and ("?" not in text or not speech_act.acts(text) & {Act.QUESTION}) \
                and not policy.says_goal_change(text):
            # "honestly the marathon scares me", "q nervios la 15k nose si llego" (a doubt told, not asked): heard
            return talk.race_nerves(turn)
        if _NOT_GOING_OUT.search(fold(text)) and not runs.reports_a_run(turn) \
                and parse_cross_training(text, ctx.today) is None and injuries.about_the_body(turn) is None:
            return turn.reply(turn.say("ack_skipping_today"), Intent.MISSED_SESSION)   # "achachay, no voy a salir hoy"
        if understood.intent is Intent.OUT_OF_SCOPE and speech_act.acts(text) == {Act.FUTURE}:
            return turn.reply(turn.say("ack_future_plan"), Intent.SMALL_TALK)    # "ya salgo a la carolina"
        read = self._read_by_slots(turn, understood)
        if read is not None:
            return read
        not_a_fact = self._not_a_fact(turn, understood)
        if not_a_fact is not None:
            return not_a_fact
        if not understood.confident:
            return self._clarify(turn, understood)
        if understood.intent in _ALSO_A_RUN_REPORT and runs.reports_a_run(turn) and (
                understood.intent is not Intent.PLAN_REQUEST
                or any(c.done and c.act.may_write for c in speech_act.clauses(text))):
            # (a plan question with a race in it — "can I race it or does it mess up the plan?" — logs nothing)
            return self._run_and_more(turn, understood.intent)
        return self.handle(turn, understood.intent)

    def _read_by_slots(self, turn: Turn, understood: Understanding) -> CoachReply | None:
        """What the runner's words say plainly, before the classifier's guess: a memory question about
        their profile, an ache named (or said to be gone), a run told with a verb of something done."""
        parts = speech_act.clauses(turn.text)
        found = {c.act for c in parts}
        folded = fold(turn.text)
        finish = runs.race_day_finish(turn)
        if finish is not None:
            return finish
        if Act.QUESTION in found and has_any(folded, _RECALL) and talk.profile_facts(turn):
            return self.handle(turn, Intent.MEMORY_QUESTION)
        if turn.runner.race_date is not None and _GOAL_WORD.search(folded) \
                and goal_time_in(folded, turn.runner.goal_race) is not None \
                and (not any(c.done and c.act.may_write for c in parts) or asks_to_set_goal(turn.text)) \
                and understood.intent is not Intent.SET_RACE and not runs.reports_a_run(turn) \
                and policy.judge("set_race", turn.text).decision is policy.Decision.WRITE:
            return self.handle(turn, Intent.SET_RACE)      # "Meta para esa: 4h15": the goal time of the race
        days_named = parse_schedule(turn.text)
        if days_named is not None and days_named.run_days and len(days_named.run_days) >= 2 \
                and understood.intent is not Intent.SET_SCHEDULE and not _RUN_NUMBER.search(folded) \
                and policy.judge("set_schedule", turn.text).decision is policy.Decision.WRITE:
            # "ahora solo puedo entrenar lunes, miércoles, viernes y domingo", "can we switch my days to mon wed
            # sat?": the runner's week, whatever else the words could be taken for.
            return self.handle(turn, Intent.SET_SCHEDULE)
        if understood.intent is Intent.LOG_RUN and not _RUN_NUMBER.search(folded) \
                and not any(r.distance_km and not r.planned for r in parse_runs(turn.text, turn.today, turn.units)):
            # "my knee is a tiny bit achy, 2/10, not during the run, just after": about the body, not a run.
            body = injuries.about_the_body(turn)
            if body is Intent.INJURY_REPORT or body is Intent.INJURY_UPDATE:
                return self.handle(turn, body)
        if understood.confident and understood.intent not in _BODY_MAY_OVERRIDE:
            return None
        if runs.reports_a_run(turn) and (any(c.done for c in parts if c.act.may_write)
                                         or injuries.about_the_body(turn) is not None) \
                and understood.intent not in (Intent.LOG_RUN, Intent.DELETE_RUN) \
                and parse_correction(turn.text, turn.today) is None:
            if understood.intent in _ALSO_A_RUN_REPORT:
                return self._run_and_more(turn, understood.intent)
            return self._run_and_more(turn, Intent.SMALL_TALK)
        other = parse_cross_training(turn.text, turn.today)
        if other is not None and (other.minutes or other.distance_km) \
                and (understood.intent not in (Intent.LOG_CROSS_TRAINING, Intent.LOG_RUN) or not understood.confident) \
                and (found & {Act.FACT, Act.ANSWER} and any(c.done or _a_session_told(c.text, turn.today)
                                                             for c in parts if c.act.may_write)
                     or Act.NEGATION in found and instead_of_running(turn.text)):
            return self.handle(turn, Intent.LOG_CROSS_TRAINING)
        body = injuries.about_the_body(turn)
        if body is Intent.SMALL_TALK:
            # "la rodilla está bien", "my knee doesn't hurt anymore" about an ache never reported: nothing to store;
            # "tuve bursitis en esa cadera hace 2 años": an old injury, kept in mind.
            key = "ack_history" if injuries.HISTORY.search(fold(turn.text)) else "ack_negation"
            return turn.reply(turn.say(key), Intent.SMALL_TALK)
        if body is not None:
            return self._body_and_question(turn, body, parts)
        return None

    def _body_and_question(self, turn: Turn, body: Intent, parts: list[speech_act.Clause]) -> CoachReply:
        """"knee is fine now. tmrw the plan says 6 with strides right?": the ache first, then the question
        asked beside it (a plan question, a pace, the running knowledge), each answered."""
        told = self.handle(turn, body)
        asked = " ".join(c.text for c in parts if c.act is Act.QUESTION)
        if not asked or body not in (Intent.INJURY_UPDATE, Intent.INJURY_REPORT) or len(parts) < 2:
            return told
        question = self._understand(asked, turn.today)
        intent = question.intent
        if intent is Intent.PLAN_REQUEST and _A_DAY.search(fold(asked)):
            intent = Intent.SESSION_QUERY       # "tmrw the plan says 6 with strides right?": that day's session
        if not question.confident or intent not in _QUESTIONS_ANSWERED:
            return told
        fresh = self._build_turn_after_logging(turn)
        return _joined(told, self.handle(Turn(fresh.ctx, asked, fresh.registry, fresh.tools), intent), told.intent)

    def _not_a_fact(self, turn: Turn, understood: Understanding) -> CoachReply | None:
        """The write policy (application.tools.policy) read before acting: a message that would write
        but states no fact is answered as what it is — a question, a plan, a complaint, a "it's fine"."""
        tool = _WRITE_TOOLS.get(understood.intent)
        folded = fold(words_to_numbers(turn.text))
        if not understood.confident and tool is not None and (
                tool == "log_run" and not _RUN_NUMBER.search(folded) and not _BARE_SHORT.match(folded)
                or not self._understand.has_evidence(understood.intent, turn.text, turn.today)):
            tool = None       # "Pulso llegó a 178 en las últimas": a guessed write with nothing of it in the words
        if understood.confident and tool is None:
            return None
        if tool is not None and policy.judge(tool, turn.text).decision is not policy.Decision.REFUSE:
            return None
        if tool not in (None, "log_run") and runs.reports_a_run(turn) \
                and any(c.done for c in speech_act.clauses(turn.text) if c.act.may_write):
            # "el domingo corrí 14 y el lunes descansé" guessed as the week's days: the days are refused, and the
            # run told is still logged (a run is never lost behind a misread).
            return self._run_and_more(turn, Intent.SMALL_TALK)
        body = injuries.about_the_body(turn) if tool not in (None, "record_injury", "update_injury") else None
        if body in (Intent.INJURY_UPDATE, Intent.INJURY_REPORT):
            # "Hip's sorted btw, no niggle at all since Tuesday" guessed as the week's days: the ache is what it says
            return self._body_and_question(turn, body, speech_act.clauses(turn.text))
        found = speech_act.acts(turn.text)
        if tool == "log_run" and not _RUN_NUMBER.search(folded) \
                and any(c.done for c in speech_act.clauses(turn.text) if c.act.may_write):
            return None       # "corrí un montón": a run done without its distance; the coach asks for it
        if tool is None and Act.QUESTION in found:
            # Unsure which question: what the running knowledge answers is answered; a pace asked about gets the
            # paces ("los 1000 de mañana a 3:55 o a 4:00?"); else the usual question back.
            known = None if _asks_a_zone_pace(turn.text, turn.units) else talk.knowledge(turn)
            if known is not None:
                return turn.reply(known.text, Intent.RUNNING_QUESTION)
            if any(not _CLOCK_TIME_BEFORE.search(folded[:m.start()]) for m in _ASKS_A_PACE.finditer(folded)):
                return self.handle(turn, Intent.PACE_QUESTION)
            # A question plainly asked that the knowledge cannot answer: said so (with what it can answer),
            # not "what did you mean?" (the knowledge was just asked: not asked again).
            return turn.reply(turn.say("knowledge_not_found"), Intent.RUNNING_QUESTION)
        if tool is None and found & {Act.FACT, Act.ANSWER}:
            if _could_write(turn.text, turn.today) and not _readers_find_nothing(turn):
                return None   # it may hold a fact to store: ask rather than guess
            # Nothing in it to store ("todo bien, algo cansado nomás", "cold out there lol"): answered, not asked.
            return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)
        if Act.COMPLAINT in found:
            # "Reclamo: el plan me pone 28k… me parece excesivo, ¿no sería mejor 24?": heard, nothing changed.
            key = "ack_complaint_too_fast" if _TOO_FAST.search(folded) else \
                "ack_complaint_too_much" if _TOO_MUCH.search(folded) else "ack_complaint"
            return turn.reply(turn.say(key), Intent.SMALL_TALK)
        if found & {Act.QUESTION, Act.HYPOTHETICAL}:
            for other in (*understood.alternatives, *understood.guesses):
                if other not in _WRITE_TOOLS and other in HANDLERS and other not in _NOT_AN_ANSWER:
                    return self.handle(turn, other)
            if has_any(folded, _MOVE_WORDS):
                return turn.reply(turn.say("ack_session_move"), Intent.SESSION_QUERY)
            return self.handle(turn, Intent.RUNNING_QUESTION)
        if Act.FUTURE in found or Act.QUOTE in found:
            return turn.reply(turn.say("ack_future_plan"), Intent.SMALL_TALK)
        if Act.NEGATION in found:
            return turn.reply(turn.say("ack_negation"), Intent.SMALL_TALK)
        return turn.reply(turn.say("ack_statement"), Intent.SMALL_TALK)

    def _run_and_more(self, turn: Turn, intent: Intent) -> CoachReply:
        """"hoy 10k en 52 min, me molesta el talón, ¿mañana descanso?": the run is logged (with its
        ache) first, then the question is answered; a run is never lost behind a question."""
        logged = runs.log_runs(turn)
        if logged.intent is not Intent.LOG_RUN or intent in _ONLY_THE_RUN:
            return logged          # a confirmation question first; or the run says it all
        fresh = self._build_turn_after_logging(turn)
        return _joined(logged, self.handle(fresh, intent), Intent.LOG_RUN)

    def _build_turn_after_logging(self, turn: Turn) -> Turn:
        ctx = attrs.evolve(turn.ctx, active_plan=self._tools.active_plan(turn.runner),
                           open_injuries=self._tools.injuries.for_runner(turn.runner.id, active_only=True))
        return Turn(ctx, turn.text, turn.registry, turn.tools)

    def handle(self, turn: Turn, intent: Intent, **options: object) -> CoachReply:
        if intent in _A_ZONE_PACE_MAY_BE and _asks_a_zone_pace(turn.text, turn.units) \
                and not body_parts_in(turn.text):
            intent = Intent.PACE_QUESTION     # "is 8:30/mi ok for my easy runs?": the runner's own easy paces
        handler = HANDLERS.get(intent)
        if handler is None:
            return self._clarify(turn, Understanding(Intent.UNKNOWN, 0.0, confident=False))
        try:
            return handler(turn, **options) if options else handler(turn)
        except Exception:
            log.exception("offline handler failed", extra={"intent": intent.value, "runner_id": turn.runner.id})
            return turn.reply(turn.say("internal_error"), intent)

    @staticmethod
    def _answers_injury_questions(ctx: CoachContext, text: str, understood: Understanding) -> bool:
        """Right after the coach asked about an ache, "6/10, no me duele al caminar" or "it's better now,
        thanks" is about that ache, whatever else the words could mean."""
        recent = ctx.recent_messages
        if ctx.open_injuries and len(words_of(fold(text))) <= 6 and bare_pain_score(text) is not None:
            # "2", "un 3 ahí ahí": the number asked for right after "¿del 0 al 10?" — also the next day, when the
            # chat buffer has let the question go (the conversation log still has it)
            last = recent[-1] if recent else next(iter(ctx.earlier_messages()[-1:]), None)
            pain_question = say(ctx.runner.language, "triage_ask_pain")
            if last is not None and last.role == Role.COACH and pain_question in last.text:
                return True
        if not ctx.open_injuries or not recent or recent[-1].role != Role.COACH or _RUN_NUMBER.search(fold(text)) \
                or (bare_pain_score(text) is None
                    and any(r.distance_km and not r.planned for r in parse_runs(text, ctx.today))):
            return False      # a run told with it ("6 easy, achilles like a 1 now") is logged, the ache updated with it
        # The coach's question about the ache, last or just before a question the runner slipped in between
        # ("rest day today right?" — "Today is a rest day" — "meh 3 maybe. fine walking around").
        asked = [m for m in recent[-4:] if m.role == Role.COACH][-2:]
        about_ache = [m for m in asked if m.intent in (Intent.INJURY_REPORT, Intent.INJURY_UPDATE)]
        if not about_ache or (recent[-1].intent not in (Intent.INJURY_REPORT, Intent.INJURY_UPDATE)
                              and recent[-1].intent not in _QUESTIONS_ANSWERED):
            return False
        if understood.confident and understood.intent not in (Intent.SMALL_TALK, Intent.INJURY_REPORT,
                                                               Intent.INJURY_UPDATE, Intent.CLARIFY):
            return False
        triage = read_triage(text, ctx.today)
        # A lone number right after the coach asked about the ache is its pain score (the 0–10 question, or the
        # others beside it: "meh 3 maybe").
        asked_pain = any(say(ctx.runner.language, key) in m.text for m in about_ache
                         for key in ("triage_ask_pain", "triage_ask_walking", "triage_ask_swelling"))
        return bool(triage.trend or triage.pain_score is not None or triage.pain_walking is not None
                    or triage.swelling is not None or triage.side
                    or (asked_pain and bare_pain_score(text) is not None))

    def _answers_run_details_question(self, turn: Turn, understood: Understanding) -> CoachReply | None:
        """"¿Cuántos kilómetros hiciste y en cuánto tiempo?" — "3k" / "en 22 min": the run told before,
        completed by the answer, is logged as one."""
        recent = turn.ctx.recent_messages
        if len(recent) < 2 or recent[-1].role != Role.COACH or recent[-2].role != Role.RUNNER:
            return None
        if turn.say("run_needs_distance") not in recent[-1].text or (
                understood.confident
                and understood.intent not in (Intent.LOG_RUN, Intent.SMALL_TALK, Intent.CORRECT_RUN)
                # "about 10k i think" to "how far did you run?" is the answer, not a new goal distance
                and not (understood.intent in (Intent.PROFILE_UPDATE, Intent.SET_RACE)
                         and not _GOAL_SAID.search(fold(turn.text)) and not changes_goal_race(turn.text))):
            return None
        alone = parse_runs(turn.text, turn.today, turn.units)
        if any(r.distance_km and r.duration_s and not r.planned for r in alone):
            return None       # "WHITEFIELD 10K DONE!!! 47:52": a whole run of its own, not the answer
        together = Turn(turn.ctx, recent[-2].text + ", " + turn.text, turn.registry, turn.tools, answers="log_run")
        if not runs.reports_a_run(together):
            return None
        return runs.log_runs(together)

    @staticmethod
    def _times_the_run_just_logged(turn: Turn) -> CoachReply | None:
        """"ran 3 miles this morning" — "like 27 min": a time told alone right after a run was logged is that
        run's time (or, close to the time it has, the exact one: "bueno 52:30 para ser exactos")."""
        if not _after_a_run_logged(turn.ctx):
            return None
        folded = fold(words_to_numbers(turn.text))
        if len(folded.split()) > 7 or "?" in turn.text or _A_DISTANCE.search(folded) or body_parts_in(turn.text) \
                or speech_act.acts(turn.text) & _NOT_THE_RUNS_TIME or _LEAVING_IN.search(folded) \
                or speech_act.names_someone_else(turn.text) \
                or parse_cross_training(turn.text, turn.today) is not None:
            return None       # ("mañana 45 min", "mi esposo 35 min", "en 20 min salgo", "20 min de estiramientos")
        told = parse_run_report(turn.text, turn.today, turn.units)
        if told.distance_km is not None or not told.duration_s or told.intervals:
            return None
        logged = [r for r in turn.tools.runs.for_runner(turn.runner.id, since=turn.today - timedelta(days=1))
                  if r.created_at is not None and not r.is_race]
        if not logged:
            return None
        run = max(logged, key=lambda r: r.created_at or datetime.min)
        if run.duration_s is not None and abs(run.duration_s - told.duration_s) > 0.1 * run.duration_s:
            return None       # another time than the one it has: not plainly this run's
        turn.answers = "correct_run"
        return runs.set_time(turn, run, told.duration_s)

    def _take_back_and_log_own(self, turn: Turn) -> CoachReply:
        """"ignora eso, te pegué el mensaje de mi compañera. Yo hoy hice 8 km suaves, 48 min": the run taken back
        is deleted, and the runner's own run told after it is logged."""
        removed = runs.delete_run(turn)
        own = [c for c in speech_act.clauses(turn.text) if c.act.may_write and c.done and not retracts_last_run(c.text)]
        if removed.intent is not Intent.DELETE_RUN or not own:
            return removed
        fresh = self._build_turn_after_logging(turn)
        told = Turn(fresh.ctx, ". ".join(c.text for c in own), fresh.registry, fresh.tools)
        if not runs.reports_a_run(told):
            return removed
        return _joined(removed, runs.log_runs(told), Intent.LOG_RUN)

    @staticmethod
    def _takes_back_the_run_just_logged(ctx: CoachContext, text: str) -> bool:
        """"wait ignore that, that was Gaz's run": right after a run was logged, it is taken back."""
        recent = ctx.recent_messages
        return bool(recent) and recent[-1].role == Role.COACH and recent[-1].intent is Intent.LOG_RUN \
            and retracts_last_run(text)

    @staticmethod
    def _weighs_a_new_goal(turn: Turn) -> RaceInfo | None:
        """"y si en vez del 5k me preparo para un 10k? hay uno en mayo", "would the 5K on 21st March be a better
        goal?": another race weighed as the goal, in a question or a thought; the coach offers it (None: not that)."""
        parts = speech_act.clauses(turn.text)
        if not any(c.act in (Act.QUESTION, Act.HYPOTHETICAL) for c in parts) \
                or any(c.act.may_write and c.done for c in parts) or not weighs_a_new_goal(turn.text) \
                or any(c.act is Act.QUOTE for c in parts):
            return None       # ("El plan dice jueves 16 km con 10 a ritmo maratón… ¿lo cambio?": the plan's day)
        return profile.weighed_goal(turn, turn.text)

    @staticmethod
    def _answers_race_date_question(ctx: CoachContext, text: str) -> bool:
        """"¿Qué fecha es la carrera?" answered with "el 11 de octubre"."""
        recent = ctx.recent_messages
        if ctx.runner.race_date is not None or not recent or recent[-1].role != Role.COACH:
            return False
        if recent[-1].intent is not Intent.SET_RACE:
            return False
        found = parse_race(text, ctx.today)
        return found is not None and found.race_date is not None

    # --- questions the coach asked last time ----------------------------------------------------

    def _answer_to_question(self, turn: Turn) -> CoachReply | None:
        """The runner answers the coach's last question (a clarification or a confirmation): act on
        the message that question was about."""
        recent = turn.ctx.recent_messages
        if recent and recent[-1].role == Role.COACH and _offers_a_plan(recent[-1].text, turn.lang):
            return self._answer_to_plan_offer(turn)
        if len(recent) >= 2 and recent[-1].role == Role.COACH and recent[-2].role == Role.RUNNER \
                and profile.offers_goal_change(recent[-1].text, turn.lang):
            answered = profile.answer_goal_change_offer(turn, recent[-2].text)
            if answered is not None:
                return answered
        if len(recent) < 2 or recent[-1].role != Role.COACH or recent[-1].intent != Intent.CLARIFY:
            return None
        question, original = recent[-1], recent[-2]
        if original.role != Role.RUNNER:
            return None
        folded = fold(turn.text)
        answer = folded.strip(" ¿?¡!.👍")
        chosen = self._understand.button_intent(turn.text)
        was_confirmation = turn.say("confirm_save_anyway") in question.text
        earlier = Turn(turn.ctx, original.text, turn.registry, turn.tools)
        if was_confirmation:
            if not _short_answer(folded):
                return None       # a new message ("si me meto a la 15k, llego?"): read as itself, nothing saved
            if has_any(answer, _YES) and not has_any(answer, ("no",)):
                meant = self._understand(original.text, turn.today).intent
                if meant is Intent.CORRECT_RUN:
                    return runs.correct_run(earlier, confirmed=True)
                return runs.log_runs(earlier, confirmed=True)
            if has_any(answer, _NO):
                return turn.reply(turn.say("confirm_dropped"), Intent.LOG_RUN)
            return None
        if chosen is not None and chosen is not Intent.CLARIFY:
            # The runner pressed what they meant: their earlier message is that, as the button says.
            earlier.answers = _WRITE_TOOLS.get(chosen)
            return self.handle(earlier, chosen)
        if has_any(answer, _NO) and len(answer.split()) <= 3:
            return turn.reply(turn.say("clarify_dropped"), Intent.SMALL_TALK)
        return None

    def _answer_to_plan_offer(self, turn: Turn) -> CoachReply | None:
        """"¿Te armo uno de 14 días?" — "sí, dale": the plan is built, as the button would. Only a
        bare yes or no counts: "sí, y ayer corrí 8 km" is understood as what it says."""
        words = words_of(fold(turn.text))
        if not words:
            return None
        negated = bool(_NEGATIONS & set(words))
        if negated and all(w in _NO_WORDS for w in words):
            return turn.reply(turn.say("plan_offer_declined"), Intent.SMALL_TALK)
        if not negated and all(w in _YES_WORDS for w in words) and not set(words) <= _NOT_A_YES_ALONE:
            return self.handle(turn, Intent.PLAN_REQUEST, build=True)
        return None

    def _clarify(self, turn: Turn, understood: Understanding) -> CoachReply:
        guesses = understood.guesses or (Intent.LOG_RUN, Intent.SESSION_QUERY, Intent.RUNNING_QUESTION)
        buttons = tuple(Button(f"intent:{i.value}", say(turn.lang, f"intent_label_{i.value}")) for i in guesses)
        return turn.reply(turn.say("clarify"), Intent.CLARIFY, buttons=buttons)


def _joined(first: CoachReply, then: CoachReply, intent: Intent) -> CoachReply:
    """Two answers to one message, in order ("Registré tu entreno…" then the question's answer)."""
    used = [*first.tools_used, *(t for t in then.tools_used if t not in first.tools_used)]
    return CoachReply(first.text + "\n\n" + then.text, intent, buttons=then.buttons or first.buttons, tools_used=used)


def _short_answer(folded: str) -> bool:
    """"sí", "si porfa guárdalo", "no, cancela": an answer to "¿Lo guardo igual?", not a new message with a
    question or a run of its own (a "si" that opens a condition)."""
    return "?" not in folded and len(words_of(folded)) <= 4 and not re.search(r"\d", folded)


# "me parece excesivo", "way too much", "demasiado largo": the plan is too much, not too little.
_TOO_MUCH = re.compile(r"(?<!\w)(?:excesiv\w*|exagerad\w*|too much|too long|too hard|too many|"
                       r"demasiado (?:largo|fuerte|duro|pesado|mucho|km)|muy (?:largo|fuerte|duro|pesado)|no llego|"
                       r"overkill|a lot for me|ya no sirve|sigue poniendo|keeps giving me|still has me|"
                       r"not happening|no way|ni loc[oa])(?!\w)")
# "6x800 a 4:10 es full rápido", "those paces are way too fast": the plan's paces said to be too quick.
_TOO_FAST = re.compile(r"(?<!\w)(?:full|muy|demasiado|bien|super|too|way too|so)\s+(?:rapid[oa]s?|fast|quick|"
                       r"aggressive|agresiv[oa]s?)(?!\w)")
# "¿a 3:55 o a 4:00?", "6:20 está bien?", "what pace for…": a pace asked about.
_ASKS_A_PACE = re.compile(r"(?<![\d:])(?:[2-9]|1[0-2]):[0-5]\d(?!:\d)(?!\s*(?:am|pm|h\b))"
                          r"|(?<!\w)(?:ritmo|pace|paces|ritmos)(?!\w)")
# "lo paso al sábado?", "can I move it to saturday?", "¿lo hago el jueves mejor?": a session moved to another day.
_MOVES_A_SESSION = re.compile(rf"(?<!\w)(?:(?:lo|la) (?:paso|muevo|cambio|hago|corro) (?:al?|para el|el|pal)|"
                              rf"(?:pasarlo|moverlo|hacerlo|pasarla|moverla|hacerla) (?:al?|para el|el|pal)|"
                              rf"(?:move|swap|switch|shift|do) (?:it|that|the long run|my long run) (?:to|on)|"
                              rf"(?:can|could) i (?:do|run) it (?:on )?)\s*(?:el\s+)?{WEEKDAY_RE}(?!\w)")
# "from now on", "desde ahora": the week changed for good, not one session moved
_FOR_GOOD_NOW = re.compile(r"(?<!\w)(?:from now on|going forward|desde ahora|de ahora en adelante|desde esta semana|"
                           r"for good|permanently|every week|todas las semanas|siempre)(?!\w)")
# "a q ritmo salgo?", "what pace should I go out at?", "qué ritmo llevo en la 10K?": the race's pacing asked.
_RACE_PACE_ASKED = re.compile(r"(?<!\w)(?:a q(?:ue)? ritmo|q(?:ue)? ritmo|what pace|which pace|at what pace|"
                              r"how fast should|pace (?:should|for)|ritmo (?:para|deberia|debo))(?!\w)")
_NOT_THE_RUNS_TIME = {Act.FUTURE, Act.QUESTION, Act.HYPOTHETICAL, Act.SOMEONE_ELSE, Act.HISTORY, Act.QUOTE}
_LEAVING_IN = re.compile(r"(?<!\w)(?:en|in)\s+\d+\s*(?:min\w*|')\s+(?:salgo|sales|voy|me voy|nos vamos|i'?m|"
                         r"leaving|heading|head out|off|out)(?!\w)")
# A goal or race named ("about 10k i think" names neither: a distance).
_GOAL_SAID = re.compile(r"(?<!\w)(?:goal|meta|objetivo|target|race|carrera|competencia|marathon|maraton|half|media|"
                        r"inscri\w*|sign\w* up|registered|entered|decid\w*|me cambio|me paso|switch\w*)(?!\w)")
# A distance said, with its unit ("3k", "5 mi"): not a time alone.
_A_DISTANCE = re.compile(r"\d\s*(?:k|km|kms|kilometros?|mi|miles?|millas?|m|metros|meters)(?!\w)")
# "a las 6:30 o 7:00?": times of day, not paces.
_CLOCK_TIME_BEFORE = re.compile(r"(?:(?<!\w)(?:a las|las|at|by|tipo|como a las)\s*|\d:\d\d\s*(?:o|or|y|and)\s*)$")


def _asks_a_zone_pace(text: str, units: Units) -> bool:
    """A question with a pace for a training zone in it ("is 8:30/mi ok for my easy runs?", "tempo a 4:45
    muy rápido?"): answered with the runner's own paces, before what the knowledge says about effort."""
    asked = asked_pace(text, units)
    return asked is not None and asked.zone is not None and (
        "?" in text or Act.QUESTION in speech_act.acts(text))


# What a zone's pace asked may be taken for ("las series a 4:30 están bien?" is no question of whether to run).
_A_ZONE_PACE_MAY_BE = (Intent.RUNNING_QUESTION, Intent.OUT_OF_SCOPE, Intent.SHOULD_I_RUN)


# "tmrw the plan says 6 with strides right?": a question about a day's session.
_A_DAY = re.compile(rf"(?<!\w)(?:hoy|manana|today|tomorrow|tmrw|tmr|tonight|{WEEKDAY_RE}|"
                    rf"{'|'.join(SHORT_DAY_NAMES)})(?!\w)")
# Replies to the runner's own question: the coach's question about an ache before it still stands.
_QUESTIONS_ANSWERED = (Intent.SHOULD_I_RUN, Intent.SESSION_QUERY, Intent.RUNNING_QUESTION, Intent.PACE_QUESTION)
# The words of a goal time: "meta para esa: 4h15", "goal is sub 1:50", "still want 4:10".
# "no voy a salir hoy", "not gonna run today", "hoy no salgo": today's session skipped, said before it.
_NOT_GOING_OUT = re.compile(r"(?<!\w)(?:no voy a (?:salir|correr|trotar|entrenar)|hoy no (?:salgo|corro|entreno|troto)|"
                            r"no (?:salgo|corro|entreno) hoy|(?:not|aint|ain'?t) (?:gonna|going to) (?:run|go out|"
                            r"train)|"
                            r"won'?t (?:run|go out|train) today|skipping (?:today|the run|my run))(?!\w)(?!.*\?)")
# The runner says outright that a run told is being put right (a run's numbers in it are the new ones).
_PUT_RIGHT = re.compile(r"(?<!\w)(?:corrijo|correccion|corrige|me equivoque|i made a mistake|correction|typo|"
                        r"(?:el )?tiempo oficial (?:del|de la|fue|salio)|official time (?:was|is|came)|chip time|"
                        r"(?:el )?chip (?:dice|marca|marco)|(?:the )?chip (?:says|said|had))(?!\w)")
# "changing my half goal to 1:40", "cambia mi meta a 1:50", "let's still aim 3:30": the goal time set anew.
_GOAL_TIME_CHANGED = re.compile(r"(?<!\w)(?:chang\w*|switch\w*|mov\w*|bump\w*|lower\w*|cambi\w*|baj\w*|sub\w*|pon\w*|"
                                r"set\w*)\s+(?:my|mi|the|la|el)\s+(?:\w+\s+)?(?:goal|meta|objetivo|target)(?:\s+time)?\s+"
                                r"(?:to|a|en)\s+(?:sub[- ]?)?\d|(?:let'?s|"
                                r"lets)\s+(?:still\s+)?aim(?:\s+for)?\s+(?:sub[- ]?)?\d|"
                                r"(?:sigamos|seguimos) apuntando a\s+\d")
# "target is under 35 min", "mi meta es 1:50", "goal time: 4h": a goal time told, not only asked about.
_GOAL_TIME_STATED = re.compile(r"(?<!\w)(?:target|goal|meta|objetivo)(?:\s+time)?\s*(?:is|es|sera|will be|:|=)(?!\w)")
_GOAL_WORD = re.compile(r"(?<!\w)(?:meta|objetivo|goal|target|tiempo objetivo|sub|bajar de|still want|sigo queriendo)"
                        r"(?!\w)")


# A distance or a time: what a run report holds and an ache's words do not.
_RUN_NUMBER = re.compile(r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilometros?|mi|miles?|millas?|min\w*|h|horas?|hours?|hrs?)"
                         r"(?!\w)|\d{1,2}:\d{2}|(?<!\w)(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
                         r"doce|quince|veinte|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
                         r"\s+(?:k|km|kilometros?|miles?|millas?|minutos?|minutes?|horas?|hours?)(?!\w)")


# "mmm 8", "ayer 10": a short message around a bare number, maybe a distance.
_BARE_SHORT = re.compile(r"^\W*(?:\w+\W+){0,2}\d{1,2}(?:[.,]\d)?\W*$")


# A number that can be stored: a distance, a time, a pace, a score, a date; "4 gels", "2 kids" cannot.
_NUMBER_WORD = r"(?:\d+(?:[.,]\d+)?|uno|una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|one|two|three|" \
               r"four|five|six|seven|eight|nine|ten|media|half)"
_WRITABLE = re.compile(
    rf"{_NUMBER_WORD}\s*(?:k|km|kms|kilometros?|mi|miles?|millas?|m|metros|min\w*|h|horas?|hours?|hrs?|seg\w*|"
    rf"secs?|/\s*10|de 10|of 10|out of 10)(?!\w)|\d{{1,2}}:\d{{2}}|\d+\s*(?:de|/)\s*\d+|"
    r"(?<!\w)(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|borra|delete|cambia|change)(?!\w)|^\W*\d+\W*$")


_PACE_ONLY = re.compile(r"(?<!\w)(?:a|at|@|ritmo|pace|en)\s+\d{1,2}:\d\d(?:\s*(?:/\s*km|/\s*mi|min/km|por km|per km|"
                        r"per mile|/k))?(?![\d:])")


def _could_write(text: str, today: date) -> bool:
    """A distance, a time, a score, a day, a body part, an activity or an instruction: something the
    runner may want stored."""
    # "los piques a 4:50 más o menos": a pace alone (a rep's, the run's) adds nothing to store.
    folded = _PACE_ONLY.sub(" ", words_to_numbers(fold(text), detect_language(text)))
    return bool(_WRITABLE.search(fold(folded)) or _BARE_SHORT.match(fold(text)) or body_parts_in(text)
                or parse_cross_training(text, today) is not None)


def _rescores_an_open_ache(ctx: CoachContext, text: str) -> bool:
    """"shin same, 5", "la canilla igual, un 4": an open ache named with a bare score, in a few words."""
    folded = fold(text)
    if not ctx.open_injuries or len(words_of(folded)) > 6 or _A_DISTANCE.search(folded) or "?" in text:
        return False
    named = set(body_parts_in(text)) & {i.body_part for i in ctx.open_injuries}
    return bool(named) and (bare_pain_score(text) is not None or pain_score_in(text) is not None)


def _scores_the_open_ache_and_asks(ctx: CoachContext, text: str) -> bool:
    """A pain score told of the open ache (its part named or none), beside a question."""
    parts = speech_act.clauses(text)
    told = ". ".join(c.text for c in parts if c.act in (Act.FACT, Act.ANSWER))
    if not ctx.open_injuries or not told or Act.QUESTION not in {c.act for c in parts}:
        return False
    named = set(body_parts_in(told))
    scored = pain_score_in(told) is not None or named and bare_pain_score(told) is not None
    return bool(scored) and (not named or bool(named & {i.body_part for i in ctx.open_injuries}))


# "does my hip thing mean no tempo this week?", "con la rodilla así puedo hacer las series?"
_FAST_SESSION = re.compile(r"(?<!\w)(?:tempo|threshold|umbral|series|intervals?|intervalos|reps|repeats|cuestas|hills|"
                           r"speed ?work|velocidad|track|pista|fartlek|quality|calidad)(?!\w)")


def _asks_about_an_ache_and_a_session(ctx: CoachContext, text: str) -> Injury | None:
    """The open ache a question asks about together with a fast session (None: not that question)."""
    if not ctx.open_injuries or Act.QUESTION not in speech_act.acts(text) or not _FAST_SESSION.search(fold(text)):
        return None
    if any(c.done for c in speech_act.clauses(text)) or mentions_pain(text) and pain_score_in(text) is not None:
        return None       # a run or a new score told with it is read as itself
    named = set(body_parts_in(text))
    if not named and len(ctx.open_injuries) == 1 and (_THAT_ACHE.search(fold(text)) or _right_after(
            ctx, Intent.INJURY_REPORT, Intent.INJURY_UPDATE, Intent.RED_FLAG)):
        return ctx.open_injuries[0]     # "does that mean no intervals wed?", right after the ache was told
    return next((i for i in ctx.open_injuries if i.body_part in named), None)


# The ache spoken of without its name: "does that mean…", "con eso puedo…", "with this niggle".
_THAT_ACHE = re.compile(r"(?<!\w)(?:that|this|it|eso|esto|esa molestia|this niggle|that niggle|the niggle|"
                        r"la molestia|el dolor|the pain)(?!\w)")


def _a_session_told(text: str, today: date) -> bool:
    """"Solo una caminata de una hora por el centro": another sport named with its amount, as a fact."""
    told = parse_cross_training(text, today)
    return told is not None and bool(told.minutes or told.distance_km)


def _right_after(ctx: CoachContext, *intents: Intent) -> bool:
    """The coach's own last message answered with one of ``intents``."""
    recent = ctx.recent_messages
    return bool(recent) and recent[-1].role == Role.COACH and recent[-1].intent in intents


def _after_a_run_logged(ctx: CoachContext) -> bool:
    return _right_after(ctx, Intent.LOG_RUN, Intent.CORRECT_RUN)


def _readers_find_nothing(turn: Turn) -> bool:
    """A message told at length in which no reader finds anything to store ("hot one coming in Toronto, 30
    degrees by Wednesday!!", "splits 6:34 6:29 6:27… negative split baby", "I walked most of the hill, I hope
    that's allowed!"): acknowledged, not "what did you mean?". A short or bare number is still asked about."""
    folded = fold(turn.text)
    if len(words_of(folded)) < 6 or _BARE_SHORT.match(folded):
        return False
    own = ". ".join(c.text for c in speech_act.clauses(turn.text) if c.act.may_write) or turn.text
    if any((r.distance_km or r.duration_s or r.intervals) and not r.planned
           for r in parse_runs(own, turn.today, turn.units)):
        return False
    other = parse_cross_training(own, turn.today)
    open_parts = {i.body_part for i in turn.ctx.open_injuries}
    parts = set(body_parts_in(own))
    # ("My hip hasn't bothered me in over a year": a part named with no ache now and none open)
    if other is not None and (other.minutes or other.distance_km) or parts and (mentions_pain(own)
                                                                                or parts & open_parts):
        return False
    days = parse_schedule(own)
    race = parse_race(own, turn.today)
    return not (days is not None and len(days.run_days or ()) >= 2
                or race is not None and (race.goal_race is not None or race.goal_time_s or race.has_race is False)
                or parse_correction(own, turn.today, turn.units) is not None)


def with_reminder(reply: CoachReply, reminder: str | None) -> CoachReply:
    """A red flag still open goes first; a message not understood gets the reminder alone (the
    runner downplaying it: "seguro es el frío")."""
    if not reminder:
        return reply
    if reply.intent in (Intent.CLARIFY, Intent.UNKNOWN, Intent.OUT_OF_SCOPE):
        return CoachReply(reminder, Intent.SMALL_TALK, tools_used=reply.tools_used)
    reply.text = reminder + "\n\n" + reply.text
    return reply


def _offers_a_plan(text: str, language: str) -> bool:
    """The coach's message asked whether to build a plan: it holds one of the offers' questions."""
    return any(question in text for question in _offer_questions(language))


@functools.cache
def _offer_questions(language: str) -> tuple[str, ...]:
    """The fixed words after each offer's last placeholder ("¿Armamos el siguiente?"), read once."""
    questions = (re.split(r"\{[^}]*\}", template(language, key))[-1].strip(" .") for key in _PLAN_OFFERS)
    return tuple(q for q in questions if q)
