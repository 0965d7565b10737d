"""Every role change and admission of the panel, on every device: those waiting for approval
first, with what each waits for, and a button to approve one for this device's agency.

A chair that grants itself (or a device of its own) another agency's data is seen here by that
agency, whose device alone can let it take effect."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.models.errors import ConcordError
from app.models.language import shown
from app.sync.engine.role_changes import POLICY_TEXT, role_changes

DEVICE_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class RoleChangesView(QWidget):
    approved = Signal(str)  # the device whose change this device approved
    problem = Signal(str)  # an approval refused, in words

    def __init__(self, engine, parent: QWidget | None = None):
        super().__init__(parent)
        self.engine = engine
        self.heading = QLabel(self.tr("Role changes"), self)
        self.heading.setObjectName("roleChangesHeading")
        self.policy = QLabel(self)
        self.policy.setWordWrap(True)
        self.policy.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setObjectName("roleChanges")
        self.list.setAccessibleName(self.tr("Role changes and admissions"))
        self.list.setAccessibleDescription(self.tr("Those waiting for approval come first."))
        self.list.currentItemChanged.connect(self._selected)
        # Each line is long: wrapped, it is read whole without scrolling sideways; and the list
        # stays a few lines tall, leaving the room to the devices above it.
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(7 * self.list.fontMetrics().lineSpacing())
        self.approve_button = QPushButton(self.tr("A&pprove for this device's agency"), self)
        self.approve_button.setObjectName("approveRoleChange")
        self.approve_button.setEnabled(False)
        self.approve_button.clicked.connect(self.approve_selected)
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addStretch(1)
        row.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.policy)
        layout.addWidget(self.list)

    def show_state(self, state) -> None:
        """Show the role changes of `state` (a PanelState, or None outside a panel)."""
        self.list.clear()
        self.setVisible(state is not None)
        if state is None:
            return
        self.policy.setText(
            self.tr("In this panel, {policy}.").format(policy=POLICY_TEXT.get(state.policy, state.policy))
        )
        changes = role_changes(state, self.engine.membership_log().entries)
        waiting = sum(c.status == "pending" for c in changes)
        self.heading.setText(
            self.tr("Role changes ({waiting} waiting for approval)").format(waiting=waiting)
            if waiting
            else self.tr("Role changes")
        )
        for change in changes:
            item = QListWidgetItem(change.line(), self.list)
            item.setData(DEVICE_ROLE, change.device_id)
            item.setData(STATUS_ROLE, change.status)
            item.setToolTip(change.line())
            if change.status == "pending":
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self._selected(self.list.currentItem(), None)

    @Slot(object, object)
    def _selected(self, current, _previous) -> None:
        self.approve_button.setEnabled(current is not None and current.data(STATUS_ROLE) == "pending")

    def approve_selected(self) -> bool:
        item = self.list.currentItem()
        if item is None or item.data(STATUS_ROLE) != "pending":
            return False
        device_id = item.data(DEVICE_ROLE)
        try:
            self.engine.approve(device_id)
        except ConcordError as exc:
            self.problem.emit(shown(exc))
            return False
        self.approved.emit(device_id)
        return True
