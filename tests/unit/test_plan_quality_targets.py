"""Each target of the coach's review (benchmarks/plan_quality.py) passes on the personas it speaks
of, and fails when the rule it guards is switched off: a target that cannot fail guards nothing."""
from __future__ import annotations

from collections.abc import Callable

import pytest

import application.messages.formatting as formatting
import benchmarks.plan_quality as bench
import domain.injury as injury_rules
import domain.planning as planning
import domain.season as season
import domain.vdot as vdot
from domain.injury import Injury
from domain.plan import SessionKind
from domain.runner import FitnessLevel
from domain.vdot import VdotEstimate

K = SessionKind


def _personas(*names: str) -> list[bench.Persona]:
    by_name = {p.name: p for p in bench.PERSONAS}
    return [by_name[n] for n in names]


def _rate(target: str, names: tuple[str, ...]) -> float:
    rows = bench.review(_personas(*names), (target,))[target]
    assert rows, f"{target} applies to none of {names}"
    return bench.pass_rate(rows)


def _no_onboarding_race(monkeypatch: pytest.MonkeyPatch) -> None:
    # The issue's bug: the race told at onboarding was not used; a default VDOT by level was.
    def estimate(runs, today, level, **_: object) -> VdotEstimate:
        return vdot._default_estimate(level)
    monkeypatch.setattr(bench, "estimate_vdot_from_runs", estimate)


def _no_said_volume(monkeypatch: pytest.MonkeyPatch) -> None:
    original = planning.volume_evidence

    def evidence(runner, *args, **kwargs):   # what the runner says they run is ignored
        import attrs
        return original(attrs.evolve(runner, weekly_km=None), *args, **kwargs)
    monkeypatch.setattr(planning, "volume_evidence", evidence)


def _one_kind_of_quality(monkeypatch: pytest.MonkeyPatch) -> None:
    reps = {phase: {goal: (K.REPETITION,) for goal in table} for phase, table in planning.QUALITY_KINDS.items()}
    monkeypatch.setattr(planning, "QUALITY_KINDS", reps)
    monkeypatch.setattr(planning, "BEGINNER_QUALITY", {g: K.REPETITION for g in planning.BEGINNER_QUALITY})
    monkeypatch.setattr(planning, "quality_sessions_per_week", lambda level, days: 0)


def _no_taper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(season, "taper_days", lambda goal: 0)
    monkeypatch.setattr(planning, "taper_days", lambda goal: 0)


def _no_cut_backs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(season, "DOWN_WEEK_FACTOR", 1.0)
    monkeypatch.setattr(season, "week_spec", _never_down(season.week_spec))
    monkeypatch.setattr(planning, "week_spec", _never_down(season.week_spec))


def _never_down(spec: Callable) -> Callable:
    import attrs

    def no_down(*args, **kwargs):
        found = spec(*args, **kwargs)
        return attrs.evolve(found, down=False, factor=max(found.factor, 1.0)) if found.down else found
    return no_down


def _old_injuries_stay_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Injury, "is_active", property(lambda self: True))


def _units_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formatting, "_dist", lambda km, units: formatting.km_text(km))
    monkeypatch.setattr(formatting, "_unit", lambda units: "km")


# target → (the personas it is checked on, how to break the rule it guards)
BREAKS: dict[str, tuple[tuple[str, ...], Callable[[pytest.MonkeyPatch], None]]] = {
    "estimate_from_best_race": (("marathon_330_48km", "beginner_10k_3d"),
                                lambda m: m.setattr(vdot, "RECENT_WINDOW_DAYS", 42)),
    "first_block_volume": (("inter_10k_5d", "adv_10k_7d"), _no_said_volume),
    "marathon_longest_run": (("marathon_330_48km", "inter_marathon_4d"),
                             lambda m: m.setattr(planning, "long_run_share", lambda n, goal: 0.30)),
    "half_longest_run": (("inter_half_5d", "adv_15k_6d"),
                         lambda m: m.setattr(planning, "long_run_share", lambda n, goal: 0.30)),
    "race_specific_work": (("marathon_330_48km", "inter_half_5d"), _one_kind_of_quality),
    "recovery_after_race": (("half_yesterday",),
                            lambda m: m.setattr(planning, "_recover_from_races", lambda *a: None)),
    "beginner_long_run_floor": (("beginner_quito_15k", "beginner_5k_3d"),
                                lambda m: m.setattr(planning, "long_run_floor", lambda *a: 0.0)),
    "easy_pace_from_real_fitness": (("beginner_5k_38min",), _no_onboarding_race),
    # Usual runs read only as a floor: the plan's easy pace falls far below what the runner runs.
    "easy_pace_holds_usual_runs": (("inter_no_onboarding_race", "five_k_25min_sub24"),
                                   lambda m: m.setattr(vdot, "easy_pace_vdot", lambda run: 0.0)),
    "volume_builds": (("marathon_330_48km", "inter_12k_4d"), lambda m: m.setattr(planning, "GROWTH", 1.0)),
    "taper_before_race": (("inter_10k_5d", "adv_half_6d"), _no_taper),
    "cut_back_weeks": (("inter_marathon_4d", "adv_marathon_6d"), _no_cut_backs),
    "mild_injury_keeps_running": (("shin_pain_mild",), lambda m: m.setattr(injury_rules, "MILD_PAIN_MAX", 2)),
    "red_flag_stops_running": (("inter_half_4d_severe",),
                               lambda m: m.setattr(planning, "_adapt_to_injury", lambda *a: None)),
    "old_surgery_is_history": (("beginner_10k_4d_surgery",), _old_injuries_stay_open),
    "runner_units": (("english_miles_half",), _units_ignored),
}


def test_every_target_has_a_way_to_break_it():
    assert set(BREAKS) == set(bench.TARGETS)
    assert len(bench.PERSONAS) >= 40


@pytest.mark.parametrize("target", sorted(BREAKS))
def test_the_target_holds_and_fails_when_its_rule_is_broken(target: str, monkeypatch: pytest.MonkeyPatch):
    names, break_rule = BREAKS[target]
    assert _rate(target, names) == 1.0
    with monkeypatch.context() as m:
        break_rule(m)
        assert _rate(target, names) < 1.0, f"{target} did not notice its rule was broken"


def test_the_personas_cover_what_the_issue_asks_for():
    ps = bench.PERSONAS
    goals = {p.goal for p in ps}
    assert {"5k", "10k", "15k", "10mi", "half", "marathon"} <= goals
    assert {p.days for p in ps} >= {2, 3, 4, 5, 6, 7}
    assert {p.level for p in ps} == set(FitnessLevel)
    ages = [p.race_days_ago for p in ps if p.race_km]
    assert min(ages) <= 1 and max(ages) >= 170 and any(30 <= a <= 60 for a in ages)
    hurts = [p.hurt for p in ps if p.hurt]
    assert any(h.pain <= 3 and not h.swelling for h in hurts) and any(4 <= h.pain <= 5 for h in hurts)
    assert any(h.swelling or h.pain_walking for h in hurts)
    assert any(p.old_surgery for p in ps) and any(p.miles for p in ps)
