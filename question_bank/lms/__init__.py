"""The LMS imports (Moodle XML, Canvas QTI), each graded like the sheet."""
