"""Every word the interface shows passes through the translation function, so a second language is a
data file: no widget is given a bare string literal."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "literacy_app"
SHOWN = {"setText", "setToolTip", "setStatusTip", "setAccessibleName", "setAccessibleDescription",
         "setWindowTitle", "setPlaceholderText", "showMessage", "setTitle", "setHtml", "addMenu",
         "QLabel", "QPushButton", "QAction", "QGroupBox", "QCheckBox", "QRadioButton", "warning",
         "information", "critical", "question"}


def bare_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        if name not in SHOWN:
            continue
        for argument in node.args:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str) \
                    and any(c.isalpha() for c in argument.value):
                found.append(f"{path.name}:{node.lineno}: {argument.value!r}")
    return found


def test_no_widget_is_given_an_untranslated_string() -> None:
    files = sorted((PACKAGE / "ui").glob("*.py")) + [PACKAGE / "cli.py"]
    assert [s for f in files for s in bare_strings(f)] == []


def test_the_check_finds_a_bare_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("label.setText('Hello')\nlabel.setText(_('Hello'))\n", encoding="utf-8")
    assert bare_strings(sample) == ["sample.py:1: 'Hello'"]
