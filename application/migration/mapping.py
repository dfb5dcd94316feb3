"""Which column holds what, by the header's name, whatever its spelling and language.

A header is folded ('Teléfono (WhatsApp)' -> 'telefono', 'Distancia km' -> 'distancia_km') and
looked up among the names the old bot and people used; unknown columns are listed in the report,
never guessed. The same table writes the mirror's rows in the tab's own column order.
"""
from __future__ import annotations

import re

import attrs

from application.understanding.text import fold

RUNNERS = "runners"
RUNS = "runs"
CONVERSATIONS = "conversations"

# The tab of each kind, by its folded name.
TAB_NAMES = {
    RUNNERS: ("runners", "users", "usuarios", "corredores", "atletas", "perfil", "perfiles"),
    RUNS: ("runs", "carreras", "entrenamientos", "registros", "actividades", "log", "runs_log"),
    CONVERSATIONS: ("conversations", "conversaciones", "chat", "chats", "mensajes", "messages", "historial"),
}

PHONE = ("phone", "telefono", "tel", "celular", "movil", "whatsapp", "numero", "phone_number",
         "numero_de_telefono", "telefono_whatsapp", "mobile", "user", "usuario")

COLUMNS = {
    RUNNERS: {
        "phone": PHONE,
        "name": ("name", "nombre", "nombre_completo", "full_name"),
        "age": ("age", "edad"),
        "goal_race": ("goal", "objetivo", "goal_race", "carrera", "carrera_objetivo", "meta", "race"),
        "weekly_frequency": ("frequency", "frecuencia", "weekly_frequency", "dias_por_semana", "veces_por_semana",
                             "runs_per_week", "frecuencia_semanal"),
        "fitness_level": ("level", "nivel", "fitness_level", "nivel_de_condicion", "experiencia"),
        "injury_history": ("injuries", "lesiones", "injury_history", "historial_de_lesiones", "lesiones_previas"),
        "motivation": ("motivation", "motivacion", "por_que_corres"),
        "timezone": ("timezone", "zona_horaria", "time_zone", "tz"),
        "language": ("language", "idioma", "lang"),
        "onboarding_completed": ("onboarding_completed", "onboarding", "completado", "registro_completo"),
    },
    RUNS: {
        "phone": PHONE,
        "date": ("date", "fecha", "run_date", "dia"),
        "distance_km": ("distance_km", "distance", "distancia", "distancia_km", "km", "kms"),
        "duration": ("duration", "duracion", "tiempo", "time", "duration_min", "minutos"),
        "perceived_effort": ("rpe", "esfuerzo", "perceived_effort", "effort", "esfuerzo_percibido"),
        "mood": ("mood", "animo", "estado_de_animo", "sensacion"),
        "aches": ("aches", "molestias", "dolores", "dolor"),
        "notes": ("notes", "notas", "comentarios", "observaciones", "comments"),
        "weather": ("weather", "clima"),
        "is_race": ("is_race", "race", "competencia", "es_carrera", "fue_carrera"),
    },
    CONVERSATIONS: {
        "phone": PHONE,
        "at": ("date", "fecha", "timestamp", "fecha_hora", "hora", "datetime", "created_at", "when", "cuando"),
        "role": ("role", "rol", "from", "de", "quien", "sender", "remitente", "autor"),
        "text": ("message", "mensaje", "text", "texto", "content", "contenido", "msg"),
    },
}

REQUIRED = {
    RUNNERS: ("phone",),
    RUNS: ("phone", "date", "distance_km"),
    CONVERSATIONS: ("phone", "at", "role", "text"),
}

# Who wrote a conversation line, as the old bot wrote it.
RUNNER_ROLES = {"user", "usuario", "runner", "corredor", "atleta", "human", "cliente", "in", "entrante"}
COACH_ROLES = {"bot", "assistant", "asistente", "coach", "entrenador", "andes", "ai", "ia", "out", "saliente",
               "system"}


class SheetFormatError(ValueError):
    """A tab is not the expected sheet (a required column is missing, it is empty...)."""


def column_key(header: str) -> str:
    """'Teléfono (WhatsApp)' -> 'telefono'; 'Distancia km' -> 'distancia_km'."""
    text = re.sub(r"\(.*?\)", "", fold(header))
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_")


def find_tab(kind: str, names: list[str]) -> str | None:
    """The tab of that kind among the spreadsheet's, by name ('Usuarios', 'Carreras', 'Chat')."""
    wanted = set(TAB_NAMES[kind])
    return next((name for name in names if column_key(name) in wanted), None)


@attrs.define
class Tab:
    """One tab's rows, its columns mapped to our fields."""
    name: str
    columns: dict[str, int]                 # our field -> column index
    ignored: list[str]                      # headers we do not read
    rows: list[tuple[int, list[str]]]       # (sheet row number: the header is row 1, cells)

    def cell(self, cells: list[str], field: str) -> str | None:
        index = self.columns.get(field)
        if index is None or index >= len(cells):
            return None
        value = str(cells[index]).strip()
        return value or None


def columns_of(header: list[str], kind: str) -> tuple[dict[str, int], list[str]]:
    aliases = {alias: field for field, names in COLUMNS[kind].items() for alias in names}
    columns: dict[str, int] = {}
    ignored = []
    for index, name in enumerate(header):
        field = aliases.get(column_key(str(name)))
        if field is None or field in columns:
            if str(name).strip():
                ignored.append(str(name).strip())
            continue
        columns[field] = index
    return columns, ignored


def tab_from_values(name: str, values: list[list[str]], kind: str) -> Tab:
    """A tab from its rows (header first), as the Sheets API or a CSV gives them."""
    if not values:
        raise SheetFormatError(f"{name} is empty")
    header = [str(h) for h in values[0]]
    columns, ignored = columns_of(header, kind)
    missing = [f for f in REQUIRED[kind] if f not in columns]
    if missing:
        raise SheetFormatError(
            f"{name} has no {' / '.join(missing)} column (columns found: {', '.join(header) or 'none'})")
    rows = [(number, [str(c) for c in cells]) for number, cells in enumerate(values[1:], start=2)
            if any(str(c).strip() for c in cells)]
    return Tab(name, columns, ignored, rows)


def row_for(header: list[str], kind: str, record: dict[str, str]) -> list[str]:
    """A row for the tab whose first row is ``header``: each of our fields under its column, the
    other columns left empty (the mirror's appends)."""
    columns, _ = columns_of(header, kind)
    row = [""] * len(header)
    for field, value in record.items():
        index = columns.get(field)
        if index is not None:
            row[index] = value
    return row
