"""The kiosk's look, generated from a palette: normal, high contrast and large text.

Every colour the kiosk paints comes from a :class:`KioskPalette`, and
:func:`colour_pairs` lists each text colour with every background it is drawn on
(and each control outline with what surrounds it), so the contrast test checks the
pairs the style sheet really uses rather than scraping it. Large text doubles every
font size below :data:`LARGE_TEXT_CAP` px (WCAG 1.4.4 asks for 200 %); the few that
are already huge (the ticket number) stay as they are.

The focus ring (WCAG 2.4.7) is drawn once the visitor uses keys, as browsers do with
``:focus-visible``: a touch-only visitor sees the kiosk as before. It is a yellow (in
high contrast, blue) fill with a thick dark (cyan) border, so it never looks like a
chosen item, which keeps its light fill, its blue (yellow) border and the ✓.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

# The font sizes of the normal look, in pixels, by what they are for.
FONT_SIZES: dict[str, int] = {
    "heading": 44,
    "welcome": 40,
    "site": 26,
    "hint": 26,
    "status": 30,
    "lobby_welcome": 28,
    "need_welcome": 28,
    "choice_title": 30,
    "choice_subtitle": 21,
    "face": 30,
    "reason": 24,
    "primary": 32,
    "secondary": 28,
    "key": 36,
    "booking_code": 64,
    "ticket_intro": 40,
    "ticket_number": 180,
    "ticket_services": 30,
    "ticket_wait": 34,
    "ticket_hint": 26,
    "print_problem": 32,
    "access": 22,
    "warning_title": 44,
    "warning_text": 30,
}
# Large text doubles every size up to this; bigger ones (the ticket number) stay.
LARGE_TEXT_CAP = 128

# Thresholds of WCAG 2.1: 1.4.3 (text), 1.4.11 (outlines of controls), 1.4.6 (AAA).
NORMAL_TEXT_MINIMUM = 4.5
OUTLINE_MINIMUM = 3.0
HIGH_CONTRAST_MINIMUM = 7.0


def font_size(role: str, *, large: bool) -> int:
    """The size of ``role``'s text in pixels: doubled in large text, up to the cap."""
    size = FONT_SIZES[role]
    return max(size, min(size * 2, LARGE_TEXT_CAP)) if large else size


@dataclass(frozen=True)
class KioskPalette:
    """Every colour of one kiosk look, as ``#rrggbb``."""

    window: str  # the page
    text: str  # headings, titles, body text
    muted: str  # hints and the desk's name
    accent: str  # the ticket number, the desk's welcome, a chosen item's border
    error: str  # what went wrong
    error_background: str  # the box of a printing problem
    choice: str  # choice buttons, keys, the booking code
    choice_pressed: str
    chosen: str  # a ticked choice's fill
    outline: str  # the border of every control
    subtitle: str  # a choice's second line
    closed: str  # a closed service's fill
    closed_outline: str
    closed_text: str
    closed_note: str  # "Closed now. Opens ..."
    primary: str  # Take a ticket, Check in, Send
    primary_text: str
    primary_pressed: str
    primary_off: str  # a primary button not yet to be used
    primary_off_text: str
    secondary_pressed: str
    bar: str  # the accessibility bar
    bar_on: str  # a mode of the bar that is on
    bar_on_text: str
    focus: str  # the fill of what has keyboard focus
    focus_ring: str  # its border


NORMAL = KioskPalette(
    window="#eef2f6",
    text="#102a43",
    muted="#334e68",
    accent="#0b5394",
    error="#a61b1b",
    error_background="#fde8e8",
    choice="#ffffff",
    choice_pressed="#d9ecff",
    chosen="#d9ecff",
    outline="#486581",
    subtitle="#3e5670",
    closed="#e4e9ef",
    closed_outline="#627d98",
    closed_text="#3e5670",
    closed_note="#8a2c0d",
    primary="#0b5394",
    primary_text="#ffffff",
    primary_pressed="#083d6e",
    primary_off="#d9e2ec",
    primary_off_text="#334e68",
    secondary_pressed="#d9e2ec",
    bar="#dde5ed",
    bar_on="#102a43",
    bar_on_text="#ffffff",
    focus="#ffdd00",
    focus_ring="#0b0c0c",
)

HIGH_CONTRAST = KioskPalette(
    window="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    error="#ff9e9e",
    error_background="#000000",
    choice="#000000",
    choice_pressed="#262626",
    chosen="#000000",
    outline="#ffffff",
    subtitle="#ffffff",
    closed="#000000",
    closed_outline="#ffffff",
    closed_text="#ffffff",
    closed_note="#ffff00",
    primary="#ffff00",
    primary_text="#000000",
    primary_pressed="#e6e600",
    primary_off="#000000",
    primary_off_text="#ffffff",
    secondary_pressed="#262626",
    bar="#000000",
    bar_on="#ffff00",
    bar_on_text="#000000",
    focus="#00008b",
    focus_ring="#00ffff",
)


