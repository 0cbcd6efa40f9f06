"""The kiosk: a visitor takes a ticket by touch, in Finnish, Swedish or English.

The window (window.py) holds the pages in a stack, reads what the kiosk offers
(catalogue.py), starts over when left idle, issues and shows the ticket and switches the
language. Each page is a widget of its own module that builds its widgets, owns its
logic and tells the window by signals what the visitor did: language.py, need.py,
choice.py, ticket.py and appointment.py. What they share with the window (the visitor's
language and the texts bound to it, the clock, the catalogue) is context.py; the
touch-sized buttons and keypad are parts.py, the look (palettes, large text, the focus
ring) style.py. Accessibility: the bar of modes for a visit (access.py), read aloud
(reading.py) and the question before the kiosk starts over by itself (timeout.py).
"""

from console.ui.kiosk.catalogue import KioskCatalogue, load_catalogue
from console.ui.kiosk.window import KioskWindow

__all__ = ["KioskCatalogue", "KioskWindow", "load_catalogue"]
