"""``python -m console`` is the same as the ``tiski`` command."""

import sys

from console.cli import main

sys.exit(main())
