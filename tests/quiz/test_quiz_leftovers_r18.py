"""Quiz exports of r18: Canvas and Moodle quizzes of sheets that draw different questions (--count), the Canvas
assessment's identifier (by which its import updates a quiz it imported before), a responses file of quoted cells
separated by ';', and rosters holding staff or a test student."""

import xml.etree.ElementTree as ET
import zipfile

import pytest

from mlptutor.question_bank.assembly import assemble
from mlptutor.question_bank.grading import grade_quiz
from mlptutor.question_bank.loader import select_questions
from mlptutor.question_bank.responses import ResponsesError, read_responses
from mlptutor.question_bank.lms.moodle import moodle_xml
from mlptutor.question_bank.lms.qti import assessment_xml, write_qti
from mlptutor.roster import RosterError, Student, read_roster

Q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
STUDENTS = [Student(f"s{n}", f"S {n}") for n in range(6)]


def _groups(quiz):
    """(items, how many drawn) of each question group of the Canvas quiz."""
    root = ET.fromstring(assessment_xml(quiz, "a1"))
    return [(len(s.findall(Q + "item")), s.findtext(f".//{Q}selection_number"))
            for s in root.find(f".//{Q}section").findall(Q + "section")]


def test_a_canvas_quiz_of_drawn_sheets_draws_one_question_of_each_slot():
    """Two slots (concepts, counting) filled from three questions: Canvas got a group per question and gave every
    student three questions (4 points) for two-question sheets (3 points); one group per slot now."""
    pool = select_questions(ids=["fitting-diagnosis", "loss-activation-pairing", "count-parameters"])
    quiz = assemble(pool, STUDENTS, "w3", count=2)
    assert {len(quiz.for_student(s.id)) for s in STUDENTS} == {2} and len(quiz.questions) == 3
    assert _groups(quiz) == [(6, "1"), (6, "1")]  # every sheet's concepts question in one group, 6 variants


def test_a_slot_no_canvas_group_can_hold_is_the_first_sheets_question_for_everyone():
    """activation-values (2 points, an item per number) and activation-from-output (1 point) share a slot: no group
    holds both, so every Canvas student gets the first sheet's question of the slot; the quiz keeps two questions
    and the first sheet's points."""
    pool = select_questions(ids=["activation-values", "activation-from-output", "count-parameters"])
    quiz = assemble(pool, STUDENTS, "w3", count=2)
    first = [v.question for v in quiz.for_student("s0") if v.topic == "activations"]
    titles = [s.get("title") for s in ET.fromstring(assessment_xml(quiz, "a1")).find(f".//{Q}section")]
    assert len(titles) == 2 and titles[0].startswith(f"Q1 {first[0]}") and titles[1] == "Q2 count-parameters"
    assert {v.question for v in quiz.variants} == {"activation-values", "activation-from-output", "count-parameters"}


def test_a_moodle_bank_of_drawn_sheets_has_a_category_per_slot():
    """Moodle's bank had a category per question: a quiz drawing a random question from each gave every student
    three questions for two-question sheets. A slot's questions sit under the slot's category now."""
    pool = select_questions(ids=["fitting-diagnosis", "loss-activation-pairing", "count-parameters"])
    root = ET.fromstring(moodle_xml(assemble(pool, STUDENTS, "w3", count=2)))
    assert [c.findtext("category/text") for c in root.iter("question") if c.get("type") == "category"] == [
        "$course$/top/Quiz w3/Q1 concepts, 1 a sheet/fitting-diagnosis",
        "$course$/top/Quiz w3/Q1 concepts, 1 a sheet/loss-activation-pairing",
        "$course$/top/Quiz w3/Q2 count-parameters"]


def test_the_canvas_quiz_identifier_is_the_quizs_own(tmp_path):
    """The assessment's identifier was a hash of the seed and title alone: a make-up quiz of the same seed for other
    students, or a quiz of other questions, re-imported into Canvas replaced the quiz the class had taken."""
    pool = select_questions(ids=["fitting-diagnosis", "count-parameters"])
    made = {name: write_qti(assemble(questions, students, "w3"), tmp_path / name)[0] for name, questions, students in (
        ("exam", pool, STUDENTS), ("again", pool, STUDENTS), ("make-up", pool, STUDENTS[:1]),
        ("other", pool[:1], STUDENTS))}
    idents = {name: zipfile.ZipFile(path).namelist()[1].split("/")[0] for name, path in made.items()}
    assert idents["exam"] == idents["again"] and len(set(idents.values())) == 3


