"""The panel's devices as one table: members from the membership log, devices found on the
network, and the last exchange with each. A found device that is a member shares its row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from app.models import clock
from app.sync.identity import fingerprint_of
from app.sync.membership import PanelState
from app.ui.sync.address import format_address
from app.sync.exchanges import Exchange

PEER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS = ("name", "role", "fingerprint", "status", "address", "last", "waiting", "quarantined")
_HEADERS = {
    "name": ("Device of", "The person using the device, and their agency"),
    "role": ("Role", "The device's role in the panel as in force, and a change of it that waits for approval"),
    "fingerprint": ("Fingerprint", "Compare with the fingerprint the other device shows for itself"),
    "status": ("Status", "Member, revoked, or seen on this network without being a member"),
    "address": ("Address", "Where the device was found on this network, or last reached"),
    "last": ("Last exchange", "When this device last exchanged with it, and how it went"),
    "waiting": ("Waiting", "Changes from this device waiting for the key to open them"),
    "quarantined": ("Quarantined", "Items from this device that failed a check and were not applied"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeersModel", text)


@dataclass(frozen=True)
class PeerRow:
    device_id: str
    name: str = ""
    agency: str = ""
    role: str = ""
    fingerprint: str = ""
    member: bool = False
    revoked: bool = False
    found_at: str = ""  # host:port where discovery sees it now
    exchange: Exchange | None = None
    waiting: int = 0
    quarantined: int = 0

    @property
    def address(self) -> str:
        return self.found_at or (self.exchange.address if self.exchange else "")


def build_rows(state: PanelState | None, own_device_id: str, role_labels: dict[str, str], found=(),
               exchanges: dict[str, Exchange] | None = None, counts: dict[str, tuple[int, int]] | None = None
               ) -> list[PeerRow]:
    """Members (not this device) first, in the log's order of names; then found strangers."""
    exchanges = exchanges or {}
    counts = counts or {}
    found_at = {p.device_id: format_address(p.host, p.port) for p in found if p.device_id != own_device_id}
    rows = []
    members = state.members.values() if state is not None else ()
    for m in sorted(members, key=lambda m: (m.revoked, m.name.lower())):
        if m.device_id == own_device_id:
            continue
        waiting, quarantined = counts.get(m.device_id, (0, 0))
        role = role_labels.get(m.role, m.role)
        asked = state.waiting_for(m.device_id)
        if asked is not None:  # shown where the device is, as well as in the list of role changes
            role = _tr("{role} (to {new}: waits for approval)").format(role=role, new=role_labels.get(asked.role, asked.role))
        rows.append(PeerRow(m.device_id, m.name, m.agency, role, fingerprint_of(m.signing_public),
                            True, m.revoked, found_at.pop(m.device_id, ""), exchanges.get(m.device_id), waiting, quarantined))
    for device_id, address in sorted(found_at.items(), key=lambda item: item[1]):
        rows.append(PeerRow(device_id, found_at=address, exchange=exchanges.get(device_id)))
    return rows


def describe_time(at: str, now: dt.datetime | None = None) -> str:
    """An ISO UTC time as local time: the clock time today, the date and time before."""
    try:
        when = dt.datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    now = now or clock.wall().astimezone()
    return when.strftime("%H:%M") if when.date() == now.date() else when.strftime("%Y-%m-%d %H:%M")


def describe_exchange(exchange: Exchange | None) -> str:
    if exchange is None:
        return _tr("Never")
    when = describe_time(exchange.at)
    if not exchange.ok:
        return _tr("{when}, failed: {problem}").format(when=when, problem=exchange.error)
    return _tr("{when}, {received} in, {sent} out").format(when=when, received=exchange.applied, sent=exchange.sent)


def describe_status(row: PeerRow) -> str:
    if not row.member:
        return _tr("Not a member (seen on this network)")
    status = _tr("Revoked") if row.revoked else _tr("Active")
    return _tr("{status}, on this network").format(status=status) if row.found_at else status


class PeersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[PeerRow] = []

    def set_rows(self, rows: list[PeerRow]) -> None:
        """Same devices in the same order: update in place (the view keeps its selection)."""
        rows = list(rows)
        if [r.device_id for r in rows] == [r.device_id for r in self.rows]:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, device_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.device_id == device_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, row: PeerRow, column: str) -> str:
        if column == "name":
            if not row.member:
                return _tr("Unknown device {id}").format(id=row.device_id[:8])
            return _tr("{name} ({agency})").format(name=row.name, agency=row.agency)
        if column == "role":
            return row.role
        if column == "fingerprint":
            return row.fingerprint or _tr("Not known")
        if column == "status":
            return describe_status(row)
        if column == "address":
            return row.address
        if column == "last":
            return describe_exchange(row.exchange)
        if column == "waiting":
            return str(row.waiting)
        return str(row.quarantined)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == PEER_ID_ROLE:
            return row.device_id
        if role == ADDRESS_ROLE:
            return row.address
        if role == SORT_ROLE:
            if column in ("waiting", "quarantined"):
                return getattr(row, column)
            if column == "last":
                return row.exchange.at if row.exchange else ""
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.FontRole and column == "fingerprint":
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.TypeWriter)
            return font
        if role == Qt.ItemDataRole.FontRole and row.revoked:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("waiting", "quarantined"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(COLUMNS)):
            return None
        short, long = _HEADERS[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(short)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr(long)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class PeersProxy(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
