"""Helpers for pass 3 (labels)."""
HM = 21.0975
M = 42.195

def d(h=0, m=0, s=0):
    return h * 3600 + m * 60 + s

def run(date, km, dur, effort):
    return {"type": "run", "date": date, "distance_km": None if km is None else float(km),
            "duration_s": dur, "effort": effort}

def xt(date, activity, dur):
    return {"type": "cross_training", "date": date, "activity": activity, "duration_s": dur}

def sev(pain):
    if pain is None:
        return None
    return "mild" if pain <= 3 else ("moderate" if pain <= 6 else "severe")

def inj(part, side, pain, severity=None):
    return {"type": "injury", "body_part": part, "side": side, "pain": pain,
            "severity": severity or sev(pain)}

def res(part):
    return {"type": "injury_resolved", "body_part": part}

def race(date, km, t):
    return {"type": "race_result", "date": date, "distance_km": float(km), "time_s": t}

def goal(km, date, t):
    return {"type": "goal_race", "distance_km": float(km), "date": date, "goal_time_s": t}

def days(*ds):
    return {"type": "preferred_days", "days": list(ds)}

def corr(date, km, dur):
    return {"type": "correction", "target": "run", "date": date,
            "distance_km": None if km is None else float(km), "duration_s": dur}

def dele(date):
    return {"type": "delete_run", "date": date}

def L(i, kind, writes=(), rf=None, clarify=False, note=""):
    """rf: None (no red flag) or 'musculoskeletal'|'cardiac'|'heat'."""
    return {"i": i, "red_flag": rf is not None, "red_flag_kind": rf, "writes": list(writes),
            "clarify_ok": clarify, "kind": kind, "note": note}
