"""Printing commands: ``badges``, ``verify``, ``keys``, ``certificate``, ``sheet``."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from carekit.cli.common import open_database, open_workspace
from carekit.printing.layouts import DEFAULT_LAYOUT, all_layouts
from carekit.i18n import QT_TRANSLATE_NOOP
from carekit.services import badges, certificates, credential_export, issuing_keys, session_certificates
from carekit.services.errors import ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    bad = sub.add_parser("badges", help="print badges to one PDF")
    bad.add_argument("--out", required=True, type=Path)
    bad.add_argument("--layout", default=DEFAULT_LAYOUT, choices=sorted(all_layouts()))
    bad.add_argument("--site", default="", help="site id, city or venue")
    bad.add_argument("--category", default="", choices=["", "worker", "family", "guest", "staff"])
    bad.add_argument("--not-printed", action="store_true", help="only badges not printed yet")
    bad.add_argument("--no-mark", action="store_true", help="do not mark the badges as printed")
    bad.set_defaults(handler=_badges)
    ver = sub.add_parser("verify", help="check a certificate code or credential JSON offline "
                                        "(valid / expired / revoked / forged)")
    ver.add_argument("code", help="a CKC1/CKC2 code, or a credential .json file")
    ver.add_argument("--key", action="append", type=Path, default=[], help="a public key file to trust (repeatable)")
    ver.add_argument("--root", action="append", default=[], metavar="FINGERPRINT",
                     help="trust the organisation key with this printed fingerprint (repeatable)")
    ver.add_argument("--json", action="store_true")
    ver.set_defaults(handler=_verify)
    keys = sub.add_parser("keys", help="the organisation's certificate signing keys")
    keys_sub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    gen = keys_sub.add_parser("generate", help="make this organisation's signing key")
    gen.add_argument("--name", required=True, help="organisation name printed with the key")
    gen.set_defaults(handler=_keys_generate)
    exp = keys_sub.add_parser("export", help="write the public key for employers and other organisations")
    exp.add_argument("--out", required=True, type=Path)
    exp.set_defaults(handler=_keys_export)
    imp = keys_sub.add_parser("import", help="trust another organisation's public key")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_keys_import)
    lst = keys_sub.add_parser("list", help="keys this event knows")
    lst.set_defaults(handler=_keys_list)
    req = keys_sub.add_parser("request", help="make an issuing key on this laptop, for a coordinator to delegate")
    req.add_argument("--holder", required=True, help="the trainer or laptop it is for")
    req.set_defaults(handler=_keys_request)
    dlg = keys_sub.add_parser("delegate", help="on the root key's laptop: vouch for an issuing key for some days")
    dlg.add_argument("key", nargs="?", default="", help="issuing key id or fingerprint (default: a new one here)")
    dlg.add_argument("--days", type=int, default=30)
    dlg.add_argument("--holder", default="", help="for a new key: the trainer or laptop it is for")
    dlg.set_defaults(handler=_keys_delegate)
    rvk = keys_sub.add_parser("revoke", help="revoke an issuing key: what it signs from today on fails")
    rvk.add_argument("key", help="issuing key id or fingerprint")
    rvk.add_argument("--reason", required=True)
    rvk.set_defaults(handler=_keys_revoke)
    bck = keys_sub.add_parser("backup", help="write the root key, encrypted with a passphrase ($CAREKIT_PASSPHRASE)")
    bck.add_argument("--out", required=True, type=Path)
    bck.set_defaults(handler=_keys_backup)
    rst = keys_sub.add_parser("restore", help="put the root key from its backup on this laptop")
    rst.add_argument("file", type=Path)
    rst.set_defaults(handler=_keys_restore)
    cert = sub.add_parser("certificate", help="issue, revoke or print certificates")
    cert_sub = cert.add_subparsers(dest="cert_command", metavar="ACTION", required=True)
    iss = cert_sub.add_parser("issue", help="--session S: to everyone who passed; or --person P by hand")
    iss.add_argument("--session", help="issue from this session's results (idempotent)")
    iss.add_argument("--person", help="person id, for a certificate issued by hand")
    iss.add_argument("--course-code")
    iss.add_argument("--course-name")
    iss.add_argument("--months", type=int, help="months of validity")
    iss.add_argument("--trainer")
    iss.add_argument("--renews", default="", help="serial of the certificate this renews")
    iss.add_argument("--out", type=Path, help="also write the certificate PDF here")
    iss.set_defaults(handler=_certificate_issue)
    rev = cert_sub.add_parser("revoke")
    rev.add_argument("serial")
    rev.add_argument("--reason", required=True)
    rev.set_defaults(handler=_certificate_revoke)
    cls = cert_sub.add_parser("list", help="certificates this laptop knows")
    cls.add_argument("--person", default="", help="person id")
    cls.add_argument("--json", action="store_true", help="one JSON object per certificate")
    cls.set_defaults(handler=_certificate_list)
    exp = cert_sub.add_parser("expiring", help="who to invite to a renewal")
    exp.add_argument("--within", type=int, default=90, metavar="DAYS")
    exp.add_argument("--out", type=Path, help="write the contacts as CSV")
    exp.set_defaults(handler=_certificate_expiring)
    vc = cert_sub.add_parser("export-vc", help="the certificate as an Open Badges 3.0 verifiable credential")
    vc.add_argument("serial")
    vc.add_argument("--out", required=True, type=Path)
    vc.set_defaults(handler=_certificate_export_vc)
    prn = cert_sub.add_parser("print")
    prn.add_argument("serials", nargs="+")
    prn.add_argument("--out", required=True, type=Path)
    prn.set_defaults(handler=_certificate_print)
    sheet = sub.add_parser("sheet", help="print a sheet")
    sheet_sub = sheet.add_subparsers(dest="sheet_command", metavar="KIND", required=True)
    roster = sheet_sub.add_parser("roster", help="sign-in sheet of everyone registered")
    roster.add_argument("--out", required=True, type=Path)
    roster.add_argument("--title", default="Sign-in sheet")
    roster.add_argument("--site", default="")
    roster.add_argument("--category", default="")
    roster.set_defaults(handler=_sheet_roster)


def _badges(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    chosen = badges.BadgeFilter(site_id=args.site, category=args.category, not_printed=args.not_printed)

    def progress(done: int, total: int) -> bool:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    batch = badges.render_batch(ws, chosen, args.layout, progress=progress)
    print(file=sys.stderr)
    args.out.write_bytes(batch.pdf)
    if not args.no_mark:
        badges.mark_printed(ws, batch.registration_ids)
    for warning in batch.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{len(batch.registration_ids)} badges on {batch.pages} pages: {args.out}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    extra = [certificates.read_public_key_text(path.read_text(encoding="utf-8")) for path in args.key]
    db = open_database(args) if args.db else None
    if args.code.lower().endswith(".json") and Path(args.code).exists():
        document = credential_export.read_credential_file(Path(args.code))
        verdict = credential_export.verify_credential(document, db=db, extra_keys=extra, root_fingerprints=args.root)
    else:
        verdict = certificates.verify(args.code, db=db, extra_keys=extra, root_fingerprints=args.root)
    if args.json:
        print(json.dumps(verdict.as_dict(), ensure_ascii=False))
    else:
        print(f"{verdict.status.upper()}: {verdict.message}")
        if verdict.fields:
            f = verdict.fields
            print(f"  {f.holder} · {f.course_code} · {f.issued} → {f.expires} · serial {f.serial}")
            print(f"  issuer {verdict.issuer} · key {verdict.fingerprint}")
    return 0 if verdict.status == certificates.VALID else 1


def _keys_generate(args: argparse.Namespace) -> int:
    key = certificates.generate_key(open_workspace(args), args.name)
    print(f"signing key for {key.name}: fingerprint {key.fingerprint}")
    return 0


def _keys_export(args: argparse.Namespace) -> int:
    args.out.write_text(certificates.export_public_key(open_workspace(args)), encoding="utf-8")
    print(f"public key written to {args.out}")
    return 0


def _keys_import(args: argparse.Namespace) -> int:
    key = certificates.import_public_key(open_workspace(args), args.file.read_text(encoding="utf-8"))
    print(f"trusted {key.name}: fingerprint {key.fingerprint}")
    return 0


def _keys_list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws.db.session() as session:
        here = issuing_keys.own_root(session)
    for key in certificates.list_keys(ws):
        where = " (private half on this laptop)" if here is not None and here.id == key.id else ""
        print(f"{key.fingerprint}  {key.kind}  {key.name}{where}")
    for key, mine in issuing_keys.list_issuing_keys(ws):
        state = (f"revoked {key.revoked_at[:10]}" if key.revoked_at else
                 f"{key.valid_from} → {key.valid_until}" if key.delegation else "waiting for a delegation")
        print(f"{key.fingerprint}  issuing  {key.holder}  {state}{'  (on this laptop)' if mine else ''}  {key.id}")
    return 0


def _passphrase(prompt: str) -> str:
    if os.environ.get("CAREKIT_PASSPHRASE"):
        return os.environ["CAREKIT_PASSPHRASE"]
    return getpass.getpass(prompt)


def _keys_request(args: argparse.Namespace) -> int:
    key = issuing_keys.request_key(open_workspace(args), args.holder)
    print(f"issuing key {key.fingerprint} for {key.holder}: {key.id}")
    print("a coordinator delegates it on the root key's laptop; it arrives with the next bundle")
    return 0


def _keys_delegate(args: argparse.Namespace) -> int:
    key = issuing_keys.delegate(open_workspace(args), args.key, days=args.days, holder=args.holder)
    print(f"issuing key {key.fingerprint} ({key.holder}) delegated {key.valid_from} → {key.valid_until}: {key.id}")
    return 0


def _keys_revoke(args: argparse.Namespace) -> int:
    key = issuing_keys.revoke(open_workspace(args), args.key, args.reason)
    print(f"revoked issuing key {key.fingerprint} at {key.revoked_at}: {key.revoked_reason}")
    return 0


def _keys_backup(args: argparse.Namespace) -> int:
    key = issuing_keys.backup_root(open_workspace(args), args.out, _passphrase("Passphrase for the backup: "))
    print(f"root key {key.fingerprint} backed up to {args.out}; keep the file and its passphrase apart")
    return 0


def _keys_restore(args: argparse.Namespace) -> int:
    key = issuing_keys.restore_root(open_workspace(args), args.file, _passphrase("Passphrase: "))
    print(f"root key {key.fingerprint} ({key.name}) is on this laptop now")
    return 0


def _certificate_issue(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if args.session:
        return _issue_for_session(ws, args)
    missing = [flag for flag, value in (("--person", args.person), ("--course-code", args.course_code),
                                        ("--course-name", args.course_name), ("--months", args.months),
                                        ("--trainer", args.trainer)) if value is None]
    if missing:
        raise ValidationError("missing_options", QT_TRANSLATE_NOOP(
            "Errors", "Give --session, or all of --person, --course-code, --course-name, --months and --trainer "
                      "(missing: {missing})."), missing=" ".join(missing))
    cert = certificates.issue(ws, args.person, course_code=args.course_code, course_name=args.course_name,
                              months=args.months, trainer=args.trainer, renews=args.renews)
    print(f"issued {cert.serial} to {cert.holder_name}, valid until {cert.expires}")
    print(cert.code)
    if args.out:
        args.out.write_bytes(certificates.certificate_pdf(ws, [cert.serial]))
    return 0


def _issue_for_session(ws, args: argparse.Namespace) -> int:
    def progress(done: int, total: int) -> bool:
        print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    report = session_certificates.issue_for_session(ws, args.session, pdf=bool(args.out), progress=progress)
    if args.out and report.pdf:
        print(file=sys.stderr)
        args.out.write_bytes(report.pdf)
    print(f"issued {len(report.issued)}, already issued {len(report.already)}, not eligible {len(report.refused)}")
    for _, name, why in report.refused:
        print(f"  not eligible: {name}: {why}")
    if args.out and report.pdf:
        print(f"{len(report.serials)} certificates: {args.out}")
    return 0


def _certificate_list(args: argparse.Namespace) -> int:
    for cert in session_certificates.list_certificates(open_workspace(args), args.person):
        if args.json:
            print(json.dumps(cert, ensure_ascii=False))
        else:
            print(f"{cert['serial']}  {cert['holder_name']:<12} {cert['course_code']:<6} {cert['issued']} → "
                  f"{cert['expires']}  {cert['status']}" + (f"  renews {cert['renews']}" if cert["renews"] else ""))
    return 0


def _certificate_expiring(args: argparse.Namespace) -> int:
    due = session_certificates.expiring(open_workspace(args), args.within)
    if args.out:
        args.out.write_text(session_certificates.renewals_csv(due), encoding="utf-8-sig")
    for r in due:
        print(f"{r.expires}  {r.days_left:>3} days  {r.name:<12} {r.phone:<16} {r.course_code}  {r.serial}")
    print(f"{len(due)} to invite to a renewal" + (f": {args.out}" if args.out else ""))
    return 0


def _certificate_export_vc(args: argparse.Namespace) -> int:
    document = credential_export.export_credential(open_workspace(args), args.serial)
    args.out.write_text(credential_export.credential_text(document), encoding="utf-8")
    print(f"credential for {document['carekitCertificate']['serial']} written to {args.out}")
    return 0


def _certificate_revoke(args: argparse.Namespace) -> int:
    cert = certificates.revoke(open_workspace(args), args.serial, args.reason)
    print(f"revoked {cert.serial}: {cert.revoked_reason}")
    return 0


def _certificate_print(args: argparse.Namespace) -> int:
    args.out.write_bytes(certificates.certificate_pdf(open_workspace(args), args.serials))
    print(f"{len(args.serials)} certificates: {args.out}")
    return 0


def _sheet_roster(args: argparse.Namespace) -> int:
    from carekit.printing.sheets import RosterLine, render_roster
    ws = open_workspace(args)
    people = badges.roster_lines(ws, badges.BadgeFilter(site_id=args.site, category=args.category))
    result = render_roster(args.title, [RosterLine(*p) for p in people])
    args.out.write_bytes(result.pdf)
    print(f"{len(people)} people on {result.pages} pages: {args.out}")
    return 0
