"""Round 10 outsider: nbgrader's submitted/ listed once per `mlptutor grade`, Moodle's group submissions and
localised worksheets, Gradescope's roster, Blackboard's original file names, Canvas's _late against file
times, the zip end record read by hand, a YAML alias bomb, and the LMS import files checked field by field."""

from pathlib import Path

import pytest
from bulk_fakes import FakeEngine
from click.testing import CliRunner

from mlptutor.cli import cli
from mlptutor.grader.bulk import commands


@pytest.fixture
def fake_engine(monkeypatch):
    monkeypatch.setattr(commands, "Engine", FakeEngine)


def _grade(root: Path, out: Path, *options: str):
    result = CliRunner().invoke(cli, ["grade", str(root), "--out", str(out), *options])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result.output


def _export(tmp_path: Path, fmt: str, roster: Path, out: Path) -> str:
    """`mlptutor export --format fmt` of tmp_path/out's gradebook into `out`; its output."""
    gradebook = tmp_path / "out" / "gradebook.sqlite"
    result = CliRunner().invoke(cli, ["export", "--format", fmt, "--gradebook", str(gradebook), "--roster", str(roster),
                                      "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def test_grade_lists_nbgrader_submitted_folder_once(tmp_path, write, monkeypatch, fake_engine):
    for student in ("ann", "bob"):
        write(f"course/submitted/{student}/hw1/softmax.py", "CORRECT")
    write("course/source/hw1/softmax.ipynb", "{}")
    listed = []
    real = Path.iterdir

    def counting(path):
        listed.append(path.relative_to(tmp_path).as_posix() if path.is_relative_to(tmp_path) else "")
        return real(path)

    monkeypatch.setattr(Path, "iterdir", counting)
    said = _grade(tmp_path / "course", tmp_path / "out")
    assert "hw1: 2 submissions, 2 graded" in said
    assert listed.count("course/submitted") == 1
    assert listed.count("course/submitted/ann") == 1 and listed.count("course/submitted/bob") == 1


# Moodle's grading worksheet of a team assignment: a Group column (the group's name; "Default group" for a
# student in none), identities as "Participant <id>"
TEAM_WORKSHEET = ("Identifier,\"Full name\",\"Email address\",Status,Group,Grade,\"Maximum Grade\","
                  "\"Last modified (submission)\",\"Last modified (grade)\"\r\n"
                  "\"Participant 501\",\"Ann Lee\",ann@uni.edu,Submitted,\"Team_A\",,4.00,-,-\r\n"
                  "\"Participant 502\",\"Bo Yu\",bo@uni.edu,Submitted,\"Team_A\",,4.00,-,-\r\n"
                  "\"Participant 503\",\"Cy Ng\",cy@uni.edu,Submitted,\"Default group\",,4.00,-,-\r\n"
                  "\"Participant 504\",\"Di Ho\",di@uni.edu,\"No submission\",\"Team B\",,4.00,-,-\r\n")


def test_moodle_team_submission_is_graded_once_and_given_to_every_member(tmp_path, write, fake_engine):
    # mod/assign's downloader: <group name, "_" as space>_<group id>_assignsubmission_<plugin>; no id for the
    # students in no group
    write("dl/Team A_17_assignsubmission_file/softmax.py", "CORRECT")
    write("dl/Default group_assignsubmission_file/softmax.py", "HALF")
    roster = write("worksheet.csv", TEAM_WORKSHEET)
    said = _grade(tmp_path / "dl", tmp_path / "out", "--roster", str(roster))
    assert "2 submissions, 2 graded" in said
    assert "1 on the roster, no submission: 504" in said
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()
    assert rows[0].startswith("student,losses,softmax,")
    assert [r.split(",")[:3:2] for r in rows[1:]] == [["501", "2"], ["502", "2"], ["503", "1"]]
    _export(tmp_path, "moodle-worksheet", roster, tmp_path / "ws.csv")
    written = (tmp_path / "ws.csv").read_text()
    assert "Participant 501" in written and "Participant 502" in written and "Participant 503" in written


def test_moodle_team_submission_without_the_groups_is_one_line(tmp_path, write, fake_engine):
    write("dl/Default group_assignsubmission_file/softmax.py", "HALF")
    write("dl/Ann Lee_501_assignsubmission_file/softmax.py", "CORRECT")
    said = _grade(tmp_path / "dl", tmp_path / "out")
    assert ("Default group_assignsubmission_file: Moodle's team submission of 'Default group', whose members are "
            "unknown; not graded (give the assignment's grading worksheet, with its Group column, as --roster)") in said


# The same worksheet from a German Moodle (language pack strings; the Identifier is hiddenuser + id without a
# space, the time userdate's strftimedaydatetime), and a French and Spanish one's time
DE_WORKSHEET = ("ID,\"Vollständiger Name\",Status,Gruppe,Bewertung,Bestwertung,\"Zuletzt geändert (Abgabe)\","
                "\"Zuletzt geändert (Bewertung)\"\r\n"
                "Teilnehmer/in601,\"Jörg Kahn\",Abgegeben,,,4.00,\"Dienstag, 5. März 2024, 14:22\",-\r\n"
                "Teilnehmer/in602,\"Uta Berg\",Abgegeben,,,4.00,\"Montag, 4. März 2024, 09:00\",-\r\n"
                "Teilnehmer/in603,\"Eva Roth\",Abgegeben,,,4.00,\"bald\",-\r\n")


def test_a_german_worksheet_gives_ids_times_and_is_exported_back_in_german(tmp_path, write, fake_engine):
    for pid in ("601", "602", "603"):
        write(f"dl/Someone_{pid}_assignsubmission_file/softmax.py", "CORRECT")
    roster = write("bewertung.csv", DE_WORKSHEET)
    said = _grade(tmp_path / "dl", tmp_path / "out", "--roster", str(roster), "--due", "2024-03-05 12:00",
                  "--lms-time-zone", "Europe/Berlin", "--late-penalty", "per-day:1")
    assert "3 submissions, 3 graded" in said and "1 late" in said  # 601: 13:22 UTC, after 12:00
    assert f"{roster}: the submission time of 603: 'bald' is not a Moodle date and time" in said
    rows = {r.split(",")[0]: r.split(",") for r in (tmp_path / "out" / "grades.csv").read_text().splitlines()}
    assert rows["student"][5:8] == ["late", "penalty", "final"]
    assert rows["601"][5:8] == ["1.366667", "1", "1"] and rows["602"][5] == "" and rows["603"][5] == ""
    _export(tmp_path, "moodle-worksheet", roster, tmp_path / "ws.csv")
    lines = (tmp_path / "ws.csv").read_text().splitlines()
    assert lines[0] == "ID,Vollständiger Name,Bewertung,Bestwertung,Zuletzt geändert (Bewertung)"
    assert lines[1] == "Teilnehmer/in601,Jörg Kahn,1,4,"


@pytest.mark.parametrize("text, utc", [
    ("Tuesday, 5 March 2024, 2:22 PM", "2024-03-05 14:22"),
    ("Tuesday, 5 March 2024, 12:05 AM", "2024-03-05 00:05"),
    ("mardi 5 mars 2024, 14:22", "2024-03-05 14:22"),
    ("martes, 5 de marzo de 2024, 14:22", "2024-03-05 14:22"),
])
def test_moodle_worksheet_times_in_four_languages(text, utc):
    from datetime import timezone

    from mlptutor.grader.bulk.late import moodle_time

    assert moodle_time(text, timezone.utc).strftime("%Y-%m-%d %H:%M") == utc
    assert moodle_time("-", timezone.utc) is None


def test_french_and_spanish_worksheet_headers_are_read(tmp_path):
    from mlptutor.roster import read_roster

    fr = tmp_path / "fr.csv"
    fr.write_text("Identifiant,\"Nom complet\",Groupe,\"Dernière modification (travail remis)\",Note,"
                  "\"Dernière modification (note)\"\n"
                  "Participant701,\"Zoé Durand\",\"Équipe 1\",\"mardi 5 mars 2024, 14:22\",,-\n")
    es = tmp_path / "es.csv"
    es.write_text("Identificador,\"Nombre completo\",\"Número de ID\",Calificación,"
                  "\"Última modificación (calificación)\"\nParticipante702,\"Ana Ruiz\",A9,,-\n")
    (zoe,) = read_roster(fr).students
    assert (zoe.id, zoe.name, zoe.group, zoe.submitted, zoe.lms_label) == (
        "701", "Zoé Durand", "Équipe 1", "mardi 5 mars 2024, 14:22", "Participant701")
    (ana,) = read_roster(es).students
    assert (ana.id, ana.sis_id, ana.lms_label) == ("702", "A9", "Participante702")


# Moodle's grade export (Grades > Export > Plain text file) in the teacher's language: the user columns are
# Moodle's core strings firstname, lastname, idnumber, institution, department, email (the default profile fields)
GRADE_EXPORTS = {
    "de": "Vorname,Nachname,ID-Nummer,Institution,Abteilung,E-Mail-Adresse,\"Aufgabe: hw1 (Punkte)\"\n",
    "fr": "Prénom,Nom,\"Numéro d'identification\",Institution,Département,\"Adresse de courriel\",\"Devoir: hw1\"\n",
    "es": "Nombre,Apellido(s),\"Número de ID\",Institución,Departamento,\"Dirección de correo\",\"Tarea: hw1\"\n",
}


@pytest.mark.parametrize("language", sorted(GRADE_EXPORTS))
def test_a_moodle_grade_export_in_german_french_or_spanish_is_read(tmp_path, language):
    from mlptutor.roster import read_roster

    path = tmp_path / f"{language}.csv"
    path.write_text(GRADE_EXPORTS[language] + "Jörg,Kahn,S-601,,,joerg@uni.example,3\n")
    roster = read_roster(path)
    (joerg,) = roster.students
    assert (joerg.id, joerg.name, joerg.sis_id, joerg.email) == ("joerg@uni.example", "Jörg Kahn", "S-601",
                                                                 "joerg@uni.example")
    assert roster.layout.system == f"Moodle ({language})" and roster.skipped() == []


def test_an_older_moodles_english_grade_export_with_surname_is_read(tmp_path):
    """Moodle's English pack wrote the last name's header "Surname" before "Last name" (lang/en/moodle.php)."""
    from mlptutor.roster import read_roster

    path = tmp_path / "en.csv"
    path.write_text("First name,Surname,ID number,Institution,Department,Email address,\"Assignment: hw1 (Real)\"\n"
                    "Jörg,Kahn,S-601,,,joerg@uni.example,3\n")
    roster = read_roster(path)
    (joerg,) = roster.students
    assert (joerg.id, joerg.first_name, joerg.last_name, joerg.sis_id) == ("joerg@uni.example", "Jörg", "Kahn", "S-601")
    assert roster.layout.system == "Moodle" and roster.skipped() == []


def test_a_grade_export_in_another_language_names_the_column_to_rename(tmp_path):
    from mlptutor.roster import RosterError, read_roster

    it = tmp_path / "it.csv"
    it.write_text("Nome,Cognome,\"Indirizzo email\",\"Compito: hw1\"\nLia,Neri,lia@uni.example,3\n")
    with pytest.raises(RosterError) as caught:
        read_roster(it)
    assert str(caught.value).endswith("rename 'indirizzo email' (each student's email address) to 'id'")


def test_a_worksheet_in_an_unknown_language_is_one_line_naming_its_columns(tmp_path):
    from mlptutor.roster import RosterError, read_roster

    it = tmp_path / "it.csv"
    it.write_text("Identificativo,\"Nome completo\",Valutazione\nPartecipante801,Lia,\n")
    with pytest.raises(RosterError) as caught:
        read_roster(it)
    message = str(caught.value)
    assert "\n" not in message and "'identificativo', 'nome completo', 'valutazione'" in message
    assert "a Moodle grading worksheet is read in English, German, French or Spanish" in message


# Gradescope: Roster > Download Roster (memberships.csv); staff rows carry their role
GRADESCOPE_ROSTER = ("First Name,Last Name,SID,Email,Role,Section\n"
                     "Ann,Lee,00123,ann@uni.edu,Student,L01\n"
                     "Bo,\"Yu, Jr.\",00124,bo@uni.edu,Student,L02\n"
                     "Tess,Assist,,tess@uni.edu,TA,\n")
GRADESCOPE_METADATA = """\
submission_1:
  :submitters:
  - :name: Ann Lee
    :sid: '00123'
    :email: ann@uni.edu
  :created_at: 2024-03-05 14:22:11.123456000 -08:00
submission_2:
  :submitters:
  - :name: Cy Ng
    :sid: '00125'
    :email: cy@uni.edu
  :created_at: 2024-03-05 14:22:11.123456000 -08:00
"""


def test_gradescope_roster_meets_gradescope_export_by_email(tmp_path, write, fake_engine):
    write("export/submission_metadata.yml", GRADESCOPE_METADATA)
    write("export/submission_1/softmax.py", "CORRECT")
    write("export/submission_2/softmax.py", "HALF")
    roster = write("memberships.csv", GRADESCOPE_ROSTER)
    said = _grade(tmp_path / "export", tmp_path / "out", "--roster", str(roster))
    assert "row 4: a Gradescope TA row (staff), not one of the class; row skipped" in said
    assert "1 on the roster, no submission: bo@uni.edu" in said
    assert "cy@uni.edu: submitted, not on the roster (graded anyway)" in said
    from mlptutor.roster import read_roster

    ann = read_roster(roster).by_id()["ann@uni.edu"]
    assert (ann.first_name, ann.last_name, ann.sis_id, ann.section) == ("Ann", "Lee", "00123", "L01")
    _export(tmp_path, "nbgrader", roster, tmp_path / "nb.csv")
    assert ",ann@uni.edu,Lee,Ann,ann@uni.edu," in (tmp_path / "nb.csv").read_text()


def _receipt(stem: str, files: list[tuple[str, str]], text: str = "There is no student submission text data.") -> str:
    listed = "".join(f"\tOriginal filename: {own}\n\tFilename: {name}\n" for own, name in files)
    return (f"Name: Ann Lee (alee)\nAssignment: HW 1\nDate Submitted: Tuesday, March 5, 2024 2:22:11 PM UTC\n"
            f"Current Grade: Needs Grading\n\nSubmission Field:\n{text}\n\n"
            "Comments:\nThere are no student comments.\n\n"
            f"Files:\n{listed}\n")


def test_blackboards_original_filename_names_the_renamed_file(tmp_path, write):
    from mlptutor.grader.bulk.discovery import discover

    stem = "HW 1_alee_attempt_2024-03-05-14-22-11"
    write(f"dl/{stem}_softmax(1).py", "def softmax(z):\n    return z\n")  # Blackboard's rename of softmax.py
    bo = "HW 1_bo_attempt_2024-03-05-14-22-11"
    write(f"dl/{bo}_softmax.py", "def softmax(z):\n    return z\n")
    # a student's own submission text forging another student's file's original name is not read for it
    forged = f"\tOriginal filename: losses.py\n\tFilename: {bo}_softmax.py"
    write(f"dl/{stem}.txt", _receipt(stem, [("softmax.py", f"{stem}_softmax(1).py")], forged))
    found = discover(tmp_path / "dl", {"softmax", "losses"})
    subs = {s.student: s for s in found.submissions}
    assert set(subs["alee"].modules) == {"softmax"}
    assert set(subs["bo"].modules) == {"softmax"}


def test_canvas_judgment_wins_over_file_times(tmp_path, write, fake_engine):
    # Canvas judged both: leeann's _late file stays late by an unknown amount, bo's on time, whatever their file
    # times (here: the time of unzipping, a day after the due date); a plain folder is dated by its files
    import os

    late = write("dl/leeann_late_101_5551_softmax.py", "CORRECT")
    ontime = write("dl/bo_102_5552_softmax.py", "CORRECT")
    plain = write("dl/cy/softmax.py", "CORRECT")
    for path in (late, ontime, plain):
        os.utime(path, (1709722800, 1709722800))  # 2024-03-06 11:00 UTC
    _grade(tmp_path / "dl", tmp_path / "out", "--due", "2024-03-05 12:00", "--times-from-files",
           "--late-penalty", "per-day:1")
    rows = {r.split(",")[0]: r.split(",") for r in (tmp_path / "out" / "grades.csv").read_text().splitlines()}
    assert rows["101"][5:7] == ["unknown", "1"]
    assert rows["102"][5:7] == ["", "0"]
    assert rows["cy"][5:7] == ["23", "1"]


# --- the zip end record, read by hand (APPNOTE.TXT 4.3.14-4.3.16) ---------------------------------------------

def _zipfile_zip(count: int = 2, comment: bytes = b"") -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for i in range(count):
            archive.writestr(f"m{i}.py", "x = 1\n")
        archive.comment = comment
    return buffer.getvalue()


def _as_zip64(data: bytes, entries: int, directory: int) -> bytes:
    """`data` with a zip64 end record claiming `entries` and `directory` bytes, its plain end record's fields
    overflowed (0xFFFF, 0xFFFFFFFF) as a writer sets them when they do not fit."""
    import struct

    end_at = data.rindex(b"PK\x05\x06")
    (_, _, _, _, _, _, offset, comment) = struct.unpack_from("<4s4H2LH", data, end_at)
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, entries, entries, directory, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, end_at, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, comment)
    return data[:end_at] + record + locator + end + data[end_at + 22:]


def test_the_end_record_of_zipfiles_zips(tmp_path):
    import io

    from mlptutor.grader.bulk.zips import directory_extent

    assert directory_extent(io.BytesIO(_zipfile_zip(3))) == (3, 3 * (46 + len("m0.py")))  # fixed part + name
    # a comment holding the end record's signature is passed over: the record is the last one that fits
    assert directory_extent(io.BytesIO(_zipfile_zip(2, b"see PK\x05\x06 here"))) == (2, 102)
    assert directory_extent(io.BytesIO(b"not a zip at all")) is None
    assert directory_extent(io.BytesIO(_as_zip64(_zipfile_zip(2), 2, 100))) == (2, 100)


def test_the_zip_commands_zip64_end_record(tmp_path):
    import shutil
    import subprocess

    from mlptutor.grader.bulk.zips import directory_extent, read_zip

    if not shutil.which("zip"):
        pytest.skip("the zip command is not installed")
    (tmp_path / "softmax.py").write_text("def softmax(z):\n    return z\n")
    subprocess.run(["zip", "-q", "-fz", "z64.zip", "softmax.py"], cwd=tmp_path, check=True)  # forced zip64
    data = (tmp_path / "z64.zip").read_bytes()
    assert b"PK\x06\x07" in data  # a zip64 locator
    with open(tmp_path / "z64.zip", "rb") as handle:
        entries, size = directory_extent(handle)
    assert entries == 1 and 46 + len("softmax.py") <= size < 200
    assert list(read_zip(tmp_path / "z64.zip")[0]) == ["softmax.py"]


def test_a_zip64_end_record_claiming_a_million_entries_is_refused_before_parsing(tmp_path):
    from mlptutor.grader.bulk.zips import ZipRefused, read_zip

    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(_as_zip64(_zipfile_zip(2), 10**6, 100))
    with pytest.raises(ZipRefused, match="1000000 entries, more than the limit"):
        read_zip(bomb)
    wide = tmp_path / "wide.zip"
    wide.write_bytes(_as_zip64(_zipfile_zip(2), 2, 2**40))
    with pytest.raises(ZipRefused, match=f"a central directory of {2**40} bytes"):
        read_zip(wide)


def test_a_yaml_alias_bomb_in_gradescopes_metadata_is_refused_in_one_line(tmp_path, write):
    from mlptutor.grader.bulk.gradescope_export import read_metadata

    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 6)]  # 10**6 nodes expanded
    write("export/submission_metadata.yml", "\n".join(levels) + "\n")
    problems: list[str] = []
    assert read_metadata(tmp_path / "export", problems) == {}
    (line,) = problems
    assert "\n" not in line and line.startswith("submission_metadata.yml: cannot be read (")
    assert "a YAML alias (*a0), which Gradescope's export never writes, refused" in line
    assert line.endswith("the submission_<id> folders are graded under their folder names")
    write("export/submission_metadata.yml", GRADESCOPE_METADATA.replace(":submitters:", ":submitters: &who", 1))
    assert set(read_metadata(tmp_path / "export", [])) == {"submission_1", "submission_2"}  # an anchor alone is fine


