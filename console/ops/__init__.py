"""What IT runs to check and try a desk: the doctor, the self-test, the sandbox back
offices and the check for a display to open windows on.

These are faces of the application, not a layer: they may use the desk, the store,
the core, the plugin host and the composition root, and none of those imports them
(the contract in pyproject.toml).
"""
