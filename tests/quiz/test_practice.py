"""The practice tutor driven through piped input: retries, hint levels, mastery-based choice, saved progress."""

from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from click.testing import CliRunner

from mlptutor.question_bank.loader import load_question
from mlptutor.question_bank.mastery import (PracticeRecord, TopicState, choose_question, choose_topic, default_progress_path,
                                   expected, updated)
from mlptutor.question_bank.practice import hint, practice, practice_variant

NOW = datetime(2026, 1, 10, tzinfo=timezone.utc)


def _run(tmp_path, args, lines):
    return CliRunner().invoke(practice, [*args, "--progress", str(tmp_path / "p.sqlite")],
                              input="".join(f"{line}\n" for line in lines))


def test_a_wrong_answer_is_retried_and_the_answer_shown_only_after_the_tries(tmp_path):
    question = load_question("count-parameters")  # the only counting question: every round poses it
    first = practice_variant(question, 7, 0)
    no_biases = first.answers["total"] - sum(first.params["widths"][1:])
    result = _run(tmp_path, ["--topic", "counting", "--seed", "7", "--tries", "2", "--rounds", "1"],
                  ["twenty-six", str(no_biases), str(no_biases + 1)])
    out = result.output
    assert result.exit_code == 0, out
    assert "Cannot read that: 'twenty-six' is not a number" in out  # no try spent
    assert "looks like the weights without the biases" in out
    assert "Try again (1 try left), or type hint." in out
    assert f"The answer was: {first.answers['total']}" in out
    assert out.index("The answer was") < out.index("Worked solution:")


def test_hints_go_from_general_to_specific_and_a_retry_can_succeed(tmp_path):
    question = load_question("count-parameters")
    variant = practice_variant(question, 7, 0)
    result = _run(tmp_path, ["--topic", "counting", "--seed", "7", "--rounds", "1"],
                  ["1", "hint", "hint", "hint", "hint", str(variant.answers["total"])])
    out = result.output
    levels = [hint(variant, question, level) for level in (1, 2, 3)]
    assert hint(variant, question, 4) is None
    assert [out.index(f"Hint {n}: {text}") for n, text in enumerate(levels, start=1)] == sorted(
        out.index(f"Hint {n}: {text}") for n, text in enumerate(levels, start=1))
    assert "n-by-m weight matrix" in levels[0] and "bias" in levels[1] and levels[2].startswith("The first step")
    assert "No more hints" in out and "Correct." in out and "Done." in out
    with PracticeRecord(tmp_path / "p.sqlite") as progress:
        state = progress.state("counting")
    assert state.posed == 1 and state.solved == 0  # solved after help: half credit, not a clean solve
    assert state.rating == pytest.approx(updated(0.0, question.difficulty, 0.5))


def test_a_mistake_on_an_early_part_reveals_nothing_of_later_parts(tmp_path):
    question = load_question("mse-bce-losses")  # two answers
    variant = practice_variant(question, 3, 0)
    second = variant.answer_specs[1]
    result = _run(tmp_path, ["--topic", "losses", "--seed", "3", "--rounds", "1"], ["123456", "quit"])
    out = result.output
    assert "Not quite" in out and "Worked solution" not in out
    shown = f"{variant.answers[second['name']]:.3f}"
    assert shown not in out and second["label"] not in out


def test_the_next_topic_is_the_weakest_or_most_overdue():
    chooser = np.random.default_rng(0)
    strong = TopicState("softmax", rating=2.0, posed=5, solved=5, last=NOW - timedelta(hours=1))
    weak = TopicState("backprop", rating=-1.5, posed=5, solved=1, last=NOW - timedelta(hours=1))
    assert choose_topic([strong, weak], NOW, None, chooser) == "backprop"
    overdue = TopicState("softmax", rating=2.0, posed=5, solved=5, last=NOW - timedelta(days=60))
    middling = TopicState("backprop", rating=0.3, posed=5, solved=3, last=NOW - timedelta(hours=1))
    assert choose_topic([overdue, middling], NOW, None, chooser) == "softmax"
    fresh = TopicState("losses")  # never practised: due
    assert choose_topic([fresh, strong], NOW, None, chooser) == "losses"
    # the topic just done is halved, so an equal pair alternates
    a, b = TopicState("a", last=NOW), TopicState("b", last=NOW)
    assert choose_topic([a, b], NOW, "a", chooser) == "b"


