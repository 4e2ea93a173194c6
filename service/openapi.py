"""The OpenAPI document of the service, generated from what is registered.

Every route of the app is in it, with its methods (but the static files and the
views marked ``@undocumented``, the page at ``/``): a view marked
``@documented(body=…, reply=…)`` with its marshmallow schemas (through
apispec), any other with what every route answers. So a new endpoint is in
the document, and in the schemathesis run against it (``scripts/check-api``),
as soon as it is registered; marking it describes its shapes too.

Every operation with a body documents the problems the body can cause (400,
413, 415, 422, all ``application/problem+json``); every reply carries
``X-Request-ID``.
"""
import re

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from werkzeug.routing import Rule

from service.schemas import PlainDecimal, ProblemSchema

TITLE = "claims"
VERSION = "1.0.0"

_BODY_PROBLEMS = {
    "400": "The body is not JSON text: malformed, nested too deeply, not UTF-8, "
           "or holding a lone surrogate.",
    "413": "The body is over MAX_CONTENT_LENGTH bytes, the text over MAX_TEXT_LENGTH "
           "characters (limit says which), or reading it took over CPU_LIMIT seconds.",
    "415": "The body is not application/json.",
    "422": "A field is missing, of the wrong type or unknown (errors), or a value is not "
           "supported (errors, supported).",
}
_QUERY_PROBLEMS = {
    "422": "A parameter is missing or of the wrong form (errors), or a value is not "
           "supported (errors, supported).",
}
_REQUEST_ID_HEADER = {
    "description": "The caller's X-Request-ID when it is a short token, else a new id; "
                   "the request's log line carries it.",
    "schema": {"type": "string"},
    "required": True,
}
_REQUEST_ID = {"X-Request-ID": {"$ref": "#/components/headers/RequestId"}}
# Flask converters -> JSON Schema of the path parameter
_CONVERTERS = {"int": {"type": "integer"}, "float": {"type": "number"}}


def documented(*, body=None, reply=None, query=None, reply_type="application/json",
               problems=None):
    """Mark a view with the schemas of its JSON body (POST), its query string (GET) and
    its 200 reply, the reply's media type, and the problems it may answer beyond those
    of a bad body or query (``{"404": "why"}``).

    The view's docstring's first line is the operation's summary.
    """
    def mark(view):
        view.openapi = {"body": body, "reply": reply, "query": query, "reply_type": reply_type,
                        "problems": dict(problems or {})}
        return view
    return mark


def undocumented(view):
    """Mark a view that is not part of the API (the page at ``/``): left out of the document."""
    view.openapi_hidden = True
    return view


def openapi_document(app) -> dict:
    """The document for ``app``, built once per app (routes and config are fixed by then)."""
    doc = app.extensions.get("openapi")
    if doc is None:
        doc = app.extensions["openapi"] = _build(app)
    return doc


def _build(app) -> dict:
    plugin = MarshmallowPlugin()
    spec = APISpec(
        title=TITLE, version=VERSION, openapi_version="3.0.3", plugins=[plugin],
        info={"description": "Numeric claims in French and English news text, each read as "
                             "an interval (shared/CONVENTIONS.md). "
                             f"Texts up to {app.config['MAX_TEXT_LENGTH']} characters."},
    )
    plugin.map_to_openapi_type(PlainDecimal, "string", "decimal")
    spec.components.schema("Problem", schema=ProblemSchema)
    spec.components.header("RequestId", _REQUEST_ID_HEADER)
    problem = {"application/problem+json": {"schema": "Problem"}}

    for rule in sorted(app.url_map.iter_rules(), key=lambda r: (r.rule, r.endpoint)):
        if rule.endpoint == "static":
            continue
        view = app.view_functions[rule.endpoint]
        if getattr(view, "openapi_hidden", False):
            continue
        marked = getattr(view, "openapi", None)
        path, parameters = _path(rule)
        operations = {}
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            ok = {"description": "OK", "headers": _REQUEST_ID}
            if marked is not None:
                # an unmarked view may answer anything: its content type is not checked
                ok["content"] = {marked["reply_type"]: {"schema": marked["reply"] or {"type": "object"}}}
            op = {
                "operationId": f"{method.lower()}_{rule.endpoint.replace('.', '_')}",
                "summary": _summary(view),
                "responses": {"200": ok},
            }
            params = list(parameters)
            if marked and method == "GET" and marked["query"] is not None:
                params.append({"in": "query", "schema": marked["query"]})
                for status, description in _QUERY_PROBLEMS.items():
                    op["responses"][status] = {"description": description, "headers": _REQUEST_ID,
                                               "content": problem}
                # gunicorn answers a request line over limit_request_line itself, in HTML,
                # before the app sees it: long texts go in a POST body instead
                op["responses"]["400"] = {
                    "description": "The request line is longer than the server takes "
                                   "(gunicorn's limit_request_line): POST the same fields.",
                    "content": {"text/html": {"schema": {"type": "string"}}, **problem}}
            if params:
                op["parameters"] = params
            if marked and method != "GET" and marked["body"] is not None:
                op["requestBody"] = {"required": True,
                                     "content": {"application/json": {"schema": marked["body"]}}}
            if method in ("POST", "PUT", "PATCH"):
                for status, description in _BODY_PROBLEMS.items():
                    op["responses"][status] = {"description": description, "headers": _REQUEST_ID,
                                               "content": problem}
            for status, description in (marked or {}).get("problems", {}).items():
                op["responses"][status] = {"description": description, "headers": _REQUEST_ID,
                                           "content": problem}
            operations[method.lower()] = op
        spec.path(path=path, operations=operations)
    return spec.to_dict()


def _path(rule: Rule):
    """'/v1/rates/<int:year>' -> ('/v1/rates/{year}', [its parameter])."""
    parameters = []

    def variable(m):
        parameters.append({"name": m["name"], "in": "path", "required": True,
                           "schema": _CONVERTERS.get(m["converter"], {"type": "string"})})
        return "{" + m["name"] + "}"

    return _VARIABLE.sub(variable, rule.rule), parameters


#: A variable of a Flask rule: <name>, <converter:name>, <converter(args):name>.
_VARIABLE = re.compile(r"<(?:(?P<converter>\w+)(?:\([^)]*\))?:)?(?P<name>\w+)>")


def _summary(view) -> str:
    return (view.__doc__ or view.__name__).strip().splitlines()[0]
