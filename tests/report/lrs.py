"""A minimal real LRS for the report tests: Ralph (ralph-malph 5.1.0) with its file-system backend, on
127.0.0.1. (Issue 13's tests/results/ralph_server.py does the same for the sender; once both branches are
merged this can give way to it.) Three accounts: one that reads, one that only writes, and the reader's
password is wrong for nobody else."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

READER, WRITER, PASSWORD = "teacher", "lab", "correct horse"


def serve(folder: Path) -> None:
    os.environ.update({
        "RALPH_APP_DIR": str(folder / "app"),
        "RALPH_AUTH_FILE": str(folder / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_RUNSERVER_AUTH_BACKENDS": "basic",
        "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": "100",  # small pages, so "more" is followed
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "store"),
        "RALPH_SENTRY_DSN": "",
    })
    for sub in ("store", "app"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    import uvicorn
    from ralph.api import app

    print(f"PORT {listener.getsockname()[1]}", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)).run(
        sockets=[listener])


class Ralph:
    def __init__(self, folder: Path) -> None:
        import bcrypt

        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
        users = [{"username": READER, "hash": hashed, "scopes": ["statements/read"],
                  "agent": {"mbox": "mailto:teacher@school.example.org"}},
                 {"username": WRITER, "hash": hashed, "scopes": ["statements/write"],
                  "agent": {"mbox": "mailto:lab@school.example.org"}}]
        (folder / "auth.json").write_text(json.dumps(users), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        self.log = open(folder / "server.log", "a")  # noqa: SIM115
        self.process = subprocess.Popen([sys.executable, __file__, str(folder)], cwd=folder, env=env,
                                        stdout=subprocess.PIPE, stderr=self.log, text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.stop()
            raise RuntimeError((folder / "server.log").read_text()[-2000:])
        self.endpoint = f"http://127.0.0.1:{int(line.split()[1])}/xAPI/"
        deadline = time.monotonic() + 30
        while True:
            try:
                self.post([])
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def post(self, statements: list[str]) -> None:
        """Store statements (their exact JSON text), as the app's sender does, in batches."""
        for start in range(0, max(1, len(statements)), 200):
            body = ("[" + ",".join(statements[start:start + 200]) + "]").encode("utf-8")
            token = base64.b64encode(f"{WRITER}:{PASSWORD}".encode()).decode()
            request = urllib.request.Request(self.endpoint + "statements", data=body, method="POST", headers={
                "Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=60):
                pass

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
