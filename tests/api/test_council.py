"""The residents' council through GraphQL on a scratch copy of the demo: meetings, topics in four stages, suggestions."""

from __future__ import annotations

import datetime
from typing import Any

from starlette.testclient import TestClient

from graph.core.db import Graph
from tests.api.gql import data, data_as, gid, gql, gql_as
from tests.auth import bearer

CHANGE = "replayed topic { id dbId stage outcome progress } step { id action fromStage toStage note }"
TODAY = datetime.datetime.now(datetime.UTC).date()
COMMUNITY = gid("Community", "jf")
SUGGEST = """query($scope: ID!, $min: Int, $by: ClusterLevel) {
  suggestedTopics(scope: $scope, minEvents: $min, groupBy: $by, first: 30) { nodes {
    category size grid { dbId } building { dbId } events(first: 50) { nodes { dbId category topics { totalCount } } } } } }"""


def mutation(field: str, input_type: str, change: str = CHANGE) -> str:
    return f"mutation($input: {input_type}!) {{ {field}(input: $input) {{ {change} }} }}"


MEETING = "replayed meeting { id title heldOn place attendees { totalCount } organizations { totalCount } }"
SCHEDULE = mutation("scheduleCouncilMeeting", "ScheduleMeetingInput", MEETING)
ATTEND = mutation("recordMeetingAttendance", "MeetingAttendanceInput", MEETING)
PROPOSE = mutation("proposeTopic", "ProposeTopicInput")
ACCEPT = mutation("acceptTopic", "TopicStepInput")
REJECT = mutation("rejectTopic", "TopicStepInput")
MERGE = mutation("mergeTopic", "MergeTopicInput")
DELIBERATE = mutation("deliberateTopic", "DeliberateTopicInput")
SUPERVISE = mutation("superviseTopic", "SuperviseTopicInput")
REVIEW = mutation("reviewTopic", "ReviewTopicInput")


def run(client: TestClient, query: str, token: dict[str, str], **fields: Any) -> dict[str, Any]:
    """The mutation as the person of the `token` header."""
    result: dict[str, Any] = next(iter(data_as(client, token, query, input=fields).values()))
    return result


def refused(client: TestClient, query: str, token: dict[str, str], **fields: Any) -> dict[str, Any]:
    body = gql_as(client, token, query, input=fields)
    assert "errors" in body, body
    error: dict[str, Any] = body["errors"][0]
    return error


async def cast(graph: Graph, grid: str | None = None) -> dict[str, Any]:
    """A grid worker (of `grid` if named), two adult residents of the grids they work, and the council's bodies:
    a grid worker records and links only what their grids hold."""
    row = await graph.read_one(
        """MATCH (staff:GridWorker)-[:WORKS_GRID]->(g:Grid)-[:IN_COMMUNITY]->(c:Community {id: 'jf'})
           WHERE $grid IS NULL OR g.id = $grid
           WITH c, staff ORDER BY staff.id LIMIT 1
           MATCH (staff)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(r)
           WHERE NOT r:GridWorker AND r.birthYear < date().year - 18
           WITH c, staff, r ORDER BY r.id LIMIT 2
           WITH c, staff, collect(r.id) AS residents
           MATCH (o:Organization)-[:IN_COMMUNITY]->(c) WHERE o.kind <> 'MEDIATION_STUDIO'
           RETURN staff.id AS staff, residents, collect(o.id) AS bodies""",
        grid=grid,
    )
    assert row is not None and len(row["residents"]) == 2
    return row


def clusters(client: TestClient, min_events: int = 2, by: str = "BUILDING") -> list[dict[str, Any]]:
    found = data(client, SUGGEST, scope=COMMUNITY, min=min_events, by=by)["suggestedTopics"]["nodes"]
    # Each cluster's page of events, as the list the tests read.
    return [{**c, "events": c["events"]["nodes"]} for c in found]


def meeting(client: TestClient, staff: dict[str, str], title: str) -> str:
    made = run(client, SCHEDULE, staff, communityId=COMMUNITY, title=title, heldOn=TODAY.isoformat())
    return str(made["meeting"]["id"])


def propose(client: TestClient, actor: dict[str, str], title: str, events: list[str] | None = None) -> str:
    made = run(client, PROPOSE, actor, communityId=COMMUNITY, title=title, category="GREENING", eventIds=events or [])
    return str(made["topic"]["id"])


