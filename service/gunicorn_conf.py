"""Gunicorn settings for the claims service, each overridable from the environment.

    gunicorn --config gunicorn.conf.py app:app                          # a clone
    gunicorn --config python:service.gunicorn_conf 'service.factory:create_app()'
                                                    # an installed package: claims serve

The app's own limits (body and text size, CPU per request, logging the text)
are FLASK_* variables read by ``app.create_app``; the workers, which answer the
server's own refusals as problem+json and keep slow clients off the app, are in
``service/server.py``; docs/ROBUSTNESS.md has the measurements behind the
numbers below.
"""
import os

# Platforms that run a Procfile (Heroku and the like) hand us PORT and route
# outside traffic to every interface; 8000 is gunicorn's own default port.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"

# Extraction is pure Python and CPU-bound: a request holds its core from the
# first byte to the last, so processes beyond the cores would only take turns
# on the CPU and make every request slower. One worker per usable core
# (sched_getaffinity honours CPU pinning in containers, cpu_count may not).
try:
    _cores = len(os.sched_getaffinity(0))
except AttributeError:  # macOS has no sched_getaffinity
    _cores = os.cpu_count() or 1
workers = int(os.environ.get("WORKERS", _cores))
# service/server.py: pool threads read each request whole (head and body, under
# READ_TIMEOUT, 30 s, else a 408) and the worker's main thread runs the app on it,
# one request at a time: a client that sends a byte a second holds one thread,
# never the app, and the app's CPU limit (a signal, delivered in the main thread)
# keeps working. Every refusal of the server's own is problem+json with a request
# id. WORKER_CLASS=sync is gunicorn's sync worker with those refusals: slow clients
# hold it, so it belongs behind a buffering proxy (docs/ROBUSTNESS.md).
worker_class = {"sync": "service.server.SyncProblemWorker"}.get(
    os.environ.get("WORKER_CLASS", ""), "service.server.BufferedWorker")
# Threads that read requests: each slow client holds one until READ_TIMEOUT.
# They wait on sockets and take no CPU; 128 per worker keep 64 clients sending a
# byte a second from delaying anyone else even if they all land on one worker.
# (gunicorn would turn a class named *SyncWorker with threads into gthread.)
threads = int(os.environ.get("THREADS", "128"))
worker_connections = 1000

# A worker silent this long is killed and its client gets no reply at all, so
# it must never be what stops a slow request: the app answers 413 once a
# request has used FLASK_CPU_LIMIT (20) s of CPU, and 60 s leaves room for that
# on a loaded machine (wall time runs ahead of CPU time) and for writing a
# large reply. The largest text (1 MB of news prose) takes under 2 s.
timeout = int(os.environ.get("TIMEOUT", "60"))
# On deploy or SIGTERM, let in-flight requests finish before workers are killed.
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", "30"))
# A kept-alive connection waits this long for its next request, in the poller
# (no thread is held).
keepalive = 2

# Recycle each worker after this many requests so slow leaks (regex caches,
# fragmentation) cannot grow without bound; the jitter keeps all workers from
# restarting at the same moment and leaving no one to answer.
max_requests = int(os.environ.get("MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("MAX_REQUESTS_JITTER", "100"))

# HTTP framing limits, checked by gunicorn before the app sees anything (past
# them: 414, 431, as problem+json from service/server.py): each header is short,
# and the text travels in the body, which the app limits
# (FLASK_MAX_CONTENT_LENGTH). GET /v1/claim-review carries a text in its query
# string, so the request line gets the most gunicorn allows (8190 bytes, twice its
# default); a longer text is POSTed to the same route.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# gunicorn 27's control socket has one default path per user: a second server on
# the machine (the tests', the load test's) would take it over. Nothing uses it.
control_socket_disable = True

# Import the app in the master (create_app compiles every language's patterns):
# workers fork ready to serve, share those pages, and a broken import fails at start.
preload_app = True


def pre_request(worker, req):
    """Nothing: gunicorn's default logs each request's method and path at debug
    level, and a path may carry text; the app logs each request by its route."""


# One JSON object per line on stdout, gunicorn's own lines included. The app
# writes one line per request (service/logs.py), with its request id and never the
# submitted text, so gunicorn's access log (a second line per request) is off.
accesslog = None
loglevel = os.environ.get("LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "service.logs.JSONFormatter"}},
    # gunicorn quotes request lines, URIs and body bytes in some of its lines
    # (a request it could not parse): service.server.ScrubFilter keeps them out.
    "filters": {"scrub": {"()": "service.server.ScrubFilter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json",
                            "stream": "ext://sys.stdout", "filters": ["scrub"]}},
    "loggers": {
        "gunicorn.error": {"level": loglevel.upper(), "handlers": ["stdout"], "propagate": False},
        "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False},
        "claims.http": {"level": "INFO", "handlers": ["stdout"], "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["stdout"]},
}
