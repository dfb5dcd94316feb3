"""Issue 25: the progress card and the plan picture — what they say (the words and numbers built by
application.training.pictures) and what the matplotlib adapter draws (a PNG a phone shows whole)."""
from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from PIL import Image

from adapters.in_memory import InMemoryPlanRepository, InMemoryRunRepository
from adapters.pictures import MatplotlibPictures
from application.ports.pictures import PlanDay, PlanPicture, ProgressCard, Tile
from application.training.pictures import (
    CARD_WEEKS,
    PLAN_PICTURE,
    PROGRESS_CARD,
    DrawPictures,
    card_since,
    plan_picture,
    progress_card,
)
from benchmarks.picture_samples import TODAY, beginner, block_for, marathoner, newcomer
from domain.run import Run
from domain.runner import Units


def test_the_weekly_bars_are_the_last_weeks_monday_to_sunday_with_the_current_week_so_far():
    runner, _ = beginner()
    monday = TODAY - timedelta(days=TODAY.weekday())
    runs = [Run(runner.id, monday, 5.0, 1800), Run(runner.id, monday + timedelta(days=1), 3.0, 1200),
            Run(runner.id, monday - timedelta(days=1), 10.0, 3600),            # last Sunday: last week
            Run(runner.id, monday - timedelta(weeks=CARD_WEEKS), 30.0, 9000)]   # before the card's weeks
    card = progress_card(runner, TODAY, runs, None)
    assert len(card.weeks) == CARD_WEEKS
    assert card.weeks[-1] == ("7/12", 8.0) and card.weeks[-2] == ("30/11", 10.0)
    assert sum(v for _, v in card.weeks) == 18.0
    assert card.tiles[0] == Tile("10 km", "Tirada más larga")


def test_a_runner_in_miles_reads_miles_and_english_everywhere():
    runner, runs = marathoner()
    card = progress_card(runner, TODAY, runs, block_for(runner, runs, TODAY))
    assert runner.units is Units.MILES
    assert card.volume_title == "Weekly volume (mi)" and card.title == "Your progress, Daniel"
    km_this_week = sum(r.distance_km for r in runs if r.date >= TODAY - timedelta(days=TODAY.weekday()))
    assert card.weeks[-1] == ("Dec 7", round(km_this_week / 1.609344, 1))
    assert card.tiles[0].value.endswith(" mi") and card.tiles[0].label == "Longest run"
    assert card.tiles[2] == Tile("74 days", "To your marathon")
    assert card.fitness_note.startswith("At this fitness: marathon in ")


def test_the_fitness_trend_rises_after_a_race_and_predicts_the_goal_distance():
    runner, runs = marathoner()
    card = progress_card(runner, TODAY, runs, None)
    values = [v for _, v in card.fitness]
    assert len(values) == CARD_WEEKS
    # The half marathon six weeks ago (1:32:00) is the best evidence: the trend steps up that week.
    assert max(values) == values[-1] and values[-1] - values[0] > 5


def test_a_runner_with_no_runs_gets_an_honest_empty_card():
    runner, runs = newcomer()
    card = progress_card(runner, TODAY, runs, None)
    assert card.empty_note == "Aún no hay entrenos registrados"
    assert all(v == 0 for _, v in card.weeks) and card.fitness == ()
    assert card.fitness_note == "Registra entrenos con su tiempo para ver tu forma física"
    assert card.tiles == (Tile("—", "Tirada más larga"), Tile("—", "Sin plan activo"), Tile("—", "Sin carrera fijada"))


def test_sessions_done_count_run_days_of_the_block_up_to_today():
    runner, runs = beginner()
    start = TODAY - timedelta(days=2)
    plan = block_for(runner, runs, start)
    due = [s for s in plan.sessions if s.kind.is_run and s.date <= TODAY]
    done = sum(1 for s in due if any(r.date == s.date for r in runs))
    assert progress_card(runner, TODAY, runs, plan).tiles[1] == Tile(f"{done}/{len(due)}", "Sesiones del bloque")
    assert 0 < len(due)


def test_the_race_countdown_says_today_and_one_day_and_forgets_a_race_gone_by():
    runner, runs = beginner()
    runner.race_date = TODAY
    assert progress_card(runner, TODAY, runs, None).tiles[2].value == "¡Hoy!"
    runner.race_date = TODAY + timedelta(days=1)
    assert progress_card(runner, TODAY, runs, None).tiles[2].value == "1 día"
    runner.race_date = TODAY - timedelta(days=1)
    assert progress_card(runner, TODAY, runs, None).tiles[2] == Tile("—", "Sin carrera fijada")


