"""The kiosk's feedback page: "How did we do?" with four faces, an optional reason and,
optionally, the ticket number that joins the answer to the services the visitor used.

Anonymous: the answer keeps no ticket number, visit or person (console.core.feedback).
Each face has its words beside it; nothing is told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.feedback import REASON_NAMES, SCORE_NAMES, FeedbackReason, Score
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import (
    Keypad,
    PageStack,
    ReachGap,
    back_button,
    bottom_bar,
    heading,
    style_kind,
)

TICKET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
TICKET_LENGTH = 6
_FACE_COLOURS = {
    Score.POOR: "#f4b6b6",
    Score.FAIR: "#f7d9a8",
    Score.GOOD: "#cde8c4",
    Score.GREAT: "#9fd79a",
}


def face_icon(score: Score, size: int = 96) -> QIcon:
    """A round face whose mouth turns down for a poor score and up for a great one."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#1f2933")
    painter.setPen(QPen(ink, size / 24))
    painter.setBrush(QColor(_FACE_COLOURS[score]))
    margin = size / 16
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.setBrush(ink)
    for x in (0.36, 0.64):
        painter.drawEllipse(QPointF(size * x, size * 0.4), size / 22, size / 22)
    # The mouth: from a frown (-1) to a broad smile (+1).
    curve = {Score.POOR: -1.0, Score.FAIR: -0.15, Score.GOOD: 0.55, Score.GREAT: 1.0}[score]
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    left, right, y = QPointF(size * 0.3, size * 0.66), QPointF(size * 0.7, size * 0.66), size * 0.66
    mouth.moveTo(left)
    mouth.quadTo(QPointF(size * 0.5, y + curve * size * 0.16), right)
    painter.drawPath(mouth)
    painter.end()
    return QIcon(pixmap)


