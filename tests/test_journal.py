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
from console.store.journal import _SCHEMA_1, Draft, Journal, journal_file

ROOT = Path(__file__).resolve().parent.parent
DESK = "desk-a"
CODE = "131052-308T"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and signals")


CLIENT_ID = "6f1c0a52-3d5e-4d0e-9a43-0c3b1d2e7f10"


def draft(client_id: str = CLIENT_ID, **changes: Any) -> Draft:
    note = Draft(
        database=DESK,
        staff_id=3,
        visit_id=12,
        client_id=client_id,
        case_id=7,
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
    assert journal.draft(*saved.key) == saved

    later = draft(
        text="Asiakas kysyi asumistuesta ja toimeentulotuesta.",
        updated_at=saved.updated_at + timedelta(minutes=1),
    )
    journal.save_draft(later)
    assert journal.draft(*saved.key) == later
    assert journal.drafts(DESK, 3) == [later]

    journal.drop_draft(DESK, 3, CLIENT_ID)
    assert journal.draft(*saved.key) is None
    assert journal.drafts(DESK, 3) == []


def test_a_draft_replaces_only_its_own_notes_text(journal: Journal) -> None:
    """Version 1 kept one draft per "visit:<id>": a second note of the visit, a refused
    one, another database's or a colleague's overwrote the text there."""
    start = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    typed = draft("typed", text="kirjoitan tätä", updated_at=start)
    second = draft("second", text="toinen muistiinpano", updated_at=start)
    elsewhere = draft("typed", database="desk-b", text="toisen kannan", updated_at=start)
    colleague = draft("typed", staff_id=4, text="kollegan", updated_at=start)
    for each in (typed, second, elsewhere, colleague):
        journal.save_draft(each)

    assert journal.drafts(DESK, 3, visit_id=12) == [second, typed]
    assert journal.drafts("desk-b", 3) == [elsewhere]
    assert journal.drafts(DESK, 4) == [colleague]


def test_a_refused_note_goes_back_beside_the_drafts_not_over_them(journal: Journal) -> None:
    start = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    typed = draft("typed", text="kirjoitan tätä", updated_at=start)
    journal.save_draft(typed)
    refused_id = str(uuid.uuid4())
    journal.enqueue(DESK, refused_id, {"text": "vain Kelalle", "staff_id": 3})
    refused = draft(
        refused_id,
        text="vain Kelalle",
        partition_agency_id=2,
        refused=f"Ei suostumusta {CODE}",
        updated_at=start + timedelta(minutes=1),
    )

    journal.return_draft(refused, refused_id)

    assert journal.pending(DESK) == []
    kept = journal.drafts(DESK, 3, visit_id=12)
    assert [(d.text, d.partition_agency_id) for d in kept] == [
        ("kirjoitan tätä", None),
        ("vain Kelalle", 2),
    ]
    assert kept[1].refused == "Ei suostumusta 131052-****"

    # The same note refused again keeps the text its draft has by then.
    journal.save_draft(replace(refused, text="vain Kelalle, korjattu", refused=None))
    journal.return_draft(replace(refused, refused="taas"), refused_id)
    again = journal.draft(DESK, 3, refused_id)
    assert again is not None
    assert (again.text, again.refused) == ("vain Kelalle, korjattu", "taas")


def test_drafts_are_offered_only_for_their_database_and_staff_member(journal: Journal) -> None:
    start = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    newer = draft("b", staff_id=3, updated_at=start + timedelta(minutes=5))
    older = draft("a", staff_id=3, updated_at=start)
    colleague = draft("c", staff_id=4, updated_at=start + timedelta(minutes=1))
    elsewhere = draft("d", database="desk-b", updated_at=start)
    empty = draft("e", text="", updated_at=start)
    for each in (newer, older, colleague, elsewhere, empty):
        journal.save_draft(each)

    assert journal.drafts(DESK, staff_id=3) == [older, newer]
    assert journal.drafts(DESK, staff_id=4) == [colleague]
    assert journal.drafts("desk-b", 3) == [elsewhere]
    assert journal.draft(DESK, 3, "e") == empty  # kept, just not offered


def test_a_version_1_journal_keeps_its_drafts_each_with_a_client_id() -> None:
    path = journal_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    for statement in _SCHEMA_1:
        connection.execute(statement)
    connection.executemany(
        "INSERT INTO draft VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("visit:12", DESK, 3, 7, 12, "A012", 2, 5, None, "eka", "2024-05-06T09:00:00+00:00"),
            (
                "visit:13",
                DESK,
                3,
                None,
                13,
                "A013",
                2,
                None,
                None,
                "toka",
                "2024-05-06T09:01:00+00:00",
            ),
        ],
    )
    connection.execute("PRAGMA user_version=1")
    connection.commit()
    connection.close()

    with Journal(path) as journal:
        kept = journal.drafts(DESK, 3)

    assert [(d.visit_id, d.partition_agency_id, d.text) for d in kept] == [
        (12, 5, "eka"),
        (13, None, "toka"),
    ]
    assert len({uuid.UUID(d.client_id) for d in kept}) == 2


