"""The lobby display's colours are readable: WCAG 2.1 AA contrast for every text.

The display is dark: every text colour its stylesheet names must read on every
background it names (a conservative check: no pairing is assumed), except the
fresh call, which turns yellow with dark text and is checked as its own pair.
"""

from __future__ import annotations

import re

from console.core.contrast import AA_TEXT, contrast_ratio
from console.ui.display.parts import display_style

_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_PROPERTY = re.compile(
    r"(?<![\w-])(color|background|alternate-background-color|"
    r"selection-color|selection-background-color)\s*:\s*(#[0-9a-fA-F]{6})"
)
TEXT = {"color", "selection-color"}


def colours(css: str, fresh: bool) -> tuple[set[str], set[str]]:
    texts: set[str] = set()
    backgrounds: set[str] = set()
    for selector, body in _BLOCK.findall(css):
        if ('[fresh="true"]' in selector) != fresh:
            continue
        for name, value in _PROPERTY.findall(body):
            (texts if name in TEXT else backgrounds).add(value.lower())
    return texts, backgrounds


def test_every_text_on_the_display_reads_on_every_background_at_4_5_to_1() -> None:
    texts, backgrounds = colours(display_style(1.0), fresh=False)
    assert len(texts) >= 4, texts
    assert len(backgrounds) >= 4, backgrounds
    weak = [
        (text, background, round(contrast_ratio(text, background), 2))
        for text in texts
        for background in backgrounds
        if contrast_ratio(text, background) < AA_TEXT
    ]
    assert weak == []


def test_a_fresh_call_is_dark_on_yellow_at_7_to_1() -> None:
    texts, backgrounds = colours(display_style(1.0), fresh=True)
    assert texts == {"#111418"}
    assert backgrounds == {"#ffd33d"}
    assert contrast_ratio("#111418", "#ffd33d") >= 7.0


def test_the_check_would_catch_grey_on_dark() -> None:
    css = display_style(1.0) + "QLabel#x { color: #444c56; }"
    texts, backgrounds = colours(css, fresh=False)
    assert min(contrast_ratio("#444c56", b) for b in backgrounds) < AA_TEXT
    assert "#444c56" in texts
