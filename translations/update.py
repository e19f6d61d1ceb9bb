"""Refresh the translation sources and compile them into the package.

    python translations/update.py                 # lupdate all sources, English filled, compile .qm
    python translations/update.py --fill zh_CN F  # also take translations from a JSON {source: text}

A plural message (``tr("%n badge(s)", "", n)``) takes a list of forms in the JSON, or the forms
joined by "|": one form for Chinese, two (one, many) for English, Spanish and Portuguese. English
forms are derived from the source ("(s)" dropped, then kept) unless the JSON gives them.

The .ts files are what translators edit (Qt Linguist); the compiled .qm files ship inside
carekit/translations/ so an installed app finds them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCALES = ["zh_CN", "zh_TW", "en", "es", "pt_BR"]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "carekit").rglob("*.py"))


def ts_path(locale: str) -> Path:
    return ROOT / "translations" / f"carekit_{locale}.ts"


def lupdate(locale: str) -> None:
    subprocess.run(["pyside6-lupdate", "-no-obsolete", "-locations", "none", "-target-language", locale, *sources(),
                    "-ts", str(ts_path(locale))], cwd=ROOT, check=True, capture_output=True)


def english_forms(source: str) -> list[str]:
    return [re.sub(r"\((\w+)\)", "", source), re.sub(r"\((\w+)\)", r"\1", source)]


def forms(value) -> list[str]:
    return [f for f in (value if isinstance(value, list) else str(value).split("|")) if f]


def fill(locale: str, table: dict[str, str]) -> int:
    """Fill unfinished messages (English: with the source itself) and apply the table's entries.

    Returns how many messages remain unfinished."""
    tree = ET.parse(ts_path(locale))
    tree.getroot().set("language", locale)
    remaining = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") != "unfinished" and source not in table:
            continue  # a table's entry replaces an earlier translation: corrections reach the .ts
        if message.get("numerus") == "yes":
            slots = translation.findall("numerusform")
            given = forms(table[source]) if source in table else english_forms(source) if locale == "en" else []
            if len(given) == len(slots):
                for slot, text in zip(slots, given):
                    slot.text = text
                translation.attrib.pop("type", None)
            else:
                remaining += 1
            continue
        text = source if locale == "en" else table.get(source)
        if text:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            remaining += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path(locale), encoding="utf-8", xml_declaration=True)
    return remaining


def release(locale: str) -> None:
    target = ROOT / "carekit" / "translations" / f"carekit_{locale}.qm"
    target.parent.mkdir(exist_ok=True)
    subprocess.run(["pyside6-lrelease", str(ts_path(locale)), "-qm", str(target)], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", nargs=2, action="append", default=[], metavar=("LOCALE", "JSON"))
    args = parser.parse_args()
    tables = {locale: json.loads(Path(f).read_text(encoding="utf-8")) for locale, f in args.fill}
    status = 0
    for locale in LOCALES:
        lupdate(locale)
        remaining = fill(locale, tables.get(locale, {}))
        release(locale)
        print(f"{locale}: {remaining} unfinished")
        status |= bool(remaining)
    return status


if __name__ == "__main__":
    sys.exit(main())
