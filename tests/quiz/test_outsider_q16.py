"""Outsider q16: what the last round left open on quiz and practice (bad option values, --stats on a new
record, a typo of a huge --variants, answers written as students write them)."""

import pytest
from click.testing import CliRunner

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.commands import quiz as quiz_command
from mlptutor.question_bank.loader import QuestionError
from mlptutor.question_bank.numbered import MAX_VARIANTS
from mlptutor.question_bank.practice import practice


def _one_line(result) -> str:
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("arguments, message", [
    (["--variants", "0"], "--variants 0 is too small: give a whole number from 1 to 500, e.g. --variants 30"),
    (["--variants", "abc"], "--variants 'abc' is not a whole number, e.g. --variants 30"),
    (["--roster", "r.csv", "--count", "0"], "--count 0 is too small: give a whole number of at least 1, e.g. --count 6"),
])
def test_a_quiz_option_out_of_range_is_one_line_naming_it(tmp_path, arguments, message):
    result = CliRunner().invoke(quiz_command, ["--questions", "dense-forward", "--seed", "1",
                                               "--out", str(tmp_path / "q"), *arguments])
    assert _one_line(result) == f"Error: {message} (see mlptutor quiz --help)"
    assert not (tmp_path / "q").exists()


@pytest.mark.parametrize("arguments, message", [
    (["--tries", "0"], "--tries 0 is too small: give a whole number of at least 1, e.g. --tries 3"),
    (["--rounds", "-1"], "--rounds -1 is too small: give a whole number of at least 1, e.g. --rounds 5"),
    (["--rounds", "two"], "--rounds 'two' is not a whole number, e.g. --rounds 5"),
])
def test_a_practice_option_out_of_range_is_one_line_naming_it(tmp_path, arguments, message):
    result = CliRunner().invoke(practice, ["--progress", str(tmp_path / "p.sqlite"), *arguments], input="quit\n")
    assert _one_line(result) == f"Error: {message} (see mlptutor practice --help)"


def test_too_many_anonymous_sheets_stop_at_once_naming_the_limit(tmp_path):
    # --variants 100000 ran for minutes with nothing on the screen (a typo for 100 or 10)
    result = CliRunner().invoke(quiz_command, ["--questions", "dense-forward", "--variants", "100000", "--seed", "1",
                                               "--out", str(tmp_path / "q")])
    assert _one_line(result) == (f"Error: --variants 100000 is too large: give a whole number from 1 to {MAX_VARIANTS}, "
                                 "e.g. --variants 30 (see mlptutor quiz --help)")
    assert not (tmp_path / "q").exists()


def test_the_limit_itself_is_allowed(tmp_path, monkeypatch):
    made = []

    def assemble(chosen, students, *rest, **options):  # the sheets themselves are not the point here
        made.append(len(students))
        raise QuestionError("stop here")

    monkeypatch.setattr("mlptutor.question_bank.commands.assemble", assemble)
    result = CliRunner().invoke(quiz_command, ["--questions", "dense-forward", "--variants", str(MAX_VARIANTS),
                                               "--seed", "1", "--out", str(tmp_path / "q")])
    assert made == [MAX_VARIANTS] and result.output == "Error: stop here\n"


def test_stats_on_a_new_record_says_so_and_makes_no_file(tmp_path):
    path = tmp_path / "not-yet" / "progress.sqlite"
    result = CliRunner().invoke(practice, ["--stats", "--progress", str(path)])
    assert result.exit_code == 0
    assert result.output.strip().splitlines() == [
        f"No practice progress yet in {path}: run mlptutor practice to start."]
    assert not path.parent.exists()


def test_stats_never_writes_to_a_record_it_reads(tmp_path):
    path = tmp_path / "progress.sqlite"
    CliRunner().invoke(practice, ["--topic", "counting", "--seed", "1", "--progress", str(path)],
                       input="solution\nquit\n")
    before = path.read_bytes()
    result = CliRunner().invoke(practice, ["--stats", "--topic", "counting", "--progress", str(path)])
    assert "  counting " in result.output and "solved 0/1" in result.output
    assert path.read_bytes() == before
    path.write_bytes(b"")  # an empty file (what --stats used to leave behind) holds no progress either
    assert "No practice progress yet" in CliRunner().invoke(practice, ["--stats", "--progress", str(path)]).output


ACTIVATION = {"name": "activation", "type": "choice", "label": "the activation function that maps z to a"}
ACTIVATIONS = {"options": {"a": "the logistic sigmoid $\\sigma(z) = 1/(1 + e^{-z})$", "b": "ReLU, $\\max(0, z)$",
                           "c": "leaky ReLU with slope $\\alpha = 0.1$ for $z < 0$",
                           "d": "the hyperbolic tangent $\\tanh(z)$"}}


