"""Matching in GraphQL: a wish's candidates, a helper's suggested wishes, exclusions and match plans.

Candidates, exclusions and plans are for administrators and grid workers (a grid worker plans only the grids they
work); a helper's suggestions are also for the helper themself (a unit's for its contact).
"""

from schema.matching.candidates import suggested_wishes, wish_candidates
from schema.matching.plans import scope_of
from schema.matching.query import MatchingQuery

__all__ = ["MatchingQuery", "scope_of", "suggested_wishes", "wish_candidates"]
