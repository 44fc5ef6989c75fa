"""`mlptutor quiz` re-made over an earlier one: the note names the students whose printed sheets are gone, and says
when the earlier variants.json could not be read."""

import json

from click.testing import CliRunner

from mlptutor.question_bank.commands import quiz


def _make(out, variants: int):
    args = ["--questions", "count-parameters", "--variants", str(variants), "--seed", "t", "--format", "md",
            "--out", str(out)]
    result = CliRunner().invoke(quiz, args)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_remake_for_fewer_students_names_those_no_longer_on_the_roster(tmp_path):
    """Students dropped from the roster lost their sheets on a remake, unnamed: 'every sheet ... is the same'."""
    out = tmp_path / "quiz"
    _make(out, 4)
    again = _make(out, 2)
    assert "no longer on the roster, their sheets dropped: variant-03, variant-04" in again, again


def test_a_remake_over_an_unreadable_variants_json_says_so_not_another_seed_or_roster(tmp_path):
    """An unreadable or other-schema variants.json was taken for 'other sheets (another seed or roster)' with every
    student's sheet 'differing'."""
    out = tmp_path / "quiz"
    _make(out, 2)
    record = json.loads((out / "variants.json").read_text(encoding="utf-8"))
    for text in (json.dumps({**record, "schema": 0}), "{not json"):
        (out / "variants.json").write_text(text, encoding="utf-8")
        again = _make(out, 2)
        assert "could not read the earlier variants.json" in again and "another seed or roster" not in again, again
