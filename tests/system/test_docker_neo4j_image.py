"""The suite's Neo4j from Docker: where an engine answers (and NEO4J_URI is unset), the session's Neo4j is a container
that testcontainers starts from NEO4J_IMAGE (else the official image), and it is the Neo4j the project needs."""

from __future__ import annotations

import pytest
from neo4j import GraphDatabase

from graph.core.db import Connection
from tests.neo4j_provider import TEST_HEAP, neo4j_image, provider_kind
from tests.system.docker_engine import docker, required, runs_here

pytestmark = runs_here()


def test_the_session_neo4j_is_a_container_of_the_configured_image(neo4j_connection: Connection) -> None:
    if provider_kind() == "env" and not required():
        pytest.skip("NEO4J_URI is set: the session's Neo4j is that one, not a container")
    assert provider_kind() == "docker", "NEO4J_URI is set: the session's Neo4j is that one, not a container"
    image = neo4j_image()
    bolt_port = neo4j_connection.uri.rsplit(":", 1)[1]
    running = docker("ps", "--filter", f"ancestor={image}", "--format", "{{.Image}} {{.Ports}}").splitlines()
    assert any(line.startswith(f"{image} ") and f":{bolt_port}->7687/tcp" in line for line in running), running

    with GraphDatabase.driver(neo4j_connection.uri, auth=(neo4j_connection.user, neo4j_connection.password)) as driver:
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition",
            database_="system",
        )
        assert [(r["name"], r["version"][:5], r["edition"]) for r in records] == [
            ("Neo4j Kernel", "5.26.", "community")
        ]
        # The heap setting arrives as NEO4J_server_memory_heap_max__size, as with the official image, and sizes the JVM.
        assert TEST_HEAP == "1g"
        records, _, _ = driver.execute_query(
            "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
            "RETURN attributes.HeapMemoryUsage.value.properties.max AS max",
            database_="system",
        )
        assert [r["max"] for r in records] == [1 << 30]
        records, _, _ = driver.execute_query(
            "CREATE (n:DockerProbe {at: datetime()}) WITH n MATCH (m:DockerProbe) WITH n, count(m) AS probes "
            "DELETE n RETURN probes",
            database_=neo4j_connection.database,
        )
        assert records[0]["probes"] == 1
