"""Class lists as learning management systems export them, read as rosters (mlptutor/roster.py).

An instructor's class list is often the LMS's own gradebook export, whose header names differ
from the roster's. A header with all of a system's signature columns is read as that system's
export: its columns are renamed to the roster's fields, and the student id is the first
non-empty of its id fields in each row:

| system | signature | id | other fields |
| --- | --- | --- | --- |
| Canvas gradebook export | Student, ID, Section (or LastName, FirstName, ID, Section (6)) | ID (1) | name = Student (8), login = SIS Login ID, sis_id = SIS User ID |
| Brightspace grades export | OrgDefinedId (or Username, End-of-Line Indicator) | Username, else OrgDefinedId | First Name, Last Name, Email, section = Sections (10) |
| Moodle grade export (7) | First name, Last name (or Surname), Email address | Username, else Email address | sis_id = ID number |
| Blackboard Grade Center download | Username, Last Name, First Name | Username | sis_id = Student ID |
| Canvas group set export (People > the group set > Import > "Download Course Roster CSV") (9) | canvas_user_id, group_name | canvas_user_id | name, sis_id = user_id, login = login_id, section = sections, group = group_name |
| Gradescope roster ("Download Roster", memberships.csv) | First Name, Last Name, SID, Email, Role (or Name, SID, Email, Role) | Email (5) | sis_id = SID, section = Section; staff rows (Role not Student) are row problems |
| Gradescope grade export (the course's or an assignment's "Download Grades") | First Name, Last Name, SID, Email (or Name, SID, Email, and Total Score or Sections) | Email (5) | sis_id = SID, section = Sections |
| Moodle assignment grading worksheet (4) | Identifier, Full name | Identifier's number (2) | name = Full name, Email address, sis_id = ID number, group = Group (3), submitted = Last modified (submission), graded = Last modified (grade) |

(1) Canvas's user ID, which also names the files of its "Download Submissions" (grader/bulk/discovery.py).
(2) The assignment's participant id ("Participant 123456" -> 123456), which also names the entries of
Moodle's "Download all submissions" ("Ann Lee_123456_assignsubmission_file").
(3) A team assignment's worksheet only: the group's name (or "Default group"), which names its team
submission's entries in the download ("Team A_17_assignsubmission_file"), so its members are known.
(5) What Gradescope's "Export Submissions" names each submitter by (grader/bulk/gradescope_export.py),
and what its grade upload matches students on.
(6) What Canvas writes when the gradebook shows students' first and last names in separate columns
(its importer reads both headers).
(7) Its user columns are headed by Moodle's core strings (lang/<xx>/moodle.php: firstname, lastname, idnumber,
username, email) in the exporting teacher's language: English, German (Vorname, Nachname, ID-Nummer, Anmeldename,
E-Mail-Adresse), French and Spanish are read (GRADE_EXPORT_HEADERS). Moodle's English pack called the last name
"Surname" in older releases (lang/en/moodle.php's lastname, "Last name" now): both are read.
(8) Canvas's sortable name, "Last, First" ("Müller, Jürgen"; one starting with '=' unwrapped from the ="..." Canvas
writes it as): split at its first comma into last_name and first_name,
which the Moodle, Blackboard and nbgrader exports write in columns of their own (a name without a comma leaves both
empty).
(9) The group set's columns of Canvas's group category CSV format (name, canvas_user_id, user_id, login_id,
sections, group_name, canvas_group_id, group_id): a class list with each student's group, which tells the members of a
group assignment's submission in Canvas's "Download Submissions" (grader/bulk/download_names.py).
(10) "Section Membership" among the export's user details: each student's sections, comma-separated in one cell
("Calculus II 011,Calculus II 015"). Only a label: Brightspace's grade import is the course offering's, one item for
every section, and finds each student by OrgDefinedId or Username whatever their section, so one file serves them all.
(4) Its headers are the strings of the language the teacher's Moodle showed: English, German, French
and Spanish are read (WORKSHEET_HEADERS, from Moodle's language packs: mod/assign's recordid,
lastmodifiedsubmission, lastmodifiedgrade, maxgrade, scale (a scale-graded assignment's column instead of maxgrade),
submissionteam; core fullname, idnumber, gradenoun, email). The Identifier keeps its text as written (`lms_label`:
"Participant 123456", "Teilnehmer/in123456") for the worksheet mlptutor exports back, since Moodle's import cuts the
participant id out of it by the length of that language's prefix. "Last modified (submission)" is the submission's
time, in the teacher's time zone and language ("Tuesday, 5 March 2024, 2:22 PM", "Dienstag, 5. März 2024, 14:22").

Rows that describe the gradebook's columns rather than a student (Canvas's "Points Possible"
row, the old "Muted" row: every identity cell empty) are not students and are passed over; Canvas's
test student ("Student, Test", or its SIS Login ID of 40 hex digits, as in a course whose teacher's language named it
"Test Student" translated; Canvas's export lists it last) is a row problem, so it never joins the class unseen; so is
Blackboard's preview user,
whose username is its instructor's with "_previewuser" appended ("jdoe_previewuser"; its last name ends in
"_PreviewUser": Blackboard's help, "About student preview"), in Original and Ultra alike. Brightspace has no such mark:
its Role Switch ("View as Student") is the instructor's own account, and a demo student is an ordinary account an
institution makes and enrols under a role of its own naming ("Dummy Student", "DUMMY_STUDENT"; D2L's help speaks of
"demo learner accounts" to impersonate), which the grades export lists as any student: its user details (Org Defined
ID, Username, names, Email, Section Membership) hold no role (checked again in lms23).
Brightspace writes a '#' before each OrgDefinedId and Username so that a spreadsheet keeps
leading zeros; the '#' is not part of the value and is dropped, as is the worksheet's "Participant ".
A header that names no known export and has no id column is an error naming its columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One system's export: `fields` maps each roster field to its header name (lower case)."""

    system: str
    signature: tuple[str, ...]
    fields: dict[str, str]
    ids: tuple[str, ...]  # roster fields tried in turn for the student id
    test_students: tuple[str, ...] = ()  # the names (lower case) of the LMS's own test student
    test_login: str = ""  # a pattern a test student's whole login matches (lower case): Blackboard's, Canvas's
    test_label: str = "test student (Student View)"  # what the LMS calls its test student
    test_sis_empty: bool = False  # its test student has no SIS id (Canvas's): a real student's login may match too
    marks: dict[str, str] = field(default_factory=dict)  # field -> a prefix its values carry that is not data
    numbered: tuple[str, ...] = ()  # fields whose value is the number that ends the cell ("Participant 123456")
    headers: dict[str, str] = field(default_factory=dict)  # the export's columns as this layout's file names them
    roles: tuple[str, ...] = ()  # the `role` values of a student's row (lower case); () when the file has no role
    sortable: bool = False  # its name is the sortable "Last, First" (Canvas's Student): first and last names from it

    def record(self, header: list[str], row: list[str]) -> dict[str, str]:
        """The row as roster fields (stripped; Brightspace's '#', the worksheet's 'Participant ' dropped)."""
        cells = dict(zip(header, row))
        record = {name: cells.get(column, "").strip() for name, column in self.fields.items()}
        for name, mark in self.marks.items():
            record[name] = record[name].removeprefix(mark.strip()).strip()
        for name in self.numbered:
            record[f"{name}_label"] = record[name]
            record[name] = found.group() if (found := _LAST_NUMBER.search(record[name])) else ""
        if self.sortable and (wrapped := _CANVAS_FORMULA.fullmatch(record["name"])):
            record["name"] = wrapped[1]
        if self.sortable and "," in record["name"]:
            last, _, first = record["name"].partition(",")
            record |= {"last_name": last.strip(), "first_name": first.strip()}
        return record

    def student_id(self, record: dict[str, str]) -> str:
        return next((record[field] for field in self.ids if record[field]), "")

    def id_columns(self) -> str:
        return " and ".join(repr(self.fields[field]) for field in self.ids)

    def describes_columns(self, record: dict[str, str]) -> bool:
        """A row about the gradebook's columns (Canvas's Points Possible, Muted), not a student."""
        return not self.student_id(record) and (_listed_name(record) == "points possible" or not any(record.values()))

    def is_test_student(self, record: dict[str, str]) -> bool:
        login = record.get("login", "").lower()
        by_login = bool(self.test_login and re.fullmatch(self.test_login, login))
        return _listed_name(record) in self.test_students or (by_login and not (self.test_sis_empty
                                                                                and record.get("sis_id")))


