"""Touch-sized parts of the kiosk: choice buttons, the booking-code keypad, its look,
and the small helpers every page builds with."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.ui.kiosk.style import KioskLook, kiosk_style

# Touch targets: WCAG asks for 44 px; a kiosk used standing, by anyone, gets far more.
TOUCH_HEIGHT = 88

# The normal look; the window restyles itself for large text, high contrast and keys.
KIOSK_STYLE = kiosk_style(KioskLook())


def style_kind(button: QPushButton, kind: str, height: int = TOUCH_HEIGHT) -> QPushButton:
    """Give ``button`` the kiosk's look for ``kind`` and a touch-sized height."""
    button.setProperty("kind", kind)
    button.setMinimumHeight(height)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    # Keys and a tactile keypad reach it; a touch does not move the focus.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


def heading(name: str) -> QLabel:
    """A centred, wrapping label styled by ``name`` (its object name)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    return label


class StatusLabel(QLabel):
    """A page's message line, out of the layout while it has nothing to say (so that a
    list of choices above it gets the room)."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def status_label() -> StatusLabel:
    """A centred, wrapping status line (kioskStatus), hidden while empty."""
    label = StatusLabel()
    label.setObjectName("kioskStatus")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    label.hide()
    return label


def back_button(name: str) -> QPushButton:
    """A page's Back button, without its text (the page binds it in the visitor's language)."""
    button = style_kind(QPushButton(), "secondary")
    button.setObjectName(name)
    return button


def bottom_bar(*widgets: QWidget) -> QHBoxLayout:
    """A page's bottom row: the first widget on the left, the others on the right."""
    bar = QHBoxLayout()
    bar.setSpacing(24)
    for number, widget in enumerate(widgets):
        if number == 1:
            bar.addStretch(1)
        bar.addWidget(widget)
    if len(widgets) == 1:
        bar.addStretch(1)
    return bar


class ChoiceScroll(QScrollArea):
    """A page's list of choices, scrolling on its own; in large text it unrolls to its
    full height and the whole page scrolls instead, so that headings and choices reflow
    together and no choice is left in a slit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unrolled = False

    def set_unrolled(self, unrolled: bool) -> None:
        self._unrolled = unrolled
        self.fit()

    def fit(self) -> None:
        """Ask for the height of the whole list when unrolled (after a change in it)."""
        holder = self.widget()
        if not self._unrolled or holder is None:
            self.setMinimumHeight(0)
            return
        width = self.viewport().width()
        height = holder.heightForWidth(width) if holder.hasHeightForWidth() else -1
        self.setMinimumHeight(max(height, holder.sizeHint().height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._unrolled and event.size().width() != event.oldSize().width():
            self.fit()


def scrolling(holder: QWidget) -> ChoiceScroll:
    """``holder`` in a vertical scroll area that a finger can drag."""
    area = ChoiceScroll()
    area.setWidgetResizable(True)
    area.setWidget(holder)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class PageStack(QWidget):
    """Pages shown one at a time, like a stacked widget, except that only the page
    shown asks for room: a stacked layout takes the height of its tallest page, and the
    page area would scroll over empty space. The pages hidden leave the layout."""

    currentChanged = Signal(int)  # noqa: N815 - as QStackedWidget names it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self._layout.addWidget(page)
        if self._current < 0:
            self._current = 0
        else:
            page.hide()
        return len(self._pages) - 1

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        return self._pages[index]

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget:
        return self._pages[self._current]

    def setCurrentIndex(self, index: int) -> None:
        if index == self._current or not 0 <= index < len(self._pages):
            return
        self._pages[index].show()
        self._pages[self._current].hide()
        self._current = index
        self.currentChanged.emit(index)


class ReachGap(QWidget):
    """Room between a page's headings and its choices: none normally; with buttons
    lower (a seated visitor) it grows until the choices start in the lower part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(0)


