"""With Neo4j unreachable the API answers SERVICE_UNAVAILABLE in extensions.code, never a stack trace."""

from __future__ import annotations

from starlette.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.auth import TEST_SECRET, bearer
from tests.system.api_process import free_port


def test_unreachable_database_is_service_unavailable() -> None:
    settings = Settings(
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",  # nothing listens there
        NEO4J_PASSWORD="irrelevant",
        NEO4J_MAX_RETRY_TIME=0.5,
        AUTH_SECRET=TEST_SECRET,
    )
    with TestClient(create_app(settings), headers=bearer("p1", "grid_worker")) as client:
        response = client.post("/graphql", json={"query": "{ grids(first: 1) { totalCount } }"})
        assert client.get("/health").json() == {"status": "ok"}
    body = response.json()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]
    assert "Traceback" not in response.text and "bolt://" not in response.text
