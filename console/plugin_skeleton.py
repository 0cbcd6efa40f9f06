"""What ``tiski plugins new NAME`` writes: a working plugin for an outside author to start from.

The skeleton is a complete folder plugin (docs/plugins.md, "Writing a plugin"):
a manifest that ``tiski plugins check`` accepts, a RecordPanel-based panel that
imports only ``console.plugin_api`` and PySide6, the back-office contract, the
sandbox's recorded answers for the demo visitor Matti Mäkinen, and tests that
run with the test kit's fixtures against that sandbox.

Standard library only at module level: the ``tiski`` command imports its parser
on every start.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from string import Template

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "PluginCommands"
DEFAULT_AGENCY = "pori"
SANDBOX_URL = "http://127.0.0.1:8765"


class SkeletonError(TiskiError):
    """The skeleton was not written: a bad name or agency, or the folder is taken."""


# ---------------------------------------------------------------- names
def module_name(plugin_id: str) -> str:
    """The panel module of ``plugin_id``: ``demo-panel`` -> ``demo_panel_panel``."""
    return plugin_id.replace("-", "_") + "_panel"


def check_names(plugin_id: str, agency: str) -> None:
    """Refuse an id or agency code the manifest would refuse (raises :class:`SkeletonError`).

    The id also names the panel module, so it must start with a letter to make one.
    """
    from console.plugin_host.manifest import AGENCY_CODE, PLUGIN_ID

    if PLUGIN_ID.fullmatch(plugin_id) is None or not module_name(plugin_id).isidentifier():
        raise SkeletonError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands",
                    "{name!r} cannot be a plugin id: use 2 to 40 lower-case letters, digits "
                    "and '-', starting with a letter (for example demo-panel). Nothing was "
                    "written.",
                ),
                {"name": plugin_id},
            )
        )
    if AGENCY_CODE.fullmatch(agency) is None:
        raise SkeletonError(
            Message(
                _CTX,
                QT_TRANSLATE_NOOP(
                    "PluginCommands",
                    "{agency!r} is not an agency code: use up to 40 lower-case letters, "
                    "digits and '-' (for example pori or kela). Nothing was written.",
                ),
                {"agency": agency},
            )
        )


# ---------------------------------------------------------------- writing
def skeleton_files(plugin_id: str, agency: str = DEFAULT_AGENCY) -> dict[str, str]:
    """Each file of the skeleton (a path relative to the plugin folder) and its text."""
    check_names(plugin_id, agency)
    module = module_name(plugin_id)
    values = {"id": plugin_id, "agency": agency, "module": module, "sandbox": SANDBOX_URL}
    return {
        "plugin.toml": Template(MANIFEST).substitute(values),
        f"{module}.py": Template(PANEL).substitute(values),
        "openapi.yaml": Template(OPENAPI).substitute(values),
        "sandbox/answers.json": json.dumps(ANSWERS, ensure_ascii=False, indent=2) + "\n",
        "tests/conftest.py": Template(CONFTEST).substitute(values),
        f"tests/test_{plugin_id.replace('-', '_')}.py": Template(TESTS).substitute(values),
    }


def write_skeleton(plugin_id: str, into: Path, agency: str = DEFAULT_AGENCY) -> list[str]:
    """Write the skeleton into the new folder ``into/plugin_id``; return the files written.

    ``into`` is made when missing. Raises :class:`SkeletonError` for a bad id or
    agency, a folder that already exists, or one that cannot be written; nothing
    is left behind then.
    """
    files = skeleton_files(plugin_id, agency)
    folder = into / plugin_id
    if folder.exists() or folder.is_symlink():
        raise _exists(folder)
    try:
        into.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _not_written(into, error) from None
    try:
        folder.mkdir()
    except FileExistsError:
        raise _exists(folder) from None
    except OSError as error:
        raise _not_written(folder, error) from None
    try:
        for relative, text in files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise _not_written(folder, error) from None
    return list(files)


def _exists(folder: Path) -> SkeletonError:
    return SkeletonError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginCommands",
                "{folder} already exists; nothing was written. Choose another name or --into.",
            ),
            {"folder": str(folder)},
        )
    )


def _not_written(folder: Path, error: OSError) -> SkeletonError:
    return SkeletonError(
        Message(
            _CTX,
            QT_TRANSLATE_NOOP(
                "PluginCommands", "{folder} could not be written ({reason}); nothing was left."
            ),
            {"folder": str(folder), "reason": error.strerror or type(error).__name__},
        )
    )


# ---------------------------------------------------------------- the templates
# string.Template: ${id}, ${agency}, ${module}, ${sandbox}; "$$" is a literal "$".

MANIFEST = """\
# The manifest of the ${id} plugin (docs/plugins.md, "Manifest reference").
# The console reads and checks it without importing any code:
#   tiski plugins check <this folder>

