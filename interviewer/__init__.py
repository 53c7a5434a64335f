"""interviewer: self-hostable mock interviews with résumé-grounded follow-ups and honest grading."""

__version__ = "0.1.0"
