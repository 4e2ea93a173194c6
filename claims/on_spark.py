"""claims on Spark: ``mapInArrow`` of :func:`claims.batch.extract_batch`, and a ``claims``
table function for SQL.

    from claims.on_spark import local_session, mentions, register
    spark = local_session(2)                       # or any SparkSession (a cluster's)
    docs = spark.read.json("articles.jsonl")       # columns text, and id, lang, date
    mentions(docs).write.parquet("mentions")       # one row per mention
    register(spark)                                # then, in SQL:
    spark.sql("SELECT m.* FROM articles, LATERAL claims(text, lang, id) m")

The executors need ``claims`` installed (``pip install 'claims[spark]'``) or shipped
with ``spark-submit --py-files`` (README.md, "Spark").
"""
from __future__ import annotations

import os
import sys
from typing import Iterator, List, Optional

from .batch import (COLUMNS, DOCUMENT_FIELDS, Chunk, Options, Outcome, extract_batch,
                    mention_rows, outcome, read_document)

_SPARK_TYPES = {"string": "string", "int64": "bigint", "bool": "boolean", "double": "double",
                "list<string>": "array<string>"}

#: The mention table (:data:`claims.batch.COLUMNS`) as a Spark DDL schema.
SCHEMA = ", ".join(f"`{name}` {_SPARK_TYPES[t]}" for name, t in COLUMNS)


#: JVM options of a local driver: the C1 compiler only, one compiler thread and the serial
#: collector. A local run's JVM only moves Arrow batches between Python processes; the
#: default JIT and GC threads spent twice the CPU seconds of the whole job on starting it
#: (18 s of CPU against 7 s, measured on 2 cores; bench/archive.py).
LOCAL_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC "
                     "-XX:-UsePerfData")


def local_session(cores: int = 2, app_name: str = "claims", master: Optional[str] = None):
    """A SparkSession on this machine (``local[cores]``), bound to 127.0.0.1, no web UI;
    its Python workers run this interpreter and import this ``claims``. With ``master``
    (a cluster's URL) the session is that cluster's, with Spark's own JVM defaults."""
    from pyspark.sql import SparkSession
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # the driver's own address too
    if master is None:  # spark-submit's launcher is a JVM of its own, as short-lived
        os.environ.setdefault("SPARK_LAUNCHER_OPTS", LOCAL_JVM_OPTIONS)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    # the workers import claims from where this process does (a clone or site-packages)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *paths])
    builder = (SparkSession.builder.appName(app_name)
               .master(master or f"local[{cores}]")
               .config("spark.driver.host", "127.0.0.1")
               .config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", str(max(2, cores)))
               .config("spark.sql.execution.arrow.pyspark.enabled", "true")
               .config("spark.python.worker.reuse", "true"))
    if master is None:  # this machine's workers run this claims: fork them ready
        builder = (builder.config("spark.driver.extraJavaOptions", LOCAL_JVM_OPTIONS)
                   .config("spark.python.daemon.module", "claims.spark_daemon"))
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _documents(df):
    """Only the document columns the batch function reads, dates as ISO strings."""
    from pyspark.sql import functions as F
    cols = []
    for name in DOCUMENT_FIELDS:
        if name in df.columns:
            cols.append(F.col(name).cast("string").alias(name))
    return df.select(*cols)


def mentions(df, options: Options = Options()):
    """A DataFrame of documents (``text``, and ``id``, ``lang``, ``date`` if it has them)
    -> a DataFrame of mentions (:data:`SCHEMA`), each Arrow batch read by
    :func:`claims.batch.extract_batch`."""
    def read(batches):
        for batch in batches:
            yield from extract_batch(batch, options).to_batches()
    return _documents(df).mapInArrow(read, SCHEMA)


def register(spark, name: str = "claims", options: Options = Options()) -> None:
    """Register the table function ``name(text[, lang[, id[, date]]])`` for SQL: one row
    per mention of the text (the columns of :data:`SCHEMA`)."""
    from pyspark.sql.functions import udtf

    @udtf(returnType=SCHEMA)
    class Claims:
        def eval(self, text, lang=None, id=None, date=None):  # noqa: A002 - SQL argument names
            try:
                reply = read_document({"text": text, "lang": lang, "date": date}, options)
            except Exception:  # a document that cannot be read has no mention rows
                return
            for row in mention_rows(id, reply):
                yield tuple(row[c] for c, _ in COLUMNS)

    spark.udtf.register(name, Claims)


_OUTCOME_SCHEMA = "seq bigint, id string, output string, error string, chars bigint, mentions bigint"


def outcomes_spark(chunked: Iterator[List[dict]], options: Options, fmt: str, jobs: int,
                   master: Optional[str] = None) -> Iterator[Chunk]:
    """``claims extract --engine spark``: each chunk a DataFrame of ``jobs`` partitions,
    read with ``mapInArrow``, collected in order."""
    import pyarrow as pa
    from pyspark.sql import SparkSession
    spark = SparkSession.getActiveSession()  # a session of the caller's (tests, a notebook)
    own = spark is None
    if own:
        spark = local_session(jobs, master=master)
    try:
        for chunk in chunked:
            table = pa.table({
                "seq": pa.array(range(len(chunk)), pa.int64()),
                **{f: pa.array([None if d.get(f) is None else str(d.get(f)) for d in chunk],
                               pa.string()) for f in ("id", "text", "lang", "date", "error")}})
            df = spark.createDataFrame(table)  # local[jobs]: jobs partitions, in order

            def read(batches, options=options, fmt=fmt):
                for batch in batches:
                    docs = batch.to_pylist()
                    outs = [outcome(d, options, fmt) for d in docs]
                    yield pa.RecordBatch.from_pylist([
                        {"seq": d["seq"], "id": o.id, "output": o.output, "error": o.error,
                         "chars": o.chars, "mentions": o.mentions} for d, o in zip(docs, outs)])

            result = df.mapInArrow(read, _OUTCOME_SCHEMA).toArrow().sort_by("seq")
            yield Chunk.of(Outcome(r["id"], r["output"], r["error"], r["chars"], r["mentions"])
                           for r in result.to_pylist())
    finally:
        if own:
            spark.stop()
