"""The event workflow (collect → handle → review): its table (pure) and its flow through the step pipeline."""

from __future__ import annotations

from graph.core.model import EVENT_STATUSES
from graph.workflow import NEW, Flow, History, Move, StateMachine

STATES = EVENT_STATUSES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"CLOSED", "INVALID", "DUPLICATE"})
OPEN = frozenset(STATES) - TERMINAL
# Waiting for staff to pick a handler: after verification, a reassignment request, an escalation, a reopening.
AWAITING_HANDLER = frozenset({"VERIFIED", "REASSIGNMENT_REQUESTED", "ESCALATED", "REOPENED"})
# A handler holds the event: they may ask to hand it on or escalate it.
HANDLED = frozenset({"ASSIGNED", "IN_PROGRESS", "ON_HOLD"})

# The actor's relations to the event: columns the event's lock reads.
REPORTER = "isReporter"  # reported the event
STAFF = "isStaff"  # a grid worker of the event's community, or an administrator
GRID = "isGridWorker"  # a grid worker of the event's own grid
HANDLER = "isHandler"  # the person (or the unit of the contact) the event is assigned to

_HANDLER_OR_STAFF = frozenset({HANDLER, STAFF})

MACHINE = StateMachine(
    noun="event",
    states=STATES,
    terminal=TERMINAL,
    moves={
        # Anyone the graph holds may report.
        "report": Move(frozenset({NEW}), "REPORTED"),
        "verify": Move(frozenset({"REPORTED"}), "VERIFIED", frozenset({STAFF})),
        "invalidate": Move(frozenset({"REPORTED", "VERIFIED"}), "INVALID", frozenset({STAFF})),
        "mark_duplicate": Move(frozenset({"REPORTED", "VERIFIED"}), "DUPLICATE", frozenset({STAFF})),
        # Staff may also move an assigned event to another handler directly.
        "assign": Move(AWAITING_HANDLER | {"ASSIGNED"}, "ASSIGNED", frozenset({STAFF})),
        "request_reassignment": Move(
            frozenset({"ASSIGNED", "IN_PROGRESS"}), "REASSIGNMENT_REQUESTED", _HANDLER_OR_STAFF
        ),
        "start": Move(frozenset({"ASSIGNED"}), "IN_PROGRESS", _HANDLER_OR_STAFF),
        "hold": Move(frozenset({"IN_PROGRESS"}), "ON_HOLD", _HANDLER_OR_STAFF),
        "resume": Move(frozenset({"ON_HOLD"}), "IN_PROGRESS", _HANDLER_OR_STAFF),
        "escalate": Move(HANDLED | {"REASSIGNMENT_REQUESTED"}, "ESCALATED", _HANDLER_OR_STAFF),
        "resolve": Move(frozenset({"IN_PROGRESS"}), "RESOLVED", _HANDLER_OR_STAFF),
        "review": Move(frozenset({"RESOLVED"}), "REVIEWED", frozenset({GRID})),
        "rework": Move(frozenset({"RESOLVED", "REVIEWED"}), "IN_PROGRESS", frozenset({GRID, STAFF})),
        "close": Move(frozenset({"REVIEWED"}), "CLOSED", frozenset({STAFF})),
        # A rating changes no state: the reporter judges the result once it exists.
        "rate": Move(frozenset({"RESOLVED", "REVIEWED", "CLOSED"}), None, frozenset({REPORTER})),
        "reopen": Move(frozenset({"CLOSED"}), "REOPENED", frozenset({REPORTER})),
        # A grid worker fixes a small problem on the spot: no dispatch, straight to closed.
        "self_handle": Move(frozenset({"REPORTED", "VERIFIED"}), "CLOSED", frozenset({GRID})),
    },
    who={
        GRID: "a grid worker of its grid",
        HANDLER: "its handler",
        REPORTER: "its reporter",
        STAFF: "a grid worker of its community or an administrator",
    },
    refusal_text="cannot {action} an {noun} that is {state}",
)

# The steps of an event that exists; report makes one.
ACTIONS = tuple(action for action in MACHINE.actions if action != "report")
NEEDS_NOTE = frozenset({"invalidate", "request_reassignment", "hold", "escalate", "rework", "reopen"})
NEEDS_EVIDENCE = frozenset({"resolve", "self_handle"})

HISTORY = History("EventStep", "OF_EVENT", "-s")

FLOW = Flow(label="Event", argument="eventId", machine=MACHINE, history=HISTORY, announce="Event")
