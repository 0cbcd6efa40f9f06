"""A generic panel for any simple REST API, set up by IT with settings alone.

Settings (``[plugins.rest]`` in the site file):

- ``endpoint``: the path and query under ``base_url``, for example
  ``/people?name={name}``. ``{name}``, ``{identity_code}`` and ``{birth_date}``
  (YYYY-MM-DD) are the visitor's fields, URL-encoded; only the fields the manifest
  permits ever have a value.
- ``fields``: what to show, ``Label=json.path,Label2=other.path``. A path is dotted
  and a number picks from a list (``items.0.name``). An answer that is a list shows
  one section per item, with the paths read from each item.
- ``link_template``: optional deep link for each result, with the visitor's fields
  as above and any other ``{json.path}`` read from the result
  (``https://host/people/{id}``). The link opens only when its host is in the
  manifest's ``[links] hosts``; otherwise the console says so.

Plugin API 2: the plugin describes the panel and the console draws it. Up to
:data:`SECTION_LIMIT` results are one section each, more are one table. The
strings keep the translation context of the API 1 panel ("RestPanel"), so their
translations carry over.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from console.plugin_api import Answer, Visitor, VisitorKeys, fill, problem_for
from console.plugin_api.describe import Context
from console.plugin_api.view import Problem, Row, Section, Table, View

HELSINKI = ZoneInfo("Europe/Helsinki")
VISITOR_PLACEHOLDERS = ("name", "identity_code", "birth_date")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_MISSING = object()
# More results than this are one table instead of a section each; a table keeps
# the first TABLE_ROWS and says how many there were.
SECTION_LIMIT = 20
TABLE_ROWS = 500


class SetupProblem(ValueError):
    """IT's settings for the panel cannot work; the message says which and why."""


@dataclass(frozen=True)
class Field:
    """One ``Label=json.path`` of the ``fields`` setting."""

    label: str
    path: tuple[str, ...]


# ---------------------------------------------------------------- the settings
def parse_fields(text: str) -> list[Field]:
    """``"Label=json.path,Label2=other.path"`` as fields; :class:`SetupProblem` if unusable."""
    fields = []
    for part in text.split(","):
        if not part.strip():
            continue
        label, equals, path = part.partition("=")
        steps = tuple(step.strip() for step in path.strip().split("."))
        if not equals or not label.strip() or not all(steps):
            raise SetupProblem(
                fill(
                    QCoreApplication.translate(
                        "RestPanel",
                        'The "fields" setting has "%1", which is not Label=json.path.',
                    ),
                    part.strip(),
                )
            )
        fields.append(Field(label.strip(), steps))
    if not fields:
        raise SetupProblem(
            QCoreApplication.translate(
                "RestPanel", 'The "fields" setting is empty: it names nothing to show.'
            )
        )
    return fields


def placeholders(template: str) -> list[str]:
    """The ``{names}`` in ``template``, in order."""
    return [name.strip() for name in _PLACEHOLDER.findall(template)]


def fill_template(template: str, value: Callable[[str], str | None]) -> str | None:
    """``template`` with each ``{name}`` replaced by ``value(name)`` URL-encoded;
    None when a value is missing."""
    missing = False

    def replace(match: re.Match[str]) -> str:
        nonlocal missing
        found = value(match.group(1).strip())
        if found is None or found == "":
            missing = True
            return ""
        return quote(found, safe="")

    filled = _PLACEHOLDER.sub(replace, template)
    return None if missing else filled


def lookup(data: Any, path: Sequence[str]) -> Any:
    """The value at a dotted ``path`` (numbers index lists), or ``_MISSING``."""
    for step in path:
        if isinstance(data, dict) and step in data:
            data = data[step]
        elif isinstance(data, list) and re.fullmatch(r"-?\d+", step):
            index = int(step)
            if not -len(data) <= index < len(data):
                return _MISSING
            data = data[index]
        else:
            return _MISSING
    return data


def visitor_value(visitor: Visitor, name: str) -> str | None:
    """A visitor field as it goes into a URL: the birth date as YYYY-MM-DD."""
    if name == "name":
        return visitor.name
    if name == "identity_code":
        return visitor.identity_code
    if name == "birth_date":
        return visitor.birth_date.isoformat() if visitor.birth_date else None
    return None


