"""Attacks of the twelfth round, from outside: hostile submissions and input files against the grader's promises
(the same submission gets the same grade; students never hold solutions; bad input is one line)."""

from click.testing import CliRunner
from test_bulk_attacks_r10 import _table_cheat

from mlptutor.cli import cli


def test_a_table_of_the_releases_answers_scores_nothing_on_a_repeated_check_either(tmp_path):
    """`check --student` keeps each function's plans on disk; a kept plan came without the draws' makers, so every
    drawn case counted as secret and the table scored 3.2 of 64 on the second check of the same files (0 on the
    first): gradcheck's relative_error pairs and perceptron's XOR gates, in every release."""
    for name in ("gradcheck", "perceptron"):
        (tmp_path / f"{name}.py").write_text(_table_cheat(name))
    runner = CliRunner(env={"MLPTUTOR_CACHE": str(tmp_path / "cache")})
    first, again = (runner.invoke(cli, ["check", str(tmp_path), "--student", "mallory"]) for _ in range(2))
    assert (tmp_path / "cache" / "plans.pickle").exists()  # the second check judged kept plans
    assert "Total: 0/36" in first.output, first.output
    assert again.output == first.output
