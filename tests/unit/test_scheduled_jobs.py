"""Scheduled messages: due at the runner's local hour, sent once per period, claimed before sending."""
from __future__ import annotations

import logging
import threading
from datetime import date, datetime, timedelta, timezone

import pytest
from dependency_injector import providers

from adapters.in_memory import (
    FixedClock,
    InMemoryConversationLog,
    InMemoryInjuryRepository,
    InMemoryPlanRepository,
    InMemoryProgressSummaryRepository,
    InMemoryRunnerRepository,
    InMemoryRunRepository,
    RecordingMessenger,
)
from application.schedule.scheduled_jobs import (
    BIWEEKLY,
    MONTHLY,
    PLAN_RENEWAL,
    ScheduledJobs,
    is_biweekly_sunday,
)
from application.training.progress import SummarizeProgress
from bootstrap import Settings, build_container
from domain.conversation import Message, Role
from domain.plan import BLOCK_DAYS, Session, SessionKind, TrainingPlan
from domain.run import Run
from domain.runner import FitnessLevel, GoalRace, Runner
from entrypoints.scheduler import run_scheduler

SUNDAY = date(2026, 3, 15)          # a bi-weekly summary Sunday
OFF_SUNDAY = date(2026, 3, 22)


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=timezone.utc)


def runner(phone: str, name: str, tz: str = "America/Guayaquil", language: str = "es", onboarded: bool = True):
    return Runner(phone=phone, name=name, age=34, goal_race=GoalRace.TEN_K, weekly_frequency=4,
                  fitness_level=FitnessLevel.INTERMEDIATE, injury_history="none", motivation="x",
                  timezone=tz, language=language, onboarding_completed=onboarded)


class World:
    def __init__(self, now: datetime):
        self.clock = FixedClock(now)
        self.runners = InMemoryRunnerRepository()
        self.runs = InMemoryRunRepository()
        self.plans = InMemoryPlanRepository()
        self.summaries = InMemoryProgressSummaryRepository()
        self.messenger = RecordingMessenger()
        self.conversations = InMemoryConversationLog()
        self.summarize = SummarizeProgress(self.runs, self.plans, InMemoryInjuryRepository())
        self.template = ""

    def jobs(self) -> ScheduledJobs:
        return ScheduledJobs(self.runners, self.plans, self.summaries, self.summarize, self.messenger, self.clock,
                             conversations=self.conversations, template=self.template)

    def add(self, r: Runner, wrote: timedelta | None = timedelta(hours=1)) -> Runner:
        """Store ``r``, who last wrote ``wrote`` ago (None: never), so WhatsApp's window is open by default."""
        self.runners.save(r)
        if wrote is not None:
            self.wrote(r, self.clock.now() - wrote)
        return r

    def wrote(self, r: Runner, at: datetime, text: str = "hola") -> None:
        self.conversations.append(Message(runner_id=r.id, role=Role.RUNNER, text=text, at=at))

    def at(self, now: datetime) -> "World":
        self.clock._now = now
        return self


ANA = runner("+593991110001", "Ana")                                   # Quito/Guayaquil: UTC-5
KENJI = runner("+819012345678", "Kenji", tz="Asia/Tokyo", language="en")  # UTC+9


def test_the_biweekly_anchor_is_every_other_sunday():
    sundays = [d for d in (SUNDAY + timedelta(days=i) for i in range(-30, 60)) if is_biweekly_sunday(d)]
    assert all(d.weekday() == 6 for d in sundays)
    assert all((b - a).days == 14 for a, b in zip(sundays, sundays[1:]))
    assert SUNDAY in sundays and OFF_SUNDAY not in sundays
    # Across a 53-week ISO year (2026 has 53 weeks) the rhythm holds.
    new_year = [d for d in (date(2026, 12, 1) + timedelta(days=i) for i in range(60)) if is_biweekly_sunday(d)]
    assert all((b - a).days == 14 for a, b in zip(new_year, new_year[1:]))


