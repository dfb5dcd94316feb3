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
    """What a runner's message asks of the coach (the values are stored with each message)."""
    ONBOARDING = "onboarding"                  # an answer to an onboarding question
    LOG_RUN = "log_run"                        # one or more runs already done (intervals included)
    LOG_CROSS_TRAINING = "log_cross_training"  # bike, swim, strength… (not running km)
    CORRECT_RUN = "correct_run"                # "me equivoqué, fueron 6 km no 8"
    DELETE_RUN = "delete_run"                  # "borra mi última carrera"
    MISSED_SESSION = "missed_session"          # "hoy no pude entrenar, llovió"
    SHOULD_I_RUN = "should_i_run"              # "¿debería correr hoy o mejor descanso?"
    SESSION_QUERY = "session_query"            # what's on today / tomorrow / next / this week
    PLAN_REQUEST = "plan_request"              # show the plan, or build a new one
    PROGRESS = "progress"                      # how am I doing, how did my week go, weekly km
    PACE_QUESTION = "pace_question"            # training paces, VDOT, race predictions
    SET_RACE = "set_race"                      # race, race date, goal time
    SET_SCHEDULE = "set_schedule"              # preferred days, long-run day
    SET_UNITS = "set_units"                    # km or miles
    PROFILE_UPDATE = "profile_update"          # name, age, level, days a week…
    RUNNING_QUESTION = "running_question"      # a term (tempo, VDOT…) or nutrition, shoes, sleep…
    INJURY_REPORT = "injury_report"            # new pain
    INJURY_UPDATE = "injury_update"            # better, worse, what triggers it
    MEMORY_QUESTION = "memory_question"        # "¿qué hablamos de mi rodilla?"
    GREETING = "greeting"
    SMALL_TALK = "small_talk"                  # thanks, ok, 👍
    HELP = "help"
    OUT_OF_SCOPE = "out_of_scope"              # not about running: redirected politely
    CLARIFY = "clarify"                        # the coach asked which of its best guesses was meant
    RED_FLAG = "red_flag"                      # the coach answered a medical warning sign first
    UNKNOWN = "unknown"


@attrs.define
class Message:
    runner_id: str
    role: Role
    text: str
    at: datetime
    intent: Intent | None = None
    id: str = attrs.field(factory=new_id)
