"""Authentication: bearer tokens verified with PyJWT, aggregates open without one, production refuses weak secrets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from pydantic import SecretStr
from starlette.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.auth import AuthError, TokenVerifier, mint
from api.cli import app as cli
from api.settings import DEV_SECRET, Settings
from graph.core.db import Connection, Graph
from tests.auth import TEST_SECRET, bearer
from tests.conftest import settings_for

STATS = '{ communityStats(communityId: "jf") { partyMembers } }'
PEOPLE = "{ people(first: 1) { edges { node { name } } } }"


@pytest.fixture
def anonymous(neo4j_connection: Connection, demo_graph: Graph) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(neo4j_connection))) as test_client:
        yield test_client


def test_without_a_token_aggregates_are_open(anonymous: TestClient) -> None:
    body = anonymous.post("/graphql", json={"query": STATS}).json()
    assert "errors" not in body
    assert body["data"]["communityStats"]["partyMembers"] > 0


@pytest.mark.parametrize(
    "query",
    [
        PEOPLE,
        '{ communityStats(communityId: "jf") { partyMembers } wishes(first: 1) { totalCount } }',
        "query { ...F } fragment F on Query { people(first: 1) { totalCount } }",
        '{ ... on Query { node(id: "x") { id } } }',
        "mutation { expireOverdueWishes { replayed } }",
    ],
)
def test_without_a_token_everything_else_asks_to_sign_in(anonymous: TestClient, query: str) -> None:
    body = anonymous.post("/graphql", json={"query": query}).json()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
    assert "sign in" in body["errors"][0]["message"]


def test_a_valid_token_reads(anonymous: TestClient) -> None:
    body = anonymous.post("/graphql", json={"query": PEOPLE}, headers=bearer("admin-test", "admin")).json()
    assert "errors" not in body
    assert body["data"]["people"]["edges"]


def _token(secret: str = TEST_SECRET, **claims: object) -> str:
    base: dict[str, object] = {"sub": "p1", "roles": ["admin"], "exp": datetime.now(UTC) + timedelta(hours=1)}
    return jwt.encode(base | claims, secret, algorithm="HS256")


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (f"Bearer {_token(secret='another-secret-another-secret-another')}", "not valid"),
        (f"Bearer {_token(exp=datetime.now(UTC) - timedelta(minutes=1))}", "expired"),
        (f"Bearer {_token(sub='')}", "person"),
        (f"Bearer {_token(roles='admin')}", "roles"),
        ("Bearer not.a.token", "not valid"),
        (f"Basic {_token()}", "Bearer"),
        (
            f"Bearer {jwt.encode({'sub': 'p1', 'roles': ['admin'], 'exp': 9999999999}, None, algorithm='none')}",
            "not valid",
        ),
    ],
)
def test_an_untrustworthy_token_is_refused_with_401(anonymous: TestClient, header: str, message: str) -> None:
    response = anonymous.post("/graphql", json={"query": STATS}, headers={"Authorization": header})
    assert response.status_code == 401
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "UNAUTHENTICATED"
    assert message in error["message"]
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_unknown_roles_in_a_token_grant_nothing() -> None:
    settings = Settings.model_construct(auth_secret=SecretStr(TEST_SECRET))
    viewer = TokenVerifier(settings).viewer(f"Bearer {_token(roles=['superuser', 'resident'])}")
    assert viewer.roles == frozenset({"resident"})
    assert viewer.person_id == "p1"


def test_production_refuses_the_default_or_a_short_secret() -> None:
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET=DEV_SECRET)
    with pytest.raises(ValueError, match="AUTH_SECRET"):
        Settings(APP_ENV="production", AUTH_SECRET="short")
    assert Settings(APP_ENV="production", AUTH_SECRET="x" * 40).env == "production"
    assert Settings(APP_ENV="production", AUTH_JWKS_URL="https://idp.example/jwks.json").auth_jwks_url


def test_the_cli_mints_a_token_the_api_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTH_SECRET", TEST_SECRET)
    result = CliRunner().invoke(cli, ["token", "--person", "p9", "--role", "grid_worker", "--role", "resident"])
    assert result.exit_code == 0, result.output
    settings = Settings.model_construct(auth_secret=SecretStr(TEST_SECRET))
    viewer = TokenVerifier(settings).viewer(f"Bearer {result.output.strip()}")
    assert viewer.person_id == "p9"
    assert viewer.roles == frozenset({"grid_worker", "resident"})
    refused = CliRunner().invoke(cli, ["token", "--person", "p9", "--role", "king"])
    assert refused.exit_code != 0
    assert mint(settings, "p1", ["admin"]).count(".") == 2


def test_tokens_from_an_oidc_provider_are_verified_with_its_published_keys() -> None:
    """A real JWKS endpoint (a local HTTP server) and RS256 tokens signed with its private key."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from cryptography.hazmat.primitives.asymmetric import rsa
    from jwt.algorithms import RSAAlgorithm

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(RSAAlgorithm.to_jwk(key.public_key())) | {"kid": "k1", "use": "sig", "alg": "RS256"}

    class Keys(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps({"keys": [jwk]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Keys)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/jwks.json"
        settings = Settings(AUTH_JWKS_URL=url, AUTH_ISSUER="https://idp.test", AUTH_AUDIENCE="grid-api")
        verifier = TokenVerifier(settings)
        claims = {
            "sub": "jf-p38",
            "roles": ["grid_worker"],
            "iss": "https://idp.test",
            "aud": "grid-api",
            "exp": datetime.now(UTC) + timedelta(minutes=5),
        }

        def signed(private: rsa.RSAPrivateKey, **extra: object) -> str:
            return jwt.encode(claims | extra, private, algorithm="RS256", headers={"kid": "k1"})

        viewer = verifier.viewer(f"Bearer {signed(key)}")
        assert (viewer.person_id, viewer.roles) == ("jf-p38", frozenset({"grid_worker"}))
        for bad in (signed(other), signed(key, aud="someone-else"), signed(key, iss="https://evil.test")):
            with pytest.raises(AuthError, match="not valid"):
                verifier.viewer(f"Bearer {bad}")
        # An HS256 token signed with a guessable secret is not accepted where the provider's keys rule.
        with pytest.raises(AuthError):
            verifier.viewer(f"Bearer {_token()}")
    finally:
        server.shutdown()
        server.server_close()
