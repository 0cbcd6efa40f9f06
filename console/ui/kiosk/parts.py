"""Touch-sized parts of the kiosk: choice buttons, the booking-code keypad, its look,
and the small helpers every page builds with."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
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

# Touch targets: WCAG asks for 44 px; a kiosk used standing, by anyone, gets far more.
TOUCH_HEIGHT = 88

KIOSK_STYLE = """
QWidget#kioskWindow { background: #eef2f6; }
QLabel { color: #102a43; }
QLabel#kioskHeading { font-size: 44px; font-weight: 700; }
QLabel#kioskWelcome { font-size: 40px; font-weight: 700; }
QLabel#kioskSite { font-size: 26px; color: #334e68; }
QLabel#kioskHint { font-size: 26px; color: #334e68; }
QLabel#kioskStatus { font-size: 30px; font-weight: 600; color: #a61b1b; }
QLabel#kioskStatus[tone="info"] { color: #102a43; }
QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; border: none; }
QPushButton[kind="choice"] {
    background: #ffffff; border: 3px solid #486581; border-radius: 14px;
    padding: 10px 20px; text-align: left;
}
QPushButton[kind="choice"]:pressed { background: #d9ecff; }
QPushButton[kind="choice"]:checked { background: #d9ecff; border: 6px solid #0b5394; }
QPushButton[kind="choice"]:disabled { background: #e4e9ef; border: 3px dashed #829ab1; }
QLabel#choiceTitle[closed="true"] { color: #486581; }
QLabel#choiceSubtitle[closed="true"] { color: #8a2c0d; font-weight: 600; }
QLabel#kioskLobbyWelcome { font-size: 28px; color: #102a43; }
QLabel#kioskNeedWelcome { font-size: 28px; font-weight: 600; color: #0b5394; }
QLabel#choiceTitle { font-size: 30px; font-weight: 600; }
QLabel#choiceSubtitle { font-size: 21px; color: #486581; }
QPushButton[kind="primary"] {
    background: #0b5394; color: #ffffff; font-size: 32px; font-weight: 700;
    border: none; border-radius: 14px; padding: 0 40px;
}
QPushButton[kind="primary"]:pressed { background: #083d6e; }
QPushButton[kind="primary"]:disabled { background: #9fb3c8; color: #f0f4f8; }
QPushButton[kind="secondary"] {
    background: transparent; color: #102a43; font-size: 28px; font-weight: 600;
    border: 3px solid #486581; border-radius: 14px; padding: 0 32px;
}
QPushButton[kind="secondary"]:pressed { background: #d9e2ec; }
QPushButton[kind="key"] {
    background: #ffffff; color: #102a43; font-size: 36px; font-weight: 700;
    border: 3px solid #486581; border-radius: 12px;
}
QPushButton[kind="key"]:pressed { background: #d9ecff; }
QLabel#bookingCode {
    background: #ffffff; border: 3px solid #0b5394; border-radius: 12px;
    font-family: "DejaVu Sans Mono", monospace; font-size: 64px; font-weight: 700;
    padding: 6px 24px;
}
QLabel#ticketIntro { font-size: 40px; font-weight: 600; }
QLabel#ticketNumber { font-size: 180px; font-weight: 800; color: #0b5394; }
QLabel#ticketServices { font-size: 30px; }
QLabel#ticketWait { font-size: 34px; font-weight: 600; }
QLabel#ticketHint { font-size: 26px; color: #334e68; }
QLabel#printProblem {
    font-size: 32px; font-weight: 700; color: #a61b1b;
    background: #fde8e8; border-radius: 12px; padding: 12px 20px;
}
"""


def style_kind(button: QPushButton, kind: str, height: int = TOUCH_HEIGHT) -> QPushButton:
    """Give ``button`` the kiosk's look for ``kind`` and a touch-sized height."""
    button.setProperty("kind", kind)
    button.setMinimumHeight(height)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def heading(name: str) -> QLabel:
    """A centred, wrapping label styled by ``name`` (its object name)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
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


def scrolling(holder: QWidget) -> QScrollArea:
    """``holder`` in a vertical scroll area that a finger can drag."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(holder)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


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

    def title(self) -> str:
        return self._plain_title

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
