"""Archives: `claims extract` over 20,000 paragraphs, one process against --jobs 2,
Dask and Spark on this machine. CPU seconds (the command and every process it
starts: pool workers, Dask's, Spark's JVM and Python workers) and wall time of each,
and the ratio of each to one process.

    .venv/bin/python bench/archive.py                 # alone (the dev venv has the engines)
    scripts/bench archive                             # the same, from scripts/bench
    .venv/bin/python bench/archive.py --paragraphs 2000 --engines one,jobs

Every run writes the flat CSV mention table; the table must be the same bytes for
every engine (checked here, on the whole sample). Targets on a 2-core machine:
--jobs 2 at least 1.8x the documents per second of one process, end to end (each
engine's start-up, the same command on one paragraph per file, is measured apart and
printed, and so is the ratio once started); Dask at most 1.3x and Spark at most 2x its
CPU seconds. Prints a Markdown table and writes
bench/results/archive.json.

As installed (pip byte-compiles a package and ``claims`` keeps its grammars' programs in
the user's cache, claims/compiling.py): the package is byte-compiled first, and every
command runs with the cache the start-up runs fill. The start-up with nothing kept
(``CLAIMS_CACHE_DIR`` empty: a machine's first run) is measured and printed beside it.
"""
import argparse
import compileall
import ctypes
import json
import os
import pathlib
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
FILES = {  # shared/bench/README.md
    "verne-tour-du-monde-fr.txt": "fr", "verne-terre-lune-fr.txt": "fr",
    "bastiat-oeuvres-t4-fr.txt": "fr", "news-like-fr.txt": "fr",
    "verne-around-the-world-en.txt": "en", "smith-wealth-of-nations-en.txt": "en",
    "news-like-en.txt": "en",
}


def corpus_dir() -> pathlib.Path:
    """../shared/bench/corpus from the repository root, or the nearest ancestor's."""
    for base in (ROOT, *ROOT.parents):
        d = base / "shared" / "bench" / "corpus"
        if d.is_dir():
            return d
    raise SystemExit(f"shared/bench/corpus not found above {ROOT}")


def documents(n: int):
    """``n`` paragraphs of the corpus, the files' paragraphs in turn (again from the first
    once all are used), each with its file's language and a unique id."""
    paras = []
    for name, lang in FILES.items():
        text = (corpus_dir() / name).read_text(encoding="utf-8")
        paras.extend((name, i, lang, p) for i, p in
                     enumerate(p for p in re.split(r"\n[ \t]*\n", text) if p.strip()))
    for k in range(n):
        name, i, lang, p = paras[k % len(paras)]
        yield {"id": f"{name}#{i}/{k // len(paras)}", "text": p, "lang": lang,
               "date": "2024-05-01"}


def first_of_each_file():
    """The first paragraph of each corpus file, with its language."""
    for name, lang in FILES.items():
        text = (corpus_dir() / name).read_text(encoding="utf-8")
        p = next(p for p in re.split(r"\n[ \t]*\n", text) if p.strip())
        yield {"id": name, "text": p, "lang": lang, "date": "2024-05-01"}


