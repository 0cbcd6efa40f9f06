"""Identify the visitor: a Finnish identity code, or a name and birth date without one.

The dialog takes plain data and hands back a :class:`VisitorIdentity`; the console
does the desk calls (off the GUI thread) before and after. It never logs what the
visitor's identity code says.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.identity import (
    EARLIEST_BIRTH_DATE,
    NAME_MAX_LENGTH,
    VisitorIdentity,
    identity_problem,
    visitor_identity,
)
from console.core.text import TiskiError
from console.i18n import translate
from console.ui.shared.dialog_parts import (
    HINT_STYLE,
    MUTED_STYLE,
    message_label,
    ok_cancel,
    show_message,
    style_label,
)

# A code is 11 characters: from then on a problem is a mistake, not unfinished typing.
_CODE_LENGTH = 11


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class IdentifyDialog(QDialog):
    """Who the visitor is: a Finnish identity code, or a name and birth date without one.

    OK is enabled only when the form gives a valid :class:`VisitorIdentity`;
    :meth:`identity` returns it after the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None, *, today: date) -> None:
        super().__init__(parent)
        self.setObjectName("identifyDialog")
        self.setWindowTitle(self.tr("Identify the visitor"))
        self.setMinimumWidth(540)
        self._today = today
        self._identity: VisitorIdentity | None = None
        # Problems with the code show once it is long enough or the person moves on.
        self._code_checked = False

        intro = QLabel(
            self.tr(
                "Type the identity code from the visitor's ID card. Tiski then shows only its "
                "birth date part (e.g. 131052-****); showing the full code is recorded in the "
                "audit trail."
            )
        )
        intro.setWordWrap(True)

        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("identityCode")
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Normal)
        self.code_edit.setPlaceholderText(self.tr("e.g. 131052-308T"))
        self.code_edit.setMaxLength(20)
        self.code_edit.setClearButtonEnabled(True)
        self.code_problem = message_label("identityCodeProblem")
        code_box = QGroupBox(self.tr("Finnish identity code"))
        code_form = QFormLayout(code_box)
        code_form.addRow(self.tr("&Identity code:"), self.code_edit)
        code_form.addRow("", self.code_problem)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("identityName")
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.birth_given = QCheckBox(self.tr("&Birth date:"))
        self.birth_given.setObjectName("identityBirthGiven")
        self.birth_given.setToolTip(self.tr("Tick when the birth date is known"))
        self.birth_edit = QDateEdit()
        self.birth_edit.setObjectName("identityBirthDate")
        self.birth_edit.setCalendarPopup(True)
        self.birth_edit.setDisplayFormat("dd.MM.yyyy")
        self.birth_edit.setDateRange(_qdate(EARLIEST_BIRTH_DATE), _qdate(today))
        self.birth_edit.setDate(_qdate(today))
        self.birth_edit.setEnabled(False)
        self.birth_edit.setMinimumWidth(130)
        self.birth_state = QLabel(self.tr("not given"))
        style_label(self.birth_state, MUTED_STYLE)
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth_edit)
        birth_row.addWidget(self.birth_state)
        birth_row.addStretch(1)
        other_hint = QLabel(
            self.tr(
                "Give both the name and the birth date. With an identity code the name is "
                "optional and the birth date comes from the code."
            )
        )
        other_hint.setWordWrap(True)
        style_label(other_hint, HINT_STYLE)
        other_box = QGroupBox(self.tr("Visitor without a Finnish identity code"))
        other_form = QFormLayout(other_box)
        other_form.addRow(self.tr("&Name:"), self.name_edit)
        other_form.addRow(self.birth_given, birth_row)
        other_form.addRow(other_hint)

        self.message = message_label("identifyMessage")
        self.buttons = ok_cancel(self, self.tr("Identify"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(code_box)
        layout.addWidget(other_box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.code_edit.textChanged.connect(self._code_changed)
        self.code_edit.editingFinished.connect(self._code_finished)
        self.name_edit.textChanged.connect(self._update)
        self.birth_given.toggled.connect(self._birth_toggled)
        self.birth_edit.dateChanged.connect(self._update)
        self._update()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def identity(self) -> VisitorIdentity:
        """The identity the accepted dialog gives."""
        if self._identity is None:
            raise RuntimeError("the identify dialog was not accepted")
        return self._identity

    def accept(self) -> None:
        try:
            self._identity = self._build()
        except TiskiError as error:
            show_message(self.message, translate(error.message))
            return
        super().accept()

    def _birth_date(self) -> date | None:
        return _date(self.birth_edit.date()) if self.birth_given.isChecked() else None

    def _build(self) -> VisitorIdentity:
        return visitor_identity(
            self.code_edit.text(), self.name_edit.text(), self._birth_date(), today=self._today
        )

    def _code_changed(self, text: str) -> None:
        if not text.strip():
            self._code_checked = False
        elif len(text.strip()) >= _CODE_LENGTH:
            self._code_checked = True
        self._update()

    def _code_finished(self) -> None:
        if self.code_edit.text().strip():
            self._code_checked = True
        self._update()

    def _birth_toggled(self, given: bool) -> None:
        self.birth_edit.setEnabled(given)
        self.birth_state.setVisible(not given)
        if given:
            self.birth_edit.setFocus()
            self.birth_edit.setSelectedSection(QDateEdit.Section.DaySection)
        self._update()

    def _update(self) -> None:
        code_text = self.code_edit.text()
        problem = identity_problem(code_text) if code_text.strip() else None
        show_message(
            self.code_problem,
            translate(problem) if problem is not None and self._code_checked else "",
        )
        try:
            self._build()
        except TiskiError as error:
            self.ok_button.setEnabled(False)
            if problem is not None:
                show_message(self.message, "")  # the code's own label says it
            elif not code_text.strip() and not (
                self.name_edit.text().strip() and self._birth_date()
            ):
                # Something is still missing: say what, without alarm.
                show_message(self.message, translate(error.message), HINT_STYLE)
            else:
                show_message(self.message, translate(error.message))
            return
        self.ok_button.setEnabled(True)
        show_message(self.message, "")
