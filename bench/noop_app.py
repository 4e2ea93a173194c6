"""The service plus a no-op twin of /v1/extract, for the HTTP benchmark only.

``POST /v1/noop`` reads and validates the same request and dumps the same reply
shape, but never calls the engine: the gap between the two endpoints, on one
server with the same settings, is the engine's own cost.
"""
from flask import request

from app import create_app
from service.api import EXTRACT_REPLY, EXTRACT_REQUEST

app = create_app()


@app.post("/v1/noop")
def noop():
    req = EXTRACT_REQUEST.load(request.get_json())
    return EXTRACT_REPLY.dump({"lang": req["lang"] or "auto", "mentions": []})
