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

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from console.core.report_tables import Cell, Table

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
    if _looks_like_euros(value):
        return locale.toString(float(value), "f", 2)
    return str(value)


def _looks_like_euros(value: str) -> bool:
    head, dot, tail = value.lstrip("-").partition(".")
    return bool(dot) and head.isdigit() and len(tail) == 2 and tail.isdigit()


def report_html(tables: Sequence[Table], language: str, made_at: datetime) -> str:
    """The tables as one HTML document, for QTextDocument (its subset of HTML and CSS)."""
    locale = QLocale(_LOCALES.get(language, QLocale.Language.English))
    parts = [
        "<html><head><style>",
        "body { font-family: sans-serif; font-size: 9pt; }",
        "h1 { font-size: 15pt; margin-bottom: 2pt; }",
        "p.sub { color: #333333; margin-top: 0; }",
        "table { border-collapse: collapse; }",
        "th { background: #e8eef4; text-align: left; font-weight: bold; }",
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
            for cell in row:
                numeric = isinstance(cell, int | float) or (
                    isinstance(cell, str) and _looks_like_euros(cell)
                )
                css = ' class="n"' if numeric or cell is None else ""
                parts.append(f"<td{css}>{html.escape(_number(cell, locale))}</td>")
            parts.append("</tr>")
        parts.append("</table>")
        parts += [f'<p class="note">{html.escape(note)}</p>' for note in table.notes]
    parts.append(f'<p class="sub">Tiski · {html.escape(made_at.isoformat(timespec="minutes"))}</p>')
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(document_html: str, path: Path, *, landscape: bool) -> int:
    """Lay the HTML out on A4 pages and write them to ``path``; return the page count.

    Needs a QGuiApplication (fonts); the command line makes one on the offscreen
    platform, so no display is needed.
    """
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageOrientation(orientation)
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle("Tiski")
    writer.setCreator("Tiski")
    document = QTextDocument()
    document.setHtml(document_html)
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    return document.pageCount()
