"""ImportSheets: the old Google Sheets into the store, idempotently, with a report of every refusal."""
import argparse
import io
import json
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest

from adapters.in_memory import InMemoryRunnerRepository, InMemoryRunRepository
from adapters.sqlite import SqliteDatabase, SqliteRunnerRepository, SqliteRunRepository
from application.migration.import_sheets import ImportSheets, SheetFormatError, parse_duration
from domain.runner import FitnessLevel, GoalRace, Runner
from entrypoints import cli_import

USERS_ES = """\
Marca temporal,Teléfono,Nombre,Edad,Objetivo,Frecuencia,Nivel,Lesiones,Motivación,Zona horaria,Idioma
2023-01-05 10:00:00,+593 99 111 2233,Ana Núñez,34,Media maratón de Quito,4 días,intermedio,"fascitis, 2022",bajar mi marca,America/Guayaquil,español
2023-01-06 11:00:00,0987 654 321,Luis,41,10K,3,principiante,ninguna,salud,America/Bogota,en
,,,,,,,,,,
2023-01-07 12:00:00,abc123,Pedro,30,5k,3,avanzado,,,,
2023-01-08 12:00:00,+593991110000,Niña,7,5k,3,avanzado,,,,
2023-01-09 12:00:00,+593991110001,Mar,30,5k,9,avanzado,,,,
2023-01-10 12:00:00,+593991110002,Sol,30,5k,3,avanzado,,,Mars/Olympus,
2023-01-11 12:00:00,+593991110003,Rio,30,bajar de peso,3,avanzado,,,,fr
"""

RUNS_ES = """\
Teléfono,Fecha,Distancia (km),Duración,Esfuerzo,Ánimo,Molestias,Notas,Clima
593991112233,01/03/2024,"10,5",52:30,7,bien,,cuestas,soleado
593991112233,2024-03-03,21.1,1:55:10,8/10,cansada,rodilla,media de prueba,lluvia
+593 99 111 2233,05/03/2024,5 km,30,,,,,
0987654321,02/03/2024,8,45 min,5,,,,
593991112233,01/03/2024,"10,5",52:30,7,bien,,cuestas,soleado
593000000000,01/03/2024,5,30:00,5,,,,
593991112233,06/03/2024,-3,20:00,5,,,,
593991112233,07/03/2024,10,50:00,14,,,,
593991112233,31/02/2024,10,50:00,5,,,,
593991112233,08/03/2024,10,cincuenta,5,,,,
593991112233,09/03/2024,10,5:00,5,,,,
not-a-phone,09/03/2024,10,50:00,5,,,,
"""


@pytest.fixture(params=["memory", "sqlite"])
def store(request):
    if request.param == "memory":
        yield SimpleNamespace(runners=InMemoryRunnerRepository(), runs=InMemoryRunRepository())
        return
    db = SqliteDatabase(":memory:")
    yield SimpleNamespace(runners=SqliteRunnerRepository(db), runs=SqliteRunRepository(db))
    db.close()


@pytest.fixture
def files(tmp_path):
    def write(users: str, runs: str, encoding="utf-8"):
        u, r = tmp_path / "usuarios.csv", tmp_path / "carreras.csv"
        u.write_text(users, encoding=encoding)
        r.write_text(runs, encoding=encoding)
        return u, r
    return write


def run_import(store, users, runs, **kw):
    return ImportSheets(store.runners, store.runs)(users, runs, **kw)


def test_runners_and_runs_come_in_with_every_field(store, files):
    report = run_import(store, *files(USERS_ES, RUNS_ES))

    ana = store.runners.by_phone("+593991112233")
    assert (ana.name, ana.age, ana.goal_race, ana.weekly_frequency, ana.fitness_level) == (
        "Ana Núñez", 34, GoalRace.HALF, 4, FitnessLevel.INTERMEDIATE)
    assert (ana.injury_history, ana.motivation, ana.timezone, ana.language) == (
        "fascitis, 2022", "bajar mi marca", "America/Guayaquil", "es")
    assert ana.onboarding_completed   # every onboarding answer is there
    luis = store.runners.by_phone("+593987654321")   # the national 0987 654 321, as WhatsApp sends it
    assert (luis.goal_race, luis.fitness_level, luis.timezone, luis.language) == (
        GoalRace.TEN_K, FitnessLevel.BEGINNER, "America/Bogota", "en")

    runs = store.runs.for_runner(ana.id)
    assert [(r.date, r.distance_km, r.duration_s, r.perceived_effort) for r in runs] == [
        (date(2024, 3, 5), 5.0, 1800, None),
        (date(2024, 3, 3), 21.1, 6910, 8),
        (date(2024, 3, 1), 10.5, 3150, 7),
    ]
    first = runs[-1]
    assert (first.mood, first.aches, first.notes, first.weather) == ("bien", None, "cuestas", "soleado")
    assert runs[1].aches == "rodilla"
    assert [(r.distance_km, r.duration_s) for r in store.runs.for_runner(luis.id)] == [(8.0, 2700)]
    assert report.users.ignored_columns == ["Marca temporal"]


