"""PySide6 widgets that render core objects and turn what the student does into core calls."""
