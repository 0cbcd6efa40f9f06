"""Qt translations: loading the .qm for the chosen language, translating Messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.core.resources import resource_path
from console.core.text import Message, TiskiError

log = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")
_installed: list[QTranslator] = []
# The language the UI speaks, remembered when it is set: tables ask for it for every
# cell they work out, and asking Qt each time (a QLocale made, named and freed) was
# GUI-thread work the soak's stall watch caught the window in (docs/reliability.md).
# None until first asked or set.
_language: str | None = None


def current_language() -> str:
    """The language the UI speaks now (fi, sv or en; fi when the locale is none of them)."""
    global _language
    if _language is None:
        name = QLocale().name()[:2]
        _language = name if name in LANGUAGES else "fi"
    return _language


def set_default_locale(locale: QLocale) -> None:
    """Make ``locale`` Qt's default and the UI's language follow it."""
    global _language
    QLocale.setDefault(locale)
    _language = None


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install Tiski's and Qt's own translations for ``language`` into ``app``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_default_locale(QLocale({"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}[language]))
    ours = QTranslator(app)
    path = resource_path("translations", f"tiski_{language}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    elif language != "en":
        log.warning("Translation file %s is missing; showing English", path)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source texts (tests start from there)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def translate(message: Message) -> str:
    """The message in the current language, its parameters filled in."""
    text = QCoreApplication.translate(message.context, message.text)
    params = {
        key: translate(value) if isinstance(value, Message) else value
        for key, value in message.params.items()
    }
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        # A broken translation must not hide the message: fall back to English.
        log.warning("Translation of %r does not fit its parameters", message.text)
        return message.english()


def error_text(error: BaseException) -> str:
    """What a person is told of a failed action: a Tiski error's message in the current
    language; any other error as it describes itself."""
    return translate(error.message) if isinstance(error, TiskiError) else str(error)