@pytest.mark.parametrize("text, key", [("tanh", "d"), ("Tanh", "d"), ("tanh(z)", "d"), ("\\tanh(z)", "d"),
                                       ("sigmoid", "a"), ("logistic sigmoid", "a"), ("max(0, z)", "b")])
def test_an_option_is_named_by_a_short_name_only_it_holds(text, key):
    # 'tanh' alone was "not an option" though option d is the hyperbolic tangent tanh(z)
    assert check_answer(ACTIVATION, key, text, params=ACTIVATIONS).correct
    other = "a" if key != "a" else "b"
    wrong = check_answer(ACTIVATION, other, text, params=ACTIVATIONS)
    assert wrong.readable and wrong.message == f"option {key} is not the right choice"


@pytest.mark.parametrize("text, message", [
    ("relu", None),  # starts option b: the start of an option's words goes first, as before
    ("z", "'z' is not an option"),  # a letter, never a word of the options
    ("the", "'the' is not an option"),
    ("0.1", "'0.1' is not an option"),
    ("tanh or sigmoid", "is not an option"),
])
def test_short_names_never_choose_by_a_letter_a_function_word_or_two_names(text, message):
    verdict = check_answer(ACTIVATION, "d", text, params=ACTIVATIONS)
    assert not verdict.correct
    assert message is None or (message in verdict.message and not verdict.readable)


def test_a_short_name_two_options_hold_is_refused_as_ambiguous():
    spec = {"name": "pairing", "type": "choice", "label": "the output activation and loss for this task"}
    options = {"options": {"a": "linear (identity) output with mean squared error",
                           "b": "softmax output with categorical cross-entropy",
                           "c": "softmax output with mean squared error",
                           "d": "sigmoid output with binary cross-entropy"}}
    verdict = check_answer(spec, "b", "softmax", params=options)
    assert not verdict.readable
    assert verdict.message == "'softmax' is in the words of options b and c: answer with one option letter"
    assert check_answer(spec, "d", "binary cross-entropy", params=options).correct


DERIVATIVE = {"name": "derivative", "type": "symbolic", "label": "g'(z) as a formula in z",
              "variables": {"z": [-3.0, 3.0]}, "functions": {"g": "activation"}}
SIGMOID_KEY, TANH_KEY = "sigmoid(z)*(1 - sigmoid(z))", "1 - tanh(z)**2"


@pytest.mark.parametrize("activation, key, text", [
    ("sigmoid", SIGMOID_KEY, "g(z)(1-g(z))"),  # was: calling 'g' is not allowed
    ("sigmoid", SIGMOID_KEY, "g(z)*(1 - g(z))"),
    ("sigmoid", SIGMOID_KEY, "g(1-g)"),  # g as a value, as on paper: g(z) (1 - g(z))
    ("sigmoid", SIGMOID_KEY, "g'(z) = g(z)(1 - g)"),
    ("tanh", TANH_KEY, "1 - g(z)^2"),
    ("tanh", TANH_KEY, "1 - g²"),
    ("tanh", TANH_KEY, "1-g²(z)"),
])
def test_a_formula_may_use_the_function_its_statement_defines(activation, key, text):
    verdict = check_answer(DERIVATIVE, key, text, params={"activation": activation})
    assert verdict.correct, verdict.message


@pytest.mark.parametrize("activation, key, text", [
    ("tanh", TANH_KEY, "g(z)(1-g(z))"),  # the sigmoid's derivative written with g, for tanh
    ("sigmoid", SIGMOID_KEY, "1 - g(z)^2"),
    ("sigmoid", SIGMOID_KEY, "g(2z)"),  # g called at something else stays a call
])
def test_a_wrong_formula_in_g_is_judged_as_the_function_g_stands_for(activation, key, text):
    verdict = check_answer(DERIVATIVE, key, text, params={"activation": activation})
    assert not verdict.correct and verdict.readable and verdict.message.startswith("not equivalent")


def test_the_derivative_question_names_g_as_its_activation():
    from mlptutor.question_bank.loader import load_question

    assert load_question("activation-derivative-formula").answers[0]["functions"] == {"g": "activation"}


DIAGONAL = {"name": "diagonal", "type": "symbolic", "label": "ds_i/dz_i as a formula in s_i",
            "variables": {"s_i": [0.05, 0.95]}}


