"""The one step pipeline every workflow mutation runs through, and the state machine its domains fill with tables."""

from graph.workflow.bulk import locked
from graph.workflow.changes import KINDS, Broker, Kind, LocalBroker, StatusChange
from graph.workflow.grants import holders, may_ever
from graph.workflow.machine import NEW, Move, StateMachine
from graph.workflow.parts import (
    NOT_LINKED,
    SWEEP,
    SYSTEM_ACTOR,
    Actor,
    Change,
    Flow,
    History,
    Read,
    Rules,
    StepResult,
    Target,
    text,
)
from graph.workflow.pipeline import run, run_all

__all__ = [
    "KINDS",
    "NEW",
    "NOT_LINKED",
    "SWEEP",
    "SYSTEM_ACTOR",
    "Actor",
    "Broker",
    "Change",
    "Flow",
    "History",
    "Kind",
    "LocalBroker",
    "Move",
    "Read",
    "Rules",
    "StateMachine",
    "StatusChange",
    "StepResult",
    "Target",
    "holders",
    "locked",
    "may_ever",
    "run",
    "run_all",
    "text",
]
