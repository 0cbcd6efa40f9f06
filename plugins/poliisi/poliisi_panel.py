"""The Police's panel: passport and identity card applications and where to collect them."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from console.plugin_api import Answer, PanelContext, PluginError, RecordPanel, Row, Section

# The Police's own pages on each document: opening hours, pick-up, what to bring.
DOCUMENT_LINKS = {
    "passport": "https://poliisi.fi/passi",
    "id_card": "https://poliisi.fi/henkilokortti",
}
E_SERVICE_LINK = "https://asiointi.poliisi.fi/"


class PoliisiPlugin:
    """The entry point named in plugin.toml."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return PoliisiPanel(context)


class PoliisiPanel(RecordPanel):
    """The visitor's document applications, one section each; a ready one stands out."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate("PoliisiPanel", "Police"), parent)
        self.note_button = QPushButton(QCoreApplication.translate("PoliisiPanel", "Propose a note"))
        self.note_button.setObjectName("proposeNote")
        self.note_button.setToolTip(
            QCoreApplication.translate(
                "PoliisiPanel", "Offer the applications' state as a note for the case"
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
        """Ask the Police again about the visitor at the counter (or show the placeholder)."""
        self._request += 1
        request = self._request
        self._set_note("")
        visitor = self.context.visitor()
        code = visitor.identity_code if visitor is not None else None
        if not code:
            self.show_placeholder(
                QCoreApplication.translate(
                    "PoliisiPanel",
                    "Identify the visitor to see their passport and identity card applications.",
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
        self._set_note("\n".join(_note_line(item) for item in applications))

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
            QCoreApplication.translate("PoliisiPanel", "Application number"),
            _text(item.get("id")),
        ),
        Row(
            QCoreApplication.translate("PoliisiPanel", "Instructions"),
            QCoreApplication.translate("PoliisiPanel", "Pick-up and opening hours at poliisi.fi"),
            link=DOCUMENT_LINKS.get(_text(item.get("document")), E_SERVICE_LINK),
        ),
    ]
    title = _text(item.get("title")) or QCoreApplication.translate("PoliisiPanel", "Application")
    return Section(title, rows)


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


def _note_line(item: dict[str, Any]) -> str:
    summary = _text(item.get("summary")) or " – ".join(
        part for part in (_text(item.get("title")), _text(item.get("state"))) if part
    )
    return QCoreApplication.translate("PoliisiPanel", "Police: {summary}").replace(
        "{summary}", summary
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    try:
        return datetime.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    except ValueError:
        return _text(value)
