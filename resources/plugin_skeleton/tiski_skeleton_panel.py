"""The tiski-skeleton panel: the visitor's records in the back office, found by name.

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
    note = "\n".join(f"{part.title}: {part.rows[0].value}" for part in sections)
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
