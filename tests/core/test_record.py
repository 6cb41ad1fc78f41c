"""Records behave like the frozen dataclasses they replace: fields, defaults, equality, hashing, copies."""

from __future__ import annotations

import copy
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from literacy_app.core.record import Record, as_dict, field, fields, replace


class Point(Record):
    x: int
    y: int = 0
    label: str = field(default="", compare=False)


class Bag(Record, frozen=False):
    items: list[int] = field(default_factory=list)
    name: str = "bag"


def test_fields_come_from_the_annotations_in_order() -> None:
    assert [f.name for f in fields(Point)] == ["x", "y", "label"]
    assert [f.has_default for f in fields(Point)] == [False, True, True]
    assert Point(1) == Point(x=1, y=0) and Point(1, 2).y == 2


def test_a_frozen_record_cannot_change() -> None:
    point = Point(1, 2)
    with pytest.raises(AttributeError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    assert replace(point, x=3) == Point(3, 2) and point.x == 1


def test_a_record_that_may_change_gets_fresh_defaults() -> None:
    first, second = Bag(), Bag()
    first.items.append(1)
    first.name = "mine"
    assert second.items == [] and as_dict(first) == {"items": [1], "name": "mine"}
    with pytest.raises(TypeError):
        hash(first)


@pytest.mark.parametrize("call", [lambda: Point(), lambda: Point(1, 2, "a", 4), lambda: Point(1, z=2),
                                  lambda: Point(1, x=2)])
def test_wrong_arguments_are_refused(call: object) -> None:
    with pytest.raises(TypeError):
        call()  # type: ignore[operator]


def test_a_field_left_out_of_comparison() -> None:
    assert Point(1, 2, "a") == Point(1, 2, "b") and hash(Point(1, 2, "a")) == hash(Point(1, 2, "b"))
    assert Point(1, 2) != (1, 2) and repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a')"


@given(st.integers(), st.integers(), st.text())
def test_equal_records_hash_alike_and_survive_copies(x: int, y: int, label: str) -> None:
    point = Point(x, y, label)
    for made in (copy.copy(point), copy.deepcopy(point), pickle.loads(pickle.dumps(point))):
        assert made == point and hash(made) == hash(point) and made.label == label
    assert (Point(x, y) == Point(x + 1, y)) is False
