"""Loading and validating question folders; variants as deterministic, JSON-stored records."""

import json
import math
import shutil

import pytest

from mlptutor.roster import Student
from mlptutor.seeding import seed_sequence
from mlptutor.question_bank.loader import QuestionError, load_question, question_ids, select_questions
from mlptutor.question_bank.variants import Variant, build_quiz, load_quiz, make_variant, quiz_to_json, save_quiz

ALL = question_ids()


def test_question_bank_is_not_empty_and_has_the_infrastructure_questions():
    assert {"iterations-per-epoch", "activation-from-output", "activation-derivative-formula"} <= set(ALL)


@pytest.mark.parametrize("question_id", ALL)
def test_every_question_makes_a_complete_json_variant(question_id):
    question = load_question(question_id)
    variant = make_variant(question, "q1", "alice")
    assert set(variant.answers) == {a["name"] for a in question.answers}
    assert variant.statement.strip() and variant.solution.strip()
    json.dumps(variant.params), json.dumps(variant.answers), json.dumps(variant.steps)  # plain data
    # the key is computed from the parameters exactly as shown: solving them again gives the same answers
    assert question.solve(json.loads(json.dumps(variant.params)))["answers"] == variant.answers


def _floats(data):
    if isinstance(data, float):
        yield data
    elif isinstance(data, (list, dict)):
        for item in data.values() if isinstance(data, dict) else data:
            yield from _floats(item)


@pytest.mark.parametrize("question_id", ALL)
def test_shown_numbers_are_already_rounded(question_id):
    question = load_question(question_id)
    for student in ("a", "b", "c"):
        params = make_variant(question, "q1", student).params
        assert all(round(x, 6) == x for x in _floats(params)), params


@pytest.mark.parametrize("question_id", ALL)
def test_variants_are_a_function_of_quiz_student_and_question(question_id):
    question = load_question(question_id)
    assert make_variant(question, "q1", "alice") == make_variant(question, "q1", "alice")
    others = {json.dumps(make_variant(question, "q1", s).params, sort_keys=True) for s in ("a", "b", "c", "d", "e")}
    assert len(others) > 1  # five students do not all get the same numbers


def test_seed_is_the_seed_sequence_of_the_names():
    variant = make_variant(load_question("iterations-per-epoch"), "q1", "alice")
    assert variant.seed == f"{seed_sequence('quiz', 'q1', 'alice', 'iterations-per-epoch').entropy:032x}"


def test_fixed_variant_is_the_course_example():
    variant = make_variant(load_question("iterations-per-epoch"), "q1", "alice", fixed="course")
    assert variant.fixed == "course"
    assert variant.answers["iterations"] == 100  # 10,000 examples, batch size 100
    with pytest.raises(QuestionError, match="no fixed variant 'nope'"):
        make_variant(load_question("iterations-per-epoch"), "q1", "alice", fixed="nope")


def test_choice_variant_shuffles_options_and_keys_the_right_one():
    question = load_question("activation-from-output")
    for student in ("a", "b", "c", "d"):
        variant = make_variant(question, "q1", student)
        options = variant.params["options"]
        right = options[variant.answers["activation"]]
        outputs = variant.steps["outputs"]
        assert math.isclose(round(outputs[variant.answers["activation"]], 4), variant.params["a"], abs_tol=1e-12)
        assert all(abs(round(v, 4) - variant.params["a"]) > 1e-3 for k, v in outputs.items() if options[k] != right)


def test_quiz_json_round_trip_and_stable_bytes(tmp_path):
    questions = select_questions(["iterations-per-epoch", "activation-from-output"])
    students = [Student("s1", "Ann"), Student("s2", "Bob")]
    quiz = build_quiz(questions, students, "7")
    again = build_quiz(questions, students, "7")
    assert quiz_to_json(quiz) == quiz_to_json(again)
    path = save_quiz(quiz, tmp_path / "variants.json")
    loaded = load_quiz(path)
    assert loaded == quiz and isinstance(loaded.variants[0], Variant)
    assert [v.question for v in loaded.for_student("s2")] == ["iterations-per-epoch", "activation-from-output"]
    assert quiz_to_json(build_quiz(questions, students, "8")) != quiz_to_json(quiz)


