"""One measurement in a fresh process, printed as one JSON line (used by :mod:`benchmarks.runner`).

- ``python -m benchmarks.probe build INPUT OUT --jobs N [--no-cache]``
- ``python -m benchmarks.probe jieba TEXTS_DIR``
- ``python -m benchmarks.probe query GRAPH [--repeat N]``
- ``python -m benchmarks.probe cpu`` (a fixed pure-Python loop: the machine's own scaling)
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def _peaks() -> dict[str, int]:
    """Peak resident memory (KiB) of this process and of its largest child (workers)."""
    from kg.timing import peak_memory

    main, child = peak_memory()
    return {"peak_kib": main // 1024, "peak_child_kib": child // 1024}


def probe_build(input_dir: Path, out: Path, jobs: int, cache: bool) -> dict[str, Any]:
    """Time one ``kg.pipeline.build`` call (imports excluded, model loading included)."""
    from kg.compiled import compiled_modules, from_source_modules
    from kg.pipeline import BuildStats, build

    stats = BuildStats()
    started = time.perf_counter()
    report = build(input_dir, out, jobs=jobs, cache=cache, stats=stats)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "characters": report.characters, "documents": len(report.documents),
            "nodes": sum(report.nodes_by_label.values()), "edges": sum(report.edges_by_type.values()),
            "extracted": len(stats.extracted), "cached": len(stats.cached), "kept": stats.kept, "read_ahead": stats.read_ahead,
            "stages": stats.timer.seconds, "compiled": len(compiled_modules()), "from_source": from_source_modules(),
            **_peaks()}


def probe_jieba(texts: Path) -> dict[str, Any]:
    """Bare ``jieba.cut`` (the default mode, as the pipeline uses it) over every text file."""
    import jieba

    started = time.perf_counter()
    jieba.initialize()
    init = time.perf_counter() - started
    documents = [p.read_text(encoding="utf-8") for p in sorted(texts.rglob("*.txt"))]
    started = time.perf_counter()
    words = sum(sum(1 for _ in jieba.cut(text)) for text in documents)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "init_seconds": init, "characters": sum(map(len, documents)),
            "words": words, **_peaks()}


def probe_query(graph: Path, repeat: int) -> dict[str, Any]:
    """Embedded-store latency of the query suite: store build, first run (cold), median of repeats (warm)."""
    from kg.stores.embedded import ensure_store, query
    from kg.stores.suite import load_suite

    started = time.perf_counter()
    ensure_store(graph)
    store_seconds = time.perf_counter() - started
    rows = []
    for item in load_suite():
        started = time.perf_counter()
        query(item.text, item.params, graph=graph)
        cold = time.perf_counter() - started
        warm = []
        for _ in range(repeat):
            started = time.perf_counter()
            query(item.text, item.params, graph=graph)
            warm.append(time.perf_counter() - started)
        rows.append({"query": item.name, "cold_ms": cold * 1000, "warm_ms": statistics.median(warm) * 1000})
    return {"store_seconds": store_seconds, "queries": rows, **_peaks()}


def probe_cpu(steps: int = 10_000_000) -> dict[str, Any]:
    """A fixed pure-Python loop (no I/O, no memory growth): how fast one core runs Python right now."""
    started = time.perf_counter()
    total = 0
    for i in range(steps):
        total += i * i % 7
    return {"seconds": time.perf_counter() - started, "steps": steps, "checksum": total}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    b = sub.add_parser("build")
    b.add_argument("input", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("--jobs", type=int, default=1)
    b.add_argument("--no-cache", action="store_true")
    j = sub.add_parser("jieba")
    j.add_argument("texts", type=Path)
    q = sub.add_parser("query")
    q.add_argument("graph", type=Path)
    q.add_argument("--repeat", type=int, default=5)
    sub.add_parser("cpu")
    args = parser.parse_args(argv)
    if args.what == "build":
        result = probe_build(args.input, args.out, args.jobs, not args.no_cache)
    elif args.what == "jieba":
        result = probe_jieba(args.texts)
    elif args.what == "cpu":
        result = probe_cpu()
    else:
        result = probe_query(args.graph, args.repeat)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
