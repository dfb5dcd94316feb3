"""The old bot's spreadsheet as the tests write it: three tabs, typed the way people typed them."""
from __future__ import annotations

import csv
from pathlib import Path

RUNNERS = [
    ["Teléfono (WhatsApp)", "Nombre", "Edad", "Objetivo", "Nivel", "Lesiones previas", "Registro completo"],
    ["+593 99 111 2233", "Ana", "34", "media maratón", "intermedio", "rodilla derecha en 2022", "sí"],
    ["099 222 3344", "Luis", "41", "10k", "principiante", "", "si"],
    ["12", "Nadie", "30", "5k", "", "", "no"],
]
RUNS = [
    ["Teléfono", "Fecha", "Distancia", "Tiempo", "Esfuerzo", "Molestias", "Competencia"],
    ["593991112233", "01/03/2024", "8km", "45 min", "6", "", "no"],
    ["593991112233", "3 de marzo de 2024", "15 km", "1:20:00", "7", "rodilla", "no"],
    ["593991112233", "10/03/2024", "21,1", "1:52:30", "9", "", "sí"],
    ["0992223344", "02/03/2024", "5 mi", "42:30", "", "", ""],
    ["0992223344", "05/03/2024", "-3", "20:00", "5", "", ""],
    ["593000000000", "04/03/2024", "5", "30:00", "5", "", ""],
]
CONVERSATIONS = [
    ["Fecha", "Teléfono", "Quién", "Mensaje"],
    ["01/03/2024 07:45", "593991112233", "usuario", "hola"],
    ["01/03/2024 07:45", "593991112233", "bot", "¡Hola Ana! ¿Cómo te fue hoy?"],
    ["01/03/2024 08:02", "593991112233", "usuario", "me duele la rodilla derecha desde el lunes cuando bajo escaleras"],
    ["01/03/2024 08:02", "593991112233", "bot", "Lo siento. ¿Del 0 al 10 cuánto duele?"],
    ["02/03/2024 19:10", "0992223344", "usuario", "mi objetivo es bajar de 50 minutos en el 10k de Quito"],
    ["02/03/2024 19:11", "0992223344", "bot", "¡Buen objetivo! Lo tengo en cuenta."],
    ["02/03/2024 19:12", "0992223344", "usuario", "gracias"],
    ["ayer", "0992223344", "usuario", "fecha rara"],
    ["03/03/2024 10:00", "593000000000", "usuario", "soy nuevo"],
    ["03/03/2024 10:00", "593991112233", "alguien", "¿quién escribió esto?"],
]


def write_csv_folder(folder: Path, runners=RUNNERS, runs=RUNS, conversations=CONVERSATIONS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("Usuarios", runners), ("Carreras", runs), ("Conversaciones", conversations)):
        with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows(rows)
    return folder
