"""Which agencies own which compartments, and so whose approval a role change waits for.

A compartment is *restricted* when not every role reads it. It is owned by the agencies of the
roles that write it (the ISA's `agency` of each write role): what is in it came from them. A
device that would gain read access to a restricted compartment - moved to a new role, or
admitted to one - gains that agency's data, so the change waits for a device of that agency to
approve it (see membership.py). The agency of a device is the agency of its role in the ISA,
never the agency a device says it belongs to: a chair could write any name there.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.documents.compartments import CompartmentMap
from app.sync.errors import SyncError

# Panel policies, fixed by the founding entry. "chair": the chair alone changes roles (panels
# founded before approvals existed). "agency": each owning agency approves. "admin": a second
# admin's approval also suffices, for panels whose agencies agreed to that.
POLICIES = ("chair", "agency", "admin")
DEFAULT_POLICY = "agency"


class AdmissionWaits(SyncError):
    """An admission is recorded but waits for approval by the agencies whose data it gives."""


@dataclass(frozen=True)
class ApprovalRules:
    agency_of: dict[str, str]  # role -> agency
    restricted: tuple[tuple[frozenset[str], frozenset[str], str], ...]  # (read roles, owning agencies, compartment id)

    @classmethod
    def from_compartments(cls, compartments: CompartmentMap) -> ApprovalRules:
        schema = compartments.schema
        agency_of = {rid: role.agency for rid, role in schema.roles.items()}
        everyone = compartments.all_roles
        restricted = tuple(
            sorted(
                (
                    (c.read, frozenset(agency_of[w] for w in c.write if w in agency_of), c.id)
                    for c in compartments.by_id.values()
                    if c.read != everyone
                ),
                key=lambda r: r[2],
            )
        )
        return cls(agency_of, restricted)

    def agency(self, role: str) -> str:
        return self.agency_of.get(role, "")

    def owners_gained(self, old_role: str | None, new_role: str) -> frozenset[str]:
        """The agencies whose data a device gains moving from old_role (None: a new device) to new_role."""
        out: set[str] = set()
        for read, owners, _cid in self.restricted:
            if new_role in read and (old_role is None or old_role not in read):
                out |= owners
        return frozenset(out)

    def owners_of(self, compartment_id: str) -> frozenset[str] | None:
        """The agencies that own a restricted compartment; None for one every role reads."""
        for _read, owners, cid in self.restricted:
            if cid == compartment_id:
                return owners
        return None
