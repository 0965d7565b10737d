"""What a domain service needs to know of the device it runs on, handed over as one typed object.

The workspace (app/workspace.py) is the composition root: it builds one DeviceContext and gives
it to the risk, process and meeting services, instead of a row of positional callbacks whose
order had to be remembered. The two protocols name what a service may ask of the cases and of
the panel; the workspace satisfies both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from app.models import audit
from app.models.case_reader import CaseSummary
from app.models.cases import CaseSession
from app.models.identity import KnownMember


class CaseAccess(Protocol):
    """The cases this device holds, opened as its role."""

    def open_case(self, ref_or_id: str) -> CaseSession: ...

    def list_cases(self) -> list[CaseSummary]: ...


class PanelDirectory(Protocol):
    """The panel's members as this device's verified membership log knows them."""

    def members(self) -> dict[str, tuple[str, str, str]]:
        """(name, role, agency) of each active member, by device id."""
        ...

    def member_of(self, device_id: str) -> KnownMember | None: ...

    def actor_of(self, device_id: str) -> bytes | None: ...


@dataclass(frozen=True)
class DeviceContext:
    person: str
    agency: str
    role: str
    device_id: str
    actor: audit.Actor
    sign: Callable[[bytes], bytes]
    cases: CaseAccess
    panel: PanelDirectory
