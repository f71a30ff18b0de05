"""Replays every saved crashing input (corpus/<target>/) and every seed: each must end cleanly."""

from pathlib import Path

import pytest

from tests.fuzz import seeds
from tests.fuzz.targets import CORPUS, TARGETS, run_target

CASES = sorted(p for p in CORPUS.glob("*/*") if p.is_file() and p.parent.name in TARGETS)


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_saved_crashing_input_now_ends_cleanly(path: Path):
    """An input that once crashed a parser now gives a result or the app's clean error."""
    run_target(path.parent.name, path.read_bytes())


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_valid_seed_files_are_read(target):
    """Every target accepts the valid seed files of the formats it reads."""
    for data in seeds.all_seeds().values():
        run_target(target, data)


def test_corpus_folders_name_real_targets():
    """A folder under corpus/ that names no fuzzer would never be replayed."""
    assert {p.name for p in CORPUS.iterdir() if p.is_dir()} <= set(TARGETS)
