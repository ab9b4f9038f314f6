"""The steps of a dispute case: its parties, its mediator, mediation sessions, and the outcome."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any, LiteralString

from graph.core.db import Graph, Row, Tx
from graph.core.errors import Conflict, InvalidInput, NotFound
from graph.disputes.flow import FLOW, MIN_PARTIES, MIN_SESSIONS, OUTCOMES, ROLES, closing_action
from graph.workflow import Actor, Change, StepResult, Target, run, text

# The blind write takes the case's exclusive lock before anything is read; the version numbers its history. The
# party and the mediator a step names are looked up here too, for the rules to judge.
LOCK = """
MATCH (d:Dispute {id: $disputeId})
SET d._lock = true
REMOVE d._lock
SET d.version = coalesce(d.version, COUNT { (d)<-[:OF_DISPUTE]-(:DisputeStep) }) + 1
WITH d
OPTIONAL MATCH (d)-[:ARISES_FROM]->(e:Event)
OPTIONAL MATCH (a:Person {id: $actorId})
CALL (d) {
  CALL () {
    MATCH (p:Person {id: $partyId}) RETURN p
    UNION
    MATCH (p:Unit {id: $partyId}) RETURN p
  }
  RETURN collect({ref: elementId(p), already: EXISTS { (d)-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->(p) }}) AS named
}
RETURN d.id AS id, d.status AS status, d.openedAt AS openedAt, named,
       COUNT { (d)-[:HAD_SESSION]->(:MediationSession) } AS sessions,
       COUNT { (d)-[:HAS_PARTY]->(:DisputeParty) } AS parties,
       EXISTS { MATCH (:Organization {id: $mediatorId}) } AS mediatorFound,
       a IS NOT NULL AS actorFound,
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS {
         MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
         MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c)
       }) AS isStaff
"""

ADD_PARTY = """
MATCH (d:Dispute {id: $id}), (p) WHERE elementId(p) = $partyRef
CREATE (d)-[:HAS_PARTY]->(:DisputeParty {id: d.id + '-p' + toString(d.version), role: $role,
                                          addedAt: datetime()})-[:PARTY]->(p)
SET d.status = $toStatus
RETURN d.id AS id
"""

ASSIGN_MEDIATOR = """
MATCH (d:Dispute {id: $id}), (o:Organization {id: $mediatorId})
CALL (d) { MATCH (d)-[r:MEDIATED_BY]->() DELETE r }
CREATE (d)-[:MEDIATED_BY {at: datetime(), by: $actorId}]->(o)
SET d.status = $toStatus
RETURN d.id AS id
"""

RECORD_SESSION = """
MATCH (d:Dispute {id: $id})
CREATE (d)-[:HAD_SESSION]->(:MediationSession {id: d.id + '-m' + toString(d.version), heldOn: $heldOn,
                                                 notes: $notes, attendees: $attendees})
SET d.status = $toStatus
RETURN d.id AS id
"""

CLOSE = """
MATCH (d:Dispute {id: $id})
SET d.status = $toStatus, d.outcome = $outcome, d.agreement = $agreement, d.referredTo = $referredTo,
    d.closedAt = datetime()
