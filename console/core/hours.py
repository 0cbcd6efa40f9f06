"""Opening hours of the desk and of a service: ``"mon-fri 08:00-16:00"``.

A desk file writes them as a list of entries, each naming days (a day, a run of
days ``mon-fri`` or a list ``mon,wed``) and one or more time ranges
(``"mon-thu 08:00-11:30, 12:00-16:00"``). The database keeps the canonical text,
entries joined with ``"; "``: equal days grouped into runs in week order, so that
the same hours always read the same way (a desk file exported twice is identical).
Times are the desk's local time (Europe/Helsinki).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time

from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError

_CTX = "Hours"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
MAX_TEXT = 300  # the service.hours and site.hours columns


class HoursError(TiskiError):
    """An opening-hours entry that cannot be read."""


def _error(text: str, **params: object) -> HoursError:
    return HoursError(Message(_CTX, text, dict(params)))


@dataclass(frozen=True, order=True)
class Span:
    """Open from ``opens`` until ``closes`` on one day (local time)."""

    opens: time
    closes: time

    def text(self) -> str:
        return f"{self.opens:%H:%M}-{self.closes:%H:%M}"


@dataclass(frozen=True)
class OpeningHours:
    """The spans of each weekday, Monday first; an empty week is "closed"."""

    week: tuple[tuple[Span, ...], ...] = ((),) * 7

    @property
    def closed(self) -> bool:
        return not any(self.week)

    def is_open(self, local: datetime) -> bool:
        """Whether ``local`` (the desk's local time) falls inside a span."""
        moment = local.time()
        return any(span.opens <= moment < span.closes for span in self.week[local.weekday()])

    def entries(self) -> list[str]:
        """The canonical entries: runs of consecutive days with the same spans."""
        out: list[str] = []
        day = 0
        while day < 7:
            spans = self.week[day]
            end = day
            while end + 1 < 7 and self.week[end + 1] == spans:
                end += 1
            if spans:
                days = DAYS[day] if end == day else f"{DAYS[day]}-{DAYS[end]}"
                out.append(f"{days} " + ", ".join(span.text() for span in spans))
            day = end + 1
        return out

    def text(self) -> str:
        """The canonical text stored in the database (``""`` when closed)."""
        return "; ".join(self.entries())


def _time(hour: str, minute: str, entry: str) -> time:
    h, m = int(hour), int(minute)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Hours", "{entry}: {hour}:{minute} is not a time of day; write it as 08:30"
            ),
            entry=entry,
            hour=hour,
            minute=minute,
        )
    return time(h, m)


def _days(words: str, entry: str) -> list[int]:
    days: list[int] = []
    for part in words.split(","):
        part = part.strip().lower()
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Hours",
                    "{entry}: '{days}' is not a day; use mon, tue, wed, thu, fri, sat, sun, "
                    "a run such as mon-fri or a list such as mon,wed",
                ),
                entry=entry,
                days=part,
            )
        start, end = DAYS.index(first), DAYS.index(last or first)
        if end < start:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Hours", "{entry}: the run {days} goes backwards; write the earlier day first"
                ),
                entry=entry,
                days=part,
            )
        days.extend(range(start, end + 1))
    return days


def parse_entry(entry: str) -> tuple[list[int], list[Span]]:
    """The days and spans of one entry; raises :class:`HoursError`."""
    words, _, ranges = entry.strip().partition(" ")
    if not words or not ranges.strip():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Hours",
                '{entry}: write the days, a space and the hours, such as "mon-fri 08:00-16:00"',
            ),
            entry=entry,
        )
    spans: list[Span] = []
    for piece in ranges.split(","):
        found = _RANGE.match(piece.strip())
        if found is None:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Hours", "{entry}: '{hours}' is not a time range; write it as 08:00-16:00"
                ),
                entry=entry,
                hours=piece.strip(),
            )
        span = Span(_time(found[1], found[2], entry), _time(found[3], found[4], entry))
        if span.closes <= span.opens:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Hours", "{entry}: {hours} closes before it opens; a span ends after it starts"
                ),
                entry=entry,
                hours=piece.strip(),
            )
        spans.append(span)
    return _days(words, entry), spans


def parse_hours(entries: list[str] | tuple[str, ...]) -> OpeningHours:
    """Opening hours from desk-file entries; raises :class:`HoursError` naming the entry."""
    week: list[list[Span]] = [[] for _ in DAYS]
    for entry in entries:
        days, spans = parse_entry(entry)
        for day in days:
            for span in spans:
                for other in week[day]:
                    if span.opens < other.closes and other.opens < span.closes:
                        raise _error(
                            QT_TRANSLATE_NOOP(
                                "Hours",
                                "{entry}: {hours} on {day} overlaps {other}; give each day's "
                                "hours once",
                            ),
                            entry=entry,
                            hours=span.text(),
                            day=DAYS[day],
                            other=other.text(),
                        )
                week[day].append(span)
    hours = OpeningHours(tuple(tuple(sorted(spans)) for spans in week))
    if len(hours.text()) > MAX_TEXT:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Hours", "the hours {hours} are longer than {limit} characters; give fewer spans"
            ),
            hours=hours.text(),
            limit=MAX_TEXT,
        )
    return hours


def hours_from_text(text: str | None) -> OpeningHours | None:
    """Stored canonical text back to hours; ``None`` for "not set" (NULL)."""
    if text is None:
        return None
    return parse_hours([entry for entry in text.split(";") if entry.strip()])


@dataclass(frozen=True)
class QuietHours:
    """A span of the desk's local time without voice (``"20:00-07:00"``); may pass midnight."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours | None:
        """``"20:00-07:00"`` -> QuietHours; ``""`` -> None; ValueError when malformed."""
        if not text.strip():
            return None
        match = _RANGE.match(text.strip())  # the opening hours' "08:00-16:00"
        if match is None:
            raise ValueError(text)
        h1, m1, h2, m2 = (int(part) for part in match.groups())
        return cls(time(h1, m1), time(h2, m2))  # time() refuses 25:00 with ValueError

    def contains(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end
