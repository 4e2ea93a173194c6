"""The claims service: ``create_app``, the application factory (in
``service/factory.py``, so that an installed package has it too), and the app it
makes, which gunicorn serves from a clone:

    gunicorn --config gunicorn.conf.py app:app
"""
from service.factory import DEFAULTS, create_app

__all__ = ["DEFAULTS", "app", "create_app"]

app = create_app()
