"""The typed per-request context: the graph handle and the request's batched loaders."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.types import Info as StrawberryInfo

from graph import matching
from graph.access.viewer import ANONYMOUS, Viewer
from graph.core.db import Graph
from graph.core.records import (
    Groups,
    Include,
    NodeRecord,
    Order,
    Page,
    PageArgs,
    Rows,
    SensitiveUse,
    Summary,
    related_key,
)
from graph.matching import Candidate, GraphPath
from graph.reads import aggregates, ids, nodes
from graph.reads.filters import Where
from graph.workflow import Broker

# The figures an aggregate loader hands out, per parent.
A = TypeVar("A", Summary, Groups)


@dataclass
class Context:
    graph: Graph
    viewer: Viewer = ANONYMOUS
    max_page_size: int = 100
    stale_claim_hours: int = 72
    event_reopen_days: int = 7
    # Longest span of dates an argument pair may cover (statistics, coverage gaps).
    max_date_range_days: int = 3653
    # Where status changes are published and subscribed to (None: nothing published, no subscriptions).
    broker: Broker | None = None
    # A websocket's connection_init payload (Strawberry sets it); the token may come in it.
    connection_params: dict[str, Any] | None = None
    # Subscriptions are served over a websocket only; the API says which transport a request came by.
    websocket: bool = False
    # When a websocket's sign-in ends (its token's `exp`, seconds since the epoch): the API closes it then.
    expires_at: float | None = None
    # The language of error messages, from the request's Accept-Language (schema/messages.py): "en" or "zh".
    language: str = "en"
    _loaders: dict[Hashable, DataLoader[Any, Any]] = field(default_factory=dict)
    # Sensitive fields read in full during this request: (label, id) → fields; the audit log gets them at the end.
    full_reads: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # Sensitive fields this request filtered or sorted on: they count as reads, and are audited too.
    sensitive_uses: set[SensitiveUse] = field(default_factory=set)

    def record_full_read(self, label: str, node_id: str, field_name: str) -> None:
        self.full_reads.setdefault((label, node_id), set()).add(field_name)

    def for_operation(self) -> Context:
        """A websocket connection's context for one of its operations: the same viewer, its own loaders and its own
        reads to audit (operations on one connection run side by side; each message is audited with its own)."""
        return replace(self, _loaders={}, full_reads={}, sensitive_uses=set())

    def record_uses(self, page: Page) -> Page:
        """The page, its query's filters and sorts on sensitive fields noted for the audit log."""
        self.sensitive_uses.update(page.sensitive)
        return page

    def forget_loaders(self) -> None:
        """Drop cached loads: a websocket's context outlives many deliveries, each of which must read afresh."""
        self._loaders.clear()

    def related_loader(
        self,
        label: str,
        rel: str,
        args: PageArgs,
        where: Where | None,
        order: Order,
        with_total: bool,
        includes: tuple[Include, ...] = (),
    ) -> DataLoader[str, Page]:
        """One loader per relationship field and argument set, so sibling rows share one query."""
        key = ("related", label, related_key(rel, args, where, order, with_total), includes)
        if key not in self._loaders:

            async def load(parent_ids: list[str]) -> list[Page]:
                pages = await nodes.related(
                    self.graph,
                    label,
                    rel,
                    parent_ids,
                    args,
                    where,
                    order,
                    with_total,
                    viewer=self.viewer,
                    includes=includes,
                )
                return [self.record_uses(pages[pid]) for pid in parent_ids]

            self._loaders[key] = DataLoader(load_fn=load)
        return self._loaders[key]

    def summary_loader(self, rows: Rows) -> DataLoader[str | None, Summary]:
        """An aggregate's count, extremes, averages and sums: its fields share one query, sibling parents too."""

        async def fetch(parent_ids: list[str | None]) -> dict[str | None, Summary]:
            return await aggregates.summarize(self.graph, rows, parent_ids, viewer=self.viewer)

        return self._aggregate_loader(("summary", rows.key), fetch)

    def groups_loader(self, rows: Rows, keys: tuple[str, ...], limit: int) -> DataLoader[str | None, Groups]:
        """An aggregate's `limit` largest groups by `keys`: one query per grouping, for all sibling parents."""

        async def fetch(parent_ids: list[str | None]) -> dict[str | None, Groups]:
            return await aggregates.group(self.graph, rows, keys, parent_ids, limit, viewer=self.viewer)

        return self._aggregate_loader(("groups", rows.key, keys, limit), fetch)

    def _aggregate_loader(
        self, key: Hashable, fetch: Callable[[list[str | None]], Awaitable[dict[str | None, A]]]
    ) -> DataLoader[str | None, A]:
        """One loader per aggregate query, its figures per parent; what the query filtered on is recorded for audit."""
        if key not in self._loaders:

            async def load(parent_ids: list[str | None]) -> list[A]:
                found = await fetch(parent_ids)
                self.sensitive_uses.update(s for figures in found.values() for s in figures.sensitive)
                return [found[pid] for pid in parent_ids]

            self._loaders[key] = DataLoader(load_fn=load)
        return self._loaders[key]

    def candidates_loader(self) -> DataLoader[str, list[Candidate]]:
        """Ranked helpers per wish; every wish on the page in one query."""
        if "candidates" not in self._loaders:

            async def load(wish_ids: list[str]) -> list[list[Candidate]]:
                pool = await matching.wish_pool(self.graph, wish_ids, viewer=self.viewer)
                return [pool.candidates.get(w, []) for w in wish_ids]

            self._loaders["candidates"] = DataLoader(load_fn=load)
        return self._loaders["candidates"]

    def suggestions_loader(self) -> DataLoader[str, list[Candidate]]:
        """Wishes each helper could take, best first; every helper on the page in one query."""
        if "suggestions" not in self._loaders:

            async def load(helper_ids: list[str]) -> list[list[Candidate]]:
                found = await matching.helper_pool(self.graph, helper_ids, viewer=self.viewer)
                return [found[h] for h in helper_ids]

            self._loaders["suggestions"] = DataLoader(load_fn=load)
        return self._loaders["suggestions"]

    def paths_loader(self) -> DataLoader[tuple[str, str], tuple[GraphPath, ...]]:
        """Justifying paths per (wish, helper) pair; all pairs of the response in one query."""
        if "paths" not in self._loaders:

            async def load(pairs: list[tuple[str, str]]) -> list[tuple[GraphPath, ...]]:
                found = await matching.paths(self.graph, pairs, viewer=self.viewer)
                return [found[p] for p in pairs]

            self._loaders["paths"] = DataLoader(load_fn=load)
        return self._loaders["paths"]

    def node_loader(self, label: str) -> DataLoader[str, NodeRecord | None]:
        key = ("node", label)
        if key not in self._loaders:

            async def load(ids: list[str]) -> list[NodeRecord | None]:
                found = await nodes.by_ids(self.graph, label, ids, self.viewer)
                return [found.get(i) for i in ids]

            self._loaders[key] = DataLoader(load_fn=load)
        return self._loaders[key]

    def id_loader(self, labels: tuple[str, ...]) -> DataLoader[str, tuple[NodeRecord, ...]]:
        """The visible nodes among `labels` that a bare database id names (none, one, or several types')."""
        key = ("ids", labels)
        if key not in self._loaders:

            async def load(keys: list[str]) -> list[tuple[NodeRecord, ...]]:
                found = await ids.by_any_label(self.graph, keys, labels, self.viewer)
                return [found[k] for k in keys]

            self._loaders[key] = DataLoader(load_fn=load)
        return self._loaders[key]


Info = StrawberryInfo[Context, None]
