"""Typed reasons, not booleans: the desk picks colours and words from ``reason``."""

from __future__ import annotations

from typing import Any

from carekit.i18n import QT_TRANSLATE_NOOP, translate


class CareKitError(Exception):
    """A refusal with a machine ``reason`` and a message template translated when shown."""

    context = "Errors"

    def __init__(self, reason: str, template: str, **params: Any):
        self.reason = reason
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return translate(self.context, self.template).format(**self.params)


class NotFound(CareKitError):
    pass


class ValidationError(CareKitError):
    pass


class PermissionDenied(CareKitError):
    pass


def phone_error(error, **params: Any) -> ValidationError:
    """The refusal of a phone field (a ``PhoneError``): names the event's region only when it was
    used, since "+52 55 …" is judged by its own country code and "for region CN" would mislead."""
    if error.own_code:
        return ValidationError("bad_phone", QT_TRANSLATE_NOOP(
            "Errors", "Phone '{phone}' is not a valid number."), phone=error.phone, **params)
    return ValidationError("bad_phone", QT_TRANSLATE_NOOP(
        "Errors", "Phone '{phone}' is not a valid number for region {region}."),
        phone=error.phone, region=error.region, **params)
