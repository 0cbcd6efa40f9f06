"""The printed ticket: a receipt-sized slip in the visitor's language.

Printing runs on the GUI thread (QPainter on a QPrinter is quick); it raises
:class:`TicketPrintError` instead of letting a missing printer or an unwritable
PDF file reach Qt, which would only warn and print nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from console.core.queue import local_time
from console.core.records import IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.shared.visitor_text import VisitorText

log = logging.getLogger(__name__)

_CTX = "Ticket"
PAGE_MM = QSizeF(80, 120)
MARGIN_MM = 4.0


class TicketPrintError(Exception):
    """The ticket could not be printed; the reason is for the log, not for the visitor."""


def wait_text(texts: VisitorText, language: str, minutes: int) -> str:
    """The estimated wait as a visitor reads it (shared by the slip and the kiosk)."""
    if minutes <= 0:
        return texts.text(language, _CTX, QT_TRANSLATE_NOOP("Ticket", "You are next in line"))
    return texts.text(
        language,
        _CTX,
        QT_TRANSLATE_NOOP("Ticket", "Estimated wait about {minutes} min"),
        minutes=minutes,
    )


def _printer(pdf_path: str, printer_name: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pdf_path:
        target = Path(pdf_path)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("ab"):
                pass  # Qt only warns when it cannot write; find out here instead
        except OSError as error:
            raise TicketPrintError(f"cannot write {target}: {error}") from error
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
    else:
        names = QPrinterInfo.availablePrinterNames()
        if printer_name and printer_name not in names:
            raise TicketPrintError(
                f"no printer named {printer_name!r}; printers: {', '.join(names) or 'none'}"
            )
        if not printer_name and QPrinterInfo.defaultPrinter().isNull():
            raise TicketPrintError("no default printer")
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        if printer_name:
            printer.setPrinterName(printer_name)
    printer.setDocName("Tiski ticket")
    printer.setFullPage(False)
    printer.setPageSize(QPageSize(PAGE_MM, QPageSize.Unit.Millimeter, "Tiski ticket"))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return printer


def print_ticket(
    ticket: IssuedTicket,
    language: str,
    *,
    pdf_path: str = "",
    printer_name: str = "",
    site_name: str = "",
    texts: VisitorText | None = None,
) -> None:
    """Print ``ticket`` in ``language``: into ``pdf_path`` when set, else on a printer."""
    texts = texts or VisitorText()
    printer = _printer(pdf_path, printer_name)
    painter = QPainter()
    if not painter.begin(printer):
        raise TicketPrintError(f"the printer {printer.printerName()!r} did not start")
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        paint_ticket(
            painter, area.width(), printer.resolution(), ticket, language, site_name, texts
        )
    finally:
        if not painter.end():
            raise TicketPrintError("the printer did not finish the page")
    log.info("Printed ticket %s%s", ticket.ticket_number, f" into {pdf_path}" if pdf_path else "")


def paint_ticket(
    painter: QPainter,
    width_px: int,
    dpi: int,
    ticket: IssuedTicket,
    language: str,
    site_name: str,
    texts: VisitorText,
) -> None:
    """Paint the slip's contents from the top of ``painter``'s device, ``width_px`` wide."""
    width = float(width_px)
    y = 0.0

    def block(text: str, points: float, *, bold: bool = False, gap: float = 0.25) -> None:
        nonlocal y
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(points)
        font.setBold(bold)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        rect = painter.boundingRect(QRectF(0, y, width, 20.0 * dpi), flags, text)
        painter.drawText(QRectF(0, y, width, rect.height()), flags, text)
        y += rect.height() + gap * painter.fontMetrics().height()

    def rule() -> None:
        nonlocal y
        painter.setPen(QPen(Qt.GlobalColor.black, dpi / 150))
        painter.drawLine(0, int(y), int(width), int(y))
        y += dpi / 10

    def tr(source: str) -> str:
        return texts.text(language, _CTX, source)

    if site_name:
        block(site_name, 10, bold=True, gap=0.6)
    block(tr(QT_TRANSLATE_NOOP("Ticket", "Your number")), 11, gap=0)
    block(ticket.ticket_number, 44, bold=True, gap=0.1)
    rule()
    block(tr(QT_TRANSLATE_NOOP("Ticket", "Services")), 9, bold=True, gap=0.1)
    for service in ticket.services:
        block(service.names.get(language), 10, gap=0.15)
    rule()
    block(wait_text(texts, language, ticket.estimated_wait_minutes), 10)
    block(tr(QT_TRANSLATE_NOOP("Ticket", "Watch the screen for your number.")), 9)
    issued = local_time(ticket.issued_at)
    block(issued.strftime("%d.%m.%Y  %H:%M"), 9)
