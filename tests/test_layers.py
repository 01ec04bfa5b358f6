"""The floors and rooms of the package, read from its source: who imports whom.

Imports under ``if TYPE_CHECKING:`` are for the type checker only and do not count.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sro_desktop"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runtime_imports(path: Path) -> set[str]:
    """The modules of ours that ``path`` imports when it runs (at any depth)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    anchor = package.split(".")
                    anchor = anchor[:len(anchor) - child.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                if base.startswith("sro_desktop"):
                    for alias in child.names:
                        candidate = f"{base}.{alias.name}"
                        found.add(candidate if candidate in MODULES else base)
            elif isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("sro_desktop"))
            visit(child)

    visit(tree)
    found.discard(name)
    return {m for m in found if m in MODULES}


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
GRAPH = {name: _runtime_imports(path) for name, path in MODULES.items()}


def _cycles_within(prefix: str) -> list[list[str]]:
    """Import cycles among the modules under ``prefix`` (Tarjan's strongly connected parts)."""
    nodes = [m for m in GRAPH if m == prefix or m.startswith(prefix + ".")]
    edges = {m: [n for n in GRAPH[m] if n in nodes] for m in nodes}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                part.append(w)
                if w == v:
                    break
            if len(part) > 1 or v in edges[v]:
                cycles.append(sorted(part))

    for v in nodes:
        if v not in index:
            strong(v)
    return cycles


@pytest.mark.parametrize("room", ["sro_desktop.store", "sro_desktop.ui", "sro_desktop.domain",
                                  "sro_desktop.documents"])
def test_no_import_circle(room):
    assert _cycles_within(room) == []


def test_the_cycle_finder_sees_a_cycle():
    GRAPH["sro_desktop.store.errors"].add("sro_desktop.store.core")
    try:
        assert _cycles_within("sro_desktop.store")
    finally:
        GRAPH["sro_desktop.store.errors"].discard("sro_desktop.store.core")


FLOORS = {"domain": set(), "store": {"domain"}, "documents": {"domain", "store"}}


@pytest.mark.parametrize("floor", sorted(FLOORS))
def test_floors_use_only_the_floors_below(floor):
    allowed = FLOORS[floor] | {floor}
    wrong = sorted(f"{m} imports {n}" for m in GRAPH if m.startswith(f"sro_desktop.{floor}.")
                   for n in GRAPH[m] if n.count(".") >= 1
                   and n.split(".")[1] in {"domain", "store", "documents", "ui", "cli"}
                   and n.split(".")[1] not in allowed)
    assert wrong == []


@pytest.mark.parametrize("floor", ["domain", "store", "documents"])
def test_no_qt_below_the_window(floor):
    users = sorted(str(p.relative_to(PACKAGE)) for p in (PACKAGE / floor).rglob("*.py")
                   if re.search(r"^\s*(from|import) PySide6", p.read_text(encoding="utf-8"),
                                re.M))
    assert users == []


def test_repositories_use_each_other_only_through_public_methods():
    """``self.store.tasks._update(...)`` reaches into another repository's table."""
    private = re.compile(r"\bstore\.(?!_)\w+\._\w+\(")
    found = [f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}"
             for p in PACKAGE.rglob("*.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if private.search(line)]
    assert found == []


ROOMS = ("bodies", "budget", "decisions", "exchange", "meetings", "milestones", "recommendations",
         "tasks")
# The shell at the top of ui/: the window, the context, and the file-level dialogs.
SHELL = {"app", "main_window", "context", "backups", "exports", "file_in_use", "history",
         "integrity", "rules_help", "crash", "printing", "calendar_export", "oparl_export",
         "allowance_export", "budget_export", "help_window", "about", "settings"}


def _room(module: str) -> str | None:
    """The room of a module of ``ui/`` ("common", "meetings", …); None for the shell."""
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[1] == "ui" else None


def test_every_view_lives_in_a_room():
    flat = sorted(m for m in GRAPH if m.startswith("sro_desktop.ui.") and _room(m) is None
                  and m.rsplit(".", 1)[1] not in {*SHELL, *ROOMS, "common"})
    assert flat == []


@pytest.mark.parametrize("room", [*ROOMS, "common"])
def test_views_do_not_reach_into_each_other(room):
    """A room uses ``ui/common`` and the shell's dialogs, never another room; ``common``
    uses no room at all. Only the main window knows every view."""
    wrong = sorted(f"{m} imports {n}" for m in GRAPH if _room(m) == room
                   for n in GRAPH[m] if _room(n) not in (None, room, "common")
                   or (room == "common" and _room(n) not in (None, "common"))
                   or n in ("sro_desktop.ui.main_window", "sro_desktop.ui.app"))
    assert wrong == []


def test_common_uses_of_the_shell_only_the_context():
    wrong = sorted(f"{m} imports {n}" for m in GRAPH if _room(m) == "common"
                   for n in GRAPH[m] if n.startswith("sro_desktop.ui.") and _room(n) is None
                   and n != "sro_desktop.ui.context")
    assert wrong == []


# Where the wall clock may be read: the program's "today" (pinned by the tests), the
# change stamps, the lock's "since", the backups' times and the crash reports' times.
CLOCK_READERS = {"clock.py", "store/mapping.py", "store/lock.py", "store/backup.py",
                 "ui/backups.py", "ui/crash.py"}


def test_today_comes_from_the_programs_clock():
    """``date.today()`` elsewhere would escape the day the tests pin."""
    reads = re.compile(r"\b(date\.today|datetime\.now|datetime\.today|QDate\.currentDate)\(?")
    found = [f"{p.relative_to(PACKAGE)}:{n}: {line.strip()}"
             for p in PACKAGE.rglob("*.py")
             if str(p.relative_to(PACKAGE)) not in CLOCK_READERS
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if reads.search(line)]
    assert found == []


def test_no_class_is_longer_than_a_reader_can_hold():
    long = sorted(f"{p.relative_to(PACKAGE)}: {node.name} ({node.end_lineno - node.lineno + 1})"
                  for p in PACKAGE.rglob("*.py")
                  for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
                  if isinstance(node, ast.ClassDef)
                  and (node.end_lineno or node.lineno) - node.lineno + 1 > 400)
    assert long == []
