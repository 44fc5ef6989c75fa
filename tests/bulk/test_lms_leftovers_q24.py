"""quiz24's LMS leftovers: what the imports do with the files, read in their systems' documentation."""

import csv
import io

import pytest

from mlptutor.grader.bulk.lms import lms_csv
from mlptutor.grader.model import CheckResult, SubmissionReport
from mlptutor.roster import Student


def _report(student, points, maximum=4.0):
    rows = [CheckResult("softmax", "softmax", "values", "value", points, maximum, points == maximum)]
    return SubmissionReport(student, rows, content_hash=student, grader_version="t", isolation="none")


def _rows(fmt, reports, roster, **options):
    text, lines = lms_csv(fmt, "HW1", reports, roster, **options)
    return list(csv.reader(io.StringIO(text))), lines


@pytest.mark.parametrize("fmt, points, cell", [("canvas", 4 / 3, "1.33"), ("moodle", 4 / 3, "1.333333"),
                                               ("canvas", 3.125, "3.13"), ("canvas", 1.005, "1.01")])
def test_canvas_grades_are_written_at_the_2_decimals_canvas_saves(fmt, points, cell):
    """Canvas saves and shows a grade at 2 decimals: 1.333333 read back as 1.33, and a regrade to 1.334 showed as no
    change in the import's preview while changing the grade. Canvas's file is rounded there; others keep 6. A half
    rounds up: round() took eighth-point credit 3.125 to 3.12 (half to even) and 1.005 to 1 (its binary float)."""
    rows, _ = _rows(fmt, [_report("alee", points)], {"alee": Student("alee", "Ann Lee", sis_id="s1", login="alee")})
    assert rows[-1][-1] == cell, rows


def test_the_moodle_line_says_a_locked_grade_stops_the_import():
    """Moodle's CSV import stops at a grade that is locked (the item's Locked, a student's grade locked by hand or
    after its 'Locked after' date), importing nothing (load_data.php: 'gradelocked'): nothing said it."""
    from mlptutor.grader.bulk.lms import item_scale
    from mlptutor.roster import Roster

    [line] = item_scale("moodle", Roster(path=None, students=[], problems=[], named=True), "HW1", "", 4.0)
    assert "unlock the item and its grades" in line and "importing nothing" in line, line


def test_a_brightspace_file_with_non_ascii_usernames_has_the_bom_brightspaces_export_has():
    """'josé.núñez' and '李明' were written UTF-8 without a BOM: Excel, opening the file before the upload, read
    them in its local code page and saved 'josÃ©.nÃºÃ±ez' back. Brightspace writes its own grade export with a BOM
    (read back as '\\ufeffOrgDefinedId'); an ASCII-only file stays as it was."""
    roster = {"jn": Student("jn", "José Núñez", sis_id="0012", login="josé.núñez"),
              "lm": Student("lm", "李明", sis_id="0013", login="李明")}
    text, _ = lms_csv("brightspace", "HW1", [_report("jn", 3.0), _report("lm", 4.0)], roster)
    assert text.startswith("\ufeffOrgDefinedId,") and "#josé.núñez" in text and "#李明" in text, text
    assert text.encode("utf-8").decode("utf-8-sig").startswith("OrgDefinedId")
    ascii_text, _ = lms_csv("brightspace", "HW1", [_report("jn", 3.0)], {"jn": Student("jn", "Jo", sis_id="0012")})
    assert ascii_text.startswith("OrgDefinedId,")


@pytest.mark.parametrize("language, header, no", [("en", "Grade can be changed", "No"),
                                                  ("de", "Bewertung kann geändert werden", "Nein")])
def test_a_worksheet_saying_a_grade_cannot_be_changed_is_one_line(tmp_path, language, header, no):
    """Moodle's grading worksheet has 'Grade can be changed: No' for a grade locked or overridden in the gradebook;
    the upload skips that student ('The grade has been locked in the gradebook for ...'), and nothing said so; only
    the worksheet export was checked, while a --format moodle file with such a student stops Moodle's whole import."""
    from mlptutor.lms_rosters import WORKSHEET_HEADERS
    from mlptutor.roster import read_roster

    names = WORKSHEET_HEADERS[language]
    (tmp_path / "w.csv").write_text(f"{names['lms_id']},{names['name']},{names['grade']},{header}\n"
                                    f"Participant 101,Ann Lee,,Yes\nParticipant 102,Bo Roe,,{no}\n", encoding="utf-8")
    roster = read_roster(tmp_path / "w.csv")
    _, lines = lms_csv("moodle-worksheet", "HW1", [_report("101", 4.0), _report("102", 3.0)], roster.by_id(),
                       worksheet=roster.layout.headers)
    assert [line for line in lines if "Grade can be changed: No" in line] == [
        "1 with 'Grade can be changed: No' in the worksheet (their grade locked or overridden in Moodle's gradebook): "
        "its upload skips them, so unlock the grade (Grades > Grader report) before uploading: 102"], lines
    # the same worksheet as the roster of Moodle's CSV grade import: a locked grade stops it all (load_data.php)
    _, lines = lms_csv("moodle", "HW1", [_report("101", 4.0), _report("102", 3.0)], roster.by_id())
    assert [line for line in lines if "Grade can be changed: No" in line and "importing nothing" in line
            and line.endswith(": 102")], lines
