"""The project's own exceptions for everything that goes wrong below the schema."""


class GraphError(Exception):
    """A query failed for a reason the caller did not cause."""


class DatabaseUnavailable(GraphError):
    """Neo4j cannot be reached right now."""


class TooLarge(DatabaseUnavailable):
    """One transaction needed more memory than the server allows (a register import of a large file): trying again
    does not help; a smaller request, or a server with more memory, does."""


class InvalidInput(GraphError):
    """The caller's arguments cannot be turned into a query (bad cursor, unknown field, bad value).

    `argument` names the GraphQL argument at fault so the error can say which.
    """

    def __init__(self, message: str, argument: str) -> None:
        super().__init__(message)
        self.argument = argument


class KeyReused(InvalidInput):
    """The caller sent an idempotency key they had used for another request: a key stands for one request."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "idempotencyKey")


class InvalidState(InvalidInput):
    """A workflow step its table does not allow from the case's current state (a role that may take it, another time).

    `state` is the case's state, `action` the step refused, `allowed` the steps the same actor could take now, and
    `noun` what the case is ("wish"), so a refusal can be said in any language.
    """

    def __init__(
        self, message: str, argument: str, *, noun: str, action: str, state: str, allowed: tuple[str, ...]
    ) -> None:
        super().__init__(message, argument)
        self.noun, self.action, self.state, self.allowed = noun, action, state, allowed


class NotFound(GraphError):
    """A node the caller named does not exist; `argument` names the argument that named it."""

    def __init__(self, message: str, argument: str) -> None:
        super().__init__(message)
        self.argument = argument


class Forbidden(GraphError):
    """The viewer may not read or do this: not their grid, not their wish, not their role."""


class Conflict(GraphError):
    """The request lost a race or collides with the current state (a place already taken, a claim held twice)."""


class DuplicateKey(Conflict):
    """A write ran into a uniqueness constraint: another transaction stored the same key first."""


class QueryTimeout(GraphError):
    """Neo4j stopped a transaction that ran past its time limit (NEO4J_QUERY_TIMEOUT)."""
