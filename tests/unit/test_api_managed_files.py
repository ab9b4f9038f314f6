"""api/managed/files.py: servers sharing one lib fetch it one at a time (started together on a fresh clone)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from api.managed import ManagedNeo4j, ServerConfig, files


def test_concurrent_fetches_of_one_lib_never_overlap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "require", lambda tool, install: tool)
    inside, most, entered = 0, 0, 0
    guard = threading.Lock()

    def fetch_slowly(server: ManagedNeo4j) -> None:
        nonlocal inside, most, entered
        with guard:
            inside += 1
            entered += 1
            most = max(most, inside)
        time.sleep(0.2)  # long enough for every other thread to reach the lock meanwhile
        with guard:
            inside -= 1

    monkeypatch.setattr(files, "_fetch_unlocked", fetch_slowly)
    shared = tmp_path / "lib"
    servers = [ManagedNeo4j(ServerConfig(home=tmp_path / f"home{i}"), lib_dir=shared) for i in range(4)]
    threads = [threading.Thread(target=files.fetch, args=(server,)) for server in servers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (entered, most) == (4, 1)
