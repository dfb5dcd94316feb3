"""A run file the runner sent on WhatsApp (a FIT, GPX or TCX document, also zipped), answered.

Three steps, so that no transaction waits on the network or on parsing: ``fetch`` awaits the bytes
(WhatsApp media: its id → its URL → the bytes), ``read`` parses them (blocking: on a worker thread),
and ``answer`` — in the message's unit of work — logs the run through the coach's tool surface
(``CoachTools.import_activity``: the same rules as a typed run) and words the reply. Whatever goes
wrong (a download that fails, a file that is not a run, a corrupt one, a ride) gets a clear reply
and stores nothing; the message is answered once like any other.

The caption the runner wrote with the file is read for two things a file cannot say: that it was
a race or time trial ("carrera", "10k", "test", "a tope"…) and that it was meant easy ("suave",
"rodaje", "regenerativo"…); it is kept as the run's note.
"""
from __future__ import annotations

import json
import logging
import re

import attrs

from application.coach.identity import find_runner
from application.messages import reason, say
from application.messages.activity_text import activity_reply, sport_name
from application.ports import ChatBuffer, Clock, ConversationLog, RunnerRepository
from application.ports.activity_files import (
    MAX_ACTIVITY_BYTES,
    ActivityFile,
    ActivityFileReader,
    Media,
    MediaDownloader,
    MediaUnavailable,
    UnreadableActivity,
)
from application.ports.after_commit import defer_or_run
from application.tools.toolbox import CoachTools
from application.training.import_activity import ImportedRun, NotARun
from application.training.local_time import local_today
from application.understanding.text import fold
from domain.conversation import Intent, Message, Role
from domain.errors import DomainError
from domain.runner import Runner

log = logging.getLogger(__name__)

DOCUMENT = "document"          # InboxItem.kind of a WhatsApp document (entrypoints.whatsapp_payload)

_RACE = re.compile(r"\b(carrera|race|competencia|competi|maraton|marathon|media maraton|half|[0-9]+ ?k|test|tt|"
                   r"time ?trial|contrarreloj|a tope|all ?out|crono)\b")
_EASY = re.compile(r"\b(suave|rodaje|tranqui\w*|regenerativo|easy|recovery|recuperacion|despacio|lento)\b")


@attrs.frozen
class Attachment:
    """What the webhook stored about a document (``InboxItem.text``, as JSON)."""
    media_id: str
    filename: str | None = None
    mime_type: str | None = None
    caption: str = ""

    def to_text(self) -> str:
        return json.dumps(attrs.asdict(self), ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> Attachment:
        try:
            data = json.loads(text)
        except ValueError:
            return cls(media_id="")
        if not isinstance(data, dict):
            return cls(media_id="")
        return cls(media_id=str(data.get("media_id") or ""), filename=data.get("filename") or None,
                   mime_type=data.get("mime_type") or None, caption=str(data.get("caption") or ""))

    @property
    def shown(self) -> str:
        """How the message reads in the conversation log: "📎 carrera.fit — mi 10k"."""
        text = f"📎 {self.filename or 'archivo'}"
        return f"{text} — {self.caption}" if self.caption else text


@attrs.frozen
class Fetched:
    """A file fetched and read, or the reason it could not be (an UnreadableActivity / MediaUnavailable code)."""
    activity: ActivityFile | None = None
    problem: str | None = None
    detail: str = ""


class ReceiveActivityFile:
    def __init__(self, runners: RunnerRepository, conversations: ConversationLog, buffer: ChatBuffer,
                 tools: CoachTools, reader: ActivityFileReader, clock: Clock,
                 downloader: MediaDownloader | None = None, max_bytes: int = MAX_ACTIVITY_BYTES):
        self._runners = runners
        self._conversations = conversations
        self._buffer = buffer
        self._tools = tools
        self._reader = reader
        self._clock = clock
        self._downloader = downloader
        self._max_bytes = max_bytes

    async def fetch(self, attachment: Attachment) -> Media | Fetched:
        """The file's bytes, or why there are none (awaited: no thread waits on WhatsApp)."""
        if self._downloader is None or not attachment.media_id:
            return Fetched(problem="download_failed", detail="no downloader" if self._downloader is None else "no id")
        try:
            return await self._downloader.download(attachment.media_id, self._max_bytes)
        except MediaUnavailable as error:
            log.warning("media download failed", extra={"error_code": error.code})
            problem = {"too_big": "too_big", "unsupported_type": "not_an_activity"}.get(error.code, "download_failed")
            return Fetched(problem=problem, detail=error.code)

    def read(self, media: Media | Fetched, attachment: Attachment | None = None) -> Fetched:
        """Parse the bytes (blocking; no unit of work open)."""
        if isinstance(media, Fetched):
            return media
        try:
            return Fetched(activity=self._reader.read(media.data, media.filename or
                                                      (attachment.filename if attachment else None)))
        except UnreadableActivity as error:
            log.info("activity file unreadable", extra={"error_code": error.code})
            return Fetched(problem=error.code, detail=str(error))

    def answer(self, phone: str | None, whatsapp_id: str | None, attachment: Attachment,
               fetched: Fetched) -> tuple[Runner | None, str]:
        """The run logged (or the reason it was not) and the reply, in the open unit of work."""
        runner = find_runner(self._runners, phone, whatsapp_id)
        if runner is None or not runner.onboarding_completed:
            key = "activity_needs_profile"
            text = say(runner.language, key) if runner else say("es", key) + "\n\n" + say("en", key)
            return runner, text
        imported: ImportedRun | None = None
        language = runner.language
        if fetched.activity is None:
            problem = fetched.problem or "corrupt"
            key = "activity_download_failed" if problem == "download_failed" else f"activity_unreadable_{problem}"
            text = say(language, key, mb=self._max_bytes // (1024 * 1024))
        else:
            caption = fold(attachment.caption)
            easy = bool(_EASY.search(caption))
            today = local_today(runner, self._clock.now())
            try:
                imported = self._tools.import_activity(
                    runner, fetched.activity, today, is_race=bool(_RACE.search(caption)) and not easy,
                    meant_easy=easy, note=attachment.caption or None)
                text = activity_reply(imported.run, imported.outcome, imported.notes, runner, today,
                                      imported.flat_pace_s_per_km)
            except NotARun as error:
                text = say(language, "activity_not_a_run", sport=sport_name(str(error.params.get("sport", "")),
                                                                             language))
            except DomainError as error:
                text = say(language, "activity_rejected", reason=reason(language, error))
        self._remember(runner, attachment, text, Intent.LOG_RUN if imported else Intent.UNKNOWN)
        return runner, text

    def _remember(self, runner: Runner, attachment: Attachment, reply: str, intent: Intent) -> None:
        now = self._clock.now()
        incoming = Message(runner_id=runner.id, role=Role.RUNNER, text=attachment.shown, at=now, intent=intent)
        outgoing = Message(runner_id=runner.id, role=Role.COACH, text=reply, at=now, intent=intent)
        self._conversations.append(incoming, outgoing)

        def buffer() -> None:
            try:
                self._buffer.append(incoming, outgoing)
            except Exception:
                log.exception("chat buffer append failed", extra={"runner_id": runner.id})
        defer_or_run(buffer)
