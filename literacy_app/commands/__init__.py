"""The command line's commands, one module per group, each imported only when it runs."""
