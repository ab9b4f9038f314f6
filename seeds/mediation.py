"""The demo's mediated disputes as cases: parties with their sides, the mediator, sessions, outcome and history."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from graph.disputes import FLOW, MACHINE, OUTCOMES, closing_action
from seeds import dataset as d
from seeds.catalog import ORGANIZATIONS
from seeds.clock import NOW
from seeds.history import Entry, store, walk
from seeds.population import Population

HAS_PARTY = d.RelKey("HAS_PARTY", "Dispute", "DisputeParty")
PARTY_PERSON = d.RelKey("PARTY", "DisputeParty", "Person")
HAD_SESSION = d.RelKey("HAD_SESSION", "Dispute", "MediationSession")

_ROLES = ("APPLICANT", "RESPONDENT", "THIRD_PARTY")
_REFERRALS = ("白涛街道司法所", "涪陵区人民法院诉调对接中心", "白涛派出所")
_SESSION_NOTES = (
    "分别听取双方陈述,核实事实经过。",
    "背靠背调解,释法明理,双方情绪缓和。",
    "面对面协商,就赔偿与整改方案逐项沟通。",
)


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    description: str
    outcome: str | None
    opened: datetime
    closed: datetime | None
    event_id: str
    mediator_id: str
    mediator_kind: str
    parties: list[int]
    staff_id: str


def add_case(pop: Population, case: Case) -> None:
    """Write one dispute with its own Random, so the community's shared sequence stays as it was."""
    b, rng = pop.b, random.Random(case.id)
    status = "CLOSED" if case.outcome else "MEDIATING"
    agreement = "双方自愿达成调解协议,责任方限期整改并赔偿损失,双方签字确认。"
    b.node(
        "Dispute",
        case.id,
        title=case.title,
        description=case.description,
        status=status,
        outcome=case.outcome,
        agreement=agreement if case.outcome == "AGREEMENT_REACHED" else None,
        referredTo=rng.choice(_REFERRALS) if case.outcome == "REFERRED" else None,
        openedAt=case.opened,
        closedAt=case.closed,
    )
    b.rel(d.ARISES_FROM, case.id, case.event_id)
    b.rel(d.MEDIATED_BY, case.id, case.mediator_id)
    # Every case went to mediation; a closing step of its outcome's own kind ends the settled ones.
    if case.outcome:
        closing = closing_action(case.outcome)
        others = {closing_action(outcome) for outcome in OUTCOMES} - {closing}
        path = MACHINE.path("CLOSED", via=("MEDIATING",), avoid=others)
    else:
        path = MACHINE.path("MEDIATING")
    times: list[datetime] = [case.opened]
    notes: list[str | None] = [None]
    names = [pop.person_rows[p]["name"] for p in case.parties]
    mediator = dict(ORGANIZATIONS).get(case.mediator_kind, pop.identity.mediation_studio)
    for k, person in enumerate(case.parties):
        party = b.node("DisputeParty", f"{case.id}-p{k + 1}", role=_ROLES[min(k, 2)], addedAt=case.opened)
        b.rel(HAS_PARTY, case.id, party)
        b.rel(PARTY_PERSON, party, pop.person_ids[person])
        times.append(case.opened)
        notes.append(names[k])
    assigned = case.opened + timedelta(hours=rng.randint(1, 24))
    times.append(assigned)
    notes.append(mediator)
    end = case.closed or NOW
    sessions = 1 if case.outcome == "REFERRED" else rng.randint(1, 3)
    for k in range(sessions):
        held = assigned + (end - assigned) * (k + 1) / (sessions + 1)
        session = b.node(
            "MediationSession",
            f"{case.id}-m{k + 1}",
            heldOn=held.date(),
            notes=_SESSION_NOTES[min(k, len(_SESSION_NOTES) - 1)],
            attendees=[mediator, *names],
        )
        b.rel(HAD_SESSION, case.id, session)
        times.append(held)
        notes.append(None)
    if case.outcome and case.closed:
        times.append(case.closed)
        notes.append(case.outcome)
    # The parties join while the case is open, the sessions follow the mediator's assignment.
    stays = {"open": ["add_party"] * len(case.parties), "assign_mediator": ["record_session"] * sessions}
    actions = [action for step in path for action in (step, *stays.get(step, []))]
    steps = walk(MACHINE, actions)
    entries = [Entry(*step, case.staff_id, at, note) for step, at, note in zip(steps, times, notes, strict=True)]
    store(b, FLOW, case.id, entries)
