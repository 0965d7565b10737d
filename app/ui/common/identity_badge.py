"""Who is using this device: person, role, agency and the device fingerprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class IdentityBadge(QFrame):
    def __init__(self, name: str, role_label: str, agency: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("identityBadge")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.who = QLabel(self.tr("{name} · {role}").format(name=name, role=role_label), self)
        self.who.setObjectName("identityWho")
        bold = QFont(self.who.font())
        bold.setBold(True)
        self.who.setFont(bold)
        self.where = QLabel(agency, self)
        self.where.setObjectName("identityAgency")
        self.device = QLabel(self.tr("Device {fingerprint}").format(fingerprint=fingerprint), self)
        self.device.setObjectName("identityDevice")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.device.setFont(mono)
        self.device.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device.setToolTip(
            self.tr("This device's fingerprint. Read it aloud to the chair to confirm it is this device.")
        )
        for label in (self.who, self.where, self.device):
            label.setTextFormat(Qt.TextFormat.PlainText)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(0)
        left.addWidget(self.who)
        left.addWidget(self.where)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(16)
        layout.addLayout(left)
        layout.addWidget(self.device, 0, Qt.AlignmentFlag.AlignVCenter)
        summary = self.tr("This device: {name}, {role}, {agency}. Fingerprint {fingerprint}.").format(
            name=name, role=role_label, agency=agency, fingerprint=fingerprint
        )
        self.setAccessibleName(self.tr("Identity"))
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
