"""DVV's panel: the visitor's address in the Population Information System, moves and
Suomi.fi mandates."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import secrets
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from console.plugin_api import Answer, PanelContext, PluginError, RecordPanel, Row, Section

# The back office's paths (openapi.yaml) and the key of each answer's object.
ENDPOINTS = {"address": "/address", "moves": "/moves", "mandates": "/mandates"}
# Where the visitor gives, checks or cancels a mandate (signing in themselves).
MANDATES_LINK = "https://www.suomi.fi/valtuudet"
GIVEN = "principal"  # the contract's role of the visitor who gave the mandate


class DvvPlugin:
    """The entry point named in plugin.toml."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return DvvPanel(context)


class DvvPanel(RecordPanel):
    """Address, moves and mandates, shown together once all three have answered."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            QCoreApplication.translate("DvvPanel", "Digital and Population Data Services Agency"),
            parent,
        )
        self.note_button = QPushButton(QCoreApplication.translate("DvvPanel", "Propose a note"))
        self.note_button.setObjectName("proposeNote")
        self.note_button.setToolTip(
            QCoreApplication.translate(
                "DvvPanel", "Offer the address and the latest move as a note for the case"
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
        self._answers: dict[str, Answer] = {}
        # The remembered answers are keyed by person without keeping the clear code.
        self._salt = secrets.token_bytes(16)
        context.visitor_changed.connect(self._visitor_changed)
        self.retry_requested.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Ask DVV again (three calls at once) or show the placeholder."""
        self._request += 1
        self._answers = {}
        self._set_note("")
        visitor = self.context.visitor()
        code = visitor.identity_code if visitor is not None else None
        if not code:
            self.show_placeholder(
                QCoreApplication.translate(
                    "DvvPanel",
                    "Identify the visitor to see their address, moves and Suomi.fi mandates.",
                )
            )
            return
        self.show_loading()
        person = hmac.new(self._salt, code.encode(), hashlib.sha256).hexdigest()
        for name, path in ENDPOINTS.items():
            self.context.fetch_json(
                f"{name}:{person}",
                path,
                {"hetu": code},
                partial(self._answered, self._request, name),
            )

    # ------------------------------------------------------------ inside
    def _visitor_changed(self, _visitor: object) -> None:
        self.refresh()

    def _answered(self, request: int, name: str, answer: Answer) -> None:
        if request != self._request:
            return
        self._answers[name] = answer
        if len(self._answers) == len(ENDPOINTS):
            self._show(self._answers)

    def _show(self, answers: dict[str, Answer]) -> None:
        # An address without the move that changed it would tell half the story: one
        # part with nothing to show makes the whole panel an error (with Retry).
        for answer in answers.values():
            if answer.data is None and answer.error is not None and not answer.stale:
                self.show_error(answer.error)
                return
        try:
            address = _part(answers["address"].data, "address", dict)
            moves = _part(answers["moves"].data, "moves", list) or []
            mandates = _part(answers["mandates"].data, "mandates", list) or []
        except PluginError as error:
            self.show_error(error)
            return
        sections = [_address_section(address), _moves_section(moves), _mandates_section(mandates)]
        self.show_answer(_together(answers), sections)
        self._set_note(_note(address, moves))

    def _set_note(self, text: str) -> None:
        self._note = text
        self.note_button.setVisible(bool(text))

    def _propose_note(self) -> None:
        if self._note:
            self.context.propose_note(self._note)


def _together(answers: dict[str, Answer]) -> Answer:
    """One answer for the panel: stale (as of the oldest) when any part is."""
    data = {name: answer.data for name, answer in answers.items()}
    stale = [answer for answer in answers.values() if answer.stale]
    if not stale:
        return Answer(data, fetched_at=min(answer.fetched_at for answer in answers.values()))
    oldest = min(stale, key=lambda answer: answer.fetched_at)
    return Answer(data, fetched_at=oldest.fetched_at, stale=True, error=oldest.error)


