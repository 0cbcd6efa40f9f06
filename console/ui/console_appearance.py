"""The View menu's theme and text size: a person's own look of Tiski on this PC.

Picked from the menu (or Ctrl++ and Ctrl+-), the look changes at once for every
window of Tiski, and is kept in ``window.ini`` under the person's user name: the next
time they sign in on this PC (or switch to this console) it comes back; the next
person gets theirs, or the settings' one (``ui.theme``, ``ui.font_scale``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from console.ui.shared.actions import make_action
from console.ui.shared.announce import announce
from console.ui.shared.theme import (
    FONT_SCALE_MAX,
    FONT_SCALE_MIN,
    FONT_SCALES,
    HIGH_CONTRAST,
    STANDARD,
    Appearance,
    apply_appearance,
    current_appearance,
    default_appearance,
)


class ConsoleAppearance(QObject):
    """The Theme and Text size menus of one person's console, and their saved choice."""

    changed = Signal()  # the look was applied (the window may lay itself out anew)

    def __init__(
        self,
        window: QWidget,
        username: str,
        settings: Callable[[], QSettings],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.username = username
        self._settings = settings
        self.theme_actions: dict[str, QAction] = {}
        self.scale_actions: dict[int, QAction] = {}
        themes = QActionGroup(self)
        for theme, text, tip in (
            (STANDARD, self.tr("&Standard"), self.tr("Dark text on light panels")),
            (
                HIGH_CONTRAST,
                self.tr("&High contrast"),
                self.tr("White and yellow text on black, every control outlined"),
            ),
        ):
            action = make_action(window, text, "", tip, f"theme-{theme}")
            action.setCheckable(True)
            action.setActionGroup(themes)
            action.triggered.connect(lambda _checked=False, t=theme: self.choose_theme(t))
            self.theme_actions[theme] = action
        scales = QActionGroup(self)
        for scale in FONT_SCALES:
            action = make_action(
                window, self.tr("%1 %").replace("%1", str(scale)), "", "", f"textSize{scale}"
            )
            action.setCheckable(True)
            action.setActionGroup(scales)
            action.triggered.connect(lambda _checked=False, s=scale: self.choose_scale(s))
            self.scale_actions[scale] = action
        self.larger_action = make_action(
            window,
            self.tr("&Larger text"),
            "Ctrl++",
            self.tr("Make the text of Tiski's windows larger"),
            "largerText",
        )
        self.larger_action.triggered.connect(lambda: self.step_scale(+1))
        self.smaller_action = make_action(
            window,
            self.tr("S&maller text"),
            "Ctrl+-",
            self.tr("Make the text of Tiski's windows smaller"),
            "smallerText",
        )
        self.smaller_action.triggered.connect(lambda: self.step_scale(-1))
        self._show_checked()

    def add_to(self, menu: QMenu) -> None:
        """The Theme and Text size submenus, at the end of ``menu``."""
        theme_menu = menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(list(self.theme_actions.values()))
        size_menu = menu.addMenu(self.tr("Te&xt size"))
        size_menu.addActions([self.larger_action, self.smaller_action])
        size_menu.addSeparator()
        size_menu.addActions(list(self.scale_actions.values()))

    @property
    def actions(self) -> list[QAction]:
        return [
            *self.theme_actions.values(),
            *self.scale_actions.values(),
            self.larger_action,
            self.smaller_action,
        ]

    # ------------------------------------------------------------ choosing
    def choose_theme(self, theme: str) -> None:
        self._apply(Appearance(theme, current_appearance().font_scale))
        announce(
            self.window,
            self.tr("High contrast on") if theme == HIGH_CONTRAST else self.tr("Standard theme on"),
        )

    def choose_scale(self, scale: int) -> None:
        scale = max(FONT_SCALE_MIN, min(FONT_SCALE_MAX, scale))
        self._apply(Appearance(current_appearance().theme, scale))
        announce(self.window, self.tr("Text size %1 %").replace("%1", str(scale)))

    def step_scale(self, direction: int) -> None:
        """One step of the menu's sizes up (+1) or down (-1) from the size now."""
        now = current_appearance().font_scale
        if direction > 0:
            larger = [scale for scale in FONT_SCALES if scale > now]
            self.choose_scale(larger[0] if larger else FONT_SCALE_MAX)
        else:
            smaller = [scale for scale in FONT_SCALES if scale < now]
            self.choose_scale(smaller[-1] if smaller else FONT_SCALE_MIN)

    def restore(self) -> None:
        """This person's saved look on this PC, or the settings' (at start, on a switch)."""
        saved = self._saved()
        if saved != current_appearance():
            self._apply(saved, remember=False)

    # ------------------------------------------------------------ keeping
    def _key(self, name: str) -> str:
        return f"appearance/{self.username}/{name}"

    def _saved(self) -> Appearance:
        default = default_appearance()
        settings = self._settings()
        theme = str(settings.value(self._key("theme"), default.theme))
        try:
            scale = int(str(settings.value(self._key("font_scale"), default.font_scale)))
            return Appearance(theme, scale)
        except ValueError:
            return default  # a hand-edited window.ini: the settings' look

    def _apply(self, appearance: Appearance, *, remember: bool = True) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        apply_appearance(app, appearance)
        if remember:
            settings = self._settings()
            settings.setValue(self._key("theme"), appearance.theme)
            settings.setValue(self._key("font_scale"), appearance.font_scale)
        self._show_checked()
        self.changed.emit()

    def _show_checked(self) -> None:
        now = current_appearance()
        for theme, action in self.theme_actions.items():
            action.setChecked(theme == now.theme)
        for scale, action in self.scale_actions.items():
            action.setChecked(scale == now.font_scale)
        self.larger_action.setEnabled(now.font_scale < FONT_SCALE_MAX)
        self.smaller_action.setEnabled(now.font_scale > FONT_SCALE_MIN)
