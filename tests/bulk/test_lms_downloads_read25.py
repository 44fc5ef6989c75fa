"""read25: one class download per LMS, built from each one's documented naming (not from the reader's code), read as
`mlptutor grade` reads it: the right student, the latest attempt, every code file found, and a line for whatever is
passed over. Discovery only (no sandbox): some 0.3 s in all.

- Canvas "Download Submissions": <lastfirst>[_late]_<user id>_<attachment id>_<file>, a renamed upload's "-1", "-2";
- Moodle "Download all submissions": <Full Name>_<participant id>_assignsubmission_<plugin>[_]/ (file, onlinetext);
- Blackboard (Original and Ultra) "Download assignment": <assignment>_<username>_attempt_<time>_<file> beside the
  attempt's <...>_attempt_<time>.txt receipt;
- Brightspace "Download": <submission id>-<folder id> - <First Last> - <Mon D, YYYY HMM AM> - <file> beside index.html;
- Gradescope "Export Submissions": submission_<id>/ beside submission_metadata.yml (its :submitters:, :created_at:).
"""

import io
import zipfile
from datetime import datetime, timezone

from mlptutor.grader.bulk.discovery import discover
from mlptutor.roster import read_roster

EXERCISES = ("softmax", "losses")
SOFTMAX = "def softmax(Z):\n    return Z\n"
LOSSES = "def mse(Y_hat, Y):\n    return 0.0\n"


