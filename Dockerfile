# Andes: the running coach that lives in WhatsApp.
#
#   docker build -t andes .
#   docker run -p 8000:8000 --env-file andes.env -v andes-data:/data andes            # the webhook
#   docker run --env-file andes.env -v andes-data:/data --no-healthcheck andes scheduler   # the scheduler
#
# Configuration is environment variables only (see README.md): DATABASE_URL, REDIS_URL,
# WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN,
# ANDES_API_TOKEN, LLM_PROVIDER... With no DATABASE_URL the coach keeps SQLite and an embedded
# Qdrant under /data: mount a volume there.

ARG PYTHON_IMAGE=python:3.11-slim

# --- builder: the project and its dependencies, installed into a virtual environment ---------
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
RUN pip install --upgrade pip setuptools wheel

WORKDIR /src
# Metadata first: the dependency layer is rebuilt only when setup.cfg / pyproject.toml change.
COPY pyproject.toml setup.cfg README.md ./
RUN python -c "import configparser, subprocess, sys; c = configparser.ConfigParser(); c.read('setup.cfg'); \
subprocess.check_call([sys.executable, '-m', 'pip', 'install', *c['options']['install_requires'].split()])"
COPY bootstrap.py ./
COPY domain ./domain
COPY application ./application
COPY adapters ./adapters
COPY entrypoints ./entrypoints
# A real (non-editable) install: the runtime image needs no source tree.
RUN pip install --no-deps . \
 && cd / && python -c "import bootstrap, entrypoints.http_app, entrypoints.scheduler, adapters.whatsapp" \
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
