"""Cases and notes through the desk, on SQLite and PostgreSQL: what the database holds after."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from queue_kit import actor, at, fresh_desk, it_support, supervisor
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from console.core.cases import MATCH_END, MATCH_START, MAX_NOTE_CHARS, NoteDraft
from console.core.identity import VisitorIdentity, parse_identity_code
from console.core.queue import Language
from console.core.text import TiskiError
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.queue import Actor
from console.store.database import Database

KEY = b"k" * 32
CODE = "131052-308T"


def _desk(database: Database, key: bytes = KEY) -> Desk:
    fresh_desk(database)
    return Desk(database, identity_key=lambda: key)


def _visit(desk: Desk, service: str = "kela-general") -> int:
    return desk.queue.issue([service], language=Language.FI, now=at(9)).visit_id


def _called(desk: Desk, who: Actor, service: str = "kela-general") -> int:
    """A visit called to ``who``'s counter (the visitor present); its visit id."""
    desk.queue.issue([service], language=Language.FI, now=at(9))
    called = desk.queue.call_next(who, now=at(9, 1))
    assert called is not None
    return called.step.visit_id


def _note(text_: str, case_id: int, **kwargs: object) -> NoteDraft:
    return NoteDraft(case_id, text_, str(uuid.uuid4()), **kwargs)  # type: ignore[arg-type]


def _agency(desk: Desk, code: str) -> int:
    return next(a.id for a in desk.snapshot().agencies if a.code == code)


def _service(desk: Desk, code: str) -> int:
    return next(s.id for s in desk.snapshot().services if s.code == code)


@pytest.fixture
def desk(database: Database) -> Desk:
    return _desk(database)


@pytest.fixture
def advisor(desk: Desk) -> Actor:
    return actor(desk, "aino.virtanen", "T1")


def test_identifying_twice_finds_the_same_visitor_by_keyed_hash(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    first_visit, second_visit = _visit(desk), _visit(desk)
    identity = VisitorIdentity(parse_identity_code(CODE), "Matti Mäkinen", None)
    first = desk.cases.identify(advisor, first_visit, identity)
    second = desk.cases.identify(advisor, second_visit, identity)
    assert first.id == second.id
    assert first.masked_code == "131052-****"
    assert first.birth_date == date(1952, 10, 13)  # from the code typed now
    with database.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT code_hash, code_masked, birth_date FROM customer")
        ).all()
    # Only the keyed hash: the masked code and birth date would narrow the code down.
    assert len(stored) == 1
    assert stored[0].code_masked is None
    assert stored[0].birth_date is None
    assert len(stored[0].code_hash) == 64
    assert "308T" not in stored[0].code_hash
    # Read back later (another visit, the case view), nothing of the code is known.
    assert desk.cases.visitor_of_visit(advisor, first_visit) == replace(
        first, masked_code=None, birth_date=None
    )


def test_a_console_with_another_identity_key_is_refused(database: Database) -> None:
    desk = _desk(database)
    advisor = actor(desk, "aino.virtanen", "T1")
    identity = VisitorIdentity(parse_identity_code(CODE), None, None)
    first = desk.cases.identify(advisor, _visit(desk), identity)
    other = Desk(database, identity_key=lambda: b"x" * 32)
    if database.dialect == "postgresql":
        # The database hashes with its own key: a console's key is never used.
        assert other.cases.identify(advisor, _visit(desk), identity).id == first.id
        return
    with pytest.raises(DeskError, match="identity key differs"):
        other.cases.identify(advisor, _visit(desk), identity)


def test_visitor_without_a_code_is_found_by_name_and_birth_date(desk: Desk, advisor: Actor) -> None:
    identity = VisitorIdentity(None, "John Smith", date(1980, 5, 17))
    first = desk.cases.identify(advisor, _visit(desk), identity)
    again = desk.cases.identify(
        advisor, _visit(desk), VisitorIdentity(None, "john smith", date(1980, 5, 17))
    )
    assert first.id == again.id
    assert first.masked_code is None


