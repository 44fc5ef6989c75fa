"""Quiz leftovers of r17: a column of the judge's message counts what the student typed, not the text the answer
was rewritten to."""

import pytest

from mlptutor.question_bank.answers import check_answer, formula_sandbox

DERIVATIVE = {"name": "derivative", "type": "symbolic", "label": "g'(z) as a formula in z",
              "variables": {"z": [-3.0, 3.0]}, "functions": {"g": "activation"}}


@pytest.fixture(scope="module")
def box():
    with formula_sandbox() as sandbox:
        yield sandbox


@pytest.mark.parametrize("typed, message", [
    # was: column 26, of 'sigmoid(z)*(1-sigmoid(z)))', a 13-character answer
    ("σ(z)(1−σ(z)))", "cannot parse: the ')' at column 13 of your answer closes no '('"),
    ("\\sigma(z)\\left(1-\\sigma(z)\\right))", "cannot parse: the ')' at column 34 of your answer closes no '('"),
    ("(σ(z)) (1−σ(z)) )", "cannot parse: the ')' at column 17 of your answer closes no '('"),
    # was: column 26, of 'sigmoid(z)*(1-sigmoid(z))5'
    ("σ(z)*(1−σ(z)) 5", "cannot parse: invalid syntax (column 15 of your answer: '5')"),
    # was: column 12 of the parser's '1-tanh(z)****2'
    ("1-tanh(z)^^2", "cannot parse: invalid syntax (column 10 of your answer: '^^2')"),
])
def test_a_column_counts_the_answer_as_typed(box, typed, message):
    verdict = check_answer(DERIVATIVE, "sigmoid(z)*(1 - sigmoid(z))", typed, params={"activation": "sigmoid"},
                           sandbox=box)
    assert not verdict.readable and verdict.message == message


def test_a_stack_question_defines_and_allows_the_function_its_statement_names():
    """The statement names the activation g; STACK forbids an answer's unknown names (and question variables' names)
    unless allowed: 'g(z)*(1 - g(z))', which quiz grade accepts, was invalid in Moodle."""
    import xml.etree.ElementTree as ET

    from mlptutor.question_bank.lms.moodle import moodle_xml
    from mlptutor.question_bank.loader import select_questions
    from mlptutor.question_bank.variants import build_quiz
    from mlptutor.roster import Student

    quiz = build_quiz(select_questions(ids=["activation-derivative-formula"]), [Student("s1"), Student("s2")], "w3")
    questions = ET.fromstring(moodle_xml(quiz)).findall("question[@type='stack']")
    found = {(q.findtext("questionvariables/text"), q.findtext("input/allowwords")) for q in questions}
    assert found == {("sigmoid(x):=1/(1+exp(-x));g(x):=tanh(x);", "sigmoid,g"),
                     ("sigmoid(x):=1/(1+exp(-x));g(x):=sigmoid(x);", "sigmoid,g")}


NUMBER = {"name": "loss", "type": "numeric", "label": "the cross-entropy loss", "rtol": 0.0, "atol": 0.001,
          "decimals": 3}
DIAGONAL = {"name": "diagonal", "type": "symbolic", "label": "ds_i/dz_i as a formula in s_i",
            "variables": {"s_i": [0.05, 0.95]}}


@pytest.mark.parametrize("typed", ["The derivative is σ(z)(1 − σ(z)).", "It equals σ(z)(1-σ(z))",
                                   "Answer: σ(z)(1-σ(z))", "σ(z)(1-σ(z)), by the chain rule",
                                   "σ(z)(1-σ(z)) (the derivative)"])
def test_a_sentence_stating_the_formula_is_read(box, typed):
    """Each was 'cannot read ...: ... are not names in this answer'."""
    assert check_answer(DERIVATIVE, "sigmoid(z)*(1 - sigmoid(z))", typed, params={"activation": "sigmoid"},
                        sandbox=box).correct


@pytest.mark.parametrize("typed, message", [
    ("s_i(1-s_i) when i = j", "cannot read 'when i = j': 'when', 'i' and 'j' are not names in this answer; write the "
                              "formula alone, in s_i"),  # a condition, not a remark: still named
    ("It is s_i", None),  # read, and wrong
])
def test_a_sentence_reads_only_as_its_formula(box, typed, message):
    verdict = check_answer(DIAGONAL, "s_i*(1 - s_i)", typed, sandbox=box)
    assert not verdict.correct and verdict.readable == (message is None)
    assert message is None or verdict.message == message


@pytest.mark.parametrize("typed, correct", [
    ("The loss is 3.507", True), ("about 3.507", True), ("3.507 is the answer", True),  # were 'has words besides'
    ("The answer is not 3.507", None), ("It is 3.507 or 3.6", None), ("3.507 nats", None),  # still refused
])
def test_a_sentence_stating_the_number_is_read(typed, correct):
    verdict = check_answer(NUMBER, 3.50656, typed)
    assert (verdict.correct if correct else not verdict.readable)


VECTOR = {"name": "p", "type": "vector", "label": "the softmax probabilities", "rtol": 0.0, "atol": 0.001,
          "decimals": 3}


@pytest.mark.parametrize("typed, correct", [
    ("The probabilities are [0.659, 0.242, 0.099]", True), ("The answer is [0.659, 0.242, 0.099].", True),
    ("It is 0.659, 0.242, 0.099", True),  # each was 'cannot read ...' or ''It' is not a number'
    ("The probabilities are not [0.659, 0.242, 0.099]", None), ("Roughly uniform: [0.659, 0.242, 0.099]", None),
])
def test_a_sentence_stating_the_vector_is_read(typed, correct):
    verdict = check_answer(VECTOR, [0.659, 0.242, 0.099], typed)
    assert (verdict.correct if correct else not verdict.readable)
