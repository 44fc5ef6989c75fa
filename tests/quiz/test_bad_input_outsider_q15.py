"""Outsider q15: bad input an instructor meets (a question folder with a bug, a hand-edited variants.json, an
output folder that cannot be written) ends as one line naming the file, never a traceback."""

import json
import shutil

import pytest
from click.testing import CliRunner

from mlptutor.roster import Student
from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.loader import QuestionError, load_question
from mlptutor.question_bank.variants import build_quiz, load_quiz, make_variant, save_quiz


@pytest.fixture
def bank(tmp_path):
    """A private copy of one question, to break one file at a time."""
    shutil.copytree(load_question("iterations-per-epoch").folder, tmp_path / "demo-question")
    return tmp_path


def _one_line(info) -> str:
    text = str(info.value)
    assert "\n" not in text
    return text


@pytest.mark.parametrize("file", ["meta.toml", "statement.md.j2", "solution.md.j2"])
def test_a_file_that_is_not_utf8_is_named(bank, file):
    path = bank / "demo-question" / file
    path.write_bytes(path.read_bytes() + b"\n\xff\xfe Latin-1 caf\xe9\n")
    with pytest.raises(QuestionError) as info:
        load_question("demo-question", root=bank)
    assert f"demo-question/{file}: not UTF-8 text" in _one_line(info)


@pytest.mark.parametrize("file", ["meta.toml", "statement.md.j2", "solution.md.j2"])
def test_an_empty_file_is_named(bank, file):
    (bank / "demo-question" / file).write_text("\n  \n")
    with pytest.raises(QuestionError) as info:
        load_question("demo-question", root=bank)
    assert f"demo-question/{file}: empty" in _one_line(info)


@pytest.mark.parametrize("code, message", [
    ("def generate(rng):\n    raise ValueError('boom')\n", r"params.py generate\(\) failed \(ValueError: boom\)"),
    ("def solve(params):\n    return params['nope']\n", r"params.py solve\(\) failed \(KeyError: 'nope'\)"),
    ("def solve(params):\n    pass\n", r"params.py solve\(\) returned NoneType, not a dict"),
    ("def generate(rng):\n    return [1, 2]\n", r"params.py generate\(\) returned list, not a dict"),
])
def test_a_question_whose_code_fails_is_named(bank, code, message):
    params = bank / "demo-question" / "params.py"
    params.write_text(params.read_text() + "\n\n" + code)
    question = load_question("demo-question", root=bank)
    with pytest.raises(QuestionError, match=message) as info:
        make_variant(question, "q", "s")
    assert "demo-question/params.py" in _one_line(info)


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    quiz = build_quiz([load_question("count-parameters")], [Student("s1", "Ann")], "q15")
    return json.loads(save_quiz(quiz, tmp_path_factory.mktemp("q") / "variants.json").read_text())


@pytest.mark.parametrize("edit, message", [
    (lambda d: [d], "schema None is not 1"),
    (lambda d: {k: v for k, v in d.items() if k != "title"}, "KeyError: 'title'"),
    (lambda d: {**d, "variants": [{**d["variants"][0], "answer": 1}]}, "unexpected keyword argument 'answer'"),
    (lambda d: {**d, "variants": 5}, "TypeError"),
    (lambda d: {**d, "variants": [{**d["variants"][0], "answers": {}}]},
     "s1's count-parameters has no key for its answer 'total'"),
])
def test_a_hand_edited_variants_json_is_one_line(record, tmp_path, edit, message):
    path = tmp_path / "variants.json"
    path.write_text(json.dumps(edit(record)))
    with pytest.raises(QuestionError) as info:
        load_quiz(path)
    text = _one_line(info)
    assert message in text and text.endswith("regenerate it with mlptutor quiz")


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    made = CliRunner().invoke(quiz_command, ["--questions", "count-parameters", "--variants", "1", "--seed", "1",
                                             "--format", "md", "--out", str(tmp_path / "quiz")])
    assert made.exit_code == 0, made.output
    responses = tmp_path / "r.csv"
    responses.write_text("student,question,answer,response\nvariant-01,count-parameters,total,12\n")
    for args in (["--questions", "count-parameters", "--variants", "1", "--seed", "1", "--out", str(blocker / "o")],
                 ["grade", str(responses), "--quiz-dir", str(tmp_path / "quiz"), "--out", str(blocker / "o")]):
        result = CliRunner().invoke(quiz_command, args)
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert f"Error: cannot write under {blocker / 'o'}: Not a directory" in result.output
        assert len(result.output.strip().splitlines()) == 1


# --- typed answers ---------------------------------------------------------------------------------

NUMBER = {"name": "loss", "type": "numeric", "label": "the cross-entropy loss", "rtol": 0.0, "atol": 0.001,
          "decimals": 3}


