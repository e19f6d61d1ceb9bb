"""CareKit as a volunteer gets it: the wheel in a fresh environment, then the frozen bundle.

Everything runs in a temporary folder outside the checkout, so nothing can be found through it.
With the wheel installed there: create an event, import a roster, print badges whose QR codes
zbarimg decodes (and the desk accepts), issue a certificate and verify the code read back from
its PDF, start the app offscreen on the demo and find the user guide (README and docs/) in the installed
package, with its pictures. Then the PyInstaller one-folder bundle is built
once and smoke-tested the same way: it starts on the demo and exits cleanly, and prints badges.

CAREKIT_SKIP_BUNDLE=1 skips the bundle for a quick local run; CI (CI=true) always builds it.
Exits non-zero at the first step that fails, saying which.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROSTER = ROOT / "tests" / "data" / "roster_sample_zh.csv"
COORDINATOR, PIN = "Lin", "135790"
DEMO_OPERATOR, DEMO_PIN = "Demo coordinator", "246810"


class Failed(Exception):
    pass


def run(cmd: list, *, env: dict, cwd: Path, ok: bool = True, timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout)
    if ok and done.returncode != 0:
        raise Failed(f"{' '.join(map(str, cmd))} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def step(name: str):
    print(f"-- {name}", flush=True)
    return time.perf_counter()


def qr_codes(pdf: Path, work: Path) -> list[str]:
    """Every QR code on the PDF's pages, as zbarimg reads them from a 200 dpi rendering."""
    prefix = work / pdf.stem
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(prefix)], check=True)
    codes = []
    for page in sorted(work.glob(f"{pdf.stem}-*.png")):
        done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
                              capture_output=True, text=True)
        codes += [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return codes


def exercise(carekit: Path, work: Path, env: dict, label: str) -> None:
    """Event, roster, badges, certificate: the morning of an event, from the command line."""
    event = work / f"{label}.carekit"
    signed = {**env, "CAREKIT_OPERATOR": COORDINATOR, "CAREKIT_PIN": PIN}
    run([carekit, "--db", event, "event", "create", "--name", "骑手关爱日 Rider Care Day",
         "--site", "深圳:会展中心", "--coordinator", COORDINATOR, "--pin", PIN, "--timezone", "Asia/Shanghai"],
        env=signed, cwd=work)
    report = run([carekit, "--db", event, "import-roster", work / ROSTER.name, "--json"], env=signed, cwd=work)
    imported = json.loads(report.stdout)
    print(f"   roster: {json.dumps({k: v for k, v in imported.items() if isinstance(v, int)})}")
    badges = work / f"{label}-badges.pdf"
    run([carekit, "--db", event, "badges", "--out", badges], env=signed, cwd=work)
    tokens = qr_codes(badges, work)
    if len(tokens) < 100 or not all(t.startswith("CK1") for t in tokens):
        raise Failed(f"badges: zbarimg read {len(tokens)} codes from {badges}: {tokens[:3]}")
    checked = run([carekit, "--db", event, "checkin", tokens[0]], env=signed, cwd=work)
    print(f"   {len(tokens)} badge QR codes decoded; first scan: {checked.stdout.strip().splitlines()[0]}")
    person = json.loads(run([carekit, "--db", event, "search", "张", "--json", "--limit", "1"],
                            env=signed, cwd=work).stdout.splitlines()[0])
    run([carekit, "--db", event, "keys", "generate", "--name", "Rider Care NGO"], env=signed, cwd=work)
    key = work / f"{label}-key.json"
    run([carekit, "--db", event, "keys", "export", "--out", key], env=signed, cwd=work)
    cert_pdf = work / f"{label}-certificate.pdf"
    issued = run([carekit, "--db", event, "certificate", "issue", "--person", person["person_id"],
                  "--course-code", "FA-1", "--course-name", "基础急救 Basic first aid", "--months", "24",
                  "--trainer", "Dr. María Peña", "--out", cert_pdf], env=signed, cwd=work)
    code = issued.stdout.strip().splitlines()[-1]
    if code not in qr_codes(cert_pdf, work):
        raise Failed(f"certificate: the QR on {cert_pdf} does not hold the issued code")
    verdict = run([carekit, "verify", code, "--key", key], env=env, cwd=work)
    if not verdict.stdout.startswith("VALID"):
        raise Failed(f"certificate: verify said {verdict.stdout!r}")
    print(f"   certificate issued, its QR decoded and verified offline: {verdict.stdout.splitlines()[0]}")


def start_on_demo(carekit: Path, work: Path, env: dict) -> None:
    demo = {**env, "QT_QPA_PLATFORM": "offscreen", "CAREKIT_OPERATOR": DEMO_OPERATOR, "CAREKIT_PIN": DEMO_PIN}
    started = run([carekit, "--demo", "--check"], env=demo, cwd=work, timeout=300)
    if "CareKit ready" not in started.stdout:
        raise Failed(f"the app did not report ready:\n{started.stdout}\n{started.stderr}")
    print(f"   {started.stdout.strip()}")
    if "Merge process: started" not in started.stdout:
        raise Failed(f"the app could not start its merge process:\n{started.stdout}\n{started.stderr}")
    guide = re.search(r"User guide: (\d+) of (\d+) linked pages and (\d+) of (\d+) pictures, from (.+)", started.stdout)
    if guide is None:
        raise Failed(f"the app did not report its user guide:\n{started.stdout}")
    shown, linked, drawn, pictures = map(int, guide.groups()[:4])
    folder = Path(guide.group(5).strip())
    pages = len(list((ROOT / "docs").glob("*.md")))
    if folder.resolve().is_relative_to(ROOT) or not folder.resolve().is_relative_to(work.resolve()):
        raise Failed(f"the user guide was read from {folder}, not from the installed copy")
    if linked < pages or shown != linked or drawn != pictures:
        raise Failed(f"the installed user guide is incomplete: {guide.group(0)} (docs/ has {pages} pages)")


def clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CAREKIT_"))}
    return {**env, "CAREKIT_HOME": str(home), "PYTHONIOENCODING": "utf-8", "PYTHONNOUSERSITE": "1"}


def check_wheel(work: Path) -> None:
    began = step("wheel: build, install into a fresh environment outside the checkout")
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", work / "wheel", ROOT], env=dict(os.environ),
        cwd=work)
    wheel = next((work / "wheel").glob("carekit-*.whl"))
    run([sys.executable, "-m", "venv", "--without-pip", work / "venv"], env=dict(os.environ), cwd=work)
    python = work / "venv" / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", wheel], env=dict(os.environ), cwd=work)
    env = clean_env(work / "home-wheel")
    where = run([python, "-c", "import carekit, carekit.paths as p; print(carekit.__file__); print(p.RESOURCES)"],
                env=env, cwd=work).stdout.split()
    if any(Path(w).resolve().is_relative_to(ROOT) for w in where) or "site-packages" not in where[0]:
        raise Failed(f"carekit was not imported from the fresh environment: {where}")
    print(f"   {wheel.name} ({wheel.stat().st_size / 1e6:.1f} MB) imported from {where[0]}")
    carekit = work / "venv" / "bin" / "carekit"
    exercise(carekit, work, env, "wheel")
    start_on_demo(carekit, work, env)
    print(f"   wheel checks took {time.perf_counter() - began:.0f} s")


