"""The reports' charts, drawn with QPainter: on screen, and on the PDF's pages alike.

Why QPainter and not QtCharts or pyqtgraph: QtCharts lives in PySide6-Addons, some
150 MB more for the installer that every desk PC installs (DESIGN.md's installer
budget), and pyqtgraph brings numpy along; three small charts are a few hundred lines
of painting that Tiski owns, draws the same way on a screen and on a PDF page, and
that never breaks on a library's upgrade. Every value is also written as text or in
a table: nothing is told by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from console.core.forecast import StaffingForecast
from console.core.reports import DayWaits, ReportCharts
from console.ui.shared.painting import painting

_CTX = "ReportCharts"
_INK = QColor("#1f2933")
_GRID = QColor("#d5dbe1")
_MEAN = QColor("#1d5fa8")
_P90 = QColor("#7a3e9d")
_TARGET = QColor("#b00020")
# Eight colours a colour-blind reader tells apart (Okabe and Ito), for the service mix.
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#f0e442",
    "#000000",
)


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("ReportCharts", "Mon"),
        QCoreApplication.translate("ReportCharts", "Tue"),
        QCoreApplication.translate("ReportCharts", "Wed"),
        QCoreApplication.translate("ReportCharts", "Thu"),
        QCoreApplication.translate("ReportCharts", "Fri"),
        QCoreApplication.translate("ReportCharts", "Sat"),
        QCoreApplication.translate("ReportCharts", "Sun"),
    ]


def _row_label(painter: QPainter, rect: QRectF, text: str) -> None:
    """A grid row's name (a weekday), right-aligned before its cells."""
    painter.setPen(_INK)
    painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)


def _hour_labels(
    painter: QPainter, left: float, top: float, cell_width: float, hours: Sequence[int]
) -> None:
    """The hours under a grid's columns."""
    painter.setPen(_INK)
    for column, hour in enumerate(hours):
        painter.drawText(
            QRectF(left + column * cell_width, top, cell_width, 18),
            Qt.AlignmentFlag.AlignCenter,
            f"{hour:02d}",
        )


class Chart(QWidget):
    """A chart that paints itself on any painter: the widget's, or a PDF page's image."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.charts: ReportCharts | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    def show_charts(self, charts: ReportCharts) -> None:
        self.charts = charts
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for a screen reader (and the tooltip)."""
        return ""

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def paintEvent(self, _event: QPaintEvent) -> None:
        with painting(self, smooth=True) as painter:
            painter.fillRect(self.rect(), QColor("white"))
            self.paint_on(painter, QRectF(self.rect()))

    def image(self, width: int, height: int) -> QImage:
        """The chart as a picture (the PDF's), at twice the pixels for print."""
        image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        with painting(image, smooth=True) as painter:
            painter.scale(2, 2)
            self.paint_on(painter, QRectF(0, 0, width, height))
        return image

    def paint_on(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(_INK)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(rect.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignLeft, self.title)
        font.setBold(False)
        painter.setFont(font)
        body = rect.adjusted(8, 26, -8, -8)
        if self._empty():
            painter.setPen(QColor("#555555"))
            painter.drawText(
                body,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ReportCharts", "Nothing to show for the period."),
            )
            return
        self.paint_body(painter, body)

    def _empty(self) -> bool:
        return self.charts is None

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:  # pragma: no cover
        raise NotImplementedError


class ArrivalsHeatmap(Chart):
    """Mean arrivals per hour on each weekday: when the visitors come."""

    def _empty(self) -> bool:
        return not (self.charts and self.charts.arrivals)

    def _hours(self) -> list[int]:
        assert self.charts is not None
        hours = [hour for _day, hour in self.charts.arrivals]
        return list(range(min(hours), max(hours) + 1))

    def _days(self) -> list[int]:
        assert self.charts is not None
        present = {day for day, _hour in self.charts.arrivals}
        return [day for day in range(1, 8) if day in present or day <= 5]

    def describe(self) -> str:
        if self._empty():
            return ""
        assert self.charts is not None
        (day, hour), most = max(self.charts.arrivals.items(), key=lambda item: item[1])
        return (
            QCoreApplication.translate("ReportCharts", "Busiest: %1 at %2, %3 arrivals on average")
            .replace("%1", weekday_names()[day - 1])
            .replace("%2", f"{hour:02d}")
            .replace("%3", f"{most:.1f}")
        )

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        assert self.charts is not None
        hours, days = self._hours(), self._days()
        top = max(self.charts.arrivals.values()) or 1.0
        label_width = 44.0
        cell_w = (rect.width() - label_width) / len(hours)
        cell_h = (rect.height() - 20) / len(days)
        names = weekday_names()
        for row, day in enumerate(days):
            y = rect.top() + row * cell_h
            _row_label(painter, QRectF(rect.left(), y, label_width - 4, cell_h), names[day - 1])
            for column, hour in enumerate(hours):
                value = self.charts.arrivals.get((day, hour), 0.0)
                share = value / top
                colour = QColor.fromRgbF(1 - 0.85 * share, 1 - 0.6 * share, 1 - 0.25 * share)
                cell = QRectF(
                    rect.left() + label_width + column * cell_w, y, cell_w - 1, cell_h - 1
                )
                painter.fillRect(cell, colour)
                if value and cell_w > 26:
                    painter.setPen(QColor("white") if share > 0.55 else _INK)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, f"{value:.1f}")
        _hour_labels(painter, rect.left() + label_width, rect.bottom() - 18, cell_w, hours)


