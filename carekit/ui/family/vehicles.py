"""The vehicle plan: propose pick-ups, then move travellers between vehicles and name drivers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from carekit.services import pickups
from carekit.services.errors import CareKitError
from carekit.services.family_words import need_label
from carekit.ui.context import AppContext
from carekit.ui.formats import datetime_text, event_time
from carekit.ui.widgets.tables import read_only


class VehiclePlan(QWidget):
    saved = Signal()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.plans: list[pickups.VehiclePlan] = []
        self.window = QSpinBox()
        self.window.setRange(5, 1440)
        self.window.setValue(pickups.DEFAULT_WINDOW)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 80)
        self.capacity.setValue(pickups.DEFAULT_CAPACITY)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.plan)
        self.vehicles = QListWidget()
        self.vehicles.currentRowChanged.connect(self.show_vehicle)
        self.seats = read_only(QTableWidget(0, 4), "rows")
        self.seats.verticalHeader().hide()
        self.seats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.seats.horizontalHeader().setStretchLastSection(True)
        self.target = QComboBox()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_selected)
        self.driver, self.phone = QLineEdit(), QLineEdit()
        self.driver_button = QPushButton()
        self.driver_button.clicked.connect(self.save_driver)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.message = QLabel()
        self.window_label, self.capacity_label = QLabel(), QLabel()
        top = QHBoxLayout()
        for widget in (self.window_label, self.window, self.capacity_label, self.capacity, self.plan_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.driver_label, self.phone_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.driver_label, self.driver)
        self.form.addRow(self.phone_label, self.phone)
        right = QVBoxLayout()
        right.addWidget(self.seats, 1)
        move = QHBoxLayout()
        move.addWidget(self.target, 1)
        move.addWidget(self.move_button)
        right.addLayout(move)
        right.addLayout(self.form)
        right.addWidget(self.driver_button, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addWidget(self.vehicles, 1)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.window_label.setText(self.tr("Window (minutes)"))
        self.capacity_label.setText(self.tr("Seats per vehicle"))
        self.plan_button.setText(self.tr("Plan pick-ups"))
        self.move_button.setText(self.tr("Move to this vehicle"))
        self.driver_button.setText(self.tr("Save driver"))
        self.driver_label.setText(self.tr("Driver"))
        self.phone_label.setText(self.tr("Driver's phone"))
        self.seats.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Train / flight"), self.tr("Arrives"),
                                              self.tr("Needs")])
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        current = self.vehicles.currentRow()
        try:
            self.plans = pickups.vehicle_plans(self.context.workspace)
            warnings = pickups.pickup_warnings(self.context.workspace)
        except CareKitError as error:
            self.plans, warnings = [], []
            self.message.setText(error.message)
        self.vehicles.blockSignals(True)
        self.vehicles.clear()
        self.target.clear()
        for plan in self.plans:
            mark = " ♿" if plan.accessible else ""
            item = QListWidgetItem(f"{plan.label}  {plan.headcount}/{plan.capacity}{mark}")
            if plan.headcount > plan.capacity:
                item.setForeground(Qt.GlobalColor.red)
            self.vehicles.addItem(item)
            self.target.addItem(plan.label, plan.id)
        self.vehicles.blockSignals(False)
        if self.plans:
            self.vehicles.setCurrentRow(min(max(current, 0), len(self.plans) - 1))
        self.show_vehicle(self.vehicles.currentRow())
        self.warnings.setText("\n".join(self.warning_text(w) for w in warnings[:12]))

    def warning_text(self, w: pickups.Warning) -> str:
        words = {"over_capacity": self.tr("{vehicle} is over capacity ({detail})"),
                 "before_arrival": self.tr("{vehicle} leaves before {detail} arrives"),
                 "no_pickup": self.tr("A traveller on {detail} has no pick-up"),
                 "leg_changed": self.tr("A train or flight in {vehicle} changed after planning ({detail})"),
                 "no_wheelchair_access": self.tr("{vehicle} takes a wheelchair user but is not accessible")}
        if w.kind == "leg_changed":  # planned, then current arrival: moments, on the event's clock
            detail = " → ".join(event_time(self.context.workspace, t) for t in w.times)
        else:  # a seat's arrival is already the wall clock where it lands
            detail = " ".join(filter(None, (w.detail, *(datetime_text(t) for t in w.times))))
        return "⚠ " + words.get(w.kind, w.kind).format(vehicle=w.vehicle, detail=detail)

    def show_vehicle(self, row: int) -> None:
        plan = self.plans[row] if 0 <= row < len(self.plans) else None
        seats = plan.seats if plan else []
        self.seats.setRowCount(len(seats))
        for index, seat in enumerate(seats):
            for column, text in enumerate((f"{seat.name} {seat.romanised}", seat.number,
                                           datetime_text(seat.arrives_local),
                                           ", ".join(need_label(n) for n in seat.needs))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, seat.traveller_id)
                self.seats.setItem(index, column, item)
        self.driver.setText(plan.driver_name if plan else "")
        self.phone.setText(plan.driver_phone if plan else "")

    def selected_vehicle(self) -> pickups.VehiclePlan | None:
        row = self.vehicles.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def plan(self) -> None:
        try:
            result = pickups.plan_pickups(self.context.workspace, self.window.value(), self.capacity.value())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText(self.tr("Planned {vehicles} vehicles for {seated} travellers.").format(
            vehicles=result.vehicles, seated=result.seated))
        self.after_write()

    def move_selected(self) -> None:
        row = self.seats.currentRow()
        if row < 0 or self.target.currentData() is None:
            self.message.setText(self.tr("Select a traveller and the vehicle to move them to."))
            return
        traveller = self.seats.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            pickups.move_traveller(self.context.workspace, traveller, self.target.currentData())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        self.after_write()

    def save_driver(self) -> None:
        plan = self.selected_vehicle()
        if plan is None:
            return
        try:
            pickups.edit_vehicle(self.context.workspace, plan.id, driver_name=self.driver.text(),
                                 driver_phone=self.phone.text())
        except CareKitError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        self.after_write()

    def after_write(self) -> None:
        self.refresh()
        self.saved.emit()
        self.context.changed.emit("family")
