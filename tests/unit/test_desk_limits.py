"""Work that must stay bounded whatever is pasted or however many CareKit processes run."""

from __future__ import annotations

import json
import threading

from carekit import paths
from carekit.store import search_index


def test_a_pasted_hundred_thousand_digit_search_does_bounded_work(ws, crowd, monkeypatch):
    from carekit.services.search import search_people
    seen = []
    original = search_index.fold_latin
    monkeypatch.setattr(search_index, "fold_latin", lambda text: seen.append(len(text)) or original(text))
    assert search_people(ws, "1" * 100_000) == search_people(ws, "1" * search_index.MAX_QUERY_CHARS)
    assert seen and max(seen) <= search_index.MAX_QUERY_CHARS


def test_settings_written_from_many_processes_at_once_stay_whole(tmp_path, monkeypatch):
    monkeypatch.setenv("CAREKIT_HOME", str(tmp_path))
    errors = []

    def writer(n):
        try:
            for i in range(150):
                paths.save_setting(f"writer{n}", i)
        except Exception as error:  # noqa: BLE001 (any failure is the finding)
            errors.append(error)
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))  # never torn
    assert not list(tmp_path.glob("*.tmp"))  # no temporary file left behind
