"""A report as a table of text: what the CSV, the JSON, the PDF and the window all show.

``translate`` turns a :class:`Message` into the reader's language (the CLI's voice, the
window's translator); numbers are written the way the language writes them only in the
PDF and the window (CSV and JSON keep a dot, for spreadsheets and scripts).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from console.core.reports import (
    BREAK_COLUMNS,
    COLUMNS,
    DIMENSION_TITLES,
    EXTRA_COLUMNS,
    PERIOD_TITLE,
    TOTAL,
    CostSplit,
    Dimension,
    Period,
    Report,
)
from console.core.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from console.core.forecast import StaffingForecast

Translate = Callable[[Message], str]
Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    title: str
    subtitle: str
    keys: Sequence[str]  # machine names of the columns (JSON, CSV for scripts)
    headers: Sequence[str]  # the columns as people read them
    rows: Sequence[Sequence[Cell]]
    notes: Sequence[str] = ()
    # Lines to sign on a printed report ("Checked by", "Date"...): the PDF only.
    sign_off: Sequence[str] = ()


def _message(text: str, **params: object) -> Message:
    return Message("Reports", text, dict(params))


def figures_table(report: Report, translate: Translate) -> Table:
    """The figures per slot and per whom, then the total row and the period's bookings."""
    slotted = report.period is not Period.ALL
    split = report.dimension is not Dimension.DESK
    keys: list[str] = []
    headers: list[str] = []
    if slotted:
        keys.append(report.period.value)
        headers.append(translate(PERIOD_TITLE))
    if split:
        keys.append(report.dimension.value)
        headers.append(translate(DIMENSION_TITLES[report.dimension]))
    keys += [column.key for column in COLUMNS]
    headers += [translate(column.title) for column in COLUMNS]

    def cells(period: str, who: str, figures: dict[str, Cell] | object) -> list[Cell]:
        assert isinstance(figures, dict)
        row: list[Cell] = []
        if slotted:
            row.append(period)
        if split:
            row.append(who)
        return row + [figures.get(column.key) for column in COLUMNS]

    rows = [cells(row.period, row.who, dict(row.figures)) for row in report.rows]
    if slotted or split:
        label = translate(TOTAL)
        total = cells(label if slotted else "", label if split else "", dict(report.total.figures))
        rows.append(total)
    else:
        rows = [cells("", "", dict(report.total.figures))]
    notes = [
        f"{translate(column.title)}: {_shown(report.extras.get(column.key))}"
        for column in (*EXTRA_COLUMNS, *BREAK_COLUMNS)
        if column.key in report.extras
    ]
    return Table(
        title=translate(_message(QT_TRANSLATE_NOOP("Reports", "The desk's figures"))),
        subtitle=_period_line(
            report.start.isoformat(), report.end.isoformat(), translate, report.office
        ),
        keys=keys,
        headers=headers,
        rows=rows,
        notes=notes,
    )


def cost_table(split: CostSplit, start: str, end: str, translate: Translate) -> Table:
    """Per agency: served, minutes, share, part of the cost in euros; the sum last."""
    headers = [
        translate(DIMENSION_TITLES[Dimension.AGENCY]),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Served"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Service minutes"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Share (%)"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Part of the cost (EUR)"))),
    ]
    rows: list[list[Cell]] = [
        [
            share.agency,
            share.served,
            share.service_minutes,
            share.share_pct,
            euros(share.cost_cents),
        ]
        for share in split.shares
    ]
    rows.append(
        [
            translate(TOTAL),
            sum(share.served for share in split.shares),
            round(sum(share.service_minutes for share in split.shares), 1),
            100.0 if any(share.share_pct for share in split.shares) else 0.0,
            euros(sum(share.cost_cents for share in split.shares)),
        ]
    )
    notes = [
        translate(
            _message(
                QT_TRANSLATE_NOOP("Reports", "Cost to share: {cost} EUR, split by {method}."),
                cost=euros(split.total_cents),
                method=translate(_message(METHOD_NAMES[split.method.value])),
            )
        ),
        translate(split.formula),
    ]
    if split.base_cents:
        notes.append(
            translate(
                _message(
                    QT_TRANSLATE_NOOP("Reports", "Fixed part of each agency: {base} EUR."),
                    base=euros(split.base_cents),
                )
            )
        )
    return Table(
        title=translate(_message(QT_TRANSLATE_NOOP("Reports", "Cost-sharing report"))),
        subtitle=_period_line(start, end, translate, split.office),
        keys=["agency", "served", "service_minutes", "share_pct", "cost_eur"],
        headers=headers,
        rows=rows,
        notes=notes,
        sign_off=[
            translate(_message(QT_TRANSLATE_NOOP("Reports", "Checked and approved by:"))),
            translate(_message(QT_TRANSLATE_NOOP("Reports", "Agency and title:"))),
            translate(_message(QT_TRANSLATE_NOOP("Reports", "Date and signature:"))),
        ],
    )


