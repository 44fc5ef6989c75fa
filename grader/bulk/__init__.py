"""Bulk grading for instructors: discover a class folder, grade it in parallel, keep a gradebook, export."""
