"""How the staff windows look: the theme (standard or high contrast) and the size of text.

Applied to the whole application at start (``ui.theme``, ``ui.font_scale``) and again
whenever a person picks another in the console's View menu, without a restart: the
palette, the application font's size and the stylesheet are replaced, and Qt repaints
every window with them. What the stylesheet says in points (headings, the ticket
number) grows with the font.

The stylesheet is resources/themes/tiski.qss, then the rules made here from the
theme's colours (message tones, the focus outline), then, for high contrast,
resources/themes/tiski-high-contrast.qss over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from console.core.resources import resource_path
from console.ui.shared.colours import (
    COLOURS,
    HIGH_CONTRAST,
    STANDARD,
    THEMES,
    ThemeColours,
    tone_rules,
    use_colours,
)

__all__ = [
    "HIGH_CONTRAST",
    "STANDARD",
    "THEMES",
    "Appearance",
    "apply_appearance",
    "current_appearance",
    "default_appearance",
    "set_default_appearance",
]

FONT_SCALE_MIN = 100
FONT_SCALE_MAX = 200
# What the View menu offers; the setting takes any whole percent between.
FONT_SCALES = (100, 125, 150, 175, 200)

# From this size up text counts as large (WCAG: 18 pt, or 14 pt bold).
LARGE_TEXT_PT = 16
_POINTS = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)pt\b")


@dataclass(frozen=True)
class Appearance:
    """A theme and a text size in percent of the system's."""

    theme: str = STANDARD
    font_scale: int = 100

    def __post_init__(self) -> None:
        if self.theme not in THEMES:
            raise ValueError(f"unknown theme {self.theme!r}")
        if not FONT_SCALE_MIN <= self.font_scale <= FONT_SCALE_MAX:
            raise ValueError(f"font scale {self.font_scale} outside 100..200")


class _Applied:
    """The application's appearance now, the settings' one, and its font before any
    scaling."""

    appearance = Appearance()
    default = Appearance()
    base_point_size: float | None = None


def current_appearance() -> Appearance:
    return _Applied.appearance


def default_appearance() -> Appearance:
    """What the settings say (``ui.theme``, ``ui.font_scale``): the look of a person
    who chose none."""
    return _Applied.default


def set_default_appearance(app: QApplication, appearance: Appearance) -> None:
    """The settings' appearance, applied now (at start)."""
    _Applied.default = appearance
    apply_appearance(app, appearance)


def make_palette(colours: ThemeColours) -> QPalette:
    """The QPalette of a theme: every role the windows use, set from ``colours``."""
    role = QPalette.ColorRole
    palette = QPalette(QColor(colours.window))
    for colour_role, value in (
        (role.Window, colours.window),
        (role.WindowText, colours.window_text),
        (role.Base, colours.base),
        (role.AlternateBase, colours.alternate_base),
        (role.Text, colours.text),
        (role.Button, colours.button),
        (role.ButtonText, colours.button_text),
        (role.BrightText, colours.window_text),
        (role.Highlight, colours.highlight),
        (role.HighlightedText, colours.highlighted_text),
        (role.PlaceholderText, colours.placeholder),
        (role.Link, colours.link),
        (role.LinkVisited, colours.link),
        (role.ToolTipBase, colours.tooltip_base),
        (role.ToolTipText, colours.tooltip_text),
    ):
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, colour_role, QColor(colours.disabled_text))
    for colour_role, value in (
        (role.Window, colours.window),
        (role.Base, colours.window),
        (role.Button, colours.button),
    ):
        palette.setColor(disabled, colour_role, QColor(value))
    return palette


def _focus_rules(colours: ThemeColours) -> str:
    """The outline of the control with the keyboard's focus, in both themes.

    Fusion outlines buttons, boxes and tabs reached by Tab itself; text editors and
    the lists and tables (whose frame tiski.qss takes away) get a border that takes
    the focus colour, as wide focused as not, so nothing moves as focus does.
    """
    focus = colours.focus
    return (
        "QPlainTextEdit, QTextEdit, QListView, QTreeView {"
        f" border: 2px solid {colours.frame}; }}\n"
        "QTableView { border: 2px solid transparent; }\n"
        "QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus {"
        f" border: 2px solid {focus}; }}\n"
    )


def _scaled(sheet: str, scale: int) -> str:
    if scale == 100:
        return sheet

    def grow(match: re.Match[str]) -> str:
        points = float(match.group(1))
        # Text already large (headings, the ticket number) grows by half as much: at
        # 200 % a 26 pt ticket number is 39 pt, not 52 pt wider than its panel.
        factor = (scale - 100) / 100 * (0.5 if points >= LARGE_TEXT_PT else 1.0)
        return f"{points * (1 + factor):g}pt"

    return _POINTS.sub(grow, sheet)


def stylesheet(appearance: Appearance) -> str:
    """The application's stylesheet for ``appearance``."""
    colours = COLOURS[appearance.theme]
    parts = []
    light = resource_path("themes", "tiski.qss")
    if light.is_file():
        parts.append(light.read_text(encoding="utf-8"))
    parts.append(tone_rules(colours))
    parts.append(_focus_rules(colours))
    if appearance.theme == HIGH_CONTRAST:
        parts.append(resource_path("themes", "tiski-high-contrast.qss").read_text(encoding="utf-8"))
    return _scaled("\n".join(parts), appearance.font_scale)


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Give every window of ``app`` the theme and text size of ``appearance``, now."""
    if _Applied.base_point_size is None:
        _Applied.base_point_size = app.font().pointSizeF()
    colours = use_colours(appearance.theme)
    app.setPalette(make_palette(colours))
    font = QFont(app.font())
    base = _Applied.base_point_size
    if base > 0:
        font.setPointSizeF(base * appearance.font_scale / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(appearance))
    _Applied.appearance = appearance