@dataclass(frozen=True)
class ColourPair:
    """A colour drawn on another: text on its background, or a control's outline on
    what surrounds it. ``minimum`` is the contrast ratio it must reach."""

    what: str
    foreground: str
    background: str
    minimum: float


@dataclass(frozen=True)
class KioskLook:
    """The visitor's choice of look for this visit."""

    high_contrast: bool = False
    large_text: bool = False
    focus_ring: bool = False

    @property
    def palette(self) -> KioskPalette:
        return HIGH_CONTRAST if self.high_contrast else NORMAL


def colour_pairs(palette: KioskPalette) -> list[ColourPair]:
    """Every text and outline colour of the style sheet with each background it meets."""
    p = palette
    strict = palette is HIGH_CONTRAST
    text = HIGH_CONTRAST_MINIMUM if strict else NORMAL_TEXT_MINIMUM
    outline = HIGH_CONTRAST_MINIMUM if strict else OUTLINE_MINIMUM
    pairs: list[ColourPair] = []

    def add(what: str, foreground: str, background: str, minimum: float = text) -> None:
        pairs.append(ColourPair(what, foreground, background, minimum))

    for what, colour in (
        ("heading", p.text),
        ("hint", p.muted),
        ("desk welcome", p.accent),
        ("status", p.text),
        ("error", p.error),
        ("ticket number", p.accent),
        ("secondary button", p.text),
    ):
        add(what, colour, p.window)
    add("pressed secondary button", p.text, p.secondary_pressed)
    # Choice buttons and keys: their titles and second lines on each fill they take.
    for state, fill in (
        ("", p.choice),
        ("pressed ", p.choice_pressed),
        ("chosen ", p.chosen),
        ("focused ", p.focus),
    ):
        add(f"{state}choice title", p.text, fill)
        add(f"{state}choice subtitle", p.subtitle, fill)
        add(f"{state}closed-now note", p.closed_note, fill)
    add("closed service title", p.closed_text, p.closed)
    add("closed service note", p.closed_note, p.closed)
    add("printing problem", p.error, p.error_background)
    add("primary button", p.primary_text, p.primary)
    add("pressed primary button", p.primary_text, p.primary_pressed)
    add("primary button not yet usable", p.primary_off_text, p.primary_off)
    add("focused primary button", p.text, p.focus)
    add("accessibility bar", p.text, p.bar)
    add("accessibility mode on", p.bar_on_text, p.bar_on)
    add("focused accessibility button", p.text, p.focus)
    add("warning", p.text, p.choice)
    # Outlines (WCAG 1.4.11): each control's edge against the page around it.
    add("choice outline", p.outline, p.window, outline)
    add("choice outline on the bar", p.outline, p.bar, outline)
    add("chosen outline", p.accent, p.window, outline)
    add("closed service outline", p.closed_outline, p.window, outline)
    add("primary button edge", p.primary, p.window, outline)
    add("primary button not yet usable, its outline", p.outline, p.window, outline)
    add("focus ring", p.focus_ring, p.window, outline)
    add("focus ring on the bar", p.focus_ring, p.bar, outline)
    add("focus ring against the focused fill", p.focus_ring, p.focus, outline)
    add("bar mode on", p.bar_on, p.bar, outline)
    add("scroll bar handle", p.outline, p.bar, outline)
    return pairs


