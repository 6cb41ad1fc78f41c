"""Screenshots of the interface in Spanish and in Arabic (light theme, 1280x800): the library, a lesson in
the interface's language mid-exercise with feedback, the summary; and the first page of the Arabic
worksheet PDF (needs pdftoppm).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_languages.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from literacy_app.commands.lesson_key import answer_key  # noqa: E402
from literacy_app.core.loader import read_lesson  # noqa: E402
from literacy_app.ui.app import App, make_qt_app  # noqa: E402

LESSONS = {"es": REPO / "lessons" / "06-carta-al-director.yaml", "ar": REPO / "lessons" / "08-hafilat-kahrabaiya.yaml"}


def mid_exercise(app: App, path: Path):  # type: ignore[no-untyped-def]
    window = app.open_lesson(read_lesson(path))
    session = window.session
    key = answer_key(window.lesson)["exercises"]
    number = next(n for n, e in enumerate(key) if e["type"] == "unsourced_figure")
    session.go_to(number)
    exercise = key[number]
    for answer in exercise["answers"][:1] + exercise["distractors"][:1]:
        session.add_selection(answer["start"], answer["end"])
    session.hint()
    session.check()
    window.article.verticalScrollBar().setValue(0)
    return window


def finished(app: App, path: Path):  # type: ignore[no-untyped-def]
    window = app.open_lesson(read_lesson(path))
    session = window.session
    for number, exercise in enumerate(answer_key(window.lesson)["exercises"]):
        session.go_to(number)
        if exercise["type"] == "choice":
            session.set_options([n for n, o in enumerate(exercise["options"]) if o["correct"]][:1])
        else:
            for answer in exercise["answers"][: max(1, len(exercise["answers"]) - number % 2)]:
                session.add_selection(answer["start"], answer["end"])
        session.check()
    window.lesson_page.show_summary()
    return window


def main() -> None:
    qt_app = make_qt_app()
    from PySide6.QtCore import QRect

    from literacy_app.ui import screen_fit

    # The offscreen platform's screen is 800x800, and windows open within their screen: pretend 1280x800.
    screen_fit.available_geometry = lambda screen: QRect(0, 0, 1280, 800)
    for language, lesson in LESSONS.items():
        os.environ["LITERACY_APP_LANGUAGE"] = language
        os.environ["LITERACY_APP_DATA"] = tempfile.mkdtemp(prefix="literacy-screens-")
        app = App(qt_app)
        shots = {"library": app.show_library(), "exercise": mid_exercise(app, lesson)}
        shots["summary"] = finished(app, lesson)
        for name, window in shots.items():
            window.resize(1280, 800)
            window.show()
            qt_app.processEvents()
            target = HERE / f"{name}-{language}-light-1280.png"
            window.grab().save(str(target))
            print(target.relative_to(REPO))
            window.close()
        qt_app.processEvents()
        if language == "ar":
            from literacy_app.ui.printing import write_worksheet

            pdf = Path(tempfile.mkdtemp()) / "worksheet.pdf"
            loaded = read_lesson(lesson).lesson
            assert loaded is not None
            write_worksheet(loaded, pdf)
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(HERE / "worksheet-ar-page1")], check=True)
            print("docs/screenshots/worksheet-ar-page1.png")


if __name__ == "__main__":
    main()
