"""The LMS exports accept exactly what `quiz grade` accepts, by each format's documented matching rule.

Moodle numerical / cloze NUMERICAL / STACK NumAbsolute: accepted when
|x - key| <= tolerance. Canvas QTI numerical_question: accepted when
vargte <= x <= varlte. Every response the sheet accepts (the printed key, a
trailing zero, scientific notation, a value near the tolerance's edge) must
be accepted, and a response well outside the tolerance refused; the weights
must give the sheet's points and partial credit.
"""

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from fractions import Fraction

import pytest

from mlptutor.roster import Student
from mlptutor.question_bank.lms import shared
from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import question_ids, select_questions
from mlptutor.question_bank.lms.moodle import moodle_xml
from mlptutor.question_bank.lms.qti import assessment_xml
from mlptutor.question_bank.templating import num
from mlptutor.question_bank.variants import Quiz, Variant, build_quiz

Q = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
BLANK = re.compile(r"\{(\d+):(NUMERICAL|MULTICHOICE):((?:\\.|[^}\\])*)\}")
# Moodle's cloze parser (question/type/multianswer/questiontype.php): integer weights, and a NUMERICAL
# alternative is NUMBER(:NUMBER)? with NUMBER = -?(digits[.,]?digits*|[.,]digits)([eE][-+]?digits)?
MOODLE_NUMBER = re.compile(r"-?(?:[0-9]+[.,]?[0-9]*|[.,][0-9]+)(?:[eE][-+]?[0-9]+)?")
# Canvas writes numerical bounds as plain decimals; New Quizzes drops items whose numbers use exponents
PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


@pytest.fixture(scope="module")
def quiz():
    students = [Student(f"s{i}", f"S {i}") for i in range(1, 4)]
    return build_quiz(select_questions(ids=question_ids()), students, "lms")


def _candidates(value: float, tol: float, decimals: int) -> list[str]:
    printed = num(value, decimals)
    texts = [printed, printed + "0" if "." in printed else printed + ".0", f"{value:.{max(decimals, 1) - 1}e}",
             f"{value:.12g}"]
    if tol > 0:
        texts += [f"{value + 0.9 * tol:.15g}", f"{value - 0.9 * tol:.15g}"]
    return texts


def _numeric_spec(variant: Variant, part: shared.Part) -> dict:
    spec = next(s for s in variant.answer_specs if s["name"] == part.answer)
    return {**spec, "type": "numeric", "name": "x"}


def _check_rule(variant: Variant, part: shared.Part, accepts) -> int:
    """Every response the sheet accepts is accepted by `accepts(text)`; far ones are refused by both."""
    spec = _numeric_spec(variant, part)
    checked = 0
    for text in _candidates(part.value, part.tolerance, spec["decimals"]):
        if check_answer(spec, part.value, text).correct:
            assert accepts(text), f"{variant.question} {part.answer} {part.where}: {text} refused by the LMS"
            checked += 1
    far = part.value + 2 * part.tolerance + 10 ** -spec["decimals"]
    assert not check_answer(spec, part.value, repr(far)).correct and not accepts(repr(far))
    return checked


def _by_name(quiz: Quiz) -> dict[str, Variant]:
    number = {q: i for i, q in enumerate(quiz.questions, start=1)}
    return {shared.item_name(number[v.question], v): v for v in quiz.variants}


def _within(key: str, tol: str):
    return lambda text: abs(float(text) - float(key)) <= float(tol)


