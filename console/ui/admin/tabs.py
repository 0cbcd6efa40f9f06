"""The list tabs of the admin window: their columns, forms and new rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.core.desk_file import (
    AgencySpec,
    CounterSpec,
    LifeEventSpec,
    ServiceSpec,
    StaffSpec,
    TemplateSpec,
)
from console.core.queue import Language, Role
from console.core.records import Names
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.admin.fields import hours_text
from console.ui.admin.forms import (
    AgencyForm,
    CounterForm,
    LifeEventForm,
    ServiceForm,
    StaffForm,
    TemplateForm,
)
from console.ui.admin.list_tab import ListTab, first_free
from console.ui.admin.spec_model import SpecColumn
from console.ui.shared.labels import language_label, role_label, ui_language

EMPTY = Names("", "", "")


def _title(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("AdminTabs", text)


def _name(names: Names) -> str:
    return names.get(ui_language())


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("AdminTabs", "yes")
        if value
        else QCoreApplication.translate("AdminTabs", "no")
    )


def _free_prefix(taken: set[str]) -> str:
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in taken:
            return letter
    return ""


def agency_tab() -> ListTab[AgencySpec]:
    columns = [
        SpecColumn[AgencySpec](_title(QT_TRANSLATE_NOOP("AdminTabs", "Code")), lambda a: a.code),
        SpecColumn[AgencySpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Short name")), lambda a: _name(a.short_names)
        ),
        SpecColumn[AgencySpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Name")), lambda a: _name(a.names)
        ),
    ]

    def new(specs: Sequence[AgencySpec]) -> AgencySpec:
        return AgencySpec(first_free("new_agency", {a.code for a in specs}), EMPTY, EMPTY)

    return ListTab(
        "agenciesTab",
        columns,
        AgencyForm(),
        lambda a: a.code,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add an agency"),
        retire_text=QCoreApplication.translate("AdminTabs", "Retire the agency"),
    )


def service_tab() -> ListTab[ServiceSpec]:
    columns = [
        SpecColumn[ServiceSpec](_title(QT_TRANSLATE_NOOP("AdminTabs", "Code")), lambda s: s.code),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Agency")), lambda s: s.agency
        ),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Prefix")), lambda s: s.prefix
        ),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Target wait")),
            lambda s: f"{s.target_wait_minutes} min",
        ),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Kiosk")), lambda s: _yes_no(s.kiosk)
        ),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Name")), lambda s: _name(s.names)
        ),
        SpecColumn[ServiceSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Hours")), lambda s: hours_text(s.hours)
        ),
    ]
    form = ServiceForm()

    def new(specs: Sequence[ServiceSpec]) -> ServiceSpec:
        agency = form.agency.itemData(0) if form.agency.count() else ""
        return ServiceSpec(
            first_free("new-service", {s.code for s in specs}),
            str(agency or ""),
            _free_prefix({s.prefix for s in specs}),
            15,
            EMPTY,
        )

    return ListTab(
        "servicesTab",
        columns,
        form,
        lambda s: s.code,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add a service"),
        retire_text=QCoreApplication.translate("AdminTabs", "Retire the service"),
    )


def counter_tab() -> ListTab[CounterSpec]:
    columns = [
        SpecColumn[CounterSpec](_title(QT_TRANSLATE_NOOP("AdminTabs", "Code")), lambda c: c.code),
        SpecColumn[CounterSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Name")), lambda c: _name(c.names)
        ),
        SpecColumn[CounterSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Remote")), lambda c: _yes_no(c.remote)
        ),
    ]

    def new(specs: Sequence[CounterSpec]) -> CounterSpec:
        taken = {c.code for c in specs}
        number = len(specs) + 1
        while f"T{number}" in taken:
            number += 1
        return CounterSpec(f"T{number}", EMPTY)

    return ListTab(
        "countersTab",
        columns,
        CounterForm(),
        lambda c: c.code,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add a counter"),
        retire_text=QCoreApplication.translate("AdminTabs", "Retire the counter"),
    )


def staff_tab() -> ListTab[StaffSpec]:
    columns = [
        SpecColumn[StaffSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "User name")), lambda m: m.username
        ),
        SpecColumn[StaffSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Full name")), lambda m: m.full_name
        ),
        SpecColumn[StaffSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Role")), lambda m: role_label(m.role)
        ),
        SpecColumn[StaffSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Agency")), lambda m: m.agency or ""
        ),
        SpecColumn[StaffSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Skills")), lambda m: ", ".join(m.skills)
        ),
    ]

    def new(specs: Sequence[StaffSpec]) -> StaffSpec:
        username = first_free("new.person", {m.username for m in specs})
        return StaffSpec(username, "", Role.ADVISOR, None, ())

    return ListTab(
        "staffTab",
        columns,
        StaffForm(),
        lambda m: m.username,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add a staff member"),
        retire_text=QCoreApplication.translate("AdminTabs", "Retire the staff member"),
    )


def life_event_tab() -> ListTab[LifeEventSpec]:
    columns = [
        SpecColumn[LifeEventSpec](_title(QT_TRANSLATE_NOOP("AdminTabs", "Code")), lambda e: e.code),
        SpecColumn[LifeEventSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Name")), lambda e: _name(e.names)
        ),
        SpecColumn[LifeEventSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Services")), lambda e: ", ".join(e.services)
        ),
    ]

    def new(specs: Sequence[LifeEventSpec]) -> LifeEventSpec:
        return LifeEventSpec(first_free("new-life-event", {e.code for e in specs}), EMPTY, ())

    return ListTab(
        "lifeEventsTab",
        columns,
        LifeEventForm(),
        lambda e: e.code,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add a life event"),
        retire_text=QCoreApplication.translate("AdminTabs", "Retire the life event"),
    )


def template_key(template: TemplateSpec) -> str:
    return f"{template.service}/{template.language.value}/{template.title}"


def template_tab() -> ListTab[TemplateSpec]:
    columns = [
        SpecColumn[TemplateSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Service")), lambda t: t.service
        ),
        SpecColumn[TemplateSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Language")), lambda t: language_label(t.language)
        ),
        SpecColumn[TemplateSpec](
            _title(QT_TRANSLATE_NOOP("AdminTabs", "Title")), lambda t: t.title
        ),
    ]
    form = TemplateForm()

    def new(specs: Sequence[TemplateSpec]) -> TemplateSpec:
        service = str(form.service.itemData(0) or "") if form.service.count() else ""
        title = first_free(
            QCoreApplication.translate("AdminTabs", "New template"),
            {t.title for t in specs if t.service == service},
        )
        return TemplateSpec(service, Language.FI, title, "")

    return ListTab(
        "templatesTab",
        columns,
        form,
        template_key,
        new,
        add_text=QCoreApplication.translate("AdminTabs", "Add a note template"),
        retire_text=QCoreApplication.translate("AdminTabs", "Remove the template"),
    )


def keys_of(specs: Sequence[Any], key: Callable[[Any], str]) -> set[str]:
    return {key(spec) for spec in specs}
