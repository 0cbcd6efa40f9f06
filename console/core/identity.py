"""Finnish personal identity codes (henkilötunnus), kept private by design.

A clear identity code lives only inside :class:`IdentityCode`, whose
``repr`` and ``str`` show the masked form, so a code cannot reach a log or a
traceback by accident; ``IdentityCode.compact`` is the one way to the clear
code. The database never sees it either: it stores :func:`identity_hash`, an
HMAC under the desk's identity key (``console.site_secret``).

:func:`mask_identity_codes` is the one mask every text entering Tiski passes
through (notes, names, search queries, templates, the journal, the log); it is
:mod:`console.identity_mask`'s, shared with the plugin API, which may not import
the core. It serves the log formatter and is loaded at start-up, which is why
python-stdnum is imported only when a code is actually checked.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

# Re-exported: the core's callers mask through here, the plugin API through its own.
from console.identity_mask import CHECK_CHARACTERS as CHECK_CHARACTERS
from console.identity_mask import CodeMatch as CodeMatch
from console.identity_mask import find_identity_codes as find_identity_codes
from console.identity_mask import mask_identity_codes as mask_identity_codes

# Since 2023 each century has several signs: the new ones were added because
# the individual numbers of popular birth dates ran out, so 010199-123X and
# 010199Y123X belong to two different people and are hashed apart.
CENTURY_OF_SIGN: dict[str, int] = {
    "+": 1800,
    **dict.fromkeys("-YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}

# Looser than a valid code on purpose (any day and month digits, any letter
# as the check character) so that a near miss gets the message that names
# the wrong part instead of "not shaped like a code".
_PARTS = re.compile(
    r"(?P<day>\d\d)(?P<month>\d\d)(?P<year>\d\d)(?P<sign>[-+A-FU-Y])"
    r"(?P<serial>\d{3})(?P<check>[0-9A-Z])",
    re.ASCII,  # int() would take other scripts' digits too
)

NAME_MAX_LENGTH = 200
EARLIEST_BIRTH_DATE = datetime.date(1900, 1, 1)


def _finnish_date(day: int, month: int, year: int) -> str:
    return f"{day:02d}.{month:02d}.{year}"


def _shown_date(date: datetime.date) -> str:
    return _finnish_date(date.day, date.month, date.year)


@dataclass(frozen=True, slots=True, repr=False)
class IdentityCode:
    """A valid identity code. Make one with :func:`parse_identity_code`.

    ``compact`` is the clear code, normalised (upper case, no surrounding
    space). Everything else about the object shows only :attr:`masked`.
    """

    compact: str

    def __post_init__(self) -> None:
        from stdnum.fi import hetu

        if hetu.compact(self.compact) != self.compact or not hetu.is_valid(self.compact):
            # Never the code itself in the error: it would land in a traceback.
            raise ValueError("not a valid, compact identity code; use parse_identity_code()")

    @property
    def birth_date(self) -> datetime.date:
        code = self.compact
        century = CENTURY_OF_SIGN[code[6]]
        return datetime.date(century + int(code[4:6]), int(code[2:4]), int(code[0:2]))

    @property
    def masked(self) -> str:
        """The birth date digits only, e.g. ``131052-****``."""
        return self.compact[:6] + "-****"

    def __repr__(self) -> str:
        return f"IdentityCode({self.masked!r})"

    def __str__(self) -> str:
        return self.masked


def _examine(text: str) -> IdentityCode | Message:
    """The code in ``text``, or a message naming the part that is wrong."""
    from stdnum.exceptions import InvalidChecksum, InvalidFormat, ValidationError
    from stdnum.fi import hetu

    stripped = text.strip()
    if not stripped:
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "The identity code is empty. Type it as on the ID card, e.g. 131052-308T.",
            ),
        )
    compact = hetu.compact(stripped)  # also turns a pasted en dash into "-"
    parts = _PARTS.fullmatch(compact)
    if parts is None:
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "This is not shaped like an identity code. Expected DDMMYYCZZZQ, e.g. "
                "131052-308T: the birth date, a century sign (one of + - Y X W V U A B C D E F), "
                "three digits and a check character.",
            ),
        )
    day, month, year = int(parts["day"]), int(parts["month"]), int(parts["year"])
    year += CENTURY_OF_SIGN[parts["sign"]]
    try:
        datetime.date(year, month, day)
    except ValueError:
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "{date} is not a date: the first six digits of the identity code (the birth "
                "date) or its century sign are mistyped. Check them from the ID card.",
            ),
            {"date": _finnish_date(day, month, year)},
        )
    serial = int(parts["serial"])
    if serial < 2:
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "No identity code has {serial} as its three digits after the century sign; "
                "check them from the ID card.",
            ),
            {"serial": parts["serial"]},
        )
    if serial >= 900:
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "This is a temporary identity code (its three digits after the century sign are "
                "900-999), and temporary codes are not accepted. Ask for the permanent identity "
                "code, or give the visitor's name and birth date instead.",
            ),
        )
    try:
        return IdentityCode(hetu.validate(compact))
    except (InvalidChecksum, InvalidFormat):
        # The shape is right apart from, perhaps, a letter that is never a
        # check character (G, I, O, Q, Z): either way the last character.
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP(
                "Identity",
                "The check character (the last one) does not match the rest of the identity "
                "code. Verify the check character from the ID card; if it is right, one of the "
                "digits is mistyped.",
            ),
        )
    except ValidationError:  # pragma: no cover - every stdnum refusal is handled above
        return Message(
            "Identity",
            QT_TRANSLATE_NOOP("Identity", "This is not a valid identity code."),
        )


def parse_identity_code(text: str) -> IdentityCode:
    """The identity code typed in ``text``; lower case and surrounding space are fine.

    Raises :class:`TiskiError` saying which part is wrong and what to do.
    Temporary codes (individual number 900-999) are refused.
    """
    result = _examine(text)
    if isinstance(result, Message):
        raise TiskiError(result)
    return result


def identity_problem(text: str) -> Message | None:
    """What :func:`parse_identity_code` would say about ``text``; None when valid.

    For validation while typing. An empty text is a problem too (the empty
    code message); a form where the code is optional decides itself whether
    to show it.
    """
    result = _examine(text)
    return result if isinstance(result, Message) else None


def identity_hash(code: IdentityCode, secret: bytes) -> str:
    """Hex HMAC-SHA256 of the compact code under the desk's identity key.

    There are only some tens of millions of possible codes, so a hash without
    a secret key could be reversed by trying them all; the key is what keeps
    the stored hashes private.
    """
    if len(secret) < 16:
        raise ValueError("the identity key must be at least 16 bytes")
    return hmac.new(secret, code.compact.encode("ascii"), hashlib.sha256).hexdigest()


def secret_fingerprint(secret: bytes) -> str:
    """A short, non-secret mark of the identity key (16 hex characters).

    The database keeps it so that a console with a different key is noticed
    before its hashes silently fail to match earlier visits.
    """
    return hmac.new(secret, b"tiski identity key check", hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True, repr=False)
class VisitorIdentity:
    """Who a visitor is: an identity code, or a name and birth date without one.

    Make one with :func:`visitor_identity`. With a code, ``birth_date`` is the
    one in the code.
    """

    code: IdentityCode | None
    name: str | None
    birth_date: datetime.date | None

    def __repr__(self) -> str:
        # The name is personal data too; a repr only says whether there is one.
        name = "<given>" if self.name else None
        return f"VisitorIdentity(code={self.code!r}, name={name}, birth_date={self.birth_date!r})"


def _clean_name(name: str) -> str:
    """The name without control characters and with single spaces, NFC-normalised."""
    characters = (
        " " if ch.isspace() else ch
        for ch in unicodedata.normalize("NFC", name)
        if ch.isspace() or unicodedata.category(ch) != "Cc"
    )
    return " ".join("".join(characters).split())


def clean_visitor_name(name: str | None) -> str | None:
    """A visitor's name as it is stored: cleaned, identity codes masked, at most
    :data:`NAME_MAX_LENGTH` characters; None for an empty one.

    For the forms that take a name without checking it (the guide's name box, a
    ticket issued from the command line, an appointment): a code typed into a name
    field is masked like one in a note.
    """
    cleaned = mask_identity_codes(_clean_name(name or ""))
    return cleaned[:NAME_MAX_LENGTH].strip() or None


def clean_free_text(text: str | None, limit: int) -> str | None:
    """Free text other than a note (a case title, a topic, a reason) as it is stored:
    identity codes masked, trimmed, cut to ``limit``; None for an empty one."""
    return mask_identity_codes(text or "").strip()[:limit].strip() or None


def _checked_name(name: str) -> str | None:
    cleaned = mask_identity_codes(_clean_name(name))
    if len(cleaned) > NAME_MAX_LENGTH:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity", "The name is {length} characters long; at most {maximum} fit."
                ),
                {"length": len(cleaned), "maximum": NAME_MAX_LENGTH},
            )
        )
    return cleaned or None


def visitor_identity(
    code_text: str, name: str, birth_date: datetime.date | None, *, today: datetime.date
) -> VisitorIdentity:
    """The visitor's identity from what the form holds.

    A non-empty ``code_text`` wins: the birth date comes from the code (a
    different one given alongside is refused) and the name is optional.
    Without a code, a name and a birth date from 1900 up to ``today`` are
    both needed (visitors without a Finnish code, e.g. foreigners).
    """
    cleaned_name = _checked_name(name)
    if code_text.strip():
        code = parse_identity_code(code_text)
        if code.birth_date > today:
            raise TiskiError(
                Message(
                    "Identity",
                    QT_TRANSLATE_NOOP(
                        "Identity",
                        "The identity code gives a birth date in the future ({date}); check the "
                        "date and the century sign from the ID card.",
                    ),
                    {"date": _shown_date(code.birth_date)},
                )
            )
        if birth_date is not None and birth_date != code.birth_date:
            raise TiskiError(
                Message(
                    "Identity",
                    QT_TRANSLATE_NOOP(
                        "Identity",
                        "The birth date {given} does not match the identity code, which gives "
                        "{date}. Check both from the ID card, or leave the birth date out.",
                    ),
                    {"given": _shown_date(birth_date), "date": _shown_date(code.birth_date)},
                )
            )
        return VisitorIdentity(code=code, name=cleaned_name, birth_date=code.birth_date)
    if cleaned_name is None and birth_date is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "Give the identity code, or the name and birth date of a visitor without one.",
                ),
            )
        )
    if cleaned_name is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "A visitor without an identity code needs a name as well as the birth date.",
                ),
            )
        )
    if birth_date is None:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity",
                    "A visitor without an identity code needs a birth date as well as the name.",
                ),
            )
        )
    if birth_date > today:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP("Identity", "The birth date {date} is in the future."),
                {"date": _shown_date(birth_date)},
            )
        )
    if birth_date < EARLIEST_BIRTH_DATE:
        raise TiskiError(
            Message(
                "Identity",
                QT_TRANSLATE_NOOP(
                    "Identity", "The birth date {date} is before 1900; check the year."
                ),
                {"date": _shown_date(birth_date)},
            )
        )
    return VisitorIdentity(code=None, name=cleaned_name, birth_date=birth_date)
