"""OpenAIEmbedder over real HTTP, against a fake OpenAI embeddings server started on 127.0.0.1.

The fake speaks the wire format of ``POST /v1/embeddings`` (float and base64 encodings, error
bodies, Retry-After); the official ``openai`` client parses its answers too, which keeps the fake
honest. Its behaviour is scripted per test: fail with a status, stall past the client's timeout,
or drop the connection.
"""
from __future__ import annotations

import base64
import hashlib
import json
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from adapters.openai_embedder import EmbeddingsError, EmbeddingsUnavailable, OpenAIEmbedder

pytestmark = pytest.mark.integration

DIM = 16
API_KEY = "sk-fake-123"


def vector_of(text: str) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [b / 255 for b in digest[:DIM]]


class FakeEmbeddingsServer:
    def __init__(self):
        self.script: list = []          # per request, first: int status | "stall" | "drop"
        self.requests: list[dict] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _send(self, status, obj, headers=()):
                body = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers:
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with server.lock:
                    server.requests.append({"path": self.path, "auth": self.headers.get("Authorization"),
                                            "body": json.loads(raw)})
                    step = server.script.pop(0) if server.script else None
                if step == "stall":
                    time.sleep(0.6)
                    return self._send(200, {"object": "list", "data": []})
                if step == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return None
                if isinstance(step, int):
                    headers = [("Retry-After", "0")] if step == 429 else []
                    return self._send(step, {"error": {"message": f"scripted {step}", "type": "server_error",
                                                       "param": None, "code": None}}, headers)
                if self.path != "/v1/embeddings":
                    return self._send(404, {"error": {"message": "unknown route", "type": "invalid_request_error"}})
                if self.headers.get("Authorization") != f"Bearer {API_KEY}":
                    return self._send(401, {"error": {"message": "Incorrect API key provided",
                                                      "type": "invalid_request_error", "code": "invalid_api_key"}})
                req = json.loads(raw)
                texts = [req["input"]] if isinstance(req["input"], str) else req["input"]
                data = []
                for i, text in enumerate(texts):
                    v = vector_of(text)
                    if req.get("encoding_format") == "base64":
                        v = base64.b64encode(struct.pack(f"<{DIM}f", *v)).decode()
                    data.append({"object": "embedding", "index": i, "embedding": v})
                self._send(200, {"object": "list", "data": data, "model": req["model"],
                                 "usage": {"prompt_tokens": len(texts), "total_tokens": len(texts)}})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    with FakeEmbeddingsServer() as s:
        yield s


@pytest.fixture
def embedder(server):
    with OpenAIEmbedder(server.base_url, API_KEY, "text-embedding-3-small", DIM,
                        timeout=0.3, backoff_s=0.01, max_backoff_s=0.05) as e:
        yield e


def test_embeds_queries_and_documents(server, embedder):
    assert embedder.dimension == DIM
    assert embedder.embed_query("¿qué hablamos de mi rodilla?") == pytest.approx(vector_of("¿qué hablamos de mi rodilla?"))
    texts = ["me duele la rodilla", "shin splints", "maratón"]
    assert embedder.embed_documents(texts) == [pytest.approx(vector_of(t)) for t in texts]
    assert server.requests[0]["path"] == "/v1/embeddings"
    assert server.requests[0]["auth"] == f"Bearer {API_KEY}"
    assert server.requests[1]["body"]["input"] == texts


def test_the_fake_speaks_what_the_official_client_understands(server):
    import openai  # a dependency of the project: never skipped
    client = openai.OpenAI(base_url=server.base_url, api_key=API_KEY, max_retries=0)
    got = client.embeddings.create(model="text-embedding-3-small", input=["hola", "adiós"])
    assert [d.embedding for d in got.data] == [pytest.approx(vector_of("hola"), abs=1e-6),
                                               pytest.approx(vector_of("adiós"), abs=1e-6)]
    client.close()


@pytest.mark.parametrize("failures", [[429], [500, 503], ["stall"], ["drop"], [502, "stall", 429]])
def test_recovers_from_transient_failures(server, embedder, failures):
    server.script = list(failures)
    assert embedder.embed_query("hola") == pytest.approx(vector_of("hola"))
    assert len(server.requests) == len(failures) + 1


def test_gives_up_after_the_last_attempt(server, embedder):
    server.script = [503] * 10
    with pytest.raises(EmbeddingsUnavailable, match="scripted 503"):
        embedder.embed_query("hola")
    assert len(server.requests) == 4


def test_a_wrong_key_fails_at_once(server):
    with OpenAIEmbedder(server.base_url, "sk-wrong", "text-embedding-3-small", DIM, backoff_s=0.01) as e:
        with pytest.raises(EmbeddingsError, match="Incorrect API key"):
            e.embed_query("hola")
    assert len(server.requests) == 1


def test_an_unreachable_server_is_unavailable():
    e = OpenAIEmbedder("http://127.0.0.1:9/v1", API_KEY, "m", DIM, timeout=0.5, max_attempts=2, backoff_s=0.01)
    with pytest.raises(EmbeddingsUnavailable, match="connection"):
        e.embed_query("hola")
    e.close()


def test_concurrent_callers(server, embedder):
    results: dict[int, list[float]] = {}

    def work(i):
        results[i] = embedder.embed_query(f"texto {i}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(10)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert all(results[i] == pytest.approx(vector_of(f"texto {i}")) for i in range(10))