def test_moodle_accepts_every_within_tolerance_answer(quiz):
    root = ET.fromstring(moodle_xml(quiz))
    variants = _by_name(quiz)
    checked = 0
    for item in root.findall("question"):
        if item.get("type") == "category":
            continue
        variant = variants[item.find("name/text").text]
        parts = shared.parts(variant)
        assert float(item.find("defaultgrade").text) == variant.points
        if item.get("type") == "numerical":
            (part,) = parts
            answer = item.find("answer")
            checked += _check_rule(variant, part, _within(answer.find("text").text,
                                                          answer.find("tolerance").text))
        elif item.get("type") == "cloze":
            blanks = BLANK.findall(item.find("questiontext/text").text)
            assert len(blanks) == len(parts)
            weights = [int(w) for w, _, _ in blanks]
            assert weights == shared.integer_weights(variant)
            assert [Fraction(w, sum(weights)) for w in weights] == [p.weight / variant.points for p in parts]
            for (_, kind, body), part in zip(blanks, parts):
                if kind == "NUMERICAL":
                    key, tol = body.lstrip("=").split(":")
                    assert MOODLE_NUMBER.fullmatch(key) and MOODLE_NUMBER.fullmatch(tol), body
                    checked += _check_rule(variant, part, _within(key, tol))
        elif item.get("type") == "stack":
            trees = item.findall("prt")
            assert len(trees) == len(parts)
            weights = [int(t.find("value").text) for t in trees]
            assert [Fraction(w, sum(weights)) for w in weights] == [p.weight / variant.points for p in parts]
            for tree, part in zip(trees, parts):
                node = tree.find("node")
                if part.kind == "number":
                    assert node.find("answertest").text == "NumAbsolute"
                    checked += _check_rule(variant, part, _within(node.find("tans").text,
                                                                  node.find("testoptions").text))
                else:
                    assert node.find("answertest").text == "AlgEquiv" and "**" not in node.find("tans").text
    assert checked > 100


def _qti(quiz: Quiz) -> ET.Element:
    return ET.fromstring(assessment_xml(quiz, "a1"))


def _fields(item: ET.Element) -> dict:
    return {f.find(Q + "fieldlabel").text: f.find(Q + "fieldentry").text for f in item.iter(Q + "qtimetadatafield")}


def test_canvas_accepts_every_within_tolerance_answer(quiz):
    variants = _by_name(quiz)
    checked = 0
    for section in _qti(quiz).findall(f"{Q}assessment/{Q}section/{Q}section"):
        items = section.findall(Q + "item")
        titles = [re.sub(r" part \d+ of \d+$", "", item.get("title")) for item in items]
        if section.find(Q + "selection_ordering") is None:
            (variant,) = {variants[t].student: variants[t] for t in titles}.values()
            parts = shared.parts(variant)
            assert len(items) == len(parts)
            points = sum(Fraction(_fields(i)["points_possible"]) for i in items)
            assert points == Fraction(str(variant.points))  # exactly: thirds are apportioned, not each rounded
        else:
            parts_of = [shared.parts(variants[t]) for t in titles]
            parts = [p for (p,) in parts_of]
        for item, part, title in zip(items, parts, titles):
            question_type = _fields(item)["question_type"]
            if part.kind == "number":
                assert question_type == "numerical_question"
                bounds = [item.find(f".//{Q}{tag}").text for tag in ("vargte", "varlte", "varequal")]
                assert all(PLAIN_DECIMAL.fullmatch(b) for b in bounds), bounds
                low, high = float(item.find(f".//{Q}vargte").text), float(item.find(f".//{Q}varlte").text)
                checked += _check_rule(variants[title], part, lambda text: low <= float(text) <= high)
            elif part.kind == "formula":
                assert question_type == "essay_question"
                assert "mlptutor quiz grade" in "".join(item.find(f"{Q}presentation").itertext())
    assert checked > 100


def _one_number(value: float, rtol: float, atol: float, decimals: int) -> Quiz:
    spec = {"name": "y", "type": "numeric", "label": "y", "rtol": rtol, "atol": atol, "decimals": decimals}
    variant = Variant("q", "s1", "made-up", "0", "T", "losses", 2, [spec], {}, {"y": value}, {}, "Find $y$.", "Done.")
    return Quiz("T", "q", [Student("s1", "S")], ["made-up"], [variant])


@pytest.mark.parametrize("typed", ["0.109", "0.11", "0.1090", "1.09e-1"])
def test_the_issue_example_is_accepted_by_both(typed):
    quiz = _one_number(0.1094, 0.0, 0.001, 3)
    spec = quiz.variants[0].answer_specs[0]
    assert check_answer(spec, 0.1094, typed).correct
    answer = ET.fromstring(moodle_xml(quiz)).find("question[@type='numerical']/answer")
    assert abs(float(typed) - float(answer.find("text").text)) <= float(answer.find("tolerance").text)
    item = _qti(quiz).find(f".//{Q}item")
    assert float(item.find(f".//{Q}vargte").text) <= float(typed) <= float(item.find(f".//{Q}varlte").text)


