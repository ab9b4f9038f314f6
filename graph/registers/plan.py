"""Pure: what an import changes, comparing the checked file with the snapshot: new, changed, unchanged, missing rows,
and the writes (nodes, labels, relationships by node id) that make the graph say what the file says."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from graph.registers import vocabulary
from graph.registers.records import Problem
from graph.registers.sheets import BY_KEY, SHEETS
from graph.registers.snapshot import Snapshot, key_of

NewId = Callable[[str], str]


def random_ids(community_id: str) -> NewId:
    return lambda kind: f"{community_id}-{kind}-{uuid.uuid4().hex[:16]}"


@dataclass(frozen=True)
class Step:
    """One kind of write, applied to many rows (graph/registers/writes.py has its Cypher).

    create/update: nodes of `label` ({id, props}); label: role labels on people (ids); link: add (src)-[type]->(dst)
    ({src, dst}); relink: make src's `type` relationships to `dst` label exactly the listed ids ({src, dst: [ids]})."""

    kind: str
    label: str = ""
    type: str = ""
    dst: str = ""
    rows: list[Any] = field(default_factory=list)


@dataclass(frozen=True)
class Counts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    missing: tuple[tuple[str, ...], ...] = ()  # keys the graph holds and the file does not: reported, kept


@dataclass(frozen=True)
class Plan:
    steps: tuple[Step, ...]
    counts: Mapping[str, Counts]
    problems: tuple[Problem, ...] = ()

    @property
    def writes(self) -> int:
        return sum(len(s.rows) for s in self.steps)


# Columns a sheet's node stores as its own properties (the rest are references or another node's).
PROPS: dict[str, tuple[str, ...]] = {
    "community": ("name", "city", "district", "subdistrict"),
    "grids": ("code", "name", "kind"),
    "buildings": ("name", "address", "floors"),
    "households": ("room", "name"),
    "skills": ("name", "category"),
    "residents": ("name", "gender", "idNumber", "birthDate", "phone"),
    "branches": ("name",),
    "members": ("partyStatus", "joinedPartyOn", "reportedOn", "capacity"),
    "workers": ("gridRole",),
    "groups": (),
    "units": ("name", "kind", "address"),
    "resources": ("name", "kind", "description", "capacity"),
    "needs": ("description", "source", "status", "recordedAt"),
    "wishes": ("title", "description", "category", "urgency", "headCount", "createdAt", "deadline"),
}
# Status and claimants of a wish move only through the wish workflow once the wish exists.
WORKFLOW = ("status", "claimant", "fulfilledAt")
_ID_KIND = {
    "grids": "g",
    "buildings": "b",
    "households": "h",
    "skills": "skill",
    "residents": "p",
    "branches": "br",
    "units": "u",
    "resources": "r",
    "needs": "n",
    "wishes": "w",
}


