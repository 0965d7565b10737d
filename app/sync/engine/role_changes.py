"""Every role change and admission as each device shows it: requested, approved, in force.

Shown on every device, not only the chair's, so that a chair granting itself (or a device of
its own) another agency's data is seen by that agency."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.sync.engine.membership import PanelState, Request
from app.sync.engine.membership_entries import Entry

POLICY_TEXT = {
    "agency": "a change that gives a device another agency's data waits for a device of that agency to approve it",
    "admin": "a change that gives a device another agency's data waits for that agency or a second admin to approve it",
    "chair": "the chair changes roles alone (no second approval)",
}


@dataclass(frozen=True)
class RoleChange:
    hash: str
    device_id: str
    name: str
    what: str  # "admitted as advocate", "chair -> advocate"
    status: str  # "pending", "in force", "superseded"
    requested_by: str
    approved_by: str  # "Advocacy service: Alex (device…)", ...
    waits_for: str

    def line(self) -> str:
        parts = [
            f"{self.hash[:12]}  {self.status:10s} {self.name} ({self.device_id[:12]}): {self.what}",
            f"requested by {self.requested_by}",
        ]
        if self.approved_by:
            parts.append(f"approved by {self.approved_by}")
        if self.waits_for:
            parts.append(f"waits for {self.waits_for}")
        return "; ".join(parts)


def _who(state: PanelState, device_id: str) -> str:
    m = state.members.get(device_id)
    return f"{m.name} ({device_id[:12]})" if m else device_id[:12]


def role_changes(state: PanelState, log_entries: Mapping[str, Entry] | None = None) -> list[RoleChange]:
    """The panel's role changes and admissions, newest first, waiting ones before all others."""
    out = []
    for request in state.requests.values():
        what = f"admitted as {request.role}" if request.kind == "add" else f"{request.from_role} -> {request.role}"
        out.append(
            RoleChange(
                request.hash,
                request.device_id,
                _name(state, request, log_entries),
                what,
                request.status,
                _who(state, request.author),
                ", ".join(f"{agency}: {_who(state, d)}" for agency, d in sorted(request.approvals.items())),
                ", ".join(request.missing()) if request.status == "pending" else "",
            )
        )
    order = {h: i for i, h in enumerate(state.accepted)}
    out.sort(key=lambda c: (c.status != "pending", -order.get(c.hash, 0)))
    return out


def _name(state: PanelState, request: Request, log_entries: Mapping[str, Entry] | None) -> str:
    m = state.members.get(request.device_id)
    if m is not None:
        return m.name
    entry = (log_entries or {}).get(request.hash)
    return entry.name if entry is not None else "a device not yet admitted"


def role_change_lines(state: PanelState, log_entries: Mapping[str, Entry] | None = None) -> list[str]:
    """The role changes for a terminal: those waiting first, with what each waits for."""
    changes = role_changes(state, log_entries)
    if not changes:
        return []
    waiting = [c for c in changes if c.status == "pending"]
    lines = [""]
    lines.append(
        f"{len(waiting)} role change(s) wait for approval:" if waiting else "no role change waits for approval"
    )
    lines += [f"  {c.line()}" for c in waiting]
    rest = [c for c in changes if c.status != "pending"]
    if rest:
        lines.append("role changes and admissions:")
        lines += [f"  {c.line()}" for c in rest]
    return lines