class FeedbackPage(QWidget):
    """Step one: a face and, if they like, what it is about; step two: the ticket number
    (optional) and Send."""

    sent = Signal(int, object, str)  # score, FeedbackReason or None, ticket number or ""
    back = Signal()
    activity = Signal()

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.score: Score | None = None
        self.reason: FeedbackReason | None = None
        self._number = ""

        # ---- step one: the faces and the reasons
        title = heading("kioskHeading")
        context.bind(title.setText, QT_TRANSLATE_NOOP("Kiosk", "How did we do?"))
        hint = heading("kioskHint")
        context.bind(
            hint.setText,
            QT_TRANSLATE_NOOP("Kiosk", "Your answer is anonymous. Touch the face that fits."),
        )
        self.faces = faces = QGridLayout()
        faces.setSpacing(20)
        self.face_buttons: dict[Score, QPushButton] = {}
        for score in Score:
            button = style_kind(QPushButton(), "choice", 150)
            button.setObjectName(f"face_{score.value}")
            button.setCheckable(True)
            button.setIcon(face_icon(score))
            button.setIconSize(QSize(72, 72))
            button.setProperty("textRole", "face")
            context.bind(button.setText, SCORE_NAMES[score])
            context.bind(button.setAccessibleName, SCORE_NAMES[score])
            button.clicked.connect(lambda _checked=False, s=score: self.choose_score(s))
            self.face_buttons[score] = button
        reasons_title = heading("kioskHint")
        context.bind(
            reasons_title.setText,
            QT_TRANSLATE_NOOP("Kiosk", "What is it mostly about? (You may skip this.)"),
        )
        self.reasons = reasons = QGridLayout()
        reasons.setSpacing(14)
        self.reason_buttons: dict[FeedbackReason, QPushButton] = {}
        for _number, reason in enumerate(FeedbackReason):
            button = style_kind(QPushButton(), "choice", 72)
            button.setObjectName(f"reason_{reason.value}")
            button.setProperty("textRole", "reason")
            button.setCheckable(True)
            context.bind(button.setText, REASON_NAMES[reason])
            button.clicked.connect(lambda _checked=False, r=reason: self.choose_reason(r))
            self.reason_buttons[reason] = button
        self.set_large_text(False)
        self.back_button = back_button("feedbackBack")
        context.bind(self.back_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))
        self.back_button.clicked.connect(self._go_back)
        self.next_button = style_kind(QPushButton(), "primary")
        self.next_button.setObjectName("feedbackNext")
        context.bind(self.next_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Next"))
        self.next_button.clicked.connect(self.show_ticket_step)
        step_one = QWidget()
        one = QVBoxLayout(step_one)
        one.addWidget(title)
        one.addWidget(hint)
        one.addSpacing(12)
        self.gap_one = ReachGap()
        one.addWidget(self.gap_one)
        one.addLayout(faces)
        one.addSpacing(24)
        one.addWidget(reasons_title)
        one.addLayout(reasons)
        one.addStretch(1)
        one.addLayout(bottom_bar(self.back_button, self.next_button))

        # ---- step two: the ticket number, optional
        number_title = heading("kioskHeading")
        context.bind(
            number_title.setText, QT_TRANSLATE_NOOP("Kiosk", "Your ticket number (optional)")
        )
        number_hint = heading("kioskHint")
        context.bind(
            number_hint.setText,
            QT_TRANSLATE_NOOP(
                "Kiosk",
                "It tells us which services your answer is about. The number itself is not kept.",
            ),
        )
        self.number_label = QLabel()
        self.number_label.setObjectName("bookingCode")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Four rows of keys: a little lower than the booking keypad's, so that the
        # page fits a 768 px screen whole with the accessibility bar below it (still
        # well over a fingertip's size and WCAG's 44 px).
        self.keypad = Keypad(TICKET_ALPHABET, columns=12, key_height=64)
        self.keypad.typed.connect(self.type_number)
        self.keypad.erased.connect(lambda: self.set_number(self._number[:-1]))
        self.keypad.cleared.connect(lambda: self.set_number(""))
        context.bind(self.keypad.clear_key.setText, QT_TRANSLATE_NOOP("Kiosk", "Clear"))
        context.bind(self.keypad.erase_key.setAccessibleName, QT_TRANSLATE_NOOP("Kiosk", "Erase"))
        self.status = heading("kioskStatus")
        self.number_back = back_button("feedbackNumberBack")
        context.bind(self.number_back.setText, QT_TRANSLATE_NOOP("Kiosk", "Back"))
        self.number_back.clicked.connect(self.show_face_step)
        self.send_button = style_kind(QPushButton(), "primary")
        self.send_button.setObjectName("feedbackSend")
        context.bind(self.send_button.setText, QT_TRANSLATE_NOOP("Kiosk", "Send"))
        self.send_button.clicked.connect(self.send)
        step_two = QWidget()
        two = QVBoxLayout(step_two)
        two.addWidget(number_title)
        two.addWidget(number_hint)
        two.addSpacing(8)
        two.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignHCenter)
        two.addSpacing(8)
        self.gap_two = ReachGap()
        two.addWidget(self.gap_two)
        two.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        two.addWidget(self.status, 1)
        two.addLayout(bottom_bar(self.number_back, self.send_button))

        self.steps = PageStack()
        self.steps.addWidget(step_one)
        self.steps.addWidget(step_two)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        self.gaps = [self.gap_one, self.gap_two]
        self.clear()

    def set_large_text(self, large: bool) -> None:
        """Faces two by two and reasons one under another when the text is large, so
        that their words fit; all in one row (faces) or three columns (reasons) else."""
        face_columns, reason_columns = (2, 1) if large else (len(self.face_buttons), 3)
        for number, button in enumerate(self.face_buttons.values()):
            self.faces.removeWidget(button)
            self.faces.addWidget(button, number // face_columns, number % face_columns)
        for number, button in enumerate(self.reason_buttons.values()):
            self.reasons.removeWidget(button)
            self.reasons.addWidget(button, number // reason_columns, number % reason_columns)

    # ------------------------------------------------------------ the visitor's answers
    def clear(self) -> None:
        """Nothing chosen, for the next visitor."""
        self.score = None
        self.reason = None
        for button in (*self.face_buttons.values(), *self.reason_buttons.values()):
            button.setChecked(False)
        self.set_number("")
        self.status.clear()
        self.next_button.setEnabled(False)
        self.steps.setCurrentIndex(0)

    def choose_score(self, score: Score) -> None:
        self.activity.emit()
        self.score = score
        for other, button in self.face_buttons.items():
            button.setChecked(other is score)
        self.next_button.setEnabled(True)

    def choose_reason(self, reason: FeedbackReason) -> None:
        self.activity.emit()
        self.reason = None if self.reason is reason else reason  # a second touch unsets
        for other, button in self.reason_buttons.items():
            button.setChecked(other is self.reason)

    def show_ticket_step(self) -> None:
        if self.score is None:
            return
        self.activity.emit()
        self.steps.setCurrentIndex(1)

    def show_face_step(self) -> None:
        self.activity.emit()
        self.steps.setCurrentIndex(0)

    def type_number(self, character: str) -> None:
        self.activity.emit()
        if len(self._number) < TICKET_LENGTH:
            self.set_number(self._number + character)

    def set_number(self, number: str) -> None:
        self._number = number
        self.number_label.setText(number or "—")
        self.number_label.setAccessibleName(number)
        self.status.clear()

    def send(self) -> None:
        if self.score is None or self.context.busy:
            return
        self.send_button.setEnabled(False)
        self.sent.emit(int(self.score), self.reason, self._number)

    def done(self) -> None:
        """The answer is stored (or failed): Send works again."""
        self.send_button.setEnabled(True)

    def _go_back(self) -> None:
        self.activity.emit()
        self.back.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        """A keyboard works on the number step (staff, testing): True if it used ``event``."""
        if self.steps.currentIndex() != 1:
            return False
        text = event.text().upper()
        if text and text in TICKET_ALPHABET:
            self.type_number(text)
            self.send_button.setFocus()  # Enter now sends, rather than pressing a key
            return True
        if event.key() == Qt.Key.Key_Backspace:
            self.set_number(self._number[:-1])
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.send()
            return True
        return False
