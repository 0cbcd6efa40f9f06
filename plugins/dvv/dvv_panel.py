"""DVV's panel, described (plugin API 2): the visitor's address in the Population
Information System, recent moves and Suomi.fi mandates, and the address and the latest
move as a note for the case.

The plugin runs in a process of its own and never draws: the console draws the view.
Strings keep the translation context ``DvvPanel`` of the widget panel this replaced,
so its Finnish and Swedish translations carry over.
"""

from __future__ import annotations

import datetime
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication

from console.plugin_api.describe import Context
from console.plugin_api.errors import PluginError
from console.plugin_api.model import Answer, Visitor
from console.plugin_api.present import VisitorKeys, problem_for, text_of
from console.plugin_api.view import Row, Section, View

# The back office's paths (openapi.yaml) and the key of each answer's object.
ENDPOINTS = {"address": "/address", "moves": "/moves", "mandates": "/mandates"}
# The long lists of each answer: the console keeps their first entries and counts them.
LISTS = {"moves": "moves", "mandates": "mandates"}
# Where the visitor gives, checks or cancels a mandate (signing in themselves).
MANDATES_LINK = "https://www.suomi.fi/valtuudet"
GIVEN = "principal"  # the contract's role of the visitor who gave the mandate
# Moves and mandates shown at most (a section holds 200 rows); the rest counted.
SHOWN_ROWS = 50
TEXT_MOST = 500
# Every text taken from an answer is clipped to TEXT_MOST (the view bounds every text).
_text = functools.partial(text_of, most=TEXT_MOST)


class DvvPlugin:
    """The entry point named in plugin.toml: address, moves and mandates, shown together
    once all three have answered."""

    def __init__(self) -> None:
        # Answers are remembered (by the console) under a key per person that does
        # not carry the clear code; the salt lives as long as this plugin process.
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate(
            "DvvPanel", "Digital and Population Data Services Agency"
        )
        code = visitor.identity_code if visitor is not None else None
        if not code:
            return View(
                title,
                placeholder=QCoreApplication.translate(
                    "DvvPanel",
                    "Identify the visitor to see their address, moves and Suomi.fi mandates.",
                ),
            )
        person = self._keys.key(code)
        answers = _fetch_side_by_side(context, code, person)
        # An address without the move that changed it would tell half the story: one
        # part with nothing to show makes the whole panel a problem (with Retry).
        for answer in answers.values():
            if answer.data is None and answer.error is not None:
                return View(title, problem=problem_for(answer.error))
        try:
            address = _part(answers["address"].data, "address", dict)
            moves = _part(answers["moves"].data, "moves", list) or []
            mandates = _part(answers["mandates"].data, "mandates", list) or []
        except PluginError as error:
            return View(title, problem=problem_for(error))
        together = _together(answers)
        return View(
            title,
            blocks=[
                _address_section(address),
                _moves_section(moves, answers["moves"].total),
                _mandates_section(mandates, answers["mandates"].total),
            ],
            # Earlier answers, shown because the back office is not reachable now: the
            # console says so (as of the oldest), with why and Retry.
            stale_as_of=together.fetched_at if together.stale else None,
            problem=problem_for(together.error) if together.error is not None else None,
            note=_note(address, moves),
        )


def _fetch_side_by_side(context: Context, code: str, person: str) -> dict[str, Answer]:
    """The three answers, asked at once: the panel waits for the slowest, not for the sum.

    When the visitor changes meanwhile, each call ends with ``Cancelled``, which
    leaves here as it came.
    """
    with ThreadPoolExecutor(len(ENDPOINTS), thread_name_prefix="dvv-fetch") as pool:
        futures = {
            name: pool.submit(
                context.fetch_json, f"{name}:{person}", path, {"hetu": code}, items=LISTS.get(name)
            )
            for name, path in ENDPOINTS.items()
        }
        return {name: future.result() for name, future in futures.items()}


def _not_shown(count: int) -> list[Row]:
    """A row counting what the section leaves out, or none."""
    if count <= 0:
        return []
    return [Row(QCoreApplication.translate("DvvPanel", "Not shown here"), str(count))]


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


def _moves_section(moves: list[dict[str, Any]], total: int | None) -> Section:
    rows = []
    today = datetime.date.today()
    for move in moves[:SHOWN_ROWS]:
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
    rows += _not_shown(max(total or 0, len(moves)) - min(len(moves), SHOWN_ROWS))
    return Section(QCoreApplication.translate("DvvPanel", "Moves"), rows)


def _mandates_section(mandates: list[dict[str, Any]], total: int | None) -> Section:
    rows = []
    for mandate in mandates[:SHOWN_ROWS]:
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
    rows += _not_shown(max(total or 0, len(mandates)) - min(len(mandates), SHOWN_ROWS))
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


def _day(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        return None


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came.

    Not the API's ``date_of``: that strips the value before reading it as a date, this
    reads it as it came (an ISO date with spaces around it is shown as text).
    """
    day = _day(value)
    return day.strftime("%d.%m.%Y") if day is not None else _text(value)
