"""The reports window: a period's figures as a table and as charts, the cost-sharing
report, and both saved as CSV or a printable PDF (docs/reports.md).

Every read runs off the GUI thread; the figures are the same the command line's
``tiski report`` writes, from the same tables.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.core.forecast import StaffingForecast
from console.core.queue import local_time, utc_now
from console.core.report_tables import (
    Cell,
    Table,
    cost_table,
    figures_table,
    forecast_table,
    is_euros,
)
from console.core.reports import CostMethod, Dimension, Period, ReportCharts, cents
from console.desk.desk import Desk, SignedIn
from console.i18n import error_text, translate
from console.ui.reports.charts import Chart, ForecastChart, chart_set
from console.ui.reports.document import report_html, write_pdf, write_table_csv
from console.ui.shared.colours import set_tone
from console.ui.shared.database_pool import database_pool
from console.ui.shared.labels import ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A report's table as the view shows it: numbers to the right."""

    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None

    def show(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if self.table is None or parent.isValid() else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.table is None or not index.isValid():
            return None
        cell: Cell = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "–" if cell is None else str(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            isinstance(cell, int | float) or cell is None or is_euros(cell)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.table is not None
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.table.headers[section]
        return None


class ReportsWindow(QMainWindow):
    """A supervisor's reports: figures, charts and the cost split of a period."""

    def __init__(self, desk: Desk, signed_in: SignedIn) -> None:
        super().__init__()
        self.desk = desk
        self.signed_in = signed_in
        self.figures: Table | None = None
        self.costs: Table | None = None
        self.charts_data: ReportCharts | None = None
        self.setObjectName("reportsWindow")
        self.setWindowTitle(self.tr("Tiski – reports"))

        today = local_time(utc_now()).date()
        first = today - timedelta(days=27)
        self.start_edit = self._date_edit(first, "reportFrom")
        self.end_edit = self._date_edit(today, "reportTo")
        self.period_box = QComboBox()
        self.period_box.setObjectName("reportBy")
        for period, label in (
            (Period.ALL, self.tr("The whole period")),
            (Period.DAY, self.tr("Per day")),
            (Period.WEEK, self.tr("Per week")),
            (Period.MONTH, self.tr("Per month")),
            (Period.WEEKDAY, self.tr("Per weekday")),
            (Period.HOUR, self.tr("Per hour")),
        ):
            self.period_box.addItem(label, period.value)
        self.dimension_box = QComboBox()
        self.dimension_box.setObjectName("reportPer")
        for dimension, label in (
            (Dimension.AGENCY, self.tr("Per agency")),
            (Dimension.SERVICE, self.tr("Per service")),
            (Dimension.COUNTER, self.tr("Per counter")),
            (Dimension.STAFF, self.tr("Per staff member")),
            (Dimension.DESK, self.tr("The whole desk")),
        ):
            self.dimension_box.addItem(label, dimension.value)
        # Every office together, or one: shown only where the database holds several.
        self.office_box = QComboBox()
        self.office_box.setObjectName("reportOffice")
        self.office_box.setAccessibleName(self.tr("Office"))
        self.office_box.addItem(self.tr("Every office"), "")
        offices = desk.offices()
        for office in offices:
            self.office_box.addItem(office.names.get(ui_language()), office.code)
        self.office_box.setVisible(len(offices) > 1)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("reportShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(False)

        choices = QHBoxLayout()
        for label, widget in (
            (self.tr("&From"), self.start_edit),
            (self.tr("&To"), self.end_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            caption.setMinimumWidth(caption.sizeHint().width() + 4)
            choices.addWidget(caption)
            choices.addWidget(widget)
        choices.addWidget(self.office_box)
        choices.addWidget(self.period_box)
        choices.addWidget(self.dimension_box)
        choices.addWidget(self.show_button)
        choices.addStretch(1)
        choices.addWidget(self.csv_button)
        choices.addWidget(self.pdf_button)

        self.figures_model = TableModel()
        self.figures_view = self._table_view(
            self.figures_model, "reportFigures", self.tr("Figures")
        )
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        figures_page = QWidget()
        figures_layout = QVBoxLayout(figures_page)
        figures_layout.addWidget(self.figures_view, 1)
        figures_layout.addWidget(self.notes_label)

        self.heatmap, self.waits_chart, self.mix_chart = chart_set(None)
        charts_page = QWidget()
        charts_layout = QVBoxLayout(charts_page)
        for chart in self.chart_widgets():
            chart.setMinimumHeight(260)
            charts_layout.addWidget(chart)
        charts_scroll = QScrollArea()
        charts_scroll.setWidgetResizable(True)
        charts_scroll.setWidget(charts_page)

        self.cost_edit = QLineEdit()
        self.cost_edit.setObjectName("reportCost")
        self.cost_edit.setPlaceholderText(self.tr("for example 12 500,00"))
        self.method_box = QComboBox()
        self.method_box.setObjectName("reportMethod")
        for method, label in (
            (CostMethod.STEPS, self.tr("By services served")),
            (CostMethod.MINUTES, self.tr("By service minutes")),
            (CostMethod.BASE_PLUS_STEPS, self.tr("A fixed part, the rest by services served")),
        ):
            self.method_box.addItem(label, method.value)
        self.base_edit = QLineEdit("0")
        self.base_edit.setObjectName("reportBase")
        self.split_button = QPushButton(self.tr("Spl&it the cost"))
        self.split_button.setObjectName("reportSplit")
        self.split_button.clicked.connect(self.split)
        self.cost_problem = QLabel()
        self.cost_problem.setObjectName("reportCostProblem")
        self.cost_problem.setWordWrap(True)
        set_tone(self.cost_problem, "late")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for field in (self.cost_edit, self.base_edit):
            field.setMinimumWidth(220)
        form.addRow(self.tr("Cost to share (EUR)"), self.cost_edit)
        form.addRow(self.tr("Method"), self.method_box)
        form.addRow(self.tr("Fixed part of each agency (EUR)"), self.base_edit)
        form.addRow("", self.split_button)
        self.costs_model = TableModel()
        self.costs_view = self._table_view(self.costs_model, "reportCosts", self.tr("Cost sharing"))
        self.formula_label = QLabel()
        self.formula_label.setWordWrap(True)
        costs_page = QWidget()
        costs_layout = QVBoxLayout(costs_page)
        costs_layout.addLayout(form)
        costs_layout.addWidget(self.cost_problem)
        costs_layout.addWidget(self.costs_view, 1)
        costs_layout.addWidget(self.formula_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(figures_page, self.tr("Figures"))
        self.tabs.addTab(charts_scroll, self.tr("Charts"))
        self.tabs.addTab(costs_page, self.tr("Cost sharing"))
        self.forecast_chart = ForecastChart(
            self.tr("Staff needed next week, per weekday and hour (Erlang C)")
        )
        self.forecast_chart.setObjectName("forecastChart")
        self.forecast_notes = QLabel()
        self.forecast_notes.setWordWrap(True)
        self.forecast_model = TableModel()
        self.forecast_view = self._table_view(
            self.forecast_model, "reportForecast", self.tr("Forecast")
        )
        forecast_page = QWidget()
        forecast_layout = QVBoxLayout(forecast_page)
        forecast_layout.addWidget(self.forecast_chart, 3)
        forecast_layout.addWidget(self.forecast_notes)
        forecast_layout.addWidget(self.forecast_view, 2)
        self.forecast_table: Table | None = None
        self.tabs.addTab(forecast_page, self.tr("Forecast"))
        self.tabs.currentChanged.connect(lambda _index: self._update_buttons())

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(choices)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        close = self.menuBar().addMenu(self.tr("&Reports")).addAction(self.tr("&Close"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)

    # ------------------------------------------------------------ building
    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _table_view(self, model: TableModel, name: str, accessible: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        # Tab moves on to the next control, not from cell to cell.
        view.setTabKeyNavigation(False)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        return view

    def chart_widgets(self) -> list[Chart]:
        return [self.heatmap, self.waits_chart, self.mix_chart]

    def _period(self) -> tuple[date, date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()  # type: ignore[return-value]

    # ------------------------------------------------------------ reading
    def load(self) -> None:
        """Read the figures and the charts of the chosen period."""
        start, end = self._period()
        period = Period(self.period_box.currentData())
        dimension = Dimension(self.dimension_box.currentData())
        office = str(self.office_box.currentData())
        actor = self.signed_in.actor
        reports = self.desk.reports
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Reading the period…"))

        def work() -> tuple[Table, ReportCharts, StaffingForecast]:
            report, charts = reports.report_with_charts(
                actor, start, end, period=period, dimension=dimension, office=office
            )
            assert charts is not None
            forecast = reports.forecast(actor, end, office=office)
            return figures_table(report, translate), charts, forecast

        run_in_background(work, self._loaded, self._failed, context=self, pool=database_pool())

    def _loaded(self, result: tuple[Table, ReportCharts, StaffingForecast]) -> None:
        table, charts, forecast = result
        self.forecast_chart.show_forecast(forecast)
        self.forecast_table = forecast_table(forecast, translate)
        self.forecast_model.show(self.forecast_table)
        self.forecast_notes.setText("\n".join(self.forecast_table.notes))
        self.figures = table
        self.figures_model.show(table)
        self.notes_label.setText("   ".join(table.notes))
        self.charts_data = charts
        for chart in self.chart_widgets():
            chart.show_charts(charts)
        self.show_button.setEnabled(True)
        self.status.setText(table.subtitle)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.split_button.setEnabled(True)
        message = error_text(error)
        log.warning("A report could not be read: %s", error)
        self.status.setText(message)
        self.cost_problem.setText(message if self.tabs.currentIndex() == 2 else "")

    def split(self) -> None:
        """Split the entered cost between the agencies."""
        self.cost_problem.setText("")
        try:
            total = cents(self.cost_edit.text())
            base = cents(self.base_edit.text() or "0")
        except (ArithmeticError, ValueError):
            self.cost_problem.setText(
                self.tr("Write the sums in euros, for example 12 500,00 or 12500.")
            )
            return
        start, end = self._period()
        method = CostMethod(self.method_box.currentData())
        office = str(self.office_box.currentData())
        actor = self.signed_in.actor
        reports = self.desk.reports
        self.split_button.setEnabled(False)

        def work() -> Table:
            split = reports.cost_split(
                actor, start, end, total, method, base_cents=base, office=office
            )
            return cost_table(split, start.isoformat(), end.isoformat(), translate)

        run_in_background(work, self._split_done, self._failed, context=self, pool=database_pool())

    def _split_done(self, table: Table) -> None:
        self.costs = table
        self.costs_model.show(table)
        self.formula_label.setText("\n".join(table.notes))
        self.split_button.setEnabled(True)
        self._update_buttons()

    def _shown_table(self) -> Table | None:
        index = self.tabs.currentIndex()
        if index == 2:
            return self.costs
        if index == 3:
            return self.forecast_table
        return self.figures

    def _update_buttons(self) -> None:
        shown = self._shown_table()
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(shown is not None)

    # ------------------------------------------------------------ saving
    def save(self, form: str, path: Path | None = None) -> Path | None:
        """Save what the current tab shows as CSV or PDF; ``path`` skips the dialog."""
        index = self.tabs.currentIndex()
        table = self._shown_table()
        if table is None:
            return None
        if path is None:
            stem = {2: "cost-sharing", 3: "forecast"}.get(index, "figures")
            name = f"{stem}.{form}"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                str(Path.home() / name),
                "PDF (*.pdf)" if form == "pdf" else "CSV (*.csv)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            if form == "csv":
                write_table_csv(table, path)
            else:
                charts: list[Chart] = []
                if index == 3:
                    charts = [self.forecast_chart]
                elif index != 2:
                    charts = self.chart_widgets()
                document = report_html(
                    [table],
                    ui_language(),
                    local_time(utc_now()).replace(tzinfo=None),
                    charts=charts,
                )
                write_pdf(document, path, landscape=len(table.headers) > 6, charts=charts)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The report could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return None
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
        return path
