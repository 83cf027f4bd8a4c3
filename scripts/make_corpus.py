#!/usr/bin/env python3
"""Make a large corpus of budget documents from the sample documents, for scale and robustness tests.

Each output document is one sample with its place names and fiscal years changed, so that agency,
year and document id differ from file to file while every table keeps its shape and its sums.

  scripts/make_corpus.py OUT_DIR --count N [--samples DIR] [--seed S] [--mixed-encodings]

The samples are the repository's own input/ unless --samples names another folder of .txt documents.

--mixed-encodings writes about a quarter of the files as GB18030, some with a UTF-8 byte order mark,
and some with CRLF line ends, as real downloads come. Standard library only.
"""
import argparse
import os
import random
import re
import sys

REPO_SAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "input")
PLACES = ["焦作", "义马", "安阳", "朔州", "朔城区"]
NEW_PLACES = list("东南西北中青白金云海山河湖江溪林松柏梅兰竹菊春夏秋冬明清安宁长乐永和平康")
YEAR = re.compile(r"(20[12]\d)(?=\s*年)")


def new_place(rng, n):
    return "".join(rng.choice(NEW_PLACES) for _ in range(n))


def variant(text, rng, index):
    for place in PLACES:
        suffix = "区" if place.endswith("区") else ""
        stem = place[:-1] if suffix else place
        text = text.replace(stem, new_place(rng, len(stem)) + str(index))
    shift = rng.randint(-4, 1)
    return YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--samples", default=REPO_SAMPLES, help="folder of .txt sample documents (default: input/)")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--mixed-encodings", action="store_true")
    args = parser.parse_args()

    samples = sorted(f for f in os.listdir(args.samples) if f.endswith(".txt"))
    if not samples:
        sys.exit(f"no .txt samples in {args.samples}")
    texts = {}
    for name in samples:
        with open(os.path.join(args.samples, name), encoding="utf-8") as f:
            texts[name] = f.read()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    encoding_rng = random.Random(args.seed + 1)  # separate, so texts are the same with or without mixing
    total = 0
    for i in range(args.count):
        name = samples[i % len(samples)]
        text = variant(texts[name], rng, i)
        encoding, newline, bom = "utf-8", "\n", False
        if args.mixed_encodings:
            roll = encoding_rng.random()
            if roll < 0.25:
                encoding = "gb18030"
            elif roll < 0.35:
                bom = True
            elif roll < 0.5:
                newline = "\r\n"
        data = text.replace("\n", newline).encode(encoding)
        if bom:
            data = b"\xef\xbb\xbf" + data
        path = os.path.join(args.out, f"{i:06d}-{name}")
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)
    print(f"wrote {args.count} documents, {total / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
