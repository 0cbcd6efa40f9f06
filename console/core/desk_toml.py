"""Writing a desk back as a desk file (``tiski desk export``, the admin window).

The text is canonical: the same desk always gives the same bytes (tables in the
order of the desk, keys in a fixed order, skills in the order of the services,
opening hours grouped by :mod:`console.core.hours`), so that an export can be kept in
version control and compared, and export, apply to an empty database and export
again gives the identical file.
"""

from __future__ import annotations

from collections.abc import Iterable

from console.core.desk_file import FORMAT_VERSION, DeskFileError, DeskSpec, parse_desk
from console.core.desk_file.specs import MAIN_OFFICE
from console.core.hours import OpeningHours
from console.core.records import Names
from console.core.text import Message

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _quote(text: str, *, keep_newlines: bool = False) -> str:
    out = []
    for char in text:
        if keep_newlines and char == "\n":
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def _string(text: str) -> str:
    if "\n" in text:
        # A multi-line string: the newline right after the opening quotes is not part
        # of the text, so a template reads in the file as it does in the editor.
        return '"""\n' + _quote(text, keep_newlines=True) + '"""'
    return '"' + _quote(text) + '"'


def _list(items: Iterable[str]) -> str:
    return "[" + ", ".join(_string(item) for item in items) + "]"


def _names(stem: str, names: Names) -> list[str]:
    return [
        f"{stem}_fi = {_string(names.fi)}",
        f"{stem}_sv = {_string(names.sv)}",
        f"{stem}_en = {_string(names.en)}",
    ]


def _hours(hours: OpeningHours | None) -> list[str]:
    return [] if hours is None else [f"hours = {_list(hours.entries())}"]


def dump_desk(desk: DeskSpec) -> str:
    """The desk file of ``desk``."""
    lines = [
        "# A Tiski desk file (docs/desk-file.md): tiski desk plan FILE shows what applying",
        "# it would change, tiski desk apply FILE does it, tiski desk export writes it.",
        "",
        "[desk]",
        f"format = {FORMAT_VERSION}",
        *([f"code = {_string(desk.code)}"] if desk.code != MAIN_OFFICE else []),
        *_names("name", desk.names),
        *_hours(desk.hours),
        *([f"services = {_list(desk.offered)}"] if desk.offered else []),
    ]
    if desk.texts.kiosk_welcome is not None:
        lines += ["", "[kiosk]", *_names("welcome", desk.texts.kiosk_welcome)]
    if desk.texts.display_message is not None:
        lines += ["", "[display]", *_names("message", desk.texts.display_message)]
    for office in desk.offices:
        lines += [
            "",
            "[[office]]",
            f"code = {_string(office.code)}",
            *_names("name", office.names),
            *_hours(office.hours),
            *([f"services = {_list(office.services)}"] if office.services else []),
            *(_names("welcome", office.texts.kiosk_welcome) if office.texts.kiosk_welcome else []),
            *(
                _names("message", office.texts.display_message)
                if office.texts.display_message
                else []
            ),
        ]
    for agency in desk.agencies:
        lines += [
            "",
            "[[agency]]",
            f"code = {_string(agency.code)}",
            *_names("short", agency.short_names),
            *_names("name", agency.names),
            f"consult_timeout_minutes = {agency.consult_timeout_minutes}",
        ]
    for service in desk.services:
        lines += [
            "",
            "[[service]]",
            f"code = {_string(service.code)}",
            f"agency = {_string(service.agency)}",
            f"prefix = {_string(service.prefix)}",
            f"target_wait_minutes = {service.target_wait_minutes}",
            *_names("name", service.names),
            f"kiosk = {'true' if service.kiosk else 'false'}",
            *_hours(service.hours),
        ]
    for counter in desk.counters:
        lines += [
            "",
            "[[counter]]",
            f"code = {_string(counter.code)}",
            *_names("name", counter.names),
            f"remote = {'true' if counter.remote else 'false'}",
            *([f"office = {_string(counter.office)}"] if counter.office else []),
        ]
    for member in desk.staff:
        lines += [
            "",
            "[[staff]]",
            f"username = {_string(member.username)}",
            f"full_name = {_string(member.full_name)}",
            f"role = {_string(member.role.value)}",
        ]
        if member.agency is not None:
            lines.append(f"agency = {_string(member.agency)}")
        lines.append(f"skills = {_list(member.skills)}")
        if member.office_skills:
            at = ", ".join(f"{office} = {_list(codes)}" for office, codes in member.office_skills)
            lines.append(f"skills_at = {{ {at} }}")
        if member.login_role is not None:
            lines.append(f"login_role = {_string(member.login_role)}")
    for event in desk.life_events:
        lines += [
            "",
            "[[life_event]]",
            f"code = {_string(event.code)}",
            *_names("name", event.names),
            f"services = {_list(event.services)}",
        ]
    for template in desk.templates:
        lines += [
            "",
            "[[note_template]]",
            f"service = {_string(template.service)}",
            f"language = {_string(template.language.value)}",
            f"title = {_string(template.title)}",
            f"body = {_string(template.body)}",
        ]
    return "\n".join(lines) + "\n"


def check_desk(desk: DeskSpec) -> list[Message]:
    """What is wrong with ``desk`` as a desk file would say it (no file, no lines).

    A desk edited in the admin window is checked exactly as the file it exports.
    """
    try:
        parse_desk(dump_desk(desk), "desk", lines=False)
    except DeskFileError as trouble:
        return trouble.problems
    return []
