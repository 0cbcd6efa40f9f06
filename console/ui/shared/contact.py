"""Whom staff call for IT help: the setting ``support.contact`` ("IT help desk, 02 621
1234"), set once at start-up, said in help and in the messages that need IT."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_contact = ""


def set_it_contact(text: str) -> None:
    global _contact  # one value per process, set once at start-up
    _contact = text.strip()


def it_contact() -> str:
    return _contact


def call_it() -> str:
    """The sentence that ends a message needing IT: their contact when IT set it."""
    if _contact:
        return QCoreApplication.translate("Contact", "Call IT: %1.").replace("%1", _contact)
    return QCoreApplication.translate("Contact", "Call your IT help desk.")
