"""A run file sent on WhatsApp, end to end (issue 24): a signed ``document`` webhook to the real app
under uvicorn, the worker downloading the file from the fake Graph API's media endpoints (the media
id → its URL → the bytes, with the token), reading it, logging the run through the same rules as a
typed run, and the reply arriving at the fake Graph API."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import build_container
from domain.runner import FitnessLevel, GoalRace, Runner
from tests.activity_fixtures import fit_bytes, gpx_bytes, make_track, tcx_bytes, the_demo_run, zipped
from tests.integration.fake_graph_api import document_payload
from tests.integration.test_webhook_e2e import Coach, settle, webhook_settings

pytestmark = pytest.mark.integration

ANA = "+593991110101"
NOW = datetime(2026, 12, 5, 18, 0, tzinfo=timezone.utc)      # 13:00 in Quito, the run was at 06:30
RUN_DAY = date(2026, 12, 5)


@pytest.fixture
def coach(tmp_path, graph):
    graph.requests.clear()
    graph.rejected.clear()
    container = build_container(webhook_settings(tmp_path, graph))
    container.clock.override(providers.Object(FixedClock(NOW)))
    container.runners().save(Runner(
        phone=ANA, name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
        fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="x", weekly_km=30,
        longest_run_km=14, timezone="America/Guayaquil", language="es", onboarding_completed=True))
    c = Coach(container, graph)
    yield c
    c.close()
    assert not graph.rejected, f"the Graph API refused some messages: {graph.rejected}"


def ana(coach):
    return coach.container.runners().by_phone(ANA)


def send_file(coach, data: bytes, filename: str, caption: str | None = None,
              mime: str = "application/octet-stream") -> str:
    media_id = coach.graph.add_media(data, mime)
    before = len(coach.graph.texts_to(ANA))
    response = coach.post(document_payload(ANA, media_id, filename, caption, mime))
    assert response.status_code == 200, response.text
    coach.graph.wait_for(before + 1, ANA)
    settle(coach)
    return coach.graph.texts_to(ANA)[-1]


def test_a_fit_file_becomes_a_run_with_everything_the_watch_recorded(coach, graph):
    track = the_demo_run()
    reply = send_file(coach, fit_bytes(track), "Morning_Run.fit")

    assert reply.startswith("✅ 10.2 km en 52:11 (5:07/km), +145 m, FC media 152 · el km más rápido el 9 (4:48)")
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert (run.date, run.distance_km, run.duration_s, run.source) == (RUN_DAY, 10.2, 3131, "fit")
    recording = run.recording
    assert recording.started_at == datetime(2026, 12, 5, 11, 30, tzinfo=timezone.utc)
    assert (recording.moving_s, recording.elapsed_s) == (3131, 3131)
    assert (recording.elevation_gain_m, recording.elevation_loss_m) == (145.0, 145.0)
    assert (recording.avg_hr, recording.max_hr, recording.avg_cadence_spm) == (152, 156, 170)
    assert [s.duration_s for s in recording.splits[:9]] == [309] * 8 + [288]
    assert len(recording.splits) == 11 and len(recording.laps) == 11
    # the file went through the media endpoints with the token
    assert graph.media_requests[-1] in graph.media
    # and the conversation log has it, like a typed message
    texts = [m.text for m in coach.container.conversations().for_runner(ana(coach).id)]
    assert texts[-2] == "📎 Morning_Run.fit" and texts[-1] == reply


def test_a_file_for_a_run_typed_the_same_day_completes_it(coach):
    coach.say(ANA, "hoy corrí 10 km en 52 min, rpe 6")
    settle(coach)
    [typed] = coach.container.runs().for_runner(ana(coach).id)
    assert typed.recording is None and typed.distance_km == 10

    reply = send_file(coach, fit_bytes(the_demo_run()), "run.fit")          # 10.2 km: within 5 %
    assert reply.startswith("✅ Completé tu entreno del sáb 5/12 con los datos del reloj: 10.2 km en 52:11")
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert run.id == typed.id and run.perceived_effort == 6
    assert (run.distance_km, run.duration_s, run.source) == (10.2, 3131, "fit")


def test_a_file_for_another_distance_the_same_day_is_a_second_run(coach):
    coach.say(ANA, "hoy corrí 5 km en 30 min")
    settle(coach)
    send_file(coach, fit_bytes(the_demo_run()), "run.fit")
    assert sorted(r.distance_km for r in coach.container.runs().for_runner(ana(coach).id)) == [5, 10.2]


def test_gpx_tcx_and_zipped_exports_are_read_too(coach):
    track = make_track(5000.0, 330.0, start=datetime(2026, 12, 4, 11, 0, tzinfo=timezone.utc))
    gpx_reply = send_file(coach, gpx_bytes(track), "strava.gpx", mime="application/gpx+xml")
    assert gpx_reply.startswith("✅ vie 4/12: 5 km en 27:30 (5:30/km)")
    intervals = make_track(4000.0, lambda d: 200.0 if (d // 400) % 2 == 0 else 400.0, lap_every_m=None,
                           laps_m=[400 * k for k in range(1, 11)],
                           start=datetime(2026, 12, 3, 11, 0, tzinfo=timezone.utc))
    tcx_reply = send_file(coach, tcx_bytes(intervals), "series.tcx", caption="series 5x400",
                          mime="application/vnd.garmin.tcx+xml")
    assert "Series: 400 m 1:20 (3:20/km), 400 m 2:40 (6:40/km)" in tcx_reply
    zip_reply = send_file(coach, zipped("123.fit", fit_bytes(the_demo_run())), "export.zip",
                          mime="application/zip")
    assert "10.2 km en 52:11" in zip_reply
    assert len(coach.container.runs().for_runner(ana(coach).id)) == 3


def test_a_race_caption_makes_it_race_evidence(coach):
    reply = send_file(coach, fit_bytes(the_demo_run()), "race.fit", caption="mi carrera de 10k 🏁")
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert run.is_race and run.notes == "mi carrera de 10k 🏁"
    assert "🏁 La guardé como carrera" in reply
    assert "corresponde a ~" in reply and "2.873 m de altura" in reply   # a race high up: judged at sea level


def test_bad_files_get_a_clear_answer_and_store_nothing(coach, graph):
    assert "parece dañado" in send_file(coach, fit_bytes(the_demo_run())[:-40], "cut.fit")
    assert "no es un entreno que pueda leer" in send_file(coach, b"%PDF-1.7 an invoice", "factura.pdf",
                                                          mime="application/pdf")
    ride = fit_bytes(make_track(20000.0, 120.0), sport="cycling")
    assert "es de bici, no de trote" in send_file(coach, ride, "ride.fit")
    assert coach.container.runs().for_runner(ana(coach).id) == []


def test_an_expired_media_url_is_asked_for_again(coach, graph):
    graph.expire_media_urls(1)
    assert send_file(coach, fit_bytes(the_demo_run()), "run.fit").startswith("✅ 10.2 km")


def test_a_download_that_fails_says_so(coach, graph):
    before = len(graph.texts_to(ANA))
    coach.post(document_payload(ANA, "999999", "lost.fit"))       # Graph does not know the media id
    graph.wait_for(before + 1, ANA)
    settle(coach)
    assert "No pude descargar tu archivo" in graph.texts_to(ANA)[-1]
    assert coach.container.runs().for_runner(ana(coach).id) == []


def test_a_stranger_sending_a_file_is_asked_to_start(coach, graph):
    media_id = graph.add_media(fit_bytes(the_demo_run()))
    stranger = "+593991119999"
    coach.post(document_payload(stranger, media_id, "run.fit"))
    graph.wait_for(1, stranger)
    settle(coach)
    assert "necesito conocerte" in graph.texts_to(stranger)[-1]
    assert coach.container.runners().by_phone(stranger) is None


def test_the_runners_timezone_sets_the_day(coach):
    # 03:00 UTC on the 6th is 22:00 on the 5th in Quito
    late = make_track(5000.0, 330.0, start=datetime(2026, 12, 6, 3, 0, tzinfo=timezone.utc) - timedelta(days=0))
    coach.container.clock.override(providers.Object(FixedClock(datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc))))
    send_file(coach, fit_bytes(late), "night.fit")
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert run.date == date(2026, 12, 5)
