"""The lobby display."""