@pytest.mark.parametrize("text", [r"\(3.507\)", r"\[ L = 3.507 \]", r"$$3.507$$"])
def test_latex_maths_delimiters_are_taken_off(text):
    assert check_answer(NUMBER, 3.50656, text).correct


# "about 3.507" and "The loss is 3.507" are read since r17 (a sentence stating the answer: test_quiz_leftovers_r17)
@pytest.mark.parametrize("text", ["3.507 (rounded)", "3.507 (3 d.p.)", "3.507 nats", "5 thousand"])
def test_a_number_with_other_words_is_told_so_not_called_a_calculation(text):
    verdict = check_answer(NUMBER, 3.50656, text)
    assert not verdict.readable
    assert verdict.message == f"{text!r} has words besides the number: write the number alone, such as 0.25"


@pytest.mark.parametrize("text", ["-ln(0.03)", "2^-3", "sqrt(2/300)"])
def test_a_calculation_is_still_one(text):
    assert "is a calculation" in check_answer(NUMBER, 3.50656, text).message


def test_a_formula_may_stand_in_latex_delimiters():
    spec = {"name": "d", "type": "symbolic", "label": "ds_i/dz_i", "variables": {"s_i": [0.05, 0.95]}}
    assert check_answer(spec, "s_i*(1 - s_i)", r"\(s_i(1-s_i)\)").correct



# --- what the sheets show --------------------------------------------------------------------------

def test_no_tex_escape_inside_text_in_any_question():
    """\\text{running\\_var} prints running_var in LaTeX only: the HTML sheets (MathML), the practice text and
    MathJax in Moodle and Canvas show the backslash (batch-norm-eval's solution did)."""
    import re

    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.render.plaintext import markdown_to_text

    for question in select_questions():
        variant = make_variant(question, "q15", "s1")
        for text in (variant.statement, variant.solution):
            assert not re.search(r"\\text\{[^{}]*\\", text), question.id
            assert "\\_" not in markdown_to_text(text), question.id


# --- practice hints --------------------------------------------------------------------------------

@pytest.mark.parametrize("question_id", ["count-parameters", "cross-entropy-loss", "inverted-dropout", "init-std",
                                         "batch-norm-eval", "softmax-ce-gradient", "fitting-diagnosis"])
def test_the_first_step_hint_is_a_whole_sentence(question_id):
    """It was the solution's first source line: 'The first step: A layer that maps ... n_(l-1) · n_l weights and'.
    (fitting-diagnosis: a choice question with mistakes has no pitfalls hint, its first step is its second hint.)"""
    from mlptutor.question_bank.practice import hint

    question = load_question(question_id)
    variant = make_variant(question, "q15", "s1")
    shown = [text for level in range(1, 5) if (text := hint(variant, question, level))][-1]  # the most specific
    assert shown.startswith("The first step: "), shown
    # a sentence, or a lead-in and what it leads to (quiz23: the bare lead-in said nothing)
    assert shown.endswith(".") or (": " in shown.removeprefix("The first step: ") and not shown.endswith(":")), shown
    assert "\n" not in shown


def test_the_first_step_hint_stops_before_the_next_equation_and_list_item():
    from mlptutor.question_bank.practice import first_step

    graph = make_variant(load_question("multipath-graph"), "q15", "s1")
    assert first_step(graph.solution).startswith("Forward: a = ") and " f = " not in first_step(graph.solution)
    split = make_variant(load_question("three-way-split"), "q15", "s1")
    assert first_step(split.solution).startswith("Training: ") and "Validation" not in first_step(split.solution)


def test_no_solution_line_runs_into_the_margin_of_the_pdf(tmp_path):
    """inverted-dropout's solution set a five-entry vector of 4 decimals inline: 90pt past the right margin, its
    last entry cut off the page in every variant; softmax-jacobian's s ran 31pt into the margin."""
    from mlptutor.question_bank.render import pdf
    from mlptutor.question_bank.render.documents import render_solutions
    from tests.quiz.conftest import overfull_boxes

    engine = pdf.find_engine()
    if engine is None:
        pytest.skip("no LaTeX engine (./setup.sh --pdf)")
    quiz = build_quiz([load_question("inverted-dropout"), load_question("softmax-jacobian")],
                      [Student("s1", "Ann")], "q15")
    widths = [size for size, _ in overfull_boxes(engine, render_solutions(quiz, quiz.students[0], "tex"), tmp_path)]
    assert max(widths, default=0) < 15, widths


@pytest.mark.parametrize("given", ["count-parameters/", "./count-parameters", "../questions/count-parameters"])
def test_a_question_is_named_by_its_id_not_a_path(given):
    """'./count-parameters,count-parameters/' put the question twice on every sheet, both under one id."""
    with pytest.raises(QuestionError, match=f"unknown question {given!r}; known questions: "):
        load_question(given)


