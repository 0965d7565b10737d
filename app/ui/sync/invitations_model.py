"""The chair's invitations as a table: role, valid until, state, and who used it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.models.language import QT_TRANSLATE_NOOP

INVITE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("role", "expires", "state", "used_by")
_HEADERS: dict[str, str] = {
    "role": QT_TRANSLATE_NOOP("InvitationsModel", "Role"),
    "expires": QT_TRANSLATE_NOOP("InvitationsModel", "Valid until"),
    "state": QT_TRANSLATE_NOOP("InvitationsModel", "State"),
    "used_by": QT_TRANSLATE_NOOP("InvitationsModel", "Used by"),
}
_STATES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("InvitationsModel", "Open"),
    "used": QT_TRANSLATE_NOOP("InvitationsModel", "Used"),
    "withdrawn": QT_TRANSLATE_NOOP("InvitationsModel", "Withdrawn"),
    "expired": QT_TRANSLATE_NOOP("InvitationsModel", "Expired"),
}


translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("InvitationsModel", text)


def state_of(record) -> str:
    """open, used, withdrawn or expired (a record may keep "open" past its expiry and derive it)."""
    current = getattr(record, "current_state", None)
    return current() if callable(current) else record.state


def local_time(unix_seconds: int) -> str:
    return dt.datetime.fromtimestamp(unix_seconds).astimezone().strftime("%Y-%m-%d %H:%M")


class InvitationsModel(QAbstractTableModel):
    def __init__(self, role_labels: dict[str, str], member_names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self.role_labels = role_labels
        self.member_names = member_names or {}
        self.records: list = []

    def set_records(self, records, member_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        # Newest first: the one just made is the one the chair is looking for.
        self.records = sorted(records, key=lambda r: r.expires, reverse=True)
        if member_names is not None:
            self.member_names = member_names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def _text(self, record, column: str) -> str:
        if column == "role":
            return self.role_labels.get(record.role, record.role)
        if column == "expires":
            return local_time(record.expires)
        if column == "state":
            state = state_of(record)
            return _tr(_STATES.get(state, state))
        used_by = record.used_by
        return self.member_names.get(used_by, used_by[:8]) if used_by else ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            not index.isValid()
            or not (0 <= index.row() < len(self.records))
            or not (0 <= index.column() < len(COLUMNS))
        ):
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(record, COLUMNS[index.column()])
        if role == INVITE_ID_ROLE:
            return record.invite_id
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return _tr(_HEADERS[COLUMNS[section]])
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
