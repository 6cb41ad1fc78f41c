"""Make the README's screenshots: library, a lesson mid-exercise with feedback, and the summary,
in the light and high-contrast themes, at 1280x800 and 1024x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LITERACY_APP_DATA"] = tempfile.mkdtemp(prefix="literacy-screens-")

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO))

from literacy_app.commands.lesson_key import answer_key  # noqa: E402
from literacy_app.core.loader import read_lesson  # noqa: E402
from literacy_app.ui.app import App, make_qt_app  # noqa: E402

SEED = REPO / "lessons" / "07-official-opinion-karabakh.yaml"
SIZES = {"1280": (1280, 800), "1024": (1024, 768)}


def mid_exercise(app: App):  # type: ignore[no-untyped-def]
    window = app.open_lesson(read_lesson(SEED))
    session = window.session
    session.go_to(2)  # the unsourced figures
    text = window.lesson.article.text
    for quote in ("six", "September 19, 2023", "more than 300"):
        start = text.index(quote)
        session.add_selection(start, start + len(quote))
    session.hint()
    session.check()
    window.article.verticalScrollBar().setValue(0)
    return window


def finished(app: App):  # type: ignore[no-untyped-def]
    app.context.store.path_for("official-opinion-karabakh").unlink(missing_ok=True)  # a fresh start
    window = app.open_lesson(read_lesson(SEED))
    session = window.session
    for number, exercise in enumerate(answer_key(window.lesson)["exercises"]):
        session.go_to(number)
        if exercise["type"] == "choice":
            session.set_options([n for n, o in enumerate(exercise["options"]) if o["correct"]][:1]
                                if number % 2 else [0])
        else:
            for answer in exercise["answers"][: max(1, len(exercise["answers"]) - number % 2)]:
                session.add_selection(answer["start"], answer["end"])
        if number == 1:
            session.hint()
        session.check()
    window.lesson_page.show_summary()
    return window


def main() -> None:
    qt_app = make_qt_app()
    for theme in ("light", "high-contrast"):
        for size_name, size in SIZES.items():
            os.environ["LITERACY_APP_DATA"] = tempfile.mkdtemp(prefix="literacy-screens-")
            app = App(qt_app)
            app.context.settings.theme = theme
            app.apply_settings()
            shots = {"library": app.show_library(), "exercise": mid_exercise(app), "summary": finished(app)}
            for name, window in shots.items():
                window.resize(*size)
                window.show()
                qt_app.processEvents()
                target = HERE / f"{name}-{theme}-{size_name}.png"
                window.grab().save(str(target))
                print(target.relative_to(REPO))
                window.close()
            qt_app.processEvents()


if __name__ == "__main__":
    main()
