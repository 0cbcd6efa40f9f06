"""The labelled fields of the admin window's forms, and the base every form shares.

A form shows one spec (an agency, a service, ...) and builds a new one from what is
typed. It says ``edited`` on every change a person makes (not while it is being
loaded), so the window can check the whole desk at once and show its messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from console.core.hours import OpeningHours, parse_hours
from console.core.records import Names
from console.core.text import Message, TiskiError

Spec = TypeVar("Spec")


def hours_entries(text: str) -> list[str]:
    """Entries typed on one line, separated by semicolons (as the database keeps them)."""
    return [entry.strip() for entry in text.replace("\n", ";").split(";") if entry.strip()]


def hours_text(hours: OpeningHours | None) -> str:
    return "" if hours is None else "; ".join(hours.entries())


def read_hours(text: str) -> tuple[OpeningHours | None, Message | None]:
    """Hours typed in a field: ``None`` when empty; a problem when they do not parse."""
    entries = hours_entries(text)
    if not entries:
        return None, None
    try:
        return parse_hours(entries), None
    except TiskiError as error:
        return None, error.message


class SpecForm(QWidget, Generic[Spec]):
    """A form of labelled fields over one spec."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._loading = False
        self.original: Spec | None = None
        # Codes are identities: a code the database already has is not retyped (that
        # would retire it and add another); a row added here may be named freely.
        self.key_fields: list[QWidget] = []
        # Fields only IT may change where staff accounts are concerned.
        self.account_fields: list[QWidget] = []

    # ------------------------------------------------------------ building
    def _row(self, label: str, field: QWidget, name: str) -> None:
        field.setObjectName(name)
        caption = QLabel(label)
        caption.setBuddy(field)
        self.layout_.addRow(caption, field)

    def line(self, label: str, name: str, *, max_length: int = 0) -> QLineEdit:
        field = QLineEdit()
        if max_length:
            field.setMaxLength(max_length)
        field.textEdited.connect(self._changed)
        self._row(label, field, name)
        return field

    def names(self, stem: str, name: str) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        """Three fields, Finnish, Swedish and English, labelled ``stem (language)``."""
        finnish = QCoreApplication.translate("AdminForms", "{stem} (Finnish)")
        swedish = QCoreApplication.translate("AdminForms", "{stem} (Swedish)")
        english = QCoreApplication.translate("AdminForms", "{stem} (English)")
        return (
            self.line(finnish.format(stem=stem), name + "Fi"),
            self.line(swedish.format(stem=stem), name + "Sv"),
            self.line(english.format(stem=stem), name + "En"),
        )

    def spin(self, label: str, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        field = QSpinBox()
        field.setRange(low, high)
        if suffix:
            field.setSuffix(suffix)
        field.valueChanged.connect(self._changed)
        self._row(label, field, name)
        return field

    def check(self, label: str, name: str, text: str) -> QCheckBox:
        field = QCheckBox(text)
        field.toggled.connect(self._changed)
        self._row(label, field, name)
        return field

    def combo(self, label: str, name: str) -> QComboBox:
        field = QComboBox()
        field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        field.setMinimumContentsLength(12)
        field.activated.connect(self._changed)
        self._row(label, field, name)
        return field

    def text_box(self, label: str, name: str) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setTabChangesFocus(True)
        field.textChanged.connect(self._text_changed)
        self._row(label, field, name)
        return field

    def note(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addRow(label)
        return label

    # ------------------------------------------------------------ loading and reading
    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self.edited.emit()

    def _text_changed(self) -> None:
        self._changed()

    def load(self, spec: Spec | None, *, key_locked: bool, accounts: bool = True) -> None:
        """Show ``spec`` (``None``: nothing chosen, every field off)."""
        self._loading = True
        try:
            self.original = spec
            self.setEnabled(spec is not None)
            if spec is not None:
                self.show_spec(spec)
            for field in self.key_fields:
                field.setEnabled(not key_locked)
            for field in self.account_fields:
                field.setEnabled(accounts)
        finally:
            self._loading = False

    def show_spec(self, spec: Spec) -> None:
        raise NotImplementedError

    def read(self) -> tuple[Spec, list[Message]]:
        """The spec as typed, and what cannot be read (e.g. hours that do not parse)."""
        raise NotImplementedError

    def set_choices(
        self, agencies: Sequence[tuple[str, str]], services: Sequence[tuple[str, str]]
    ) -> None:
        """The agencies and services (code, name) a field may name: the working copy's."""


def set_names(fields: tuple[QLineEdit, QLineEdit, QLineEdit], names: Names | None) -> None:
    names = names or Names("", "", "")
    for field, text in zip(fields, (names.fi, names.sv, names.en), strict=True):
        field.setText(text)


def read_names(fields: tuple[QLineEdit, QLineEdit, QLineEdit]) -> Names:
    return Names(*(field.text().strip() for field in fields))


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], current: Any) -> None:
    """Replace a combo's items, keeping ``current`` chosen (added when missing)."""
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    at = combo.findData(current)
    if at < 0 and current is not None:
        combo.addItem(str(current), current)
        at = combo.count() - 1
    combo.setCurrentIndex(max(at, 0))
    combo.blockSignals(False)
