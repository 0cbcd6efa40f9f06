"""The local journal: drafts and the outbox survive, and never hold an identity code."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.core.text import TiskiError
from console.store.journal import Draft, Journal, journal_file

ROOT = Path(__file__).resolve().parent.parent
DESK = "desk-a"
CODE = "131052-308T"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and signals")


def draft(key: str = "visit:12:case:7", **changes: Any) -> Draft:
    note = Draft(
        key=key,
        database=DESK,
        staff_id=3,
        case_id=7,
        visit_id=12,
        ticket_number="A012",
        service_id=2,
        partition_agency_id=None,
        amends_id=None,
        text="Asiakas kysyi asumistuesta.",
        updated_at=datetime(2024, 5, 6, 9, 30, tzinfo=UTC),
    )
    return replace(note, **changes)


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal(journal_file()) as journal:
        yield journal


def test_the_journal_lives_in_the_users_data_folder(private_folders: Path) -> None:
    assert journal_file().name == "drafts.sqlite3"
    assert journal_file().is_relative_to(private_folders / "data")


def test_a_draft_is_saved_read_replaced_and_dropped(journal: Journal) -> None:
    saved = draft()
    journal.save_draft(saved)
    assert journal.draft(saved.key) == saved

    later = draft(
        text="Asiakas kysyi asumistuesta ja toimeentulotuesta.",
        updated_at=saved.updated_at + timedelta(minutes=1),
    )
    journal.save_draft(later)
    assert journal.draft(saved.key) == later
    assert journal.drafts(DESK) == [later]

    journal.drop_draft(saved.key)
    assert journal.draft(saved.key) is None
    assert journal.drafts(DESK) == []


def test_drafts_are_offered_only_for_their_database_and_staff_member(journal: Journal) -> None:
    start = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    newer = draft("b", staff_id=3, updated_at=start + timedelta(minutes=5))
    older = draft("a", staff_id=3, updated_at=start)
    colleague = draft("c", staff_id=4, updated_at=start + timedelta(minutes=1))
    elsewhere = draft("d", database="desk-b", updated_at=start)
    empty = draft("e", text="", updated_at=start)
    for each in (newer, older, colleague, elsewhere, empty):
        journal.save_draft(each)

    assert journal.drafts(DESK) == [older, colleague, newer]
    assert journal.drafts(DESK, staff_id=3) == [older, newer]
    assert journal.drafts("desk-b") == [elsewhere]
    assert journal.draft("e") == empty  # kept, just not offered


def test_the_outbox_keeps_order_and_enqueues_a_client_id_once(journal: Journal) -> None:
    first, second, other = (str(uuid.uuid4()) for _ in range(3))
    queued = journal.enqueue(DESK, first, {"text": "eka", "case_id": 7})
    journal.enqueue(DESK, second, {"text": "toka"})
    journal.enqueue("desk-b", other, {"text": "muualle"})
    again = journal.enqueue(DESK, first, {"text": "eka uudestaan"})

    assert again == queued
    assert [item.client_id for item in journal.pending(DESK)] == [first, second]
    assert journal.pending(DESK)[0].payload == {"text": "eka", "case_id": 7}
    assert journal.pending_count(DESK) == 2
    assert journal.pending_count("desk-b") == 1

    journal.mark_sent(first)
    assert [item.client_id for item in journal.pending(DESK)] == [second]
    assert journal.pending_count(DESK) == 1


def test_a_failed_send_is_counted_and_kept(journal: Journal) -> None:
    client_id = str(uuid.uuid4())
    journal.enqueue(DESK, client_id, {"text": "eka"})
    journal.mark_failed(client_id, "timed out")
    journal.mark_failed(client_id, f"server refused {CODE}")

    [item] = journal.pending(DESK)
    assert item.attempts == 2
    assert item.last_error == "server refused 131052-****"


def test_identity_codes_never_reach_the_disk() -> None:
    path = journal_file()

    def on_disk() -> bytes:
        return b"".join(f.read_bytes() for f in path.parent.glob(path.name + "*"))

    with Journal(path) as journal:
        journal.save_draft(draft(text=f"Hetu {CODE} tarkistettu."))
        journal.enqueue(DESK, str(uuid.uuid4()), {"note": {"lines": [f"hetu {CODE}"]}})
        assert journal.draft("visit:12:case:7") == draft(text="Hetu 131052-**** tarkistettu.")
        assert journal.pending(DESK)[0].payload == {"note": {"lines": ["hetu 131052-****"]}}
        assert b"308T" not in on_disk()  # the -wal file holds the commits now

    assert b"131052-****" in on_disk()  # the right files were read
    assert b"308T" not in on_disk()


@posix_only
def test_a_saved_draft_survives_a_hard_kill() -> None:
    path = journal_file()
    child = f"""
import sys, time
from datetime import UTC, datetime
from console.store.journal import Draft, Journal
journal = Journal(__import__("pathlib").Path(sys.argv[1]))
journal.save_draft(Draft("k", "{DESK}", 3, None, None, None, None, None, None,
                         "kesken jäänyt muistiinpano", datetime.now(UTC)))
print("saved", flush=True)
time.sleep(600)
"""
    with subprocess.Popen(
        [sys.executable, "-c", child, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None
        try:
            ready, _, _ = select.select([process.stdout], [], [], 60)
            assert ready, "the child never said it had saved"
            line = process.stdout.readline()
            assert line == "saved\n", process.stderr.read() if process.stderr else line
        finally:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == -signal.SIGKILL

    with Journal(path) as journal:
        found = journal.draft("k")
    assert found is not None
    assert found.text == "kesken jäänyt muistiinpano"


def test_an_unwritable_location_says_which_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    path = blocker / "drafts.sqlite3"

    with pytest.raises(TiskiError) as raised:
        Journal(path)

    assert raised.value.message.context == "Journal"
    assert str(path) in str(raised.value)
    assert "notes are kept only in this window" in str(raised.value)


def test_a_journal_from_a_newer_tiski_is_left_alone() -> None:
    path = journal_file()
    with Journal(path):
        pass
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=99")
    connection.close()

    with pytest.raises(TiskiError, match="newer Tiski"):
        Journal(path)


@posix_only
def test_the_journal_is_private_to_its_user(journal: Journal) -> None:
    journal.save_draft(draft())
    assert stat.S_IMODE(journal_file().stat().st_mode) == 0o600
    wal = journal_file().with_name(journal_file().name + "-wal")
    assert stat.S_IMODE(wal.stat().st_mode) == 0o600
