"""No read can forget the access policy: every module of graph/ that reads Neo4j applies graph/access/scopes.py,
or is listed here with the reason it reads no row a viewer asked for (deny by default)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READS = frozenset({"read", "read_one", "stream"})

# Modules that read without a viewer, and why. A new module reading Neo4j fails the build until it applies the
# policy or is added here, and a reviewer weighs the reason.
UNSCOPED = {
    "graph/core/db.py": "the driver itself",
    "graph/core/loading.py": "loads seeds and imports: no viewer",
    "graph/core/migrations.py": "schema, constraints and readiness: no rows for a viewer",
    "graph/access/scopes.py": "the policy: reads the viewer's own grids, households and branches",
    "graph/access/profile.py": "the viewer's own role labels and the ids of their rows; the API reads the rows scoped",
    "graph/statistics/community.py": "aggregate counts, open to all (README): names no row",
    "graph/statistics/periods.py": "aggregate counts per period, open to all (README): names no row",
    "graph/events/handling.py": "an event's history for the graph's own callers; the API reads it via graph/reads",
    "graph/events/reports.py": "a report's possible duplicates, re-read by the API through graph/reads",
    "graph/wishes/lifecycle.py": "the expiry sweep (system) and a wish's history for the graph's own callers",
    "graph/wishes/claims.py": "the stale-claims sweep (system)",
    "graph/wishes/loads.py": "kept claim counts recounted by the operator's command (system): counts, names no row",
    "graph/matching/skillpools.py": "rebuilds the skill pools (system): reads community ids only",
    "graph/registers/writes.py": "an import's checks (administrators only): the people a file names, by ID number",
}


def readers(root: Path) -> set[str]:
    """Modules under root/graph calling `.read(`, `.read_one(` or `.stream(` (a Graph's reads)."""
    found = set()
    for path in (root / "graph").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = (n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute))
        if any(c.func.attr in READS for c in calls if isinstance(c.func, ast.Attribute)):
            found.add(path.relative_to(root).as_posix())
    return found


def applies_the_policy(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return any(
        isinstance(n, ast.ImportFrom) and n.module == "graph.access" and any(a.name == "scopes" for a in n.names)
        for n in ast.walk(tree)
    )


def test_every_graph_read_applies_the_policy_or_says_why_not() -> None:
    found = readers(ROOT)
    assert len(found) >= 10, found
    forgotten = sorted(m for m in found if m not in UNSCOPED and not applies_the_policy(ROOT / m))
    assert forgotten == [], f"these modules read Neo4j without graph/access/scopes.py: {forgotten}"
    assert sorted(set(UNSCOPED) - found) == [], "an exemption for a module that no longer reads: remove it"


def test_the_check_sees_a_forgetful_reader(tmp_path: Path) -> None:
    (tmp_path / "graph").mkdir()
    (tmp_path / "graph" / "leak.py").write_text(
        'async def f(g):\n    return await g.read("MATCH (p:Person) RETURN p")\n'
    )
    (tmp_path / "graph" / "fine.py").write_text(
        "from graph.access import scopes\n\nasync def f(g, v):\n    return await g.read(scopes.visible('P', 'p', v))\n"
    )
    assert readers(tmp_path) == {"graph/leak.py", "graph/fine.py"}
    assert not applies_the_policy(tmp_path / "graph" / "leak.py")
    assert applies_the_policy(tmp_path / "graph" / "fine.py")
