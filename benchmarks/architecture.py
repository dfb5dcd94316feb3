"""How application/ is laid out: its top-level units, the imports between them, and the import rules.

    python -m benchmarks.architecture [ROOT]

Prints the number of top-level modules and packages in application/, the import statements that
cross from one of them to another (first-party imports only, at any depth of the importing file),
and the distinct pairs they form. Run it on an older checkout (ROOT) to compare.
"""
from __future__ import annotations

import ast
import sys
from collections import Counter
from pathlib import Path


def top_units(app: Path) -> list[str]:
    return sorted(p.stem if p.suffix == ".py" else p.name for p in app.iterdir()
                  if (p.suffix == ".py" and p.stem != "__init__") or (p.is_dir() and (p / "__init__.py").exists()))


def unit_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "application" else None


def crossing_imports(root: Path) -> Counter[tuple[str, str]]:
    edges: Counter[tuple[str, str]] = Counter()
    for path in (root / "application").rglob("*.py"):
        module = ".".join(path.relative_to(root).with_suffix("").parts)
        source = unit_of(module)
        for node in ast.walk(ast.parse(path.read_text())):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [node.module] if node.module != "application" else [f"application.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            for target in targets:
                unit = unit_of(target)
                if unit and source and unit != source:
                    edges[(source, unit)] += 1
    return edges


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    units = top_units(root / "application")
    edges = crossing_imports(root)
    print(f"application/ at {root}")
    print(f"  top-level units: {len(units)} ({sum(1 for u in units if (root / 'application' / u).is_dir())} packages)")
    print(f"  {', '.join(units)}")
    print(f"  imports between them: {sum(edges.values())} statements, {len(edges)} distinct pairs")


if __name__ == "__main__":
    main(sys.argv[1:])