def check_bundle(work: Path) -> None:
    if os.environ.get("CAREKIT_SKIP_BUNDLE") and os.environ.get("CI") != "true":
        print("-- bundle: skipped (CAREKIT_SKIP_BUNDLE is set; CI never skips it)")
        return
    began = step("bundle: PyInstaller one-folder build, started on the demo, printing badges")
    built = run([sys.executable, ROOT / "packaging" / "build.py", "--dist", work / "dist",
                 "--python", work / "venv" / "bin" / "python"], env=dict(os.environ), cwd=work, timeout=1500)
    print(f"   {built.stdout.strip().splitlines()[-1]} in {time.perf_counter() - began:.0f} s")
    carekit = work / "dist" / "CareKit" / "carekit"
    env = clean_env(work / "home-bundle")
    env["PATH"] = "/usr/bin:/bin"  # no Python of ours on the path: the bundle must carry its own
    start_on_demo(carekit, work, env)
    exercise(carekit, work, env, "bundle")
    print(f"   bundle checks took {time.perf_counter() - began:.0f} s")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="carekit-install-check-"))
    if work.resolve().is_relative_to(ROOT):
        raise SystemExit(f"the check folder {work} must lie outside the checkout {ROOT}")
    shutil.copy(ROSTER, work / ROSTER.name)
    try:
        check_wheel(work)
        check_bundle(work)
    except (Failed, subprocess.SubprocessError, OSError, StopIteration, ValueError, KeyError) as error:
        print(f"install check FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("install check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
