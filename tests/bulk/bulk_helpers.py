"""Helpers shared by the bulk tests that read a gradebook from outside, as a second process would."""

import sqlite3
from pathlib import Path

from mlptutor.grader.bulk.gradebook import Gradebook


def committed(path: Path) -> int:
    """How many submissions the gradebook at `path` holds right now (0 before it exists)."""
    try:
        with sqlite3.connect(path, timeout=5) as db:
            return db.execute("SELECT count(*) FROM submissions").fetchone()[0]
    except sqlite3.Error:
        return 0


def book(path: Path, ignore=("seconds",)) -> dict:
    """Every assignment's reports as dicts without the `ignore` keys (what may differ between runs)."""
    with Gradebook(path) as gb:
        return {a: [{k: v for k, v in r.to_dict().items() if k not in ignore} for r in gb.reports(a)]
                for a in gb.assignments()}
