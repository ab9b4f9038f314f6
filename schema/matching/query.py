"""The matching queries: a scope's match plan and the explanation of an exclusion (staff only)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from graph import matching
from graph.matching import Exclusion as ExclusionRule
from graph.matching import score
from schema.context import Info
from schema.errors import NOT_FOUND, user_error
from schema.matching.candidates import Factor
from schema.matching.plans import ExclusionExplanation, MatchPlan, plan_type, scope_of
from schema.permissions import STAFF, acting, require
from schema.relay import own_id, to_global_id


@strawberry.type
class MatchingQuery:
    @strawberry.field(
        description="The best assignment of all open wishes of a community or grid to helpers (administrators, and "
        "grid workers of the scope), computed over the wishes and helpers the viewer may see."
    )
    async def match_plan(
        self,
        info: Info,
        scope: Annotated[
            strawberry.ID,
            strawberry.argument(description="The Community or Grid to plan for (global or own id)."),
        ],
    ) -> MatchPlan:
        viewer = require(info, *STAFF)
        label, scope_id = await scope_of(info, scope)
        if not viewer.admin:
            await matching.authorize_plan(info.context.graph, acting(info), label, scope_id)
        return plan_type(
            to_global_id(label, scope_id),
            await matching.compute_plan(info.context.graph, label, scope_id, viewer=viewer),
        )

    @strawberry.field(
        description="Which hard constraint, checked in order, keeps this helper off this wish (both as the viewer may "
        "see them: a hidden wish or helper is NOT_FOUND, as a missing one)."
    )
    async def explain_exclusion(
        self,
        info: Info,
        wish_id: Annotated[strawberry.ID, strawberry.argument(description="The wish (global or own id).")],
        helper_id: Annotated[
            strawberry.ID, strawberry.argument(description="The helper: a Person or Unit (global or own id).")
        ],
    ) -> ExclusionExplanation:
        viewer = require(info, *STAFF)
        wish = own_id(wish_id, ("Wish",), "wishId")
        helper = own_id(helper_id, ("Person", "Unit"), "helperId")
        found = await matching.explain(info.context.graph, wish, helper, viewer=viewer)
        # A wish or helper the viewer may not see reads exactly as one that does not exist.
        if not found.wish_found:
            raise user_error(f"no wish {wish!r}", "wishId", code=NOT_FOUND)
        if found.features is None:
            raise user_error(f"no helper {helper!r}", "helperId", code=NOT_FOUND)
        rule = ExclusionRule[found.excluded_by] if found.excluded_by else None
        scored = None if rule else score(found.features)
        return ExclusionExplanation(
            excluded=rule is not None,
            constraint=rule,
            message=rule.value if rule else None,
            score=scored.score if scored else None,
            factors=[Factor.of(f) for f in scored.factors] if scored else [],
        )