def clear_layout(layout: QGridLayout | QVBoxLayout) -> None:
    """Take every widget out of ``layout`` and delete it."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on (``tone``) changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class ChoiceButton(QPushButton):
    """A large button with a wrapping title and an optional smaller second line."""

    def __init__(
        self,
        title: str,
        subtitle: str = "",
        *,
        checkable: bool = False,
        centred: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        style_kind(self, "choice")
        self.setCheckable(checkable)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._title = QLabel()
        self._title.setObjectName("choiceTitle")
        self._subtitle = QLabel()
        self._subtitle.setObjectName("choiceSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 22, 12)
        layout.setSpacing(4)
        for label in (self._title, self._subtitle):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            if centred:
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        self.toggled.connect(self._show_checked)
        self.set_texts(title, subtitle)

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self._plain_title = title
        self._subtitle.setText(subtitle)
        self._subtitle.setVisible(bool(subtitle))
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)
        self._show_checked(self.isChecked())
        self.updateGeometry()

    def set_closed(self, closed: bool) -> None:
        """Shown but not to be chosen (a closed service): greyed, its subtitle stands out.

        A property on the labels, not ``:disabled`` on the button: Qt's style sheets do
        not carry an ancestor's state to its children.
        """
        self.setEnabled(not closed)
        for label in (self._title, self._subtitle):
            label.setProperty("closed", closed)
            label.style().unpolish(label)
            label.style().polish(label)

    def set_closed_note(self, closed: bool) -> None:
        """The second line says the agency is closed now: it stands out, as on a closed
        service, while the button may still be chosen (its services' hours are inside)."""
        self._subtitle.setProperty("note", "closed" if closed else "")
        repolish(self._subtitle)

    def title(self) -> str:
        return self._plain_title

    def spoken_text(self) -> str:
        """What speech reads when the choice gets focus: its title and second line."""
        return ". ".join(text for text in (self._plain_title, self._subtitle.text()) if text)

    def subtitle(self) -> str:
        return self._subtitle.text()

    def _show_checked(self, checked: bool) -> None:
        # A mark as well as a colour: the choice must show without colour vision.
        self._title.setText(f"✓ {self._plain_title}" if checked else self._plain_title)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.sizeHint() if layout is not None else super().sizeHint()
        return QSize(max(hint.width(), 240), max(hint.height(), TOUCH_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, TOUCH_HEIGHT)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(height, TOUCH_HEIGHT)


class TouchPage(QWidget):
    """A page that reports any touch on it (the ticket page ends on a touch)."""

    touched = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()
        super().mousePressEvent(event)


class Keypad(QWidget):
    """On-screen keys for a booking code: its letters and digits, back and clear."""

    typed = Signal(str)
    erased = Signal()
    cleared = Signal()

    def __init__(
        self,
        alphabet: str,
        *,
        columns: int = 9,
        key_height: int = 80,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        layout = QGridLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, QPushButton] = {}
        for number, character in enumerate(alphabet):
            key = style_kind(QPushButton(character), "key", key_height)
            key.setObjectName(f"key_{character}")
            key.setMinimumWidth(84)
            key.clicked.connect(lambda _checked=False, c=character: self.typed.emit(c))
            layout.addWidget(key, number // columns, number % columns)
            self.keys[character] = key
        row, used = divmod(len(alphabet), columns)
        self.erase_key = style_kind(QPushButton("⌫"), "key", key_height)
        self.erase_key.setObjectName("key_erase")
        self.erase_key.clicked.connect(self.erased)
        self.clear_key = style_kind(QPushButton(), "key", key_height)
        self.clear_key.setObjectName("key_clear")
        self.clear_key.clicked.connect(self.cleared)
        if columns - used < 3:  # no room for both on the last row of characters
            row, used = row + 1, 0
        layout.addWidget(self.erase_key, row, used)
        layout.addWidget(self.clear_key, row, used + 1, 1, columns - used - 1)
