"""Profiles of the ten English runners as onboarded before the week 2028-05-01..07.
Run: python3 src/profiles.py  -> writes profiles.jsonl next to this folder."""
import json
import os

MI = 1.609344

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morrison", "age": 34, "timezone": "America/Denver", "units": "mi",
     "goal_race": {"distance_km": 42.195, "name": "Chicago Marathon", "date": "2028-10-08", "goal_time": "3:30:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 13,
     "recent_race": {"distance_km": 21.0975, "time": "1:38:40", "month": "2027-10"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band syndrome 2026, healed", "current": False}]},
    {"conv": "en-02", "lang": "en", "name": "Priya Nair", "age": 29, "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Bengaluru Monsoon 10K", "date": "2028-07-16", "goal_time": None},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "beginner",
     "weekly_km": 15, "longest_run_km": 8,
     "recent_race": {"distance_km": 5.0, "time": "0:34:50", "month": "2027-12"},
     "injuries_at_start": [{"body_part": "ankle", "side": "left", "note": "sprain 2024, healed", "current": False}]},
    {"conv": "en-03", "lang": "en", "name": "Tom Gallagher", "age": 58, "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 42.195, "name": "Dublin Marathon", "date": "2028-10-29", "goal_time": "4:00:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 21,
     "recent_race": {"distance_km": 10.0, "time": "0:51:20", "month": "2028-04"},
     "injuries_at_start": [{"body_part": "achilles", "side": "right", "note": "tendinopathy 2025, healed", "current": False}]},
    {"conv": "en-04", "lang": "en", "name": "Maddie Chen", "age": 17, "timezone": "America/Vancouver", "units": "km",
     "goal_race": {"distance_km": 5.0, "name": "Lower Mainland 5K", "date": "2028-06-03", "goal_time": "0:19:30"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 14,
     "recent_race": {"distance_km": 5.0, "time": "0:20:19", "month": "2028-03"},
     "injuries_at_start": []},
    {"conv": "en-05", "lang": "en", "name": "Sarah Whitfield", "age": 42, "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Great North Run", "date": "2028-09-10", "goal_time": "2:00:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 10,
     "recent_race": {"distance_km": 10.0, "time": "0:54:30", "month": "2027-05"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2026, healed", "current": False}]},
    {"conv": "en-06", "lang": "en", "name": "Marcus Johnson", "age": 51, "timezone": "America/New_York", "units": "mi",
     "goal_race": {"distance_km": 10.0, "name": "AJC Peachtree Road Race", "date": "2028-07-04", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 10, "longest_run_km": 4,
     "recent_race": None,
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "meniscus surgery 2019, fine now", "current": False}]},
    {"conv": "en-07", "lang": "en", "name": "Aisha Rahman", "age": 26, "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "MacRitchie Trail 50K", "date": "2028-08-20", "goal_time": "5:30:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 70, "longest_run_km": 32,
     "recent_race": {"distance_km": 42.195, "time": "3:28:15", "month": "2027-12"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "left", "note": "strain 2027, recovered", "current": False}]},
    {"conv": "en-08", "lang": "en", "name": "Dave Kowalski", "age": 65, "timezone": "America/Phoenix", "units": "mi",
     "goal_race": {"distance_km": 21.0975, "name": "Prescott Half Marathon", "date": "2028-10-14", "goal_time": "2:15:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
     "weekly_km": 18, "longest_run_km": 9,
     "recent_race": {"distance_km": round(4.2 * MI, 2), "time": "0:42:10", "month": "2028-04"},
     "injuries_at_start": [{"body_part": "knee", "side": "left", "note": "ACL reconstruction 1988, fine", "current": False}]},
    {"conv": "en-09", "lang": "en", "name": "Emma Thompson", "age": 38, "timezone": "Australia/Sydney", "units": "km",
     "goal_race": {"distance_km": 5.0, "name": "Mother's Day Classic 5K", "date": "2028-05-14", "goal_time": "0:32:00"},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 12, "longest_run_km": 6,
     "recent_race": {"distance_km": 5.0, "time": "0:34:10", "month": "2028-03"},
     "injuries_at_start": []},
    {"conv": "en-10", "lang": "en", "name": "Ben Carter", "age": 45, "timezone": "America/Guayaquil", "units": "mi",
     "goal_race": {"distance_km": round(50 * MI, 2), "name": "Ultra Trail Cotopaxi 50 mi", "date": "2028-08-26", "goal_time": "11:00:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 40, "longest_run_km": 22,
     "recent_race": {"distance_km": 21.0975, "time": "1:34:50", "month": "2028-02"},
     "injuries_at_start": [{"body_part": "achilles", "side": "right", "note": "tendinitis 2026, healed", "current": False}]},
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "profiles.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for p in PROFILES:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print("profiles:", len(PROFILES))


if __name__ == "__main__":
    main()
