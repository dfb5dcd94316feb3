"""Long-term semantic memory on Qdrant Edge: Qdrant's own engine, in process, on disk, no server.

The embedded default (the ``QDRANT_URL`` server path stays on qdrant-client, adapters/qdrant_memory.py).
qdrant-client's local mode checks every point's payload in a Python loop, so a search cost grew
with all runners' memories (2 / 90 / 489 ms at 200 / 10k / 50k points); Qdrant Edge
(https://qdrant.tech/documentation/edge/) is the Rust engine of the server: the keyword payload
index on ``runner_id`` (a tenant index) turns a search into "this runner's points, scored
exactly", whatever the other runners hold (benchmarks/vector_search.py: under 1 ms at 100k points,
recall 1.0).

Same data model as the server: one point per document, id from ``point_id``, the payload of
``_payload`` with ``runner_id``; one shard (folder) per collection. No HNSW graph is built
(``optimize()`` is never called): filtered to one runner, the payload index hands the planner a few
hundred points and it scores them exactly, which is faster and exact; building the graph for 100k
points took 95 s on 2 cores.

The shard is thread-safe (reads and writes from many threads, no Python lock needed) and writes go
to its write-ahead log before ``update`` returns, so a crash loses nothing that was stored. It locks
its folder: one process at a time, as the local mode did.
"""
from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from typing import Any

import qdrant_edge as qe

from adapters.qdrant_memory import DEFAULT_COLLECTION, QdrantMemoryBase, VectorStoreBusy, busy_message
from application.ports import Embedder

CONFIG_FILE = "edge_config.json"      # written by EdgeShard.create: its presence means "load, don't create"

log = logging.getLogger(__name__)


class QdrantEdgeMemory(QdrantMemoryBase):
    """``VectorMemory`` on a Qdrant Edge shard in ``path``/``collection``."""

    def __init__(self, embedder: Embedder, clock: Any, path: str, collection: str = DEFAULT_COLLECTION):
        super().__init__(embedder, clock)
        self._collection = collection
        self._path = os.path.join(path, collection)
        config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=embedder.dimension, distance=qe.Distance.Cosine))
        try:
            if os.path.exists(os.path.join(self._path, CONFIG_FILE)):
                self._shard = qe.EdgeShard.load(self._path, config)
                try:
                    self._read_every_vector(embedder.dimension)
                except Exception:
                    self._shard.close()          # its folder is moved aside: let go of its lock first
                    raise
            else:
                os.makedirs(self._path, exist_ok=True)
                self._shard = qe.EdgeShard.create(self._path, config)
        except Exception as error:     # the bindings raise plain Exception with the engine's message
            message = str(error)
            if "WouldBlock" in message:                 # the WAL's file lock: another process has it
                raise VectorStoreBusy(busy_message(self._path)) from error
            if "ncompatible" in message:
                raise ValueError(
                    f"the Qdrant Edge shard {self._path} holds vectors of another dimension than the "
                    f"embedder's {embedder.dimension}: use another collection name for this embedder "
                    f"(and re-embed) — {message}") from error
            raise
        self._open = True
        self.needs_rebuild = False        # set by open_or_recover on a shard created in a damaged one's place
        if "runner_id" not in self._shard.info().payload_schema:
            # The tenant index: every search and delete is filtered on it.
            self._shard.update(qe.UpdateOperation.create_field_index(
                "runner_id", qe.KeywordIndexParams(is_tenant=True)))

    def _read_every_vector(self, dimension: int) -> None:
        """One exact search over every point: a vectors file cut short loads fine (it is mapped lazily)
        and fails only when read ("vector 0 is not readable"); read at open, it is found as damage."""
        if self._shard.count(qe.CountRequest(exact=True)):
            self._shard.query(qe.QueryRequest(limit=1, query=qe.Query.Nearest([1.0] * dimension), with_payload=False))

    @property
    def collection(self) -> str:
        return self._collection

    def _upsert(self, pid: str, vector: list[float], payload: dict[str, Any]) -> None:
        self._shard.update(qe.UpdateOperation.upsert_points([qe.Point(pid, vector, payload)]))

    def _upsert_many(self, points: list[tuple[str, list[float], dict[str, Any]]]) -> None:
        self._shard.update(qe.UpdateOperation.upsert_points([qe.Point(pid, v, payload) for pid, v, payload in points]))

    def _search(self, runner_id: str, vector: list[float], k: int) -> list[tuple[float, dict[str, Any]]]:
        points = self._shard.query(qe.QueryRequest(
            limit=k, query=qe.Query.Nearest(vector), filter=_only(runner_id), with_payload=True))
        return [(point.score, dict(point.payload or {})) for point in points]

    def _delete(self, runner_id: str, pid: str | None) -> None:
        selector = _only(runner_id)
        if pid is not None:
            selector = qe.Filter(must=[*(selector.must or []), qe.HasIdCondition({uuid.UUID(pid)})])
        self._shard.update(qe.UpdateOperation.delete_points_by_filter(selector))

    def _count(self, runner_id: str | None) -> int:
        return self._shard.count(qe.CountRequest(exact=True, filter=_only(runner_id) if runner_id else None))

    def close(self) -> None:
        if self._open:
            self._open = False
            self._shard.flush()
            self._shard.close()


