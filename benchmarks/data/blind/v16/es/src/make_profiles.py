"""Pass 2a: profiles.jsonl -- each runner as onboarded before the week (from briefs.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "profiles.jsonl")

def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}

PROFILES = [
    dict(conv="es-01", name="Diana Cevallos", age=34, units="km",
         goal_race={"distance_km": 21.0975, "name": "Media Maraton Ciudad de Quito", "date": "2027-08-29", "goal_time": "1:55:00"},
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=32, longest_run_km=16,
         recent_race={"distance_km": 10, "time": "0:54:10", "month": "2026-11"},
         injuries_at_start=[inj("foot", "right", "fascitis plantar 2025, curada")]),
    dict(conv="es-02", name="Jorge Villacis", age=58, units="km",
         goal_race={"distance_km": 10.0, "name": "10K Independencia de Cuenca", "date": "2027-11-03", "goal_time": None},
         days_per_week=3, preferred_days=["mon", "wed", "sat"], level="beginner",
         weekly_km=18, longest_run_km=8, recent_race=None,
         injuries_at_start=[inj("ankle", "right", "esguince jugando indor hace anos, curado")]),
    dict(conv="es-03", name="Kevin Quinonez", age=17, units="km",
         goal_race={"distance_km": 5.0, "name": "5K Playa Las Palmas", "date": "2027-07-18", "goal_time": "0:25:00"},
         days_per_week=3, preferred_days=["tue", "thu", "sat"], level="beginner",
         weekly_km=12, longest_run_km=6, recent_race=None, injuries_at_start=[]),
    dict(conv="es-04", name="Mariela Guaman", age=41, units="km",
         goal_race={"distance_km": 42.0, "name": "Chimborazo Sky Trail 42K", "date": "2027-07-25", "goal_time": "6:30:00"},
         days_per_week=5, preferred_days=["tue", "wed", "thu", "sat", "sun"], level="advanced",
         weekly_km=55, longest_run_km=30,
         recent_race={"distance_km": 21, "time": "2:35:00", "month": "2027-04"},
         injuries_at_start=[inj("achilles", "left", "tendinitis 2024, curada")]),
    dict(conv="es-05", name="Andres Paredes", age=29, units="km",
         goal_race={"distance_km": 42.195, "name": "Maraton de Guayaquil", "date": "2027-10-03", "goal_time": "3:45:00"},
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=40, longest_run_km=24,
         recent_race={"distance_km": 21.0975, "time": "1:49:30", "month": "2027-02"},
         injuries_at_start=[inj("hip", "right", "cintilla iliotibial 2026, curada")]),
    dict(conv="es-06", name="Sofia Ortega", age=24, units="km",
         goal_race={"distance_km": 5.0, "name": "5K Virgen del Cisne", "date": "2027-08-20", "goal_time": None},
         days_per_week=3, preferred_days=["mon", "wed", "fri"], level="beginner",
         weekly_km=10, longest_run_km=5, recent_race=None, injuries_at_start=[]),
    dict(conv="es-07", name="Luis Carrion", age=45, units="km",
         goal_race={"distance_km": 21.0975, "name": "21K Fiesta de las Flores", "date": "2027-08-15", "goal_time": "2:00:00"},
         days_per_week=4, preferred_days=["tue", "thu", "sat", "sun"], level="intermediate",
         weekly_km=30, longest_run_km=18,
         recent_race={"distance_km": 10, "time": "0:51:40", "month": "2027-02"},
         injuries_at_start=[inj("knee", "right", "menisco operado 2019, bien")]),
    dict(conv="es-08", name="Gabriela Mendoza", age=37, units="km",
         goal_race={"distance_km": 15.0, "name": "Ultimas Noticias 15K", "date": "2027-12-05", "goal_time": "1:25:00"},
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sun"], level="intermediate",
         weekly_km=28, longest_run_km=14,
         recent_race={"distance_km": 10, "time": "0:55:20", "month": "2027-03"},
         injuries_at_start=[inj("other", "right", "hombro por natacion 2023, curado")]),
    dict(conv="es-09", name="Patricio Yepez", age=63, units="km",
         goal_race={"distance_km": 10.0, "name": "Vuelta a la Laguna de Yahuarcocha 10K", "date": "2027-09-12", "goal_time": None},
         days_per_week=3, preferred_days=["tue", "thu", "sat"], level="beginner",
         weekly_km=12, longest_run_km=7, recent_race=None,
         injuries_at_start=[inj("back", None, "lumbago cronico, controlado")]),
    dict(conv="es-10", name="Valeria Chiriboga", age=31, units="km",
         goal_race={"distance_km": 42.195, "name": "Maraton Ciudad de Quito", "date": "2027-09-19", "goal_time": "3:20:00"},
         days_per_week=6, preferred_days=["mon", "tue", "wed", "thu", "sat", "sun"], level="advanced",
         weekly_km=65, longest_run_km=32,
         recent_race={"distance_km": 21.0975, "time": "1:32:40", "month": "2027-03"},
         injuries_at_start=[inj("foot", "left", "fractura por estres metatarsiano 2024, curada")]),
    dict(conv="es-11", name="Cristian Alava", age=26, units="km",
         goal_race={"distance_km": 21.0975, "name": "Medio Maraton Santo Domingo", "date": "2027-10-24", "goal_time": "1:50:00"},
         days_per_week=3, preferred_days=["wed", "fri", "sun"], level="intermediate",
         weekly_km=25, longest_run_km=15,
         recent_race={"distance_km": 10, "time": "0:49:05", "month": "2027-01"},
         injuries_at_start=[]),
    dict(conv="es-12", name="Paola Zambrano", age=22, units="km",
         goal_race={"distance_km": 10.0, "name": "10K Reina de Manabi", "date": "2027-07-25", "goal_time": "0:58:00"},
         days_per_week=4, preferred_days=["mon", "wed", "fri", "sat"], level="beginner",
         weekly_km=20, longest_run_km=10,
         recent_race={"distance_km": 5, "time": "0:29:45", "month": "2026-12"},
         injuries_at_start=[inj("hip", "left", "dolor de cadera 2026, curado")]),
]

KEYS = ["conv", "lang", "name", "age", "timezone", "units", "goal_race", "days_per_week", "preferred_days",
        "level", "weekly_km", "longest_run_km", "recent_race", "injuries_at_start"]

def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for p in PROFILES:
            p = dict(p, lang="es", timezone="America/Guayaquil")
            f.write(json.dumps({k: p[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print("profiles:", len(PROFILES))

if __name__ == "__main__":
    main()
