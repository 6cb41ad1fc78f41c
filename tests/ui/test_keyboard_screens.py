"""A lesson by keyboard alone (issue 12): the key presses an answer takes, Find, whole words and sentences,
the Tab order, marks a screen reader can reach, and what is said aloud after Check."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from literacy_app.ui.help_dialog import help_html
from tests.support.paths import SEED_LESSON
from tests.ui.helpers import add_quote, open_window, select_quote
from tests.ui.test_accessibility_and_teacher import unnamed_controls


class Keyboard:
    """Presses keys where the focus is, as a student would, and counts them (a chord counts once)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.presses = 0

    def press(self, keys: str) -> None:
        target = QApplication.focusWidget() or self.window
        QTest.keySequence(target, QKeySequence(keys))
        self.presses += 1

    def type(self, text: str) -> None:
        for character in text:
            QTest.keyClicks(QApplication.focusWidget() or self.window, character)
            self.presses += 1


def shown(qtbot, **options):  # type: ignore[no-untyped-def]
    app, window = open_window(qtbot, SEED_LESSON, **options)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.article.setFocus()
    return app, window


def test_the_first_attribution_exercise_by_keyboard_in_eight_presses(qtbot) -> None:  # type: ignore[no-untyped-def]
    """21 presses before: arrows to the byline, Shift+arrows word by word, and no way to find the note."""
    _app, window = shown(qtbot)
    window.session.go_to(1)
    assert window.session.exercise.type == "attribution" and window.session.exercise.id == "who-wrote-it"
    keys = Keyboard(window)
    assert QApplication.focusWidget() is window.article  # the window opens in the article
    keys.press("Shift+Return")  # the sentence at the caret, the byline, added
    keys.press("Ctrl+F")
    keys.type("amb")  # Ambassador, in the author's note
    keys.press("Return")  # back in the article, the words found selected
    assert QApplication.focusWidget() is window.article
    assert window.article.textCursor().selectedText().lower() == "amb"
    keys.press("Shift+Return")  # the whole sentence of the note, added
    keys.press("Ctrl+Return")  # Check
    assert window.session.state.passed, window.panel.feedback.toPlainText()
    assert keys.presses <= 8, keys.presses


