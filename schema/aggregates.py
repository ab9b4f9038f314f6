"""Aggregates on connections: the rows a connection stands for, and the resolvers behind the generated aggregate types
(schema/codegen/aggregates.py). The figures come from graph/reads/aggregates.py, scoped as the list is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from strawberry.types.base import get_object_definition
from strawberry.utils.str_converters import to_camel_case

from graph.core.records import Rows, Summary
from graph.reads import aggregates
from schema.context import Info
from schema.errors import user_error

T = TypeVar("T")

# Label → (Python attribute, group key, how a value is shown: an enum, a related node's type, None as is); the
# generated module fills it.
GROUP_FIELDS: dict[str, tuple[tuple[str, str, Callable[[Any], Any] | None], ...]] = {}


@dataclass(frozen=True)
class Source:
    """The rows behind a connection, whatever its page: a root list's, or one parent's relationship rows."""

    rows: Rows
    parent: str | None = None


def source_of(source: Source | None) -> Source:
    if source is None:
        raise RuntimeError("this connection was built without the rows it stands for: pass `source=`")
    return source


async def summary(source: Source, info: Info) -> Summary:
    """The count, extremes, averages and sums: every field of one aggregate (and of its siblings') from one query."""
    return await info.context.summary_loader(source.rows).load(source.parent)


def values(kind: type[T], found: Summary, op: str) -> T:
    """`kind` (a generated value type) holding the `op` figure of each of its properties."""
    definition = get_object_definition(kind, strict=True)
    return kind(**{f.python_name: found.values.get(f"{op}_{to_camel_case(f.python_name)}") for f in definition.fields})


async def groups(source: Source, info: Info, keys: Sequence[str], first: int, kind: Callable[..., T]) -> list[T]:
    """The `first` groups by `keys` (checked: known, at most MAX_GROUP_KEYS) with most rows, each as `kind`."""
    wanted = aggregates.check_keys(source.rows.label, keys)
    cap = info.context.max_page_size
    if not 0 <= first <= cap:
        raise user_error(f"`first` must be between 0 and {cap}", "first")
    found = await info.context.groups_loader(source.rows, wanted, first).load(source.parent)
    shown = [f for f in GROUP_FIELDS[source.rows.label] if f[1] in wanted]
    return [
        kind(count=g.count, **{a: _show(g.keys.get(key), convert) for a, key, convert in shown}) for g in found.groups
    ]


def _show(value: Any, convert: Callable[[Any], Any] | None) -> Any:
    return value if value is None or convert is None else convert(value)
