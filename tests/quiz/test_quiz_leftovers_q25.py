"""quiz25: a student's practice session typed as outsiders type, and the instructor's leftovers."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from mlptutor.grader.bulk.late import LateError, due_time
from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.practice import practice, practice_variant

NUMBER = {"name": "x", "type": "numeric", "label": "the loss", "decimals": 3, "atol": 0.001}
VECTOR = {"name": "v", "type": "vector", "label": "v", "decimals": 3, "atol": 0.001}


def _practise(tmp_path, args, lines):
    return CliRunner().invoke(practice, [*args, "--progress", str(tmp_path / "p.sqlite")],
                              input="".join(f"{line}\n" for line in lines))


def test_practice_question_poses_that_question_with_new_numbers_each_round(tmp_path):
    """practice had no way to pick one question: --topic softmax posed three questions in turn."""
    question = load_question("softmax-probabilities")
    rounds = [practice_variant(question, 5, n) for n in (0, 1)]
    result = _practise(tmp_path, ["--question", "softmax-probabilities", "--seed", "5", "--rounds", "2"],
                       ["next", "next"])
    assert result.exit_code == 0, result.output
    assert result.output.count(f"== {question.title}") == 2 == result.output.count("== ")
    assert rounds[0].statement != rounds[1].statement


@pytest.mark.parametrize("args, said", [
    (["--question", "no-such-question"], "unknown question 'no-such-question'"),
    (["--question", "softmax-jacobian", "--topic", "softmax"], "give --topic or --question, not both"),
])
def test_practice_question_refuses_in_one_line(tmp_path, args, said):
    result = _practise(tmp_path, args, [])
    assert result.exit_code == 1 and said in result.output and "Traceback" not in result.output, result.output


def test_a_thousands_comma_off_by_a_power_of_ten_says_both_readings_and_what_to_type():
    """'1,250' for 12.5 said '... write 1250 or 1.25: the digits are right, off by a factor of 10^2' (of 1250,
    one reading of two): now both readings, neither right, and to write it with no comma."""
    verdict = check_answer(NUMBER, 12.5, "1,250")
    assert verdict.readable and not verdict.correct  # a try: neither reading is right
    assert "1250 with a comma between thousands or 1.25 with a decimal comma" in verdict.message
    assert "no comma" in verdict.message and "10^" not in verdict.message, verdict.message


@pytest.mark.parametrize("spec, key, text, said", [
    (VECTOR, [0.031, 0.617, 0.306, 0.046], "3.1% 61.7% 30.6% 4.6%", "write the plain numbers, 0.031, 0.617, 0.306"),
    (VECTOR, [-1.03, 0.06], "-1,03 0,06", "write decimal points, -1.03"),  # was '1.03': the sign lost
    (NUMBER, 0.624, "0.624 0.1", "is 2 numbers: the question asks for one"),  # was 'is not a number'
])
def test_a_format_slip_costs_no_try_and_says_what_to_type(spec, key, text, said):
    verdict = check_answer(spec, key, text)
    assert not verdict.readable and said in verdict.message, verdict.message


@pytest.mark.parametrize("text", ["6.24 E-1", "6.24 e-1"])
def test_a_calculators_exponent_after_a_space_is_read(text):
    assert check_answer(NUMBER, 0.6236, text).correct


@pytest.mark.parametrize("zone, utc", [
    (timezone.utc, datetime(2026, 12, 20, 23, 59, 59, tzinfo=timezone.utc)),
    (ZoneInfo("America/Chicago"), datetime(2026, 12, 21, 5, 59, 59, tzinfo=timezone.utc)),  # CST, UTC-6
    (ZoneInfo("Asia/Tokyo"), datetime(2026, 12, 20, 14, 59, 59, tzinfo=timezone.utc)),
])
def test_a_due_date_alone_is_the_end_of_that_day_in_the_class_time_zone(zone, utc):
    """'--due 2026-12-20' was 2026-12-20 00:00 UTC: the whole day's work late (and in Chicago the evening of the
    19th). Now 23:59:59 of the 20th in --lms-time-zone, as Canvas reads a due date without a time."""
    assert due_time("2026-12-20", "--due", zone) == utc
    assert due_time("2026-12-20 00:00", "--due", zone) == datetime(2026, 12, 20, tzinfo=timezone.utc)  # a time: as said


def test_grade_reads_a_date_alone_in_lms_time_zone_for_due_and_the_roster(tmp_path):
    """Both places a date is written, --due and the roster's `due` column, take the end of the day in the zone."""
    from mlptutor.grader.bulk.run import _roster_dues
    from mlptutor.roster import read_roster

    roster = tmp_path / "roster.csv"
    roster.write_text("student,due\nann,2026-12-22\n")
    chicago = ZoneInfo("America/Chicago")
    own, _ = _roster_dues(read_roster(roster), due_time("2026-12-20", "--due", chicago), {}, chicago)
    assert own == {"ann": datetime(2026, 12, 23, 5, 59, 59, tzinfo=timezone.utc)}
    with pytest.raises(LateError, match="is not a date"):
        due_time("2026-02-30", "--due")


