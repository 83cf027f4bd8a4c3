"""Reads every Parquet output of a budget-etl output folder back with pyarrow and with DuckDB and
compares it row by row with the CSV file of the same table, as datapackage.json describes both:
types checked (decimal(38,18), int64, string), decimals compared exactly (decimal.Decimal), an
empty CSV field equal to a null. Prints a JSON summary (rows and row groups per Parquet file);
exits 1 naming the first difference."""
import csv, decimal, json, os, sys

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

folder = sys.argv[1]
package = json.load(open(os.path.join(folder, "datapackage.json"), encoding="utf-8"))
csv_resources = {r["name"]: r for r in package["resources"] if r["format"] == "csv"}
parquet_resources = [r for r in package["resources"] if r["format"] == "parquet"]
ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.decimal128(38, 18)}
DUCKDB = {"string": "VARCHAR", "integer": "BIGINT", "number": "DECIMAL(38,18)"}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def typed(text, kind):
    """A CSV field as the value Parquet must hold."""
    if text == "" and kind != "string":
        return None
    if kind == "integer":
        return int(text)
    if kind == "number":
        return decimal.Decimal(text)
    return text


def same(csv_value, parquet_value, kind):
    if kind == "string" and parquet_value is None:
        return csv_value == ""
    if csv_value is None:
        return parquet_value is None
    return csv_value == parquet_value and type(parquet_value) is {"string": str, "integer": int, "number": decimal.Decimal}[kind]


def csv_rows(resource):
    with open(os.path.join(folder, resource["path"]), encoding=resource["encoding"], newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        return header, list(reader)


def partition_of(resource):
    """long-2023-parquet -> "2023"; long-unknown-year-parquet -> "" (the CSV's empty fiscal_year)."""
    year = resource["name"][len("long-"):-len("-parquet")]
    return "" if year == "unknown-year" else year


summary = {}
for resource in parquet_resources:
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    kinds = [f["type"] for f in fields]
    path = os.path.join(folder, resource["path"])
    table = pq.read_table(path)
    for field, kind in zip(fields, kinds):
        if table.schema.field(field["name"]).type != ARROW[kind]:
            fail(f"{resource['path']}: {field['name']} is {table.schema.field(field['name']).type}, expected {ARROW[kind]}")
    if table.schema.names != names:
        fail(f"{resource['path']}: columns {table.schema.names} differ from the schema {names}")

    is_long = resource["name"].startswith("long-")
    source = csv_resources["long" if is_long else resource["name"][:-len("-parquet")]]
    header, rows = csv_rows(source)
    if is_long:
        year_index = header.index("fiscal_year")
        rows = [r[:year_index] + r[year_index + 1:] for r in rows if r[year_index] == partition_of(resource)]
        header = header[:year_index] + header[year_index + 1:]
    if header != names:
        fail(f"{resource['path']}: CSV header {header} differs from the schema {names}")
    expected = [[typed(v, k) for v, k in zip(r, kinds)] for r in rows]

    arrow_rows = [list(r.values()) for r in table.to_pylist()]
    con = duckdb.connect()
    relation = con.sql(f"SELECT * FROM read_parquet('{path}', hive_partitioning=false)")
    duck_types = [str(t) for t in relation.types]
    if duck_types != [DUCKDB[k] for k in kinds]:
        fail(f"{resource['path']}: DuckDB reads types {duck_types}")
    duck_rows = [list(r) for r in relation.fetchall()]
    for reader, got in (("pyarrow", arrow_rows), ("duckdb", duck_rows)):
        if len(got) != len(expected):
            fail(f"{resource['path']} ({reader}): {len(got)} rows, CSV has {len(expected)}")
        for number, (want, have) in enumerate(zip(expected, got)):
            for name, kind, a, b in zip(names, kinds, want, have):
                if not same(a, b, kind):
                    fail(f"{resource['path']} ({reader}) row {number + 1} {name}: CSV {a!r}, Parquet {b!r}")
    metadata = pq.ParquetFile(path).metadata
    summary[resource["path"]] = {"rows": len(expected), "row_groups": metadata.num_row_groups,
                                 "key_value": {k.decode(): v.decode() for k, v in (metadata.metadata or {}).items()}}

# The Hive-partitioned dataset as one table: every CSV row, fiscal_year restored from the folder names.
long_csv = csv_resources["long"]
_, rows = csv_rows(long_csv)
if any(r["name"].startswith("long-") for r in parquet_resources):
    glob = os.path.join(folder, "parquet", "long", "*", "*.parquet")
    count, years = duckdb.sql(f"SELECT count(*), count(DISTINCT fiscal_year) FROM read_parquet('{glob}', hive_partitioning=true)").fetchall()[0]
    if count != len(rows):
        fail(f"the partitioned long dataset has {count} rows, long.csv {len(rows)}")
    summary["long dataset"] = {"rows": count, "years": years}
print(json.dumps(summary, ensure_ascii=False, sort_keys=True))
