"""LMS documents as an outsider finds them, r23 (lms23)."""

from bulk_helpers import lms_export


def test_roster_students_without_a_grade_are_one_line_with_every_id(tmp_path):
    """A class of 30 with 4 not graded printed 4 lines 'sNN: on the roster, not graded; ...' (40 lines in a class of
    300): now one line, the count, what the file does about them, then every id (none hidden)."""
    roster = "id,name\n" + "".join(f"s{i:02d},N {i}\n" for i in range(30))
    result, _ = lms_export(tmp_path, "canvas", roster, grades=[(f"s{i:02d}", 3.0) for i in range(26)])
    said = [line for line in result.output.splitlines() if "not graded" in line]
    assert said == ["  4 on the roster, not graded: no canvas row, so the LMS keeps the grade it has (enter 0 there if a "
                    "missing submission scores 0): s26, s27, s28, s29"]
