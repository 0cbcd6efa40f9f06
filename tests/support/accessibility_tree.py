"""Walking a window's accessibility tree as a screen reader does, for tests.

A screen reader knows a window only through Qt's accessibility interfaces: each
control's role and its name (``QAccessible.Text.Name``, from ``setAccessibleName``,
a label's buddy, or the button's own text). :func:`unnamed_controls` walks the tree
from a window and lists every control a person can act on that would be read out
as just "button" or "edit".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QLabel, QStackedWidget, QTabWidget, QWidget

Role = QAccessible.Role

# What a person acts on or reads field by field; each needs a name of its own. Items
# (list items, cells, menu items) carry their text and are not checked: their
# container (the list, the table) is.
INTERACTIVE_ROLES = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.Dial,
        Role.List,
        Role.Table,
        Role.Tree,
        Role.PageTab,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ButtonDropGrid,
        Role.Link,
        Role.HotkeyField,
    }
)

# Item roles below which nothing else is a control (a table's cells, a list's rows).
_ITEM_ROLES = frozenset(
    {Role.Cell, Role.ListItem, Role.TreeItem, Role.Row, Role.ColumnHeader, Role.RowHeader}
)

# Deep enough for any real window; a cycle in the tree is a bug, not a reason to hang.
_MAX_DEPTH = 60


@dataclass(frozen=True)
class Unnamed:
    """A control a screen reader would read without a name."""

    window: str
    object_name: str
    class_name: str
    role: str
    path: str

    def __str__(self) -> str:
        return (
            f"{self.window}: {self.role} {self.class_name} "
            f"objectName={self.object_name!r} at {self.path}"
        )


def _interface(widget: QWidget) -> QAccessibleInterface:
    # Not QAccessible.setActive(True): the tree answers without it, and a test process
    # left "active" with no screen reader listening crashed in a later setStyleSheet.
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, f"no accessible interface: {widget}"
    assert interface.isValid(), f"no valid accessible interface: {widget}"
    return interface


def _describe(interface: QAccessibleInterface) -> tuple[str, str]:
    target = interface.object()
    if target is None:
        return "", type(interface).__name__
    return target.objectName(), target.metaObject().className()


def _hidden(interface: QAccessibleInterface) -> bool:
    state = interface.state()
    return bool(state.invisible or state.offscreen)


def walk(root: QWidget) -> Iterator[tuple[QAccessibleInterface, str]]:
    """Every visible node under ``root`` (with a readable path), depth first."""
    stack: list[tuple[QAccessibleInterface, str, int]] = [(_interface(root), "", 0)]
    while stack:
        interface, path, depth = stack.pop()
        if not interface.isValid() or _hidden(interface):
            continue  # not shown: not read either (its own window is walked when shown)
        yield interface, path
        role = interface.role()
        if role in _ITEM_ROLES or depth >= _MAX_DEPTH:
            continue
        for index in reversed(range(interface.childCount())):
            child = interface.child(index)
            if child is None:
                continue
            name, class_name = _describe(child)
            step = f"{class_name}#{name}" if name else f"{class_name}[{index}]"
            stack.append((child, f"{path}/{step}", depth + 1))


def unnamed_controls(root: QWidget, window: str = "") -> list[Unnamed]:
    """The visible controls under ``root`` whose accessible name is empty."""
    found: list[Unnamed] = []
    label = window or root.objectName() or type(root).__name__
    for interface, path in walk(root):
        role = interface.role()
        if role not in INTERACTIVE_ROLES:
            continue
        if interface.text(QAccessible.Text.Name).strip():
            continue
        object_name, class_name = _describe(interface)
        found.append(Unnamed(label, object_name, class_name, role.name, path or "/"))
    return found


def unnamed_on_every_page(root: QWidget, window: str = "") -> list[Unnamed]:
    """:func:`unnamed_controls` with each page of each tab widget and stacked widget of
    ``root`` shown in turn (a hidden page is not in the tree), put back after."""
    seen: dict[tuple[str, str, str], Unnamed] = {}

    def add(items: list[Unnamed]) -> None:
        for item in items:
            seen.setdefault((item.object_name, item.class_name, item.path), item)

    add(unnamed_controls(root, window))
    for pages in root.findChildren(QTabWidget) + root.findChildren(QStackedWidget):
        if isinstance(pages.parent(), QTabWidget):
            continue  # a tab widget's own stack: its tabs are shown through it
        current = pages.currentIndex()
        for index in range(pages.count()):
            pages.setCurrentIndex(index)
            add(unnamed_controls(root, window))
        pages.setCurrentIndex(current)
    return list(seen.values())


def focus_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab reaches from the window's first focus, in order, once round."""
    chain: list[QWidget] = []
    start = window.nextInFocusChain()
    widget = start
    for _ in range(5000):
        if widget is window:
            break
        chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def clipped_texts(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels narrower or lower than their text needs
    (without a tooltip to say it whole): what would be cut at a large font."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or widget.pixmap() is not None:
                continue
            text = widget.text()
        else:
            continue
        if not text.strip() or widget.toolTip():
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
        if widget.width() < hint.width() or widget.height() < hint.height():
            problems.append(
                f"{type(widget).__name__}#{widget.objectName()} {text!r}: "
                f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}"
            )
    return problems
