import pytest

from mlptutor.roster import RosterError, read_roster


def test_roster_reports_bad_rows_missing_and_unknown(write):
    path = write("roster.csv", "\ufeffStudent,first_name,last_name,email\nalice,Alice,Liddell,a@x\n"
                               "bob,Bob\n,No,Id,n@x\nalice,Again,Twice,\ncarol,Carol,C,c@x\n\n")
    roster = read_roster(path)
    assert sorted(roster.by_id()) == ["alice", "carol"]
    assert roster.by_id()["alice"].last_name == "Liddell"
    assert [p.split(":")[0] for p in roster.problems] == [f"{path} row 3", f"{path} row 4", f"{path} row 5"]
    assert roster.compare(["alice", "zed"]) == ["carol: on the roster, no submission",
                                               "zed: submitted, not on the roster (graded anyway)"]


def test_roster_without_id_column_is_refused(write):
    with pytest.raises(RosterError, match="no id column"):
        read_roster(write("roster.csv", "name,email\nAlice,a@x\n"))
    with pytest.raises(RosterError, match="cannot be read"):
        read_roster(write("bin.csv", b"\xff\xfe\x00bad"))
