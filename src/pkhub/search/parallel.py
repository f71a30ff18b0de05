"""Analysing the next batch of a large index write in another process while this one writes.

Indexing a version costs two things of about the same size: analysing its text in Python
(`pkhub.search.analysis`, about 1 ms for 1,500 words) and writing the rows (the engine's own
work). A write of one resource does both in turn. A write of many (a rebuild, a bulk import) runs
as a pipeline over batches: while this process writes batch n, a worker process analyses batch
n + 1, so that on two cores analysis is almost free (bench/README.md, "Findings (2026-12-04)").

The worker is one process of a `concurrent.futures.ProcessPoolExecutor` started by a fork server
(a fresh process, so no open database connection or thread is ever forked), kept for the life of
this process so that its per-word caches stay warm. `SEARCH_ANALYSIS_PROCESSES` sets how many
(0: everything in this process). If the worker cannot be started or dies, its batch is analysed
here and the write goes on: the pipeline changes when work is done, never what is written.

As with every fork server or spawned process, the worker imports the program's main module
first (under the name `__mp_main__`): a script that indexes must keep its work under
`if __name__ == "__main__":`, as manage.py, gunicorn and the bench do.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain

from django.conf import settings

from pkhub.search.backends.base import IndexEntry

logger = logging.getLogger(__name__)

Form = Callable[[str, str, str], object]  # (title, body, lang) → what the engine stores

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def forms_of(form: Form, items: list[tuple[str, str, str]]) -> list:
    """The engine's form of each (title, body, lang): run here or in the worker."""
    return [form(title, body, lang) for title, body, lang in items]


def _items(batch: list[IndexEntry]) -> list[tuple[str, str, str]]:
    return [(entry.title, entry.body, entry.lang) for entry in batch]


def _processes() -> int:
    return max(0, settings.SEARCH_ANALYSIS_PROCESSES)


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    processes = _processes()
    if not processes or multiprocessing.parent_process() is not None:  # never a worker's worker
        return None
    with _lock:
        if _pool is None:
            try:
                context = multiprocessing.get_context("forkserver")
                _pool = ProcessPoolExecutor(max_workers=processes, mp_context=context)
            except (OSError, ValueError) as error:  # no fork server here (a sandbox without semaphores…)
                logger.warning("search analysis stays in this process: %s", error)
                return None
        return _pool


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """Stops the worker (it is stopped at exit anyway); the next large write starts a new one."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, form: Form, batch: list[IndexEntry]) -> Future | None:
    if _pool is not pool:  # dropped after an earlier failure: the rest is analysed here
        return None
    try:
        return pool.submit(forms_of, form, _items(batch))
    except (BrokenProcessPool, RuntimeError, OSError) as error:  # RuntimeError: shut down meanwhile
        logger.warning("search analysis worker unavailable, analysing here: %s", error)
        _drop_pool(pool)
        return None


def _result(pool: ProcessPoolExecutor, future: Future | None, form: Form, batch: list[IndexEntry]) -> list:
    if future is not None:
        try:
            return future.result()
        except (BrokenProcessPool, OSError) as error:  # the worker died (killed, out of memory)
            logger.warning("search analysis worker lost, analysing its batch here: %s", error)
            _drop_pool(pool)
    return forms_of(form, _items(batch))


def with_forms(batches: Iterable[list[IndexEntry]], form: Form) -> Iterator[tuple[list[IndexEntry], list]]:
    """Each batch with the form of each of its entries, in order.

    The worker analyses one batch ahead of the one being written (and half of the first, while
    this process does the other half); a single batch (saving one resource) is analysed here,
    without waking the worker.
    """
    iterator = iter(batches)
    current = next(iterator, None)
    if current is None:
        return
    upcoming = next(iterator, None)
    pool = _get_pool() if upcoming is not None else None
    if pool is None:
        for batch in chain([current], [] if upcoming is None else [upcoming], iterator):
            yield batch, forms_of(form, _items(batch))
        return
    # The first batch is shared: its first half analysed here, its second half in the worker,
    # which goes on to the next batch while this process writes the first.
    half = len(current) // 2
    rest = _submit(pool, form, current[half:])
    pending = _submit(pool, form, upcoming)
    head = forms_of(form, _items(current[:half]))
    yield current, head + _result(pool, rest, form, current[half:])
    current = upcoming
    for upcoming in iterator:
        forms = _result(pool, pending, form, current)
        pending = _submit(pool, form, upcoming)
        yield current, forms
        current = upcoming
    yield current, _result(pool, pending, form, current)
