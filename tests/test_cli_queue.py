"""``tiski queue`` for IT and scripts: ticket numbers first, plain refusals, exit codes.

The first half runs the commands in this process (``run_queue`` with arguments
parsed by ``add_queue_parser``); the second half runs the real ``tiski``
process, as IT does.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from queue_kit import fresh_desk, supervisor

from console.cli.queue import EXIT_ERROR, EXIT_NOTHING_TO_CALL, EXIT_OK, add_queue_parser, run_queue
from console.config import load_settings
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.i18n import install_translators
from console.store.database import Database

CHANGED_BY = re.compile(r"\(last changed by Aino Virtanen at \d\d:\d\d\)\.")


# ---------------------------------------------------------------- in this process
def parser() -> argparse.ArgumentParser:
    """The ``tiski`` parser's shape: shared options, then the queue commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS)
    common.add_argument("--language", choices=("fi", "sv", "en"), default=argparse.SUPPRESS)
    tiski = argparse.ArgumentParser(prog="tiski", parents=[common])
    add_queue_parser(tiski.add_subparsers(dest="command", metavar="COMMAND"), common)
    return tiski


class Run:
    """Runs ``tiski queue ...`` in this process against one database."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        args = parser().parse_args(["--language", "en", "--database", self.url, "queue", *argv])
        settings = load_settings({"database.url": args.database, "ui.language": args.language})
        self.capsys.readouterr()
        status = run_queue(args, settings)
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return status, out, err


@pytest.fixture
def run(
    database: Database, capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> Iterator[Run]:
    fresh_desk(database)
    yield Run(database.url.render_as_string(hide_password=False), capsys)
    install_translators(qapp, "fi")  # as the other tests expect to find it


def test_issue_prints_the_ticket_number_first(run: Run) -> None:
    status, out, _ = run("issue", "pori-housing", "kela-general", "--lang", "sv", "--name", "Ann")
    assert status == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "A001"
    assert lines[1] == "1. pori-housing: Housing and social services guidance"
    assert lines[2] == "2. kela-general: Kela benefits, general advice"
    assert lines[3] == "Estimated wait: 0 min"
    status, out, _ = run("issue", "pori-housing", "--priority", "accessibility")
    assert (status, out.splitlines()[0]) == (EXIT_OK, "A002")
    assert out.splitlines()[-1] == "Estimated wait: 10 min"


def test_issue_a_life_event_path(run: Run) -> None:
    status, out, _ = run("issue", "--life-event", "moving-to-pori")
    assert status == EXIT_OK
    assert out.splitlines()[0] == "D001"
    assert [line.split(":")[0] for line in out.splitlines()[1:4]] == [
        "1. dvv-population",
        "2. kela-general",
        "3. pori-general",
    ]
    status, _, err = run("issue", "--life-event", "winning-the-lottery")
    assert status == EXIT_ERROR
    assert "Unknown life event winning-the-lottery" in err
    assert "moving-to-pori" in err


def test_unknown_service_lists_the_valid_codes(run: Run) -> None:
    status, out, err = run("issue", "pori-housing", "no-such-service")
    assert status == EXIT_ERROR
    assert out == ""
    assert err.startswith("tiski: Unknown service no-such-service. Services: ")
    assert "kela-family, kela-general" in err
    status, _, err = run("issue")
    assert status == EXIT_ERROR
    assert "Name at least one service" in err
    assert "pori-housing" in err


def test_next_prints_the_ticket_and_why(run: Run) -> None:
    run("issue", "pori-general")
    run("issue", "kela-general", "--priority", "urgent")
    status, out, _ = run("next", "--counter", "T1", "--staff", "aino.virtanen")
    assert status == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "K001"
    assert lines[1] == "kela-general: Kela benefits, general advice, to T1 (Aino Virtanen)"
    assert lines[2] == "Why: priority (urgent)"
    status, _, err = run("next", "--counter", "T1", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "Ticket K001 is still at your counter" in err
    status, out, _ = run("next", "--counter", "t2", "--staff", "johanna.lindholm")
    assert status == EXIT_OK
    assert out.splitlines()[0] == "C001"
    assert re.fullmatch(r"Why: longest waiting in City general .* \(\d+ min\)", out.splitlines()[2])


def test_next_with_nothing_to_call_exits_3(run: Run) -> None:
    run("issue", "poliisi-permits")
    status, out, err = run("next", "--counter", "T1", "--staff", "aino.virtanen")
    assert status == EXIT_NOTHING_TO_CALL
    assert out == ""
    assert "Nothing to call for aino.virtanen at T1" in err


def test_next_names_the_valid_counters_and_staff(run: Run) -> None:
    status, _, err = run("next", "--counter", "T99", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "Unknown counter T99. Counters: T1, T2" in err
    assert "R2" in err
    status, _, err = run("next", "--counter", "T1", "--staff", "nobody")
    assert status == EXIT_ERROR
    assert "Unknown staff member nobody. Staff: " in err
    assert "aino.virtanen" in err
    assert "paivi.lehtonen" in err
    status, _, err = run("next", "--counter", "T1", "--staff", "sanna.heinonen")
    assert status == EXIT_ERROR
    assert "Your role (lobby guide) does not allow serving visitors" in err


def test_list_json_is_one_object_with_iso_times(run: Run) -> None:
    run("issue", "dvv-population", "kela-general", "--lang", "en")
    run("issue", "vero-taxcard", "--priority", "accessibility")
    status, out, _ = run("list", "--json")
    assert status == EXIT_OK
    listing = json.loads(out)
    assert set(listing) == {"services", "waiting", "returned_stranded"}
    assert listing["returned_stranded"] == []
    waiting = {step["ticket"]: step for step in listing["waiting"]}
    assert set(waiting) == {"D001", "V001"}
    first = waiting["D001"]
    assert (first["service"], first["language"], first["position"], first["steps"]) == (
        "dvv-population",
        "en",
        1,
        2,
    )
    assert first["priority"] is None
    assert waiting["V001"]["priority"] == "accessibility"
    assert isinstance(first["waited_minutes"], int)
    assert datetime.fromisoformat(first["queued_at"]).utcoffset() is not None
    services = {service["code"]: service for service in listing["services"]}
    assert services["dvv-population"]["waiting"] == 1
    assert services["kela-general"]["waiting"] == 0, "the visit's second step waits its turn"
    assert services["vero-taxcard"]["target_wait_minutes"] == 15
    assert datetime.fromisoformat(services["vero-taxcard"]["oldest_queued_at"]).tzinfo
    assert services["pori-housing"]["oldest_queued_at"] is None


def test_list_for_people(run: Run) -> None:
    run("issue", "dvv-population", "kela-general")
    status, out, _ = run("list")
    assert status == EXIT_OK
    assert "Waiting: 1" in out
    assert re.search(r"^D001\s+dvv-population\s+\d+\s+fi\s+-\s+1/2$", out, re.M)
    assert re.search(r"^dvv-population\s+1\s+\d+\s+15\s+\d+$", out, re.M)


def test_finish_then_finish_again_names_the_state_and_who(run: Run) -> None:
    run("issue", "pori-general", "kela-general")
    run("next", "--counter", "T1", "--staff", "aino.virtanen")
    status, out, _ = run("finish", "C001", "--staff", "aino.virtanen")
    assert status == EXIT_OK
    assert out.splitlines()[0] == "C001"
    assert "pori-general done (Aino Virtanen at T1)." in out
    assert "Next for this visit: kela-general" in out
    run("next", "--counter", "R1", "--staff", "paivi.lehtonen")
    # Päivi finishes the Kela step from her counter R1, where the ticket is.
    status, out, _ = run("finish", "c001", "--staff", "paivi.lehtonen")
    assert status == EXIT_OK
    assert "kela-general done (Päivi Lehtonen at R1)." in out
    status, out, err = run("finish", "C001", "--staff", "paivi.lehtonen")
    assert status == EXIT_ERROR
    assert out == ""
    assert "Ticket C001 cannot be finished: it is done (last changed by Päivi Lehtonen at " in err


def test_finishing_twice_says_who_finished(run: Run) -> None:
    run("issue", "pori-general")
    run("next", "--counter", "T1", "--staff", "aino.virtanen")
    assert run("finish", "C001", "--staff", "aino.virtanen")[0] == EXIT_OK
    status, _, err = run("finish", "C001", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "Ticket C001 cannot be finished: it is done " in err
    assert CHANGED_BY.search(err)


def test_finish_from_another_counter_is_refused(run: Run) -> None:
    run("issue", "pori-general")
    run("next", "--counter", "T1", "--staff", "aino.virtanen")
    status, _, err = run("finish", "C001", "--staff", "johanna.lindholm", "--counter", "T2")
    assert status == EXIT_ERROR
    assert "Ticket C001 is at another counter." in err
    status, _, err = run("finish", "C999", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "No ticket C999 today." in err


def test_transfer_keeps_the_place_and_refuses_a_cancelled_step(
    run: Run, database: Database
) -> None:
    run("issue", "pori-general")
    run("issue", "kela-family")
    run("next", "--counter", "T1", "--staff", "aino.virtanen")
    status, out, _ = run("transfer", "C001", "kela-family", "--staff", "aino.virtanen")
    assert status == EXIT_OK
    assert out.splitlines()[0] == "C001"
    assert "Transferred from pori-general to kela-family" in out
    _, listing, _ = run("list", "--json")
    waiting = [(s["ticket"], s["service"]) for s in json.loads(listing)["waiting"]]
    assert waiting == [("C001", "kela-family"), ("KP001", "kela-family")]
    status, _, err = run("transfer", "C001", "no-such-service", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "Unknown service no-such-service. Services: " in err

    desk = Desk(database)
    step = desk.queue.find_ticket(supervisor(desk), "KP001")
    guide = desk.sign_in_by_username("sanna.heinonen", "T1").actor
    desk.queue.act(guide, step.step_id, StepAction.CANCEL)
    status, _, err = run("transfer", "KP001", "kela-general", "--staff", "aino.virtanen")
    assert status == EXIT_ERROR
    assert "Ticket KP001 cannot be transferred: it is cancelled" in err
    assert re.search(r"\(last changed by Sanna Heinonen at \d\d:\d\d\)\.", err)


def test_an_unreachable_database_is_a_plain_message(
    capsys: pytest.CaptureFixture[str], qapp: QApplication
) -> None:
    url = "postgresql+psycopg://tiski@127.0.0.1:1/desk"
    status, _, err = Run(url, capsys)("list")
    install_translators(qapp, "fi")
    assert status == EXIT_ERROR
    assert "Cannot reach the database at postgresql+psycopg://tiski@127.0.0.1:1/desk" in err


def test_an_unexpected_failure_is_one_line_not_a_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_self: Desk) -> None:
        raise OSError("disk on fire")

    monkeypatch.setattr(Desk, "snapshot", broken)
    status, out, err = run("list")
    assert status == EXIT_ERROR
    assert out == ""
    assert (
        err == "tiski: The command failed unexpectedly (OSError); the log file has the details.\n"
    )


# ---------------------------------------------------------------- the real process
def tiski(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_the_tiski_command_issues_calls_lists_finishes_and_transfers(
    tiski_env: dict[str, str], db_url: str
) -> None:
    database = Database(db_url)
    fresh_desk(database)
    database.dispose()
    db = ("--database", db_url)

    issued = tiski(tiski_env, "queue", "issue", "pori-general", "kela-general", *db)
    assert issued.returncode == 0, issued.stderr
    assert issued.stdout.splitlines()[0] == "C001"
    assert "Estimated wait:" in issued.stdout
    tiski(tiski_env, "queue", "issue", "vero-taxcard", "--priority", "urgent", *db)

    called = tiski(tiski_env, "queue", "next", "--counter", "T1", "--staff", "aino.virtanen", *db)
    assert called.returncode == 0, called.stderr
    assert called.stdout.splitlines()[0] == "V001"
    assert called.stdout.splitlines()[2] == "Why: priority (urgent)"

    listing = tiski(tiski_env, "queue", "list", "--json", *db)
    assert listing.returncode == 0, listing.stderr
    assert [s["ticket"] for s in json.loads(listing.stdout)["waiting"]] == ["C001"]

    transferred = tiski(
        tiski_env, "queue", "transfer", "V001", "kela-general", "--staff", "aino.virtanen", *db
    )
    assert transferred.returncode == 0, transferred.stderr
    assert transferred.stdout.splitlines()[0] == "V001"
    assert "Transferred from vero-taxcard to kela-general" in transferred.stdout

    # The urgent visit keeps its priority in its new queue.
    again = tiski(tiski_env, "queue", "next", "--counter", "T1", "--staff", "aino.virtanen", *db)
    assert again.stdout.splitlines()[:3] == [
        "V001",
        "kela-general: Kela benefits, general advice, to T1 (Aino Virtanen)",
        "Why: priority (urgent)",
    ]
    finished = tiski(tiski_env, "queue", "finish", "V001", "--staff", "aino.virtanen", *db)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.splitlines()[0] == "V001"
    twice = tiski(tiski_env, "queue", "finish", "V001", "--staff", "aino.virtanen", *db)
    assert twice.returncode == 2
    assert twice.stdout == ""
    assert "Ticket V001 cannot be finished: it is done" in twice.stderr
    assert CHANGED_BY.search(twice.stderr), twice.stderr
    assert "Traceback" not in twice.stderr

    last = tiski(tiski_env, "queue", "next", "--counter", "T1", "--staff", "aino.virtanen", *db)
    assert last.stdout.splitlines()[0] == "C001"
    empty = tiski(tiski_env, "queue", "next", "--counter", "T2", "--staff", "johanna.lindholm", *db)
    assert empty.returncode == 3, empty.stderr
    assert empty.stdout == ""


@pytest.mark.slow
def test_the_tiski_command_refuses_in_plain_words(tiski_env: dict[str, str]) -> None:
    unknown = tiski(tiski_env, "queue", "issue", "no-such-service", "--demo")
    assert unknown.returncode == 2
    assert "Unknown service no-such-service. Services: " in unknown.stderr
    assert "kela-general" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    # The demo desk has visitors waiting; an urgent one goes first.
    issued = tiski(tiski_env, "queue", "issue", "poliisi-permits", "--priority", "urgent", "--demo")
    ticket = issued.stdout.splitlines()[0]
    called = tiski(
        tiski_env, "queue", "next", "--counter", "R1", "--staff", "antti.rantanen", "--demo"
    )
    assert called.returncode == 0, called.stderr
    assert called.stdout.splitlines()[0] == ticket
    assert (
        tiski(
            tiski_env, "queue", "finish", ticket, "--staff", "antti.rantanen", "--demo"
        ).returncode
        == 0
    )
    twice = tiski(tiski_env, "queue", "finish", ticket, "--staff", "antti.rantanen", "--demo")
    assert twice.returncode == 2
    assert f"Ticket {ticket} cannot be finished: it is done" in twice.stderr
    assert "(last changed by Antti Rantanen at " in twice.stderr
    assert "Traceback" not in twice.stderr

    empty = tiski(
        tiski_env, "queue", "next", "--counter", "T1", "--staff", "kaisa.mattila", "--demo"
    )
    assert empty.returncode == 3
    assert empty.stdout == ""


# ---------------------------------------------------------------- stranded visitors
def _console_stopped(desk: Desk, username: str, counter: str, minutes_ago: int) -> str:
    """``username`` called a ticket at ``counter``; their console's last heartbeat was
    ``minutes_ago`` minutes ago. Returns the ticket number."""
    from datetime import timedelta

    from console.core.queue import utc_now

    then = utc_now() - timedelta(minutes=minutes_ago)
    signed_in = desk.sign_in_by_username(username, counter)
    session = desk.queue.open_session(signed_in.actor, now=then)
    called = desk.queue.call_next(signed_in.actor, now=then)
    assert called is not None
    desk.queue.heartbeat(signed_in.actor, session, now=then)
    return called.step.ticket_number


def test_stranded_lists_and_a_supervisor_releases(run: Run, database: Database) -> None:
    run("issue", "pori-housing")
    ticket = _console_stopped(Desk(database), "aino.virtanen", "T1", minutes_ago=5)
    status, out, _ = run("stranded", "--json", "--staff", "kaisa.mattila")
    assert status == EXIT_OK
    [row] = json.loads(out)["stranded"]
    assert (row["ticket"], row["counter"], row["held_by"], row["kept"]) == (
        ticket,
        "T1",
        "aino.virtanen",
        False,
    )
    assert row["returns_at"] is not None
    status, out, _ = run("stranded", "--staff", "kaisa.mattila")
    assert "Visitors held where no console runs: 1" in out
    assert ticket in out

    status, out, err = run("release", ticket, "--staff", "riikka.laine")
    assert status == EXIT_ERROR
    assert "does not allow listing and releasing stranded visitors" in err
    status, out, _ = run("release", ticket, "--staff", "kaisa.mattila")
    assert status == EXIT_OK
    assert out.splitlines()[0] == ticket
    assert "original place" in out
    _, listing, _ = run("list", "--json")
    assert ticket in [s["ticket"] for s in json.loads(listing)["waiting"]]


def test_list_returns_a_visitor_stranded_longer_than_the_set_time(
    run: Run, database: Database
) -> None:
    run("issue", "pori-housing")
    ticket = _console_stopped(Desk(database), "aino.virtanen", "T1", minutes_ago=15)
    status, out, _ = run("list", "--json")
    assert status == EXIT_OK
    listing = json.loads(out)
    assert listing["returned_stranded"] == [ticket]
    assert ticket in [s["ticket"] for s in listing["waiting"]]
    status, out, _ = run("stranded", "--json", "--staff", "kaisa.mattila")
    assert json.loads(out)["stranded"] == []