def test_each_runner_gets_the_biweekly_summary_at_their_own_local_evening_once():
    world = World(utc(SUNDAY, 9, 30))            # 18:30 in Tokyo, 04:30 in Guayaquil
    world.add(ANA)
    world.add(KENJI)
    report = world.jobs().run()
    assert report.sent == [(KENJI.id, BIWEEKLY, SUNDAY)]
    [(phone, text, buttons)] = world.messenger.sent
    assert phone == KENJI.phone and text.startswith("🏔️ Kenji, here's how your last two weeks went")
    assert "no runs from you in the last 14 days" in text

    # A rerun the same day (another tick, another process) sends nothing.
    assert world.jobs().run().sent == []
    assert len(world.messenger.sent) == 1

    world.at(utc(SUNDAY, 23, 30))                 # 18:30 in Guayaquil, Monday 08:30 in Tokyo
    jobs = world.jobs()
    assert jobs.run().sent == [(ANA.id, BIWEEKLY, SUNDAY)]
    assert jobs.run().sent == []
    assert [p for p, _, _ in world.messenger.sent] == [KENJI.phone, ANA.phone]
    assert world.messenger.sent[1][1].startswith("🏔️ Ana, este es tu resumen")
    [record] = [r for r in world.summaries.for_runner(ANA.id)]
    assert (record.kind, record.period_start, record.period_end) == (BIWEEKLY, SUNDAY - timedelta(days=13), SUNDAY)
    assert record.sent_at == utc(SUNDAY, 23, 30) and record.text == world.messenger.sent[1][1]


def test_no_summary_before_the_hour_nor_on_the_other_sundays():
    world = World(utc(SUNDAY, 22, 59))            # 17:59 in Guayaquil
    world.add(ANA)
    assert world.jobs().run().sent == []
    world.at(utc(OFF_SUNDAY, 23, 30))             # 18:30, but the off week
    assert world.jobs().run().sent == []
    world.at(utc(SUNDAY - timedelta(days=1), 23, 30))   # Saturday
    assert world.jobs().run().sent == []
    assert world.messenger.sent == []


def test_the_summary_counts_the_runs_of_the_period():
    world = World(utc(SUNDAY, 23, 0))
    world.add(ANA)
    for days_ago, km, minutes in ((1, 8, 45), (5, 5, 28), (20, 12, 70)):
        world.runs.add(Run(runner_id=ANA.id, date=SUNDAY - timedelta(days=days_ago), distance_km=km,
                           duration_s=minutes * 60))
    world.jobs().run()
    [(_, text, _)] = world.messenger.sent
    assert "2 entrenos, 13 km" in text
    assert "Salida más larga: 8 km" in text


def test_monthly_insights_on_the_first_of_the_month_for_the_last_30_days():
    first = date(2026, 4, 1)
    world = World(utc(first, 14, 59))             # 09:59 in Guayaquil
    world.add(ANA)
    world.runs.add(Run(runner_id=ANA.id, date=date(2026, 3, 20), distance_km=10, duration_s=3300))
    assert world.jobs().run().sent == []
    world.at(utc(first, 15, 0))                   # 10:00
    report = world.jobs().run()
    assert report.sent == [(ANA.id, MONTHLY, date(2026, 3, 31))]
    [(_, text, _)] = world.messenger.sent
    assert text.startswith("🗓️ Ana, tu mes en números")
    assert "1 entreno, 10 km" in text
    [record] = world.summaries.for_runner(ANA.id)
    assert (record.period_start, record.period_end) == (date(2026, 3, 2), date(2026, 3, 31))
    world.at(utc(first, 22, 0))
    assert world.jobs().run().sent == []


def plan_ending(runner_id: str, end: date) -> TrainingPlan:
    start = end - timedelta(days=BLOCK_DAYS - 1)
    sessions = [Session(start + timedelta(days=i), SessionKind.EASY, 5.0) for i in range(BLOCK_DAYS)]
    return TrainingPlan(runner_id=runner_id, start=start, sessions=sessions, vdot=40.0)