METHOD_NAMES: dict[str, str] = {
    "steps": QT_TRANSLATE_NOOP("Reports", "services served"),
    "minutes": QT_TRANSLATE_NOOP("Reports", "service minutes"),
    "base+steps": QT_TRANSLATE_NOOP("Reports", "a fixed part plus services served"),
}


def is_euros(value: Cell) -> bool:
    """Whether a cell is a sum of euros as :func:`euros` writes it ("1234.50")."""
    if not isinstance(value, str):
        return False
    head, dot, tail = value.lstrip("-").partition(".")
    return bool(dot) and head.isdigit() and len(tail) == 2 and tail.isdigit()


def euros(cents: int) -> str:
    """Whole cents as euros with two decimals and a dot: 1234567 -> "12345.67"."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def _shown(value: Cell) -> str:
    return "-" if value is None else str(value)


def _period_line(start: str, end: str, translate: Translate, office: str = "") -> str:
    """The period, and the office when the figures are one office's (its code, as the
    agencies are named by theirs: a saved file says whose figures it holds)."""
    if office:
        return translate(
            _message(
                QT_TRANSLATE_NOOP("Reports", "From {start} to {end}, office {office}"),
                start=start,
                end=end,
                office=office,
            )
        )
    return translate(
        _message(QT_TRANSLATE_NOOP("Reports", "From {start} to {end}"), start=start, end=end)
    )


def table_csv(table: Table) -> bytes:
    """The table as CSV for a spreadsheet: headers, rows, then the notes, one per line;
    UTF-8 with the byte order mark, which Excel needs to read it as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    for note in table.notes:
        writer.writerow([note])
    return out.getvalue().encode("utf-8-sig")


WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Reports", "Monday"),
    QT_TRANSLATE_NOOP("Reports", "Tuesday"),
    QT_TRANSLATE_NOOP("Reports", "Wednesday"),
    QT_TRANSLATE_NOOP("Reports", "Thursday"),
    QT_TRANSLATE_NOOP("Reports", "Friday"),
    QT_TRANSLATE_NOOP("Reports", "Saturday"),
    QT_TRANSLATE_NOOP("Reports", "Sunday"),
)


def forecast_table(forecast: StaffingForecast, translate: Translate) -> Table:
    """Per weekday and hour of the week forecast: arrivals, the staff they need (per
    agency, and if everyone served everything), and the staff who served before."""
    headers = [
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Weekday"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Hour"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Arrivals expected"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Staff needed"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Staff needed if all serve all"))),
        translate(_message(QT_TRANSLATE_NOOP("Reports", "Staff who served, mean"))),
    ]
    rows: list[list[Cell]] = [
        [
            translate(_message(WEEKDAY_NAMES[weekday])),
            f"{hour:02d}",
            slot.arrivals,
            slot.staff_needed,
            slot.staff_pooled,
            slot.staff_seen,
        ]
        for (weekday, hour), slot in sorted(forecast.slots.items())
    ]
    error = forecast.error
    notes = [
        translate(
            _message(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Staff needed: the fewest who call {share} % of visitors within the "
                    "target wait (Erlang C), per agency from one queue, added up; from "
                    "the arrivals and service times of the last {weeks} weeks.",
                ),
                share=round(forecast.share * 100),
                weeks=forecast.weeks,
            )
        ),
        translate(
            _message(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The same forecast for last week was off by {error} arrivals an hour "
                    "on average ({percent} of all arrivals), over {slots} hours.",
                ),
                error=f"{error.mean_absolute:.1f}",
                percent="-"
                if error.weighted_percentage is None
                else f"{error.weighted_percentage:.0f} %",
                slots=error.slots,
            )
        ),
    ]
    monday = forecast.week_of
    return Table(
        title=translate(_message(QT_TRANSLATE_NOOP("Reports", "Staffing forecast"))),
        subtitle=translate(
            _message(
                QT_TRANSLATE_NOOP("Reports", "The week from Monday {day}, office {office}"),
                day=monday.isoformat(),
                office=forecast.office,
            )
            if forecast.office
            else _message(
                QT_TRANSLATE_NOOP("Reports", "The week from Monday {day}"),
                day=monday.isoformat(),
            )
        ),
        keys=[
            "weekday",
            "hour",
            "arrivals",
            "staff_needed",
            "staff_if_all_serve_all",
            "staff_seen",
        ],
        headers=headers,
        rows=rows,
        notes=notes,
    )