class WaitsChart(Chart):
    """The mean and 90th-percentile wait per day, against the target."""

    def _empty(self) -> bool:
        return not (self.charts and self.charts.waits)

    def describe(self) -> str:
        if self._empty():
            return ""
        assert self.charts is not None
        waits = self.charts.waits
        worst = max(waits, key=lambda day: day.p90_minutes)
        return (
            QCoreApplication.translate(
                "ReportCharts", "%1 days; the longest 90th percentile %2 min on %3"
            )
            .replace("%1", str(len(waits)))
            .replace("%2", f"{worst.p90_minutes:.0f}")
            .replace("%3", worst.day.isoformat())
        )

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        assert self.charts is not None
        days: Sequence[DayWaits] = self.charts.waits
        legend_h = 20.0
        axis_w = 40.0
        plot = QRectF(rect.left() + axis_w, rect.top() + legend_h, rect.width() - axis_w - 4, 0)
        plot.setBottom(rect.bottom() - 20)
        highest = max(max(day.p90_minutes, day.target_minutes) for day in days)
        top = _nice_top(highest)
        painter.setPen(QPen(_GRID, 1))
        for step in range(5):
            value = top * step / 4
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(_GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_INK)
            painter.drawText(
                QRectF(rect.left(), y - 9, axis_w - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.0f}",
            )

        def x_of(index: int) -> float:
            if len(days) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * index / (len(days) - 1)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        series = (
            (
                _TARGET,
                Qt.PenStyle.DotLine,
                lambda day: day.target_minutes,
                QCoreApplication.translate("ReportCharts", "target"),
            ),
            (
                _P90,
                Qt.PenStyle.DashLine,
                lambda day: day.p90_minutes,
                QCoreApplication.translate("ReportCharts", "90th percentile"),
            ),
            (
                _MEAN,
                Qt.PenStyle.SolidLine,
                lambda day: day.mean_minutes,
                QCoreApplication.translate("ReportCharts", "mean"),
            ),
        )
        for colour, style, value_of, _name in series:
            path = QPainterPath()
            for index, day in enumerate(days):
                point = QPointF(x_of(index), y_of(value_of(day)))
                if index == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(colour, 2, style))
            painter.drawPath(path)
            if len(days) <= 31:
                painter.setBrush(colour)
                for index, day in enumerate(days):
                    painter.drawEllipse(QPointF(x_of(index), y_of(value_of(day))), 2.5, 2.5)
                painter.setBrush(Qt.BrushStyle.NoBrush)
        # Legend: a line sample and the name, so the series are told apart without colour.
        x = plot.left()
        for colour, style, _value, name in series:
            painter.setPen(QPen(colour, 2, style))
            painter.drawLine(QPointF(x, rect.top() + 9), QPointF(x + 24, rect.top() + 9))
            painter.setPen(_INK)
            width = painter.fontMetrics().horizontalAdvance(name) + 12
            painter.drawText(
                QRectF(x + 28, rect.top(), width, 18), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += 28 + width + 12
        painter.setPen(_INK)
        every = max(1, len(days) // 8)
        for index in range(0, len(days), every):
            label = _short_day(days[index].day)
            painter.drawText(
                QRectF(x_of(index) - 40, plot.bottom() + 2, 80, 18),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )


def _nice_top(value: float) -> float:
    """The axis' top: the next of 5, 10, 20, 40, 60, 80, 120... above ``value``, so that
    its four grid lines fall on round minutes."""
    for top in (4.0, 8.0, 12.0, 20.0, 40.0, 60.0, 80.0, 120.0, 160.0, 240.0):
        if value <= top * 0.95:
            return top
    return float(int(value / 40 + 1) * 40)


def _short_day(day: date) -> str:
    return f"{day.day}.{day.month}."


class ServiceMixChart(Chart):
    """Services served per agency, each bar split by service."""

    def _empty(self) -> bool:
        return not (self.charts and any(sum(s.values()) for s in self.charts.mix.values()))

    def describe(self) -> str:
        if self._empty():
            return ""
        assert self.charts is not None
        parts = [
            f"{agency} {sum(services.values())}"
            for agency, services in sorted(self.charts.mix.items())
        ]
        return ", ".join(parts)

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        assert self.charts is not None
        agencies = sorted(self.charts.mix)
        most = max(sum(services.values()) for services in self.charts.mix.values()) or 1
        label_w = 90.0
        total_w = 56.0
        bar_h = min(28.0, (rect.height() - 4) / max(1, len(agencies)) - 6)
        for row, agency in enumerate(agencies):
            services = self.charts.mix[agency]
            y = rect.top() + row * (bar_h + 6)
            painter.setPen(_INK)
            painter.drawText(
                QRectF(rect.left(), y, label_w - 6, bar_h),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                agency,
            )
            x = rect.left() + label_w
            scale = (rect.width() - label_w - total_w) / most
            for index, (service, count) in enumerate(sorted(services.items())):
                width = count * scale
                segment = QRectF(x, y, width, bar_h)
                painter.fillRect(segment, QColor(PALETTE[index % len(PALETTE)]))
                painter.setPen(QPen(QColor("white"), 1))
                painter.drawRect(segment)
                label = f"{self.charts.labels.get(service, service)} {count}"
                if painter.fontMetrics().horizontalAdvance(label) + 6 < width:
                    painter.setPen(QColor("white") if index % len(PALETTE) in (0, 5, 7) else _INK)
                    painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
                x += width
            painter.setPen(_INK)
            painter.drawText(
                QRectF(x + 6, y, total_w, bar_h),
                Qt.AlignmentFlag.AlignVCenter,
                str(sum(services.values())),
            )


class ForecastChart(Chart):
    """Next week per weekday and hour: the staff needed against the staff who served
    such hours before (both written in each cell; the colour only repeats it)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.forecast: StaffingForecast | None = None
        self.setMinimumHeight(260)

    def show_forecast(self, forecast: StaffingForecast) -> None:
        self.forecast = forecast
        self.setAccessibleDescription(self.describe())
        self.update()

    def _empty(self) -> bool:
        return not (self.forecast and self.forecast.slots)

    def describe(self) -> str:
        if self._empty():
            return ""
        assert self.forecast is not None
        short = [
            (slot, figures)
            for slot, figures in self.forecast.slots.items()
            if figures.staff_needed > figures.staff_seen + 0.5
        ]
        return QCoreApplication.translate(
            "ReportCharts", "%1 hours need more staff than served such hours before"
        ).replace("%1", str(len(short)))

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        assert self.forecast is not None
        slots = self.forecast.slots
        hours = list(range(min(h for _d, h in slots), max(h for _d, h in slots) + 1))
        days = [day for day in range(7) if day < 5 or any(d == day for d, _h in slots)]
        legend_h = 20.0
        label_width = 44.0
        cell_w = (rect.width() - label_width) / len(hours)
        cell_h = (rect.height() - 20 - legend_h) / len(days)
        names = weekday_names()
        for row, day in enumerate(days):
            y = rect.top() + row * cell_h
            _row_label(painter, QRectF(rect.left(), y, label_width - 4, cell_h), names[day])
            for column, hour in enumerate(hours):
                figures = slots.get((day, hour))
                cell = QRectF(
                    rect.left() + label_width + column * cell_w, y, cell_w - 1, cell_h - 1
                )
                if figures is None or figures.arrivals <= 0:
                    painter.fillRect(cell, QColor("#f3f5f7"))
                    continue
                gap = figures.staff_needed - figures.staff_seen
                colour = "#f6c9cf" if gap > 0.5 else ("#d3ecd8" if gap < -0.5 else "#eef1f4")
                painter.fillRect(cell, QColor(colour))
                painter.setPen(_INK)
                painter.drawText(
                    cell,
                    Qt.AlignmentFlag.AlignCenter,
                    f"{figures.staff_needed} / {figures.staff_seen:.1f}",
                )
        _hour_labels(
            painter, rect.left() + label_width, rect.bottom() - legend_h - 18, cell_w, hours
        )
        painter.setPen(_INK)
        painter.drawText(
            QRectF(rect.left(), rect.bottom() - legend_h, rect.width(), legend_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate(
                "ReportCharts",
                "Each hour: staff needed / staff who served such hours before; red where "
                "fewer served than needed, green where more.",
            ),
        )


def chart_set(charts: ReportCharts | None) -> tuple[Chart, Chart, Chart]:
    """The report's three charts, filled in when ``charts`` is given (a PDF made without
    the window)."""
    made = (
        ArrivalsHeatmap(
            QCoreApplication.translate("ReportCharts", "Arrivals per hour, mean per weekday")
        ),
        WaitsChart(
            QCoreApplication.translate(
                "ReportCharts", "Waiting time per day against the target (min)"
            )
        ),
        ServiceMixChart(QCoreApplication.translate("ReportCharts", "Services served per agency")),
    )
    if charts is not None:
        for chart in made:
            chart.show_charts(charts)
    return made
