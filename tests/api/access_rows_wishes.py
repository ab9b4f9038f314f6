"""Rows of the mutation access matrix for wishes: wishes brought to a status, a match plan, the sweeps."""

from __future__ import annotations

from typing import Any

from graph import matching, wishes
from graph.access import scopes
from graph.access.viewer import GRID_WORKER, Viewer
from graph.core.db import Graph
from graph.workflow import Actor
from tests.api.access_world import Prepare, Prepared, Row, World
from tests.api.gql import gid

WISH_ORDER = ("SUBMITTED", "VERIFIED", "PUBLISHED", "CLAIMED", "IN_PROGRESS")


async def wish_in(g: Graph, w: World, status: str) -> str:
    """A new wish of the resident, taken to `status` by the grid worker (and the helper, who claims it)."""
    made = await wishes.create_wish(
        g,
        Actor(w.resident),
        requester_id=w.resident,
        title="换灯泡",
        category="REPAIR",
    )
    wish_id = made.node.id
    reached = WISH_ORDER[: WISH_ORDER.index(status) + 1]
    if "VERIFIED" in reached:
        await wishes.transition(g, Actor(w.worker), wish_id=wish_id, action="verify")
    if "PUBLISHED" in reached:
        await wishes.transition(g, Actor(w.worker), wish_id=wish_id, action="publish")
    if "CLAIMED" in reached:
        await wishes.claim(g, Actor(w.helper), wish_id=wish_id, claimant_id=w.helper)
    if "IN_PROGRESS" in reached:
        await wishes.transition(g, Actor(w.helper), wish_id=wish_id, action="start")
    return wish_id


def wish_step(status: str, **extra: Any) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        wish_id = await wish_in(g, w, status)
        return {"input": {"wishId": gid("Wish", wish_id), **extra}}, wish_id

    return prepare


def wish_claim(status: str) -> Prepare:
    async def prepare(g: Graph, w: World) -> Prepared:
        wish_id = await wish_in(g, w, status)
        return {"input": {"wishId": gid("Wish", wish_id), "claimantId": gid("Person", w.helper)}}, wish_id

    return prepare


async def create_wish(g: Graph, w: World) -> Prepared:
    return {"input": {"requesterId": gid("Person", w.resident), "title": "修门锁", "category": "REPAIR"}}, None


async def overdue_wish(g: Graph, w: World) -> Prepared:
    wish_id = await wish_in(g, w, "SUBMITTED")
    await g.write("MATCH (x:Wish {id: $id}) SET x.deadline = date('2020-01-01')", id=wish_id)
    return {"input": {"wishId": gid("Wish", wish_id)}}, wish_id


async def match_plan(g: Graph, w: World) -> Prepared:
    await wish_in(g, w, "PUBLISHED")
    # The plan as W (who applies it) sees it: a plan is computed over the wishes and helpers its viewer may see.
    viewer = await scopes.resolve(g, Viewer(w.worker, frozenset({GRID_WORKER})))
    plan = await matching.compute_plan(g, "Grid", w.grid, viewer=viewer)
    return {"input": {"scope": gid("Grid", w.grid), "fingerprint": plan.fingerprint}}, None


async def nothing(g: Graph, w: World) -> Prepared:
    return {}, None


WISH_ROWS: dict[str, Row] = {
    # Wishes: staff are the grid workers of the wish's community; the requester withdraws; helpers act for claims.
    "createWish": Row(create_wish, "R2", "R"),
    "verifyWish": Row(wish_step("SUBMITTED"), "R", "W"),
    "rejectWish": Row(wish_step("SUBMITTED", note="不属于微心愿"), "R", "W"),
    "publishWish": Row(wish_step("VERIFIED"), "R", "W"),
    "confirmWish": Row(wish_step("CLAIMED"), "H", "R"),
    "startWish": Row(wish_step("CLAIMED"), "R", "H"),
    "cancelWish": Row(wish_step("SUBMITTED"), "R", "W"),
    "withdrawWish": Row(wish_step("SUBMITTED"), "W", "R"),
    "expireWish": Row(overdue_wish, "R", "W"),
    "fulfilWish": Row(wish_step("IN_PROGRESS", evidence="修好了"), "R", "H"),
    "claimWish": Row(wish_claim("PUBLISHED"), "R2", "H"),
    "releaseWishClaim": Row(wish_claim("CLAIMED"), "R2", "H"),
    "declineWish": Row(wish_claim("PUBLISHED"), "R2", "H"),
    "applyMatchPlan": Row(match_plan, "R", "W"),
    "expireOverdueWishes": Row(nothing, "W", "ADMIN"),
    "releaseStaleClaims": Row(nothing, "W", "ADMIN"),
}
