"""What F1 says in the console: its keys, who call next calls, who reads a note, and
whom to call when something is wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from console.core.permissions import Permission, allows
from console.core.policy import CALLED_BY_WHOM, ORDER_IN_WORDS
from console.i18n import translate
from console.ui.help.dialog import HelpSection, key_points
from console.ui.help.tour import TourStep
from console.ui.shared.contact import it_contact

if TYPE_CHECKING:
    from console.ui.console_window import ConsoleWindow


def _key(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def contact_line() -> str:
    """Whom to call: IT's contact as the desk set it, or where IT sets it."""
    contact = it_contact()
    if contact:
        return QCoreApplication.translate("ConsoleHelp", "IT help: %1").replace("%1", contact)
    return QCoreApplication.translate(
        "ConsoleHelp",
        "Call your IT help desk. (IT can show its phone number here: the setting support.contact.)",
    )


def console_help(window: ConsoleWindow) -> list[HelpSection]:
    """The console's guide for the person signed in (a specialist's includes the inbox)."""
    actions = _window_actions(window)
    keys = key_points(actions)
    keys.insert(
        0, QCoreApplication.translate("ConsoleHelp", "Ctrl+Enter – Save the note being written")
    )
    sections = [
        HelpSection(
            QCoreApplication.translate("ConsoleHelp", "The console"),
            paragraphs=[
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "Left: your ticket, the queues by service and the waiting tickets. "
                    "Middle: the visitor at your counter, the services of their visit, "
                    "their case and its notes. Right: a panel per agency, reaching that "
                    "agency's own system for the visitor.",
                )
            ],
        ),
        HelpSection(QCoreApplication.translate("ConsoleHelp", "Keys"), points=keys),
        HelpSection(
            QCoreApplication.translate("ConsoleHelp", "Who call next calls"),
            paragraphs=[
                QCoreApplication.translate(
                    "ConsoleHelp", "Call next (%1) takes, in this order:"
                ).replace("%1", _key(window.call_next_action)),
            ],
            points=[translate(message) for message in ORDER_IN_WORDS],
            ordered=True,
        ),
        HelpSection(
            QCoreApplication.translate("ConsoleHelp", "Who calls them"),
            paragraphs=[
                translate(CALLED_BY_WHOM),
                QCoreApplication.translate(
                    "ConsoleHelp", "The line under your ticket says why it was called to you."
                ),
            ],
        ),
        HelpSection(
            QCoreApplication.translate("ConsoleHelp", "Who reads a note"),
            paragraphs=[
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "Visible to decides it. A note shared with the desk is read by the "
                    "desk's own staff, and by an agency's staff only when the visitor has "
                    "consented to that agency. A note for one agency is read by that "
                    "agency's staff only. You always read your own notes.",
                ),
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "Consent… records, with the visitor present, which agencies they share "
                    "this case with. Withdrawing is recorded the same way. Ask the visitor "
                    "before you write for an agency they have not consented to: the desk "
                    "refuses such a note.",
                ),
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "Notes cannot be edited: double-click a note to correct it with a new "
                    "one. Identity codes in a note are stored masked.",
                ),
            ],
        ),
    ]
    if window.inbox is not None:
        sections.append(
            HelpSection(
                QCoreApplication.translate("ConsoleHelp", "Requests from the counters"),
                paragraphs=[
                    QCoreApplication.translate(
                        "ConsoleHelp",
                        "The inbox above lists what advisors ask of your agency. Accept a "
                        "request to join the visit: you see its case and write notes for "
                        "your agency. Hand it back when you are done, or decline it with a "
                        "reason the advisor reads.",
                    )
                ],
            )
        )
    if allows(window.signed_in.staff.role, Permission.SUPERVISE_FLOOR):
        sections.append(
            HelpSection(
                QCoreApplication.translate("ConsoleHelp", "For supervisors"),
                paragraphs=[
                    QCoreApplication.translate(
                        "ConsoleHelp",
                        "The floor (tiski floor) shows every queue and counter live; "
                        "Stranded visitors lists visitors left at a counter nobody is at.",
                    )
                ],
            )
        )
    sections.append(
        HelpSection(
            QCoreApplication.translate("ConsoleHelp", "When something is wrong"),
            paragraphs=[
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "A note being written is kept on this PC all the time: after a crash "
                    "or a lost connection it is offered again. While the database cannot "
                    "be reached, saved notes wait in the outbox and are sent when it "
                    "comes back; tell the visitor their matter is recorded.",
                ),
                contact_line(),
            ],
        )
    )
    return sections


def _window_actions(window: ConsoleWindow) -> list[QAction]:
    """Every action of the window with a key: its menus' and its toolbar's."""
    actions: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        actions.extend(menu.actions())
    actions.extend(window.commands.toolbar.actions())
    actions.extend(window.commands.more_toolbar.actions())
    return actions


def console_tour(window: ConsoleWindow) -> list[TourStep]:
    """The zones a new advisor is shown, in the order their day goes."""
    steps = [
        TourStep(
            QCoreApplication.translate("ConsoleHelp", "The counter's actions"),
            QCoreApplication.translate(
                "ConsoleHelp",
                "Call next (%1) calls the next visitor to your counter. Then Start, "
                "Transfer, No-show and Done (%2) follow the visitor. Every action has a "
                "key: F1 lists them.",
            )
            .replace("%1", _key(window.call_next_action))
            .replace("%2", _key(window.finish_action)),
            lambda: window.commands.toolbar,
        ),
        TourStep(
            QCoreApplication.translate("ConsoleHelp", "Your ticket and the queues"),
            QCoreApplication.translate(
                "ConsoleHelp",
                "Your ticket shows the visitor you called and why call next chose them. "
                "Below: how many wait for each service and how long, and every waiting "
                "ticket; type in the filter to find one.",
            ),
            lambda: window.queue_zone,
        ),
        TourStep(
            QCoreApplication.translate("ConsoleHelp", "The visit"),
            QCoreApplication.translate(
                "ConsoleHelp",
                "The visitor at your counter: the services of their visit in order, "
                "their case and its notes. Identify the visitor only when the matter "
                "needs it.",
            ),
            lambda: window.visit_zone,
        ),
        TourStep(
            QCoreApplication.translate("ConsoleHelp", "Notes"),
            QCoreApplication.translate(
                "ConsoleHelp",
                "Write what the visitor needs and what was agreed. Visible to decides who "
                "reads the note. Ctrl+Enter saves it. What you type is kept on this PC "
                "even if the console or the network fails.",
            ),
            lambda: window.case_panel.editor,
        ),
    ]
    docks = [dock for dock in window.agency_docks.values() if dock.isVisible()]
    if docks:
        steps.append(
            TourStep(
                QCoreApplication.translate("ConsoleHelp", "The agencies"),
                QCoreApplication.translate(
                    "ConsoleHelp",
                    "A panel per agency reaches that agency's own system for the visitor "
                    "at your counter. Ask a specialist (%1) brings one of them into "
                    "the visit.",
                ).replace("%1", _key(window.ask_specialist_action)),
                lambda: docks[0],
            )
        )
    steps.append(
        TourStep(
            QCoreApplication.translate("ConsoleHelp", "Connection and you"),
            QCoreApplication.translate(
                "ConsoleHelp",
                "The status bar says whether the database is reachable, your counter and "
                "who is signed in. %1 locks the console when you step away.",
            ).replace("%1", _key(window.lock.lock_action)),
            lambda: window.statusBar(),
        )
    )
    return steps
