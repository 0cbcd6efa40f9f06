"""The ``tiski`` command: one package for the command line.

``tiski.py`` builds the parser, reads the settings and runs the sub-command; each
family of sub-commands has a module of its own (``db``, ``queue``, ``cases``,
``identity``, ``plugins``, ``sandbox``, ``staff``, ``desk``, ``privacy``), and they
share ``voice.py`` (the one printer of their translated messages), ``opening.py``
(the database and the desk as a command opens them), ``auth.py`` (``--user``) and
``numbers.py`` (number options). The entry point ``console.cli:main`` names the
function re-exported here, with the command's exit statuses that scripts rely on.
"""

from console.cli.tiski import EXIT_ERROR, EXIT_NEEDS_UPGRADE, EXIT_OK, main

__all__ = ["EXIT_ERROR", "EXIT_NEEDS_UPGRADE", "EXIT_OK", "main"]
