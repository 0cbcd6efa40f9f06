"""Erlang C staffing and the seasonal arrivals forecast (console/core/staffing.py)."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.core.staffing import (
    erlang_c,
    forecast_error,
    seasonal_forecast,
    slots_of,
    staff_needed,
    staffing,
)


def erlang_c_by_hand(load: Fraction, staff: int) -> Fraction:
    """The textbook formula with factorials, exactly:
    C = (A^N/N! · N/(N-A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N-A))."""
    top = load**staff / math.factorial(staff) * Fraction(staff) / (staff - load)
    below = sum(load**k / math.factorial(k) for k in range(staff))
    return top / (below + top)


@pytest.mark.parametrize(
    ("load", "staff"),
    [(Fraction(1, 2), 1), (Fraction(3), 4), (Fraction(10), 11), (Fraction(10), 14),
     (Fraction(47, 3), 20), (Fraction(80), 95)],
)  # fmt: skip
def test_erlang_c_is_the_textbook_formula(load: Fraction, staff: int) -> None:
    assert erlang_c(float(load), staff) == pytest.approx(float(erlang_c_by_hand(load, staff)))


def test_a_known_call_centre_example() -> None:
    """200 visitors an hour of 3 minutes each is 10 erlangs. 11 counters: 68.2 % wait;
    14 counters: 17.4 % wait, and 88.8 % are served within 20 seconds."""
    assert erlang_c(10, 11) == pytest.approx(0.6821, abs=1e-4)
    figures = staffing(200, 3, 14, target_wait_minutes=20 / 60)
    assert figures.load == 10
    assert figures.chance_of_waiting == pytest.approx(0.1741, abs=1e-4)
    # 1 - C · e^(-(N-A)·t/AHT) and C · AHT / (N-A), by hand:
    assert figures.share_within_target == pytest.approx(
        1 - 0.174132 * math.exp(-4 * 20 / 180), abs=1e-5
    )
    assert figures.mean_wait_minutes == pytest.approx(0.174132 * 3 / 4, abs=1e-5)
    assert figures.occupancy == pytest.approx(10 / 14)


def test_the_fewest_staff_who_meet_the_target() -> None:
    needed = staff_needed(200, 3, target_wait_minutes=20 / 60, share_within_target=0.8)
    assert needed.share_within_target >= 0.8
    fewer = staffing(200, 3, needed.staff - 1, target_wait_minutes=20 / 60)
    assert fewer.share_within_target < 0.8
    assert needed.staff == 14


def test_too_few_staff_never_catch_up() -> None:
    figures = staffing(60, 10, 10, target_wait_minutes=15)  # 10 erlangs, 10 counters
    assert figures.chance_of_waiting == 1.0
    assert figures.mean_wait_minutes == math.inf
    assert figures.share_within_target == 0.0


def test_nobody_arriving_needs_nobody() -> None:
    assert staff_needed(0, 12, target_wait_minutes=15).staff == 0
    assert staffing(0, 12, 2, target_wait_minutes=15).share_within_target == 1.0


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ((-1, 5, 15), "arrivals per hour"),
        ((10, float("nan"), 15), "service minutes"),
        ((10, 5, float("inf")), "target wait minutes"),
    ],
)
def test_bad_figures_are_named(arguments: tuple[float, float, float], named: str) -> None:
    with pytest.raises(ValueError, match=named):
        staff_needed(*arguments)


def test_a_share_outside_zero_and_one_is_refused() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        staff_needed(10, 5, 15, share_within_target=1.0)


def test_a_load_no_desk_could_staff_is_refused() -> None:
    with pytest.raises(ValueError, match="more than 500 counters"):
        staff_needed(100_000, 60, 1)


@given(
    arrivals=st.floats(min_value=0.5, max_value=400),
    minutes=st.floats(min_value=1, max_value=60),
    target=st.floats(min_value=0, max_value=60),
    extra=st.integers(min_value=0, max_value=30),
)
def test_more_staff_never_make_it_worse(
    arrivals: float, minutes: float, target: float, extra: int
) -> None:
    load = arrivals * minutes / 60
    staff = math.floor(load) + 1 + extra
    now = staffing(arrivals, minutes, staff, target)
    more = staffing(arrivals, minutes, staff + 1, target)
    assert 0 <= more.chance_of_waiting <= now.chance_of_waiting <= 1
    assert more.share_within_target >= now.share_within_target - 1e-12
    assert more.mean_wait_minutes <= now.mean_wait_minutes


def test_the_forecast_is_the_mean_of_the_last_weeks() -> None:
    monday_nine, monday_ten, friday_fifteen = (0, 9), (0, 10), (4, 15)
    history = slots_of(
        [
            (monday_nine, 30), (monday_ten, 12), (friday_fifteen, 4),
            (monday_nine, 34), (monday_ten, 14),
            (monday_nine, 40), (monday_ten, 13), (friday_fifteen, 8),
        ]
    )  # fmt: skip
    forecast = seasonal_forecast(history, weeks=2)
    assert forecast == {monday_nine: 37.0, monday_ten: 13.5, friday_fifteen: 6.0}
    assert seasonal_forecast(history, weeks=6)[monday_nine] == pytest.approx(104 / 3)


def test_the_forecast_error_weighs_busy_hours() -> None:
    forecast = {(0, 9): 37.0, (0, 10): 13.5, (1, 9): 5.0}
    actual = {(0, 9): 41, (0, 10): 12}  # nobody counted on Tuesday yet
    error = forecast_error(forecast, actual)
    assert error.slots == 2
    assert error.mean_absolute == pytest.approx((4 + 1.5) / 2)
    assert error.weighted_percentage == pytest.approx(100 * 5.5 / 53)
    assert forecast_error(forecast, {}).weighted_percentage is None
