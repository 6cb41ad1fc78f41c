"""Class results: xAPI statements of the student's graded work, kept in an outbox and delivered to the
school's Learning Record Store or a shared results folder (see docs/results-format.md and docs/privacy.md)."""