def test_every_refused_row_is_reported_with_its_row_number_and_reason(store, files):
    report = run_import(store, *files(USERS_ES, RUNS_ES))

    users = {n.row: n.reason for n in report.users.refused}
    assert set(users) == {5, 6, 7, 8, 9}               # row 4 is blank: not a row
    assert "is not a phone number" in users[5]
    assert "age of 7" in users[6]
    assert "9 runs a week" in users[7]
    assert "time zone 'Mars/Olympus' is unknown" in users[8]
    assert "language 'fr' is not supported" in users[9]

    runs = {n.row: n.reason for n in report.runs.refused}
    assert set(runs) == {7, 8, 9, 10, 11, 12, 13}
    assert runs[7].startswith("runner unknown") and "0000" in runs[7] and "593000000000" not in runs[7]
    assert "-3.0 km is not possible" in runs[8]
    assert "RPE) 14 is outside the 1–10 scale" in runs[9]
    assert "date '31/02/2024'" in runs[10]
    assert "duration 'cincuenta'" in runs[11]
    assert "faster than any human" in runs[12]          # 10 km in 5 minutes
    assert "is not a phone number" in runs[13]


def test_the_report_counts_each_file_and_checks_the_store(store, files):
    report = run_import(store, *files(USERS_ES, RUNS_ES))

    u, r = report.users, report.runs
    assert (u.read, u.imported, u.updated, u.duplicates, len(u.refused)) == (7, 2, 0, 0, 5)
    assert (r.read, r.imported, r.updated, r.duplicates, len(r.refused)) == (12, 4, 0, 1, 7)
    assert u.read == u.accepted + len(u.refused) and r.read == r.accepted + len(r.refused)
    assert report.check.ok
    assert (report.check.runners_expected, report.check.runs_expected) == (2, 4)
    # The store holds exactly the valid rows.
    assert len(store.runners.all()) == 2
    assert sum(len(store.runs.for_runner(x.id)) for x in store.runners.all()) == 4
    assert not report.ok                                # rows were refused
    assert "row 8: a run of -3.0 km is not possible" in report.summary()
    assert "store check OK: 2 of 2 runners and 4 of 4 runs" in report.summary()


def test_importing_again_adds_nothing(store, files):
    paths = files(USERS_ES, RUNS_ES)
    run_import(store, *paths)
    runners_before = store.runners.all()

    again = run_import(store, *paths)
    assert (again.users.imported, again.users.updated, again.users.duplicates) == (0, 0, 2)
    assert (again.runs.imported, again.runs.duplicates) == (0, 5)
    assert again.check.ok
    assert store.runners.all() == runners_before
    assert sum(len(store.runs.for_runner(x.id)) for x in store.runners.all()) == 4


def test_a_runner_already_in_the_store_is_updated_not_duplicated(store, files):
    known = Runner(phone="+593991112233", name="Ana", age=33, motivation="correr feliz",
                   onboarding_completed=True)
    store.runners.save(known)
    users = "phone,name,age,goal,motivation\n593991112233,Ana Núñez,34,half,\n"
    report = run_import(store, *files(users, "phone,date,distance_km\n"))

    assert (report.users.imported, report.users.updated) == (0, 1)
    [ana] = store.runners.all()
    assert ana.id == known.id
    assert (ana.name, ana.age, ana.goal_race) == ("Ana Núñez", 34, GoalRace.HALF)
    assert ana.motivation == "correr feliz"            # a blank cell erases nothing
    assert ana.onboarding_completed                     # and an import never takes onboarding back


