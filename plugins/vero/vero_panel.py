"""The Tax Administration's panel, described (plugin API 2): the visitor's tax card, tax
decisions and tax account, and the card and what is due as a note for the case.

The plugin runs in a process of its own and never draws: the console draws the view.
Strings keep the translation context ``VeroPanel`` of the widget panel this replaced,
so its Finnish and Swedish translations carry over.
"""

from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.plugin_api.describe import Context
from console.plugin_api.errors import PluginError
from console.plugin_api.model import Answer, Visitor
from console.plugin_api.present import VisitorKeys, date_of, problem_for, text_of
from console.plugin_api.view import Row, Section, View

# The back office's paths (openapi.yaml) and the key of each answer's object.
ENDPOINTS = {"taxcard": "/taxcard", "decisions": "/decisions", "account": "/account"}
# The advisor signs in to OmaVero with their own credentials: no identity code in the link.
OMAVERO_LINK = "https://oma.vero.fi/"
NO_BREAK = "\u00a0"
# Decisions and open items shown at most (a section holds 200 rows); the rest counted.
SHOWN_ROWS = 50
TEXT_MOST = 500
# Every text taken from an answer is clipped to TEXT_MOST (the view bounds every text).
_text = functools.partial(text_of, most=TEXT_MOST)
_date = functools.partial(date_of, most=TEXT_MOST)


class VeroPlugin:
    """The entry point named in plugin.toml: tax card, decisions and tax account, shown
    together once all three have answered."""

    def __init__(self) -> None:
        # Answers are remembered (by the console) under a key per person that does
        # not carry the clear code; the salt lives as long as this plugin process.
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate("VeroPanel", "Tax Administration")
        code = visitor.identity_code if visitor is not None else None
        if not code:
            return View(
                title,
                placeholder=QCoreApplication.translate(
                    "VeroPanel",
                    "Identify the visitor to see their tax card, tax decisions and tax account.",
                ),
            )
        person = self._keys.key(code)
        answers = _fetch_side_by_side(context, code, person)
        # A tax card without the balance beside it would tell half the story: one
        # part with nothing to show makes the whole panel a problem (with Retry).
        for answer in answers.values():
            if answer.data is None and answer.error is not None:
                return View(title, problem=problem_for(answer.error))
        try:
            card = _part(answers["taxcard"].data, "taxcard", dict)
            decisions = _part(answers["decisions"].data, "decisions", list) or []
            account = _part(answers["account"].data, "account", dict)
        except PluginError as error:
            return View(title, problem=problem_for(error))
        language = context.language
        together = _together(answers)
        return View(
            title,
            blocks=[
                _card_section(card, language),
                _decisions_section(decisions, answers["decisions"].total, language),
                _account_section(account, language),
            ],
            # Earlier answers, shown because the back office is not reachable now: the
            # console says so (as of the oldest), with why and Retry.
            stale_as_of=together.fetched_at if together.stale else None,
            problem=problem_for(together.error) if together.error is not None else None,
            note=_note(card, account, language),
        )


def _fetch_side_by_side(context: Context, code: str, person: str) -> dict[str, Answer]:
    """The three answers, asked at once: the panel waits for the slowest, not for the sum.

    When the visitor changes meanwhile, each call ends with ``Cancelled``, which
    leaves here as it came.
    """
    with ThreadPoolExecutor(len(ENDPOINTS), thread_name_prefix="vero-fetch") as pool:
        futures = {
            name: pool.submit(
                context.fetch_json,
                f"{name}:{person}",
                path,
                {"hetu": code},
                items="decisions" if name == "decisions" else None,
            )
            for name, path in ENDPOINTS.items()
        }
        return {name: future.result() for name, future in futures.items()}


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


def _decisions_section(
    decisions: list[dict[str, Any]], total: int | None, language: str
) -> Section:
    rows = []
    for decision in decisions[:SHOWN_ROWS]:
        value = f"{_text(decision.get('result'))} {_euros(decision.get('amount'), language)}"
        if decision.get("payment_date"):
            value += "\n" + QCoreApplication.translate("VeroPanel", "payment date {date}").replace(
                "{date}", _date(decision.get("payment_date"))
            )
        title = _text(decision.get("title")) or _text(decision.get("tax_year"))
        rows.append(Row(title, value.strip()))
    if not rows:
        rows.append(Row("", QCoreApplication.translate("VeroPanel", "No tax decisions.")))
    rows += _not_shown(max(total or 0, len(decisions)) - min(len(decisions), SHOWN_ROWS))
    return Section(QCoreApplication.translate("VeroPanel", "Tax decisions"), rows)


def _not_shown(count: int) -> list[Row]:
    """A row counting what the section leaves out, or none."""
    if count <= 0:
        return []
    return [Row(QCoreApplication.translate("VeroPanel", "Not shown here"), str(count))]


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
    items = _open_items(account)
    for item in items[:SHOWN_ROWS]:
        rows.append(
            Row(
                _text(item.get("description")),
                QCoreApplication.translate("VeroPanel", "{amount}, due {date}")
                .replace("{amount}", _euros(item.get("amount"), language))
                .replace("{date}", _date(item.get("due"))),
                emphasis=True,
            )
        )
    rows += _not_shown(len(items) - SHOWN_ROWS)
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
        for item in _open_items(account)[:SHOWN_ROWS]:
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
