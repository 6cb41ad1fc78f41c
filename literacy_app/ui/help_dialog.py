"""The Help screen: how to do everything from the keyboard, built from the action table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from literacy_app.i18n import _
from literacy_app.ui.actions import action_specs, shortcut_text
from literacy_app.ui.words import escape


def local_keys() -> list[tuple[str, str, str]]:
    """Keys that work in one place only (the article, the list, Find), which the action table does not hold."""
    return [
        ("Return", _("Add selection"), _("In the article: add the words you selected")),
        ("Shift+Return", _("Add the sentence"), _("In the article: add the whole sentence where the cursor is")),
        ("Ctrl+Shift+Right", _("Select one more word"), _("In the article: make the selection one word longer")),
        ("Ctrl+Shift+Left", _("Select one word less"), _("In the article: make the selection one word shorter "
                                                        "(or longer to the left)")),
        ("Shift+Right", _("Select one more letter"), _("In the article: Shift and any arrow key select text")),
        ("Del", _("Remove"), _("In your list of selections: remove the chosen one")),
        ("Esc", _("Close find"), _("In Find: go back to the article")),
        ("Tab", _("Next control"), _("Article, your selections, the options, the buttons, then Previous and "
                                    "Next; Shift+Tab goes back")),
    ]


def _key(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def help_html() -> str:
    rows = "".join(f"<tr><td><b>{escape(shortcut_text(spec))}</b></td><td>{escape(spec.label.replace('&', ''))}"
                   f"</td><td>{escape(spec.tooltip)}</td></tr>" for spec in action_specs() if spec.shortcuts)
    rows += "".join(f"<tr><td><b>{escape(_key(keys))}</b></td><td>{escape(label)}</td><td>{escape(tip)}</td></tr>"
                    for keys, label, tip in local_keys())
    steps = [
        _("Press Tab to move between the article, your selections and the buttons; Shift+Tab goes back."),
        _("In the article, move with the arrow keys. Hold Shift and press the arrows to select words "
          "(Ctrl+Shift+arrow selects a whole word at a time; Ctrl+Shift+S selects the sentence)."),
        _("Press Enter in the article to add the words you selected, or Shift+Enter to add the whole "
          "sentence. Delete removes the chosen selection."),
        _("Ctrl+F finds words in the article and selects them: press Enter to go back to the article, and "
          "Enter again to add them. F3 finds the next place."),
        _("F8 goes to each marked word in the article and says how it did."),
        _("After Check, every selection is marked in the article and in the list: ✓ correct (solid "
          "underline), ◐ partly right (dashed), ✗ not right (wavy). Show answer marks the answers with dots."),
        _("Your progress is saved after every step, so you can close the app at any time."),
    ]
    from literacy_app.core.feedback import scoring_rule_example
    items = "".join(f"<li>{escape(s)}</li>" for s in steps)
    return (f"<h2>{escape(_('Using the app'))}</h2><ul>{items}</ul>"
            f"<h2>{escape(_('How the score is counted'))}</h2><p>{escape(scoring_rule_example())}</p>"
            f"<h2>{escape(_('Keyboard shortcuts'))}</h2><table cellpadding='4'>{rows}</table>")


def show_help(parent: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(_("Keyboard and help"))
    dialog.resize(720, 560)
    layout = QVBoxLayout(dialog)
    text = QTextBrowser()
    text.setAccessibleName(_("Help"))
    text.setHtml(help_html())
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(_("Close"))
    layout.addWidget(buttons)
    dialog.exec()
