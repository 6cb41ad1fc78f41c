"""The JSON Schema editors use (`literacy-app schema`) agrees with the loader: what loads validates, and
what is structurally wrong is refused by both.

Every fixture under fixtures/invalid/ starts with `# expect: LINE:COLUMN: message` lines: exactly the
problems the loader must report. Those under structural/ are mistakes a schema can see (wrong type,
unknown or missing field, bad enum value, out of range); those under semantic/ need the loader (quotes,
overlaps, YAML details that a plain YAML load hides), so the schema is not asked about them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from literacy_app.cli import main
from literacy_app.commands.lesson_key import schema_text
from literacy_app.core.loader import read_lesson
from tests.support.lessons import FIXTURES, LESSON

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "literacy_app" / "schema" / "lesson-1.schema.json"
SHIPPED = sorted(p for pattern in ("*.yaml", "*.yml") for p in (ROOT / "lessons").rglob(pattern))
VALID = sorted((FIXTURES / "valid").glob("*.yaml"))
STRUCTURAL = sorted((FIXTURES / "invalid" / "structural").glob("*.yaml"))
SEMANTIC = sorted((FIXTURES / "invalid" / "semantic").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (\d+):(\d+): (.*)$", re.M)


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _schema_errors(validator: Draft202012Validator, path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def test_the_command_prints_the_schema_file(capsys):
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == schema_text() == SCHEMA_FILE.read_text(encoding="utf-8")
    assert json.loads(printed)["$id"].endswith("lesson-1.schema.json")


def test_the_fixtures_are_there():
    assert len(VALID) >= 3 and len(STRUCTURAL) >= 20 and len(SEMANTIC) >= 10


@pytest.mark.parametrize("path", SHIPPED + VALID, ids=_name)
def test_every_lesson_that_loads_validates_against_the_schema(validator, path):
    result = read_lesson(path)
    assert result.errors == [], "\n".join(map(str, result.errors))
    assert _schema_errors(validator, path) == []


def _expected(path: Path) -> list[tuple[int, int, str]]:
    expected = [(int(line), int(column), message) for line, column, message in EXPECT.findall(path.read_text("utf-8"))]
    assert expected, f"{path.name} names no expected problem"
    return expected


QUOTED = re.compile(r"'[^']+'|\"[^\"]+\"")


@pytest.mark.parametrize("path", STRUCTURAL + SEMANTIC, ids=_name)
def test_an_invalid_fixture_gives_exactly_its_expected_problems(path):
    """The same problems at the same places; each message keeps its gist (the names and values it quotes,
    or its opening words), so rewording a message does not mean rewriting every fixture."""
    result = read_lesson(path, shown_as=path.name)
    assert result.lesson is None
    expected = _expected(path)
    assert [(p.line, p.column) for p in result.problems] == [(line, column) for line, column, _ in expected]
    for problem, (_, _, message) in zip(result.problems, expected):
        gist = QUOTED.findall(message) or [message[:25]]
        assert all(piece in problem.message for piece in gist), f"{problem} does not say {gist}"


@pytest.mark.parametrize("path", STRUCTURAL, ids=_name)
def test_a_structurally_invalid_lesson_is_refused_by_the_schema_too(validator, path):
    assert _schema_errors(validator, path) != []


@pytest.mark.parametrize("change", [
    ("id: city-cycle-lanes", "id: 2024"),
    ("title: Who says so?", "title: 1984"),
    ("language: en", "language: pt-BR"),
    ("    answers:", "    pass_score: 0\n    answers:"),
    ("    answers:", "    hints: []\n    distractors: []\n    answers:"),
])
def test_loose_but_valid_values_are_accepted_by_both(validator, tmp_path, change):
    path = tmp_path / "lesson.yaml"
    path.write_text(LESSON.replace(*change), encoding="utf-8")
    assert read_lesson(path).problems == []
    assert _schema_errors(validator, path) == []


@pytest.mark.parametrize("change", [
    ("title: Who says so?", "title: yes"),                   # a YAML 1.1 boolean
    ("title: Who says so?", "title: 2024-03-05"),            # a YAML date
    ("title: Who says so?", 'title: ""'),
    ("format: 1", "format: 2"),
    ("format: 1", 'format: "1"'),
    ("type: attribution", "type: choice"),                   # a choice needs options, has no answers
    ("    answers:", "    unit: Sentence\n    answers:"),
    ("    answers:", "    pass_score: -1\n    answers:"),
    ("      - quote: said Mayor Ana Ruiz", "      - quote: said Mayor Ana Ruiz\n        occurrence: 0"),
    ("      - quote: said Mayor Ana Ruiz", "      - quote: said Mayor Ana Ruiz\n        key: []"),
])
def test_more_structural_mistakes_are_refused_by_both(validator, tmp_path, change):
    path = tmp_path / "lesson.yaml"
    path.write_text(LESSON.replace(*change), encoding="utf-8")
    assert read_lesson(path).errors != []
    assert _schema_errors(validator, path) != []


def test_the_format_reference_names_every_field_of_the_schema():
    """docs/lesson-format.md is kept in step with the schema: each field the schema allows is named there."""
    from tests.support.paths import FORMAT_DOC

    doc = FORMAT_DOC.read_text(encoding="utf-8")
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    names: set[str] = set()

    def collect(node: object) -> None:
        if isinstance(node, dict):
            names.update(node.get("properties", {}))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(schema)
    assert {"rules", "show_answer", "retry", "key"} <= names
    assert sorted(n for n in names if f"`{n}`" not in doc) == []
    assert "1.1" in schema["title"] and 1.1 in schema["properties"]["format"]["enum"]
