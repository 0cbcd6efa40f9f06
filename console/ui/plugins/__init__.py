"""The agency panels: the views plugins send, drawn in docks."""
