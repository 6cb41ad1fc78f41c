"""``literacy-app report`` as a teacher types it: files written, problems told, exit statuses."""

from __future__ import annotations

import csv
import io

import pytest

from literacy_app.cli import main
from tests.report.simulate import START


@pytest.fixture
def folder(tmp_path, played):  # type: ignore[no-untyped-def]
    results = tmp_path / "results"
    results.mkdir()
    for p in played:  # one file per statement, as the app's results folder holds them
        for statement in p.statements:
            (results / f"{statement.id}.json").write_text(statement.json, encoding="utf-8")
    (results / ".0b1c.part").write_text("{", encoding="utf-8")  # being written: not read, not reported
    (results / "torn.json").write_text('{"id": "x", "ver', encoding="utf-8")
    return results


def test_html_csv_and_long_csv(folder, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["report", "--folder", str(folder), "--class", "7B", "-o", str(tmp_path / "r.html")]) == 0
    err = capsys.readouterr().err
    assert "torn.json" in err and ".part" not in err and "30 students, 2 lessons" in err
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert main(["report", "--folder", str(folder), "-o", str(tmp_path / "g.csv"), "--id-column", "ID number"]) == 0
    rows = list(csv.reader(io.StringIO((tmp_path / "g.csv").read_text(encoding="utf-8"))))
    assert rows[0][0] == "ID number" and len(rows) == 31
    assert main(["report", "--folder", str(folder), "--long", "-o", str(tmp_path / "l.csv")]) == 0
    assert (tmp_path / "l.csv").read_text(encoding="utf-8").startswith("student_id,student,lesson_id")


def test_one_lesson_since_a_date(folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    late = datetime.fromtimestamp(START + 1800, UTC).strftime("%Y-%m-%dT%H:%M+00:00")
    out = tmp_path / "late.csv"
    assert main(["report", "--folder", str(folder), "--lesson", "viral-post-statistic", "--since", late,
                 "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["Username", "Share before they delete it? Checking a viral post"]
    grades = [r[1] for r in rows[1:]]
    assert "-" in grades and any(g != "-" for g in grades)  # who finished before then has no grade here


def test_a_pdf(folder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pypdf = pytest.importorskip("pypdf")
    out = tmp_path / "r.pdf"
    assert main(["report", "--folder", str(folder), "--class", "7B", "--theme", "high-contrast", "-o", str(out)]) == 0
    text = " ".join("".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages).split())
    assert "Class results: 7B" in text and "Where the class went wrong" in text


def test_what_the_teacher_is_told(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["report", "--folder", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r.html")]) == 1
    assert "There is no results folder" in capsys.readouterr().err
    assert main(["report", "--folder", str(tmp_path), "-o", str(tmp_path / "r.docx")]) == 2
    assert main(["report", "--folder", str(tmp_path), "--since", "last week", "-o", str(tmp_path / "r.csv")]) == 2
    assert main(["report", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "t", "--password-file",
                 str(tmp_path / "missing"), "-o", str(tmp_path / "r.csv")]) == 2
    password = tmp_path / "password"
    password.write_text("secret\n", encoding="utf-8")
    assert main(["report", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "t", "--password-file", str(password),
                 "-o", str(tmp_path / "r.csv")]) == 1
    assert "could not be reached" in capsys.readouterr().err
    assert not (tmp_path / "r.csv").exists()
