"""The teacher's tools: turning a pasted article into a draft lesson, suggesting answers, worksheets.

Plain Python like the lesson engine (``literacy_app.core``), which it builds on; the student's app
(``literacy_app.ui``) never needs it to show a lesson.
"""