def test_the_question_aims_at_a_70_percent_chance():
    easy, hard = load_question("count-parameters"), load_question("softmax-jacobian")
    chooser = np.random.default_rng(0)
    assert choose_question([easy, hard], 0.0, chooser) is easy
    assert choose_question([easy, hard], 3.0, chooser) is hard
    assert expected(0.0, 2) == pytest.approx(0.5) and updated(0.0, 2, 1.0) == pytest.approx(0.2)


def test_mastery_drives_the_session_and_persists(tmp_path):
    with PracticeRecord(tmp_path / "p.sqlite") as progress:
        for _ in range(4):
            progress.record("softmax", "softmax-probabilities", 2, 1.0, datetime.now(timezone.utc))
        progress.record("losses", "mse-bce-losses", 2, 0.0, datetime.now(timezone.utc))
    result = _run(tmp_path, ["--topic", "softmax,losses", "--seed", "5", "--rounds", "1"], ["quit"])
    assert result.exit_code == 0, result.output
    assert "(losses) ==" in result.output and "(softmax) ==" not in result.output
    stats = _run(tmp_path, ["--topic", "softmax,losses", "--stats"], [])
    assert stats.exit_code == 0
    lines = {line.split()[0]: line for line in stats.output.splitlines()[1:]}
    assert "solved 4/4" in lines["softmax"] and "solved 0/1" in lines["losses"]
    assert int(lines["softmax"].split()[1].rstrip("%")) > int(lines["losses"].split()[1].rstrip("%"))


def test_the_default_progress_file_is_under_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_progress_path() == tmp_path / "mlptutor" / "progress.sqlite"


def test_unknown_topic_and_bad_progress_file_are_one_line(tmp_path):
    result = _run(tmp_path, ["--topic", "astrology"], [])
    assert result.exit_code != 0 and "unknown topic 'astrology'" in result.output
    (tmp_path / "notes.txt").write_text("not a database, just notes " * 100)
    bad = CliRunner().invoke(practice, ["--progress", str(tmp_path / "notes.txt"), "--stats"])
    assert bad.exit_code != 0 and "cannot open the practice progress file" in bad.output
    assert "Traceback" not in result.output + bad.output


def test_symbolic_companion_starts_only_for_topics_with_formula_answers(tmp_path, monkeypatch):
    import mlptutor.question_bank.practice as practice_module

    asked = []
    real = practice_module.formula_sandbox
    monkeypatch.setattr(practice_module, "formula_sandbox", lambda needed=True: asked.append(needed) or real(False))
    for topic in ("counting", "derivatives"):
        result = _run(tmp_path, ["--topic", topic, "--seed", "7", "--rounds", "1"], ["quit"])
        assert result.exit_code == 0, result.output
    assert asked == [False, True]  # counting has no formula question; derivatives has two


@pytest.mark.parametrize("question_id", ["three-way-split", "loss-activation-pairing"])
def test_no_hint_gives_the_answer_away(question_id):
    """The last hint was the worked solution's first step, which there states an answer: the training set's size
    ('Training: 0.7 * 4818 = 3372.60, rounded: 3373.'), the right pairing ('softmax ... categorical
    cross-entropy'); it is left out for them, and hints end a level earlier."""
    question = load_question(question_id)
    for seed in range(6):
        variant = practice_variant(question, seed, 0)
        hints = [hint(variant, question, level) for level in range(1, 5)]
        shown = " ".join(h for h in hints if h)
        assert not any(h and h.startswith("The first step") for h in hints)
        if question_id == "three-way-split":
            assert str(variant.answers["sizes"][0]) not in shown
        else:
            key = variant.answers["pairing"]
            right = [variant.params["options"][k] for k in (key if isinstance(key, list) else [key])]
            assert not any(word in shown for option in right for word in option.split()
                           if word in ("softmax", "sigmoid", "linear", "categorical", "binary"))

