"""The rooms of the code base and what each may import (docs/ARCHITECTURE.md).

- `common/` is a toolbox: it imports no app of the portal.
- The domain apps (resources, legal, counselling, newsletter) use each other only through the
  documented doors `models` (for relations), `selectors` (reads) and `services` (workflows),
  and never import the site app or the configuration.
- `website/` (the site's own pages) may use the domain apps' doors; `frs_portal/` wires it all.
- No cycle between apps.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = {"resources", "legal", "counselling", "newsletter"}
ROOMS = DOMAIN_APPS | {"website", "common", "frs_portal"}
DOORS = {"models", "selectors", "services"}


def imports_of(room: str):
    """(file, imported module) for every import in a room's code, migrations excluded."""
    for path in sorted((ROOT / room).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path.relative_to(ROOT), alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    yield path.relative_to(ROOT), f"{node.module}.{alias.name}"


def other_room_imports(room: str):
    for path, module in imports_of(room):
        target = module.split(".")[0]
        if target in ROOMS and target != room:
            yield path, module, target


def test_common_imports_no_app():
    offending = [f"{path}: {module}" for path, module, _ in other_room_imports("common")]
    assert offending == []


@pytest.mark.parametrize("app", sorted(DOMAIN_APPS))
def test_domain_apps_use_each_other_only_through_their_doors(app):
    offending = []
    for path, module, target in other_room_imports(app):
        if target in {"website", "frs_portal"}:
            offending.append(f"{path}: {module} (the site and the configuration sit above apps)")
        elif target in DOMAIN_APPS and module.split(".")[1] not in DOORS:
            offending.append(f"{path}: {module} (use {target}.selectors or {target}.services)")
    assert offending == []


def test_no_import_cycle_between_apps():
    graph = {room: set() for room in ROOMS}
    for room in ROOMS:
        for _, _, target in other_room_imports(room):
            graph[room].add(target)

    def reaches(start, goal, seen=()):
        return any(
            nxt == goal or (nxt not in seen and reaches(nxt, goal, (*seen, nxt)))
            for nxt in graph[start]
        )

    cycles = sorted(room for room in ROOMS if reaches(room, room))
    assert cycles == [], {room: sorted(graph[room]) for room in cycles}
