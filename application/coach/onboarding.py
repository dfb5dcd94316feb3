"""OnboardRunner: get to know a new runner, one question at a time, in their language.

The questions, in order (``STEPS``): name, age, the race and its date (or no race), the distance when
no race said it, a goal time (optional), days a week, level, weekly km, the longest run of the last
month, a recent race or time trial (optional), preferred days and long-run day (optional), injuries.
Each answer may carry others ("Ana, 34 años, 4 días por semana"): all are taken, and only what is
still missing is asked. An answer that can't be read is asked again, saying what is expected.

Where a step stands is read from the runner's profile. An optional question passed over leaves its
field empty, so the steps passed are also kept here, per runner; after a restart that memory is
gone, but a later field already answered still marks them passed, so at most one optional
question is asked twice.
"""
from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from application.coach.coach_reply import CREATE_PLAN, CoachReply
from application.coach.knowledge import KnowledgeBase
from application.messages import GOAL_NAMES, LEVEL_NAMES, SEVERITY_NAMES, name_of, reason, say, short_date
from application.messages.formatting import part_with_side
from application.ports import Button, Clock, InjuryRepository, RunnerRepository
from application.training.injuries import RecordInjury
from application.training.local_time import local_today
from application.training.log_run import RunDetails
from application.understanding import profile_answers as answers
from application.understanding.body import mentions_pain, read_triage, severity_words
from application.understanding.dates import parse_day
from application.understanding.language import detect_language, requested_language
from application.understanding.numbers import words_to_numbers
from application.understanding.race import goal_time_in, parse_race
from application.understanding.run_report import RunReport
from application.understanding.schedule import SchedulePreference, parse_schedule
from application.understanding.speech_act import Act, acts
from application.understanding.text import fold, has_any
from domain.conversation import Intent
from domain.errors import DomainError
from domain.injury import Injury, Severity
from domain.pace import KM_PER_MILE
from domain.runner import FitnessLevel, GoalRace, Runner, Units, timezone_for_phone

OFFERED_GOALS = ("5k", "10k", "15k", "half", "marathon")   # the race-distance question's choices
STEPS = ("name", "age", "race", "goal_race", "goal_time", "weekly_frequency", "fitness_level", "weekly_km",
         "longest_run_km", "recent_race", "schedule", "injury_history")
OPTIONAL = ("goal_time", "recent_race", "schedule")
_BARE_GOAL = {"5": GoalRace.FIVE_K, "10": GoalRace.TEN_K, "21": GoalRace.HALF, "21.1": GoalRace.HALF,
              "42": GoalRace.MARATHON, "42.2": GoalRace.MARATHON}
# Plausible answers; outside them the runner is asked again (a typo, or miles read as km).
MAX_WEEKLY_KM = 300
MAX_LONGEST_RUN_KM = 100

# A day of the month alone, as an answer: "the 10th", "el 10", "día 4" (never a bare number: a goal time).
_DAY_OF_MONTH = re.compile(r"(?:(?:creo|pienso|parece|i think|maybe)\s+(?:(?:q|que|it'?s)\s+)?)?"
                           r"(?:(?:the|el|dia|day|on the)\s+(\d{1,2})(?:st|nd|rd|th|ro|vo|mo)?"
                           r"|(\d{1,2})(?:st|nd|rd|th))(?:\s+(?:creo|i think|probably|parece|maybe))?")
# Stores a recent race as a run: LogRun(runner, RunDetails, today, confirmed=...), or any callable like it.
LogRecentRace = Callable[..., object]


