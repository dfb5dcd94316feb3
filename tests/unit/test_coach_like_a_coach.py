"""Issue 21, as its runners would chat: fitness from the best evidence, any race distance, seasons
that build, recovery after a race, beginners, proportionate injury care, the runner's units and
local day, the goal's fitness and the season at a glance — in Spanish and English, through the
whole offline coach (tests/coach_harness.py)."""
from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from domain.plan import SessionKind
from domain.runner import Units
from domain.vdot import training_paces, vdot_from_race
from tests.coach_harness import memory_container

K = SessionKind
PHONE = "+593995550021"


def _onboarding(lang: str, *, race: str, goal_time: str, days: str, level: str, weekly: str, longest: str,
                recent: str, injuries: str = "ninguna") -> list[str]:
    if lang == "en":
        return ["Hi", "I'm Sam", "41", race, goal_time, days, level, weekly, longest, recent, "any day",
                injuries if injuries != "ninguna" else "none", "yes"]
    return ["Hola", "soy Vale", "29", race, goal_time, days, level, weekly, longest, recent, "me da igual",
            injuries, "si"]


@pytest.fixture
def chat(tmp_path):
    """chat(answers, now=None) -> (say, container, runner, replies): a runner onboarded with these
    answers (the last one accepts the plan); say(text) returns the reply."""
    def start(answers: list[str], now: datetime | None = None):
        container, _ = memory_container(tmp_path, **({"now": now} if now else {}))
        reply = container.reply_to_runner()
        replies = [reply(PHONE, text)[1].text for text in answers]
        runner = container.runners().by_phone(PHONE)
        assert runner.onboarding_completed

        def say(text: str):
            return reply(PHONE, text)[1]
        return say, container, runner, replies
    return start


def _vdot_in(text: str) -> float:
    return float(re.search(r"VDOT (?:de |of )?(\d+(?:\.\d)?)", text).group(1))


# --- Fitness from the best evidence --------------------------------------------------------------

@pytest.mark.parametrize("lang,recent,easy_run", [
    ("es", "media maraton en 1:38 en octubre", "ayer sali 7 km en 42 min"),
    ("en", "half marathon in 1:38 five weeks ago", "yesterday I ran 7 km in 42 minutes, felt easy"),
])
def test_the_race_told_at_onboarding_sets_the_first_plan_and_easy_runs_never_pull_it_down(chat, lang, recent,
                                                                                          easy_run):
    say, container, runner, replies = chat(_onboarding(
        lang, race="maraton de Quito el 6 de junio" if lang == "es" else "Chicago Marathon on October 11, 2027",
        goal_time="3:30", days="5", level="intermedio" if lang == "es" else "intermediate", weekly="48 km",
        longest="18", recent=recent))
    half = vdot_from_race(21097.5, 98 * 60)                    # ≈ 46.2, not a cautious default of 38
    plan = container.plans().active_for(runner.id)
    assert plan.vdot == pytest.approx(half, abs=0.1)
    assert "1:38:00" in replies[-1]
    say(easy_run)
    paces = say("cual es mi vdot?" if lang == "es" else "what's my vdot?")
    assert _vdot_in(paces.text) == pytest.approx(half, abs=0.1)


@pytest.mark.parametrize("lang,text", [
    ("en", "today I ran 10 km in 55 minutes, RPE 6"),
    ("es", "hoy corri 10 km en 55 min, esfuerzo 6/10"),
])
def test_an_rpe_6_run_is_not_read_as_all_out(chat, lang, text):
    say, container, runner, _ = chat(_onboarding(
        lang, race="no tengo carrera" if lang == "es" else "no race", goal_time="no se" if lang == "es" else "no",
        days="4", level="intermedio" if lang == "es" else "intermediate", weekly="30", longest="12",
        recent="no"))
    say(text)
    answer = say("cual es mi vdot" if lang == "es" else "what's my vdot")
    raced = vdot_from_race(10000, 55 * 60)
    assert raced < _vdot_in(answer.text) < raced * 1.08     # more than the same 10k raced all out
    assert "6/10" in answer.text


# --- Any race distance ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,code", [
    ("es", "quiero correr la Ultimas Noticias de 15k", "15k"),
    ("es", "cambia mi objetivo a 15k", "15k"),
    ("en", "change my goal race to a 10 mile race", "10mi"),
    ("es", "mejor hago un trail de 25 km", "25k"),
])
def test_any_distance_is_a_goal(chat, lang, text, code):
    say, container, runner, _ = chat(_onboarding(
        lang, race="la media de Guayaquil el 4 de octubre" if lang == "es" else "Cardiff Half on October 4",
        goal_time="2:10", days="4", level="intermedio" if lang == "es" else "intermediate", weekly="30",
        longest="12", recent="no"))
    answer = say(text)
    assert container.runners().by_phone(PHONE).goal_race.value == code
    assert "5k, 10k, media" not in answer.text and "10k" not in answer.text.replace(code, "")


