"""grader/mutation/score.py's spread: the benchmark's --limit sample, and --offset's other one."""

from mlptutor.grader.mutation.score import spread


def test_an_offset_draws_a_sample_between_the_default_picks():
    items = list(range(100))
    default, shifted = spread(items, 4), spread(items, 4, 0.5)
    assert default == [0, 25, 50, 75] and shifted == [12, 37, 62, 87]
    assert spread(items, 4, 0.0) == default and spread(items, None, 0.5) == items
