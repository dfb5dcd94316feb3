"""Issue 25 through the real container (memory store, offline coach): pictures in replies, the
terminal chat saving them, reminder and calendar requests, session reminders, the bi-weekly card,
the outbox sending pictures and lists, and the typing indicator on the model's path."""
from __future__ import annotations

import asyncio
import io
from datetime import date, datetime, timedelta, timezone

import icalendar
from zoneinfo import ZoneInfo
import pytest
from dependency_injector import providers
from starlette.testclient import TestClient

from adapters.in_memory import (
    FixedClock,
    InMemoryConversationLog,
    InMemoryDeliveryLog,
    InMemoryInbox,
    InMemoryOutbox,
    InMemoryPlanRepository,
    InMemoryPreferencesRepository,
    InMemoryProgressSummaryRepository,
    InMemoryRunnerRepository,
    InMemoryUnitOfWork,
    RecordingMessenger,
)
from application.coach.coach_reply import CoachReply
from application.messaging.inbound import AnswerMessages
from application.ports import Button, InboxItem
from application.ports.outbox import FAILED, SENT, OutboxMessage
from application.ports.preferences import CoachPreferences
from application.schedule.reminders import REMINDER, REMINDER_PAUSE, SessionReminders, due_day
from application.schedule.scheduled_jobs import BIWEEKLY
from application.understanding.coach_requests import (
    PLAN_PICTURE,
    PROGRESS_CARD,
    ReminderChange,
    calendar_request,
    picture_request,
    reminder_request,
)
from benchmarks.picture_samples import block_for
from bootstrap import Settings, build_container
from domain.conversation import Intent, Message, Role
from domain.plan import Session, SessionKind, TrainingPlan
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner
from entrypoints import cli
from entrypoints.http_app import create_app
from entrypoints.scheduler import run_scheduler

WEDNESDAY = date(2026, 12, 9)


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)


