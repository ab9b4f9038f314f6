"""Who can fulfil which wish and why: the candidate pool, scores, paths, and the best plan for all open wishes."""

from graph.matching.explanations import Explanation, GraphPath, PathEdge, PathNode, explain, paths
from graph.matching.features import WishState
from graph.matching.plans import SCOPES as PLAN_SCOPES
from graph.matching.plans import Plan
from graph.matching.plans import apply as apply_plan
from graph.matching.plans import authorize as authorize_plan
from graph.matching.plans import compute as compute_plan
from graph.matching.pool import Candidate, Pool, helper_pool, wish_pool
from graph.matching.scoring import DISTANCE_VALUES, WEIGHTS, Exclusion, Factor, Features, Scored, score
from graph.matching.skillpools import rebuild as rebuild_skill_pools
from graph.matching.solver import Need, Outcome, greedy, optimal

__all__ = [
    "DISTANCE_VALUES",
    "PLAN_SCOPES",
    "WEIGHTS",
    "Candidate",
    "Exclusion",
    "Explanation",
    "Factor",
    "Features",
    "GraphPath",
    "Need",
    "Outcome",
    "PathEdge",
    "PathNode",
    "Plan",
    "Pool",
    "Scored",
    "WishState",
    "apply_plan",
    "authorize_plan",
    "compute_plan",
    "explain",
    "greedy",
    "helper_pool",
    "optimal",
    "paths",
    "rebuild_skill_pools",
    "score",
    "wish_pool",
]
