"""Profiles: each runner as onboarded BEFORE the week 2026-12-14..20.
weekly_km / longest_run_km are in the runner's own units (miles for units == "mi")."""

HALF = 21.0975
MARATHON = 42.195

PROFILES = [
    {"conv": "en-01", "lang": "en", "name": "Maya Rodriguez", "age": 34, "timezone": "America/Denver", "units": "mi",
     "goal_race": {"distance_km": HALF, "name": "Rock 'n' Roll Arizona Half Marathon", "date": "2027-01-17", "goal_time": "1:55:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 22, "longest_run_km": 10,
     "recent_race": {"distance_km": 10, "time": "0:52:40", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "knee", "side": "right", "note": "IT band syndrome in 2024, healed", "current": False}]},

    {"conv": "en-02", "lang": "en", "name": "Tom Whitaker", "age": 52, "timezone": "Europe/London", "units": "mi",
     "goal_race": {"distance_km": MARATHON, "name": "Manchester Marathon", "date": "2027-04-18", "goal_time": "3:45:00"},
     "days_per_week": 4, "preferred_days": ["tue", "wed", "fri", "sun"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 14,
     "recent_race": {"distance_km": HALF, "time": "1:48:30", "month": "2026-09"},
     "injuries_at_start": [{"body_part": "achilles", "side": "left", "note": "Achilles tendinopathy 2023, healed", "current": False}]},

    {"conv": "en-03", "lang": "en", "name": "Priya Sharma", "age": 28, "timezone": "Asia/Kolkata", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "TCS World 10K Bengaluru", "date": "2027-05-16", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["mon", "wed", "sat"], "level": "beginner",
     "weekly_km": 10, "longest_run_km": 5,
     "recent_race": None,
     "injuries_at_start": []},

    {"conv": "en-04", "lang": "en", "name": "Jake Morales", "age": 17, "timezone": "America/Chicago", "units": "mi",
     "goal_race": {"distance_km": 5.0, "name": "Bun Run 5K", "date": "2027-04-04", "goal_time": "0:16:59"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "fri", "sat"], "level": "advanced",
     "weekly_km": 32, "longest_run_km": 10,
     "recent_race": {"distance_km": 5.0, "time": "0:17:42", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "shin", "side": "left", "note": "shin splints freshman year, healed", "current": False}]},

    {"conv": "en-05", "lang": "en", "name": "Siobhan Byrne", "age": 45, "timezone": "Europe/Dublin", "units": "km",
     "goal_race": {"distance_km": 10.0, "name": "Great Ireland Run 10K", "date": "2027-04-11", "goal_time": "0:55:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
     "weekly_km": 25, "longest_run_km": 12,
     "recent_race": {"distance_km": 10.0, "time": "0:57:12", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "heel", "side": "left", "note": "plantar fasciitis 2025, healed", "current": False}]},

    {"conv": "en-06", "lang": "en", "name": "Liam Nguyen", "age": 38, "timezone": "Australia/Sydney", "units": "km",
     "goal_race": {"distance_km": 50.0, "name": "Ultra-Trail Australia 50K", "date": "2027-05-15", "goal_time": "6:30:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "thu", "fri", "sat", "sun"], "level": "advanced",
     "weekly_km": 70, "longest_run_km": 38,
     "recent_race": {"distance_km": MARATHON, "time": "3:12:40", "month": "2026-08"},
     "injuries_at_start": [{"body_part": "ankle", "side": "left", "note": "sprain 2022, healed", "current": False}]},

    {"conv": "en-07", "lang": "en", "name": "Marcus Tan", "age": 31, "timezone": "Asia/Singapore", "units": "km",
     "goal_race": {"distance_km": MARATHON, "name": "Tokyo Marathon", "date": "2027-03-07", "goal_time": "4:10:00"},
     "days_per_week": 4, "preferred_days": ["tue", "thu", "sat", "sun"], "level": "intermediate",
     "weekly_km": 35, "longest_run_km": 42.2,
     "recent_race": {"distance_km": MARATHON, "time": "4:28:15", "month": "2026-12"},
     "injuries_at_start": []},

    {"conv": "en-08", "lang": "en", "name": "Dave Kowalski", "age": 65, "timezone": "America/Toronto", "units": "km",
     "goal_race": {"distance_km": 8.0, "name": "Harry's Spring Run-Off 8K", "date": "2027-04-03", "goal_time": None},
     "days_per_week": 3, "preferred_days": ["tue", "thu", "sun"], "level": "beginner",
     "weekly_km": 15, "longest_run_km": 8,
     "recent_race": {"distance_km": 5.0, "time": "0:38:50", "month": "2026-09"},
     "injuries_at_start": [{"body_part": "knee", "side": "left", "note": "torn meniscus, scoped 2015, fine now", "current": False}]},

    {"conv": "en-09", "lang": "en", "name": "Rachel Greene", "age": 41, "timezone": "America/Guayaquil", "units": "mi",
     "goal_race": {"distance_km": HALF, "name": "Medio Maratón de Quito", "date": "2027-03-14", "goal_time": "2:05:00"},
     "days_per_week": 4, "preferred_days": ["mon", "wed", "fri", "sat"], "level": "intermediate",
     "weekly_km": 20, "longest_run_km": 11,
     "recent_race": None,
     "injuries_at_start": [{"body_part": "heel", "side": "right", "note": "plantar fasciitis 2024, healed", "current": False}]},

    {"conv": "en-10", "lang": "en", "name": "Chris Park", "age": 26, "timezone": "America/Los_Angeles", "units": "mi",
     "goal_race": {"distance_km": MARATHON, "name": "Los Angeles Marathon", "date": "2027-03-21", "goal_time": "2:55:00"},
     "days_per_week": 6, "preferred_days": ["mon", "tue", "wed", "thu", "sat", "sun"], "level": "advanced",
     "weekly_km": 50, "longest_run_km": 20,
     "recent_race": {"distance_km": HALF, "time": "1:24:10", "month": "2026-10"},
     "injuries_at_start": [{"body_part": "hamstring", "side": "right", "note": "strain 2025, healed", "current": False}]},
]
