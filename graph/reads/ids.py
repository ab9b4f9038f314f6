"""Which nodes a bare database id names among several types: the id rule's lookup for arguments of many types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import LiteralString, cast

from graph.access import scopes
from graph.access.viewer import Viewer
from graph.core.db import Graph
from graph.core.model import ENTITIES
from graph.core.records import NodeRecord

# One branch per type, each an index lookup on its own label (a label-less `MATCH (n) WHERE n.id = …` would scan
# every node): the types come from the model's allow-list only.
BRANCH = "MATCH (n:{label}) WHERE n.id = id AND {visible} RETURN '{label}' AS label, {projection} AS props"

BY_ANY_LABEL = """
UNWIND $ids AS id
CALL (id) {{
  {branches}
}}
RETURN id, label, props
"""


async def by_any_label(
    graph: Graph, ids: Sequence[str], labels: Sequence[str], viewer: Viewer
) -> dict[str, tuple[NodeRecord, ...]]:
    """Each id's nodes among `labels` that the viewer may see, in the order of `labels`: none, one, or (where two
    types use the same id) several. Hidden nodes are absent, so an ambiguity never reveals one."""
    known = [label for label in labels if label in ENTITIES]
    found: dict[str, list[NodeRecord]] = {i: [] for i in ids}
    if not known or not ids:
        return {i: () for i in ids}
    branches = "\n  UNION ALL\n  ".join(
        BRANCH.format(
            label=label,
            visible=scopes.visible(label, "n", viewer),
            projection=scopes.projection(label, "n", viewer),
        )
        for label in known
    )
    query = BY_ANY_LABEL.format(branches=branches)
    rows = await graph.read(cast(LiteralString, query), ids=list(ids), **scopes.params(viewer))
    for row in rows:
        found[row["id"]].append(NodeRecord(row["label"], row["id"], row["props"]))
    order = {label: n for n, label in enumerate(known)}
    return {i: tuple(sorted(records, key=lambda r: order[r.label])) for i, records in found.items()}
