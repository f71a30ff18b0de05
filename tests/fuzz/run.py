"""`make fuzz FUZZ_SECONDS=60`: runs every fuzzer for a share of the time; crashes go to corpus/.

    python tests/fuzz/run.py [--seconds N] [--only TARGET ...]

Each target runs hypothesis in rounds of examples until its share of the time is spent. An input
that raises anything but the app's clean errors (or hangs) is shrunk by hypothesis, saved as
corpus/<target>/<hash>.bin (replayed by tests/fuzz/test_corpus.py in `make test`) and reported;
the exit status is 1 when anything was found.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.fuzz.strategies import strategy_for  # noqa: E402
from tests.fuzz.targets import TARGETS, run_target, save_crash  # noqa: E402


def fuzz(target: str, seconds: float) -> tuple[int, list[Path]]:
    """Fuzzes `target` for about `seconds`; returns (examples run, crash files saved)."""
    found: list[Path] = []
    examples = 0
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        last: dict[str, bytes] = {}

        @settings(max_examples=100, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck), print_blob=False)
        @given(strategy_for(target))
        def prop(data):
            nonlocal examples
            examples += 1
            try:
                run_target(target, data)
            except BaseException:
                last["data"] = data  # the final call hypothesis makes is the shrunk example
                raise

        try:
            prop()
        except Exception:
            path = save_crash(target, last["data"])
            found.append(path)
            print(f"  CRASH in {target}: saved {path.relative_to(ROOT)}", flush=True)
            traceback.print_exc(limit=6)
    return examples, found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 60)))
    parser.add_argument("--only", nargs="*", choices=sorted(TARGETS))
    args = parser.parse_args()
    names = args.only or list(TARGETS)
    share = args.seconds / len(names)
    crashes = 0
    for name in names:
        started = time.monotonic()
        examples, found = fuzz(name, share)
        crashes += len(found)
        print(f"{name:14} {examples:6} examples in {time.monotonic() - started:5.1f} s, {len(found)} crashes", flush=True)
    print(f"fuzz: {crashes} crashing inputs" + (" (see tests/fuzz/corpus/)" if crashes else ""))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
