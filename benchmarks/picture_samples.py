"""Three runners to draw: a beginner (Spanish, 4 weeks of short runs), a marathoner (English, miles,
12 weeks of 60-80 km with long runs and a race) and a runner with no runs yet. Their logs are made
here, deterministically (a seeded generator), and their 14-day blocks come from the real planner
(domain.planning.build_block), so the pictures show what a runner would get.

    python -m benchmarks.picture_samples docs/pictures     # writes the six PNG screenshots
"""
from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

from domain.planning import build_block
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner, Units
from domain.vdot import estimate_vdot_from_runs

TODAY = date(2026, 12, 9)       # a Wednesday: the current week is half done


def beginner() -> tuple[Runner, list[Run]]:
    runner = Runner(phone="+593990000101", name="María José", age=29, goal_race=GoalRace.FIVE_K,
                    weekly_frequency=3, fitness_level=FitnessLevel.BEGINNER, language="es",
                    onboarding_completed=True, has_race=True, race_date=TODAY + timedelta(days=45),
                    race_name="5K de Cumbayá")
    rng = random.Random(1)
    runs = []
    for week in range(4):
        for offset in (0, 2, 5):
            day = TODAY - timedelta(days=TODAY.weekday() + 7 * (3 - week)) + timedelta(days=offset)
            if day > TODAY:
                continue
            km = round(2.5 + week * 0.6 + rng.uniform(-0.4, 0.6), 1)
            pace = rng.uniform(450, 500) - week * 6            # 7:30–8:20/km, a little faster each week
            runs.append(Run(runner.id, day, km, int(km * pace), perceived_effort=rng.choice([5, 6, 7])))
    return runner, runs


def marathoner() -> tuple[Runner, list[Run]]:
    runner = Runner(phone="+593990000102", name="Daniel Ortega", age=41, goal_race=GoalRace.MARATHON,
                    weekly_frequency=6, fitness_level=FitnessLevel.ADVANCED, language="en", units=Units.MILES,
                    onboarding_completed=True, has_race=True, race_date=TODAY + timedelta(days=74),
                    race_name="Quito Marathon", goal_time_s=3 * 3600 + 10 * 60)
    rng = random.Random(2)
    runs = []
    for week in range(12):
        monday = TODAY - timedelta(days=TODAY.weekday() + 7 * (11 - week))
        recovery = week in (4, 8)                                # a down week every fourth (Pfitzinger)
        scale = 0.75 if recovery else 1.0
        long_km = (22 + week * 1.1) * scale
        plan = [(0, 10), (1, 12), (2, 9), (3, 14), (5, long_km)]
        for offset, km in plan:
            day = monday + timedelta(days=offset)
            if day > TODAY:
                continue
            km = round(km * scale * rng.uniform(0.92, 1.08), 1) if offset != 5 else round(km, 1)
            pace = 315 - week * 1.5 + rng.uniform(-8, 8)         # ~5:15/km easy, improving
            effort = 8 if offset == 3 else 5
            runs.append(Run(runner.id, day, km, int(km * pace), perceived_effort=effort))
    race_day = TODAY - timedelta(days=TODAY.weekday() + 7 * 5 - 6)   # a half marathon six weeks ago
    runs.append(Run(runner.id, race_day, 21.1, 5520, perceived_effort=10, notes="media maratón, carrera",
                    is_race=True))
    return runner, runs


def newcomer() -> tuple[Runner, list[Run]]:
    runner = Runner(phone="+593990000103", name="Lucía", age=35, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                    fitness_level=FitnessLevel.INTERMEDIATE, language="es", onboarding_completed=True,
                    has_race=False)
    return runner, []


def samples() -> list[tuple[str, Runner, list[Run]]]:
    return [("beginner", *beginner()), ("marathoner", *marathoner()), ("no_runs", *newcomer())]


def block_for(runner: Runner, runs: list[Run], start: date):
    estimate = estimate_vdot_from_runs(runs, start, runner.fitness_level)
    return build_block(runner, estimate.vdot, start, None, (), runner.language, estimate.source, runs=runs)


def main(argv: list[str]) -> int:
    from adapters.pictures import MatplotlibPictures
    from application.messages.formatting import render_plan
    from application.training.pictures import plan_picture, progress_card

    out = Path(argv[0] if argv else "docs/pictures")
    out.mkdir(parents=True, exist_ok=True)
    renderer = MatplotlibPictures()
    for name, runner, runs in samples():
        start = TODAY - timedelta(days=2)
        plan = render_plan(block_for(runner, runs, start), runner.language, runner.units)
        (out / f"progress_card_{name}.png").write_bytes(renderer.progress_card(progress_card(runner, TODAY, runs, plan)))
        (out / f"plan_{name}.png").write_bytes(renderer.plan_picture(plan_picture(runner, plan, TODAY)))
        print(f"{name}: {out}/progress_card_{name}.png {out}/plan_{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
