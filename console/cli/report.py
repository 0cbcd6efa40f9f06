"""``tiski report NAME``: the desk's figures and the cost-sharing report, for scripts.

``figures`` counts a period per time slot (``--by``) and per agency, service, counter
or staff member (``--per``); ``cost-sharing`` splits a cost that finance enters
(``--cost``) between the agencies by what they served (``--method``). Either as CSV
(for a spreadsheet; with a byte order mark, as Excel wants), JSON (for scripts) or a
printable PDF (``--output`` needed). A supervisor signs in with ``--user``.

Exit status: 0 written, 2 refused or wrong input (one plain message, no traceback).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from console.cli.auth import authorise
from console.cli.opening import open_desk_for
from console.cli.voice import Voice
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

if TYPE_CHECKING:
    from console.config import Settings
    from console.core.report_tables import Table
    from console.core.reports import ReportCharts
    from console.desk.desk import Desk

log = logging.getLogger(__name__)

_CTX = "ReportCommands"
EXIT_OK = 0
NAMES = ("figures", "cost-sharing", "forecast")
PERIODS = ("all", "day", "week", "month", "weekday", "hour")
DIMENSIONS = ("desk", "agency", "service", "counter", "staff")
METHODS = ("steps", "minutes", "base+steps")


def add_report_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add ``tiski report figures|cost-sharing`` to ``tiski``."""
    report = commands.add_parser(
        "report",
        help="the desk's figures or the cost-sharing report as CSV, JSON or PDF (supervisor)",
        parents=[common],
    )
    report.add_argument(
        "name", choices=NAMES, metavar="NAME", help="figures | cost-sharing | forecast"
    )
    report.add_argument(
        "--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD (default: the 1st)"
    )
    report.add_argument(
        "--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD (default: today)"
    )
    report.add_argument(
        "--by", choices=PERIODS, default="all", help="a row per time slot (default: all)"
    )
    report.add_argument(
        "--per", choices=DIMENSIONS, default="desk", help="a row per whom (default: desk)"
    )
    report.add_argument(
        "--office", default="", metavar="CODE", help="one office's visits (default: every office)"
    )
    report.add_argument("--format", choices=("csv", "json", "pdf"), default="csv")
    report.add_argument("--output", type=Path, metavar="FILE", help="write to FILE")
    report.add_argument("--force", action="store_true", help="replace FILE if it exists")
    report.add_argument("--cost", metavar="EUR", help="cost-sharing: the cost to share, in euros")
    report.add_argument(
        "--method", choices=METHODS, default="steps", help="cost-sharing: how to split it"
    )
    report.add_argument(
        "--base", metavar="EUR", default="0", help="cost-sharing: each agency's fixed part"
    )


def _refusal(text: str, **params: object) -> TiskiError:
    return TiskiError(Message(_CTX, text, dict(params)))


def _day(text: str | None, default: date, option: str) -> date:
    if text is None:
        return default
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "ReportCommands", "{option} {value} is not a date: write it as YYYY-MM-DD."
            ),
            option=option,
            value=text,
        ) from None


def _euros(text: str | None, option: str) -> int:
    from console.core.reports import cents

    if text is None:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "ReportCommands",
                "The cost-sharing report needs the cost to share: add --cost EUR "
                "(for example --cost 12500,00).",
            )
        )
    try:
        value = cents(text)
    except (ArithmeticError, ValueError):
        value = -1
    if value < 0:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "ReportCommands",
                "{option} {value} is not a sum of euros: write it as 12500,00 or 12500.",
            ),
            option=option,
            value=text,
        )
    return value


def run_report(args: argparse.Namespace, settings: Settings) -> int:
    """Run ``tiski report NAME``; return the exit status."""
    language = str(settings["ui.language"])
    if args.format == "pdf":
        _gui_for_pdf()  # before the voice makes a plain QCoreApplication
    voice = Voice(language, _CTX)
    try:
        return _run(args, settings, voice)
    except TiskiError as error:
        return voice.fail(error.message)
    except BrokenPipeError:
        raise
    except Exception as error:
        return voice.unexpected(error, "report")


