"""The processes of a benchmark run: fakes, a fresh database and Redis db, ``andes serve`` and
``andes worker`` processes (start, kill -9, restart), all on 127.0.0.1.

The andes commands are templates (``{python}``, ``{host}``, ``{port}`` filled in), run from the
repository root so that this checkout's code is what runs::

    serve:   {python} -m entrypoints.cli serve --host {host} --port {port}
    worker:  {python} -m entrypoints.cli worker
    migrate: {python} -m entrypoints.cli migrate

Each run gets its own PostgreSQL database ``andes_bench_<pid>_<n>`` (created from
``--admin-database-url``, dropped at the end) and its own Redis db number (flushed before and
after), and each process its own data folder (embedded Qdrant locks its folder).
"""
from __future__ import annotations

import argparse
import itertools
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

import httpx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PYTHON = sys.executable
SECRET = "secret"
TOKEN = "x"
PHONE_NUMBER_ID = "123"
SERVE_CMD = "{python} -m entrypoints.cli serve --host {host} --port {port}"
WORKER_CMD = "{python} -m entrypoints.cli worker"
MIGRATE_CMD = "{python} -m entrypoints.cli migrate"
_runs = itertools.count(1)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every benchmark shares (where the services are, how andes is started)."""
    g = parser.add_argument_group("environment")
    g.add_argument("--admin-database-url", default=os.environ.get("BENCH_ADMIN_DATABASE_URL",
                                                                 "postgresql://postgres@127.0.0.1:5432/test"),
                   help="a PostgreSQL URL allowed to CREATE/DROP DATABASE (a fresh database per run)")
    g.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379"),
                   help="Redis, without the db number")
    g.add_argument("--redis-db", type=int, default=int(os.environ.get("BENCH_REDIS_DB", "13")),
                   help="a Redis db of the benchmark's own (flushed before and after)")
    g.add_argument("--serve-cmd", default=SERVE_CMD)
    g.add_argument("--worker-cmd", default=WORKER_CMD)
    g.add_argument("--migrate-cmd", default=MIGRATE_CMD, help="'' to skip")
    g.add_argument("--embeddings", default="e5", help="EMBEDDINGS_PROVIDER of the andes processes")
    g.add_argument("--vector-store", default="qdrant", help="ANDES_VECTOR_STORE (qdrant: embedded, one folder "
                                                            "per process, unless --qdrant-url)")
    g.add_argument("--qdrant-url", default="", help="a Qdrant server shared by all processes")
    g.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="more environment for the andes processes (repeatable)")
    g.add_argument("--start-timeout", type=float, default=180.0, help="seconds for a server to answer /health")
    g.add_argument("--keep", action="store_true", help="keep the database, Redis db and logs (paths printed)")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def with_database(url: str, name: str, host: str | None = None, port: int | None = None) -> str:
    """``url`` naming database ``name`` (and another host/port: the proxy's)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if host is not None:
        userinfo = netloc.rsplit("@", 1)[0] + "@" if "@" in netloc else ""
        netloc = f"{userinfo}{host}:{port}"
    return urlunsplit((parts.scheme, netloc, "/" + name, parts.query, parts.fragment))


class Helper:
    """A fake served by ``python -m <module>`` in its own process; it prints ``URL …`` when ready
    and stops when its stdin closes."""

    def __init__(self, module: str, *args: str, log: IO[str] | None = None) -> None:
        self.process = subprocess.Popen([PYTHON, "-m", module, *args], cwd=ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=log or subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("URL "):
            self.process.kill()
            raise RuntimeError(f"{module} did not start: {line!r}")
        self.url = line.split()[1]

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class AndesProcess:
    """One ``andes serve`` or ``andes worker``; ``port`` is set for a server."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log_path: str, port: int | None = None):
        self.name, self.argv, self.env, self.log_path, self.port = name, argv, env, log_path, port
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> AndesProcess:
        log = open(self.log_path, "ab")
        log.write(f"--- start {time.strftime('%H:%M:%S')}: {shlex.join(self.argv)}\n".encode())
        log.flush()
        self.process = subprocess.Popen(self.argv, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def wait_ready(self, timeout: float) -> float:
        """For a server: seconds until it answers /health (200 or 503: it is up, a dependency may be
        down). For a worker: that it is still running after a second."""
        started = time.monotonic()
        if self.port is None:
            time.sleep(1.0)
            if not self.alive():
                raise RuntimeError(f"{self.name} exited:\n{self.tail()}")
            return time.monotonic() - started
        while time.monotonic() - started < timeout:
            if not self.alive():
                raise RuntimeError(f"{self.name} exited:\n{self.tail()}")
            try:
                httpx.get(self.url + "/health", timeout=5.0)
                return time.monotonic() - started
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer /health in {timeout:.0f} s:\n{self.tail()}")

    def kill9(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)      # its own session: the whole process group
            self.process.wait()

    def restart(self) -> AndesProcess:
        self.kill9()
        self.restarts += 1
        return self.start()

    def stop(self, timeout: float = 15.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill9()

    def tail(self, lines: int = 30) -> str:
        try:
            with open(self.log_path, errors="replace") as log:
                return "".join(log.readlines()[-lines:])
        except OSError:
            return ""


def command(template: str, **values: Any) -> list[str]:
    return [part.format(python=PYTHON, **values) for part in shlex.split(template)]


def subcommand_exists(template: str) -> bool:
    """Whether ``template --help`` works (``andes worker`` may not exist in this checkout yet)."""
    try:
        done = subprocess.run([*command(template, host="127.0.0.1", port=0), "--help"], cwd=ROOT,
                              capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


class Cluster:
    """A fresh database + Redis db, the fakes' URLs, and the andes processes of one run."""

    def __init__(self, args: argparse.Namespace, graph_url: str, llm_url: str | None, *,
                 database_host: tuple[str, int] | None = None, label: str = "bench") -> None:
        import psycopg
        import redis

        self.args = args
        self.dir = tempfile.mkdtemp(prefix=f"andes_{label}_")
        self.database = f"andes_bench_{os.getpid()}_{next(_runs)}"
        self.admin_url = args.admin_database_url
        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'CREATE DATABASE "{self.database}"')
        self.direct_url = with_database(self.admin_url, self.database)      # for the checks in SQL
        host, port = database_host or (None, None)
        self.database_url = with_database(self.admin_url, self.database, host, port)   # for andes
        self.redis_url = f"{args.redis_url.rstrip('/')}/{args.redis_db}"
        self._redis = redis.Redis.from_url(self.redis_url)
        self._redis.flushdb()
        self.env = {**os.environ, "PYTHONPATH": ROOT, "DATABASE_URL": self.database_url, "ANDES_STORE": "postgres",
                    "REDIS_URL": self.redis_url, "WHATSAPP_TOKEN": TOKEN, "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
                    "WHATSAPP_API_BASE": graph_url, "WHATSAPP_APP_SECRET": SECRET,
                    "WHATSAPP_VERIFY_TOKEN": "bench", "EMBEDDINGS_PROVIDER": args.embeddings,
                    "ANDES_VECTOR_STORE": args.vector_store, "LOG_LEVEL": "WARNING"}
        if args.qdrant_url:
            self.env["QDRANT_URL"] = args.qdrant_url
        if llm_url:
            self.env.update(LLM_PROVIDER="deepseek", LLM_BASE_URL=llm_url + "/v1", LLM_API_KEY="fake-key",
                            LLM_MODEL="deepseek-flash")
        else:
            self.env["LLM_PROVIDER"] = "offline"
        for extra in args.env:
            name, _, value = extra.partition("=")
            self.env[name] = value
        self.servers: list[AndesProcess] = []
        self.workers: list[AndesProcess] = []

    def _process_env(self, name: str) -> dict[str, str]:
        data = os.path.join(self.dir, name)
        os.makedirs(data, exist_ok=True)
        return {**self.env, "ANDES_DATA_DIR": data, "QDRANT_PATH": os.path.join(data, "qdrant")}

    def migrate(self) -> None:
        if self.args.migrate_cmd:
            subprocess.run(command(self.args.migrate_cmd), cwd=ROOT, env=self._process_env("migrate"), check=True,
                           capture_output=True, timeout=300)

    def seed_runners(self, phones: Sequence[str], language: str = "es") -> None:
        """Onboarded runners (so that the coach, not the onboarding, answers), stored directly, with
        the weekly km and longest run they told the coach (a run of theirs is judged against those:
        without them a 7.8 km run answered before the 5.8 km one sent before it is "more than twice
        your longest" and the coach asks before storing it)."""
        from adapters.postgres import PostgresStore
        from domain.runner import FitnessLevel, GoalRace, Runner
        store = PostgresStore.connect(self.direct_url, max_size=2)
        try:
            for i, phone in enumerate(phones):
                store.runners.save(Runner(phone="+" + phone, name=f"Runner{i}", age=30 + i % 30,
                                          goal_race=GoalRace.TEN_K, weekly_frequency=4,
                                          fitness_level=FitnessLevel.INTERMEDIATE, injury_history="ninguna",
                                          motivation="bajar de 50 minutos", language=language,
                                          onboarding_completed=True, has_race=False, weekly_km=30.0,
                                          longest_run_km=14.0))
        finally:
            store.close()

    def start(self, servers: int, workers: int) -> None:
        """Start them all at once, then wait until each is up."""
        for n in range(servers):
            port = free_port()
            name = f"serve{n}"
            self.servers.append(AndesProcess(name, command(self.args.serve_cmd, host="127.0.0.1", port=port),
                                             self._process_env(name), os.path.join(self.dir, name + ".log"), port))
        for n in range(workers):
            name = f"worker{n}"
            self.workers.append(AndesProcess(name, command(self.args.worker_cmd), self._process_env(name),
                                             os.path.join(self.dir, name + ".log")))
        for process in self.servers + self.workers:
            process.start()
        for process in self.servers + self.workers:
            process.wait_ready(self.args.start_timeout)

    @property
    def webhook_urls(self) -> list[str]:
        return [s.url + "/webhook" for s in self.servers]

    def sql(self, query: str, *params: Any) -> list[tuple[Any, ...]]:
        import psycopg
        with psycopg.connect(self.direct_url, connect_timeout=5) as conn:
            return list(conn.execute(query, params).fetchall())

    def close(self) -> None:
        import psycopg
        for process in self.servers + self.workers:
            process.stop()
        if self.args.keep:
            print(f"kept: database {self.database}, redis {self.redis_url}, logs {self.dir}")
            return
        self._redis.flushdb()
        self._redis.close()
        with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        import shutil
        shutil.rmtree(self.dir, ignore_errors=True)
