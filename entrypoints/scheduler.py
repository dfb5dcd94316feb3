"""`andes scheduler`: send the scheduled messages (application.schedule.scheduled_jobs) when they are due.

Two ways to run it:

* ``andes scheduler`` — a loop that checks every ``ANDES_SCHEDULER_INTERVAL_S`` seconds (300 by
  default) until SIGTERM/SIGINT;
* ``andes scheduler --once`` — one check, then exit (for cron: run it at least hourly, since each
  runner's messages are due at *their* local hour). Exit status 1 when a message failed to send.

Both are safe to run side by side or to rerun: every message is claimed in the store before it is
sent, so it goes out at most once. A runner silent for more than a day gets the
WHATSAPP_SUMMARY_TEMPLATE nudge instead (or nothing, without one), and the text with their next reply.
Needs WHATSAPP_TOKEN (no messenger, no scheduler: claiming
messages that can't be sent would lose them).
"""
from __future__ import annotations

import logging
import signal
import threading

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_S = 300.0


def build_jobs(container):
    """The scheduled messages' run (``application.schedule.scheduled_jobs``), None without a messenger."""
    return container.scheduled_messages()


def _interval(settings) -> float:
    return max(1.0, settings.scheduler_interval_s)


def run_scheduler(once: bool = False, *, container=None, interval_s: float | None = None,
                  stop: threading.Event | None = None) -> int:
    owns_container = container is None
    if owns_container:
        from bootstrap import Settings, build_container
        from entrypoints.observability import configure_logging
        settings = Settings.from_env()
        configure_logging(settings.log_level)
        container = build_container(settings)
    interval = interval_s if interval_s is not None else _interval(container.settings())
    jobs = build_jobs(container)
    if jobs is None:
        log.error("scheduler needs WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID to send messages; exiting")
        return 2
    stop = stop or threading.Event()
    restore = _install_signal_handlers(stop)
    failed = 0
    log.info("scheduler started", extra={"once": once, "interval_s": interval})
    try:
        while not stop.is_set():
            try:
                failed += len(jobs().failed)
            except Exception:
                log.exception("scheduler tick failed")
                failed += 1
            _purge_expired(container)
            if once or stop.wait(interval):
                break
    finally:
        restore()
        if owns_container:
            from bootstrap import close_resources
            close_resources(container)
        log.info("scheduler stopped")
    return 1 if once and failed else 0


def _purge_expired(container) -> None:
    """Expired chat-buffer rows, answered inbox items, old outbox and delivery records."""
    container.jobs().purge_expired()


def _install_signal_handlers(stop: threading.Event):
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {}
    for sig in (signal.SIGTERM, signal.SIGINT):
        previous[sig] = signal.signal(sig, lambda *_: stop.set())

    def restore():
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return restore

