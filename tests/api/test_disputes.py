"""Dispute mediation through GraphQL on a scratch copy of the demo: from an event through sessions to each outcome."""

from __future__ import annotations

import datetime
from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, data_as, gid, gql_as
from tests.auth import bearer

CHANGE = "replayed dispute { id dbId status outcome } step { id action fromStatus toStatus actorId note }"


def mutation(field: str, input_type: str) -> str:
    return f"mutation($input: {input_type}!) {{ {field}(input: $input) {{ {CHANGE} }} }}"


OPEN = mutation("openDispute", "OpenDisputeInput")
PARTY = mutation("addDisputeParty", "AddDisputePartyInput")
MEDIATOR = mutation("assignMediator", "AssignMediatorInput")
SESSION = mutation("recordMediationSession", "RecordMediationSessionInput")
CLOSE = mutation("closeDispute", "CloseDisputeInput")
TODAY = datetime.datetime.now(datetime.UTC).date().isoformat()


async def cast(graph: Graph) -> dict[str, Any]:
    """Demo ids: a grid worker, residents, a unit, the studio, and events that have no case yet."""
    row = await graph.read_one(
        """MATCH (staff:GridWorker)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community {id: 'jf'})
           WITH c, staff ORDER BY staff.id LIMIT 1
           // residents the staff member sees: of the grids they work
           MATCH (staff)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(r)
           WHERE NOT r:GridWorker AND r.birthYear < date().year - 18
           WITH c, staff, r ORDER BY r.id LIMIT 2
           WITH c, staff, collect(r.id) AS residents
           MATCH (u:Unit) WITH c, staff, residents, u ORDER BY u.id LIMIT 1
           MATCH (o:Organization {kind: 'MEDIATION_STUDIO'})-[:IN_COMMUNITY]->(c)
           CALL (staff) {
             // events of the grids the staff member works: a grid worker acts only there
             MATCH (e:Event)-[:IN_GRID]->(:Grid)<-[:WORKS_GRID]-(staff)
             WHERE NOT EXISTS { (e)<-[:ARISES_FROM]-(:Dispute) }
             WITH e ORDER BY e.id LIMIT 4 RETURN collect(e.id) AS events
           }
           RETURN staff.id AS staff, residents, u.id AS unit, o.id AS studio, o.name AS studioName, events"""
    )
    assert row is not None and len(row["events"]) == 4
    return row


def run(client: TestClient, mutation: str, token: dict[str, str], **fields: Any) -> dict[str, Any]:
    """The mutation as the person of the `token` header."""
    body = data_as(client, token, mutation, input=fields)
    result: dict[str, Any] = next(iter(body.values()))
    return result