class OnboardRunner:
    def __init__(self, runners: RunnerRepository, record_injury: RecordInjury, clock: Clock,
                 log_run: LogRecentRace | None = None, injuries: InjuryRepository | None = None,
                 knowledge: KnowledgeBase | None = None):
        self._runners = runners
        self._record_injury = record_injury
        self._clock = clock
        self._log_run = log_run           # without it a recent race is not stored (only read)
        self._injuries = injuries         # without it a past surgery stays in injury_history only
        self._knowledge = knowledge       # answers a runner's question asked mid-onboarding
        self._passed: dict[str, set[str]] = {}

    def start(self, phone: str | None, first_message: str,
              whatsapp_id: str | None = None) -> tuple[Runner, CoachReply]:
        language = requested_language(first_message) or detect_language(first_message)
        runner = Runner(phone=phone, whatsapp_id=whatsapp_id, language=language, created_at=self._clock.now(),
                        timezone=timezone_for_phone(phone))
        runner.name = answers.name_in(first_message) if _introduces_self(first_message) else None
        if runner.name:
            self._take_extras(runner, first_message, local_today(runner, self._clock.now()), current="name")
            self._remember_answered(runner)
        self._runners.save(runner)
        text = say(language, "welcome")
        if runner.name:
            question = self._question(runner)
            text = text.rsplit("?", 1)[0].rsplit(".", 1)[0] + ". " + question.text
            return runner, CoachReply(text, Intent.ONBOARDING, buttons=question.buttons)
        return runner, CoachReply(text, Intent.ONBOARDING)

    def answer(self, runner: Runner, text: str, today: date) -> CoachReply:
        switch = requested_language(text)
        if switch and switch != runner.language and len(text.split()) <= 6:
            runner.language = switch
            self._runners.save(runner)
            return self._question(runner)
        step = self._next_step(runner)
        if step is None:                       # nothing left (a profile completed elsewhere)
            return self._finish(runner, "")
        if _only_asks(text):
            # "¿qué es una media maratón?" is not an answer ("media" would be read as the goal): the
            # question is answered when the knowledge base has it, then the same question asked again.
            return self._answer_their_question(runner, text)
        outcome = self._fill(runner, step, text, today)
        if outcome.problem:
            before = _answers_held(runner)
            self._take_extras(runner, text, today, current=step)   # "unos 20 km x semana" asked for days
            self._remember_answered(runner)    # a race named without its date is kept
            self._runners.save(runner)
            key = "race_date" if step == "race" and self._race_named(runner) else step
            if _answers_held(runner) != before:
                # "principiante" given when the race was asked: that answer is taken, and the question asked again
                # as a question, not as "I couldn't read it".
                question = self._question(runner)
                question.text = say(runner.language, "onboarding_noted") + " " + question.text
                return question
            return CoachReply(outcome.problem, Intent.ONBOARDING, buttons=self._buttons(runner.language, key))
        self._take_extras(runner, text, today, current=step)
        self._remember_answered(runner)
        if self._next_step(runner) is None:
            return self._finish(runner, outcome.note)
        self._runners.save(runner)
        question = self._question(runner)
        if outcome.note:
            question.text = outcome.note + "\n\n" + question.text
        return question

    def _answer_their_question(self, runner: Runner, text: str) -> CoachReply:
        found = self._knowledge.answer(text, runner.language) if self._knowledge is not None else None
        first = found.text if found is not None and not found.is_ambiguous else say(runner.language,
                                                                                 "onboarding_question_later")
        question = self._question(runner)
        question.text = first + "\n\n" + question.text
        return question

    # --- where the runner stands ---

    def _next_step(self, runner: Runner) -> str | None:
        return next((step for step in STEPS if not self._done(runner, step)), None)

    def _done(self, runner: Runner, step: str) -> bool:
        if step in self._passed.get(runner.id, set()) or _answered(runner, step):
            return True
        # An optional question passed over leaves nothing on the profile; a later answer does.
        if step == "goal_time":
            no_race = runner.has_race is not True and self._done(runner, "race")
            return no_race or runner.weekly_km is not None or runner.longest_run_km is not None
        if step == "recent_race":   # the days may come early, with the days a week ("mar, jue y sáb")
            return runner.injury_history is not None
        if step == "schedule":
            return runner.run_days is not None or runner.injury_history is not None
        return False

    def _pass(self, runner: Runner, step: str) -> None:
        self._passed.setdefault(runner.id, set()).add(step)

    def _remember_answered(self, runner: Runner) -> None:
        """Steps answered stay answered in this process, even if a store keeps fewer fields than
        the domain has (a store that is behind the domain must not make onboarding loop)."""
        for step in STEPS:
            if _answered(runner, step):
                self._pass(runner, step)

    # --- reading one answer ---

    def _fill(self, runner: Runner, step: str, text: str, today: date) -> _Outcome:
        lang = runner.language
        if step in OPTIONAL and step != "schedule" and (answers.is_skip(text) or answers.is_no(text)):
            self._pass(runner, step)
            return _Outcome()
        reader = getattr(self, f"_read_{step}", None)
        if reader is not None:
            return reader(runner, text, today)
        value = {"name": answers.name_in, "age": answers.age_in, "goal_race": answers.goal_in,
                 "fitness_level": answers.level_in}[step](text)
        if value is None:
            return _Outcome(say(lang, f"not_understood_{step}"))
        return self._set(runner, step, value)

    def _read_weekly_frequency(self, runner: Runner, text: str, today: date) -> _Outcome:
        """"4", "cuatro veces", or the days themselves ("mar jue y sab": three, and those are the days)."""
        frequency = answers.frequency_in(text)
        days = parse_schedule(text)
        if days is not None and days.run_days and (frequency is None or frequency == len(days.run_days)):
            self._store_schedule(runner, days)
            frequency = len(days.run_days)
        if frequency is None:
            return _Outcome(say(runner.language, "not_understood_weekly_frequency"))
        return self._set(runner, "weekly_frequency", frequency)

    def _read_goal_race(self, runner: Runner, text: str, today: date) -> _Outcome:
        """The distance to train for: "10k", "la media", or a bare "10" / "21" / "42". A runner with no
        race may not mind ("me da igual"): the plan then builds general fitness."""
        goal = answers.goal_in(text) or _BARE_GOAL.get(fold(text).strip(" .!k"))
        if goal is not None:
            return self._set(runner, "goal_race", goal)
        if runner.has_race is False and (answers.is_skip(text) or answers.is_no(text) or
                                         has_any(fold(text), ("me da igual", "cualquiera", "any", "whatever"))):
            self._pass(runner, "goal_race")
            return _Outcome()
        return _Outcome(say(runner.language, "not_understood_goal_race"))

    def _set(self, runner: Runner, field: str, value: object) -> _Outcome:
        try:
            setattr(runner, field, value)   # attrs validators run on assignment
        except DomainError as error:
            return _Outcome(say(runner.language, "invalid_answer", reason=reason(runner.language, error)))
        return _Outcome()

    def _read_race(self, runner: Runner, text: str, today: date) -> _Outcome:
        lang = runner.language
        asked_date = self._race_named(runner)
        info = parse_race(text, today)
        if (info is not None and info.has_race is False) or answers.is_no(text) or answers.is_skip(text):
            runner.has_race = False            # a progression cycle; a race can come later
            return _Outcome()
        if info is not None:
            if info.goal_race is not None:
                runner.goal_race = info.goal_race
            runner.race_name = info.race_name or runner.race_name
            runner.goal_time_s = info.goal_time_s or runner.goal_time_s
        past = parse_race_day_in_past(text, today)
        if info is None or info.race_date is None:
            if past:
                return _Outcome(say(lang, "race_date_past"))
            if info is not None and (info.race_name or info.goal_race):
                self._pass(runner, "race_named")
                return _Outcome(say(lang, "ask_race_date"))
            return _Outcome(say(lang, "not_understood_race_date" if asked_date else "not_understood_race"))
        runner.has_race, runner.race_date = True, info.race_date
        if info.date_approximate:   # "en octubre": the 1st is kept, and the runner told so
            return _Outcome(note=say(lang, "race_month_kept", date=short_date(info.race_date, lang)))
        return _Outcome()

    def _race_named(self, runner: Runner) -> bool:
        return "race_named" in self._passed.get(runner.id, set()) or runner.race_name is not None

    def _read_goal_time(self, runner: Runner, text: str, today: date) -> _Outcome:
        f = fold(words_to_numbers(text, runner.language))
        # "around 2:10", "unos 55 min", "maybe sub 2": the approximation said around the time
        f = re.sub(r"(?<!\w)(?:around|about|like|maybe|approx\w*|aprox\w*|unos|unas|como|more or less|mas o menos|"
                   r"roughly|ish|~|tipo|ojala|hopefully|i hope|espero)(?!\w)", " ", f).strip()
        seconds = goal_time_in(f, runner.goal_race) or goal_time_in("en " + f, runner.goal_race)
        if seconds is None:
            day_of_month = _DAY_OF_MONTH.fullmatch(fold(text).strip(" .!?"))
            if day_of_month and runner.race_date is not None and runner.race_date.day == 1:
                # "the 10th", "el 10": the day in the month already kept (only the month was said).
                with contextlib.suppress(ValueError):
                    runner.race_date = runner.race_date.replace(day=int(day_of_month.group(1) or day_of_month.group(2)))
                    return _Outcome(say(runner.language, "race_date_noted",
                                        date=short_date(runner.race_date, runner.language)))
            info = parse_race(text, today)
            if info is not None and info.race_date is not None and not info.date_approximate:
                # "el 4 de octubre creo": the race's exact date, where only its month was known.
                runner.race_date = info.race_date
                return _Outcome(say(runner.language, "race_date_noted", date=short_date(info.race_date,
                                                                                     runner.language)))
            return _Outcome(say(runner.language, "not_understood_goal_time"))
        runner.goal_time_s = seconds
        return _Outcome()

    def _read_weekly_km(self, runner: Runner, text: str, today: date) -> _Outcome:
        return self._read_km(runner, text, "weekly_km", MAX_WEEKLY_KM)

    def _read_longest_run_km(self, runner: Runner, text: str, today: date) -> _Outcome:
        return self._read_km(runner, text, "longest_run_km", MAX_LONGEST_RUN_KM)

    def _read_km(self, runner: Runner, text: str, field: str, limit: float) -> _Outcome:
        km = answers.distance_km_in(text, runner.units)
        if km is None:
            return _Outcome(say(runner.language, f"not_understood_{field}"))
        if not 0 <= km <= limit:
            return _Outcome(say(runner.language, "distance_out_of_range", km=km))
        setattr(runner, field, km)
        if runner.units is Units.KM and field == "weekly_km" and answers.says_miles(text):
            runner.units = Units.MILES     # "22 miles a week": a runner on miles reads miles everywhere
        return _Outcome()

    def _read_recent_race(self, runner: Runner, text: str, today: date) -> _Outcome:
        lang = runner.language
        race = answers.recent_race_in(text, today, runner.units)
        if race is None:
            return _Outcome(say(lang, "not_understood_recent_race"))
        if race.day is not None and race.day > today:
            return _Outcome(say(lang, "not_understood_recent_race"))
        stored, problem = self._store_recent_race(runner, race, text, today)
        if problem:
            return _Outcome(problem)
        self._pass(runner, "recent_race")
        if not stored:
            return _Outcome()
        return _Outcome(note=say(lang, "recent_race_noted", distance=f"{round(race.distance_km or 0, 2):g}",
                                 time=_clock(race.duration_s or 0)))

    def _store_recent_race(self, runner: Runner, race: RunReport, text: str, today: date) -> tuple[bool, str | None]:
        """(stored, what to say when refused): through LogRun, the same rules as every run."""
        if self._log_run is None:
            return False, None
        details = RunDetails(distance_km=race.distance_km or 0, day=_race_day(text, today),
                             duration_s=race.duration_s, notes=text.strip(), is_race=True)   # a race sets the VDOT
        try:
            # confirmed: the runner answered a question about their race and there is no history yet to
            # compare it with; an impossible one is still refused (InvalidRun) and asked again.
            self._log_run(runner, details, today, confirmed=True)
        except DomainError as error:
            return False, say(runner.language, "invalid_answer", reason=reason(runner.language, error))
        return True, None

    def _read_schedule(self, runner: Runner, text: str, today: date) -> _Outcome:
        preference = parse_schedule(text)
        if preference is None:
            if answers.is_skip(text) or answers.is_no(text):
                self._pass(runner, "schedule")
                return _Outcome()
            return _Outcome(say(runner.language, "not_understood_schedule"))
        self._store_schedule(runner, preference)
        return _Outcome()

    def _store_schedule(self, runner: Runner, preference: SchedulePreference) -> None:
        runner.run_days = preference.run_days
        runner.long_run_day = preference.long_run_day if preference.long_run_day is not None \
            else _default_long_run_day(preference.run_days or ())
        self._pass(runner, "schedule")

    def _read_injury_history(self, runner: Runner, text: str, today: date) -> _Outcome:
        if answers.is_no(text):
            runner.injury_history = "none"
            return _Outcome()
        if answers.is_bare_yes(text):    # "sí": which one is what the plan needs; ask once more
            return _Outcome(say(runner.language, "ask_injury_which"))
        runner.injury_history = text.strip()
        if mentions_pain(text) and not answers.denies_pain_now(text):   # a current ache: an open injury
            triage = read_triage(text, today)
            severity = Severity(severity_words(text))
            side = triage.side if triage.side in ("left", "right") and len(triage.parts) == 1 else None
            for part in triage.parts:
                self._record_injury(runner, part, severity, text.strip(), today, side=side,
                                    pain=triage.pain_score, pain_walking=triage.pain_walking,
                                    swelling=triage.swelling, since_days=triage.since_days)
            if triage.parts:   # said before the summary: the coach heard it, and the plan will mind it
                parts = ", ".join(part_with_side(part, side or "", runner.language) for part in triage.parts)
                return _Outcome(note=say(runner.language, "onboarding_ache_noted", part=parts,
                                         severity=name_of(SEVERITY_NAMES, severity, runner.language)))
        elif self._injuries is not None:  # past injuries and surgeries: history, closed
            for past in answers.past_injuries_in(text, today):
                when = past.when or today
                self._injuries.add(Injury(runner_id=runner.id, body_part=past.part, description=past.words,
                                          reported_on=when, resolved_on=when))
        return _Outcome()

    # --- what else an answer carried ---

    def _take_extras(self, runner: Runner, text: str, today: date, current: str) -> None:
        """Answers to other questions in the same message, when they are unmistakable."""
        f = fold(words_to_numbers(text, runner.language))
        if runner.age is None and current != "age":
            m = re.search(r"(?<!hace )(?<![\d:])(\d{1,3})\s*(?:anos|years?)(?!\w)(?! ago)", f)
            # "I'm Sam, 29, …": a bare number right after the name, between commas, is the age.
            m = m or (re.match(r"[^,\d]+,\s*(\d{2})\s*(?:,|$)", f) if current == "name" else None)
            if m and 10 <= int(m.group(1)) <= 100:
                runner.age = int(m.group(1))
        if runner.weekly_frequency is None and current != "weekly_frequency":
            m = re.search(r"(?<![\d:.,])([1-7])\s*(?:dias|veces|days|times)(?!\w)", f)
            if m:
                runner.weekly_frequency = int(m.group(1))
        if runner.fitness_level is None and current != "fitness_level":
            level = re.search(r"(?<!\w)(principiante|intermedi[oa]|avanzad[oa]|beginner|intermediate|advanced)(?!\w)",
                              f)
            if level:
                runner.fitness_level = answers.level_in(level.group(1))
        if runner.has_race is None and current != "race" and re.search(
                r"(?<!\w)(?:no tengo (?:ninguna )?carrera|sin carrera|ninguna carrera|no race|no races)(?!\w)", f):
            runner.has_race = False        # "no tengo carrera todavía", said before it was asked
        if runner.has_race is None and current != "race":
            info = parse_race(text, today)
            named = info is not None and (info.race_name is not None or info.goal_race is not None)
            if info is not None and info.race_date is not None and (current != "name" or named):
                runner.has_race, runner.race_date = True, info.race_date
                runner.race_name = info.race_name or runner.race_name
                runner.goal_race = info.goal_race or runner.goal_race
                runner.goal_time_s = info.goal_time_s or runner.goal_time_s
        named_goal = _GOAL_NAMED.search(f) if runner.goal_race is None and current != "goal_race" else None
        if named_goal:
            # "no tengo carrera todavía, quiero hacer mi primer 10k": the distance to train for, said with it
            runner.goal_race = answers.goal_in(named_goal.group(0)) or runner.goal_race
        if runner.weekly_km is None and current != "weekly_km":
            # ("12 miles a week" reads "12 miles 1 week" once number words are numbers)
            m = re.search(rf"(\d+(?:[.,]\d+)?)\s*{_KM_OR_MI}\s*(?:por|a la|al|x|/|per|a|1|each|every|cada)\s*"
                          rf"(?:semana|week|sem|wk)|(\d+(?:[.,]\d+)?)\s*{_KM_OR_MI}\s*(?:semanales|weekly)", f)
            if m:
                runner.weekly_km = _in_km(runner, m.group(1) or m.group(3), m.group(2) or m.group(4))
        if runner.longest_run_km is None and current != "longest_run_km":
            m = re.search(r"(?:mas larg[oa]|longest(?: run)?|fondo mas largo)\D{0,25}?(\d+(?:[.,]\d+)?)"
                          r"\s*(k|km|kms|kilometros|miles|mile|mi|millas?)(?!\w)", f)
            if m:
                runner.longest_run_km = _in_km(runner, m.group(1), m.group(2))

    # --- what the coach says ---

    def _question(self, runner: Runner) -> CoachReply:
        step = self._next_step(runner) or "injury_history"
        key = "race_date" if step == "race" and self._race_named(runner) else step
        unit = say(runner.language, "unit_miles" if runner.units is Units.MILES else "unit_km")
        return CoachReply(say(runner.language, f"ask_{key}", name=runner.name or "", unit=unit), Intent.ONBOARDING,
                          buttons=self._buttons(runner.language, key))

    @staticmethod
    def _buttons(lang: str, step: str) -> tuple[Button, ...]:
        keys = {"race": (("onboarding:no_race", "button_no_race"),),
                "race_date": (("onboarding:skip", "button_skip"),),
                "goal_time": (("onboarding:skip", "button_skip"),),
                "fitness_level": tuple((f"level:{level.value}", f"button_{level.value}") for level in FitnessLevel),
                # The usual distances (any other is typed): more than WhatsApp's three reply buttons,
                # so a list message (issue 25).
                "goal_race": tuple((f"goal:{code}", f"button_goal_{code}") for code in OFFERED_GOALS),
                "recent_race": (("onboarding:no", "button_no"),),
                "schedule": (("onboarding:any_day", "button_any_day"),)}.get(step, ())
        return tuple(Button(button_id, say(lang, key)) for button_id, key in keys)

    def _finish(self, runner: Runner, note: str) -> CoachReply:
        runner.onboarding_completed = True
        self._runners.save(runner)
        self._passed.pop(runner.id, None)
        lang = runner.language
        lines = [note] if note else []
        lines.append(say(lang, "onboarding_done", name=runner.name,
                         goal=name_of(GOAL_NAMES, runner.goal_race, lang) if runner.goal_race is not None
                         else say(lang, "goal_general_fitness"), frequency=runner.weekly_frequency,
                         level=name_of(LEVEL_NAMES, runner.fitness_level, lang)))
        if runner.has_race and runner.race_date:
            race = runner.race_name or name_of(GOAL_NAMES, runner.goal_race, lang)
            lines.append(say(lang, "onboarding_race_line", race=race, date=short_date(runner.race_date, lang)))
        lines.append(say(lang, "first_plan_offer"))
        return CoachReply("\n\n".join(lines), Intent.ONBOARDING, buttons=(CREATE_PLAN[lang],))


