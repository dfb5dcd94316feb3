# Andes: the running coach that lives in WhatsApp.
#
#   docker build -t andes .
#   docker run -p 8000:8000 --env-file andes.env -v andes-data:/data andes            # the webhook
#   docker run --env-file andes.env --no-healthcheck andes worker     # with DATABASE_URL: the workers
#   docker compose up --scale worker=2                                   # the whole stack (docker-compose.yml)
#
# Configuration is environment variables only (see README.md): DATABASE_URL, REDIS_URL,
# WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN,
# ANDES_API_TOKEN, LLM_PROVIDER... With no DATABASE_URL the coach keeps SQLite and an embedded
# Qdrant under /data: mount a volume there.

# The official image pinned by digest (the multi-platform index), so a rebuild gets the same base.
# From docker-library/repo-info, repos/python/remote/3.11-slim.md at commit
# 2477d553d2fdfa57b4ec11f63c8376eca8b7a253: python:3.11-slim of 2026-08-05 (Python 3.11.15,
# Debian trixie). To move to a newer one: `docker buildx imagetools inspect python:3.11-slim`.
ARG PYTHON_IMAGE=python:3.11-slim@sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff

# --- builder: the project and its locked dependencies, installed into a virtual environment ----
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# A compiler, only here, in case a dependency has no wheel for this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /src
# The lock first: the dependency layer is rebuilt only when requirements.lock changes. Every
# package is pinned with its hashes (setuptools and wheel too, to build the project below);
# --require-hashes refuses anything else, --no-deps anything the lock does not name.
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock && pip check
COPY pyproject.toml setup.cfg README.md ./
COPY bootstrap.py ./
COPY domain ./domain
COPY application ./application
COPY adapters ./adapters
COPY entrypoints ./entrypoints
# A real (non-editable) install, built with the locked setuptools: the runtime image needs no source tree.
RUN pip install --no-deps --no-build-isolation --no-index . \
 && cd / && python -c "import bootstrap, entrypoints.http_app, entrypoints.worker, entrypoints.scheduler, adapters.whatsapp" \
 && andes --help > /dev/null

# --- runtime: the virtual environment, a non-root user, nothing else ---------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    ANDES_DATA_DIR=/data \
    LOG_LEVEL=INFO

RUN groupadd --system --gid 10001 andes \
 && useradd --system --uid 10001 --gid andes --home-dir /home/andes --create-home --shell /usr/sbin/nologin andes \
 && mkdir -p /data \
 && chown andes:andes /data

COPY --from=builder /opt/venv /opt/venv

USER andes
WORKDIR /home/andes
VOLUME ["/data"]
EXPOSE 8000

# /health is 503 when the database is down and 200 otherwise (also when only "degraded").
# The slim image has no curl: the standard library does it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4).status == 200 else 1)"]

# uvicorn handles SIGTERM: in-flight messages get a grace period to be answered.
STOPSIGNAL SIGTERM
ENTRYPOINT ["andes"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
