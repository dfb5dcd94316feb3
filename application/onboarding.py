"""OnboardRunner: get to know a new runner, one question at a time, in their language."""
from __future__ import annotations

from datetime import date

from application.coach_reply import CREATE_PLAN, CoachReply
from application.injuries import RecordInjury
from application.messages import GOAL_NAMES, LEVEL_NAMES, name_of, reason, say
from application.ports import Clock, RunnerRepository
from application.understanding import profile_answers as answers
from application.understanding.body import body_parts_in, mentions_pain
from application.understanding.language import detect_language, requested_language
from domain.conversation import Intent
from domain.errors import DomainError
from domain.injury import Severity
from domain.runner import Runner

_READERS = {
    "name": answers.name_in,
    "age": answers.age_in,
    "goal_race": answers.goal_in,
    "weekly_frequency": answers.frequency_in,
    "fitness_level": answers.level_in,
}


class OnboardRunner:
    def __init__(self, runners: RunnerRepository, record_injury: RecordInjury, clock: Clock):
        self._runners = runners
        self._record_injury = record_injury
        self._clock = clock

    def start(self, phone: str | None, first_message: str,
              whatsapp_id: str | None = None) -> tuple[Runner, CoachReply]:
        language = requested_language(first_message) or detect_language(first_message)
        runner = Runner(phone=phone, whatsapp_id=whatsapp_id, language=language, created_at=self._clock.now())
        runner.name = answers.name_in(first_message) if _introduces_self(first_message) else None
        self._runners.save(runner)
        text = say(language, "welcome")
        if runner.name:
            text = text.rsplit("?", 1)[0].rsplit(".", 1)[0] + ". " + self._question(runner)
        return runner, CoachReply(text, Intent.ONBOARDING)

    def answer(self, runner: Runner, text: str, today: date) -> CoachReply:
        switch = requested_language(text)
        if switch and switch != runner.language:
            runner.language = switch
            self._runners.save(runner)
            return CoachReply(self._question(runner), Intent.ONBOARDING)
        field = runner.missing_onboarding_fields()[0]
        problem = self._fill(runner, field, text, today)
        if problem:
            return CoachReply(problem, Intent.ONBOARDING)
        if not runner.missing_onboarding_fields():
            runner.onboarding_completed = True
            self._runners.save(runner)
            lang = runner.language
            done = say(lang, "onboarding_done", name=runner.name,
                       goal=name_of(GOAL_NAMES, runner.goal_race, lang),
                       frequency=runner.weekly_frequency, level=name_of(LEVEL_NAMES, runner.fitness_level, lang))
            return CoachReply(done + "\n\n" + say(lang, "first_plan_offer"), Intent.ONBOARDING,
                              buttons=(CREATE_PLAN[lang],))
        self._runners.save(runner)
        return CoachReply(self._question(runner), Intent.ONBOARDING)

    def _fill(self, runner: Runner, field: str, text: str, today: date) -> str | None:
        """Set ``field`` from the answer; return what to say when the answer can't be used."""
        lang = runner.language
        if field == "injury_history":
            runner.injury_history = "none" if answers.is_no(text) else text.strip()
            if mentions_pain(text):
                for part in body_parts_in(text):
                    self._record_injury(runner, part, Severity.MILD, text.strip(), today)
            return None
        if field == "motivation":
            runner.motivation = text.strip()
            return None
        value = _READERS[field](text)
        if value is None:
            return say(lang, f"not_understood_{field}")
        try:
            setattr(runner, field, value)   # attrs validators run on assignment
        except DomainError as error:
            return say(lang, "invalid_answer", reason=reason(lang, error))
        # A runner may answer more than asked ("Ana, 34 años"): keep what else is clearly there.
        if field == "name":
            age = answers.age_in(text) if any(ch.isdigit() for ch in text) else None
            if age and 10 <= age <= 100:
                runner.age = age
        return None

    def _question(self, runner: Runner) -> str:
        missing = runner.missing_onboarding_fields()
        field = missing[0] if missing else "motivation"
        return say(runner.language, f"ask_{field}", name=runner.name or "")


def _introduces_self(text: str) -> bool:
    lowered = text.lower()
    return any(p in lowered for p in ("me llamo", "mi nombre es", "soy ", "my name is", "i'm ", "i am "))
