"""grader/bulk/regrades.py: a run that grades students again says, per cause, whose grade moved from what to what
(a term's gradebook graded again with today's code replaced every grade without a word, 2026-12-07)."""

from mlptutor.grader.bulk.regrades import regrade_lines
from mlptutor.grader.model import CheckResult, SubmissionReport


def report(student, points, out_of, files="h1", version="v1"):
    row = CheckResult("softmax", "softmax", "value", "value", points, out_of, points == out_of, "")
    return SubmissionReport(student, [row], content_hash=files, grader_version=version)


def test_each_cause_is_one_line_naming_whose_grade_moved():
    before = {s.student: s for s in (report("ann", 4, 4), report("bob", 2, 4), report("cy", 1, 4),
                                     report("dee", 3, 4), report("eve", 4, 4))}
    after = [report("ann", 4, 5, version="v2"), report("bob", 2, 4, version="v2"),  # today's grader, same files
             report("cy", 3, 4, files="h2"),  # handed in again
             report("dee", 3, 4), report("new", 1, 4)]  # --regrade; a first grade is no regrade
    new_files, new_grader, same = regrade_lines(before, after)
    assert new_files == ("1 graded again for new files: 1 grade moved (cy 1 -> 3 of 4; rows: softmax.softmax value "
                         "(1)), 0 unchanged")
    assert new_grader.startswith("2 graded again with the same files by another grader version (v1 -> v2")
    assert new_grader.endswith("1 grade moved (ann 4 -> 4 (out of 4 -> 5); rows: softmax.softmax value (1)), "
                               "1 unchanged; the gradebook keeps the new grades only")
    assert same == "1 graded again with the same files by the same grader (--regrade): 0 grades moved, 1 unchanged"


def test_a_grade_moved_by_the_same_files_and_grader_is_called_a_fault():
    [line] = regrade_lines({"ann": report("ann", 4, 4)}, [report("ann", 3, 4)])
    assert line.endswith("1 grade moved (ann 4 -> 3 of 4; rows: softmax.softmax value (1)), 0 unchanged; the same "
                         "files and grader should give the same grade: report this")


def test_a_run_grading_only_new_students_says_nothing():
    assert regrade_lines({}, [report("ann", 4, 4)]) == []
