"""Qt only: windows, item models, widgets, dialogs and workers."""
