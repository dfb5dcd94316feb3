"""What GeneratePlan writes to the vector memory: a sentence or two about the plan, never its whole text."""
from datetime import date

import pytest

from domain.injury import Severity, Side
from domain.memory import MemoryKind
from domain.runner import FitnessLevel, GoalRace, Runner

TODAY = date(2026, 11, 24)


def remembered_plans(container, runner):
    memory = container.vector_memory()
    memory.flush()
    return [r.document for r in memory.retrieve_context(runner.id, "plan de entrenamiento", k=50)
            if r.document.kind is MemoryKind.PLAN]


@pytest.mark.parametrize("language, words", [
    ("es", ["Plan del 2026-11-24 al 2026-12-07 para 10k", "km por semana", "fondo de",
            "Adaptado por tu rodilla derecha"]),
    ("en", ["Plan 2026-11-24 to 2026-12-07 for a 10k", "km a week", "long run of", "Adapted for your right knee"]),
])
def test_an_adapted_plan_is_remembered_in_one_or_two_sentences(coach, language, words):
    container, _ = coach
    runner = Runner(phone="+593991234567", name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="salud",
                    onboarding_completed=True, language=language)
    container.runners().save(runner)
    container.record_injury()(runner, "rodilla", Severity.MILD, "me duele la rodilla derecha", TODAY,
                              side=Side.RIGHT, pain=2)
    plan = container.generate_plan()(runner, TODAY).plan
    [memory] = remembered_plans(container, runner)
    assert memory.id == plan.id
    for w in words:
        assert w in memory.text
    assert f"{plan.week_km(0):g} / {plan.week_km(1):g}" in memory.text
    assert len(memory.text) < 250
    # The worded adaptations (~450 characters) are the plan's, not the memory's.
    assert plan.adaptations and not any(a in memory.text for a in plan.adaptations)


def test_a_plan_with_quality_sessions_names_them(coach):
    container, _ = coach
    runner = Runner(phone="+593991234568", name="Luis", age=30, goal_race=GoalRace.HALF, weekly_frequency=5,
                    fitness_level=FitnessLevel.ADVANCED, injury_history="none", motivation="marca",
                    onboarding_completed=True)
    container.runners().save(runner)
    plan = container.generate_plan()(runner, TODAY).plan
    [memory] = remembered_plans(container, runner)
    from application.messages import SESSION_NAMES, name_of
    kinds = {s.kind for s in plan.sessions if s.kind.is_quality}
    assert kinds                                   # an advanced runner's block has some
    for kind in kinds:
        assert name_of(SESSION_NAMES, kind, "es") in memory.text
    assert "Adaptado" not in memory.text
