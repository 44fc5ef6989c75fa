"""grader/bulk/regrades.py: a run that grades students again says, per cause, whose grade moved from what to what
(a term's gradebook graded again with today's code replaced every grade without a word, 2026-12-07)."""

from mlptutor.grader.bulk.engine import ungradable_report
from mlptutor.grader.bulk.regrades import regrade_lines
from mlptutor.grader.model import CheckResult, SubmissionReport


def report(student, points, out_of, files="h1", version="v1", exercise="softmax", named=None):
    row = CheckResult(exercise, exercise, "value", "value", points, out_of, points == out_of, "")
    return SubmissionReport(student, [row], content_hash=files, grader_version=version, files=named or {})


def test_each_cause_is_one_line_naming_whose_grade_moved():
    before = {s.student: s for s in (report("ann", 4, 4), report("bob", 2, 4), report("cy", 1, 4),
                                     report("dee", 3, 4), report("eve", 4, 4))}
    after = [report("ann", 4, 5, version="v2"), report("bob", 2, 4, version="v2"),  # today's grader, same files
             report("cy", 3, 4, files="h2"),  # handed in again
             report("dee", 3, 4), report("new", 1, 4)]  # --regrade; a first grade is no regrade
    new_files, new_grader, same = regrade_lines(before, after, regrade=True)
    assert new_files == ("1 graded again for other code (new files, or the same ones read into other modules by a "
                         "newer mlptutor): 1 grade moved (cy 1 -> 3 of 4; rows: softmax.softmax value (1)), 0 "
                         "unchanged")
    assert new_grader.startswith("2 graded again with the same files by another grader version (v1 -> v2")
    assert new_grader.endswith("1 grade moved (ann 4 -> 4 (out of 4 -> 5); rows: softmax.softmax value (1)), "
                               "1 unchanged; the gradebook keeps the new grades only")
    assert same == "1 graded again with the same files by the same grader (--regrade): 0 grades moved, 1 unchanged"


def test_a_grade_moved_by_the_same_files_and_grader_is_called_a_fault():
    [line] = regrade_lines({"ann": report("ann", 4, 4)}, [report("ann", 3, 4)], regrade=True)
    assert line.endswith("1 grade moved (ann 4 -> 3 of 4; rows: softmax.softmax value (1)), 0 unchanged; the same "
                         "files and grader should give the same grade: report this")


def test_a_run_grading_only_new_students_says_nothing():
    assert regrade_lines({}, [report("ann", 4, 4)]) == []


def test_other_exercises_a_retried_submission_and_a_rename_are_causes_of_their_own_not_faults():
    """Review E (inst24): a run with another --exercises and no --regrade said 'graded again with the same files by
    the same grader (--regrade): 1 grade moved (101 2 -> 2 (out of 2 -> 4)) ...: report this'; a recorded ungradable
    submission that --regrade graded was a fault too; read24's renamed file (same content) was 'the same files'."""
    before = {"ann": report("ann", 2, 2), "bob": ungradable_report("bob", "h1", "v1", {"softmax": 4}, "no file"),
              "cy": report("cy", 1, 4)}
    after = [report("ann", 2, 2), report("ann", 1, 2, exercise="losses"), report("bob", 4, 4),
             report("cy", 1, 4, named={"softmax": ("src/softmax.py",)})]
    after = [SubmissionReport("ann", after[0].checks + after[1].checks, content_hash="h1", grader_version="v1"),
             *after[2:]]
    assert regrade_lines(before, after) == [
        "1 graded again that could not be graded before: 1 grade moved (bob 0 -> 4 of 4; rows: softmax.(file) graded "
        "(1), softmax.softmax value (1)), 0 unchanged",
        "1 graded again out of other exercises (another --exercises): 1 grade moved (ann 2 -> 3 (out of 2 -> 4); "
        "rows: losses.losses value (1)), 0 unchanged",
        "1 graded again with the same files under other names (moved or renamed; the feedback names them): 0 grades "
        "moved, 1 unchanged"]


def test_a_student_id_in_another_letter_case_is_the_same_student():
    """gradebook.record replaces 'Bob' by 'bob' (one student); the lines looked 'bob' up exactly and said nothing."""
    assert regrade_lines({"Bob": report("Bob", 1, 4)}, [report("bob", 2, 4, files="h2")]) == [
        "1 graded again for other code (new files, or the same ones read into other modules by a "
        "newer mlptutor): 1 grade moved (bob 1 -> 2 of 4; rows: softmax.softmax value (1)), 0 unchanged"]


def test_a_row_that_did_not_record_its_files_is_no_rename(tmp_path):
    """Review F of mend24: a gradebook row of before the `files` column (NULL) read as {} and, under --regrade, a
    notebook graded again was told 'the same files under other names (moved or renamed)'."""
    from mlptutor.grader.bulk.gradebook import Gradebook

    book = Gradebook(tmp_path / "grades.db")
    book.record("a1", SubmissionReport("ann", report("ann", 4, 4).checks, "h1", "v1", files=None))
    [old] = book.reports("a1")
    assert old.files is None
    [line] = regrade_lines({"ann": old}, [report("ann", 4, 4, named={"softmax": ("softmax.ipynb",)})], regrade=True)
    assert line.startswith("1 graded again with the same files by the same grader (--regrade)")


def test_ids_are_matched_as_the_gradebook_matches_them_ascii_letters_only():
    """Review F of mend24: the lines matched ids by casefold, gradebook.record by SQL's lower() (ASCII only): 'STRASSE'
    and 'straße' are two students there, and one regrade here."""
    assert regrade_lines({"STRASSE": report("STRASSE", 1, 4)}, [report("straße", 2, 4, files="h2")]) == []
    assert regrade_lines({"ÉVA": report("ÉVA", 1, 4)}, [report("éva", 2, 4, files="h2")]) == []
