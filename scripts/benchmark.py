#!/usr/bin/env python3
"""Benchmark of incremental runs (not a test): cold, no-op and one-changed run times, peak memory, state size
and MB/s per stage, against the targets of issue 12.

  scripts/benchmark.py [--count 2000] [--jobs N] [--keep DIR] [--binary PATH]

Builds the release binary (swift build -c release; --binary: use that one instead), makes COUNT documents with
scripts/make_corpus.py (from the samples in input/) in a temporary folder, and times:
  cold         first run: every stage for every document (target: at most 4 s for 2,000 documents)
  no-op        second run, nothing changed (target: at most 0.15 s)
  one-changed  one document edited (target: at most 1 s)
  forced       --force over the same input; its outputs must equal the one-changed run's byte for byte
and a cold run over a quarter of the documents, to show that peak memory is bounded per document
and does not grow with the corpus. Peak memory is the child's maximum resident set size (wait4).
Standard library only.
"""
import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, args, cwd):
    """Runs budget-etl; returns (seconds, peak RSS in MB, exit status, stderr, CPU seconds). CPU seconds (user +
    system) say more than wall time on a machine other work shares."""
    start = time.monotonic()
    proc = subprocess.Popen([binary] + args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024.0, proc.returncode, err.decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime


def outputs_equal(a, b):
    """Every CSV and Parquet file byte for byte, and the workbook but for its `about` entry (which holds the run
    time and is written last: the bytes before its local header)."""
    def files(folder):
        return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs
                      if not f.startswith(".") and f.endswith((".csv", ".parquet")))
    names = files(a)
    if names != files(b) or not all(filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False) for n in names):
        return False
    workbooks = [os.path.join(folder, "budget.xlsx") for folder in (a, b)]
    if not all(os.path.exists(w) for w in workbooks):
        return not any(os.path.exists(w) for w in workbooks)
    def before_about(path):
        with zipfile.ZipFile(path) as z:
            offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
        with open(path, "rb") as f:
            return f.read(offset)
    return before_about(workbooks[0]) == before_about(workbooks[1])


def make_corpus(folder, count):
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "make_corpus.py"), folder, "--count", str(count)],
                   check=True, stdout=subprocess.DEVNULL)


def write_config(folder, corpus):
    with open(os.path.join(REPO, "pipeline.yaml"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("  folder: input\n", f"  folder: {corpus}\n", 1)
    path = os.path.join(folder, "pipeline.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def edit_one(corpus):
    """Changes one amount of one document in the middle of the corpus (same length, new value)."""
    names = sorted(os.listdir(corpus))
    path = os.path.join(corpus, names[len(names) // 2])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    index = text.index("合计")
    digit = next(i for i in range(index, len(text)) if text[i].isdigit() and text[i] != "9")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[:digit] + str(int(text[digit]) + 1) + text[digit + 1:])
    return os.path.basename(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=0, help="--jobs for budget-etl (default: all cores)")
    parser.add_argument("--keep", help="work in this folder and keep it (default: a temporary folder, removed)")
    parser.add_argument("--binary", help="a budget-etl binary to time instead of building the release one")
    args = parser.parse_args()

    binary = args.binary and os.path.abspath(args.binary)
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "budget-etl"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
        binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO, check=True,
                                capture_output=True, text=True).stdout.strip() + "/budget-etl"
    work = args.keep or tempfile.mkdtemp(prefix="budget-etl-bench-")
    os.makedirs(work, exist_ok=True)
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    try:
        corpus = os.path.join(work, "corpus")
        shutil.rmtree(corpus, ignore_errors=True)
        make_corpus(corpus, args.count)
        size = sum(os.path.getsize(os.path.join(corpus, n)) for n in os.listdir(corpus)) / 1e6
        config = write_config(work, corpus)
        out = os.path.join(work, "output")
        shutil.rmtree(out, ignore_errors=True)
        print(f"{args.count} documents, {size:.1f} MB, {os.cpu_count()} cores, binary {binary}")

        rows = []
        def step(name, extra, output=out):
            seconds, rss, status, err, cpu = run(binary, ["run", "--config", config, "--output", output, "--quiet"] + jobs + extra, work)
            if status not in (0, 4):
                sys.exit(f"{name}: exit status {status}\n{err}")
            rows.append((name, seconds, rss))
            print(f"  {name:<12} {seconds:8.2f} s   CPU {cpu:8.2f} s   peak {rss:7.1f} MB   load average {os.getloadavg()[0]:.1f}",
                  flush=True)
            return seconds

        cold = step("cold", [])
        with open(os.path.join(out, "run.json"), encoding="utf-8") as f:
            stages = json.load(f)["stages"]
        noop = step("no-op", [])
        changed = edit_one(corpus)
        one = step("one-changed", [])
        forced_out = os.path.join(work, "output-forced")
        shutil.rmtree(forced_out, ignore_errors=True)
        step("forced", ["--force"], forced_out)
        equal = outputs_equal(out, forced_out)

        small = os.path.join(work, "corpus-quarter")
        shutil.rmtree(small, ignore_errors=True)
        make_corpus(small, max(1, args.count // 4))
        small_config = write_config(os.path.join(work), small)
        small_out = os.path.join(work, "output-quarter")
        shutil.rmtree(small_out, ignore_errors=True)
        seconds, rss, status, err, cpu = run(binary, ["run", "--config", small_config, "--output", small_out, "--quiet"] + jobs, work)
        write_config(work, corpus)
        print(f"  {'cold, 1/4':<12} {seconds:8.2f} s   CPU {cpu:8.2f} s   peak {rss:7.1f} MB   ({args.count // 4} documents)")

        state = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(os.path.join(out, ".state")) for f in fs) / 1e6
        print()
        print(f"cold:        {cold:.2f} s (target <= 4 s for 2,000 documents): {'ok' if cold <= 4 * args.count / 2000 else 'MISSED'}")
        print(f"no-op:       {noop:.2f} s (target <= 0.15 s): {'ok' if noop <= 0.15 else 'MISSED'}")
        print(f"one-changed: {one:.2f} s = {100 * one / cold:.1f}% of cold (target <= 1 s): {'ok' if one <= 1 else 'MISSED'}"
              f"  [{changed}]")
        print("cold run, per stage (seconds summed over parallel jobs, from run.json; MB of input text per second of one core):")
        for name in ["extract", "normalize", "validate", "load"]:
            seconds = stages[name]["duration_seconds"]
            print(f"  {name:<10} {seconds:7.2f} s   {size / seconds if seconds else float('inf'):7.1f} MB/s")
        print(f"one-changed outputs (CSV, Parquet, the workbook but its run time) equal a --force run's byte for byte: "
              f"{'yes' if equal else 'NO'}")
        print(f"peak memory: {rows[0][2]:.0f} MB for {args.count} documents, {rss:.0f} MB for {args.count // 4}"
              f" (target <= 200 MB): {'ok' if rows[0][2] <= 200 else 'MISSED'}")
        print(f"state folder: {state:.0f} MB for {size:.0f} MB of input (target: at most the input): "
              f"{'ok' if state <= size else 'MISSED'}; outputs: "
              f"{sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs if '.state' not in d) / 1e6:.0f} MB")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
