"""Gunicorn settings for `make run`; each can be overridden by the environment."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Threads let one worker wait on a slow client without holding up the others.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("WEB_THREADS", 4))
timeout = 60
graceful_timeout = 20
keepalive = 5
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("ACCESS_LOG", "-")
errorlog = "-"
preload_app = True


def when_ready(server):
    """Catalogues and templates loaded once in the master (preload_app), shared by every worker."""
    from pkhub.core.warmup import warm

    warm()
