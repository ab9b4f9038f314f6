"""A state machine read from a table: which action may leave which state, where it leads, who may take it (pure)."""

from __future__ import annotations

from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from graph.core.errors import Forbidden, InvalidState

# The state of a case that does not exist yet: the one a creating action leaves.
NEW = ""


@dataclass(frozen=True)
class Move:
    """One action of a table: the states it may leave, the state it leads to (None: it stays), and who may take it.

    `actors` name relations of the actor to the case, each a boolean the case's lock reads (`isStaff`); none
    means the table leaves the actor to the workflow's own rules.
    """

    sources: frozenset[str]
    to: str | None
    actors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class StateMachine:
    """A workflow's table and how its refusals read; every question about states is answered from the table.

    `who` names each actor relation in a refusal, in the order refusals list them; a relation without a name (the
    scheduled sweep) entitles but is never offered. `what` overrides how a refusal names an action on this case.
    """

    noun: str
    states: tuple[str, ...]
    terminal: frozenset[str]
    moves: Mapping[str, Move]
    who: Mapping[str, str] = field(default_factory=dict)
    what: Mapping[str, str] = field(default_factory=dict)
    # Relations that entail others when the steps an actor could take are listed (a helper acts for their own claim).
    implies: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # How an invalid move is refused: {action} (underscores as spaces), {noun}, {state}.
    refusal_text: str = "cannot {action} a {noun} that is {state}"

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(self.moves)

    @property
    def roles(self) -> frozenset[str]:
        """Every relation some action of the table asks for: the columns the case's lock reads."""
        return frozenset(role for move in self.moves.values() for role in move.actors)

    @property
    def open(self) -> frozenset[str]:
        return frozenset(self.states) - self.terminal

    def _move(self, action: str) -> Move:
        move = self.moves.get(action)
        if move is None:
            raise ValueError(f"unknown {self.noun} action {action!r}")
        return move

    def allowed_from(self, action: str) -> frozenset[str]:
        """The states `action` may leave."""
        return self._move(action).sources

    def can(self, action: str, state: str) -> bool:
        return state in self._move(action).sources

    def target(self, action: str, state: str = NEW) -> str:
        """The state `action` leads to from `state` (an action without a target leaves the state as it is)."""
        return self._move(action).to or state

    def is_terminal(self, state: str) -> bool:
        return state in self.terminal

    def actors(self, action: str) -> frozenset[str]:
        """The relations to the case of which at least one entitles an actor to take `action`."""
        return self._move(action).actors

    def may(self, action: str, roles: frozenset[str]) -> bool:
        actors = self.actors(action)
        return not actors or bool(actors & roles)

    def path(self, to: str, *, via: Sequence[str] = (), avoid: Collection[str] = ()) -> tuple[str, ...]:
        """The fewest actions that lead a new case to `to`, passing through the states `via` in order and taking
        none of `avoid`; among equally short paths, the one whose actions come first in the table. Steps that keep
        the state are never on it. ValueError if the table leads no such way."""
        actions: list[str] = []
        start = NEW
        for goal in (*via, to):
            actions += self._shortest(start, goal, frozenset(avoid))
            start = goal
        return tuple(actions)

    def _shortest(self, start: str, goal: str, avoid: frozenset[str]) -> list[str]:
        # Breadth first, trying actions in the table's order: the first path found to a state is the one kept.
        came: dict[str, tuple[str, str]] = {}
        queue, seen = deque([start]), {start}
        while queue and goal not in seen:
            state = queue.popleft()
            for action, move in self.moves.items():
                to = move.to or state
                if action in avoid or state not in move.sources or to in seen:
                    continue
                seen.add(to)
                came[to] = (state, action)
                queue.append(to)
        if goal not in seen:
            raise ValueError(f"no {self.noun} path from {start or 'a new case'} to {goal} avoiding {sorted(avoid)}")
        path: list[str] = []
        while goal != start:
            goal, action = came[goal]
            path.append(action)
        return path[::-1]

    def refusal(self, action: str, state: str) -> str:
        """What an invalid move tells the caller: the action and the case's current state."""
        return self.refusal_text.format(action=action.replace("_", " "), noun=self.noun, state=state)

    def forbidden(self, action: str, whom: str = "") -> str:
        """What an actor without the right relation is told: who may take the action instead."""
        what = self.what.get(action, f"{action.replace('_', ' ')} this {self.noun}{whom}")
        actors = self.actors(action)
        who = " or ".join(name for role, name in self.who.items() if role in actors)
        return f"you may not {what}: only {who} may"

    def allowed(self, state: str, roles: frozenset[str]) -> tuple[str, ...]:
        """The steps an actor holding `roles` could take on a case in `state`, in the table's order (creating steps
        aside): what a refusal offers instead. The workflow's own rules (capacity, notes) may still refuse one."""
        held = roles.union(*(self.implies.get(role, frozenset()) for role in roles))
        return tuple(
            action
            for action, move in self.moves.items()
            if NEW not in move.sources and state in move.sources and self.may(action, held)
        )

    def verdict(self, action: str, state: str, roles: frozenset[str], argument: str, whom: str = "") -> str:
        """The target of `action` from `state` for an actor holding `roles`; Forbidden or InvalidState if not allowed.

        The actor is judged first: a role that may never take the step is told so (Forbidden), whatever the state;
        one that may is told the state is wrong (InvalidState), with the steps it could take now.
        """
        if not self.may(action, roles):
            raise Forbidden(self.forbidden(action, whom))
        if not self.can(action, state):
            allowed = self.allowed(state, roles)
            raise InvalidState(
                self.refusal(action, state), argument, noun=self.noun, action=action, state=state, allowed=allowed
            )
        return self.target(action, state)