def test_plan_renewal_reminder_when_the_block_ends_today_once():
    today = date(2026, 3, 18)                     # a Wednesday: nothing else due
    world = World(utc(today, 13, 59))             # 08:59 in Guayaquil
    world.add(ANA)
    plan = plan_ending(ANA.id, today)
    world.plans.activate(plan)
    assert world.jobs().run().sent == []
    world.at(utc(today, 14, 30))                  # 09:30
    assert world.jobs().run().sent == [(ANA.id, PLAN_RENEWAL, today)]
    [(phone, text, buttons)] = world.messenger.sent
    assert "Hoy termina tu bloque" in text
    assert [b.title for b in buttons] == ["Crear mi plan"]
    # Not again that day, nor the days after while the runner hasn't renewed.
    for days in (0, 1, 3):
        world.at(utc(today + timedelta(days=days), 20, 0))
        assert world.jobs().run().sent == []
    [record] = world.summaries.for_runner(ANA.id)
    assert (record.period_start, record.period_end) == (plan.start, plan.end)


def test_plan_renewal_in_english_for_a_block_that_ended_days_ago_and_never_for_an_old_one():
    today = date(2026, 3, 18)
    world = World(utc(today, 3, 0))               # 12:00 in Tokyo
    world.add(KENJI)
    world.plans.activate(plan_ending(KENJI.id, today - timedelta(days=2)))
    world.jobs().run()
    [(_, text, buttons)] = world.messenger.sent
    assert text == "Your training block ended on Mon Mar 16. Shall we build the next one?"
    assert [b.title for b in buttons] == ["Create my plan"]

    stale = World(utc(today, 3, 0))
    stale.add(KENJI)
    stale.plans.activate(plan_ending(KENJI.id, today - timedelta(days=10)))
    assert stale.jobs().run().sent == []
    running = World(utc(today, 3, 0))
    running.add(KENJI)
    running.plans.activate(plan_ending(KENJI.id, today + timedelta(days=1)))
    assert running.jobs().run().sent == []


def test_runners_still_onboarding_get_nothing():
    world = World(utc(SUNDAY, 23, 30))
    world.add(runner("+593991110009", "Nueva", onboarded=False))
    assert world.jobs().run().sent == []


class BrokenMessenger(RecordingMessenger):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def send_text(self, phone, text):
        self.calls += 1
        error = RuntimeError("graph down")
        error.code = 131047
        raise error


def test_claimed_before_sent_a_failed_send_is_not_retried(caplog):
    world = World(utc(SUNDAY, 23, 30))
    world.add(ANA)
    world.messenger = BrokenMessenger()
    report = world.jobs().run()
    assert report.sent == [] and report.failed == [(ANA.id, BIWEEKLY, SUNDAY)]
    assert world.messenger.calls == 1
    assert [r.kind for r in world.summaries.for_runner(ANA.id)] == [BIWEEKLY]
    [record] = [r for r in caplog.records if r.getMessage() == "scheduled message not delivered"]
    assert record.graph_code == 131047 and record.runner_id == ANA.id
    # At-most-once: the rerun finds the claim and does not try again...
    assert world.jobs().run().failed == []
    assert world.messenger.calls == 1
    # ...but the text is still undelivered: it goes with the answer to Ana's next message.
    assert [r.kind for r in world.summaries.undelivered(ANA.id)] == [BIWEEKLY]


# --- WhatsApp's 24-hour window -------------------------------------------------------------

def test_a_runner_who_wrote_two_hours_ago_gets_the_text_now_and_it_is_marked_sent():
    world = World(utc(SUNDAY, 23, 30))
    world.template = "andes_resumen"
    world.add(ANA, wrote=timedelta(hours=2))
    assert world.jobs().run().sent == [(ANA.id, BIWEEKLY, SUNDAY)]
    [(phone, text, _)] = world.messenger.sent
    assert phone == ANA.phone and text.startswith("🏔️ Ana, este es tu resumen")
    assert world.messenger.templates == []
    [record] = world.summaries.for_runner(ANA.id)
    assert record.sent_at == utc(SUNDAY, 23, 30)
    assert world.summaries.undelivered(ANA.id) == []