def _listed_name(record: dict[str, str]) -> str:
    """The row's name as the export lists it, lower case: its name column, else "last, first" (Canvas's
    LastName and FirstName columns; a row's first cell, such as "Points Possible", is the last name there)."""
    return (record.get("name") or ", ".join(filter(None, (record.get("last_name"), record.get("first_name"))))).lower()


_LAST_NUMBER = re.compile(r"[0-9]+(?=\s*$)")
# Canvas's exporter writes a name starting with '=' as ="<name>" (GradebookExporter#student_name) so that a spreadsheet
# shows it, not runs it: the name is inside
_CANVAS_FORMULA = re.compile(r'="(\s*=.*)"')

# Moodle's grading worksheet's headers per language (module docstring, (4)); a language pack gives no
# email string here that was checked, so those worksheets leave the email empty
WORKSHEET_HEADERS = {
    "en": {"lms_id": "Identifier", "name": "Full name", "sis_id": "ID number", "email": "Email address",
           "group": "Group", "submitted": "Last modified (submission)", "grade": "Grade", "maximum": "Maximum Grade",
           "modified": "Last modified (grade)", "scale": "Scale", "changeable": "Grade can be changed"},
    "de": {"lms_id": "ID", "name": "Vollständiger Name", "sis_id": "ID-Nummer", "group": "Gruppe",
           "submitted": "Zuletzt geändert (Abgabe)", "grade": "Bewertung", "maximum": "Bestwertung",
           "modified": "Zuletzt geändert (Bewertung)", "scale": "Skala", "changeable": "Bewertung kann geändert werden"},
    "fr": {"lms_id": "Identifiant", "name": "Nom complet", "group": "Groupe",
           "submitted": "Dernière modification (travail remis)", "grade": "Note", "maximum": "Note maximale",
           "modified": "Dernière modification (note)", "scale": "Barème", "changeable": "La note peut être modifiée"},
    "es": {"lms_id": "Identificador", "name": "Nombre completo", "sis_id": "Número de ID", "group": "Grupo",
           "submitted": "Última modificación (entrega)", "grade": "Calificación", "maximum": "Calificación máxima",
           "modified": "Última modificación (calificación)", "scale": "Escala",
           "changeable": "La calificación puede cambiarse"},
}
_WORKSHEET_FIELDS = ("lms_id", "name", "sis_id", "email", "group", "submitted", "maximum", "modified", "changeable")


