"""Gunicorn settings for the claims service, each overridable from the environment.

    gunicorn --config gunicorn.conf.py app:app
"""
import os

# Platforms that run a Procfile (Heroku and the like) hand us PORT and route
# outside traffic to every interface; 8000 is gunicorn's own default port.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"

# Extraction is pure Python and CPU-bound: a request holds its core from the
# first byte to the last, so processes beyond the cores would only take turns
# on the CPU and make every request slower. One sync worker per usable core
# (sched_getaffinity honours CPU pinning in containers, cpu_count may not).
try:
    _cores = len(os.sched_getaffinity(0))
except AttributeError:  # macOS has no sched_getaffinity
    _cores = os.cpu_count() or 1
workers = int(os.environ.get("WORKERS", _cores))
worker_class = "sync"  # threads would only take turns on the GIL

# 30 s is gunicorn's own default and far beyond what one article should take:
# a worker silent that long is stuck, not busy, and is better replaced.
timeout = int(os.environ.get("TIMEOUT", "30"))
# On deploy or SIGTERM, let in-flight requests finish before workers are killed.
graceful_timeout = int(os.environ.get("GRACEFUL_TIMEOUT", "30"))

# Recycle each worker after this many requests so slow leaks (regex caches,
# fragmentation) cannot grow without bound; the jitter keeps all workers from
# restarting at the same moment and leaving no one to answer.
max_requests = int(os.environ.get("MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("MAX_REQUESTS_JITTER", "100"))

# Import the app (and compile the engine's patterns) once in the master: workers
# fork ready to serve, share those pages, and a broken import fails at start.
preload_app = True

# Logs go to stdout/stderr, where the process manager collects them.
accesslog = "-"
errorlog = "-"
