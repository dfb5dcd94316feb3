"""Merging one language's phrase modules into one catalogue."""
from __future__ import annotations

from types import ModuleType

TABLE_NAMES = ("SESSION_NAMES", "GOAL_NAMES", "LEVEL_NAMES", "SEVERITY_NAMES", "FIELD_NAMES", "RACE_NAMES",
               "WEEKDAYS")


def merge(*modules: ModuleType) -> tuple[dict[str, str], dict[str, str], dict[str, object]]:
    phrases: dict[str, str] = {}
    reasons: dict[str, str] = {}
    tables: dict[str, object] = {}
    for module in modules:
        for target, name in ((phrases, "PHRASES"), (reasons, "REASONS")):
            found = getattr(module, name, {})
            clash = target.keys() & found.keys()
            if clash:
                raise ValueError(f"{module.__name__} redefines {sorted(clash)}")
            target.update(found)
        for name in TABLE_NAMES:
            if hasattr(module, name):
                tables[name] = getattr(module, name)
    return phrases, reasons, tables


def merge_package(package: str) -> tuple[dict[str, str], dict[str, str], dict[str, object]]:
    """Merge every module of a language package (coach, runs, plans, …), in name order."""
    import importlib
    import pkgutil

    root = importlib.import_module(package)
    names = sorted(m.name for m in pkgutil.iter_modules(root.__path__))
    return merge(*(importlib.import_module(f"{package}.{name}") for name in names))
