"""Strava sync end to end (issue 24): the real app under uvicorn on SQLite, the fake Graph API for
WhatsApp and a fake Strava (tests/integration/fake_strava.py) over real HTTP — from "conectar strava"
to a logged run, an edit, a deletion, a deauthorization, an expired token and a rate limit."""
from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlparse

import pytest
from dependency_injector import providers

from adapters.in_memory import FixedClock
from bootstrap import build_container
from domain.runner import FitnessLevel, GoalRace, Runner
from tests.integration.fake_graph_api import ServerThread
from tests.integration.fake_strava import FakeStrava
from tests.integration.test_webhook_e2e import Coach, settle, webhook_settings

pytestmark = pytest.mark.integration

ANA = "+593991110202"
ATHLETE = 134815
PUBLIC = "https://andes.example"
NOW = datetime(2026, 12, 5, 18, 0, tzinfo=timezone.utc)
VERIFY = "strava-verify-token"


@pytest.fixture(scope="module")
def strava():
    fake = FakeStrava()
    with ServerThread(fake.app) as server:
        fake.url = server.url
        yield fake


@pytest.fixture
def coach(tmp_path, graph, strava):
    graph.requests.clear()
    graph.rejected.clear()
    clock = FixedClock(NOW)
    strava.now = lambda: clock.now().timestamp()
    strava.limits(100, 1000)
    strava.reset_window()
    settings = webhook_settings(tmp_path, graph, store="sqlite", strava_client_id=str(strava.client_id),
                                strava_client_secret=strava.client_secret, strava_verify_token=VERIFY,
                                strava_api_base=strava.url, public_url=PUBLIC)
    container = build_container(settings)
    container.clock.override(providers.Object(clock))
    container.runners().save(Runner(
        phone=ANA, name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
        fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="x", weekly_km=30,
        longest_run_km=14, timezone="America/Guayaquil", language="es", onboarding_completed=True))
    c = Coach(container, graph)
    c.clock = clock
    yield c
    c.close()
    assert not graph.rejected, f"the Graph API refused some messages: {graph.rejected}"


def ana(coach):
    return coach.container.runners().by_phone(ANA)


def next_message(coach, count_before: int) -> str:
    coach.graph.wait_for(count_before + 1, ANA, timeout=15)
    return coach.graph.texts_to(ANA)[count_before]


def connect(coach, strava) -> None:
    before = len(coach.graph.texts_to(ANA))
    coach.say(ANA, "quiero conectar strava")
    link = next_message(coach, before)
    assert "🔗 Para conectar Strava" in link
    url = next(word for word in link.split() if word.startswith(PUBLIC))
    state = parse_qs(urlparse(url).query)["state"][0]
    # the browser opens our link: it is sent on to Strava's consent page
    redirect = coach.http.get("/strava/connect", params={"state": state}, follow_redirects=False)
    assert redirect.status_code == 302
    target = urlparse(redirect.headers["location"])
    query = parse_qs(target.query)
    assert (target.scheme, target.netloc, target.path) == ("https", "www.strava.com", "/oauth/authorize")
    assert query["client_id"] == [str(strava.client_id)] and query["response_type"] == ["code"]
    assert query["redirect_uri"] == [f"{PUBLIC}/strava/callback"] and query["state"] == [state]
    assert query["scope"] == ["activity:read_all"]
    # the runner authorizes; Strava sends the browser back with a code and the scopes granted
    before = len(coach.graph.texts_to(ANA))
    page = coach.http.get("/strava/callback", params={"state": state, "code": strava.authorize(ATHLETE),
                                                      "scope": "read,activity:read_all"})
    assert page.status_code == 200 and "Listo" in page.text
    assert "Strava conectado" in next_message(coach, before)


def post_event(coach, event: dict) -> str:
    before = len(coach.graph.texts_to(ANA))
    response = coach.http.post("/strava/webhook", json=event)
    assert response.status_code == 200
    return next_message(coach, before)


