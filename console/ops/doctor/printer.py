"""The kiosk's ticket printer."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.report import (
    Check,
    _check,
)

if TYPE_CHECKING:
    from console.config import Settings


def check_printer(settings: Settings) -> Check:
    pdf = str(settings["kiosk.print_to_pdf"])
    if pdf:
        folder = Path(pdf).expanduser().parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # the printer makes the missing folders
        if os.access(folder, os.W_OK):
            text = QT_TRANSLATE_NOOP("Doctor", "Kiosk tickets go into the PDF file {file}.")
            return _check("printer", "ok", text, file=pdf)
        return _check(
            "printer",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "Kiosk tickets go into {file}, but {folder} is not writable."
            ),
            QT_TRANSLATE_NOOP("Doctor", "Correct kiosk.print_to_pdf, or the folder's owner."),
            file=pdf,
            folder=str(folder),
        )
    from PySide6.QtPrintSupport import QPrinterInfo

    names = QPrinterInfo.availablePrinterNames()
    wanted = str(settings["kiosk.printer"])
    if wanted and wanted in names:
        text = QT_TRANSLATE_NOOP("Doctor", "The kiosk printer {name} is there.")
        return _check("printer", "ok", text, name=wanted)
    if wanted:
        return _check(
            "printer",
            "warning",
            QT_TRANSLATE_NOOP(
                "Doctor", "There is no printer {name} (kiosk.printer); printers here: {names}."
            ),
            QT_TRANSLATE_NOOP(
                "Doctor", "Connect that printer, or name one of these in kiosk.printer."
            ),
            name=wanted,
            names=", ".join(names) or "-",
        )
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        text = QT_TRANSLATE_NOOP("Doctor", "Kiosk tickets go to the default printer {name}.")
        return _check("printer", "ok", text, name=default.printerName())
    return _check(
        "printer",
        "warning",
        QT_TRANSLATE_NOOP("Doctor", "No printer: a kiosk here could not print tickets."),
        QT_TRANSLATE_NOOP(
            "Doctor",
            "Only a kiosk prints: there, connect the ticket printer and make it the default or "
            "name it in kiosk.printer. A counter PC needs none.",
        ),
    )
