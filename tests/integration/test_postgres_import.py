"""ImportSheets into PostgreSQL: the old sheets land once, however often the import runs."""
import pytest

from adapters.postgres import PostgresRunnerRepository, PostgresRunRepository
from application.migration.import_sheets import ImportSheets

pytestmark = pytest.mark.integration

USERS = """telefono,nombre,edad,objetivo,frecuencia,nivel,lesiones,motivacion
+593 99 111 2233,Ana,34,media maratón,4,intermedio,ninguna,marca
099 222 3344,Luis,41,10k,3,principiante,rodilla 2021,salud
12,Nadie,30,5k,3,avanzado,,
"""
RUNS = """telefono,fecha,distancia,duracion,esfuerzo,animo,molestias,notas,clima
593991112233,01/03/2024,10.5,52:30,7,bien,,cuestas,sol
593991112233,03/03/2024,15,1:20:00,8,,,,
0992223344,02/03/2024,8,45,5,,,,
593991112233,04/03/2024,-3,20:00,5,,,,
593000000000,04/03/2024,5,30:00,5,,,,
"""


def test_importing_twice_into_postgres_stores_each_valid_row_once(postgres_pool, tmp_path):
    users, runs = tmp_path / "users.csv", tmp_path / "runs.csv"
    users.write_text(USERS, encoding="utf-8")
    runs.write_text(RUNS, encoding="utf-8")
    runners_repo, runs_repo = PostgresRunnerRepository(postgres_pool), PostgresRunRepository(postgres_pool)
    use_case = ImportSheets(runners_repo, runs_repo)

    first = use_case(users, runs)
    second = use_case(users, runs)

    assert (first.users.imported, len(first.users.refused), first.runs.imported, len(first.runs.refused)) == (
        2, 1, 3, 2)
    assert (second.users.imported, second.users.updated, second.runs.imported, second.runs.duplicates) == (
        0, 0, 0, 3)
    assert first.check.ok and second.check.ok
    with postgres_pool.connection() as conn:
        counts = conn.execute("SELECT (SELECT count(*) FROM users), (SELECT count(*) FROM runs)").fetchone()
    assert counts == (2, 3)
    ana = runners_repo.by_phone("+593991112233")
    assert ana.onboarding_completed
    assert [r.duration_s for r in runs_repo.for_runner(ana.id)] == [4800, 3150]
