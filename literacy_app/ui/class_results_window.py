"""File → Class results…: the class report in a window, for the teacher after a lesson.

The window renders a core ``ClassReport``; reading, counting and grouping all happen in
``core/report``. A student's attempt opens read-only: in this window's Attempt tab, and through
``open_attempt`` (the lead wires it to the lesson window) as a ``LessonSession`` rebuilt from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from literacy_app.core.lab import DEFAULT_IRI_BASE
from literacy_app.core.model import Lesson
from literacy_app.core.report.export import (
    duration,
    lesson_summary,
    percent,
    report_html,
    verdict_word,
    where_wrong_html,
)
from literacy_app.core.report.model import NOT_TRIED, ClassReport, LessonReport, build_report
from literacy_app.core.report.records import ReadResult, SourceUnavailable
from literacy_app.core.report.remembered import SourceChoice, load_choice, save_choice
from literacy_app.core.report.replay import replayed_session
from literacy_app.core.report.sources import ResultsSource
from literacy_app.core.session import LessonSession
from literacy_app.i18n import _, ngettext
from literacy_app.ui.article_view import ArticleView
from literacy_app.ui.context import AppContext
from literacy_app.ui.marks import student_marks
from literacy_app.ui.score_chart import ScoreChart
from literacy_app.ui.themes import Theme
from literacy_app.ui.words import escape, verdict_label

ROW_COLUMNS = 8  # student, latest, best, passed, attempts, time, hints, answer shown; then one per exercise
ALL_LESSONS = ""


class ClassResultsWindow(QMainWindow):
    def __init__(self, source: ResultsSource, lessons: dict[str, Lesson], theme: Theme, *,
                 class_id: str | None = None, lesson_id: str | None = None,
                 open_attempt: Callable[[LessonSession], object] | None = None,
                 change_source: Callable[[], tuple[ResultsSource, str | None] | None] | None = None) -> None:
        super().__init__()
        self.setObjectName("class-results-window")
        self.setWindowTitle(_("Class results · Media literacy lab"))
        self.resize(1200, 800)
        self.source, self.lessons, self.theme = source, lessons, theme
        self.class_id, self.wanted_lesson = class_id, lesson_id
        self.open_attempt, self.change_source = open_attempt, change_source
        self.result = ReadResult([], [], 0)
        self.report = ClassReport(class_id, (), ())
        self.session: LessonSession | None = None
        self._buttons: list[QPushButton] = []
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(_("Notice"))
        self.notice.setFrameShape(QLabel.Shape.Box)
        self.notice.hide()
        self.lesson_choice = QComboBox()
        self.lesson_choice.setAccessibleName(_("Lesson"))
        self.lesson_choice.currentIndexChanged.connect(self._lesson_chosen)
        refresh = self._button(_("&Refresh"), _("Read the results again, with the newest attempts"), self.refresh)
        refresh.setShortcut("F5")
        self._button(_("&Export…"), _("Save this report as a web page, a PDF or a gradebook file"), self.export)
        if change_source is not None:
            self._button(_("Change &source…"), _("Read the results from another folder or LRS"), self._change)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.chart = ScoreChart()
        self.table = QTableWidget()
        self.table.setAccessibleName(_("Students"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectItems)
        self.table.itemActivated.connect(lambda item: self.open_student(item.row(), item.column()))
        self.wrong = QTextBrowser()
        self.wrong.setAccessibleName(_("Where the class went wrong"))
        self.attempt_title = QLabel(_("Choose a student in the Students tab and press Enter to see their "
                                      "attempt."))
        self.attempt_title.setWordWrap(True)
        self.exercise_choice = QComboBox()
        self.exercise_choice.setAccessibleName(_("Exercise of the attempt"))
        self.exercise_choice.currentIndexChanged.connect(self._show_exercise)
        self.article: ArticleView | None = None
        self.attempt_panel = QTextBrowser()
        self.attempt_panel.setAccessibleName(_("The student's answer and its verdicts"))
        self.attempt_split = QSplitter()
        self.attempt_split.addWidget(QWidget())
        self.attempt_split.addWidget(self.attempt_panel)
        attempt_page = QWidget()
        attempt_layout = QVBoxLayout(attempt_page)
        attempt_layout.addWidget(self.attempt_title)
        attempt_layout.addWidget(self.exercise_choice)
        attempt_layout.addWidget(self.attempt_split, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, _("Students"))
        self.tabs.addTab(self.wrong, _("Where the class went wrong"))
        self.tabs.addTab(attempt_page, _("Attempt (read-only)"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("Lesson:")))
        bar.addWidget(self.lesson_choice, 1)
        for button in self._buttons:
            bar.addWidget(button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.refresh()

    def _button(self, label: str, tip: str, handler: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setToolTip(tip)
        button.setAccessibleName(label.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _checked=False: handler())
        self._buttons.append(button)
        return button

    # --- reading -----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.result = self.source.read(class_id=self.class_id)
        except SourceUnavailable as problem:
            self._tell(str(problem))
            return
        self.report = build_report(self.result.records, self.lessons, class_id=self.class_id)
        problems = self.result.problems
        if problems:
            shown = "\n".join(str(p) for p in problems[:5])
            self._tell(ngettext("{count} file or statement could not be read and was skipped:",
                                "{count} files or statements could not be read and were skipped:",
                                len(problems)) + "\n" + shown)
        else:
            self.notice.hide()
        keep = self.lesson_choice.currentData() if self.lesson_choice.count() else self.wanted_lesson
        self.lesson_choice.blockSignals(True)
        self.lesson_choice.clear()
        if len(self.report.lessons) > 1:
            self.lesson_choice.addItem(_("All lessons"), ALL_LESSONS)
        for lesson in self.report.lessons:
            self.lesson_choice.addItem(lesson.title, lesson.lesson_id)
        found = self.lesson_choice.findData(keep) if keep is not None else -1
        self.lesson_choice.setCurrentIndex(max(0, found))
        self.lesson_choice.blockSignals(False)
        self._lesson_chosen()

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _change(self) -> None:
        assert self.change_source is not None
        found = self.change_source()
        if found is not None:
            self.source, self.class_id = found
            self.refresh()

    # --- showing -----------------------------------------------------------------------------------------

    @property
    def lesson_report(self) -> LessonReport | None:
        lesson_id = self.lesson_choice.currentData()
        return self.report.lesson(lesson_id) if lesson_id else None

    def _lesson_chosen(self) -> None:
        lesson = self.lesson_report
        who = self.report.class_id or _("every class")
        if lesson is None:
            self.heading.setText(_("{who}: {students}, {lessons}.", who=who,
                                   students=ngettext("{count} student", "{count} students", len(self.report.students)),
                                   lessons=ngettext("{count} lesson", "{count} lessons", len(self.report.lessons))))
            self.chart.hide()
            self._fill_overview()
            self.wrong.setHtml(report_html(self.report, theme=self._html_theme()))
            return
        self.heading.setText(_("{who} · {title}: {summary}", who=who, title=lesson.title,
                               summary=lesson_summary(lesson)))
        self.chart.show()
        self.chart.set_counts(lesson.distribution)
        self._fill_rows(lesson)
        self.wrong.setHtml(where_wrong_html(lesson, self._html_theme()))

    def _html_theme(self) -> str:
        return "high-contrast" if self.theme.name == "high-contrast" else "light"

    def _fill_overview(self) -> None:
        self.table.clear()
        self.table.setColumnCount(1 + len(self.report.lessons))
        self.table.setHorizontalHeaderLabels([_("Student")] + [lesson.title for lesson in self.report.lessons])
        self.table.setRowCount(len(self.report.students))
        for r, student in enumerate(self.report.students):
            self.table.setItem(r, 0, QTableWidgetItem(student.name or student.id))
            for c, lesson in enumerate(self.report.lessons, 1):
                row = lesson.row(student.id)
                text = NOT_TRIED if row is None or not row.tried else percent(row.best_score) + (
                    " ✓" if row.passed else "")
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _fill_rows(self, lesson: LessonReport) -> None:
        self.table.clear()
        head = [_("Student"), _("Latest"), _("Best"), _("Passed"), _("Attempts"), _("Time"), _("Hints"),
                _("Answer shown")] + [_("Ex. {number}", number=e.number) for e in lesson.exercises]
        self.table.setColumnCount(len(head))
        self.table.setHorizontalHeaderLabels(head)
        for n, info in enumerate(lesson.exercises):
            header = self.table.horizontalHeaderItem(ROW_COLUMNS + n)
            if header is not None:
                header.setToolTip(info.prompt)
        self.table.setRowCount(len(lesson.rows))
        for r, row in enumerate(lesson.rows):
            if row.tried:
                cells = [row.student.name or row.student.id, percent(row.latest_score), percent(row.best_score),
                         _("yes") if row.passed else _("no"), str(row.attempts), duration(row.seconds),
                         str(row.hints_used), _("yes") if row.answer_shown else _("no")] + row.labels()
            else:
                cells = [row.student.name or row.student.id, _("not started")] + [""] * (len(head) - 2)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= ROW_COLUMNS and row.tried:
                    item.setToolTip(verdict_word(row, c - ROW_COLUMNS))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    # --- a student's attempt ---------------------------------------------------------------------------

    def open_student(self, row: int, column: int = 0) -> LessonSession | None:
        """Rebuild the student's attempt as a session and show it read-only (at the exercise in ``column``)."""
        report = self.lesson_report
        if report is None:  # the overview: a column is a lesson
            if column < 1 or row >= len(self.report.students):
                return None
            report = self.report.lessons[column - 1]
            student = self.report.students[row]
            column = 0
        else:
            if row >= len(report.rows):
                return None
            student = report.rows[row].student
        lesson = self.lessons.get(report.lesson_id)
        if lesson is None:
            self._tell(_("This computer does not have the lesson “{title}”, so the attempt cannot be shown. "
                         "Add the lesson file to the library first.", title=report.title))
            return None
        exercise = report.exercises[column - ROW_COLUMNS].id if column >= ROW_COLUMNS else None
        session = replayed_session(lesson, self.result.records, student.id, exercise)
        self.show_attempt(session, student.name or student.id)
        if self.open_attempt is not None:
            self.open_attempt(session)
        return session

    def show_attempt(self, session: LessonSession, who: str) -> None:
        self.session = session
        self.attempt_title.setText(_("{student} · {title} (read-only)", student=who, title=session.lesson.title))
        article = ArticleView(session.lesson.article, self.theme)
        article.setReadOnly(True)
        old = self.attempt_split.widget(0)
        self.attempt_split.replaceWidget(0, article)
        if old is not None:
            old.deleteLater()
        self.article = article
        self.attempt_split.setSizes([640, 420])
        self.exercise_choice.blockSignals(True)
        self.exercise_choice.clear()
        for number, exercise in enumerate(session.lesson.exercises, 1):
            self.exercise_choice.addItem(f"{number}. {exercise.prompt}")
        self.exercise_choice.setCurrentIndex(session.current)
        self.exercise_choice.blockSignals(False)
        self._show_exercise()
        self.tabs.setCurrentIndex(2)

    def _show_exercise(self) -> None:
        session = self.session
        if session is None or self.article is None:
            return
        session.current = max(0, self.exercise_choice.currentIndex())
        state, exercise = session.state, session.exercise
        self.article.show_marks(student_marks(session))
        spans = [s for s in state.selections if s.option is None]
        if spans:  # bring the student's first selection into view, without selecting it
            cursor = self.article.textCursor()
            cursor.setPosition(self.article.position_of(spans[0].start))
            self.article.setTextCursor(cursor)
            self.article.ensureCursorVisible()
        parts = [f"<h3>{escape(exercise.prompt)}</h3>"]
        if not state.checked:
            parts.append(f"<p>{escape(_('Not tried.'))}</p>")
        else:
            facts = _("Best {best} · {checks} · hints {hints} · {time}", best=percent(state.best_score),
                      checks=ngettext("{count} Check", "{count} Checks", state.checks), hints=state.hints_shown,
                      time=duration(state.seconds))
            parts.append(f"<p>{escape(facts)}</p>")
            if state.answer_shown:
                parts.append(f"<p><b>{escape(_('The answer was shown.'))}</b></p>")
            graded = state.grade.selections if state.grade else ()
            for n, selection in enumerate(state.selections):
                if selection.option is not None:
                    words = exercise.options[selection.option].text
                else:
                    words = session.lesson.article.text[selection.start:selection.end]
                verdict = graded[n].verdict if n < len(graded) else "pending"
                feedback = graded[n].feedback if n < len(graded) else ""
                parts.append(f"<p><b>{escape(verdict_label(verdict))}</b>: “{escape(words)}”"
                             + (f"<br><i>{escape(feedback)}</i>" if feedback else "") + "</p>")
        self.attempt_panel.setHtml("".join(parts))

    # --- export ------------------------------------------------------------------------------------------

    def export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export the class report"), str(Path.home() / "class-results.html"),
            _("Web page (*.html);;PDF (*.pdf);;Gradebook CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        from literacy_app.core.files import write_atomically
        from literacy_app.core.report.export import gradebook_csv

        lesson_id = self.lesson_choice.currentData() or None
        report = build_report(self.result.records, self.lessons, class_id=self.class_id, lesson_id=lesson_id)
        suffix = Path(path).suffix.lower()
        try:
            if suffix == ".pdf":
                from literacy_app.ui.report_pdf import write_report_pdf

                write_report_pdf(report, path, theme=self._html_theme(), source=self.source.describe(),
                                 problems=self.result.problems)
            elif suffix == ".csv":
                write_atomically(Path(path), gradebook_csv(report))
            else:
                write_atomically(Path(path), report_html(report, theme=self._html_theme(),
                                                         source=self.source.describe(),
                                                         problems=self.result.problems))
        except Exception as problem:  # noqa: BLE001 - any failure to write is told, never a traceback
            QMessageBox.warning(self, _("Export"), _("The report could not be saved: {reason}", reason=problem))
            return
        self.statusBar().showMessage(_("Saved {path}.", path=path), 8000)


def open_class_results(parent: QWidget | None, context: AppContext,
                       open_attempt: Callable[[LessonSession], object] | None = None) -> ClassResultsWindow | None:
    """File → Class results…: ask where the results are (remembered), then show the report. Teacher mode
    only: with the lab's teacher view off, it says so and opens nothing."""
    if not context.lab.teacher_view:
        QMessageBox.information(parent, _("Class results"),
                                _("Class results are switched off on this computer."))
        return None
    from literacy_app.core.library import lesson_folders, load_library

    choice = load_choice(context.data_folder)
    lab = context.lab
    if not (choice.folder or choice.endpoint):  # nothing chosen yet: start from where the lab sends results
        endpoint, folder = getattr(lab, "lrs_endpoint", None), getattr(lab, "results_folder", None)
        choice = choice._replace(kind="lrs" if endpoint and not folder else "folder", folder=folder or "",
                                 endpoint=endpoint or "", class_id=getattr(lab, "class_id", None) or "")
    asked = ask_for_source(parent, context, choice)
    if asked is None:
        return None
    source, choice = asked
    library = load_library(lesson_folders(context.user_lessons_folder))
    lessons = {f.lesson.id: f.lesson for f in library.lessons if f.lesson is not None}

    def change() -> tuple[ResultsSource, str | None] | None:
        found = ask_for_source(window, context, load_choice(context.data_folder))
        return (found[0], found[1].class_id or None) if found is not None else None

    window = ClassResultsWindow(source, lessons, context.theme, class_id=choice.class_id or None,
                                lesson_id=choice.lesson_id or None, open_attempt=open_attempt, change_source=change)

    def remember_lesson() -> None:
        save_choice(context.data_folder, load_choice(context.data_folder)._replace(
            lesson_id=window.lesson_choice.currentData() or ""))

    window.lesson_choice.currentIndexChanged.connect(lambda _index: remember_lesson())
    window.show()
    return window


def ask_for_source(parent: QWidget | None, context: AppContext,
                   choice: SourceChoice) -> tuple[ResultsSource, SourceChoice] | None:
    from literacy_app.core.report.sources import FolderSource, LrsSource
    from literacy_app.ui.results_source_dialog import ResultsSourceDialog

    dialog = ResultsSourceDialog(choice, parent)
    if dialog.exec() != ResultsSourceDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    save_choice(context.data_folder, choice)
    if choice.kind == "lrs":
        return LrsSource(choice.endpoint, choice.username, dialog.password.text(),
                         iri_base=getattr(context.lab, "iri_base", None) or DEFAULT_IRI_BASE), choice
    return FolderSource(choice.folder), choice
