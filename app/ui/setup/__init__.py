"""First-run set-up of a data folder."""
