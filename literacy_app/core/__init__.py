"""Plain-Python heart of the app: lessons, quote anchoring, grading, progress. No Qt import here."""
