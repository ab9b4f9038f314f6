"""Community statistics, each figure counted from the graph by Cypher (never stored as a number)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from graph.core.db import Graph
from graph.core.errors import InvalidInput
from graph.core.model import ELDERLY_AGE


@dataclass(frozen=True)
class CommunityStats:
    community_id: str
    party_branches: int
    party_members: int
    grid_workers: int
    school_grids: int
    co_building_units: int
    wishes_fulfilled: int
    council_problems_solved: int
    urgent_problems_solved: int
    disputes_mediated: int
    children_in_after_school_classes: int
    birthday_parties: int
    elderly_birthday_attendances: int


# Each figure is one COUNT subquery anchored on the community, so one round trip returns all twelve.
COMMUNITY_STATS = """
MATCH (c:Community)
WHERE $communityId IS NULL OR c.id = $communityId
WITH c ORDER BY c.id LIMIT 2
RETURN c.id AS communityId,
  COUNT { (c)<-[:IN_COMMUNITY]-(:PartyCommittee)<-[:UNDER]-(:PartyBranch) } AS partyBranches,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(:PartyCommittee)<-[:UNDER]-(:PartyBranch)<-[:MEMBER_OF]-(p:PartyMember)
          RETURN DISTINCT p } AS partyMembers,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(:Grid)<-[:WORKS_GRID]-(w:GridWorker) RETURN DISTINCT w } AS gridWorkers,
  COUNT { (c)<-[:IN_COMMUNITY]-(:Grid {kind: 'SCHOOL'}) } AS schoolGrids,
  COUNT { MATCH (c)<-[:WITH]-(:Agreement)<-[:SIGNED]-(u:Unit) RETURN DISTINCT u } AS coBuildingUnits,
  COUNT { (c)<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(:Wish {status: 'FULFILLED'}) } AS wishesFulfilled,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(:CouncilMeeting)-[:DISCUSSED]->(t:CouncilTopic {stage: 'REVIEWED', outcome: 'SOLVED'})
          RETURN DISTINCT t } AS councilProblemsSolved,
  COUNT { (c)<-[:IN_COMMUNITY]-(:ServiceActivity {kind: 'HOME_VISIT_CAMPAIGN'})<-[:RAISED_IN]-(:Event {urgent: true, status: 'CLOSED'})
        } AS urgentProblemsSolved,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(:Grid)<-[:IN_GRID]-(:Event)<-[:ARISES_FROM]-(d:Dispute {outcome: 'AGREEMENT_REACHED'})
          RETURN DISTINCT d } AS disputesMediated,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(a:ServiceActivity)<-[:ATTENDED]-(child:Person)
          WHERE a.kind IN ['AFTER_SCHOOL_CLASS', 'HOLIDAY_CLASS'] RETURN DISTINCT child } AS childrenInAfterSchoolClasses,
  COUNT { (c)<-[:IN_COMMUNITY]-(:ServiceActivity {kind: 'BIRTHDAY_PARTY'}) } AS birthdayParties,
  COUNT { MATCH (c)<-[:IN_COMMUNITY]-(a:ServiceActivity {kind: 'BIRTHDAY_PARTY'})<-[:ATTENDED]-(p:Person)
          WHERE date(a.heldOn).year - p.birthYear >= $elderlyAge } AS elderlyBirthdayAttendances
"""


class AmbiguousCommunity(InvalidInput):
    def __init__(self) -> None:
        super().__init__("several communities exist: pass communityId", "communityId")


async def community_stats(graph: Graph, community_id: str | None) -> CommunityStats | None:
    """The figures of one community; without an id, of the only community there is."""
    rows = await graph.read(COMMUNITY_STATS, communityId=community_id, elderlyAge=ELDERLY_AGE)
    if len(rows) > 1:
        raise AmbiguousCommunity()
    if not rows:
        return None
    row = rows[0]
    return CommunityStats(**{f.name: row[_camel(f.name)] for f in fields(CommunityStats)})


def _camel(snake: str) -> str:
    head, *rest = snake.split("_")
    return head + "".join(part.title() for part in rest)
