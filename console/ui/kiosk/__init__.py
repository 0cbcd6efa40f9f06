"""The kiosk: a visitor takes a ticket by touch, in Finnish, Swedish or English.

The window (window.py) holds the pages in a stack, reads what the kiosk offers, starts
over when left idle, issues and shows the ticket and switches the language; the parts
(parts.py) are its touch-sized buttons, keypad and look.
"""

from console.ui.kiosk.catalogue import KioskCatalogue, load_catalogue
from console.ui.kiosk.window import KioskWindow

__all__ = ["KioskCatalogue", "KioskWindow", "load_catalogue"]
