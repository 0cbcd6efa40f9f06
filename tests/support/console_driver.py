"""Drive the real ``tiski --demo`` console in its own process, for the crash tests.

``python console_driver.py type TEXT``: call the next ticket, type TEXT into the
note editor, print ``TYPED`` once the journal holds it, then keep running (the
test kills the process). ``python console_driver.py restore``: start again,
answer the restore offer with "Restore all", print the editor's text as JSON,
and close. ``python console_driver.py save-and-die TEXT``: as ``type``, then save
the note and kill the process with SIGKILL right after the database committed it,
before its draft is dropped. ``python console_driver.py settle``: start again,
answer any restore offer with "Restore all", save whatever came back into the
editor (as a person would), print what was offered and the editor's text as
JSON, and close. Everything else is the real start-up path (``console.cli.main``).

For the fault suite (tests/faults), on the database the environment names
(``TISKI_DATABASE_URL``), signed in as ``TISKI_DRIVER_SIGN_IN`` (``user@counter``)
instead of the demo desk:

- ``shift LABEL``: work a scripted shift for ever (the test kills it): call next, write
  a note (``LABEL n<k>``), save it, then finish or (every third visitor) transfer, and
  again. Restored drafts are taken back and saved. Each step is printed as a JSON line
  (``{"event": "typed", "text": ...}``, ``called``, ``saved``, ``finished``, ...).
- ``finish LABEL``: the same, but once the outbox is empty and one visitor was served,
  print ``{"event": "done", "pending": 0}`` and close.
- ``idle``: print ``{"event": "ready"}`` once signed in and shown, then wait.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from console import cli
from console.ui import console_window
from console.ui.console_window import ConsoleWindow


class Script:
    def __init__(self, window: ConsoleWindow, mode: str, text: str) -> None:
        self.window = window
        self.mode = mode
        self.text = text
        self.called = False
        self.typed = False
        self.offered = 0
        self.saved = False
        self.ticks = 0
        self.timer = QTimer(window)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        window = self.window
        panel = window.case_panel
        if self.mode == "settle":
            self.settle()
            return
        if self.mode == "restore":
            from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog

            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, RestoreDraftsDialog):
                dialog.restore_button.click()
                return
            if panel.editor.toPlainText() == self.text and panel.step is not None:
                print(json.dumps({"editor": panel.editor.toPlainText()}), flush=True)
                self.mode = "quit"
                window.close()
            return
        if self.mode == "quit":
            if window.leave_dialog is not None:
                # Quitting with the visitor still called: keep them for me.
                window.leave_dialog.keep_button.click()
                self.timer.stop()
            return
        if window.serving.current is None:
            if not self.called and window.serving.call_next_action.isEnabled():
                self.called = True
                window.serving.call_next_action.trigger()
            return
        if not self.typed and panel.editor.isEnabled() and panel.step is not None:
            from PySide6.QtTest import QTest

            self.typed = True
            QTest.keyClicks(panel.editor, self.text)
            return
        journal = panel.journal
        if self.typed and journal is not None and panel.step is not None:
            draft = journal.draft(panel.database, panel.signed_in.staff.id, panel.client_id)
            if draft is not None and draft.text == self.text:
                if self.mode == "save-and-die":
                    self.save_and_die()
                    return
                print("TYPED", flush=True)
                self.timer.stop()

    def save_and_die(self) -> None:
        """The crash point of the test: committed, draft not yet dropped."""
        from console.ui.case.case_panel import CasePanel

        def die(_panel: CasePanel, _draft: object) -> None:
            print("COMMITTED", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        CasePanel._forget_draft = die  # type: ignore[method-assign,assignment]
        self.timer.stop()
        self.window.case_panel.save_button.click()

    def settle(self) -> None:
        from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog

        panel = self.window.case_panel
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDraftsDialog):
            self.offered += dialog.model.rowCount()
            dialog.restore_button.click()
            return
        if not panel._drafts_checked or panel._sending:
            return
        self.ticks += 1
        if panel.step is None and self.ticks < 30:
            return  # the visit at the counter may still be on its way
        if panel.editor.toPlainText().strip() and not self.saved:
            self.saved = True
            panel.save_button.click()
            return
        print(
            json.dumps({"offered": self.offered, "editor": panel.editor.toPlainText()}),
            flush=True,
        )
        self.timer.stop()
        self.window.close_unattended()  # the visitor stays called; nobody answers the question


def emit(**event: object) -> None:
    print(json.dumps(event, ensure_ascii=False), flush=True)


class Shift:
    """A scripted shift at one counter; see the module's docstring."""

    TRANSFER_TO = "vero-taxcard"

    def __init__(self, window: ConsoleWindow, label: str, *, final: bool) -> None:
        self.window = window
        self.label = label
        self.final = final
        self.notes = 0
        self.served = 0
        self.nobody_waiting = False
        self.phase = "new"  # new -> typed -> saving -> act -> new
        self.step_id: int | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # What the desk answered, not what the window shows: a console that restarts shows
        # the step already at its counter, which it did not call again.
        queue = window.desk.queue
        call_next = queue.call_next

        def calling(actor: Any, **options: Any) -> Any:
            called = call_next(actor, **options)
            if called is not None:
                emit(event="called", step=called.step.step_id)
            else:
                self.nobody_waiting = True
                emit(event="nobody_waiting")
            return called

        queue.call_next = calling  # type: ignore[method-assign]
        emit(event="started", label=label)

    def tick(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from console.ui.case.restore_drafts_dialog import RestoreDraftsDialog
        from console.ui.queue.queue_dialogs import TransferDialog

        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RestoreDraftsDialog):
            emit(event="restoring")
            dialog.restore_button.click()
            return
        if isinstance(dialog, TransferDialog):
            dialog.service_box.setCurrentIndex(dialog.service_box.findData(self.TRANSFER_TO))
            dialog.accept()
            return
        for box in self.window.findChildren(QMessageBox):
            if box.isVisible():  # an error the shift has seen; the database state decides
                emit(event="message", text=box.text()[:200])
                box.close()
        window = self.window
        serving = window.serving
        panel = window.case_panel
        if serving.busy:
            return
        current = serving.current
        if current is None:
            self.phase, self.step_id = "new", None
            finished = self.served or self.nobody_waiting
            if self.final and finished and not panel.pending_count():
                emit(event="done", pending=panel.pending_count(), served=self.served)
                self.timer.stop()
                window.close()
                return
            if serving.call_next_action.isEnabled() and not self.nobody_waiting:
                serving.call_next_action.trigger()  # busy until the desk answers
            return
        if self.step_id != current.step_id:
            self.phase, self.step_id = "new", current.step_id
        if panel.step is None or panel.step.step_id != current.step_id:
            return
        if not panel.editor.isEnabled() or "…" in panel.case_label.text():
            return
        text = panel.editor.toPlainText()
        if self.phase == "saving":
            if not text:
                emit(event="saved", step=current.step_id, pending=panel.pending_count())
                self.phase = "act"
            return
        if text.strip():
            # Typed by this run or restored after a crash: either way it is saved now.
            panel.save_button.click()
            self.phase = "saving"
            return
        if self.phase == "new":
            note = f"{self.label} n{self.notes}"
            self.notes += 1
            panel.editor.insertPlainText(note)
            panel.write_journal(force=True)
            emit(event="typed", text=note, step=current.step_id)
            self.phase = "typed"
            return
        if self.phase == "act":
            self.served += 1
            if self.served % 3 == 0 and serving.transfer_action.isEnabled():
                emit(event="transferring", step=current.step_id)
                serving.transfer_action.trigger()
            else:
                emit(event="finishing", step=current.step_id)
                serving.finish_action.trigger()
            self.phase = "new"


