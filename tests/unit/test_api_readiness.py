"""/ready without Neo4j: an unreachable database answers 503 SERVICE_UNAVAILABLE within the timeout, /health 200."""

from __future__ import annotations

import time

from starlette.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.auth import TEST_SECRET
from tests.system.api_process import free_port


def test_not_ready_when_neo4j_is_unreachable() -> None:
    settings = Settings(
        NEO4J_URI=f"bolt://127.0.0.1:{free_port()}",
        NEO4J_PASSWORD="irrelevant",
        NEO4J_MAX_RETRY_TIME=0.5,
        READY_TIMEOUT=2,
        AUTH_SECRET=TEST_SECRET,
    )
    with TestClient(create_app(settings)) as client:
        began = time.monotonic()
        response = client.get("/ready")
        assert time.monotonic() - began < 10
        assert client.get("/health").status_code == 200
    assert response.status_code == 503
    assert response.json()["code"] == "SERVICE_UNAVAILABLE"
    assert "bolt://" not in response.text
