"""The batch function and its engines: local processes, Dask and Spark give the same
mention table, byte for byte, on a sample of the benchmark corpus."""
import json

import pytest

from claims.cli import main
from claims.batch import COLUMN_NAMES, Options, extract_batch, mention_schema, read_document
from cli_helpers import corpus_documents, run_claims, write_jsonl

pa = pytest.importorskip("pyarrow")  # the dask and spark extras; in requirements-dev.txt

#: every file's paragraphs 40 to 54: news, novels and economics, French and English
DOCS = corpus_documents(15, start=40)
BROKEN = [{"id": "too-long", "text": "x" * 3000}, {"id": "de", "text": "10 Euro", "lang": "de"}]
OPTIONS = Options(max_chars=2500)


@pytest.fixture(scope="module")
def local_table():
    table = extract_batch(DOCS + BROKEN, OPTIONS)
    assert table.num_rows > 80 and table.schema == mention_schema()
    return table


def test_the_batch_function_is_the_api_reply_flattened(local_table):
    rows = local_table.to_pylist()
    assert [r for r in rows if r["id"] in ("too-long", "de")] == []  # skipped, not fatal
    first = DOCS[0]
    reply = read_document(first, OPTIONS)
    mine = [r for r in rows if r["id"] == first["id"]]
    assert [(r["mention_id"], r["start"], r["end"], r["low"], r["high"]) for r in mine] == [
        (m["id"], m["start"], m["end"], m["low"], m["high"]) for m in reply["mentions"]]
    # the order: documents as given, then mentions by position
    order = {d["id"]: i for i, d in enumerate(DOCS)}
    keys = [(order[r["id"]], r["start"]) for r in rows]
    assert keys == sorted(keys)
    with pytest.raises(Exception):
        extract_batch(BROKEN, OPTIONS, errors="raise")


def test_the_batch_function_reads_an_arrow_table_as_a_list(local_table):
    table = pa.Table.from_pylist(DOCS + BROKEN)
    assert extract_batch(table, OPTIONS).equals(local_table)


# -- Dask ----------------------------------------------------------------------------------------

def test_dask_bag_and_dataframe_give_the_local_table(local_table):
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from claims.on_dask import mentions_from_bag, mentions_from_dataframe
    with dask.config.set(scheduler="sync"):  # the processes engine is the CLI test's
        bag = db.from_sequence(DOCS + BROKEN, npartitions=4)
        assert mentions_from_bag(bag, OPTIONS).compute() == local_table.to_pylist()
        ddf = dd.from_pandas(pd.DataFrame(DOCS + BROKEN), npartitions=3)
        got = mentions_from_dataframe(ddf, OPTIONS).compute()
    assert pa.Table.from_pandas(got, schema=mention_schema(), preserve_index=False) \
        .to_pylist() == local_table.to_pylist()


def test_dask_answers_many_chunks_in_flight_in_input_order():
    """The command line's Dask engine keeps two chunks in flight: cut small here, so that
    a chunk finishing before the one submitted ahead of it would show."""
    from claims.batch import outcomes
    from claims.cli import chunks
    from claims.on_dask import outcomes_dask
    docs = DOCS + BROKEN
    want = outcomes(docs, Options(), "csv")
    got = list(outcomes_dask(chunks(iter(docs), 7), Options(), "csv", 2))
    assert len(got) == -(-len(docs) // 7) > 10
    assert "".join(c.output for c in got) == want.output and want.output.count("\n") > 80
    assert "".join(c.errors for c in got) == want.errors
    assert sum(c.documents for c in got) == len(docs)


# -- Spark ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark")
    from claims.on_spark import local_session
    session = local_session(2, app_name="claims-tests")
    yield session
    session.stop()


def test_spark_map_in_arrow_gives_the_local_table(spark, local_table):
    from claims.on_spark import mentions
    df = spark.createDataFrame(pa.Table.from_pylist(DOCS + BROKEN)).repartition(3)
    got = mentions(df, OPTIONS).toArrow()
    assert got.column_names == list(COLUMN_NAMES)
    key = lambda r: (r["id"], r["start"])  # noqa: E731 - repartition shuffles the documents
    assert sorted(got.to_pylist(), key=key) == sorted(local_table.to_pylist(), key=key)


def test_spark_sql_table_function(spark, local_table):
    from claims.on_spark import register
    register(spark, options=OPTIONS)
    spark.createDataFrame(pa.Table.from_pylist(DOCS[:12])).createOrReplaceTempView("articles")
    got = spark.sql("SELECT m.* FROM articles, LATERAL claims(text, lang, id, date) m "
                    "ORDER BY m.id, m.start").collect()
    ids = {d["id"] for d in DOCS[:12]}
    want = sorted((r for r in local_table.to_pylist() if r["id"] in ids),
                  key=lambda r: (r["id"], r["start"]))
    assert [r.asDict() for r in got] == want
    assert spark.sql("SELECT count(*) AS n FROM claims('Il a levé 12 millions d''euros.')") \
        .collect()[0].n == 1


# -- the command line: every engine, the same bytes ---------------------------------------------------

def test_every_engine_writes_the_same_bytes(tmp_path, spark):
    write_jsonl(tmp_path / "in.jsonl", DOCS + BROKEN)
    outs, errors = {}, {}
    common = ["extract", tmp_path / "in.jsonl", "--flat", "--csv", "--max-chars", 2500]
    for name, args in [("j1", ["--jobs", 1]), ("j2", ["--jobs", 2]),
                       ("dask", ["--engine", "dask", "--jobs", 2]),
                       ("spark", ["--engine", "spark", "--jobs", 2])]:
        out = tmp_path / f"{name}.csv"
        if name == "spark":
            # in this process, on the module's session: a second JVM would double the time
            status = main([str(a) for a in [*common, "-o", out, *args]])
        else:
            p = run_claims(*common, "-o", out, *args)
            status = p.returncode
        assert status == 1  # the broken documents
        outs[name] = out.read_bytes()
        errors[name] = (tmp_path / f"{name}.csv.errors.jsonl").read_bytes()
    assert outs["j1"].count(b"\n") > 80
    assert outs["j1"] == outs["j2"] == outs["dask"] == outs["spark"]
    failed = [json.loads(e) for e in errors["j1"].splitlines()]
    assert [e["id"] for e in failed][-2:] == ["too-long", "de"]
    assert all(e["status"] == 413 for e in failed[:-1])  # long paragraphs of the sample too
    assert errors["j1"] == errors["j2"] == errors["dask"] == errors["spark"]
