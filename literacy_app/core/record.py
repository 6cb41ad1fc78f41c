"""Records: classes of named fields, like frozen dataclasses, that cost nothing to define.

A dataclass writes and compiles five or six methods for every class when its module is imported; the
lesson model and the state the lesson window needs have a dozen such classes, and importing them was a
noticeable part of opening a lesson (issue 17: no dataclasses on the start path). A ``Record`` reads its
fields from the class's annotations once, and shares one ``__init__``, ``__eq__``, ``__hash__`` and
``__repr__`` with every record. Type checkers see them as dataclasses (``dataclass_transform``).

    class Span(Record):                # frozen: assigning a field raises AttributeError
        start: int
        end: int

    class LessonFile(Record, frozen=False):
        problems: list[LessonError] = field(default_factory=list)
        path: str = field(default="", compare=False)

``fields(kind)`` lists a record's fields and ``replace(record, **changes)`` copies one with some changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, NamedTuple, TypeVar, dataclass_transform

_NOTHING: Any = object()


class Field(NamedTuple):
    name: str
    annotation: Any  # as written: a string (``from __future__ import annotations``) or a type
    module: str  # where it was written, for reading the annotation
    default: Any = _NOTHING
    default_factory: Callable[[], Any] | None = None
    compare: bool = True

    @property
    def has_default(self) -> bool:
        return self.default is not _NOTHING or self.default_factory is not None


class _Specified(NamedTuple):
    default: Any
    default_factory: Callable[[], Any] | None
    compare: bool


def field(*, default: Any = _NOTHING, default_factory: Callable[[], Any] | None = None, compare: bool = True) -> Any:
    """A field's default made fresh for every record (``default_factory``), or a field left out of ``==``."""
    return _Specified(default, default_factory, compare)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
class Record:
    """The base of every record; see the module's description."""

    __record_fields__: ClassVar[tuple[Field, ...]] = ()
    __record_frozen__: ClassVar[bool] = True
    _compared: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, *, frozen: bool = True, **options: Any) -> None:
        super().__init_subclass__(**options)
        inherited = {f.name: f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "__record_fields__", ())}
        for name, annotation in cls.__dict__.get("__annotations__", {}).items():
            if "ClassVar" in str(annotation):
                continue
            value = cls.__dict__.get(name, _NOTHING)
            if isinstance(value, _Specified):
                made = Field(name, annotation, cls.__module__, value.default, value.default_factory, value.compare)
                if value.default is _NOTHING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, value.default)
            else:
                made = Field(name, annotation, cls.__module__, value)
            inherited[name] = made
        cls.__record_fields__ = tuple(inherited.values())
        cls.__record_frozen__ = frozen
        cls._compared = tuple(f.name for f in cls.__record_fields__ if f.compare)
        if not frozen:
            cls.__hash__ = None  # type: ignore[assignment]  # a changing value cannot be a dict key

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        fields_ = self.__record_fields__
        if len(args) > len(fields_):
            raise TypeError(f"{type(self).__name__}() takes {len(fields_)} values, {len(args)} given")
        values = self.__dict__
        for f, value in zip(fields_, args):
            values[f.name] = value
        for f in fields_[len(args):]:
            if f.name in kwargs:
                values[f.name] = kwargs.pop(f.name)
            elif f.default is not _NOTHING:
                values[f.name] = f.default
            elif f.default_factory is not None:
                values[f.name] = f.default_factory()
            else:
                raise TypeError(f"{type(self).__name__}() needs a value for {f.name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__}() has no field {next(iter(kwargs))!r}, or it was given twice")

    def __setattr__(self, name: str, value: Any) -> None:
        if self.__record_frozen__:
            raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")
        object.__setattr__(self, name, value)

    def __delattr__(self, name: str) -> None:
        if self.__record_frozen__:
            raise AttributeError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")
        object.__delattr__(self, name)

    def _values(self) -> tuple[Any, ...]:
        values = self.__dict__
        return tuple(values[name] for name in self._compared)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        values = self.__dict__
        inner = ", ".join(f"{f.name}={values[f.name]!r}" for f in self.__record_fields__)
        return f"{type(self).__name__}({inner})"


R = TypeVar("R", bound=Record)


def fields(kind: type[Record] | Record) -> tuple[Field, ...]:
    return kind.__record_fields__


def is_record(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, Record)


def replace(record: R, **changes: Any) -> R:
    """A copy of ``record`` with the given fields changed."""
    values = {f.name: record.__dict__[f.name] for f in record.__record_fields__}
    values.update(changes)
    return type(record)(**values)


def as_dict(record: Record) -> dict[str, Any]:
    """The fields and their values (not copied: a list field is the record's own list)."""
    return {f.name: record.__dict__[f.name] for f in record.__record_fields__}
