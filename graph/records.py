"""Plain frozen records the graph layer returns; no driver types ever leave graph/."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["ASC", "DESC"]


@dataclass(frozen=True)
class NodeRecord:
    label: str
    id: str
    props: dict[str, Any] = field(hash=False, compare=True)

    def get(self, name: str) -> Any:
        return self.props.get(name)


@dataclass(frozen=True)
class Order:
    key: str = "id"
    direction: Direction = "ASC"


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


@dataclass(frozen=True)
class Edge:
    node: NodeRecord
    cursor: str


@dataclass(frozen=True)
class Page:
    edges: tuple[Edge, ...]
    has_next: bool
    has_previous: bool
    total: int | None = None
