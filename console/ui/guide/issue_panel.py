"""The guide's left half: find what the visitor needs by typing, put the services in
order, say who they are, and issue the ticket (to any counter or to one)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.core.finder import Found, find
from console.core.queue import Language, Priority
from console.core.records import AgencyInfo, CounterInfo, LifeEventInfo, ServiceInfo
from console.ui.shared.labels import language_label, priority_label, ui_language

_FOUND = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class IssueRequest:
    """What the guide asked for: the window issues it off the GUI thread."""

    service_codes: tuple[str, ...]
    life_event: str | None
    language: Language
    priority: Priority | None
    visitor_name: str | None
    counter_code: str | None


@dataclass(frozen=True)
class QueueFigures:
    """What a result line says of its service's queue now."""

    waiting: int
    estimate_minutes: int | None


class IssuePanel(QWidget):
    """Search, the chosen services, the visitor's details and the Issue button."""

    issue_requested = Signal(object)  # IssueRequest

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: dict[str, ServiceInfo] = {}
        self.life_events: list[LifeEventInfo] = []
        self.agencies: list[AgencyInfo] = []
        self.figures: dict[str, QueueFigures] = {}
        self.codes: list[str] = []
        self.life_event: LifeEventInfo | None = None
        self._busy = False

        self.search = QLineEdit()
        self.search.setObjectName("guideSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("A few letters of a service or life event, in Finnish, Swedish or English")
        )
        self.search.setAccessibleName(self.tr("Find a service or life event"))
        self.search.textChanged.connect(self._search)
        self.search.installEventFilter(self)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)

        self.result_model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setObjectName("guideResults")
        self.results.setAccessibleName(self.tr("Services and life events found"))
        self.results.setModel(self.result_model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(lambda index: self.add(index.data(_FOUND)))
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setObjectName("guideAdd")
        self.add_button.setToolTip(self.tr("Add the service, or take the life event's services"))
        self.add_button.clicked.connect(self._add_current)

        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("guideChosenLabel")
        self.chosen_label.setWordWrap(True)
        self.chosen = QListWidget()
        self.chosen.setObjectName("guideChosen")
        self.chosen.setAccessibleName(self.tr("Services of the ticket, in order"))
        self.chosen.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setObjectName("guideUp")
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setObjectName("guideDown")
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("guideRemove")
        self.remove_button.clicked.connect(self._remove)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.chosen, self._remove)
        order_buttons = QHBoxLayout()
        order_buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            order_buttons.addWidget(button)

        self.language_box = QComboBox()
        self.language_box.setObjectName("guideLanguage")
        for language in Language:
            self.language_box.addItem(language_label(language), language.value)
        self.priority_box = QComboBox()
        self.priority_box.setObjectName("guidePriority")
        self.priority_box.addItem(self.tr("none"), "")
        for priority in Priority:
            self.priority_box.addItem(priority_label(priority), priority.value)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("guideName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("optional; shown to the counter only"))
        self.counter_box = QComboBox()
        self.counter_box.setObjectName("guideCounter")
        self.counter_box.setToolTip(
            self.tr("Hand the visitor to one counter: only it calls them for the first service.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Visitor's &language:"), self.language_box)
        form.addRow(self.tr("&Priority:"), self.priority_box)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&To:"), self.counter_box)

        self.issue_button = QPushButton(self.tr("&Issue ticket"))
        self.issue_button.setObjectName("guideIssue")
        self.issue_button.setDefault(True)
        self.issue_button.setToolTip(self.tr("Issue the ticket (Ctrl+Enter)"))
        self.issue_button.clicked.connect(self.request_issue)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.request_issue)

        search_row = QHBoxLayout()
        search_row.addWidget(find_label)
        search_row.addWidget(self.search, 1)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.results, 3)
        layout.addLayout(add_row)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.chosen, 2)
        layout.addLayout(order_buttons)
        layout.addLayout(form)
        layout.addWidget(self.issue_button)
        self._show_chosen()

    # ------------------------------------------------------------ what the desk offers
    def set_catalogue(
        self,
        services: Sequence[ServiceInfo],
        life_events: Sequence[LifeEventInfo],
        agencies: Sequence[AgencyInfo],
        counters: Sequence[CounterInfo],
    ) -> None:
        """The desk's services, life events, agencies and counters (each read)."""
        self.services = {service.code: service for service in services}
        self.life_events = list(life_events)
        self.agencies = list(agencies)
        chosen_counter = self.counter_box.currentData()
        self.counter_box.blockSignals(True)
        self.counter_box.clear()
        self.counter_box.addItem(self.tr("any counter that serves it"), "")
        language = ui_language()
        for counter in counters:
            if not counter.remote:
                self.counter_box.addItem(
                    f"{counter.code} · {counter.names.get(language)}", counter.code
                )
        index = self.counter_box.findData(chosen_counter)
        self.counter_box.setCurrentIndex(max(0, index))
        self.counter_box.blockSignals(False)
        self.codes = [code for code in self.codes if code in self.services]
        self._search(self.search.text())
        self._show_chosen()

    def set_figures(self, figures: dict[str, QueueFigures]) -> None:
        """The queues now: the results say how many wait and how long a new ticket waits."""
        self.figures = figures
        for row in range(self.result_model.rowCount()):
            item = self.result_model.item(row)
            item.setText(self._result_text(item.data(_FOUND)))

    # ------------------------------------------------------------ finding
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search field, Down goes to the results and Enter takes the first one,
        # so the guide's hands stay on the keyboard.
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.result_model.rowCount():
                self.results.setFocus()
                self.results.setCurrentIndex(self.result_model.index(0, 0))
                return True
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                if self.search.text().strip():
                    self.add_first()
                return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        found = find(
            text,
            self.services.values(),
            self.life_events,
            self.agencies,
            language=ui_language(),
        )
        self.result_model.clear()
        for item in found:
            row = QStandardItem(self._result_text(item))
            row.setData(item, _FOUND)
            row.setEditable(False)
            self.result_model.appendRow(row)
        if found:
            self.results.setCurrentIndex(self.result_model.index(0, 0))
        self.add_button.setEnabled(bool(found))

    def _result_text(self, found: Found) -> str:
        language = ui_language()
        own = found.names.get(language)
        other = found.names.get(found.language)
        also = f"\n    {other}" if found.language != language and other != own else ""
        if found.life_event is not None:
            prefixes = [
                self.services[code].prefix
                for code in found.life_event.service_codes
                if code in self.services
            ]
            return (
                self.tr("Life event: %1 (%2)").replace("%1", own).replace("%2", ", ".join(prefixes))
                + also
            )
        service = found.service
        assert service is not None
        figures = self.figures.get(service.code)
        facts = []
        if figures is not None:
            facts.append(self.tr("%1 waiting").replace("%1", str(figures.waiting)))
            if figures.estimate_minutes is not None:
                facts.append(self.tr("about %1 min").replace("%1", str(figures.estimate_minutes)))
        if service.tickets_closed:
            facts.append(self.tr("closed at the kiosk"))
        line = f"{service.prefix} · {own}"
        if facts:
            line += " — " + ", ".join(facts)
        return line + also

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def found(self) -> list[Found]:
        """What the search shows now, best first."""
        return [
            self.result_model.item(row).data(_FOUND) for row in range(self.result_model.rowCount())
        ]

    def add_first(self) -> None:
        """Add the best of what the search found (Enter in the search field)."""
        if self.result_model.rowCount():
            self.add(self.result_model.item(0).data(_FOUND))

    def _add_current(self) -> None:
        index = self.results.currentIndex()
        if index.isValid():
            self.add(index.data(_FOUND))

    def add(self, found: Found | None) -> None:
        """Add a found service to the ticket, or take a life event's services."""
        if found is None:
            return
        if found.life_event is not None:
            self.life_event = found.life_event
            self.codes = [code for code in found.life_event.service_codes if code in self.services]
        elif found.service is not None and found.service.code not in self.codes:
            self.life_event = None  # changed by hand: a visit of these services
            self.codes.append(found.service.code)
        self.search.clear()
        self.search.setFocus()
        self._show_chosen()

    # ------------------------------------------------------------ the ticket
    def _move(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.codes):
            return
        self.codes[row], self.codes[target] = self.codes[target], self.codes[row]
        self.life_event = None
        self._show_chosen()
        self.chosen.setCurrentRow(target)

    def _remove(self) -> None:
        row = self.chosen.currentRow()
        if row < 0 or row >= len(self.codes):
            return
        del self.codes[row]
        self.life_event = None
        self._show_chosen()
        self.chosen.setCurrentRow(min(row, len(self.codes) - 1))

    def _show_chosen(self) -> None:
        language = ui_language()
        self.chosen.clear()
        for number, code in enumerate(self.codes, start=1):
            service = self.services[code]
            self.chosen.addItem(f"{number}. {service.prefix} · {service.names.get(language)}")
        if self.life_event is not None:
            self.chosen_label.setText(
                self.tr("The ticket, for the life event %1:").replace(
                    "%1", self.life_event.names.get(language)
                )
            )
        elif self.codes:
            self.chosen_label.setText(self.tr("The ticket, services in this order:"))
        else:
            self.chosen_label.setText(
                self.tr("The ticket: nothing yet. Find a service above and press Enter.")
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.chosen.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.codes) - 1)
        self.remove_button.setEnabled(row >= 0)
        self.issue_button.setEnabled(bool(self.codes) and not self._busy)

    def set_busy(self, busy: bool) -> None:
        """While a ticket is being issued: one press, one ticket."""
        self._busy = busy
        self._update_buttons()

    def request(self) -> IssueRequest | None:
        """What the form asks for now; None when no service is chosen."""
        if not self.codes:
            return None
        priority = self.priority_box.currentData()
        return IssueRequest(
            service_codes=tuple(self.codes),
            life_event=self.life_event.code if self.life_event is not None else None,
            language=Language(self.language_box.currentData()),
            priority=Priority(priority) if priority else None,
            visitor_name=self.name_edit.text().strip() or None,
            counter_code=self.counter_box.currentData() or None,
        )

    def request_issue(self) -> None:
        request = self.request()
        if request is None or self._busy:
            return
        self.issue_requested.emit(request)

    def reset(self) -> None:
        """Ready for the next visitor: nothing chosen, the form back to its defaults."""
        self.codes = []
        self.life_event = None
        # Finnish, as when the window opened (the desk's own default), whatever the UI's.
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(Language.FI.value)))
        self.priority_box.setCurrentIndex(0)
        self.name_edit.clear()
        self.counter_box.setCurrentIndex(0)
        self.search.clear()
        self._show_chosen()
        self.search.setFocus()
