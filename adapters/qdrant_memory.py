"""Long-term semantic memory on Qdrant.

One collection holds every runner's memories; every search is filtered on ``runner_id`` (a
keyword payload index marked as the tenant key on a Qdrant server), so a runner never
recalls another runner's memories.

Two modes, one adapter:

* ``QdrantVectorMemory(embedder, clock, url="http://qdrant:6333", api_key=...)`` — a Qdrant server;
* ``QdrantVectorMemory(embedder, clock, path="/var/lib/andes/qdrant")`` — qdrant-client's local
  mode, on disk, no server (it checks every point in Python: the embedded default is Qdrant Edge,
  adapters/qdrant_edge_memory.py, which shares ``QdrantMemoryBase`` below).

The collection is created on first use with the embedder's dimension and cosine distance.
Opening an existing collection made with another dimension fails loudly: changing the embedder
needs a new collection (and re-embedding), never a silent mix of vector spaces.

Point ids are UUIDs derived from the document id (the document id itself when it is a UUID,
as ``new_id()`` makes), so storing a document again — re-logging a run — replaces it.
"""
from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Self

from application.ports import Embedder
from domain.memory import MemoryDocument, MemoryKind, Recollection, run_memory
from domain.run import Run

if TYPE_CHECKING:
    from qdrant_client import QdrantClient, models

# qdrant-client is imported where a server (or its local mode) is used, never at import: Qdrant
# Edge (the embedded default) shares this module's base class, and importing qdrant-client took
# 0.8-2.1 s of `andes chat`'s start-up (issue 23).

DEFAULT_COLLECTION = "andes_memories"
_ID_NAMESPACE = uuid.UUID("5b0a3c8e-6f1d-4d6b-9a1e-3c2f7e8d9a10")


def point_id(document_id: str) -> str:
    """The Qdrant point id of a document: a UUID, the same every time for the same document."""
    try:
        return str(uuid.UUID(document_id))
    except ValueError:
        return str(uuid.uuid5(_ID_NAMESPACE, document_id))


class VectorStoreBusy(RuntimeError):
    pass


def busy_message(path: str) -> str:
    return (f"the memory folder {path} is in use by another Andes process (embedded Qdrant allows one at "
            "a time): stop it, use another ANDES_DATA_DIR, or run a Qdrant server and set QDRANT_URL")