def test_a_runner_silent_for_three_days_gets_the_template_and_the_text_waits():
    world = World(utc(SUNDAY, 9, 30))             # 18:30 in Tokyo
    world.template = "andes_resumen"
    kenji = world.add(runner("+819012345679", "Kenji Sato", tz="Asia/Tokyo", language="en"),
                      wrote=timedelta(days=3))
    # The coach's own messages do not open the window: only the runner's do.
    world.conversations.append(Message(runner_id=kenji.id, role=Role.COACH, text="x", at=utc(SUNDAY, 8, 0)))
    report = world.jobs().run()
    assert report.sent == [] and report.nudged == [(kenji.id, BIWEEKLY, SUNDAY)]
    assert world.messenger.sent == []
    assert world.messenger.templates == [(kenji.phone, "andes_resumen", "en", ("Kenji",))]
    [record] = world.summaries.undelivered(kenji.id)
    assert record.sent_at is None and record.text.startswith("🏔️ Kenji Sato, here's how your last two weeks went")
    # Claimed: the next tick sends no second nudge.
    assert world.jobs().run().nudged == []
    assert len(world.messenger.templates) == 1


def test_a_silent_runner_with_two_messages_due_gets_one_template():
    world = World(utc(SUNDAY, 23, 30))
    world.template = "andes_resumen"
    world.add(ANA, wrote=timedelta(days=3))
    world.plans.activate(plan_ending(ANA.id, SUNDAY))
    report = world.jobs().run()
    assert report.nudged == [(ANA.id, BIWEEKLY, SUNDAY)] and report.held == [(ANA.id, PLAN_RENEWAL, SUNDAY)]
    assert len(world.messenger.templates) == 1
    assert [r.kind for r in world.summaries.undelivered(ANA.id)] == [BIWEEKLY, PLAN_RENEWAL]


def test_the_window_closes_after_23_hours():
    world = World(utc(SUNDAY, 23, 30))
    world.template = "andes_resumen"
    world.add(ANA, wrote=timedelta(hours=23))
    assert world.jobs().run().nudged == [(ANA.id, BIWEEKLY, SUNDAY)]
    assert world.messenger.templates == [(ANA.phone, "andes_resumen", "es", ("Ana",))]


def test_without_a_template_nothing_is_sent_to_a_silent_runner_and_the_text_waits(caplog):
    caplog.set_level(logging.INFO)
    world = World(utc(SUNDAY, 23, 30))
    world.add(ANA, wrote=None)                    # never wrote since the store began
    report = world.jobs().run()
    assert report.held == [(ANA.id, BIWEEKLY, SUNDAY)] and report.sent == report.failed == []
    assert world.messenger.sent == [] and world.messenger.templates == []
    assert [r.kind for r in world.summaries.undelivered(ANA.id)] == [BIWEEKLY]
    [held] = [r for r in caplog.records if r.getMessage().startswith("scheduled message held")]
    assert held.runner_id == ANA.id
    assert not any(ANA.phone in str(vars(r)) for r in caplog.records)     # the phone is never logged


class BrokenTemplates(RecordingMessenger):
    def send_template(self, phone, name, language, parameters):
        raise RuntimeError("template not approved")


def test_a_failed_template_leaves_the_text_undelivered_and_is_not_retried():
    world = World(utc(SUNDAY, 23, 30))
    world.template = "andes_resumen"
    world.messenger = BrokenTemplates()
    world.add(ANA, wrote=timedelta(days=3))
    assert world.jobs().run().failed == [(ANA.id, BIWEEKLY, SUNDAY)]
    assert world.jobs().run().failed == []
    assert [r.kind for r in world.summaries.undelivered(ANA.id)] == [BIWEEKLY]


