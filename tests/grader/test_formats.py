"""FORMATS: every registered feedback format renders a report, and `check --format` offers exactly them."""

import json

import pytest
from click.testing import CliRunner

import mlptutor.grader.pipeline
import mlptutor.grader.sandbox
from mlptutor.grader.commands import check
from mlptutor.grader.feedback import FORMATS
from mlptutor.grader.feedback.summary import outline
from mlptutor.grader.model import CheckResult, SubmissionReport


def sample():
    rows = [
        CheckResult("softmax", "softmax", "value", "value", 0.0, 2.0, False, "1/2 inputs right",
                    mistake="softmax-no-max-shift", hint="subtract the row maximum"),
        CheckResult("softmax", "softmax", "shape", "shape", 1.0, 1.0, True, "right shapes"),
    ]
    return SubmissionReport("dana", rows, problems=["notes.py: not an exercise"], output="hello\n")


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_renders_a_report(name):
    suffix, render = FORMATS[name]
    report = sample()
    text = render(report)
    assert suffix.startswith(".") and text.endswith("\n")
    assert text == render(report, outline(report))  # bulk passes the outline it has already
    if suffix == ".json":
        json.loads(text)
    assert "1/2 inputs right" in text


def test_the_registry_lists_the_five_formats():
    assert set(FORMATS) == {"text", "json", "md", "html", "gradescope"}


class _Sandbox:
    level = "bwrap"

    def __init__(self, **_):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self, wait=True):
        pass


class _Grader:
    def __init__(self, sandbox, specs=None):
        pass

    def grade(self, sources, student, only, inputs=""):
        return sample()


def test_check_accepts_exactly_the_registered_formats(tmp_path, monkeypatch):
    monkeypatch.setattr(mlptutor.grader.sandbox, "Sandbox", _Sandbox)
    monkeypatch.setattr(mlptutor.grader.pipeline, "Grader", _Grader)
    (tmp_path / "softmax.py").write_text("def softmax(z):\n    return z\n")
    monkeypatch.chdir(tmp_path)  # the file as a student names it: headings name a file given by another path by it
    choices = next(p for p in check.params if p.name == "fmt").type.choices
    assert list(choices) == list(FORMATS)
    for name, (_, render) in FORMATS.items():
        result = CliRunner().invoke(check, ["softmax.py", "--format", name])
        assert result.exit_code == 1, result.output  # a check fails in the sample
        assert result.output == render(sample())
    result = CliRunner().invoke(check, [str(tmp_path / "softmax.py"), "--format", "pdf"])
    assert result.exit_code == 2 and "'pdf'" in result.output
