"""Words for stored values (categories, jobs), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from carekit.domain.enums import Category, JobType


def category_label(value: str) -> str:
    labels = {
        Category.WORKER: QCoreApplication.translate("Labels", "Worker"),
        Category.FAMILY: QCoreApplication.translate("Labels", "Family member"),
        Category.GUEST: QCoreApplication.translate("Labels", "Guest"),
        Category.STAFF: QCoreApplication.translate("Labels", "Staff"),
    }
    return labels.get(value, value)


def job_label(value: str) -> str:
    labels = {
        JobType.RIDER: QCoreApplication.translate("Labels", "Rider"),
        JobType.COURIER: QCoreApplication.translate("Labels", "Courier"),
        JobType.WAREHOUSE: QCoreApplication.translate("Labels", "Warehouse"),
        JobType.CUSTOMER_SERVICE: QCoreApplication.translate("Labels", "Customer service"),
        JobType.DRIVER: QCoreApplication.translate("Labels", "Driver"),
        JobType.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels.get(value, value)


def role_label(value: str) -> str:
    from carekit.domain.enums import Role
    labels = {
        Role.DESK: QCoreApplication.translate("Labels", "desk volunteer"),
        Role.MEDIC: QCoreApplication.translate("Labels", "medic"),
        Role.TRAINER: QCoreApplication.translate("Labels", "trainer"),
        Role.COORDINATOR: QCoreApplication.translate("Labels", "coordinator"),
    }
    return labels.get(value, value)


def consent_label(value: str) -> str:
    from carekit.domain.enums import ConsentKind
    labels = {
        ConsentKind.REGISTRATION: QCoreApplication.translate("Labels", "Registration"),
        ConsentKind.HEALTH: QCoreApplication.translate("Labels", "Health screening"),
        ConsentKind.EMPLOYER_SHARING: QCoreApplication.translate("Labels", "Sharing with the employer"),
        ConsentKind.PHOTOS: QCoreApplication.translate("Labels", "Photos"),
    }
    return labels.get(value, value)
