"""City of Pori: the visitor's housing, early childhood education and social services applications.

The city's systems find a person by name and date of birth, never by identity code
(``GET /applications?name=&birth_date=YYYY-MM-DD``); the plugin is not even permitted
the code. An unknown person gets ``{"applications": []}``: "nothing here", not an error.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from console.plugin_api import Answer, PanelContext, PluginError, RecordPanel, Row, Section, Visitor


class PoriPlugin:
    """The plugin entry (``plugin.toml``: ``pori_panel:PoriPlugin``)."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return PoriPanel(context)


class PoriPanel(RecordPanel):
    """The visitor's applications to the city, one section each, newest first."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("PoriPanel", "City of Pori"), parent)
        context.visitor_changed.connect(self._follow)
        self.retry_requested.connect(lambda: self._follow(self.context.visitor()))
        self._follow(context.visitor())

    def _follow(self, visitor: Visitor | None) -> None:
        if visitor is None:
            self.show_placeholder(
                QCoreApplication.translate("PoriPanel", "No visitor at the counter.")
            )
            return
        name, born = visitor.name, visitor.birth_date
        if not name or born is None:
            missing = []
            if not name:
                missing.append(QCoreApplication.translate("PoriPanel", "name"))
            if born is None:
                missing.append(QCoreApplication.translate("PoriPanel", "date of birth"))
            self.show_placeholder(
                _fill(
                    QCoreApplication.translate(
                        "PoriPanel",
                        "The City of Pori finds applications by name and date of birth. "
                        "Missing for this visitor: %1.",
                    ),
                    ", ".join(missing),
                )
            )
            return
        params = {"name": name, "birth_date": born.isoformat()}
        self.show_loading()
        # The key may reach the debug log: a digest of who, never the name itself.
        who = hashlib.sha256(f"{params['name']}\n{params['birth_date']}".encode()).hexdigest()
        self.context.fetch_json(f"applications/{who[:16]}", "/applications", params, self._show)

    def _show(self, answer: Answer) -> None:
        if answer.data is None:
            self.show_error(answer.error or _unreadable("no answer"))
            return
        try:
            sections = _sections(answer.data)
        except PluginError as error:
            self.show_error(error)
            return
        self.show_answer(answer, sections)


def _sections(data: Any) -> list[Section]:
    if not isinstance(data, dict) or not isinstance(data.get("applications"), list):
        raise _unreadable(
            f"expected an object with a list 'applications', got {type(data).__name__}"
        )
    applications = [item for item in data["applications"] if isinstance(item, dict)]
    if not applications:
        return [
            Section(
                QCoreApplication.translate("PoriPanel", "Applications"),
                [
                    Row(
                        QCoreApplication.translate("PoriPanel", "Applications"),
                        QCoreApplication.translate(
                            "PoriPanel", "No applications with the City of Pori."
                        ),
                    )
                ],
            )
        ]
    return [_application(item) for item in applications]


def _application(item: dict[str, Any]) -> Section:
    rows = [
        Row(QCoreApplication.translate("PoriPanel", "Application"), _text(item.get("title"))),
        Row(
            QCoreApplication.translate("PoriPanel", "State"),
            _text(item.get("state")),
            emphasis=True,
        ),
        Row(QCoreApplication.translate("PoriPanel", "Submitted"), _date(item.get("submitted"))),
    ]
    due = _date(item.get("decision_due"))
    if due:
        rows.append(Row(QCoreApplication.translate("PoriPanel", "Decision due"), due))
    next_step = _text(item.get("next_step"))
    if next_step:
        rows.append(Row(QCoreApplication.translate("PoriPanel", "Next step"), next_step))
    rows.append(Row(QCoreApplication.translate("PoriPanel", "Reference"), _text(item.get("id"))))
    return Section(_area(_text(item.get("area"))), rows)


def _area(area: str) -> str:
    if area == "housing":
        return QCoreApplication.translate("PoriPanel", "Housing")
    if area == "early_education":
        return QCoreApplication.translate("PoriPanel", "Early childhood education")
    if area == "social_services":
        return QCoreApplication.translate("PoriPanel", "Social services")
    # An area added by the city later: its own name beats hiding the application.
    return area or QCoreApplication.translate("PoriPanel", "Application")


# ---------------------------------------------------------------- reading values
def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    text = _text(value)
    try:
        return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _fill(text: str, *values: str) -> str:
    """``text`` with %1, %2, ... replaced in one pass (a value may itself hold "%2")."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate(
            "PoriPanel", "The City of Pori sent an answer the panel cannot read."
        ),
        details,
    )
