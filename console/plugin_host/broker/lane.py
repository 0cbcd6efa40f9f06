"""One plugin's lane: its queue of calls, the threads that carry them out, and its courier.

Each plugin has a lane of its own, so one slow agency never holds the threads another
agency's calls need. The lane's ``cond`` guards its queue, its running calls and its
remembered answers. Answers that are not the result of a call carried out (cancelled
while queued) go by the lane's courier thread, so ``deliver`` is never called on the
caller's thread.
"""

from __future__ import annotations

import collections
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from console.plugin_api.http import HttpClient
from console.plugin_api.http_deadline import CallSwitch
from console.plugin_host.broker.answers import Translate, cancelled, failed
from console.plugin_host.broker.remembered import RememberedAnswers

# The broker's logger still: what the log says of calls is unchanged by the package split.
log = logging.getLogger("console.plugin_host.broker")

Deliver = Callable[[dict[str, Any]], None]


@dataclass
class Call:
    """One ``fetch`` of a plugin, from its submission until its answer is delivered."""

    number: Any
    generation: int
    message: dict[str, Any]
    deliver: Deliver
    switch: CallSwitch
    cancelled: bool = False


@dataclass(frozen=True)
class Setup:
    """Where a plugin's back office is and what its calls are given (``Broker.configure``)."""

    base_url: str
    read_timeout: float
    ca_bundle: str | None
    credentials: tuple[str, ...]
    health: str | None


CarryOut = Callable[["Lane", Call], dict[str, Any]]


class Lane:
    """One plugin's calls: its queue, its threads, its client and its remembered answers."""

    def __init__(self, plugin_id: str, setup: Setup) -> None:
        self.plugin_id = plugin_id
        self.setup = setup
        self.cond = threading.Condition()
        self.queue: collections.deque[Call] = collections.deque()
        self.running: list[Call] = []
        self.workers: list[threading.Thread] = []
        self.idle = 0
        self.floor = 0  # calls of generations below this are answered "cancelled"
        self.closing = False
        self.client_lock = threading.Lock()
        self.client: HttpClient | None = None
        self.remembered = RememberedAnswers(self.cond)
        self.courier: queue.SimpleQueue[tuple[Deliver, dict[str, Any]] | None] = queue.SimpleQueue()
        self.courier_thread: threading.Thread | None = None
        self.health_thread: threading.Thread | None = None
        self.health_switch: CallSwitch | None = None

    # ------------------------------------------------------------ workers
    def add_worker(self, carry_out: CarryOut, translate: Translate) -> None:
        """Start one more thread taking calls off the queue (callers hold ``cond``)."""
        worker = threading.Thread(
            target=self._work,
            args=(carry_out, translate),
            name=f"broker-{self.plugin_id}-{len(self.workers) + 1}",
            daemon=True,
        )
        self.workers.append(worker)
        worker.start()

    def _work(self, carry_out: CarryOut, translate: Translate) -> None:
        while True:
            with self.cond:
                self.idle += 1
                while not self.queue and not self.closing:
                    self.cond.wait()
                self.idle -= 1
                if not self.queue:
                    return
                call = self.queue.popleft()
                self.running.append(call)
            try:
                answer = carry_out(self, call)
            except Exception as error:  # the broker itself must never lose an answer
                log.exception("Plugin %s: a call failed unexpectedly", self.plugin_id)
                answer = failed(call.number, error, translate)
            with self.cond:
                self.running.remove(call)
                if call.cancelled:
                    answer = cancelled(call.number, translate)
            deliver(call.deliver, answer, self.plugin_id)

    # ------------------------------------------------------------ courier
    def by_courier(self, deliver: Deliver, answer: dict[str, Any]) -> None:
        """Deliver on the lane's courier thread (callers hold ``cond``)."""
        self.courier.put((deliver, answer))
        if self.courier_thread is None:
            self.courier_thread = threading.Thread(
                target=self._courier,
                name=f"broker-{self.plugin_id}-courier",
                daemon=True,
            )
            self.courier_thread.start()

    def _courier(self) -> None:
        while True:
            item = self.courier.get()
            if item is None:
                # close() posts None after every answer it queued: deliver what is left.
                while True:
                    try:
                        rest = self.courier.get_nowait()
                    except queue.Empty:
                        return
                    if rest is not None:
                        deliver(rest[0], rest[1], self.plugin_id)
            deliver(item[0], item[1], self.plugin_id)


def deliver(to: Deliver, answer: dict[str, Any], plugin_id: str) -> None:
    """Hand ``answer`` over; a failing ``to`` is logged, never raised on a broker thread."""
    try:
        to(answer)
    except Exception:
        log.exception("Delivering an answer to plugin %s failed", plugin_id)


def deliver_once(to: Deliver, answer: dict[str, Any], name: str) -> None:
    """Deliver on a thread of its own: a call of no lane, or of one that is closing."""
    threading.Thread(target=deliver, args=(to, answer, name), name=name, daemon=True).start()
