"""Run every benchmark once, side by side, and write ``benchmarks/RESULTS.md``.

Usage (from the repository root)::

    python -m benchmarks [--scales 1,10,100] [--rounds 3] [--jobs-large 2] [--source DIR] [--skip-bolt]

The corpus ``data/raw`` is copied ``k`` times into a temporary folder (one
sub-folder per copy, so every copy has its own document ids). Each build and
each yardstick runs in its own process (:mod:`benchmarks.probe`). The machine
is shared, so the x1 and x10 builds, the incremental builds, the bare-jieba
yardstick and a CPU-scaling probe are repeated ``--rounds`` times, one round
after the other; RESULTS.md gives the median of each ratio with its range.
Larger scales run once, after the first round. ``--source`` runs the code of
another checkout (e.g. an export of a commit) instead of this one; RESULTS.md
names the commit. The measured packages are byte-compiled first, as an
installation would be; an export runs its modules from source unless it was
installed (``kg.compiled``): RESULTS.md says how many ran compiled.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.report import write_results
from kg.buildkey import MANIFEST
from kg.cache import CACHE_DIR

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(raw: Path, target: Path, copies: int) -> Path:
    """``copies`` copies of the corpus files, each in its own sub-folder ``cNNN/``."""
    files = sorted(p for p in raw.glob("*.txt"))
    for i in range(copies):
        folder = target / f"c{i:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
    return target


def probe(source: Path, *args: str, timeout: int = 3600) -> dict[str, Any]:
    """Run ``python -m benchmarks.probe ARGS`` in ``source``; return its JSON line."""
    env = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run([sys.executable, "-m", "benchmarks.probe", *args], cwd=source, env=env,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"probe {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def run_round(source: Path, work: Path, scales: list[int]) -> dict[str, Any]:
    """One round: clean x1/x10 builds with jobs 1 and 2, the incremental case, bare jieba, CPU scaling."""
    raw = source / "data" / "raw"
    builds: dict[str, Any] = {}
    for k in scales:
        corpus = make_corpus(raw, work / f"x{k}", k)
        for jobs in (1, 2):
            _say(f"build x{k} --jobs {jobs}")
            builds[f"x{k}_j{jobs}"] = probe(source, "build", str(corpus), str(work / f"out-x{k}-j{jobs}"),
                                           "--jobs", str(jobs), "--no-cache")
    builds["incremental"] = run_incremental(source, work, max(scales))
    rnd = {"builds": builds, "jieba": run_yardstick(source, work), "scaling": run_scaling()}
    if 10 in scales:
        rnd["halves"] = run_halves(source, work)
    return rnd


def run_large(source: Path, work: Path, scales: list[int], jobs: int) -> dict[str, Any]:
    """Clean builds of the larger scales, once each, with ``jobs`` workers."""
    raw = source / "data" / "raw"
    builds: dict[str, Any] = {}
    for k in scales:
        corpus = make_corpus(raw, work / f"x{k}", k)
        _say(f"build x{k} --jobs {jobs}")
        builds[f"x{k}_j{jobs}"] = probe(source, "build", str(corpus), str(work / f"out-x{k}-j{jobs}"),
                                       "--jobs", str(jobs), "--no-cache")
        builds[f"x{k}_incremental"] = run_incremental(source, work, k, out=work / f"out-x{k}-j{jobs}")
        shutil.rmtree(work / f"out-x{k}-j{jobs}", ignore_errors=True)
    return builds


def run_scaling() -> dict[str, float]:
    """The machine's own two-process speed-up on pure-Python work: one CPU probe alone, then two at once.

    The probe is this checkout's (it measures the machine, not the build code).
    """
    _say("cpu scaling")
    alone = probe(ROOT, "cpu")["seconds"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    pair = [subprocess.Popen([sys.executable, "-m", "benchmarks.probe", "cpu"], cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL) for _ in range(2)]
    for process in pair:
        process.wait()
    both = time.perf_counter() - started
    return {"alone_seconds": alone, "pair_seconds": both, "speedup": 2 * alone / both}


def run_halves(source: Path, work: Path) -> dict[str, Any]:
    """Two clean ``--jobs 1`` builds at once, each of half the x10 copies: this workload's own 2-process speed-up.

    Each half loads its own pipeline and resolves and writes its own (smaller) graph, so nothing is shared and
    nothing waits: x10 jobs 1 over the slower of the two is what any process-level parallelism could reach for
    this work on this machine in this round, the yardstick of the ``--jobs 2`` speed-up.
    """
    copies = sorted((work / "x10").glob("c*"))
    halves = []
    for name, part in (("half-a", copies[: len(copies) // 2]), ("half-b", copies[len(copies) // 2:])):
        folder = work / name
        shutil.rmtree(folder, ignore_errors=True)
        for copy in part:
            shutil.copytree(copy, folder / copy.name)
        halves.append(folder)
    _say("x10 as two halves at once, --jobs 1 each")
    env = {**os.environ, "PYTHONPATH": str(source)}
    pair = [subprocess.Popen([sys.executable, "-m", "benchmarks.probe", "build", str(half),
                              str(work / f"out-{half.name}"), "--jobs", "1", "--no-cache"],
                             cwd=source, env=env, stdout=subprocess.PIPE, text=True) for half in halves]
    outputs = [process.communicate(timeout=3600)[0] for process in pair]
    if any(process.returncode for process in pair):
        raise RuntimeError("a half build failed")
    seconds = [json.loads(out.strip().splitlines()[-1])["seconds"] for out in outputs]
    return {"seconds": seconds, "pair_seconds": max(seconds)}


def run_incremental(source: Path, work: Path, k: int, out: Path | None = None) -> dict[str, Any]:
    """On the x``k`` build in ``out`` (default: the jobs-1 one), with jobs 1: rebuild unchanged (the folder is
    kept), then with the build key gone (every document from the cache, as after a change of resolution code),
    then with one added document."""
    corpus, out = work / f"x{k}", out or work / f"out-x{k}-j1"
    _say(f"incremental x{k}: unchanged")
    unchanged = probe(source, "build", str(corpus), str(out), "--jobs", "1")
    (out / CACHE_DIR / MANIFEST).unlink(missing_ok=True)  # (a --source from before build keys has none)
    _say(f"incremental x{k}: every document from the cache")
    from_cache = probe(source, "build", str(corpus), str(out), "--jobs", "1")
    added = corpus / "added"
    added.mkdir(exist_ok=True)
    first = sorted((source / "data" / "raw").glob("*.txt"))[1]
    shutil.copyfile(first, added / first.name)
    _say(f"incremental x{k}: one document added")
    one = probe(source, "build", str(corpus), str(out), "--jobs", "1")
    shutil.rmtree(added)
    return {"scale": k, "unchanged": unchanged, "from_cache": from_cache, "add_one": one}


def run_yardstick(source: Path, work: Path) -> dict[str, Any]:
    """Bare jieba over the normalised texts of the x1 build."""
    _say("bare jieba")
    return probe(source, "jieba", str(work / "out-x1-j1" / "texts"))  # the normalised texts of x1


def run_query(source: Path, work: Path) -> dict[str, Any] | None:
    """Embedded query suite latency on a copy of the x1 build, if the embedded store exists.

    Store code comes from this checkout (``source`` only chooses the build code).
    """
    source = ROOT
    if not (source / "kg" / "stores" / "embedded.py").exists():
        return None
    graph = work / "query-graph"
    shutil.copytree(work / "out-x1-j1", graph)
    _say("embedded query suite")
    try:
        return probe(source, "query", str(graph))
    except RuntimeError as exc:
        return {"error": str(exc).splitlines()[-1]}


def run_bolt(source: Path, work: Path) -> dict[str, Any] | None:
    """``benchmarks/bolt_load.py`` (the stores helper's) on the x1 build, if present (this checkout's code)."""
    source = ROOT
    if not (source / "benchmarks" / "bolt_load.py").exists():
        return None
    _say("bolt load")
    code = ("import json, sys; from benchmarks.bolt_load import main; "
            f"sys.argv = ['bolt_load', '--graph', {str(work / 'out-x1-j1')!r}]; print(json.dumps(main()))")
    done = subprocess.run([sys.executable, "-c", code], cwd=source, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(source)}, timeout=1800)
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def compile_sources(source: Path) -> None:
    """Write the bytecode of the measured packages, as an installation does.

    Without it, a ``PYTHONDONTWRITEBYTECODE`` environment (or a fresh export) would compile every
    module of kg again in every measured process, and the model-load times would include that.
    """
    import compileall

    for package in ("kg", "extractors", "schema"):
        if (source / package).is_dir():
            compileall.compile_dir(source / package, quiet=1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="kg speed and scale benchmarks")
    parser.add_argument("--scales", default="1,10,100", help="corpus copies to build, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="repeats of the x1/x10 measurements (medians)")
    parser.add_argument("--jobs-large", type=int, default=2, help="--jobs for scales above 10")
    parser.add_argument("--source", type=Path, default=ROOT, help="checkout whose code is measured")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--skip-bolt", action="store_true")
    args = parser.parse_args(argv)
    scales = sorted({int(s) for s in args.scales.split(",")} | {1})
    small, large = [k for k in scales if k <= 10], [k for k in scales if k > 10]
    source = args.source.resolve()
    compile_sources(source)
    started, load_before = time.time(), os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        rounds = []
        for index in range(max(1, args.rounds)):
            _say(f"round {index + 1} of {args.rounds}")
            rounds.append(run_round(source, work, small))
            if index == 0 and large:
                builds = run_large(source, work, large, args.jobs_large)
                rounds[0]["large_incremental"] = {name: builds.pop(name) for name in list(builds)
                                                  if name.endswith("_incremental")}
                rounds[0]["large"] = builds
        results: dict[str, Any] = {"rounds": rounds}
        results["query"] = run_query(args.source, work)
        results["bolt"] = None if args.skip_bolt else run_bolt(args.source, work)
    results["meta"] = {"started": started, "minutes": (time.time() - started) / 60,
                       "load_before": load_before, "load_after": os.getloadavg(),
                       "command": "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:])}
    (args.results.with_suffix(".json")).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    write_results(results, source, args.results)
    _say(f"wrote {args.results}")