# ---------------------------------------------------------------- the plugin
class RestPlugin:
    """The plugin entry (``plugin.toml``: ``rest_panel:RestPlugin``).

    The records the configured endpoint answers for the visitor, one section each
    (one table when there are more than :data:`SECTION_LIMIT`).
    """

    def __init__(self) -> None:
        self._keys = VisitorKeys()

    def describe(self, context: Context, visitor: Visitor | None) -> View:
        title = manifest_name(context.language)
        setup = Setup.read(context.settings)
        if setup.problem is not None:
            return View(
                title=title,
                placeholder=fill(
                    QCoreApplication.translate(
                        "RestPanel", "This panel is not set up correctly: %1 Please tell IT."
                    ),
                    str(setup.problem),
                ),
            )
        if visitor is None:
            return View(
                title=title,
                placeholder=QCoreApplication.translate("RestPanel", "No visitor at the counter."),
            )
        missing = [
            name for name in placeholders(setup.endpoint) if not visitor_value(visitor, name)
        ]
        path = fill_template(setup.endpoint, lambda name: visitor_value(visitor, name))
        if missing or path is None:
            return View(title=title, placeholder=_missing_text(missing))
        # The key may reach the console's debug log and the path may hold an identity
        # code: a salted digest of the path, never a plain one.
        key = "rest/" + self._keys.key(path)
        answer = context.fetch_json(key, path)
        return _view(title, setup, visitor, answer)


@dataclass(frozen=True)
class Setup:
    """IT's settings for the panel, checked; ``problem`` says why they cannot work."""

    endpoint: str
    link_template: str
    fields: list[Field]
    problem: SetupProblem | None

    @classmethod
    def read(cls, settings: Mapping[str, Any]) -> Setup:
        endpoint = str(settings.get("endpoint") or "").strip()
        link_template = str(settings.get("link_template") or "").strip()
        try:
            fields = parse_fields(str(settings.get("fields") or ""))
            _check_setup(endpoint, link_template)
        except SetupProblem as problem:
            return cls(endpoint, link_template, [], problem)
        return cls(endpoint, link_template, fields, None)


def _check_setup(endpoint: str, link_template: str) -> None:
    if not endpoint:
        raise SetupProblem(
            QCoreApplication.translate(
                "RestPanel", 'The "endpoint" setting is empty: the panel has nothing to ask.'
            )
        )
    unknown = [name for name in placeholders(endpoint) if name not in VISITOR_PLACEHOLDERS]
    if unknown:
        raise SetupProblem(
            fill(
                QCoreApplication.translate(
                    "RestPanel",
                    'The "endpoint" setting uses {%1}; it may use only {name}, '
                    "{identity_code} and {birth_date}.",
                ),
                unknown[0],
            )
        )
    if link_template and urlsplit(link_template).scheme not in ("https", "http"):
        raise SetupProblem(
            QCoreApplication.translate(
                "RestPanel", 'The "link_template" setting is not a web address (https://…).'
            )
        )


def _missing_text(missing: list[str]) -> str:
    shown = ", ".join(_field_name(name) for name in missing)
    if any(name not in manifest_permissions() for name in missing):
        return fill(
            QCoreApplication.translate(
                "RestPanel",
                "This panel needs the visitor's %1, which its manifest does not permit "
                "it to read. Please tell IT.",
            ),
            shown,
        )
    return fill(
        QCoreApplication.translate(
            "RestPanel", "This panel needs the visitor's %1, which is not known for this visit."
        ),
        shown,
    )


# ---------------------------------------------------------------- the answer
def _view(title: str, setup: Setup, visitor: Visitor, answer: Answer) -> View:
    if answer.data is None and answer.error is not None:
        return View(title=title, problem=problem_for(answer.error))
    data = answer.data
    if data is None:
        records: list[Any] = []
    elif isinstance(data, list):
        records = data
    elif isinstance(data, dict):
        found = any(lookup(data, field.path) not in (_MISSING, None) for field in setup.fields)
        records = [data] if found else []
    else:
        return View(
            title=title,
            problem=Problem(
                QCoreApplication.translate(
                    "RestPanel", "The back office sent an answer the panel cannot show."
                ),
                f"expected a JSON object or list, got {type(data).__name__}",
            ),
        )
    blocks: list[Section | Table]
    if not records:
        nothing = QCoreApplication.translate("RestPanel", "Nothing found for this visitor.")
        blocks = [
            Section(
                QCoreApplication.translate("RestPanel", "Result"),
                [Row(QCoreApplication.translate("RestPanel", "Result"), nothing)],
            )
        ]
    elif len(records) > SECTION_LIMIT:
        blocks = [_table(setup, visitor, records)]
    else:
        blocks = [
            _section(setup, visitor, record, number, len(records))
            for number, record in enumerate(records, start=1)
        ]
    if not answer.stale:
        return View(title=title, blocks=blocks)
    # An earlier answer while the back office is down: shown as of then, and why.
    return View(
        title=title,
        blocks=blocks,
        stale_as_of=answer.fetched_at,
        problem=None if answer.error is None else problem_for(answer.error),
    )


