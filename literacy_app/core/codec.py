"""Plain JSON data to and from the app's typed values, derived from their type hints.

The lesson cache and progress files are both made this way, so a field added to a dataclass or a
NamedTuple is written and read back without a line changed here, and every value read is checked
against its declared type (a number where a number belongs, a finite one, an int that is not a bool,
one of the allowed words for a ``Literal``) before anything is built from it.

Records (``core.record``) and dataclasses become JSON objects keyed by field name (a missing field takes its
default; an unknown one is ignored, so an older or newer file still reads); NamedTuples become arrays; tuples
and lists arrays.
"""

from __future__ import annotations

import math
import sys
import types
import typing
from collections.abc import Callable
from typing import Any

from literacy_app.core import record

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]


class DataProblem(ValueError):
    """A value that does not fit its declared type; the message names where, for a log or a test."""


_encoders: dict[Any, Encoder] = {}
_decoders: dict[Any, Decoder] = {}


def encode(value: Any, kind: Any = None, *, positional: bool = False) -> Any:
    """``value`` (of type ``kind``, by default its own class) as plain JSON data. ``positional``: write
    dataclasses as arrays in field order (smaller and quicker to read, for data only this version of the
    code reads back, such as the lesson cache); otherwise as objects keyed by field name."""
    return encoder(kind if kind is not None else type(value), positional)(value)


def decode(data: Any, kind: Any, *, positional: bool = False) -> Any:
    """A value of type ``kind`` from plain JSON data; raises ``DataProblem`` if the data does not fit."""
    return decoder(kind, positional)(data)


