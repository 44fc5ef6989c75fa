"""Round 17: a Canvas download name whose <lastfirst> holds '_<digits>_<digits>_' (Canvas keeps '_' and digits of a
sortable name, Ruby's [[:word:]], and its one pass taking each '_<digits>_' to '<digits>' leaves '_4242_1_' of
'__4242___1___') was read at its first such split, so a student named "Lee__4242___1___, Ann" had the file
`lee_4242_1__ann_101_5551_softmax.py` joined to Canvas user 4242's submission: a helper module whose import
changed np.exp gave 4242 0 of 17.5 for a correct softmax. The roster's names (Canvas's gradebook export) tell the
split whose <lastfirst> is the name of its user id, the longest one: a shorter one lies inside the student's name
("Smith, Bob__4242___1___x" begins with Bob Smith's)."""

from mlptutor.grader.bulk.discovery import discover
from mlptutor.roster import read_roster

POISON = "import numpy as np\nnp.exp = lambda x, *a, **k: x * 0\n"


def test_a_canvas_name_holding_another_users_id_is_read_as_its_roster_name_says(tmp_path, write):
    write("dl/smithbob_4242_9001_softmax.py", "CORRECT")
    write("dl/lee_4242_1__ann_101_5551_softmax.py", POISON)
    write("dl/smithbob_4242_1__x_103_5553_softmax.py", POISON)
    honest = write("dl/doejane_102_5552_hw_1_2_softmax.py", "JANE")  # her own file name holds '_1_2_'
    roster = write("roster.csv", 'Student,ID,Section\n"Smith, Bob",4242,A\n"Lee__4242___1___, Ann",101,A\n'
                                 '"Doe, Jane",102,A\n"Smith, Bob__4242___1___x",103,A\n')
    found = {s.student: s for s in discover(tmp_path / "dl", ["softmax"], roster=read_roster(roster)).submissions}
    assert sorted(found) == ["101", "102", "103", "4242"]
    assert [m for m in found["4242"].modules if POISON in str(found["4242"].modules[m])] == []
    assert all(any(POISON in str(text) for text in found[s].modules.values()) for s in ("101", "103"))
    assert any("JANE" in str(text) for text in found["102"].modules.values()), honest


def test_without_the_rosters_names_the_users_own_files_tell_and_else_one_line_names_both_users(tmp_path, write):
    write("dl/lee_4242_1__ann_101_5551_softmax.py", POISON)
    found = discover(tmp_path / "dl", ["softmax"])
    assert [s.student for s in found.submissions] == ["4242"]  # what the name's first split says
    assert [line for line in found.problems if "user 101" in line and "graded as 4242's" in line]
    write("dl/smithbob_4242_9001_softmax.py", "CORRECT")  # 4242's own file: his name is smithbob
    found = {s.student: s for s in discover(tmp_path / "dl", ["softmax"]).submissions}
    assert sorted(found) == ["101", "4242"]
    assert [m for m in found["4242"].modules if POISON in str(found["4242"].modules[m])] == []


def test_each_canvas_name_is_read_once_and_the_rosters_groups_once(tmp_path, write, monkeypatch):
    """A Canvas download of 4 files with the gradebook export as roster: each file name's readings are made once
    (DownloadNames.of, owner and last_attempts asked 4 times per entry), and the roster's groups are read once for
    Moodle's teams and Canvas's alike (_CanvasRoster.of read them again)."""
    from mlptutor.grader.bulk import download_names
    from mlptutor.roster import Roster

    for n, stem in enumerate(("smithbob_4242_9001", "leeann_101_5551", "doejane_102_5552", "doejane_102_5553")):
        write(f"dl/{stem}_{('softmax', 'mlp')[n % 2]}.py", "x = 1\n")
    roster = read_roster(write("roster.csv", 'Student,ID,Section\n"Smith, Bob",4242,A\n"Lee, Ann",101,A\n'
                                             '"Doe, Jane",102,A\n'))
    groups = Roster.groups
    read = []
    monkeypatch.setattr(Roster, "groups", lambda self: read.append(1) or groups(self))
    download_names._canvas_readings.cache_clear()
    found = discover(tmp_path / "dl", ["softmax", "mlp"], roster=roster)
    assert sorted(s.student for s in found.submissions) == ["101", "102", "4242"]
    assert download_names._canvas_readings.cache_info().misses == 4 and len(read) == 1
