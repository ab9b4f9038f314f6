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

__all__ = [
    "CLAIMANT_LABELS",
    "DEFAULT_CAPACITY",
    "FLOW",
    "MACHINE",
    "OCCUPYING",
    "PlannedClaim",
    "claim",
    "claim_many",
    "claim_target",
    "create_wish",
    "decline",
    "expire_overdue",
    "history",
    "release",
    "release_stale_claims",
    "transition",
]
