"""``python -m claims …``: the ``claims`` command line (claims.cli)."""
import sys

from .cli import main

sys.exit(main())
