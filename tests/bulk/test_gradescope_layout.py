"""Gradescope's results.json, written three ways (`mlptutor export --format gradescope`, `check --format
gradescope`, the autograder when it has nothing to grade): one layout, checked against the specification's
field names and types (https://gradescope-autograders.readthedocs.io/en/latest/specs/)."""

import json

import pytest
from bulk_fakes import fake_grade
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader import gradescope as autograder
from mlptutor.grader.bulk.gradebook import Gradebook
from mlptutor.grader.feedback import FORMATS

VISIBILITY = ("hidden", "after_due_date", "after_published", "visible")
OUTPUT_FORMATS = ("text", "html", "simple_format", "md", "ansi")
NUMBER = (int, float)
# field -> (types, allowed values or None); every field is optional in the specification
TOP = {"score": (NUMBER, None), "execution_time": (NUMBER, None), "output": (str, None),
       "output_format": (str, OUTPUT_FORMATS), "test_output_format": (str, OUTPUT_FORMATS),
       "test_name_format": (str, OUTPUT_FORMATS), "visibility": (str, VISIBILITY),
       "stdout_visibility": (str, VISIBILITY), "extra_data": (dict, None), "tests": (list, None),
       "leaderboard": (list, None)}
TEST = {"score": (NUMBER, None), "max_score": (NUMBER, None), "status": (str, ("passed", "failed")),
        "name": (str, None), "name_format": (str, OUTPUT_FORMATS), "number": (str, None), "output": (str, None),
        "output_format": (str, OUTPUT_FORMATS), "tags": (list, None), "visibility": (str, VISIBILITY),
        "extra_data": (dict, None)}
LEADER = {"name": (str, None), "value": ((str, int, float), None), "order": (str, ("asc", "desc"))}


def _conforms(data: dict, fields: dict, where: str) -> None:
    assert set(data) <= set(fields), f"{where}: fields the specification does not have: {set(data) - set(fields)}"
    for name, value in data.items():
        types, allowed = fields[name]
        assert isinstance(value, types) and not isinstance(value, bool), f"{where}.{name}: {value!r}"
        assert allowed is None or value in allowed, f"{where}.{name}: {value!r} not one of {allowed}"


def valid(results: dict) -> dict:
    """`results` after checking it against the specification: names, types, values, and a score to show."""
    _conforms(results, TOP, "results")
    assert "score" in results or all("score" in t for t in results["tests"])
    for i, test in enumerate(results.get("tests", [])):
        _conforms(test, TEST, f"tests[{i}]")
        assert all(isinstance(tag, str) for tag in test.get("tags", []))
        assert 0 <= test["score"] <= test["max_score"]
    for i, entry in enumerate(results.get("leaderboard", [])):
        _conforms(entry, LEADER, f"leaderboard[{i}]")
    return results


def _layout(results: dict) -> tuple:
    return tuple(results), tuple(tuple(t) for t in results["tests"])


@pytest.fixture
def report():
    return fake_grade("bob", {"softmax": "HALF \x1b[2J <b>"})


def _exported(tmp_path, report) -> dict:
    with Gradebook(tmp_path / "gb.sqlite") as gradebook:
        gradebook.record("hw", report)
    done = CliRunner().invoke(cli, ["export", "--format", "gradescope", "--gradebook", str(tmp_path / "gb.sqlite"),
                                    "--out", str(tmp_path / "gs")])
    assert done.exit_code == 0, done.output
    return json.loads((tmp_path / "gs" / "bob" / "results.json").read_text())


def test_the_export_and_the_check_write_the_same_results(tmp_path, report):
    exported = valid(_exported(tmp_path, report))
    checked = valid(json.loads(FORMATS["gradescope"].render(report)))
    assert exported == checked
    assert {t["visibility"] for t in exported["tests"]} == {exported["visibility"]}
    assert "\x1b" not in json.dumps(exported) and "\\u001b" not in json.dumps(exported)  # shown visibly, not raw


def test_the_autograder_with_nothing_to_grade_writes_the_same_layout(tmp_path, report):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "config.json").write_text(json.dumps({"exercises": ["softmax"], "visibility": "hidden"}))
    (tmp_path / "submission").mkdir()
    autograder.main([str(tmp_path)])
    empty = valid(json.loads((tmp_path / "results" / "results.json").read_text()))
    assert empty["score"] == 0 and empty["tests"] == [] and "softmax.py" in empty["output"]
    assert tuple(empty) == _layout(json.loads(FORMATS["gradescope"].render(report)))[0]


def test_a_result_off_the_specification_is_refused():
    good = {"score": 1.0, "tests": [{"name": "a", "score": 1, "max_score": 1, "visibility": "visible"}]}
    valid(good)
    for bad in ({**good, "scores": 1}, {**good, "visibility": "public"},
                {**good, "tests": [{**good["tests"][0], "status": "ok"}]},
                {**good, "tests": [{**good["tests"][0], "number": 1.1}]},
                {**good, "leaderboard": [{"name": "x", "value": 1, "order": "up"}]}):
        with pytest.raises(AssertionError):
            valid(bad)
