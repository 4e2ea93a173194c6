"""Cross-origin calls to the API from a newsroom tool's page on another host (CORS)."""


def init_app(app):
    """CORS on the API's routes when CORS_ORIGINS names origins; flask-cors answers the
    browser's preflight OPTIONS and lets a page read X-Request-ID."""
    origins = app.config["CORS_ORIGINS"]
    if isinstance(origins, str):
        origins = [o.strip() for o in origins.split(",") if o.strip()]
    if not origins:
        return
    from flask_cors import CORS
    CORS(app, resources={r"/v1/*": {}, r"/openapi.json": {}, r"/healthz": {}},
         origins="*" if "*" in origins else origins, expose_headers=["X-Request-ID"],
         methods=["GET", "POST", "OPTIONS"], max_age=600)

