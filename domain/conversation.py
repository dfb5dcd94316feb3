"""Messages exchanged between a runner and the coach."""
from __future__ import annotations

import enum
from datetime import datetime

import attrs

from domain.ids import new_id


class Role(str, enum.Enum):
    RUNNER = "runner"
    COACH = "coach"


class Intent(str, enum.Enum):
    ONBOARDING = "onboarding"
    LOG_RUN = "log_run"
    PLAN_REQUEST = "plan_request"
    PROGRESS = "progress"
    PACE_QUESTION = "pace_question"
    INJURY_REPORT = "injury_report"
    PROFILE_UPDATE = "profile_update"
    MEMORY_QUESTION = "memory_question"
    GREETING = "greeting"
    SMALL_TALK = "small_talk"
    HELP = "help"
    UNKNOWN = "unknown"


@attrs.define
class Message:
    runner_id: str
    role: Role
    text: str
    at: datetime
    intent: Intent | None = None
    id: str = attrs.field(factory=new_id)
