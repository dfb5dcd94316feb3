#!/usr/bin/env python3
"""Pass 2: the runners as onboarded before the week (from briefs.md). Writes ../profiles.jsonl."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "profiles.jsonl")
HALF = 21.0975
FULL = 42.195


def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}


def goal(dist, name, date, t):
    return {"distance_km": dist, "name": name, "date": date, "goal_time": t}


def recent(dist, t, month):
    return {"distance_km": dist, "time": t, "month": month}


P = [
    dict(conv="es-01", name="Diego Andrade", age=34,
         goal_race=goal(HALF, "Media Maraton de Quito", "2028-06-04", "1:50:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=32, longest_run_km=16, recent_race=recent(15, "1:18:40", "2027-12"),
         injuries_at_start=[inj("foot", "right", "fascitis plantar 2026, curada")]),
    dict(conv="es-02", name="Maria Jose Cedeño", age=27,
         goal_race=goal(10.0, "10K Guayaquil", "2028-04-16", "1:05:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="beginner",
         weekly_km=15, longest_run_km=7, recent_race=recent(5, "0:31:40", "2027-10"),
         injuries_at_start=[inj("ankle", "left", "esguince en el colegio, curado")]),
    dict(conv="es-03", name="Luis Pacheco", age=61,
         goal_race=goal(HALF, "Media Maraton de Cuenca", "2028-04-09", "2:10:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=30, longest_run_km=18, recent_race=recent(10, "0:58:15", "2027-11"),
         injuries_at_start=[inj("knee", "left", "cirugia de menisco 2019, recuperado")]),
    dict(conv="es-04", name="Kevin Toapanta", age=16,
         goal_race=goal(5.0, "5K Ambato", "2028-04-23", "0:22:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="intermediate",
         weekly_km=20, longest_run_km=8, recent_race=recent(5, "0:24:30", "2027-11"),
         injuries_at_start=[]),
    dict(conv="es-05", name="Gabriela Jaramillo", age=41,
         goal_race=goal(HALF, "Media Maraton de Loja", "2028-05-21", "2:00:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=35, longest_run_km=20, recent_race=recent(10, "0:54:10", "2027-09"),
         injuries_at_start=[inj("knee", "right", "cintilla iliotibial 2025, curada")]),
    dict(conv="es-06", name="Andres Zambrano", age=38,
         goal_race=goal(FULL, "Maraton de Quito", "2028-06-04", "3:05:00"),
         days_per_week=5, preferred_days=["tue", "wed", "thu", "sat", "sun"], level="advanced",
         weekly_km=65, longest_run_km=32, recent_race=recent(HALF, "1:26:30", "2027-10"),
         injuries_at_start=[inj("achilles", "left", "tendinopatia 2024, curada")]),
    dict(conv="es-07", name="Paola Guerrero", age=29,
         goal_race=goal(5.0, "5K Yahuarcocha", "2028-04-30", None),
         days_per_week=3, preferred_days=["mon", "wed", "fri"], level="beginner",
         weekly_km=8, longest_run_km=4, recent_race=None, injuries_at_start=[]),
    dict(conv="es-08", name="Fernando Yanez", age=52,
         goal_race=goal(42.0, "Ultra Trail Chimborazo 42K", "2028-07-16", "6:30:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=40, longest_run_km=25, recent_race=recent(21, "2:35:00", "2027-11"),
         injuries_at_start=[inj("back", None, "lumbalgia 2022, curada")]),
    dict(conv="es-09", name="Jhon Quiñonez", age=23,
         goal_race=goal(10.0, "10K Ciudad de Esmeraldas", "2028-04-02", "0:33:00"),
         days_per_week=5, preferred_days=["mon", "tue", "thu", "sat", "sun"], level="advanced",
         weekly_km=55, longest_run_km=22, recent_race=recent(10, "0:34:10", "2027-12"),
         injuries_at_start=[inj("hamstring", "left", "desgarro 2026, curado")]),
    dict(conv="es-10", name="Carmen Villacis", age=65,
         goal_race=goal(5.0, "Carrera 5K Dia de la Madre Santo Domingo", "2028-05-07", None),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="beginner",
         weekly_km=12, longest_run_km=5, recent_race=recent(5, "0:41:20", "2027-11"),
         injuries_at_start=[inj("hip", "right", "artrosis leve, controlada", True)]),
    dict(conv="es-11", name="Sebastian Ortiz", age=31,
         goal_race=goal(FULL, "Maraton de Quito", "2028-06-04", "3:45:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=30, longest_run_km=21, recent_race=recent(HALF, "1:45:00", "2027-10"),
         injuries_at_start=[]),
    dict(conv="es-12", name="Daniela Paredes", age=45,
         goal_race=goal(HALF, "Media Maraton de Manta", "2028-04-23", "2:05:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="intermediate",
         weekly_km=28, longest_run_km=15, recent_race=recent(10, "1:00:30", "2027-08"),
         injuries_at_start=[inj("foot", "left", "fascitis plantar 2025, curada")]),
]

KEYS = ["conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week",
        "preferred_days", "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for p in P:
            p = dict(p, lang="es", timezone="America/Guayaquil", units="km")
            f.write(json.dumps({k: p[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(P)} profiles to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
