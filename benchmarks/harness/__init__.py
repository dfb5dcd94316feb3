"""Pieces for the multi-process benchmarks (benchmarks/scale.py, benchmarks/chaos.py).

Everything runs on 127.0.0.1, each fake in its own process so that none steals the load
generator's GIL:

* ``graph``: a fake WhatsApp Graph API (tests/integration/fake_graph_api.py's ``FakeGraphAPI``,
  extended) that logs every accepted send and can be switched at run time to fail, hang or answer
  late (``GraphControl``);
* ``llm``: a fake OpenAI-compatible chat-completions server with a fixed latency, optionally one
  tool round trip first; async, so hundreds of calls wait at once;
* ``pgproxy``: a TCP proxy in front of PostgreSQL that can cut every connection and refuse new ones;
* ``procs``: a fresh database and Redis db per run, and the ``andes serve`` / ``andes worker``
  processes (kill -9, restart);
* ``load``: signed WhatsApp webhook deliveries posted with httpx, with the ack latency of each.
"""