def quito(day: date, hour: int, minute: int = 0) -> datetime:
    """A local time in Quito (UTC-5), in UTC."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("America/Guayaquil")
                    ).astimezone(timezone.utc)


def ana(**fields) -> Runner:
    values = dict(phone="+593991110001", name="Ana Lucía", age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                  fitness_level=FitnessLevel.INTERMEDIATE, injury_history="ninguna", motivation="x",
                  onboarding_completed=True, has_race=True, race_date=WEDNESDAY + timedelta(days=40))
    values.update(fields)
    return Runner(**values)


# --- what the runner asks --------------------------------------------------------------------

@pytest.mark.parametrize("text, wanted", [
    ("muéstrame mi progreso", PROGRESS_CARD), ("muestrame mi progreso porfa", PROGRESS_CARD),
    ("¿cómo voy?", PROGRESS_CARD), ("show me my progress", PROGRESS_CARD), ("mandame el grafico", PROGRESS_CARD),
    ("muéstrame mi plan", PLAN_PICTURE), ("mi plan en imagen", PLAN_PICTURE), ("show me my plan", PLAN_PICTURE),
    ("agrega mi plan al calendario", None), ("hoy corrí 8 km en 45 min", None), ("¿qué toca mañana?", None),
    ("¿qué es el umbral?", None), ("¿cómo voy a hacer las series?", None), ("tengo una agenda apretada", None),
])
def test_picture_requests(text, wanted):
    assert picture_request(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("agrega mi plan al calendario", "link"), ("add my plan to my calendar", "link"), ("calendario", "link"),
    ("ponme el plan en google calendar", "link"), ("revoca el enlace del calendario", "revoke"),
    ("revoke my calendar link", "revoke"), ("muéstrame mi plan", None), ("el 15 de marzo es mi carrera", None),
])
def test_calendar_requests(text, wanted):
    assert calendar_request(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("recuérdame a las 6 am", ReminderChange(True, 6, 0)), ("recuerdame a las 18:30", ReminderChange(True, 18, 30)),
    ("avisame a las 7 de la noche", ReminderChange(True, 19, 0)), ("remind me at 7pm", ReminderChange(True, 19, 0)),
    ("recuérdame a las 12 am", ReminderChange(True, 0, 0)),
    ("ñaño recuerdame a las 5 y media de la mañana", ReminderChange(True, 5, 30)),
    ("avisame los entrenos a las 8 y cuarto de la noche", ReminderChange(True, 20, 15)), ("activa los recordatorios", ReminderChange(True)),
    ("no me recuerdes", ReminderChange(False)), ("stop reminders", ReminderChange(False)),
    ("no me recuerdes más porfa", ReminderChange(False)), ("don't remind me", ReminderChange(False)),
    ("recuérdame estirar después de correr", None), ("hoy corrí 6 km", None), ("tengo 2 recordatorios", ReminderChange(True)),
])
def test_reminder_requests(text, wanted):
    assert reminder_request(text) == wanted


# --- replies with pictures, through the container --------------------------------------------------

@pytest.fixture
def container(tmp_path):
    c = build_container(Settings(store="memory", vector_store="memory", embeddings="hashing",
                                 llm_provider="offline", data_dir=str(tmp_path),
                                 public_url="https://coach.example.com", calendar_secret="s3cret"))
    c.clock.override(providers.Object(FixedClock(utc(WEDNESDAY, 20))))     # 15:00 in Quito
    return c


def with_runs(container, runner: Runner) -> Runner:
    container.runners().save(runner)
    for days_ago, km, minutes in ((1, 8, 46), (3, 6, 35), (6, 12, 72), (9, 8, 47), (13, 10, 58)):
        container.runs().add(Run(runner.id, WEDNESDAY - timedelta(days=days_ago), km, minutes * 60))
    return runner


def test_show_me_my_progress_answers_in_words_and_with_the_card(container):
    runner = with_runs(container, ana())
    _, reply = container.reply_to_runner()(runner.phone, "muéstrame mi progreso")
    [card] = reply.pictures
    assert card.kind == PROGRESS_CARD and card.caption.startswith("📈")
    assert container.pictures().draw(card.content).startswith(b"\x89PNG")
    assert reply.text                                    # the words come too
    _, plain = container.reply_to_runner()(runner.phone, "hoy corrí 5 km en 30 min")
    assert plain.pictures == ()


def test_asking_for_the_plan_brings_its_picture_and_so_does_a_new_block(container):
    runner = with_runs(container, ana())
    reply_to = container.reply_to_runner()
    _, made = reply_to(runner.phone, "Crear mi plan")
    first = container.plans().active_for(runner.id)
    assert first is not None and [p.kind for p in made.pictures] == [PLAN_PICTURE]
    _, today = reply_to(runner.phone, "¿qué toca hoy?")
    assert today.pictures == ()                         # the same block: no picture unasked
    _, shown = reply_to(runner.phone, "muéstrame mi plan")
    assert [p.kind for p in shown.pictures] == [PLAN_PICTURE]
    assert container.plans().active_for(runner.id).id == first.id


def test_andes_chat_saves_each_picture_and_prints_its_path(container, monkeypatch, capsys):
    runner = with_runs(container, ana())
    monkeypatch.setattr(cli, "_container", lambda: container)
    monkeypatch.setattr("sys.stdin", io.StringIO("muéstrame mi progreso\n"))
    assert cli.main(["chat", "--phone", runner.phone]) == 0
    out = capsys.readouterr().out
    [line] = [line for line in out.splitlines() if "Imagen guardada en:" in line]
    path = line.split("Imagen guardada en: ", 1)[1].strip()
    saved = open(path, "rb").read()
    assert path.endswith(".png") and "/pictures/progress_card-" in path and saved.startswith(b"\x89PNG")


def test_a_held_biweekly_summary_brings_a_fresh_card_with_the_next_answer(container):
    runner = with_runs(container, ana())
    container.summaries().claim(__import__("application.ports", fromlist=["x"]).ProgressSummaryRecord(
        runner.id, BIWEEKLY, WEDNESDAY - timedelta(days=13), WEDNESDAY - timedelta(days=3), "🏔️ tu resumen"))
    _, reply = container.reply_to_runner()(runner.phone, "hola")
    assert "🏔️ tu resumen" in reply.text and [p.kind for p in reply.pictures] == [PROGRESS_CARD]


def test_reminder_requests_change_the_runners_preferences(container):
    runner = with_runs(container, ana())
    reply_to = container.reply_to_runner()
    _, morning = reply_to(runner.phone, "recuérdame a las 6 am")
    assert morning.intent is Intent.SET_SCHEDULE and "el mismo día, a las 06:00" in morning.text
    assert container.preferences().get(runner.id) == CoachPreferences(runner.id, 6, 0, True)
    _, off = reply_to(runner.phone, "no me recuerdes")
    assert "no te enviaré recordatorios" in off.text
    assert container.preferences().get(runner.id).reminders_on is False
    _, back = reply_to(runner.phone, "activa los recordatorios")
    assert "a las 06:00" in back.text and container.preferences().get(runner.id).reminders_on


def test_a_reminder_request_with_a_run_in_it_changes_the_setting_and_logs_the_run(container):
    runner = with_runs(container, ana())
    before = len(container.runs().for_runner(runner.id))
    _, reply = container.reply_to_runner()(runner.phone, "recuérdame a las 6 am, y hoy corrí 5 km en 31 min")
    assert reply.text.startswith("Listo ⏰ Te recordaré cada sesión el mismo día, a las 06:00")
    assert "Registré tu entreno" in reply.text
    assert len(container.runs().for_runner(runner.id)) == before + 1
    assert container.preferences().get(runner.id).reminder_hour == 6


def test_the_calendar_link_serves_the_plan_and_a_revoked_link_stops_working(container):
    runner = with_runs(container, ana())
    reply_to = container.reply_to_runner()
    reply_to(runner.phone, "Crear mi plan")
    _, linked = reply_to(runner.phone, "agrega mi plan al calendario")
    url = next(w for w in linked.text.split() if w.startswith("https://coach.example.com/calendar/"))
    path = url.removeprefix("https://coach.example.com")
    with TestClient(create_app(container, works=False)) as http:
        answer = http.get(path)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/calendar")
        feed = icalendar.Calendar.from_ical(answer.content)
        events = [e for e in feed.walk("VEVENT")]
        plan = container.plans().active_for(runner.id)
        runs = [s for s in plan.sessions if s.kind is not SessionKind.REST]
        assert len(events) == len(runs) and feed["X-WR-CALNAME"] == "Andes: plan de Ana"
        assert {e.decoded("dtstart") for e in events} == {s.date for s in runs}
        key, signature = path.removeprefix("/calendar/").removesuffix(".ics").split(".")
        forged = f"/calendar/{key}.{'0' * len(signature)}.ics"
        assert http.get(forged).status_code == 404
        _, revoked = reply_to(runner.phone, "revoca el enlace del calendario")
        assert http.get(path).status_code == 404
        new = next(w for w in revoked.text.split() if w.startswith("https://"))
        assert new != url and http.get(new.removeprefix("https://coach.example.com")).status_code == 200


def test_the_feed_follows_the_plan_when_it_changes(container):
    runner = with_runs(container, ana())
    calendar = container.plan_calendar()
    container.reply_to_runner()(runner.phone, "Crear mi plan")
    first = container.plans().active_for(runner.id)
    before = {e.uid for e in calendar.events(runner)}
    container.clock().advance(timedelta(days=3))
    container.reply_to_runner()(runner.phone, "Crear mi plan")             # a new block from today
    second = container.plans().active_for(runner.id)
    after = calendar.events(runner)
    assert second.id != first.id
    assert all(e.uid.startswith(second.id) for e in after if e.day >= second.start)
    assert all(e.uid in before for e in after if e.day < second.start)          # the past stays as planned


# --- session reminders ----------------------------------------------------------------------

class Reminders:
    def __init__(self, now: datetime):
        self.clock = FixedClock(now)
        self.runners = InMemoryRunnerRepository()
        self.plans = InMemoryPlanRepository()
        self.preferences = InMemoryPreferencesRepository()
        self.summaries = InMemoryProgressSummaryRepository()
        self.messenger = RecordingMessenger()
        self.conversations = InMemoryConversationLog()
        self.template = ""

    def add(self, runner: Runner, wrote: timedelta | None = timedelta(hours=2)) -> Runner:
        self.runners.save(runner)
        start = WEDNESDAY - timedelta(days=2)
        kinds = [SessionKind.EASY, SessionKind.REST, SessionKind.EASY, SessionKind.THRESHOLD, SessionKind.REST,
                 SessionKind.EASY, SessionKind.LONG] * 2
        self.plans.activate(TrainingPlan(runner.id, start, [
            Session(start + timedelta(days=n), kind, 0 if kind is SessionKind.REST else 8.0,
                    None if kind is SessionKind.REST else (330.0, 360.0)) for n, kind in enumerate(kinds)], 45.0))
        if wrote is not None:
            self.conversations.append(Message(runner.id, Role.RUNNER, "hola", self.clock.now() - wrote))
        return runner

    def run(self):
        return SessionReminders(self.runners, self.plans, self.preferences, self.summaries, self.messenger,
                                self.clock, conversations=self.conversations, template=self.template).run()


def test_the_reminder_time_decides_which_days_session_and_when_it_is_due():
    evening, morning = CoachPreferences("a"), CoachPreferences("a", reminder_hour=6)
    local = datetime(2026, 12, 9, 19, 0)
    assert due_day(evening, local) == date(2026, 12, 10)
    assert due_day(evening, local.replace(hour=18, minute=59)) is None
    assert due_day(evening, local.replace(hour=22, minute=59)) == date(2026, 12, 10)
    assert due_day(evening, local.replace(hour=23, minute=1)) is None           # 4 h late: not at all
    assert due_day(morning, local.replace(hour=6, minute=5)) == date(2026, 12, 9)
    assert due_day(morning, local.replace(hour=11)) is None              # 4 h late: not at all
    assert due_day(CoachPreferences("a", reminders_on=False), local) is None


def test_the_evening_before_a_session_the_runner_gets_it_with_its_paces_once():
    world = Reminders(quito(WEDNESDAY, 19, 10))                         # 19:10 in Quito
    runner = world.add(ana())
    report = world.run()
    assert report.sent == [(runner.id, WEDNESDAY + timedelta(days=1))]
    [(phone, text, _)] = world.messenger.sent
    assert phone == runner.phone
    assert text.startswith("⏰ Ana, mañana (jue 10/12) toca: umbral 8 km") and "«no me recuerdes»" in text
    assert world.run().sent == [] and len(world.messenger.sent) == 1            # claimed once
    [record] = world.summaries.for_runner(runner.id)
    assert record.kind == REMINDER and world.summaries.undelivered(runner.id) == []   # never repeated later


def test_no_reminder_before_a_rest_day_nor_before_the_hour_nor_when_turned_off():
    world = Reminders(quito(WEDNESDAY + timedelta(days=1), 19, 10))     # Thursday evening: Friday is rest
    world.add(ana())
    assert world.run().sent == [] and world.messenger.sent == []
    world = Reminders(quito(WEDNESDAY, 18, 50))
    world.add(ana())
    assert world.run().sent == []
    world = Reminders(quito(WEDNESDAY, 19, 10))
    runner = world.add(ana())
    world.preferences.save(CoachPreferences(runner.id, reminders_on=False))
    assert world.run().sent == [] and world.messenger.sent == []


def test_a_morning_reminder_is_for_the_same_days_session_in_english():
    world = Reminders(quito(WEDNESDAY, 6, 0))
    runner = world.add(ana(language="en", name="Ana"))
    world.preferences.save(CoachPreferences(runner.id, reminder_hour=6))
    world.run()
    [(_, text, _)] = world.messenger.sent
    assert text.startswith("⏰ Ana, today (Wed Dec 9) you have: easy run 8 km") and "stop reminders" in text


def test_outside_the_window_the_template_carries_it_and_without_one_nothing_goes():
    world = Reminders(quito(WEDNESDAY, 19, 10))
    runner = world.add(ana(), wrote=timedelta(days=2))
    world.run()
    assert world.messenger.sent == [] and world.messenger.templates == []
    world = Reminders(quito(WEDNESDAY, 19, 10))
    world.template = "andes_recordatorio"
    runner = world.add(ana(), wrote=timedelta(days=2))
    assert world.run().templated == [(runner.id, WEDNESDAY + timedelta(days=1))]
    [(phone, name, language, (first, line))] = world.messenger.templates
    assert (phone, name, language, first) == (runner.phone, "andes_recordatorio", "es", "Ana")
    assert line.startswith("⏰ Ana, mañana (jue 10/12) toca: umbral") and "\n" not in line


def test_after_a_week_of_silence_reminders_pause_and_say_so_once():
    world = Reminders(quito(WEDNESDAY, 19, 10))
    world.template = "andes_recordatorio"
    runner = world.add(ana(), wrote=timedelta(days=8))
    report = world.run()
    assert report.paused == [runner.id] and report.sent == report.templated == []
    [(_, _, _, (_, note))] = world.messenger.templates
    assert note.startswith("Como no he sabido de ti en una semana, pauso los recordatorios")
    world.clock.advance(timedelta(days=1))
    again = world.run()
    assert again.paused == [] and again.sent == again.templated == [] and len(world.messenger.templates) == 1
    assert [r.kind for r in world.summaries.for_runner(runner.id)] == [REMINDER_PAUSE]
    world.conversations.append(Message(runner.id, Role.RUNNER, "volví!", world.clock.now() - timedelta(hours=1)))
    world.clock.advance(timedelta(days=1))                                # Friday 19:10: Saturday is easy
    assert world.run().templated == [(runner.id, WEDNESDAY + timedelta(days=3))]      # wrote 25 h ago


def test_a_runner_who_never_wrote_gets_no_reminder_nor_a_daily_pause_note():
    world = Reminders(quito(WEDNESDAY, 19, 10))
    world.template = "andes_recordatorio"
    runner = world.add(ana(), wrote=None)                                  # imported from the old sheets
    for _ in range(3):
        report = world.run()
        assert report.sent == report.templated == report.paused == []
        world.clock.advance(timedelta(days=1))
    assert world.messenger.templates == [] and world.summaries.for_runner(runner.id) == []


def test_the_scheduler_sends_reminders_and_the_biweekly_card(container):
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    sunday = date(2026, 12, 20)                                            # a bi-weekly summary Sunday
    container.clock.override(providers.Object(FixedClock(quito(sunday, 19, 10))))
    runner = with_runs(container, ana())
    container.plans().activate(TrainingPlan(runner.id, sunday, [
        Session(sunday + timedelta(days=n), SessionKind.EASY, 6.0, (340.0, 370.0)) for n in range(14)], 42.0))
    container.conversations().append(Message(runner.id, Role.RUNNER, "hola", utc(sunday, 20)))
    assert run_scheduler(once=True, container=container) == 0
    texts = [t for _, t, _ in messenger.sent]
    assert texts[0].startswith("🏔️ Ana Lucía, este es tu resumen")
    [(phone, png, caption)] = messenger.images
    assert phone == runner.phone and png.startswith(b"\x89PNG") and caption.startswith("📈")
    assert any(t.startswith("⏰ Ana, mañana (lun 21/12) toca: rodaje suave 6 km @ 5:40–6:10/km") for t in texts)


# --- the outbox: pictures and lists; the typing indicator -----------------------------------------

def test_the_outbox_sends_a_picture_as_an_image_and_more_than_three_choices_as_a_list(container):
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    runner = ana(language="en")
    container.runners().save(runner)
    outbox, now = container.outbox(), container.clock().now()
    choices = tuple(Button(f"race:{d}", d) for d in ("5k", "10k", "Half marathon", "Marathon"))
    outbox.add(OutboxMessage("m1", runner.id, runner.phone, "Which race?", now, now, buttons=choices))
    outbox.add(OutboxMessage("m2", runner.id, runner.phone, "📈 caption", now, now, image=b"\x89PNG..."))
    outbox.add(OutboxMessage("m3", runner.id, runner.phone, "Two?", now, now, buttons=choices[:2]))
    report = asyncio.run(container.send_replies()(runner.id))
    assert report.sent == 3 and all(outbox.get(i).status == SENT for i in ("m1", "m2", "m3"))
    assert messenger.lists == [(runner.phone, "Which race?", "See options", choices)]
    assert messenger.images == [(runner.phone, b"\x89PNG...", "📈 caption")]
    assert messenger.sent[-1] == (runner.phone, "Two?", choices[:2])        # three or fewer: buttons


def test_pictures_of_a_reply_go_into_the_outbox_after_its_words(container):
    runner = with_runs(container, ana())
    container.messenger.override(providers.Object(RecordingMessenger()))
    inbox, outbox = container.inbox(), container.outbox()
    item = InboxItem("wamid.in1", runner.phone.lstrip("+"), "text", "muéstrame mi progreso",
                     container.clock().now())
    inbox.put(item)
    asyncio.run(container.jobs().answer(item.sender))
    words, card = outbox.for_answer("wamid.in1")
    assert words.image is None and words.picture is None and card.text.startswith("📈")
    assert card.picture is not None and card.picture.title       # drawn when it is sent
    [(_, png, caption)] = container.messenger().images
    assert png.startswith(b"\x89PNG") and caption == card.text


class _TimedDrawing:
    """The real renderer, noting what the messenger had sent when each picture was drawn."""

    def __init__(self, renderer, messenger: RecordingMessenger):
        self._renderer, self._messenger = renderer, messenger
        self.sent_before: list[list[str]] = []

    def progress_card(self, card):
        self.sent_before.append([text for _, text, _ in self._messenger.sent])
        return self._renderer.progress_card(card)

    def plan_picture(self, plan):
        self.sent_before.append([text for _, text, _ in self._messenger.sent])
        return self._renderer.plan_picture(plan)


def test_a_reply_s_words_are_sent_before_its_picture_is_drawn(container):
    """Issue 23: the drawing (most of a progress reply's time) is out of the reply's path: the reply
    commits with the picture worded, not drawn; the sender sends the words, then draws and sends it."""
    runner = with_runs(container, ana())
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    pictures = container.pictures()
    timed = _TimedDrawing(pictures._renderer, messenger)
    pictures._renderer = timed
    item = InboxItem("wamid.in2", runner.phone.lstrip("+"), "text", "muéstrame mi progreso",
                     container.clock().now())
    container.inbox().put(item)
    asyncio.run(container.answer_messages()(item.sender))           # answered and committed: nothing drawn
    assert timed.sent_before == [] and messenger.sent == [] and messenger.images == []
    words, card = container.outbox().for_answer("wamid.in2")
    asyncio.run(container.send_replies()(runner.id))
    assert timed.sent_before == [[words.text]]                      # drawn once the words had gone
    assert [m.status for m in container.outbox().for_answer("wamid.in2")] == [SENT, SENT]
    [(_, png, caption)] = messenger.images
    assert png.startswith(b"\x89PNG") and caption == card.text


def test_a_picture_that_cannot_be_drawn_costs_only_itself(container):
    runner = with_runs(container, ana())
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    container.pictures()._renderer = _TimedDrawing(None, messenger)          # draws nothing: it raises
    item = InboxItem("wamid.in3", runner.phone.lstrip("+"), "text", "muéstrame mi progreso",
                     container.clock().now())
    container.inbox().put(item)
    asyncio.run(container.answer_messages()(item.sender))
    asyncio.run(container.send_replies()(runner.id))
    words, card = container.outbox().for_answer("wamid.in3")
    assert (words.status, card.status, card.error) == (SENT, FAILED, "picture not drawn")
    assert messenger.images == [] and [text for _, text, _ in messenger.sent] == [words.text]
    later = OutboxMessage("later", runner.id, runner.phone, "¿Y mañana?", container.clock().now(),
                          container.clock().now())
    container.outbox().add(later)
    asyncio.run(container.send_replies()(runner.id))                # the runner's next replies go on
    assert container.outbox().get("later").status == SENT


class _ModelExchange:
    needs_model = True


class _ModelCoach:
    """A coach whose answers need the model (what LLMCoach does), without a model."""

    def __init__(self, runner: Runner):
        self.runner = runner
        self.thought = asyncio.Event()

    def open(self, phone, text, whatsapp_id=None, progress=None, sent_at=None):
        return _ModelExchange()

    async def think(self, exchange, run_tools):
        await asyncio.sleep(0.01)                   # the model thinks; the indicator goes meanwhile

    def close(self, exchange):
        return self.runner, CoachReply("¡Bien!", Intent.SMALL_TALK)


def test_the_typing_indicator_shows_while_the_model_thinks_and_not_for_the_offline_coach(container):
    runner = ana()
    messenger = RecordingMessenger()
    inbox, outbox, runners = InMemoryInbox(), InMemoryOutbox(), InMemoryRunnerRepository()
    runners.save(runner)
    unit = InMemoryUnitOfWork(runners, inbox, outbox)
    answer = AnswerMessages(inbox, outbox, InMemoryDeliveryLog(), runners, unit, _ModelCoach(runner),
                            FixedClock(utc(WEDNESDAY, 12)), messenger=messenger)
    item = InboxItem("wamid.HBgM123", runner.phone.lstrip("+"), "text", "¿qué opinas?", utc(WEDNESDAY, 12))
    inbox.put(item)
    asyncio.run(answer(item.sender))
    assert messenger.read_marks == [("wamid.HBgM123", True)]
    # The offline coach answers at once: no indicator.
    offline = RecordingMessenger()
    container.messenger.override(providers.Object(offline))
    container.runners().save(runner)
    inbox2 = container.inbox()
    inbox2.put(InboxItem("wamid.HBgM124", runner.phone.lstrip("+"), "text", "hola", container.clock().now()))
    asyncio.run(container.jobs().answer(runner.phone.lstrip("+")))
    assert offline.read_marks == []
