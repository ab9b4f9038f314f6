"""The one typed settings object, read from the environment (and `.env`) once at start."""

from __future__ import annotations

import json
import secrets
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from limits import parse_many
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.core.db import Connection
from schema.complexity import Limits

# Development only: production refuses to start with it (or with any secret shorter than 32 characters).
DEV_SECRET = "dev-only-secret-do-not-use-in-production"
# Development also lets a front-end's dev server on the developer's machine (Vite's http://localhost:5173, any port)
# call the API; production allows only CORS_ORIGINS.
LOCAL_ORIGINS = r"http://(localhost|127\.0\.0\.1)(:[0-9]{1,5})?"
# Development without CURSOR_KEY or AUTH_SECRET: page cursors sealed with a key drawn once per process.
_PROCESS_CURSOR_KEY = secrets.token_urlsafe(32)


class SettingsError(RuntimeError):
    """The configuration cannot work; raised at start, before anything connects."""


class Settings(BaseSettings):
    # hide_input_in_errors: a refused setting is never echoed back (a rejected secret would print its tail).
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True, hide_input_in_errors=True)

    env: Literal["development", "production"] = Field("development", alias="APP_ENV")
    host: str = Field("127.0.0.1", alias="APP_HOST")
    port: int = Field(8000, alias="APP_PORT")
    # Worker processes `serve` starts behind the one port (the API keeps no state between requests).
    workers: int = Field(1, alias="WORKERS", ge=1, le=64)
    # Seconds a worker may take to answer its supervisor's ping (several workers) before it is killed and replaced;
    # a worker still importing on a loaded machine can take longer than uvicorn's 5.
    worker_healthcheck_s: int = Field(5, alias="WORKER_HEALTHCHECK_TIMEOUT", ge=1)
    # Seconds a stopping server (SIGTERM) waits for requests in flight before cancelling them.
    graceful_shutdown_s: int = Field(30, alias="GRACEFUL_SHUTDOWN_TIMEOUT", ge=1)
    # Seconds /ready waits for Neo4j before answering 503.
    ready_timeout_s: float = Field(3.0, alias="READY_TIMEOUT", gt=0)
    # One JSON object per log line, or text; unset: JSON in production, text in development.
    log_format: Literal["json", "text"] | None = Field(None, alias="LOG_FORMAT")
    neo4j_uri: str | None = Field(None, alias="NEO4J_URI")
    neo4j_user: str = Field("neo4j", alias="NEO4J_USER")
    neo4j_password: SecretStr | None = Field(None, alias="NEO4J_PASSWORD")
    neo4j_database: str = Field("neo4j", alias="NEO4J_DATABASE")
    # Where the managed local server lives and writes its connection.json (used when NEO4J_URI is unset).
    neo4j_home: Path = Field(Path(".neo4j"), alias="NEO4J_HOME")
    query_timeout_s: float = Field(15.0, alias="NEO4J_QUERY_TIMEOUT", gt=0)
    retry_time_s: float = Field(10.0, alias="NEO4J_MAX_RETRY_TIME", ge=0)
    stale_claim_hours: int = Field(72, alias="STALE_CLAIM_HOURS", ge=1)
    # Days after closing during which the reporter may reopen an event.
    event_reopen_days: int = Field(7, alias="EVENT_REOPEN_DAYS", ge=0)
    max_page_size: int = Field(100, alias="MAX_PAGE_SIZE", ge=1, le=1000)
    # What one GraphQL request may ask for; over a limit it is refused with QUERY_TOO_COMPLEX before anything runs.
    max_query_depth: int = Field(10, alias="MAX_QUERY_DEPTH", ge=1)
    max_query_aliases: int = Field(30, alias="MAX_QUERY_ALIASES", ge=0)
    max_query_tokens: int = Field(2000, alias="MAX_QUERY_TOKENS", ge=10)
    # Each field 1; a connection's edges times `first`/`last` (or the default page), `nodes(ids:)` times the ids.
    max_query_cost: int = Field(10000, alias="MAX_QUERY_COST", ge=1)
    # Operations in one batched POST (a JSON array of requests).
    max_operations: int = Field(5, alias="MAX_OPERATIONS", ge=1)
    # Longest span of dates one argument pair may cover (statistics' from/to, coverageGaps' days): ten years.
    max_date_range_days: int = Field(3653, alias="MAX_DATE_RANGE_DAYS", ge=1)
    # The community's IANA time zone: a DateTime argument given without an offset (or as a date) is read in it.
    community_timezone: str = Field("Asia/Shanghai", alias="COMMUNITY_TIMEZONE")
    # Requests per caller in a moving window ("600/minute", "10/second"; several as "10/second;600/minute"): per
    # token subject when signed in, per client address otherwise; empty turns that limit off. Counted in Redis when
    # REDIS_URL is set (so every API process shares one budget), else in this process.
    rate_limit: str = Field("600/minute", alias="RATE_LIMIT")
    rate_limit_anonymous: str = Field("120/minute", alias="RATE_LIMIT_ANONYMOUS")
    # Largest request body in bytes (413 beyond).
    max_request_bytes: int = Field(100_000, alias="MAX_REQUEST_BYTES", ge=1024)
    # Largest register file an administrator may upload to /registers/import (413 beyond; the CLI has no limit).
    max_upload_bytes: int = Field(20_000_000, alias="MAX_UPLOAD_BYTES", ge=1024)
    # Seconds one register import's transaction may run (all rows or none: one transaction however large the file).
    import_timeout_s: float = Field(600.0, alias="IMPORT_TIMEOUT", gt=0)
    # Origins a browser may call the API from (a JSON list); empty: none but, in development, http://localhost:<port>
    # and http://127.0.0.1:<port>.
    cors_origins: tuple[str, ...] = Field((), alias="CORS_ORIGINS")
    # Run only the documents of the committed manifest (api/trusted_documents.json), by hash or by text; any other is
    # refused with DOCUMENT_NOT_TRUSTED. Off: any document, and documents sent by hash (automatic persisted queries).
    trusted_documents_only: bool = Field(False, alias="TRUSTED_DOCUMENTS_ONLY")
    # Serve selections of plain fields and relationship pages straight from the records read (schema/compiled); off:
    # every field through its resolver, the path the compiled one is tested against.
    compiled_reads: bool = Field(True, alias="COMPILED_READS")
    # Bearer tokens: HS256 with AUTH_SECRET, or the keys an OIDC provider publishes at AUTH_JWKS_URL.
    auth_secret: SecretStr = Field(SecretStr(DEV_SECRET), alias="AUTH_SECRET")
    auth_jwks_url: str | None = Field(None, alias="AUTH_JWKS_URL")
    auth_algorithms: tuple[str, ...] = Field(("RS256",), alias="AUTH_ALGORITHMS")
    auth_issuer: str | None = Field(None, alias="AUTH_ISSUER")
    auth_audience: str | None = Field(None, alias="AUTH_AUDIENCE")
    # Seals page cursors (AES-SIV under a key HKDF derives from it). Unset: derived from AUTH_SECRET when one is
    # configured, else (development only) a random key per process; production without either refuses to start.
    cursor_key: SecretStr | None = Field(None, alias="CURSOR_KEY")
    # The broker that carries subscription events between API processes (redis://host:6379/0); unset: in-process
    # only, right for a single API process.
    redis_url: str | None = Field(None, alias="REDIS_URL")

    @model_validator(mode="after")
    def _rates_parse(self) -> Settings:
        for name, value in (("RATE_LIMIT", self.rate_limit), ("RATE_LIMIT_ANONYMOUS", self.rate_limit_anonymous)):
            if value.strip():
                try:
                    parse_many(value)
                except ValueError:
                    raise ValueError(f"{name} must read like 600/minute or 10/second;600/minute") from None
        return self

    @model_validator(mode="after")
    def _time_zone_known(self) -> Settings:
        try:
            ZoneInfo(self.community_timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("COMMUNITY_TIMEZONE must be an IANA time zone, e.g. Asia/Shanghai") from None
        return self

    @model_validator(mode="after")
    def _password_with_uri(self) -> Settings:
        if self.neo4j_uri and self.neo4j_password is None:
            raise ValueError("NEO4J_PASSWORD is required when NEO4J_URI is set")
        return self

    @model_validator(mode="after")
    def _production_secret(self) -> Settings:
        if self.env == "production" and not self.auth_jwks_url:
            secret = self.auth_secret.get_secret_value()
            if secret == DEV_SECRET or len(secret) < 32:
                raise ValueError("production needs AUTH_SECRET of at least 32 random characters (or AUTH_JWKS_URL)")
        return self

    @model_validator(mode="after")
    def _cursor_key(self) -> Settings:
        if self.cursor_key is not None and len(self.cursor_key.get_secret_value()) < 32:
            raise ValueError("CURSOR_KEY must be at least 32 random characters")
        if self.env == "production" and self.cursor_key_per_process:
            raise ValueError(
                "production needs CURSOR_KEY of at least 32 random characters (or AUTH_SECRET to derive it)"
            )
        return self

    @property
    def cursor_key_per_process(self) -> bool:
        """No configured secret to seal cursors with (CURSOR_KEY, or an AUTH_SECRET production would accept):
        each process draws its own key, which only development allows."""
        secret = self.auth_secret.get_secret_value()
        return self.cursor_key is None and (secret == DEV_SECRET or len(secret) < 32)

    @property
    def cursor_secret(self) -> str:
        """What page cursors are sealed with: CURSOR_KEY, else AUTH_SECRET (HKDF keeps the two keys unrelated),
        else this process's own random key (development: cursors do not outlive the process)."""
        if self.cursor_key is not None:
            return self.cursor_key.get_secret_value()
        if self.cursor_key_per_process:
            return _PROCESS_CURSOR_KEY
        return self.auth_secret.get_secret_value()

    @property
    def graphiql(self) -> bool:
        return self.env == "development"

    @property
    def logs_as(self) -> Literal["json", "text"]:
        return self.log_format or ("json" if self.production else "text")

    @property
    def production(self) -> bool:
        """Production serves no GraphiQL, answers no introspection and suggests no field names."""
        return self.env == "production"

    @property
    def cors_origin_pattern(self) -> str | None:
        """Origins allowed besides CORS_ORIGINS, as a regular expression matched whole: local ones in development."""
        return None if self.production else LOCAL_ORIGINS

    @property
    def limits(self) -> Limits:
        return Limits(
            max_depth=self.max_query_depth,
            max_aliases=self.max_query_aliases,
            max_tokens=self.max_query_tokens,
            max_cost=self.max_query_cost,
            max_operations=self.max_operations,
            max_date_range_days=self.max_date_range_days,
        )

    @cached_property
    def connection(self) -> Connection:
        """The Neo4j to use: NEO4J_URI if set, else the managed local server's connection.json."""
        if self.neo4j_uri:
            assert self.neo4j_password is not None
            return Connection(
                self.neo4j_uri,
                self.neo4j_user,
                self.neo4j_password.get_secret_value(),
                self.neo4j_database,
            )
        info = self.neo4j_home / "connection.json"
        if not info.exists():
            raise SettingsError(
                f"NEO4J_URI is not set and no managed server is running ({info} missing): run `python -m api neo4j start`"
            )
        data = json.loads(info.read_text())
        return Connection(data["uri"], data["user"], data["password"], self.neo4j_database)
