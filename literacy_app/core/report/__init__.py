"""The teacher's class report: results read from an LRS or a results folder, summed up per student and
per exercise, and written as a gradebook CSV, a long CSV or a self-contained HTML page. No Qt here."""
