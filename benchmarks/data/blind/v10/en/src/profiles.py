"""Profiles of the ten English personas as onboarded before the week (see briefs.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "profiles.jsonl")


def inj(part, side, note, current=False):
    return {"body_part": part, "side": side, "note": note, "current": current}


PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morales", "age": 17, "timezone": "America/Chicago", "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Zilker Park 5K", "date": "2027-03-13", "goal_time": "0:18:30"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sat"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 8,
     "recent_race": {"distance_km": 5.0, "time": "0:19:42", "month": "2026-11"},
     "injuries_at_start": [inj("shin", "right", "shin splints sophomore year (2025), healed")]},
    {"conv": "en-02", "lang": "en", "name": "Priya Raman", "age": 34, "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "Namma Bengaluru Half Marathon", "date": "2027-03-14", "goal_time": "2:05:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 15,
     "recent_race": {"distance_km": 10.0, "time": "0:58:10", "month": "2026-12"},
     "injuries_at_start": [inj("foot", "left", "plantar fasciitis 2024, healed")]},
    {"conv": "en-03", "lang": "en", "name": "Margaret O'Brien", "age": 58, "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Phoenix Park 10K", "date": "2027-04-18", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "fri"], "level": "beginner",
     "weekly_km": 10, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": [inj("knee", "right", "arthroscopy 2019, no problems since")]},
    {"conv": "en-04", "lang": "en", "name": "Tom Hartley", "age": 42, "timezone": "Australia/Sydney", "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Canberra Marathon", "date": "2027-04-11", "goal_time": "3:45:00"},
     "days_per_week": 5, "preferred_days": ["mon", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 24,
     "recent_race": {"distance_km": 21.0975, "time": "1:44:20", "month": "2026-09"},
     "injuries_at_start": [inj("achilles", "left", "achilles tendinopathy 2023, healed")]},
    {"conv": "en-05", "lang": "en", "name": "Dave Kowalski", "age": 65, "timezone": "America/Denver", "units": "mi",
     "goal_race": {"distance_km": 50.0, "name": "Greenland Trail 50K", "date": "2027-05-01", "goal_time": "5:30:00"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "wed", "sat"], "level": "advanced",
     "weekly_km": 35, "longest_run_km": 20,
     "recent_race": {"distance_km": 42.195, "time": "3:58:12", "month": "2026-10"},
     "injuries_at_start": [inj("hamstring", "right", "hamstring strain 2022, healed")]},
    {"conv": "en-06", "lang": "en", "name": "Sarah MacLeod", "age": 29, "timezone": "America/Vancouver", "units": "km",
     "goal_race": {"distance_km": 21.0975, "name": "BMO Vancouver Half Marathon", "date": "2027-05-02", "goal_time": "1:50:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 18,
     "recent_race": {"distance_km": 10.0, "time": "0:49:55", "month": "2026-10"},
     "injuries_at_start": [inj("shin", "right", "shin splints in nursing school, healed")]},
    {"conv": "en-07", "lang": "en", "name": "Tan Wei Ling", "age": 38, "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Tokyo Marathon", "date": "2027-03-07", "goal_time": "4:15:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "sat", "sun"], "level": "intermediate",
     "weekly_km": 40, "longest_run_km": 25,
     "recent_race": {"distance_km": 21.0975, "time": "1:58:40", "month": "2026-12"},
     "injuries_at_start": []},
    {"conv": "en-08", "lang": "en", "name": "Chris Walsh", "age": 24, "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Brighton Half Marathon", "date": "2027-02-28", "goal_time": "1:45:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 15, "longest_run_km": 9,
     "recent_race": {"distance_km": 10.0, "time": "0:48:30", "month": "2026-11"},
     "injuries_at_start": [inj("ankle", "right", "sprain playing football 2023, healed")]},
    {"conv": "en-09", "lang": "en", "name": "Marcus Reed", "age": 47, "timezone": "America/New_York", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "NYC Half", "date": "2027-03-21", "goal_time": "1:38:00"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sat"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 14,
     "recent_race": {"distance_km": 21.0975, "time": "1:41:12", "month": "2026-10"},
     "injuries_at_start": [inj("foot", "left", "plantar fasciitis 2021, healed")]},
    {"conv": "en-10", "lang": "en", "name": "Emma Whitfield", "age": 31, "timezone": "America/Guayaquil", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Quito Ciudad Luz 10K", "date": "2027-03-14", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "beginner",
     "weekly_km": 15, "longest_run_km": 8,
     "recent_race": None,
     "injuries_at_start": [inj("ankle", "left", "sprain hiking 2025, healed")]},
]


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("wrote", OUT, len(PROFILES))


if __name__ == "__main__":
    main()
