"""Finding and masking Finnish identity codes in any text, however it is spelled.

The one implementation behind ``console.core.identity.mask_identity_codes`` (which
everything in the console calls), ``console.plugin_api.mask_identity_codes`` (which
plugins call) and the sandbox's request log. It lives outside the layers because the
plugin API may import nothing of the console's core, and the core must not load the
plugin API (it brings Qt); so it imports nothing but the standard library, which an
import-linter contract keeps so.

A code is found in a *view* of the text that undoes the ways a code hides from a
plain pattern: each character NFKC-normalised on its own (fullwidth digits and
letters become ASCII), every dash (Word's en dash, the minus sign, the non-breaking
hyphen, small and fullwidth hyphen-minus) read as ``-``, every space as a space, and
zero-width and other invisible characters (soft hyphen, joiners, direction marks)
left out. Each character of the view remembers which character of the text it came
from, so only the code's own span of the original is replaced and the rest of the
text keeps its typography.

What counts as a code is deliberately loose: six digits, a century sign (``+ -``,
``A-F``, ``U-Y``, either case) with optional spaces around it, three digits and a
check character, wherever it stands (glued to letters, to a date, inside a word).
No check of the date or the check character: masking a phone number that merely
looks like a code costs nothing, a code left in clear is a leak. Written without its
sign (``131052 308T``, ``131052308T``, as a search query split at the hyphen has it),
a code is masked when its check character is right and it stands apart from other
digits, which keeps ordinary long numbers readable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

# The dash and minus characters NFKC leaves alone; every other character of the
# Unicode category Pd (dash punctuation) is read as a dash too.
_DASHES = frozenset(
    "\u2010\u2011\u2012\u2013\u2014\u2015"  # hyphen, non-breaking hyphen, figure dash, en, em, bar
    "\u2212\u2796\u02d7"  # minus sign, heavy minus, modifier minus
    "\ufe58\ufe63\uff0d"  # small em dash, small hyphen-minus, fullwidth hyphen-minus
    "\u2043\u00ad"  # hyphen bullet; the soft hyphen is dropped below, listed for clarity
)
_SOFT_HYPHEN = "\u00ad"

# In the view: six digits, the sign, three digits, the check character.
_SIGNED = re.compile(
    r"(?P<date>[0-9]{6}) *(?P<sign>[-+A-FU-Ya-fu-y]) *(?P<serial>[0-9]{3})(?P<check>[0-9A-Za-z])"
)
# Without a sign: only with a right check character and not inside a longer number.
_UNSIGNED = re.compile(
    r"(?<![0-9])(?P<date>[0-9]{6}) ?(?P<serial>[0-9]{3})(?P<check>[0-9A-Za-z])(?![0-9])"
)


def _view_of(character: str) -> str:
    """What ``character`` reads as when looking for codes ('' for an invisible one)."""
    if character.isascii():
        return " " if character.isspace() else character
    if character == _SOFT_HYPHEN:
        return ""
    out = []
    for part in unicodedata.normalize("NFKC", character):
        category = unicodedata.category(part)
        if part in _DASHES or category == "Pd":
            out.append("-")
        elif part.isspace() or category == "Zs":
            out.append(" ")
        elif category in ("Cf", "Mn", "Me"):
            # Zero-width spaces and joiners, direction marks, the BOM, combining marks:
            # invisible or decoration, never part of what a reader takes for the code.
            continue
        elif part.isdecimal():
            out.append(str(unicodedata.decimal(part)))  # Arabic-Indic and other digits
        else:
            out.append(part)
    return "".join(out)


@dataclass(frozen=True)
class CodeMatch:
    """Something shaped like an identity code: where it is in the original text.

    ``compact`` is the code as ASCII, upper case, without spaces (the sign as found,
    or none); ``valid`` says whether its check character is right for its digits.
    """

    start: int
    end: int
    compact: str
    valid: bool

    @property
    def masked(self) -> str:
        return self.compact[:6] + "-****"

    def __repr__(self) -> str:  # never the code itself, it would land in a traceback
        return f"CodeMatch({self.start}, {self.end}, {self.masked!r}, valid={self.valid})"


# What repr() and ASCII-only JSON will not show as it is comes out as an escape: a
# no-break space in a logged repr() is '\xa0', a fullwidth digit in JSON '\uff11'. A
# reader still reads the code through them, so the view reads them as the character.
_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def normalised_view(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` as codes are looked for in it, and for each character of that view the
    span (start, end) of the original characters it came from."""
    if text.isascii() and "\\" not in text:
        return text.translate(_ASCII_SPACES), list(range(len(text))), list(range(1, len(text) + 1))
    view: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    while index < len(text):
        character, end = text[index], index + 1
        if character == "\\":
            escape = _ESCAPE.match(text, index)
            if escape is not None:
                code_point = int(escape.group(escape.lastindex or 1), 16)
                if code_point <= 0x10FFFF:
                    character, end = chr(code_point), escape.end()
        seen = _view_of(character)
        view.append(seen)
        starts.extend([index] * len(seen))
        ends.extend([end] * len(seen))
        index = end
    return "".join(view), starts, ends


