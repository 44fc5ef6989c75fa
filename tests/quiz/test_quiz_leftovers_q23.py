"""quiz23 (2026-12-07): the last session's leftovers and an outsider's term of quizzes; each test fails before its fix."""

import shutil

import pytest

from mlptutor.question_bank.loader import QuestionError, load_question


def test_a_params_py_with_next_and_no_default_is_refused_at_load_in_one_line(tmp_path):
    """A bare next(...) raised StopIteration out of grading when an older variants.json's option wording no longer
    matched: the author learns it when the question loads, at the line."""
    folder = shutil.copytree(load_question("fitting-diagnosis").folder, tmp_path / "bare-next")
    params = folder / "params.py"
    params.write_text(params.read_text() + "\n\ndef _first(options):\n    return next(k for k in options)\n")
    with pytest.raises(QuestionError) as caught:
        load_question("bare-next", tmp_path)
    message = str(caught.value)
    assert "\n" not in message and "params.py:" in message and "next(...) without a default" in message
    params.write_text(params.read_text().replace("next(k for k in options)", "next((k for k in options), None)"))
    assert load_question("bare-next", tmp_path.resolve()).id == "bare-next"
