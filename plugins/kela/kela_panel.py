"""Kela's panel, described (plugin API 2): the visitor's benefit applications, their
state and missing attachments, and the open ones as a note for the case.

The plugin runs in a process of its own and never draws: the console draws the view.
Strings keep the translation context ``KelaPanel`` of the widget panel this replaced,
so its Finnish and Swedish translations carry over.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from console.plugin_api.describe import Context
from console.plugin_api.errors import PluginError
from console.plugin_api.model import Visitor
from console.plugin_api.present import VisitorKeys, clip, date_of, problem_for, text_of
from console.plugin_api.view import Row, Section, Table, View

# One application in OmaKela. The advisor signs in there with their own
# credentials, so the link carries the application number, never the identity code.
APPLICATION_LINK = "https://asiointi.kela.fi/omakela/hakemukset/{number}"
# The contract's state of a decided application (openapi.yaml): nothing left to note.
DECIDED = "Ratkaistu"
# A handful of applications are a section each; more are one table (drawn with lazy
# rows, "first N of M" when the broker kept only the first of a long list).
SECTION_LIMIT = 20
# Open applications written into the note; the rest are counted on one more line.
NOTE_LINES = 20
# Attachments listed per application, and the longest text taken from an answer
# (the view bounds every text).
SHOWN_ATTACHMENTS = 20
TEXT_MOST = 500
# Every text taken from an answer is clipped to TEXT_MOST (the view bounds every text).
_text = functools.partial(text_of, most=TEXT_MOST)
_date = functools.partial(date_of, most=TEXT_MOST)


class KelaPlugin:
    """The entry point named in plugin.toml: the visitor's Kela applications, newest
    first, one section each."""

    def __init__(self) -> None:
        # Answers are remembered (by the console) under a key per person that does
        # not carry the clear code; the salt lives as long as this plugin process.
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate("KelaPanel", "Kela")
        code = visitor.identity_code if visitor is not None else None
        if not code:
            return View(
                title,
                placeholder=QCoreApplication.translate(
                    "KelaPanel", "Identify the visitor to see their Kela applications."
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
            note=_note([item for item in applications if _is_open(item)]),
        )


def _applications(data: Any) -> list[dict[str, Any]]:
    """The applications of a /applications answer; an unknown person has none."""
    if data is None:
        return []
    items = data.get("applications") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise PluginError(
            QCoreApplication.translate(
                "KelaPanel", "Kela's back office sent an answer the panel does not understand."
            ),
            "GET /applications: no list of objects under 'applications'",
        )
    return items


def _section(item: dict[str, Any]) -> Section:
    rows = [
        Row(QCoreApplication.translate("KelaPanel", "State"), _text(item.get("state"))),
        Row(QCoreApplication.translate("KelaPanel", "Submitted"), _date(item.get("submitted"))),
    ]
    if item.get("decision_due"):
        rows.append(
            Row(
                QCoreApplication.translate("KelaPanel", "Decision expected"),
                _date(item.get("decision_due")),
            )
        )
    missing = _missing(item)
    if missing:
        rows.append(
            Row(
                QCoreApplication.translate("KelaPanel", "Missing attachments"),
                clip(", ".join(missing), TEXT_MOST),
                emphasis=True,
            )
        )
    number = _text(item.get("id"))
    if number:
        rows.append(
            Row(QCoreApplication.translate("KelaPanel", "Application"), number, link=_link(item))
        )
    return Section(
        _text(item.get("benefit")) or QCoreApplication.translate("KelaPanel", "Application"), rows
    )


def _nothing() -> Section:
    return Section(
        QCoreApplication.translate("KelaPanel", "Applications"),
        [Row("", QCoreApplication.translate("KelaPanel", "No applications in Kela's system."))],
    )


def _table(applications: list[dict[str, Any]], total: int | None) -> Table:
    return Table(
        QCoreApplication.translate("KelaPanel", "Applications"),
        [
            QCoreApplication.translate("KelaPanel", "Benefit"),
            QCoreApplication.translate("KelaPanel", "State"),
            QCoreApplication.translate("KelaPanel", "Submitted"),
            QCoreApplication.translate("KelaPanel", "Decision expected"),
            QCoreApplication.translate("KelaPanel", "Missing attachments"),
            QCoreApplication.translate("KelaPanel", "Application"),
        ],
        [
            [
                _text(item.get("benefit")),
                _text(item.get("state")),
                _date(item.get("submitted")),
                _date(item.get("decision_due")) if item.get("decision_due") else "",
                clip(", ".join(_missing(item)), TEXT_MOST),
                _text(item.get("id")),
            ]
            for item in applications
        ],
        links=[_link(item) for item in applications],
        total=total,
    )


def _link(item: dict[str, Any]) -> str | None:
    number = _text(item.get("id"))
    return APPLICATION_LINK.format(number=quote(number, safe="")) if number else None


def _note(open_applications: list[dict[str, Any]]) -> str:
    lines = [_note_line(item) for item in open_applications[:NOTE_LINES]]
    if len(open_applications) > NOTE_LINES:
        lines.append(f"… (+{len(open_applications) - NOTE_LINES})")
    return "\n".join(lines)


def _is_open(item: dict[str, Any]) -> bool:
    return _text(item.get("state")) != DECIDED


def _note_line(item: dict[str, Any]) -> str:
    line = (
        QCoreApplication.translate("KelaPanel", "Kela: {benefit}, {state}")
        .replace("{benefit}", _text(item.get("benefit")))
        .replace("{state}", _lower_first(_text(item.get("state"))))
    )
    missing = _missing(item)
    if missing:
        line += ", " + QCoreApplication.translate("KelaPanel", "missing: {attachments}").replace(
            "{attachments}", ", ".join(_lower_first(name) for name in missing)
        )
    return clip(line, TEXT_MOST)


def _missing(item: dict[str, Any]) -> list[str]:
    names = item.get("missing_attachments")
    if not isinstance(names, list):
        return []
    return [_text(name) for name in names if _text(name)][:SHOWN_ATTACHMENTS]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