@pytest.mark.parametrize("points, maximum, told", [
    ("1,000", 1000.0, False),  # a thousands comma: was read 1.0, 'worth 1 points'
    ("4,5", 4.5, False),  # a decimal comma (a German locale's)
    ("1,000", 4.0, True),  # neither reading: still said, as 1000
])
def test_a_blackboard_columns_points_with_a_comma_are_read_both_ways(tmp_path, points, maximum, told):
    from mlptutor.grader.bulk.lms import item_scale
    from mlptutor.roster import read_roster

    path = tmp_path / "gc.csv"
    path.write_text(f'"Last Name","First Name","Username","Student ID","HW [Total Pts: {points} Score] |77"\n'
                    '"Lee","Ann","alee","S1",""\n')
    lines = item_scale("blackboard", read_roster(path), "HW", "77", maximum)
    assert bool(lines) == told and all("worth 1000 points" in line for line in lines), lines


def test_each_right_option_of_a_qti_choice_is_a_condition_of_its_own():
    """Two right options were one <or> of two <varequal>: Canvas's importer (qti_exporter choice_interaction.rb)
    reads the first option of each condition, so the second right option imported at weight 0. Canvas writes several
    right answers as one respcondition each (qti_items.rb numerical_resprocessing); so does the export now."""
    import xml.etree.ElementTree as ET

    from mlptutor.question_bank.lms.qti import assessment_xml
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.roster import Student

    q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
    students = [Student(f"s{i}", f"S {i}") for i in range(12)]
    quiz = build_quiz([load_question("loss-activation-pairing")], students, "q25")
    both = [v for v in quiz.variants if isinstance(v.answers["pairing"], list)]
    assert both  # a variant with two right options (softmax or sigmoid for two classes)
    items = {i.get("title"): i for i in ET.fromstring(assessment_xml(quiz, "a1")).iter(q + "item")}
    for variant in both:
        item = next(i for t, i in items.items() if t.endswith(f"· {variant.student}"))
        scoring = [c for c in item.iter(q + "respcondition") if c.find(f"{q}setvar") is not None]
        assert [[v.text for v in c.iter(q + "varequal")] for c in scoring] == [
            [f"option_{k}"] for k in variant.answers["pairing"]]
        assert all(c.find(f"{q}conditionvar/{q}varequal") is not None for c in scoring)  # no <or> around


def test_a_remade_quiz_names_the_questions_whose_sheets_changed(tmp_path):
    """An instructor who changed one question and made the quiz again was told which students' sheets differ, not in
    which question: now the note names it (here one variant edited in the recorded variants.json)."""
    import json

    from mlptutor.question_bank.commands import quiz

    args = ["--questions", "cross-entropy-loss,count-parameters", "--variants", "2", "--seed", "q25", "--format", "md",
            "--out", str(tmp_path)]
    assert CliRunner().invoke(quiz, args).exit_code == 0
    record = json.loads((tmp_path / "variants.json").read_text())
    edited = next(v for v in record["variants"] if v["question"] == "cross-entropy-loss" and v["student"] == "variant-02")
    edited["statement"] = f"Careful: {edited['statement']}"
    (tmp_path / "variants.json").write_text(json.dumps(record))
    again = CliRunner().invoke(quiz, args).output
    assert "of 1 of 2 students differs from those made before (variant-02) in question cross-entropy-loss" in again, again
