"""The season at a glance and the goal's fitness (domain.season_outline)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from domain.planning import season_volume_cap
from domain.runner import FitnessLevel, GoalRace, Runner
from domain.season import Phase
from domain.season_outline import goal_fitness, season_outline
from domain.vdot import race_time_for, vdot_from_race

TODAY = date(2026, 12, 6)


def test_a_reachable_goal_is_realistic():
    # 3:30 marathon with a 1:38 half (VDOT ~46): already there.
    g = goal_fitness(46.2, GoalRace.MARATHON, 3 * 3600 + 30 * 60, 26, FitnessLevel.INTERMEDIATE)
    assert g.realistic and g.gap < 0 and g.aim_s == 3 * 3600 + 30 * 60


def test_an_out_of_reach_goal_gets_a_time_to_aim_for():
    # sub-3:00 from VDOT 46 in 26 weeks: ~53.5 needed, ~50 reachable (Daniels: ~1 point per 4–6 weeks).
    g = goal_fitness(46.2, GoalRace.MARATHON, 3 * 3600, 26, FitnessLevel.INTERMEDIATE)
    assert not g.realistic
    assert g.target_vdot == pytest.approx(vdot_from_race(42195, 3 * 3600), abs=0.1)
    assert 3 * 3600 < g.aim_s < race_time_for(46.2, 42195)
    assert g.reachable_vdot == pytest.approx(46.2 + 4.0, abs=0.1)      # capped at a season's gain


def test_the_weeks_left_decide_how_much_can_be_gained():
    short = goal_fitness(40, GoalRace("15k"), None, 4, FitnessLevel.BEGINNER)
    long = goal_fitness(40, GoalRace("15k"), None, 16, FitnessLevel.BEGINNER)
    assert short.reachable_vdot < long.reachable_vdot and long.aim_s < short.aim_s


def test_a_marathon_season_builds_its_long_run_and_tapers():
    r = Runner(phone="+593990000001", goal_race=GoalRace.MARATHON, weekly_frequency=5,
               fitness_level=FitnessLevel.INTERMEDIATE, has_race=True, race_date=date(2027, 6, 6))
    outline = season_outline(r, TODAY, 48, 18, 46.2)
    assert outline is not None
    phases = [p for p, _, _ in outline.phases()]
    assert phases == [Phase.BASE, Phase.BUILD, Phase.PEAK, Phase.TAPER]
    assert 29 <= outline.longest.long_km <= 35
    assert outline.peak.km > 48 * 1.3
    assert outline.taper_start == date(2027, 6, 6) - timedelta(days=20)
    assert outline.weeks[-1].km < 0.6 * outline.peak.km
    # The climb is spread over the months before the peak phase, not done in the first weeks.
    assert outline.weeks[4].km < 0.8 * outline.peak.km


def test_no_race_no_outline():
    r = Runner(phone="+593990000001", goal_race=GoalRace.TEN_K, has_race=False)
    assert season_outline(r, TODAY, 30, 10, 40) is None


def test_the_season_cap_climbs_over_the_last_16_weeks_before_the_peak_phase():
    assert season_volume_cap(72, 48, 20) == 48
    assert season_volume_cap(72, 48, 8) == 60
    assert season_volume_cap(72, 48, 0) == 72
    assert season_volume_cap(40, 48, 10) == 40      # already above the peak: the caller keeps theirs
