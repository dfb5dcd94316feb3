"""One message being answered by the offline coach: who, what they wrote, and the tools to act."""
from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from application.coach.coach_reply import CoachReply
from application.coach.context import CoachContext
from application.messages import say
from application.ports import Button
from application.tools.registry import ToolOutcome, ToolRegistry
from application.tools.toolbox import CoachTools
from domain.conversation import Intent
from domain.runner import Runner, Units


@attrs.define
class Turn:
    ctx: CoachContext
    text: str
    registry: ToolRegistry
    tools: CoachTools
    tools_used: list[str] = attrs.field(factory=list)
    # The write the coach's own last question asked for: its answer needs no other cue (application.tools.policy).
    answers: str | None = None

    @property
    def runner(self) -> Runner:
        return self.ctx.runner

    @property
    def today(self) -> date:
        return self.ctx.today

    @property
    def lang(self) -> str:
        return "en" if self.ctx.runner.language == "en" else "es"

    @property
    def units(self) -> Units:
        return self.ctx.runner.units or Units.KM

    def say(self, key: str, **values: Any) -> str:
        return say(self.lang, key, **values)

    def call(self, args: Any) -> ToolOutcome:
        """A tool, exactly as the LLM coach would call it (same validation, same result)."""
        outcome = self.registry.call(self.runner, args, self.today, message=self.text, answering=self.answers)
        if not outcome.is_error and outcome.name not in self.tools_used:
            self.tools_used.append(outcome.name)
        return outcome

    def reply(self, text: str, intent: Intent, buttons: tuple[Button, ...] = ()) -> CoachReply:
        return CoachReply(text, intent, buttons=buttons, tools_used=list(self.tools_used))

    def refused(self, outcome: ToolOutcome, intent: Intent) -> CoachReply:
        """A write the tool surface refused. When the message stated no fact ("old hamstring behaved
        itself, no twinges"), it is acknowledged for what it was, not asked again; any other refusal
        says why and asks."""
        from application.messages import reason
        error = outcome.error
        if getattr(error, "code", "") == "write_not_a_fact":
            acts = str(getattr(error, "params", {}).get("acts", ""))
            key = "ack_negation" if "negation" in acts else "ack_future_plan" if (
                "future" in acts or "quote" in acts) else "ack_complaint" if "complaint" in acts else "ack_statement"
            return self.reply(self.say(key), Intent.SMALL_TALK)
        return self.reply(self.say("invalid_answer", reason=reason(self.lang, error)), intent)
