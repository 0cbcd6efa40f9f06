"""Finding a service or a life event from a few typed letters, in any of the desk's
languages (the lobby guide's search).

A guide hears "I'm moving here" in Swedish and types "flytt"; a visitor says
"verokortti" and the guide types "kortti"; an English speaker asks about "housing".
Every word typed must be found in the same service or life event: at the start of a
word of one of its names (fi, sv, en), of its agency's names, or its ticket prefix; a
word of three letters or more may also sit inside a word (Finnish compounds: "kortti"
in "verokortti"). Letters are compared without case and without accents, so a keyboard
without ö still finds "perintö" by "perinto".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum

from console.core.records import AgencyInfo, LifeEventInfo, Names, ServiceInfo

LANGUAGES = ("fi", "sv", "en")
# Below this many letters, a word must start a word of the name: "ve" finding every
# "-ve-" in the middle of a word would bury what the guide looks for.
INSIDE_A_WORD_FROM = 3


class Fit(IntEnum):
    """How well one typed word fits a name; higher is better."""

    INSIDE = 1  # inside a word of the name
    AGENCY = 2  # the agency's name: every service of the agency fits, below its own words
    WORD = 3  # at the start of a word of the name
    PREFIX = 4  # the ticket prefix itself


@dataclass(frozen=True)
class Found:
    """One service or life event that fits what was typed."""

    service: ServiceInfo | None
    life_event: LifeEventInfo | None
    # The language whose name fitted best ("fi", "sv", "en"); the guide sees that name
    # beside the one in their own language when they differ.
    language: str
    score: int

    @property
    def names(self) -> Names:
        item = self.service or self.life_event
        assert item is not None
        return item.names


def fold(text: str) -> str:
    """``text`` for comparing: no case, no accents, compatibility forms unified (a
    fullwidth letter is a letter)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    folded = fold(text)
    cleaned = "".join(c if c.isalnum() else " " for c in folded)
    return cleaned.split()


def _fit(word: str, name_words: Sequence[str]) -> Fit | None:
    best: Fit | None = None
    for candidate in name_words:
        if candidate.startswith(word):
            return Fit.WORD
        if len(word) >= INSIDE_A_WORD_FROM and word in candidate:
            best = Fit.INSIDE
    return best


def _names_words(names: Names) -> dict[str, list[str]]:
    return {language: _words(names.get(language)) for language in LANGUAGES}


def _score(
    typed: Sequence[str],
    own: dict[str, list[str]],
    agency: dict[str, list[str]],
    prefix: str,
    language: str,
) -> tuple[int, str] | None:
    """The score of one item for ``typed`` words, and the language that fitted best;
    None when a typed word fits nowhere."""
    total = 0
    fitted: dict[str, int] = dict.fromkeys(LANGUAGES, 0)
    for word in typed:
        best = 0
        if prefix and word == prefix:
            best = Fit.PREFIX
        for name_language in LANGUAGES:
            fit = _fit(word, own[name_language])
            if fit is not None:
                fitted[name_language] += int(fit)
                best = max(best, int(fit))
        if not best and any(
            _fit(word, agency.get(name_language, [])) is Fit.WORD for name_language in LANGUAGES
        ):
            best = Fit.AGENCY
        if not best:
            return None
        total += best
    # The guide's own language first when it fits as well as another one.
    order = sorted(LANGUAGES, key=lambda lang: (-fitted[lang], lang != language))
    return total, order[0]


def find(
    text: str,
    services: Iterable[ServiceInfo],
    life_events: Iterable[LifeEventInfo],
    agencies: Iterable[AgencyInfo] = (),
    *,
    language: str = "fi",
    limit: int = 30,
) -> list[Found]:
    """Services and life events that fit ``text``, best first (life events before
    services when they fit as well: one ticket for the whole event). Empty text finds
    everything, life events first, then the services by ticket prefix."""
    typed = _words(text)
    agency_words = {agency.code: _merged(agency.names, agency.short_names) for agency in agencies}
    found: list[tuple[tuple[int, int, str], Found]] = []
    for event in life_events:
        own = _names_words(event.names)
        scored = _score(typed, own, {}, "", language) if typed else (0, language)
        if scored is not None:
            score, fitted = scored
            found.append(
                ((-score, 0, fold(event.names.get(language))), Found(None, event, fitted, score))
            )
    for service in services:
        own = _names_words(service.names)
        agency = agency_words.get(service.agency_code, {})
        scored = (
            _score(typed, own, agency, fold(service.prefix), language) if typed else (0, language)
        )
        if scored is not None:
            score, fitted = scored
            found.append(((-score, 1, fold(service.prefix)), Found(service, None, fitted, score)))
    found.sort(key=lambda pair: pair[0])
    return [item for _key, item in found[:limit]]


def _merged(names: Names, short: Names) -> dict[str, list[str]]:
    return {
        language: _words(names.get(language)) + _words(short.get(language))
        for language in LANGUAGES
    }
