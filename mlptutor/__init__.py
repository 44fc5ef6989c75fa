"""mlptutor: tutor, grader and quiz generator for a course on multi-layer perceptrons."""

__version__ = "0.1.0"
