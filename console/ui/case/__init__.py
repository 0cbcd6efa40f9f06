"""The visitor's case: identity, timeline, the note editor and its journal, the case dialogs."""
