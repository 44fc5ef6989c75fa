"""Per-topic mastery for `mlptutor practice`: an Elo rating per topic, the choice of the next problem,
and the local SQLite file that keeps them across sessions.

The model (Elo, as used for adaptive practice, on the logistic scale):

    P(solve) = sigmoid(rating[topic] - b[question]),  b = -1, 0, 1 for difficulty 1, 2, 3
    after a problem with outcome s in [0, 1]:  rating[topic] += K * (s - P(solve)),  K = 0.4

s is the mean over the problem's parts of 1 (right at the first try),
0.5 (right after a retry or a hint) or 0 (revealed or skipped). A topic's
mastery is P(solve) on a medium question, sigmoid(rating): 50 % for a new
topic.

The next problem: every topic gets a priority

    weakness (1 - mastery)  +  due (how far its review is: elapsed / interval, at most 1)

where the review interval grows with mastery (1 day at 0 %, 16 days at
100 %: interval = 2 ** (4 * mastery) days; a topic never practised is due).
The topic just practised is halved, so a session moves on between topics.
The highest priority wins (ties broken by the session's seed); within it,
the question whose difficulty is nearest to the one the student solves with
70 % chance (b = rating - logit(0.7)).
"""

from __future__ import annotations

import math
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

__all__ = ["K", "DIFFICULTY", "TopicState", "expected", "updated", "mastery", "priority", "choose_topic",
           "choose_question", "PracticeRecord", "read_record", "default_progress_path",
           "ProgressError"]

K = 0.4
DIFFICULTY = {1: -1.0, 2: 0.0, 3: 1.0}
TARGET = 0.7  # the success rate the chosen question aims at


@dataclass(frozen=True)
class TopicState:
    """One topic's record: rating, problems posed and solved, when last practised (UTC, or None)."""

    topic: str
    rating: float = 0.0
    posed: int = 0
    solved: int = 0
    last: datetime | None = None


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def expected(rating: float, difficulty: int) -> float:
    """P(solve) of a question of `difficulty` (1-3) for a topic rating."""
    return _sigmoid(rating - DIFFICULTY[difficulty])


def updated(rating: float, difficulty: int, outcome: float) -> float:
    """The rating after a problem with `outcome` in [0, 1]."""
    return rating + K * (outcome - expected(rating, difficulty))


def mastery(state: TopicState) -> float:
    return _sigmoid(state.rating)


def _interval_days(state: TopicState) -> float:
    return 2.0 ** (4.0 * mastery(state))


def due(state: TopicState, now: datetime) -> float:
    """How far the topic's review is, from 0 (just practised) to 1 (due, or never practised)."""
    if state.last is None:
        return 1.0
    elapsed_days = (now - state.last).total_seconds() / 86400.0
    return min(1.0, max(0.0, elapsed_days / _interval_days(state)))


def priority(state: TopicState, now: datetime, previous: str | None) -> float:
    score = (1.0 - mastery(state)) + due(state, now)
    return score / 2 if state.topic == previous else score


def choose_topic(states: list[TopicState], now: datetime, previous: str | None, chooser: np.random.Generator) -> str:
    """The topic with the highest priority (ties broken by `chooser`)."""
    scores = [round(priority(s, now, previous), 9) for s in states]
    best = [s.topic for s, score in zip(states, scores) if score == max(scores)]
    return best[int(chooser.integers(len(best)))]


def choose_question(questions: list, rating: float, chooser: np.random.Generator):
    """Of `questions` (with .difficulty), one whose difficulty is nearest the 70 % target for `rating`."""
    target = rating - math.log(TARGET / (1 - TARGET))
    gaps = [abs(DIFFICULTY[q.difficulty] - target) for q in questions]
    nearest = [q for q, gap in zip(questions, gaps) if gap == min(gaps)]
    return nearest[int(chooser.integers(len(nearest)))]


class ProgressError(RuntimeError):
    """The progress file cannot be opened or written (message is one line)."""


def default_progress_path() -> Path:
    """$XDG_DATA_HOME/mlptutor/progress.sqlite (default ~/.local/share/mlptutor/progress.sqlite)."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "mlptutor" / "progress.sqlite"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS topics (
    topic TEXT PRIMARY KEY, rating REAL NOT NULL, posed INTEGER NOT NULL, solved INTEGER NOT NULL, last TEXT
);
CREATE TABLE IF NOT EXISTS attempts (
    at TEXT NOT NULL, topic TEXT NOT NULL, question TEXT NOT NULL, outcome REAL NOT NULL, rating REAL NOT NULL
);
"""


class PracticeRecord:
    """The practice record in a local SQLite file; every problem is committed when it ends."""

    def __init__(self, path: str | Path, read_only: bool = False):
        """The record at `path`, made when missing; `read_only` opens an existing file as it is (see `read_record`)."""
        self.path = Path(path)
        try:
            if read_only:
                self._db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
                self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # not a database: said here
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path)
                self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise ProgressError(f"cannot open the practice progress file {self.path}: {exc} "
                                "(pass another with --progress)") from None

    def empty(self) -> bool:
        """Whether no problem has been recorded (a read-only file may lack the tables too)."""
        try:
            return self._db.execute("SELECT count(*) FROM topics").fetchone()[0] == 0
        except sqlite3.OperationalError:
            return True

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> PracticeRecord:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def state(self, topic: str) -> TopicState:
        row = self._db.execute("SELECT rating, posed, solved, last FROM topics WHERE topic = ?", (topic,)).fetchone()
        if row is None:
            return TopicState(topic)
        rating, posed, solved, last = row
        return TopicState(topic, rating, posed, solved, datetime.fromisoformat(last) if last else None)

    def states(self) -> list[TopicState]:
        topics = [t for (t,) in self._db.execute("SELECT topic FROM topics ORDER BY topic")]
        return [self.state(t) for t in topics]

    def record(self, topic: str, question: str, difficulty: int, outcome: float, now: datetime) -> TopicState:
        """Update the topic's rating with one problem's outcome and commit."""
        old = self.state(topic)
        new = TopicState(topic, updated(old.rating, difficulty, outcome), old.posed + 1,
                         old.solved + (outcome == 1.0), now)
        stamp = now.astimezone(timezone.utc).isoformat(timespec="seconds")
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO topics VALUES (?, ?, ?, ?, ?)",
                                 (topic, new.rating, new.posed, new.solved, stamp))
                self._db.execute("INSERT INTO attempts VALUES (?, ?, ?, ?, ?)",
                                 (stamp, topic, question, outcome, new.rating))
        except sqlite3.Error as exc:
            raise ProgressError(f"cannot write the practice progress file {self.path}: {exc}") from None
        return new


def read_record(path: str | Path) -> PracticeRecord | None:
    """The record at `path` to read (`--stats`), or None when there is none yet: asking never makes a file."""
    if not Path(path).exists():
        return None
    record = PracticeRecord(path, read_only=True)
    if record.empty():
        record.close()
        return None
    return record