def test_lms_exports_tell_every_roster_student_without_a_row_and_a_moodle_scale_mismatch(tmp_path, write,
                                                                                           fake_engine):
    write("cls/601/softmax.py", "CORRECT")
    roster = write("bewertung.csv", DE_WORKSHEET)  # Bestwertung 4.00: mlptutor's maximum is 4 too
    _grade(tmp_path / "cls", tmp_path / "out", "--roster", str(roster))

    def export(fmt, listed):
        return _export(tmp_path, fmt, listed, tmp_path / f"{fmt}.csv")

    said = export("moodle-worksheet", roster)
    assert "2 on the roster, not graded: no moodle-worksheet row" in said and "scores 0): 602, 603" in said
    assert "Maximum Grade" not in said
    scaled = write("scaled.csv", DE_WORKSHEET.replace(",4.00,", ",100.00,"))
    assert ("Moodle's Maximum Grade is 100 (the worksheet), mlptutor's 4: the grades are points out of 4; set the "
            "assignment's maximum grade in Moodle to 4 before uploading") in export("moodle-worksheet", scaled)
    assert "2 on the roster, not graded: no moodle row" in export("moodle", roster)  # canvas: refused (lms19)


def test_a_gradescope_group_is_graded_once_and_every_member_gets_the_grade(tmp_path, write, fake_engine):
    bo = "  - :name: Bo Yu\n    :sid: '00124'\n    :email: bo@uni.edu\n"
    write("export/submission_metadata.yml", GRADESCOPE_METADATA.replace("ann@uni.edu\n", "ann@uni.edu\n" + bo))
    write("export/submission_1/softmax.py", "CORRECT")
    said = _grade(tmp_path / "export", tmp_path / "out")
    assert "1 submission, 1 graded" in said  # submission_2 has no folder
    rows = (tmp_path / "out" / "grades.csv").read_text().splitlines()
    assert [r.split(",")[:3:2] for r in rows[1:]] == [["ann@uni.edu", "2"], ["bo@uni.edu", "2"]]
