"""``claims serve``: the HTTP service under gunicorn, with the project's gunicorn config.

The service is the application of ``app.py`` beside ``gunicorn.conf.py`` (which sets
workers, timeouts and logging, each from the environment): in a clone of the
repository, the one above this package; else the current folder. This module only
finds them and hands over to gunicorn; it imports neither Flask nor the service.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from typing import List, Optional, Sequence

CONFIG = "gunicorn.conf.py"


def service_root() -> Optional[str]:
    """The folder holding ``app.py`` and ``gunicorn.conf.py``, or None."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for folder in (os.getcwd(), here):
        if all(os.path.isfile(os.path.join(folder, f)) for f in ("app.py", CONFIG)):
            return folder
    return None


def command(root: str, args: Sequence[str] = ()) -> List[str]:
    return [sys.executable, "-m", "gunicorn", "--config", os.path.join(root, CONFIG),
            "--chdir", root, *args, "app:app"]


def serve(args: Sequence[str] = ()) -> int:
    if importlib.util.find_spec("gunicorn") is None or importlib.util.find_spec("flask") is None:
        print("claims: error: the service needs the server extra: pip install 'claims[server]'",
              file=sys.stderr)
        return 2
    root = service_root()
    if root is None:
        print("claims: error: the service (app.py and gunicorn.conf.py) was not found here; "
              "run `claims serve` in a clone of the repository", file=sys.stderr)
        return 2
    argv = command(root, args)
    os.execv(argv[0], argv)  # gunicorn takes over the process: signals reach it directly
    return 0  # pragma: no cover
