"""An advisor asks an agency's specialists to join the visit remotely.

The dialog takes plain data and hands back the request; the console makes the desk
call. The one exception is the staffing count, read through a callable off the GUI
thread whenever the chosen agency changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.consult import MAX_QUESTION_CHARS, AgencyStaffing
from console.core.records import AgencyInfo
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import (
    MUTED_STYLE,
    WARNING_STYLE,
    Style,
    buddy,
    message_label,
    ok_button,
    ok_cancel,
    show_message,
    style_label,
    text_edit,
)
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

TOPIC_MAX_LENGTH = 200  # the desk keeps no more of a topic


class AskSpecialistDialog(QDialog):
    """An advisor asks an agency's specialists to join the visit remotely.

    ``staffing`` reads how many of an agency's specialists are signed in; it
    runs off the GUI thread. ``consented`` holds the ids of the agencies the
    visitor allows to see the case.
    """

    def __init__(
        self,
        parent: QWidget | None,
        agencies: Sequence[AgencyInfo],
        *,
        staffing: Callable[[int], AgencyStaffing],
        consented: Collection[int],
        preselect: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("askSpecialistDialog")
        self.setWindowTitle(self.tr("Ask a specialist"))
        self._agencies = {agency.id: agency for agency in agencies}
        self._staffing = staffing
        self._consented = frozenset(consented)
        self._generation = 0
        self.reading_staffing = False
        language = ui_language()

        intro = QLabel(
            self.tr(
                "The agency's specialists who are available see your request; the first to "
                "accept joins the visit by video."
            )
        )
        intro.setWordWrap(True)
        self.agency_box = QComboBox()
        self.agency_box.setObjectName("askAgency")
        for agency in agencies:
            self.agency_box.addItem(agency.names.get(language), agency.id)
        if preselect is not None and preselect in self._agencies:
            self.agency_box.setCurrentIndex(self.agency_box.findData(preselect))
        # The longest full name shows whole; the dialog widens for it.
        self.agency_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staffing_label = QLabel()
        self.staffing_label.setObjectName("askStaffing")
        self.staffing_label.setTextFormat(Qt.TextFormat.PlainText)
        # Wide enough for two-digit counts, so the combo does not jump as they arrive.
        widest = self._counts_text(AgencyStaffing(0, 88, 88, 88))
        bold = self.staffing_label.font()
        bold.setBold(True)
        self.staffing_label.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + 4)
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.agency_box, 1)
        agency_row.addSpacing(8)
        agency_row.addWidget(self.staffing_label)
        self.none_available = message_label("askNoneAvailable")

        self.topic_edit = QLineEdit()
        self.topic_edit.setObjectName("askTopic")
        self.topic_edit.setMaxLength(TOPIC_MAX_LENGTH)
        self.topic_edit.setPlaceholderText(self.tr("optional, e.g. housing allowance"))
        self.question_edit = text_edit(
            "askQuestion", self.tr("What should the specialist help with?"), 5
        )
        self.counter = QLabel()
        self.counter.setObjectName("askQuestionCount")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.too_long = message_label("askQuestionTooLong")

        form = QFormLayout()
        form.addRow(buddy(self.tr("&Agency:"), self.agency_box), agency_row)
        form.addRow("", self.none_available)
        form.addRow(self.tr("&Topic:"), self.topic_edit)
        form.addRow(self.tr("&Question:"), self.question_edit)
        form.addRow("", self.counter)
        form.addRow("", self.too_long)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.shared_text = QLabel()
        self.shared_text.setObjectName("askShared")
        self.shared_text.setTextFormat(Qt.TextFormat.PlainText)
        self.shared_text.setWordWrap(True)
        shared_box = QGroupBox(self.tr("What is shared"))
        QVBoxLayout(shared_box).addWidget(self.shared_text)

        self.buttons = ok_cancel(self, self.tr("Ask"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(shared_box)
        layout.addWidget(self.buttons)
        # At least as wide as the agency row needs: the longest name and the counts.
        self.setMinimumWidth(max(640, layout.minimumSize().width()))

        self.agency_box.currentIndexChanged.connect(self._agency_changed)
        self.question_edit.textChanged.connect(self._update)
        self._agency_changed()
        self.question_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return ok_button(self.buttons)

    def request(self) -> tuple[int, str | None, str]:
        """(agency id, topic or None, question) as typed, trimmed."""
        agency = self._agency()
        if agency is None:
            raise RuntimeError("no agency to ask")
        topic = self.topic_edit.text().strip() or None
        return agency.id, topic, self.question_edit.toPlainText().strip()

    def _agency(self) -> AgencyInfo | None:
        agency_id = self.agency_box.currentData()
        return None if agency_id is None else self._agencies[int(agency_id)]

    def _agency_changed(self) -> None:
        agency = self._agency()
        self._show_shared(agency)
        show_message(self.none_available, "")
        if agency is None:
            self.staffing_label.clear()
        else:
            self._read_staffing(agency)
        self._update()

    def _read_staffing(self, agency: AgencyInfo) -> None:
        """Count the agency's specialists off the GUI thread; the latest agency wins."""
        self._generation += 1
        generation = self._generation
        self.reading_staffing = True
        self._show_staffing(self.tr("Specialists: %1").replace("%1", "…"), MUTED_STYLE)
        staffing = self._staffing
        agency_id = agency.id

        def succeeded(counts: AgencyStaffing) -> None:
            if generation == self._generation:
                self.reading_staffing = False
                self._show_counts(agency, counts)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.reading_staffing = False
                log.warning("Could not count the specialists of agency %s: %s", agency_id, error)
                self._show_staffing(
                    self.tr("Specialists: %1").replace("%1", self.tr("not known")), MUTED_STYLE
                )

        run_in_background(
            lambda: staffing(agency_id), succeeded, failed, context=self, pool=database_pool()
        )

    def _show_staffing(self, text: str, style: Style) -> None:
        self.staffing_label.setText(text)
        style_label(self.staffing_label, style)

    def _counts_text(self, counts: AgencyStaffing) -> str:
        return self.tr("Specialists: %1").replace(
            "%1",
            self.tr("%1 available, %2 busy, %3 away")
            .replace("%1", str(counts.available))
            .replace("%2", str(counts.busy))
            .replace("%3", str(counts.away)),
        )

    def _show_counts(self, agency: AgencyInfo, counts: AgencyStaffing) -> None:
        value = self._counts_text(counts)
        if counts.available > 0:
            self._show_staffing(value, Style(""))
            return
        self._show_staffing(value, WARNING_STYLE)
        show_message(
            self.none_available,
            self.tr(
                "No %1 specialist is available right now; the request waits until its time "
                "runs out."
            ).replace("%1", agency.short_names.get(ui_language())),
        )

    def _show_shared(self, agency: AgencyInfo | None) -> None:
        if agency is None:
            self.shared_text.clear()
        elif agency.id in self._consented:
            self.shared_text.setText(
                self.tr(
                    "The specialist sees the visitor's name and birth date (the identity code "
                    "masked), the desk's shared notes of this case and the agency's own notes."
                )
            )
        else:
            self.shared_text.setText(
                self.tr(
                    "The visitor has not agreed to share this case with %1: the specialist sees "
                    "only your question and the agency's own notes. Record the consent first if "
                    "more is needed."
                ).replace("%1", agency.names.get(ui_language()))
            )

    def _update(self) -> None:
        length = len(self.question_edit.toPlainText().strip())
        over = length > MAX_QUESTION_CHARS
        self.counter.setText(f"{length} / {MAX_QUESTION_CHARS}")
        style_label(self.counter, WARNING_STYLE if over else MUTED_STYLE)
        show_message(
            self.too_long,
            self.tr("Shorten the question; put the details into a note of the case.")
            if over
            else "",
        )
        self.ok_button.setEnabled(self._agency() is not None and 0 < length <= MAX_QUESTION_CHARS)
