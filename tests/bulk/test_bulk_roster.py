import csv

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.grader.bulk import commands
from mlptutor.cli import cli
from mlptutor.roster import RosterError, read_roster


def test_roster_reports_bad_rows_missing_and_unknown(write):
    path = write("roster.csv", "\ufeffStudent,first_name,last_name,email\nalice,Alice,Liddell,a@x\n"
                               "bob,Bob\n,No,Id,n@x\nalice,Again,Twice,\ncarol,Carol,C,c@x\n\n")
    roster = read_roster(path)
    assert sorted(roster.by_id()) == ["alice", "carol"]
    assert roster.by_id()["alice"].last_name == "Liddell"
    assert [p.split(":")[0] for p in roster.problems] == [f"{path} row 3", f"{path} row 4", f"{path} row 5"]
    assert roster.compare(["alice", "zed"]) == ["1 on the roster, no submission: carol",
                                               "zed: submitted, not on the roster (graded anyway)"]


def test_roster_without_id_column_is_refused(write):
    with pytest.raises(RosterError, match="no id column"):
        read_roster(write("roster.csv", "name,email\nAlice,a@x\n"))
    with pytest.raises(RosterError, match="cannot be read"):
        read_roster(write("bin.csv", b"\xff\xfe\x00\xd8bad"))


def test_one_roster_for_grade_and_export_reports_bad_rows_and_goes_on(tmp_path, write, monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)
    write("class/alice/softmax.py", "CORRECT")
    write("class/bob/softmax.py", "HALF")
    roster = write("roster.csv", "id,name,first_name,last_name,email\nalice,Alice L,Alice,Liddell,a@x\n"
                                 "bob/2,Bob,Bob,B,b@x\ncarol,Carol,Carol,C,c@x\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["grade", str(tmp_path / "class"), "--out", str(out), "--roster", str(roster)])
    assert result.exit_code == 0, result.output
    assert f"{roster} row 3: id 'bob/2' may hold only ASCII letters" in result.output and "; row skipped" in result.output
    assert "1 on the roster, no submission: carol" in result.output
    assert "bob: submitted, not on the roster (graded anyway)" in result.output
    result = CliRunner().invoke(cli, ["export", "--format", "nbgrader", "--gradebook", str(out / "gradebook.sqlite"),
                                      "--roster", str(roster), "--out", str(tmp_path / "nb.csv")])
    assert result.exit_code == 0 and f"{roster} row 3" in result.output
    rows = {r["student_id"]: r for r in csv.DictReader((tmp_path / "nb.csv").open())}
    assert (rows["alice"]["last_name"], rows["alice"]["email"], rows["bob"]["email"]) == ("Liddell", "a@x", "")
