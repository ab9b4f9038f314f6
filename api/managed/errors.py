"""What goes wrong with the managed server (each with its exit code in the CLI), and the tools it needs."""

from __future__ import annotations

import shutil

INSTALL_JAVA = "install a Java 17 JDK (apt-get install openjdk-17-jre-headless)"
INSTALL_MAVEN = "install Maven (apt-get install maven)"


class MissingTool(RuntimeError):
    """A program the managed server needs is not on PATH; the message is one line saying what to install."""


class ServerError(RuntimeError):
    """The managed server could not be fetched, started or reached."""


class ServerRunning(ServerError):
    """Dump and restore need the server stopped: Community cannot dump or load a database that is online."""


class NothingToRestore(ServerError):
    """The dump file is absent, or the home holds no database to dump."""


def require(tool: str, install: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise MissingTool(f"{tool} not found: {install}")
    return path


def tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])
