"""A community's data as plain rows per label and per relationship, built in memory without any I/O."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, NamedTuple

from graph.core.loading import REL_TRIPLES, ROLE_LABELS
from graph.core.model import ENTITIES

Row = dict[str, Any]


class RelKey(NamedTuple):
    type: str
    src: str
    dst: str


# A relationship row is (source id, target id) or (source id, target id, properties); tuples keep 1M rows small.
RelRow = tuple[str, str] | tuple[str, str, dict[str, Any]]


@dataclass(frozen=True)
class Dataset:
    community_id: str
    nodes: dict[str, list[Row]]
    roles: dict[str, list[str]]
    rels: dict[RelKey, list[RelRow]]

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def rel_count(self) -> int:
        return sum(len(rows) for rows in self.rels.values())

    @property
    def row_count(self) -> int:
        """Every row the loader sends: nodes, role labels and relationships (what progress counts)."""
        return self.node_count + sum(len(ids) for ids in self.roles.values()) + self.rel_count

    def counts(self) -> dict[str, int]:
        """Rows per label, role label and relationship type (types spanning several label pairs summed)."""
        out = {label: len(rows) for label, rows in self.nodes.items()}
        out.update({role: len(ids) for role, ids in self.roles.items()})
        for key, rows in self.rels.items():
            out[key.type] = out.get(key.type, 0) + len(rows)
        return out


class Builder:
    """Collects rows; `build` checks every label and relationship against the model's allow-list."""

    def __init__(self, community_id: str) -> None:
        self.community_id = community_id
        self._nodes: dict[str, list[Row]] = defaultdict(list)
        self._roles: dict[str, list[str]] = defaultdict(list)
        self._rels: dict[RelKey, list[RelRow]] = defaultdict(list)

    def node(self, label: str, node_id: str, **props: Any) -> str:
        row = {"id": node_id}
        row.update((k, v) for k, v in props.items() if v is not None)
        self._nodes[label].append(row)
        return node_id

    def add(self, label: str, row: Row) -> Row:
        """Append a row the caller keeps and may still complete (a person who later becomes a member)."""
        self._nodes[label].append(row)
        return row

    def role(self, role: str, person_id: str) -> None:
        self._roles[role].append(person_id)

    def rel(self, key: RelKey, src: str, dst: str, props: dict[str, Any] | None = None) -> None:
        """`props` may be shared between rows (one {"level": 3} for all of them): rows are never mutated."""
        self._rels[key].append((src, dst, props) if props else (src, dst))

    def build(self) -> Dataset:
        for label in self._nodes:
            if label not in ENTITIES:
                raise ValueError(f"unknown label {label!r}")
        for role in self._roles:
            if role not in ROLE_LABELS:
                raise ValueError(f"unknown role label {role!r}")
        for key in self._rels:
            if tuple(key) not in REL_TRIPLES:
                raise ValueError(f"relationship {key} is not in the model")
        return Dataset(self.community_id, dict(self._nodes), dict(self._roles), dict(self._rels))


def _k(rel_type: str, src: str, dst: str) -> RelKey:
    return RelKey(rel_type, src, dst)


# The stored relationships, one constant per (type, source, target) the generators write.
GRID_IN_COMMUNITY = _k("IN_COMMUNITY", "Grid", "Community")
ADJACENT_TO = _k("ADJACENT_TO", "Grid", "Grid")
BUILDING_IN_GRID = _k("IN_GRID", "Building", "Grid")
IN_BUILDING = _k("IN_BUILDING", "Household", "Building")
IN_HOUSEHOLD = _k("IN_HOUSEHOLD", "Person", "Household")
COMMITTEE_IN_COMMUNITY = _k("IN_COMMUNITY", "PartyCommittee", "Community")
UNDER = _k("UNDER", "PartyBranch", "PartyCommittee")
MEMBER_OF = _k("MEMBER_OF", "Person", "PartyBranch")
WORKS_GRID = _k("WORKS_GRID", "Person", "Grid")
HAS_SKILL = _k("HAS_SKILL", "Person", "Skill")
GROUP_IN_COMMUNITY = _k("IN_COMMUNITY", "SpecialGroup", "Community")
IN_SPECIAL_GROUP = _k("IN_SPECIAL_GROUP", "Person", "SpecialGroup")
UNIT_LOCATED_IN = _k("LOCATED_IN", "Unit", "Grid")
SIGNED = _k("SIGNED", "Unit", "Agreement")
WITH = _k("WITH", "Agreement", "Community")
OFFERS = _k("OFFERS", "Unit", "Resource")
RESOURCE_LOCATED_IN = _k("LOCATED_IN", "Resource", "Grid")
MADE = _k("MADE", "Person", "Wish")
WISH_IN_GRID = _k("IN_GRID", "Wish", "Grid")
REQUIRES = _k("REQUIRES", "Wish", "Skill")
CLAIMED = _k("CLAIMED", "Person", "Wish")
UNIT_CLAIMED = _k("CLAIMED", "Unit", "Wish")
PERSON_FULFILLED = _k("FULFILLED", "Person", "Wish")
UNIT_FULFILLED = _k("FULFILLED", "Unit", "Wish")
EVENT_IN_GRID = _k("IN_GRID", "Event", "Grid")
AT_BUILDING = _k("AT_BUILDING", "Event", "Building")
REPORTED = _k("REPORTED", "Person", "Event")
RAISED_IN = _k("RAISED_IN", "Event", "ServiceActivity")
ARISES_FROM = _k("ARISES_FROM", "Dispute", "Event")
MEDIATED_BY = _k("MEDIATED_BY", "Dispute", "Organization")
ORG_IN_COMMUNITY = _k("IN_COMMUNITY", "Organization", "Community")
ORG_ATTENDED = _k("ATTENDED", "Organization", "CouncilMeeting")
PERSON_ATTENDED_MEETING = _k("ATTENDED", "Person", "CouncilMeeting")
MEETING_IN_COMMUNITY = _k("IN_COMMUNITY", "CouncilMeeting", "Community")
DISCUSSED = _k("DISCUSSED", "CouncilMeeting", "CouncilTopic")
FROM_EVENT = _k("FROM_EVENT", "CouncilTopic", "Event")
ACTIVITY_IN_COMMUNITY = _k("IN_COMMUNITY", "ServiceActivity", "Community")
PERSON_ATTENDED_ACTIVITY = _k("ATTENDED", "Person", "ServiceActivity")
