"""The old bot's spreadsheet into Andes at scale: time, peak memory, throughput, exact totals.

A spreadsheet is generated in the run (nothing downloaded): ``--runners`` runners (5,000 at full
scale), 40 runs each (200,000) and 100 conversation lines each (500,000), typed the way the old
bot's users typed them ("8km", "5 mi", "45 min", "1:05:00", dates day first, "sí"/"no"), with a known
number of bad rows (an impossible distance, an unknown phone, a relative date, an unknown sender)
so that the report's skipped counts can be checked exactly. Then ``MigrateSheets.migrate()`` —
the code ``andes migrate-sheets`` runs — takes it into PostgreSQL (127.0.0.1:5432, database
``test``, a schema of its own, dropped after) and Qdrant Edge (embedded, in a temporary folder),
runner messages classified by the live reader (``Understand``) and memories embedded in batches;
then a second run, which must add nothing.

Printed: wall time and rows/s per run, the time inside the embedder + vector store, inside the
intent reader, and the rest (PostgreSQL round trips and Python); peak RSS; and the validation
report's totals against what was generated (exact or not).

    python -m benchmarks.sheets_migration                       # 500 runners: a tenth of the issue's size
    python -m benchmarks.sheets_migration --runners 5000        # the full size (≈ 10× the time)
    python -m benchmarks.sheets_migration --embedder e5         # the bundled E5 model instead of hashing
    python -m benchmarks.sheets_migration --source api          # read through the fake Sheets API (gspread)
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

RUNS_PER_RUNNER = 40
LINES_PER_RUNNER = 100
POSTGRES_URL = os.environ.get("ANDES_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")

SAID = ["hola", "buenos días coach", "hoy corrí {km} km en {min} min, me sentí bien", "me duele la rodilla derecha",
        "¿qué toca mañana?", "gracias!", "ayer hice {km}k suave", "tengo la media de Quito en junio",
        "me siento cansado esta semana", "la canilla me molesta cuando bajo", "¿cómo voy?", "ok 👍",
        "prefiero entrenar lunes, miércoles y sábado", "hice series 6x400 a 1:45", "dormí mal, muy poco"]
BOT = ["¡Genial! Anotado.", "Descansa bien hoy.", "Mañana toca rodaje suave de 6 km.", "¿Del 0 al 10 cuánto duele?",
       "Vas muy bien esta semana."]


def _distance(rng: random.Random, km: float) -> tuple[str, float]:
    """The cell as someone typed it, and the km it says (miles: what their rounding left)."""
    style = rng.random()
    if style < 0.5:
        return f"{km:g}km", km
    if style < 0.8:
        return f"{km:g}".replace(".", ","), km
    if style < 0.9:
        miles = round(km / 1.609344, 2)
        return f"{miles:.2f} mi", round(miles * 1.609344, 3)
    return f"{km:g} km", km


def _duration(rng: random.Random, seconds: int) -> str:
    if rng.random() < 0.4:
        return f"{round(seconds / 60)} min"
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def generate(folder: Path, runners: int, seed: int = 7) -> dict[str, int]:
    """Write Usuarios.csv, Carreras.csv, Conversaciones.csv; return what the report must say."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    expected = {"runners": runners, "runs": 0, "runs_skipped": 0, "lines": 0, "lines_skipped": 0,
                "runner_lines": 0, "km_thousandths": 0}
    start = date(2024, 1, 1)
    with open(folder / "Usuarios.csv", "w", newline="", encoding="utf-8") as users, \
            open(folder / "Carreras.csv", "w", newline="", encoding="utf-8") as runs, \
            open(folder / "Conversaciones.csv", "w", newline="", encoding="utf-8") as chats:
        u, r, c = csv.writer(users), csv.writer(runs), csv.writer(chats)
        u.writerow(["Teléfono", "Nombre", "Edad", "Objetivo", "Nivel", "Lesiones previas", "Registro completo"])
        r.writerow(["Teléfono", "Fecha", "Distancia", "Tiempo", "Esfuerzo", "Molestias", "Competencia"])
        c.writerow(["Fecha", "Teléfono", "Quién", "Mensaje"])
        for i in range(runners):
            phone = f"0991{i:06d}"
            u.writerow([phone, f"Corredor {i}", rng.randint(18, 65), rng.choice(["10k", "media maratón", "5k", ""]),
                        rng.choice(["principiante", "intermedio", "avanzado"]),
                        rng.choice(["", "", "rodilla 2022", "fascitis plantar"]), "sí"])
            days = sorted(rng.sample(range(365), RUNS_PER_RUNNER))
            for n, offset in enumerate(days):
                km = round(rng.uniform(3, 21), 1)
                seconds = int(km * rng.uniform(290, 420))
                day = start + timedelta(days=offset)
                if n == 0 and i % 50 == 0:            # 2 % of runners: one impossible distance
                    r.writerow([phone, day.strftime("%d/%m/%Y"), "-3", "20:00", "5", "", "no"])
                    expected["runs_skipped"] += 1
                    continue
                race = "sí" if rng.random() < 0.05 else "no"
                typed, says = _distance(rng, km)
                r.writerow([phone, day.strftime("%d/%m/%Y"), typed, _duration(rng, seconds),
                            rng.randint(3, 9), rng.choice(["", "", "", "rodilla"]), race])
                expected["runs"] += 1
                expected["km_thousandths"] += round(says * 1000)
            moment = datetime(2024, 1, 1, 7, 0) + timedelta(minutes=i)
            for n in range(LINES_PER_RUNNER):
                moment += timedelta(hours=rng.randint(1, 80), minutes=rng.randint(0, 59))
                runner_line = n % 2 == 0
                text = (rng.choice(SAID).format(km=rng.randint(5, 15), min=rng.randint(25, 90)) if runner_line
                        else rng.choice(BOT))
                stamp = moment.strftime("%d/%m/%Y %H:%M")
                if n == 99 and i % 25 == 0:           # 4 % of runners: a relative date
                    c.writerow(["ayer", phone, "usuario", text])
                    expected["lines_skipped"] += 1
                    continue
                c.writerow([stamp, phone, "usuario" if runner_line else "bot", text])
                expected["lines"] += 1
                expected["runner_lines"] += runner_line
        # Rows that belong to nobody: refused with the reason.
        r.writerow(["0980000000", "01/02/2024", "5", "30:00", "5", "", "no"])
        c.writerow(["01/02/2024 10:00", "0980000000", "usuario", "hola"])
        expected["runs_skipped"] += 1
        expected["lines_skipped"] += 1
    return expected


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runners", type=int, default=500)
    parser.add_argument("--embedder", choices=["hashing", "e5"], default="hashing")
    parser.add_argument("--source", choices=["csv", "api"], default="csv")
    parser.add_argument("--batch", type=int, default=256, help="memories embedded per call")
    args = parser.parse_args()

    import psycopg
    from psycopg import sql

    from adapters.postgres import PostgresStore, apply_migrations, create_pool
    from adapters.qdrant_edge_memory import QdrantEdgeMemory
    from adapters.sheets.csv_folder import CsvFolderSpreadsheet
    from adapters.system_clock import SystemClock
    from application.migration.migrate import MigrateSheets
    from application.understanding.classifier import IntentClassifier
    from application.understanding.intents import Understand

    work = Path(tempfile.mkdtemp(prefix="andes-sheets-bench-"))
    t0 = time.perf_counter()
    expected = generate(work / "export", args.runners)
    print(f"generated {args.runners} runners, {expected['runs'] + expected['runs_skipped']:,} run rows, "
          f"{expected['lines'] + expected['lines_skipped']:,} conversation lines in {time.perf_counter() - t0:.1f} s "
          f"({sum(f.stat().st_size for f in (work / 'export').iterdir()) / 1e6:.1f} MB of CSV)")

    if args.embedder == "e5":
        from adapters.e5_embedder import E5Embedder
        embedder = E5Embedder(symmetric=True)
    else:
        from adapters.hashing_embedder import HashingEmbedder
        embedder = HashingEmbedder()
    understand = Understand(IntentClassifier(embedder))
    understand("hola", date.today())                  # trained before the clock starts

    server = None
    if args.source == "api":
        from adapters.sheets.google import GoogleSpreadsheet
        from tests.integration.fake_graph_api import ServerThread
        from tests.integration.fake_sheets_api import FakeSheetsAPI
        fake = FakeSheetsAPI(read_quota_per_minute=10_000)
        server = ServerThread(fake.app).start()
        fake.url = server.url
        account = fake.service_account()
        (work / "sa.json").write_text(json.dumps(account))
        csv_sheet = CsvFolderSpreadsheet(work / "export")
        fake.add_spreadsheet("bench", "Bot", {t: csv_sheet.read_tab(t) for t in csv_sheet.tab_names()},
                             shared_with=(account["client_email"],))
        sheet = GoogleSpreadsheet("bench", str(work / "sa.json"), api_base=fake.url)
    else:
        sheet = CsvFolderSpreadsheet(work / "export")

    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = psycopg.connect(POSTGRES_URL, autocommit=True)
    admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    pool = create_pool(POSTGRES_URL, schema=schema, min_size=1, max_size=4)
    try:
        apply_migrations(pool)
        store = PostgresStore(pool)
        memory = QdrantEdgeMemory(embedder, SystemClock(), str(work / "qdrant"), "bench")
        spent = {"memory": 0.0, "understand": 0.0, "documents": 0}

        def store_memories(documents):
            started = time.perf_counter()
            memory.store_many(documents)
            spent["memory"] += time.perf_counter() - started
            spent["documents"] += len(documents)

        def classify(text, day):
            started = time.perf_counter()
            try:
                return understand(text, day).intent
            finally:
                spent["understand"] += time.perf_counter() - started

        migrate = MigrateSheets(sheet, store.runners, store.runs, store.conversations, store_memories=store_memories,
                                classify=classify, clock=SystemClock(), memory_batch=args.batch,
                                unit_of_work=store.unit_of_work())
        rows = (args.runners + expected["runs"] + expected["runs_skipped"] + expected["lines"]
                + expected["lines_skipped"])
        points = []
        for attempt in ("first run", "second run"):
            spent.update(memory=0.0, understand=0.0, documents=0)
            started = time.perf_counter()
            report = migrate.migrate()
            wall = time.perf_counter() - started
            rest = wall - spent["memory"] - spent["understand"]
            print(f"\n{attempt}: {wall:.1f} s, {rows / wall:,.0f} rows/s; embedder + Qdrant {spent['memory']:.1f} s "
                  f"({spent['documents']:,} memories, {spent['documents'] / max(spent['memory'], 1e-9):,.0f}/s), "
                  f"intent reader {spent['understand']:.1f} s, PostgreSQL + the rest {rest:.1f} s; "
                  f"peak RSS {_peak_rss_mb():.0f} MB")
            print("  " + report.summary())
            points.append(memory.count())
        tabs = {t.tab.split(".")[0].split("'")[0]: t for t in report.tabs}
        users, runs, chats = tabs["Usuarios"], tabs["Carreras"], tabs["Conversaciones"]
        store_runs = sum(r.store.runs for r in report.runners)
        store_km = round(sum(r.store.km for r in report.runners) * 1000)
        sheet_km = round(sum(r.sheet.km for r in report.runners) * 1000)
        with pool.connection() as conn:
            in_db = conn.execute("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM runs), "
                                 "(SELECT count(*) FROM conversations)").fetchone()
        checks = [
            ("runners in PostgreSQL", in_db[0], expected["runners"]),
            ("runs in PostgreSQL", in_db[1], expected["runs"]),
            ("conversation lines in PostgreSQL", in_db[2], expected["lines"]),
            ("runs skipped (with the reason)", len(runs.skipped), expected["runs_skipped"]),
            ("lines skipped (with the reason)", len(chats.skipped), expected["lines_skipped"]),
            ("runs per runner, sheet = store", store_runs, expected["runs"]),
            ("metres run, sheet", sheet_km, expected["km_thousandths"]),
            ("metres run, store", store_km, expected["km_thousandths"]),
            ("runners differing", len(report.differing_runners), 0),
            ("vector memories after the second run", points[1], points[0]),
            ("rows differing", sum(len(t.differing) for t in report.tabs), 0),
            ("users skipped", len(users.skipped), 0),
        ]
        print(f"\nvector memories in Qdrant: {memory.count():,} "
              f"(runs {expected['runs']:,} + worth-remembering runner lines + injury histories)")
        print("validation totals against what was generated:")
        for name, got, want in checks:
            print(f"  {'exact' if got == want else 'DIFFERS':7} {name}: {got:,} (expected {want:,})")
        memory.close()
    finally:
        pool.close()
        admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
        admin.close()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
