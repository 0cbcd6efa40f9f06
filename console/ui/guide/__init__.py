"""The lobby guide's view (``tiski guide``)."""

from console.ui.guide.window import GuideWindow

__all__ = ["GuideWindow"]