def refused(client: TestClient, mutation: str, token: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = gql_as(client, token, mutation, input=fields)
    assert "errors" in body, body
    error: dict[str, Any] = body["errors"][0]
    return error


async def test_a_dispute_from_its_event_through_sessions_to_an_agreement(
    scratch_client: TestClient, scratch_demo: Graph
) -> None:
    who = await cast(scratch_demo)
    staff = bearer(who["staff"], "grid_worker")
    stats = "{ communityStats { disputesMediated } }"
    before = data(scratch_client, stats)["communityStats"]["disputesMediated"]
    opened = run(scratch_client, OPEN, eventId=gid("Event", who["events"][0]), token=staff, idempotencyKey="dp-open-1")
    again = run(scratch_client, OPEN, eventId=gid("Event", who["events"][0]), token=staff, idempotencyKey="dp-open-1")
    case = opened["dispute"]["id"]
    assert (opened["dispute"]["status"], opened["step"]["action"], opened["step"]["toStatus"]) == (
        "OPEN",
        "OPEN",
        "OPEN",
    )
    assert (again["replayed"], again["dispute"]["id"], again["step"]["id"]) == (True, case, opened["step"]["id"])
    twice = refused(scratch_client, OPEN, eventId=gid("Event", who["events"][0]), token=staff)
    assert twice["extensions"]["code"] == "CONFLICT"

    early = refused(scratch_client, SESSION, disputeId=case, heldOn=TODAY, notes="x", token=staff)
    assert early["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "disputeId",
        "currentStatus": "OPEN",
        "action": "RECORD_SESSION",
        "allowedActions": ["ADD_PARTY", "ASSIGN_MEDIATOR", "REFER"],
    }
    assert "OPEN" in early["message"]

    applicant = gid("Person", who["residents"][0])
    run(scratch_client, PARTY, disputeId=case, partyId=applicant, role="APPLICANT", token=staff)
    party = run(scratch_client, PARTY, disputeId=case, partyId=gid("Unit", who["unit"]), role="RESPONDENT", token=staff)
    assert party["dispute"]["status"] == "OPEN"
    dup = refused(scratch_client, PARTY, disputeId=case, partyId=applicant, role="THIRD_PARTY", token=staff)
    assert dup["extensions"]["code"] == "CONFLICT"

    mediated = run(scratch_client, MEDIATOR, disputeId=case, mediatorId=gid("Organization", who["studio"]), token=staff)
    assert (mediated["step"]["fromStatus"], mediated["dispute"]["status"]) == ("OPEN", "MEDIATING")
    no_agreement = refused(scratch_client, CLOSE, disputeId=case, outcome="AGREEMENT_REACHED", token=staff)
    assert no_agreement["extensions"] == {"code": "BAD_USER_INPUT", "argument": "agreement"}
    unheard = refused(scratch_client, CLOSE, disputeId=case, outcome="AGREEMENT_REACHED", agreement="和解", token=staff)
    assert unheard["extensions"]["argument"] == "disputeId" and "session" in unheard["message"]

    names = [who["studioName"], "张三"]
    session = {"disputeId": case, "heldOn": TODAY, "notes": "背靠背调解", "attendees": names, "token": staff}
    held = run(scratch_client, SESSION, **session, idempotencyKey="dp-session-1")
    assert run(scratch_client, SESSION, **session, idempotencyKey="dp-session-1")["replayed"] is True
    assert held["step"]["action"] == "RECORD_SESSION"
    closed = run(
        scratch_client,
        CLOSE,
        disputeId=case,
        outcome="AGREEMENT_REACHED",
        agreement="双方同意分担维修费用",
        token=staff,
        idempotencyKey="dp-close-1",
    )
    assert (closed["dispute"]["status"], closed["dispute"]["outcome"]) == ("CLOSED", "AGREEMENT_REACHED")
    assert data(scratch_client, stats)["communityStats"]["disputesMediated"] == before + 1

    late = refused(scratch_client, PARTY, disputeId=case, partyId=applicant, role="APPLICANT", token=staff)
    assert late["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "disputeId",
        "currentStatus": "CLOSED",
        "action": "ADD_PARTY",
        "allowedActions": [],
    }
    assert "CLOSED" in late["message"]

    q = """query($id: ID!) { node(id: $id) { ... on Dispute {
      title agreement closedAt event { dbId dispute { id } } mediator { name mediatedDisputes { totalCount } }
      parties { edges { node { dbId disputes { totalCount } } } } partyUnits { edges { node { dbId } } }
      partyRoles(orderBy: {field: role}) { edges { node { role person { dbId } unit { dbId } } } }
      sessions { edges { node { heldOn notes attendees dispute { id } } } }
      history(orderBy: {field: version}) { edges { node { action fromStatus toStatus version } } } } } }"""
    found = data(scratch_client, q, id=case)["node"]
    assert found["event"] == {"dbId": who["events"][0], "dispute": {"id": case}}
    assert found["agreement"] == "双方同意分担维修费用" and found["closedAt"] is not None
    assert found["mediator"]["name"] == who["studioName"]
    assert [e["node"]["dbId"] for e in found["parties"]["edges"]] == [who["residents"][0]]
    assert found["parties"]["edges"][0]["node"]["disputes"]["totalCount"] >= 1
    assert [e["node"]["dbId"] for e in found["partyUnits"]["edges"]] == [who["unit"]]
    roles = [e["node"] for e in found["partyRoles"]["edges"]]
    assert roles == [
        {"role": "APPLICANT", "person": {"dbId": who["residents"][0]}, "unit": None},
        {"role": "RESPONDENT", "person": None, "unit": {"dbId": who["unit"]}},
    ]
    sessions = [e["node"] for e in found["sessions"]["edges"]]
    assert sessions == [{"heldOn": TODAY, "notes": "背靠背调解", "attendees": names, "dispute": {"id": case}}]
    steps = [(e["node"]["action"], e["node"]["toStatus"]) for e in found["history"]["edges"]]
    assert steps == [
        ("OPEN", "OPEN"),
        ("ADD_PARTY", "OPEN"),
        ("ADD_PARTY", "OPEN"),
        ("ASSIGN_MEDIATOR", "MEDIATING"),
        ("RECORD_SESSION", "MEDIATING"),
        ("CLOSE", "CLOSED"),
    ]
    assert [e["node"]["version"] for e in found["history"]["edges"]] == [1, 2, 3, 4, 5, 6]


async def test_not_reached_and_referred(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await cast(scratch_demo)
    staff = bearer(who["staff"], "grid_worker")
    stats = "{ communityStats { disputesMediated } }"
    before = data(scratch_client, stats)["communityStats"]["disputesMediated"]

    failed = run(scratch_client, OPEN, eventId=gid("Event", who["events"][1]), token=staff)["dispute"]["id"]
    run(
        scratch_client,
        PARTY,
        disputeId=failed,
        partyId=gid("Person", who["residents"][1]),
        role="APPLICANT",
        token=staff,
    )
    run(scratch_client, MEDIATOR, disputeId=failed, mediatorId=gid("Organization", who["studio"]), token=staff)
    run(scratch_client, SESSION, disputeId=failed, heldOn=TODAY, notes="双方分歧较大", token=staff)
    not_reached = run(scratch_client, CLOSE, disputeId=failed, outcome="NOT_REACHED", token=staff)
    assert (not_reached["dispute"]["status"], not_reached["dispute"]["outcome"]) == ("CLOSED", "NOT_REACHED")

    handed = run(scratch_client, OPEN, eventId=gid("Event", who["events"][2]), token=staff, title="涉刑纠纷")
    referred_id = handed["dispute"]["id"]
    run(
        scratch_client,
        PARTY,
        disputeId=referred_id,
        partyId=gid("Person", who["residents"][0]),
        role="APPLICANT",
        token=staff,
    )
    nowhere = refused(scratch_client, CLOSE, disputeId=referred_id, outcome="REFERRED", token=staff)
    assert nowhere["extensions"] == {"code": "BAD_USER_INPUT", "argument": "referredTo"}
    referred = run(
        scratch_client, CLOSE, disputeId=referred_id, outcome="REFERRED", referredTo="白涛派出所", token=staff
    )
    assert (referred["dispute"]["status"], referred["dispute"]["outcome"]) == ("CLOSED", "REFERRED")
    assert referred["step"] == {
        "id": referred["step"]["id"],
        "action": "REFER",
        "fromStatus": "OPEN",
        "toStatus": "CLOSED",
        "actorId": who["staff"],
        "note": "REFERRED",
    }
    # Only agreements count as mediated.
    assert data(scratch_client, stats)["communityStats"]["disputesMediated"] == before


async def test_who_may_act_and_keys_used_twice(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await cast(scratch_demo)
    event = gid("Event", who["events"][3])
    # A resident does not see another's event: it is answered as an id that names nothing is.
    resident = refused(scratch_client, OPEN, eventId=event, token=bearer(who["residents"][0], "resident"))
    ghost = refused(scratch_client, OPEN, eventId=event, token=bearer("nobody", "grid_worker"))
    staff = bearer(who["staff"], "grid_worker")
    missing = refused(scratch_client, OPEN, eventId="no-such-event", token=staff)
    assert resident["extensions"] == ghost["extensions"] == missing["extensions"]
    assert missing["extensions"] == {"code": "NOT_FOUND", "argument": "eventId"}
    # An administrator linked to a person counts as staff without working a grid.
    admin = bearer(who["residents"][0], "admin")
    opened = run(scratch_client, OPEN, eventId=event, token=admin, idempotencyKey="dp-key")
    assert opened["step"]["actorId"] == who["residents"][0]
    case = opened["dispute"]["id"]
    reused = refused(
        scratch_client, MEDIATOR, disputeId=case, mediatorId=who["studio"], token=admin, idempotencyKey="dp-key"
    )
    assert reused["extensions"] == {"code": "IDEMPOTENCY_KEY_REUSED", "argument": "idempotencyKey"}


async def test_the_demo_cases_carry_their_mediation(client: TestClient) -> None:
    q = """{ disputes(first: 100) { totalCount edges { node { status outcome
      sessions { totalCount } partyRoles { totalCount } history { totalCount } mediator { kind } } } } }"""
    found = data(client, q)["disputes"]
    cases = [e["node"] for e in found["edges"]]
    assert found["totalCount"] == 22
    assert sum(c["outcome"] == "AGREEMENT_REACHED" for c in cases) == 16
    assert all(c["sessions"]["totalCount"] >= 1 and c["partyRoles"]["totalCount"] >= 1 for c in cases)
    assert all((c["status"] == "CLOSED") == (c["outcome"] is not None) for c in cases)
    assert all(c["history"]["totalCount"] >= 4 for c in cases)