def test_a_session_quit_at_once_prints_no_empty_mastery_table(tmp_path):
    from mlptutor.question_bank.practice import practice

    args = ["--topic", "counting", "--seed", "1", "--progress", str(tmp_path / "p.sqlite")]
    result = CliRunner().invoke(practice, args, input="quit\n")
    assert result.exit_code == 0 and result.output.rstrip().endswith("0 problem(s) done."), result.output
    done = CliRunner().invoke(practice, args, input="solution\nquit\n")
    assert "1 problem(s) done.\nMastery by topic" in done.output and "  counting " in done.output


@pytest.mark.parametrize("seed", ["abc", "1.5", ""])
def test_a_practice_seed_that_is_not_a_number_is_one_line(tmp_path, seed):
    from mlptutor.question_bank.practice import practice

    result = CliRunner().invoke(practice, ["--seed", seed, "--progress", str(tmp_path / "p.sqlite")], input="quit\n")
    assert result.exit_code == 1 and result.output.strip().splitlines() == [
        f"Error: --seed {seed!r} is not a whole number, e.g. --seed 7 (see mlptutor practice --help)"]


@pytest.mark.parametrize("text", ["<0.5, 0.25>", "< 0.5 0.25 >"])
def test_a_vector_in_angle_brackets_typed_as_less_and_greater_than(text):
    spec = {"name": "v", "type": "vector", "label": "v", "rtol": 0.0, "atol": 0.001, "decimals": 3}
    assert check_answer(spec, [0.5, 0.25], text).correct


def test_an_option_is_named_by_its_words_without_its_leading_the():
    spec = {"name": "activation", "type": "choice", "label": "the activation"}
    options = {"a": "ReLU, $\\max(0, z)$", "b": "the hyperbolic tangent $\\tanh(z)$",
               "c": "the logistic sigmoid $\\sigma(z) = 1/(1 + e^{-z})$"}
    assert check_answer(spec, "b", "hyperbolic tangent", params={"options": options}).correct
    assert check_answer(spec, "b", "The hyperbolic tangent", params={"options": options}).correct
    wrong = check_answer(spec, "b", "logistic sigmoid", params={"options": options})
    assert not wrong.correct and wrong.readable and wrong.message == "option c is not the right choice"


def test_no_worked_solution_prints_float_noise_or_a_doubled_sign():
    """prelu-alpha-gradient joined raw products: '= -0.0 + -1.8 + -1.6800000000000002 + 0.0' (in half its
    variants); layer-norm, multipath-graph and weight-decay-step wrote '+ -0.5' or '0.99 \\cdot -2.0'."""
    import re

    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.templating import terms

    assert terms([-0.0, -1.8, -1.6800000000000002, 0.5], 2) == "0.00 - 1.80 - 1.68 + 0.50"
    for question in select_questions():
        for student in range(20):
            variant = make_variant(question, "noise", f"s{student}")
            for text in (variant.statement, variant.solution):
                found = re.search(r"\d\.\d{8,}|[+-] -\d|\\cdot -\d|-0\.0+(?![0-9]*[1-9])\b", text)
                assert found is None, (question.id, found.group())


def test_gradient_check_error_writes_its_polynomial_as_on_paper():
    """It printed 'f(w) = 1\\,w_1^2 + (-1)\\,w_1 w_2' and '2\\,w_1^2 + (1)\\,w_1 w_2'."""
    import re

    question = load_question("gradient-check-error")
    seen = set()
    for student in range(40):
        variant = make_variant(question, "poly", f"s{student}")
        line = re.search(r"f\(w\) = (.*?)\$", variant.statement).group(1)
        assert not re.search(r"\(|(?<![\d.])1\\,|\+ -", line), line
        seen.add((variant.params["a"] == 1, variant.params["b"] < 0))
        assert re.fullmatch(r"(?:[23]\\,)?w_1\^2 [+-] (?:2\\,)?w_1 w_2", line), line
    assert len(seen) == 4  # a = 1 and not, b negative and not: every form was seen


def test_responses_match_students_questions_and_answers_ignoring_case(tmp_path):
    """Moodle exports usernames lowercased: 'ann.lee' answered for the roster's 'Ann.Lee' was 'not in the quiz'."""
    from mlptutor.question_bank.responses import read_responses

    quiz = build_quiz([load_question("count-parameters")], [Student("Ann.Lee", "Ann"), Student("bo", "Bo")], "case")
    path = tmp_path / "r.csv"
    path.write_text("student,question,answer,response\nann.lee,Count-Parameters,TOTAL,12\n"
                    "BO,count-parameters,total,13\nbo,count-parameters,Total,14\ncy,count-parameters,total,1\n")
    read = read_responses(path, quiz)
    assert read.of("Ann.Lee") == {("count-parameters", "total"): "12"}
    assert read.of("bo") == {("count-parameters", "total"): "13"}
    assert [(p.line, p.student) for p in read.problems] == [(4, "bo"), (5, None)]
    assert "a second response of bo" in read.problems[0].message
    assert "'cy' is not in the quiz" in read.problems[1].message
