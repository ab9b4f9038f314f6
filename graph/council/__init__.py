"""The residents' council (居民议事会): monthly meetings and attendance, topics from proposal to review, suggestions."""

from graph.council.meetings import record_attendance, schedule_meeting
from graph.council.topics import (
    SCOPES,
    Cluster,
    TopicStep,
    accept,
    deliberate,
    merge,
    propose_topic,
    reject,
    review,
    suggested_topics,
    supervise,
)

__all__ = [
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
