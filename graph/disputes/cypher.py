"""The Cypher of dispute mediation: the case's lock and state, one write per step, the history entry."""

from __future__ import annotations

from typing import LiteralString

# Whether the actor is staff: an administrator ($admin), or a grid worker (by token, $gridWorker, and by graph) of
# the community the dispute's event happened in.
_STAFF: LiteralString = """
($admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS {
  MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
  MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c)
})) AS isStaff
"""

# The event is locked first, so two requests cannot both open a case on it.
OPEN_CONTEXT = (
    """
MATCH (e:Event {id: $eventId})
SET e._lock = true
REMOVE e._lock
WITH e
OPTIONAL MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN e.title AS title, e.description AS description, c.id AS communityId,
       head([(e)<-[:ARISES_FROM]-(d:Dispute) | d.id]) AS existing, a IS NOT NULL AS actorFound,
"""
    + _STAFF
)

# The blind write takes the case's exclusive lock before anything is read; the version numbers its history.
LOCK = (
    """
MATCH (d:Dispute {id: $disputeId})
SET d._lock = true
REMOVE d._lock
SET d.version = coalesce(d.version, COUNT { (d)<-[:OF_DISPUTE]-(:DisputeStep) }) + 1
WITH d
OPTIONAL MATCH (d)-[:ARISES_FROM]->(e:Event)
OPTIONAL MATCH (a:Person {id: $actorId})
RETURN d.status AS status, d.openedAt AS openedAt,
       COUNT { (d)-[:HAD_SESSION]->(:MediationSession) } AS sessions,
       COUNT { (d)-[:HAS_PARTY]->(:DisputeParty) } AS parties,
       a IS NOT NULL AS actorFound,
"""
    + _STAFF
)

# Appended to every write: the history entry, numbered by the case's version, and what the caller gets back.
STEP: LiteralString = """
CREATE (s:DisputeStep {id: d.id + '-h' + toString(d.version), version: d.version, action: $action,
                       fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, note: $note,
                       at: datetime()})-[:OF_DISPUTE]->(d)
RETURN d {.*} AS node, s {.*} AS step
"""

OPEN = (
    """
MATCH (e:Event {id: $eventId})
CREATE (d:Dispute {id: $disputeId, title: $title, description: $description, status: $toStatus,
                   openedAt: datetime(), version: 1})-[:ARISES_FROM]->(e)
WITH d
"""
    + STEP
)

PARTY = """
CALL () {
  MATCH (p:Person {id: $partyId}) RETURN p
  UNION
  MATCH (p:Unit {id: $partyId}) RETURN p
}
"""

PARTY_STATE = (
    """
MATCH (d:Dispute {id: $disputeId})
"""
    + PARTY
    + """
RETURN EXISTS { (d)-[:HAS_PARTY]->(:DisputeParty)-[:PARTY]->(p) } AS already
"""
)

ADD_PARTY = (
    """
MATCH (d:Dispute {id: $disputeId})
"""
    + PARTY
    + """
CREATE (d)-[:HAS_PARTY]->(:DisputeParty {id: d.id + '-p' + toString(d.version), role: $role,
                                          addedAt: datetime()})-[:PARTY]->(p)
SET d.status = $toStatus
WITH d
"""
    + STEP
)

ASSIGN_MEDIATOR = (
    """
MATCH (d:Dispute {id: $disputeId}), (o:Organization {id: $mediatorId})
CALL (d) { MATCH (d)-[r:MEDIATED_BY]->() DELETE r }
CREATE (d)-[:MEDIATED_BY {at: datetime(), by: $actorId}]->(o)
SET d.status = $toStatus
WITH d
"""
    + STEP
)

MEDIATOR_FOUND = "MATCH (o:Organization {id: $mediatorId}) RETURN o.name AS name"

RECORD_SESSION = (
    """
MATCH (d:Dispute {id: $disputeId})
CREATE (d)-[:HAD_SESSION]->(:MediationSession {id: d.id + '-m' + toString(d.version), heldOn: $heldOn,
                                                 notes: $notes, attendees: $attendees})
SET d.status = $toStatus
WITH d
"""
    + STEP
)

CLOSE = (
    """
MATCH (d:Dispute {id: $disputeId})
SET d.status = $toStatus, d.outcome = $outcome, d.agreement = $agreement, d.referredTo = $referredTo,
    d.closedAt = datetime()
WITH d
"""
    + STEP
)

FETCH = """
MATCH (d:Dispute {id: $id})
OPTIONAL MATCH (s:DisputeStep {id: $stepId})
RETURN d {.*} AS node, s {.*} AS step
"""
