"""dyad: code political events (CAMEO / PLOVER) from news text.

The Python face of dyad's Rust pipeline (``dyad._dyad``)::

    import dyad
    coder = dyad.Coder()                      # dyad's own dictionaries
    events = coder.code(text, date="2021-04-02", id="a1")   # list[dict]
    out = coder.code_batch(table)             # pyarrow RecordBatch / Table -> Coded
    out.events                                # pyarrow.Table, one row per event
    out.errors                                # pyarrow.Table, one row per bad document

``code`` returns each event record exactly as ``dyad code`` writes it (the dicts are parsed
from the same serde_json output). ``code_batch`` never raises for one bad document: the
document becomes a row of ``errors`` (``row``, ``doc_id``, ``error``) and the others are coded.
Both release the GIL while Rust works; ``code_batch`` codes documents in parallel on rayon
threads (``threads=None``: every core; ``threads=1`` in a Spark/Ray worker that already has
one process per core).
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import os as _os
from typing import Any, Iterable, NamedTuple, Optional, Union

import pyarrow as _pa

from . import _dyad
from ._dyad import __version__

__all__ = ["Coder", "Coded", "event_schema", "error_schema", "__version__"]

PathLike = Union[str, "_os.PathLike[str]"]


def event_schema() -> _pa.Schema:
    """The schema of ``Coded.events``: the record's fields flattened, plus ``record_json``."""
    return _dyad.event_schema()


def error_schema() -> _pa.Schema:
    """The schema of ``Coded.errors``: ``row`` (index in the input), ``doc_id``, ``error``."""
    return _dyad.error_schema()


class Coded(NamedTuple):
    """What ``Coder.code_batch`` returns."""

    events: _pa.Table
    """One row per event; columns as ``event_schema()``; ``record_json`` is the full record."""
    errors: _pa.Table
    """One row per document that could not be coded: ``row``, ``doc_id``, ``error``."""


def _date_str(date: Any) -> Optional[str]:
    if date is None or isinstance(date, str):
        return date
    if isinstance(date, (_dt.date, _dt.datetime)):
        return date.isoformat()
    raise TypeError(f"date must be a str, datetime.date or None, not {type(date).__name__}")


def _id_str(id: Any) -> Optional[str]:
    if id is None or isinstance(id, str):
        return id
    if isinstance(id, int) and not isinstance(id, bool):
        return str(id)
    raise TypeError(f"id must be a str or int, not {type(id).__name__}")


def _string_column(col: _pa.ChunkedArray, name: str) -> _pa.ChunkedArray:
    t = col.type
    if _pa.types.is_string(t) or _pa.types.is_large_string(t) or _pa.types.is_null(t):
        return col
    if hasattr(_pa.types, "is_string_view") and _pa.types.is_string_view(t):
        return col
    if name == "date" and _pa.types.is_timestamp(t):
        col = col.cast(_pa.date32(), safe=False)
        t = col.type
    if _pa.types.is_integer(t) or _pa.types.is_date(t) or _pa.types.is_binary(t) or _pa.types.is_large_binary(t):
        return col.cast(_pa.string())
    raise TypeError(f"column {name!r} must be strings (or integers / dates), not {t}")


def _as_table(batch: Any) -> _pa.Table:
    if isinstance(batch, _pa.RecordBatch):
        table = _pa.Table.from_batches([batch])
    elif isinstance(batch, _pa.Table):
        table = batch
    else:
        table = _pa.table(batch)  # a dict of columns, a pandas DataFrame, ...
    for name in ("id", "text"):
        if name not in table.column_names:
            raise ValueError(f"the batch has no {name!r} column")
    n = table.num_rows
    cols = {}
    for name in ("id", "date", "text"):
        if name in table.column_names:
            cols[name] = _string_column(table.column(name), name)
        else:
            cols[name] = _pa.nulls(n, _pa.string())
    return _pa.table(cols)


class Coder:
    """dyad's pipeline, compiled once (a second or so); reuse it for every document.

    ``dictionaries``: a folder or file (or a list of them) of dictionaries to add on top of
    dyad's own, as ``dyad code --dictionaries``. ``all_modes``: also return negated and
    hypothetical events, flagged (``--all-modes``). ``threads``: rayon threads for
    ``code_batch`` (None: every core).
    """

    def __init__(
        self,
        dictionaries: Union[None, PathLike, Iterable[PathLike]] = None,
        all_modes: bool = False,
        threads: Optional[int] = None,
    ) -> None:
        if dictionaries is None:
            dicts = None
        elif isinstance(dictionaries, (str, _os.PathLike)):
            dicts = [_os.fspath(dictionaries)]
        else:
            dicts = [_os.fspath(d) for d in dictionaries]
        self._inner = _dyad.Coder(dicts, all_modes, threads)

    @property
    def threads(self) -> int:
        """Threads that ``code_batch`` uses."""
        return self._inner.threads

    def code_json(self, text: str, date: Any = None, id: Any = None) -> list[str]:
        """The events of one document as JSON strings, byte for byte as ``dyad code`` writes them."""
        return self._inner.code_json(text, _date_str(date), _id_str(id))

    def code(self, text: str, date: Any = None, id: Any = None) -> list[dict]:
        """The events of one document, each the event record as a dict.

        ``date``: the publication date (``"2021-04-02"``, an ISO timestamp or a
        ``datetime.date``), which relative dates resolve against; ``id``: the document id
        echoed in every event (default ``"doc"``). A bad date raises ``ValueError``.
        """
        return [_json.loads(s) for s in self.code_json(text, date, id)]

    def code_batch(self, batch: Any) -> Coded:
        """Code a batch of documents in parallel.

        ``batch``: a ``pyarrow.RecordBatch`` or ``Table`` (or anything ``pyarrow.table``
        accepts) with columns ``id`` (string or integer), ``date`` (string, date or
        timestamp; null or empty for none) and ``text``. Returns ``Coded(events, errors)``:
        ``events`` has one row per event, in input order; ``errors`` one row per document that
        could not be coded (missing id or text, bad date), which never stops the batch.
        """
        table = _as_table(batch)
        events, errors = self._inner.code_arrow(table)
        return Coded(events, errors)
