"""Long-term semantic memory on Qdrant.

One collection holds every runner's memories; every search is filtered on ``runner_id`` (a
keyword payload index marked as the tenant key on a Qdrant server), so a runner never
recalls another runner's memories.

Two modes, one adapter:

* ``QdrantVectorMemory(embedder, clock, url="http://qdrant:6333", api_key=...)`` — a Qdrant server;
* ``QdrantVectorMemory(embedder, clock, path="/var/lib/andes/qdrant")`` — embedded, on disk,
  no server (single process: the embedded mode locks its directory, so open one adapter per
  path per process and share it).

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
from datetime import datetime
from typing import Any

from qdrant_client import QdrantClient, models
from qdrant_client.http.exceptions import UnexpectedResponse

from application.ports import Embedder
from domain.memory import MemoryDocument, MemoryKind, Recollection, run_memory

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


class QdrantVectorMemory:
    """``VectorMemory`` on Qdrant (server or embedded)."""

    def __init__(
        self,
        embedder: Embedder,
        clock,
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
        self._embedder = embedder
        self._clock = clock
        self._collection = collection
        if client is not None:
            self._client = client
            self._local = type(getattr(client, "_client", None)).__name__ == "QdrantLocal"
        elif path is not None:
            try:
                self._client = QdrantClient(path=path)
            except RuntimeError as error:
                # Embedded Qdrant locks its folder: one process at a time.
                raise VectorStoreBusy(
                    f"the memory folder {path} is in use by another Andes process (embedded Qdrant "
                    "allows one at a time): stop it, use another ANDES_DATA_DIR, or run a Qdrant "
                    "server and set QDRANT_URL") from error
            self._local = True
        else:
            self._client = QdrantClient(url=url, api_key=api_key, timeout=timeout)
            self._local = False
        self._owns_client = client is None
        self._setup_lock = threading.Lock()
        self._ready = False
        # The embedded mode is plain Python over SQLite, not meant for concurrent callers.
        self._call_lock = threading.RLock() if self._local else None

    @property
    def collection(self) -> str:
        return self._collection

    def _calls(self):
        return self._call_lock if self._call_lock is not None else contextlib.nullcontext()

    # --- the port --------------------------------------------------------------------------

    def store(self, document: MemoryDocument) -> None:
        [vector] = self._embedder.embed_documents([document.text])
        self._ensure_collection()
        point = models.PointStruct(id=point_id(document.id), vector=list(vector), payload=_payload(document))
        with self._calls():
            self._client.upsert(self._collection, points=[point], wait=True)

    def retrieve_context(self, runner_id: str, query: str, k: int = 5) -> list[Recollection]:
        if k <= 0:
            return []
        vector = self._embedder.embed_query(query)
        self._ensure_collection()
        with self._calls():
            response = self._client.query_points(
                self._collection,
                query=list(vector),
                query_filter=_only(runner_id),
                limit=k,
                with_payload=True,
            )
        recollections = []
        for point in response.points:
            document = _document(point.payload or {})
            if document.runner_id != runner_id:   # belt and braces: the filter already did this
                continue
            recollections.append(Recollection(document, float(point.score)))
        return recollections

    def update_after_run(self, run, language: str = "es") -> None:
        self.store(run_memory(run, self._clock.now(), language))

    def forget(self, runner_id: str, document_id: str) -> None:
        """Delete one memory (a deleted run's has the run's id), only if it is this runner's."""
        self._ensure_collection()
        selector = models.Filter(must=[
            models.FieldCondition(key="runner_id", match=models.MatchValue(value=runner_id)),
            models.HasIdCondition(has_id=[point_id(document_id)]),
        ])
        with self._calls():
            self._client.delete(self._collection, points_selector=models.FilterSelector(filter=selector), wait=True)

    # --- beyond the port -------------------------------------------------------------------

    def forget_runner(self, runner_id: str) -> None:
        """Delete every memory of a runner (the runner asked to be forgotten)."""
        self._ensure_collection()
        with self._calls():
            self._client.delete(
                self._collection, points_selector=models.FilterSelector(filter=_only(runner_id)), wait=True
            )

    def count(self, runner_id: str | None = None) -> int:
        self._ensure_collection()
        with self._calls():
            return self._client.count(
                self._collection, count_filter=_only(runner_id) if runner_id else None, exact=True
            ).count

    def close(self) -> None:
        if self._owns_client:
            with self._calls():
                self._client.close()

    def __enter__(self) -> QdrantVectorMemory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- internals -------------------------------------------------------------------------

    def _ensure_collection(self) -> None:
        if self._ready:
            return
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
