"""Before two people become one: both side by side, and a confirmation that names who is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QVBoxLayout

from carekit.services.merges import PersonCard


class MergeDialog(QDialog):
    """Accepting merges ``right`` into ``left``; Cancel is the default, so Enter changes nothing."""

    def __init__(self, left: PersonCard, right: PersonCard, parent=None):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.left, self.right = left, right
        self.setWindowTitle(self.tr("Merge two people"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Kept")), 0, 1)
        grid.addWidget(QLabel(self.tr("Merged into the one kept")), 0, 2)
        rows = [(self.tr("Name"), lambda c: c.name), (self.tr("Phone"), lambda c: c.phone),
                (self.tr("Staff id"), lambda c: c.staff_id), (self.tr("Employer"), lambda c: c.employer),
                (self.tr("Check-ins"), lambda c: str(c.check_ins)),
                (self.tr("Badge"), lambda c: ", ".join(c.badges))]
        self.cells: dict[tuple[int, int], QLabel] = {}
        for index, (label, value) in enumerate(rows, 1):
            grid.addWidget(QLabel(label), index, 0)
            for column, card in ((1, left), (2, right)):
                cell = QLabel(value(card) or "—")
                self.cells[(index, column)] = cell
                grid.addWidget(cell, index, column)
        question = QLabel(self.tr("{right} becomes {left}: their badges, consents and check-ins move to {left}. "
                                  "The last merge can be undone from the Sync page.").format(
            right=right.name, left=left.name))
        question.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = QPushButton(self.tr("Merge"))
        self.confirm.setObjectName("confirmMerge")
        self.confirm.setAutoDefault(False)
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(question)
        layout.addWidget(buttons)
