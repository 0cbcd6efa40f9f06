"""The staff windows' colours in each theme: the palette, and the text colours that say
how a row or a message stands (late, warning, quiet, a problem, a hint).

Two themes: ``standard`` (dark text on light panels) and ``high-contrast`` (white and
yellow on black). Every text colour here reads against its theme's backgrounds at
4.5:1 (standard) or 7:1 (high contrast), WCAG 1.4.3 and 1.4.6; tests/test_themes.py
computes them with console/core/contrast.py.

The row brushes (:data:`LATE`, :data:`WARN`, :data:`QUIET`, :data:`MUTED`) are the
ones the table models return; :func:`use_colours` re-colours them in place when the
theme changes, so a model keeps returning the same object and pays nothing for it.
Messages take their colour from a *tone* (:func:`set_tone`), which the application's
stylesheet colours per theme (console/ui/shared/theme.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

STANDARD = "standard"
HIGH_CONTRAST = "high-contrast"
THEMES = (STANDARD, HIGH_CONTRAST)


@dataclass(frozen=True)
class ThemeColours:
    """One theme's colours, each ``#rrggbb``."""

    # The palette (QPalette's roles).
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    # The panels the stylesheet paints (group boxes, the status bar): text sits on these too.
    panel: str
    # The outline of the control with the keyboard's focus, and of editors and lists
    # without it.
    focus: str
    frame: str
    # Rows: past twice the target (closed, down); past the target (on a break, slow);
    # closed counters; corrected notes and notes not yet sent.
    late: str
    warn: str
    quiet: str
    muted: str
    # Messages: all is well; wait and see; a problem; an aside.
    good: str
    attention: str
    problem: str
    hint: str


STANDARD_COLOURS = ThemeColours(
    window="#efefef",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f3f6fa",
    text="#000000",
    button="#efefef",
    button_text="#000000",
    highlight="#0b57d0",
    highlighted_text="#ffffff",
    placeholder="#5f6368",
    link="#0b57d0",
    tooltip_base="#ffffdc",
    tooltip_text="#000000",
    disabled_text="#8a8a8a",
    panel="#f6f7f9",
    focus="#0b57d0",
    frame="#a9b1bd",
    late="#b00020",  # 6.6:1 on white
    warn="#8a4b00",  # 6.0:1 on white
    quiet="#555555",  # 7.5:1 on white
    muted="#5e5e5e",
    good="#1b5e20",
    attention="#765d00",
    problem="#a01b12",
    hint="#4a5566",
)

HIGH_CONTRAST_COLOURS = ThemeColours(
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    placeholder="#d0d0d0",
    link="#ffff00",
    tooltip_base="#000000",
    tooltip_text="#ffffff",
    disabled_text="#a6a6a6",
    panel="#000000",
    focus="#ffff00",
    frame="#ffffff",
    late="#ff9c9c",
    warn="#ffd24d",
    quiet="#d0d0d0",
    muted="#d0d0d0",
    good="#8df59a",
    attention="#ffd24d",
    problem="#ff9c9c",
    hint="#e6e6e6",
)

COLOURS = {STANDARD: STANDARD_COLOURS, HIGH_CONTRAST: HIGH_CONTRAST_COLOURS}

LATE = QBrush(QColor(STANDARD_COLOURS.late))
WARN = QBrush(QColor(STANDARD_COLOURS.warn))
QUIET = QBrush(QColor(STANDARD_COLOURS.quiet))
MUTED = QBrush(QColor(STANDARD_COLOURS.muted))

# The tones a message label can take (its ``tone`` property; the stylesheet colours it).
TONES = ("good", "attention", "problem", "hint", "muted", "late", "warn")
# A tone in bold: the problems of a dialog, the state of a request, a break.
STRONG = "strong"


class _Current:
    colours = STANDARD_COLOURS


def text_colour(tone: str) -> str:
    """``#rrggbb`` of ``tone`` (one of :data:`TONES`) in the theme on now, for text
    written as HTML (a rich-text label, a delegate's document)."""
    return str(getattr(_Current.colours, tone))


def use_colours(theme: str) -> ThemeColours:
    """Re-colour the row brushes for ``theme`` (models hold them: no model changes)."""
    colours = COLOURS[theme]
    _Current.colours = colours
    LATE.setColor(QColor(colours.late))
    WARN.setColor(QColor(colours.warn))
    QUIET.setColor(QColor(colours.quiet))
    MUTED.setColor(QColor(colours.muted))
    return colours


def set_tone(widget: QWidget, tone: str, *, strong: bool = False) -> None:
    """Colour ``widget``'s text by ``tone`` (one of :data:`TONES`, or "" for none) in
    whichever theme is on, now and after a switch."""
    if widget.property("tone") == tone and bool(widget.property(STRONG)) == strong:
        return
    widget.setProperty("tone", tone)
    widget.setProperty(STRONG, strong)
    # A property is read by the stylesheet when the widget is polished.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def tone_rules(colours: ThemeColours) -> str:
    """The stylesheet's rules for the tones in ``colours``' theme."""
    return (
        "".join(f'*[tone="{tone}"] {{ color: {getattr(colours, tone)}; }}\n' for tone in TONES)
        + f"*[{STRONG}=true] {{ font-weight: 600; }}\n"
    )
