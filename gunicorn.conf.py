"""Gunicorn's settings for the claims service from a clone (gunicorn reads this file
by default). They live in ``service/gunicorn_conf.py``, so that an installed package,
which has no clone around it, serves with the same ones (``claims serve``).

    gunicorn --config gunicorn.conf.py app:app
"""
from service.gunicorn_conf import *  # noqa: F401,F403
