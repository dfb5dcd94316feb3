from domain.conversation import Intent
from tests.coach_harness import ONBOARDING_EN, ONBOARDING_ES, onboard

PHONE = "+593991234567"


def test_a_spanish_runner_is_onboarded_one_question_at_a_time(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    runner, first = reply(PHONE, "Hola")
    assert first.intent == Intent.ONBOARDING and "¿Cómo te llamas?" in first.text
    assert runner.language == "es" and runner.timezone == "America/Guayaquil"

    runner, last = onboard(reply, PHONE, ONBOARDING_ES[1:])
    stored = container.runners().by_phone(PHONE)
    assert stored.onboarding_completed
    assert (stored.name, stored.age, stored.goal_race.value, stored.weekly_frequency,
            stored.fitness_level.value) == ("Ana", 34, "half", 4, "intermediate")
    assert stored.injury_history == "none"
    assert stored.motivation.startswith("Quiero bajar")
    assert "¡Listo, Ana!" in last.text and last.buttons[0].id == "plan:create"


def test_an_english_runner_is_answered_in_english(coach):
    container, _ = coach
    runner, last = onboard(container.reply_to_runner(), "+15551234567", ONBOARDING_EN)
    assert runner.language == "en"
    assert "All set, John!" in last.text
    assert container.runners().get(runner.id).goal_race.value == "marathon"


def test_an_unreadable_or_impossible_answer_is_asked_again_with_the_reason(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    onboard(reply, PHONE, ["Hola", "Ana"])
    _, answer = reply(PHONE, "muchos")
    assert "números" in answer.text
    _, answer = reply(PHONE, "150")
    assert "150 años" in answer.text
    assert container.runners().by_phone(PHONE).age is None
    _, answer = reply(PHONE, "29")
    assert "distancia" in answer.text


def test_a_current_ache_mentioned_in_onboarding_becomes_an_open_injury(coach):
    container, _ = coach
    answers = ONBOARDING_ES[:6] + ["me molesta un poco la rodilla derecha", "salud"]
    runner, _ = onboard(container.reply_to_runner(), PHONE, answers)
    injuries = container.injuries().for_runner(runner.id, active_only=True)
    assert [(i.body_part, i.severity.value) for i in injuries] == [("rodilla", "mild")]


def test_a_runner_can_switch_language_mid_onboarding(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    reply(PHONE, "Hola")
    runner, answer = reply(PHONE, "in English please")
    assert runner.language == "en" and "What's your name?" in answer.text
