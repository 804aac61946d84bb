"""Turn the runner's measurements into ``benchmarks/RESULTS.md``: machine, figures, ratios vs targets."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from importlib import metadata
from pathlib import Path
from typing import Any

PACKAGES = ("spacy", "jieba", "pydantic", "networkx", "ladybug", "falkordb")


def machine(source: Path) -> list[str]:
    """Lines describing the machine, the Python, the libraries and the measured commit."""
    mem = next((line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), "0")
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    stamp = source / "COMMIT"
    commit = stamp.read_text().strip() if stamp.is_file() else subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=source, capture_output=True, text=True).stdout.strip()
    return [f"- CPU: {cpu}, nproc {os.cpu_count()}, memory {int(mem) / 2**20:.1f} GiB",
            f"- Python {platform.python_version()} on {platform.platform()}",
            f"- {', '.join(versions)}",
            f"- build code measured: commit {commit or '?'} ({source}); store benchmarks use the working tree"]


def _code_line(builds: dict[str, Any]) -> str:
    """Which of kg's modules the builds ran compiled (kg.compiled), from the first x1 build."""
    run = builds.get("x1_j1", {})
    if "compiled" not in run:
        return "- compiled modules: not reported (code from before kg.compiled)"
    pure = run["from_source"]
    return (f"- kg's modules compiled with Cython (kg.compiled): {run['compiled']} of the build's; from their source: "
            + (", ".join(pure) if pure else "none"))


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "-"


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f}"


