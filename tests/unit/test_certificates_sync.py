"""A revocation made on the trainer's laptop reaches the door laptop with the next bundle."""

from datetime import date

from carekit.services import certificates, sync
from carekit.services.operators import sign_in
from carekit.store.db import Database


def test_a_revocation_on_one_laptop_is_known_on_another_after_sync(ws, crowd, tmp_path):
    certificates.generate_key(ws, "Rider Care NGO")
    cert = certificates.issue(ws, crowd["张伟"].person_id, course_code="FA-1", course_name="First aid",
                              months=24, trainer="Dr. Peña")
    sync.export_setup(ws, tmp_path / "event.cksetup", "correct horse battery")
    door_db = Database(tmp_path / "door.carekit")
    sync.join_event(door_db, tmp_path / "event.cksetup", "correct horse battery", device_name="door")
    door = sign_in(door_db, "Lin Coordinator", "246810")
    sync.export_bundle(ws, tmp_path / "first.ckbundle")
    sync.import_bundle(door, tmp_path / "first.ckbundle")
    assert certificates.verify(cert.code, db=door_db, today=date(2027, 1, 1)).status == certificates.VALID
    certificates.revoke(ws, cert.serial, "assessment not passed")
    sync.export_bundle(ws, tmp_path / "second.ckbundle")
    sync.import_bundle(door, tmp_path / "second.ckbundle")
    verdict = certificates.verify(cert.code, db=door_db, today=date(2027, 1, 1))
    assert verdict.status == certificates.REVOKED and "assessment not passed" in verdict.message
    door_db.close()
