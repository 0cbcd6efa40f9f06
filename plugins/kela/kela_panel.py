"""Kela's panel: the visitor's benefit applications, their state and missing attachments."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from console.plugin_api import Answer, PanelContext, PluginError, RecordPanel, Row, Section

# One application in OmaKela. The advisor signs in there with their own
# credentials, so the link carries the application number, never the identity code.
APPLICATION_LINK = "https://asiointi.kela.fi/omakela/hakemukset/{number}"
# The contract's state of a decided application (openapi.yaml): nothing left to note.
DECIDED = "Ratkaistu"


class KelaPlugin:
    """The entry point named in plugin.toml."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return KelaPanel(context)


class KelaPanel(RecordPanel):
    """The visitor's Kela applications, newest first, one section each."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("KelaPanel", "Kela"), parent)
        self.note_button = QPushButton(QCoreApplication.translate("KelaPanel", "Propose a note"))
        self.note_button.setObjectName("proposeNote")
        self.note_button.setToolTip(
            QCoreApplication.translate(
                "KelaPanel", "Offer the open applications as a note for the case"
            )
        )
        self.note_button.clicked.connect(self._propose_note)
        self.note_button.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._note = ""
        # Answers of an earlier request (before a retry) are not this panel's any more.
        self._request = 0
        # The remembered answers are keyed by person without keeping the clear code.
        self._salt = secrets.token_bytes(16)
        context.visitor_changed.connect(self._visitor_changed)
        self.retry_requested.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Ask Kela again about the visitor at the counter (or show the placeholder)."""
        self._request += 1
        request = self._request
        self._set_note("")
        visitor = self.context.visitor()
        code = visitor.identity_code if visitor is not None else None
        if not code:
            self.show_placeholder(
                QCoreApplication.translate(
                    "KelaPanel", "Identify the visitor to see their Kela applications."
                )
            )
            return
        self.show_loading()

        def answered(answer: Answer) -> None:
            if request == self._request:
                self._show(answer)

        key = "applications:" + hmac.new(self._salt, code.encode(), hashlib.sha256).hexdigest()
        self.context.fetch_json(key, "/applications", {"hetu": code}, answered)

    # ------------------------------------------------------------ inside
    def _visitor_changed(self, _visitor: object) -> None:
        self.refresh()

    def _show(self, answer: Answer) -> None:
        if answer.data is None and answer.error is not None and not answer.stale:
            self.show_error(answer.error)
            return
        try:
            applications = _applications(answer.data)
        except PluginError as error:
            self.show_error(error)
            return
        self.show_answer(answer, [_section(item) for item in applications] or [_nothing()])
        self._set_note("\n".join(_note_line(item) for item in applications if _is_open(item)))

    def _set_note(self, text: str) -> None:
        self._note = text
        self.note_button.setVisible(bool(text))

    def _propose_note(self) -> None:
        if self._note:
            self.context.propose_note(self._note)


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
                ", ".join(missing),
                emphasis=True,
            )
        )
    number = _text(item.get("id"))
    if number:
        rows.append(
            Row(
                QCoreApplication.translate("KelaPanel", "Application"),
                number,
                link=APPLICATION_LINK.format(number=quote(number, safe="")),
            )
        )
    title = _text(item.get("benefit")) or QCoreApplication.translate("KelaPanel", "Application")
    return Section(title, rows)


def _nothing() -> Section:
    return Section(
        QCoreApplication.translate("KelaPanel", "Applications"),
        [Row("", QCoreApplication.translate("KelaPanel", "No applications in Kela's system."))],
    )


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
    return line


def _missing(item: dict[str, Any]) -> list[str]:
    names = item.get("missing_attachments")
    return [_text(name) for name in names if _text(name)] if isinstance(names, list) else []


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    try:
        return datetime.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    except ValueError:
        return _text(value)
