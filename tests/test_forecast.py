"""Next week's staffing from the history: arrivals, Erlang C staff, the staff who served,
and the method's own error on the last full week, worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from console.core.forecast import forecast_staffing, monday_of
from console.core.queue import DESK_TIMEZONE
from console.core.reports import StepRecord
from console.core.staffing import staff_needed

WEEK_OF = date(2026, 11, 30)  # a Monday: the week forecast
FIRST = date(2026, 11, 2)  # four full weeks before it


def _seconds(day: date, hour: int, minute: int = 0) -> float:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=DESK_TIMEZONE).timestamp()


def _step(number: int, day: date, minute: int, staff: str, agency: str = "kela") -> StepRecord:
    arrived = _seconds(day, 9, minute)
    return StepRecord(
        visit_id=number,
        step_id=number,
        service=f"{agency}-general",
        agency=agency,
        target_minutes=20,
        state="done",
        arrived_at=arrived,
        waiting_since=arrived,
        called_at=arrived + 120,
        finished_at=arrived + 120 + 600,  # ten minutes at the counter
        counter="T1",
        staff=staff,
    )


def history() -> list[StepRecord]:
    """Each Monday 9-10 o'clock: six Kela visitors in the first three weeks, nine in the
    fourth, served by two people; and a Monday of the week still going on, left out."""
    records: list[StepRecord] = []
    number = 0
    for week, count in enumerate((6, 6, 6, 9)):
        monday = FIRST + timedelta(weeks=week)
        for index in range(count):
            number += 1
            records.append(_step(number, monday, index * 5, ("aino", "jukka")[index % 2]))
    for index in range(30):  # next week's Monday, partly: not history
        number += 1
        records.append(_step(number, WEEK_OF, index, "aino"))
    return records


def test_the_forecast_is_the_weeks_mean_and_erlang_c_staffs_it() -> None:
    forecast = forecast_staffing(history(), WEEK_OF, weeks=4)
    assert forecast.week_of == WEEK_OF
    monday_nine = forecast.slots[(0, 9)]
    assert monday_nine.arrivals == 6.8  # (6 + 6 + 6 + 9) / 4 = 6.75
    # Ten minutes each, a target of 20 minutes for 80 % of them.
    assert monday_nine.staff_needed == staff_needed(6.75, 10.0, 20.0, 0.8).staff == 2
    assert monday_nine.staff_pooled == 2  # one agency: the same queue
    assert monday_nine.staff_seen == 2.0  # two people served each Monday at nine
    assert set(forecast.slots) == {(0, 9)}
    assert forecast.per_agency == {"kela": {(0, 9): 2}}


def test_the_method_is_checked_on_the_last_full_week() -> None:
    forecast = forecast_staffing(history(), WEEK_OF, weeks=4)
    # Week four forecast from weeks one to three: 6; nine came.
    assert forecast.error.slots == 1
    assert forecast.error.mean_absolute == 3.0
    assert forecast.error.weighted_percentage is not None
    assert round(forecast.error.weighted_percentage, 1) == 33.3


def test_two_agencies_are_staffed_apart_or_pooled() -> None:
    records = history()[:27]  # the four full weeks of Kela
    records += [
        _step(1000 + index, FIRST + timedelta(weeks=week), index * 5, "riikka", "vero")
        for week in range(4)
        for index in range(6)
    ]
    monday_nine = forecast_staffing(records, WEEK_OF, weeks=4).slots[(0, 9)]
    assert monday_nine.arrivals == 12.8  # 6.75 + 6
    assert monday_nine.staff_needed == 4  # two queues of two
    pooled = staff_needed(12.75, 10.0, 20.0, 0.8).staff
    assert monday_nine.staff_pooled == pooled == 3  # one queue pools the spare capacity
    assert monday_nine.staff_seen == 3.0  # aino, jukka and riikka


def test_the_monday_of_any_day() -> None:
    assert monday_of(date(2026, 12, 6)) == date(2026, 11, 30)
    assert monday_of(date(2026, 11, 30)) == date(2026, 11, 30)
