"""Against a real LRS (Ralph on 127.0.0.1): what the app builds arrives, once, whatever happens on the way."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from literacy_app.core.results.recorder import Recorder
from literacy_app.core.results.statements import dumps
from tests.results.helpers import HOMEPAGE, LEARNER, finish_seed_lesson, lrs_lab
from tests.results.ralph_server import RalphServer


def wait_for(condition, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def ids_in(ralph: RalphServer) -> Counter[str]:
    return Counter(s["id"] for s in ralph.stored())


def test_a_finished_seed_lesson_arrives_once_each_as_built(ralph: RalphServer, tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)
    recorder.start()
    try:
        session, made = finish_seed_lesson(recorder)
        wait_for(lambda: recorder.status().state == "sent")
    finally:
        recorder.stop()
    assert recorder.status().message == "All results sent"
    assert ids_in(ralph) == Counter(s.id for s in made)
    agent = json.dumps({"objectType": "Agent", "account": {"homePage": HOMEPAGE, "name": "ana.r"}})
    found = ralph.get({"agent": agent, "registration": session.registration, "limit": "1000"})["statements"]
    by_id = {s["id"]: s for s in found}
    assert set(by_id) == {s.id for s in made}
    for statement in made:
        built = statement.data
        stored = by_id[statement.id]
        assert {k: stored[k] for k in built} == built  # the LRS adds stored and authority, nothing else changes


def test_server_down_when_the_lesson_is_done_up_later_everything_arrives_once(ralph: RalphServer,
                                                                               tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    ralph.stop()
    _, made = finish_seed_lesson(recorder)
    assert recorder.sender.send_now().state == "unreachable"
    status = recorder.status()
    assert status.waiting == len(made)
    assert status.message == f"{len(made)} results waiting: the school's server cannot be reached; they will be sent later"
    ralph.start()
    assert recorder.sender.send_now().state == "sent"
    assert recorder.sender.send_now().delivered == 0
    assert ids_in(ralph) == Counter(s.id for s in made)
    assert recorder.status().state == "sent"


def test_a_wrong_password_loses_nothing_and_says_so(ralph: RalphServer, tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint, password="wrong"), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    assert recorder.sender.send_now().state == "refused"
    status = recorder.status()
    assert status.message == "Results are not being sent: the server refused the password — tell your teacher"
    assert status.trouble and status.waiting == len(made)
    assert ralph.stored() == []
    fixed = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)  # the teacher fixes the password
    assert fixed.sender is not None and fixed.sender.send_now().state == "sent"
    assert ids_in(ralph) == Counter(s.id for s in made)


def test_a_wrong_address_is_a_configuration_problem(ralph: RalphServer, tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint + "/wrong"), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    finish_seed_lesson(recorder)
    assert recorder.sender.send_now().state == "not found"
    assert "address is wrong" in recorder.status().message


def test_a_statement_the_server_rejects_is_set_aside_and_the_others_still_go(ralph: RalphServer,
                                                                             tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    bad = made[3].data
    del bad["actor"]  # no xAPI server takes a statement without an actor
    bad_id = "00000000-0000-4000-8000-000000000001"
    bad["id"] = bad_id
    (recorder.outbox.pending_folder / f"{bad_id}.json").write_text(dumps(bad), encoding="utf-8")
    result = recorder.sender.send_now()
    assert result.state == "sent" and result.set_aside == 1 and result.delivered == len(made)
    assert ids_in(ralph) == Counter(s.id for s in made)
    assert (recorder.outbox.rejected_folder / f"{bad_id}.json").exists()
    assert (recorder.outbox.rejected_folder / f"{bad_id}.answer.txt").read_text().startswith(("HTTP 400", "HTTP 422"))
    assert recorder.outbox.count() == 0
    assert "refused by the server" in recorder.status().message


def test_a_conflicting_resend_goes_to_conflicts_and_is_never_retried(ralph: RalphServer, tmp_path: Path) -> None:
    recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)
    assert recorder.sender is not None
    _, made = finish_seed_lesson(recorder)
    assert recorder.sender.send_now().state == "sent"
    changed = made[0].data
    changed["result"]["success"] = not changed["result"]["success"]
    (recorder.outbox.pending_folder / f"{made[0].id}.json").write_text(dumps(changed), encoding="utf-8")
    (recorder.outbox.pending_folder / f"{made[1].id}.json").write_text(made[1].json, encoding="utf-8")  # same text
    result = recorder.sender.send_now()
    assert result.state == "sent" and result.set_aside == 1
    assert (recorder.outbox.conflicts_folder / f"{made[0].id}.json").exists()
    assert recorder.outbox.count() == 0
    assert ids_in(ralph) == Counter(s.id for s in made)


def test_at_the_next_start_the_outbox_is_sent_from_the_sender_thread_not_the_windows(
        ralph: RalphServer, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from literacy_app.core.results import lrs

    ralph.stop()
    _, made = finish_seed_lesson(Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER))  # never started
    ralph.start()
    posted_from: set[str] = set()
    real_post = lrs.LrsClient.post

    def post(self, texts):  # type: ignore[no-untyped-def]
        posted_from.add(threading.current_thread().name)
        return real_post(self, texts)

    monkeypatch.setattr(lrs.LrsClient, "post", post)
    recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)  # the next start
    recorder.start()
    try:
        wait_for(lambda: recorder.outbox.count() == 0)
    finally:
        recorder.stop()
    assert posted_from == {"results-sender"}
    assert ids_in(ralph) == Counter(s.id for s in made)


def test_a_write_only_lab_account_is_enough(tmp_path: Path) -> None:
    from tests.results.conftest import _need_ralph

    _need_ralph()
    ralph = RalphServer(tmp_path / "lrs", restrict=True).start()  # scopes enforced, as a school would
    try:
        recorder = Recorder(lrs_lab(ralph.endpoint), tmp_path / "data", LEARNER)
        assert recorder.sender is not None
        session, made = finish_seed_lesson(recorder)
        assert recorder.sender.send_now().state == "sent"
        found = ralph.get({"registration": session.registration, "limit": "1000"})["statements"]
        assert sorted(s["id"] for s in found) == sorted(s.id for s in made)
        import base64
        import urllib.error
        import urllib.request

        from tests.results.ralph_server import PASSWORD, USERNAME

        token = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        reading = urllib.request.Request(f"{ralph.endpoint}/statements", headers={
            "Authorization": f"Basic {token}", "X-Experience-API-Version": "1.0.3"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(reading, timeout=10)
        assert refused.value.code in (401, 403)  # the scopes really are enforced
    finally:
        ralph.stop()


def test_a_redirect_or_a_log_in_page_is_never_a_delivery(tmp_path: Path) -> None:
    """urllib would follow a redirect with a GET, whose 200 would look like a delivery."""
    import http.server
    import threading

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.send_response(301)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"[]")

        def log_message(self, *args: object) -> None:
            pass

    class LogInPage(Redirect):
        def do_POST(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "29")
            self.end_headers()
            self.wfile.write(b"<html>Log in to the wifi</html>"[:29])

    server = http.server.HTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        recorder = Recorder(lrs_lab(f"http://127.0.0.1:{server.server_port}/xapi"), tmp_path / "data", LEARNER)
        assert recorder.sender is not None
        _, made = finish_seed_lesson(recorder)
        assert recorder.sender.send_now().state == "not found"
        assert recorder.outbox.count() == len(made)
        assert "address is wrong" in recorder.status().message
        server.RequestHandlerClass = LogInPage  # a network's log-in page answers every request with 200
        assert recorder.sender.send_now().state == "unreachable"
        assert recorder.outbox.count() == len(made)
    finally:
        server.shutdown()
        server.server_close()
