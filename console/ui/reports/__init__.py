"""The reports as people see them: a printable document (and, later, the window)."""
