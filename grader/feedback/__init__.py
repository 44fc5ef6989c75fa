"""Renderers of a SubmissionReport: text (terminal), json, markdown, html."""