def _run(args: argparse.Namespace, settings: Settings, voice: Voice) -> int:
    from console.cli.cases import _check_output, _write_private
    from console.core.queue import local_time, utc_now
    from console.core.report_tables import cost_table, figures_table, forecast_table
    from console.core.reports import CostMethod, Dimension, Period

    today = local_time(utc_now()).date()
    start = _day(args.start, today.replace(day=1), "--from")
    end = _day(args.end, today, "--to")
    total = base = 0
    charts = None
    if args.name == "cost-sharing":
        total = _euros(args.cost, "--cost")
        base = _euros(args.base, "--base")
    if args.format == "pdf" and args.output is None:
        raise _refusal(
            QT_TRANSLATE_NOOP(
                "ReportCommands", "A PDF needs a file to go to: add --output FILE.pdf."
            )
        )
    _check_output(args.output, force=bool(args.force))
    authorised = authorise(args, settings, "report", translate=voice.text)
    desk: Desk | None = None
    try:
        demo = bool(getattr(args, "demo", False))
        desk = open_desk_for(settings, demo=demo, database=authorised.database)
        if demo:
            from console.desk.desk import seed_demo_history

            seed_demo_history(desk)  # the demo's weeks of finished visits, once
        if args.name == "figures":
            report, charts = desk.reports.report_with_charts(
                authorised.actor,
                start,
                end,
                period=Period(args.by),
                dimension=Dimension(args.per),
                charts=args.format == "pdf",  # only the PDF draws them
                office=args.office,
            )
            table = figures_table(report, voice.text)
        elif args.name == "forecast":
            forecast = desk.reports.forecast(authorised.actor, end, office=args.office)
            table = forecast_table(forecast, voice.text)
        else:
            split = desk.reports.cost_split(
                authorised.actor,
                start,
                end,
                total,
                CostMethod(args.method),
                base_cents=base,
                office=args.office,
            )
            table = cost_table(split, start.isoformat(), end.isoformat(), voice.text)
    finally:
        if desk is not None:
            desk.reports.close()  # the replica of reports.database_url, if it was read
        authorised.close()
    data = _render(table, args.format, voice.language, wide=len(table.headers) > 6, charts=charts)
    if args.output is None:
        sys.stdout.write(data.decode("utf-8-sig" if args.format == "csv" else "utf-8"))
        return EXIT_OK
    _write_private(args.output, data, force=bool(args.force))
    voice.say(
        QT_TRANSLATE_NOOP("ReportCommands", "Wrote {title} ({start} to {end}) to {file}."),
        title=table.title,
        start=start.isoformat(),
        end=end.isoformat(),
        file=str(args.output),
    )
    return EXIT_OK


def _render(
    table: Table, form: str, language: str, *, wide: bool, charts: ReportCharts | None = None
) -> bytes:
    from console.core.report_tables import table_csv

    if form == "json":
        body = {
            "title": table.title,
            "period": table.subtitle,
            "columns": list(table.keys),
            "headers": list(table.headers),
            "rows": [dict(zip(table.keys, row, strict=True)) for row in table.rows],
            "notes": list(table.notes),
        }
        return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if form == "csv":
        return table_csv(table)
    return _pdf(table, language, wide=wide, data=charts)


def _pdf(table: Table, language: str, *, wide: bool, data: ReportCharts | None) -> bytes:
    import tempfile

    from console.core.queue import local_time, utc_now
    from console.ui.reports.charts import chart_set
    from console.ui.reports.document import report_html, write_pdf

    charts = chart_set(data) if data is not None else []
    document = report_html(
        [table], language, local_time(utc_now()).replace(tzinfo=None), charts=charts
    )
    with tempfile.TemporaryDirectory(prefix="tiski-report-") as folder:
        path = Path(folder) / "report.pdf"
        write_pdf(document, path, landscape=wide, charts=charts)
        return path.read_bytes()


def _gui_for_pdf() -> None:
    """Fonts, page layout and the charts (widgets) need a QApplication; no display is
    needed for a PDF."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QApplication(["tiski"]))


_keep: list[object] = []  # the application lives as long as the command