def test_english_headers_semicolons_and_a_byte_order_mark(store, files):
    users = "Phone;Name;Age;Goal;Frequency;Level;Injuries;Motivation;Timezone;Language\n" \
            "+1 555 010 0199;Kate;29;marathon;5;advanced;none;Boston;America/New_York;en\n"
    runs = "phone;date;distance_km;duration;rpe;mood;aches;notes;weather\n" \
           "15550100199;2024-03-01;32,2;2:45:00;9;tired;calf;long run;windy\n"
    report = run_import(store, *files(users, runs, encoding="utf-8-sig"))

    assert report.ok and report.check.ok
    kate = store.runners.by_phone("+15550100199")
    assert (kate.goal_race, kate.weekly_frequency, kate.fitness_level, kate.language) == (
        GoalRace.MARATHON, 5, FitnessLevel.ADVANCED, "en")
    [run] = store.runs.for_runner(kate.id)
    assert (run.distance_km, run.duration_s, run.perceived_effort, run.weather) == (32.2, 9900, 9, "windy")


def test_a_goal_it_cannot_read_is_a_warning_not_a_refusal(store, files):
    users = "telefono,nombre,objetivo,nivel\n593991112233,Ana,bajar de peso,no sé\n"
    report = run_import(store, *files(users, "telefono,fecha,distancia\n"))
    assert report.users.imported == 1 and not report.users.refused
    assert [n.row for n in report.users.warnings] == [2, 2]
    assert "goal 'bajar de peso'" in report.users.warnings[0].reason
    assert store.runners.by_phone("+593991112233").goal_race is None


def test_a_dry_run_writes_nothing_and_reports_the_same(store, files):
    paths = files(USERS_ES, RUNS_ES)
    dry = run_import(store, *paths, dry_run=True)
    assert store.runners.all() == []
    assert dry.check is None and "DRY RUN" in dry.summary()

    real = run_import(store, *paths)
    for part in ("users", "runs"):
        a, b = getattr(dry, part), getattr(real, part)
        assert (a.read, a.imported, a.updated, a.duplicates, a.refused) == (
            b.read, b.imported, b.updated, b.duplicates, b.refused)


def test_file_like_sources_work(store):
    users = io.StringIO("telefono\n593991112233\n")
    runs = io.StringIO("telefono,fecha,distancia\n593991112233,01/03/2024,5\n")
    report = run_import(store, users, runs)
    assert report.ok and report.runs.imported == 1


def test_the_store_check_catches_rows_that_did_not_arrive(store, files):
    class LosingRuns(InMemoryRunRepository):
        def add(self, run):
            if run.distance_km != 8:
                super().add(run)

    store.runs = LosingRuns()
    report = run_import(store, *files(USERS_ES, RUNS_ES))
    assert not report.check.ok and report.check.runs_found == 3
    assert "store check MISMATCH" in report.summary()


@pytest.mark.parametrize("users, runs, missing", [
    ("nombre,edad\nAna,30\n", "telefono,fecha,distancia\n", "phone"),
    ("telefono\n593991112233\n", "telefono,fecha,duracion\n", "distance_km"),
    ("", "telefono,fecha,distancia\n", "empty"),
])
def test_a_file_that_is_not_the_expected_sheet_is_refused_whole(store, files, users, runs, missing):
    with pytest.raises(SheetFormatError, match=missing):
        run_import(store, *files(users, runs))
    assert store.runners.all() == []


@pytest.mark.parametrize("text, seconds", [
    ("52:30", 3150), ("1:05:30", 3930), ("75:00", 4500), ("45", 2700), ("45,5", 2730), ("45 min", 2700),
])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


# --- the command line ------------------------------------------------------------------------------

def command_line(argv, store, capsys):
    parser = argparse.ArgumentParser(prog="andes")
    cli_import.add_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    container = SimpleNamespace(runners=lambda: store.runners, runs=lambda: store.runs)
    code = args.handler(args, container)
    return code, capsys.readouterr()


def test_the_command_imports_and_exits_nonzero_when_rows_were_refused(store, files, capsys):
    users, runs = files(USERS_ES, RUNS_ES)
    code, out = command_line(["import-sheets", str(users), str(runs)], store, capsys)
    assert code == cli_import.EXIT_ROWS_REFUSED
    assert "usuarios.csv: 7 rows read, 2 imported" in out.out
    assert len(store.runners.all()) == 2


