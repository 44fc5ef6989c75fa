"""Reviewer's findings on the quiz bank, mendb (2026-12-07): each test fails before its fix."""

import pytest

from mlptutor.question_bank.answers import check_answer
from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.variants import make_variant


@pytest.mark.parametrize("question", ["activation-from-output", "fitting-diagnosis", "loss-activation-pairing"])
def test_a_choice_graded_on_options_worded_otherwise_names_no_mistake_and_never_stops(question):
    """An older variants.json whose option wording changed since: the mistakes' `next(...)` find no option."""
    q = load_question(question)
    v = make_variant(q, "mendb", "s1")
    (spec,) = v.answer_specs
    params = {**v.params, "options": {k: f"{text} (older wording)" for k, text in v.params["options"].items()}}
    for key in v.params["options"]:
        verdict = check_answer(spec, v.answers[spec["name"]], key, params=params, mistakes=q.mistakes)
        assert verdict.mistake is None


@pytest.mark.parametrize("title", ["Quiz\ufffe", "Quiz\uffff", "Quiz \udcff"])
def test_a_title_with_a_noncharacter_or_a_lone_surrogate_is_refused_in_one_line(title, tmp_path):
    """U+FFFE/U+FFFF make the Moodle XML not well-formed; argv's \\udcff (a byte not UTF-8) raised
    UnicodeEncodeError after variants.json was written."""
    from click.testing import CliRunner

    from mlptutor.question_bank.commands import quiz

    result = CliRunner().invoke(quiz, ["--questions", "count-parameters", "--variants", "1", "--seed", "t",
                                       "--title", title, "--format", "moodle", "--out", str(tmp_path / "quiz")])
    assert result.exit_code == 1 and not (tmp_path / "quiz").exists(), result.output
    assert f"--title holds the character U+{ord(title[-1]):04X}" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("text, noted", [("[1,2]", False), ("1,2", False), ("0,659 0,242 0,099", True),
                                         ("[0,659, 0,242, 0,099]", True)])
def test_the_decimal_comma_note_only_when_commas_as_points_give_the_expected_count(text, noted):
    """'[1,2]' for the 3 probabilities is two integers, not 1.2: the note would mislead."""
    q = load_question("softmax-probabilities")
    v = make_variant(q, "mendb", "x", fixed="course")
    (spec,) = v.answer_specs
    verdict = check_answer(spec, v.answers["p"], text)
    assert not verdict.correct and ("decimal comma" in verdict.message) == noted, verdict.message


def test_choosing_the_sigmoid_when_the_answer_is_relu_is_explained_by_a_reason_true_for_a_0():
    """a = 0 (ReLU): 'compare its sign with a's' is no reason, 0 has no sign; the sigmoid is never 0."""
    q = load_question("activation-from-output")
    v = make_variant(q, "mendb", "s1")
    (spec,) = v.answer_specs
    params = {**v.params, "a": 0.0}
    sigmoid = next(key for key, text in params["options"].items() if "sigmoid" in text)
    verdict = check_answer(spec, q.solve(params)["answers"]["activation"], sigmoid, params=params, mistakes=q.mistakes)
    assert verdict.mistake == "from-output-sigmoid" and "sign" not in verdict.hint and "never 0" in verdict.hint


def test_the_fitting_hints_compare_the_validation_loss_with_the_training_loss_not_the_baseline():
    hints = {m.id: m.hint for m in load_question("fitting-diagnosis").mistakes}
    assert "far above the training loss" in hints["diagnosis-overfitting"]
    assert "close to the training loss" in hints["diagnosis-good-fit"]


def test_told_apart_reads_each_answers_tolerance_from_the_questions_own_meta_toml(tmp_path):
    """The generators hard-coded tolerances copied from meta.toml: a wider one there must tell fewer mistakes apart."""
    import shutil

    from mlptutor.question_bank.drawing import told_apart

    q = load_question("mse-bce-losses")
    v = make_variant(q, "mendb", "s1")
    assert told_apart(v.params, v.answers, q.mistakes, str(q.folder / "params.py"))
    wide = shutil.copytree(q.folder, tmp_path / q.id)
    meta = wide / "meta.toml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("atol = 0.001", "atol = 1000.0"), encoding="utf-8")
    assert not told_apart(v.params, v.answers, q.mistakes, str(wide / "params.py"))


def test_variants_json_records_the_bank_version_and_a_remake_over_another_version_says_the_sheets_differ(tmp_path):
    """The same seed gives the same files only under the same generators: variants.json says which, a remake over
    a quiz of another version (or of before it was recorded) says the printed sheets differ; old files stay readable."""
    import json

    from click.testing import CliRunner

    from mlptutor.question_bank.commands import quiz
    from mlptutor.question_bank.variants import bank_version, load_quiz

    out = tmp_path / "quiz"
    args = ["--questions", "count-parameters", "--variants", "1", "--seed", "t", "--format", "md", "--out", str(out)]
    first = CliRunner().invoke(quiz, args)
    record = json.loads((out / "variants.json").read_text(encoding="utf-8"))
    assert first.exit_code == 0 and record["bank"] == bank_version() and "another version" not in first.output
    assert "another version" not in CliRunner().invoke(quiz, args).output
    del record["bank"]  # a variants.json written before the version was recorded
    (out / "variants.json").write_text(json.dumps(record), encoding="utf-8")
    assert load_quiz(out / "variants.json").bank == ""
    again = CliRunner().invoke(quiz, args)
    assert again.exit_code == 0 and "another version of the question bank (unrecorded" in again.output, again.output


def test_the_bank_version_covers_every_questions_templates_and_meta_toml(monkeypatch):
    """A tolerance in a meta.toml or a statement template changes the sheets and the key as much as a generator does;
    the version hashed the .py files alone, so such a change printed no note and kept QUIZ_GRADER_VERSION."""
    from mlptutor.grader import versioning
    from mlptutor.question_bank.loader import question_ids
    from mlptutor.question_bank.variants import bank_version

    hashed = []
    monkeypatch.setattr(versioning, "_digest", lambda items: hashed.extend(name for name, _ in items) or "")
    bank_version.__wrapped__()  # past its cache: what it hashes, not a version computed earlier
    for question in question_ids():
        assert {f"question_bank/questions/{question}/{name}" for name in ("meta.toml", "statement.md.j2")} <= set(hashed)
