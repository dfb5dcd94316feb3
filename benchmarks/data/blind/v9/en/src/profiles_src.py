"""Onboarding profiles (state before the week 2027-01-25..31). Pass 2."""

HALF = 21.0975
MARATHON = 42.195

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Jake Morrison", "age": 34, "timezone": "America/Denver",
     "units": "mi",
     "goal_race": {"distance_km": HALF, "name": "Colfax Half Marathon", "date": "2027-05-16", "goal_time": "1:45:00"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 12,
     "recent_race": {"distance_km": 5, "time": "0:21:40", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "other", "side": "right", "note": "IT band syndrome 2024, healed", "current": False}]},

    {"conv": "en-02", "lang": "en", "name": "Margaret Holt", "age": 65, "timezone": "Europe/London",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Temple Newsam 10K", "date": "2027-05-09", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "thu", "sat"], "level": "beginner",
     "weekly_km": 10, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": [
         {"body_part": "knee", "side": "left", "note": "arthroscopy 2015, healed", "current": False},
         {"body_part": "other", "side": "right", "note": "broken wrist 2019, healed", "current": False}]},

    {"conv": "en-03", "lang": "en", "name": "Ryan O'Connor", "age": 41, "timezone": "America/Toronto",
     "units": "km",
     "goal_race": {"distance_km": 30.0, "name": "Around the Bay 30K", "date": "2027-03-28", "goal_time": "2:45:00"},
     "days_per_week": 5, "preferred_days": ["mon", "tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 40, "longest_run_km": 24,
     "recent_race": {"distance_km": HALF, "time": "1:42:10", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "foot", "side": "right", "note": "plantar fasciitis 2023, healed", "current": False}]},

    {"conv": "en-04", "lang": "en", "name": "Liam Walsh", "age": 24, "timezone": "Australia/Sydney",
     "units": "km",
     "goal_race": {"distance_km": HALF, "name": "SMH Half Marathon", "date": "2027-05-16", "goal_time": "1:55:00"},
     "days_per_week": 4, "preferred_days": ["mon", "tue", "thu", "sun"], "level": "beginner",
     "weekly_km": 25, "longest_run_km": 12,
     "recent_race": {"distance_km": 14, "time": "1:18:30", "month": "2026-08"},
     "injuries_at_start": [{"body_part": "ankle", "side": "left", "note": "rolled at footy 2022, healed", "current": False}]},

    {"conv": "en-05", "lang": "en", "name": "Aoife Byrne", "age": 38, "timezone": "Europe/Dublin",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Great Ireland Run 10K", "date": "2027-04-18", "goal_time": "0:47:30"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 30, "longest_run_km": 16,
     "recent_race": {"distance_km": 5, "time": "0:22:58", "month": "2026-12"},
     "injuries_at_start": [{"body_part": "other", "side": "left", "note": "ITB syndrome 2021, healed", "current": False}]},

    {"conv": "en-06", "lang": "en", "name": "Arjun Mehta", "age": 45, "timezone": "Asia/Kolkata",
     "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "TCS World 10K Bengaluru", "date": "2027-05-16", "goal_time": "0:48:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 45, "longest_run_km": 28,
     "recent_race": {"distance_km": HALF, "time": "1:51:20", "month": "2027-01"},
     "injuries_at_start": [{"body_part": "foot", "side": "left", "note": "plantar fasciitis 2022, healed", "current": False}]},

    {"conv": "en-07", "lang": "en", "name": "Wei Ling Tan", "age": 29, "timezone": "Asia/Singapore",
     "units": "km",
     "goal_race": {"distance_km": MARATHON, "name": "Tokyo Marathon", "date": "2027-03-07", "goal_time": "4:15:00"},
     "days_per_week": 4, "preferred_days": ["tue", "wed", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 21,
     "recent_race": {"distance_km": HALF, "time": "2:04:33", "month": "2026-12"},
     "injuries_at_start": [{"body_part": "hip", "side": "right", "note": "hip flexor strain 2025, healed", "current": False}]},

    {"conv": "en-08", "lang": "en", "name": "Mark Jensen", "age": 52, "timezone": "America/Guayaquil",
     "units": "mi",
     "goal_race": {"distance_km": HALF, "name": "Medio Maratón de Quito", "date": "2027-04-11", "goal_time": "2:05:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 10,
     "recent_race": {"distance_km": 15, "time": "1:32:10", "month": "2026-12"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left", "note": "tendinitis 2020, healed", "current": False}]},

    {"conv": "en-09", "lang": "en", "name": "Ethan Kowalski", "age": 17, "timezone": "America/Chicago",
     "units": "mi",
     "goal_race": None,
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sat"], "level": "advanced",
     "weekly_km": 35, "longest_run_km": 11,
     "recent_race": {"distance_km": 4.83, "time": "0:15:48", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "shin", "side": "right", "note": "shin splints 2024, healed", "current": False}]},

    {"conv": "en-10", "lang": "en", "name": "Dennis Alvarez", "age": 58, "timezone": "America/Los_Angeles",
     "units": "mi",
     "goal_race": {"distance_km": 50.0, "name": "Leona Divide 50K", "date": "2027-04-17", "goal_time": "6:30:00"},
     "days_per_week": 5, "preferred_days": ["tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 45, "longest_run_km": 26,
     "recent_race": {"distance_km": HALF, "time": "1:49:30", "month": "2026-11"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "meniscus scope 2018, healed", "current": False}]},
]
