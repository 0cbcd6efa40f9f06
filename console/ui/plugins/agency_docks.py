"""Agency panels on the right: one dock per agency, filled by its plugin."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from console.core.records import AgencyInfo
from console.ui.shared.labels import ui_language


def make_agency_dock(agency: AgencyInfo, parent: QWidget) -> QDockWidget:
    """A dock for ``agency``: its plugin's panel, or a note that none is installed."""
    language = ui_language()
    name = agency.names.get(language)
    dock = QDockWidget(agency.short_names.get(language), parent)
    dock.setObjectName(f"agencyDock_{agency.code}")
    dock.setAllowedAreas(
        Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
    )
    body = QWidget()
    layout = QVBoxLayout(body)
    title = QLabel(name)
    title.setObjectName("panelTitle")
    title.setWordWrap(True)
    message = QLabel(
        QCoreApplication.translate(
            "AgencyPanel",
            "No panel for this agency is installed on this computer yet. IT can install "
            "the agency's plugin; the queue and notes work without it.",
        )
    )
    message.setObjectName("panelPlaceholder")
    message.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(message)
    layout.addStretch(1)
    dock.setWidget(body)
    return dock


def add_agency_docks(
    window: QMainWindow,
    docks: dict[str, QDockWidget],
    agencies: Iterable[AgencyInfo],
    menu: QMenu,
) -> None:
    """Add a dock for each agency not yet in ``docks`` (by code), tabbed together on
    the right of ``window``, each with its entry in ``menu`` to show or hide it."""
    first: QDockWidget | None = None
    for agency in agencies:
        if agency.code in docks:
            continue
        dock = make_agency_dock(agency, window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        if first is None:
            first = next(iter(docks.values()), None) or dock
        if first is not dock:
            window.tabifyDockWidget(first, dock)
        docks[agency.code] = dock
        menu.addAction(dock.toggleViewAction())
    if first is not None:
        first.raise_()
        window.resizeDocks([first], [max(360, window.width() // 4)], Qt.Orientation.Horizontal)
    for bar in window.findChildren(QTabBar):
        # Agency names are short; show them whole and scroll if the area is narrow.
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
