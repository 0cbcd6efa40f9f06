"""One agency dock's body: the plugin's panel, its health line, or what went wrong.

PanelHost draws; what to show is decided by PluginPanels (plugin_panels.py). Its texts
keep the translation context "AgencyPanel" they have always had.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.core.identity import mask_identity_codes
from console.plugin_api import Health
from console.ui.shared.colours import set_tone


class PanelHost(QWidget):
    """One agency's dock body: the plugin's panel, its health, or what went wrong."""

    retry_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panelHost")
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)
        self.health = QLabel()
        self.health.setObjectName("panelHealth")
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.health)

        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setObjectName("panelPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error_view = QWidget()
        self.error = QLabel()
        self.error.setObjectName("panelFailure")
        self.error.setWordWrap(True)
        set_tone(self.error, "late")
        self.details = QTextEdit()
        self.details.setObjectName("panelFailureDetails")
        self.details.setReadOnly(True)
        self.details.hide()
        self.details_button = QPushButton(QCoreApplication.translate("AgencyPanel", "Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self.details.setVisible)
        self.retry_button = QPushButton(QCoreApplication.translate("AgencyPanel", "Retry"))
        self.retry_button.setObjectName("panelRetry")
        self.retry_button.clicked.connect(self.retry_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        error_layout = QVBoxLayout(self.error_view)
        error_layout.setContentsMargins(0, 0, 0, 0)
        error_layout.addWidget(self.error)
        error_layout.addLayout(buttons)
        error_layout.addWidget(self.details, 1)
        error_layout.addStretch(1)
        self.panel_slot = QWidget()
        self.panel_layout = QVBoxLayout(self.panel_slot)
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.placeholder, self.error_view, self.panel_slot):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.panel: QWidget | None = None
        self.show_health(None)

    def show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def show_error(self, message: str, details: str = "", *, retry: bool = True) -> None:
        self.title.show()
        self.error.setText(message)
        self.details.setPlainText(mask_identity_codes(details))
        self.details_button.setVisible(bool(details))
        self.retry_button.setVisible(retry)
        self.stack.setCurrentWidget(self.error_view)

    def show_panel(self, panel: QWidget) -> None:
        if self.panel is not None:
            self.panel.deleteLater()
        self.panel = panel
        self.panel_layout.addWidget(panel)
        self.stack.setCurrentWidget(self.panel_slot)
        # The panel has its own title; the host keeps only the health line above it.
        self.title.hide()

    def show_health(self, health: Health | None) -> None:
        texts = {
            Health.HEALTHY: (QCoreApplication.translate("AgencyPanel", "● in service"), "good"),
            Health.SLOW: (QCoreApplication.translate("AgencyPanel", "● slow"), "attention"),
            Health.DOWN: (QCoreApplication.translate("AgencyPanel", "● not reachable"), "late"),
            Health.UNKNOWN: (QCoreApplication.translate("AgencyPanel", "● checking…"), "hint"),
        }
        if health is None:
            self.health.hide()
            return
        text, tone = texts[health]
        self.health.setText(text)
        set_tone(self.health, tone)
        self.health.setProperty("health", health.value)
        self.health.show()