def test_find_leaves_the_words_selected_ready_to_add_and_f3_finds_the_next(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    text = window.lesson.article.text
    keys = Keyboard(window)
    keys.press("Ctrl+F")
    assert QApplication.focusWidget() is window.lesson_page.find_bar.text
    assert unnamed_controls(window) == []  # the find line and its close button have names
    keys.type("anti-terrorist measures")
    keys.press("Return")
    first = text.lower().index("anti-terrorist measures")
    assert window.article.selected_span() == (first, first + len("anti-terrorist measures"))
    keys.press("F3")
    second = text.lower().index("anti-terrorist measures", first + 1)
    assert window.article.selected_span() == (second, second + len("anti-terrorist measures"))
    keys.press("Shift+F3")
    assert window.article.selected_span()[0] == first
    keys.press("Return")  # Enter in the article adds the words found
    assert [(s.start, s.end) for s in window.session.state.selections] == [(first, first + 23)]
    keys.press("Ctrl+F")
    keys.type("no such words anywhere")
    assert window.lesson_page.find_bar.result.text() == "Not found"
    keys.press("Escape")
    assert not window.lesson_page.find_bar.isVisible() and QApplication.focusWidget() is window.article


def test_whole_words_and_the_sentence_by_keyboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    text = window.lesson.article.text
    start = text.index("Azerbaijani Ambassador")
    window.article.select_span(start, start)
    keys = Keyboard(window)
    keys.press("Ctrl+Shift+Right")
    assert window.article.textCursor().selectedText() == "Azerbaijani"  # no space after it
    keys.press("Ctrl+Shift+Right")
    assert window.article.textCursor().selectedText() == "Azerbaijani Ambassador"
    keys.press("Ctrl+Shift+Left")
    assert window.article.textCursor().selectedText() == "Azerbaijani"
    window.article.select_span(start + len("Azerbaijani"), start + len("Azerbaijani"))
    keys.press("Ctrl+Shift+Left")
    keys.press("Ctrl+Shift+Left")
    assert window.article.textCursor().selectedText() == "is Azerbaijani"  # leftwards, whole words too
    keys.press("Ctrl+Shift+S")
    sentence = window.article.textCursor().selectedText()
    assert sentence.startswith("(The author") and sentence.endswith("Riyadh.")


def _tab_stops(window, count: int = 40) -> list[QWidget]:  # type: ignore[no-untyped-def]
    window.article.setFocus()
    stops = [window.article]
    for _press in range(count):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is window.article:
            break
        stops.append(widget)
    return stops


def test_tab_goes_article_exercise_options_actions_navigation(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    panel = window.panel
    add_quote(window, "By Shaheen Abdullayev")
    panel.selections.setCurrentRow(0)
    stops = _tab_stops(window)
    order = [panel.selections, panel.buttons["add_selection"], panel.remove_button, panel.buttons["check"],
             panel.buttons["hint"], panel.buttons["show_answer"], panel.buttons["try_again"], panel.feedback,
             panel.buttons["next"]]
    assert [w for w in stops if w in order] == [w for w in order if w.isEnabled()]
    window.session.go_to(window.lesson.exercises.index(next(e for e in window.lesson.exercises if e.is_choice)))
    qtbot.waitUntil(lambda: panel.options_box.buttons()[0].isVisible())
    stops = _tab_stops(window)
    option = panel.options_box.buttons()[0]
    assert option in stops, stops
    assert stops.index(option) < stops.index(panel.buttons["hint"]) < stops.index(panel.buttons["next"])
    assert stops.index(panel.buttons["previous"]) < stops.index(panel.buttons["next"])


def test_an_announcement_after_check_hint_show_answer_and_try_again(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6 import QtGui

    said: list[str] = []

    def listen(event) -> None:  # type: ignore[no-untyped-def]
        if isinstance(event, QtGui.QAccessibleAnnouncementEvent):
            said.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    _app, window = shown(qtbot)
    window.session.go_to(1)
    add_quote(window, "By Shaheen Abdullayev")
    window.commands["check"].trigger()
    assert said and said[-1].startswith("Not passed yet. Score 50%") and "✓ Correct: 1" in said[-1]
    assert window.panel.feedback.accessibleDescription() == said[-1]  # also there for older screen readers
    window.commands["hint"].trigger()
    assert said[-1].startswith("Hint 1: The name comes right at the start")
    window.commands["show_answer"].trigger()
    assert said[-1].startswith("The 2 answers are marked in the article")
    window.commands["try_again"].trigger()
    assert "cleared" in said[-1] and len(said) == 4


def test_each_mark_can_be_reached_with_its_verdict(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    window.session.go_to(1)
    add_quote(window, "Azerbaijani President")  # a distractor
    add_quote(window, "By Shaheen Abdullayev")
    window.commands["check"].trigger()
    keys = Keyboard(window)
    window.article.setFocus()  # Check put the focus on the feedback
    keys.press("Ctrl+Home")
    keys.press("F8")
    first = window.statusBar().currentMessage()
    assert first == "Mark 1 of 2: ✓ Correct: “By Shaheen Abdullayev”"
    assert window.article.accessibleDescription() == first  # what a screen reader reads there
    assert not window.article.textCursor().hasSelection()  # Enter would add nothing by mistake
    keys.press("F8")
    assert window.statusBar().currentMessage().startswith("Mark 2 of 2: ✗ Not right: “Azerbaijani President")
    keys.press("F8")
    assert window.statusBar().currentMessage().startswith("Mark 1 of 2")  # round again
    keys.press("Shift+F8")
    assert window.statusBar().currentMessage().startswith("Mark 2 of 2")
    window.commands["try_again"].trigger()
    assert not window.article.accessibleDescription().startswith("Mark")  # the marks are gone


def test_a_new_hint_is_scrolled_into_view(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    window.resize(1000, 700)
    window.session.go_to(2)  # unsourced figures: several hints
    for quote in ("six", "two civilians", "more than 300", "September 19, 2023", "24 hours"):
        add_quote(window, quote)
    window.commands["check"].trigger()
    feedback = window.panel.feedback
    feedback.verticalScrollBar().setValue(0)
    window.commands["hint"].trigger()
    hint = window.session.hints[-1]
    cursor = feedback.document().find(hint[:30])
    block_top = feedback.document().documentLayout().blockBoundingRect(cursor.block()).top()
    top = feedback.verticalScrollBar().value()
    assert feedback.verticalScrollBar().maximum() > 0, "the feedback must be longer than its box here"
    assert top <= block_top < top + feedback.viewport().height()


def test_a_new_exercise_starts_with_nothing_selected(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    select_quote(window, "By Shaheen Abdullayev")
    Keyboard(window).press("Alt+Right")
    assert window.session.current == 1
    assert not window.article.textCursor().hasSelection()
    Keyboard(window).press("Return")  # nothing carried over, nothing added
    assert window.session.state.selections == []


def test_an_added_selection_no_longer_hides_its_mark(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    add_quote(window, "The views and opinions")
    assert not window.article.textCursor().hasSelection()


def test_removing_one_selection_keeps_the_verdicts_of_the_others(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    window.session.go_to(1)
    add_quote(window, "Azerbaijani President")
    add_quote(window, "By Shaheen Abdullayev")
    window.commands["check"].trigger()
    panel = window.panel
    panel.selections.setCurrentRow(0)
    panel.remove_button.click()
    shown_rows = [panel.selections.item(n).text() for n in range(panel.selections.count())]
    isolates = str.maketrans("", "", "\u2066\u2067\u2068\u2069")  # quotes are isolated for mixed directions
    assert [row.translate(isolates) for row in shown_rows] == ["✓ Correct: “By Shaheen Abdullayev”"]
    assert [m.kind for m in window.article.marks()] == ["correct"]


def test_alt_left_on_the_summary_goes_back_to_the_last_exercise(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    window.session.go_to(window.session.count - 1)
    window.lesson_page.show_summary()
    Keyboard(window).press("Alt+Left")
    assert window.lesson_page.side.currentWidget() is window.panel
    assert window.session.current == window.session.count - 1


def test_help_lists_every_shortcut(qtbot) -> None:  # type: ignore[no-untyped-def]
    _app, window = shown(qtbot)
    listed = help_html()
    for action in window.commands.values():
        for sequence in action.shortcuts():
            assert sequence.toString(QKeySequence.SequenceFormat.NativeText) in listed, action.objectName()
    for key in ("Shift+Return", "Ctrl+Shift+Right", "Ctrl+Shift+Left", "Del", "Esc"):
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in listed, key
