"""Turn the runner's measurements into ``benchmarks/RESULTS.md``: machine, figures, ratios vs targets."""

from __future__ import annotations

import os
import platform
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


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:,.0f}" if seconds > 0 else "-"


def _mib(kib: int) -> str:
    return f"{kib / 1024:,.0f}"


def build_table(builds: dict[str, Any]) -> list[str]:
    lines = ["| run | documents | characters | wall s | chars/s (wall) | model load s | chars/s (excl. load) "
             "| peak MiB (main / largest worker) | nodes | edges |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, b in builds.items():
        if name == "incremental":
            continue
        load = b["stages"].get("load", 0.0)
        lines.append(f"| {name} | {b['documents']} | {b['characters']:,} | {b['seconds']:.1f} "
                     f"| {_rate(b['characters'], b['seconds'])} | {load:.1f} "
                     f"| {_rate(b['characters'], b['seconds'] - load) if load else '-'} "
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


def ratios(results: dict[str, Any]) -> list[str]:
    b, jieba = results["builds"], results["jieba"]
    jieba_rate = jieba["characters"] / jieba["seconds"]
    x1 = b["x1_j1"]
    steady = x1["characters"] / (x1["seconds"] - x1["stages"].get("load", 0.0))
    large = max((k for k in b if k.startswith("x") and not k.startswith("x1_") and not k.startswith("x10_")),
                default=None, key=lambda k: int(k[1:].split("_")[0]))
    rows: list[tuple[str, float, float | None, bool]] = [
        ("build vs bare jieba (x1, jobs 1, excl. model load)", steady / jieba_rate, 0.5, True),
        ("build vs bare jieba (x1, jobs 1, wall)", x1["characters"] / x1["seconds"] / jieba_rate, 0.5, True),
    ]
    if "x10_j1" in b:
        x10 = b["x10_j1"]
        rows.append(("build vs bare jieba (x10, jobs 1, wall)", x10["characters"] / x10["seconds"] / jieba_rate,
                     0.5, True))
        rows.append(("build vs bare jieba (x10, jobs 2 on both cores vs jieba on one, wall)",
                     x10["characters"] / b["x10_j2"]["seconds"] / jieba_rate, None, True))
        rows.append(("jobs 2 speed-up on x10 (wall j1 / wall j2)", x10["seconds"] / b["x10_j2"]["seconds"], 1.7, True))
    if large:
        jobs = large.split("_j")[1]
        base = b[f"x1_j{jobs}"]
        per_char = (b[large]["seconds"] / b[large]["characters"]) / (base["seconds"] / base["characters"])
        rows.append((f"{large.split('_')[0]} time per char / x1 (jobs {jobs}, wall)", per_char, 1.2, False))
        peak = max(b[large]["peak_kib"], b[large]["peak_child_kib"]) / 2**20
        rows.append((f"{large.split('_')[0]} peak memory GiB (largest process)", peak, 2.0, False))
    inc = b["incremental"]
    full = b[f"x{inc['scale']}_j1"]["seconds"]
    rows.append((f"add one document to x{inc['scale']} / full build (jobs 1)", inc["add_one"]["seconds"] / full, 0.2, False))
    bolt = results.get("bolt")
    if bolt and "ratio" in bolt:
        rows.append(("Bolt batched UNWIND MERGE / one MERGE per record (rows/s)", bolt["ratio"], 20.0, True))
    lines = ["| measure | value | target | verdict |", "|---|---:|---:|---|"]
    for name, value, target, higher in rows:
        if target is None:
            lines.append(f"| {name} | {value:.2f} | - | for information: not the target's measure |")
            continue
        lines.append(f"| {name} | {value:.2f} | {'≥' if higher else '≤'} {target} | {_check(value, target, higher)} |")
    return lines


def write_results(results: dict[str, Any], source: Path, path: Path) -> None:
    """Write the Markdown report (the raw figures sit beside it in RESULTS.json)."""
    meta, b, jieba = results["meta"], results["builds"], results["jieba"]
    inc = b["incremental"]
    full = b[f"x{inc['scale']}_j1"]["seconds"]
    lines = ["# kg benchmark results", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M', time.localtime(meta['started']))}, "
             f"{meta['minutes']:.1f} min; command: `{meta['command']}`.",
             f"Load average before/after: {meta['load_before'][0]:.1f} / {meta['load_after'][0]:.1f} "
             "(the machine is shared: figures are one run each, not medians).",
             "Profile of the slowest stage, what was done about it, and hot spots: benchmarks/PROFILE.md.",
             "", "## Machine", "",
             *machine(source), "", "## Ratios against the targets", "", *ratios(results), "",
             "## Builds (clean, `--no-cache`)", "", *build_table(b), "",
             "## Seconds per stage", "",
             "Worker stages (ingest, segmentation, components) are summed over the workers when jobs > 1.", "",
             *stage_table(b), "", "## Yardstick: bare jieba", "",
             f"`jieba.cut` over the same normalised texts: {jieba['characters']:,} characters in "
             f"{jieba['seconds']:.2f} s = {_rate(jieba['characters'], jieba['seconds'])} chars/s "
             f"(dictionary load {jieba['init_seconds']:.1f} s, not counted).", "",
             "## Incremental builds", "",
             f"On x{inc['scale']}: full build {full:.1f} s; "
             f"unchanged rebuild {inc['unchanged']['seconds']:.1f} s (extracted {inc['unchanged']['extracted']}); "
             f"one document added {inc['add_one']['seconds']:.1f} s (extracted {inc['add_one']['extracted']}, "
             f"from cache {inc['add_one']['cached']}).", ""]
    lines += _stores(results)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


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
                  "Latency per query (cold = first run in a fresh process, warm = median of 5 more):", "",
                  "| query | cold ms | warm ms |", "|---|---:|---:|"]
        lines += [f"| {q['query']} | {q['cold_ms']:.1f} | {q['warm_ms']:.1f} |" for q in query["queries"]]
    return lines
