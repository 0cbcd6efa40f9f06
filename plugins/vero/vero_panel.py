"""The Tax Administration's panel: the visitor's tax card, tax decisions and tax account."""

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
ENDPOINTS = {"taxcard": "/taxcard", "decisions": "/decisions", "account": "/account"}
# The advisor signs in to OmaVero with their own credentials: no identity code in the link.
OMAVERO_LINK = "https://oma.vero.fi/"
NO_BREAK = "\u00a0"


class VeroPlugin:
    """The entry point named in plugin.toml."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return VeroPanel(context)


class VeroPanel(RecordPanel):
    """Tax card, decisions and tax account, shown together once all three have answered."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, QCoreApplication.translate("VeroPanel", "Tax Administration"), parent
        )
        self.note_button = QPushButton(QCoreApplication.translate("VeroPanel", "Propose a note"))
        self.note_button.setObjectName("proposeNote")
        self.note_button.setToolTip(
            QCoreApplication.translate(
                "VeroPanel", "Offer the tax card and what is due as a note for the case"
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
        """Ask the Tax Administration again (three calls at once) or show the placeholder."""
        self._request += 1
        self._answers = {}
        self._set_note("")
        visitor = self.context.visitor()
        code = visitor.identity_code if visitor is not None else None
        if not code:
            self.show_placeholder(
                QCoreApplication.translate(
                    "VeroPanel",
                    "Identify the visitor to see their tax card, tax decisions and tax account.",
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
        # A tax card without the balance beside it would tell half the story: one
        # part with nothing to show makes the whole panel an error (with Retry).
        for answer in answers.values():
            if answer.data is None and answer.error is not None and not answer.stale:
                self.show_error(answer.error)
                return
        try:
            card = _part(answers["taxcard"].data, "taxcard", dict)
            decisions = _part(answers["decisions"].data, "decisions", list) or []
            account = _part(answers["account"].data, "account", dict)
        except PluginError as error:
            self.show_error(error)
            return
        language = self.context.language
        sections = [
            _card_section(card, language),
            _decisions_section(decisions, language),
            _account_section(account, language),
        ]
        self.show_answer(_together(answers), sections)
        self._set_note(_note(card, account, language))

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
            "VeroPanel",
            "The Tax Administration's back office sent an answer the panel does not understand.",
        ),
        f"GET /{key}: no {kind.__name__} under {key!r}",
    )


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _card_section(card: dict[str, Any] | None, language: str) -> Section:
    omavero = Row(
        QCoreApplication.translate("VeroPanel", "OmaVero"),
        QCoreApplication.translate("VeroPanel", "Order or change a tax card"),
        link=OMAVERO_LINK,
    )
    if card is None:
        return Section(
            QCoreApplication.translate("VeroPanel", "Tax card"),
            [
                Row(
                    "",
                    QCoreApplication.translate(
                        "VeroPanel", "No tax card in the Tax Administration's system."
                    ),
                ),
                omavero,
            ],
        )
    rows = [
        Row(QCoreApplication.translate("VeroPanel", "Kind"), _text(card.get("kind"))),
        Row(
            QCoreApplication.translate("VeroPanel", "Withholding rate"),
            _percent(card.get("withholding_percent"), language),
            emphasis=True,
        ),
        Row(
            QCoreApplication.translate("VeroPanel", "Additional rate"),
            _percent(card.get("additional_percent"), language),
        ),
        Row(
            QCoreApplication.translate("VeroPanel", "Income limit"),
            QCoreApplication.translate("VeroPanel", "{amount} a year").replace(
                "{amount}", _euros(card.get("income_limit"), language)
            ),
        ),
        Row(
            QCoreApplication.translate("VeroPanel", "Valid"),
            f"{_date(card.get('valid_from'))}–{_date(card.get('valid_until'))}",
        ),
        omavero,
    ]
    title = QCoreApplication.translate("VeroPanel", "Tax card {year}").replace(
        "{year}", _text(card.get("year"))
    )
    return Section(title.strip(), rows)


def _decisions_section(decisions: list[dict[str, Any]], language: str) -> Section:
    rows = []
    for decision in decisions:
        value = f"{_text(decision.get('result'))} {_euros(decision.get('amount'), language)}"
        if decision.get("payment_date"):
            value += "\n" + QCoreApplication.translate("VeroPanel", "payment date {date}").replace(
                "{date}", _date(decision.get("payment_date"))
            )
        title = _text(decision.get("title")) or _text(decision.get("tax_year"))
        rows.append(Row(title, value.strip()))
    if not rows:
        rows.append(Row("", QCoreApplication.translate("VeroPanel", "No tax decisions.")))
    return Section(QCoreApplication.translate("VeroPanel", "Tax decisions"), rows)


def _account_section(account: dict[str, Any] | None, language: str) -> Section:
    title = QCoreApplication.translate("VeroPanel", "Tax account")
    if account is None:
        return Section(title, [Row("", QCoreApplication.translate("VeroPanel", "No tax account."))])
    balance = _number(account.get("balance"))
    rows = [
        Row(
            QCoreApplication.translate("VeroPanel", "Balance"),
            _euros(balance, language),
            emphasis=balance is not None and balance < 0,
        )
    ]
    for item in _open_items(account):
        rows.append(
            Row(
                _text(item.get("description")),
                QCoreApplication.translate("VeroPanel", "{amount}, due {date}")
                .replace("{amount}", _euros(item.get("amount"), language))
                .replace("{date}", _date(item.get("due"))),
                emphasis=True,
            )
        )
    return Section(title, rows)


def _note(card: dict[str, Any] | None, account: dict[str, Any] | None, language: str) -> str:
    parts = []
    if card is not None:
        parts.append(
            QCoreApplication.translate("VeroPanel", "tax card {year}, withholding rate {percent}")
            .replace("{year}", _text(card.get("year")))
            .replace("{percent}", _percent(card.get("withholding_percent"), language))
        )
    if account is not None:
        parts.append(
            QCoreApplication.translate("VeroPanel", "tax account balance {amount}").replace(
                "{amount}", _euros(account.get("balance"), language)
            )
        )
        for item in _open_items(account):
            parts.append(
                QCoreApplication.translate("VeroPanel", "{item} {amount} due {date}")
                .replace("{item}", _text(item.get("description")))
                .replace("{amount}", _euros(item.get("amount"), language))
                .replace("{date}", _date(item.get("due")))
            )
    if not parts:
        return ""
    return QCoreApplication.translate("VeroPanel", "Tax: {facts}").replace(
        "{facts}", "; ".join(parts)
    )


def _open_items(account: dict[str, Any]) -> list[dict[str, Any]]:
    items = account.get("open_items")
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _grouped(value: float, decimals: int, language: str) -> str:
    """1 234,50 in Finnish and Swedish, 1,234.50 in English."""
    text = f"{value:,.{decimals}f}"
    if language == "en":
        return text
    return text.replace(",", NO_BREAK).replace(".", ",")


def _euros(value: Any, language: str) -> str:
    amount = _number(value)
    if amount is None:
        return _text(value)
    sign = "−" if amount < 0 else ""
    figures = _grouped(abs(amount), 2, language)
    return f"{sign}€{figures}" if language == "en" else f"{sign}{figures}{NO_BREAK}€"


def _percent(value: Any, language: str) -> str:
    rate = _number(value)
    if rate is None:
        return _text(value)
    figures = _grouped(rate, 1, language)
    return f"{figures}%" if language == "en" else f"{figures}{NO_BREAK}%"


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    try:
        return datetime.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    except ValueError:
        return _text(value)
