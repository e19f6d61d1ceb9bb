"""A coordinator makes an event whose health values are sealed and whose file is encrypted."""

from __future__ import annotations

import pytest

from carekit.services import health_key
from carekit.store.db import Database, PassphraseNeeded


def test_a_new_event_with_a_health_passphrase_and_an_encrypted_file(qtbot, tmp_path):
    pytest.importorskip("sqlcipher3")
    from carekit.ui.event_dialogs import NewEventDialog
    dialog = NewEventDialog(default_dir=tmp_path)
    qtbot.addWidget(dialog)
    dialog.name.setText("Rider day")
    dialog.sites.setPlainText("深圳: 会展中心")
    dialog.operator.setText("Lin")
    dialog.pin.setText("975310")
    dialog.pin_again.setText("975310")
    dialog.health_passphrase.setText("short")
    dialog.save()
    assert "10" in dialog.error.text() and dialog.workspace is None
    assert not (tmp_path / "event.carekit").exists()
    dialog.health_passphrase.setText("mango lantern 19")
    dialog.file_passphrase.setText("lock the laptop 7")
    dialog.save()
    ws = dialog.workspace
    assert ws is not None and ws.db.encrypted
    assert health_key.has_health_key(ws) and health_key.is_unlocked(ws)
    ws.db.close()
    with pytest.raises(PassphraseNeeded):
        Database(tmp_path / "event.carekit")