[plugin]
id = "${id}"
version = "0.1.0"
api = 1                           # console.plugin_api major version
agency = "${agency}"                    # the agency whose dock shows the panel
entry = "${module}:Plugin"
health = "/health"                # under base_url; answers 2xx when the back office is well

[plugin.names]                    # shown in Settings -> Plugins and `tiski plugins list`
fi = "${id} (nimi suomeksi)"
sv = "${id} (namn på svenska)"
en = "${id} (name in English)"

[permissions]
# The visitor fields the panel may read, and nothing more reaches it. Ask only for
# what the back office needs: "name", "identity_code", "birth_date", "contact", "language".
visitor = ["name"]

[links]
# The only hosts open_link() may open (a host name: no scheme, no path).
hosts = ["asiointi.example"]

[credentials]
# Kept in the system keyring, never in a file: `tiski plugins set-credential ${id} api-key`.
# The console sends "api-key" as the X-Api-Key header.
names = ["api-key"]

[settings.base_url]               # IT sets it under [plugins.${id}] in the site file
type = "url"
default = "${sandbox}/${id}"   # the sandbox: tiski sandbox serve --plugins <parent folder>
description = "The ${id} back office"

[settings.timeout_seconds]
type = "float"
default = 8.0
minimum = 1.0
maximum = 60.0
description = "Seconds to wait for the back office"
"""

PANEL = '''\
"""The ${id} panel: the visitor's records in the back office, found by name.

Written by `tiski plugins new` as a start (docs/plugins.md, "Writing a plugin").
Import only console.plugin_api, PySide6 and the standard library. The console
imports this folder as a package of its own, so import the plugin's other modules
relatively: `from .client import Client`.
"""

from __future__ import annotations

from typing import Any

from console.plugin_api import (
    Answer,
    PanelContext,
    PluginError,
    RecordPanel,
    Row,
    Section,
    Visitor,
)
from PySide6.QtWidgets import QPushButton, QWidget

# The panel's own words in the console's languages (PanelContext.language).
TEXTS = {
    "fi": {
        "title": "Asiat",
        "no_visitor": "Tunnista asiakas, niin paneeli näyttää hänen asiansa.",
        "status": "Tila",
        "updated": "Päivitetty",
        "reference": "Tunnus",
        "propose": "Ehdota muistiinpanoksi",
        "unreadable": "Taustajärjestelmän vastausta ei voitu lukea.",
    },
    "sv": {
        "title": "Ärenden",
        "no_visitor": "Identifiera kunden, så visar panelen kundens ärenden.",
        "status": "Status",
        "updated": "Uppdaterad",
        "reference": "Referens",
        "propose": "Föreslå som anteckning",
        "unreadable": "Svaret från bakgrundssystemet kunde inte läsas.",
    },
    "en": {
        "title": "Records",
        "no_visitor": "Identify the visitor to see their records.",
        "status": "Status",
        "updated": "Updated",
        "reference": "Reference",
        "propose": "Propose as a note",
        "unreadable": "The back office's answer could not be read.",
    },
}


class Plugin:
    """The entry point plugin.toml names: the console makes one and asks it for the panel."""

    def create_panel(self, context: PanelContext) -> QWidget:
        return RecordsPanel(context)


class RecordsPanel(RecordPanel):
    """The visitor's records: a placeholder without a visitor, then the records or an error.

    RecordPanel shows the loading line, the "as of" banner of a stale answer, and
    an error with Details and Retry; Retry asks this panel to fetch again.
    """

    def __init__(self, context: PanelContext) -> None:
        texts = TEXTS.get(context.language, TEXTS["en"])
        super().__init__(context, texts["title"])
        self.texts = texts
        self.note = ""
        self.propose_button = QPushButton(texts["propose"])
        self.propose_button.setObjectName("proposeNote")
        self.propose_button.setEnabled(False)
        self.propose_button.clicked.connect(self.propose)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.propose_button)
        self.retry_requested.connect(self.refresh)
        context.visitor_changed.connect(self.visitor_changed)
        self.refresh()

    def visitor_changed(self, visitor: Visitor | None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Fetch the records of the visitor at the counter, off the GUI thread."""
        self.note = ""
        self.propose_button.setEnabled(False)
        visitor = self.context.visitor()  # only the fields plugin.toml permits
        if visitor is None or not visitor.name:
            self.show_placeholder(self.texts["no_visitor"])
            return
        self.show_loading()
        # The key is logged: never put a name or an identity code in it.
        self.context.fetch_json(
            f"records/{visitor.visit_id}", "/records", {"name": visitor.name}, self.show_records
        )

    def show_records(self, answer: Answer) -> None:
        """Show an answer: records, "nothing to show", or the error with Retry."""
        if answer.data is None:
            self.show_answer(answer, [])
            return
        try:
            records = list(answer.data["records"])
            sections = [self.section(record) for record in records]
        except (KeyError, TypeError) as error:
            self.show_error(
                PluginError(self.texts["unreadable"], f"{type(error).__name__}: {error}")
            )
            return
        self.show_answer(answer, sections)
        self.note = "\\n".join(f"{section.title}: {section.rows[0].value}" for section in sections)
        self.propose_button.setEnabled(bool(self.note))

    def section(self, record: dict[str, Any]) -> Section:
        # A link opens through context.open_link, only to a host plugin.toml declares.
        link = record.get("url")
        return Section(
            str(record["title"]),
            [
                Row(self.texts["status"], str(record.get("status") or ""), emphasis=True),
                Row(self.texts["updated"], str(record.get("updated") or "")),
                Row(
                    self.texts["reference"],
                    str(record.get("id") or ""),
                    link=str(link) if link else None,
                ),
            ],
        )

    def propose(self) -> None:
        """Offer the records as a note; the advisor decides whether it goes into the case."""
        if self.note:
            self.context.propose_note(self.note)
