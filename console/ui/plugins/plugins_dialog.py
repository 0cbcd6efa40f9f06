"""Settings -> Plugins: every plugin found, where its code comes from and why the console
trusts it, why one is off or refused, and its credentials (keyring)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.i18n import error_text, translate
from console.plugin_host.credentials import has_credential, set_credential
from console.plugin_host.discovery import Found, trust_text
from console.ui.shared.labels import ui_language
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.worker import run_in_background

_NOT_OWNERS = ("refused", "duplicate")


class PluginsDialog(QDialog):
    """What IT and a supervisor need to see about the agency plugins on this console."""

    def __init__(self, parent: QWidget | None, found: Sequence[Found]) -> None:
        super().__init__(parent)
        self.setObjectName("pluginsDialog")
        self.setWindowTitle(self.tr("Agency plugins"))
        self.resize(980, 520)
        language = ui_language()
        self.model: KeyedTableModel[Found] = KeyedTableModel(
            [
                Column(lambda: self.tr("Plugin"), lambda f: f.shown_id or "–"),
                Column(
                    lambda: self.tr("Name"),
                    lambda f: f.manifest.name(language) if f.manifest else "–",
                    tooltip=lambda f: f.manifest.name(language) if f.manifest else "",
                ),
                Column(
                    lambda: self.tr("Version"), lambda f: f.manifest.version if f.manifest else "–"
                ),
                Column(
                    lambda: self.tr("Source"),
                    lambda f: self._source(f.source),
                    tooltip=lambda f: self.tr("In plugins.allow: %1").replace("%1", f.pin or "–"),
                ),
                Column(lambda: self.tr("State"), lambda f: self._state(f.state)),
                Column(
                    lambda: self.tr("Trust"),
                    lambda f: translate(trust_text(f)),
                    tooltip=lambda f: f"SHA-256 {f.sha256}" if f.sha256 else str(f.path),
                ),
                Column(
                    lambda: self.tr("Why"),
                    lambda f: translate(f.reason) if f.reason else "",
                    tooltip=lambda f: translate(f.reason) if f.reason else str(f.path),
                ),
            ],
            key=lambda f: (f.shown_id, str(f.path)),
            parent=self,
        )
        self.model.apply(list(found))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("pluginTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # A long name is cut (its full text is a tooltip) so State, Trust and Why show.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())

        self.credentials = QListWidget()
        self.credentials.setObjectName("pluginCredentials")
        self.set_button = QPushButton(self.tr("Set credential…"))
        self.set_button.setObjectName("setCredential")
        self.set_button.clicked.connect(self._set_credential)
        self.message = QLabel()
        self.message.setObjectName("pluginsMessage")
        self.message.setWordWrap(True)
        credentials_row = QHBoxLayout()
        credentials_row.addWidget(self.credentials, 1)
        credentials_row.addWidget(self.set_button)
        hint = QLabel(
            self.tr(
                "Credentials are kept in this computer's keyring, never in a settings file. "
                "IT can also set them with: tiski plugins set-credential PLUGIN NAME"
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        credentials_label = QLabel(self.tr("Credentials of the chosen plugin:"))
        credentials_label.setBuddy(self.credentials)
        layout.addWidget(credentials_label)
        layout.addLayout(credentials_row, 1)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if found:
            self.table.selectRow(0)
        self._selected()

    def _source(self, source: str) -> str:
        return {
            "installed": self.tr("installed"),
            "bundled": self.tr("bundled"),
            "site": self.tr("site folder"),
        }.get(source, source)

    def _state(self, state: str) -> str:
        return {
            "ready": self.tr("ready"),
            "off": self.tr("off"),
            "invalid": self.tr("invalid"),
            "duplicate": self.tr("duplicate"),
            "refused": self.tr("refused"),
        }.get(state, state)

    def selected(self) -> Found | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected(self) -> None:
        self.credentials.clear()
        found = self.selected()
        # A refused or duplicate plugin's manifest is not the one that gets the credential.
        manifest = found.manifest if found and found.state not in _NOT_OWNERS else None
        names = manifest.credentials if manifest else ()
        self.set_button.setEnabled(bool(names))
        if manifest is None or not names:
            self.credentials.addItem(self.tr("(this plugin needs no credentials)"))
            return
        for name in names:
            self.credentials.addItem(f"{name}: …")

        def read() -> list[tuple[str, bool]]:
            return [(name, has_credential(manifest, name)) for name in names]

        run_in_background(read, self._show_credentials, self._failed, context=self)

    def _show_credentials(self, states: list[tuple[str, bool]]) -> None:
        self.credentials.clear()
        for name, present in states:
            self.credentials.addItem(
                f"{name}: " + (self.tr("set") if present else self.tr("not set"))
            )

    def _failed(self, error: BaseException) -> None:
        self.message.setText(error_text(error))

    def _saved(self, _result: object) -> None:
        self.message.setText(self.tr("Credential saved."))
        self._selected()

    def _set_credential(self) -> None:
        found = self.selected()
        manifest = found.manifest if found and found.state not in _NOT_OWNERS else None
        if manifest is None or not manifest.credentials:
            return
        row = max(self.credentials.currentRow(), 0)
        name = manifest.credentials[min(row, len(manifest.credentials) - 1)]
        secret, ok = QInputDialog.getText(
            self,
            self.tr("Set credential"),
            self.tr("%1 for %2:").replace("%1", name).replace("%2", manifest.id),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not secret:
            return
        run_in_background(
            lambda: set_credential(manifest, name, secret),
            self._saved,
            self._failed,
            context=self,
        )
