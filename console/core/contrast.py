"""Contrast between two colours as WCAG 2.1 defines it (success criteria 1.4.3 and 1.4.6).

The kiosk, the lobby display and the console check their themes with this: text
needs 4.5:1 against its background (7:1 in the high-contrast themes), large text
and the outlines of controls 3:1.
"""

from __future__ import annotations

import re

AA_TEXT = 4.5
AA_LARGE_TEXT = 3.0
AAA_TEXT = 7.0

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})$")


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` (with or without ``#``) as three 0-255 values; ValueError otherwise."""
    match = _HEX.match(colour.strip())
    if match is None:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = match.group(1)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    r, g, b = rgb(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """From 1.0 (the same colour) to 21.0 (black on white)."""
    a = relative_luminance(foreground)
    b = relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
