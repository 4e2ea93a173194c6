"""``claims serve``: the HTTP service under gunicorn, with the project's settings.

The application factory and gunicorn's settings are modules of the ``service``
package (``service.factory``, ``service.gunicorn_conf``), which the package ships
with the ``server`` extra: the same command serves from a clone and from an
installed wheel. This module only hands over to gunicorn; it imports neither Flask
nor the service.
"""
from __future__ import annotations

import importlib.util
import os
import sys
from typing import List, Sequence

CONFIG = "python:service.gunicorn_conf"
APP = "service.factory:create_app()"


def command(args: Sequence[str] = ()) -> List[str]:
    return [sys.executable, "-m", "gunicorn", "--config", CONFIG, *args, APP]


def serve(args: Sequence[str] = ()) -> int:
    needed = ("gunicorn", "flask", "service")
    if any(importlib.util.find_spec(m) is None for m in needed):
        print("claims: error: the service needs the server extra: pip install 'claims[server]'",
              file=sys.stderr)
        return 2
    argv = command(args)
    os.execv(argv[0], argv)  # gunicorn takes over the process: signals reach it directly
    return 0  # pragma: no cover
