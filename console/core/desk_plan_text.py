"""A desk plan's changes in words: one message per change, for ``tiski desk`` and the
first start alike (the refusals are messages of the plan already)."""

from __future__ import annotations

from console.core.desk_plan import DeskPlan
from console.core.text import QT_TRANSLATE_NOOP, Message

# These words were first ``tiski desk``'s, and their translations keep its context.
_CTX = "DeskCommands"

_KINDS = {
    "desk": QT_TRANSLATE_NOOP("DeskCommands", "desk"),
    "office": QT_TRANSLATE_NOOP("DeskCommands", "office"),
    "agency": QT_TRANSLATE_NOOP("DeskCommands", "agency"),
    "service": QT_TRANSLATE_NOOP("DeskCommands", "service"),
    "counter": QT_TRANSLATE_NOOP("DeskCommands", "counter"),
    "staff": QT_TRANSLATE_NOOP("DeskCommands", "staff member"),
    "life_event": QT_TRANSLATE_NOOP("DeskCommands", "life event"),
    "note_template": QT_TRANSLATE_NOOP("DeskCommands", "note template"),
}
_ACTIONS = {
    "add": ("+", QT_TRANSLATE_NOOP("DeskCommands", "{sign} {kind} {key}: added")),
    "change": ("~", QT_TRANSLATE_NOOP("DeskCommands", "{sign} {kind} {key}: changes {fields}")),
    "retire": ("-", QT_TRANSLATE_NOOP("DeskCommands", "{sign} {kind} {key}: retired")),
    "restore": ("+", QT_TRANSLATE_NOOP("DeskCommands", "{sign} {kind} {key}: brought back")),
    "remove": ("-", QT_TRANSLATE_NOOP("DeskCommands", "{sign} {kind} {key}: removed")),
}


def change_messages(plan: DeskPlan) -> list[Message]:
    """One message per change of ``plan`` (the refusals not included)."""
    messages = []
    for change in plan.changes:
        sign, text = _ACTIONS[change.action.value]
        messages.append(
            Message(
                _CTX,
                text,
                {
                    "sign": sign,
                    "kind": Message(_CTX, _KINDS[change.kind.value]),
                    "key": change.key,
                    "fields": ", ".join(change.fields),
                },
            )
        )
    return messages
