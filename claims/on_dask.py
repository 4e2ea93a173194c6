"""claims on Dask: ``map_partitions`` of :func:`claims.batch.extract_batch`.

    import dask.bag as db
    from claims.on_dask import mentions_from_bag, mentions_from_dataframe
    docs = db.read_text("articles/*.jsonl").map(json.loads)     # {"id", "text", ...}
    rows = mentions_from_bag(docs).compute()                     # one dict per mention
    table = mentions_from_dataframe(ddf).compute()               # pandas, Arrow-backed

Every partition is one batch; the result has the columns of
:func:`claims.batch.mention_schema`, in document order then text order.
"""
from __future__ import annotations

from collections import deque
from typing import Any, Iterable, Iterator, List

from .batch import Chunk, Options, extract_batch, mention_schema, outcomes, ready_to_fork


def mentions_from_bag(bag, options: Options = Options()):
    """A bag of document records -> a bag of mention rows (dicts)."""
    return bag.map_partitions(lambda part: extract_batch(list(part), options).to_pylist())


def mentions_from_dataframe(ddf, options: Options = Options()):
    """A Dask DataFrame of documents (columns ``text`` and optionally ``id``, ``lang``,
    ``date``) -> a Dask DataFrame of mentions, Arrow-typed columns."""
    import pandas as pd
    meta = mention_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    return ddf.map_partitions(
        lambda pdf: extract_batch(pdf, options).to_pandas(types_mapper=pd.ArrowDtype),
        meta=meta)


def _outcome_partition(part: Iterable[Any], options: Options, fmt: str) -> List[Chunk]:
    return [outcomes(part, options, fmt)]


def outcomes_dask(chunked: Iterator[List[dict]], options: Options, fmt: str,
                  jobs: int) -> Iterator[Chunk]:
    """``claims extract --engine dask``: each chunk a bag of ``jobs`` partitions, computed
    by Dask's process scheduler on a pool kept for the whole run."""
    import concurrent.futures
    import dask
    import dask.bag as db
    ready = ready_to_fork(chunked, options)  # as --jobs: workers start with the tables
    if ready is None:
        return
    ctx, chunked = ready

    def compute(chunk: List[dict]) -> Chunk:
        bag = db.from_sequence(chunk, npartitions=min(len(chunk), jobs * 2))
        parts = bag.map_partitions(_outcome_partition, options, fmt)
        (out,) = dask.compute(parts, scheduler="processes", pool=pool)
        return Chunk.join(out)

    # two chunks in flight, each computed from a thread of this process: the workers
    # start on the next chunk while this one's last partition runs and its output is
    # written (one at a time, the workers waited at every chunk's end: 2 processes
    # ran no faster than one, bench/archive.py)
    with concurrent.futures.ProcessPoolExecutor(jobs, mp_context=ctx) as pool, \
            concurrent.futures.ThreadPoolExecutor(2) as threads:
        pending: deque = deque()
        for chunk in chunked:
            pending.append(threads.submit(compute, chunk))
            if len(pending) >= 2:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