RETURN d.id AS id
"""

# A dispute step's own rules, on the case read under its lock; its further write parameters.
Check = Callable[[Row], Mapping[str, Any]]


async def _step(
    graph: Graph,
    actor: Actor,
    dispute_id: str,
    action: str,
    key: str | None,
    write: LiteralString,
    check: Check,
    note: str | None = None,
    **params: Any,
) -> StepResult:
    """A step on an existing case: its lock (with the party and mediator the step names), the rules, the write."""

    async def read(tx: Tx) -> Row:
        named = {"partyId": params.get("partyId"), "mediatorId": params.get("mediatorId")}
        rows = await tx.run(LOCK, disputeId=dispute_id, **named, **actor.params())
        if not rows:
            raise NotFound(f"no dispute {dispute_id!r}", "disputeId")
        return rows[0]

    def rules(case: Row, to: str | None) -> Mapping[str, Any]:
        return check(case)

    request = {"action": action, "disputeId": dispute_id, "actorId": actor.person_id}
    request |= {k: v for k, v in params.items() if k != "attendees"}
    targets = [Target(("Dispute",), dispute_id, "disputeId", f"no dispute {dispute_id!r}")]
    if params.get("partyId"):
        party = params["partyId"]
        targets.append(Target(("Person", "Unit"), party, "partyId", f"no single person or unit {party!r}"))
    change = Change(action, actor, read, write, params, rules, key, request, note, targets=tuple(targets))
    return await run(graph, FLOW, change)


async def add_party(
    graph: Graph, actor: Actor, dispute_id: str, party_id: str, role: str, key: str | None = None
) -> StepResult:
    """A person or a unit joins the case on one side (applicant, respondent, third party)."""
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}", "role")

    def check(case: Row) -> Mapping[str, Any]:
        if len(case["named"]) != 1:
            raise NotFound(f"no single person or unit {party_id!r}", "partyId")
        if case["named"][0]["already"]:
            raise Conflict(f"{party_id} is already a party to this dispute")
        return {"partyRef": case["named"][0]["ref"]}

    return await _step(graph, actor, dispute_id, "add_party", key, ADD_PARTY, check, role, partyId=party_id, role=role)


async def assign_mediator(
    graph: Graph, actor: Actor, dispute_id: str, mediator_id: str, key: str | None = None
) -> StepResult:
    """The organisation that mediates (e.g. the community's mediation studio); assigning again replaces it."""

    def check(case: Row) -> Mapping[str, Any]:
        if not case["mediatorFound"]:
            raise NotFound(f"no organization {mediator_id!r}", "mediatorId")
        return {}

    action = "assign_mediator"
    return await _step(
        graph, actor, dispute_id, action, key, ASSIGN_MEDIATOR, check, mediator_id, mediatorId=mediator_id
    )


async def record_session(
    graph: Graph,
    actor: Actor,
    dispute_id: str,
    held_on: date,
    notes: str,
    attendees: list[str],
    key: str | None = None,
) -> StepResult:
    """A mediation session: when, who was there (names), and what was said."""
    if held_on > datetime.now(UTC).date():
        raise InvalidInput("a session is recorded once held: heldOn lies in the future", "heldOn")
    notes = text(notes, "notes", "the session's notes")

    def check(case: Row) -> Mapping[str, Any]:
        opened = case["openedAt"]
        if opened is not None and held_on < opened.date():
            raise InvalidInput(f"the dispute was opened on {opened.date()}, after heldOn", "heldOn")
        return {}

    present = [a.strip() for a in attendees if a.strip()]
    action, write = "record_session", RECORD_SESSION
    return await _step(
        graph, actor, dispute_id, action, key, write, check, heldOn=held_on, notes=notes, attendees=present
    )


async def close_dispute(
    graph: Graph,
    actor: Actor,
    dispute_id: str,
    outcome: str,
    agreement: str | None = None,
    referred_to: str | None = None,
    key: str | None = None,
) -> StepResult:
    """AGREEMENT_REACHED (with the agreement's text), NOT_REACHED, or REFERRED (to whom)."""
    if outcome not in OUTCOMES:
        raise InvalidInput(f"outcome must be one of {', '.join(OUTCOMES)}", "outcome")
    if outcome == "AGREEMENT_REACHED":
        agreement = text(agreement, "agreement", "the agreement's text")
    if outcome == "REFERRED":
        referred_to = text(referred_to, "referredTo", "where the case was referred")

    def check(case: Row) -> Mapping[str, Any]:
        if case["sessions"] < MIN_SESSIONS[outcome]:
            raise InvalidInput(f"record a mediation session before closing as {outcome}", "disputeId")
        if case["parties"] < MIN_PARTIES[outcome]:
            raise InvalidInput(f"{outcome} needs at least {MIN_PARTIES[outcome]} parties", "disputeId")
        return {}

    params = {
        "outcome": outcome,
        "agreement": agreement if outcome == "AGREEMENT_REACHED" else None,
        "referredTo": referred_to if outcome == "REFERRED" else None,
    }
    return await _step(graph, actor, dispute_id, closing_action(outcome), key, CLOSE, check, outcome, **params)
