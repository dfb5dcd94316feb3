from datetime import timedelta

from adapters.in_memory import ScriptedLLM
from application.ports import Completion, LLMUnavailable, ToolCall
from domain.conversation import Intent, Role
from tests.coach_harness import ONBOARDING_ES, onboard

PHONE = "+593991234567"
OTHER = "+593997654321"


def _onboarded(container):
    reply = container.reply_to_runner()
    runner, _ = onboard(reply, PHONE)
    return reply, runner


def test_three_runs_then_a_plan(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    _, r1 = reply(PHONE, "hoy corrí 8 km en 45 min, me siento bien")
    _, r2 = reply(PHONE, "ayer corrí 10k en 52 minutos, RPE 7")
    _, r3 = reply(PHONE, "el sábado hice 15 km en 1h 30, llovía")
    assert all(r.intent == Intent.LOG_RUN and "✅" in r.text for r in (r1, r2, r3))
    runs = container.runs().for_runner(runner.id)
    assert [(r.distance_km, r.duration_s) for r in runs] == [(8, 2700), (10, 3120), (15, 5400)]
    assert runs[2].weather == "rain" and runs[1].perceived_effort == 7
    assert r3.buttons and r3.buttons[0].title == "Crear mi plan"

    _, plan_reply = reply(PHONE, r3.buttons[0].title)
    plan = container.plans().active_for(runner.id)
    assert plan_reply.intent == Intent.PLAN_REQUEST and plan is not None
    assert len(plan.sessions) == 14 and f"VDOT {plan.vdot:.1f}" in plan_reply.text
    assert "10 km" in plan_reply.text            # the VDOT explanation names the run it used


def test_a_bad_run_is_explained_and_nothing_is_stored(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    _, answer = reply(PHONE, "corrí -3 km")
    assert "mayor que cero" in answer.text
    _, answer = reply(PHONE, "corrí 5 km, RPE 14")
    assert "1 a 10" in answer.text and "14" in answer.text
    _, answer = reply(PHONE, "corrí un montón")
    assert "¿Cuántos kilómetros" in answer.text
    assert container.runs().for_runner(runner.id) == []
    # ...but every message is still in the conversation log, with its intent.
    logged = [m for m in container.conversations().for_runner(runner.id) if m.role == Role.RUNNER]
    assert [m.text for m in logged[-3:]] == ["corrí -3 km", "corrí 5 km, RPE 14", "corrí un montón"]
    assert all(m.intent == Intent.LOG_RUN for m in logged[-3:])


def test_an_ache_in_a_run_report_adapts_the_next_plan(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    reply(PHONE, "corrí 10k en 52 minutos, RPE 7, me molesta la rodilla")
    assert [i.body_part for i in container.injuries().for_runner(runner.id, active_only=True)] == ["rodilla"]
    reply(PHONE, "crear mi plan")
    plan = container.plans().active_for(runner.id)
    assert not any(s.kind.is_quality for s in plan.sessions)
    assert any("rodilla" in a for a in plan.adaptations)


def test_an_injury_report_rebuilds_the_active_plan_and_says_why(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    reply(PHONE, "ayer corrí 10 km en 50 min, RPE 8")
    reply(PHONE, "quiero un plan")
    first = container.plans().active_for(runner.id)
    _, answer = reply(PHONE, "me duele bastante la rodilla")
    adapted = container.plans().active_for(runner.id)
    assert answer.intent == Intent.INJURY_REPORT and "moderada" in answer.text
    assert adapted.id != first.id and "Ajusté tu plan" in answer.text
    assert [p.id for p in container.plans().history(runner.id) if p.active] == [adapted.id]
    _, answer = reply(PHONE, "ya no me duele la rodilla")
    assert container.injuries().for_runner(runner.id, active_only=True) == []
    assert "rodilla" in answer.text


def test_questions_are_answered_from_the_runner_data(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    reply(PHONE, "ayer corrí 10 km en 50 min, RPE 9")
    _, paces = reply(PHONE, "¿a qué ritmo debo correr?")
    assert paces.intent == Intent.PACE_QUESTION and "Umbral" in paces.text
    _, progress = reply(PHONE, "¿cómo voy?")
    assert progress.intent == Intent.PROGRESS and "1 entreno, 10 km" in progress.text
    _, memory = reply(PHONE, "¿qué te conté de mi carrera de 10 km?")
    assert memory.intent == Intent.MEMORY_QUESTION and "10 km" in memory.text
    _, update = reply(PHONE, "ahora quiero correr un maratón")
    assert update.intent == Intent.SET_RACE        # a new goal race: the coach also asks its date
    assert container.runners().get(runner.id).goal_race.value == "marathon"


def test_runners_never_see_each_other(coach):
    container, _ = coach
    reply = container.reply_to_runner()
    ana, _ = onboard(reply, PHONE)
    luis, _ = onboard(reply, OTHER, ["Hola", "Luis", "40", "10k", "3", "principiante", "no", "salud"])
    reply(PHONE, "corrí 12 km en 60 min, me duele el tobillo")
    _, answer = reply(OTHER, "¿qué hablamos de mi tobillo?")
    assert "12 km" not in answer.text and "tobillo" not in answer.text.split("\n", 1)[-1]
    assert container.runs().for_runner(luis.id) == []
    assert all(m.runner_id == luis.id for m in container.chat_buffer().recent(luis.id))


def test_the_chat_buffer_keeps_the_last_twenty_messages_for_a_day(coach):
    container, clock = coach
    reply, runner = _onboarded(container)
    for i in range(12):
        reply(PHONE, f"corrí {i + 1} km")
    recent = container.chat_buffer().recent(runner.id)
    assert len(recent) == 20 and recent[-1].role == Role.COACH
    clock.advance(timedelta(hours=25))
    assert container.chat_buffer().recent(runner.id) == []
    assert len(container.conversations().for_runner(runner.id, limit=500)) == 2 * (len(ONBOARDING_ES) + 12)


def _llm_coach(container, *script):
    """The real LLM coach on the container's tools, over a model that plays ``script``."""
    from application.coach.llm_coach import LLMCoach
    return LLMCoach(ScriptedLLM(script), container.tools(), container.tool_registry())


def test_a_provider_outage_falls_back_to_the_offline_coach(coach):
    from dependency_injector import providers

    container, _ = coach
    container.llm_coach.override(providers.Object(_llm_coach(container, LLMUnavailable("provider down"))))
    reply, runner = _onboarded(container)
    _, answer = reply(PHONE, "corrí 10 km en 50 min")
    assert answer.degraded and "✅" in answer.text
    assert len(container.runs().for_runner(runner.id)) == 1


def test_a_run_the_llm_logged_before_failing_is_not_logged_twice(coach):
    from dependency_injector import providers

    container, _ = coach
    reply, runner = _onboarded(container)
    log_run = ToolCall("call_1", "log_run", {"distance_km": 10, "duration_min": 50})
    container.llm_coach.override(providers.Object(_llm_coach(
        container, Completion(text="", tool_calls=(log_run,)), LLMUnavailable("provider down"))))
    container.reply_to_runner.reset()
    _, answer = container.reply_to_runner()(PHONE, "corrí 10 km en 50 min")
    assert answer.degraded and "10 km" in answer.text
    assert len(container.runs().for_runner(runner.id)) == 1


def test_today_and_tomorrow_show_the_workout_in_full(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    reply(PHONE, "quiero un plan")
    plan = container.plans().active_for(runner.id)
    _, today = reply(PHONE, "¿qué toca hoy?")
    _, tomorrow = reply(PHONE, "¿y mañana qué toca?")
    assert today.text.startswith("Hoy toca:") and tomorrow.text.startswith("Mañana toca:")
    for answer, session in ((today, plan.sessions[0]), (tomorrow, plan.sessions[1])):
        assert session.description in answer.text and session.purpose in answer.text


def test_the_coach_celebrates_a_longest_run_and_counts_the_week(coach):
    container, _ = coach
    reply, runner = _onboarded(container)
    reply(PHONE, "ayer corrí 8 km en 48 min")
    reply(PHONE, "el domingo corrí 10 km en 60 min")
    _, answer = reply(PHONE, "hoy corrí 14 km en 84 min")
    assert "salida más larga" in answer.text and "antes: 10 km" in answer.text
    # Monday 23 and Tuesday 24 Nov are this week; Sunday 22 was last week.
    assert "Llevas 22 km esta semana." in answer.text
