"""Attacks of the nineteenth round on `quiz grade`: the trusted side's own cost of reading a hostile response."""

import time

from mlptutor.question_bank.answers import _plain_number, check_answer

NUMERIC = {"type": "numeric", "name": "total", "label": "the number of learnable parameters", "rtol": 0.0, "atol": 0.0}


def test_a_long_run_of_spaces_costs_linear_time():
    """"1", 100,000 spaces and tabs, "2" (a field within csv's limit): the spaces around a fraction's slash were
    matched from every space of the run, 56 s of CPU for one response (a class file of them: hours)."""
    text = "1" + " \t" * 60_000 + "2"
    start = time.process_time()
    verdict = check_answer(NUMERIC, 305, text)
    assert time.process_time() - start < 2.0  # CPU time, was about 20 s here (quadratic); now about 0.05 s
    assert not verdict.correct
    # the spelling read around a slash is as before
    assert [_plain_number(t) for t in ("1 / 2", "1/ 2", "= 3 /4", " 1 \t/\t 2", "1 2 / 3")] == \
        ["1/2", "1/2", "3/4", "1/2", "1 2/3"]