def kiosk_style(look: KioskLook = KioskLook()) -> str:
    """The kiosk window's style sheet for ``look``."""
    p = look.palette
    large = look.large_text

    def px(role: str) -> str:
        return f"{font_size(role, large=large)}px"

    sheet = f"""
QWidget#kioskWindow, QWidget#kioskWarning {{ background: {p.window}; }}
QLabel {{ color: {p.text}; }}
QLabel#kioskHeading {{ font-size: {px("heading")}; font-weight: 700; }}
QLabel#kioskWelcome {{ font-size: {px("welcome")}; font-weight: 700; }}
QLabel#kioskSite {{ font-size: {px("site")}; color: {p.muted}; }}
QLabel#kioskHint {{ font-size: {px("hint")}; color: {p.muted}; }}
QLabel#kioskStatus {{ font-size: {px("status")}; font-weight: 600; color: {p.error}; }}
QLabel#kioskStatus[tone="info"] {{ color: {p.text}; }}
QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; border: none; }}
QPushButton {{ outline: none; }}
QPushButton[kind="choice"] {{
    background: {p.choice}; color: {p.text}; border: 3px solid {p.outline};
    border-radius: 14px; padding: 10px 20px; text-align: left;
}}
QPushButton[kind="choice"]:pressed {{ background: {p.choice_pressed}; }}
QPushButton[kind="choice"]:checked {{ background: {p.chosen}; border: 6px solid {p.accent}; }}
QPushButton[kind="choice"]:disabled {{
    background: {p.closed}; border: 3px dashed {p.closed_outline};
}}
QPushButton[kind="choice"][textRole="face"] {{ font-size: {px("face")}; font-weight: 600; }}
QPushButton[kind="choice"][textRole="reason"] {{ font-size: {px("reason")}; }}
QLabel#choiceTitle {{ font-size: {px("choice_title")}; font-weight: 600; color: {p.text}; }}
QLabel#choiceSubtitle {{ font-size: {px("choice_subtitle")}; color: {p.subtitle}; }}
QLabel#choiceSubtitle[note="closed"] {{ color: {p.closed_note}; font-weight: 600; }}
QLabel#choiceTitle[closed="true"] {{ color: {p.closed_text}; }}
QLabel#choiceSubtitle[closed="true"] {{ color: {p.closed_note}; font-weight: 600; }}
QLabel#kioskLobbyWelcome {{ font-size: {px("lobby_welcome")}; color: {p.text}; }}
QLabel#kioskNeedWelcome {{ font-size: {px("need_welcome")}; font-weight: 600; color: {p.accent}; }}
QPushButton[kind="primary"] {{
    background: {p.primary}; color: {p.primary_text}; font-size: {px("primary")};
    font-weight: 700; border: 3px solid {p.primary}; border-radius: 14px; padding: 0 40px;
}}
QPushButton[kind="primary"]:pressed {{
    background: {p.primary_pressed}; border-color: {p.primary_pressed};
}}
QPushButton[kind="primary"]:disabled {{
    background: {p.primary_off}; color: {p.primary_off_text};
    border: 3px dashed {p.outline};
}}
QPushButton[kind="secondary"] {{
    background: transparent; color: {p.text}; font-size: {px("secondary")}; font-weight: 600;
    border: 3px solid {p.outline}; border-radius: 14px; padding: 0 32px;
}}
QPushButton[kind="secondary"]:pressed {{ background: {p.secondary_pressed}; }}
QPushButton[kind="key"] {{
    background: {p.choice}; color: {p.text}; font-size: {px("key")}; font-weight: 700;
    border: 3px solid {p.outline}; border-radius: 12px; padding: 4px 8px;
}}
QPushButton[kind="key"]:pressed {{ background: {p.choice_pressed}; }}
QLabel#bookingCode {{
    background: {p.choice}; color: {p.text}; border: 3px solid {p.accent}; border-radius: 12px;
    font-family: "DejaVu Sans Mono", monospace; font-size: {px("booking_code")};
    font-weight: 700; padding: 6px 24px;
}}
QLabel#ticketIntro {{ font-size: {px("ticket_intro")}; font-weight: 600; }}
QLabel#ticketNumber {{ font-size: {px("ticket_number")}; font-weight: 800; color: {p.accent}; }}
QLabel#ticketServices {{ font-size: {px("ticket_services")}; }}
QLabel#ticketWait {{ font-size: {px("ticket_wait")}; font-weight: 600; }}
QLabel#ticketHint {{ font-size: {px("ticket_hint")}; color: {p.muted}; }}
QLabel#printProblem {{
    font-size: {px("print_problem")}; font-weight: 700; color: {p.error};
    background: {p.error_background}; border: 3px solid {p.error}; border-radius: 12px;
    padding: 12px 20px;
}}
QScrollBar:vertical {{
    background: {p.bar}; width: 18px; margin: 0; border: none; border-radius: 9px;
}}
QScrollBar::handle:vertical {{ background: {p.outline}; min-height: 56px; border-radius: 9px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
QWidget#accessBar {{ background: {p.bar}; border-top: 2px solid {p.outline}; }}
QPushButton[kind="access"] {{
    background: transparent; color: {p.text}; font-size: {px("access")}; font-weight: 600;
    border: 3px solid {p.outline}; border-radius: 12px; padding: 4px 10px;
}}
QPushButton[kind="access"]:pressed {{ background: {p.secondary_pressed}; }}
QPushButton[kind="access"]:checked {{
    background: {p.bar_on}; color: {p.bar_on_text}; border: 3px solid {p.bar_on};
}}
QFrame#warningCard {{
    background: {p.choice}; border: 6px solid {p.accent}; border-radius: 18px;
}}
QLabel#warningTitle {{ font-size: {px("warning_title")}; font-weight: 700; }}
QLabel#warningText {{ font-size: {px("warning_text")}; }}
"""
    if look.focus_ring:
        # Last, so that it wins over :checked and :pressed of the same weight.
        sheet += f"""
QPushButton[kind="choice"]:focus, QPushButton[kind="key"]:focus,
QPushButton[kind="secondary"]:focus, QPushButton[kind="access"]:focus {{
    background: {p.focus}; color: {p.text}; border: 7px solid {p.focus_ring};
}}
QPushButton[kind="primary"]:focus {{
    background: {p.focus}; color: {p.text}; border: 7px solid {p.focus_ring};
}}
"""
    return sheet


def palette_colours(palette: KioskPalette) -> set[str]:
    """Every colour of ``palette`` (the test checks the sheet uses no other)."""
    return {str(getattr(palette, field.name)).lower() for field in fields(palette)}
