"""A report as a printable document: HTML laid out by Qt, written as a PDF.

The same :class:`~console.core.report_tables.Table` the CSV is made of, so the PDF
an agency's controller signs shows exactly the figures of the file they reconcile.
Numbers are shown the way the reader's language writes them (a decimal comma in
Finnish and Swedish).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from console.core.report_tables import Cell, Table, is_euros, table_csv
from console.ui.reports.charts import Chart

_LOCALES = {"fi": QLocale.Language.Finnish, "sv": QLocale.Language.Swedish}


def _number(value: Cell, locale: QLocale) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 2 if abs(value - round(value, 1)) > 1e-9 else 1)
    if is_euros(value):
        return locale.toString(float(value), "f", 2)
    return str(value)


CHART_WIDTH = 640  # the charts' drawing size in the document's pixels
CHART_HEIGHT = 250


def report_html(
    tables: Sequence[Table],
    language: str,
    made_at: datetime,
    *,
    charts: Sequence[Chart] = (),
) -> str:
    """The tables (and, after the first, the charts) as one HTML document, for
    QTextDocument (its subset of HTML and CSS)."""
    locale = QLocale(_LOCALES.get(language, QLocale.Language.English))
    parts = [
        "<html><head><style>",
        "body { font-family: sans-serif; font-size: 9pt; }",
        "h1 { font-size: 15pt; margin-bottom: 2pt; }",
        "p.sub { color: #333333; margin-top: 0; }",
        "table { border-collapse: collapse; }",
        "th { background: #e8eef4; text-align: left; font-weight: bold; font-size: 7pt; }",
        "td.label { white-space: nowrap; }",
        "p.sign { margin-top: 18pt; }",
        "th, td { border: 1px solid #9aa7b4; padding: 3px; }",
        "td.n { text-align: right; }",
        "tr.total td { font-weight: bold; background: #f3f5f7; }",
        "p.note { margin: 2pt 0; }",
        "</style></head><body>",
    ]
    for table in tables:
        parts.append(f"<h1>{html.escape(table.title)}</h1>")
        parts.append(f'<p class="sub">{html.escape(table.subtitle)}</p>')
        parts.append('<table cellspacing="0" width="100%"><tr>')
        parts += [f"<th>{html.escape(header)}</th>" for header in table.headers]
        parts.append("</tr>")
        for index, row in enumerate(table.rows):
            last = index == len(table.rows) - 1 and len(table.rows) > 1
            parts.append('<tr class="total">' if last else "<tr>")
            for column, cell in enumerate(row):
                numeric = isinstance(cell, int | float) or (
                    isinstance(cell, str) and is_euros(cell)
                )
                if numeric or cell is None:
                    css = ' class="n"'
                else:
                    css = ' class="label"' if column == 0 else ""
                parts.append(f"<td{css}>{html.escape(_number(cell, locale))}</td>")
            parts.append("</tr>")
        parts.append("</table>")
        parts += [f'<p class="note">{html.escape(note)}</p>' for note in table.notes]
        # What a controller fills in by hand when they sign the report off.
        parts += [
            f'<p class="sign">{html.escape(line)} ______________________________</p>'
            for line in table.sign_off
        ]
        if table is tables[0]:
            for index, _chart in enumerate(charts):
                parts.append(
                    f'<p><img src="chart:{index}" width="{CHART_WIDTH}" '
                    f'height="{CHART_HEIGHT}"></p>'
                )
    parts.append(f'<p class="sub">Tiski · {html.escape(made_at.strftime("%Y-%m-%d %H:%M"))}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(
    document_html: str, path: Path, *, landscape: bool, charts: Sequence[Chart] = ()
) -> int:
    """Lay the HTML out on A4 pages and write them to ``path``; return the page count.

    Needs a QApplication (fonts, and the charts are widgets); the command line makes one
    on the offscreen platform, so no display is needed.
    """
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageOrientation(orientation)
    writer.setTitle("Tiski")
    writer.setCreator("Tiski")
    document = QTextDocument()
    for index, chart in enumerate(charts):
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"chart:{index}"),
            chart.image(CHART_WIDTH, CHART_HEIGHT),
        )
    document.setHtml(document_html)
    # Not paginated here: print_() lays a copy out on the writer's pages, with fonts at
    # their point sizes and a 2 cm margin.
    document.print_(writer)
    return document.pageCount()


def write_table_csv(table: Table, path: Path) -> None:
    """The table as CSV in a file only its owner may read (it may name staff)."""
    from console.core.files import write_private

    write_private(path, table_csv(table), replace=True)
