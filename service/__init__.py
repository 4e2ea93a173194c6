"""The HTTP side of :mod:`claims`: the Flask app's parts, each in its own module.

``factory.create_app`` assembles them (``app.py``, at the top of a clone, serves it):

- ``base``: the Flask class every route runs under (bodies, CPU limit, logging);
- ``api``: the JSON API's views, and ``read``, which the page shares;
- ``pages``: the desk's page at ``/`` (``templates/``, ``static/``);
- ``readings``: a mention read aloud, in notation and in words;
- ``i18n``: the page's words in French and English;
- ``schemas``: every JSON shape of the API (marshmallow);
- ``openapi``: the OpenAPI document, generated from the routes and schemas;
- ``problems``: every error as an RFC 9457 problem;
- ``logs``: one JSON log line per request, never the submitted text;
- ``cors``: cross-origin calls when ``CORS_ORIGINS`` names origins;
- ``gunicorn_conf``: gunicorn's settings (``gunicorn.conf.py`` in a clone imports them);
- ``server``: the gunicorn workers those settings name: the server's own
  refusals as problems, requests read by threads, the app in the main thread.
"""
