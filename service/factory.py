"""The application factory: ``create_app`` assembles the Flask app from the parts of
this package (the API's views, the page, the problem responses, the logs; see
``service/__init__.py``) with its settings. ``app.py`` at the top of a clone, and
``claims serve`` in an installed package, serve what it makes:

    gunicorn --config gunicorn.conf.py app:app
    gunicorn --config python:service.gunicorn_conf 'service.factory:create_app()'
"""


import claims
from service import api, cors, logs, pages, problems
from service.base import Service

DEFAULTS = {
    # Characters of text one request may carry: 1 MB of text is far more than
    # any article, and the engine reads it in seconds (docs/ROBUSTNESS.md).
    "MAX_TEXT_LENGTH": 1_000_000,
    # Bytes of body: room for a text at MAX_TEXT_LENGTH however the client
    # escapes it (an accented letter sent as "\u00e9" is 6 bytes), read whole
    # before any view sees it.
    "MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
    # CPU seconds one request may use before it is answered 413: a text that
    # costs more holds unusually many figures; gunicorn's TIMEOUT is twice this,
    # so the client gets this clear answer and never a killed worker.
    "CPU_LIMIT": 20,
    # Figures (digits and number words) one text may hold: the engine's time and
    # the reply's memory grow with them (1 MB of "1 2 3 …" made a 47 MB reply and
    # a 465 MB worker); 50,000 admit a megabyte of the densest news (docs/ROBUSTNESS.md).
    "MAX_FIGURES": 50_000,
    # Submitted text (and exception messages, which may quote it) reaches the
    # logs only when an operator sets FLASK_LOG_TEXT=true: unpublished articles
    # must not end up in logs.
    "LOG_TEXT": False,
    # POST /v1/extract/batch: documents per request, and bytes of its body. A batch
    # shares the request's CPU_LIMIT: 100 news articles take well under a second.
    "BATCH_MAX_DOCUMENTS": 100,
    "BATCH_MAX_CONTENT_LENGTH": 8 * 1024 * 1024,
    # Origins whose pages may call the API from a browser (CORS), for a newsroom
    # tool on another host: a list, or one string of comma-separated origins
    # (FLASK_CORS_ORIGINS="https://cms.example.org,https://desk.example.org"; "*" for
    # any). Off by default: no Access-Control-* header is sent.
    "CORS_ORIGINS": None,
}


def create_app(config=None):
    """Defaults, then ``FLASK_*`` environment variables, then ``config``."""
    # the page's script and style sheet are the app's static files (service/static)
    app = Service(__name__, static_folder="static")
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env()  # e.g. FLASK_MAX_TEXT_LENGTH=200000
    if config:
        app.config.from_mapping(config)
    app.json.ensure_ascii = False  # French text stays readable in replies
    app.json.sort_keys = False  # fields in schema order, as documented

    # Compile every language's patterns and tables now: with gunicorn's preload_app
    # the master does it once and the workers fork ready, not on their first request.
    claims.prepare()
    app.register_blueprint(api.api)
    app.register_blueprint(pages.page)
    logs.init_app(app)
    problems.init_app(app)
    cors.init_app(app)
    return app

