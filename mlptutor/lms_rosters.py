"""Class lists as learning management systems export them, read as rosters (mlptutor/roster.py).

An instructor's class list is often the LMS's own gradebook export, whose header names differ
from the roster's. A header with all of a system's signature columns is read as that system's
export: its columns are renamed to the roster's fields, and the student id is the first
non-empty of its id fields in each row:

| system | signature | id | other fields |
| --- | --- | --- | --- |
| Canvas gradebook export | Student, ID, Section | ID (1) | name = Student, login = SIS Login ID, sis_id = SIS User ID |
| Brightspace grades export | OrgDefinedId | Username, else OrgDefinedId | First Name, Last Name, Email |
| Moodle grade export | First name, Last name, Email address | Username, else Email address | sis_id = ID number |
| Blackboard Grade Center download | Username, Last Name, First Name | Username | sis_id = Student ID |
| Moodle assignment grading worksheet | Identifier, Full name | Identifier without "Participant " (2) | name = Full name, Email address, sis_id = ID number, group = Group (3) |

(1) Canvas's user ID, which also names the files of its "Download Submissions" (grader/bulk/discovery.py).
(2) The assignment's participant id ("Participant 123456" -> 123456), which also names the entries of
Moodle's "Download all submissions" ("Ann Lee_123456_assignsubmission_file").
(3) A team assignment's worksheet only: the group's name (or "Default group"), which names its team
submission's entries in the download ("Team A_17_assignsubmission_file"), so its members are known.

Rows that describe the gradebook's columns rather than a student (Canvas's "Points Possible"
row, the old "Muted" row: every identity cell empty) are not students and are passed over; Canvas's
test student ("Student, Test") is a row problem, so it never joins the class unseen.
Brightspace writes a '#' before each OrgDefinedId and Username so that a spreadsheet keeps
leading zeros; the '#' is not part of the value and is dropped, as is the worksheet's "Participant ".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Layout:
    """One system's export: `fields` maps each roster field to its header name (lower case)."""

    system: str
    signature: tuple[str, ...]
    fields: dict[str, str]
    ids: tuple[str, ...]  # roster fields tried in turn for the student id
    test_students: tuple[str, ...] = ()
    marks: dict[str, str] = field(default_factory=dict)  # field -> a prefix its values carry that is not data

    def record(self, header: list[str], row: list[str]) -> dict[str, str]:
        """The row as roster fields (stripped; Brightspace's '#', the worksheet's 'Participant ' dropped)."""
        cells = dict(zip(header, row))
        record = {name: cells.get(column, "").strip() for name, column in self.fields.items()}
        for name, mark in self.marks.items():
            record[name] = record[name].removeprefix(mark.strip()).strip()
        return record

    def student_id(self, record: dict[str, str]) -> str:
        return next((record[field] for field in self.ids if record[field]), "")

    def id_columns(self) -> str:
        return " and ".join(repr(self.fields[field]) for field in self.ids)

    def describes_columns(self, record: dict[str, str]) -> bool:
        """A row about the gradebook's columns (Canvas's Points Possible, Muted), not a student."""
        return not self.student_id(record) and (record.get("name", "").lower() == "points possible"
                                                 or not any(record.values()))


LAYOUTS = (
    Layout("Canvas", ("student", "id", "section"),
           {"name": "student", "lms_id": "id", "sis_id": "sis user id", "login": "sis login id", "section": "section"},
           ("lms_id", "login"), test_students=("student, test", "test student")),
    Layout("Brightspace", ("orgdefinedid",),
           {"sis_id": "orgdefinedid", "login": "username", "first_name": "first name", "last_name": "last name",
            "email": "email"},
           ("login", "sis_id"), marks={"sis_id": "#", "login": "#"}),
    Layout("Moodle grading worksheet", ("identifier", "full name"),
           {"lms_id": "identifier", "name": "full name", "sis_id": "id number", "email": "email address",
            "group": "group"},
           ("lms_id",), marks={"lms_id": "Participant"}),
    Layout("Moodle", ("first name", "last name", "email address"),
           {"first_name": "first name", "last_name": "last name", "sis_id": "id number", "login": "username",
            "email": "email address"},
           ("login", "email")),
    Layout("Blackboard", ("username", "last name", "first name"),
           {"login": "username", "sis_id": "student id", "first_name": "first name", "last_name": "last name",
            "email": "email"},
           ("login",)),
)


def lms_layout(header: list[str]) -> Layout | None:
    """The system whose export has this (lower-case) header, or None for a roster in mlptutor's columns."""
    return next((layout for layout in LAYOUTS if set(layout.signature) <= set(header)), None)
