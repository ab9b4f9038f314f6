"""How big a community is: the counts a generator must hit exactly, and their scaling to any size."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Identity:
    id: str
    name: str
    city: str
    district: str
    subdistrict: str
    committee: str
    mediation_studio: str
    campaign: str = "入民户、访民情、解难题"
    # The region code of its people's identity numbers: communities of one database never share a number.
    region: int = 500102


@dataclass(frozen=True)
class Shape:
    """Counts per community. The ones behind a statistic are exact; the rest are what surrounds them."""

    residents: int
    residential_grids: int
    school_grids: int
    party_branches: int
    party_members: int
    grid_workers: int
    volunteers: int
    co_building_units: int
    other_units: int
    resources: int
    wishes: int
    wishes_fulfilled: int
    events: int
    campaigns: int
    urgent_problems_solved: int
    campaign_other_events: int
    disputes: int
    disputes_mediated: int
    meetings: int
    topics: int
    council_problems_solved: int
    birthday_parties: int
    elderly_birthday_attendances: int
    after_school_classes: int
    holiday_classes: int
    children_in_after_school_classes: int

    def figures(self) -> dict[str, int]:
        """The twelve statistics (named as graph.statistics.CommunityStats fields) this shape must produce."""
        return {
            "party_branches": self.party_branches,
            "party_members": self.party_members,
            "grid_workers": self.grid_workers,
            "school_grids": self.school_grids,
            "co_building_units": self.co_building_units,
            "wishes_fulfilled": self.wishes_fulfilled,
            "council_problems_solved": self.council_problems_solved,
            "urgent_problems_solved": self.urgent_problems_solved,
            "disputes_mediated": self.disputes_mediated,
            "children_in_after_school_classes": self.children_in_after_school_classes,
            "birthday_parties": self.birthday_parties,
            "elderly_birthday_attendances": self.elderly_birthday_attendances,
        }

    def scaled(self, residents: int) -> Shape:
        """Every count times residents / self.residents, rounded, at least 1 (rounding keeps their order)."""
        factor = residents / self.residents
        counts = {f.name: max(1, round(getattr(self, f.name) * factor)) for f in fields(self)}
        counts["residents"] = residents
        shape = replace(self, **counts)
        # Each grid needs its full-time worker and each school grid a teacher, whatever the rounding did.
        floor = shape.residential_grids + shape.school_grids
        return replace(shape, grid_workers=max(shape.grid_workers, floor))
