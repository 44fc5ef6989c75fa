"""Progress of a bulk run: a redrawn bar with counts and ETA on a terminal, plain lines otherwise.

Redraws are throttled (10 per second on a TTY, one line per 10% or 15
seconds otherwise) so that reporting costs nothing next to grading.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class Progress:
    """Counts of graded / failed submissions out of `total`; call `advance` per submission."""

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30):
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.width = width
        self.graded = self.failed = 0
        self.start = self._last = time.monotonic()
        self._last_tenth = 0

    @property
    def done(self) -> int:
        return self.graded + self.failed

    def advance(self, ok: bool) -> None:
        if ok:
            self.graded += 1
        else:
            self.failed += 1
        now = time.monotonic()
        tenth = 10 * self.done // max(self.total, 1)
        if self.tty and (now - self._last >= 0.1 or self.done == self.total):
            self._draw(now, "\r")
        elif not self.tty and (tenth > self._last_tenth or now - self._last >= 15 or self.done == self.total):
            self._last_tenth = tenth
            self._draw(now, "")

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.monotonic()) - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        failed = f", {self.failed} failed" if self.failed else ""
        return f"{self.done}/{self.total} graded{failed}  {rate:.1f}/s  eta {_clock(eta)}"

    def _draw(self, now: float, prefix: str) -> None:
        self._last = now
        text = self.line(now)
        if self.tty:
            filled = self.width * self.done // max(self.total, 1)
            text = f"[{'#' * filled}{'.' * (self.width - filled)}] {text}"
        self.stream.write(prefix + text + ("" if self.tty else "\n"))
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.done:
            self.stream.write("\n")
            self.stream.flush()
