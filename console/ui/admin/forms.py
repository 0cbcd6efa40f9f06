"""The edit form of each kind of the desk's objects (one spec each)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from console.core.desk_file import (
    AgencySpec,
    CounterSpec,
    LifeEventSpec,
    ServiceSpec,
    StaffSpec,
    TemplateSpec,
)
from console.core.queue import Language, Role
from console.core.text import Message
from console.ui.admin.checklist import ServiceChecklist
from console.ui.admin.fields import (
    SpecForm,
    fill_combo,
    hours_text,
    read_hours,
    read_names,
    set_names,
)
from console.ui.shared.labels import language_label, role_label

# Staff roles a person can have (the kiosk's and display's accounts are made by IT).
STAFF_ROLES = (Role.GUIDE, Role.ADVISOR, Role.SPECIALIST, Role.SUPERVISOR, Role.IT)


class AgencyForm(SpecForm[AgencySpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = self.line(self.tr("Code"), "agencyCode", max_length=32)
        self.short = self.names(self.tr("Short name"), "agencyShort")
        self.full = self.names(self.tr("Name"), "agencyName")
        self.timeout = self.spin(
            self.tr("Consultation answered within"), "consultTimeout", 1, 240, self.tr(" min")
        )
        self.key_fields = [self.code]

    def show_spec(self, spec: AgencySpec) -> None:
        self.code.setText(spec.code)
        set_names(self.short, spec.short_names)
        set_names(self.full, spec.names)
        self.timeout.setValue(spec.consult_timeout_minutes)

    def read(self) -> tuple[AgencySpec, list[Message]]:
        return (
            AgencySpec(
                self.code.text().strip(),
                read_names(self.full),
                read_names(self.short),
                self.timeout.value(),
            ),
            [],
        )


class ServiceForm(SpecForm[ServiceSpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = self.line(self.tr("Code"), "serviceCode", max_length=64)
        self.agency = self.combo(self.tr("Agency"), "serviceAgency")
        self.prefix = self.line(self.tr("Ticket prefix"), "servicePrefix", max_length=3)
        self.prefix.setToolTip(self.tr("One to three capital letters, e.g. K for K012"))
        self.target = self.spin(self.tr("Target wait"), "targetWait", 1, 600, self.tr(" min"))
        self.full = self.names(self.tr("Name"), "serviceName")
        self.kiosk = self.check(
            self.tr("Kiosk"), "serviceKiosk", self.tr("Visitors can take a ticket at the kiosk")
        )
        self.hours = self.line(self.tr("Opening hours"), "serviceHours")
        self.hours.setPlaceholderText(self.tr("whenever the desk is open"))
        self.hours.setToolTip(
            self.tr("Entries separated by semicolons, e.g. mon-fri 08:00-16:00; sat 10:00-14:00")
        )
        self.key_fields = [self.code]

    def set_choices(
        self, agencies: Sequence[tuple[str, str]], services: Sequence[tuple[str, str]]
    ) -> None:
        current = self.agency.currentData()
        fill_combo(self.agency, [(f"{code} – {name}", code) for code, name in agencies], current)

    def show_spec(self, spec: ServiceSpec) -> None:
        self.code.setText(spec.code)
        at = self.agency.findData(spec.agency)
        if at < 0:
            self.agency.addItem(spec.agency, spec.agency)
            at = self.agency.count() - 1
        self.agency.setCurrentIndex(at)
        self.prefix.setText(spec.prefix)
        self.target.setValue(spec.target_wait_minutes)
        set_names(self.full, spec.names)
        self.kiosk.setChecked(spec.kiosk)
        self.hours.setText(hours_text(spec.hours))

    def read(self) -> tuple[ServiceSpec, list[Message]]:
        hours, problem = read_hours(self.hours.text())
        original = self.original
        if problem is not None and original is not None:
            hours = original.hours
        return (
            ServiceSpec(
                self.code.text().strip(),
                str(self.agency.currentData() or ""),
                self.prefix.text().strip(),
                self.target.value(),
                read_names(self.full),
                kiosk=self.kiosk.isChecked(),
                hours=hours,
            ),
            [problem] if problem is not None else [],
        )


class CounterForm(SpecForm[CounterSpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = self.line(self.tr("Code"), "counterCode", max_length=32)
        self.full = self.names(self.tr("Name"), "counterName")
        self.remote = self.check(
            self.tr("Remote"), "counterRemote", self.tr("Serves by video, not in the lobby")
        )
        # The code of the [[office]] it stands in; empty: the desk's own (docs/desk-file.md).
        self.office = self.line(self.tr("Office"), "counterOffice", max_length=32)
        self.office.setPlaceholderText(self.tr("the desk's own office"))
        self.key_fields = [self.code]

    def show_spec(self, spec: CounterSpec) -> None:
        self.code.setText(spec.code)
        set_names(self.full, spec.names)
        self.remote.setChecked(spec.remote)
        self.office.setText(spec.office)

    def read(self) -> tuple[CounterSpec, list[Message]]:
        return (
            CounterSpec(
                self.code.text().strip(),
                read_names(self.full),
                self.remote.isChecked(),
                self.office.text().strip(),
            ),
            [],
        )


class StaffForm(SpecForm[StaffSpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = self.line(self.tr("User name"), "staffUsername", max_length=63)
        self.full_name = self.line(self.tr("Full name"), "staffFullName", max_length=200)
        self.role = self.combo(self.tr("Role"), "staffRole")
        for role in STAFF_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.agency = self.combo(self.tr("Agency"), "staffAgency")
        self.skills = ServiceChecklist()
        self.skills.changed.connect(self._changed)
        self._row(self.tr("Skills"), self.skills, "staffSkills")
        self.skills.list.setAccessibleName(self.tr("Skills"))
        self.key_fields = [self.username]
        self.account_fields = [self.full_name, self.role, self.agency]
        self._services: list[tuple[str, str]] = []

    def set_choices(
        self, agencies: Sequence[tuple[str, str]], services: Sequence[tuple[str, str]]
    ) -> None:
        current = self.agency.currentData()
        items: list[tuple[str, str | None]] = [(self.tr("(no agency)"), None)]
        items += [(f"{code} – {name}", code) for code, name in agencies]
        fill_combo(self.agency, items, current)
        self._services = list(services)
        self.skills.set_services(self._services, self.skills.checked())

    def show_spec(self, spec: StaffSpec) -> None:
        self.username.setText(spec.username)
        self.full_name.setText(spec.full_name)
        at = self.role.findData(spec.role.value)
        if at < 0:
            self.role.addItem(role_label(spec.role), spec.role.value)
            at = self.role.count() - 1
        self.role.setCurrentIndex(at)
        at = self.agency.findData(spec.agency)
        if at < 0:
            self.agency.addItem(str(spec.agency), spec.agency)
            at = self.agency.count() - 1
        self.agency.setCurrentIndex(at)
        self.skills.set_services(self._services, spec.skills)

    def read(self) -> tuple[StaffSpec, list[Message]]:
        agency = self.agency.currentData()
        original = self.original
        return (
            StaffSpec(
                self.username.text().strip(),
                self.full_name.text().strip(),
                Role(self.role.currentData()),
                str(agency) if agency else None,
                self.skills.checked(),
                login_role=original.login_role if original is not None else None,
                # Skills at other offices are the desk file's to change (no field yet).
                office_skills=original.office_skills if original is not None else (),
            ),
            [],
        )


class LifeEventForm(SpecForm[LifeEventSpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = self.line(self.tr("Code"), "lifeEventCode", max_length=64)
        self.full = self.names(self.tr("Name"), "lifeEventName")
        self.services = ServiceChecklist(ordered=True)
        self.services.changed.connect(self._changed)
        self._row(self.tr("Services, in order"), self.services, "lifeEventServices")
        self.services.list.setAccessibleName(self.tr("Services, in order"))
        self.key_fields = [self.code]
        self._services: list[tuple[str, str]] = []

    def set_choices(
        self, agencies: Sequence[tuple[str, str]], services: Sequence[tuple[str, str]]
    ) -> None:
        self._services = list(services)
        self.services.set_services(self._services, self.services.checked())

    def show_spec(self, spec: LifeEventSpec) -> None:
        self.code.setText(spec.code)
        set_names(self.full, spec.names)
        self.services.set_services(self._services, spec.services)

    def read(self) -> tuple[LifeEventSpec, list[Message]]:
        return (
            LifeEventSpec(self.code.text().strip(), read_names(self.full), self.services.checked()),
            [],
        )


class TemplateForm(SpecForm[TemplateSpec]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = self.combo(self.tr("Service"), "templateService")
        self.language = self.combo(self.tr("Language"), "templateLanguage")
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        self.title = self.line(self.tr("Title"), "templateTitle", max_length=200)
        self.body = self.text_box(self.tr("Text"), "templateBody")
        self.body.setMinimumHeight(160)

    def set_choices(
        self, agencies: Sequence[tuple[str, str]], services: Sequence[tuple[str, str]]
    ) -> None:
        current = self.service.currentData()
        fill_combo(self.service, [(f"{code} – {name}", code) for code, name in services], current)

    def show_spec(self, spec: TemplateSpec) -> None:
        at = self.service.findData(spec.service)
        if at < 0:
            self.service.addItem(spec.service, spec.service)
            at = self.service.count() - 1
        self.service.setCurrentIndex(at)
        self.language.setCurrentIndex(max(self.language.findData(spec.language.value), 0))
        self.title.setText(spec.title)
        self.body.setPlainText(spec.body)

    def read(self) -> tuple[TemplateSpec, list[Message]]:
        return (
            TemplateSpec(
                str(self.service.currentData() or ""),
                Language(self.language.currentData()),
                self.title.text().strip(),
                self.body.toPlainText(),
            ),
            [],
        )


def staff_notice(form: StaffForm, text: str) -> QLabel:
    """A line above the staff form saying what this console may not change."""
    label = QLabel(text)
    label.setObjectName("staffNotice")
    label.setWordWrap(True)
    form.layout_.insertRow(0, label)
    return label
