"""A real Learning Record Store for the tests: Ralph's API with its file-system backend, on 127.0.0.1.

Run as a program (``python tests/results/ralph_server.py FOLDER PORT``), it prints ``PORT <n>`` once it is
listening. Ralph reads its settings from ``RALPH_*`` variables when it is imported, so they are set first; its
``fs`` backend writes each file once unless told to append; and ``ralph runserver`` would reload whenever a
file in its working folder changes, so uvicorn is started here on a socket we bind ourselves (port 0: any
free port; or the port of an earlier run, to bring "the school's server" back at the same address).

``RalphServer`` starts and stops that program and reads back what it stored.
"""

from __future__ import annotations

import base64
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

USERNAME = "lab"  # the lab machines' account
PASSWORD = "correct horse"
READER, READER_PASSWORD = "teacher", "battery staple"  # reads everything back (with ``restrict``)
PREFIX = "/xAPI"


def write_auth_file(path: Path, restrict: bool = False) -> None:
    """Ralph's users file: a JSON list of users with a bcrypt hash, scopes and an agent.

    With ``restrict`` the lab machines' account may only write (as docs/lab-setup.md advises), and a second
    account reads back."""
    import bcrypt

    def user(name: str, password: str, scopes: list[str]) -> dict[str, object]:
        return {"username": name, "hash": bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=4)).decode(),
                "scopes": scopes, "agent": {"mbox": f"mailto:{name}@school.example.org"}}

    users = [user(USERNAME, PASSWORD, ["statements/write"] if restrict else ["statements/write", "statements/read"])]
    if restrict:
        users.append(user(READER, READER_PASSWORD, ["statements/read"]))
    path.write_text(json.dumps(users), encoding="utf-8")


def serve(folder: Path, port: int, restrict: bool = False) -> None:
    os.environ.update({
        "RALPH_APP_DIR": str(folder / "app"),
        "RALPH_AUTH_FILE": str(folder / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_RUNSERVER_AUTH_BACKENDS": "basic",
        "RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT": "1000",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "store"),
        "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(folder / "store"),
        "RALPH_SENTRY_DSN": "",
        "RALPH_LRS_RESTRICT_BY_SCOPES": "true" if restrict else "false",  # scopes are enforced only with both
        "RALPH_LRS_RESTRICT_BY_AUTHORITY": "true" if restrict else "false",
    })
    (folder / "store").mkdir(parents=True, exist_ok=True)
    (folder / "app").mkdir(parents=True, exist_ok=True)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(64)

    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend

    FSLRSBackend.default_operation_type = BaseOperationType.APPEND  # else the second POST finds the file there
    import uvicorn
    from ralph.api import app

    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    print(f"PORT {listener.getsockname()[1]}", flush=True)
    server.run(sockets=[listener])


class RalphServer:
    """One LRS for a test; ``stop()`` and ``start()`` again bring it back at the same address."""

    def __init__(self, folder: Path, restrict: bool = False) -> None:
        self.folder = folder
        self.restrict = restrict
        self.folder.mkdir(parents=True, exist_ok=True)
        write_auth_file(folder / "auth.json", restrict)
        self.port = 0
        self.process: subprocess.Popen[str] | None = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    def start(self, timeout: float = 30.0) -> RalphServer:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parents[2]), env.get("PYTHONPATH", "")])
        self.process = subprocess.Popen(  # its own folder as working folder: nothing there to watch or reload
            [sys.executable, str(Path(__file__).resolve()), str(self.folder), str(self.port), str(int(self.restrict))],
            cwd=self.folder, env=env, stdout=subprocess.PIPE, stderr=open(self.folder / "server.log", "a"),  # noqa: SIM115
            text=True)
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.process.kill()
            raise RuntimeError(f"Ralph did not start: {(self.folder / 'server.log').read_text()[-2000:]}")
        self.port = int(line.split()[1])
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                self.get({"limit": "1"})
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Ralph did not answer")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def get(self, params: dict[str, str]) -> dict[str, Any]:
        url = f"{self.endpoint}/statements?{urllib.parse.urlencode(params)}"
        name, password = (READER, READER_PASSWORD) if self.restrict else (USERNAME, PASSWORD)
        token = base64.b64encode(f"{name}:{password}".encode()).decode()
        request = urllib.request.Request(url, headers={"Authorization": f"Basic {token}",
                                                       "X-Experience-API-Version": "1.0.3"})
        with urllib.request.urlopen(request, timeout=10) as response:
            result: dict[str, Any] = json.loads(response.read())
            return result

    def stored(self) -> list[dict[str, Any]]:
        """Every statement in the store, as written (duplicates would show here)."""
        found = []
        for path in sorted((self.folder / "store").glob("*")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    found.append(json.loads(line))
        return found


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]), len(sys.argv) > 3 and sys.argv[3] == "1")
