"""An administrator's event categories (with their SLA limits) and the departments events can be assigned to."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping

from graph.core.db import Graph
from graph.core.errors import InvalidInput, NotFound
from graph.core.migrations import category_row
from graph.core.model import CATEGORY_LIMITS
from graph.core.records import NodeRecord

CODE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")

ADD_CATEGORY = """
CREATE (c:EventCategory {id: $id, code: $code, name: $name, builtIn: false})
SET c += $limits
RETURN c {.*} AS category
"""

ADD_DEPARTMENT = """
MATCH (c:Community {id: $communityId})
CREATE (d:Department {id: $id, name: $name, phone: $phone})-[:IN_COMMUNITY]->(c)
RETURN d {.*} AS department
"""


async def add_category(graph: Graph, *, code: str, name: str, limits: Mapping[str, float]) -> NodeRecord:
    """An administrator's new category; every stage limit is required and positive. A taken code is a Conflict."""
    if not CODE.match(code):
        raise InvalidInput("code is 2-40 capital letters, digits or underscores, starting with a letter", "code")
    if not name.strip():
        raise InvalidInput("a category needs a name", "name")
    missing = [limit for limit in CATEGORY_LIMITS if limits.get(limit) is None]
    if missing:
        raise InvalidInput(f"missing limits: {', '.join(missing)}", "limits")
    if any(limits[limit] <= 0 for limit in CATEGORY_LIMITS):
        raise InvalidInput("every limit must be more than 0 hours", "limits")
    row = category_row(code, name.strip(), [limits[limit] for limit in CATEGORY_LIMITS], False)
    limit_values = {k: v for k, v in row.items() if k in CATEGORY_LIMITS}
    rows = await graph.write(ADD_CATEGORY, id=row["id"], code=code, name=row["name"], limits=limit_values)
    return NodeRecord("EventCategory", row["id"], rows[0]["category"])


async def add_department(graph: Graph, *, community_id: str, name: str, phone: str | None = None) -> NodeRecord:
    """A government department or service that events can be assigned to (城管, 消防, 民政 …)."""
    if not name.strip():
        raise InvalidInput("a department needs a name", "name")
    dept_id = f"{community_id}-dept-{uuid.uuid4().hex[:10]}"
    rows = await graph.write(ADD_DEPARTMENT, communityId=community_id, id=dept_id, name=name.strip(), phone=phone)
    if not rows:
        raise NotFound(f"no community {community_id!r}", "communityId")
    return NodeRecord("Department", dept_id, rows[0]["department"])