def open_or_recover(embedder: Embedder, clock: Any, path: str,
                    collection: str = DEFAULT_COLLECTION) -> QdrantEdgeMemory:
    """The shard in ``path``/``collection``; one that will not open (a damaged segment.json, WAL or
    vectors file: the engine refuses to load it) is moved aside as ``<collection>.damaged-<time>``
    (kept for a post-mortem, never deleted) and an empty one is created in its place, with
    ``needs_rebuild`` set: the caller writes the memories again from the store
    (application/coach/memory_rebuild.py). Another process holding the folder, or vectors of another
    dimension, are not damage: those errors are raised as they are."""
    try:
        return QdrantEdgeMemory(embedder, clock, path, collection)
    except (VectorStoreBusy, ValueError):
        raise
    except Exception as error:
        damaged = os.path.join(path, collection)
        aside = f"{damaged}.damaged-{time.strftime('%Y%m%dT%H%M%S')}"
        log.error("the embedded vector store will not open (%s): moved aside to %s; a new one is built "
                  "from the database", " ".join(str(error).split())[:300], aside)
        shutil.move(damaged, aside)
        memory = QdrantEdgeMemory(embedder, clock, path, collection)
        memory.needs_rebuild = True
        return memory


def _only(runner_id: str) -> qe.Filter:
    return qe.Filter(must=[qe.FieldCondition(key="runner_id", match=qe.MatchValue(runner_id))])


def copy_from_local_mode(memory: QdrantEdgeMemory, path: str, collection: str = DEFAULT_COLLECTION) -> int:
    """Copy the memories an older Andes kept in qdrant-client's local mode at ``path`` into an
    empty Edge shard (vectors as they are: no re-embedding). Returns how many points were copied;
    0 when there is no such collection or the shard already holds memories."""
    if not os.path.isdir(os.path.join(path, "collection", collection)) or memory.count() > 0:
        return 0
    from qdrant_client import QdrantClient

    client = QdrantClient(path=path)
    copied = 0
    try:
        offset = None
        while True:
            records, offset = client.scroll(collection, limit=512, offset=offset, with_payload=True,
                                            with_vectors=True)
            points = [qe.Point(str(r.id), list(r.vector), dict(r.payload or {}))   # type: ignore[arg-type]
                      for r in records if r.vector is not None]
            if points:
                memory._shard.update(qe.UpdateOperation.upsert_points(points))
                copied += len(points)
            if offset is None:
                return copied
    finally:
        client.close()
