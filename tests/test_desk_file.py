"""The desk file's pure parts: opening hours, the canonical text, its round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.core.desk_file import TemplateSpec, load_desk_file, parse_desk
from console.core.desk_toml import check_desk, dump_desk
from console.core.hours import HoursError, hours_from_text, parse_hours
from console.core.queue import DESK_TIMEZONE, Language

OFFICE = Path(__file__).parent / "data" / "kankaanpaa.toml"


def test_opening_hours_group_days_and_know_when_the_desk_is_open() -> None:
    hours = parse_hours(["tue,thu 12:00-15:00, 09:00-11:30", "mon 09:00-15:00", "wed 09:00-15:00"])

    assert hours.entries() == [
        "mon 09:00-15:00",
        "tue 09:00-11:30, 12:00-15:00",
        "wed 09:00-15:00",
        "thu 09:00-11:30, 12:00-15:00",
    ]
    assert hours_from_text(hours.text()) == hours
    thursday = datetime(2026, 3, 12, tzinfo=DESK_TIMEZONE)
    assert hours.is_open(thursday.replace(hour=9))
    assert not hours.is_open(thursday.replace(hour=11, minute=45))  # lunch
    assert not hours.is_open(thursday.replace(hour=15))  # closes at 15:00
    assert not hours.is_open(thursday.replace(day=14, hour=10))  # Saturday
    assert parse_hours(["mon-fri 08:00-16:00"]).entries() == ["mon-fri 08:00-16:00"]
    assert parse_hours([]).closed


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ("mon-fri", "write the days, a space and the hours"),
        ("maanantai 08:00-16:00", "'maanantai' is not a day"),
        ("fri-mon 08:00-16:00", "the run fri-mon goes backwards"),
        ("mon 8-16", "'8-16' is not a time range"),
        ("mon 25:00-26:00", "25:00 is not a time of day"),
        ("mon 16:00-08:00", "closes before it opens"),
    ],
)
def test_a_faulty_opening_hours_entry_says_what_is_wrong(entry: str, said: str) -> None:
    with pytest.raises(HoursError) as error:
        parse_hours([entry])
    assert said in error.value.message.english()


def test_overlapping_hours_of_a_day_are_refused() -> None:
    with pytest.raises(HoursError, match="on tue overlaps 09:00-12:00"):
        parse_hours(["mon-fri 09:00-12:00", "tue 11:00-13:00"])


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=60,
).filter(lambda text: text.strip() == text and text != "")


@settings(max_examples=60, deadline=None)
@given(title=_TEXT, body=st.text(max_size=200).filter(lambda b: b.strip() != ""), name=_TEXT)
def test_any_text_survives_the_round_trip_through_the_file(
    title: str, body: str, name: str
) -> None:
    """Quotes, backslashes, newlines, control characters, any script: the exported file
    reads back as the same desk."""
    desk = load_desk_file(OFFICE).desk
    template = TemplateSpec("kela-benefits", Language.SV, title, body.replace("\r", ""))
    service = replace(desk.services[0], names=replace(desk.services[0].names, en=name))
    edited = replace(desk, templates=(template,), services=(service, *desk.services[1:]))

    text = dump_desk(edited)

    assert parse_desk(text, "round-trip.toml").desk == edited
    assert dump_desk(parse_desk(text, "x").desk) == text


def test_an_edited_desk_is_checked_as_its_file_would_be() -> None:
    desk = load_desk_file(OFFICE).desk
    clash = replace(desk.services[1], prefix=desk.services[0].prefix)

    problems = check_desk(replace(desk, services=(desk.services[0], clash, desk.services[2])))

    assert [p.english() for p in problems] == ["ticket prefix N is given twice; each needs its own"]
    assert check_desk(desk) == []
