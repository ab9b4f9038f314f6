"""The Cypher of the residents' council: meetings, the topic's lock and stage, one write per step, suggestions."""

from __future__ import annotations

from typing import LiteralString

# The actor: found, and staff of the community (an administrator, or a grid worker by token and by graph).
_ACTOR: LiteralString = """
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN a IS NOT NULL AS actorFound,
       ($admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
                   AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) })) AS isStaff,
"""

COMMUNITY_CONTEXT = (
    """
MATCH (c:Community {id: $communityId})
"""
    + _ACTOR
    + """
       [x IN $eventIds WHERE NOT EXISTS { MATCH (:Event {id: x})-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c) }]
         AS foreignEvents
"""
)

SCHEDULE = """
MATCH (c:Community {id: $communityId})
CREATE (m:CouncilMeeting {id: $meetingId, title: $title, heldOn: $heldOn, place: $place})-[:IN_COMMUNITY]->(c)
RETURN m {.*} AS node, null AS step
"""

LOCK_MEETING = (
    """
MATCH (m:CouncilMeeting {id: $meetingId})
SET m._lock = true
REMOVE m._lock
WITH m
OPTIONAL MATCH (m)-[:IN_COMMUNITY]->(c:Community)
"""
    + _ACTOR
    + """
       [x IN $personIds WHERE NOT EXISTS { MATCH (:Person {id: x}) }] AS unknownPeople,
       [x IN $organizationIds WHERE NOT EXISTS { MATCH (:Organization {id: x}) }] AS unknownOrganizations
"""
)

ATTEND = """
MATCH (m:CouncilMeeting {id: $meetingId})
CALL (m) { UNWIND $personIds AS x MATCH (p:Person {id: x}) MERGE (p)-[:ATTENDED]->(m) }
CALL (m) { UNWIND $organizationIds AS x MATCH (o:Organization {id: x}) MERGE (o)-[:ATTENDED]->(m) }
RETURN m {.*} AS node, null AS step
"""

# The blind write takes the topic's exclusive lock before anything is read; the version numbers its history.
LOCK_TOPIC = (
    """
MATCH (t:CouncilTopic {id: $topicId})
SET t._lock = true
REMOVE t._lock
SET t.version = coalesce(t.version, COUNT { (t)<-[:OF_TOPIC]-(:TopicStep) }) + 1
WITH t
OPTIONAL MATCH (t)-[:IN_COMMUNITY]->(c:Community)
"""
    + _ACTOR
    + """
       t.stage AS stage, coalesce(t.progress, 0) AS progress, c.id AS communityId
"""
)

# Locked after the merged topic; a cycle of two merges deadlocks, which the driver retries and the state refuses.
LOCK_TARGET = """
MATCH (x:CouncilTopic {id: $intoId})
SET x._lock = true
REMOVE x._lock
RETURN x.stage AS stage, EXISTS { (x)-[:IN_COMMUNITY]->(:Community {id: $communityId}) } AS sameCommunity
"""

MEETING_OF = """
MATCH (m:CouncilMeeting {id: $meetingId})
RETURN EXISTS { (m)-[:IN_COMMUNITY]->(:Community {id: $communityId}) } AS sameCommunity
"""

PERSON_FOUND = "MATCH (p:Person {id: $ownerId}) RETURN p.id AS id"

STEP: LiteralString = """
CREATE (s:TopicStep {id: t.id + '-h' + toString(t.version), version: t.version, action: $action,
                     fromStage: $fromStage, toStage: $toStage, actorId: $actorId, note: $note,
                     at: datetime()})-[:OF_TOPIC]->(t)
RETURN t {.*} AS node, s {.*} AS step
"""

# Every step may name the meeting that took it: the topic is then one that meeting discussed.
_MEETING: LiteralString = """
SET t.stage = $toStage
WITH t
CALL (t) { MATCH (m:CouncilMeeting {id: $meetingId}) MERGE (m)-[:DISCUSSED]->(t) }
WITH t
"""

