"""Another desk at work, in its own process: the busy day's feed events.

``python feeder.py DATABASE_URL EVENTS REPORT``: issues tickets (two services in
three, so the soaking console always has someone to call) and has four other advisors
call and finish them, until ``EVENTS`` commits have changed the queue. Each commit
publishes one feed event that the console under test must follow. Writes what it did
to ``REPORT`` as JSON.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from console.core.steps import StepAction
from console.desk.desk import Desk
from console.store.database import Database

# The soaking console is Aino at T1; these four work at other counters.
OTHERS = [
    ("johanna.lindholm", "T2"),
    ("jukka.niemi", "T3"),
    ("riikka.laine", "T4"),
    ("emilia.saarinen", "T5"),
]
# Services Aino serves, so her queue never runs dry, and some she does not.
AINOS = ["pori-housing", "pori-general", "kela-general", "vero-taxcard", "dvv-population"]
OTHER_SERVICES = ["pori-ece", "pori-leisure", "poliisi-passport", "tyollisyys-business"]


def main() -> int:
    url, wanted, report = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    database = Database(url)
    desk = Desk(database)
    actors = [desk.sign_in_by_username(user, counter).actor for user, counter in OTHERS]
    rng = random.Random(11)  # noqa: S311 - a repeatable day, not a secret
    events = issued = called = finished = 0
    started = time.monotonic()
    while events < wanted:
        services = [rng.choice(AINOS if rng.random() < 0.6 else OTHER_SERVICES)]
        desk.queue.issue(services, source="kiosk")
        issued += 1
        events += 1
        if issued % 3 == 0:
            actor = rng.choice(actors)
            step = desk.queue.call_next(actor)
            events += 1
            if step is not None:
                called += 1
                desk.queue.act(actor, step.step.step_id, StepAction.FINISH)
                finished += 1
                events += 1
        time.sleep(0.01)  # a busy office, not a benchmark: about fifty changes a second
    database.dispose()
    report.write_text(
        json.dumps(
            {
                "events": events,
                "issued": issued,
                "called": called,
                "finished": finished,
                "seconds": round(time.monotonic() - started, 1),
            }
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
