"""The life of one visit step: which actions are allowed in which state.

    pending --(every earlier step of the visit closed)--> waiting
    waiting --call--> called --start--> serving --finish--> done
       |                |  \\--recall (stays called; too many -> no_show)
       |                |--no_show--> no_show
       |                |--finish--> done            (a quick answer)
       |--cancel-->  cancelled <--cancel-- called, pending
    pending/waiting/called/serving --transfer--> transferred (+ a new step in its place)
    called/serving --park--> (parked, still the counter's) --resume--> back

A step that is done, no_show, cancelled or transferred is closed: nothing more
happens to it. A visit's first open step (by position) is waiting, called or being
served; every later open step is pending, in no queue, until the steps before it
close: the store moves it to waiting in the same transaction that closes the last of
them (``QueueTx.settle_visit``), so the queue is simply the waiting steps.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Protocol

from console.core.queue import StepState
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError


class StepAction(enum.StrEnum):
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    CANCEL = "cancel"
    TRANSFER = "transfer"
    PARK = "park"
    RESUME = "resume"


OPEN_STATES = frozenset({StepState.PENDING, StepState.WAITING, StepState.CALLED, StepState.SERVING})
# Steps nobody may call yet, or may call now: a guide or supervisor manages these
# (cancel, transfer) without holding them at a counter.
NOT_YET_CALLED = frozenset({StepState.PENDING, StepState.WAITING})
CLOSED_STATES = frozenset(
    {StepState.DONE, StepState.NO_SHOW, StepState.CANCELLED, StepState.TRANSFERRED}
)

# Steps another step took the place of (a transfer) or that were dropped (a cancel):
# not part of the visit as the visitor lives it, so they are shown struck out and get no
# number ("service 1 of 2" counts only the others). The store counts alike in SQL
# (console/store/rows.py: STEPS_IN_VISIT, STEP_NUMBER_IN_VISIT).
REPLACED_STATES = frozenset({StepState.TRANSFERRED, StepState.CANCELLED})


class _Step(Protocol):
    @property
    def step_id(self) -> int: ...
    @property
    def position(self) -> int: ...
    @property
    def state(self) -> StepState: ...


def journey_numbers(steps: Iterable[_Step]) -> dict[int, int]:
    """Each lived step's number in its visit (1, 2, ...) by step id, in the order the
    visitor goes through them; replaced steps (:data:`REPLACED_STATES`) have none."""
    lived = sorted(
        (step for step in steps if step.state not in REPLACED_STATES),
        key=lambda step: (step.position, step.step_id),
    )
    return {step.step_id: number for number, step in enumerate(lived, start=1)}


ALLOWED_FROM: dict[StepAction, frozenset[StepState]] = {
    StepAction.CALL: frozenset({StepState.WAITING}),
    StepAction.RECALL: frozenset({StepState.CALLED}),
    StepAction.START: frozenset({StepState.CALLED}),
    StepAction.FINISH: frozenset({StepState.CALLED, StepState.SERVING}),
    StepAction.NO_SHOW: frozenset({StepState.CALLED}),
    StepAction.CANCEL: frozenset({StepState.PENDING, StepState.WAITING, StepState.CALLED}),
    StepAction.TRANSFER: frozenset(
        {StepState.PENDING, StepState.WAITING, StepState.CALLED, StepState.SERVING}
    ),
    StepAction.PARK: frozenset({StepState.CALLED, StepState.SERVING}),
    StepAction.RESUME: frozenset({StepState.CALLED, StepState.SERVING}),
}

RESULT: dict[StepAction, StepState | None] = {
    StepAction.CALL: StepState.CALLED,
    StepAction.RECALL: None,
    StepAction.START: StepState.SERVING,
    StepAction.FINISH: StepState.DONE,
    StepAction.NO_SHOW: StepState.NO_SHOW,
    StepAction.CANCEL: StepState.CANCELLED,
    StepAction.TRANSFER: StepState.TRANSFERRED,
    StepAction.PARK: None,
    StepAction.RESUME: None,
}


def _action_name(action: StepAction) -> Message:
    names = {
        StepAction.CALL: QT_TRANSLATE_NOOP("Steps", "called"),
        StepAction.RECALL: QT_TRANSLATE_NOOP("Steps", "recalled"),
        StepAction.START: QT_TRANSLATE_NOOP("Steps", "started"),
        StepAction.FINISH: QT_TRANSLATE_NOOP("Steps", "finished"),
        StepAction.NO_SHOW: QT_TRANSLATE_NOOP("Steps", "marked as a no-show"),
        StepAction.CANCEL: QT_TRANSLATE_NOOP("Steps", "cancelled"),
        StepAction.TRANSFER: QT_TRANSLATE_NOOP("Steps", "transferred"),
        StepAction.PARK: QT_TRANSLATE_NOOP("Steps", "parked"),
        StepAction.RESUME: QT_TRANSLATE_NOOP("Steps", "taken back"),
    }
    return Message("Steps", names[action])


def state_name(state: StepState) -> Message:
    names = {
        StepState.PENDING: QT_TRANSLATE_NOOP("Steps", "later in the visit"),
        StepState.WAITING: QT_TRANSLATE_NOOP("Steps", "waiting"),
        StepState.CALLED: QT_TRANSLATE_NOOP("Steps", "called"),
        StepState.SERVING: QT_TRANSLATE_NOOP("Steps", "being served"),
        StepState.DONE: QT_TRANSLATE_NOOP("Steps", "done"),
        StepState.NO_SHOW: QT_TRANSLATE_NOOP("Steps", "a no-show"),
        StepState.CANCELLED: QT_TRANSLATE_NOOP("Steps", "cancelled"),
        StepState.TRANSFERRED: QT_TRANSLATE_NOOP("Steps", "transferred"),
    }
    return Message("Steps", names[state])


class StepStateError(TiskiError):
    """An action that the step's current state does not allow."""

    def __init__(self, message: Message, action: StepAction, state: StepState) -> None:
        super().__init__(message)
        self.action = action
        self.state = state


def check_action(
    action: StepAction,
    state: StepState,
    *,
    ticket: str,
    parked: bool = False,
    last_changed_by: str | None = None,
    last_changed_at: str | None = None,
) -> StepState:
    """The state after ``action``, or :class:`StepStateError` saying why not and who was last."""
    allowed = state in ALLOWED_FROM[action]
    if action is StepAction.PARK and parked:
        allowed = False
    if action is StepAction.RESUME and not parked:
        allowed = False
    if allowed:
        return RESULT[action] or state
    if last_changed_by:
        text = QT_TRANSLATE_NOOP(
            "Steps",
            "Ticket {ticket} cannot be {action}: it is {state} (last changed by {who} at {when}).",
        )
    else:
        text = QT_TRANSLATE_NOOP("Steps", "Ticket {ticket} cannot be {action}: it is {state}.")
    if (
        action in (StepAction.PARK, StepAction.RESUME)
        and allowed is False
        and state
        in (
            StepState.CALLED,
            StepState.SERVING,
        )
    ):
        text = (
            QT_TRANSLATE_NOOP("Steps", "Ticket {ticket} is already parked.")
            if parked
            else QT_TRANSLATE_NOOP("Steps", "Ticket {ticket} is not parked.")
        )
    message = Message(
        "Steps",
        text,
        {
            "ticket": ticket,
            "action": _action_name(action),
            "state": state_name(state),
            "who": last_changed_by or "",
            "when": last_changed_at or "",
        },
    )
    raise StepStateError(message, action, state)
