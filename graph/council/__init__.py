"""The residents' council (居民议事会): monthly meetings and attendance, topics from proposal to review, suggestions."""

from graph.council.flow import FLOW, MACHINE, MEETINGS
from graph.council.meetings import record_attendance, schedule_meeting
from graph.council.suggestions import SCOPES, Cluster, suggested_topics
from graph.council.topics import (
    TopicStep,
    accept,
    deliberate,
    merge,
    propose_topic,
    reject,
    review,
    supervise,
)

__all__ = [
    "FLOW",
    "MACHINE",
    "MEETINGS",
    "SCOPES",
    "Cluster",
    "TopicStep",
    "accept",
    "deliberate",
    "merge",
    "propose_topic",
    "record_attendance",
    "reject",
    "review",
    "schedule_meeting",
    "suggested_topics",
    "supervise",
]
