"""Runners live in their own timezone: 'hoy' in Quito is not 'today' in UTC."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.runner import DEFAULT_TIMEZONE, Runner


def zone(runner: Runner) -> ZoneInfo:
    try:
        return ZoneInfo(runner.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIMEZONE)


def local_now(runner: Runner, now: datetime) -> datetime:
    return now.astimezone(zone(runner))


def local_today(runner: Runner, now: datetime) -> date:
    return local_now(runner, now).date()


def local_day(runner: Runner, moment: datetime) -> date:
    """The runner's calendar day of a stored moment (stored in UTC)."""
    return local_now(runner, moment).date() if moment.tzinfo else moment.date()
