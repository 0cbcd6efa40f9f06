"""Weeks of made-up, finished visits for the demo's reports and floor (Qt- and SQL-free).

Deterministic (a seeded random), so the demo's pictures and figures are the same on
every machine: busier mornings and Mondays, a quarter of visits with two services, a
few no-shows and transfers, service times around each agency's usual.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from console.core.queue import DESK_TIMEZONE

# Arrivals per opening hour (08-16), relative: the lobby fills mid-morning and after lunch.
HOURLY = (0.6, 1.0, 1.4, 1.2, 0.8, 1.2, 1.1, 0.7)
# Mondays bring the weekend's matters; Fridays are quiet.
WEEKDAY = (1.3, 1.0, 1.0, 1.05, 0.75)


@dataclass(frozen=True)
class HistoryStep:
    service: str
    state: str  # done, no_show or transferred
    queued_at: datetime
    called_at: datetime
    finished_at: datetime
    counter: str
    staff: str
    transferred_from: int | None = None  # index of the visit's step it came from


@dataclass(frozen=True)
class HistoryVisit:
    day: date
    number: str
    created_at: datetime
    language: str
    life_event: str | None
    steps: tuple[HistoryStep, ...]


@dataclass(frozen=True)
class Server:
    username: str
    counter: str
    skills: tuple[str, ...]


def working_days_before(today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def make_history(
    days: Sequence[date],
    services: Sequence[tuple[str, str, int]],  # (code, prefix, target minutes)
    servers: Sequence[Server],
    *,
    visits_per_day: int = 120,
    life_event: str | None = None,
    seed: int = 16,
) -> list[HistoryVisit]:
    """Finished visits on ``days``, served by ``servers`` (each at their own counter)."""
    rng = random.Random(seed)  # noqa: S311 - made-up demo data, repeatable on purpose
    codes = [code for code, _prefix, _target in services]
    prefixes = {code: prefix for code, prefix, _target in services}
    usual = {code: 6 + (index * 3) % 9 for index, code in enumerate(codes)}
    weights = [3 if code.endswith("general") else 1 for code in codes]
    visits: list[HistoryVisit] = []
    for day in days:
        count = round(visits_per_day * WEEKDAY[day.weekday()] * rng.uniform(0.9, 1.1))
        numbers: dict[str, int] = {}
        free_at = {server.username: _at(day, 8) for server in servers}
        arrivals = sorted(_arrival(rng, day) for _ in range(count))
        for arrived in arrivals:
            wanted = [rng.choices(codes, weights)[0]]
            if rng.random() < 0.25:
                other = rng.choice(codes)
                if other not in wanted:
                    wanted.append(other)
            prefix = prefixes[wanted[0]]
            numbers[prefix] = numbers.get(prefix, 0) + 1
            steps: list[HistoryStep] = []
            ready = arrived
            queue = list(wanted)
            while queue:
                code = queue.pop(0)
                able = [server for server in servers if code in server.skills] or list(servers)
                server = min(able, key=lambda s: free_at[s.username])
                called = max(ready, free_at[server.username]) + timedelta(
                    seconds=rng.uniform(20, 120)
                )
                roll = rng.random()
                if roll < 0.04:
                    state, length = "no_show", 2.0
                elif roll < 0.07 and len(codes) > 1:
                    state, length = "transferred", rng.uniform(2, 5)
                else:
                    state, length = "done", max(2.0, rng.gauss(usual[code], usual[code] / 3))
                finished = called + timedelta(minutes=length)
                free_at[server.username] = finished
                steps.append(
                    HistoryStep(
                        code,
                        state,
                        arrived,
                        called,
                        finished,
                        server.counter,
                        server.username,
                        len(steps) - 1 if steps and steps[-1].state == "transferred" else None,
                    )
                )
                if state == "transferred":
                    queue.insert(0, rng.choice([c for c in codes if c != code]))
                ready = finished
            visits.append(
                HistoryVisit(
                    day,
                    f"{prefix}{numbers[prefix]:03d}",
                    arrived,
                    rng.choices(("fi", "sv", "en"), (85, 8, 7))[0],
                    life_event if life_event and rng.random() < 0.04 else None,
                    tuple(steps),
                )
            )
    return visits


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=DESK_TIMEZONE)


def _arrival(rng: random.Random, day: date) -> datetime:
    hour = rng.choices(range(8, 16), HOURLY)[0]
    return _at(day, hour) + timedelta(seconds=rng.uniform(0, 3600))
