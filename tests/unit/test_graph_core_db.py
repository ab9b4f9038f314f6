"""The driver's failures left after its retries become the project's own errors (graph.core.db), without Neo4j."""

from __future__ import annotations

import pytest
from neo4j.exceptions import IncompleteCommit, Neo4jError

from graph.core.db import _own_errors
from graph.core.errors import DatabaseUnavailable, GraphError, QueryTimeout, TooLarge


@pytest.mark.parametrize(
    ("code", "becomes"),
    [
        ("Neo.TransientError.General.DatabaseUnavailable", DatabaseUnavailable),  # a database starting or stopping
        ("Neo.TransientError.Transaction.DeadlockDetected", DatabaseUnavailable),
        ("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", QueryTimeout),
        ("Neo.ClientError.Statement.SyntaxError", GraphError),
        # One transaction over the server's transaction memory (a large register import): retrying cannot help.
        ("Neo.TransientError.General.MemoryPoolOutOfMemoryError", TooLarge),
    ],
)
def test_server_errors_left_after_the_retries_become_the_projects_own(code: str, becomes: type[GraphError]) -> None:
    with pytest.raises(GraphError) as caught, _own_errors():
        raise Neo4jError._hydrate_neo4j(code=code, message="from the server")  # the driver's own decoding of a failure
    assert type(caught.value) is becomes


def test_a_commit_of_unknown_outcome_is_unavailable() -> None:
    with pytest.raises(DatabaseUnavailable), _own_errors():
        raise IncompleteCommit("the connection dropped while committing")