'''

OPENAPI = """\
# The back-office contract the ${id} plugin expects (docs/sandbox.md). The sandbox
# plays it from sandbox/answers.json; the agency's real endpoint must answer the
# same requests with the same JSON.
openapi: 3.0.3
info:
  title: '${id}: records by name'
  version: 0.1.0
  description: The records of the visitor, found by name. An unknown person gets an
    empty list of records, never 404.
servers:
  - url: ${sandbox}/${id}
    description: Tiski sandbox (recorded answers)
security:
  - apiKey: []
paths:
  /health:
    get:
      operationId: health
      summary: Whether the back office answers
      security: []
      responses:
        '200':
          description: Healthy
          content:
            application/json:
              schema:
                $$ref: '#/components/schemas/Health'
        '500':
          $$ref: '#/components/responses/Error'
  /records:
    get:
      operationId: findRecords
      summary: The records of a person, by name
      parameters:
        - name: name
          in: query
          required: true
          description: The visitor's full name
          schema:
            type: string
          example: Matti Mäkinen
      responses:
        '200':
          description: The records found (an empty list when none)
          content:
            application/json:
              schema:
                $$ref: '#/components/schemas/Records'
        '401':
          $$ref: '#/components/responses/Error'
        '500':
          $$ref: '#/components/responses/Error'
components:
  securitySchemes:
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: The plugin's credential "api-key" from the keyring (service tiski/${id})
  responses:
    Error:
      description: The back office refused or failed
      content:
        application/json:
          schema:
            $$ref: '#/components/schemas/Error'
  schemas:
    Health:
      type: object
      required:
        - status
      properties:
        status:
          type: string
          example: ok
    Error:
      type: object
      required:
        - error
      properties:
        error:
          type: string
          example: internal
        message:
          type: string
    Records:
      type: object
      required:
        - records
      properties:
        records:
          type: array
          items:
            $$ref: '#/components/schemas/Record'
    Record:
      type: object
      required:
        - id
        - title
      properties:
        id:
          type: string
          example: AS-2025-0142
        title:
          type: string
          example: Asukaspysäköintitunnus
        status:
          type: string
          example: Voimassa 31.12.2026
        updated:
          type: string
          format: date
          example: '2025-11-03'
        url:
          type: string
          format: uri
          description: A deep link into the agency's e-service (a host in plugin.toml's links)
"""

ANSWERS = {
    "_comment": (
        "Recorded answers of the sandbox back office (docs/sandbox.md). "
        "Every person here is fictional."
    ),
    "/records": {
        "name=Matti Mäkinen": {
            "records": [
                {
                    "id": "AS-2025-0142",
                    "title": "Asukaspysäköintitunnus",
                    "status": "Voimassa 31.12.2026",
                    "updated": "2025-11-03",
                    "url": "https://asiointi.example/asiat/AS-2025-0142",
                },
                {
                    "id": "AS-2025-0388",
                    "title": "Muuttoilmoitus",
                    "status": "Käsittelyssä",
                    "updated": "2025-11-20",
                },
            ]
        },
        "*": {"records": []},
    },
}

CONFTEST = '''\
"""Test setup of the ${id} plugin: the test kit's sandbox serves this plugin.

The fixtures sandbox, plugin_harness and wait_for_panel come from Tiski's test kit,
the pytest plugin installed with Tiski; qtbot comes from pytest-qt.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Before Qt starts: the tests need no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PLUGIN_FOLDER = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def sandbox_serves_this_plugin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the kit's sandbox serve the plugins beside this one, this one included.

    The sandbox fixture reads TISKI_SANDBOX_PLUGINS when it starts, before a test
    body runs; an autouse fixture runs before it.
    """
    monkeypatch.setenv("TISKI_SANDBOX_PLUGINS", str(PLUGIN_FOLDER.parent))
