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
"""

from __future__ import annotations

import json
import os
import signal
import sys

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
            from console.ui.case_dialogs import RestoreDraftsDialog

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
        from console.ui.case_panel import CasePanel

        def die(_panel: CasePanel, _draft: object) -> None:
            print("COMMITTED", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

        CasePanel._forget_draft = die  # type: ignore[method-assign,assignment]
        self.timer.stop()
        self.window.case_panel.save_button.click()

    def settle(self) -> None:
        from console.ui.case_dialogs import RestoreDraftsDialog

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
        self.window.close()


def main() -> int:
    mode = sys.argv[1]
    text = sys.argv[2] if len(sys.argv) > 2 else ""
    original = ConsoleWindow.start

    def start(window: ConsoleWindow) -> None:
        original(window)
        window._driver = Script(window, mode, text)  # type: ignore[attr-defined]

    console_window.ConsoleWindow.start = start  # type: ignore[method-assign]
    return cli.main(["--demo"])


if __name__ == "__main__":
    sys.exit(main())