def _zip(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _read(tmp_path, write, files: dict, roster: str | None = None):
    """{student: (members, modules, origins, submitted_at, marked_late, problems)} and the class's lines."""
    for name, data in files.items():
        write(f"dl/{name}", data)
    listed = read_roster(write("roster.csv", roster)) if roster else None
    found = discover(tmp_path / "dl", EXERCISES, roster=listed)
    return ({s.student: (s.members, sorted(s.modules), s.origins, s.submitted_at, s.marked_late, s.problems)
             for s in found.submissions},
            [p for p in found.problems if "graded under it without --roster" not in p])


def test_canvas_download(tmp_path, write):
    subs, lines = _read(tmp_path, write, {
        "leeann_101_5551_softmax.py": SOFTMAX,
        "leeann_101_5552_Losses-1.py": LOSSES,  # a re-upload Canvas renamed, in the student's own letter case
        "müllerjürgen_late_102_5553_softmax-2.py": SOFTMAX,
        "王小明_103_5554_work.zip": _zip({"hw/softmax.py": SOFTMAX, "hw/code.zip": b"", "__MACOSX/hw/._a.py": ""}),
        "obrienpat_104_5555_notes.pdf": b"%PDF",
    })
    assert subs["101"][1:3] == (["losses", "softmax"], {"losses": ("Losses.py",), "softmax": ("softmax.py",)})
    assert subs["101"][5] == ["Losses.py: graded as losses (its name in other letter case: rename it losses.py, the "
                              "name an import finds)"]
    assert subs["102"][1] == ["softmax"] and subs["102"][4] is True  # late, by Canvas's mark
    assert subs["103"][1:3] == (["softmax"], {"softmax": ("hw/softmax.py",)})
    assert subs["103"][5] == ["王小明_103_5554_work.zip: hw/code.zip: not read, as a zip inside a zip: unzip it and "
                              "hand in its files"]
    assert lines == ["obrienpat_104_5555_notes.pdf: not a submission (expected a folder, .zip, .py or .ipynb); ignored"]


def test_moodle_download(tmp_path, write):
    subs, lines = _read(tmp_path, write, {
        "Ann Lee_123456_assignsubmission_file_/softmax.py": SOFTMAX,
        "Ann Lee_123456_assignsubmission_file_/sub/losses.py": LOSSES,
        "Ann Lee_123456_assignsubmission_onlinetext_/onlinetext.html": "<p>def softmax(Z): ...</p>",
        "José Núñez_123457_assignsubmission_file/hw.zip": _zip({"softmax.py": SOFTMAX}),
        "Bo Chen_123458_assignsubmission_file_softmax.py": SOFTMAX,
    })
    assert {s: v[1] for s, v in subs.items()} == {"123456": ["losses", "softmax"], "123457": ["softmax"],
                                                  "123458": ["softmax"]}
    assert subs["123457"][2] == {"softmax": ("hw.zip/softmax.py",)}
    assert lines == ["1 Moodle online texts (assignsubmission_onlinetext) passed over: only .py and .ipynb files are "
                     "graded (code pasted there is not): 123456"]


def test_blackboard_download_grades_the_last_attempt(tmp_path, write):
    receipt = "Name: {name}\nAssignment: HW 1\nDate Submitted: Monday, January 1, 2024 10:00:00 AM UTC\n"
    subs, lines = _read(tmp_path, write, {
        "HW 1_ann_lee_attempt_2024-01-01-10-00-00_softmax.py": "def softmax(Z):\n    return 0\n",
        "HW 1_ann_lee_attempt_2024-01-01-10-00-00.txt": receipt.format(name="Ann Lee (ann_lee)"),
        "HW 1_ann_lee_attempt_2024-01-02-10-00-00_softmax(1).py": SOFTMAX,
        "HW 1_ann_lee_attempt_2024-01-02-10-00-00.txt": receipt.format(name="Ann Lee (ann_lee)") + (
            "Files:\n\tOriginal filename: softmax.py\n\tFilename: HW 1_ann_lee_attempt_2024-01-02-10-00-00_softmax(1)"
            ".py\n"),
        "HW 1_bchen_attempt_2024-01-02-11-00-00_hw.zip": _zip({"softmax.py": SOFTMAX, "losses.py": LOSSES}),
        "HW 1_bchen_attempt_2024-01-02-11-00-00.txt": receipt.format(name="Bo Chen (bchen)"),
    })
    assert subs["ann_lee"][1:4] == (["softmax"], {"softmax": ("softmax.py",)},
                                    datetime(2024, 1, 2, 10, tzinfo=timezone.utc))
    assert subs["bchen"][1] == ["losses", "softmax"]
    assert lines == ["HW 1_ann_lee_attempt_2024-01-01-10-00-00_softmax.py: an earlier attempt of ann_lee than the one "
                     "of 2024-01-02 10:00:00 UTC; not graded (the last attempt is)"]


def test_brightspace_download_by_the_rosters_names(tmp_path, write):
    roster = ("OrgDefinedId,Username,Last Name,First Name,Email,End-of-Line Indicator\n"
              "#0001,#alee,Lee,Ann,alee@u.edu,#\n#0002,#jnunez,Núñez,José,j@u.edu,#\n")
    subs, lines = _read(tmp_path, write, {
        "index.html": "<html></html>",
        "57006-96739 - Ann Lee - Jan 1, 2024 1000 AM - softmax.py": "def softmax(Z):\n    return 0\n",
        "57007-96739 - Ann Lee - Jan 2, 2024 1000 AM - softmax.py": SOFTMAX,
        "57008-96739 - José Núñez - Jan 2, 2024 105 PM - hw.zip": _zip({"softmax.py": SOFTMAX}),
    }, roster)
    assert subs["alee"][3] == datetime(2024, 1, 2, 10, tzinfo=timezone.utc) and subs["alee"][1] == ["softmax"]
    assert subs["jnunez"][3] == datetime(2024, 1, 2, 13, 5, tzinfo=timezone.utc)
    assert lines == ["57006-96739 - Ann Lee - Jan 1, 2024 1000 AM - softmax.py: an earlier attempt of alee than the "
                     "one of 2024-01-02 10:00:00 UTC; not graded (the last attempt is)"]


def test_gradescope_export_grades_a_group_once_for_every_member(tmp_path, write):
    metadata = ("submission_1:\n  :submitters:\n  - :name: Ann Lee\n    :sid: '00123'\n    :email: ann@uni.edu\n"
                "  - :name: Bo Chen\n    :sid: '00124'\n    :email: bo@uni.edu\n"
                "  :created_at: 2024-03-05 14:22:11.123456000 -08:00\n  :score: 8.0\n"
                "submission_2:\n  :submitters:\n  - :name: Zoë Ørsted\n    :sid: '00125'\n    :email: zoe@uni.edu\n"
                "  :created_at: 2024-03-05 14:22:11.123456000 -08:00\n")
    subs, lines = _read(tmp_path, write, {"submission_metadata.yml": metadata, "submission_1/softmax.py": SOFTMAX,
                                          "submission_2/hw.zip": _zip({"softmax.py": SOFTMAX})})
    assert subs["ann@uni.edu"][0] == ("ann@uni.edu", "bo@uni.edu") and "bo@uni.edu" not in subs
    assert subs["ann@uni.edu"][3] == datetime(2024, 3, 5, 22, 22, 11, 123456, tzinfo=timezone.utc)
    assert subs["zoe@uni.edu"][1:3] == (["softmax"], {"softmax": ("hw.zip/softmax.py",)}) and lines == []


def test_an_earlier_blackboard_attempt_is_graded_when_the_later_ones_files_are_left_out(tmp_path, write):
    """The instructor says which attempt counts (Blackboard's "first attempt" grading) by leaving the later attempts'
    files out; their receipts, left behind, are no attempt."""
    subs, lines = _read(tmp_path, write, {
        "HW 1_bchen_attempt_2024-01-01-10-00-00_softmax.py": SOFTMAX,
        "HW 1_bchen_attempt_2024-01-01-10-00-00.txt": "Name: Bo Chen (bchen)\n",
        "HW 1_bchen_attempt_2024-01-02-10-00-00.txt": "Name: Bo Chen (bchen)\n",
    })
    assert subs["bchen"][3] == datetime(2024, 1, 1, 10, tzinfo=timezone.utc) and lines == []