@attrs.define
class _Outcome:
    problem: str | None = None     # what to say when the answer can't be used
    note: str = ""                 # said before the next question ("Anoté tu carrera…")


def _only_asks(text: str) -> bool:
    """A message that is nothing but a question to the coach ("¿qué es una media maratón?", "y tú eres
    un bot?"): asked with "?", every clause of it a question."""
    return "?" in text and acts(text) == {Act.QUESTION}


def parse_race_day_in_past(text: str, today: date) -> bool:
    """A calendar date already gone ("el 3 de mayo" said in November), which a race can't be on."""
    from application.understanding.dates import find_day

    found = find_day(text, today, "past")
    return bool(found and found[0] < today and not re.search(r"(?<!\w)(?:hoy|ayer|today|yesterday)(?!\w)",
                                                              fold(text)))


# "quiero hacer mi primer 10k", "entrenar para una media", "my first half": a distance named as the goal.
_GOAL_NAMED = re.compile(r"(?:quiero (?:hacer|correr)|mi primer[oa]?|entrenar para|prepararme para|me preparo para|"
                         r"my first|train(?:ing)? for|(?:want to|wanna|would like to|i'?d like to|hoping to|hope to) "
                         r"(?:run|do)|goal is|meta es|objetivo es)\s+"
                         r"(?:(?:un|una|el|la|a|an|the)\s+)?(?:\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|millas?|miles?)(?!\w)|"
                         r"media maraton|medio maraton|maraton|half marathon|half|marathon|media)")


