"""Description texts many inputs share: one wording for the same thing everywhere in the contract."""

from __future__ import annotations

IDEMPOTENCY_KEY = (
    "Any string unique to this request of yours (e.g. a UUID). Sending it again returns the first result "
    "(`replayed: true`) and changes nothing; reusing it for a different request is IDEMPOTENCY_KEY_REUSED. "
    "Null: no replay protection."
)
NOTE = "Free text kept in the step's history entry; the reason where the step needs one."