# --- The season at a glance, the goal's fitness ---------------------------------------------------

@pytest.mark.parametrize("lang,question,longest", [
    ("es", "como se ve mi temporada?", "Fondo más largo"),
    ("en", "what's my longest run before the race?", "Longest run"),
])
def test_the_season_at_a_glance_builds_a_marathon_long_run(chat, lang, question, longest):
    say, container, runner, _ = chat(_onboarding(
        lang, race="maraton de Quito el 6 de junio" if lang == "es" else "Quito Marathon on June 6",
        goal_time="3:30", days="5", level="intermedio" if lang == "es" else "intermediate", weekly="48 km",
        longest="18", recent="media maraton en 1:38 en octubre" if lang == "es" else "half in 1:38 in October"))
    answer = say(question)
    km = float(re.search(rf"{longest}: (\d+(?:\.\d)?) km", answer.text).group(1))
    assert 29 <= km <= 35
    for phase in (("Base", "Construcción", "Específica", "Afinamiento") if lang == "es"
                  else ("Base", "Build", "Race-specific", "Taper")):
        assert phase in answer.text


@pytest.mark.parametrize("lang,question,plainly", [
    ("es", "mi meta es realista?", "apuntaría a"),
    ("en", "is my goal realistic?", "I'd aim for"),
])
def test_an_out_of_reach_goal_is_said_plainly_with_a_time_to_aim_for(chat, lang, question, plainly):
    say, container, runner, _ = chat(_onboarding(
        lang, race="15k de Quito el 5 de abril" if lang == "es" else "a 15k on April 5", goal_time="1:05",
        days="3", level="principiante" if lang == "es" else "beginner", weekly="12", longest="6",
        recent="5k en 38 min en agosto" if lang == "es" else "5k in 38 min in August"))
    answer = say(question)
    assert plainly in answer.text
    assert "1:05:00" in answer.text


# --- After a race ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,recent", [
    ("es", "corri la media ayer en 1:45"),
    ("en", "half marathon yesterday in 1:45"),
])
def test_the_day_after_a_half_is_rest_and_the_week_is_lighter(chat, lang, recent):
    say, container, runner, _ = chat(_onboarding(
        lang, race="10k de Quito el 7 de marzo" if lang == "es" else "a 10k on March 7", goal_time="48 min",
        days="5", level="intermedio" if lang == "es" else "intermediate", weekly="40", longest="18", recent=recent))
    plan = container.plans().active_for(runner.id)
    assert plan.sessions[0].kind is K.REST                      # no 8.7 km the day after a half
    assert not any(s.kind.is_quality for s in plan.sessions[:7])
    assert plan.week_km(0) <= 0.75 * 40


# --- Beginners --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_beginner_starts_from_what_she_runs_at_an_easy_pace_slower_than_her_race(chat, lang):
    say, container, runner, _ = chat(_onboarding(
        lang, race="15k de Quito el 5 de abril" if lang == "es" else "a 15k on April 5",
        goal_time="no se" if lang == "es" else "no", days="3", level="principiante" if lang == "es" else "beginner",
        weekly="12 km", longest="6", recent="5k en 38 min en agosto" if lang == "es" else "5k in 38 min in August"))
    plan = container.plans().active_for(runner.id)
    longs = [s.distance_km for s in plan.sessions if s.kind is K.LONG]
    assert longs and min(longs) >= 6                            # never a 2.7 km "long" run
    assert plan.week_km(0) >= 0.85 * 12
    assert training_paces(plan.vdot).easy[0] > 38 * 60 / 5      # easy slower than her 5k pace (7:36/km)


# --- Proportionate injury care -----------------------------------------------------------------------

@pytest.mark.parametrize("lang,history", [
    ("es", "me operaron el menisco hace 6 años, ya no me duele"),
    ("en", "meniscus surgery six years ago, no pain now"),
])
def test_an_old_surgery_is_history_not_an_open_injury(chat, lang, history):
    say, container, runner, _ = chat(_onboarding(
        lang, race="10k de Quito el 7 de marzo" if lang == "es" else "a 10k on March 7", goal_time="50 min",
        days="4", level="intermedio" if lang == "es" else "intermediate", weekly="30", longest="12", recent="no",
        injuries=history))
    assert container.injuries().for_runner(runner.id, active_only=True) == []
    plan = container.plans().active_for(runner.id)
    assert not any(n.code.startswith("injury_") for n in plan.notes)
    assert any(s.kind.is_quality for s in plan.sessions)


