"""The Cypher of the event lifecycle: categories, the report, the event's lock, one generic step write, reads."""

from __future__ import annotations

from typing import LiteralString

ADD_CATEGORY = """
CREATE (c:EventCategory {id: $id, code: $code, name: $name, builtIn: false})
SET c += $limits
RETURN c {.*} AS category
"""

ADD_DEPARTMENT = """
MATCH (c:Community {id: $communityId})
CREATE (d:Department {id: $id, name: $name, phone: $phone})-[:IN_COMMUNITY]->(c)
RETURN d {.*} AS department
"""

# Everything a report needs to know, read before anything is written: who, where, which category.
REPORT_CONTEXT = """
OPTIONAL MATCH (r:Person {id: $reporterId})
OPTIONAL MATCH (b:Building {id: $buildingId})-[:IN_GRID]->(bg:Grid)
OPTIONAL MATCH (g:Grid {id: coalesce($gridId, bg.id)})
OPTIONAL MATCH (g)-[:IN_COMMUNITY]->(c:Community)
OPTIONAL MATCH (k:EventCategory {code: $category})
RETURN r IS NOT NULL AS reporterFound, b IS NOT NULL AS buildingFound, bg.id AS buildingGridId,
       g.id AS gridId, c.id AS communityId, k {.*} AS category
LIMIT 1
"""

# Open events of the same category in the grid, the same building first: what the new report may repeat.
SUGGEST_DUPLICATES = """
MATCH (o:Event {category: $category})-[:IN_GRID]->(:Grid {id: $gridId})
WHERE o.status IN $open AND o.id <> $eventId
WITH o, $buildingId IS NOT NULL AND EXISTS { (o)-[:AT_BUILDING]->(:Building {id: $buildingId}) } AS sameBuilding
ORDER BY sameBuilding DESC, o.reportedAt DESC, o.id
LIMIT $limit
RETURN o.id AS id
"""

# Appended to every write: the history entry, numbered by the event's version, and the ids the caller reads.
STEP: LiteralString = """
CREATE (s:EventStep {id: e.id + '-s' + toString(e.version), version: e.version, action: $action,
                     fromStatus: $fromStatus, toStatus: $toStatus, actorId: $actorId, subjectId: $subjectId,
                     note: $note, at: $now})-[:OF_EVENT]->(e)
RETURN e.id AS eventId, s.id AS stepId
"""

REPORT = (
    """
MATCH (r:Person {id: $reporterId}), (g:Grid {id: $gridId})
CREATE (r)-[:REPORTED]->(e:Event {id: $eventId, version: 1})-[:IN_GRID]->(g)
SET e += $fields
WITH e
CALL (e) { MATCH (b:Building {id: $buildingId}) CREATE (e)-[:AT_BUILDING]->(b) }
"""
    + STEP
)

# The first write on the event: its exclusive lock serialises every step, so all read after it is current.
# A blind write takes it (as for wishes: an increment first reads before it locks, and queued steps deadlocked).
# Staff are administrators ($admin) and grid workers of the event's community, by token ($gridWorker) and by graph.
LOCK_EVENT = """
MATCH (e:Event {id: $eventId})
SET e._lock = true
REMOVE e._lock
SET e.version = coalesce(e.version, 0) + 1
WITH e
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (k:EventCategory {code: e.category})
RETURN e {.*} AS event, k {.*} AS category,
       a IS NOT NULL AS actorFound,
       a IS NOT NULL AND EXISTS { (a)-[:REPORTED]->(e) } AS isReporter,
       $admin OR ($gridWorker AND a IS NOT NULL AND a:GridWorker
         AND EXISTS {
           MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
           MATCH (e)-[:IN_GRID]->(:Grid)-[:IN_COMMUNITY]->(c)
         }) AS isStaff,
       $gridWorker AND a IS NOT NULL AND a:GridWorker AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)<-[:IN_GRID]-(e) }
         AS isGridWorker,
       (a IS NOT NULL AND EXISTS { (e)-[:ASSIGNED_TO]->(a) }) OR EXISTS { (e)-[:ASSIGNED_TO]->(:Unit {id: $actorUnit}) }
         AS isHandler
"""

# A handler is a grid worker, a unit or a department; the label comes back so the write can name it.
HANDLER = """
CALL () {
  MATCH (h:Person {id: $handlerId}) WHERE h:GridWorker RETURN h, 'Person' AS label
  UNION
  MATCH (h:Unit {id: $handlerId}) RETURN h, 'Unit' AS label
  UNION
  MATCH (h:Department {id: $handlerId}) RETURN h, 'Department' AS label
}
MATCH (e:Event {id: $eventId})
RETURN label, EXISTS { (e)-[:ASSIGNED_TO]->(h) } AS current
"""

ORIGINAL = """
MATCH (o:Event {id: $otherId})
RETURN o.status AS status, head([(o)-[:DUPLICATE_OF]->(x:Event) | x.id]) AS originalId
"""

# One write for every step: the properties the step sets, and the relationships it replaces or adds.
APPLY = (
    """
MATCH (e:Event {id: $eventId})
SET e += $fields
WITH e
CALL (e) { MATCH (e)-[r:ASSIGNED_TO]->() WHERE $handlerLabel IS NOT NULL DELETE r }
CALL (e) {
  MATCH (h:Person {id: $handlerId}) WHERE $handlerLabel = 'Person'
  CREATE (e)-[:ASSIGNED_TO {at: $now, by: $actorId}]->(h)
}
CALL (e) {
  MATCH (h:Unit {id: $handlerId}) WHERE $handlerLabel = 'Unit'
  CREATE (e)-[:ASSIGNED_TO {at: $now, by: $actorId}]->(h)
}
CALL (e) {
  MATCH (h:Department {id: $handlerId}) WHERE $handlerLabel = 'Department'
  CREATE (e)-[:ASSIGNED_TO {at: $now, by: $actorId}]->(h)
}
CALL (e) {
  MATCH (o:Event {id: $duplicateOfId})
  CREATE (e)-[:DUPLICATE_OF {at: $now, by: $actorId}]->(o)
}
"""
    + STEP
)

RESULT = """
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (s:EventStep {id: $stepId})
CALL (e) {
  OPTIONAL MATCH (o:Event) WHERE o.id IN $duplicateIds
  RETURN collect(o {.*}) AS duplicates
}
RETURN e {.*} AS event, s {.*} AS step, duplicates
"""

HISTORY = """
MATCH (s:EventStep)-[:OF_EVENT]->(:Event {id: $eventId})
RETURN s {.*} AS step
ORDER BY s.version
"""