async def test_a_topic_from_recurring_events_through_the_four_stages(
    scratch_client: TestClient, scratch_demo: Graph
) -> None:
    cluster = clusters(scratch_client)[0]
    who = await cast(scratch_demo, cluster["grid"]["dbId"])
    staff, resident = gid("Person", who["staff"]), gid("Person", who["residents"][0])
    t_staff, t_resident = bearer(who["staff"], "grid_worker"), bearer(who["residents"][0], "resident")
    stats = "{ communityStats { councilProblemsSolved } }"
    before = data(scratch_client, stats)["communityStats"]["councilProblemsSolved"]

    sched = {"communityId": COMMUNITY, "title": "本月居民议事会", "heldOn": TODAY.isoformat(), "place": "党群服务中心"}
    made = run(scratch_client, SCHEDULE, **sched, token=t_staff, idempotencyKey="cm-1")
    assert run(scratch_client, SCHEDULE, **sched, token=t_staff, idempotencyKey="cm-1") == made | {"replayed": True}
    meeting_id = made["meeting"]["id"]
    people = [staff, resident, gid("Person", who["residents"][1])]
    bodies = [gid("Organization", o) for o in who["bodies"]]
    attended = run(
        scratch_client, ATTEND, meetingId=meeting_id, personIds=people, organizationIds=bodies, token=t_staff
    )
    again = run(scratch_client, ATTEND, meetingId=meeting_id, personIds=people[:1], token=t_staff)
    # The grid worker sees the attendees their role may see; an administrator sees all three, recorded once.
    assert attended["meeting"]["attendees"] == again["meeting"]["attendees"]
    everyone = "query($id: ID!) { node(id: $id) { ... on CouncilMeeting { attendees { totalCount } } } }"
    assert data(scratch_client, everyone, id=meeting_id)["node"]["attendees"] == {"totalCount": 3}
    assert attended["meeting"]["organizations"] == {"totalCount": len(bodies)} and len(bodies) == 4

    events = [e["dbId"] for e in cluster["events"]]
    assert cluster["size"] == len(events) >= 2
    assert {e["category"] for e in cluster["events"]} == {cluster["category"]}
    # The grid worker of the cluster's grid turns it into a topic: they see its events.
    topic = propose(scratch_client, t_staff, "小区绿化带反复被毁", [gid("Event", e) for e in events])
    place = (cluster["category"], cluster["building"]["dbId"])
    after = clusters(scratch_client)
    assert place not in {(c["category"], c["building"]["dbId"]) for c in after}
    assert not set(events) & {e["dbId"] for c in after for e in c["events"]}

    early = refused(scratch_client, SUPERVISE, topicId=topic, progress=10, note="x", token=t_staff)
    assert early["extensions"] == {
        "code": "INVALID_STATE",
        "argument": "topicId",
        "currentStatus": "PROPOSED",
        "action": "SUPERVISE",
        "allowedActions": ["ACCEPT", "REJECT", "MERGE"],
    }
    assert "PROPOSED" in early["message"]
    agenda = refused(scratch_client, ACCEPT, topicId=topic, token=t_staff)
    assert agenda["extensions"] == {"code": "BAD_USER_INPUT", "argument": "meetingId"}
    by_resident = refused(scratch_client, ACCEPT, topicId=topic, meetingId=meeting_id, token=t_resident)
    assert by_resident["extensions"] == {"code": "FORBIDDEN"}
    assert by_resident["message"] == (
        "you may not accept this council topic: only a grid worker of this community or an administrator may"
    )
    accepted = run(scratch_client, ACCEPT, topicId=topic, meetingId=meeting_id, token=t_staff, idempotencyKey="t-acc")
    assert run(scratch_client, ACCEPT, topicId=topic, meetingId=meeting_id, token=t_staff, idempotencyKey="t-acc")[
        "replayed"
    ]
    assert accepted["topic"]["stage"] == "ACCEPTED"

    deadline = (TODAY + datetime.timedelta(days=30)).isoformat()
    decided = run(
        scratch_client,
        DELIBERATE,
        topicId=topic,
        decision="补植并加装护栏",
        ownerId=staff,
        deadline=deadline,
        meetingId=meeting_id,
        token=t_staff,
    )
    assert (decided["topic"]["stage"], decided["topic"]["progress"]) == ("DELIBERATED", 0)
    yesterday = (TODAY - datetime.timedelta(days=1)).isoformat()
    run(scratch_client, SUPERVISE, topicId=topic, progress=40, note="完成补植", at=yesterday, token=t_staff)
    not_done = refused(scratch_client, REVIEW, topicId=topic, solved=True, token=t_staff)
    assert not_done["extensions"]["argument"] == "topicId" and "40%" in not_done["message"]
    done = run(scratch_client, SUPERVISE, topicId=topic, progress=100, note="护栏安装完毕", token=t_staff)
    assert (done["topic"]["stage"], done["topic"]["progress"]) == ("SUPERVISED", 100)
    solved = run(scratch_client, REVIEW, topicId=topic, solved=True, note="居民满意", token=t_staff)
    assert (solved["topic"]["stage"], solved["topic"]["outcome"]) == ("REVIEWED", "SOLVED")
    assert data(scratch_client, stats)["communityStats"]["councilProblemsSolved"] == before + 1
    finished = refused(scratch_client, SUPERVISE, topicId=topic, progress=100, note="x", token=t_staff)
    assert "REVIEWED" in finished["message"]

    q = """query($id: ID!) { node(id: $id) { ... on CouncilTopic {
      decision deadline proposedAt reviewedAt community { dbId } proposer { id } owner { id }
      events(orderBy: {field: id}) { edges { node { dbId topics { totalCount } } } }
      meetings { edges { node { id } } }
      updates(orderBy: {field: at}) { edges { node { at progress note topic { id } } } }
      history(orderBy: {field: version}) { edges { node { action toStage } } } } } }"""
    found = data(scratch_client, q, id=topic)["node"]
    assert (found["decision"], found["deadline"], found["community"]) == ("补植并加装护栏", deadline, {"dbId": "jf"})
    assert (found["proposer"]["id"], found["owner"]["id"]) == (staff, staff)
    assert found["proposedAt"] is not None and found["reviewedAt"] is not None
    assert sorted(e["node"]["dbId"] for e in found["events"]["edges"]) == sorted(events)
    assert [e["node"]["id"] for e in found["meetings"]["edges"]] == [meeting_id]
    timeline = [(u["node"]["at"], u["node"]["progress"]) for u in found["updates"]["edges"]]
    assert timeline == [(yesterday, 40), (TODAY.isoformat(), 100)]
    assert [(h["node"]["action"], h["node"]["toStage"]) for h in found["history"]["edges"]] == [
        ("PROPOSE", "PROPOSED"),
        ("ACCEPT", "ACCEPTED"),
        ("DELIBERATE", "DELIBERATED"),
        ("SUPERVISE", "SUPERVISED"),
        ("SUPERVISE", "SUPERVISED"),
        ("SOLVE", "REVIEWED"),
    ]