def test_the_plan_picture_is_a_calendar_of_the_block_from_its_weekday():
    runner, runs = beginner()
    start = TODAY - timedelta(days=2)                  # a Monday
    plan = block_for(runner, runs, start)
    picture = plan_picture(runner, plan, TODAY)
    assert picture.first_weekday == start.weekday() == 0 and len(picture.days) == 14
    assert picture.weekdays[0] == "Lun" and picture.days[0].day_label == "7/12"
    assert [d.today for d in picture.days].index(True) == 2 and picture.days[0].past and not picture.days[3].past
    assert len(picture.week_totals) == 2
    assert {kind for kind, _ in picture.legend} == {s.kind.value for s in plan.sessions}
    rest = [d for d in picture.days if d.kind == "rest"]
    assert all(d.detail == "" and d.kind_label == "Descanso" for d in rest)


def test_a_block_starting_mid_week_takes_three_calendar_rows():
    runner, runs = marathoner()
    plan = block_for(runner, runs, TODAY)              # a Wednesday
    picture = plan_picture(runner, plan, TODAY)
    assert picture.first_weekday == 2 and len(picture.week_totals) == 3
    assert picture.days[0].day_label == "Dec 9" and picture.days[0].today


def _png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize("sample", [beginner, marathoner, newcomer])
def test_the_cards_are_phone_sized_pngs(sample):
    runner, runs = sample()
    renderer = MatplotlibPictures()
    plan = block_for(runner, runs, TODAY)
    card = _png(renderer.progress_card(progress_card(runner, TODAY, runs, plan)))
    calendar = _png(renderer.plan_picture(plan_picture(runner, plan, TODAY)))
    assert card.size == calendar.size == (1080, 1350)


def test_spanish_accents_are_drawn_with_the_font_not_as_missing_glyphs(recwarn):
    card = ProgressCard(title="Tu progreso, Begoña", subtitle="Últimas 10 semanas · al mié 9/12",
                        volume_title="Volumen semanal (km)", weeks=(("1/12", 10.0),), fitness_title="Forma física",
                        fitness=(("1/12", 40.0),), fitness_note="¿Cómo vas? ¡Así!", tiles=(Tile("1", "Sesión"),))
    MatplotlibPictures().progress_card(card)
    assert not [w for w in recwarn.list if "missing from" in str(w.message) or "Glyph" in str(w.message)]


def test_a_long_label_shrinks_to_its_tile_and_a_day_without_a_session_name_still_draws():
    day = PlanDay("1/12", "cross_training", "Entrenamiento cruzado", "45 min")
    plan = PlanPicture(title="Tu plan", subtitle="", weekdays=("L", "M", "X", "J", "V", "S", "D"),
                       days=tuple([day] * 14), first_weekday=6, week_totals=("a", "b", "c"),
                       legend=(("cross_training", "Entrenamiento cruzado"), ("unknown", "?")))
    assert _png(MatplotlibPictures().plan_picture(plan)).size == (1080, 1350)


class _Broken:
    def progress_card(self, card):
        raise RuntimeError("no font")

    def plan_picture(self, plan):
        raise RuntimeError("no font")


def test_draw_pictures_loads_what_the_card_needs_and_a_broken_renderer_costs_only_the_picture(caplog):
    runner, runs = beginner()
    store, plans = InMemoryRunRepository(), InMemoryPlanRepository()
    for run in runs:
        store.add(run)
    plans.activate(block_for(runner, runs, TODAY))
    draw = DrawPictures(store, plans, MatplotlibPictures())
    card = draw.progress(runner, TODAY)
    assert card is not None and card.kind == PROGRESS_CARD and card.caption.startswith("📈")
    assert _png(draw.draw(card.content)).size == (1080, 1350)       # drawn when asked (when it is sent)
    picture = draw.plan(runner, TODAY)
    assert picture is not None and picture.kind == PLAN_PICTURE
    assert draw.draw(picture.content).startswith(b"\x89PNG")
    assert card_since(TODAY) < TODAY - timedelta(weeks=CARD_WEEKS)
    broken = DrawPictures(store, plans, _Broken())
    worded = broken.progress(runner, TODAY)
    assert worded is not None and broken.draw(worded.content) is None
    assert broken.draw(picture.content) is None
    assert "progress card not drawn" in caplog.text and "plan picture not drawn" in caplog.text
    assert DrawPictures(store, InMemoryPlanRepository(), MatplotlibPictures()).plan(runner, date(2026, 1, 1)) is None
