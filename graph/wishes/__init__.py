"""Micro-wishes (微心愿): create, the lifecycle's steps, claims by people, party branches and units, the sweeps."""

from graph.wishes.lifecycle import (
    CLAIMANT_LABELS,
    DEFAULT_CAPACITY,
    SYSTEM_ACTOR,
    PlannedClaim,
    TransitionResult,
    claim,
    claim_many,
    create_wish,
    decline,
    expire_overdue,
    history,
    release,
    release_stale_claims,
    transition,
)

__all__ = [
    "CLAIMANT_LABELS",
    "DEFAULT_CAPACITY",
    "SYSTEM_ACTOR",
    "PlannedClaim",
    "TransitionResult",
    "claim",
    "claim_many",
    "create_wish",
    "decline",
    "expire_overdue",
    "history",
    "release",
    "release_stale_claims",
    "transition",
]