def test_load_quiz_errors_are_one_line(tmp_path):
    bad = tmp_path / "variants.json"
    bad.write_text('{"schema": 99}')
    with pytest.raises(QuestionError, match="schema 99 is not 1; regenerate"):
        load_quiz(bad)
    with pytest.raises(QuestionError, match="not a readable variants.json"):
        load_quiz(tmp_path / "missing.json")


# --- validation of question folders ------------------------------------------------------------

@pytest.fixture
def bank(tmp_path):
    """A copy of one valid question in a private bank, to break one field at a time."""
    shutil.copytree(load_question("iterations-per-epoch").folder, tmp_path / "demo-question")
    return tmp_path


def _break(bank, old, new):
    meta = bank / "demo-question" / "meta.toml"
    text = meta.read_text()
    assert old in text
    meta.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize("old, new, message", [
    ('topic = "training"', 'topic = "cooking"', "meta.toml: topic: 'cooking' is not one of"),
    ("difficulty = 1", "difficulty = 7", "meta.toml: difficulty: 7 is not 1, 2 or 3"),
    ("points = 2", "points = -1", "meta.toml: points: missing (a number > 0)"),
    ('type = "numeric"', 'type = "number"', "meta.toml: answers[0].type: 'number' is not one of"),
    ("rtol = 0.0", "", "meta.toml: answers[0].rtol: missing (a number >= 0)"),
    ("decimals = 0", "decimals = 0.5", "meta.toml: answers[0].decimals: missing (an integer"),
    ('name = "last_batch"', 'name = "iterations"', "meta.toml: answers: the name 'iterations' is used twice"),
    ('title = "', 'titel = "', "meta.toml: titel: unknown field"),
    ("[[answers]]", "[[answers]", "meta.toml: not valid TOML"),
])
def test_meta_errors_name_the_folder_and_field(bank, old, new, message):
    _break(bank, old, new)
    with pytest.raises(QuestionError) as info:
        load_question("demo-question", root=bank)
    text = str(info.value)
    assert "demo-question/" in text and message in text and "\n" not in text


def test_symbolic_answers_need_variables(bank):
    _break(bank, 'type = "numeric"', 'type = "symbolic"')
    with pytest.raises(QuestionError, match=r"answers\[0\]\.variables: missing"):
        load_question("demo-question", root=bank)


def test_missing_files_and_broken_params(bank):
    (bank / "demo-question" / "solution.md.j2").unlink()
    with pytest.raises(QuestionError, match="demo-question: missing solution.md.j2"):
        load_question("demo-question", root=bank)


def test_params_that_do_not_import(tmp_path):
    shutil.copytree(load_question("iterations-per-epoch").folder, tmp_path / "broken-params")
    (tmp_path / "broken-params" / "params.py").write_text("import no_such_module_here\n")
    with pytest.raises(QuestionError, match=r"broken-params/params.py: cannot be imported \(ModuleNotFoundError"):
        load_question("broken-params", root=tmp_path)


def test_template_errors_name_the_file(tmp_path):
    shutil.copytree(load_question("iterations-per-epoch").folder, tmp_path / "bad-template")
    (tmp_path / "bad-template" / "statement.md.j2").write_text("N = {{ params.nn }}\n")
    question = load_question("bad-template", root=tmp_path)
    with pytest.raises(QuestionError, match=r"bad-template/statement.md.j2 line 1: .*'nn'"):
        make_variant(question, "q", "s")


def test_selection_errors():
    with pytest.raises(QuestionError, match="unknown question 'nope'; known questions: "):
        select_questions(["nope"])
    with pytest.raises(QuestionError, match="unknown topic 'cooking'"):
        select_questions(topics=["cooking"])
    assert {q.topic for q in select_questions(topics=["activations"])} == {"activations"}