def _section(setup: Setup, visitor: Visitor, record: Any, number: int, count: int) -> Section:
    rows = [Row(field.label, shown_value(lookup(record, field.path))) for field in setup.fields]
    link = _link(setup, visitor, record)
    if link is not None:
        host = urlsplit(link).hostname or link
        rows.append(
            Row(
                QCoreApplication.translate("RestPanel", "Link"),
                fill(QCoreApplication.translate("RestPanel", "Open in %1"), host),
                link=link,
            )
        )
    if count == 1:
        title = QCoreApplication.translate("RestPanel", "Result")
    else:
        title = fill(
            QCoreApplication.translate("RestPanel", "Result %1 of %2"), str(number), str(count)
        )
    return Section(title, rows)


def _table(setup: Setup, visitor: Visitor, records: list[Any]) -> Table:
    """Many results as one table (drawn with lazy rows), the first TABLE_ROWS of them."""
    shown = records[:TABLE_ROWS]
    return Table(
        QCoreApplication.translate("RestPanel", "Results"),
        [field.label for field in setup.fields],
        [[shown_value(lookup(record, field.path)) for field in setup.fields] for record in shown],
        links=[_link(setup, visitor, record) for record in shown],
        total=len(records),
    )


def _link(setup: Setup, visitor: Visitor, record: Any) -> str | None:
    if not setup.link_template:
        return None

    def value(name: str) -> str | None:
        if name in VISITOR_PLACEHOLDERS:
            return visitor_value(visitor, name)
        found = lookup(record, [step.strip() for step in name.split(".")])
        if found is _MISSING or found is None or isinstance(found, dict | list):
            return None
        return shown_value(found)

    # A result without the value its link needs gets no link, not a broken one.
    return fill_template(setup.link_template, value)


# ---------------------------------------------------------------- values
def shown_value(value: Any) -> str:
    """A JSON value as a row shows it; an ISO date as dd.mm.yyyy."""
    if value is _MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("RestPanel", "Yes")
            if value
            else QCoreApplication.translate("RestPanel", "No")
        )
    if isinstance(value, str):
        return _date_or_text(value.strip())
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list) and all(not isinstance(item, dict | list) for item in value):
        return ", ".join(shown_value(item) for item in value)
    return json.dumps(value, ensure_ascii=False)


def _date_or_text(text: str) -> str:
    try:
        if _ISO_DATE.match(text):
            return datetime.date.fromisoformat(text).strftime("%d.%m.%Y")
        if _ISO_MOMENT.match(text):
            moment = datetime.datetime.fromisoformat(text)
            if moment.tzinfo is not None:
                moment = moment.astimezone(HELSINKI)
            return moment.strftime("%d.%m.%Y %H:%M")
    except ValueError:
        pass
    return text


@functools.cache
def _manifest() -> Mapping[str, Any]:
    """The plugin's own ``plugin.toml`` (IT may copy the folder under another id and
    name); empty if the file cannot be read."""
    try:
        with (Path(__file__).parent / "plugin.toml").open("rb") as file:
            return tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def manifest_name(language: str) -> str:
    """The plugin's name from its ``plugin.toml`` in ``language``; a plain title if
    the file cannot be read."""
    try:
        names = _manifest()["plugin"]["names"]
        if isinstance(names, Mapping):
            for choice in (language, "en", "fi"):
                name = names.get(choice)
                if isinstance(name, str) and name.strip():
                    return name.strip()
    except (KeyError, TypeError):
        pass
    return QCoreApplication.translate("RestPanel", "REST panel")


def manifest_permissions() -> frozenset[str]:
    """The visitor fields the manifest permits (the console gives the plugin no others)."""
    try:
        fields = _manifest()["permissions"]["visitor"]
    except (KeyError, TypeError):
        return frozenset()
    return frozenset(name for name in fields if isinstance(name, str))


def _field_name(name: str) -> str:
    if name == "name":
        return QCoreApplication.translate("RestPanel", "name")
    if name == "identity_code":
        return QCoreApplication.translate("RestPanel", "identity code")
    if name == "birth_date":
        return QCoreApplication.translate("RestPanel", "date of birth")
    return name
