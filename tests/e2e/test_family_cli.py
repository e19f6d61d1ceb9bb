"""The family-visit day from the command line: relatives, trains, vans, the board, the papers."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.cli import COORDINATOR_PIN
from tests.e2e.test_desk_cli import REGISTER_FROM_ROSTER

REGISTER_WORKER = REGISTER_FROM_ROSTER.replace("[PersonInput(name=sys.argv[2])]",
                                               "[PersonInput(name=sys.argv[2], phone='+8613800138000', staff_id='E1')]")
REGISTER_WORKER = REGISTER_WORKER.replace("print(registered.token)", "print(registered.person_id)")


HEALTH = "mango lantern 19"


def _worker(event_file, name="张伟"):
    import os
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", REGISTER_WORKER, event_file, name], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)}, cwd=root, check=True)
    return done.stdout.strip()


@pytest.fixture
def carekit(carekit):
    """The coordinator's PIN and no name: the file's only operator signs in."""
    return carekit.but(pin=COORDINATOR_PIN)


@pytest.fixture
def day(carekit, event_file):
    db = ["--db", event_file]
    worker = _worker(event_file)
    # The identity number is sealed to the health key, so the event gets one first.
    carekit(*db, "health", "set-passphrase", env={"CAREKIT_HEALTH_PASSPHRASE": HEALTH})
    mother = carekit(*db, "family", "add", "--worker", worker, "--name", "李秀英", "--relationship", "parent",
                     "--age-band", "elderly", "--phone", "13800138000", "--need", "wheelchair", "--need", "halal",
                     "--id-number", "110101194501011234").stdout.strip()
    son = carekit(*db, "family", "add", "--worker", "E1", "--name", "张小宝", "--relationship", "child",
                  "--age-band", "child").stdout.strip()
    carekit(*db, "travel", "add", "--traveller", mother, "--traveller", son, "--mode", "train", "--number", "G79",
            "--from", "北京西", "--to", "深圳北", "--departs", "2026-12-04 10:00 Asia/Shanghai",
            "--arrives", "2026-12-04 18:30 Asia/Shanghai")
    return db, worker, mother, son


def test_a_coordinator_brings_a_family_in_and_meets_them_at_the_station(carekit, day, tmp_path):
    db, worker, mother, son = day
    listed = [json.loads(line) for line in carekit(*db, "family", "list", "--json").stdout.splitlines()]
    assert {t["name"] for t in listed} == {"李秀英", "张小宝"}
    assert all(t["worker_id"] == worker for t in listed)
    assert "110101194501011234" not in json.dumps(listed) and {t["private"] for t in listed} == {"locked", ""}
    unlocked = carekit(*db, "family", "list", "--json", env={"CAREKIT_HEALTH_PASSPHRASE": HEALTH}).stdout
    assert "110101194501011234" in unlocked
    assert "planned 1 vehicles for 2 travellers" in carekit(*db, "pickup", "plan", "--window", "60").stdout
    [van] = [json.loads(line) for line in carekit(*db, "pickup", "list", "--json").stdout.splitlines()]
    assert van["headcount"] == 2 and van["accessible"] is True
    carekit(*db, "pickup", "vehicle", van["id"], "--driver", "老周", "--phone", "13911112222")
    board = [json.loads(line) for line in carekit(*db, "family", "board", "--json").stdout.splitlines()]
    assert {(b["name"], b["arrives"], b["vehicle"]) for b in board} == {
        ("李秀英", "2026-12-04T18:30", van["label"]), ("张小宝", "2026-12-04T18:30", van["label"])}
    assert {"person_id", "name", "status", "arrives", "vehicle"} <= set(board[0])
    token = next(t["registration_token"] for t in listed if t["name"] == "李秀英")
    scanned = carekit(*db, "checkin", token, "--point", "pickup")
    assert "李秀英" in scanned.stdout
    assert carekit(*db, "family", "list", "--json").stdout.count('"status": "arrived"') == 1
    out = tmp_path / "manifests.pdf"
    assert "wrote 1 manifests" in carekit(*db, "pickup", "manifests", "--out", str(out)).stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    for word in ("李秀英", "张小宝", "Li Xiuying", "Zhang Xiaobao", "张伟", "G79", "18:30", "老周"):
        assert word in text
    assert "110101194501011234" not in text


def test_the_status_command_moves_forward_only(carekit, day):
    db, _worker, mother, _son = day
    assert "ticketed" in carekit(*db, "family", "status", mother, "ticketed").stdout
    back = carekit(*db, "family", "status", mother, "confirmed", ok=False)
    assert back.returncode == 2 and "does not go back" in back.stderr
    history = carekit(*db, "family", "history", mother).stdout
    assert "invited" in history and "ticketed" in history and "Lin" in history


BAD_INPUT = [
    (["travel", "add", "--traveller", "{mother}", "--mode", "train", "--number", "G1", "--from", "北京西",
      "--to", "深圳北", "--departs", "2026-12-04 18:00", "--arrives", "2026-12-04 09:00"], "before it departs"),
    (["travel", "add", "--traveller", "{mother}", "--mode", "train", "--number", "G1", "--from", "北京西",
      "--to", "深圳北", "--departs", "2026-12-04 08:00 Asia/Beijing", "--arrives", "2026-12-04 16:00"],
     "not a time zone"),
    (["travel", "add", "--traveller", "{mother}", "--mode", "train", "--number", "G1", "--from", "北京東",
      "--to", "深圳北", "--departs", "2026-12-04 08:00", "--arrives", "2026-12-04 16:00"], "not a known station"),
    (["family", "add", "--worker", "{mother}", "--name", "王芳", "--relationship", "sibling"], "not a worker"),
    (["family", "add", "--worker", "E1", "--name", "王芳", "--relationship", "sibling", "--need", "jetpack"],
     "not a need"),
    (["stay", "add", "--traveller", "{son}", "--hotel", "维也纳", "--room", "8", "--type", "single"], "already holds"),
]


def test_bad_input_is_refused_by_name_and_nothing_is_written(carekit, day):
    db, _worker, mother, son = day
    carekit(*db, "stay", "add", "--traveller", mother, "--hotel", "维也纳", "--room", "8", "--type", "single")
    before = carekit(*db, "travel", "list", "--json").stdout, carekit(*db, "family", "list", "--json").stdout
    for args, message in BAD_INPUT:
        done = carekit(*db, *[a.format(mother=mother, son=son) for a in args], ok=False)
        assert done.returncode == 2 and message in done.stderr, (args, done.stderr)
    assert (carekit(*db, "travel", "list", "--json").stdout, carekit(*db, "family", "list", "--json").stdout) == before


def test_a_workers_badge_at_the_pickup_point_is_not_an_arrival(carekit, event_file):
    token_script = REGISTER_FROM_ROSTER
    import os
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    token = subprocess.run([sys.executable, "-c", token_script, event_file, "张伟"], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(root)}, cwd=root, check=True).stdout.strip()
    done = carekit("--db", event_file, "checkin", token, "--point", "pickup", ok=False)
    assert done.returncode == 2 and "not an expected traveller" in done.stderr


def test_the_agents_sheet_imports_good_rows_and_names_bad_lines(carekit, day, tmp_path):
    db, *_ = day
    sheet = tmp_path / "agent.csv"
    sheet.write_text("姓名,员工工号,行程,方式,车次航班,出发,到达,出发时间,到达时间,订单号\n"
                     "李秀英,E1,返程,高铁,G80,深圳北,北京西,2026-12-06 09:00,2026-12-06 17:30,E9\n"
                     "张小宝,E1,返程,高铁,G80,深圳北,北京西,2026-12-06 09:00,2026-12-06 08:30,E9\n", encoding="utf-8")
    done = carekit(*db, "travel", "import", str(sheet), ok=False)
    assert done.returncode == 1 and "imported 1 legs, 1 passengers; 1 rows left out" in done.stdout
    assert "line 3" in done.stderr


def test_rooming_list_itinerary_and_summary_print(carekit, day, tmp_path):
    db, worker, mother, son = day
    for person in (mother, son):
        carekit(*db, "stay", "add", "--traveller", person, "--hotel", "维也纳酒店", "--room", "1203",
                "--first-night", "2026-12-04", "--nights", "2")
    carekit(*db, "pickup", "plan")
    pdf, xlsx = tmp_path / "rooms.pdf", tmp_path / "rooms.xlsx"
    carekit(*db, "stay", "rooming", "--out", str(pdf))
    carekit(*db, "stay", "rooming", "--out", str(xlsx))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "李秀英" in text and "Zhang Xiaobao" in text and "1203" in text
    from openpyxl import load_workbook
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert rows[1][:2] == ("维也纳酒店", "1203") and {r[5] for r in rows[1:]} == {"李秀英", "张小宝"}
    message = carekit(*db, "family", "itinerary", "--worker", worker, "--out", str(tmp_path / "trip.pdf")).stdout
    assert "家属探亲行程单" in message and "Family visit itinerary" in message
    assert "G79" in message and "18:30" in message and "维也纳酒店" in message
    trip = subprocess.run(["pdftotext", str(tmp_path / "trip.pdf"), "-"], capture_output=True, text=True).stdout
    assert "李秀英" in trip and "Going home" not in trip and "To the event" in trip
    summary = json.loads(carekit(*db, "family", "summary", "--out", str(tmp_path / "day.pdf")).stdout)
    assert summary["by_status"]["invited"] == 2 and summary["diets"]["halal"] == 1
    assert list(summary["wheelchairs_per_vehicle"].values()) == [1]
    assert summary["rooms_per_hotel"]["维也纳酒店"] == {"rooms": 1, "guests": 2, "beds": 2}
