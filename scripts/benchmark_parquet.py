#!/usr/bin/env python3
"""Benchmark of the Parquet outputs (not a test): time to write them and their size against the CSVs.

  scripts/benchmark_parquet.py [--count 2000] [--binary PATH] [--keep DIR]

Makes COUNT documents with ../shared/tools/make_corpus.py, runs every stage once with CSV output
only, then times `run --stage load` (which rewrites the outputs from the stored results) three
times: CSV only, CSV + Parquet GZIP, CSV + Parquet uncompressed. The Parquet writing time is the
difference to the CSV-only load; its rate is given in MB of CSV written as Parquet per second and
in rows of long per second. Standard library only.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchmark import REPO, make_corpus, run, write_config  # noqa: E402


def folder_size(path, suffix):
    total = 0
    for root, _, names in os.walk(path):
        if ".state" in root:
            continue
        total += sum(os.path.getsize(os.path.join(root, n)) for n in names if n.endswith(suffix))
    return total


def set_formats(config, formats, compression):
    with open(config, encoding="utf-8") as f:
        text = f.read()
    lines = [l for l in text.split("\n") if not l.startswith("  formats:") and not l.startswith("  compression:")]
    text = "\n".join(lines).replace("  unit: 元", f"  unit: 元\n  formats: [{formats}]", 1)
    text = text.replace("parquet:\n", f"parquet:\n  compression: {compression}\n", 1)
    with open(config, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--binary", help="a budget-etl binary (default: build the release one)")
    parser.add_argument("--keep", help="work in this folder and keep it")
    args = parser.parse_args()
    binary = args.binary and os.path.abspath(args.binary)
    if not binary:
        subprocess.run(["swift", "build", "-c", "release"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        binary = os.path.join(REPO, ".build", "release", "budget-etl")
    work = args.keep or tempfile.mkdtemp(prefix="bench-parquet-")
    os.makedirs(work, exist_ok=True)
    try:
        corpus = os.path.join(work, "corpus")
        if not os.path.isdir(corpus):
            make_corpus(corpus, args.count)
        config = write_config(work, corpus)
        set_formats(config, "csv", "gzip")
        seconds, _, status, err = run(binary, ["run", "--quiet", "--config", config], work)
        print(f"cold run, CSV only: {seconds:.1f} s (exit {status})")
        loads = {}
        for name, formats, compression in (("csv", "csv", "gzip"), ("gzip", "csv, parquet", "gzip"),
                                           ("none", "csv, parquet", "none")):
            set_formats(config, formats, compression)
            seconds, memory, status, err = run(binary, ["run", "--quiet", "--stage", "load", "--config", config], work)
            if status not in (0, 1):
                sys.exit(f"load failed ({status}): {err}")
            output = os.path.join(work, "output")
            loads[name] = (seconds, memory, folder_size(os.path.join(output, "parquet"), ".parquet"))
            print(f"load, {name:5}: {seconds:6.1f} s, peak {memory:.0f} MB, Parquet {loads[name][2] / 1e6:.1f} MB")
        csv_bytes = folder_size(os.path.join(work, "output"), ".csv")
        with open(os.path.join(work, "output", "long.csv"), encoding="utf-8") as f:
            long_rows = sum(1 for _ in f) - 1
        for name in ("gzip", "none"):
            extra = max(loads[name][0] - loads["csv"][0], 1e-9)
            print(f"Parquet {name}: {extra:.1f} s for {csv_bytes / 1e6:.0f} MB of CSV ({long_rows:,} rows of long): "
                  f"{csv_bytes / 1e6 / extra:.0f} MB/s, {long_rows / extra / 1e3:.0f} k rows/s; "
                  f"{loads[name][2] / 1e6:.1f} MB = {100 * loads[name][2] / csv_bytes:.0f}% of the CSVs")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