# --- The runner's units -------------------------------------------------------------------------------

def test_a_runner_on_miles_never_reads_km(chat):
    say, container, runner, replies = chat(_onboarding(
        "en", race="Chicago half marathon on October 11", goal_time="1:45", days="4", level="intermediate",
        weekly="22 miles", longest="9 miles", recent="10k in 48:30 three weeks ago"))
    assert container.runners().by_phone(PHONE).units is Units.MILES
    texts = [replies[-1], say("what's my plan?").text, say("what's my longest run before the race?").text,
             say("what are my paces?").text]
    for text in texts:
        assert "/km" not in text and not re.search(r"\d km\b", text), text


# --- The runner's local day ----------------------------------------------------------------------------

def test_late_evening_in_guayaquil_is_still_today_there(chat):
    # Sunday 6 Dec 22:30 in Guayaquil is Monday 03:30 UTC: the plan starts on Sunday.
    late = datetime(2026, 12, 7, 3, 30, tzinfo=timezone.utc)
    say, container, runner, replies = chat(_onboarding(
        "es", race="10k de Quito el 7 de marzo", goal_time="50 min", days="4", level="intermedio", weekly="30",
        longest="12", recent="no"), now=late)
    plan = container.plans().active_for(runner.id)
    assert plan.start.isoformat() == "2026-12-06"
    assert "dom 6/12" in replies[-1]


# --- Soreness lowers the day ------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,rest", [
    ("es", "hoy me toca correr??? tengo las piernas destruidas, ni bajar gradas puedo", True),
    ("en", "do I run today? my legs are wrecked, can't even take the stairs", True),
    ("es", "hoy toca correr? ando con las piernas cargadas", False),
    ("en", "should I run today? legs a bit sore", False),
])
def test_what_the_runner_says_of_their_legs_lowers_the_day(chat, lang, text, rest):
    say, container, runner, _ = chat(_onboarding(
        lang, race="10k de Quito el 7 de marzo" if lang == "es" else "a 10k on March 7", goal_time="48 min",
        days="5", level="intermedio" if lang == "es" else "intermediate", weekly="40", longest="18", recent="no"))
    answer = say(text)
    if rest:
        assert ("nada de correr" in answer.text) if lang == "es" else ("no running today" in answer.text)
    else:
        assert ("suave" in answer.text) if lang == "es" else ("easy" in answer.text)
    assert "Dale, hoy toca" not in answer.text and "as planned" not in answer.text


# --- Time trials in any wording, and a mild ache keeps easy running ------------------------------------

@pytest.mark.parametrize("lang,text", [
    ("es", "hoy hice una prueba de 5k a full en la pista, 24:30"),
    ("en", "did a 5k time trial today, all out, 24:30"),
])
def test_a_time_trial_sets_the_fitness(chat, lang, text):
    say, container, runner, _ = chat(_onboarding(
        lang, race="un 5k el 14 de febrero" if lang == "es" else "a 5k on February 14", goal_time="24 min",
        days="4", level="intermedio" if lang == "es" else "intermediate", weekly="25", longest="8",
        recent="5k en 25 min hace mes y medio" if lang == "es" else "5k in 25 min six weeks ago"))
    say(text)
    answer = say("cual es mi vdot" if lang == "es" else "what's my vdot")
    assert _vdot_in(answer.text) == pytest.approx(vdot_from_race(5000, 24.5 * 60), abs=0.1)   # not "at least"
    assert "24:30" in answer.text


@pytest.mark.parametrize("lang,text", [
    ("es", "me duele la espinilla, como 3/10, no esta hinchada y camino normal"),
    ("en", "my shin hurts a bit, about 3/10, no swelling and walking is fine"),
])
def test_a_mild_ache_keeps_easy_running(chat, lang, text):
    say, container, runner, _ = chat(_onboarding(
        lang, race="10k de Quito el 7 de marzo" if lang == "es" else "a 10k on March 7", goal_time="55 min",
        days="4", level="intermedio" if lang == "es" else "intermediate", weekly="30", longest="12", recent="no"))
    say(text)
    injuries = container.injuries().for_runner(runner.id, active_only=True)
    assert [i.severity.value for i in injuries] == ["mild"]
    plan = container.plans().active_for(runner.id)
    assert plan.week_km(0) + plan.week_km(1) >= 0.5 * 2 * 30          # not 14 days of rest
    assert not any(s.kind.is_quality for s in plan.sessions)
