"""`andes chat` starts on what its configuration needs (issue 23): no qdrant-client in embedded mode,
no OpenTelemetry for a terminal; E5's OpenMP threads sized for the process."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from bootstrap import Settings, embedder_threads

CHAT_START = r"""
import json, sys
from bootstrap import Settings, build_container, close_resources
from entrypoints.cli import _log_to_file
container = build_container(Settings(data_dir=sys.argv[1], store="sqlite", vector_store="qdrant",
                                     embeddings="hashing", llm_provider="offline"))
_log_to_file(container)
reply = container.reply_to_runner()
reply("+593990000001", "Hola")
reply("+593990000001", "soy Caro")
close_resources(container)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in
                        ("qdrant_client", "opentelemetry", "prometheus_client", "procrastinate",
                         "uvicorn", "httpx", "openai", "anthropic", "redis", "psycopg"))))
"""


def test_the_terminal_chat_imports_no_server_library(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHAT_START, str(tmp_path)], capture_output=True, text=True,
                          check=True, cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_embedder_threads_times_worker_threads_stay_within_the_cores(monkeypatch):
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    assert embedder_threads(Settings(worker_threads=16), cores=2) == 1
    assert embedder_threads(Settings(worker_threads=1), cores=2) == 1     # the reply thread + the memory writer
    assert embedder_threads(Settings(worker_threads=3), cores=32) == 8
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert embedder_threads(Settings(worker_threads=16), cores=2) is None   # the operator's choice is kept
