"""The history entry each step appends to its case: the only Cypher anywhere that writes a history node.

One statement per case label (the allow-list), run by the pipeline after the step's write. Each entry is numbered
by the case's version, which the case's lock has just raised, and comes back with the case as the step left it.
Every statement takes the same parameters: $id, $action, $fromStatus, $toStatus, $actorId, $subjectId, $note, $at
(None: the statement's clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import LiteralString


@dataclass(frozen=True)
class History:
    label: str  # the history node's label
    write: LiteralString


HISTORY: dict[str, History] = {
    "Wish": History(
        "WishTransition",
        """
MATCH (w:Wish {id: $id})
CREATE (t:WishTransition {id: w.id + '-t' + toString(w.version), version: w.version, action: $action,
                          fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, note: $note,
                          at: coalesce($at, datetime())})-[:OF_WISH]->(w)
RETURN w {.*} AS node, t {.*} AS step
""",
    ),
    "Event": History(
        "EventStep",
        """
MATCH (e:Event {id: $id})
CREATE (s:EventStep {id: e.id + '-s' + toString(e.version), version: e.version, action: $action,
                     fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, subjectId: $subjectId,
                     note: $note, at: coalesce($at, datetime())})-[:OF_EVENT]->(e)
RETURN e {.*} AS node, s {.*} AS step
""",
    ),
    "Dispute": History(
        "DisputeStep",
        """
MATCH (d:Dispute {id: $id})
CREATE (s:DisputeStep {id: d.id + '-h' + toString(d.version), version: d.version, action: $action,
                       fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, note: $note,
                       at: coalesce($at, datetime())})-[:OF_DISPUTE]->(d)
RETURN d {.*} AS node, s {.*} AS step
""",
    ),
    "CouncilTopic": History(
        "TopicStep",
        """
MATCH (t:CouncilTopic {id: $id})
CREATE (s:TopicStep {id: t.id + '-h' + toString(t.version), version: t.version, action: $action,
                     fromStage: $fromStatus, toStage: $toStatus, actorId: $actorId, note: $note,
                     at: coalesce($at, datetime())})-[:OF_TOPIC]->(t)
RETURN t {.*} AS node, s {.*} AS step
""",
    ),
}

# The labels of history nodes: the layer test checks that no other Cypher creates one.
LABELS = tuple(h.label for h in HISTORY.values())