'''

TESTS = '''\
"""The ${id} panel against its sandbox back office (sandbox/answers.json).

A real panel, a real background runner and real HTTP to the sandbox on 127.0.0.1,
through the fixtures of Tiski's test kit (see conftest.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

PLUGIN = Path(__file__).parent.parent


def shown_panel(harness: Any, qtbot: QtBot) -> Any:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def section_titles(panel: Any) -> list[str]:
    return [box.title() for box in panel.findChildren(QGroupBox) if box.isVisible()]


def values(panel: Any) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, "rowValue") if label.isVisible()]


def test_without_a_visitor_it_asks_for_one(plugin_harness: Any, qtbot: QtBot) -> None:
    panel = shown_panel(plugin_harness(PLUGIN), qtbot)
    assert panel.placeholder_label.isVisible()
    assert panel.placeholder_label.text().startswith("Tunnista asiakas")
    assert section_titles(panel) == []


def test_records_of_the_demo_visitor(
    plugin_harness: Any, wait_for_panel: Any, qtbot: QtBot
) -> None:
    harness = plugin_harness(PLUGIN)
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)
    assert section_titles(panel) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]
    assert "Voimassa 31.12.2026" in values(panel)
    assert not panel.error_box.isVisible()
    # plugin.toml permits the name only: the identity code never reaches the plugin.
    assert harness.context.visitor().identity_code is None


def test_a_person_the_back_office_does_not_know(
    plugin_harness: Any, wait_for_panel: Any, qtbot: QtBot
) -> None:
    harness = plugin_harness(PLUGIN)
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(name="Maija Meikäläinen")
    wait_for_panel(panel)
    assert section_titles(panel) == []
    assert panel.placeholder_label.isVisible()
    assert not panel.error_box.isVisible()


def test_a_failing_back_office_shows_the_error_and_retry_works(
    plugin_harness: Any, sandbox: Any, wait_for_panel: Any, qtbot: QtBot
) -> None:
    harness = plugin_harness(PLUGIN)
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault(harness.manifest.id, "500")
    harness.show_demo_visitor()
    wait_for_panel(panel)
    assert panel.error_box.isVisible()
    assert "(500)" in panel.error_label.text()
    assert panel.retry_button.isVisible()

    sandbox.set_fault(harness.manifest.id, None)
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    wait_for_panel(panel)
    assert not panel.error_box.isVisible()
    assert section_titles(panel) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]


def test_links_and_notes_go_through_the_console(
    plugin_harness: Any, wait_for_panel: Any, qtbot: QtBot
) -> None:
    harness = plugin_harness(PLUGIN)
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    link = "https://asiointi.example/asiat/AS-2025-0142"
    linked = [label for label in panel.findChildren(QLabel, "rowValue") if link in label.text()]
    linked[0].linkActivated.emit(link)
    assert harness.opened_links == [link]

    qtbot.mouseClick(panel.propose_button, Qt.MouseButton.LeftButton)
    assert harness.proposed_notes == [
        "Asukaspysäköintitunnus: Voimassa 31.12.2026\\nMuuttoilmoitus: Käsittelyssä"
    ]
'''