def test_one_broken_runner_does_not_stop_the_others(monkeypatch):
    world = World(utc(SUNDAY, 23, 30))
    world.add(ANA)
    other = world.add(runner("+593991110002", "Luis"))
    real = world.summarize

    def summarize(r, today, days=14):
        if r.id == ANA.id:
            raise RuntimeError("boom")
        return real(r, today, days)
    world.summarize = summarize
    assert world.jobs().run().sent == [(other.id, BIWEEKLY, SUNDAY)]


# --- the scheduler entrypoint -------------------------------------------------------------

@pytest.fixture
def container(tmp_path):
    c = build_container(Settings(store="memory", vector_store="memory", embeddings="hashing",
                                 llm_provider="offline", data_dir=str(tmp_path)))
    c.clock.override(providers.Object(FixedClock(utc(SUNDAY, 23, 30))))
    c.runners().save(ANA)
    c.conversations().append(Message(runner_id=ANA.id, role=Role.RUNNER, text="hola", at=utc(SUNDAY, 22, 0)))
    return c


def test_run_scheduler_once(container):
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    assert run_scheduler(once=True, container=container) == 0
    assert run_scheduler(once=True, container=container) == 0
    assert [p for p, _, _ in messenger.sent] == [ANA.phone]


def test_run_scheduler_once_reports_a_failed_send(container):
    container.messenger.override(providers.Object(BrokenMessenger()))
    assert run_scheduler(once=True, container=container) == 1


def test_a_failed_send_reaches_the_runner_with_the_answer_to_their_next_message_once(container):
    container.messenger.override(providers.Object(BrokenMessenger()))
    assert run_scheduler(once=True, container=container) == 1
    [summary] = container.summaries().undelivered(ANA.id)
    reply = container.reply_to_runner()

    _, answer = reply(ANA.phone, "hola")
    assert answer.text.endswith("\n\n" + summary.text)
    assert answer.text.count("este es tu resumen") == 1
    assert container.summaries().undelivered(ANA.id) == []
    [record] = container.summaries().for_runner(ANA.id)
    assert record.sent_at == utc(SUNDAY, 23, 30)
    _, again = reply(ANA.phone, "gracias")
    assert "este es tu resumen" not in again.text
    # What was sent is what the conversation log keeps.
    assert container.conversations().for_runner(ANA.id)[-3].text == answer.text


def test_held_messages_come_oldest_first_and_a_renewal_brings_its_button(container):
    luis = runner("+593991110002", "Luis")        # never wrote: WhatsApp's window is closed
    container.runners().save(luis)
    container.plans().activate(plan_ending(luis.id, SUNDAY))
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    assert run_scheduler(once=True, container=container) == 0      # no template configured
    assert [p for p, _, _ in messenger.sent] == [ANA.phone] and messenger.templates == []
    held = container.summaries().undelivered(luis.id)
    assert [r.kind for r in held] == [BIWEEKLY, PLAN_RENEWAL]

    _, answer = container.reply_to_runner()(luis.phone, "hola")
    assert answer.text.endswith("\n\n" + held[0].text + "\n\n" + held[1].text)
    assert [b.title for b in answer.buttons][-1] == "Crear mi plan"     # after the reply's own
    assert container.summaries().undelivered(luis.id) == []


def test_run_scheduler_needs_a_messenger(container):
    assert container.messenger() is None          # WHATSAPP_TOKEN unset
    assert run_scheduler(once=True, container=container) == 2
    assert container.summaries().for_runner(ANA.id) == []      # nothing claimed


def test_the_scheduler_loop_ticks_until_stopped(container):
    messenger = RecordingMessenger()
    container.messenger.override(providers.Object(messenger))
    stop = threading.Event()
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault(
        "rc", run_scheduler(container=container, interval_s=0.01, stop=stop)))
    thread.start()
    try:
        deadline = datetime.now() + timedelta(seconds=5)
        while not messenger.sent and datetime.now() < deadline:
            stop.wait(0.01)
        stop.wait(0.1)                            # several more ticks
    finally:
        stop.set()
        thread.join(5)
    assert result == {"rc": 0}
    assert len(messenger.sent) == 1


