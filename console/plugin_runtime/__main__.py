"""``python -m console.plugin_runtime``: one plugin's process (the console starts it)."""

import sys

from console.plugin_runtime.child import main

sys.exit(main())
