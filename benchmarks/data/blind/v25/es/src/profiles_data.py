"""Profiles: each runner as onboarded before the week Mon 2028-05-01 .. Sun 2028-05-07."""

HALF = 21.0975
FULL = 42.195


def inj(part, side, note):
    return {"body_part": part, "side": side, "note": note, "current": False}


def race(dist, name, date, goal):
    return {"distance_km": dist, "name": name, "date": date, "goal_time": goal}


def recent(dist, time, month):
    return {"distance_km": dist, "time": time, "month": month}


PROFILES = [
    dict(conv="es-01", name="Diana Cevallos", age=34,
         goal_race=race(HALF, "Media Maraton de Quito", "2028-06-25", "2:05:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=30, longest_run_km=16, recent_race=recent(10, "0:58:40", "2027-11"),
         injuries_at_start=[inj("foot", "right", "fascitis plantar en 2026, ya curada")]),
    dict(conv="es-02", name="Jorge Villamar", age=28,
         goal_race=race(10.0, "10K Guayaquil", "2028-07-09", "0:50:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="intermediate",
         weekly_km=25, longest_run_km=12, recent_race=recent(5, "0:24:30", "2028-02"),
         injuries_at_start=[]),
    dict(conv="es-03", name="Maria Belen Ortiz", age=41,
         goal_race=race(10.0, "10K Cuenca", "2028-06-04", None),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="beginner",
         weekly_km=15, longest_run_km=7, recent_race=None,
         injuries_at_start=[inj("ankle", "right", "esguince en 2019, recuperado")]),
    dict(conv="es-04", name="Hernan Palacios", age=52,
         goal_race=race(FULL, "Maraton de Guayaquil", "2028-10-01", "4:15:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=35, longest_run_km=21, recent_race=recent(HALF, "2:02:10", "2027-10"),
         injuries_at_start=[inj("knee", "right", "operacion de menisco en 2019, sin molestias")]),
    dict(conv="es-05", name="Andrea Lopez", age=22,
         goal_race=race(HALF, "Media Maraton de Ambato", "2028-08-13", "1:55:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=28, longest_run_km=12, recent_race=None,
         injuries_at_start=[]),
    dict(conv="es-06", name="Luis Armijos", age=38,
         goal_race=race(HALF, "Media Maraton de Loja", "2028-09-10", "1:45:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=40, longest_run_km=18, recent_race=recent(15, "1:12:30", "2027-12"),
         injuries_at_start=[inj("shin", "left", "periostitis tibial en 2025, curada")]),
    dict(conv="es-07", name="Santiago Mena", age=30,
         goal_race=race(FULL, "Maraton de Quito", "2028-06-04", "3:05:00"),
         days_per_week=5, preferred_days=["mon", "tue", "thu", "sat", "sun"], level="advanced",
         weekly_km=70, longest_run_km=32, recent_race=recent(HALF, "1:21:40", "2027-11"),
         injuries_at_start=[inj("achilles", "right", "tendinitis en 2024, curada")]),
    dict(conv="es-08", name="Patricia Zambrano", age=45,
         goal_race=race(10.0, "10K Manta", "2028-07-16", "1:05:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="beginner",
         weekly_km=18, longest_run_km=8, recent_race=None,
         injuries_at_start=[]),
    dict(conv="es-09", name="Mateo Guerrero", age=16,
         goal_race=race(5.0, "5K Intercolegial Ibarra", "2028-06-17", "0:19:30"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="intermediate",
         weekly_km=25, longest_run_km=10, recent_race=recent(5, "0:20:35", "2027-12"),
         injuries_at_start=[]),
    dict(conv="es-10", name="Gabriela Andrade", age=36,
         goal_race=race(42.0, "Ultra Trail Cotopaxi 42K", "2028-08-20", "6:30:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="advanced",
         weekly_km=45, longest_run_km=25, recent_race=recent(21, "2:58:00", "2028-03"),
         injuries_at_start=[inj("knee", "left", "condromalacia en 2023, recuperada")]),
    dict(conv="es-11", name="Rafael Quinonez", age=65,
         goal_race=race(5.0, "Carrera de la Marimba 5K", "2028-06-18", None),
         days_per_week=3, preferred_days=["tue", "thu", "sat"], level="beginner",
         weekly_km=12, longest_run_km=6, recent_race=None,
         injuries_at_start=[inj("back", None, "lumbalgia en 2022, recuperado")]),
    dict(conv="es-12", name="Karla Cedeno", age=27,
         goal_race=race(HALF, "Media Maraton Santo Domingo", "2028-07-30", "2:10:00"),
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=32, longest_run_km=15, recent_race=recent(10, "1:01:20", "2027-09"),
         injuries_at_start=[]),
]


def profiles():
    out = []
    for p in PROFILES:
        row = {"conv": p["conv"], "lang": "es", "name": p["name"], "age": p["age"],
               "timezone": "America/Guayaquil", "units": "km"}
        for k in ("goal_race", "days_per_week", "preferred_days", "level", "weekly_km",
                  "longest_run_km", "recent_race", "injuries_at_start"):
            row[k] = p[k]
        out.append(row)
    return out
