"""Writes schema/entities/, the GraphQL types of every entity, from the model in graph/core/model.py.

The model stays the one source of truth; the generated modules make each type a class a reader can find
(`class Person(Node)`, `class PersonWhere`). Run `python -m api generate-types` (or `python -m schema.codegen`)
after changing the model, then `python -m api export-schema`; tests/test_generated_types.py fails while the
committed files differ from what this writes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from schema.codegen import inputs, lists, objects

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "schema" / "entities"

# Generated module → what it holds (its docstring's first line) and how its body is written.
MODULES: dict[str, tuple[str, Callable[[], str]]] = {
    "enums.py": ("the GraphQL enums of the model's closed value sets and sort keys", inputs.enums),
    "inputs.py": ("every entity's `where` and `orderBy` inputs", inputs.inputs),
    "objects.py": ("every entity's object type, with its connection and edge types", objects.objects),
    "lists.py": (
        "the root list fields, one connection per entity and per person role, and a lookup per entity",
        lists.lists,
    ),
}


def header(role: str) -> str:
    return (
        f'"""Generated from graph/core/model.py: {role}; do not edit.\n\n'
        "Written by schema/codegen: regenerate with `python -m api generate-types` (or `python -m schema.codegen`).\n"
        "tests/test_generated_types.py fails while this file differs from what the generator writes.\n"
        '"""\n\n'
    )


def _ruff(args: list[str], path: Path, source: str) -> str:
    # The project's own formatter and import sorter, so the generated code passes the same checks as the rest.
    done = subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--stdin-filename", str(path), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return done.stdout


def render() -> dict[Path, str]:
    """Every generated module's path and text, formatted as committed."""
    rendered = {}
    for name, (role, body) in MODULES.items():
        path = PACKAGE / name
        source = header(role) + body()
        sorted_imports = _ruff(["check", "--select", "I", "--fix", "--exit-zero", "--quiet"], path, source)
        rendered[path] = _ruff(["format", "--quiet"], path, sorted_imports)
    return rendered


def write() -> list[Path]:
    """Writes the generated modules; the paths whose text changed."""
    changed = []
    for path, text in render().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed


def stale() -> list[Path]:
    """The generated modules that differ from what the generator would write."""
    return [p for p, text in render().items() if not p.exists() or p.read_text(encoding="utf-8") != text]
