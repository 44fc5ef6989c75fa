"""Round 9 outsider: a course made by nbgrader's own commands end to end (quickstart, generate_assignment,
release_assignment to an exchange, fetch_assignment, submit, collect), graded by `mlptutor grade COURSE` and
by `nbgrader autograde`: the same points; nbgrader's own timestamp.txt dates the submissions against the due
date `nbgrader db assignment add` set; mlptutor's export and feedback go back through `nbgrader export` and
`nbgrader release_feedback`.

nbgrader names a submission after the operating system's user, so both students submit as the user running
the tests, and their inbound folders are renamed <student>+<assignment>+<timestamp>+<random>, as a multi-user
exchange holds them."""

import csv
from pathlib import Path

import nbformat
import pytest
from nb_helpers import SOLUTIONS, run_cli, run_nbgrader

from mlptutor.grader.bulk import discovery

WRONG_SOFTMAX = "import numpy as np\n\ndef softmax(z):\n    return np.exp(z)\n"


def _config(course: Path, exchange: Path) -> None:
    with open(course / "nbgrader_config.py", "a") as config:
        config.write(f"c.Exchange.root = {str(exchange)!r}\n")


def _work(folder: Path, wrong: set[str]) -> None:
    """A student's answers written into the fetched notebooks' solution cells."""
    for path in folder.glob("*.ipynb"):
        notebook = nbformat.read(path, 4)
        for cell in notebook.cells:
            if cell.metadata.get("nbgrader", {}).get("solution"):
                cell.source = WRONG_SOFTMAX if path.stem in wrong else (SOLUTIONS / f"{path.stem}.py").read_text()
        nbformat.write(notebook, path)


def _submit(tmp_path: Path, exchange: Path, student: str, wrong: set[str]) -> str:
    """Fetch, work and submit as `student`; the submission's time as nbgrader wrote it."""
    home = tmp_path / "home" / student
    home.mkdir(parents=True)
    run_nbgrader(home, "fetch_assignment", "hw1", "--course", "mlp101", f"--Exchange.root={exchange}")
    _work(home / "hw1", wrong)
    before = set((exchange / "mlp101" / "inbound").iterdir())
    run_nbgrader(home, "submit", "hw1", "--course", "mlp101", f"--Exchange.root={exchange}")
    (made,) = set((exchange / "mlp101" / "inbound").iterdir()) - before
    user, assignment, when, nonce = made.name.split("+")
    made.rename(made.with_name(f"{student}+{assignment}+{when}+{nonce}"))
    return when


def _rows(path: Path) -> dict[str, dict]:
    return {r.get("student") or r["student_id"]: r for r in csv.DictReader(path.read_text().splitlines())}


# a dozen nbgrader commands (each a Python start with nbgrader's imports) and autograde's kernels: 3 min of wall
# clock (68 s CPU) at load 6 on 2 cores, over the default 300 s when the machine is busier
@pytest.mark.timeout(1200)
def test_a_course_made_by_nbgraders_commands_grades_as_autograde_does(tmp_path):
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    run_nbgrader(tmp_path, "quickstart", "mlp101")
    course = tmp_path / "mlp101"
    _config(course, exchange)
    run_cli("release", "--format", "nbgrader", "--course", course, "--assignment", "hw1",
            "--exercise", "softmax", "--exercise", "losses")
    run_nbgrader(course, "generate_assignment", "hw1")
    run_nbgrader(course, "release_assignment", "hw1")
    ann = _submit(tmp_path, exchange, "ann", set())
    bob = _submit(tmp_path, exchange, "bob", {"softmax"})
    run_nbgrader(course, "collect", "hw1")
    assert (course / "submitted" / "bob" / "hw1" / "timestamp.txt").read_text() == bob
    run_nbgrader(course, "db", "assignment", "add", "hw1", f"--duedate={ann}")  # ann on the dot, bob after
    run_nbgrader(course, "db", "student", "add", "bob", "--first-name=Bøb", "--last-name=Ødegård")

    graded = run_cli("grade", course, "--out", tmp_path / "out", "--workers", "1", "--late-penalty", "per-day:10%",
                     "--allow-weak-sandbox")
    assert "due date of hw1" in graded.output and "from nbgrader's gradebook.db" in graded.output
    ours = _rows(tmp_path / "out" / "grades.csv")
    assert ours["ann"]["late"] == "" and float(ours["bob"]["late"]) > 0  # seconds late: not shown as 0 hours
    assert float(ours["bob"]["penalty"]) == round(0.1 * float(ours["bob"]["max_score"]), 6)

    run_nbgrader(course, "autograde", "hw1")
    run_nbgrader(course, "export", "--to", "autograded.csv")
    theirs = _rows(course / "autograded.csv")
    assert {s: float(r["raw_score"]) for s, r in theirs.items()} == {s: float(r["total"]) for s, r in ours.items()}
    assert {float(r["max_score"]) for r in theirs.values()} == {float(ours["ann"]["max_score"])}
    assert float(ours["bob"]["total"]) < float(ours["ann"]["total"])

    run_cli("export", "--format", "nbgrader-db", "--gradebook", tmp_path / "out" / "gradebook.sqlite",
            "--nbgrader-course", course)
    run_nbgrader(course, "export", "--to", "exported.csv")
    exported = _rows(course / "exported.csv")
    assert {s: float(r["score"]) for s, r in exported.items()} == {s: float(r["final"]) for s, r in ours.items()}
    assert (exported["bob"]["first_name"], exported["bob"]["last_name"]) == ("Bøb", "Ødegård")

    released = run_nbgrader(course, "release_feedback", "hw1")
    assert released.stdout.count("Releasing feedback") + released.stderr.count("Releasing feedback") == 4
    assert len(list((exchange / "mlp101" / "feedback").glob("*.html"))) == 4


def test_the_student_folders_are_listed_once(tmp_path, monkeypatch):
    for student in ("ann", "bob"):
        (tmp_path / "submitted" / student / "hw1").mkdir(parents=True)
        (tmp_path / "submitted" / student / "hw1" / "softmax.py").write_text("def softmax(z):\n    return z\n")
    listed = []
    real = Path.iterdir

    def counting(path):
        if path.name == "submitted":
            listed.append(path)
        return real(path)

    monkeypatch.setattr(Path, "iterdir", counting)
    found = discovery.discover(tmp_path, {"softmax"})
    assert found.assignment == "hw1" and [s.student for s in found.submissions] == ["ann", "bob"]
    assert len(listed) == 1
