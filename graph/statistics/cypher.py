"""The Cypher of the statistics: one query per family, each counting per month and for the whole period at once.

Every query starts from the scope node (a community, a grid or a party branch), one UNION branch per scope
kind, so it reads only the scope's part of the graph. Each row is counted twice, under its month ('2023-05')
and under 'total', so a period's totals (a median, distinct people) are exact, not sums of months.
"""

from __future__ import annotations

SCOPE_EXISTS = """
OPTIONAL MATCH (c:Community {id: $scopeId}) WHERE $scopeLabel = 'Community'
OPTIONAL MATCH (g:Grid {id: $scopeId}) WHERE $scopeLabel = 'Grid'
OPTIONAL MATCH (b:PartyBranch {id: $scopeId}) WHERE $scopeLabel = 'PartyBranch'
RETURN c IS NOT NULL OR g IS NOT NULL OR b IS NOT NULL AS found
"""

# A party branch's events are those its members reported or were assigned to handle.
_SCOPED_EVENTS = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(e:Event) WHERE $scopeLabel = 'Community'
  RETURN e
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(e:Event) WHERE $scopeLabel = 'Grid' RETURN e
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:REPORTED]->(e:Event) WHERE $scopeLabel = 'PartyBranch'
  RETURN e
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)<-[:ASSIGNED_TO]-(e:Event)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN e
}
"""

# Events by the month they were reported, per category and state.
EVENTS_BY_STATE = (
    _SCOPED_EVENTS
    + """
WITH e, date(e.reportedAt) AS day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, e.category AS category, e.status AS status, count(*) AS count
"""
)

# Closed events by the month they closed: hours from report to close, and whether the close met the deadline.
# The deadline is the event's own `dueAt` when the events workflow stores one; else the report time plus the
# sum of its category's stage limits (EventCategory); else plus a default limit per category.
EVENTS_CLOSED = (
    _SCOPED_EVENTS
    + """
WITH e, date(e.closedAt) AS day
WHERE e.status = 'CLOSED' AND e.reportedAt IS NOT NULL AND day IS NOT NULL
  AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
OPTIONAL CALL (e) {
  MATCH (cat:EventCategory {code: e.category})
  RETURN coalesce(cat.verifyHours, 0) + coalesce(cat.assignHours, 0) + coalesce(cat.startHours, 0)
       + coalesce(cat.resolveHours, 0) + coalesce(cat.reviewHours, 0) AS categoryHours
  LIMIT 1
}
WITH e, day, CASE WHEN categoryHours > 0 THEN categoryHours
                  ELSE coalesce($limits[e.category], $defaultHours) END AS limitHours
WITH e, day, duration.inSeconds(e.reportedAt, e.closedAt).seconds / 3600.0 AS hours,
     coalesce(e.dueAt, e.reportedAt + duration({minutes: toInteger(round(limitHours * 60))})) AS due
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS closed, percentileCont(hours, 0.5) AS medianHours,
       sum(CASE WHEN e.closedAt <= due THEN 1 ELSE 0 END) AS onTime
"""
)

# Fulfilled wishes by the month they were fulfilled; a branch's are those the branch or its members fulfilled.
WISHES_FULFILLED = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(w:Wish) WHERE $scopeLabel = 'Community'
  RETURN w
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(w:Wish) WHERE $scopeLabel = 'Grid' RETURN w
  UNION
  MATCH (:PartyBranch {id: $scopeId})-[:FULFILLED]->(w:Wish) WHERE $scopeLabel = 'PartyBranch' RETURN w
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:FULFILLED]->(w:Wish) WHERE $scopeLabel = 'PartyBranch'
  RETURN w
}
WITH w, date(coalesce(w.fulfilledAt, w.createdAt)) AS day
WHERE w.status = 'FULFILLED' AND day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS count
"""

# Council topics solved (reviewed, outcome SOLVED) by the month of their review: its time when recorded, else
# the last meeting that discussed them. A grid's are those grown from its events; a branch's, those discussed
# at meetings its members attended.
TOPICS_SOLVED = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:CouncilMeeting)-[:DISCUSSED]->(t:CouncilTopic)
  WHERE $scopeLabel = 'Community'
  RETURN t
  UNION
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(t:CouncilTopic) WHERE $scopeLabel = 'Community' RETURN t
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Event)<-[:FROM_EVENT]-(t:CouncilTopic) WHERE $scopeLabel = 'Grid' RETURN t
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)-[:ATTENDED]->(:CouncilMeeting)-[:DISCUSSED]->(t:CouncilTopic)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN t
}
WITH t WHERE t.stage = 'REVIEWED' AND t.outcome = 'SOLVED'
WITH t, coalesce(date(t.reviewedAt), COLLECT { MATCH (m:CouncilMeeting)-[:DISCUSSED]->(t) RETURN m.heldOn
                                               ORDER BY m.heldOn DESC LIMIT 1 }[0]) AS day
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(*) AS count
"""

# Services delivered: home visits, and attendances of residents at service activities (the home-visit
# campaign's attendees are the visitors, not the served). People served: distinct people visited or attending.
# A grid's services are those to its residents; a branch's, the visits its members made (activities belong
# to the community, not to a branch).
SERVICES = """
CALL () {
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)
        <-[:IN_HOUSEHOLD]-(p:Person)<-[:TO]-(v:HomeVisit)
  WHERE $scopeLabel = 'Community'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(p:Person)
        <-[:TO]-(v:HomeVisit)
  WHERE $scopeLabel = 'Grid'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:PartyBranch {id: $scopeId})<-[:MEMBER_OF]-(:Person)<-[:BY]-(v:HomeVisit)-[:TO]->(p:Person)
  WHERE $scopeLabel = 'PartyBranch'
  RETURN 'visit' AS kind, v.id AS sid, v.visitedOn AS day, p AS person
  UNION
  MATCH (:Community {id: $scopeId})<-[:IN_COMMUNITY]-(a:ServiceActivity)<-[:ATTENDED]-(p:Person)
  WHERE $scopeLabel = 'Community' AND a.kind <> 'HOME_VISIT_CAMPAIGN'
  RETURN 'attendance' AS kind, a.id AS sid, a.heldOn AS day, p AS person
  UNION
  MATCH (:Grid {id: $scopeId})<-[:IN_GRID]-(:Building)<-[:IN_BUILDING]-(:Household)<-[:IN_HOUSEHOLD]-(p:Person)
        -[:ATTENDED]->(a:ServiceActivity)
  WHERE $scopeLabel = 'Grid' AND a.kind <> 'HOME_VISIT_CAMPAIGN'
  RETURN 'attendance' AS kind, a.id AS sid, a.heldOn AS day, p AS person
}
WITH kind, day, person
WHERE day IS NOT NULL AND ($from IS NULL OR day >= $from) AND ($to IS NULL OR day <= $to)
UNWIND [substring(toString(day), 0, 7), 'total'] AS bucket
RETURN bucket, count(CASE WHEN kind = 'visit' THEN 1 END) AS homeVisits,
       count(CASE WHEN kind = 'attendance' THEN 1 END) AS attendances, count(DISTINCT person) AS peopleServed
"""
