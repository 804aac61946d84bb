"""Speed and scale benchmarks of kg (not part of the test run).

Run ``python -m benchmarks`` from the repository root; results go to
``benchmarks/RESULTS.md``. Every figure is measured in its own Python
process (:mod:`benchmarks.probe`) so peak memory is that run's own.
"""