def _is_namedtuple(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields")


_hints_found: dict[type, dict[str, Any]] = {}
_annotations_read: dict[tuple[str, str], Any] = {}


def _hints(kind: type) -> dict[str, Any]:
    """The declared type of each field. A record's or a NamedTuple's annotations are read here, each
    distinct one once (``typing.get_type_hints`` is several times slower, and this runs as a lesson opens);
    they are the app's own source code, never a lesson file's."""
    found = _hints_found.get(kind)
    if found is None:
        if record.is_record(kind):
            found = {f.name: _annotation(f.annotation, f.module) for f in record.fields(kind)}
        elif _is_namedtuple(kind):
            found = {name: _annotation(annotation, kind.__module__)
                     for name, annotation in kind.__annotations__.items()}
        else:  # a dataclass of a teacher's command
            found = typing.get_type_hints(kind)
        _hints_found[kind] = found
    return found


def _annotation(annotation: Any, module: str) -> Any:
    if isinstance(annotation, typing.ForwardRef):  # how a NamedTuple keeps a written annotation
        annotation = annotation.__forward_arg__
    if not isinstance(annotation, str):
        return annotation
    key = (module, annotation)
    if key not in _annotations_read:
        _annotations_read[key] = eval(annotation, vars(sys.modules[module]))  # noqa: S307 - our own source
    return _annotations_read[key]


def _is_dataclass(kind: Any) -> bool:
    return isinstance(kind, type) and hasattr(kind, "__dataclass_fields__")


def _has_fields(kind: Any) -> bool:
    """A record or a dataclass: a class of named fields."""
    return record.is_record(kind) or _is_dataclass(kind)


def _fields(kind: type) -> list[tuple[str, Any, bool]]:
    """(name, type, has a default) of a record's or a dataclass's fields set by its constructor."""
    hints = _hints(kind)
    if record.is_record(kind):
        return [(f.name, hints[f.name], f.has_default) for f in record.fields(kind)]
    import dataclasses  # only for the dataclasses of a teacher's command; the app's model is records

    missing = dataclasses.MISSING
    return [(f.name, hints[f.name], f.default is not missing or f.default_factory is not missing)
            for f in dataclasses.fields(kind) if f.init]


def _defaults(kind: type) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """The fixed defaults and the default factories of a record's or a dataclass's fields."""
    if record.is_record(kind):
        found = record.fields(kind)
        return ({f.name: f.default for f in found if f.has_default and f.default_factory is None},
                {f.name: f.default_factory for f in found if f.default_factory is not None})
    import dataclasses

    return ({f.name: f.default for f in dataclasses.fields(kind) if f.default is not dataclasses.MISSING},
            {f.name: f.default_factory for f in dataclasses.fields(kind)
             if f.default_factory is not dataclasses.MISSING})


def encoder(kind: Any, positional: bool = False) -> Encoder:
    found = _encoders.get((kind, positional))
    if found is None:
        found = _encoders[(kind, positional)] = _make_encoder(kind, positional)
    return found


def decoder(kind: Any, positional: bool = False) -> Decoder:
    found = _decoders.get((kind, positional))
    if found is None:
        found = _decoders[(kind, positional)] = _make_decoder(kind, positional)
    return found


def _plain(value: Any) -> Any:
    return value


def _make_encoder(kind: Any, positional: bool) -> Encoder:
    if kind in (str, int, bool, type(None)) or typing.get_origin(kind) is typing.Literal:
        return _plain
    if kind is float:
        return _plain
    if _has_fields(kind):
        parts = [(name, encoder(hint, positional)) for name, hint, _ in _fields(kind)]
        if positional:
            return lambda value: [part(getattr(value, name)) for name, part in parts]
        return lambda value: {name: part(getattr(value, name)) for name, part in parts}
    if _is_namedtuple(kind):
        hints = _hints(kind)
        items = [encoder(hints[name], positional) for name in kind._fields]
        return lambda value: [part(item) for part, item in zip(items, value)]
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (tuple, list):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            members = [encoder(a, positional) for a in args]
            return lambda value: [part(item) for part, item in zip(members, value)]
        item = encoder(args[0], positional)
        return lambda value: [item(v) for v in value]
    if origin is dict:
        item = encoder(args[1], positional)
        return lambda value: {str(k): item(v) for k, v in value.items()}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            inner = encoder(options[0], positional)
            return lambda value: None if value is None else inner(value)
        return lambda value: _any(value, positional)
    raise TypeError(f"no JSON form for {kind!r}")


def _make_decoder(kind: Any, positional: bool) -> Decoder:
    if kind is str:
        return _checked(str)
    if kind is bool:
        return _checked(bool)
    if kind is int:
        def integer(data: Any) -> int:
            if type(data) is not int:
                raise DataProblem(f"expected a whole number, found {type(data).__name__}")
            return data
        return integer
    if kind is float:
        def number(data: Any) -> float:
            if type(data) not in (int, float) or not math.isfinite(data):
                raise DataProblem(f"expected a finite number, found {data!r}"[:80])
            return float(data)
        return number
    if kind is type(None):
        return _checked(type(None))
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is typing.Literal:
        allowed = set(args)
        allowed_types = {type(a) for a in args}

        def literal(data: Any) -> Any:
            if type(data) not in allowed_types or data not in allowed:
                raise DataProblem(f"expected one of {sorted(map(str, args))}, found {data!r}"[:120])
            return data
        return literal
    if _has_fields(kind):
        return _dataclass_decoder(kind, positional)
    if _is_namedtuple(kind):
        return _namedtuple_decoder(kind, positional)
    if origin in (tuple, list):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            members = [decoder(a, positional) for a in args]

            def fixed(data: Any) -> tuple[Any, ...]:
                if type(data) is not list or len(data) != len(members):
                    raise DataProblem(f"expected a list of {len(members)}")
                return tuple(part(item) for part, item in zip(members, data))
            return fixed
        item = decoder(args[0], positional)
        make = tuple if origin is tuple else list
        exact = _exact_types(args[0])
        plain = {exact[0]} if exact is not None and len(exact) == 1 else None

        def sequence(data: Any) -> Any:
            if type(data) is not list:
                raise DataProblem(f"expected a list, found {type(data).__name__}")
            if plain is not None and set(map(type, data)) <= plain:  # strings or numbers, checked in C
                return make(data)
            return make([item(v) for v in data])
        return sequence
    if origin is dict:
        item = decoder(args[1], positional)

        def mapping(data: Any) -> dict[str, Any]:
            if type(data) is not dict:
                raise DataProblem(f"expected an object, found {type(data).__name__}")
            return {k: item(v) for k, v in data.items()}
        return mapping
    if origin in (typing.Union, types.UnionType):
        options = [decoder(a, positional) for a in args if a is not type(None)]
        allows_none = type(None) in args

        def union(data: Any) -> Any:
            if data is None and allows_none:
                return None
            problems = []
            for option in options:
                try:
                    return option(data)
                except DataProblem as problem:
                    problems.append(str(problem))
            raise DataProblem(" or ".join(problems) or "expected nothing here")
        return union
    raise TypeError(f"no JSON form for {kind!r}")


def _checked(kind: type) -> Decoder:
    def check(data: Any) -> Any:
        if type(data) is not kind:
            raise DataProblem(f"expected {kind.__name__}, found {type(data).__name__}")
        return data
    return check


def _exact_types(kind: Any) -> tuple[type, ...] | None:
    """The classes a JSON value must have to be ``kind`` as it is (str, int, bool, None and unions of
    them): such values are checked in place rather than through a decoder, which keeps the cache fast."""
    if kind in (str, int, bool, type(None)):
        return (kind,)
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        args = typing.get_args(kind)
        if all(a in (str, int, bool, type(None)) for a in args):
            return tuple(args)
    return None


def _constructor(kind: type) -> Callable[[dict[str, Any]], Any]:
    """Builds ``kind`` from checked field values. A dataclass without ``__post_init__`` or slots is
    filled in directly (its ``__init__`` only assigns, and a frozen one assigns slowly); values left out
    take their defaults either way."""
    if hasattr(kind, "__post_init__") or not hasattr(kind, "__dict__") or "__slots__" in vars(kind):
        return lambda values: kind(**values)
    fixed, factories = _defaults(kind)
    new = object.__new__

    def construct(values: dict[str, Any]) -> Any:
        made: Any = new(kind)
        state = made.__dict__
        if len(values) < len(fixed) + len(factories):
            state.update(fixed)
            for name, factory in factories.items():
                if name not in values:
                    state[name] = factory()
        state.update(values)
        return made
    return construct


def _single_types(hints: list[Any]) -> tuple[type, ...] | None:
    """The one class each value must have, when every field allows exactly one (str, int or bool)."""
    found = [_exact_types(hint) for hint in hints]
    if all(f is not None and len(f) == 1 for f in found):
        return tuple(f[0] for f in found)  # type: ignore[index]
    return None


def _dataclass_decoder(kind: type, positional: bool) -> Decoder:
    fields = [(name, _exact_types(hint), decoder(hint, positional), has_default)
              for name, hint, has_default in _fields(kind)]
    construct = _constructor(kind)
    names = tuple(name for name, *_ in fields)
    single = _single_types([hint for _, hint, _ in _fields(kind)])
    direct = single is not None and not hasattr(kind, "__post_init__") and "__slots__" not in vars(kind)
    new = object.__new__

    count = len(fields)

    def field_value(field: tuple[str, tuple[type, ...] | None, Decoder, bool], value: Any) -> Any:
        """One field's value: as it is when its class is one the field allows, else through its decoder."""
        name, exact, part, _has_default = field
        if exact is not None and type(value) in exact:
            return value
        try:
            return part(value)
        except DataProblem as problem:
            raise DataProblem(f"{kind.__name__}.{name}: {problem}") from None

    def build_positional(data: Any) -> Any:
        if type(data) is not list or len(data) != count:
            raise DataProblem(f"{kind.__name__}: expected a list of {count}")
        if direct and tuple(map(type, data)) == single:  # the common case, checked in C
            made: Any = new(kind)
            made.__dict__.update(zip(names, data))
            return made
        values = {field[0]: field_value(field, value) for field, value in zip(fields, data)}
        return construct(values)

    def build(data: Any) -> Any:
        # The common case, checked in C: every field there, in order, each of its one allowed class.
        if direct and type(data) is dict and tuple(data) == names and tuple(map(type, data.values())) == single:
            made: Any = new(kind)
            made.__dict__.update(data)
            return made
        if type(data) is not dict:
            raise DataProblem(f"{kind.__name__}: expected an object, found {type(data).__name__}")
        values = {}
        for field in fields:
            name, has_default = field[0], field[3]
            if name in data:
                values[name] = field_value(field, data[name])
            elif not has_default:
                raise DataProblem(f"{kind.__name__}: {name} is missing")
        return construct(values)
    return build_positional if positional else build


def _namedtuple_decoder(kind: Any, positional: bool) -> Decoder:
    hints = _hints(kind)
    parts = [decoder(hints[name], positional) for name in kind._fields]
    exact = [_exact_types(hints[name]) for name in kind._fields]
    plain = all(e is not None for e in exact)
    single = _single_types([hints[name] for name in kind._fields])
    required = len(kind._fields) - len(kind._field_defaults)
    make = kind._make

    def build(data: Any) -> Any:
        if single is not None and type(data) is list and tuple(map(type, data)) == single:
            return make(data)  # the common case, checked in C
        if type(data) is dict:  # written by an older version as an object
            data = [data[name] for name in kind._fields if name in data]
        if type(data) is not list or not required <= len(data) <= len(parts):
            raise DataProblem(f"{kind.__name__}: expected a list of {len(parts)}")
        if plain and all(type(item) in types for item, types in zip(data, exact)):  # type: ignore[operator]
            return make(data)
        try:
            return make([part(item) for part, item in zip(parts, data)])
        except DataProblem as problem:
            raise DataProblem(f"{kind.__name__}: {problem}") from None
    return build


def _any(value: Any, positional: bool) -> Any:
    """Plain data for a value whose type is one of several (a union): by its own class."""
    if isinstance(value, (tuple, list)) and not _is_namedtuple(type(value)):
        return [_any(v, positional) for v in value]
    if value is None or isinstance(value, (str, int, float)):
        return value
    return encoder(type(value), positional)(value)