def _norm(value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return tuple(sorted(str(v) for v in value))
    if isinstance(value, datetime):
        return value.date()
    return value


def _same(old: Mapping[str, Any], new: Mapping[str, Any], columns: tuple[str, ...]) -> bool:
    return all(_norm(old.get(c)) == _norm(new.get(c)) for c in columns)


def _stored(sheet: str, column: str, value: Any) -> Any:
    """A register value as the node stores it: instants for the wish's and need's dates."""
    if value is not None and (sheet, column) in (("wishes", "createdAt"), ("needs", "recordedAt")):
        return datetime(value.year, value.month, value.day)
    return value


class _Ids:
    """Node ids by sheet and row key: the snapshot's, then the new rows' as they are planned."""

    def __init__(self, snapshot: Snapshot, new_id: NewId) -> None:
        self.known: dict[str, dict[tuple[str, ...], str]] = {
            sheet: {key: row["_id"] for key, row in rows.items()} for sheet, rows in snapshot.sheets.items()
        }
        # The committees the branches hang under, by name (not a sheet of their own).
        self.known["committees"] = {
            (str(row["committee"]),): str(row["_committee"])
            for row in snapshot.sheets.get("branches", {}).values()
            if row.get("_committee")
        }
        self.new_id = new_id

    def of(self, sheet: str, *key: Any) -> str | None:
        return self.known.get(sheet, {}).get(tuple(str(k) for k in key))

    def add(self, sheet: str, key: tuple[str, ...]) -> str:
        node_id = self.new_id(_ID_KIND[sheet])
        self.known.setdefault(sheet, {})[key] = node_id
        return node_id


def plan(rows: Mapping[str, tuple[Mapping[str, Any], ...]], snapshot: Snapshot, new_id: NewId) -> Plan:
    """The writes that bring the graph to the file, sheet by sheet in dependency order (SHEETS' order)."""
    ids = _Ids(snapshot, new_id)
    builder = _Builder(snapshot, ids)
    for sheet in SHEETS:
        if sheet.key in rows:
            builder.sheet(sheet.key, rows[sheet.key])
    return Plan(tuple(builder.steps()), builder.counts, tuple(builder.problems))


class _Builder:
    def __init__(self, snapshot: Snapshot, ids: _Ids) -> None:
        self.snapshot = snapshot
        self.ids = ids
        self.cid = snapshot.community_id
        self._steps: dict[tuple[str, str, str, str], Step] = {}
        self.counts: dict[str, Counts] = {}
        self.problems: list[Problem] = []
        self.label = ""  # the label of the sheet being planned: the source of its relationships

    def step(self, kind: str, label: str = "", type_: str = "", dst: str = "") -> list[Any]:
        key = (kind, label, type_, dst)
        if key not in self._steps:
            self._steps[key] = Step(kind, label, type_, dst)
        return self._steps[key].rows

    def steps(self) -> list[Step]:
        # Nodes first (all of them), then labels, then relationships: every end exists when it is linked.
        order = {"create": 0, "merge": 0, "update": 1, "label": 2, "link": 3, "relink": 3}
        return sorted((s for s in self._steps.values() if s.rows), key=lambda s: order[s.kind])

    def sheet(self, key: str, file_rows: tuple[Mapping[str, Any], ...]) -> None:
        held = self.snapshot.sheets.get(key, {})
        label = self.label = BY_KEY[key].label
        props = PROPS[key]
        new = changed = unchanged = 0
        seen: set[tuple[str, ...]] = set()
        for row in file_rows:
            rk = key_of(key, row)
            seen.add(rk)
            old = held.get(rk)
            if old is not None and _same(old, row, BY_KEY[key].row_key + tuple(c.key for c in BY_KEY[key].columns)):
                unchanged += 1
                continue
            node_id = self._node(key, label, rk, row, old, props)
            if node_id is None:
                continue
            self._links(key, node_id, row, old)
            if old is None:
                new += 1
            else:
                changed += 1
                self._workflow(key, row, old)
        missing = tuple(sorted(k for k in held if k not in seen))
        self.counts[key] = Counts(new, changed, unchanged, missing)

    def _node(
        self,
        key: str,
        label: str,
        rk: tuple[str, ...],
        row: Mapping[str, Any],
        old: Mapping[str, Any] | None,
        props: tuple[str, ...],
    ) -> str | None:
        values = {c: _stored(key, c, row.get(c)) for c in props}
        if key == "community":
            self.step("update", label).append({"id": self.cid, "props": values})
            return self.cid
        if key in ("members", "workers", "groups"):
            person = self.ids.of("residents", row["idNumber"])
            if person is None:
                return None  # the checks refused the row already: its person is in neither the file nor the graph
            if values:
                self.step("update", "Person").append({"id": person, "props": values})
            if key != "groups":
                self.step("label", "PartyMember" if key == "members" else "GridWorker").append(person)
            return person
        if key == "residents":
            values["birthYear"] = row["birthDate"].year if isinstance(row.get("birthDate"), date) else None
        if old is not None:
            self.step("update", label).append({"id": old["_id"], "props": values})
            return str(old["_id"])
        node_id = self.ids.add(key, rk)
        if key == "wishes":
            values |= {"status": row.get("status") or "SUBMITTED", "version": 0}
            values["fulfilledAt"] = _stored("wishes", "createdAt", row.get("fulfilledAt"))
        self.step("create", label).append({"id": node_id, "props": values})
        return node_id

    def _one(self, type_: str, dst: str, src: str, target: str | None) -> None:
        self.relink(type_, dst).append({"src": src, "dst": [target] if target else []})

    def relink(self, type_: str, dst: str) -> list[Any]:
        return self.step("relink", self.label, type_, dst)

    def _links(self, key: str, node_id: str, row: Mapping[str, Any], old: Mapping[str, Any] | None) -> None:
        of = self.ids.of
        if key == "grids":
            self.step("link", "Grid", "IN_COMMUNITY", "Community").append({"src": node_id, "dst": self.cid})
        elif key == "buildings":
            self._one("IN_GRID", "Grid", node_id, of("grids", row["grid"]))
        elif key == "households":
            self._one("IN_BUILDING", "Building", node_id, of("buildings", row["building"]))
        elif key == "residents":
            household = of("households", row.get("building") or "", row.get("room") or "")
            self._one("IN_HOUSEHOLD", "Household", node_id, household)
            if household:
                self.step("label", "Resident").append(node_id)
            skills = [s for s in (of("skills", name) for name in row.get("skills") or []) if s]
            self.relink("HAS_SKILL", "Skill").append({"src": node_id, "dst": skills})
        elif key == "branches":
            committee = self._committee(str(row["committee"]))
            self._one("UNDER", "PartyCommittee", node_id, committee)
        elif key == "members":
            self._one("MEMBER_OF", "PartyBranch", node_id, of("branches", row["branch"]))
        elif key == "workers":
            grids = [g for g in (of("grids", code) for code in row.get("grids") or []) if g]
            self.relink("WORKS_GRID", "Grid").append({"src": node_id, "dst": grids})
        elif key == "groups":
            group = self._group(str(row["kind"]))
            self.step("link", "Person", "IN_SPECIAL_GROUP", "SpecialGroup").append({"src": node_id, "dst": group})
        elif key == "units":
            self._one("LOCATED_IN", "Grid", node_id, of("grids", row.get("grid") or ""))
            self._agreement(node_id, row, old)
        elif key == "resources":
            self._one("LOCATED_IN", "Grid", node_id, of("grids", row.get("grid") or ""))
            if old is None:
                unit = of("units", row["unit"])
                self.step("link", "Unit", "OFFERS", "Resource").append({"src": unit, "dst": node_id})
        elif key == "needs" and old is None:
            person = of("residents", row["idNumber"])
            self.step("link", "Person", "HAS_NEED", "Need").append({"src": person, "dst": node_id})
        elif key == "wishes":
            self._wish(node_id, row, old)

    def _wish(self, node_id: str, row: Mapping[str, Any], old: Mapping[str, Any] | None) -> None:
        of = self.ids.of
        self._one("IN_GRID", "Grid", node_id, of("grids", row["grid"]))
        skills = [s for s in (of("skills", name) for name in row.get("skills") or []) if s]
        self.relink("REQUIRES", "Skill").append({"src": node_id, "dst": skills})
        if old is not None:
            return
        self.step("link", "Person", "MADE", "Wish").append({"src": of("residents", row["requester"]), "dst": node_id})
        status = row.get("status") or "SUBMITTED"
        for who in row.get("claimant") or []:
            for sheet, label in (("residents", "Person"), ("units", "Unit"), ("branches", "PartyBranch")):
                found = of(sheet, who)
                if found:
                    self.step("link", label, "CLAIMED", "Wish").append({"src": found, "dst": node_id})
                    if status == "FULFILLED":
                        self.step("link", label, "FULFILLED", "Wish").append({"src": found, "dst": node_id})
                    break

    def _workflow(self, key: str, row: Mapping[str, Any], old: Mapping[str, Any]) -> None:
        if key != "wishes":
            return
        for column in WORKFLOW:
            if row.get(column) is not None and _norm(row.get(column)) != _norm(old.get(column)):
                self.problems.append(
                    Problem(
                        "wishes",
                        None,
                        column,
                        "",
                        "WORKFLOW_FIELD",
                        f"心愿“{row.get('title')}”已在系统中，其{BY_KEY['wishes'].column(column).zh}只能通过心愿流程变更",
                        f"wish '{row.get('title')}' exists: its {column} changes only through the wish workflow",
                    )
                )

    def _committee(self, name: str) -> str:
        known = self.ids.known["committees"]
        if (name,) not in known:
            node_id = f"{self.cid}-pc-{uuid.uuid5(uuid.NAMESPACE_URL, name).hex[:12]}"
            known[(name,)] = node_id
            self.step("merge", "PartyCommittee").append({"id": node_id, "props": {"name": name}})
            self.step("link", "PartyCommittee", "IN_COMMUNITY", "Community").append({"src": node_id, "dst": self.cid})
        return known[(name,)]

    def _group(self, kind: str) -> str:
        node_id = f"{self.cid}-sg-{kind.lower()}"
        props = {"name": vocabulary.SPECIAL_GROUP_KINDS[kind], "kind": kind}
        rows = self.step("merge", "SpecialGroup")
        if not any(r["id"] == node_id for r in rows):
            rows.append({"id": node_id, "props": props})
            self.step("link", "SpecialGroup", "IN_COMMUNITY", "Community").append({"src": node_id, "dst": self.cid})
        return node_id

    def _agreement(self, unit: str, row: Mapping[str, Any], old: Mapping[str, Any] | None) -> None:
        if not row.get("agreement"):
            return
        agreement = (old or {}).get("_agreement") or f"{unit}-agreement"
        props = {
            c: row.get(c) or ([] if c in ("jointCreations", "collaborations") else None)
            for c in ("signedOn", "jointCreations", "collaborations")
        }
        self.step("merge", "Agreement").append({"id": agreement, "props": {"title": row["agreement"], **props}})
        self.step("link", "Unit", "SIGNED", "Agreement").append({"src": unit, "dst": agreement})
        self.step("link", "Agreement", "WITH", "Community").append({"src": agreement, "dst": self.cid})
