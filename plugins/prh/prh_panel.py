"""PRH: a company's public register data by business ID (Y-tunnus), typed by the advisor.

No visitor field reaches this plugin: the advisor types the ID. It is checked with
python-stdnum before anything is asked, so a mistyped ID is explained at once
(format or check digit) instead of costing a round trip. An unknown ID is a 404,
which here is the answer ("no such company"), not an error.

Plugin API 2: the plugin describes the panel and the console draws it. The business
ID line is the view's :class:`Query`; its Search button calls :meth:`PrhPlugin.act`
with the text typed. The strings keep the translation context of the API 1 panel
("PrhPanel"), so their translations carry over.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import ytunnus

from console.plugin_api import HttpError, PluginError, Visitor, date_of, fill, problem_for, text_of
from console.plugin_api.describe import Context
from console.plugin_api.view import Query, Row, Section, View

YTJ_COMPANY = "https://tietopalvelu.ytj.fi/yritys/{business_id}"
SEARCH = "search"  # the id of the business ID query
TYPED_LENGTH = 20  # what the line takes: room for a pasted ID with spaces


class BusinessIdProblem(ValueError):
    """A typed business ID that is not one; the message says what is wrong with it."""


def checked_business_id(typed: str) -> str:
    """The business ID in its standard form (1234567-8), or :class:`BusinessIdProblem`."""
    text = typed.strip()
    if not text:
        raise BusinessIdProblem(
            QCoreApplication.translate("PrhPanel", "Type a business ID, for example 1234567-8.")
        )
    try:
        ytunnus.validate(text)
    except InvalidChecksum:
        raise BusinessIdProblem(
            fill(
                QCoreApplication.translate(
                    "PrhPanel",
                    "The check digit of %1 is wrong: a digit may have been mistyped.",
                ),
                text,
            )
        ) from None
    except ValidationError:
        raise BusinessIdProblem(
            fill(
                QCoreApplication.translate(
                    "PrhPanel",
                    "%1 is not in the format of a business ID: seven digits, a hyphen and "
                    "a check digit (1234567-8).",
                ),
                text,
            )
        ) from None
    return str(ytunnus.format(text))


class PrhPlugin:
    """The plugin entry (``plugin.toml``: ``prh_panel:PrhPlugin``).

    A business ID line with a Search button above the company's register data. The
    company belongs to no visitor: a new visitor at the counter keeps it.
    """

    def __init__(self) -> None:
        self._asked = ""  # the business ID of the latest search, checked
        self._typed = ""  # what the line holds
        self._problem = ""  # what was wrong with what was typed last

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = QCoreApplication.translate("PrhPanel", "Company information (PRH)")
        query = self._query()
        business_id = self._asked
        if not business_id:
            return View(title=title, query=query, placeholder=_hint())
        answer = context.fetch_json(
            f"company/{business_id}", f"/companies/{quote(business_id, safe='')}"
        )
        error = answer.error
        if isinstance(error, HttpError) and error.status == 404:
            return View(
                title=title,
                query=query,
                placeholder=fill(
                    QCoreApplication.translate(
                        "PrhPanel", "No company with business ID %1 in the register."
                    ),
                    business_id,
                ),
            )
        if answer.data is None:
            return View(
                title=title, query=query, problem=problem_for(error or _unreadable("no answer"))
            )
        try:
            sections = _sections(business_id, answer.data)
        except PluginError as unreadable:
            return View(title=title, query=query, problem=problem_for(unreadable))
        if not answer.stale:
            return View(title=title, query=query, blocks=sections)
        # An earlier answer while PRH is down: shown as of then, and why.
        return View(
            title=title,
            query=query,
            blocks=sections,
            stale_as_of=answer.fetched_at,
            problem=None if error is None else problem_for(error),
        )

    def act(
        self, context: Context, visitor: Visitor | None, action_id: str, text: str = ""
    ) -> View | None:
        """The Search button: a valid business ID is looked up, a wrong one explained."""
        if action_id != SEARCH:
            return None
        try:
            business_id = checked_business_id(text)
        except BusinessIdProblem as problem:
            # Nothing is asked: a mistyped ID is explained at once, without a round trip.
            self._asked, self._typed, self._problem = "", text.strip()[:TYPED_LENGTH], str(problem)
            return None
        self._asked, self._typed, self._problem = business_id, business_id, ""
        return None

    def _query(self) -> Query:
        return Query(
            SEARCH,
            QCoreApplication.translate("PrhPanel", "Business ID (Y-tunnus)"),
            QCoreApplication.translate("PrhPanel", "Search"),
            placeholder="1234567-8",
            value=self._typed,
            problem=self._problem,
            max_length=TYPED_LENGTH,
        )


def _hint() -> str:
    return QCoreApplication.translate(
        "PrhPanel",
        "Type a business ID and press Search to see the company's register data.",
    )


def _sections(business_id: str, data: Any) -> list[Section]:
    if not isinstance(data, dict):
        raise _unreadable(f"expected a company object, got {type(data).__name__}")
    rows = [
        Row(
            QCoreApplication.translate("PrhPanel", "Name"),
            text_of(data.get("name")),
            emphasis=True,
        ),
        Row(
            QCoreApplication.translate("PrhPanel", "Business ID"),
            text_of(data.get("business_id")) or business_id,
        ),
        Row(QCoreApplication.translate("PrhPanel", "Company form"), text_of(data.get("form"))),
        Row(QCoreApplication.translate("PrhPanel", "Registered"), date_of(data.get("registered"))),
        Row(QCoreApplication.translate("PrhPanel", "Status"), text_of(data.get("status"))),
        Row(QCoreApplication.translate("PrhPanel", "Address"), _address(data.get("address"))),
    ]
    line = text_of(data.get("line_of_business"))
    if line:
        rows.append(Row(QCoreApplication.translate("PrhPanel", "Line of business"), line))
    registers = data.get("registers")
    if isinstance(registers, list) and registers:
        rows.append(
            Row(
                QCoreApplication.translate("PrhPanel", "Registers"),
                "\n".join(text_of(name) for name in registers),
            )
        )
    rows.append(
        Row(
            QCoreApplication.translate("PrhPanel", "Company search"),
            QCoreApplication.translate("PrhPanel", "Open in YTJ"),
            link=YTJ_COMPANY.format(business_id=quote(business_id, safe="")),
        )
    )
    return [Section(QCoreApplication.translate("PrhPanel", "Company"), rows)]


# ---------------------------------------------------------------- reading values
def _address(value: Any) -> str:
    if not isinstance(value, dict):
        return text_of(value)
    town = " ".join(text_of(value.get(key)) for key in ("postal_code", "city")).strip()
    return "\n".join(part for part in (text_of(value.get("street")), town) if part)


def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate("PrhPanel", "PRH sent an answer the panel cannot read."),
        details,
    )
