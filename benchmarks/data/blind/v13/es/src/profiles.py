"""Profiles as onboarded before the week (from briefs.md). Run: python3 src/profiles.py"""
import json, os

HM = 21.0975
M = 42.195

def P(conv, name, age, days, level, weekly, longest, goal, recent, injuries):
    return {"conv": conv, "lang": "es", "name": name, "age": age,
            "timezone": "America/Guayaquil", "units": "km", "goal_race": goal,
            "days_per_week": len(days), "preferred_days": days, "level": level,
            "weekly_km": weekly, "longest_run_km": longest, "recent_race": recent,
            "injuries_at_start": injuries}

def G(km, name, date, t):
    return {"distance_km": km, "name": name, "date": date, "goal_time": t}

def R(km, t, month):
    return {"distance_km": km, "time": t, "month": month}

def I(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}

PROFILES = [
    P("es-01", "Andrea Paredes", 34, ["tue", "thu", "sat", "sun"], "intermediate", 30, 16,
      G(HM, "Media Maraton de Cuenca", "2027-05-09", "1:55:00"), R(10, "0:52:30", "2026-09"),
      [I("foot", "right", "fascitis plantar 2024, curada")]),
    P("es-02", "Jorge Villacis", 58, ["tue", "thu", "sun"], "beginner", 20, 12,
      G(10, "10K Malecon 2000 Guayaquil", "2027-04-18", "1:05:00"), R(5, "0:31:40", "2026-11"),
      [I("back", None, "lumbalgia 2023, curada")]),
    P("es-03", "Mateo Guaman", 16, ["mon", "wed", "fri"], "beginner", 15, 7,
      G(5, "5K Intercolegial Ambato", "2027-04-10", "0:24:00"), None, []),
    P("es-04", "Carolina Espinoza", 41, ["mon", "tue", "wed", "thu", "sat", "sun"], "advanced", 65, 32,
      G(M, "Maraton de Quito", "2027-06-20", "3:25:00"), R(M, "3:31:12", "2026-10"),
      [I("achilles", "left", "tendinitis aquiliana 2025, curada")]),
    P("es-05", "Luis Chamorro", 47, ["tue", "thu", "sat", "sun"], "intermediate", 35, 20,
      G(25, "Trail Taita Imbabura 25K", "2027-05-23", None), R(15, "1:58:00", "2026-12"),
      [I("ankle", "right", "esguince 2022, curado")]),
    P("es-06", "Gabriela Moreira", 27, ["mon", "wed", "fri", "sun"], "intermediate", 28, 15,
      G(HM, "Media Maraton de Manta", "2027-04-25", "2:05:00"), R(10, "0:58:10", "2026-12"),
      [I("shin", None, "periostitis tibial 2025, curada")]),
    P("es-07", "Rosa Cando", 63, ["mon", "wed", "sat"], "beginner", 12, 5,
      G(5, "5K Riobamba Sultana de los Andes", "2027-04-21", None), None,
      [I("hip", "right", "bursitis 2021, curada con terapia"),
       I("other", "left", "fractura de muneca 2019 (no por correr), curada")]),
    P("es-08", "Santiago Ortiz", 35, ["mon", "tue", "thu", "sat", "sun"], "intermediate", 45, 22,
      G(HM, "Media Maraton de Quito", "2027-05-30", "1:38:00"), R(HM, "1:44:20", "2026-10"),
      [I("knee", "right", "sindrome de la cintilla iliotibial 2024, curado")]),
    P("es-09", "Diana Yepez", 22, ["mon", "wed", "fri", "sun"], "intermediate", 30, 14,
      G(15, "15K Ciudad de Loja", "2027-04-11", "1:20:00"), R(10, "0:54:30", "2026-11"), []),
    P("es-10", "Kevin Zambrano", 30, ["tue", "thu", "sat"], "intermediate", 25, 12,
      G(10, "10K Tsachila Santo Domingo", "2027-04-25", "0:50:00"), R(10, "0:53:20", "2026-08"),
      [I("knee", "left", "menisco operado 2020, recuperado")]),
    P("es-11", "Jefferson Quinonez", 19, ["mon", "tue", "wed", "fri", "sat"], "intermediate", 40, 16,
      G(10, "10K Playa Las Palmas Esmeraldas", "2027-04-04", "0:38:00"), R(5, "0:17:50", "2027-01"), []),
    P("es-12", "Patricia Salazar", 52, ["tue", "thu", "sat", "sun"], "intermediate", 35, 21,
      G(M, "Maraton de Quito", "2027-06-20", None), R(HM, "2:22:15", "2026-11"),
      [I("back", None, "hernia discal L5 2018, controlada, no molesta al correr")]),
]

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "profiles.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("wrote", path)