_ASCII_SPACES = str.maketrans("\t\n\r\v\f\x1c\x1d\x1e\x1f", " " * 9)


def check_character_fits(digits9: str, check: str) -> bool:
    """Whether ``check`` is the check character of a code with these nine digits."""
    return CHECK_CHARACTERS[int(digits9) % 31] == check.upper()


def _protected_spans(view: str) -> list[tuple[int, int]]:
    """Where in the view codes are not looked for: UUIDs and long hexadecimal runs.

    A note's client id (a UUID) and a keyed hash are hexadecimal, and a code shape
    glued into them by chance (``…8e123456-7890-4…``) is no code: masking it would
    break the id the outbox deduplicates by.
    """
    return [match.span() for match in _HEX_TOKEN.finditer(view)]


_HEX_TOKEN = re.compile(
    r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
    r"|[0-9A-Fa-f]{32,}"
)
# Every candidate, overlapping ones too (a lookahead matches at each position).
_CANDIDATES = re.compile(
    "(?=(?P<signed>{})|{})".format(
        *(re.sub(r"\(\?P<\w+>", "(?:", shape.pattern) for shape in (_SIGNED, _UNSIGNED))
    )
)


def find_identity_codes(text: str) -> Iterator[CodeMatch]:
    """Every code-shaped span of ``text``, in order, however the code is spelled.

    Overlapping shapes (``010190-010190-123M``) make one span: masking only the first
    would leave the second readable beside the mask.
    """
    view, starts, ends = normalised_view(text)
    protected: list[tuple[int, int]] | None = None
    current: tuple[int, int, str, bool] | None = None  # view start, view end, compact, valid
    for candidate in _CANDIDATES.finditer(view):
        start = candidate.start()
        shape = _SIGNED if candidate["signed"] is not None else _UNSIGNED
        match = shape.match(view, start)
        assert match is not None
        digits = match["date"] + match["serial"]
        valid = check_character_fits(digits, match["check"])
        if shape is _UNSIGNED and not valid:
            continue
        end = match.end()
        if protected is None:
            protected = _protected_spans(view)
        if any(low <= start and end <= high for low, high in protected):
            continue
        if current is not None and start < current[1]:
            current = (current[0], max(current[1], end), current[2], current[3] or valid)
            continue
        if current is not None:
            yield CodeMatch(starts[current[0]], ends[current[1] - 1], *current[2:])
        sign = match["sign"] if shape is _SIGNED else ""
        compact = (match["date"] + sign + match["serial"] + match["check"]).upper()
        current = (start, end, compact, valid)
    if current is not None:
        yield CodeMatch(starts[current[0]], ends[current[1] - 1], *current[2:])


def mask_identity_codes(text: str) -> str:
    """``text`` with everything shaped like a Finnish identity code masked (``010190-****``).

    Only the code's own characters change; the rest of the text is left exactly as
    it was. The result holds nothing shaped like a code (masking it again changes
    nothing).
    """
    # Masking can, in contrived text, bring digits together into a new code shape
    # (the mask keeps the six birth-date digits): repeat until nothing is found. Every
    # round removes four letters or digits per code, so it ends.
    while True:
        codes = list(find_identity_codes(text))
        if not codes:
            return text
        parts = []
        position = 0
        for code in codes:
            parts.append(text[position : code.start])
            parts.append(code.masked)
            position = code.end
        parts.append(text[position:])
        text = "".join(parts)
