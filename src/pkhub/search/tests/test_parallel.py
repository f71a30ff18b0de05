"""The analysis pipeline: the next batch analysed in a worker process while this one is written."""

import os

import pytest

from pkhub.search import parallel
from pkhub.search.tests.factories import IndexEntryFactory as Entry


def pid_and_title(title: str, body: str, lang: str) -> tuple[int, str]:
    return os.getpid(), title


def dies_outside(title: str, body: str, lang: str) -> str:
    """Kills the worker process it runs in; in the process named by `body` it just answers."""
    if os.getpid() != int(body):
        os._exit(3)
    return title


def refuses(title: str, body: str, lang: str) -> str:
    if title == "bad":
        raise ValueError("bad title")
    return title


@pytest.fixture(autouse=True)
def fresh_pool(settings):
    settings.SEARCH_ANALYSIS_PROCESSES = 1
    parallel.shutdown()
    yield
    parallel.shutdown()


def _batches(count: int, size: int = 3, body: str = "") -> list[list]:
    return [[Entry(title=f"t{b}.{i}", body=body) for i in range(size)] for b in range(count)]


def _run(batches, form):
    return [(batch, forms) for batch, forms in parallel.with_forms(batches, form)]


def test_batches_come_back_in_order_with_their_forms_and_the_worker_does_part_of_the_work():
    """Every entry gets its own form, in order; batches after the first are analysed elsewhere."""
    batches = _batches(5)
    out = _run(iter(batches), pid_and_title)
    assert [batch for batch, _ in out] == batches
    assert [[title for _, title in forms] for _, forms in out] == [[e.title for e in b] for b in batches]
    pids = {pid for _, forms in out for pid, _ in forms}
    assert os.getpid() in pids and len(pids) == 2


def test_one_batch_never_wakes_the_worker():
    """Saving one resource analyses it here: no process is started."""
    out = _run(_batches(1), pid_and_title)
    assert {pid for pid, _ in out[0][1]} == {os.getpid()}
    assert parallel._pool is None


def test_no_processes_set_means_everything_here(settings):
    settings.SEARCH_ANALYSIS_PROCESSES = 0
    out = _run(_batches(4), pid_and_title)
    assert {pid for _, forms in out for pid, _ in forms} == {os.getpid()}
    assert parallel._pool is None


def test_a_worker_that_dies_loses_nothing():
    """When the worker process dies, its batches are analysed here and every form is there."""
    batches = _batches(4, body=str(os.getpid()))
    out = _run(batches, dies_outside)
    assert [forms for _, forms in out] == [[e.title for e in b] for b in batches]
    # The next large write starts a new worker.
    assert {pid for _, forms in _run(_batches(3), pid_and_title) for pid, _ in forms} - {os.getpid()}


def test_an_error_in_the_analysis_is_raised_not_hidden():
    """A form that fails in the worker fails the write, as it would here."""
    batches = _batches(3)
    batches[2][1] = Entry(title="bad")
    with pytest.raises(ValueError, match="bad title"):
        _run(batches, refuses)


def test_nothing_to_write_gives_nothing():
    assert _run([], pid_and_title) == []
