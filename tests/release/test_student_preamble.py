"""The student checker's preamble names the checks it does not run as the feedback names checks (review A of read24:
'softmax.softmax: hygiene', the grader's own word, where the feedback says 'robustness')."""

from mlptutor.grader.release.student.cli import _preamble
from mlptutor.grader.release.student.replay import Release


def test_checks_not_run_here_are_named_in_plain_words():
    later = [{"exercise": "softmax", "function": "softmax", "check": "hygiene", "kind": "hygiene", "points": 1.0},
             {"exercise": "xor", "function": "train_xor", "check": "learns", "kind": "behaviour", "points": 2.0}]
    text, _ = _preamble(Release({}, "public", later), ["softmax", "xor"])
    assert "also these checks, not run here: softmax.softmax: robustness; xor.train_xor: learns (behaviour)" in text
