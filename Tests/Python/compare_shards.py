"""Checks that the output folders of N shard runs, read together as one dataset, hold exactly the
rows of a single run: compare_shards.py SINGLE SHARD_0 … SHARD_N-1. Long is read as one
Hive-partitioned dataset; wide files with union_by_name (shards may see different columns).
Every document must be in exactly one shard. Prints the tables compared; exits 1 on a difference."""
import glob, os, sys

import duckdb

single, shards = sys.argv[1], sys.argv[2:]
con = duckdb.connect()


def files(folder, pattern):
    return sorted(glob.glob(os.path.join(folder, "parquet", pattern)))


def same(name, left_files, right_files, hive=False):
    options = f"hive_partitioning={'true' if hive else 'false'}, union_by_name=true"
    left = f"read_parquet({left_files!r}, {options})"
    right = f"read_parquet({right_files!r}, {options})"
    columns = ", ".join(f'"{c}"' for c in con.sql(f"SELECT * FROM {left} LIMIT 0").columns)
    for a, b in ((left, right), (right, left)):
        extra = con.sql(f"SELECT count(*) FROM (SELECT {columns} FROM {a} EXCEPT ALL SELECT {columns} FROM {b})").fetchall()[0][0]
        if extra:
            print(f"{name}: {extra} rows of one side are not in the other", file=sys.stderr)
            sys.exit(1)
    count = con.sql(f"SELECT count(*) FROM {left}").fetchall()[0][0]
    print(name, count)


same("long", files(single, "long/*/*.parquet"), [f for s in shards for f in files(s, "long/*/*.parquet")], hive=True)
for table in ("documents", "validation", "rejects"):
    same(table, files(single, f"{table}.parquet"), [f for s in shards for f in files(s, f"{table}.part-*.parquet")])
for path in files(single, "wide/*.parquet"):
    key = os.path.basename(path)[: -len(".parquet")]
    parts = [f for s in shards for f in files(s, f"wide/{key}.part-*.parquet")]
    same(f"wide/{key}", [path], parts)

ids = con.sql(f"SELECT source_file, count(*) FROM read_parquet({[f for s in shards for f in files(s, 'documents.part-*.parquet')]!r}) GROUP BY 1 HAVING count(*) <> 1").fetchall()
if ids:
    print(f"documents in more than one shard: {ids}", file=sys.stderr)
    sys.exit(1)
