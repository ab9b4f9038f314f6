"""Bearer tokens verified with PyJWT (an HS256 secret, or an OIDC provider's published keys), without Neo4j; through
the app over Neo4j: tests/api/test_api_auth.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest
from pydantic import SecretStr

from api.auth import AuthError, TokenVerifier
from api.settings import Settings
from tests.auth import TEST_SECRET


def _token(secret: str = TEST_SECRET, **claims: object) -> str:
    base: dict[str, object] = {"sub": "p1", "roles": ["admin"], "exp": datetime.now(UTC) + timedelta(hours=1)}
    return jwt.encode(base | claims, secret, algorithm="HS256")


def test_unknown_roles_in_a_token_grant_nothing() -> None:
    settings = Settings.model_construct(auth_secret=SecretStr(TEST_SECRET))
    viewer = TokenVerifier(settings).viewer(f"Bearer {_token(roles=['superuser', 'resident'])}")
    assert viewer.roles == frozenset({"resident"})
    assert viewer.person_id == "p1"


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
