"""Profiles of the 12 runners as onboarded before the week 2027-04-12..18 (pass 2)."""

HM = 21.0975
M = 42.195


def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}


def race(dist, name, date, goal):
    return {"distance_km": dist, "name": name, "date": date, "goal_time": goal}


def rr(dist, time, month):
    return {"distance_km": dist, "time": time, "month": month}


PROFILES = [
    dict(conv="es-01", name="Diana Chiriboga", age=34, units="km",
         goal_race=race(HM, "Media Maraton de Quito", "2027-06-06", "1:58:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=32, longest_run_km=16, recent_race=rr(10, "0:54:10", "2026-11"),
         injuries_at_start=[inj("knee", "right", "cintilla iliotibial derecha en 2025, curada")]),
    dict(conv="es-02", name="Jorge Intriago", age=52, units="km",
         goal_race=race(10.0, "10K Ciudad de Guayaquil", "2027-05-30", "1:05:00"),
         days_per_week=3, preferred_days=["mon", "wed", "sat"], level="beginner",
         weekly_km=18, longest_run_km=8, recent_race=rr(5, "0:34:20", "2026-12"),
         injuries_at_start=[]),
    dict(conv="es-03", name="Valentina Paredes", age=16, units="km",
         goal_race=race(5.0, "5K Intercolegial Cuenca", "2027-05-09", "0:30:00"),
         days_per_week=3, preferred_days=["mon", "wed", "sat"], level="beginner",
         weekly_km=12, longest_run_km=6, recent_race=None,
         injuries_at_start=[inj("ankle", "right", "esguince jugando basquet en 2026, curado")]),
    dict(conv="es-04", name="Patricio Guerrero", age=45, units="km",
         goal_race=race(M, "Maraton de Quito", "2027-06-27", "3:15:00"),
         days_per_week=6, preferred_days=["mon", "tue", "wed", "thu", "sat", "sun"], level="advanced",
         weekly_km=70, longest_run_km=32, recent_race=rr(HM, "1:29:40", "2026-10"),
         injuries_at_start=[inj("foot", "left", "fascitis plantar en 2024, curada")]),
    dict(conv="es-05", name="Rosa Quishpe", age=61, units="km",
         goal_race=race(5.0, "Carrera 5K de las Madres Riobamba", "2027-05-09", None),
         days_per_week=3, preferred_days=["mon", "wed", "fri"], level="beginner",
         weekly_km=10, longest_run_km=4, recent_race=None,
         injuries_at_start=[inj("knee", "right", "menisco operado en 2019, sin molestias")]),
    dict(conv="es-06", name="Andres Macias", age=28, units="km",
         goal_race=race(HM, "Media Maraton de Manta", "2027-05-30", "1:45:00"),
         days_per_week=4, preferred_days=["mon", "wed", "thu", "sat"], level="intermediate",
         weekly_km=30, longest_run_km=15, recent_race=rr(10, "0:46:30", "2026-08"),
         injuries_at_start=[]),
    dict(conv="es-07", name="Gabriela Pozo", age=38, units="km",
         goal_race=race(30.0, "Trail Vilcabamba 30K", "2027-07-10", "4:30:00"),
         days_per_week=4, preferred_days=["wed", "fri", "sat", "sun"], level="intermediate",
         weekly_km=35, longest_run_km=22, recent_race=rr(15, "1:58:00", "2026-11"),
         injuries_at_start=[inj("achilles", "left", "tendinitis en 2025, curada")]),
    dict(conv="es-08", name="Luis Cevallos", age=24, units="km",
         goal_race=race(10.0, "10K Ruta de Yahuarcocha", "2027-05-23", "0:33:30"),
         days_per_week=6, preferred_days=["mon", "tue", "wed", "thu", "sat", "sun"], level="advanced",
         weekly_km=80, longest_run_km=24, recent_race=rr(10, "0:34:45", "2026-12"),
         injuries_at_start=[inj("shin", "left", "periostitis tibial en 2025, curada")]),
    dict(conv="es-09", name="Carmen Vera", age=47, units="km",
         goal_race=race(10.0, "10K Las Palmas Esmeraldas", "2027-06-13", "1:10:00"),
         days_per_week=3, preferred_days=["mon", "wed", "sat"], level="beginner",
         weekly_km=15, longest_run_km=7, recent_race=rr(5, "0:35:50", "2026-10"),
         injuries_at_start=[inj("back", None, "lumbalgia en 2023, curada")]),
    dict(conv="es-10", name="Diego Almeida", age=33, units="km",
         goal_race=race(HM, "Media Maraton de Santo Domingo", "2027-07-04", "2:00:00"),
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=28, longest_run_km=15, recent_race=rr(10, "0:55:00", "2027-02"),
         injuries_at_start=[inj("ankle", "left", "esguince en 2022, curado")]),
    dict(conv="es-11", name="Sofia Toapanta", age=29, units="km",
         goal_race=race(HM, "Media Maraton de Cotopaxi", "2027-08-15", "2:10:00"),
         days_per_week=4, preferred_days=["mon", "wed", "thu", "sat"], level="intermediate",
         weekly_km=25, longest_run_km=12, recent_race=rr(10, "0:56:20", "2026-09"),
         injuries_at_start=[]),
    dict(conv="es-12", name="Ernesto Zambrano", age=65, units="km",
         goal_race=race(M, "Maraton de Guayaquil", "2027-10-03", "4:15:00"),
         days_per_week=5, preferred_days=["mon", "tue", "thu", "sat", "sun"], level="advanced",
         weekly_km=40, longest_run_km=21, recent_race=rr(HM, "2:05:30", "2026-11"),
         injuries_at_start=[inj("back", None, "hernia discal lumbar en 2020, sin molestias"),
                            inj("knee", "left", "menisco en 2018, sin molestias")]),
]


def profiles():
    out = []
    for p in PROFILES:
        d = {"conv": p["conv"], "lang": "es", "name": p["name"], "age": p["age"],
             "timezone": "America/Guayaquil"}
        for k in ("units", "goal_race", "days_per_week", "preferred_days", "level", "weekly_km",
                  "longest_run_km", "recent_race", "injuries_at_start"):
            d[k] = p[k]
        out.append(d)
    return out