def test_an_answer_the_sheet_refuses_is_refused_by_both():
    quiz = _one_number(0.1094, 0.0, 0.001, 3)
    answer = ET.fromstring(moodle_xml(quiz)).find("question[@type='numerical']/answer")
    assert abs(0.1106 - float(answer.find("text").text)) > float(answer.find("tolerance").text)
    item = _qti(quiz).find(f".//{Q}item")
    assert float(item.find(f".//{Q}varlte").text) < 0.1106


def test_partial_credit_per_entry_is_the_same_in_quiz_grade():
    from mlptutor.question_bank.grading import grade_variant

    spec = {"name": "v", "type": "vector", "label": "v", "rtol": 0.0, "atol": 0.001, "decimals": 3}
    variant = Variant("q", "s1", "made-up", "0", "T", "losses", 3, [spec], {}, {"v": [0.1, 0.2, 0.3]}, {}, "S", "D")
    (check,) = grade_variant(variant, {"v": "0.1 0.2 0.9"})
    assert check.points == pytest.approx(2) and not check.passed
    assert [p.weight for p in shared.parts(variant)] == [1, 1, 1]
    assert shared.integer_weights(variant) == [1, 1, 1]


def test_a_variant_column_grades_against_the_sheet_the_lms_item_names(tmp_path):
    from mlptutor.question_bank.grading import grade_quiz
    from mlptutor.question_bank.loader import load_question
    from mlptutor.question_bank.responses import read_responses

    students = [Student(f"s{i}", f"S {i}") for i in range(1, 9)]
    quiz = build_quiz([load_question("activation-derivative-formula")], students, "canvas")
    activation = {v.student: v.params["activation"] for v in quiz.variants}
    owner = next(s for s in activation if activation[s] != activation["s1"])  # a sheet with the other activation
    formula = quiz.for_student(owner)[0].answers["derivative"]
    other = next(s for s in activation if s not in ("s1", owner))
    path = tmp_path / "canvas.csv"
    path.write_text("student,question,answer,response,variant\n"
                    f"s1,activation-derivative-formula,derivative,{formula},{owner}\n"
                    f"{owner},activation-derivative-formula,derivative,{formula},\n"
                    f"{other},activation-derivative-formula,derivative,{formula},nobody\n")
    read = read_responses(path, quiz)
    assert [(p.line, "variant 'nobody'" in p.message) for p in read.problems] == [(4, True)], read.problems
    reports = {r.student: r for r in grade_quiz(quiz, read)}
    assert reports["s1"].checks[0].passed  # right on the variant the LMS gave, not on s1's own
    assert reports[owner].checks[0].passed


def test_a_class_s_formula_answers_are_judged_in_one_sandbox(tmp_path, monkeypatch):
    from mlptutor.grader.checks import symbolic
    from mlptutor.question_bank.grading import grade_quiz
    from mlptutor.question_bank.loader import load_question
    from mlptutor.question_bank.responses import read_responses

    def no_sandbox_per_answer(*args, **kwargs):
        raise AssertionError("a formula answer started a sandbox of its own")

    students = [Student(f"s{i}", f"S {i}") for i in range(1, 5)]
    quiz = build_quiz([load_question("activation-derivative-formula")], students, "canvas")
    path = tmp_path / "responses.csv"
    path.write_text("student,question,answer,response\n" + "".join(
        f"s{i},activation-derivative-formula,derivative,{quiz.for_student(f's{i}')[0].answers['derivative'] if i % 2 else 'z**2'}\n"
        for i in range(1, 5)))
    monkeypatch.setattr(symbolic, "Sandbox", no_sandbox_per_answer)  # the judge's own fallback
    reports = {r.student: r for r in grade_quiz(quiz, read_responses(path, quiz))}
    assert [reports[f"s{i}"].checks[0].passed for i in range(1, 5)] == [True, False, True, False]
