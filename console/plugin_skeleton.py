"""What ``tiski plugins new NAME`` writes: a working plugin for an outside author to start from.

The skeleton is a complete folder plugin (docs/plugins.md, "Writing a plugin"):
a manifest that ``tiski plugins check`` accepts (plugin API 2: the plugin runs in
a process of its own), a plugin that describes its panel as a View and imports
only ``console.plugin_api``, the back-office contract, the sandbox's recorded
answers for the demo visitor Matti Mäkinen, and tests that run with the test
kit's ``view_harness`` against that sandbox.

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
api = 2                           # plugin API 2: describes its panel, runs in its own process
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
# The only hosts the console opens a row's link to (a host name: no scheme, no path).
hosts = ["asiointi.example"]

[credentials]
# Kept in the system keyring, never in a file: `tiski plugins set-credential ${id} api-key`.
# The console adds "api-key" as the X-Api-Key header to each call; the plugin never sees it.
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
Plugin API 2: the plugin runs in a process of its own and describes its panel as
a View; the console draws it, opens its links (only to the hosts plugin.toml
declares) and offers its note to the advisor. The plugin gets the visitor fields
plugin.toml permits and nothing else of the console: no database, no keyring, no
credential (the console adds it to each call), no network but context.fetch_json.
Import only console.plugin_api and the standard library; the console imports this
folder as a package of its own, so import the plugin's other modules relatively:
`from .client import Client`.
"""

from __future__ import annotations

from typing import Any

from console.plugin_api import Answer, Visitor, problem_for
from console.plugin_api.describe import Context
from console.plugin_api.view import Problem, Row, Section, View

# The panel's own words in the console's languages (context.language).
TEXTS = {
    "fi": {
        "title": "Asiat",
        "no_visitor": "Tunnista asiakas, niin paneeli näyttää hänen asiansa.",
        "nothing": "Asiakkaalla ei ole asioita.",
        "status": "Tila",
        "updated": "Päivitetty",
        "reference": "Tunnus",
        "unreadable": "Taustajärjestelmän vastausta ei voitu lukea.",
    },
    "sv": {
        "title": "Ärenden",
        "no_visitor": "Identifiera kunden, så visar panelen kundens ärenden.",
        "nothing": "Kunden har inga ärenden.",
        "status": "Status",
        "updated": "Uppdaterad",
        "reference": "Referens",
        "unreadable": "Svaret från bakgrundssystemet kunde inte läsas.",
    },
    "en": {
        "title": "Records",
        "no_visitor": "Identify the visitor to see their records.",
        "nothing": "The visitor has no records.",
        "status": "Status",
        "updated": "Updated",
        "reference": "Reference",
        "unreadable": "The back office's answer could not be read.",
    },
}


class Plugin:
    """The entry point plugin.toml names: the console makes one in the plugin's process."""

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        """The panel for ``visitor`` (None: nobody at the counter).

        Called off any GUI for each visitor and on Retry; a blocking call is fine.
        While it runs the console shows "Loading…".
        """
        texts = TEXTS.get(context.language, TEXTS["en"])
        if visitor is None or not visitor.name:  # only the fields plugin.toml permits
            return View(title=texts["title"], placeholder=texts["no_visitor"])
        # The key may reach the console's log: never put a name or an identity code in it.
        # items: the console keeps the first entries of a long list and says how many.
        answer = context.fetch_json(
            f"records/{visitor.visit_id}", "/records", {"name": visitor.name}, items="records"
        )
        return records_view(answer, texts)


def records_view(answer: Answer, texts: dict[str, str]) -> View:
    """An answer as a view: the records, "nothing here", or the problem with Retry."""
    title = texts["title"]
    if answer.data is None:  # no answer, and none earlier to show
        error = answer.error
        if error is None:
            return View(title=title, problem=Problem(texts["unreadable"]))
        return View(title=title, problem=problem_for(error))
    try:
        sections = [section(record, texts) for record in answer.data["records"]]
    except (KeyError, TypeError) as error:
        return View(
            title=title, problem=Problem(texts["unreadable"], f"{type(error).__name__}: {error}")
        )
    if not sections:
        return View(title=title, placeholder=texts["nothing"])
    # The advisor may take this into the case with "Propose a note".
    note = "\\n".join(f"{part.title}: {part.rows[0].value}" for part in sections)
    if not answer.stale:
        return View(title=title, blocks=sections, note=note)
    # An earlier answer while the back office is down: the console says "as of HH:MM".
    problem = None if answer.error is None else problem_for(answer.error)
    return View(
        title=title, blocks=sections, note=note, stale_as_of=answer.fetched_at, problem=problem
    )


