"""Agency panels on the right: one dock per agency, filled by its plugin."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

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
