"""The managed local Neo4j server (used when NEO4J_URI is not set): its lifecycle, backups and command line."""

from api.managed.backups import dump, restore
from api.managed.commands import neo4j_app
from api.managed.errors import MissingTool, NothingToRestore, ServerError, ServerRunning
from api.managed.files import POM
from api.managed.server import ManagedNeo4j, ServerConfig, ServerStatus

__all__ = [
    "POM",
    "ManagedNeo4j",
    "MissingTool",
    "NothingToRestore",
    "ServerConfig",
    "ServerError",
    "ServerRunning",
    "ServerStatus",
    "dump",
    "neo4j_app",
    "restore",
]
