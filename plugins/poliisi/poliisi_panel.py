"""The Police's panel, described (plugin API 2): passport and identity card applications,
where to collect them, and their state as a note for the case.

The plugin runs in a process of its own and never draws: the console draws the view.
Strings keep the translation context ``PoliisiPanel`` of the widget panel this replaced,
so its Finnish and Swedish translations carry over.
"""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.plugin_api.describe import Context
from console.plugin_api.errors import PluginError
from console.plugin_api.model import Visitor
from console.plugin_api.present import VisitorKeys, date_of, problem_for, text_of
from console.plugin_api.view import Row, Section, Table, View

# The Police's own pages on each document: opening hours, pick-up, what to bring.
DOCUMENT_LINKS = {
    "passport": "https://poliisi.fi/passi",
    "id_card": "https://poliisi.fi/henkilokortti",
}
E_SERVICE_LINK = "https://asiointi.poliisi.fi/"
# A person has one or two applications, a section each; more than this are one table
# (drawn with lazy rows, "first N of M" when the broker kept only the first ones).
SECTION_LIMIT = 20
# Applications written into the note; the rest are counted on one more line.
NOTE_LINES = 20
# The longest text taken from an answer (the view bounds every text).
TEXT_MOST = 500
# Every text taken from an answer is clipped to TEXT_MOST (the view bounds every text).
_text = functools.partial(text_of, most=TEXT_MOST)
_date = functools.partial(date_of, most=TEXT_MOST)


class PoliisiPlugin:
    """The entry point named in plugin.toml: the visitor's document applications, one
    section each; a ready one stands out."""

    def __init__(self) -> None:
        # Answers are remembered (by the console) under a key per person that does
        # not carry the clear code; the salt lives as long as this plugin process.
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate("PoliisiPanel", "Police")
        code = visitor.identity_code if visitor is not None else None
        if not code:
            return View(
                title,
                placeholder=QCoreApplication.translate(
                    "PoliisiPanel",
                    "Identify the visitor to see their passport and identity card applications.",
                ),
            )
        key = "applications:" + self._keys.key(code)
        answer = context.fetch_json(key, "/applications", {"hetu": code}, items="applications")
        if answer.data is None and answer.error is not None:
            return View(title, problem=problem_for(answer.error))
        try:
            applications = _applications(answer.data)
        except PluginError as error:
            return View(title, problem=problem_for(error))
        blocks: list[Section | Table]
        if not applications:
            blocks = [_nothing()]
        elif len(applications) > SECTION_LIMIT:
            blocks = [_table(applications, answer.total)]
        else:
            blocks = [_section(item) for item in applications]
        return View(
            title,
            blocks=blocks,
            # An earlier answer, shown because the back office is not reachable now:
            # the console says so, with why and Retry.
            stale_as_of=answer.fetched_at if answer.stale else None,
            problem=problem_for(answer.error) if answer.error is not None else None,
            note=_note(applications),
        )


def _applications(data: Any) -> list[dict[str, Any]]:
    """The applications of a /applications answer; an unknown person has none."""
    if data is None:
        return []
    items = data.get("applications") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise PluginError(
            QCoreApplication.translate(
                "PoliisiPanel",
                "The Police's back office sent an answer the panel does not understand.",
            ),
            "GET /applications: no list of objects under 'applications'",
        )
    return items


def _section(item: dict[str, Any]) -> Section:
    ready = item.get("ready_for_pickup") is True
    place = _text(item.get("pickup_place"))
    rows = [
        Row(
            QCoreApplication.translate("PoliisiPanel", "State"),
            _text(item.get("state")),
            emphasis=ready,
        )
    ]
    if ready:
        rows.append(
            Row(
                QCoreApplication.translate("PoliisiPanel", "Ready for pick-up at"),
                place or QCoreApplication.translate("PoliisiPanel", "Ask the Police"),
                emphasis=True,
            )
        )
    elif place:
        rows.append(Row(QCoreApplication.translate("PoliisiPanel", "To be collected at"), place))
    rows += [
        Row(QCoreApplication.translate("PoliisiPanel", "Submitted"), _date(item.get("submitted"))),
        Row(
            QCoreApplication.translate("PoliisiPanel", "Application number"), _text(item.get("id"))
        ),
        Row(
            QCoreApplication.translate("PoliisiPanel", "Instructions"),
            QCoreApplication.translate("PoliisiPanel", "Pick-up and opening hours at poliisi.fi"),
            link=_instructions(item),
        ),
    ]
    return Section(
        _text(item.get("title")) or QCoreApplication.translate("PoliisiPanel", "Application"), rows
    )


def _nothing() -> Section:
    return Section(
        QCoreApplication.translate("PoliisiPanel", "Applications"),
        [
            Row(
                "",
                QCoreApplication.translate(
                    "PoliisiPanel",
                    "No passport or identity card applications in the Police's system.",
                ),
            ),
            Row(
                QCoreApplication.translate("PoliisiPanel", "Applying"),
                QCoreApplication.translate("PoliisiPanel", "The Police's e-service"),
                link=E_SERVICE_LINK,
            ),
        ],
    )


def _table(applications: list[dict[str, Any]], total: int | None) -> Table:
    return Table(
        QCoreApplication.translate("PoliisiPanel", "Applications"),
        [
            QCoreApplication.translate("PoliisiPanel", "Application"),
            QCoreApplication.translate("PoliisiPanel", "State"),
            QCoreApplication.translate("PoliisiPanel", "To be collected at"),
            QCoreApplication.translate("PoliisiPanel", "Submitted"),
            QCoreApplication.translate("PoliisiPanel", "Application number"),
        ],
        [
            [
                _text(item.get("title")),
                _text(item.get("state")),
                _text(item.get("pickup_place")),
                _date(item.get("submitted")),
                _text(item.get("id")),
            ]
            for item in applications
        ],
        links=[_instructions(item) for item in applications],
        total=total,
    )


def _instructions(item: dict[str, Any]) -> str:
    return DOCUMENT_LINKS.get(_text(item.get("document")), E_SERVICE_LINK)


def _note(applications: list[dict[str, Any]]) -> str:
    lines = [_note_line(item) for item in applications[:NOTE_LINES]]
    if len(applications) > NOTE_LINES:
        lines.append(f"… (+{len(applications) - NOTE_LINES})")
    return "\n".join(lines)


def _note_line(item: dict[str, Any]) -> str:
    summary = _text(item.get("summary")) or " – ".join(
        part for part in (_text(item.get("title")), _text(item.get("state"))) if part
    )
    return QCoreApplication.translate("PoliisiPanel", "Police: {summary}").replace(
        "{summary}", summary
    )