def test_notes_kept_under_an_older_database_name_move_to_the_new_one(journal: Journal) -> None:
    journal.save_draft(draft(database="old-name"))
    journal.enqueue("old-name", str(uuid.uuid4()), {"text": "eka"})

    assert journal.rehome("old-name", DESK) == 2
    assert [d.text for d in journal.drafts(DESK, 3)] == ["Asiakas kysyi asumistuesta."]
    assert journal.pending_count(DESK) == 1


def test_drafts_older_than_the_retention_time_leave_the_disk(journal: Journal) -> None:
    now = datetime.now(UTC)
    journal.save_draft(draft(text="Vanha luonnos: Kuusisto-Öhman soittaa"))  # 2024
    fresh = draft(str(uuid.uuid4()), text="Tuore luonnos", updated_at=now)
    journal.save_draft(fresh)
    journal.enqueue(DESK, str(uuid.uuid4()), {"text": "lähtevä"})
    assert journal.forget_older_than(now - timedelta(days=30)) == 1
    assert [d.text for d in journal.drafts(DESK, 3)] == ["Tuore luonnos"]
    assert journal.pending_count(DESK) == 1
    assert journal.forget_older_than(now - timedelta(days=30)) == 0
    # Out of the file and its write-ahead log too, not only out of the table.
    for path in journal_file().parent.glob(journal_file().name + "*"):
        assert b"Kuusisto" not in path.read_bytes(), path


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
        assert journal.draft(DESK, 3, CLIENT_ID) == draft(text="Hetu 131052-**** tarkistettu.")
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
journal.save_draft(Draft("{DESK}", 3, None, "k", None, None, None, None, None,
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
        found = journal.draft(DESK, 3, "k")
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


def test_the_drafts_log_is_moved_into_the_file_off_the_writing_thread(tmp_path: Path) -> None:
    """A draft's commit only appends to the write-ahead log (synced): SQLite's automatic
    checkpoint, which writes up to 1,000 pages into the file and syncs it, no longer runs
    inside a commit on the GUI thread. ``checkpoint`` does it, on a connection of its
    own, after a note is sent."""
    path = tmp_path / "journal.sqlite3"
    wal = Path(f"{path}-wal")
    with Journal(path) as journal:
        for number in range(600):  # about 1,800 pages of log: past the automatic 1,000
            journal.save_draft(draft(f"client-{number}", text="Asumistuki. " * 800))
        page = 4096
        assert wal.stat().st_size > 1500 * page, "a commit checkpointed the log"
        before = path.stat().st_size
        journal.checkpoint()
        assert path.stat().st_size > before + 300 * page  # the drafts are in the file now
        assert len(journal.drafts(DESK, 3)) == 600