_KM_OR_MI = r"(km|kms|kilometros|miles|mile|mi|millas?)"


def _in_km(runner: Runner, value: str, unit: str) -> float:
    """A distance said with its unit; miles make the runner a runner on miles ("12 miles a week")."""
    amount = float(value.replace(",", "."))
    if unit.startswith(("mi", "milla")):
        runner.units = Units.MILES
        return round(amount * KM_PER_MILE, 2)
    return amount


def _answers_held(runner: Runner) -> tuple[object, ...]:
    return tuple(getattr(runner, step if step not in ("race", "goal_time", "schedule", "recent_race") else
                         {"race": "has_race", "goal_time": "goal_time_s", "schedule": "run_days",
                          "recent_race": "longest_run_km"}[step]) for step in STEPS)


def _answered(runner: Runner, step: str) -> bool:
    """The step's own field holds an answer."""
    field = {"race": "has_race", "goal_time": "goal_time_s", "schedule": "run_days",
             "recent_race": None}.get(step, step)
    return field is not None and getattr(runner, field) is not None


def _default_long_run_day(run_days: tuple[int, ...]) -> int | None:
    """Sunday, else Saturday, else the last of the runner's days: weekends usually have the time."""
    for day in (6, 5):
        if day in run_days:
            return day
    return run_days[-1] if run_days else None


def _clock(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _introduces_self(text: str) -> bool:
    lowered = text.lower()
    return any(p in lowered for p in ("me llamo", "mi nombre es", "soy ", "my name is", "i'm ", "i am "))



_LAST_MONTH = ("mes pasado", "hace un mes", "hace 1 mes", "last month", "a month ago", "1 month ago")
UNDATED_RACE_DAYS_AGO = 14


def _race_day(text: str, today: date) -> date:
    """When the recent race was: the day said; "el mes pasado" a month ago; not said, two weeks ago.
    Never today by default: a race today would wrongly fill the next days with post-race recovery."""
    said = parse_day(text, today, prefer="past")
    if said is not None:
        return said
    if has_any(fold(text), _LAST_MONTH):
        return today - timedelta(days=30)
    return today - timedelta(days=UNDATED_RACE_DAYS_AGO)
