"""City of Pori: the visitor's housing, early childhood education and social services applications.

The city's systems find a person by name and date of birth, never by identity code
(``GET /applications?name=&birth_date=YYYY-MM-DD``); the plugin is not even permitted
the code. An unknown person gets ``{"applications": []}``: "nothing here", not an error.

Plugin API 2: the plugin describes the panel (a :class:`View`) and the console draws
it. A few applications are shown one section each; a long list (more than
:data:`SECTION_LIMIT`) becomes one table the console draws with lazy rows. The
strings keep the translation context of the API 1 panel ("PoriPanel"), so their
translations carry over.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from console.plugin_api import (
    Answer,
    PluginError,
    Visitor,
    VisitorKeys,
    date_of,
    fill,
    problem_for,
    text_of,
)
from console.plugin_api.describe import Context
from console.plugin_api.view import Row, Section, Table, View

# More applications than this are one table instead of a section each.
# Remembered answers are keyed by person without a guessable digest (new each process).
_KEYS = VisitorKeys()
SECTION_LIMIT = 20


class PoriPlugin:
    """The plugin entry (``plugin.toml``: ``pori_panel:PoriPlugin``)."""

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        """The visitor's applications to the city, newest first as the city sends them."""
        title = QCoreApplication.translate("PoriPanel", "City of Pori")
        if visitor is None:
            return View(
                title=title,
                placeholder=QCoreApplication.translate("PoriPanel", "No visitor at the counter."),
            )
        name, born = visitor.name, visitor.birth_date
        if not name or born is None:
            missing = []
            if not name:
                missing.append(QCoreApplication.translate("PoriPanel", "name"))
            if born is None:
                missing.append(QCoreApplication.translate("PoriPanel", "date of birth"))
            return View(
                title=title,
                placeholder=fill(
                    QCoreApplication.translate(
                        "PoriPanel",
                        "The City of Pori finds applications by name and date of birth. "
                        "Missing for this visitor: %1.",
                    ),
                    ", ".join(missing),
                ),
            )
        params = {"name": name, "birth_date": born.isoformat()}
        # The key may reach the debug log: a keyed digest of who, never the name itself
        # (a plain digest of a name and a birth date is easily guessed back).
        who = _KEYS.key(params["name"], params["birth_date"])
        answer = context.fetch_json(
            f"applications/{who[:16]}", "/applications", params, items="applications"
        )
        return _view(title, answer)


def _view(title: str, answer: Answer) -> View:
    if answer.data is None:
        return View(title=title, problem=problem_for(answer.error or _unreadable("no answer")))
    try:
        blocks = _blocks(answer)
    except PluginError as error:
        return View(title=title, problem=problem_for(error))
    if not answer.stale:
        return View(title=title, blocks=blocks)
    # An earlier answer while the back office is down: shown as of then, and why.
    return View(
        title=title,
        blocks=blocks,
        stale_as_of=answer.fetched_at,
        problem=None if answer.error is None else problem_for(answer.error),
    )


def _blocks(answer: Answer) -> list[Section | Table]:
    data = answer.data
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
    if len(applications) > SECTION_LIMIT or (answer.total or 0) > len(applications):
        return [_table(applications, answer.total)]
    return [_application(item) for item in applications]


def _application(item: dict[str, Any]) -> Section:
    rows = [
        Row(QCoreApplication.translate("PoriPanel", "Application"), text_of(item.get("title"))),
        Row(
            QCoreApplication.translate("PoriPanel", "State"),
            text_of(item.get("state")),
            emphasis=True,
        ),
        Row(QCoreApplication.translate("PoriPanel", "Submitted"), date_of(item.get("submitted"))),
    ]
    due = date_of(item.get("decision_due"))
    if due:
        rows.append(Row(QCoreApplication.translate("PoriPanel", "Decision due"), due))
    next_step = text_of(item.get("next_step"))
    if next_step:
        rows.append(Row(QCoreApplication.translate("PoriPanel", "Next step"), next_step))
    rows.append(Row(QCoreApplication.translate("PoriPanel", "Reference"), text_of(item.get("id"))))
    return Section(_area(text_of(item.get("area"))), rows)


def _table(applications: list[dict[str, Any]], total: int | None) -> Table:
    return Table(
        QCoreApplication.translate("PoriPanel", "Applications"),
        [
            QCoreApplication.translate("PoriPanel", "Area"),
            QCoreApplication.translate("PoriPanel", "Application"),
            QCoreApplication.translate("PoriPanel", "State"),
            QCoreApplication.translate("PoriPanel", "Submitted"),
            QCoreApplication.translate("PoriPanel", "Reference"),
        ],
        [
            [
                _area(text_of(item.get("area"))),
                text_of(item.get("title")),
                text_of(item.get("state")),
                date_of(item.get("submitted")),
                text_of(item.get("id")),
            ]
            for item in applications
        ],
        total=total,
    )


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
def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate(
            "PoriPanel", "The City of Pori sent an answer the panel cannot read."
        ),
        details,
    )
