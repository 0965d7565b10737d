"""The sync panel's line of what is happening: a busy bar while an exchange runs, the last thing
that happened in words, and the counts of what waits for a key and what was quarantined."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class ActivityRow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.counts.setToolTip(
            self.tr(
                "Waiting: changes that arrived before the key to open them; they apply once a member passes "
                "the key on. Quarantined: what failed a check and was never applied."
            )
        )
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setRange(0, 0)  # the size of an exchange is known only at its end
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.activity = QLabel(self)
        self.activity.setObjectName("syncActivity")
        self.activity.setWordWrap(True)
        self.activity.setTextFormat(Qt.TextFormat.PlainText)
        self.activity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.activity.setAccessibleName(self.tr("Sync activity"))
        said = QHBoxLayout(self)
        said.setContentsMargins(0, 0, 0, 0)
        said.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignTop)
        said.addWidget(self.activity, 1)
        said.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignTop)
