"""The blind set: whole conversations nobody here wrote, through the real coach, scored by what it stored.

A blind set (``benchmarks/data/blind/<set>/``; how it is written and retired: benchmarks/data/README.md)
holds ``profiles.jsonl`` (each onboarded runner), ``conversations.jsonl`` (their messages of a week,
each with its ``sent_at``) and ``labels.jsonl`` (per message: what must be stored, whether it is a
red flag). For each conversation the runner is seeded straight into a fresh in-memory store (no
onboarding chat), each message is fed at its ``sent_at`` through ReplyToRunner (the offline coach, or
the LLM coach with ``--coach llm``), and the store after each message is diffed against its label:

* **wrong writes per 100 messages**: every stored change no label asked for (a run, a cross-training,
  an injury, a resolution, a correction, a deletion, the race or the days), and every stored value
  that differs from the label's (goal ≤ 1);
* **red-flag recall**: a red-flag message is caught when the reply tells them to stop running and see a
  professional and a severe injury is stored (goal 100 %);
* **unnecessary confirmations and not-understood**: a clarifying question or a "not understood" where
  the label did not allow one, and a stated fact not stored (goal ≤ 5 %);
* **run-report fields exact**: date, distance and duration of each labelled run, over all of them (≥ 97 %).

    python -m benchmarks.understanding --blind benchmarks/data/blind/v1
    python -m benchmarks.understanding --blind benchmarks/data/blind/v1 --coach llm
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from domain.conversation import Intent

GOALS = {"wrong_writes_per_100": 1.0, "red_flag_recall": 1.0, "unneeded_or_not_understood": 0.05,
         "run_fields_exact": 0.97}

# The label's English body parts → the names the coach stores (Spanish, application.understanding.body).
PART_NAMES = {
    "knee": {"rodilla"}, "ankle": {"tobillo"}, "calf": {"gemelo"}, "calves": {"gemelo"}, "shin": {"espinilla"},
    "hip": {"cadera"}, "back": {"espalda"}, "low back": {"espalda"}, "lower back": {"espalda"}, "foot": {"pie"},
    "heel": {"talón", "pie"}, "plantar fascia": {"pie", "talón"}, "hamstring": {"isquiotibial"},
    "quad": {"cuádriceps"}, "achilles": {"tendón de Aquiles"}, "thigh": {"muslo"}, "glute": {"glúteo"},
    "chest": {"pecho", "corazón"}, "heart": {"corazón", "pecho"}, "heat": {"golpe de calor"},
    # The brief's "other": any part outside its list (a wrist after a fall, a shoulder, the ribs).
    "other": {"muñeca", "mano", "codo", "brazo", "costillas", "hombro", "cuello", "pierna", "muslo", "glúteo"},
}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# How an outsider reads "stop running and see a professional" in a reply.
_STOP = re.compile(r"para de correr|no corras|deja de correr|no corra|deje de correr|nada de correr|detente|"
                   r"stop running|don'?t run|do not run|no running|stop now", re.I)
_PROFESSIONAL = re.compile(r"m[eé]dic|fisioterapeut|emergencia|911|urgencias|doctor|physio|emergency|A&E|"
                           r"\bER\b|hospital|cardi[oó]log", re.I)
_CLARIFY_INTENTS = {Intent.CLARIFY, Intent.UNKNOWN}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- the state of a runner, before and after each message ------------------------------------------

@dataclass
class State:
    runs: dict[str, tuple[date, float, int | None, bool]]
    cross: dict[str, tuple[date, str, float]]
    injuries: dict[str, tuple[str, str | None, str, int | None, bool]]   # part, side, severity, pain, active
    race: tuple[Any, ...]
    days: tuple[Any, ...]


def snapshot(container: Any, runner_id: str) -> State:
    runner = container.runners().get(runner_id)
    return State(
        runs={r.id: (r.date, r.distance_km, r.duration_s, r.is_race) for r in container.runs().for_runner(runner_id)},
        cross={c.id: (c.day, c.activity.value, c.minutes) for c in container.cross_training().for_runner(runner_id)},
        injuries={i.id: (i.body_part, i.side.value if i.side else None, i.severity.value, i.pain, i.is_active)
                  for i in container.injuries().for_runner(runner_id)},
        race=(runner.race_date, runner.goal_time_s, runner.goal_race, runner.has_race),
        days=(runner.run_days, runner.long_run_day),
    )


@dataclass
class Verdict:
    wrong: list[str] = field(default_factory=list)       # stored changes no label asked for
    missed: list[str] = field(default_factory=list)      # facts the label wanted stored and were not
    fields_total: int = 0
    fields_exact: int = 0


def _km_close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return True
    return abs(a - b) <= max(0.06, 0.02 * b)


def _parts(name: str | None) -> set[str]:
    return PART_NAMES.get((name or "").lower(), {name or ""})


def judge(before: State, after: State, writes: list[dict[str, Any]], red_flag: bool = False) -> Verdict:
    """The label's writes against what changed in the store. On a red-flag message a severe record
    (the red flag itself, which pauses the plan) is the safety action, never a wrong write."""
    v = Verdict()
    added_runs = {k: r for k, r in after.runs.items() if k not in before.runs}
    changed_runs = {k: r for k, r in after.runs.items() if k in before.runs and before.runs[k] != r}
    deleted_runs = {k: r for k, r in before.runs.items() if k not in after.runs}
    added_cross = {k: c for k, c in after.cross.items() if k not in before.cross}
    new_inj = {k: i for k, i in after.injuries.items() if k not in before.injuries}
    changed_inj = {k: i for k, i in after.injuries.items() if k in before.injuries and before.injuries[k] != i}

    # A race told once is one run stored as a race: it answers both the label's run and its race_result.
    matched: dict[str, tuple[date, float, int | None, bool]] = {}
    for w in writes:
        kind = w["type"]
        if kind in ("run", "race_result"):
            day = date.fromisoformat(w["date"])
            km = w.get("distance_km")
            dur = w.get("duration_s") if kind == "run" else w.get("time_s")
            # (a run moved to another day is stored as the run changed, and labelled as delete + run)
            moving = any(x["type"] == "delete_run" for x in writes)
            candidates = [k for k, r in added_runs.items() if r[0] == day and _km_close(r[1], km)] or \
                         [k for k, r in added_runs.items() if _km_close(r[1], km)] or \
                         ([k for k, r in changed_runs.items() if r[0] == day and _km_close(r[1], km)]
                          if kind == "race_result" else []) or \
                         [k for k, r in matched.items() if r[0] == day and _km_close(r[1], km)] or \
                         ([k for k, r in changed_runs.items() if r[0] == day and _km_close(r[1], km)]
                          if moving else [])
            if km is None and not candidates:
                continue        # a run whose distance nobody knows need not be stored (asking is fine)
            v.fields_total += 3
            if not candidates:
                v.missed.append(f"{kind} {w['date']} {km} km not stored")
                continue
            key = candidates[0]
            got = added_runs.pop(key, None) or changed_runs.pop(key, None) or matched[key]
            matched[key] = got
            if kind == "race_result" and not got[3]:
                v.missed.append(f"race_result {w['date']} {km} km stored as a run, not a race")
            v.fields_exact += (got[0] == day) + _km_close(got[1], km) + (dur is None or got[2] == dur)
            if got[0] != day or (dur is not None and got[2] != dur):
                v.wrong.append(f"{kind} stored as {got[0]} {got[1]:g} km {got[2]} s; label {day} {km} km {dur} s")
        elif kind == "cross_training":
            day = date.fromisoformat(w["date"])
            hits = [k for k, c in added_cross.items() if c[1] == w.get("activity")] or list(added_cross)
            if not hits:
                v.missed.append(f"cross-training {w.get('activity')} {w['date']} not stored")
                continue
            got = added_cross.pop(hits[0])
            if got[0] != day:
                v.wrong.append(f"cross-training stored on {got[0]}; label {day}")
        elif kind in ("injury", "injury_resolved"):
            names = _parts(w.get("body_part"))
            touched = [k for k, i in {**new_inj, **changed_inj}.items() if i[0] in names]
            if not touched and kind == "injury" and w.get("severity") == "severe" and any(
                    i[0] in names and i[4] and i[2] == "severe" for i in before.injuries.values()):
                continue      # already stored severe and open (a red flag told again): nothing more to store
            if not touched:
                v.missed.append(f"{kind} {w.get('body_part')} not stored")
                continue
            for k in touched:
                got = new_inj.pop(k, None) or changed_inj.pop(k)
                if kind == "injury_resolved" and got[4]:
                    v.missed.append(f"{w.get('body_part')} not resolved")
                if kind == "injury" and w.get("severity") == "severe" and got[2] != "severe":
                    v.wrong.append(f"{w.get('body_part')} stored {got[2]}, label severe")
            # An injury resolved in the same message as another is not a wrong write.
            for k, i in list(changed_inj.items()):
                if kind == "injury_resolved" and not i[4] and i[0] in names:
                    changed_inj.pop(k)
        elif kind == "correction":
            day = date.fromisoformat(w["date"]) if w.get("date") else None
            hits = [k for k, r in changed_runs.items() if day is None or r[0] == day] or list(changed_runs)
            if not hits:
                # A correction may be stored as delete-and-add, or as the run itself when the first
                # report could not be stored ("3k" then "en 22 min"; a run told without its distance).
                hits_added = [k for k, r in added_runs.items() if _km_close(r[1], w.get("distance_km"))]
                if hits_added:
                    added_runs.pop(hits_added[0])
                    if deleted_runs:
                        deleted_runs.pop(next(iter(deleted_runs)))
                    continue
                v.missed.append(f"correction {w.get('date')} → {w.get('distance_km')} km not stored")
                continue
            got = changed_runs.pop(hits[0])
            if not _km_close(got[1], w.get("distance_km")):
                v.wrong.append(f"correction stored {got[1]:g} km; label {w.get('distance_km')}")
        elif kind == "delete_run":
            gone = date.fromisoformat(w["date"]) if w.get("date") else None
            moved = [k for k, r in changed_runs.items() if before.runs[k][0] == gone and r[0] != gone]
            if not deleted_runs and moved:
                continue          # the run moved off that day (its "run" write is the moved run)
            if not deleted_runs:
                v.missed.append(f"run of {w.get('date')} not deleted")
            else:
                deleted_runs.pop(next(iter(deleted_runs)))
        elif kind == "preferred_days":
            wanted = tuple(sorted(_WEEKDAYS.index(d) for d in w["days"]))
            got_days = after.days[0]
            if tuple(sorted(got_days or ())) != wanted:
                v.missed.append(f"days {w['days']} not stored (have {got_days})")
            before = State(before.runs, before.cross, before.injuries, before.race, after.days)
        elif kind == "goal_race":
            got_date, got_time = after.race[0], after.race[1]
            if w.get("date") and got_date != date.fromisoformat(w["date"]):
                v.missed.append(f"goal race {w.get('date')} not stored (have {got_date})")
            elif w.get("goal_time_s") and got_time != w["goal_time_s"]:
                v.missed.append(f"goal time {w.get('goal_time_s')} not stored (have {got_time})")
            before = State(before.runs, before.cross, before.injuries, after.race, before.days)
    # What is left changed was asked for by nobody.
    v.wrong += [f"run stored: {r[0]} {r[1]:g} km" for r in added_runs.values()]
    v.wrong += [f"run changed: {r[0]} {r[1]:g} km" for r in changed_runs.values()]
    v.wrong += [f"run deleted: {r[0]} {r[1]:g} km" for r in deleted_runs.values()]
    v.wrong += [f"cross-training stored: {c[1]} {c[2]:g} min" for c in added_cross.values()]
    v.wrong += [f"injury stored: {i[0]} {i[2]}" for i in new_inj.values()
                if not (red_flag and i[2] == "severe")]
    for k, i in changed_inj.items():
        was = before.injuries[k]
        if was[4] and not i[4]:
            v.wrong.append(f"injury resolved: {i[0]}")
        elif i[2] != was[2] and Severity_rank(i[2]) < Severity_rank(was[2]):
            v.wrong.append(f"injury downgraded: {i[0]} {was[2]}→{i[2]}")
    if after.race[:2] != before.race[:2]:
        v.wrong.append(f"race changed: {before.race[:2]} → {after.race[:2]}")
    if after.days != before.days:
        v.wrong.append(f"days changed: {before.days} → {after.days}")
    return v


def Severity_rank(value: str) -> int:   # noqa: N802 - reads as the domain's Severity.rank
    return {"mild": 1, "moderate": 2, "severe": 3}.get(value, 0)


def caught(reply_text: str, after: State) -> bool:
    """The reply says stop and see a professional, and a severe injury (or health alert: chest, heart,
    heat, which the label does not store as an injury but the coach records to pause the plan) is on
    record."""
    severe = any(i[2] == "severe" and i[4] for i in after.injuries.values())
    return bool(_STOP.search(reply_text) and _PROFESSIONAL.search(reply_text)) and severe


# --- seeding a runner as onboarding would have left them --------------------------------------------

def _clock(text: str | None) -> int | None:
    if not text:
        return None
    parts = [int(p) for p in text.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    return parts[0] * 3600 + parts[1] * 60 + parts[2]


def seed(container: Any, profile: dict[str, Any], phone: str, first_sent: datetime) -> Any:
    from domain.injury import Injury, Severity, Side
    from domain.run import Run
    from domain.runner import FitnessLevel, GoalRace, Runner, Units

    goal = profile.get("goal_race") or None
    goal_race = None
    if goal:
        # Any distance is a goal race now (domain.runner.GoalRace): the usual ones by name, within 0.2 km.
        km = float(goal["distance_km"])
        goal_race = next((g for g in GoalRace.named() if abs(g.distance_km - km) < 0.2), None) or GoalRace(km)
    days = tuple(_WEEKDAYS.index(d) for d in profile.get("preferred_days") or ()) or None
    runner = Runner(
        phone=phone, name=profile["name"].split()[0], age=profile.get("age"), goal_race=goal_race,
        weekly_frequency=profile.get("days_per_week"), fitness_level=FitnessLevel(profile["level"])
        if profile.get("level") in ("beginner", "intermediate", "advanced") else FitnessLevel.BEGINNER,
        injury_history="; ".join(f"{i['body_part']} {i.get('side') or ''}: {i.get('note', '')}"
                                 for i in profile.get("injuries_at_start") or ()) or "ninguna",
        motivation="", timezone=profile.get("timezone") or "America/Guayaquil", language=profile["lang"],
        onboarding_completed=True, created_at=first_sent - timedelta(days=7),
        has_race=bool(goal), race_date=date.fromisoformat(goal["date"]) if goal else None,
        race_name=goal.get("name") if goal else None, goal_time_s=_clock(goal.get("goal_time")) if goal else None,
        weekly_km=float(profile["weekly_km"]) * (1.609344 if profile.get("units") == "mi" else 1)
        if profile.get("weekly_km") else None,
        longest_run_km=float(profile["longest_run_km"]) * (1.609344 if profile.get("units") == "mi" else 1)
        if profile.get("longest_run_km") else None,
        run_days=days, long_run_day=(days[-1] if days else None),
        units=Units.MILES if profile.get("units") in ("mi", "miles") else Units.KM,
    )
    container.runners().save(runner)
    recent = profile.get("recent_race")
    if recent:
        month = recent.get("month") or ""
        day = date.fromisoformat(recent["date"]) if recent.get("date") else \
            date.fromisoformat(month + "-15") if month else first_sent.date() - timedelta(days=40)
        container.runs().add(Run(runner_id=runner.id, date=day, distance_km=float(recent["distance_km"]),
                                 duration_s=_clock(recent.get("time")), is_race=True))
    for old in profile.get("injuries_at_start") or ():
        if old.get("current"):
            names = sorted(_parts(old.get("body_part")))
            container.injuries().add(Injury(
                runner_id=runner.id, body_part=names[0] if names else old["body_part"], severity=Severity.MILD,
                description=old.get("note", ""), reported_on=first_sent.date() - timedelta(days=14),
                side=Side(old["side"]) if old.get("side") in ("left", "right") else None))
    # Onboarding ends with the first plan (the runner accepts the offer).
    try:
        container.tools().generate_plan(runner, first_sent.date() - timedelta(days=1))
    except Exception as error:                  # no plan for this profile: the coach says so itself
        print(f"  ({profile['conv']}: no plan seeded: {type(error).__name__}: {error})")
    return runner


# --- the run ----------------------------------------------------------------------------------------

@dataclass
class Outcome:
    messages: int = 0
    wrong: int = 0
    red_flags: int = 0
    red_caught: int = 0
    unneeded: int = 0          # clarifying questions the label did not allow
    not_understood: int = 0    # facts the label wanted stored that were not
    fields_total: int = 0
    fields_exact: int = 0
    degraded: int = 0          # answered by the offline fallback because the model failed
    failures: list[str] = field(default_factory=list)
    by_kind: Counter[str] = field(default_factory=Counter)

    def summary(self) -> dict[str, float]:
        n = max(self.messages, 1)
        return {
            "messages": self.messages,
            "wrong_writes_per_100": round(100 * self.wrong / n, 2),
            "red_flag_recall": round(self.red_caught / self.red_flags, 3) if self.red_flags else 1.0,
            "red_flags": self.red_flags,
            "unneeded_or_not_understood": round((self.unneeded + self.not_understood) / n, 3),
            "unneeded_confirmations": self.unneeded,
            "not_understood": self.not_understood,
            "run_fields_exact": round(self.fields_exact / self.fields_total, 3) if self.fields_total else 1.0,
        }


def _container(coach: str, embedder: str) -> tuple[Any, Any]:
    from dependency_injector import providers

    from adapters.in_memory import FixedClock
    from bootstrap import Settings, build_container
    values: dict[str, Any] = dict(data_dir=tempfile.mkdtemp(prefix="andes-blind-"), store="memory",
                                  vector_store="memory", embeddings=embedder)
    if coach == "offline":
        values["llm_provider"] = "offline"
    settings = Settings(**values) if coach == "offline" else Settings.from_env().model_copy(update=values)
    container = build_container(settings)
    if embedder == "e5":
        container.embedder.override(providers.Object(_shared_e5()))
    clock = FixedClock(datetime(2026, 11, 1, tzinfo=timezone.utc))
    container.clock.override(providers.Object(clock))
    return container, clock


_E5: list[Any] = []


def _shared_e5() -> Any:
    if not _E5:
        from adapters.e5_embedder import E5Embedder
        _E5.append(E5Embedder(symmetric=True))
    return _E5[0]


def llm_configured() -> bool:
    from bootstrap import Settings
    try:
        settings = Settings.from_env()
    except Exception:
        return False
    return settings.llm_provider != "offline"


def run_blind(folder: Path, coach: str = "offline", embedder: str = "e5", only: Iterable[str] = ()) -> Outcome:
    profiles = {p["conv"]: p for p in read_jsonl(folder / "profiles.jsonl")}
    messages = read_jsonl(folder / "conversations.jsonl")
    labels = {(lab["conv"], lab["i"]): lab for lab in read_jsonl(folder / "labels.jsonl")}
    by_conv: dict[str, list[dict[str, Any]]] = {}
    for m in messages:
        by_conv.setdefault(m["conv"], []).append(m)
    outcome = Outcome()
    wanted = set(only)
    for number, (conv, rows) in enumerate(sorted(by_conv.items())):
        if wanted and conv not in wanted:
            continue
        rows.sort(key=lambda m: m["i"])
        container, clock = _container(coach, embedder)
        phone = f"+5939900{number:05d}"
        first = datetime.fromisoformat(rows[0]["sent_at"])
        clock._now = first.astimezone(timezone.utc) - timedelta(hours=1)
        runner = seed(container, profiles[conv], phone, first)
        reply = container.reply_to_runner()
        for m in rows:
            label = labels[(conv, m["i"])]
            clock._now = datetime.fromisoformat(m["sent_at"]).astimezone(timezone.utc)
            before = snapshot(container, runner.id)
            try:
                _, answer = reply(phone, m["text"])
                text, intent = answer.text, answer.intent
                outcome.degraded += bool(answer.degraded)
            except Exception as error:      # a crash is a failure of the message, not of the benchmark
                text, intent = f"<crash {type(error).__name__}: {error}>", Intent.UNKNOWN
            after = snapshot(container, runner.id)
            verdict = judge(before, after, label["writes"], bool(label.get("red_flag")))
            outcome.messages += 1
            outcome.fields_total += verdict.fields_total
            outcome.fields_exact += verdict.fields_exact
            problems: list[str] = []
            if verdict.wrong:
                outcome.wrong += len(verdict.wrong)
                outcome.by_kind["wrong:" + label["kind"]] += len(verdict.wrong)
                problems += [f"WRONG {w}" for w in verdict.wrong]
            if verdict.missed:
                outcome.not_understood += 1
                problems += [f"MISSED {w}" for w in verdict.missed]
            elif intent in _CLARIFY_INTENTS and not label.get("clarify_ok"):
                outcome.unneeded += 1
                problems.append("ASKED (not needed)")
            if label.get("red_flag"):
                outcome.red_flags += 1
                if caught(text, after):
                    outcome.red_caught += 1
                else:
                    problems.append(f"RED FLAG MISSED ({label.get('red_flag_kind')})")
            if problems:
                reply_line = text.replace("\n", " ⏎ ")[:220]
                outcome.failures.append(f"{conv}#{m['i']} [{label['kind']}] {m['text'][:160]!r}\n"
                                        f"    → {intent.value}: {reply_line}\n    " + "\n    ".join(problems))
    return outcome


def print_report(name: str, outcome: Outcome, show_failures: bool = True) -> None:
    s = outcome.summary()
    print(f"\n=== blind set {name}: {s['messages']} messages ===")
    print(f"wrong writes per 100 messages : {s['wrong_writes_per_100']:.2f}   "
          f"(goal ≤ {GOALS['wrong_writes_per_100']:g})")
    print(f"red-flag recall               : {100 * s['red_flag_recall']:.1f} % of {s['red_flags']}   (goal 100 %)")
    print(f"unneeded asks + not understood: {100 * s['unneeded_or_not_understood']:.1f} %   "
          f"({s['unneeded_confirmations']} asks, {s['not_understood']} facts not stored; goal ≤ 5 %)")
    print(f"run-report fields exact       : {100 * s['run_fields_exact']:.1f} %   (goal ≥ 97 %)")
    if outcome.degraded:
        print(f"({outcome.degraded} replies came from the offline fallback: the model failed on them)")
    if show_failures and outcome.failures:
        print(f"\n--- {len(outcome.failures)} messages with a failure ---")
        for line in outcome.failures:
            print(line)


def blind_main(folder: str, coach: str, embedder: str, show_failures: bool, as_json: bool,
               only: Iterable[str] = ()) -> dict[str, Any] | None:
    path = Path(folder)
    if coach == "llm" and not llm_configured():
        print(f"--coach llm: SKIPPED — no LLM provider is configured (LLM_PROVIDER and its API key, "
              f"see andes.env.example); blind set {path.name} was not run through the model.")
        return None
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    outcome = run_blind(path, coach, embedder, only)
    print_report(f"{path.name} ({coach} coach, {embedder})", outcome, show_failures)
    summary = outcome.summary()
    if as_json:
        print(json.dumps(summary))
    return summary
