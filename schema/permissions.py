"""Role gates of the schema layer and the acting person of a mutation: both come from the request's token."""

from __future__ import annotations

from graph.access.viewer import ADMIN, GRID_WORKER, UNIT_CONTACT, Viewer
from graph.core.errors import Forbidden
from graph.workflow import Actor
from schema.context import Info

# How a refusal names the roles it asked for.
ROLE_NAMES = {
    ADMIN: "community administrators",
    GRID_WORKER: "grid workers",
    UNIT_CONTACT: "unit contacts",
}
STAFF = (ADMIN, GRID_WORKER)


def require(info: Info, *roles: str) -> Viewer:
    """The viewer, if their token holds one of `roles`; otherwise FORBIDDEN naming the field."""
    viewer = info.context.viewer
    if not viewer.has(*roles):
        whom = " and ".join(ROLE_NAMES.get(r, r) for r in roles)
        raise Forbidden(f"`{info.field_name}` is reserved to {whom}")
    return viewer


def acting(info: Info) -> Actor:
    """Who a mutation acts as: the token's person (the graph checks they may take the step), with what the token
    grants besides: administrator, the grid-worker role, the unit a contact speaks for."""
    viewer = info.context.viewer
    if viewer.person_id is None:
        raise Forbidden(f"`{info.field_name}` acts as a person: sign in with a token that names one")
    grid_worker = viewer.has(GRID_WORKER)
    return Actor(viewer.person_id, admin=viewer.admin, grid_worker=grid_worker, unit_id=viewer.unit, viewer=viewer)
