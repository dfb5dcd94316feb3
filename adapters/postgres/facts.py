"""A message's reads in one round trip: psycopg's pipeline mode sends the queries together and
reads their results at one sync (https://www.psycopg.org/psycopg3/docs/advanced/pipeline.html),
with the repositories' own queries and decoders."""
from __future__ import annotations

from typing import Any

from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from adapters.postgres import cross_training, injuries, plans, runs, summaries
from adapters.postgres.codec import converter
from adapters.postgres.unit_of_work import connection
from application.ports import FactsRequest, ProgressSummaryRecord, RunnerFacts
from domain.cross_training import CrossTraining
from domain.injury import Injury
from domain.run import Run

_NEWEST_FIRST = " ORDER BY run_date DESC, created_at DESC, seq DESC"


class PostgresFactsReader:
    def __init__(self, pool: ConnectionPool):
        self._pool = pool

    def read(self, request: FactsRequest) -> RunnerFacts:
        rid = request.runner_id
        queries: list[tuple[str, dict[str, Any]]] = [
            (runs._SELECT + " AND run_date >= %(since)s" + _NEWEST_FIRST,
             {"runner_id": rid, "since": request.runs_since}),
            (runs._SELECT + _NEWEST_FIRST + " LIMIT %(limit)s", {"runner_id": rid, "limit": request.recent}),
            (runs._SELECT + " AND run_date >= %(since)s ORDER BY distance_km DESC, seq LIMIT %(limit)s",
             {"runner_id": rid, "since": request.longest_since, "limit": request.longest}),
            (f"{plans._SELECT} WHERE user_id = %(runner_id)s AND active", {"runner_id": rid}),
            (injuries._SELECT + " WHERE user_id = %(runner_id)s ORDER BY seq", {"runner_id": rid}),
            (summaries._UNDELIVERED.replace("%s", "%(runner_id)s"), {"runner_id": rid}),
            (cross_training._SELECT + " WHERE user_id = %(runner_id)s AND day >= %(since)s"
             " ORDER BY day DESC, created_at DESC, seq DESC", {"runner_id": rid, "since": request.runs_since}),
        ]
        with connection(self._pool, read=True) as conn:
            cursors = [conn.cursor(row_factory=dict_row) for _ in queries]
            with conn.pipeline():
                for cursor, (query, params) in zip(cursors, queries, strict=True):
                    cursor.execute(query, params)
            rows = [cursor.fetchall() for cursor in cursors]     # all came back at the pipeline's sync
            for cursor in cursors:
                cursor.close()
        window, recent, longest, plan, every_injury, undelivered, sessions = rows
        injured = [converter.structure(r, Injury) for r in every_injury]
        return RunnerFacts(
            runs=[converter.structure(r, Run) for r in window],
            recent=[converter.structure(r, Run) for r in recent],
            longest=[converter.structure(r, Run) for r in longest],
            active_plan=plans._plan(plan[0]) if plan else None,
            open_injuries=[i for i in injured if i.resolved_on is None],
            undelivered=[converter.structure(r, ProgressSummaryRecord) for r in undelivered],
            cross_training=[converter.structure(r, CrossTraining) for r in sessions],
            injuries=injured,
        )
