"""Plain frozen records the graph layer returns; no driver types ever leave graph/."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from graph.core.cursors import Cursors

Direction = Literal["ASC", "DESC"]


@dataclass(frozen=True)
class NodeRecord:
    label: str
    id: str
    props: dict[str, Any] = field(hash=False, compare=True)
    # Relationship pages read in the same query as the node, keyed by `related_key`.
    related: Mapping[Hashable, Page] = field(default_factory=dict, hash=False, compare=False)

    def get(self, name: str) -> Any:
        return self.props.get(name)


@dataclass(frozen=True)
class SortKey:
    key: str
    direction: Direction = "ASC"


@dataclass(frozen=True)
class Order:
    """Sort keys in priority order: `key`/`direction` first, then `then`; the id breaks the remaining ties."""

    key: str = "id"
    direction: Direction = "ASC"
    then: tuple[SortKey, ...] = ()

    @property
    def keys(self) -> tuple[SortKey, ...]:
        """The keys up to the first `id`: ids are unique, so no later key ever decides."""
        found: list[SortKey] = []
        for sort in (SortKey(self.key, self.direction), *self.then):
            found.append(sort)
            if sort.key == "id":
                break
        return tuple(found)

    @property
    def values(self) -> tuple[str, ...]:
        """The keys whose values a cursor holds (the id travels beside them)."""
        return tuple(k.key for k in self.keys if k.key != "id")

    @property
    def tie_break(self) -> Direction:
        """The id's direction: the last key's (an `id` key's own)."""
        return self.keys[-1].direction

    @property
    def signature(self) -> str:
        """What a cursor is made for: the key names in order (a cursor of another ordering does not open)."""
        return ",".join(k.key for k in self.keys)


@dataclass(frozen=True)
class PageArgs:
    """Relay pagination arguments, already bounded by the caller."""

    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None

    @property
    def backward(self) -> bool:
        return self.last is not None or self.before is not None

    @property
    def size(self) -> int:
        return (self.last if self.backward else self.first) or 0


# The page a single-valued relationship (a resident's building) is read as, by its field and by the look-ahead.
ONE = PageArgs(first=1)


@dataclass(frozen=True)
class Edge:
    node: NodeRecord
    order: Order
    # The graph's cursor codec (its key is the server's): the edge seals its own cursor when asked.
    cursors: Cursors = field(compare=False, repr=False)

    @property
    def cursor(self) -> str:
        # Encoded only when asked for: most nested rows never show theirs. Every key's value, then the id.
        values = [self.node.props.get(k) for k in self.order.values]
        return self.cursors.encode(self.order.signature, values, self.node.id)


@dataclass(frozen=True)
class SensitiveUse:
    """A sensitive field a read filtered or sorted on: it counts as reading the field, so it is audited."""

    label: str
    field: str
    how: Literal["FILTER", "SORT"]


@dataclass(frozen=True)
class Page:
    edges: tuple[Edge, ...]
    has_next: bool
    has_previous: bool
    total: int | None = None
    # What the query behind this page (nested pages read inside it included) filtered or sorted on.
    sensitive: frozenset[SensitiveUse] = frozenset()


def freeze(value: Any) -> Hashable:
    """A hashable copy of a filter (nested dicts and lists), for use in keys."""
    if isinstance(value, Mapping):
        return tuple(sorted((k, freeze(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    hashable: Hashable = value
    return hashable


def related_key(rel: str, args: PageArgs, where: Mapping[str, Any] | None, order: Order, with_total: bool) -> Hashable:
    """What identifies one relationship page of a node: the field and every argument that shapes the page."""
    return (rel, args, freeze(where), order, with_total)


@dataclass(frozen=True)
class Include:
    """A relationship page to read together with every row, and the pages to read under each of its rows."""

    rel: str
    args: PageArgs
    where: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)
    order: Order = Order()
    with_total: bool = False
    children: tuple[Include, ...] = ()
    # The properties its rows are read with (their id always); None: every property.
    props: frozenset[str] | None = None

    @cached_property
    def key(self) -> Hashable:
        # Cached: every row of a page files its included pages under it.
        return related_key(self.rel, self.args, self.where, self.order, self.with_total)

    def __hash__(self) -> int:
        return hash((self.key, self.children, self.props))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Include) and (self.key, self.children, self.props) == (
            other.key,
            other.children,
            other.props,
        )


@dataclass(frozen=True)
class Rows:
    """The rows an aggregate is taken over: a root list's (its label, person role and `where`), or, with `via`
    (the parent's label and relationship field), one relationship's rows of each parent."""

    label: str
    where: Mapping[str, Any] | None = field(default=None, hash=False, compare=False)
    role: str | None = None
    via: tuple[str, str] | None = None

    @property
    def key(self) -> Hashable:
        return (self.label, self.role, self.via, freeze(self.where))


@dataclass(frozen=True)
class Summary:
    """How many rows there are, and the extremes, averages and sums of their measured properties, keyed
    `<op>_<property>` (min, max, avg, sum; null where no row has a value)."""

    count: int
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)
    # What the query filtered on among the sensitive fields (audited as a list's would be).
    sensitive: frozenset[SensitiveUse] = frozenset()


@dataclass(frozen=True)
class Group:
    """One group of rows: how many, and its key values (a property's value, or the related node's record; None for
    rows without one, or whose related node the viewer may not see)."""

    count: int
    keys: Mapping[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Groups:
    groups: tuple[Group, ...]
    sensitive: frozenset[SensitiveUse] = frozenset()