PROPOSE = (
    """
MATCH (c:Community {id: $communityId}), (a:Person {id: $actorId})
CREATE (a)-[:PROPOSED]->(t:CouncilTopic {id: $topicId, title: $title, description: $description,
                                         category: $category, proposedAt: datetime(), version: 1})
       -[:IN_COMMUNITY]->(c)
WITH t
CALL (t) { UNWIND $eventIds AS x MATCH (e:Event {id: x}) CREATE (t)-[:FROM_EVENT]->(e) }
"""
    + _MEETING
    + STEP
)

ACCEPT = (
    """
MATCH (t:CouncilTopic {id: $topicId})
"""
    + _MEETING
    + STEP
)

REJECT = (
    """
MATCH (t:CouncilTopic {id: $topicId})
SET t.rejectionReason = $note
"""
    + _MEETING
    + STEP
)

MERGE_INTO = (
    """
MATCH (t:CouncilTopic {id: $topicId}), (x:CouncilTopic {id: $intoId})
CREATE (t)-[:MERGED_INTO {at: datetime(), by: $actorId}]->(x)
WITH t, x
CALL (t, x) { MATCH (t)-[:FROM_EVENT]->(e:Event) MERGE (x)-[:FROM_EVENT]->(e) }
"""
    + _MEETING
    + STEP
)

DELIBERATE = (
    """
MATCH (t:CouncilTopic {id: $topicId}), (o:Person {id: $ownerId})
CALL (t) { MATCH (t)-[r:OWNED_BY]->() DELETE r }
CREATE (t)-[:OWNED_BY]->(o)
SET t.decision = $decision, t.deadline = $deadline, t.progress = coalesce(t.progress, 0)
"""
    + _MEETING
    + STEP
)

SUPERVISE = (
    """
MATCH (t:CouncilTopic {id: $topicId})
CREATE (t)-[:HAS_UPDATE]->(:TopicUpdate {id: t.id + '-u' + toString(t.version), at: $at, progress: $progress,
                                          note: $note})
SET t.progress = $progress
"""
    + _MEETING
    + STEP
)

REVIEW = (
    """
MATCH (t:CouncilTopic {id: $topicId})
SET t.outcome = $outcome, t.reviewedAt = datetime()
"""
    + _MEETING
    + STEP
)

FETCH_TOPIC = """
MATCH (t:CouncilTopic {id: $id})
OPTIONAL MATCH (s:TopicStep {id: $stepId})
RETURN t {.*} AS node, s {.*} AS step
"""

FETCH_MEETING = "MATCH (m:CouncilMeeting {id: $id}) RETURN m {.*} AS node, null AS step"

# Events of one category at one place (a building, or a grid when $byBuilding is false) that no topic covers.
_CLUSTERS: LiteralString = """
WHERE ($since IS NULL OR e.reportedAt >= $since) AND e.status <> 'INVALID'
  AND NOT EXISTS { (e)<-[:FROM_EVENT]-(:CouncilTopic) }
OPTIONAL MATCH (e)-[:AT_BUILDING]->(b:Building)
WITH e, g, CASE WHEN $byBuilding THEN b END AS place
ORDER BY e.reportedAt DESC, e.id
WITH e.category AS category, g, place, collect(e {.*}) AS events
WHERE size(events) >= $minEvents
RETURN category, g {.*} AS grid, place {.*} AS building, events, size(events) AS size
ORDER BY size DESC, category, grid.id, building.id
LIMIT $limit
"""

SUGGEST: dict[str, LiteralString] = {
    "Community": """
MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(g:Grid)<-[:IN_GRID]-(e:Event)
"""
    + _CLUSTERS,
    "Grid": """
MATCH (g:Grid {id: $scopeId})<-[:IN_GRID]-(e:Event)
"""
    + _CLUSTERS,
}

SCOPE_FOUND: dict[str, LiteralString] = {
    "Community": "MATCH (n:Community {id: $scopeId}) RETURN n.id AS id",
    "Grid": "MATCH (n:Grid {id: $scopeId}) RETURN n.id AS id",
}
