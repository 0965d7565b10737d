"""Let panel devices connect to this one: a check box, the port, whether to announce it on the
local network (off unless asked: an announcement tells everyone nearby a Concord device is
here), and whether the worker listens."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from app.ui.sync.address import DEFAULT_PORT
from app.ui.sync.controller import SyncController


class ServeControls(QWidget):
    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        # Every interface: ticking the box is the user's choice to be reachable by other devices.
        self.host = "0.0.0.0"
        self.check = QCheckBox(self.tr("&Let panel devices connect to this one"), self)
        self.check.setAccessibleName(self.tr("Let panel devices connect to this device"))
        self.check.toggled.connect(self._toggled)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port to listen on"))
        self.announce = QCheckBox(self.tr("&Announce it on this network"), self)
        self.announce.setToolTip(
            self.tr(
                "Panel devices nearby then find this one without typing its address. "
                "Others nearby see that a Concord device is here, not whose; "
                "the announcement changes every day."
            )
        )
        self.announce.setChecked(False)
        self.state = QLabel(self.tr("Not listening"), self)
        self.state.setObjectName("serveState")
        self.state.setWordWrap(True)

        port_row = QHBoxLayout()
        port_row.setContentsMargins(20, 0, 0, 0)  # under the check box's text: it belongs to it
        port_label = QLabel(self.tr("Port:"), self)
        port_label.setBuddy(self.port)
        port_row.addWidget(port_label)
        port_row.addWidget(self.port)
        port_row.addStretch(1)
        # Each on a line of its own: beside the port, the announcement's words were cut off in a
        # narrow sync panel.
        below = QVBoxLayout()
        below.setContentsMargins(20, 0, 0, 0)
        below.addWidget(self.announce)
        below.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addLayout(port_row)
        layout.addLayout(below)
        controller.worker.servingChanged.connect(self._serving_changed)

    def set_available(self, available: bool) -> None:
        """Only an active member listens: anyone else would only be refused by its peers."""
        self.check.setEnabled(available)
        self.port.setEnabled(available and not self.check.isChecked())
        self.announce.setEnabled(available and not self.check.isChecked())

    def _toggled(self, on: bool) -> None:
        self.port.setEnabled(not on)
        self.announce.setEnabled(not on)
        if on:
            self.state.setText(self.tr("Starting to listen…"))
            self.controller.serve(self.host, self.port.value(), self.announce.isChecked())
        else:
            self.controller.stop_serving()

    @Slot(int, str)
    def _serving_changed(self, port: int, problem: str) -> None:
        if port:
            self.state.setText(self.tr("Listening on port {port}.").format(port=port))
        elif problem:
            self.state.setText(self.tr("Not listening: {problem}").format(problem=problem))
        else:
            self.state.setText(self.tr("Not listening"))
        if not port and self.check.isChecked():  # it could not start: say so, and offer it again
            self.check.blockSignals(True)
            self.check.setChecked(False)
            self.check.blockSignals(False)
            self.port.setEnabled(self.check.isEnabled())
            self.announce.setEnabled(self.check.isEnabled())
