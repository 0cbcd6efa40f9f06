"""Draws Tiski's 256x256 application icon: ``python build/linux/icon.py OUT.png``.

resources/ holds no icon, so the build draws one (a ticket on the desk's blue) instead
of keeping a binary file in the repository. Runs without a screen.
"""

from __future__ import annotations

import os
import sys

SIZE = 256


def draw(path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

    app = QGuiApplication([])
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#0b3d91"))
    painter.drawRoundedRect(QRectF(8, 8, SIZE - 16, SIZE - 16), 44, 44)
    # A queue ticket: a white card with a notch on each side.
    ticket = QPainterPath()
    ticket.addRoundedRect(QRectF(52, 64, 152, 128), 14, 14)
    for x in (52, 204):
        notch = QPainterPath()
        notch.addEllipse(QRectF(x - 14, 114, 28, 28))
        ticket = ticket.subtracted(notch)
    painter.setBrush(QColor("white"))
    painter.drawPath(ticket)
    font = QFont()
    font.setPixelSize(96)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#0b3d91"))
    painter.drawText(QRectF(52, 64, 152, 128), Qt.AlignmentFlag.AlignCenter, "T")
    painter.end()
    if not image.save(path):
        raise SystemExit(f"could not write {path}")
    del app


if __name__ == "__main__":
    draw(sys.argv[1])
