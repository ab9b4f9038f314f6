"""Micro-wishes (微心愿): create, the lifecycle's steps, claims by people, party branches and units, the sweeps."""

from graph.wishes.claims import (
    DEFAULT_CAPACITY,
    PlannedClaim,
    claim,
    claim_many,
    decline,
    release,
    release_stale_claims,
)
from graph.wishes.flow import CLAIMANT_LABELS, FLOW, MACHINE, OCCUPYING, claim_target
from graph.wishes.lifecycle import create_wish, expire_overdue, history, transition
from graph.wishes.loads import Mismatch as LoadMismatch
from graph.wishes.loads import check as check_loads
from graph.wishes.loads import rebuild as rebuild_loads

__all__ = [
    "CLAIMANT_LABELS",
    "DEFAULT_CAPACITY",
    "FLOW",
    "MACHINE",
    "OCCUPYING",
    "LoadMismatch",
    "PlannedClaim",
    "check_loads",
    "claim",
    "claim_many",
    "claim_target",
    "create_wish",
    "decline",
    "expire_overdue",
    "history",
    "rebuild_loads",
    "release",
    "release_stale_claims",
    "transition",
]
