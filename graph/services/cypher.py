"""The Cypher of special-group services: coverage gaps, and the reads and writes behind the service mutations."""

from __future__ import annotations

# Special-group members with no visit to them or their household and no attended activity in [since, asOf].
# A visit to anyone of the household counts: the grid worker sees the whole family at the door.
COVERAGE_GAPS = """
MATCH (p:Person)-[:IN_SPECIAL_GROUP]->(sg:SpecialGroup)
WITH p, collect(DISTINCT sg.kind) AS groups, collect(DISTINCT sg) AS sgs
OPTIONAL MATCH (p)-[:IN_HOUSEHOLD]->(h:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(g:Grid)
WITH p, groups, sgs, head(collect(h)) AS h, head(collect(g)) AS g
WHERE $scopeLabel IS NULL
   OR ($scopeLabel = 'Grid' AND g.id = $scopeId)
   OR ($scopeLabel = 'Community' AND any(s IN sgs WHERE EXISTS { (s)-[:IN_COMMUNITY]->(:Community {id: $scopeId}) }))
WITH p, groups, h, g,
     COLLECT { MATCH (p)<-[:TO]-(v:HomeVisit) WHERE v.visitedOn <= $asOf RETURN v.visitedOn } +
     COLLECT { MATCH (h)<-[:IN_HOUSEHOLD]-(:Person)<-[:TO]-(v:HomeVisit) WHERE v.visitedOn <= $asOf RETURN v.visitedOn }
       AS visits,
     COLLECT { MATCH (p)-[:ATTENDED]->(a:ServiceActivity) WHERE a.heldOn <= $asOf RETURN a.heldOn } AS served
WITH p, groups, h, g,
     reduce(m = null, d IN visits | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastVisit,
     reduce(m = null, d IN served | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastService
WITH p, groups, h, g, lastVisit, lastService,
     reduce(m = null, d IN [x IN [lastVisit, lastService] WHERE x IS NOT NULL] |
            CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS lastContact
WHERE lastContact IS NULL OR lastContact < $since
// Never reached first, then the longest without contact: the order a grid worker should knock on doors.
ORDER BY lastContact IS NOT NULL, lastContact, p.id
WITH collect({p: p, groups: groups, h: h, g: g, lastVisit: lastVisit, lastService: lastService}) AS gaps
UNWIND ([null] + gaps[$offset..$offset + $first]) AS row
WITH size(gaps) AS total, row.p AS p, row.groups AS groups, row.h AS h, row.g AS g, row.lastVisit AS lastVisit,
     row.lastService AS lastService
RETURN total, p {.*} AS person, groups, h {.*} AS household, g {.*} AS grid, lastVisit, lastService,
       COLLECT { MATCH (w:GridWorker)-[:WORKS_GRID]->(g)
                 RETURN w {.*} ORDER BY CASE w.gridRole WHEN 'FULL_TIME' THEN 0 ELSE 1 END, w.id } AS workers
"""

# Who the actor is to the person a change is about: found, and staff of the person's community (an administrator,
# or a grid worker by token and by graph).
PERSON_CONTEXT = """
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (w:Person {id: $workerId})
WITH p, a, w,
     COLLECT { MATCH (p)-[:IN_HOUSEHOLD]->(:Household)-[:IN_BUILDING]->(:Building)-[:IN_GRID]->(:Grid)
                     -[:IN_COMMUNITY]->(c:Community) RETURN c.id AS id
               UNION
               MATCH (p)-[:IN_SPECIAL_GROUP]->(:SpecialGroup)-[:IN_COMMUNITY]->(c:Community) RETURN c.id AS id } AS cids
RETURN p IS NOT NULL AS personFound, a IS NOT NULL AS actorFound, w IS NOT NULL AS workerFound,
       cids[0] AS communityId,
       $admin OR coalesce($gridWorker AND a:GridWorker
                          AND EXISTS { MATCH (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
                                       WHERE c.id IN cids }, false) AS isStaff,
       coalesce(w:GridWorker AND EXISTS { MATCH (w)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(c:Community)
                                          WHERE c.id IN cids }, false) AS workerIsStaff
"""

NEED_PERSON = "MATCH (p:Person)-[:HAS_NEED]->(:Need {id: $needId}) RETURN p.id AS personId"

CREATE_NEED = """
MATCH (p:Person {id: $personId})
CREATE (p)-[:HAS_NEED]->(n:Need {id: $id, description: $description, source: $source, status: $status,
                                 recordedAt: datetime()})
RETURN n.id AS id
"""

SET_NEED_STATUS = "MATCH (n:Need {id: $needId}) SET n.status = $status RETURN n.id AS id"

CREATE_VISIT = """
MATCH (p:Person {id: $personId}), (w:Person {id: $workerId})
CREATE (v:HomeVisit {id: $id, visitedOn: $visitedOn, notes: $notes})
CREATE (v)-[:BY]->(w), (v)-[:TO]->(p)
RETURN v.id AS id
"""

# Where a service item, an activity or a community belongs, and whether the actor is staff there.
COMMUNITY_CONTEXT = """
OPTIONAL MATCH (a:Person {id: $actorId})
OPTIONAL MATCH (c:Community {id: $communityId})
OPTIONAL MATCH (sg:SpecialGroup {id: $groupId})-[:IN_COMMUNITY]->(gc:Community)
OPTIONAL MATCH (i:ServiceItem {id: $itemId})-[:FOR_GROUP]->(:SpecialGroup)-[:IN_COMMUNITY]->(ic:Community)
OPTIONAL MATCH (sa:ServiceActivity {id: $activityId})-[:IN_COMMUNITY]->(ac:Community)
WITH a, c, sg, i, sa, coalesce(c.id, gc.id, ac.id) AS cid, ic.id AS itemCommunity
RETURN a IS NOT NULL AS actorFound, c IS NOT NULL AS communityFound, sg IS NOT NULL AS groupFound,
       i IS NOT NULL AS itemFound, sa IS NOT NULL AS activityFound, cid AS communityId, itemCommunity,
       $admin OR coalesce($gridWorker AND a:GridWorker
                          AND EXISTS { (a)-[:WORKS_GRID]->(:Grid)-[:IN_COMMUNITY]->(:Community {id: cid}) }, false)
         AS isStaff,
       [pid IN $personIds WHERE NOT EXISTS { MATCH (:Person {id: pid}) }] AS unknownPeople
"""

CREATE_ITEM = """
MATCH (sg:SpecialGroup {id: $groupId})
CREATE (i:ServiceItem {id: $id, name: $name, frequency: $frequency, description: $description})-[:FOR_GROUP]->(sg)
RETURN i.id AS id
"""

CREATE_ACTIVITY = """
MATCH (c:Community {id: $communityId})
CREATE (a:ServiceActivity {id: $id, title: $title, kind: $kind, heldOn: $heldOn})-[:IN_COMMUNITY]->(c)
WITH a
CALL (a) { MATCH (i:ServiceItem {id: $itemId}) CREATE (a)-[:DELIVERS]->(i) }
RETURN a.id AS id
"""

# MERGE: recording someone twice leaves one attendance.
ADD_ATTENDANCE = """
MATCH (a:ServiceActivity {id: $activityId})
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})
OPTIONAL MATCH (p)-[old:ATTENDED]->(a)
MERGE (p)-[:ATTENDED]->(a)
RETURN count(old) AS already, count(p) AS recorded
"""
