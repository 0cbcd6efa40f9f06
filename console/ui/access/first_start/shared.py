"""What the first start's pages share: the page ids, the start chosen, a desk file read
and planned, the wizard's outcome, and the wrapping label they are written with."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QLabel

from console.core.desk_file import DeskSpec, load_desk_file
from console.core.desk_plan import DeskPlan
from console.desk.setup import plan_setup
from console.store.database import Database
from console.ui.shared.dialog_parts import Style, style_label

PAGE_START, PAGE_PLAN, PAGE_ADMIN = range(3)


class Start(enum.Enum):
    TEMPLATE = "template"
    IMPORT = "import"
    DEMO = "demo"


@dataclass(frozen=True)
class FirstStartOutcome:
    """What the first start made: the administrator to sign in, or the opened demo."""

    username: str = ""
    demo: object | None = None  # console.app.OpenedDesk of the demo database


@dataclass(frozen=True)
class ReadDesk:
    """A desk file read and planned against the database."""

    path: Path
    spec: DeskSpec
    plan: DeskPlan


def read_desk(database: Database, path: Path) -> ReadDesk:
    """Read and check ``path`` and plan it (off the GUI thread); raises DeskFileError."""
    spec = load_desk_file(path).desk
    return ReadDesk(path, spec, plan_setup(database, spec))


def wrapped_label(text: str, name: str = "", style: Style | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if style is not None:
        style_label(label, style)
    return label
