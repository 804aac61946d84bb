"""``python -m benchmarks``: run the whole benchmark and write benchmarks/RESULTS.md."""

from benchmarks.runner import main

main()
