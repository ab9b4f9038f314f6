"""Masking of personal data (PIPL Art. 28): sensitive values are shown whole only with full access, and each such read is audited."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from graph.access.masks import mask_inner, mask_name, mask_room
from graph.access.scopes import FULL_FIELDS, NAMED_FIELDS
from graph.access.viewer import GRID_WORKER, Viewer

# Field → how it is shown when masked; None means withheld (a date cannot be half-shown; birthYear stays).
MASKS: dict[str, Callable[[Any], Any] | None] = {
    "phone": mask_inner,
    "idNumber": mask_inner,
    "birthDate": None,
    "room": mask_room,
    "name": mask_name,
}

# Where full reads are recorded: (label, node id, field).
Recorder = Callable[[str, str, str], None]


def with_access(props: dict[str, Any], viewer: Viewer) -> dict[str, Any]:
    """Rows read without a viewer (a workflow's own results, matching candidates, coverage gaps) carry no access
    flags: administrators see them whole, staff by name, everyone else masked."""
    if "_full" in props:
        return props
    staff = viewer.admin or GRID_WORKER in viewer.roles
    return {**props, "_full": viewer.admin, "_named": staff}


def is_sensitive(label: str, field: str) -> bool:
    return field in FULL_FIELDS.get(label, ()) or field in NAMED_FIELDS.get(label, ())


def may_withhold(label: str, field: str) -> bool:
    """Some viewers get null for this field although the node has a value: sensitive, with no mask to show instead."""
    return is_sensitive(label, field) and MASKS.get(field) is None


def shown(label: str, node_id: str, props: dict[str, Any], field: str, record: Recorder) -> Any:
    """The value of `field` as this viewer may see it; full reads of "full" fields are recorded for the audit log."""
    value = props.get(field)
    if value is None:
        return None
    if field in FULL_FIELDS.get(label, ()):
        if props.get("_full"):
            record(label, node_id, field)
            return value
    elif field in NAMED_FIELDS.get(label, ()):
        if props.get("_full") or props.get("_named"):
            return value
    else:
        return value
    mask = MASKS.get(field)
    return mask(value) if mask is not None else None


def masked_fields(label: str, props: dict[str, Any]) -> list[str]:
    """The sensitive fields of this row the viewer sees masked or not at all."""
    hidden = [] if props.get("_full") else sorted(FULL_FIELDS.get(label, ()))
    if not (props.get("_full") or props.get("_named")):
        hidden += sorted(NAMED_FIELDS.get(label, ()))
    return [f for f in hidden if props.get(f) is not None]


def json_props(label: str, node_id: str, props: dict[str, Any], record: Recorder) -> dict[str, Any]:
    """A node's properties for exploration: JSON-safe, bookkeeping dropped, personal data as this viewer may see it."""
    out: dict[str, Any] = {}
    for key in props:
        if key.startswith("_") or key == "version":
            continue
        value = shown(label, node_id, props, key, record)
        if value is None:
            continue
        out[key] = value.isoformat() if isinstance(value, datetime.date | datetime.datetime) else value
    return out
