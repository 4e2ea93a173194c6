"""The HTTP side of :mod:`claims`: the Flask app's parts, each in its own module.

``app.py`` (the top level) assembles them in ``create_app``:

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
- ``server``: the gunicorn workers (``gunicorn.conf.py``): the server's own
  refusals as problems, requests read by threads, the app in the main thread.
"""
