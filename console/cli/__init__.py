"""The ``tiski`` command: one package for the command line.

``tiski.py`` builds the parser and runs the sub-command; each family of sub-commands
has a module of its own (``auth``, ``cases``, ``desk``, ``numbers``, ``plugins``,
``privacy``, ``queue``, ``sandbox``, ``staff``), and ``voice.py`` is the one printer of
their translated messages. The entry point ``console.cli:main`` names the function
re-exported here, with the command's exit statuses that scripts rely on.
"""

from console.cli.tiski import EXIT_ERROR, EXIT_NEEDS_UPGRADE, EXIT_OK, main

__all__ = ["EXIT_ERROR", "EXIT_NEEDS_UPGRADE", "EXIT_OK", "main"]
