"""Typed reasons, not booleans: the desk picks colours and words from ``reason``."""

from __future__ import annotations

from typing import Any

from carekit.i18n import translate


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
