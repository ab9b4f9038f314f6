"""Every change of the committed SDL has a CHANGELOG.md section, and each breaking change is named in it.

CHANGELOG.md's sections (`## ` headings, newest first) each record the sha256 of schema/schema.graphql they describe.
The newest must record the current file's, so no SDL change goes unrecorded. The "previous SDL" is the one recorded by
the nearest older section with another sha256, read from git history (any commit of HEAD's history that held it): the
diff between two sections, however many commits it took. graphql-core's `find_breaking_changes` between the two must
be named, each by its schema coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Type`), on a line of the
newest section that says "breaking". Without git history (a tarball, a shallow clone) that comparison is skipped.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from graphql import BreakingChange, BreakingChangeType, GraphQLSchema, build_schema, find_breaking_changes

ROOT = Path(__file__).resolve().parents[2]
SDL_PATH = "schema/schema.graphql"
CHANGELOG = ROOT / "CHANGELOG.md"
SHA = re.compile(r"sha256\W*([0-9a-f]{64})", re.IGNORECASE)
# A schema coordinate in graphql-core's messages: "Field Wish.status …", "Argument Query.wishes(first:) …" (3.3),
# "Wish.status …", "Query.wishes arg first …" (3.2).
FIELD_ARG = re.compile(r"(\w+\.\w+)(?:\((\w+):\)| arg (\w+))")
ARG_ON_FIELD = re.compile(r"required arg (\w+) on (\w+\.\w+)")
DOTTED = re.compile(r"@?\w+\.\w+")
ENUM_VALUE_32 = re.compile(r"(\w+) was removed from enum type (\w+)")
FIELD_ON_INPUT_32 = re.compile(r"required field (\w+) on input type (\w+)")


def sections(text: str) -> list[tuple[str, str]]:
    """CHANGELOG.md's `## ` sections, newest first: (heading, body)."""
    parts = re.split(r"^## +(.+)$", text, flags=re.MULTILINE)
    return [(parts[i].strip(), parts[i + 1]) for i in range(1, len(parts) - 1, 2)]


def recorded_sha(body: str) -> str | None:
    found = SHA.search(body)
    return found.group(1).lower() if found else None


def coordinate(change: BreakingChange) -> str:
    """The schema coordinate a change is about, as a change log names it."""
    text = change.description
    if found := FIELD_ARG.search(text):
        return f"{found.group(1)}({found.group(2) or found.group(3)}:)"
    if found := ARG_ON_FIELD.search(text):
        return f"{found.group(2)}({found.group(1)}:)"
    if found := ENUM_VALUE_32.search(text):
        return f"{found.group(2)}.{found.group(1)}"
    if found := FIELD_ON_INPUT_32.search(text):
        return f"{found.group(2)}.{found.group(1)}"
    if found := DOTTED.search(text):
        return found.group()
    if change.type == BreakingChangeType.TYPE_REMOVED_FROM_UNION:
        return text.rstrip(".").split()[-1]
    words: list[str] = [
        w for w in re.findall(r"@?\w+", text) if w not in {"Directive", "Standard", "scalar", "Argument"}
    ]
    return words[0]


def unnamed(changes: list[BreakingChange], body: str) -> list[str]:
    """The breaking changes no "breaking" line of `body` names by coordinate."""
    lines = [line for line in body.splitlines() if "breaking" in line.lower()]
    named = {token for line in lines for token in re.findall(r"@?\w+(?:\.\w+)?(?:\(\w+:\))?", line)}
    return [f"{coordinate(c)} ({c.description})" for c in changes if coordinate(c) not in named]


def undeprecated_removals(old: GraphQLSchema, changes: list[BreakingChange]) -> list[str]:
    """Fields and enum values removed without an `@deprecated` in the previous SDL first."""
    found = []
    for change in changes:
        if change.type not in (BreakingChangeType.FIELD_REMOVED, BreakingChangeType.VALUE_REMOVED_FROM_ENUM):
            continue
        type_name, _, member = coordinate(change).partition(".")
        old_type = old.get_type(type_name)
        entries = getattr(old_type, "fields", None) or getattr(old_type, "values", None) or {}
        if member in entries and not getattr(entries[member], "deprecation_reason", None):
            found.append(coordinate(change))
    return found


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, check=False)