def test_from_connect_to_a_logged_run_an_edit_a_deletion_and_a_deauthorization(coach, strava, tmp_path):
    connect(coach, strava)
    link = coach.container.strava_store().link_for_runner(ana(coach).id)
    assert link.athlete_id == str(ATHLETE)
    # the tokens are encrypted at rest
    with sqlite3.connect(tmp_path / "andes.sqlite3") as db:
        [(sealed,)] = db.execute("SELECT tokens FROM strava_links").fetchall()
    assert link.tokens.access_token not in sealed and link.tokens.refresh_token not in sealed

    activity = strava.add_run(ATHLETE)
    reply = post_event(coach, strava.event(activity, ATHLETE))
    assert reply == "✅ 10.2 km en 52:10 (5:07/km), +145 m, FC media 152 · el km más rápido el 9 (4:48)"
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert (run.source, run.source_ref, run.distance_km, run.duration_s) == ("strava", str(activity), 10.2, 3130)
    assert run.recording.avg_cadence_spm == 172 and len(run.recording.splits) == 11

    strava.edit(activity, distance=10000.0, moving_time=3050)
    reply = post_event(coach, strava.event(activity, ATHLETE, "update", updates={"title": "Fondo"}))
    assert reply.startswith("✏️ Actualicé tu entreno del sáb 5/12 desde Strava: 10 km en 50:50")
    [run] = coach.container.runs().for_runner(ana(coach).id)
    assert (run.distance_km, run.duration_s) == (10.0, 3050)

    strava.delete(activity)
    reply = post_event(coach, strava.event(activity, ATHLETE, "delete"))
    assert reply.startswith("🗑️ Borraste en Strava tu entreno del sáb 5/12 (10 km)")
    assert coach.container.runs().for_runner(ana(coach).id) == []

    reply = post_event(coach, strava.event(ATHLETE, ATHLETE, "update", "athlete", {"authorized": "false"}))
    assert "Desconectaste Strava" in reply
    assert coach.container.strava_store().link_for_runner(ana(coach).id) is None


def test_a_typed_run_of_the_same_day_is_completed_by_strava(coach, strava):
    connect(coach, strava)
    before = len(coach.graph.texts_to(ANA))
    coach.say(ANA, "hoy corrí 10 km en 52 min")
    # The typed run's own reply first (settle only waits for the handling; under load its delivery can come
    # after the Strava event's, and was read as the event's reply).
    assert next_message(coach, before).startswith("✅ Registré tu entreno del sáb 5/12: 10 km en 52:00")
    settle(coach)
    reply = post_event(coach, strava.event(strava.add_run(ATHLETE), ATHLETE))
    assert reply.startswith("✅ Completé tu entreno del sáb 5/12 con los datos del reloj")
    assert len(coach.container.runs().for_runner(ana(coach).id)) == 1


def test_an_expired_token_is_refreshed_before_the_activity_is_read(coach, strava):
    connect(coach, strava)
    coach.clock.advance(timedelta(hours=7))         # past the 6-hour access token
    strava.expire_tokens()
    grants = len(strava.token_grants)
    reply = post_event(coach, strava.event(strava.add_run(ATHLETE), ATHLETE))
    assert reply.startswith("✅ 10.2 km")
    assert strava.token_grants[grants:] == ["refresh_token"]
    # the rotated refresh token was kept: a second refresh works
    coach.clock.advance(timedelta(hours=7))
    strava.expire_tokens()
    assert post_event(coach, strava.event(strava.add_run(ATHLETE, start=NOW + timedelta(hours=13)), ATHLETE))


def test_a_revoked_access_forgets_the_link(coach, strava):
    connect(coach, strava)
    coach.clock.advance(timedelta(hours=7))
    strava.revoke(ATHLETE)                          # revoked on strava.com: the refresh token is refused
    reply = post_event(coach, strava.event(strava.add_run(ATHLETE), ATHLETE))
    assert "Desconectaste Strava" in reply
    assert coach.container.strava_store().link_for_runner(ana(coach).id) is None


