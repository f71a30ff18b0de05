"""`make bench`: every benchmark of the hub, one after the other.

Arguments are passed on to the search benchmark, e.g. `bench/run.py --versions 10000`.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import search_bench  # noqa: E402

if __name__ == "__main__":
    search_bench.main(sys.argv[1:])