def _worksheet(language: str, names: dict[str, str]) -> Layout:
    fields = {key: names[key].lower() for key in _WORKSHEET_FIELDS if key in names}
    system = "Moodle grading worksheet" + ("" if language == "en" else f" ({language})")
    return Layout(system, (fields["lms_id"], fields["name"]), fields, ("lms_id",),
                  numbered=("lms_id",), headers=names)


# Moodle's grade export's user columns per language (module docstring, (7))
GRADE_EXPORT_HEADERS = {
    "en": {"first_name": "First name", "last_name": "Last name", "sis_id": "ID number", "login": "Username",
           "email": "Email address"},
    "de": {"first_name": "Vorname", "last_name": "Nachname", "sis_id": "ID-Nummer", "login": "Anmeldename",
           "email": "E-Mail-Adresse"},
    "fr": {"first_name": "Prénom", "last_name": "Nom", "sis_id": "Numéro d'identification",
           "login": "Nom d'utilisateur", "email": "Adresse de courriel"},
    "es": {"first_name": "Nombre", "last_name": "Apellido(s)", "sis_id": "Número de ID", "login": "Nombre de usuario",
           "email": "Dirección de correo"},
}


def _grade_export(language: str, names: dict[str, str]) -> Layout:
    fields = {key: name.lower() for key, name in names.items()}
    system = "Moodle" + ("" if language == "en" else f" ({language})")
    return Layout(system, (fields["first_name"], fields["last_name"], fields["email"]), fields, ("login", "email"))


