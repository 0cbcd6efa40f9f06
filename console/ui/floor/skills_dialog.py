"""Plan a person's skills for today from the floor (a supervisor).

A morning with a long Kela queue and a quiet Tax one: the supervisor lets a Tax
specialist serve Kela's general advice until the evening. The plan holds for today only;
tomorrow the person serves their usual skills again (the admin window keeps those). Their
console calls by the plan from their next call on; the estimates and the floor's alerts
count it at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import local_time
from console.core.records import ServiceInfo
from console.desk.desk import Desk, SignedIn
from console.desk.floor import DaySkills
from console.i18n import error_text
from console.ui.shared.database_pool import database_pool
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

_CODE = Qt.ItemDataRole.UserRole


class DaySkillsDialog(QDialog):
    """Choose a person, tick what they serve today, and set it (or go back to usual)."""

    changed = Signal(str)  # the person's name, once the desk holds the plan

    def __init__(
        self,
        parent: QWidget | None,
        desk: Desk,
        signed_in: SignedIn,
        services: list[ServiceInfo],
        *,
        person: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.signed_in = signed_in
        self.services = services
        self.rows: list[DaySkills] = []
        self._wanted = person  # the full name of the person to choose first
        self.setObjectName("daySkills")
        self.setWindowTitle(self.tr("Skills for today"))
        self.resize(760, 520)
        intro = QLabel(
            self.tr(
                "Who serves what today. The plan holds until midnight; tomorrow the person "
                "serves their usual skills again. Their console calls by it from the next call."
            )
        )
        intro.setWordWrap(True)

        self.people = QListWidget()
        self.people.setObjectName("daySkillsPeople")
        self.people.setAccessibleName(self.tr("Staff"))
        # "Name · planned for today · not signed in" wraps rather than scroll sideways.
        self.people.setWordWrap(True)
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.currentRowChanged.connect(self._show_person)
        self.service_list = QListWidget()
        self.service_list.setObjectName("daySkillsServices")
        self.service_list.setAccessibleName(self.tr("Services today"))
        language = ui_language()
        for service in services:
            item = QListWidgetItem(f"{service.prefix} · {service.names.get(language)}")
            item.setData(_CODE, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.service_list.addItem(item)
        self.usual = QLabel()
        self.usual.setObjectName("daySkillsUsual")
        self.usual.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.usual)
        right.addWidget(self.service_list, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.people, 2)
        columns.addLayout(right, 3)

        self.status = QLabel(self.tr("Reading who works today…"))
        self.status.setObjectName("daySkillsStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.usual_button = QPushButton(self.tr("Back to &usual skills"))
        self.usual_button.setObjectName("daySkillsUsualButton")
        self.usual_button.clicked.connect(lambda: self._save(None))
        self.set_button = QPushButton(self.tr("&Set for today"))
        self.set_button.setObjectName("daySkillsSet")
        self.set_button.clicked.connect(lambda: self._save(self.checked()))
        buttons.addButton(self.usual_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.ApplyRole)
        for button in (self.usual_button, self.set_button):
            button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    # ------------------------------------------------------------ reading
    def load(self) -> None:
        actor = self.signed_in.actor
        floor = self.desk.floor
        run_in_background(
            lambda: floor.skills_today(actor),
            self._loaded,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _loaded(self, rows: list[DaySkills]) -> None:
        chosen = self.current()
        wanted = chosen.staff.full_name if chosen is not None else self._wanted
        self.rows = rows
        self.people.blockSignals(True)
        self.people.clear()
        for row in rows:
            text = row.staff.full_name
            if row.plan is not None:
                text += " · " + self.tr("planned for today")
            if not row.present:
                text += " · " + self.tr("not signed in")
            self.people.addItem(text)
        self.people.blockSignals(False)
        names = [row.staff.full_name for row in rows]
        self.people.setCurrentRow(names.index(wanted) if wanted in names else 0)
        self._show_person(self.people.currentRow())
        self.status.setText("" if rows else self.tr("Nobody serves at a counter here."))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(error_text(error))

    def current(self) -> DaySkills | None:
        row = self.people.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _show_person(self, _row: int) -> None:
        current = self.current()
        today = set(current.staff.skills) if current is not None else set()
        for number in range(self.service_list.count()):
            item = self.service_list.item(number)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(_CODE) in today else Qt.CheckState.Unchecked
            )
        if current is None:
            self.usual.setText("")
        else:
            usual = self._prefixes(current.usual) or self.tr("none")
            text = self.tr("Usual skills: %1.").replace("%1", usual)
            if current.plan is not None:
                planned = (
                    self.tr("Planned for today by %1 at %2.")
                    .replace("%1", current.plan.set_by or "–")
                    .replace("%2", local_time(current.plan.set_at).strftime("%H:%M"))
                )
                text += " " + planned
            self.usual.setText(text)
        self.set_button.setEnabled(current is not None)
        self.usual_button.setEnabled(current is not None and current.plan is not None)

    def _prefixes(self, codes: tuple[str, ...]) -> str:
        prefixes = {service.code: service.prefix for service in self.services}
        return ", ".join(prefixes.get(code, code) for code in codes)

    def checked(self) -> list[str]:
        """The services ticked now, in the list's order."""
        return [
            self.service_list.item(number).data(_CODE)
            for number in range(self.service_list.count())
            if self.service_list.item(number).checkState() == Qt.CheckState.Checked
        ]

    # ------------------------------------------------------------ acting
    def _save(self, codes: list[str] | None) -> None:
        current = self.current()
        if current is None:
            return
        actor = self.signed_in.actor
        floor = self.desk.floor
        username = current.staff.username
        name = current.staff.full_name
        self.set_button.setEnabled(False)
        self.usual_button.setEnabled(False)
        run_in_background(
            lambda: floor.set_skills_for_today(actor, username, codes),
            lambda _none: self._saved(name, codes),
            self._failed_to_save,
            context=self,
            pool=database_pool(),
        )

    def _saved(self, name: str, codes: list[str] | None) -> None:
        if codes is None:
            text = self.tr("%1 serves their usual skills again.").replace("%1", name)
        elif codes:
            text = (
                self.tr("%1 serves today: %2.")
                .replace("%1", name)
                .replace("%2", self._prefixes(tuple(codes)))
            )
        else:
            text = self.tr("%1 serves no service today.").replace("%1", name)
        self.status.setText(text)
        self.changed.emit(name)
        self.load()

    def _failed_to_save(self, error: BaseException) -> None:
        self.status.setText(error_text(error))
        self._show_person(self.people.currentRow())