def test_the_command_exits_zero_on_a_clean_import_and_speaks_json(store, files, capsys):
    users, runs = files("telefono\n593991112233\n", "telefono,fecha,distancia\n593991112233,01/03/2024,5\n")
    code, out = command_line(["import-sheets", "--json", str(users), str(runs)], store, capsys)
    assert code == cli_import.EXIT_OK
    report = json.loads(out.out)
    assert report["ok"] and report["runs"]["imported"] == 1 and report["check"]["runs_found"] == 1


def test_the_command_reports_a_missing_file(store, tmp_path, capsys):
    code, out = command_line(["import-sheets", str(tmp_path / "nope.csv"), str(tmp_path / "nope2.csv")],
                             store, capsys)
    assert code == cli_import.EXIT_UNREADABLE and "nope.csv" in out.err


def test_the_command_can_build_its_container(store, files, capsys):
    users, runs = files("telefono\n593991112233\n", "telefono,fecha,distancia\n")
    parser = argparse.ArgumentParser(prog="andes")
    container = SimpleNamespace(runners=lambda: store.runners, runs=lambda: store.runs)
    cli_import.add_parser(parser.add_subparsers(dest="command"), container_factory=lambda: container)
    args = parser.parse_args(["import-sheets", "--dry-run", str(users), str(runs)])
    assert args.func(args) == cli_import.EXIT_OK
    assert store.runners.all() == []


def test_national_numbers_need_a_country_code(store, files):
    users = "telefono,nombre\n099 111 2233,Ana\n0044 20 7946 0958,Tom\n"
    report = ImportSheets(store.runners, store.runs, country_code=None)(*files(users, "telefono,fecha,distancia\n"))
    assert [n.row for n in report.users.refused] == [2] and "national number" in report.users.refused[0].reason
    assert store.runners.by_phone("+442079460958").name == "Tom"

    report = ImportSheets(store.runners, store.runs, country_code="+593")(*files(users, "telefono,fecha,distancia\n"))
    assert store.runners.by_phone("+593991112233").name == "Ana"


# --- the rules every run passes (domain.run_rules) ----------------------------------------------

RULES_USERS = "telefono,nombre,zona_horaria\n593991112233,Ana,America/Guayaquil\n"


def test_imported_runs_pass_the_same_rules_as_any_run(store, files):
    from adapters.in_memory import FixedClock

    rows = ["telefono,fecha,distancia,tiempo,notas,competencia",
            "593991112233,2027-01-10,10,50:00,,",            # 2: in the future: never counted as volume
            "593991112233,2024-03-01,10,24:00,,",            # 3: beyond the 10 000 m record
            "593991112233,2024-03-02,10,55:00,race: 10k del barrio,",   # 4: the old race marker
            "593991112233,2024-03-03,5,25:00,,sí",           # 5: a race by its column
            "593991112233,2024-03-03,5.1,26:00,,"]           # 6: a possible duplicate: imported, warned
    rows += ["593991112233,2024-03-09,3,18:00,,"] * 1 + [f"593991112233,2024-03-09,{3 + i / 10:g},18:00,,"
                                                         for i in range(1, 7)]   # 7–13: the 7th run that day
    # Now is 2024-03-31 04:00 UTC: still the 30th in Guayaquil, so a run on the 31st is in the future there.
    rows.append("593991112233,2024-03-31,5,30:00,,")         # 14
    clock = FixedClock(datetime(2024, 3, 31, 4, 0, tzinfo=timezone.utc))
    users, runs = files(RULES_USERS, "\n".join(rows) + "\n")
    report = ImportSheets(store.runners, store.runs, clock=clock)(users, runs)

    refused = {n.row: n.reason for n in report.runs.refused}
    assert set(refused) == {2, 3, 13, 14}
    assert "after today" in refused[2] and "after today" in refused[14]
    assert "world record" in refused[3]
    assert "7 runs on 2024-03-09" in refused[13]
    # 6: within 3 % of row 5; 11, 12: 3.4 ≈ 3.3 and 3.5 ≈ 3.4 km (3.1 vs 3 km is 3.2 % apart: another run)
    assert [n.row for n in report.runs.warnings] == [6, 11, 12]
    stored = {(r.date.isoformat(), r.distance_km): r for r in store.runs.for_runner(
        store.runners.by_phone("+593991112233").id)}
    assert (stored[("2024-03-02", 10.0)].is_race, stored[("2024-03-02", 10.0)].notes) == (True, "10k del barrio")
    assert stored[("2024-03-03", 5.0)].is_race is True and stored[("2024-03-03", 5.1)].is_race is False
    assert report.check.ok
