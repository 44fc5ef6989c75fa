"""`mlptutor release`: a weekly release holds only its exercises; bad options are one line."""

import json

from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.release.bundle import EXERCISES
from mlptutor.grader.specs import load_specs


def test_a_weekly_release_holds_only_its_exercises(tmp_path):
    out = tmp_path / "week3"
    done = CliRunner().invoke(cli, ["release", "--out", str(out), "--exercises", "softmax,layers"])
    assert done.exit_code == 0, done.output
    assert "left to grading" not in done.output  # every check of these two runs in the checker
    assert sorted(p.name for p in (out / "exercises").iterdir()) == ["README.md", "layers.py", "softmax.py"]
    readme = (out / "exercises" / "README.md").read_text()  # its table lists the released files alone
    assert "| `softmax.py` |" in readme and "| `layers.py` |" in readme and "| `activations.py` |" not in readme
    assert readme == (out / "mlptutor_student" / "stubs" / "README.md").read_text()
    document = json.loads((out / "mlptutor_student" / "public" / "checks.json").read_text())
    assert document["exercises"] == ["layers", "softmax"]
    assert {c["exercise"] for c in document["checks"]} == {"layers", "softmax"}
    assert "mlptutor-student init" in (out / "README.md").read_text()
    assert 'mlptutor-student = "mlptutor_student.cli:main"' in (out / "pyproject.toml").read_text()


def test_the_students_readme_gives_the_release_command_and_explains_every_check_kind():
    """The students' README (copied into every release) names `mlptutor-student check`, the only checker a
    release installs, and explains each kind a report line shows, in the words it shows them (`robustness`, `reuse
    (behaviour)`)."""
    from mlptutor.grader.model import KIND_WORDS

    readme = (EXERCISES / "README.md").read_text()
    assert "mlptutor-student check" in readme
    kinds = {check.kind for spec in load_specs().values() for function in spec.functions for check in function.checks}
    assert {kind for kind in kinds if f"- `{KIND_WORDS[kind]}`: " not in readme} == set()


def test_an_unknown_exercise_or_a_used_folder_is_one_line(tmp_path):
    unknown = CliRunner().invoke(cli, ["release", "--out", str(tmp_path / "a"), "--exercises", "softmax,sotfmax"])
    assert unknown.exit_code == 2 and "unknown exercise sotfmax" in unknown.output
    assert unknown.output.count("\n") == 1 and not (tmp_path / "a").exists()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "notes.txt").write_text("mine")
    used = CliRunner().invoke(cli, ["release", "--out", str(tmp_path / "b")])
    assert used.exit_code == 2 and "not an empty folder" in used.output
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["notes.txt"]


def test_a_check_whose_plan_is_not_plain_data_is_left_to_grading(monkeypatch):
    """A check kind the codec does not know yet costs the checker that check, not the release."""
    from mlptutor.grader.checks.value import ValueCheck
    from mlptutor.grader.release import record as recording
    from mlptutor.grader.specs import load_specs

    class Opaque:
        pass

    monkeypatch.setitem(recording.ADAPTERS, ValueCheck, lambda check, plan, portable, ctx: Opaque())
    document = json.loads(recording.record(load_specs(), ["softmax"]).checks)
    kinds = {c["kind"]: ("replay" in c, c.get("why", "")) for c in document["checks"]}
    assert kinds["value"] == (False, "not plain data: Opaque cannot be released as plain data")
    assert kinds["shape"][0] and kinds["hygiene"][0]


def test_an_exercise_the_students_table_lacks_gets_its_row_from_its_stub(tmp_path, monkeypatch):
    """A new exercise (a stub and a spec, no edit of exercises/README.md) was released under an empty table."""
    from mlptutor.grader.release import bundle

    (tmp_path / "README.md").write_text("# Exercises\n\n| file | what you write |\n| --- | --- |\n"
                                        "| `layers.py` | the dense layer |\n\n## Rules\n")
    (tmp_path / "leaky_layer.py").write_text('"""Exercise: the Leaky ReLU layer | pair.\n\nMore.\n"""\n')
    monkeypatch.setattr(bundle, "EXERCISES", tmp_path)
    assert bundle._students_readme(["leaky_layer", "layers"]) == (
        "# Exercises\n\n| file | what you write |\n| --- | --- |\n| `layers.py` | the dense layer |\n"
        "| `leaky_layer.py` | the Leaky ReLU layer \\| pair. |\n\n## Rules\n")
