"""The Help screen: how to do everything from the keyboard, built from the action table."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from literacy_app.i18n import _
from literacy_app.ui.actions import action_specs, shortcut_text
from literacy_app.ui.words import escape


def help_html() -> str:
    rows = "".join(f"<tr><td><b>{escape(shortcut_text(spec))}</b></td><td>{escape(spec.label.replace('&', ''))}"
                   f"</td><td>{escape(spec.tooltip)}</td></tr>" for spec in action_specs() if spec.shortcuts)
    steps = [
        _("Press Tab to move between the article, your selections and the buttons; Shift+Tab goes back."),
        _("In the article, move with the arrow keys. Hold Shift and press the arrows to select words "
          "(Ctrl+Shift+arrow selects a word at a time)."),
        _("Press Enter in the article to add the words you selected. Delete removes the chosen selection."),
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
