"""Onboarded profiles (state before the week Mon 2028-02-07 .. Sun 2028-02-13)."""

HALF = 21.0975
FULL = 42.195
TZ = "America/Guayaquil"


def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}


PROFILES = [
    {"conv": "es-01", "name": "Mateo Andrade", "age": 34, "level": "intermediate",
     "goal_race": {"distance_km": HALF, "name": "Medio Maraton de Quito", "date": "2028-04-09", "goal_time": "1:50:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": 10, "time": "0:49:40", "month": "2027-11"},
     "injuries_at_start": [inj("knee", "left", "cintilla iliotibial en 2026, ya curada")]},
    {"conv": "es-02", "name": "Gabriela Cevallos", "age": 45, "level": "beginner",
     "goal_race": {"distance_km": 10.0, "name": "10K Guayaquil Corre", "date": "2028-03-26", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "fri"], "weekly_km": 12, "longest_run_km": 6,
     "recent_race": None,
     "injuries_at_start": [inj("ankle", "right", "esguince en 2024, recuperado")]},
    {"conv": "es-03", "name": "Luis Guaman", "age": 62, "level": "intermediate",
     "goal_race": {"distance_km": 15.0, "name": "15K Fundacion de Cuenca", "date": "2028-04-12", "goal_time": "1:30:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "weekly_km": 25, "longest_run_km": 15,
     "recent_race": {"distance_km": 10, "time": "0:58:10", "month": "2027-11"},
     "injuries_at_start": [inj("back", None, "hernia discal lumbar operada en 2019, sin molestias")]},
    {"conv": "es-04", "name": "Valentina Ortiz", "age": 16, "level": "intermediate",
     "goal_race": {"distance_km": 5.0, "name": "5K Fiesta de la Fruta y de las Flores", "date": "2028-02-27", "goal_time": "0:20:30"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "weekly_km": 28, "longest_run_km": 12,
     "recent_race": {"distance_km": 5, "time": "0:21:15", "month": "2027-12"},
     "injuries_at_start": []},
    {"conv": "es-05", "name": "Jorge Villacis", "age": 41, "level": "advanced",
     "goal_race": {"distance_km": 42.0, "name": "Vilcabamba Trail 42K", "date": "2028-05-14", "goal_time": "5:30:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "weekly_km": 55, "longest_run_km": 28,
     "recent_race": {"distance_km": 21, "time": "2:24:00", "month": "2027-10"},
     "injuries_at_start": [inj("achilles", "left", "tendinopatia en 2025, resuelta")]},
    {"conv": "es-06", "name": "Diana Mendoza", "age": 29, "level": "beginner",
     "goal_race": {"distance_km": 5.0, "name": "5K Manta Corre", "date": "2028-03-05", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "fri"], "weekly_km": 10, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": [inj("knee", "right", "golpe jugando futbol en 2023, ya bien")]},
    {"conv": "es-07", "name": "Andres Pozo", "age": 38, "level": "intermediate",
     "goal_race": {"distance_km": HALF, "name": "Media Maraton de Ibarra", "date": "2028-03-12", "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "weekly_km": 35, "longest_run_km": 18,
     "recent_race": {"distance_km": 10, "time": "0:47:50", "month": "2027-10"},
     "injuries_at_start": [inj("foot", "left", "fascitis plantar en 2025, curada")]},
    {"conv": "es-08", "name": "Rosa Chicaiza", "age": 52, "level": "beginner",
     "goal_race": {"distance_km": 10.0, "name": "10K Riobamba Corre", "date": "2028-04-21", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sat"], "weekly_km": 8, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": [inj("knee", "right", "artrosis leve, a veces molesta en gradas", current=True)]},
    {"conv": "es-09", "name": "Kevin Quinonez", "age": 24, "level": "advanced",
     "goal_race": {"distance_km": 10.0, "name": "10K Ruta del Sol", "date": "2028-03-19", "goal_time": "0:33:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sun"], "weekly_km": 70, "longest_run_km": 22,
     "recent_race": {"distance_km": 10, "time": "0:34:40", "month": "2027-11"},
     "injuries_at_start": []},
    {"conv": "es-10", "name": "Paola Jaramillo", "age": 33, "level": "intermediate",
     "goal_race": {"distance_km": HALF, "name": "Media Maraton Tsachila", "date": "2028-05-21", "goal_time": "2:10:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "weekly_km": 25, "longest_run_km": 14,
     "recent_race": {"distance_km": 10, "time": "1:01:30", "month": "2027-12"},
     "injuries_at_start": [inj("hip", "right", "bursitis en 2026, ya bien")]},
    {"conv": "es-11", "name": "Carlos Espinosa", "age": 57, "level": "advanced",
     "goal_race": {"distance_km": FULL, "name": "Maraton de Lima", "date": "2028-05-21", "goal_time": "3:45:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "weekly_km": 50, "longest_run_km": 30,
     "recent_race": {"distance_km": HALF, "time": "1:44:30", "month": "2027-12"},
     "injuries_at_start": [inj("achilles", "right", "tendinitis en 2024, curada"),
                           inj("hamstring", "left", "desgarro leve en 2022, curado")]},
    {"conv": "es-12", "name": "Sofia Torres", "age": 19, "level": "beginner",
     "goal_race": {"distance_km": 5.0, "name": "5K Universitario ESPE", "date": "2028-03-11", "goal_time": "0:30:00"},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "weekly_km": 12, "longest_run_km": 6,
     "recent_race": None,
     "injuries_at_start": []},
]

CITY = {"es-01": "Quito", "es-02": "Guayaquil", "es-03": "Cuenca", "es-04": "Ambato", "es-05": "Loja",
        "es-06": "Manta", "es-07": "Ibarra", "es-08": "Riobamba", "es-09": "Esmeraldas",
        "es-10": "Santo Domingo", "es-11": "Quito", "es-12": "Latacunga"}


def profile_rows():
    keys = ["conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
            "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"]
    rows = []
    for p in PROFILES:
        p = dict(p)
        p["lang"] = "es"
        p["timezone"] = TZ
        p["units"] = "km"
        rows.append({k: p[k] for k in keys})
    return rows
