"""`andes`: chat with the coach in a terminal, serve the webhook, run the scheduler, migrate."""
from __future__ import annotations

import argparse
import logging
import sys
from datetime import datetime, timezone
from pathlib import Path

from application.messages import say
from bootstrap import SettingsError, build_container, close_resources
from domain.errors import DomainError
from entrypoints.cli_import import add_parser as add_import_parser
from entrypoints.cli_migrate import add_parsers as add_migration_parsers


def _container():
    return build_container()


def _log_to_file(container) -> logging.Handler:
    """The terminal chat is a conversation: its logs go to ``$ANDES_DATA_DIR/andes.log``, not between
    the replies (JSON lines, as the server writes them)."""
    from entrypoints.observability import configure_logging
    path = container.settings().data_path / "andes.log"
    return configure_logging(container.settings().log_level, stream=open(path, "a", encoding="utf-8"))  # noqa: SIM115


def _close_log(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
    stream = getattr(handler, "stream", None)
    if stream is not None:
        stream.close()


def chat(args) -> int:
    container = _container()
    log_handler = _log_to_file(container)
    try:
        reply_to_runner = container.reply_to_runner()
    except RuntimeError as error:      # e.g. the embedded memory is held by another process
        print(f"andes: {error}", file=sys.stderr)
        close_resources(container)
        _close_log(log_handler)
        return 1
    phone = args.phone
    out = sys.stdout
    interactive = sys.stdin.isatty()
    if interactive:
        print("Andes 🏔️  — escribe tu mensaje (Ctrl-D para salir) / type your message (Ctrl-D to quit)\n")
    buttons = ()
    while True:
        try:
            line = input("tú> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            break
        text = line.strip()
        if not text:
            continue
        if text.startswith(FILE_COMMAND):
            print("andes> " + _send_file(container, phone, text[len(FILE_COMMAND):]).replace("\n", "\n       "),
                  file=out)
            print(file=out)
            out.flush()
            continue
        if text.isdigit() and buttons and 1 <= int(text) <= len(buttons):
            text = buttons[int(text) - 1].title       # pressing a button sends its title
        try:
            runner, reply = reply_to_runner(phone, text)
        except DomainError as error:
            print(f"andes> {error.reason}", file=out)
            continue
        print("andes> " + reply.text.replace("\n", "\n       "), file=out)
        if reply.pictures:
            out.flush()                     # the words first: the pictures are drawn after them
        for picture in reply.pictures:
            # WhatsApp would show it as an image: the terminal saves it and says where.
            path = _save_picture(container, picture)
            if path is None:
                continue
            print("       " + picture.caption, file=out)
            print("       " + say(runner.language, "picture_saved", path=path), file=out)
        # A number presses one of the buttons of the last reply only: "3" typed after an answer that
        # offered none is a number ("3 días"), not a button offered earlier.
        buttons = reply.buttons
        if reply.buttons:
            print("       " + "  ".join(f"[{i}] {b.title}" for i, b in enumerate(buttons, 1)), file=out)
        print(file=out)
        out.flush()
    close_resources(container)
    _close_log(log_handler)
    return 0


def _save_picture(container, picture) -> Path | None:
    """``$ANDES_DATA_DIR/pictures/<kind>-<UTC time>.png``: a new file per picture, never overwritten;
    None when it could not be drawn (logged)."""
    png = container.pictures().draw(picture.content)
    if png is None:
        return None
    folder = container.settings().data_path / "pictures"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"{picture.kind}-{stamp}.png"
    path.write_bytes(png)
    return path


FILE_COMMAND = "/file "


def _send_file(container, phone: str, argument: str) -> str:
    """``/file PATH [caption]``: send a run file (FIT, GPX, TCX, zipped) as WhatsApp would, a document
    with its caption; it is read and logged like one (application.coach.activity_files)."""
    import shlex
    from pathlib import Path

    from application.coach.activity_files import Attachment
    from application.ports.activity_files import MAX_ACTIVITY_BYTES, Media

    try:
        words = shlex.split(argument)
    except ValueError:
        words = argument.split()
    if not words:
        return "uso / usage: /file RUTA/PATH [comentario/caption]"
    path = Path(words[0]).expanduser()
    caption = " ".join(words[1:])
    try:
        if path.stat().st_size > MAX_ACTIVITY_BYTES:
            data = b"x" * (MAX_ACTIVITY_BYTES + 1)      # refused by the reader as too big, like a WhatsApp file
        else:
            data = path.read_bytes()
    except OSError as error:
        return f"no pude abrir / could not open {path}: {error.strerror}"
    files = container.receive_activity_file()
    attachment = Attachment(media_id="cli", filename=path.name, caption=caption)
    fetched = files.read(Media(data=data, mime_type="application/octet-stream", filename=path.name), attachment)
    with container.unit_of_work():
        _, text = files.answer(phone, None, attachment, fetched)
    return text


def serve(args) -> int:
    from entrypoints.http_app import run_server
    return run_server(host=args.host, port=args.port, worker=args.worker) or 0


def worker(args) -> int:
    from entrypoints.worker import run_worker
    return run_worker(concurrency=args.concurrency) or 0


def scheduler(args) -> int:
    from entrypoints.scheduler import run_scheduler
    return run_scheduler(once=args.once) or 0


def migrate(args) -> int:
    """Every schema: the store's (opening it applies its migrations) and, on PostgreSQL, the job
    queue's (procrastinate's, adapters/postgres/queue_schema.py), under one advisory lock. Exit
    status 1, with the reason, when one fails."""
    container = _container()
    settings = container.settings()
    try:
        container.store()
        queue = ""
        if settings.store_kind == "postgres":
            from adapters.procrastinate_queue import apply_schema
            changed = apply_schema(settings.database_url.get_secret_value())
            queue = "; job queue schema " + ("created or upgraded" if changed else "up to date")
    except Exception as error:
        print(f"andes: migration failed: {type(error).__name__}: {' '.join(str(error).split())[:300]}",
              file=sys.stderr)
        return 1
    finally:
        close_resources(container)
    print(f"store: {settings.store_kind}; schema up to date{queue}")
    return 0


def reindex(args) -> int:
    """The long-term memory written again from the store (application/coach/memory_rebuild.py): after
    damage, a change of embedder, or writes dropped while the memory was down. Stop `andes serve`
    first in the embedded mode (it holds the vector store's folder)."""
    container = _container()
    try:
        memory = container.vector_memory()
        written = container.rebuild_memory()()
        flush = getattr(memory, "flush", None)
        if flush is not None and not flush(600):
            print("andes: reindex: the memory writes did not all finish in 10 minutes", file=sys.stderr)
            return 1
    except Exception as error:
        print(f"andes: reindex failed: {type(error).__name__}: {' '.join(str(error).split())[:300]}",
              file=sys.stderr)
        return 1
    finally:
        close_resources(container)
    print("memory rebuilt from the store: " + ", ".join(f"{n} {kind}" for kind, n in sorted(written.items())))
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="andes", description="Andes, the running coach that lives in WhatsApp")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("chat", help="talk with the coach in this terminal")
    p.add_argument("--phone", default="+593990000001", help="who you are (E.164 phone, default a demo runner)")
    p.set_defaults(func=chat)

    p = sub.add_parser("serve", help="HTTP app: WhatsApp webhook, /health, JSON API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--worker", action="store_true",
                   help="with DATABASE_URL: also answer messages in this process (embedded mode: always)")
    p.set_defaults(func=serve)

    p = sub.add_parser("worker", help="answer queued messages, send replies, run periodic jobs (needs DATABASE_URL)")
    p.add_argument("--concurrency", type=int, default=None,
                   help="jobs at a time (default ANDES_WORKER_CONCURRENCY, 16)")
    p.set_defaults(func=worker)

    p = sub.add_parser("scheduler", help="send progress summaries and reminders (cron; serve/worker also do it)")
    p.add_argument("--once", action="store_true", help="run every due job once and exit")
    p.set_defaults(func=scheduler)

    p = sub.add_parser("migrate", help="apply database migrations (also done at start)")
    p.set_defaults(func=migrate)

    p = sub.add_parser("reindex", help="rebuild the long-term memory from the database")
    p.set_defaults(func=reindex)

    add_import_parser(sub, container_factory=_container)
    add_migration_parsers(sub, container_factory=_container)

    args = parser.parse_args(argv)
    if args.command == "chat":
        logging.basicConfig(handlers=[logging.NullHandler()])   # until the chat opens its log file
    else:
        logging.basicConfig(level=logging.INFO)
    try:
        return args.func(args)
    except SettingsError as error:     # a bad environment variable: one line, no traceback
        print(f"andes: configuration error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