@pytest.mark.parametrize("text, message", [
    # was: "'s_i*(1-s_i)for i' before '=' is not the derivative asked for"
    ("s_i(1-s_i) for i=j", "cannot read 'for i=j': 'for', 'i' and 'j' are not names in this answer; "
                           "write the formula alone, in s_i"),
    ("s_i*(1-s_i), i=j", "cannot read 'i=j': 'i' and 'j' are not names in this answer; write the formula alone, in s_i"),
    # was: "'the derivative' reads as two words side by side: write the*derivative" ("the derivative is s_i(1-s_i)"
    # is read since r17: test_quiz_leftovers_r17); words that are no sentence around the formula are still named
    ("the derivative of s_i(1-s_i)", "cannot read 'the derivative of': 'the', 'derivative' and 'of' are not names "
                                     "in this answer; write the formula alone, in s_i"),
    # was: "cannot parse: invalid syntax (column 11)"
    ("s_i(1-s_i) diagonal", "'diagonal' is not a name in this answer: write the formula in s_i"),
    # was: "cannot parse: invalid syntax (column 0)"
    ("s_i(1-s_i) +", "'s_i(1-s_i) +' ends with '+': finish the formula or take the '+' away"),
    # as before: a left side, and a name of another answer
    ("y = s_i(1-s_i)", "'y' before '=' is not the derivative asked for: give only the formula"),
    ("s_i(1-s_j)", "'s_j' is not a name in this answer (an index makes a name of its own): write the formula in s_i"),
])
def test_text_that_is_no_formula_is_named_in_the_students_terms(text, message):
    verdict = check_answer(DIAGONAL, "s_i*(1 - s_i)", text)
    assert not verdict.readable and verdict.message == message


ITERATIONS = {"name": "iterations", "type": "numeric", "label": "the number of parameter updates (iterations) in one epoch",
              "rtol": 0.0, "atol": 0.0, "decimals": 0}


@pytest.mark.parametrize("text, key", [
    ("ceil(7229/50)", 145),  # was: "'ceil(7229/50)' is not a number"
    ("Ceil(7229 / 50)", 145),
    ("⌈7229/50⌉", 145),
    ("\\lceil 7229/50 \\rceil", 145),
    ("$\\left\\lceil \\frac{7229}{50} \\right\\rceil$", 145),
    ("floor(7229/50) + 1", 145),
    ("ceil(7229/50)*5", 725),
    ("ceil(7229/50) · 5", 725),
    ("ceil(0.7*10)", 7),  # exact: in floats 0.7*10 is 7.000000000000001, and its ceil 8
    ("ceil(7229/50) = 145", 145),  # the value after it, as before
])
def test_a_count_may_be_written_as_the_rounding_of_a_quotient(text, key):
    verdict = check_answer(ITERATIONS, key, text)
    assert verdict.correct, verdict.message


@pytest.mark.parametrize("spec, text, message", [
    (ITERATIONS, "floor(7229/50)", "144 is too small"),
    (ITERATIONS, "ceil(7229/50", "cannot read 'ceil(7229/50': write the whole number, or a rounding such as ceil(100/8)"),
    (ITERATIONS, "ceil(N/B)", "cannot read 'ceil(N/B)' at 'N/B)': write the whole number, or a rounding such as ceil(100/8)"),
    (ITERATIONS, "ceil(7229/0)", "'ceil(7229/0)' divides by zero: write the whole number, or a rounding such as ceil(100/8)"),
    ({**ITERATIONS, "decimals": 3, "atol": 0.001}, "ceil(7229/50)", "'ceil(7229/50)' is not a number"),  # no count
])
def test_a_rounding_that_is_wrong_or_unreadable_or_no_count_is_refused(spec, text, message):
    verdict = check_answer(spec, 145, text)
    assert not verdict.correct and verdict.message.startswith(message)


@pytest.mark.parametrize("option, value, message", [
    ("--questions", " , ", "--questions ' , ' names no question: give them separated by commas, "
                           "e.g. --questions dense-forward,count-parameters"),
    ("--topics", ",", "--topics ',' names no topic: give them separated by commas, e.g. --topics softmax,backprop"),
])
def test_a_selection_naming_nothing_is_refused_not_read_as_the_whole_bank(tmp_path, option, value, message):
    # --questions ' , ' made sheets of all 30 questions
    result = CliRunner().invoke(quiz_command, [option, value, "--variants", "2", "--seed", "1",
                                               "--out", str(tmp_path / "q")])
    assert _one_line(result) == f"Error: {message} (see mlptutor quiz --help)"
    assert not (tmp_path / "q").exists()


