"""Every string of the code is translated, and the compiled files are current."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from console import i18n_tool

PLACEHOLDERS = re.compile(r"\{[a-z_]+(?:![rs])?\}|%\d|%n")


def messages(path: Path) -> dict[tuple[str, str], ElementTree.Element]:
    tree = ElementTree.parse(path)  # noqa: S314 - our own file
    found = {}
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def texts(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate would leave them after reading today's code."""
    folder = tmp_path_factory.mktemp("ts")
    for language in i18n_tool.LANGUAGES:
        shutil.copy(i18n_tool.ts_file(language), folder)
    i18n_tool.update(folder)
    return folder


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_every_string_in_the_code_is_translated(fresh_copy: Path, language: str) -> None:
    fresh = messages(i18n_tool.ts_file(language, fresh_copy))
    committed = messages(i18n_tool.ts_file(language))
    assert set(fresh) == set(committed), "run: python -m console.i18n_tool update"
    unfinished = [
        source
        for (_context, source), message in committed.items()
        if (
            message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        )  # type: ignore[union-attr]
        or not all(texts(message))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for (context, source), message in messages(i18n_tool.ts_file(language)).items():
        for text in texts(message):
            assert sorted(PLACEHOLDERS.findall(text)) == sorted(PLACEHOLDERS.findall(source)), (
                context,
                source,
                text,
            )
            assert text.count("&") == source.count("&"), (context, source, text)


def test_compiled_files_are_current(tmp_path: Path) -> None:
    i18n_tool.release(out=tmp_path)
    for language in i18n_tool.LANGUAGES:
        built = (tmp_path / f"tiski_{language}.qm").read_bytes()
        committed = (i18n_tool.TRANSLATIONS / f"tiski_{language}.qm").read_bytes()
        assert built == committed, "run: python -m console.i18n_tool release"
