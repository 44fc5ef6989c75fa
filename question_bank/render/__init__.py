"""A quiz as documents: Markdown and math to HTML, LaTeX, PDF and terminal text; the sheets, the key and the answer grid."""