async def test_a_reopened_topic_goes_back_to_deliberation(scratch_client: TestClient, scratch_demo: Graph) -> None:
    who = await cast(scratch_demo)
    staff, t_staff = gid("Person", who["staff"]), bearer(who["staff"], "grid_worker")
    meeting_id = meeting(scratch_client, t_staff, "复盘会")
    topic = propose(scratch_client, t_staff, "楼道灯反复损坏")
    deadline = (TODAY + datetime.timedelta(days=10)).isoformat()
    run(scratch_client, ACCEPT, topicId=topic, meetingId=meeting_id, token=t_staff)
    run(
        scratch_client,
        DELIBERATE,
        topicId=topic,
        decision="更换声控灯",
        ownerId=staff,
        deadline=deadline,
        token=t_staff,
    )
    run(scratch_client, SUPERVISE, topicId=topic, progress=100, note="已更换", token=t_staff)
    why = refused(scratch_client, REVIEW, topicId=topic, solved=False, token=t_staff)
    assert why["extensions"] == {"code": "BAD_USER_INPUT", "argument": "note"}
    reopened = run(scratch_client, REVIEW, topicId=topic, solved=False, note="一周后又坏了", token=t_staff)
    assert (reopened["topic"]["stage"], reopened["topic"]["outcome"]) == ("REOPENED", "REOPENED")
    assert reopened["step"]["note"] == "一周后又坏了"
    no_update = refused(scratch_client, SUPERVISE, topicId=topic, progress=50, note="x", token=t_staff)
    assert "REOPENED" in no_update["message"]
    again = run(
        scratch_client, DELIBERATE, topicId=topic, decision="改线路", ownerId=staff, deadline=deadline, token=t_staff
    )
    assert (again["step"]["fromStage"], again["topic"]["stage"]) == ("REOPENED", "DELIBERATED")
    run(scratch_client, SUPERVISE, topicId=topic, progress=100, note="线路改造完成", token=t_staff)
    assert run(scratch_client, REVIEW, topicId=topic, solved=True, token=t_staff)["topic"]["outcome"] == "SOLVED"