def test_a_case_collects_visits_and_notes_across_visits(desk: Desk, advisor: Actor) -> None:
    identity = VisitorIdentity(parse_identity_code(CODE), None, None)
    first_visit = _visit(desk)
    customer = desk.cases.identify(advisor, first_visit, identity)
    case = desk.cases.open_case(advisor, first_visit, title="Asumistuki")
    desk.cases.write_note(advisor, _note("Hakemus vireillä", case.id, visit_id=first_visit))
    second_visit = _visit(desk)
    desk.cases.identify(advisor, second_visit, identity)
    earlier = desk.cases.cases_of_visitor(advisor, customer.id)
    assert [(c.id, c.title, c.note_count) for c in earlier] == [(case.id, "Asumistuki", 1)]
    again = desk.cases.open_case(advisor, second_visit, earlier[0].id)
    assert [v.visit_id for v in again.visits] == [first_visit, second_visit]
    assert [n.text for n in again.notes] == ["Hakemus vireillä"]


def test_notes_are_append_only_and_a_correction_amends(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    visit = _visit(desk)
    case = desk.cases.open_case(advisor, visit)
    first = desk.cases.write_note(advisor, _note("Tulot 1200 e/kk", case.id, visit_id=visit))
    desk.cases.write_note(
        advisor, _note("Korjaus: tulot 1500 e/kk", case.id, visit_id=visit, amends_id=first.id)
    )
    view = desk.cases.case_view(advisor, case.id)
    original, correction = view.notes
    assert original.text == "Tulot 1200 e/kk"
    assert original.amended
    assert correction.amends_id == original.id
    with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as connection:
        connection.execute(text("UPDATE note SET body = 'changed'"))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM note")).scalar() == 2


def test_the_same_client_id_lands_once(desk: Desk, advisor: Actor) -> None:
    case = desk.cases.open_case(advisor, _visit(desk))
    draft = _note("Soitettu Kelaan", case.id)
    first = desk.cases.write_note(advisor, draft)
    again = desk.cases.write_note(advisor, draft)
    assert first.id == again.id
    assert len(desk.cases.case_view(advisor, case.id).notes) == 1


def test_the_database_itself_refuses_a_second_note_with_the_same_client_id(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    """The unique constraint, not only the desk's check: a second writer cannot slip by."""
    case = desk.cases.open_case(advisor, _visit(desk))
    note = desk.cases.write_note(advisor, _note("Ensimmäinen", case.id))
    insert = text(
        "INSERT INTO note (case_id, author_id, written_at, client_id, body) "
        "VALUES (:case, :author, :at, :client, 'Toinen')"
    )
    with pytest.raises(DBAPIError, match=r"(?i)unique"), database.engine.begin() as connection:
        connection.execute(
            insert,
            {
                "case": case.id,
                "author": advisor.staff_id,
                "at": note.written_at,
                "client": note.client_id,
            },
        )


def test_the_database_says_which_of_a_persons_notes_it_has_by_client_id(
    desk: Desk, advisor: Actor
) -> None:
    case = desk.cases.open_case(advisor, _visit(desk))
    saved = _note("Tallentui ennen kaatumista", case.id)
    desk.cases.write_note(advisor, saved)
    never_sent = str(uuid.uuid4())
    many = [str(uuid.uuid4()) for _ in range(1200)]  # more than one statement may carry

    assert desk.cases.saved_client_ids(advisor, [saved.client_id, never_sent, *many]) == {
        saved.client_id
    }
    colleague = actor(desk, "johanna.lindholm", "T2")
    assert desk.cases.saved_client_ids(colleague, [saved.client_id]) == frozenset()
    assert desk.cases.saved_client_ids(advisor, []) == frozenset()


def test_another_persons_note_is_not_handed_out_for_its_client_id(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    specialist = actor(desk, "paivi.lehtonen", "T2")
    case = desk.cases.open_case(advisor, _called(desk, specialist, "kela-family"))
    kela_only = _note("Vain Kelalle", case.id, partition_agency_id=_agency(desk, "kela"))
    desk.cases.write_note(specialist, kela_only)

    with pytest.raises(DeskError, match="already has this note's id"):
        desk.cases.write_note(advisor, replace(kela_only, text="Arvaus"))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT body FROM note")).scalars().all() == ["Vain Kelalle"]


def test_a_retry_while_the_first_try_is_still_committing_lands_once(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    """A save that timed out here may still be committing there; the outbox's retry of
    it waits on the unique client id and then answers with the first try's note."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite takes its write lock at BEGIN: a retry never overlaps a write")
    case = desk.cases.open_case(advisor, _visit(desk))
    draft = _note("Aikakatkaisun jälkeen", case.id)
    first_try = database.engine.connect()
    first_try.begin()
    note_id = first_try.execute(
        text(
            "INSERT INTO note (case_id, author_id, written_at, client_id, body) "
            "VALUES (:case, :author, now(), :client, :body) RETURNING id"
        ),
        {
            "case": case.id,
            "author": advisor.staff_id,
            "client": draft.client_id,
            "body": draft.text,
        },
    ).scalar_one()
    answers: list[object] = []
    retry = threading.Thread(
        target=lambda: answers.append(_try(lambda: desk.cases.write_note(advisor, draft)))
    )
    retry.start()
    try:
        with database.engine.connect() as watcher:
            # Until the retry waits on the first try's row (or, wrongly, ends at once);
            # a loaded machine may take a while to get there.
            for _ in range(1200):
                waiting = watcher.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
                # A transaction sees one snapshot of pg_stat_activity: a new one each time.
                watcher.rollback()
                if waiting or not retry.is_alive():
                    break
                retry.join(0.05)
            assert waiting == 1, answers
    finally:
        first_try.commit()
        first_try.close()
        retry.join(30)

    [answer] = answers
    assert not isinstance(answer, BaseException), answer
    assert getattr(answer, "id", None) == note_id
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM note")).scalar() == 1


def _try(work: Callable[[], object]) -> object:
    try:
        return work()
    except BaseException as error:  # handed to the test's thread to assert on
        return error


@pytest.mark.parametrize(
    ("text_", "message"),
    [("   \n\t ", "empty"), ("x" * (MAX_NOTE_CHARS + 1), "limit is 20000")],
)
def test_empty_and_too_long_notes_are_refused(
    desk: Desk, advisor: Actor, text_: str, message: str
) -> None:
    case = desk.cases.open_case(advisor, _visit(desk))
    with pytest.raises(TiskiError, match=message):
        desk.cases.write_note(advisor, _note(text_, case.id))
    assert desk.cases.case_view(advisor, case.id).notes == ()


def test_control_characters_are_stripped_and_identity_codes_masked(
    desk: Desk, advisor: Actor
) -> None:
    case = desk.cases.open_case(advisor, _visit(desk))
    note = desk.cases.write_note(advisor, _note(f"Hetu {CODE}\x07 tarkistettu\x00", case.id))
    assert note.text == "Hetu 131052-**** tarkistettu"


def test_partitions_and_consent_decide_who_reads(desk: Desk, advisor: Actor) -> None:
    visit = _called(desk, advisor, "kela-general")
    case = desk.cases.open_case(advisor, visit)
    kela, vero = _agency(desk, "kela"), _agency(desk, "vero")
    kela_service = _service(desk, "kela-general")
    shared = desk.cases.write_note(advisor, _note("Yhteinen muistiinpano", case.id))
    desk.cases.write_note(
        advisor,
        _note("Kelan oma", case.id, service_id=kela_service, partition_agency_id=kela),
    )
    with pytest.raises(DeskError, match="not agreed to share"):
        desk.cases.write_note(
            advisor, _note("Verolle", case.id, service_id=kela_service, partition_agency_id=vero)
        )

    kela_specialist = actor(desk, "paivi.lehtonen", "R1")
    vero_specialist = actor(desk, "markku.salonen", "R2")
    kela_view = desk.cases.case_view(kela_specialist, case.id)  # Kela's partition: its work
    assert [n.text for n in kela_view.notes] == ["Kelan oma"]
    with pytest.raises(DeskError, match="not part of your work"):
        desk.cases.case_view(vero_specialist, case.id)  # nothing of Vero's in it yet

    desk.cases.record_consent(advisor, case.id, vero, True)
    desk.cases.write_note(
        advisor, _note("Verolle", case.id, service_id=kela_service, partition_agency_id=vero)
    )
    texts = [n.text for n in desk.cases.case_view(vero_specialist, case.id).notes]
    assert texts == [shared.text, "Verolle"]

    desk.cases.record_consent(advisor, case.id, vero, False)
    texts = [n.text for n in desk.cases.case_view(vero_specialist, case.id).notes]
    assert texts == ["Verolle"]  # its own partition stays; the shared note does not


def test_search_finds_only_readable_notes_newest_first(desk: Desk, advisor: Actor) -> None:
    visit = _visit(desk)
    case = desk.cases.open_case(advisor, visit)
    kela = _agency(desk, "kela")
    desk.cases.write_note(advisor, _note("Asumistuki haettu maaliskuussa", case.id))
    desk.cases.write_note(
        advisor,
        _note(
            "Asumistuki: liitteet puuttuvat",
            case.id,
            service_id=_service(desk, "kela-general"),
            partition_agency_id=kela,
        ),
    )
    desk.cases.write_note(advisor, _note("Verokortti muutettu", case.id))

    hits = desk.cases.search(advisor, "asumistuki")
    assert [h.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]") for h in hits] == [
        "[Asumistuki]: liitteet puuttuvat",
        "[Asumistuki] haettu maaliskuussa",
    ]
    vero_specialist = actor(desk, "markku.salonen", "R2")
    assert desk.cases.search(vero_specialist, "asumistuki") == []
    kela_specialist = actor(desk, "paivi.lehtonen", "R1")
    assert len(desk.cases.search(kela_specialist, "asumistuki")) == 1
    with pytest.raises(DeskError, match="at least one word"):
        desk.cases.search(advisor, "  ** ")


def test_everything_is_audited_and_only_supervisors_read_the_trail(
    desk: Desk, advisor: Actor
) -> None:
    visit = _called(desk, advisor)
    desk.cases.identify(advisor, visit, VisitorIdentity(parse_identity_code(CODE), None, None))
    case = desk.cases.open_case(advisor, visit)
    note = desk.cases.write_note(advisor, _note("Ensimmäinen", case.id))
    desk.cases.write_note(advisor, _note("Korjattu", case.id, amends_id=note.id))
    desk.cases.reveal_identity(advisor, visit)
    desk.cases.record_consent(advisor, case.id, _agency(desk, "kela"), True)
    with pytest.raises(
        DeskError,
        match=r"Your role \(service advisor\) does not allow reading a case's audit trail",
    ):
        desk.cases.audit_trail(advisor, case.id)
    supervisor = actor(desk, "kaisa.mattila", "T8")
    trail = desk.cases.audit_trail(supervisor, case.id)
    assert [e.action for e in trail] == [
        "case_opened",
        "note_written",
        "note_amended",
        "identity_revealed",
        "consent_recorded",
    ]
    assert {e.staff_name for e in trail} == {"Aino Virtanen"}
    assert {e.counter_code for e in trail} == {"T1"}


def test_the_audit_table_refuses_changes(desk: Desk, advisor: Actor, database: Database) -> None:
    desk.cases.open_case(advisor, _visit(desk))
    for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(statement))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar() == 1


def test_retention_deletes_old_cases_but_not_held_ones(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    old_visit = _visit(desk)
    desk.cases.identify(advisor, old_visit, VisitorIdentity(parse_identity_code(CODE), None, None))
    old = desk.cases.open_case(advisor, old_visit, now=at(9) - timedelta(days=400))
    # A visitor identified today without a case yet must survive the run.
    desk.cases.identify(
        advisor, _visit(desk), VisitorIdentity(None, "John Smith", date(1980, 5, 17))
    )
    desk.cases.write_note(advisor, _note("Vanha", old.id), now=at(9) - timedelta(days=400))
    held = desk.cases.open_case(advisor, _visit(desk), now=at(9) - timedelta(days=400))
    desk.cases.set_legal_hold(supervisor(desk), held.id, True)
    recent = desk.cases.open_case(advisor, _visit(desk), now=at(9))

    dry = desk.cases.run_retention(it_support(desk), 365, now=at(10), dry_run=True)
    assert (dry.cases, dry.notes, dry.held) == (1, 1, 1)
    report = desk.cases.run_retention(it_support(desk), 365, now=at(10))
    assert (report.cases, report.notes) == (1, 1)
    with database.engine.connect() as connection:
        cases = connection.execute(text("SELECT id FROM visitor_case ORDER BY id")).scalars()
        assert list(cases) == [held.id, recent.id]
        assert connection.execute(text("SELECT count(*) FROM note")).scalar() == 0
        names = connection.execute(text("SELECT name FROM customer")).scalars().all()
        assert names == ["John Smith"]
        deleted = connection.execute(
            text("SELECT case_id FROM audit_event WHERE action = 'case_deleted'")
        ).scalars()
        assert list(deleted) == [old.id]
    assert desk.cases.export_audit(it_support(desk), old.id)[-1].action == "audit_exported"


def test_visitor_data_export_holds_their_cases_and_no_clear_code(
    desk: Desk, advisor: Actor
) -> None:
    visit = _visit(desk)
    code = parse_identity_code(CODE)
    desk.cases.identify(advisor, visit, VisitorIdentity(code, "Matti Mäkinen", None))
    case = desk.cases.open_case(advisor, visit)
    desk.cases.write_note(advisor, _note("Muutto Poriin", case.id))
    data = desk.cases.visitor_data(supervisor(desk), code)
    # What is held: the code's keyed hash, never its digits or the birth date in it.
    assert data["visitor"] == {
        "identified_by": "identity code (kept as a keyed hash only)",
        "name": "Matti Mäkinen",
        "birth_date": None,
    }
    assert [n["text"] for n in data["cases"][0]["notes"]] == ["Muutto Poriin"]
    assert "308T" not in repr(data)
    other = desk.cases.visitor_data(supervisor(desk), parse_identity_code("010101-123N"))
    assert other["visitor"] is None


def test_a_visits_first_note_opens_its_case_and_the_visit_offers_earlier_ones(
    desk: Desk, advisor: Actor
) -> None:
    identity = VisitorIdentity(parse_identity_code(CODE), None, None)
    first_visit = _visit(desk)
    desk.cases.identify(advisor, first_visit, identity)
    assert desk.cases.open_visit(advisor, first_visit).case is None
    note = desk.cases.write_note(advisor, _note("Ensimmäinen käynti", None, visit_id=first_visit))
    opened = desk.cases.open_visit(advisor, first_visit)
    assert opened.case is not None
    assert opened.case.id == note.case_id
    assert [n.text for n in opened.case.notes] == ["Ensimmäinen käynti"]

    second_visit = _visit(desk)
    desk.cases.identify(advisor, second_visit, identity)
    later = desk.cases.open_visit(advisor, second_visit)
    assert later.case is None
    assert [c.id for c in later.earlier] == [note.case_id]
    assert later.customer is not None
    assert later.customer.by_code
    assert later.customer.masked_code is None  # the code is known only where it is typed


def test_search_finds_every_word_a_search_word_starts(
    desk: Desk, advisor: Actor, database: Database
) -> None:
    case = desk.cases.open_case(advisor, _visit(desk))
    for body in ("Asumistuki haettu", "Asumistuen päätös tulee", "ASUMISTUKI Kelasta", "Muuta"):
        desk.cases.write_note(advisor, _note(body, case.id))

    def found() -> int:
        return len(desk.cases.search(advisor, "asumistu"))

    assert found() == 3
    if database.dialect != "sqlite":
        return
    # SQLite expands the word through the word list; a word missing from it would hide
    # notes, and the refresh at start-up puts every indexed word back.
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM note_term WHERE term = 'asumistuen'"))
    assert found() == 2
    desk.cases.refresh_search_terms()
    assert found() == 3
