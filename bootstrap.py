"""Composition root: the only place that picks adapters for the ports, from the environment.

Every setting is an environment variable (documented in README.md). With none set, the coach
runs on embedded defaults: SQLite files and an embedded Qdrant in ANDES_DATA_DIR, the bundled
multilingual E5 embedder, and the offline coach.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import annotated_types
from dependency_injector import containers, providers
from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from application.coach.activity_files import ReceiveActivityFile
from application.coach.context import BuildContext
from application.coach.offline import OfflineCoach
from application.coach.onboarding import OnboardRunner
from application.coach.reply import ReplyToRunner
from application.coach.show_and_remind import ShowAndRemind
from application.messaging.delivery import HandleDeliveryFailure
from application.messaging.inbound import AnswerMessages
from application.messaging.jobs import Jobs, purges
from application.messaging.offload import Offload
from application.messaging.outbound import HandleReceipts, SendReplies
from application.tools.registry import ToolRegistry
from application.tools.toolbox import CoachTools
from application.training.cross_training import LogCrossTraining
from application.training.generate_plan import GeneratePlan
from application.training.import_activity import ImportActivity
from application.training.injuries import RecordInjury, ResolveInjury, UpdateInjury
from application.training.log_run import LogRun
from application.training.message_reads import MessageReads
from application.training.progress import SummarizeProgress
from application.training.run_changes import CorrectRun, DeleteRun
from application.understanding.intents import Understand

# --- settings: every environment variable parsed and checked once, at start -------------------
# pydantic-settings validates types, choices and ranges; a bad value stops the process with one
# line naming the variable and what it accepts (entrypoints.cli turns it into exit status 2).
# Secrets (and URLs that may carry a password) are SecretStr: repr, str and logs show '**********'.

Store = Literal["", "sqlite", "postgres", "memory"]        # "" = postgres when DATABASE_URL is set
VectorStore = Literal["qdrant", "memory"]
EmbeddingsProvider = Literal["e5", "openai", "hashing"]
LLMProvider = Literal["offline", "deepseek", "openai", "anthropic"]
LLMThinking = Literal["enabled", "disabled"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
AndesMode = Literal["live", "shadow"]
_HTTP_URL = r"^(https?://\S+)?$"                            # "" (unset) or an http(s) URL


def _env(name: str, default: Any, **constraints: Any) -> Any:
    """A setting read from the environment variable ``name`` (its alias; the field name also works)."""
    return Field(default=default, validation_alias=name, **constraints)


class SettingsError(ValueError):
    """A setting has a value the coach cannot run with; the message is one line for the operator."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="forbid", populate_by_name=True, validate_default=True)

    data_dir: str = _env("ANDES_DATA_DIR", "~/.andes")
    store: Store = _env("ANDES_STORE", "")                     # sqlite | postgres | memory ("" = by DATABASE_URL)
    database_url: SecretStr = _env("DATABASE_URL", "")
    # PostgreSQL connections per process: one per message being answered (a unit of work holds one).
    db_pool_min: int = _env("ANDES_DB_POOL_MIN", 1, ge=1)
    db_pool_max: int = _env("ANDES_DB_POOL_MAX", 20, ge=1)
    redis_url: SecretStr = _env("REDIS_URL", "")               # "" = chat buffer in the store
    vector_store: VectorStore = _env("ANDES_VECTOR_STORE", "qdrant")   # qdrant | memory
    qdrant_url: str = _env("QDRANT_URL", "", pattern=_HTTP_URL)   # "" = embedded Qdrant under data_dir
    qdrant_path: str = _env("QDRANT_PATH", "")
    qdrant_api_key: SecretStr = _env("QDRANT_API_KEY", "")
    qdrant_collection: str = _env("QDRANT_COLLECTION", "andes_memories", min_length=1)
    embeddings: EmbeddingsProvider = _env("EMBEDDINGS_PROVIDER", "e5")        # e5 | openai | hashing
    embeddings_base_url: str = _env("EMBEDDINGS_BASE_URL", "https://api.openai.com/v1", pattern=_HTTP_URL)
    embeddings_api_key: SecretStr = _env("EMBEDDINGS_API_KEY", "")
    embeddings_model: str = _env("EMBEDDINGS_MODEL", "text-embedding-3-small")
    embeddings_dimension: int = _env("EMBEDDINGS_DIMENSION", 1536, gt=0)
    llm_provider: LLMProvider = _env("LLM_PROVIDER", "offline")        # offline | deepseek | openai | anthropic
    llm_api_key: SecretStr = _env("LLM_API_KEY", "")
    llm_base_url: str = _env("LLM_BASE_URL", "", pattern=_HTTP_URL)
    llm_model: str = _env("LLM_MODEL", "")
    llm_timeout_s: float = _env("LLM_TIMEOUT_S", 30.0, gt=0)
    llm_max_attempts: int = _env("LLM_MAX_ATTEMPTS", 3, ge=1)
    llm_thinking: LLMThinking = _env("LLM_THINKING", "enabled")  # DeepSeek thinking mode: enabled | disabled
    llm_reasoning_effort: str = _env("LLM_REASONING_EFFORT", "")  # "" = DeepSeek low, others the model's own
    llm_max_tokens: int = _env("LLM_MAX_TOKENS", 0, ge=0)        # 0 = 8192 when the model reasons, else 1024
    whatsapp_token: SecretStr = _env("WHATSAPP_TOKEN", "")
    whatsapp_phone_number_id: str = _env("WHATSAPP_PHONE_NUMBER_ID", "")
    whatsapp_app_secret: SecretStr = _env("WHATSAPP_APP_SECRET", "")
    whatsapp_verify_token: SecretStr = _env("WHATSAPP_VERIFY_TOKEN", "")
    whatsapp_api_base: str = _env("WHATSAPP_API_BASE", "https://graph.facebook.com/v26.0", pattern=_HTTP_URL)
    whatsapp_timeout_s: float = _env("WHATSAPP_TIMEOUT_S", 20.0, gt=0)   # long: a late answer beats a resend
    whatsapp_max_attempts: int = _env("WHATSAPP_MAX_ATTEMPTS", 4, ge=1)
    whatsapp_allow_unsigned: bool = _env("WHATSAPP_ALLOW_UNSIGNED", False)   # development only
    # An approved template (es and en, one body parameter: the first name) that tells a runner
    # silent for more than 24 h their summary is waiting; "" = hold it until they write.
    whatsapp_summary_template: str = _env("WHATSAPP_SUMMARY_TEMPLATE", "")
    # Issue 25: the approved template for session reminders to a runner silent for more than 24 h
    # (es and en; {{1}} first name, {{2}} the reminder line); "" = reminders only inside the window.
    whatsapp_reminder_template: str = _env("WHATSAPP_REMINDER_TEMPLATE", "")
    # The key that signs the calendar feed's links ("" = WHATSAPP_APP_SECRET, else a key kept in
    # ANDES_DATA_DIR/calendar.key); the links are built on ANDES_PUBLIC_URL (below).
    calendar_secret: SecretStr = _env("ANDES_CALENDAR_SECRET", "")
    api_token: SecretStr = _env("ANDES_API_TOKEN", "")                 # "" = the JSON API does not exist
    scheduler_interval_s: float = _env("ANDES_SCHEDULER_INTERVAL_S", 300.0, gt=0)
    # Jobs one process has in flight: answering a message is mostly waiting for the model, on the
    # event loop; the blocking steps (the store, the embedder, the offline coach) take one of
    # ANDES_WORKER_THREADS threads each (and a database connection: keep it below ANDES_DB_POOL_MAX).
    worker_concurrency: int = _env("ANDES_WORKER_CONCURRENCY", 300, ge=1)
    worker_threads: int = _env("ANDES_WORKER_THREADS", 16, ge=1)
    # A worker sharing its cores with the webhook (one host): a lower CPU priority keeps Meta's
    # answer fast while the worker catches up (benchmarks/scale.py). 0: as started.
    worker_nice: int = _env("ANDES_WORKER_NICE", 0, ge=0, le=19)
    log_level: LogLevel = _env("LOG_LEVEL", "INFO")
    # --- moving off the old Google-Sheets bot (issue 26; README "Moving off the old bot") ---
    # live: replies are sent. shadow: everything is stored and answered but nothing is sent; each
    # delivery is forwarded, re-signed, to the old bot, which keeps answering. Back to shadow = rollback.
    mode: AndesMode = _env("ANDES_MODE", "live")
    legacy_webhook_url: str = _env("ANDES_LEGACY_WEBHOOK_URL", "", pattern=_HTTP_URL)
    legacy_app_secret: SecretStr = _env("ANDES_LEGACY_APP_SECRET", "")   # "" = WHATSAPP_APP_SECRET
    sheets_spreadsheet_id: str = _env("SHEETS_SPREADSHEET_ID", "")
    google_application_credentials: str = _env("GOOGLE_APPLICATION_CREDENTIALS", "")
    sheets_api_base: str = _env("SHEETS_API_BASE", "https://sheets.googleapis.com", pattern=_HTTP_URL)
    sheets_csv_dir: str = _env("ANDES_SHEETS_CSV_DIR", "")      # the offline alternative: a folder of CSVs
    sheets_mirror: bool = _env("ANDES_SHEETS_MIRROR", False)    # dual-write: new runners and runs appended
    sheets_writes_per_minute: int = _env("ANDES_SHEETS_WRITES_PER_MINUTE", 50, ge=1, le=300)
    # Strava sync (issue 24): off until the client id, secret and public URL are all set.
    strava_client_id: str = _env("STRAVA_CLIENT_ID", "", pattern=r"^[0-9]*$")
    strava_client_secret: SecretStr = _env("STRAVA_CLIENT_SECRET", "")
    strava_verify_token: SecretStr = _env("STRAVA_VERIFY_TOKEN", "")
    strava_subscription_id: str = _env("STRAVA_SUBSCRIPTION_ID", "", pattern=r"^[0-9]*$")
    strava_token_key: SecretStr = _env("STRAVA_TOKEN_KEY", "")       # a Fernet key; "" = derived from the secret
    strava_api_base: str = _env("STRAVA_API_BASE", "https://www.strava.com", pattern=_HTTP_URL)
    # Where runners' browsers reach this server: the Strava links (Strava is off without it) and the
    # calendar feed's links (http://localhost:8000 without it, for the terminal chat).
    public_url: str = _env("ANDES_PUBLIC_URL", "", pattern=_HTTP_URL)

    def __init__(self, **values: Any) -> None:
        try:
            super().__init__(**values)
        except ValidationError as error:
            raise SettingsError(_describe(error)) from None

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource,
                                   dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource,
                                   ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Constructing Settings(...) takes only its arguments (tests stay independent of the shell);
        # the environment is read explicitly, by from_env.
        return (init_settings,)

    @field_validator("store", "vector_store", "embeddings", "llm_provider", "llm_thinking", "log_level", "mode",
                     mode="before")
    @classmethod
    def _normalised_choice(cls, value: object, info: ValidationInfo) -> object:
        # A choice is a name, not a spelling: "DeepSeek" means deepseek and "info" INFO. Anything
        # else is left as given, so the error shows exactly what was set.
        if not isinstance(value, str) or info.field_name is None:
            return value
        for choice in get_args(cls.model_fields[info.field_name].annotation):
            if value.strip().lower() == str(choice).lower():
                return choice
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.store == "postgres" and not self.database_url.get_secret_value():
            raise ValueError("ANDES_STORE=postgres needs DATABASE_URL")
        if self.mode == "shadow" and not self.legacy_webhook_url:
            raise ValueError("ANDES_MODE=shadow needs ANDES_LEGACY_WEBHOOK_URL (the old bot keeps answering)")
        if self.sheets_mirror and not (self.sheets_spreadsheet_id or self.sheets_csv_dir):
            raise ValueError("ANDES_SHEETS_MIRROR=on needs SHEETS_SPREADSHEET_ID (or ANDES_SHEETS_CSV_DIR)")
        return self

    @property
    def data_path(self) -> Path:
        path = Path(os.path.expanduser(self.data_dir))
        path.mkdir(parents=True, exist_ok=True)
        return path

    @property
    def store_kind(self) -> str:
        return self.store or ("postgres" if self.database_url.get_secret_value() else "sqlite")

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` (field names), validated like the original."""
        return type(self)(**{**dict(self), **changes})

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Settings from ``env`` (default: the process environment); an empty variable counts as unset."""
        env = os.environ if env is None else env
        values = _EnvironmentVariables(cls, env)()
        if not values.get("LLM_API_KEY"):
            # A provider's key under its usual name is enough: DEEPSEEK_API_KEY, ANTHROPIC_API_KEY...
            provider = env.get("LLM_PROVIDER", "").strip().upper() or "OFFLINE"
            if env.get(f"{provider}_API_KEY", "").strip():
                values["LLM_API_KEY"] = env[f"{provider}_API_KEY"].strip()
        return cls(**values)


class _EnvironmentVariables(PydanticBaseSettingsSource):
    """Each field's variable from a given mapping, exactly as named (pydantic-settings' own env
    source only reads os.environ, and tests hand from_env a dict)."""

    def __init__(self, settings_cls: type[BaseSettings], env: Mapping[str, str]) -> None:
        super().__init__(settings_cls)
        self.env = env

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        name = _variable(field, field_name)
        raw = self.env.get(name, "")
        return (raw.strip() or None), name, False

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for field_name, field in self.settings_cls.model_fields.items():
            value, name, _ = self.get_field_value(field, field_name)
            if value is not None:
                values[name] = value
        return values


def _variable(field: FieldInfo, field_name: str) -> str:
    return field.validation_alias if isinstance(field.validation_alias, str) else field_name.upper()


def _describe(error: ValidationError) -> str:
    """One line: each bad variable, its value (never a secret's) and what it accepts."""
    fields = Settings.model_fields
    variables = {name: _variable(f, name) for name, f in fields.items()}
    by_variable = {v: n for n, v in variables.items()}
    problems = []
    for item in error.errors():
        loc = str(item["loc"][0]) if item["loc"] else ""
        field_name = by_variable.get(loc, loc)
        if field_name not in fields:            # a check across settings, or an unknown argument
            problems.append(item["msg"].removeprefix("Value error, ") + (f" ({loc})" if loc else ""))
            continue
        field = fields[field_name]
        shown = "" if field.annotation is SecretStr else f"={item['input']!r}"
        problems.append(f"{variables[field_name]}{shown}: {_accepted(field, item['msg'])}")
    return "; ".join(problems)


def _accepted(field: FieldInfo, message: str) -> str:
    kind = field.annotation
    if get_origin(kind) is Literal:
        return "allowed values are " + ", ".join(str(choice) for choice in get_args(kind) if choice != "")
    if kind is bool:
        return "allowed values are true, false (also 1/0, yes/no, on/off)"
    if kind in (int, float):
        noun = "a whole number" if kind is int else "a number"
        for rule in field.metadata:
            if isinstance(rule, annotated_types.Gt):
                return f"expected {noun} greater than {rule.gt}"
            if isinstance(rule, annotated_types.Ge):
                return f"expected {noun} of at least {rule.ge}"
        return f"expected {noun}"
    if any(getattr(rule, "pattern", None) == _HTTP_URL for rule in field.metadata):
        return "expected an http:// or https:// URL"
    return message[:1].lower() + message[1:]


# --- adapter factories: imports stay local so an unused technology is never loaded -----------

def _clock():
    from adapters.system_clock import SystemClock
    return SystemClock()


def _opened(resources: list, resource):
    """Remember what was opened, so close_resources closes exactly that (and opens nothing)."""
    if resource is not None:
        resources.append(resource)
    return resource


def _store(settings: Settings, resources: list):
    return _opened(resources, _open_store(settings))


def _open_store(settings: Settings):
    """One object per technology holding every repository, so they share a pool or a file."""
    kind = settings.store_kind
    if kind == "memory":
        from adapters import in_memory
        return _MemoryStore(in_memory)
    if kind == "postgres":
        from adapters.postgres import PostgresStore
        return PostgresStore.connect(settings.database_url.get_secret_value(), min_size=settings.db_pool_min,
                                     max_size=settings.db_pool_max)
    if kind == "sqlite":
        from adapters.sqlite import SqliteStore
        return SqliteStore(settings.data_path / "andes.sqlite3")
    raise ValueError(f"ANDES_STORE={kind!r}: expected sqlite, postgres or memory")


class _MemoryStore:
    def __init__(self, in_memory):
        self.runners = in_memory.InMemoryRunnerRepository()
        self.runs = in_memory.InMemoryRunRepository()
        self.plans = in_memory.InMemoryPlanRepository()
        self.injuries = in_memory.InMemoryInjuryRepository()
        self.conversations = in_memory.InMemoryConversationLog()
        self.summaries = in_memory.InMemoryProgressSummaryRepository()
        self.deliveries = in_memory.InMemoryDeliveryLog()
        self.cross_training = in_memory.InMemoryCrossTrainingRepository()
        self.preferences = in_memory.InMemoryPreferencesRepository()
        self._unit_of_work = in_memory.InMemoryUnitOfWork(
            self.runners, self.runs, self.plans, self.injuries, self.conversations, self.summaries,
            self.cross_training, self.deliveries,      # the delivery log joins it (held texts released)
            self.preferences)
        self._in_memory = in_memory
        self._inbox = None
        self._outbox = None

    def chat_buffer(self, clock):
        return self._in_memory.InMemoryChatBuffer(clock)

    def strava(self, cipher):
        return self._in_memory.InMemoryStravaRepository()

    def unit_of_work(self):
        return self._unit_of_work

    def inbox(self, clock=None):
        if self._inbox is None:
            self._inbox = self._in_memory.InMemoryInbox(clock)
            self._inbox.join_unit(self._unit_of_work)     # done/quarantine commit with the effects
        return self._inbox

    def outbox(self, clock=None):
        if self._outbox is None:
            self._outbox = self._in_memory.InMemoryOutbox(clock)
            self._outbox.join_unit(self._unit_of_work)    # a reply is stored with what it answers
        return self._outbox

    def ping(self) -> bool:
        return True

    def close(self) -> None:
        pass


def _unit_of_work(store, settings: Settings):
    """With an LLM, PostgreSQL's unit takes its connection at the first write: no connection is held
    while the model thinks (adapters/postgres/unit_of_work.py). The offline coach answers in
    milliseconds: one connection from the start saves the round trips of the reads before."""
    if settings.store_kind == "postgres":
        return store.unit_of_work(lazy=settings.llm_provider != "offline")
    return store.unit_of_work()


def _chat_buffer(settings: Settings, store, clock):
    if settings.redis_url.get_secret_value():
        # Optional: a Redis client that cannot be built degrades to the store's buffer (issue 22).
        from adapters.degraded import built_or_stand_in
        from adapters.redis_chat import RedisChatBuffer
        return built_or_stand_in("the chat buffer (Redis)",
                                 lambda: RedisChatBuffer.from_url(settings.redis_url.get_secret_value()),
                                 lambda: store.chat_buffer(clock))
    return store.chat_buffer(clock)


def _inbox(store, clock):
    # Always in the store's database, also with REDIS_URL: what the webhook accepted must survive.
    return store.inbox(clock)


def _inbox_writer(store, inbox):
    """What the webhook stores deliveries with, awaited on its loop: PostgreSQL's async pool, else
    the store's inbox on a thread."""
    pool = getattr(store, "pool", None)
    if pool is not None:
        from adapters.postgres.inbox_writer import PostgresInboxWriter
        return PostgresInboxWriter(pool.conninfo, dict(pool.kwargs or {}))
    from adapters.threaded_inbox_writer import ThreadedInboxWriter
    return ThreadedInboxWriter(inbox)


def _embedder(settings: Settings):
    """The configured embedder; one that cannot be built (a model that will not load, a bad endpoint)
    degrades to the hashing embedder, with /health saying why (issue 22): the coach still answers."""
    from adapters.degraded import built_or_stand_in
    from adapters.hashing_embedder import HashingEmbedder
    if settings.embeddings == "hashing":
        return HashingEmbedder()
    return built_or_stand_in(f"the embedder ({settings.embeddings})", lambda: _open_embedder(settings),
                             HashingEmbedder)


def _open_embedder(settings: Settings):
    if settings.embeddings == "e5":
        from adapters.e5_embedder import E5Embedder
        # Symmetric "query:" prefixes for memories: measured better for short chat texts,
        # across languages above all (benchmarks/retrieval_quality.py, README).
        return E5Embedder(symmetric=True, num_threads=embedder_threads(settings))
    if settings.embeddings == "openai":
        from adapters.openai_embedder import OpenAIEmbedder
        return OpenAIEmbedder(base_url=settings.embeddings_base_url,
                              api_key=settings.embeddings_api_key.get_secret_value(),
                              model=settings.embeddings_model, dimension=settings.embeddings_dimension)
    if settings.embeddings == "hashing":
        from adapters.hashing_embedder import HashingEmbedder
        return HashingEmbedder()
    raise ValueError(f"EMBEDDINGS_PROVIDER={settings.embeddings!r}: expected e5, openai or hashing")


def embedder_threads(settings: Settings, cores: int | None = None) -> int | None:
    """E5's OpenMP threads for this process, so that the threads that embed at once (each of the
    ``ANDES_WORKER_THREADS``, plus the memory writer) times its OpenMP threads stay within the cores
    the process may use: more only wait for each other (libgomp spins at each barrier) and burn CPU
    the other processes need. Measured by ``python -m benchmarks.embedder_threads``. None when the
    operator set ``OMP_NUM_THREADS`` (theirs is kept)."""
    if os.environ.get("OMP_NUM_THREADS", "").strip():
        return None
    if cores is None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores // (settings.worker_threads + 1))


def _rebuild_memory(runners, runs, plans, injuries, conversations, memory):
    from application.coach.memory_rebuild import RebuildMemory
    return RebuildMemory(runners, runs, plans, injuries, conversations, memory)


def _vector_memory(settings: Settings, embedder, clock, resources: list):
    # Memories are written after the reply, on one background thread (adapters/deferred_memory.py).
    # One that cannot be built degrades (adapters/degraded.py): the coach answers without it.
    from adapters.deferred_memory import DeferredWritesMemory
    try:
        memory = _open_vector_memory(settings, embedder, clock)
    except Exception as error:
        if type(error).__name__ == "VectorStoreBusy":   # two processes on one embedded store: a
            raise                                       # mistake to say, not a part to do without
        import logging

        from adapters.degraded import RecoveringMemory, reason_of
        reason = reason_of(error)
        logging.getLogger(__name__).error("vector memory could not be built (%s): degraded, the coach answers "
                                          "without long-term memory; retried every 30 s", reason)
        memory = RecoveringMemory(lambda: _open_vector_memory(settings, embedder, clock), reason)
    return _opened(resources, DeferredWritesMemory(memory))


def _open_vector_memory(settings: Settings, embedder, clock):
    if settings.vector_store == "memory":
        from adapters.in_memory import InMemoryVectorMemory
        return InMemoryVectorMemory(embedder, clock)
    if settings.qdrant_url:
        from adapters.qdrant_memory import QdrantMemory
        return QdrantMemory(embedder=embedder, clock=clock, url=settings.qdrant_url,
                            api_key=settings.qdrant_api_key.get_secret_value() or None,
                            collection=settings.qdrant_collection)
    # Embedded: Qdrant Edge, the server's engine in process (qdrant-client's local mode scans
    # every point: benchmarks/vector_search.py). Memories an older version kept in the local mode's
    # folder are copied over once, into an empty shard.
    from adapters.qdrant_edge_memory import copy_from_local_mode, open_or_recover
    root = settings.qdrant_path or str(settings.data_path / "qdrant")
    memory = open_or_recover(embedder, clock, os.path.join(root, "edge"), settings.qdrant_collection)
    try:
        copied = copy_from_local_mode(memory, root, settings.qdrant_collection)
    except Exception:
        memory.close()
        raise
    if copied:
        import logging
        logging.getLogger(__name__).info("copied %d memories from the local-mode store into Qdrant Edge", copied)
    return memory


def _io_loop(resources: list):
    """The event loop on a thread of its own where the LLM's and WhatsApp's HTTP clients live."""
    from adapters.io_loop import IOLoop
    return _opened(resources, IOLoop())


def _llm(settings: Settings, io, resources: list):
    try:
        llm = _open_llm(settings, io)
    except Exception as error:
        # A client that cannot be built answers LLMUnavailable: the offline coach answers (issue 22).
        import logging

        from adapters.degraded import UnbuiltLLM, reason_of
        reason = reason_of(error)
        logging.getLogger(__name__).error("the LLM could not be built (%s): the offline coach answers", reason)
        llm = UnbuiltLLM(f"{settings.llm_provider}:{settings.llm_model or 'default'}", reason)
    return _opened(resources, llm)


def _open_llm(settings: Settings, io):
    provider = settings.llm_provider
    if provider == "offline":
        return None
    if provider in ("deepseek", "openai"):
        from adapters.openai_llm import DEEPSEEK_BASE_URL, DEEPSEEK_MODEL, OPENAI_MODEL, OpenAICompatibleLLM
        deepseek = provider == "deepseek"
        return OpenAICompatibleLLM(
            api_key=settings.llm_api_key.get_secret_value(),
            model=settings.llm_model or (DEEPSEEK_MODEL if deepseek else OPENAI_MODEL),
            base_url=settings.llm_base_url or (DEEPSEEK_BASE_URL if deepseek else None), provider=provider,
            timeout_s=settings.llm_timeout_s, max_attempts=settings.llm_max_attempts,
            thinking=settings.llm_thinking == "enabled", reasoning_effort=settings.llm_reasoning_effort or None,
            max_tokens=settings.llm_max_tokens or None, io=io)
    if provider == "anthropic":
        from adapters.anthropic_llm import ANTHROPIC_MODEL, AnthropicLLM
        return AnthropicLLM(api_key=settings.llm_api_key.get_secret_value(),
                            model=settings.llm_model or ANTHROPIC_MODEL,
                            base_url=settings.llm_base_url or None, timeout_s=settings.llm_timeout_s,
                            max_attempts=settings.llm_max_attempts, max_tokens=settings.llm_max_tokens or 1024,
                            io=io)
    raise ValueError(f"LLM_PROVIDER={provider!r}: expected offline, deepseek, openai or anthropic")


def _llm_coach(llm, tools, registry, understand):
    if llm is None:
        return None
    from application.coach.llm_coach import LLMCoach
    return LLMCoach(llm=llm, tools=tools, registry=registry, understand=understand)


def _knowledge_base(embedder):
    try:
        from application.coach.knowledge import KnowledgeBase
    except ImportError:      # until the knowledge base lands
        return None
    return KnowledgeBase(embedder)


def _intent_classifier(embedder):
    """The intent classifier over the same embedder as the memory (trained from its bank at start)."""
    try:
        from application.understanding.classifier import IntentClassifier
    except ImportError:      # pragma: no cover - the classifier ships with the package
        return None
    return IntentClassifier(embedder)


def _messenger(settings: Settings, io, resources: list):
    if not settings.whatsapp_token.get_secret_value():
        return None
    from adapters.whatsapp import WhatsAppMessenger
    return _opened(resources, WhatsAppMessenger(token=settings.whatsapp_token.get_secret_value(),
                             phone_number_id=settings.whatsapp_phone_number_id,
                             api_base=settings.whatsapp_api_base, timeout_s=settings.whatsapp_timeout_s,
                             max_attempts=settings.whatsapp_max_attempts, io=io))


def _activity_reader():
    """FIT/GPX/TCX files (issue 24); imported when first needed (the FIT SDK's profile is large)."""
    from adapters.activity_files import ActivityFiles
    return ActivityFiles()


def _media_downloader(settings: Settings, io, resources: list):
    """WhatsApp media (the files runners send); None without a token: they are told it failed."""
    if not settings.whatsapp_token.get_secret_value():
        return None
    from adapters.whatsapp import WhatsAppMedia
    return _opened(resources, WhatsAppMedia(token=settings.whatsapp_token.get_secret_value(),
                                            api_base=settings.whatsapp_api_base,
                                            timeout_s=settings.whatsapp_timeout_s, io=io))


def _strava_api(settings: Settings, clock):
    """stravalib on Strava (or STRAVA_API_BASE); None until STRAVA_CLIENT_ID/SECRET are set."""
    if not (settings.strava_client_id and settings.strava_client_secret.get_secret_value()):
        return None
    from adapters.strava import StravaClient
    return StravaClient(int(settings.strava_client_id), settings.strava_client_secret.get_secret_value(),
                        api_base=settings.strava_api_base, clock=clock.now)


def _strava_store(settings: Settings, store):
    """Strava's links (tokens sealed with Fernet) and waiting events, in the store."""
    from adapters.token_cipher import TokenCipher
    key = settings.strava_token_key.get_secret_value()
    secret = settings.strava_client_secret.get_secret_value() or "andes-strava-not-configured"
    return store.strava(TokenCipher(key) if key else TokenCipher.derived_from(secret))


def _strava_sync(settings: Settings, api, strava_store, runners, tools, outbox, unit_of_work, clock):
    from application.coach.strava import StravaSync
    sync = StravaSync(api, strava_store, runners, tools, outbox, unit_of_work, clock,
                      client_secret=settings.strava_client_secret.get_secret_value(),
                      public_url=settings.public_url if api is not None else "",
                      subscription_id=settings.strava_subscription_id or None)
    tools.strava_case = sync         # the connect_strava tool of both coaches
    return sync


def _periodic(scheduled_messages, strava_sync):
    """What the scheduler runs every ANDES_SCHEDULER_INTERVAL_S: the scheduled messages, and the
    Strava events that wait (a rate limit's window ended)."""
    def run() -> None:
        if scheduled_messages is not None:
            scheduled_messages()
        if strava_sync.set_up:
            strava_sync.process_due()
    return run


def _messenger_for_mode(settings: Settings, whatsapp):
    """Shadow mode answers everything and sends nothing (adapters/shadow_messenger.py): the old bot
    still answers the runners. Live sends through WhatsApp."""
    if settings.mode != "shadow":
        return whatsapp
    from adapters.shadow_messenger import ShadowMessenger
    return ShadowMessenger(whatsapp)


def _legacy_webhook(settings: Settings):
    """In shadow mode, where each delivery goes on to (the old bot), re-signed; else None."""
    if settings.mode != "shadow":
        return None
    from adapters.legacy_webhook import LegacyWebhookForwarder
    secret = settings.legacy_app_secret.get_secret_value() or settings.whatsapp_app_secret.get_secret_value()
    return LegacyWebhookForwarder(settings.legacy_webhook_url, secret)


def _spreadsheet(settings: Settings):
    """The old bot's spreadsheet: the Sheets API (SHEETS_SPREADSHEET_ID + GOOGLE_APPLICATION_CREDENTIALS),
    else a folder of CSV exports (ANDES_SHEETS_CSV_DIR), else None."""
    if settings.sheets_spreadsheet_id:
        from adapters.sheets.google import GoogleSpreadsheet
        return GoogleSpreadsheet(settings.sheets_spreadsheet_id, settings.google_application_credentials,
                                 api_base=settings.sheets_api_base)
    if settings.sheets_csv_dir:
        from adapters.sheets.csv_folder import CsvFolderSpreadsheet
        return CsvFolderSpreadsheet(settings.sheets_csv_dir)
    return None


def _sheets_mirror(settings: Settings, store, resources: list):
    """Dual-write (ANDES_SHEETS_MIRROR=on): new runners and runs appended to the old spreadsheet by a
    queue of its own (application/migration/mirror.py); None when off."""
    if not settings.sheets_mirror:
        return None
    from application.migration.mirror import SheetsMirror
    spreadsheet = _optional_spreadsheet(settings, "the dual-write mirror")
    if spreadsheet is None:
        return None
    return _opened(resources, SheetsMirror(spreadsheet, store.runners,
                                           writes_per_minute=settings.sheets_writes_per_minute))


def _optional_spreadsheet(settings: Settings, what: str):
    """The spreadsheet for an optional part: a key that cannot be read turns the part off, loudly,
    and the coach goes on answering (a broken optional part degrades, never stops replies)."""
    from application.ports.sheets import SpreadsheetUnavailable
    try:
        return _spreadsheet(settings)
    except SpreadsheetUnavailable as error:
        import logging
        logging.getLogger(__name__).error("%s is off: %s", what, error)
        return None


def _mirrored_runners(store, mirror):
    if mirror is None:
        return store.runners
    from application.migration.mirror import MirroredRunners
    return MirroredRunners(store.runners, mirror)


def _mirrored_runs(store, mirror):
    if mirror is None:
        return store.runs
    from application.migration.mirror import MirroredRuns
    return MirroredRuns(store.runs, mirror)


def _migrate_sheets(settings: Settings, store, vector_memory, understand, clock, spreadsheet=None):
    """The migration (andes migrate-sheets) on the store's own repositories: never the mirrored ones
    (what is imported from the sheet must not be appended to it again)."""
    from application.migration.migrate import MigrateSheets
    sheet = spreadsheet or _spreadsheet(settings)
    if sheet is None:
        raise SettingsError("no spreadsheet: set SHEETS_SPREADSHEET_ID and GOOGLE_APPLICATION_CREDENTIALS, "
                            "or ANDES_SHEETS_CSV_DIR (or give --csv DIR)")
    return MigrateSheets(sheet, store.runners, store.runs, store.conversations,
                         store_memories=vector_memory.store_many,
                         classify=lambda text, day: understand(text, day).intent, clock=clock,
                         unit_of_work=store.unit_of_work())


def _nightly_validation(settings: Settings, store, clock):
    """With the mirror on, the validation report once a night (application/migration/nightly.py)."""
    if not settings.sheets_mirror:
        return None
    from adapters.sheets.report_folder import ReportFolder
    from application.migration.migrate import MigrateSheets
    from application.migration.nightly import NightlyValidation
    spreadsheet = _optional_spreadsheet(settings, "the nightly sheets validation")
    if spreadsheet is None:
        return None
    validate = MigrateSheets(spreadsheet, store.runners, store.runs, store.conversations, clock=clock).validate
    return NightlyValidation(validate, clock, ReportFolder(settings.data_path / "migration"))


def _scheduled_with_nightly(scheduled, nightly):
    """The workers' periodic job: the scheduled messages, then the nightly validation when due."""
    if nightly is None:
        return scheduled

    def run() -> None:
        if scheduled is not None:
            scheduled()
        nightly()
    return run


def _scheduled_messages(runners, plans, summaries, summarize, messenger, clock, conversations, settings,
                        pictures=None, preferences=None):
    """The scheduled messages' run (summaries with their progress card, plan renewals, session
    reminders), or None without a messenger (claiming messages that can't be sent would lose them)."""
    if messenger is None:
        return None
    from application.schedule.reminders import SessionReminders
    from application.schedule.scheduled_jobs import ScheduledJobs
    summaries_run = ScheduledJobs(runners=runners, plans=plans, summaries=summaries, summarize=summarize,
                                  messenger=messenger, clock=clock, conversations=conversations,
                                  template=settings.whatsapp_summary_template, pictures=pictures).run
    if preferences is None:
        return summaries_run
    reminders_run = SessionReminders(runners, plans, preferences, summaries, messenger, clock,
                                     conversations=conversations, template=settings.whatsapp_reminder_template).run

    def run():
        report = summaries_run()
        try:
            reminders_run()
        except Exception:
            import logging
            logging.getLogger(__name__).exception("session reminders failed")
        return report
    return run


def _pictures(runs, plans):
    """The progress card and plan picture on matplotlib; None (no pictures, text only) if it can't load."""
    try:
        from adapters.pictures import MatplotlibPictures
    except ImportError:                      # pragma: no cover - matplotlib is a dependency
        return None
    from application.training.pictures import DrawPictures
    return DrawPictures(runs, plans, MatplotlibPictures())


def _calendar_secret(settings: Settings) -> bytes:
    """ANDES_CALENDAR_SECRET, else WHATSAPP_APP_SECRET, else a random key kept (0600) in the data
    directory, so that links outlive restarts (the memory store: a key for this process only)."""
    for secret in (settings.calendar_secret, settings.whatsapp_app_secret):
        if secret.get_secret_value():
            return secret.get_secret_value().encode("utf-8")
    if settings.store_kind == "memory":
        return os.urandom(32)
    path = settings.data_path / "calendar.key"
    if not path.exists():
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(os.urandom(32).hex().encode())
    return path.read_bytes().strip()


def _plan_calendar(runners, plans, preferences, clock, settings: Settings):
    from adapters.calendar_feed import ICalendarWriter
    from application.training.calendar import PlanCalendar
    return PlanCalendar(runners, plans, preferences, ICalendarWriter(), clock, _calendar_secret(settings),
                        settings.public_url or "http://localhost:8000")


def Singleton(provides: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N802 - used like a provider class
    """A thread-safe singleton provider with a lock of its own: dependency-injector's
    ThreadSafeSingleton shares ONE class-level lock between every provider, so one slow build (a
    store connecting to a database that is down) would block every other provider."""
    own = type("Singleton", (providers.ThreadSafeSingleton,), {"storage_lock": threading.RLock()})
    return own(provides, *args, **kwargs)


class Container(containers.DeclarativeContainer):
    settings = Singleton(Settings.from_env)
    clock = Singleton(_clock)
    # The closable adapters, in the order they were opened.
    opened: Any = Singleton(list)
    store = Singleton(_store, settings, opened)

    # Dual-write (ANDES_SHEETS_MIRROR=on): new runners and runs also go to the old spreadsheet.
    sheets_mirror = Singleton(_sheets_mirror, settings, store, opened)
    runners = providers.Callable(_mirrored_runners, store, sheets_mirror)
    runs = providers.Callable(_mirrored_runs, store, sheets_mirror)
    plans = providers.Callable(lambda s: s.plans, store)
    injuries = providers.Callable(lambda s: s.injuries, store)
    conversations = providers.Callable(lambda s: s.conversations, store)
    summaries = providers.Callable(lambda s: s.summaries, store)
    deliveries = providers.Callable(lambda s: s.deliveries, store)
    cross_training = providers.Callable(lambda s: s.cross_training, store)
    preferences = providers.Callable(lambda s: s.preferences, store)
    # One transaction per change: `with container.unit_of_work(): ...` (application.ports.UnitOfWork).
    unit_of_work = Singleton(_unit_of_work, store, settings)
    chat_buffer = Singleton(_chat_buffer, settings, store, clock)
    inbox = Singleton(_inbox, store, clock)
    inbox_writer = Singleton(_inbox_writer, store, inbox)
    embedder = Singleton(_embedder, settings)
    vector_memory = Singleton(_vector_memory, settings, embedder, clock, opened)
    io_loop = Singleton(_io_loop, opened)
    llm = Singleton(_llm, settings, io_loop, opened)
    whatsapp_messenger = Singleton(_messenger, settings, io_loop, opened)
    # ANDES_MODE=shadow: answered, not sent (the old bot answers; each delivery is forwarded to it).
    messenger = Singleton(_messenger_for_mode, settings, whatsapp_messenger)
    legacy_webhook = Singleton(_legacy_webhook, settings)
    # The reply path's blocking steps, off the event loop (application.messaging.offload).
    offload = Singleton(lambda s: Offload(s.worker_threads), settings)
    handle_delivery_failure = Singleton(
        HandleDeliveryFailure, deliveries, runners, clock, messenger,
        providers.Callable(lambda s: s.whatsapp_summary_template, settings))

    # What a message reads of its runner, read once (application/training/message_reads.py): the use
    # cases, the tools and the coach's context read through these.
    message_reads = Singleton(MessageReads, runs, plans, injuries, summaries,
                              reader=providers.Callable(lambda s: getattr(s, "facts", None), store),
                              cross_training=cross_training)
    held_runs = providers.Callable(lambda r: r.runs, message_reads)
    held_plans = providers.Callable(lambda r: r.plans, message_reads)
    held_injuries = providers.Callable(lambda r: r.injuries, message_reads)
    held_summaries = providers.Callable(lambda r: r.summaries, message_reads)
    held_cross_training = providers.Callable(lambda r: r.cross_training, message_reads)

    log_run = Singleton(LogRun, held_runs, held_injuries, vector_memory, clock)
    generate_plan = Singleton(GeneratePlan, held_runs, held_plans, held_injuries, vector_memory, clock)
    record_injury = Singleton(RecordInjury, held_injuries, vector_memory, clock)
    correct_run = Singleton(CorrectRun, held_runs, held_plans, vector_memory)
    delete_run = Singleton(DeleteRun, held_runs, held_plans, vector_memory)
    log_cross_training = Singleton(LogCrossTraining, held_cross_training, clock)
    resolve_injury = Singleton(ResolveInjury, held_injuries)
    update_injury = Singleton(UpdateInjury, held_injuries, vector_memory, clock)
    summarize_progress = Singleton(SummarizeProgress, held_runs, held_plans, held_injuries, held_cross_training)
    import_activity = Singleton(ImportActivity, runs, plans, vector_memory, log_run, clock)
    activity_reader = Singleton(_activity_reader)
    media_downloader = Singleton(_media_downloader, settings, io_loop, opened)
    knowledge_base = Singleton(_knowledge_base, embedder)
    tools = Singleton(
        CoachTools, runners=runners, runs=held_runs, plans=held_plans, injuries=held_injuries, memory=vector_memory,
        log_run_case=log_run, generate_plan_case=generate_plan, record_injury_case=record_injury,
        resolve_injury_case=resolve_injury, summarize=summarize_progress, log_cross_training_case=log_cross_training,
        correct_run_case=correct_run, delete_run_case=delete_run, update_injury_case=update_injury,
        knowledge_base=knowledge_base, import_activity_case=import_activity,
    )
    # One tool surface for both coaches; each call is one unit of work.
    # --- Strava sync (issue 24): its connect_strava tool joins the tools before the registry is built
    outbox = Singleton(lambda s, c: s.outbox(c), store, clock)
    strava_api = Singleton(_strava_api, settings, clock)
    strava_store = Singleton(_strava_store, settings, store)
    strava_sync = Singleton(_strava_sync, settings, strava_api, strava_store, runners, tools, outbox,
                            unit_of_work, clock)
    tool_registry = Singleton(lambda tools, uow, _strava: ToolRegistry(tools, unit_of_work=uow), tools, unit_of_work,
                              strava_sync)
    intent_classifier = Singleton(_intent_classifier, embedder)
    understand = Singleton(Understand, intent_classifier, knowledge_base)
    onboarding = Singleton(OnboardRunner, runners, record_injury, clock, log_run=log_run,
                           injuries=held_injuries, knowledge=knowledge_base)
    build_context = Singleton(BuildContext, chat_buffer, vector_memory, held_runs, held_plans, held_injuries,
                              conversations)
    offline_coach = Singleton(OfflineCoach, tools, tool_registry, understand)
    llm_coach = Singleton(_llm_coach, llm, tools, tool_registry, understand)
    # Issue 25: pictures, reminders and the calendar feed.
    pictures = Singleton(_pictures, held_runs, held_plans)
    plan_calendar = Singleton(_plan_calendar, runners, plans, preferences, clock, settings)
    show_and_remind = Singleton(ShowAndRemind, held_plans, pictures, preferences, plan_calendar)
    reply_to_runner = Singleton(
        ReplyToRunner, runners=runners, conversations=conversations, buffer=chat_buffer, memory=vector_memory,
        onboarding=onboarding, build_context=build_context, offline=offline_coach, clock=clock,
        llm_coach=llm_coach, summaries=held_summaries, show_and_remind=show_and_remind, reads=message_reads,
    )

    # --- the message pipeline (issue 12): inbox → one unit of work per message → outbox (above) → WhatsApp
    receive_activity_file = Singleton(ReceiveActivityFile, runners, conversations, chat_buffer, tools,
                                      activity_reader, clock, media_downloader)
    answer_messages = Singleton(AnswerMessages, inbox, outbox, deliveries, runners, unit_of_work,
                                reply_to_runner, clock, offload, messenger, activity_files=receive_activity_file)
    send_replies = Singleton(SendReplies, outbox, deliveries, runners, messenger, clock, handle_delivery_failure,
                             offload, draw=providers.Callable(lambda p: p.draw if p is not None else None, pictures))
    receipts = Singleton(HandleReceipts, outbox, handle_delivery_failure, clock, deliveries)
    scheduled_messages = Singleton(_scheduled_messages, runners, plans, summaries, summarize_progress,
                                   messenger, clock, conversations, settings, pictures, preferences)
    nightly_validation = Singleton(_nightly_validation, settings, store, clock)
    migrate_sheets = Singleton(_migrate_sheets, settings, store, vector_memory, understand, clock)
    periodic = Singleton(_periodic, providers.Callable(_scheduled_with_nightly, scheduled_messages,
                                                       nightly_validation), strava_sync)
    jobs = Singleton(
        Jobs, answer_messages, send_replies, receipts, inbox, outbox, clock, scheduled=periodic,
        purges=providers.Callable(purges, inbox, outbox, chat_buffer, deliveries, clock), offload=offload)
    # The long-term memory written again from the store (`andes reindex`, a damaged embedded store).
    rebuild_memory = Singleton(_rebuild_memory, runners, runs, plans, injuries, conversations, vector_memory)



REBUILD_RECENT = timedelta(hours=1)


def rebuild_memory_at_start(container) -> None:
    """At the start of a process that answers messages: the whole memory when the embedded store was
    damaged and recreated empty, else the last hour's, which a process killed before its memory
    writes were applied had lost (they go after the reply's commit: adapters/deferred_memory.py).
    Upserts by id: what is there already is written again unchanged. Never raises."""
    import logging
    log = logging.getLogger(__name__)
    try:
        memory = container.vector_memory()
        damaged = bool(getattr(memory, "needs_rebuild", False))
        since = None if damaged else container.clock().now() - REBUILD_RECENT
        written = container.rebuild_memory()(since)
        if damaged:
            memory.needs_rebuild = False
        log.info("memory %s from the store", "rebuilt" if damaged else "caught up", extra={"written": dict(written)})
    except Exception:
        log.exception("rebuilding the memory from the store failed: the coach answers with what it has")


def build_container(settings: Settings | None = None) -> Container:
    container = Container()
    if settings is not None:
        container.settings.override(providers.Object(settings))
    return container


def close_resources(container: Container) -> None:
    """Close what the container opened: pools, HTTP clients, the embedded Qdrant's file lock."""
    import logging

    opened = container.opened()
    while opened:
        resource = opened.pop()
        try:
            close = getattr(resource, "close", None)
            if close:
                close()
        except Exception:
            logging.getLogger(__name__).exception("closing %s failed", type(resource).__name__)