async def test_rejected_and_merged_topics(scratch_client: TestClient, scratch_demo: Graph) -> None:
    cluster = clusters(scratch_client)[0]
    who = await cast(scratch_demo, cluster["grid"]["dbId"])
    t_staff, t_resident = bearer(who["staff"], "grid_worker"), bearer(who["residents"][1], "resident")
    meeting_id = meeting(scratch_client, t_staff, "议题审议")
    rejected = propose(scratch_client, t_resident, "要求社区发放购物卡")
    reasonless = refused(scratch_client, REJECT, topicId=rejected, token=t_staff)
    assert reasonless["extensions"] == {"code": "BAD_USER_INPUT", "argument": "note"}
    out = run(scratch_client, REJECT, topicId=rejected, note="不属于议事范围", token=t_staff)
    assert out["topic"]["stage"] == "REJECTED"
    late = refused(scratch_client, ACCEPT, topicId=rejected, meetingId=meeting_id, token=t_staff)
    assert late["extensions"]["argument"] == "topicId" and "REJECTED" in late["message"]

    events = [gid("Event", e["dbId"]) for e in cluster["events"]]
    # A resident names events they do not see: refused as ids that name nothing are, and no topic is made.
    hidden = refused(
        scratch_client,
        PROPOSE,
        communityId=COMMUNITY,
        title="x",
        category="GREENING",
        eventIds=events[:1],
        token=t_resident,
    )
    missing = refused(
        scratch_client,
        PROPOSE,
        communityId=COMMUNITY,
        title="x",
        category="GREENING",
        eventIds=[gid("Event", "jf-e-none")],
        token=t_resident,
    )
    assert hidden["extensions"] == missing["extensions"] == {"code": "NOT_FOUND", "argument": "eventIds"}
    small = propose(scratch_client, t_staff, "垃圾桶满溢", events[:1])
    big = propose(scratch_client, t_staff, "垃圾清运频次", events[1:])
    run(scratch_client, ACCEPT, topicId=big, meetingId=meeting_id, token=t_staff)
    itself = refused(scratch_client, MERGE, topicId=small, intoTopicId=small, token=t_staff)
    assert itself["extensions"] == {"code": "BAD_USER_INPUT", "argument": "intoTopicId"}
    closed = refused(scratch_client, MERGE, topicId=small, intoTopicId=rejected, token=t_staff)
    assert closed["extensions"] == {"code": "BAD_USER_INPUT", "argument": "intoTopicId"}
    merged = run(scratch_client, MERGE, topicId=small, intoTopicId=big, token=t_staff, idempotencyKey="t-merge")
    assert merged["topic"]["stage"] == "MERGED"
    q = """query($id: ID!) { node(id: $id) { ... on CouncilTopic { rejectionReason mergedInto { id }
      mergedTopics { edges { node { id } } } events { totalCount } } } }"""
    assert data(scratch_client, q, id=rejected)["node"]["rejectionReason"] == "不属于议事范围"
    assert data(scratch_client, q, id=small)["node"]["mergedInto"] == {"id": big}
    target = data(scratch_client, q, id=big)["node"]
    assert target["mergedTopics"]["edges"] == [{"node": {"id": small}}]
    assert target["events"]["totalCount"] == len(events)


def test_the_demo_council_and_its_suggestions(client: TestClient) -> None:
    q = """{ councilTopics(first: 100) { totalCount edges { node { stage outcome progress
      updates { totalCount } history { totalCount } meetings { totalCount } community { dbId } } } } }"""
    topics = [e["node"] for e in data(client, q)["councilTopics"]["edges"]]
    solved = [t for t in topics if (t["stage"], t["outcome"]) == ("REVIEWED", "SOLVED")]
    assert len(solved) == 47
    assert all(t["progress"] == 100 and t["updates"]["totalCount"] >= 2 and t["meetings"]["totalCount"] for t in solved)
    assert all(t["community"] == {"dbId": "jf"} and t["history"]["totalCount"] >= 1 for t in topics)
    assert {"PROPOSED", "ACCEPTED", "DELIBERATED", "SUPERVISED", "REOPENED", "REJECTED", "MERGED"} <= {
        t["stage"] for t in topics
    }
    stats = data(client, "{ communityStats { councilProblemsSolved disputesMediated } }")["communityStats"]
    assert stats == {"councilProblemsSolved": 47, "disputesMediated": 16}

    found = clusters(client, 3)
    assert found, "the demo has recurring events"
    assert [c["size"] for c in found] == sorted((c["size"] for c in found), reverse=True)
    for c in found:
        assert c["size"] == len(c["events"]) >= 3
        assert {e["category"] for e in c["events"]} == {c["category"]}
        assert all(e["topics"]["totalCount"] == 0 for e in c["events"])
    by_grid = clusters(client, 5, "GRID")
    assert by_grid and all(c["building"] is None for c in by_grid)
    assert by_grid[0]["size"] >= found[0]["size"]
    wrong = gql(client, SUGGEST, scope=gid("Person", "jf-p1"), min=2, by="BUILDING")["errors"][0]
    assert wrong["extensions"]["argument"] == "scope"
