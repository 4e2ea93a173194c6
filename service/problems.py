"""Every error leaves as an RFC 9457 problem, ``application/problem+json``:
``type``, ``title``, ``status``, ``detail`` and where they apply ``errors``,
``supported`` and ``limit``. No traceback ever reaches the client.
"""
from flask import current_app, has_request_context, request
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.http import HTTP_STATUS_CODES

import claims
from service.schemas import ProblemSchema

PROBLEM = ProblemSchema()


def problem(status, detail, response=None, **extra):
    """An RFC 9457 reply; ``response`` keeps the headers of an HTTP error (``Allow``)."""
    body = problem_body(status, detail, **extra)
    if response is None:
        response = current_app.response_class(status=status)
    response.set_data(current_app.json.dumps(body, separators=(",", ":")))
    response.mimetype = "application/problem+json"
    return response


def problem_body(status, detail, **extra) -> dict:
    """The problem as a dict: what the API sends, and what the page shows in words."""
    return PROBLEM.dump({
        "type": "about:blank",  # the status code says it all; no problem catalogue
        "title": HTTP_STATUS_CODES[status],
        "status": status,
        "detail": detail,
        **extra,
    })


def describe(e: Exception) -> dict:
    """``problem``'s arguments for any error the handlers below take (the page
    shows the same problem as HTML)."""
    if isinstance(e, HTTPException):
        # Also the 500 Flask makes of an unhandled exception: its generic
        # description is all the client sees, the traceback goes to the log.
        detail, extra = e.description, {}
        if type(e) is RequestEntityTooLarge:  # werkzeug's own: the body
            # the request's own limit: a route may set another (the batch does)
            extra["limit"] = request.max_content_length if has_request_context() \
                else current_app.config["MAX_CONTENT_LENGTH"]
            detail = f"The request body is larger than the limit of {extra['limit']} bytes."
        elif getattr(e, "limit", None) is not None:  # schemas.TextTooLong
            extra["limit"] = e.limit
        return {"status": e.code, "detail": detail, **extra}
    if isinstance(e, ValidationError):
        # the body of POST /v1/extract, or the query of GET /v1/rates and /v1/currencies
        return {"status": 422, "detail": "The request does not have the expected fields.",
                "errors": e.messages}
    if isinstance(e, claims.TooManyFigures):
        # time and memory grow with the figures: past MAX_FIGURES, refused unread
        return {"status": 413, "detail": e.detail, "limit": e.limit}
    if isinstance(e, claims.UnsupportedCurrency):
        field = CURRENCY_FIELDS.get(e.param, e.param)
        return {"status": 422, "detail": f"Currency {e.code!r} cannot be used for {field!r}: {e.why}.",
                "errors": {field: [str(e)]}, "supported": list(e.supported)}
    if isinstance(e, claims.Unsupported):
        # Any value the engine has no data for (a language, and whatever comes
        # next): 422 naming the field, with the values it does support.
        # A text detected in a language we do not read also says which (detected).
        return {"status": 422, "detail": e.detail, "errors": {e.field: [str(e)]},
                "supported": list(e.supported), **e.problem_extra}
    raise TypeError(f"no problem for {type(e).__name__}")


#: What the handlers take: the page catches the same.
HANDLED = (HTTPException, ValidationError, claims.Unsupported, claims.UnsupportedCurrency,
           claims.TooManyFigures)

#: The request field behind each parameter of the engine's currency errors.
CURRENCY_FIELDS = {"convert_to": "convert_to", "base": "from", "target": "to"}


def handle_http_error(e: HTTPException):
    return problem(response=e.get_response(), **describe(e))


def handle_error(e: Exception):
    return problem(**describe(e))


def init_app(app):
    app.register_error_handler(HTTPException, handle_http_error)
    for error in HANDLED[1:]:
        app.register_error_handler(error, handle_error)
