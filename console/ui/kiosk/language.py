"""The kiosk's first page: a welcome in every language and a button for each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.catalogue import KioskCatalogue
from console.ui.kiosk.context import CONTEXT, KioskContext
from console.ui.kiosk.parts import ChoiceButton, ReachGap, heading

# Each language is named in itself, so a visitor finds theirs whatever is shown now.
LANGUAGE_NAMES = (("fi", "Suomi"), ("sv", "Svenska"), ("en", "English"))


class LanguagePage(QWidget):
    """Welcome, the desk's name and welcome, and the choice of language."""

    language_chosen = Signal(str)

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = context.texts
        self.welcome_label = heading("kioskWelcome")
        self.site_label = heading("kioskSite")
        # The desk file's own welcome, in every language: nobody has chosen one yet.
        self.lobby_welcome = heading("kioskLobbyWelcome")
        self.lobby_welcome.hide()
        self.choose_language_label = heading("kioskHint")
        welcome = QT_TRANSLATE_NOOP("Kiosk", "Welcome")
        self.welcome_label.setText(" · ".join(texts.all_languages(CONTEXT, welcome)))
        choose = QT_TRANSLATE_NOOP("Kiosk", "Choose your language")
        self.choose_language_label.setText(" · ".join(texts.all_languages(CONTEXT, choose)))
        self.buttons: dict[str, ChoiceButton] = {}
        self.button_row = buttons = QVBoxLayout()
        buttons.setSpacing(24)
        for code, name in LANGUAGE_NAMES:
            button = ChoiceButton(name, centred=True)
            button.setObjectName(f"language_{code}")
            button.setProperty("language", code)  # speech reads it in that language
            button.setMinimumSize(560, 112)
            button.clicked.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.buttons[code] = button
        self._layout = layout = QVBoxLayout(self)
        # Above the welcome: it centres the page, or (buttons lower) keeps it at the top.
        self._top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(self._top)
        layout.setStretch(0, 1)
        layout.addWidget(self.welcome_label)
        layout.addWidget(self.site_label)
        layout.addSpacing(12)
        layout.addWidget(self.lobby_welcome)
        layout.addSpacing(24)
        layout.addWidget(self.choose_language_label)
        layout.addSpacing(24)
        self.gap = ReachGap()
        self.gaps = [self.gap]
        layout.addWidget(self.gap)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def set_low_reach(self, low: bool) -> None:
        """Buttons lower: the languages side by side, low on the screen."""
        policy = QSizePolicy.Policy.Fixed if low else QSizePolicy.Policy.Expanding
        self._top.changeSize(0, 0, QSizePolicy.Policy.Minimum, policy)
        self.button_row.setDirection(
            QBoxLayout.Direction.LeftToRight if low else QBoxLayout.Direction.TopToBottom
        )
        for button in self.buttons.values():
            button.setMinimumSize(360 if low else 560, 112)
        self._layout.invalidate()

    def show_catalogue(self, catalogue: KioskCatalogue) -> None:
        """The desk's name and its own welcome, in every language it has them."""
        site = catalogue.site
        names = [site.fi, site.sv] if site else []
        self.site_label.setText(" · ".join(dict.fromkeys(name for name in names if name)))
        welcome = catalogue.lobby.kiosk_welcome
        self.lobby_welcome.setText(
            "\n".join(dict.fromkeys((welcome.fi, welcome.sv, welcome.en))) if welcome else ""
        )
        self.lobby_welcome.setVisible(welcome is not None)
