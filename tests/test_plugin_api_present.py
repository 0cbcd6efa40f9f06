"""console.plugin_api.present: the presenting helpers every bundled plugin had a copy of."""

from __future__ import annotations

import datetime
import doctest

import console.plugin_api as api
from console.plugin_api import (
    API_VERSION,
    PluginError,
    VisitorKeys,
    clip,
    date_of,
    fill,
    present,
    problem_for,
    text_of,
)
from console.plugin_api.view import LIMITS, Problem


def test_the_minor_version_counts_the_addition() -> None:
    assert API_VERSION >= (2, 1)
    for name in ("VisitorKeys", "clip", "date_of", "fill", "problem_for", "text_of"):
        assert name in api.__all__


def test_the_examples_in_the_docstrings_hold() -> None:
    failed, tried = doctest.testmod(present)
    assert tried >= 6
    assert failed == 0


def test_clip_keeps_short_text_and_ends_long_text_in_an_ellipsis() -> None:
    assert clip("abc", 3) == "abc"
    assert clip("abcd", 3) == "ab…"
    assert len(clip("x" * 600, 500)) == 500


def test_text_of_strips_and_clips_only_when_asked() -> None:
    assert text_of(None) == ""
    assert text_of("  a b  ") == "a b"
    assert text_of(3.5) == "3.5"
    assert text_of("x" * 600) == "x" * 600
    assert text_of("x" * 600, most=500) == "x" * 499 + "…"


def test_date_of_shows_iso_dates_the_finnish_way_and_the_rest_as_text() -> None:
    assert date_of("2025-03-01") == "01.03.2025"
    assert date_of(" 2025-03-01 ") == "01.03.2025"
    assert date_of(datetime.date(2025, 3, 1)) == "01.03.2025"
    assert date_of(None) == ""
    assert date_of(" next week ") == "next week"
    assert date_of("y" * 600, most=500) == "y" * 499 + "…"


def test_fill_replaces_in_one_pass() -> None:
    assert fill("%1 of %2", "%2", "3") == "%2 of 3"
    assert fill("%1 and %3", "a") == "a and %3"


def test_problem_for_keeps_message_and_details_within_the_view_bounds() -> None:
    assert problem_for(PluginError("Down", "HTTP 503")) == Problem("Down", "HTTP 503")
    long = problem_for(PluginError("m" * 5000, "d" * 5000))
    assert len(long.message) == len(long.details) == LIMITS["text"]


def test_visitor_keys_are_stable_per_object_and_say_nothing_of_who() -> None:
    keys = VisitorKeys()
    code = "010170-123F"
    assert keys.key(code) == keys.key(code)
    assert keys.key(code) != VisitorKeys().key(code)
    assert keys.key("Matti", "1970-01-01") != keys.key("Matti", "1970-01-02")
    assert code not in keys.key(code)
    assert len(keys.key(code)) == 64