def build_table(builds: dict[str, Any]) -> list[str]:
    lines = ["| run | documents | characters | wall s | chars/s (wall) | model load s | chars/s (excl. load) "
             "| read ahead | peak MiB (main / largest worker) | nodes | edges |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, b in builds.items():
        if name == "incremental":
            continue
        load = b["stages"].get("load", 0.0)
        lines.append(f"| {name} | {b['documents']} | {b['characters']:,} | {b['seconds']:.1f} "
                     f"| {_rate(b['characters'], b['seconds'])} | {load:.1f} "
                     f"| {_rate(b['characters'], b['seconds'] - load) if load else '-'} | {b.get('read_ahead', 0)} "
                     f"| {_mib(b['peak_kib'])} / {_mib(b['peak_child_kib'])} | {b['nodes']:,} | {b['edges']:,} |")
    return lines


def stage_table(builds: dict[str, Any]) -> list[str]:
    names = [n for n in builds if n != "incremental"]
    stages: list[str] = []
    for n in names:
        stages += [s for s in builds[n]["stages"] if s not in stages]
    lines = ["| stage | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for stage in stages:
        cells = [f"{builds[n]['stages'].get(stage, 0.0):.2f}" for n in names]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return lines


def _check(value: float | None, target: float, higher: bool) -> str:
    if value is None:
        return "not measured"
    ok = value >= target if higher else value <= target
    return "met" if ok else "NOT met"


def median_merge(items: list[Any]) -> Any:
    """Field-by-field median of equally shaped probe results (numbers; nested dicts; else the first)."""
    first = items[0]
    if all(item == first for item in items):
        return first
    if isinstance(first, dict):
        return {k: median_merge([i[k] for i in items if k in i]) for k in first}
    if isinstance(first, (int, float)) and not isinstance(first, bool):
        return statistics.median(items)
    return first


HALVES = "the workload's own 2-process speed-up: x10 jobs 1 / two half builds at once (jobs 1 each), same round"
#: Ratios measured in every round: name -> (target or None for information, higher is better).
ROUND_MEASURES: dict[str, tuple[float | None, bool]] = {
    "build vs bare jieba (x1, jobs 1, excl. model load)": (0.5, True),
    "build vs bare jieba (x1, jobs 1, wall)": (0.5, True),
    "build vs bare jieba (x1, jobs 1, wall, with jieba's dictionary load too)": (None, True),
    "build vs bare jieba (x10, jobs 1, excl. model load)": (0.5, True),
    "build vs bare jieba (x10, jobs 1, wall)": (0.5, True),
    "build vs bare jieba (x10, jobs 2 on both cores vs jieba on one, wall)": (None, True),
    "jobs 2 speed-up on x10 (wall j1 / wall j2)": (1.7, True),
    "the machine's own 2-process speed-up on pure Python, same round": (None, True),
    HALVES: (None, True),
    "add one document / full build (jobs 1; x10, or the largest scale up to x10)": (0.2, False),
}
ADD_ONE = list(ROUND_MEASURES)[-1]
X10_EXCL_LOAD = "build vs bare jieba (x10, jobs 1, excl. model load)"


def _rate_vs(build: dict[str, Any], jieba_rate: float, *, excl_load: bool = False) -> float:
    seconds = build["seconds"] - (build["stages"].get("load", 0.0) if excl_load else 0.0)
    return build["characters"] / seconds / jieba_rate


def round_ratios(rnd: dict[str, Any]) -> dict[str, float]:
    """The ratios of one round (x1 and x10 builds, incremental, jieba, CPU scaling)."""
    b, jieba = rnd["builds"], rnd["jieba"]
    rate = jieba["characters"] / jieba["seconds"]
    names = iter(ROUND_MEASURES)
    out = {next(names): _rate_vs(b["x1_j1"], rate, excl_load=True), next(names): _rate_vs(b["x1_j1"], rate)}
    loaded_rate = jieba["characters"] / (jieba["seconds"] + jieba.get("init_seconds", 0.0))
    out[next(names)] = _rate_vs(b["x1_j1"], loaded_rate)  # both sides' model loads counted
    if "x10_j1" in b:
        x10, x10j2 = b["x10_j1"], b["x10_j2"]
        out[next(names)] = _rate_vs(x10, rate, excl_load=True)
        out[next(names)] = _rate_vs(x10, rate)
        out[next(names)] = _rate_vs(x10j2, rate)
        out[next(names)] = x10["seconds"] / x10j2["seconds"]
    out["the machine's own 2-process speed-up on pure Python, same round"] = rnd["scaling"]["speedup"]
    if "halves" in rnd and "x10_j1" in b:
        out[HALVES] = b["x10_j1"]["seconds"] / rnd["halves"]["pair_seconds"]
    inc = b["incremental"]
    out[ADD_ONE] = inc["add_one"]["seconds"] / b[f"x{inc['scale']}_j1"]["seconds"]
    return out


def _once_rows(results: dict[str, Any]) -> list[tuple[str, float, float, bool]]:
    """Rows measured once: the large scale (against x1 of the first round) and the Bolt load."""
    rows = []
    first = results["rounds"][0]
    for name, build in first.get("large", {}).items():
        scale, jobs = name.split("_j")
        base = first["builds"][f"x1_j{jobs}"]
        per_char = (build["seconds"] / build["characters"]) / (base["seconds"] / base["characters"])
        rows.append((f"{scale} time per char / x1 (jobs {jobs}, wall)", per_char, 1.2, False))
        peak = max(build["peak_kib"], build["peak_child_kib"]) / 2**20
        rows.append((f"{scale} peak memory GiB (largest process)", peak, 2.0, False))
    bolt = results.get("bolt")
    if bolt and "ratio" in bolt:
        rows.append(("Bolt batched UNWIND MERGE / one MERGE per record (rows/s)", bolt["ratio"], 20.0, True))
    return rows


def ratios(results: dict[str, Any]) -> list[str]:
    """The ratio table: medians over the rounds with their range, then the rows measured once."""
    per_round = [round_ratios(r) for r in results["rounds"]]
    lines = ["| measure | median | range | target | verdict (median) |", "|---|---:|---:|---:|---|"]
    for name in per_round[0]:
        values = [r[name] for r in per_round if name in r]
        target, higher = ROUND_MEASURES[name]
        mid, span = statistics.median(values), f"{min(values):.2f}–{max(values):.2f}"
        if target is None:
            lines.append(f"| {name} | {mid:.2f} | {span} | - | for information |")
        else:
            lines.append(f"| {name} | {mid:.2f} | {span} | {'≥' if higher else '≤'} {target} "
                         f"| {_check(mid, target, higher)} ({_met_count(values, target, higher)}) |")
    for name, value, target, higher in _once_rows(results):
        lines.append(f"| {name} | {value:.2f} | one run | {'≥' if higher else '≤'} {target} "
                     f"| {_check(value, target, higher)} |")
    return lines


def _met_count(values: list[float], target: float, higher: bool) -> str:
    met = sum(1 for v in values if (v >= target if higher else v <= target))
    return f"{met} of {len(values)} rounds"


def round_table(results: dict[str, Any]) -> list[str]:
    """One line per round: the main wall times and ratios."""
    lines = ["| round | x10 j1 s | x10 j2 s | add one s | bare jieba s | CPU pair speed-up "
             "| jieba ratio x10 excl. load | jobs 2 speed-up | halves pair speed-up | add one / full |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for i, rnd in enumerate(results["rounds"], 1):
        b, r = rnd["builds"], round_ratios(rnd)
        if "x10_j1" not in b:
            continue
        cells = [b["x10_j1"]["seconds"], b["x10_j2"]["seconds"], b["incremental"]["add_one"]["seconds"],
                 rnd["jieba"]["seconds"], rnd["scaling"]["speedup"], r[X10_EXCL_LOAD],
                 r["jobs 2 speed-up on x10 (wall j1 / wall j2)"], r.get(HALVES), r[ADD_ONE]]
        lines.append(f"| {i} | " + " | ".join("-" if c is None else f"{c:.2f}" for c in cells) + " |")
    return lines


def write_results(results: dict[str, Any], source: Path, path: Path) -> None:
    """Write the Markdown report (the raw figures sit beside it in RESULTS.json)."""
    meta, rounds = results["meta"], results["rounds"]
    b = {**median_merge([r["builds"] for r in rounds]), **rounds[0].get("large", {})}
    jieba = median_merge([r["jieba"] for r in rounds])
    inc = b["incremental"]
    full = b[f"x{inc['scale']}_j1"]["seconds"]
    lines = ["# kg benchmark results", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M', time.localtime(meta['started']))}, "
             f"{meta['minutes']:.1f} min; command: `{meta['command']}`.",
             f"Load average before/after: {meta['load_before'][0]:.1f} / {meta['load_after'][0]:.1f}. "
             f"The machine is shared: the x1/x10, incremental, jieba and CPU-scaling measurements ran "
             f"{len(rounds)} times, one round after the other; tables give medians over the rounds "
             "(larger scales and the stores: one run).",
             "Profile of the slowest stage, what was done about it, and hot spots: benchmarks/PROFILE.md.",
             "", "## Machine", "",
             *machine(source), _code_line(rounds[0]["builds"]), "", "## Ratios against the targets", "", *ratios(results), "",
             "## Rounds", "", *round_table(results), "",
             "## Builds (clean, `--no-cache`; x1/x10: medians over the rounds)", "", *build_table(b), "",
             "## Seconds per stage", "",
             "Worker stages (ingest, segmentation, components) are summed over the workers when jobs > 1.", "",
             *stage_table(b), "", "## Yardstick: bare jieba", "",
             f"`jieba.cut` over the same normalised texts: {jieba['characters']:,} characters in "
             f"{jieba['seconds']:.2f} s = {_rate(jieba['characters'], jieba['seconds'])} chars/s "
             f"(dictionary load {jieba['init_seconds']:.1f} s, not counted; median of the rounds).", "",
             "## Incremental builds", "",
             f"On x{inc['scale']} (medians): full build {full:.1f} s; "
             f"unchanged rebuild {inc['unchanged']['seconds']:.2f} s ({_unchanged(inc['unchanged'])}); "
             f"{_from_cache(inc)}one document added {inc['add_one']['seconds']:.1f} s (extracted {inc['add_one']['extracted']}, "
             f"from cache {inc['add_one']['cached']}).", *_large_incremental(rounds[0]), ""]
    lines += _stores(results)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _unchanged(run: dict[str, Any]) -> str:
    return "the folder kept as it was" if run.get("kept") else f"extracted {run['extracted']}, from cache {run['cached']}"


def _from_cache(inc: dict[str, Any]) -> str:
    """The rebuild with every document from the cache (the build key gone, as after a change of resolution code)."""
    run = inc.get("from_cache")
    return "" if run is None else (f"every document from the cache (build key removed) {run['seconds']:.1f} s; ")


def _large_incremental(first: dict[str, Any]) -> list[str]:
    """The same on the larger scales (one run, jobs 1, on the clean build made with the larger jobs)."""
    lines = []
    for name, inc in first.get("large_incremental", {}).items():
        scale = name.split("_")[0]
        key, full = next((key, b) for key, b in first["large"].items() if key.startswith(f"{scale}_j"))
        lines.append(f"On {scale} (one run): full build {full['seconds']:.1f} s (jobs {key.split('_j')[1]}); "
                     f"unchanged rebuild {inc['unchanged']['seconds']:.1f} s ({_unchanged(inc['unchanged'])}); "
                     f"{_from_cache(inc)}one document added "
                     f"{inc['add_one']['seconds']:.1f} s (extracted {inc['add_one']['extracted']}, from cache "
                     f"{inc['add_one']['cached']}), {inc['add_one']['seconds'] / full['seconds']:.2f} of the full build.")
    return ["", *lines] if lines else []


def _stores(results: dict[str, Any]) -> list[str]:
    lines = ["## Stores", ""]
    bolt, query = results.get("bolt"), results.get("query")
    if bolt is None:
        lines.append("Bolt load: benchmarks/bolt_load.py not present.")
    elif "error" in bolt:
        lines.append(f"Bolt load failed: {bolt['error']}")
    else:
        lines.append(f"Bolt load of the x1 build ({bolt['rows']:,} rows): batched {bolt['batched_rows_per_s']:,.0f} "
                     f"rows/s, one MERGE per record {bolt['single_rows_per_s']:,.0f} rows/s, ratio {bolt['ratio']:.1f}.")
    lines.append("")
    if query is None:
        lines.append("Embedded store: kg/stores/embedded.py not present.")
    elif "error" in query:
        lines.append(f"Embedded query suite failed: {query['error']}")
    else:
        lines += [f"Embedded store of the x1 build built in {query['store_seconds']:.2f} s. "
                  "Latency per query, all in one process (cold = the query's first run, the first query's also opening the store; warm = median of 5 more):", "",
                  "| query | cold ms | warm ms |", "|---|---:|---:|"]
        lines += [f"| {q['query']} | {q['cold_ms']:.1f} | {q['warm_ms']:.1f} |" for q in query["queries"]]
    return lines