@pytest.mark.parametrize("text", ["-s_is_j", "-sisj", "-s_jsi"])
def test_variables_written_side_by_side_are_their_product(text):
    # LaTeX's s_is_j prints as s_i s_j; it was "unknown name 's_is_j'"
    spec = {"name": "off_diagonal", "type": "symbolic", "label": "ds_i/dz_j (i != j) as a formula in s_i and s_j",
            "variables": {"s_i": [0.05, 0.45], "s_j": [0.05, 0.45]}}
    assert check_answer(spec, "-s_i*s_j", text).correct
    refused = check_answer(spec, "-s_i*s_j", "-s_is_k")
    assert not refused.readable and refused.message.startswith("'s_is_k' is not a name in this answer")


def test_a_vector_written_as_a_sentence_lists_it():
    spec = {"name": "p", "type": "vector", "label": "the softmax probabilities", "rtol": 0, "atol": 0.001,
            "decimals": 3}
    for text in ("0.659, 0.242 and 0.099", "0.659, 0.242, and 0.099"):  # was: 'and' is not a number
        assert check_answer(spec, [0.659, 0.242, 0.099], text).correct
    assert not check_answer(spec, [0.659, 0.242, 0.099], "0.659, 0.242 and").readable


def test_a_path_of_the_wrong_kind_is_one_line_naming_the_option(tmp_path):
    from mlptutor.question_bank.grading import grade

    (tmp_path / "notes.csv").write_text("x\n")
    quiz = CliRunner().invoke(quiz_command, ["--questions", "dense-forward", "--variants", "2", "--seed", "1",
                                             "--out", str(tmp_path / "notes.csv")])
    assert _one_line(quiz) == (f"Error: --out '{tmp_path / 'notes.csv'}' is a file: give a folder, e.g. --out quiz "
                               "(see mlptutor quiz --help)")
    graded = CliRunner().invoke(grade, [str(tmp_path), "--quiz-dir", str(tmp_path)])
    assert _one_line(graded) == (f"Error: RESPONSES '{tmp_path}' is a folder: give a file, e.g. responses.csv "
                                 "(see mlptutor quiz grade --help)")
    practised = CliRunner().invoke(practice, ["--stats", "--progress", str(tmp_path)])
    assert _one_line(practised) == (f"Error: --progress '{tmp_path}' is a folder: give a file, e.g. --progress "
                                    "progress.sqlite (see mlptutor practice --help)")


def test_pdf_compilation_reports_its_progress(tmp_path, monkeypatch):
    # a class's PDFs take minutes (two documents a student): the command shows how far they are on a terminal
    from mlptutor.question_bank.render import pdf
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.question_bank.loader import select_questions
    from mlptutor.roster import Student

    monkeypatch.setattr(pdf, "require_engine", lambda quiz=None: "lualatex")
    monkeypatch.setattr(pdf, "_compile", lambda engine, name, source, target: target)
    quiz = build_quiz(select_questions(["iterations-per-epoch"]), [Student("s1", "A"), Student("s2", "B")], "1")
    seen = []
    pdf.write_pdfs(quiz, tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert sorted(seen) == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


@pytest.mark.parametrize("activation, key, text", [
    ("sigmoid", SIGMOID_KEY, "σ(1-σ)"),  # was: sigmoid is a function: write sigmoid(...)
    ("sigmoid", SIGMOID_KEY, "σ'(z) = σ(1 − σ)"),
    ("sigmoid", SIGMOID_KEY, "sigmoid - sigmoid^2"),
    ("tanh", TANH_KEY, "1 - tanh²"),
    ("tanh", TANH_KEY, "1 - \\tanh^{2}(z)"),  # a call after the power, as before
])
def test_an_activation_written_alone_is_its_value(activation, key, text):
    verdict = check_answer(DERIVATIVE, key, text, params={"activation": activation})
    assert verdict.correct, verdict.message


SIZES = {"name": "sizes", "type": "vector", "label": "the sizes of the training, validation and test sets",
         "rtol": 0.0, "atol": 0.0, "decimals": 0}


@pytest.mark.parametrize("text", ["train 1542, validation 193, test 193", "training: 1542, validation: 193, test: 193",
                                  "training set 1542, val 193, test 193"])
def test_vector_entries_named_by_the_labels_words_are_read(text):
    # was: 'train' is not a number
    assert check_answer(SIZES, [1542, 193, 193], text).correct


def test_vector_entries_named_in_another_order_are_not_read_in_the_wrong_one():
    verdict = check_answer(SIZES, [1542, 193, 193], "test 193, training 1542, validation 193")
    assert not verdict.readable and verdict.message == (
        "the entries are named in another order than the question's (training, validation, test): "
        "write them in that order")
    assert not check_answer(SIZES, [1542, 193, 193], "train 1542, foo 193, test 193").readable
