"""The machine and the Neo4j server a run measured on, as the report's first paragraph names them."""

from __future__ import annotations

import os
import platform
from importlib.metadata import version
from pathlib import Path

from graph.core.db import Connection, Graph

NEO4J_VERSION = "CALL dbms.components() YIELD versions RETURN versions[0] AS version"
MEMORY = (
    "SHOW SETTINGS YIELD name, value WHERE name IN "
    "['server.memory.heap.max_size', 'server.memory.pagecache.size'] RETURN name, value"
)


async def server_facts(conn: Connection) -> dict[str, str]:
    graph = Graph.connect(conn)
    try:
        row = await graph.read_one(NEO4J_VERSION)
        memory = {r["name"]: r["value"] for r in await graph.read(MEMORY)}
    finally:
        await graph.close()
    return {
        "neo4j": row["version"] if row else "?",
        "heap": memory.get("server.memory.heap.max_size", "?"),
        "pagecache": memory.get("server.memory.pagecache.size", "?"),
    }


def machine() -> dict[str, str]:
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor() or platform.machine(),
    )
    mem_kb = next((int(line.split()[1]) for line in _lines("/proc/meminfo") if line.startswith("MemTotal:")), 0)
    pretty = next(
        (line.split("=", 1)[1].strip().strip('"') for line in _lines("/etc/os-release") if line.startswith("PRETTY")),
        platform.system(),
    )
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": f"{mem_kb / 1024**2:.1f} GiB",
        "os": f"{pretty}, Linux {platform.release()}" if platform.system() == "Linux" else platform.platform(),
        "python": platform.python_version(),
        "driver": version("neo4j"),
        "uvicorn": version("uvicorn"),
        "urllib3": version("urllib3"),
    }


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
