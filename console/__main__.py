"""``python -m console`` is the same as the ``tiski`` command.

``--plugin-runtime`` (first argument) makes this process a plugin's process
instead: a frozen build has no ``python -m console.plugin_runtime`` to start.
"""

import sys

if sys.argv[1:2] == ["--plugin-runtime"]:
    from console.plugin_runtime.child import main as plugin_runtime

    sys.exit(plugin_runtime())

from console.cli import main

sys.exit(main())