def committed_sdl(sha256: str) -> str | None:
    """The text of a committed schema/schema.graphql whose sha256 is `sha256`; skips without git history."""
    if shutil.which("git") is None or _git("rev-parse", "--git-dir").returncode != 0:
        pytest.skip("no git history here (a tarball?): the breaking-change check needs a clone")
    # Every version HEAD's history held, merges' sides included: the old and new blob of each change of the file.
    log = _git("log", "HEAD", "--full-history", "-m", "--root", "--no-abbrev", "--format=", "--raw", "--", SDL_PATH)
    changed = [line.split() for line in log.stdout.decode().splitlines() if line.startswith(":")]
    blobs = dict.fromkeys(blob for fields in changed for blob in fields[2:4] if blob.strip("0"))
    for blob in blobs:
        text = _git("cat-file", "blob", blob).stdout
        if hashlib.sha256(text).hexdigest() == sha256:
            return text.decode("utf-8")
    if _git("rev-parse", "--is-shallow-repository").stdout.strip() == b"true":
        pytest.skip("a shallow clone lacks the previous SDL: `git fetch --unshallow` to run the breaking-change check")
    return None


def test_newest_section_records_the_current_sdl() -> None:
    current = hashlib.sha256((ROOT / SDL_PATH).read_bytes()).hexdigest()
    found = sections(CHANGELOG.read_text(encoding="utf-8"))
    assert found, "CHANGELOG.md has no `## ` section"
    heading, body = found[0]
    assert recorded_sha(body) == current, (
        f"schema/schema.graphql changed since CHANGELOG.md's newest section ({heading}) was written: add a section "
        f"saying what changed (breaking changes by name), with the line `SDL sha256: {current}`"
    )


def test_breaking_changes_are_named_in_the_newest_section() -> None:
    found = sections(CHANGELOG.read_text(encoding="utf-8"))
    newest = recorded_sha(found[0][1])
    previous = next((sha for _, body in found[1:] if (sha := recorded_sha(body)) and sha != newest), None)
    if previous is None:
        pytest.skip("CHANGELOG.md records one SDL only (the baseline): nothing to compare")
    old_text = committed_sdl(previous)
    assert old_text is not None, f"no commit holds the schema/schema.graphql of sha256 {previous} the changelog names"
    old = build_schema(old_text)
    changes = find_breaking_changes(old, build_schema((ROOT / SDL_PATH).read_text(encoding="utf-8")))
    missing = unnamed(changes, found[0][1])
    abrupt = undeprecated_removals(old, changes)
    assert not missing, (
        f"CHANGELOG.md's newest section ({found[0][0]}) does not name these breaking changes on a line saying "
        "'breaking' (removed without a prior @deprecated: "
        + (", ".join(abrupt) or "none")
        + "):\n"
        + "\n".join(missing)
    )


def test_coordinates_of_graphql_core_messages() -> None:
    old = build_schema('type Query { a(x: Int): Int, b: Int @deprecated(reason: "use a"), c: E } enum E { P Q }')
    new = build_schema("type Query { a(y: Int!): String, c: E } enum E { P }")
    changes = find_breaking_changes(old, new)
    assert sorted(coordinate(c) for c in changes) == ["E.Q", "Query.a", "Query.a(x:)", "Query.a(y:)", "Query.b"]
    assert undeprecated_removals(old, changes) == ["E.Q"]
    body = "- breaking: `Query.a` is a String; `Query.a(x:)` gone, `Query.a(y:)` required\n- `Query.b` removed\n"
    assert sorted(name.split()[0] for name in unnamed(changes, body)) == ["E.Q", "Query.b"]