def _part(data: Any, key: str, kind: type) -> Any:
    """``data[key]`` when it is a ``kind`` (a list of objects) or null (nothing recorded)."""
    value = data.get(key) if isinstance(data, dict) else None
    if data is None or (isinstance(data, dict) and value is None):
        return None
    if isinstance(value, kind) and all(isinstance(item, dict) for item in _items(value)):
        return value
    raise PluginError(
        QCoreApplication.translate(
            "DvvPanel", "DVV's back office sent an answer the panel does not understand."
        ),
        f"GET /{key}: no {kind.__name__} under {key!r}",
    )


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _address_section(address: dict[str, Any] | None) -> Section:
    title = QCoreApplication.translate("DvvPanel", "Permanent address")
    if address is None:
        return Section(
            title,
            [
                Row(
                    "",
                    QCoreApplication.translate(
                        "DvvPanel", "No address in the Population Information System."
                    ),
                )
            ],
        )
    text = _text(address.get("text")) or ", ".join(
        part
        for part in (
            _text(address.get("street")),
            f"{_text(address.get('postal_code'))} {_text(address.get('post_office'))}".strip(),
        )
        if part
    )
    return Section(
        title,
        [
            Row(QCoreApplication.translate("DvvPanel", "Address"), text, emphasis=True),
            Row(
                QCoreApplication.translate("DvvPanel", "Municipality"),
                _text(address.get("municipality")),
            ),
            Row(
                QCoreApplication.translate("DvvPanel", "Valid from"),
                _date(address.get("valid_from")),
            ),
        ],
    )


def _moves_section(moves: list[dict[str, Any]]) -> Section:
    rows = []
    today = datetime.date.today()
    for move in moves:
        day = _day(move.get("date"))
        # A change of address notified ahead of the moving day is still to come.
        pending = day is not None and day > today
        label = (
            QCoreApplication.translate("DvvPanel", "Moves on {date}")
            if pending
            else QCoreApplication.translate("DvvPanel", "Moved on {date}")
        ).replace("{date}", _date(move.get("date")))
        lines = [_text(move.get("kind"))]
        if move.get("municipality_changed") is True:
            lines[0] += ", " + QCoreApplication.translate("DvvPanel", "new municipality")
        lines += [_text(move.get("from")), f"→ {_text(move.get('to'))}"]
        if move.get("notified"):
            lines.append(
                QCoreApplication.translate("DvvPanel", "notified on {date}").replace(
                    "{date}", _date(move.get("notified"))
                )
            )
        rows.append(Row(label, "\n".join(line for line in lines if line), emphasis=pending))
    if not rows:
        rows.append(Row("", QCoreApplication.translate("DvvPanel", "No recorded moves.")))
    return Section(QCoreApplication.translate("DvvPanel", "Moves"), rows)


def _mandates_section(mandates: list[dict[str, Any]]) -> Section:
    rows = []
    for mandate in mandates:
        party = _text(mandate.get("other_party"))
        label = (
            QCoreApplication.translate("DvvPanel", "Given to {party}")
            if mandate.get("role") == GIVEN
            else QCoreApplication.translate("DvvPanel", "Held for {party}")
        ).replace("{party}", party)
        if mandate.get("valid_until"):
            validity = QCoreApplication.translate("DvvPanel", "valid {start}–{end}")
        else:
            validity = QCoreApplication.translate("DvvPanel", "valid from {start}")
        validity = validity.replace("{start}", _date(mandate.get("valid_from"))).replace(
            "{end}", _date(mandate.get("valid_until"))
        )
        rows.append(Row(label, f"{_text(mandate.get('matter'))}\n{validity}"))
    if not rows:
        rows.append(Row("", QCoreApplication.translate("DvvPanel", "No Suomi.fi mandates.")))
    rows.append(
        Row(
            QCoreApplication.translate("DvvPanel", "Suomi.fi"),
            QCoreApplication.translate("DvvPanel", "Give or check mandates"),
            link=MANDATES_LINK,
        )
    )
    return Section(QCoreApplication.translate("DvvPanel", "Suomi.fi mandates"), rows)


def _note(address: dict[str, Any] | None, moves: list[dict[str, Any]]) -> str:
    parts = []
    if address is not None:
        parts.append(
            QCoreApplication.translate("DvvPanel", "address {address} from {date}")
            .replace("{address}", _text(address.get("text")))
            .replace("{date}", _date(address.get("valid_from")))
        )
    if moves:
        latest = moves[0]  # newest first (openapi.yaml)
        parts.append(
            QCoreApplication.translate("DvvPanel", "moved on {date} from {origin}")
            .replace("{date}", _date(latest.get("date")))
            .replace("{origin}", _text(latest.get("from")))
        )
    if not parts:
        return ""
    return QCoreApplication.translate("DvvPanel", "DVV: {facts}").replace(
        "{facts}", "; ".join(parts)
    )


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _day(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    day = _day(value)
    return day.strftime("%d.%m.%Y") if day is not None else _text(value)
