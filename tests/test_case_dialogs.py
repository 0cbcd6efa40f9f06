"""The case dialogs: what the person types or ticks is what the console gets."""

from __future__ import annotations

import csv
import os
import stat
import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from console.core.cases import (
    MATCH_END,
    MATCH_START,
    AuditAction,
    AuditEntry,
    ConsentInfo,
    SearchHit,
)
from console.core.queue import utc_now
from console.core.records import AgencyInfo, Names
from console.core.text import Message, TiskiError
from console.store.journal import Draft
from console.ui.case.audit_trail_dialog import AuditTrailDialog
from console.ui.case.consent_dialog import ConsentDialog
from console.ui.case.identify_dialog import IdentifyDialog
from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
from console.ui.case.search_dialog import SearchDialog, SearchHitModel
from console.ui.shared.worker import jobs_running

TODAY = date(2025, 3, 4)
WAIT_MS = 15_000  # only a guard against a hang: a busy 2-core machine is slow


# ---------------------------------------------------------------- identify
def make_identify(qtbot: QtBot) -> IdentifyDialog:
    dialog = IdentifyDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_a_valid_identity_code_identifies_the_visitor(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    assert not dialog.ok_button.isEnabled(), "nothing typed yet"
    qtbot.keyClicks(dialog.code_edit, "131052-308t")
    assert dialog.ok_button.isEnabled()
    assert dialog.code_problem.isHidden()
    dialog.name_edit.setText("  Matti   Mäkinen ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    identity = dialog.identity()
    assert identity.code is not None
    assert identity.code.masked == "131052-****"
    assert identity.birth_date == date(1952, 10, 13)
    assert identity.name == "Matti Mäkinen"


def test_a_wrong_check_character_is_named_and_blocks_ok(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    qtbot.keyClicks(dialog.code_edit, "131052-308")
    assert dialog.code_problem.isHidden(), "still typing: no complaint yet"
    qtbot.keyClicks(dialog.code_edit, "A")
    assert not dialog.code_problem.isHidden()
    assert "check character" in dialog.code_problem.text()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # even when forced, a wrong code does not get through
    assert dialog.result() != QDialog.DialogCode.Accepted
    with pytest.raises(RuntimeError):
        dialog.identity()

    dialog.code_edit.clear()
    assert dialog.code_problem.isHidden(), "the code is optional"


def test_a_short_code_is_checked_when_the_person_moves_on(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    qtbot.keyClicks(dialog.code_edit, "1310")
    assert dialog.code_problem.isHidden()
    dialog.code_edit.editingFinished.emit()
    assert "not shaped like an identity code" in dialog.code_problem.text()
    assert not dialog.ok_button.isEnabled()


def test_name_and_birth_date_identify_a_visitor_without_a_code(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    qtbot.keyClicks(dialog.name_edit, "Amina Yusuf")
    assert not dialog.ok_button.isEnabled()
    assert "birth date" in dialog.message.text()
    assert not dialog.birth_edit.isEnabled(), "not given until ticked"
    dialog.birth_given.setChecked(True)
    dialog.birth_edit.setDate(QDate(1988, 6, 30))
    assert dialog.ok_button.isEnabled()
    assert dialog.message.isHidden()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    identity = dialog.identity()
    assert (identity.code, identity.name, identity.birth_date) == (
        None,
        "Amina Yusuf",
        date(1988, 6, 30),
    )


def test_the_birth_date_field_stays_within_1900_and_today(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    assert dialog.birth_edit.minimumDate() == QDate(1900, 1, 1)
    assert dialog.birth_edit.maximumDate() == QDate(2025, 3, 4)
    assert dialog.birth_edit.displayFormat() == "dd.MM.yyyy"
    assert dialog.birth_edit.calendarPopup()


def test_a_birth_date_that_contradicts_the_code_is_refused(qtbot: QtBot) -> None:
    dialog = make_identify(qtbot)
    dialog.code_edit.setText("131052-308T")
    dialog.birth_given.setChecked(True)
    dialog.birth_edit.setDate(QDate(1952, 10, 14))
    assert not dialog.ok_button.isEnabled()
    assert "does not match the identity code" in dialog.message.text()
    dialog.birth_given.setChecked(False)
    assert dialog.ok_button.isEnabled()


# ---------------------------------------------------------------- consent
def agency(agency_id: int, code: str, short: str, name: str) -> AgencyInfo:
    return AgencyInfo(agency_id, code, Names(name, name, name), Names(short, short, short))


AGENCIES = [
    agency(1, "pori", "Pori", "Porin kaupunki"),
    agency(2, "kela", "Kela", "Kela"),
    agency(3, "vero", "Vero", "Verohallinto"),
    agency(4, "dvv", "DVV", "Digi- ja väestötietovirasto"),
]


def test_consent_reports_only_the_agencies_that_changed(qtbot: QtBot) -> None:
    year = utc_now().year
    consents = [
        ConsentInfo(2, True, datetime(year, 3, 4, 10, 5, tzinfo=UTC), "Liisa Laine"),
        ConsentInfo(3, False, datetime(year - 1, 8, 1, 6, 30, tzinfo=UTC), "Pekka Virtanen"),
    ]
    dialog = ConsentDialog(None, AGENCIES, consents)
    qtbot.addWidget(dialog)
    assert dialog.boxes[2].isChecked()
    assert not dialog.boxes[3].isChecked()
    assert dialog.boxes[2].text() == "May share with Kela"
    assert status_text(dialog, "kela") == "recorded by Liisa Laine at 12:05 04.03."
    assert status_text(dialog, "vero") == (
        f"withdrawn, recorded by Pekka Virtanen at 09:30 01.08.{year - 1}"
    )
    assert status_text(dialog, "dvv") == ""
    assert dialog.changes() == {}

    dialog.boxes[2].setChecked(False)
    dialog.boxes[4].setChecked(True)
    dialog.boxes[3].setChecked(True)
    dialog.boxes[3].setChecked(False)
    assert dialog.changes() == {2: False, 4: True}


def status_text(dialog: ConsentDialog, code: str) -> str:
    label = dialog.findChild(QLabel, f"consentStatus_{code}")
    assert label is not None
    return label.text()


# ---------------------------------------------------------------- search
def hit(note_id: int, case_id: int, snippet: str, partition: int | None = None) -> SearchHit:
    return SearchHit(
        note_id=note_id,
        case_id=case_id,
        written_at=datetime(2025, 3, 4, 10, 15, tzinfo=UTC),
        author_name="Liisa Laine",
        partition_agency_id=partition,
        snippet=snippet,
    )


HITS = [
    hit(
        12,
        7,
        f"Haki {MATCH_START}asumistuki{MATCH_END}a <script>alert(1)</script> & muuta",
        partition=2,
    ),
    hit(9, 3, f"Kysyi {MATCH_START}asumistuesta{MATCH_END}\npuhelimessa"),
]


def make_search(qtbot: QtBot, search: Callable[[str], list[SearchHit]]) -> SearchDialog:
    dialog = SearchDialog(None, search, {2: "Kela"})
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    return dialog


def search_for(qtbot: QtBot, dialog: SearchDialog, query: str) -> None:
    dialog.query_edit.setText(query)
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)


def test_search_runs_off_the_gui_thread_and_shows_matches_in_bold(qtbot: QtBot) -> None:
    asked: list[tuple[str, int]] = []
    release = threading.Event()

    def search(query: str) -> list[SearchHit]:
        asked.append((query, threading.get_ident()))
        release.wait(WAIT_MS / 1000)
        return HITS

    dialog = make_search(qtbot, search)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    dialog.query_edit.setText("  asumistuki ")
    try:
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
        assert dialog.status.text() == "Searching…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert asked == [("asumistuki", asked[0][1])]
    assert asked[0][1] != threading.get_ident()
    assert dialog.status.text() == "2 note(s) (newest first)"
    assert dialog.model.rowCount() == 2

    first = dialog.model.index(0, 0)
    snippet = first.data(SearchHitModel.SNIPPET_HTML_ROLE)
    assert "<b>asumistuki</b>a" in snippet
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; muuta" in snippet
    assert "<script>" not in snippet
    assert first.data(SearchHitModel.META_ROLE) == "04.03.2025 12:15 · Liisa Laine · Kela"
    second = dialog.model.index(1, 0)
    assert second.data(SearchHitModel.META_ROLE).endswith("· shared")
    assert "<b>asumistuesta</b> puhelimessa" in second.data(SearchHitModel.SNIPPET_HTML_ROLE)
    assert "\x02" not in first.data(Qt.ItemDataRole.DisplayRole)

    html = dialog.delegate.html(first)
    assert "04.03.2025 12:15 · Liisa Laine · Kela" in html
    assert "<b>asumistuki</b>" in html
    option = QStyleOptionViewItem()
    option.font = dialog.results.font()
    option.widget = dialog.results
    one_line = dialog.results.fontMetrics().height()
    assert dialog.delegate.sizeHint(option, first).height() >= 2 * one_line


def test_search_says_when_nothing_matches_and_when_it_fails(qtbot: QtBot) -> None:
    answers: list[list[SearchHit] | Exception] = [
        [],
        TiskiError(Message("Cases", "Type at least one word to search for.")),
        RuntimeError("database went away"),
    ]

    def search(query: str) -> list[SearchHit]:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    dialog = make_search(qtbot, search)
    search_for(qtbot, dialog, "kummitus")
    assert dialog.status.text() == "No notes match."
    assert dialog.model.rowCount() == 0
    search_for(qtbot, dialog, "ja")
    assert dialog.status.text() == "Type at least one word to search for."
    search_for(qtbot, dialog, "ja ja")
    assert "failed unexpectedly" in dialog.status.text()
    assert answers == []

    dialog.query_edit.setText("   ")
    qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
    assert dialog.status.text() == "Type at least one word to search for."
    assert not dialog.running, "an empty query never reaches the desk"


def test_activating_a_hit_asks_for_its_case(qtbot: QtBot) -> None:
    dialog = make_search(qtbot, lambda _query: HITS)
    dialog.show()
    qtbot.waitExposed(dialog)
    search_for(qtbot, dialog, "asumistuki")
    requested: list[int] = []
    dialog.case_requested.connect(requested.append)

    dialog.results.setFocus()
    dialog.results.setCurrentIndex(dialog.model.index(1, 0))
    with qtbot.waitSignal(dialog.case_requested, timeout=WAIT_MS) as signal:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert signal.args == [3]
    assert dialog.isVisible(), "Enter on a hit neither closes the dialog nor searches again"

    rect = dialog.results.visualRect(dialog.model.index(0, 0))
    # A double-click as a mouse makes it: press and release, then the second press.
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.case_requested, timeout=WAIT_MS) as signal:
        qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [7]
    assert requested == [3, 7], "one request per activation"


def test_the_query_stays_when_the_dialog_is_shown_again(qtbot: QtBot) -> None:
    dialog = make_search(qtbot, lambda _query: HITS)
    dialog.show()
    search_for(qtbot, dialog, "asumistuki")
    dialog.hide()
    dialog.show()
    assert dialog.query() == "asumistuki"
    assert dialog.query_edit.selectedText() == "asumistuki"


def test_only_the_latest_search_shows(qtbot: QtBot) -> None:
    first_may_finish = threading.Event()

    def search(query: str) -> list[SearchHit]:
        if query == "first":
            first_may_finish.wait(WAIT_MS / 1000)
            return HITS
        return []

    dialog = make_search(qtbot, search)
    try:
        dialog.query_edit.setText("first")
        dialog.run_search()
        search_for(qtbot, dialog, "second")
    finally:
        first_may_finish.set()
    qtbot.waitUntil(lambda: jobs_running() == 0, timeout=WAIT_MS)
    assert dialog.status.text() == "No notes match."
    assert dialog.model.rowCount() == 0


# ---------------------------------------------------------------- audit trail
ENTRIES = [
    AuditEntry(
        1,
        datetime(2025, 3, 4, 8, 0, 5, tzinfo=UTC),
        "Liisa Laine",
        "T1",
        AuditAction.CASE_OPENED,
        7,
        None,
        "visit=3",
    ),
    AuditEntry(
        2,
        datetime(2025, 3, 4, 8, 5, 0, tzinfo=UTC),
        "Liisa Laine",
        "T1",
        AuditAction.NOTE_WRITTEN,
        7,
        12,
        "partition=shared",
    ),
    AuditEntry(
        3,
        datetime(2025, 7, 1, 9, 0, 0, tzinfo=UTC),
        None,
        None,
        AuditAction.AUDIT_EXPORTED,
        7,
        None,
        '=HYPERLINK("x")',
    ),
]


def test_the_audit_trail_reads_as_words_and_exports_as_csv(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AuditTrailDialog(None, 7, ENTRIES)
    qtbot.addWidget(dialog)
    assert "7" in dialog.windowTitle()
    model = dialog.table.model()
    assert model.rowCount() == 3
    assert [model.index(1, column).data() for column in range(6)] == [
        "04.03.2025 10:05:00",
        "Liisa Laine",
        "T1",
        "note written",
        "12",
        "partition=shared",
    ]
    assert model.index(2, 1).data() == "Tiski (no person)"

    out = tmp_path / "audit.csv"
    dialog.write_csv(out)
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Time", "Who", "Counter", "Action code", "What", "Note", "Detail"]
    assert rows[1:] == [
        [
            "2025-03-04T10:00:05+02:00",
            "Liisa Laine",
            "T1",
            "case_opened",
            "case opened",
            "",
            "visit=3",
        ],
        [
            "2025-03-04T10:05:00+02:00",
            "Liisa Laine",
            "T1",
            "note_written",
            "note written",
            "12",
            "partition=shared",
        ],
        [
            "2025-07-01T12:00:00+03:00",
            "Tiski (no person)",
            "",
            "audit_exported",
            "audit trail exported",
            "",
            '\'=HYPERLINK("x")',
        ],
    ]


def test_exporting_asks_where_and_says_where_it_went(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = AuditTrailDialog(None, 7, ENTRIES)
    qtbot.addWidget(dialog)
    out = tmp_path / "trail.csv"
    monkeypatch.setattr(
        "console.ui.case.audit_trail_dialog.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(out), "CSV files (*.csv)"),
    )
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args == [str(out)]
    assert out.read_text(encoding="utf-8-sig").count("\n") == 4
    assert str(out) in dialog.message.text()

    monkeypatch.setattr(
        "console.ui.case.audit_trail_dialog.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(tmp_path / "missing" / "trail.csv"), ""),
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Could not save")


@pytest.mark.skipif(os.name != "posix", reason="modes and links as on POSIX")
def test_the_exported_trail_is_private_and_never_written_through_a_link(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = AuditTrailDialog(None, 7, ENTRIES)
    qtbot.addWidget(dialog)
    chosen = tmp_path / "trail.csv"
    monkeypatch.setattr(
        "console.ui.case.audit_trail_dialog.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(chosen), "CSV files (*.csv)"),
    )
    old_umask = os.umask(0o022)
    try:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o600

    chosen.unlink()
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep me")
    chosen.symlink_to(target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith(f"Could not save {chosen}: is a symbolic link")
    assert target.read_text() == "keep me"

    chosen.unlink()
    chosen.write_text("earlier")
    chosen.chmod(0o644)  # the save dialog asked before replacing; others could read it
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "can be read by other users" in dialog.message.text()
    assert (chosen.read_text(), stat.S_IMODE(chosen.stat().st_mode)) == ("earlier", 0o644)


# ---------------------------------------------------------------- unsaved notes
def draft(
    key: str, ticket: str | None, case_id: int | None, text: str, partition: int | None = None
) -> Draft:
    return Draft(
        client_id=key,
        database="db",
        staff_id=1,
        case_id=case_id,
        visit_id=3,
        ticket_number=ticket,
        service_id=None,
        partition_agency_id=partition,
        amends_id=None,
        text=text,
        updated_at=datetime(2025, 3, 4, 12, 30, tzinfo=UTC),
    )


DRAFTS = [
    draft("a", "K012", 7, "Asiakas kysyi asumistuesta. " * 10),
    draft("b", None, None, "Lyhyt\nmuistiinpano", partition=2),
]


def make_restore(qtbot: QtBot) -> RestoreDraftsDialog:
    dialog = RestoreDraftsDialog(None, DRAFTS, {2: "Kela"})
    qtbot.addWidget(dialog)
    return dialog


def test_restore_lists_the_drafts_and_restores_them(qtbot: QtBot) -> None:
    dialog = make_restore(qtbot)
    model = dialog.table.model()
    assert [model.index(0, column).data() for column in range(4)] == [
        "K012",
        "7",
        "04.03.2025 14:30",
        "Shared with the desk",
    ]
    preview = model.index(0, 4).data()
    assert preview.endswith("…")
    assert len(preview) <= 81
    # Each note says who will read it once restored.
    assert [model.index(1, column).data() for column in (0, 1, 3, 4)] == [
        "–",
        "–",
        "Kela only",
        "Lyhyt muistiinpano",
    ]
    assert dialog.restore_button.isDefault()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_choice() == "restore"


def test_discarding_needs_a_confirmation(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr("console.ui.case.restore_drafts_dialog.QMessageBox.question", question)
    dialog = make_restore(qtbot)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.result_choice() == "restore", "cancelled: nothing is discarded"
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert dialog.result_choice() == "discard"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "2 unsaved note(s)" in asked[0]


def test_closing_the_restore_dialog_keeps_the_drafts(qtbot: QtBot) -> None:
    dialog = make_restore(qtbot)
    dialog.reject()
    assert dialog.result_choice() == "restore"
