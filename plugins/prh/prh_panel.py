"""PRH: a company's public register data by business ID (Y-tunnus), typed by the advisor.

No visitor field reaches this plugin: the advisor types the ID. It is checked with
python-stdnum before anything is asked, so a mistyped ID is explained at once
(format or check digit) instead of costing a round trip. An unknown ID is a 404,
which here is the answer ("no such company"), not an error.
"""

from __future__ import annotations

import datetime
import re
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fi import ytunnus

from console.plugin_api import (
    Answer,
    HttpError,
    PanelContext,
    PluginError,
    RecordPanel,
    Row,
    Section,
)

YTJ_COMPANY = "https://tietopalvelu.ytj.fi/yritys/{business_id}"


class PrhPlugin:
    """The plugin entry (``plugin.toml``: ``prh_panel:PrhPlugin``)."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return PrhPanel(context)


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
            _fill(
                QCoreApplication.translate(
                    "PrhPanel",
                    "The check digit of %1 is wrong: a digit may have been mistyped.",
                ),
                text,
            )
        ) from None
    except ValidationError:
        raise BusinessIdProblem(
            _fill(
                QCoreApplication.translate(
                    "PrhPanel",
                    "%1 is not in the format of a business ID: seven digits, a hyphen and "
                    "a check digit (1234567-8).",
                ),
                text,
            )
        ) from None
    return str(ytunnus.format(text))


class PrhPanel(RecordPanel):
    """A business ID field with a Search button above the company's register data."""

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, QCoreApplication.translate("PrhPanel", "Company information (PRH)"), parent
        )
        self._asked = ""  # the business ID of the latest search

        self.business_id_label = QLabel(
            QCoreApplication.translate("PrhPanel", "Business ID (Y-tunnus)")
        )
        self.business_id_label.setObjectName("businessIdLabel")
        self.business_id_label.setWordWrap(True)
        self.business_id_edit = QLineEdit()
        self.business_id_edit.setObjectName("businessId")
        self.business_id_edit.setPlaceholderText("1234567-8")
        self.business_id_edit.setClearButtonEnabled(True)
        self.business_id_edit.setMaxLength(20)
        self.business_id_label.setBuddy(self.business_id_edit)
        self.search_button = QPushButton(QCoreApplication.translate("PrhPanel", "Search"))
        self.search_button.setObjectName("searchCompany")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("businessIdProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.problem_label.setStyleSheet("color: #b00020;")
        self.problem_label.hide()

        search = QHBoxLayout()
        search.addWidget(self.business_id_edit, 1)
        search.addWidget(self.search_button)
        form = QVBoxLayout()
        form.addWidget(self.business_id_label)
        form.addLayout(search)
        form.addWidget(self.problem_label)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # RecordPanel's own: the form under its title
        layout.insertLayout(1, form)

        self.search_button.clicked.connect(self.search)
        self.business_id_edit.returnPressed.connect(self.search)
        self.business_id_edit.textEdited.connect(lambda _text: self.problem_label.hide())
        self.retry_requested.connect(self._fetch)
        self._hint()

    # ------------------------------------------------------------ searching
    def search(self) -> None:
        """Check the typed business ID; a valid one is looked up, a wrong one explained."""
        try:
            business_id = checked_business_id(self.business_id_edit.text())
        except BusinessIdProblem as problem:
            self._asked = ""
            self._hint()
            self.problem_label.setText(str(problem))
            self.problem_label.show()
            return
        self.problem_label.hide()
        self.business_id_edit.setText(business_id)
        self._asked = business_id
        self._fetch()

    def _fetch(self) -> None:
        business_id = self._asked
        if not business_id:
            return
        self.show_loading()

        def show(answer: Answer) -> None:
            if business_id == self._asked:  # an earlier search answering late is not shown
                self._show(business_id, answer)

        # The company belongs to no visitor: a new visitor at the counter keeps it.
        self.context.fetch_json(
            f"company/{business_id}",
            f"/companies/{quote(business_id, safe='')}",
            None,
            show,
            visitor_bound=False,
        )

    def _show(self, business_id: str, answer: Answer) -> None:
        error = answer.error
        if isinstance(error, HttpError) and error.status == 404:
            self.show_placeholder(
                _fill(
                    QCoreApplication.translate(
                        "PrhPanel", "No company with business ID %1 in the register."
                    ),
                    business_id,
                )
            )
            return
        if answer.data is None:
            self.show_error(error or _unreadable("no answer"))
            return
        try:
            sections = _sections(business_id, answer.data)
        except PluginError as problem:
            self.show_error(problem)
            return
        self.show_answer(answer, sections)

    def _hint(self) -> None:
        self.show_placeholder(
            QCoreApplication.translate(
                "PrhPanel",
                "Type a business ID and press Search to see the company's register data.",
            )
        )


def _sections(business_id: str, data: Any) -> list[Section]:
    if not isinstance(data, dict):
        raise _unreadable(f"expected a company object, got {type(data).__name__}")
    rows = [
        Row(QCoreApplication.translate("PrhPanel", "Name"), _text(data.get("name")), emphasis=True),
        Row(
            QCoreApplication.translate("PrhPanel", "Business ID"),
            _text(data.get("business_id")) or business_id,
        ),
        Row(QCoreApplication.translate("PrhPanel", "Company form"), _text(data.get("form"))),
        Row(QCoreApplication.translate("PrhPanel", "Registered"), _date(data.get("registered"))),
        Row(QCoreApplication.translate("PrhPanel", "Status"), _text(data.get("status"))),
        Row(QCoreApplication.translate("PrhPanel", "Address"), _address(data.get("address"))),
    ]
    line = _text(data.get("line_of_business"))
    if line:
        rows.append(Row(QCoreApplication.translate("PrhPanel", "Line of business"), line))
    registers = data.get("registers")
    if isinstance(registers, list) and registers:
        rows.append(
            Row(
                QCoreApplication.translate("PrhPanel", "Registers"),
                "\n".join(_text(name) for name in registers),
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
def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _date(value: Any) -> str:
    """An ISO date as dd.mm.yyyy; anything else as it came."""
    text = _text(value)
    try:
        return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


def _address(value: Any) -> str:
    if not isinstance(value, dict):
        return _text(value)
    town = " ".join(_text(value.get(key)) for key in ("postal_code", "city")).strip()
    return "\n".join(part for part in (_text(value.get("street")), town) if part)


def _fill(text: str, *values: str) -> str:
    """``text`` with %1, %2, ... replaced in one pass (a value may itself hold "%2")."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def _unreadable(details: str) -> PluginError:
    return PluginError(
        QCoreApplication.translate("PrhPanel", "PRH sent an answer the panel cannot read."),
        details,
    )
