"""Keeping the translations current: ``python -m console.i18n_tool update|release``.

``update`` runs pyside6-lupdate over the code into the .ts files (and, since the
source strings are English, fills new English entries with their source);
``release`` compiles the .ts files into the .qm files Tiski loads.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")


def qt_tool(name: str) -> str:
    """The path of a PySide6 tool such as lupdate or lrelease."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def source_files() -> list[Path]:
    files = sorted((ROOT / "console").rglob("*.py")) + sorted((ROOT / "plugins").rglob("*.py"))
    return [path for path in files if "migrations" not in path.parts]


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"tiski_{language}.ts"


def update(folder: Path = TRANSLATIONS) -> None:
    """Bring every string of the code into the .ts files in ``folder``."""
    command = [qt_tool("lupdate"), *map(str, source_files()), "-no-obsolete", "-locations", "none"]
    command += ["-ts"]
    command += [str(ts_file(language, folder)) for language in LANGUAGES]
    subprocess.run(command, check=True)  # noqa: S603 - our own tool, our own files
    fill_english(ts_file("en", folder))


def fill_english(path: Path) -> None:
    """English entries translate to their source text."""
    tree = ElementTree.parse(path)  # noqa: S314 - our own file
    changed = False
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for _ in range(2):
                ElementTree.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        changed = True
    if changed:
        body = ElementTree.tostring(tree.getroot(), encoding="unicode")
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )


def unfinished(language: str, folder: Path = TRANSLATIONS) -> list[dict[str, str]]:
    """The entries of a language still to translate, as ``fill`` takes them."""
    tree = ElementTree.parse(ts_file(language, folder))  # noqa: S314 - our own file
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                source = message.findtext("source") or ""
                found.append({"context": name, "source": source, "translation": ""})
    return found


def fill(language: str, entries: list[dict[str, str]], folder: Path = TRANSLATIONS) -> int:
    """Write translations (``context``, ``source``, ``translation``; plural forms as a list
    in ``forms``) into a language's .ts file; return how many entries were filled."""
    path = ts_file(language, folder)
    tree = ElementTree.parse(path)  # noqa: S314 - our own file
    wanted = {(entry["context"], entry["source"]): entry for entry in entries}
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            entry = wanted.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if entry is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in entry.get("forms") or [entry["translation"]] * 2:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry["translation"]
            filled += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled


def release(folder: Path = TRANSLATIONS, out: Path | None = None) -> None:
    """Compile the .ts files in ``folder`` into .qm files in ``out`` (default: beside)."""
    for language in LANGUAGES:
        target = (out or folder) / f"tiski_{language}.qm"
        subprocess.run(  # noqa: S603 - our own tool, our own files
            [qt_tool("lrelease"), "-silent", str(ts_file(language, folder)), "-qm", str(target)],
            check=True,
        )


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv == ["release"]:
        release()
        return 0
    if len(argv) == 2 and argv[0] == "unfinished":
        print(json.dumps(unfinished(argv[1]), ensure_ascii=False, indent=1))
        return 0
    if len(argv) == 3 and argv[0] == "fill":
        entries = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], entries)} of {len(entries)} entries filled")
        return 0
    print(
        "usage: python -m console.i18n_tool update | release | unfinished LANG"
        " | fill LANG FILE.json",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