class BrokenSummaries(InMemoryProgressSummaryRepository):
    def undelivered(self, runner_id):
        raise RuntimeError("database down")


def test_a_store_failure_never_breaks_the_reply(container, caplog):
    container.summaries.override(providers.Object(BrokenSummaries()))
    _, answer = container.reply_to_runner()(ANA.phone, "hola")
    assert answer.text
    assert any(r.getMessage() == "adding undelivered scheduled messages failed" for r in caplog.records)


# --- batches --------------------------------------------------------------------------------

class CountingRuns(InMemoryRunRepository):
    def __init__(self):
        super().__init__()
        self.calls: list[str] = []

    def for_runner(self, runner_id, since=None, limit=None):
        self.calls.append("for_runner")
        return super().for_runner(runner_id, since=since, limit=limit)

    def for_runners(self, runner_ids, since):
        self.calls.append(f"for_runners×{len(runner_ids)}")
        return {i: InMemoryRunRepository.for_runner(self, i, since=since) for i in runner_ids}


def a_crowd(world: World, count: int) -> list[Runner]:
    crowd = []
    for n in range(count):
        r = world.add(runner(f"+59399222{n:04d}", f"Runner{n}"))
        for days_ago in range(1, 2 + n % 4):
            world.runs.add(Run(runner_id=r.id, date=SUNDAY - timedelta(days=days_ago), distance_km=5 + n,
                               duration_s=(5 + n) * 330))
        crowd.append(r)
    return crowd


def test_runners_are_prepared_in_batches_with_one_load_of_runs_per_batch():
    world = World(utc(SUNDAY, 23, 30))
    world.runs = CountingRuns()
    world.summarize = SummarizeProgress(world.runs, world.plans, InMemoryInjuryRepository())
    crowd = a_crowd(world, 5)
    expected = {r.id: world.jobs().due_for(r, world.clock.now())[0].text for r in crowd}   # runner by runner
    world.runs.calls.clear()
    jobs = ScheduledJobs(world.runners, world.plans, world.summaries, world.summarize, world.messenger,
                         world.clock, conversations=world.conversations, batch_size=2)
    report = jobs.run()
    assert world.runs.calls == ["for_runners×2", "for_runners×2", "for_runners×1"]
    assert report.sent == [(r.id, BIWEEKLY, SUNDAY) for r in crowd]
    # The same texts as runner by runner, each to its runner, and each marked sent.
    assert {phone: text for phone, text, _ in world.messenger.sent} == {r.phone: expected[r.id] for r in crowd}
    assert all(world.summaries.undelivered(r.id) == [] for r in crowd)


def test_a_new_process_does_not_rebuild_the_summaries_already_claimed():
    world = World(utc(SUNDAY, 23, 30))
    world.runs = CountingRuns()
    world.summarize = SummarizeProgress(world.runs, world.plans, InMemoryInjuryRepository())
    crowd = a_crowd(world, 3)
    assert len(world.jobs().run().sent) == 3
    world.runs.calls.clear()
    late = world.add(runner("+593992229999", "Tardía"))
    report = world.jobs().run()           # a fresh ScheduledJobs: nothing cached in the process
    assert report.sent == [(late.id, BIWEEKLY, SUNDAY)] and report.already_sent == len(crowd)
    assert world.runs.calls == ["for_runners×1"]      # only the runner not claimed yet


def test_a_renewal_and_a_summary_due_together_in_a_batch():
    world = World(utc(SUNDAY, 23, 30))
    ana = world.add(ANA)
    luis = world.add(runner("+593991110002", "Luis"))
    world.plans.activate(plan_ending(luis.id, SUNDAY))
    report = ScheduledJobs(world.runners, world.plans, world.summaries, world.summarize, world.messenger,
                           world.clock, conversations=world.conversations, batch_size=10).run()
    assert report.sent == [(ana.id, BIWEEKLY, SUNDAY), (luis.id, BIWEEKLY, SUNDAY), (luis.id, PLAN_RENEWAL, SUNDAY)]
    assert world.messenger.sent[2][2]          # the renewal brings its button
