"""The panel's devices as one table, by person and agency: members from the membership log,
devices found on the network, and the last exchange with each. A found device that is a member
shares its row; one that is not is listed as unknown, and is never synced with by a click."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from app.models import clock
from app.models.identity import fingerprint_of
from app.sync.engine.exchanges import Exchange
from app.sync.engine.membership import PanelState
from app.sync.failure_words import for_error_text
from app.ui.sync.address import format_address
from app.ui.sync.failure_text import brief, sentence

PEER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ADDRESS_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
SYNCABLE_ROLE = Qt.ItemDataRole.UserRole + 4

COLUMNS = ("name", "role", "fingerprint", "status", "last", "held", "sync")
_HEADERS = {
    "name": (
        QT_TRANSLATE_NOOP("PeersModel", "Person (agency)"),
        QT_TRANSLATE_NOOP("PeersModel", "The person using the device, and their agency"),
    ),
    "role": (
        QT_TRANSLATE_NOOP("PeersModel", "Role"),
        QT_TRANSLATE_NOOP(
            "PeersModel", "The device's role in the panel as in force, and a change of it that waits for approval"
        ),
    ),
    "fingerprint": (
        QT_TRANSLATE_NOOP("PeersModel", "Fingerprint"),
        QT_TRANSLATE_NOOP("PeersModel", "Compare with the fingerprint the other device shows for itself"),
    ),
    "status": (
        QT_TRANSLATE_NOOP("PeersModel", "Status"),
        QT_TRANSLATE_NOOP(
            "PeersModel", "Whether the device is on this network now, removed from the panel, or not a member"
        ),
    ),
    "last": (
        QT_TRANSLATE_NOOP("PeersModel", "Last sync"),
        QT_TRANSLATE_NOOP("PeersModel", "When this device last exchanged with it, and how it went"),
    ),
    "held": (
        QT_TRANSLATE_NOOP("PeersModel", "Held back"),
        QT_TRANSLATE_NOOP(
            "PeersModel",
            "Changes from this device waiting for the key to open them, and items from it that "
            "failed a check and were quarantined (never applied)",
        ),
    ),
    "sync": ("", QT_TRANSLATE_NOOP("PeersModel", "Sync with the device now")),
}


translate = QCoreApplication.translate


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

    @property
    def syncable(self) -> bool:
        """A click may sync with it: an active member whose address this device knows."""
        return self.member and not self.revoked and bool(self.address)

    @property
    def label(self) -> str:
        if not self.member:
            return translate("PeersModel", "Unknown device {id}").format(id=self.device_id[:8])
        return translate("PeersModel", "{name} ({agency})").format(name=self.name, agency=self.agency)


def build_rows(
    state: PanelState | None,
    own_device_id: str,
    role_labels: dict[str, str],
    found=(),
    exchanges: dict[str, Exchange] | None = None,
    counts: dict[str, tuple[int, int]] | None = None,
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
        asked = state.waiting_for(m.device_id) if state is not None else None
        if asked is not None:  # shown where the device is, as well as in the list of role changes
            role = translate("PeersModel", "{role} (to {new}: waits for approval)").format(
                role=role, new=role_labels.get(asked.role, asked.role)
            )
        rows.append(
            PeerRow(
                m.device_id,
                m.name,
                m.agency,
                role,
                fingerprint_of(m.signing_public),
                True,
                m.revoked,
                found_at.pop(m.device_id, ""),
                exchanges.get(m.device_id),
                waiting,
                quarantined,
            )
        )
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


def describe_exchange(exchange: Exchange | None, whole: bool = False) -> str:
    """When, and how it went; `whole` gives a failure's full sentence (for the tooltip)."""
    if exchange is None:
        return translate("PeersModel", "Never")
    when = describe_time(exchange.at)
    if not exchange.ok:
        failure = for_error_text(exchange.error)
        if whole:
            return translate("PeersModel", "{when}, did not finish: {problem}").format(
                when=when, problem=sentence(failure)
            )
        return translate("PeersModel", "{when}, did not finish ({problem})").format(when=when, problem=brief(failure))
    return translate("PeersModel", "{when}, {received} in, {sent} out").format(
        when=when, received=exchange.applied, sent=exchange.sent
    )


def describe_status(row: PeerRow, whole: bool = False) -> str:
    """`whole` adds where the device is (for the tooltip)."""
    if not row.member:
        text = translate("PeersModel", "Not a member")
    elif row.revoked:
        text = translate("PeersModel", "Removed from the panel")
    elif row.found_at:
        text = translate("PeersModel", "On this network")
    else:
        text = translate("PeersModel", "Not on this network")
    if whole and row.found_at:
        return translate("PeersModel", "{status}, at {address}").format(status=text, address=row.found_at)
    if whole and row.address:
        return translate("PeersModel", "{status}; last reached at {address}").format(status=text, address=row.address)
    return text


def describe_held(waiting: int, quarantined: int) -> str:
    parts = []
    if waiting:
        parts.append(translate("PeersModel", "%n waiting", "", waiting))
    if quarantined:
        parts.append(translate("PeersModel", "%n quarantined", "", quarantined))
    return ", ".join(parts)


def sync_hint(row: PeerRow) -> str:
    """What a click on the row's Sync does, or why it does nothing."""
    if not row.member:
        return translate("PeersModel", "Not a member of this panel: Concord does not sync with it.")
    if row.revoked:
        return translate("PeersModel", "Removed from the panel: Concord no longer syncs with it.")
    if not row.address:
        return translate(
            "PeersModel",
            "Not on this network now: ask its user to let panel devices connect and announce it, or connect by address.",
        )
    return translate("PeersModel", "Sync with {name} now").format(name=row.label)


class PeersModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
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

    def _text(self, row: PeerRow, column: str, whole: bool = False) -> str:
        if column == "name":
            return row.label
        if column == "role":
            return row.role
        if column == "fingerprint":
            return row.fingerprint or translate("PeersModel", "Not known")
        if column == "status":
            return describe_status(row, whole)
        if column == "last":
            return describe_exchange(row.exchange, whole)
        if column == "held":
            return describe_held(row.waiting, row.quarantined) or (
                translate("PeersModel", "Nothing held back") if whole else ""
            )
        return sync_hint(row) if whole else ""  # the column holds a button (see SyncPanel)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, whole=True)
        if role == PEER_ID_ROLE:
            return row.device_id
        if role == ADDRESS_ROLE:
            return row.address
        if role == SYNCABLE_ROLE:
            return row.syncable
        if role == SORT_ROLE:
            if column == "sync":
                return int(not row.syncable)
            if column == "held":
                return row.waiting + row.quarantined
            if column == "last":
                return row.exchange.at if row.exchange else ""
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.FontRole and column == "name" and not row.member:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == "fingerprint":
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.TypeWriter)
            return font
        if role == Qt.ItemDataRole.FontRole and row.revoked:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(COLUMNS)):
            return None
        short, long = _HEADERS[COLUMNS[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(short) if short else ""
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