class Idle:
    def __init__(self, window: ConsoleWindow) -> None:
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: emit(event="ready"))
        self.timer.start(500)


def _sign_in_as(user_at_counter: str) -> None:
    """Sign in without the dialog, as ``user@counter``: the rest is the real start-up."""
    from console.app import windows
    from console.app.opening import open_desk

    username, _at, counter = user_at_counter.partition("@")

    def choose(settings: Any, _parent: Any = None, **_options: Any) -> Any:
        from console.ui.access.session import Session

        desk = open_desk(settings, demo=False).desk
        return Session(desk, desk.sign_in_by_username(username, counter))

    # run_console looks choose_sign_in up in its own module: it is replaced there.
    windows.choose_sign_in = choose  # type: ignore[assignment]


def main() -> int:
    mode = sys.argv[1]
    text = sys.argv[2] if len(sys.argv) > 2 else ""
    original = ConsoleWindow.start

    def start(window: ConsoleWindow) -> None:
        original(window)
        driver: object
        if mode in ("shift", "finish"):
            driver = Shift(window, text, final=mode == "finish")
        elif mode == "idle":
            driver = Idle(window)
        else:
            driver = Script(window, mode, text)
        window._driver = driver  # type: ignore[attr-defined]

    console_window.ConsoleWindow.start = start  # type: ignore[method-assign]
    sign_in = os.environ.get("TISKI_DRIVER_SIGN_IN")
    if sign_in:
        _sign_in_as(sign_in)
        return cli.main([])
    return cli.main(["--demo"])


if __name__ == "__main__":
    sys.exit(main())
