"""What a plugin can reach from an object the host gave it, by plain attribute access.

The walk a curious or hostile plugin would make: instance attributes and slots,
what closures, bound methods, default arguments and ``functools.partial`` hold,
the items of containers, and a Qt object's parent and children. It does not
follow module globals (``function.__globals__``, ``sys.modules``), classes or the
garbage collector: from those, code in the console's process reaches everything,
and no API design closes that (docs/plugins.md says so). The walk answers the
narrower question the plugin API can answer: does the context object itself
lead to the desk, its database, the identity key or another plugin's secrets?
"""

from __future__ import annotations

import contextlib
import functools
import types
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

_SKIPPED = (types.ModuleType, type, types.CodeType, types.FrameType)
_ATOMS = (str, bytes, bytearray, int, float, complex, bool, type(None))
_UNSET = object()


@dataclass(frozen=True)
class Found:
    """An object the walk reached and the path it took, e.g. ``context._note_proposer.func``."""

    path: str
    value: Any

    def __str__(self) -> str:
        return f"{self.path} -> {type(self.value).__qualname__}"


def _edges(value: Any) -> Iterator[tuple[str, Any]]:
    """The objects ``value`` leads to by attribute access, each with its step's name."""
    if isinstance(value, _SKIPPED + _ATOMS):
        return
    if isinstance(value, dict | types.MappingProxyType):
        for key, item in list(value.items()):
            yield f"[{key!r}]", item
            yield f".keys()[{key!r}]", key
        return
    if isinstance(value, list | tuple | set | frozenset | deque):
        for index, item in enumerate(list(value)):
            yield f"[{index}]", item
        return
    if isinstance(value, functools.partial):
        yield ".func", value.func
        yield ".args", value.args
        yield ".keywords", value.keywords
    if isinstance(value, types.MethodType):
        yield ".__self__", value.__self__
        yield ".__func__", value.__func__
        return
    if isinstance(value, types.BuiltinMethodType):
        owner = getattr(value, "__self__", None)
        if owner is not None and not isinstance(owner, types.ModuleType):
            yield ".__self__", owner
        return
    if isinstance(value, types.FunctionType):
        for index, cell in enumerate(value.__closure__ or ()):
            try:
                yield f".__closure__[{index}]", cell.cell_contents
            except ValueError:  # an empty cell
                continue
        yield ".__defaults__", value.__defaults__
        yield ".__kwdefaults__", value.__kwdefaults__
        if hasattr(value, "__wrapped__"):
            yield ".__wrapped__", value.__wrapped__
        return
    try:
        attributes = vars(value)
    except TypeError:
        attributes = {}
    for name, item in list(attributes.items()):
        yield f".{name}", item
    for cls in type(value).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if name in ("__dict__", "__weakref__"):
                continue
            item = _UNSET
            with contextlib.suppress(Exception):  # unset, or a lazy attribute that fails
                item = getattr(value, name)
            if item is not _UNSET:
                yield f".{name}", item
    yield from _qt_edges(value)


def _qt_edges(value: Any) -> Iterator[tuple[str, Any]]:
    from PySide6.QtCore import QObject

    if not isinstance(value, QObject):
        return
    try:
        parent = value.parent()
        children = value.children()
    except RuntimeError:  # the C++ object is gone
        return
    if parent is not None:
        yield ".parent()", parent
    for index, child in enumerate(children):
        yield f".children()[{index}]", child


def walk(
    root: Any,
    name: str,
    wanted: Callable[[Any], bool],
    *,
    barriers: tuple[Any, ...] = (),
    limit: int = 500_000,
) -> list[Found]:
    """Every object reachable from ``root`` for which ``wanted`` is true, with its path.

    Breadth first, so each path is a shortest one. ``barriers`` are never entered
    (a widget's dock, say, which any Qt widget can walk up to). Stops after
    ``limit`` objects (then raises: a walk that big escaped into the whole process).
    """
    seen: set[int] = {id(root), *(id(barrier) for barrier in barriers)}
    queue: deque[tuple[str, Any]] = deque([(name, root)])
    found: list[Found] = []
    visited = 0
    keep_alive: list[Any] = [root]  # ids stay unique while the walk holds what it saw
    while queue:
        path, value = queue.popleft()
        visited += 1
        if visited > limit:
            raise AssertionError(f"the walk from {name} reached more than {limit} objects")
        if wanted(value):
            found.append(Found(path, value))
        for step, item in _edges(value):
            if id(item) in seen:
                continue
            seen.add(id(item))
            keep_alive.append(item)
            queue.append((path + step, item))
    return found
