"""A case's sections as a list beside the open section: fourteen sections fit a laptop's height
where a row of tabs hid most of them behind scroll arrows. Up and Down move through the list;
Ctrl+Page Down and Ctrl+Page Up move from anywhere in the case, as they did between tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget


class SectionList(QWidget):
    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("sectionList")
        self.list.setAccessibleName(self.tr("Case sections"))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.list, 0)
        layout.addWidget(self.pages, 1)
        self.list.currentRowChanged.connect(self._row_changed)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.step_by(step))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            self.pages.setCurrentIndex(row)
        if not self.signalsBlocked():
            self.currentChanged.emit(row)

    def _fit_width(self) -> None:
        metrics = self.list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.list.item(i).text()) for i in range(self.list.count())), default=80
        )
        self.list.setFixedWidth(widest + 2 * self.list.frameWidth() + 28)

    def addTab(self, page: QWidget, label: str) -> int:
        self.pages.addWidget(page)
        item = QListWidgetItem(label.replace("&&", "&"), self.list)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, label.replace("&&", "&"))
        self._fit_width()
        return self.list.count() - 1

    def setTabToolTip(self, index: int, tip: str) -> None:
        self.list.item(index).setToolTip(tip)

    def removeTab(self, index: int) -> None:
        page = self.pages.widget(index)
        if page is not None:
            self.pages.removeWidget(page)
        blocked = self.list.blockSignals(True)
        self.list.takeItem(index)
        self.list.blockSignals(blocked)

    def count(self) -> int:
        return self.pages.count()

    def widget(self, index: int) -> QWidget | None:
        return self.pages.widget(index)

    def tabText(self, index: int) -> str:
        return self.list.item(index).text()

    def currentIndex(self) -> int:
        return self.list.currentRow()

    def currentWidget(self) -> QWidget | None:
        row = self.list.currentRow()
        return self.pages.widget(row) if row >= 0 else None

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.list.setCurrentRow(index)
            self.pages.setCurrentIndex(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.pages.indexOf(page))

    # Not named move: that is QWidget's, which places the widget.
    def step_by(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())