def section(record: dict[str, Any], texts: dict[str, str]) -> Section:
    # The console opens a row's link only to a host plugin.toml declares.
    link = record.get("url")
    return Section(
        str(record["title"]),
        [
            Row(texts["status"], str(record.get("status") or ""), emphasis=True),
            Row(texts["updated"], str(record.get("updated") or "")),
            Row(texts["reference"], str(record.get("id") or ""), link=str(link) if link else None),
        ],
    )
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

The fixtures sandbox and view_harness come from Tiski's test kit, the pytest
plugin installed with Tiski.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
"""The ${id} plugin against its sandbox back office (sandbox/answers.json).

The plugin's own code and real HTTP to the sandbox on 127.0.0.1, through the test
kit's view_harness (see conftest.py). Each test reads the View the console would
draw: its sections and rows, placeholder, problem, links and note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.plugin_testkit import DEMO_VISITOR, check_conformance

PLUGIN = Path(__file__).parent.parent


def titles(view: Any) -> list[str]:
    return [block.title for block in view.blocks]


def values(view: Any) -> list[str]:
    return [row.value for block in view.blocks for row in block.rows]


def test_without_a_visitor_it_asks_for_one(view_harness: Any) -> None:
    view = view_harness(PLUGIN).no_visitor()
    assert view.placeholder.startswith("Tunnista asiakas")
    assert titles(view) == []


def test_records_of_the_demo_visitor(view_harness: Any) -> None:
    harness = view_harness(PLUGIN)
    view = harness.show_demo_visitor()
    assert titles(view) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]
    assert "Voimassa 31.12.2026" in values(view)
    assert view.problem is None
    # plugin.toml permits the name only: the identity code never reaches the plugin.
    assert harness.visitor.identity_code is None


def test_a_person_the_back_office_does_not_know(view_harness: Any) -> None:
    view = view_harness(PLUGIN).show_visitor(name="Maija Meikäläinen")
    assert titles(view) == []
    assert view.placeholder == "Asiakkaalla ei ole asioita."
    assert view.problem is None


def test_a_failing_back_office_shows_the_problem_and_retry_works(
    view_harness: Any, sandbox: Any
) -> None:
    harness = view_harness(PLUGIN)
    sandbox.set_fault(harness.manifest.id, "500")
    view = harness.show_demo_visitor()
    assert "(500)" in view.problem.message
    assert titles(view) == []

    sandbox.set_fault(harness.manifest.id, None)
    view = harness.describe()  # what the console's Retry does
    assert view.problem is None
    assert titles(view) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]


def test_it_does_what_every_describing_plugin_must(view_harness: Any, sandbox: Any) -> None:
    # The test kit's shared checks: no call without a visitor, a failure as a problem
    # that Retry recovers from, stale data after a failure, nothing of the previous
    # visitor for the next one (docs/plugins.md, "Testing with the kit").
    check_conformance(
        view_harness(PLUGIN),
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"name": "Maija Meikäläinen"},
        shows="Asukaspysäköintitunnus",
    )


def test_links_and_the_note_for_the_console(view_harness: Any) -> None:
    harness = view_harness(PLUGIN)
    view = harness.show_demo_visitor()

    link = "https://asiointi.example/asiat/AS-2025-0142"
    assert link in [row.link for block in view.blocks for row in block.rows]
    assert harness.may_open(link)  # its host is in plugin.toml's [links] hosts

    assert view.note.splitlines() == [
        "Asukaspysäköintitunnus: Voimassa 31.12.2026",
        "Muuttoilmoitus: Käsittelyssä",
    ]
'''