def _subreaper() -> None:
    """Become the reaper of every orphaned descendant (Linux): Spark's JVM outlives the
    command's own wait, and its CPU time must still be counted."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def _reap_all(timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.05)
    raise SystemExit("descendants still running after the command ended")


def measure(cmd, env):
    """Wall seconds and CPU seconds (user + system, every descendant) of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    _reap_all()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr.decode()[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


VARIANTS = {
    "one": ("one process (--jobs 1)", ["--jobs", "1"]),
    "jobs": ("--jobs {jobs}", ["--jobs", "{jobs}"]),
    "dask": ("Dask, {jobs} processes", ["--engine", "dask", "--jobs", "{jobs}"]),
    "spark": ("Spark, local[{jobs}]", ["--engine", "spark", "--jobs", "{jobs}"]),
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--paragraphs", type=int, default=20_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1,
                    help="runs of each (alternating); the fastest wall and the least CPU count")
    ap.add_argument("--engines", default="one,jobs,dask,spark",
                    help="which of one, jobs, dask, spark (comma-separated)")
    args = ap.parse_args()
    _subreaper()
    names = [n.strip() for n in args.engines.split(",")]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                                     os.environ.get("PYTHONPATH")])))
    with tempfile.TemporaryDirectory(prefix="claims-archive-") as tmp:
        src = pathlib.Path(tmp) / "in.jsonl"
        chars = 0
        with open(src, "w", encoding="utf-8") as f:
            for d in documents(args.paragraphs):
                chars += len(d["text"])
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        # start-up: the same command on one paragraph of each file, so that every engine
        # pays its import, its start and the compilation of each language's grammar
        empty = pathlib.Path(tmp) / "start.jsonl"
        with open(empty, "w", encoding="utf-8") as f:
            for d in first_of_each_file():
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        # as pip leaves an installed package (the environment may forbid writing .pyc)
        compileall.compile_dir(str(ROOT / "claims"), quiet=1)
        runs, outputs, starts, cold = {name: [] for name in names}, {}, {}, {}
        nothing_kept = dict(env, CLAIMS_CACHE_DIR="")
        for name in names:  # start-up alone: the same command on one paragraph a file
            _, extra = VARIANTS[name]
            cmd = [sys.executable, "-m", "claims", "extract", str(empty), "--flat", "--csv",
                   "-o", str(pathlib.Path(tmp) / f"{name}-empty.csv"),
                   *[a.format(jobs=args.jobs) for a in extra]]
            cold[name] = min(measure(cmd, nothing_kept)[0] for _ in range(3))
            starts[name] = min(measure(cmd, env)[0] for _ in range(3))
        for _ in range(args.runs):  # in rounds, so that a noisy minute hits every engine
            for name in names:
                label, extra = VARIANTS[name]
                out = pathlib.Path(tmp) / f"{name}.csv"
                cmd = [sys.executable, "-m", "claims", "extract", str(src), "--flat", "--csv",
                       "-o", str(out), *[a.format(jobs=args.jobs) for a in extra]]
                wall, cpu = measure(cmd, env)
                if outputs.setdefault(name, out.read_bytes()) != out.read_bytes():
                    raise SystemExit(f"{name}: two runs wrote different bytes")
                runs[name].append((wall, cpu))
                print(f"{label.format(jobs=args.jobs)}: {wall:.1f} s wall, {cpu:.1f} s CPU "
                      f"(load {os.getloadavg()[0]:.1f})", file=sys.stderr)
        rows = []
        for name in names:
            wall = min(w for w, _ in runs[name])
            cpu = min(c for _, c in runs[name])
            work = max(wall - starts[name], 1e-9)
            rows.append({"engine": name, "label": VARIANTS[name][0].format(jobs=args.jobs),
                         "wall_s": wall, "cpu_s": cpu, "docs_per_s": args.paragraphs / wall,
                         "start_s": starts[name], "start_nothing_kept_s": cold[name],
                         "docs_per_s_running": args.paragraphs / work,
                         "runs": runs[name]})
    base = rows[0]
    for r in rows:
        r["speed_x"] = r["docs_per_s"] / base["docs_per_s"]
        r["running_x"] = r["docs_per_s_running"] / base["docs_per_s_running"]
        r["cpu_x"] = r["cpu_s"] / base["cpu_s"]
        r["same_bytes"] = outputs[r["engine"]] == outputs[base["engine"]]
    mentions = outputs[base["engine"]].count(b"\n") - 1
    print(f"\n{args.paragraphs:,} paragraphs, {chars:,} characters, {mentions:,} mentions; "
          f"{_machine()}\n")
    print(f"| | wall s | start-up s | start-up, nothing kept s | CPU s | docs/s | × docs/s | "
          f"docs/s after start-up | × (after start-up) | × CPU s | same bytes |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        print(f"| {r['label']} | {r['wall_s']:.1f} | {r['start_s']:.2f} | "
              f"{r['start_nothing_kept_s']:.2f} | {r['cpu_s']:.1f} | "
              f"{r['docs_per_s']:,.0f} | {r['speed_x']:.2f} | {r['docs_per_s_running']:,.0f} | "
              f"{r['running_x']:.2f} | {r['cpu_x']:.2f} | {'yes' if r['same_bytes'] else 'NO'} |")
    print(f"\n(× against {base['label']}; start-up is the same command on one paragraph of "
          "each file: the import, the engine's own start and every grammar's build, read from "
          "the user's cache; nothing kept: CLAIMS_CACHE_DIR empty, a machine's first run)")
    # documents per second end to end, start-up included (the ratio once started is in
    # the table)
    targets = {"jobs": ("speed_x", ">=", 1.8), "dask": ("cpu_x", "<=", 1.3),
               "spark": ("cpu_x", "<=", 2.0)}
    print()
    for r in rows:
        if r["engine"] in targets:
            key, op, bound = targets[r["engine"]]
            ok = r[key] >= bound if op == ">=" else r[key] <= bound
            print(f"- {r['label']}: {key} {r[key]:.2f} (target {op} {bound}): "
                  f"{'met' if ok else 'NOT met'}")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "archive.json").write_text(json.dumps({
        "paragraphs": args.paragraphs, "characters": chars, "mentions": mentions,
        "machine": _machine(), "load_before": os.getloadavg(), "rows": rows}, indent=2))
    if not all(r["same_bytes"] for r in rows):
        raise SystemExit("the engines' mention tables differ")


def _machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo")
                if line.startswith("model name")), platform.processor())
    return f"{cpu}, {len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