def test_the_rate_limit_queues_events_and_none_is_dropped(coach, strava):
    connect(coach, strava)
    strava.limits(1)                                 # one read per 15 minutes
    first, second, third = (strava.add_run(ATHLETE, start=NOW - timedelta(days=d), distance_m=8000.0 + d)
                            for d in (0, 1, 2))
    reads = len(strava.requests)
    assert post_event(coach, strava.event(first, ATHLETE)).startswith("✅ 8 km")
    for activity in (second, third):
        assert coach.http.post("/strava/webhook", json=strava.event(activity, ATHLETE)).status_code == 200
    sync, store = coach.container.strava_sync(), coach.container.strava_store()
    deadline = time.monotonic() + 10
    while store.due_events(coach.clock.now()) and time.monotonic() < deadline:    # both wait for the window
        time.sleep(0.05)
    assert store.due_events(coach.clock.now()) == []
    assert len(store.due_events(coach.clock.now() + timedelta(minutes=15))) == 2
    assert len(coach.container.runs().for_runner(ana(coach).id)) == 1
    assert len(strava.requests) - reads == 1     # the usage headers said the window was spent: no 429 asked for
    # the window resets at the next quarter hour: both are logged, in order
    coach.clock.advance(timedelta(minutes=15))
    strava.reset_window()
    strava.limits(100)
    sync.process_due()         # (a webhook's background task may be handling them at the same time)
    deadline = time.monotonic() + 10
    while len(coach.container.runs().for_runner(ana(coach).id)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert store.due_events(coach.clock.now() + timedelta(days=1)) == []
    assert sorted(r.distance_km for r in coach.container.runs().for_runner(ana(coach).id)) == [8.0, 8.001, 8.002]


def test_webhook_validation_and_bad_links(coach, strava):
    ok = coach.http.get("/strava/webhook", params={"hub.mode": "subscribe", "hub.challenge": "15f7d1a91c1f40",
                                                   "hub.verify_token": VERIFY})
    assert ok.status_code == 200 and ok.json() == {"hub.challenge": "15f7d1a91c1f40"}
    assert coach.http.get("/strava/webhook", params={"hub.mode": "subscribe", "hub.challenge": "x",
                                                     "hub.verify_token": "nope"}).status_code == 403
    forged = coach.http.get("/strava/connect", params={"state": "YWJjLjEyMy5ub3Bl"}, follow_redirects=False)
    assert forged.status_code == 400 and "venció" in forged.text
    link = coach.container.strava_sync().connect_link(ana(coach))
    state = parse_qs(urlparse(link).query)["state"][0]
    coach.clock.advance(timedelta(minutes=16))      # the link lives 15 minutes
    assert coach.http.get("/strava/connect", params={"state": state}, follow_redirects=False).status_code == 400
    # an event from an athlete nobody linked is accepted and ignored
    assert coach.http.post("/strava/webhook", json=strava.event(1, 999)).status_code == 200
    assert coach.http.post("/strava/webhook", content=b"not json").status_code == 400


def test_a_callback_without_the_activity_scope_links_nothing(coach, strava):
    link = coach.container.strava_sync().connect_link(ana(coach))
    state = parse_qs(urlparse(link).query)["state"][0]
    page = coach.http.get("/strava/callback", params={"state": state, "code": strava.authorize(ATHLETE),
                                                      "scope": "read"})
    assert page.status_code == 400 and "permiso" in page.text
    assert coach.container.strava_store().link_for_runner(ana(coach).id) is None
    denied = coach.http.get("/strava/callback", params={"state": state, "error": "access_denied"})
    assert denied.status_code == 200 and "no se conectó" in denied.text


def test_without_the_settings_the_feature_says_it_is_not_set_up(tmp_path, graph):
    graph.requests.clear()
    container = build_container(webhook_settings(tmp_path, graph))
    container.runners().save(Runner(phone=ANA, name="Ana", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                                    fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none",
                                    motivation="x", onboarding_completed=True))
    c = Coach(container, graph)
    try:
        c.say(ANA, "conectar strava")
        assert "todavía no está activada" in next_message(c, 0)
        assert c.http.get("/strava/connect", params={"state": "x"}).status_code == 404
    finally:
        c.close()


def test_a_429_makes_the_client_wait_for_the_window(strava):
    from adapters.strava import StravaClient
    from application.ports.strava import StravaRateLimited
    at = datetime(2026, 12, 5, 18, 7, tzinfo=timezone.utc)
    strava.now = lambda: at.timestamp()
    strava.limits(0)                                 # spent by another process: this client saw no headers yet
    client = StravaClient(strava.client_id, strava.client_secret, api_base=strava.url, clock=lambda: at)
    tokens = client.exchange_code(strava.authorize(ATHLETE))
    with pytest.raises(StravaRateLimited) as limited:
        client.activity(tokens.access_token, str(strava.add_run(ATHLETE)))
    assert limited.value.retry_at == datetime(2026, 12, 5, 18, 15, tzinfo=timezone.utc)
    strava.limits(100, 0)                            # the daily limit: until midnight UTC
    strava.reset_window()
    client = StravaClient(strava.client_id, strava.client_secret, api_base=strava.url, clock=lambda: at)
    with pytest.raises(StravaRateLimited) as limited:
        client.activity(tokens.access_token, str(strava.add_run(ATHLETE)))
    assert limited.value.retry_at == datetime(2026, 12, 6, 0, 0, tzinfo=timezone.utc)
    strava.limits(100, 1000)
