"""The consultation dialogs: what the person chooses is what the console gets."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from console.core.consult import AgencyStaffing, ConsultInfo, ConsultState
from console.core.queue import DESK_TIMEZONE
from console.core.records import AgencyInfo, Names, ServiceInfo
from console.ui.consult.ask_specialist_dialog import AskSpecialistDialog
from console.ui.consult.consult_status import ConsultStatusLabel
from console.ui.consult.decline_dialog import DeclineDialog
from console.ui.consult.hand_back_dialog import HandBackDialog
from console.ui.consult.remote_appointment_dialog import (
    RemoteAppointmentDialog,
    first_booking_time,
)

WAIT_MS = 15_000  # only a guard against a hang: a busy 2-core machine is slow
# 10:45 in Pori (UTC+2 in March).
NOW = datetime(2025, 3, 4, 8, 45, tzinfo=UTC)


def agency(agency_id: int, code: str, name: str, short: str) -> AgencyInfo:
    return AgencyInfo(agency_id, code, Names(name, name, name), Names(short, short, short))


KELA = agency(1, "kela", "Kela", "Kela")
VERO = agency(2, "vero", "Finnish Tax Administration", "Tax")
AGENCIES = {KELA.id: KELA, VERO.id: VERO}


def consult(**changes: object) -> ConsultInfo:
    base = ConsultInfo(
        id=7,
        visit_id=3,
        step_id=11,
        case_id=5,
        agency_id=KELA.id,
        ticket_number="K012",
        topic="Housing allowance",
        question="Does the new lease change the allowance from April?",
        state=ConsultState.OPEN,
        requested_by="Matti Virtanen",
        requested_by_id=4,
        counter_code="T2",
        requested_at=NOW - timedelta(minutes=3),
        expires_at=NOW + timedelta(minutes=7),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


# ---------------------------------------------------------------- ask
class Staffing:
    """Counts per agency, read the way the desk would: on some thread, maybe slowly."""

    def __init__(self, counts: dict[int, AgencyStaffing]) -> None:
        self.counts = counts
        self.threads: list[threading.Thread] = []
        self.release = threading.Event()
        self.release.set()

    def __call__(self, agency_id: int) -> AgencyStaffing:
        self.threads.append(threading.current_thread())
        assert self.release.wait(WAIT_MS / 1000)
        return self.counts[agency_id]


def make_ask(
    qtbot: QtBot, staffing: Staffing | None = None, *, consented: set[int] | None = None
) -> AskSpecialistDialog:
    staffing = staffing or Staffing(
        {KELA.id: AgencyStaffing(KELA.id, 2, 1, 3), VERO.id: AgencyStaffing(VERO.id, 0, 2, 0)}
    )
    dialog = AskSpecialistDialog(
        None, [KELA, VERO], staffing=staffing, consented=consented or set(), preselect=KELA.id
    )
    qtbot.addWidget(dialog)
    return dialog


def test_ask_reads_staffing_off_the_gui_thread_for_each_agency(qtbot: QtBot) -> None:
    staffing = Staffing(
        {KELA.id: AgencyStaffing(KELA.id, 2, 1, 3), VERO.id: AgencyStaffing(VERO.id, 0, 2, 0)}
    )
    staffing.release.clear()
    dialog = make_ask(qtbot, staffing)
    assert dialog.agency_box.currentText() == "Kela"
    assert dialog.staffing_label.text() == "Specialists: …", "still reading"
    staffing.release.set()
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)
    assert dialog.staffing_label.text() == "Specialists: 2 available, 1 busy, 3 away"
    assert dialog.none_available.isHidden()
    assert threading.main_thread() not in staffing.threads

    dialog.agency_box.setCurrentIndex(dialog.agency_box.findData(VERO.id))
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)
    assert dialog.agency_box.currentText() == "Finnish Tax Administration"
    assert dialog.staffing_label.text() == "Specialists: 0 available, 2 busy, 0 away"
    assert not dialog.none_available.isHidden()
    assert dialog.none_available.text() == (
        "No Tax specialist is available right now; the request waits until its time runs out."
    )
    assert len(staffing.threads) == 2
    assert threading.main_thread() not in staffing.threads


def test_ask_says_staffing_is_not_known_when_it_cannot_be_read(qtbot: QtBot) -> None:
    def unreachable(agency_id: int) -> AgencyStaffing:
        raise ConnectionError("database unreachable")

    dialog = AskSpecialistDialog(None, [KELA], staffing=unreachable, consented=())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)
    assert dialog.staffing_label.text() == "Specialists: not known"
    assert dialog.none_available.isHidden(), "unknown is not the same as nobody"


def test_ask_says_what_the_specialist_sees_with_and_without_consent(qtbot: QtBot) -> None:
    dialog = make_ask(qtbot, consented={KELA.id})
    assert "sees the visitor's name and birth date" in dialog.shared_text.text()
    dialog.agency_box.setCurrentIndex(dialog.agency_box.findData(VERO.id))
    assert dialog.shared_text.text() == (
        "The visitor has not agreed to share this case with Finnish Tax Administration: the "
        "specialist sees only your question and the agency's own notes. Record the consent "
        "first if more is needed."
    )
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)


def test_ask_needs_a_question_and_returns_what_was_typed(qtbot: QtBot) -> None:
    dialog = make_ask(qtbot)
    assert not dialog.ok_button.isEnabled()
    assert dialog.counter.text() == "0 / 2000"
    qtbot.keyClicks(dialog.question_edit, "   ")
    assert not dialog.ok_button.isEnabled(), "blanks are no question"
    qtbot.keyClicks(dialog.question_edit, "Can the allowance be paid from April?")
    assert dialog.ok_button.isEnabled()
    assert dialog.counter.text() == "37 / 2000"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request() == (KELA.id, None, "Can the allowance be paid from April?")

    dialog.topic_edit.setText("  Housing allowance ")
    assert dialog.request()[1] == "Housing allowance"
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)


def test_ask_refuses_a_question_over_the_limit(qtbot: QtBot) -> None:
    dialog = make_ask(qtbot)
    dialog.question_edit.setPlainText("x" * 2001)
    assert dialog.counter.text() == "2001 / 2000"
    assert not dialog.ok_button.isEnabled()
    assert not dialog.too_long.isHidden()
    dialog.question_edit.setPlainText("x" * 2000)
    assert dialog.ok_button.isEnabled()
    assert dialog.too_long.isHidden()
    qtbot.waitUntil(lambda: not dialog.reading_staffing, timeout=WAIT_MS)


# ---------------------------------------------------------------- decline, hand back
def test_decline_shows_the_request_and_quick_reasons_fill_the_reason(qtbot: QtBot) -> None:
    dialog = DeclineDialog(None, consult())
    qtbot.addWidget(dialog)
    assert "K012" in dialog.windowTitle()
    assert dialog.request_view.question.toPlainText().startswith("Does")
    assert [button.text() for button in dialog.quick_buttons] == [
        "In another meeting",
        "Not my area",
        "Ending my shift",
    ]
    assert not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.quick_buttons[1], Qt.MouseButton.LeftButton)
    assert dialog.reason_edit.text() == "Not my area"
    assert dialog.ok_button.isEnabled()
    dialog.reason_edit.setText("  Back at 11  ")
    assert dialog.reason() == "Back at 11"
    dialog.reason_edit.clear()
    assert not dialog.ok_button.isEnabled()


def test_hand_back_requires_a_summary(qtbot: QtBot) -> None:
    dialog = HandBackDialog(None, consult(state=ConsultState.ACCEPTED))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.isHidden()
    qtbot.keyClicks(dialog.summary_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.summary_edit, "Allowance continues; new lease to Kela by 15.3.")
    assert dialog.ok_button.isEnabled()
    assert dialog.summary() == "Allowance continues; new lease to Kela by 15.3."
    dialog.summary_edit.setPlainText("x" * 20_001)
    assert not dialog.ok_button.isEnabled()
    assert "20001 characters" in dialog.message.text()


# ---------------------------------------------------------------- remote appointment
def service(service_id: int, code: str, agency_code: str, name: str) -> ServiceInfo:
    return ServiceInfo(service_id, code, agency_code, code[0].upper(), Names(name, name, name), 20)


def test_remote_appointment_offers_the_agency_services_and_an_aware_time(qtbot: QtBot) -> None:
    services = [
        service(1, "kela-general", "kela", "Kela benefits"),
        service(2, "vero-taxcard", "vero", "Tax card"),
        service(3, "kela-family", "kela", "Family benefits"),
    ]
    now = datetime.now(UTC)
    dialog = RemoteAppointmentDialog(
        None, consult(state=ConsultState.EXPIRED), KELA, services, now=now
    )
    qtbot.addWidget(dialog)
    box = dialog.service_box
    assert [box.itemText(row) for row in range(box.count())] == [
        "Kela benefits",
        "Family benefits",
    ]
    box.setCurrentIndex(1)
    code, starts_at = dialog.choice()
    assert code == "kela-family"
    assert starts_at.tzinfo is DESK_TIMEZONE
    assert starts_at == first_booking_time(now)
    assert starts_at - now >= timedelta(minutes=30)
    assert (starts_at.minute, starts_at.second) == (0, 0)


def test_remote_appointment_time_never_goes_into_the_past(qtbot: QtBot) -> None:
    now = datetime.now(UTC)
    dialog = RemoteAppointmentDialog(
        None, consult(), KELA, [service(1, "kela-general", "kela", "Kela benefits")], now=now
    )
    qtbot.addWidget(dialog)
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(-2))
    _code, starts_at = dialog.choice()
    assert starts_at > now


def test_the_first_booking_time_is_a_full_hour_half_an_hour_ahead() -> None:
    assert first_booking_time(datetime(2025, 3, 4, 8, 20, tzinfo=UTC)).hour == 9
    assert first_booking_time(datetime(2025, 3, 4, 8, 30, tzinfo=UTC)).hour == 9
    assert first_booking_time(datetime(2025, 3, 4, 8, 31, tzinfo=UTC)).hour == 10


def test_remote_appointment_without_services_cannot_be_booked(qtbot: QtBot) -> None:
    dialog = RemoteAppointmentDialog(None, consult(), VERO, [], now=NOW)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "Finnish Tax Administration has no services" in dialog.message.text()


# ---------------------------------------------------------------- status line
def status(qtbot: QtBot, shown: ConsultInfo | None) -> ConsultStatusLabel:
    label = ConsultStatusLabel()
    qtbot.addWidget(label)
    label.show_consult(shown, AGENCIES, NOW)
    return label


def test_status_line_for_each_state(qtbot: QtBot) -> None:
    declines = (("Päivi Lehtonen", "In another meeting"), ("Olli Aho", "Not my area"))
    accepted = {"accepted_by": "Päivi Lehtonen", "accepted_by_id": 9}
    expected = {
        consult(): "Asked Kela 3 min ago – waiting",
        consult(declines=declines): "Asked Kela 3 min ago – waiting (2 declined)",
        consult(requested_at=NOW): "Asked Kela just now – waiting",
        consult(
            state=ConsultState.ACCEPTED, accepted_at=NOW - timedelta(minutes=3), **accepted
        ): "Päivi Lehtonen (Kela) joined at 10:42",
        consult(state=ConsultState.EXPIRED): "No Kela specialist accepted in time",
        consult(
            state=ConsultState.HANDED_BACK, closed_at=NOW + timedelta(minutes=13), **accepted
        ): "Päivi Lehtonen handed the visit back at 10:58",
        consult(
            state=ConsultState.TAKEN_OVER, closed_at=NOW + timedelta(minutes=5), **accepted
        ): "Päivi Lehtonen took the visit over at 10:50",
        consult(state=ConsultState.CANCELLED, agency_id=VERO.id): "Request to Tax cancelled",
    }
    for shown, text in expected.items():
        label = status(qtbot, shown)
        assert label.text() == text
        assert not label.isHidden()


def test_status_line_colours_and_details(qtbot: QtBot) -> None:
    waiting = status(qtbot, consult(declines=(("Olli Aho", "Not my area"),)))
    assert waiting.property("tone") == "attention"  # coloured by the theme (colours.py)
    assert waiting.toolTip() == "Housing allowance\nOlli Aho declined: Not my area"
    accepted = status(
        qtbot, consult(state=ConsultState.ACCEPTED, accepted_by="Päivi Lehtonen", accepted_at=NOW)
    )
    assert accepted.property("tone") == "good"
    assert status(qtbot, consult(state=ConsultState.EXPIRED)).property("tone") == "late"


def test_status_line_hides_without_a_request(qtbot: QtBot) -> None:
    label = status(qtbot, consult())
    assert not label.isHidden()
    label.show_consult(None, AGENCIES, NOW)
    assert label.isHidden()
    assert label.text() == ""