def test_responses_separated_by_semicolons_in_quoted_cells_are_told_as_such(tmp_path):
    """A spreadsheet quoting every cell of a ';'-separated file: '"student";"question";...' was 'cannot read the
    header (',' expected after '"')', a message naming no fix; it is the separator's line, as the unquoted one is."""
    path = tmp_path / "responses.csv"
    path.write_text('"student";"question";"answer";"response"\r\n"s0";"count-parameters";"total";"26"\r\n')
    quiz = assemble(select_questions(ids=["count-parameters"]), STUDENTS, "w3")
    with pytest.raises(ResponsesError, match="the columns are separated by ';': save it as comma-separated CSV"):
        read_responses(path, quiz)


def test_a_quiz_roster_exported_with_staff_or_a_test_student_makes_the_class_sheets(tmp_path):
    """Gradescope's Download Roster lists the instructor and TAs, Canvas's export the test student of Student View:
    every such roster stopped `mlptutor quiz` ('row 3: a Gradescope TA row (staff)'). A real problem still does."""
    gradescope, canvas = tmp_path / "gs.csv", tmp_path / "canvas.csv"
    gradescope.write_text("First Name,Last Name,SID,Email,Role\nAnn,Lee,1,ann@x.edu,Student\nTom,Ta,,tom@x.edu,TA\n"
                          "Ivy,Prof,,ivy@x.edu,Instructor\n")
    canvas.write_text('Student,ID,SIS User ID,SIS Login ID,Section\n"Lee, Ann",101,S1,alee,A\n'
                      '"Student, Test",105,,t,A\n')
    assert [s.id for s in read_roster(gradescope).strict_students(need_names=True)] == ["ann@x.edu"]
    assert [s.id for s in read_roster(canvas).strict_students(need_names=True)] == ["101"]
    canvas.write_text(canvas.read_text() + '"Ng, Cy",,,,A\n')
    with pytest.raises(RosterError, match="row 4: empty id"):
        read_roster(canvas).strict_students()


def test_quiz_grade_takes_a_slots_question_answered_on_another_sheets_variant(tmp_path):
    """A Canvas quiz of --count sheets draws each slot's question from every sheet's: a student answering the other
    question of their concepts slot (its variant named, as the item title gives it) got 0 for their own, never shown,
    and the answer went ungraded. The slot's question answered is graded in its place."""
    pool = select_questions(ids=["fitting-diagnosis", "loss-activation-pairing", "count-parameters"])
    quiz = assemble(pool, STUDENTS, "w3", count=2)
    mine = {v.question for v in quiz.for_student("s0")}
    other = next(v for v in quiz.variants if v.topic == "concepts" and v.question not in mine)
    (answer,) = other.answers
    keys = other.answers[answer]
    response = keys[0] if isinstance(keys, list) else keys
    path = tmp_path / "responses.csv"
    path.write_text("student,question,answer,response,variant\n"
                    f"s0,{other.question},{answer},{response},{other.student}\n")
    (report,) = [r for r in grade_quiz(quiz, read_responses(path, quiz)) if r.student == "s0"]
    assert {c.function for c in report.checks} == {other.question, "count-parameters"}
    assert sum(c.points for c in report.checks if c.function == other.question) == other.points


def test_the_questions_to_grade_look_each_slot_up_once(monkeypatch):
    """A sheet of 30 whose every slot was answered on another sheet's question: each question's slot is looked up
    once (it was looked up again for every question scanned: 210 lookups for 60 questions), and each own question
    is replaced by the one answered in its slot."""
    from mlptutor.question_bank import grading

    slots = {**{f"a{i}": ("t", i) for i in range(30)}, **{f"b{i}": ("t", i) for i in range(30)}}
    looked = []
    monkeypatch.setattr(grading, "_slot", lambda question: looked.append(question) or slots[question])
    own, answered = [f"a{i}" for i in range(30)][::-1], {f"b{i}" for i in range(30)}
    assert grading._questions(own, answered) == [f"b{i}" for i in range(30)][::-1]
    assert sorted(looked) == sorted(slots)


def test_the_canvas_quiz_reads_the_first_sheet_once(monkeypatch):
    """shared.groups gives each group's questions of the first sheet: Canvas's groups take them from it instead of
    reading the first sheet again (a scan of every variant: 2 -> 1 for --count sheets, 1 -> 0 for whole ones)."""
    from mlptutor.question_bank.variants import Quiz

    read = []
    for_student = Quiz.for_student
    monkeypatch.setattr(Quiz, "for_student", lambda quiz, student: read.append(student) or for_student(quiz, student))
    pool = select_questions(ids=["activation-values", "activation-from-output", "count-parameters"])
    for count, reads in ((2, 1), (None, 0)):
        quiz = assemble(pool, STUDENTS, "w3", count=count)
        read.clear()
        assessment_xml(quiz, "a1")
        assert len(read) == reads, count
