"""Media-literacy lab: read real articles critically with guided, graded exercises."""

__version__ = "0.1.0"