# Canvas's test student's login: the SHA-1 HMAC of "Test Student_<id>" in hex (Course#find_or_create_student_view_
# student), in every language, where its name is the teacher's language's ("Test Student" translated); a school's
# hashed logins may be 40 hex digits too, but its students have an SIS User ID and the test student has none
_CANVAS_TEST_LOGIN = "[0-9a-f]{40}"

_BRIGHTSPACE = {"fields": {"sis_id": "orgdefinedid", "login": "username", "first_name": "first name",
                            "last_name": "last name", "email": "email", "section": "sections"},
                "ids": ("login", "sis_id"), "marks": {"sis_id": "#", "login": "#"}}

LAYOUTS = (
    Layout("Canvas", ("student", "id", "section"),
           {"name": "student", "lms_id": "id", "sis_id": "sis user id", "login": "sis login id", "section": "section"},
           ("lms_id", "login"), test_students=("student, test", "test student"), test_login=_CANVAS_TEST_LOGIN,
           test_sis_empty=True, sortable=True),
    # the same export when the gradebook shows "separate first and last names": LastName, FirstName before ID
    Layout("Canvas", ("lastname", "firstname", "id", "section"),
           {"last_name": "lastname", "first_name": "firstname", "lms_id": "id", "sis_id": "sis user id",
            "login": "sis login id", "section": "section"},
           ("lms_id", "login"), test_students=("student, test",), test_login=_CANVAS_TEST_LOGIN,
           test_sis_empty=True),
    Layout("Canvas", ("canvas_user_id", "group_name"),
           {"name": "name", "lms_id": "canvas_user_id", "sis_id": "user_id", "login": "login_id", "section": "sections",
            "group": "group_name"},
           ("lms_id", "login")),
    Layout("Brightspace", ("orgdefinedid",), **_BRIGHTSPACE),
    # exported with the Key Field "Username" alone: no OrgDefinedId column, its End-of-Line Indicator tells it
    # (else it would pass for Blackboard's, every '#'-marked username a bad id)
    Layout("Brightspace", ("username", "end-of-line indicator"), **_BRIGHTSPACE),
    *(_worksheet(language, names) for language, names in WORKSHEET_HEADERS.items()),
    *(_grade_export(language, names) for language, names in GRADE_EXPORT_HEADERS.items()),
    _grade_export("en", {**GRADE_EXPORT_HEADERS["en"], "last_name": "Surname"}),  # older Moodle's English (7)
    Layout("Gradescope", ("first name", "last name", "sid", "email", "role"),
           {"first_name": "first name", "last_name": "last name", "sis_id": "sid", "email": "email", "role": "role",
            "section": "section"},
           ("email",), roles=("student",)),
    # its grade exports (the course's Download Grades; an assignment's, whose older form has one Name column): no Role,
    # staff are not in them
    Layout("Gradescope", ("first name", "last name", "sid", "email"),
           {"first_name": "first name", "last_name": "last name", "sis_id": "sid", "email": "email",
            "section": "sections"}, ("email",)),
    Layout("Gradescope", ("name", "sid", "email", "total score"),
           {"name": "name", "sis_id": "sid", "email": "email", "section": "sections"}, ("email",)),
    # a course whose roster gave full names (one Name column, Gradescope's "full name" roster): its grade and roster
    # downloads have Name where a split-name course's have First Name and Last Name
    Layout("Gradescope", ("name", "sid", "email", "role"),
           {"name": "name", "sis_id": "sid", "email": "email", "role": "role", "section": "section"},
           ("email",), roles=("student",)),
    Layout("Gradescope", ("name", "sid", "email", "sections"),
           {"name": "name", "sis_id": "sid", "email": "email", "section": "sections"}, ("email",)),
    Layout("Blackboard", ("username", "last name", "first name"),
           {"login": "username", "sis_id": "student id", "first_name": "first name", "last_name": "last name",
            "email": "email"},
           ("login",), test_login=".+_previewuser", test_label="preview user (Student Preview)"),
)


def lms_layout(header: list[str]) -> Layout | None:
    """The system whose export has this (lower-case) header, or None for a roster in mlptutor's columns."""
    return next((layout for layout in LAYOUTS if set(layout.signature) <= set(header)), None)
