"""Bearer tokens: verified with PyJWT (HS256 secret or an OIDC JWKS), minted for development by the CLI."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from jwt.types import Options

from api.settings import Settings
from graph.access import scopes
from graph.access.viewer import ANONYMOUS, ROLES, Viewer
from graph.core.db import Graph
from graph.core.errors import GraphError

# Longest purpose statement kept in the audit log.
MAX_PURPOSE = 200


class AuthError(Exception):
    """The request carries a token that cannot be trusted; answered 401, never as data."""


class TokenVerifier:
    """Turns an Authorization header into a Viewer; built once per process from the settings."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._jwks = jwt.PyJWKClient(settings.auth_jwks_url) if settings.auth_jwks_url else None

    def viewer(self, authorization: str | None, purpose: str | None = None) -> Viewer:
        if not authorization:
            return ANONYMOUS
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise AuthError("the Authorization header must be `Bearer <token>`")
        claims = self._decode(token.strip())
        person = claims.get("sub")
        roles = claims.get("roles", [])
        if not isinstance(person, str) or not person:
            raise AuthError("the token names no person (`sub`)")
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise AuthError("the token's `roles` must be a list of strings")
        unit = claims.get("unit")
        return Viewer(
            person_id=person,
            roles=frozenset(r for r in roles if r in ROLES),
            unit_id=unit if isinstance(unit, str) and unit else None,
            purpose=(purpose or "").strip()[:MAX_PURPOSE] or None,
        )

    def _decode(self, token: str) -> dict[str, Any]:
        s = self._settings
        options: Options = {"require": ["exp", "sub"]}
        try:
            if self._jwks is not None:
                key: Any = self._jwks.get_signing_key_from_jwt(token).key
                algorithms = list(s.auth_algorithms)
            else:
                key = s.auth_secret.get_secret_value()
                algorithms = ["HS256"]
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=algorithms,
                audience=s.auth_audience,
                issuer=s.auth_issuer,
                options=options,
            )
        except jwt.ExpiredSignatureError:
            raise AuthError("the token has expired") from None
        except (jwt.PyJWKClientError, jwt.InvalidTokenError) as exc:
            raise AuthError(f"the token is not valid: {type(exc).__name__}") from None
        return claims


async def resolved(graph: Graph, viewer: Viewer) -> Viewer:
    """The viewer with its grids, households and branches; unresolved (seeing less) while Neo4j is away."""
    try:
        return await scopes.resolve(graph, viewer)
    except GraphError:
        return viewer


def mint(
    settings: Settings,
    person_id: str,
    roles: Iterable[str],
    unit_id: str | None = None,
    hours: float = 12,
) -> str:
    """A development token signed with the HS256 secret (an OIDC provider issues production tokens)."""
    unknown = sorted(set(roles) - set(ROLES))
    if unknown:
        raise ValueError(f"unknown roles {unknown}; known: {', '.join(ROLES)}")
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": person_id,
        "roles": sorted(set(roles)),
        "iat": now,
        "exp": now + timedelta(hours=hours),
    }
    if unit_id:
        claims["unit"] = unit_id
    if settings.auth_issuer:
        claims["iss"] = settings.auth_issuer
    if settings.auth_audience:
        claims["aud"] = settings.auth_audience
    return jwt.encode(claims, settings.auth_secret.get_secret_value(), algorithm="HS256")
