"""The two ways the sync panel reaches another device: the table of the panel's devices (by
person, agency and fingerprint, a Sync button in each row) and, folded away, a typed address."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from app.ui.common.tables import set_up_row_list
from app.ui.sync.address import DEFAULT_PORT
from app.ui.sync.peers_model import COLUMNS


def make_peer_table(parent: QWidget, proxy) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("peerTable")
    table.setAccessibleName(parent.tr("Panel devices"))
    table.setAccessibleDescription(
        parent.tr(
            "Each device by the person using it and their agency. Press "
            "Enter on a device on this network to sync with it."
        )
    )
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    set_up_row_list(table)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    # Names, fingerprints, states and the button whole; roles and results share the rest and
    # wrap onto a second line rather than lose their end.
    for column, name in enumerate(COLUMNS):
        stretch = name in ("role", "last")
        header.setSectionResizeMode(
            column, QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.ResizeToContents
        )
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setWordWrap(True)
    # Rows at least as tall as the Sync button in them, taller where a role wraps.
    probe = QPushButton(parent.tr("Sync"))
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(probe.sizeHint().height() + 2)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    probe.deleteLater()
    return table


class AddressRow(QWidget):
    """The other laptop's address and a Sync button; hidden until asked for."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("syncAddress")
        self.field.setPlaceholderText(self.tr("for example 192.168.1.20:{port}").format(port=DEFAULT_PORT))
        self.field.setAccessibleName(self.tr("Other device's address"))
        label = QLabel(self.tr("Address of the other laptop:"), self)
        label.setBuddy(self.field)
        # No letters in this row: Alt+O opens it at the field, and Enter there syncs.
        self.button = QPushButton(self.tr("Sync"), self)
        self.button.setObjectName("syncNow")
        self.button.setToolTip(self.tr("Sync with the laptop at this address"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        self.hide()
