"""The grader's results as plain data: what every check produces and every consumer reads.

A submission's report is a flat list of CheckResult rows; the totals per
function, exercise and submission are sums over them (`total`), never
stored twice, and `group` is the one grouping by exercise and function.
The same rows feed terminal feedback, JSON/Markdown/HTML, the SQLite
gradebook and the exports.

JSON schema (`SubmissionReport.to_dict`, version 1, stable):

    {"schema": 1, "student": str, "content_hash": str, "grader_version": str,
     "isolation": str, "seconds": float, "score": float, "max_score": float,
     "exercises": [{"name": str, "score": float, "max_score": float,
                    "functions": [{"name": str, "score": float, "max_score": float,
                                   "checks": [CheckResult fields ...]}]}],
     "problems": [str, ...], "output": str, "files": {exercise: [path, ...]}}

`output` is what the student's code printed (stdout + stderr), capped. `files` names the files an exercise was
read from when they are not `<exercise>.py` (src/softmax.py, a cell of hw.ipynb): the headings name them, as the
rows' places do (grader/feedback/places.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("load", "shape", "value", "gradient", "symbolic", "statistical", "behaviour", "hygiene", "edge")
# what each kind checks, in a first-year student's words (the feedback's labels, feedback.summary.check_label):
# "hygiene" said nothing to them
KIND_WORDS = {"load": "file", "shape": "shape", "value": "value", "gradient": "gradient", "symbolic": "formula",
              "statistical": "statistics", "behaviour": "behaviour", "hygiene": "robustness", "edge": "edge-case"}


@dataclass(frozen=True)
class CheckResult:
    """One judged check of one function.

    `message` says what is wrong (or what was verified) without revealing the
    expected values of hidden inputs; `mistake` is a catalogue id such as
    "softmax-no-max-shift" when a known mistake explains the failure, and
    `hint` the nudge that goes with it.
    """

    exercise: str
    function: str
    check: str
    kind: str
    points: float
    max_points: float
    passed: bool
    message: str = ""
    mistake: str | None = None
    hint: str | None = None
    output: str = ""

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown check kind {self.kind!r}; expected one of {KINDS}")
        if not 0 <= self.points <= self.max_points:
            raise ValueError(f"points {self.points} outside [0, {self.max_points}] for {self.check}")


MISSING = "submitted"  # check name of the row an exercise without a file gets (kind "load")
CELLS = "cells"  # check name of the row of a notebook one of whose cells raised (kind "load"; the others ran)
# the ids of a function none of whose calls ran (its file raised on import, or lacks it): one story for every row;
# and of an exercise whose file the submission lacks
NOT_LOADED, MISSING_FUNCTION, MISSING_FILE = "relation:not-loaded", "relation:missing-function", "relation:missing-file"


def missing_file(exercise: str, max_points: float) -> CheckResult:
    """The row of an exercise the submission has no file for: 0 of its full points, so a student who hands
    in one perfect file does not score 100% (every report of an assignment has the same maximum)."""
    return CheckResult(exercise=exercise, function="(file)", check=MISSING, kind="load", points=0.0,
                       max_points=max_points, passed=False, message=f"{exercise}.py is missing from the submission",
                       mistake=MISSING_FILE, hint=f"hand in {exercise}.py (its stub from the exercises, filled in)")


def total(rows) -> tuple[float, float]:
    """(points, max points) of `rows`, summed in order and rounded to 6 decimals: every total of a report."""
    return round(sum(r.points for r in rows), 6), round(sum(r.max_points for r in rows), 6)


@dataclass(frozen=True)
class Group:
    """The rows of one exercise or function, in report order, and their `total`; an exercise's `parts`
    are its functions, in first-seen order (its rows are theirs, function by function)."""

    name: str
    rows: tuple[CheckResult, ...]
    score: float
    max_score: float
    parts: tuple[Group, ...] = ()


def group(rows) -> list[Group]:
    """`rows` grouped exercise -> function, each in first-seen order, with their totals."""
    by_exercise: dict[str, dict[str, list[CheckResult]]] = {}
    for row in rows:
        by_exercise.setdefault(row.exercise, {}).setdefault(row.function, []).append(row)
    exercises = []
    for name, functions in by_exercise.items():
        parts = tuple(Group(function, tuple(fn_rows), *total(fn_rows)) for function, fn_rows in functions.items())
        grouped = tuple(r for part in parts for r in part.rows)
        exercises.append(Group(name, grouped, *total(grouped), parts))
    return exercises


@dataclass
class SubmissionReport:
    """Everything graded for one student in one run."""

    student: str
    checks: list[CheckResult] = field(default_factory=list)
    content_hash: str = ""
    grader_version: str = ""
    isolation: str = ""
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)  # one-line notes: unknown files, skipped items
    output: str = ""  # the student's captured stdout + stderr, capped
    # exercise -> its files, when not <exercise>.py; None: not recorded (a gradebook row of before the column)
    files: dict[str, tuple[str, ...]] | None = field(default_factory=dict)

    @property
    def score(self) -> float:
        return total(self.checks)[0]

    @property
    def max_score(self) -> float:
        return total(self.checks)[1]

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def to_dict(self) -> dict:
        return {
            "schema": 1,
            "student": self.student,
            "content_hash": self.content_hash,
            "grader_version": self.grader_version,
            "isolation": self.isolation,
            "seconds": round(self.seconds, 4),
            "score": self.score,
            "max_score": self.max_score,
            "exercises": [
                {
                    "name": exercise.name,
                    "score": exercise.score,
                    "max_score": exercise.max_score,
                    "functions": [
                        {"name": fn.name, "score": fn.score, "max_score": fn.max_score,
                         "checks": [asdict(c) for c in fn.rows]}
                        for fn in exercise.parts
                    ],
                }
                for exercise in group(self.checks)
            ],
            "problems": list(self.problems),
            "output": self.output,
            "files": {name: list(paths) for name, paths in (self.files or {}).items()},
        }

    @classmethod
    def from_dict(cls, data: dict) -> SubmissionReport:
        checks = [
            CheckResult(**c)
            for ex in data["exercises"]
            for fn in ex["functions"]
            for c in fn["checks"]
        ]
        return cls(
            student=data["student"],
            checks=checks,
            content_hash=data.get("content_hash", ""),
            grader_version=data.get("grader_version", ""),
            isolation=data.get("isolation", ""),
            seconds=data.get("seconds", 0.0),
            problems=list(data.get("problems", [])),
            output=data.get("output", ""),
            files={name: tuple(paths) for name, paths in data.get("files", {}).items()},
        )
