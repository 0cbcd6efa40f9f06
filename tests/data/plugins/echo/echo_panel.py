"""A plugin of API 2 for the runtime's tests: describe, act, and ways to misbehave."""

from __future__ import annotations

import contextlib
import os
import time

from console.plugin_api.describe import Context
from console.plugin_api.model import Visitor
from console.plugin_api.view import Action, Row, Section, Table, View


class EchoPlugin:
    def describe(self, context: Context, visitor: Visitor | None) -> View:
        if visitor is None:
            return View(title="Echo", placeholder="Nobody at the counter.")
        answer = context.fetch_json(
            "person", "/person", {"ticket": visitor.ticket or ""}, items="applications"
        )
        if answer.data is None:
            message = answer.error.message if answer.error else "no answer"
            return View(title="Echo", placeholder=f"No answer: {message}")
        applications = answer.data.get("applications", [])
        return View(
            title="Echo",
            blocks=[
                Section(
                    "Visitor",
                    [
                        Row("Ticket", visitor.ticket or ""),
                        Row("Name", visitor.name or "(not given)"),
                        Row("Identity code", visitor.identity_code or "(not given)"),
                        Row(
                            "Said",
                            str(answer.data.get("said", "")),
                            link="https://asiointi.example.fi/said",
                        ),
                    ],
                ),
                Table(
                    "Applications",
                    ["Id", "State"],
                    [[str(item["id"]), str(item["state"])] for item in applications],
                    total=answer.total,
                ),
            ],
            stale_as_of=answer.fetched_at if answer.stale else None,
            note=f"Echo for {visitor.ticket}",
            actions=[
                Action("refresh", "Refresh"),
                Action("crash", "Crash"),
                Action("hang", "Hang"),
            ],
        )

    def act(self, context: Context, visitor: Visitor | None, action_id: str) -> View | None:
        if action_id == "crash":
            os._exit(3)
        if action_id == "hang":
            while True:  # not even a sleep: only a kill ends it
                time.monotonic()
        if action_id == "print":
            print("stray output with 131052-308T that must not break the protocol")
        if action_id == "flood":
            for n in range(5000):
                print(f"flood line {n}")
        if action_id == "garble":
            # Find the protocol's pipe among the open descriptors and claim a huge message.
            for fd in range(3, 64):
                with contextlib.suppress(OSError):
                    os.write(fd, (1 << 31).to_bytes(4, "big"))
            time.sleep(5)
        return None