class QdrantMemoryBase:
    """The ``VectorMemory`` port over one Qdrant engine: embedding, the payload (Qdrant's data model:
    one point per document, its id from :func:`point_id`, ``runner_id`` in the payload) and the
    per-runner filter live here; an engine adapter supplies the five calls below."""

    def __init__(self, embedder: Embedder, clock: Any):
        self._embedder = embedder
        self._clock = clock

    # --- what an engine supplies --------------------------------------------------------------

    def _upsert(self, pid: str, vector: list[float], payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def _search(self, runner_id: str, vector: list[float], k: int) -> list[tuple[float, dict[str, Any]]]:
        """The ``k`` nearest points of one runner, as (cosine, payload), closest first."""
        raise NotImplementedError

    def _delete(self, runner_id: str, pid: str | None) -> None:
        """Delete one point of the runner (``pid``) or all of them (None)."""
        raise NotImplementedError

    def _count(self, runner_id: str | None) -> int:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # --- the port --------------------------------------------------------------------------

    def store(self, document: MemoryDocument) -> None:
        [vector] = self._embedder.embed_documents([document.text_to_embed])
        self._upsert(point_id(document.id), list(vector), _payload(document))

    def store_many(self, documents: Sequence[MemoryDocument]) -> None:
        """Embed the documents in one call and upsert them together (the sheets migration)."""
        if not documents:
            return
        vectors = self._embedder.embed_documents([d.text for d in documents])
        self._upsert_many([(point_id(d.id), list(v), _payload(d)) for d, v in zip(documents, vectors, strict=True)])

    def _upsert_many(self, points: list[tuple[str, list[float], dict[str, Any]]]) -> None:
        for pid, vector, payload in points:
            self._upsert(pid, vector, payload)

    def retrieve_context(self, runner_id: str, query: str, k: int = 5) -> list[Recollection]:
        if k <= 0:
            return []
        vector = self._embedder.embed_query(query)
        recollections = []
        for score, payload in self._search(runner_id, list(vector), k):
            document = _document(payload)
            if document.runner_id != runner_id:   # belt and braces: the filter already did this
                continue
            recollections.append(Recollection(document, float(score)))
        return recollections

    def update_after_run(self, run: Run, language: str = "es") -> None:
        self.store(run_memory(run, self._clock.now(), language))

    def forget(self, runner_id: str, document_id: str) -> None:
        """Delete one memory (a deleted run's has the run's id), only if it is this runner's."""
        self._delete(runner_id, point_id(document_id))

    # --- beyond the port -------------------------------------------------------------------

    def forget_runner(self, runner_id: str) -> None:
        """Delete every memory of a runner (the runner asked to be forgotten)."""
        self._delete(runner_id, None)

    def count(self, runner_id: str | None = None) -> int:
        return self._count(runner_id)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class QdrantVectorMemory(QdrantMemoryBase):
    """``VectorMemory`` on qdrant-client: a Qdrant server, or its local mode (``path=``)."""

    def __init__(
        self,
        embedder: Embedder,
        clock: Any,
        collection: str = DEFAULT_COLLECTION,
        *,
        path: str | None = None,
        url: str | None = None,
        api_key: str | None = None,
        timeout: int = 10,
        client: QdrantClient | None = None,
    ):
        if sum(x is not None for x in (path, url, client)) != 1:
            raise ValueError("give exactly one of path= (embedded Qdrant), url= (Qdrant server) or client=")
        from qdrant_client import QdrantClient

        super().__init__(embedder, clock)
        self._collection = collection
        if client is not None:
            self._client = client
            self._local = type(getattr(client, "_client", None)).__name__ == "QdrantLocal"
        elif path is not None:
            try:
                self._client = QdrantClient(path=path)
            except RuntimeError as error:
                # Embedded Qdrant locks its folder: one process at a time.
                raise VectorStoreBusy(busy_message(path)) from error
            self._local = True
        else:
            self._client = QdrantClient(url=url, api_key=api_key, timeout=timeout)
            self._local = False
        self._owns_client = client is None
        self._setup_lock = threading.Lock()
        self._ready = False
        # The local mode is plain Python over SQLite, not meant for concurrent callers.
        self._call_lock = threading.RLock() if self._local else None

    @property
    def collection(self) -> str:
        return self._collection

    def _calls(self) -> contextlib.AbstractContextManager[Any]:
        return self._call_lock if self._call_lock is not None else contextlib.nullcontext()

    def _upsert(self, pid: str, vector: list[float], payload: dict[str, Any]) -> None:
        from qdrant_client import models

        self._ensure_collection()
        with self._calls():
            self._client.upsert(self._collection, points=[models.PointStruct(id=pid, vector=vector, payload=payload)],
                                wait=True)

    def _upsert_many(self, points: list[tuple[str, list[float], dict[str, Any]]]) -> None:
        self._ensure_collection()
        with self._calls():
            self._client.upsert(self._collection, wait=True, points=[
                models.PointStruct(id=pid, vector=vector, payload=payload) for pid, vector, payload in points])

    def _search(self, runner_id: str, vector: list[float], k: int) -> list[tuple[float, dict[str, Any]]]:
        self._ensure_collection()
        with self._calls():
            response = self._client.query_points(
                self._collection, query=vector, query_filter=_only(runner_id), limit=k, with_payload=True)
        return [(point.score, point.payload or {}) for point in response.points]

    def _delete(self, runner_id: str, pid: str | None) -> None:
        from qdrant_client import models

        self._ensure_collection()
        selector = _only(runner_id)
        if pid is not None:
            selector = models.Filter(must=[*(selector.must or []), models.HasIdCondition(has_id=[pid])])
        with self._calls():
            self._client.delete(self._collection, points_selector=models.FilterSelector(filter=selector), wait=True)

    def _count(self, runner_id: str | None) -> int:
        self._ensure_collection()
        with self._calls():
            return self._client.count(
                self._collection, count_filter=_only(runner_id) if runner_id else None, exact=True
            ).count

    def close(self) -> None:
        if self._owns_client:
            with self._calls():
                self._client.close()

    # --- internals -------------------------------------------------------------------------

    def _ensure_collection(self) -> None:
        if self._ready:
            return
        from qdrant_client import models
        from qdrant_client.http.exceptions import UnexpectedResponse

        with self._setup_lock, self._calls():
            if self._ready:
                return
            dimension = self._embedder.dimension
            if not self._client.collection_exists(self._collection):
                try:
                    self._client.create_collection(
                        self._collection,
                        vectors_config=models.VectorParams(size=dimension, distance=models.Distance.COSINE),
                    )
                except UnexpectedResponse as exc:   # another process created it first
                    if exc.status_code != 409:
                        raise
            else:
                self._check_dimension(dimension)
            if not self._local:
                self._index_runner_id()
            self._ready = True

    def _index_runner_id(self) -> None:
        # Payload indexes only exist on a server (the embedded mode scans, and warns if asked).
        from qdrant_client import models
        from qdrant_client.http.exceptions import UnexpectedResponse

        tenant = models.KeywordIndexParams(type=models.KeywordIndexType.KEYWORD, is_tenant=True)
        try:
            self._client.create_payload_index(self._collection, field_name="runner_id", field_schema=tenant)
        except UnexpectedResponse:          # servers older than 1.11 know no tenant indexes
            self._client.create_payload_index(
                self._collection, field_name="runner_id", field_schema=models.PayloadSchemaType.KEYWORD
            )

    def _check_dimension(self, dimension: int) -> None:
        vectors = self._client.get_collection(self._collection).config.params.vectors
        size = getattr(vectors, "size", None)
        if size is not None and size != dimension:
            raise ValueError(
                f"Qdrant collection {self._collection!r} holds {size}-dimension vectors but the embedder "
                f"makes {dimension}: use another collection name for this embedder (and re-embed)"
            )


def _only(runner_id: str) -> models.Filter:
    from qdrant_client import models

    return models.Filter(must=[models.FieldCondition(key="runner_id", match=models.MatchValue(value=runner_id))])


def _payload(document: MemoryDocument) -> dict[str, Any]:
    return {
        "document_id": document.id,
        "runner_id": document.runner_id,
        "kind": MemoryKind(document.kind).value,
        "text": document.text,
        "created_at": document.created_at.isoformat(),
        "metadata": dict(document.metadata),
    }


def _document(payload: dict[str, Any]) -> MemoryDocument:
    return MemoryDocument(
        runner_id=payload["runner_id"],
        kind=MemoryKind(payload["kind"]),
        text=payload["text"],
        created_at=datetime.fromisoformat(payload["created_at"]),
        id=payload["document_id"],
        metadata=dict(payload.get("metadata") or {}),
    )


QdrantMemory = QdrantVectorMemory   # the name bootstrap.py imports
