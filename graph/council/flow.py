"""The council's workflows: the topics' table (pure) and the flows of topics and meetings through the pipeline."""

from __future__ import annotations

from graph.core.model import TOPIC_STAGES
from graph.workflow import NEW, Flow, History, Move, StateMachine

STAGES = TOPIC_STAGES  # the model's list: one source for the API's enum and the machine
TERMINAL = frozenset({"REVIEWED", "REJECTED", "MERGED"})
OPEN = frozenset(STAGES) - TERMINAL
# The actor's relation to the topic, a column of its lock: an administrator, or a grid worker of its community.
STAFF = "isStaff"
_STAFF = frozenset({STAFF})

MACHINE = StateMachine(
    noun="council topic",
    states=STAGES,
    terminal=TERMINAL,
    moves={
        # Any resident the graph holds may propose.
        "propose": Move(frozenset({NEW}), "PROPOSED"),
        "accept": Move(frozenset({"PROPOSED"}), "ACCEPTED", _STAFF),
        "reject": Move(frozenset({"PROPOSED"}), "REJECTED", _STAFF),
        # Like proposals in Decidim, a topic is merged while it is still being evaluated.
        "merge": Move(frozenset({"PROPOSED", "ACCEPTED"}), "MERGED", _STAFF),
        # A reopened topic goes back to deliberation.
        "deliberate": Move(frozenset({"ACCEPTED", "REOPENED"}), "DELIBERATED", _STAFF),
        "supervise": Move(frozenset({"DELIBERATED", "SUPERVISED"}), "SUPERVISED", _STAFF),
        "solve": Move(frozenset({"SUPERVISED"}), "REVIEWED", _STAFF),
        "reopen": Move(frozenset({"SUPERVISED"}), "REOPENED", _STAFF),
    },
    who={STAFF: "a grid worker of this community or an administrator"},
    refusal_text="cannot {action} a topic that is {state}",
)

# The steps of a topic that exists; propose makes one.
ACTIONS = tuple(action for action in MACHINE.actions if action != "propose")
OUTCOME = {"solve": "SOLVED", "reopen": "REOPENED"}
NEEDS_NOTE = frozenset({"reject", "reopen"})

HISTORY = History("TopicStep", "OF_TOPIC", "-h", states=("fromStage", "toStage"))

FLOW = Flow(label="CouncilTopic", argument="topicId", machine=MACHINE, history=HISTORY, state="stage")

# A meeting has no states and keeps no history: its steps only pass through the pipeline's key and lock.
MEETINGS = Flow(label="CouncilMeeting", argument="meetingId")
