"""Case documents: the Automerge document behind each compartment, the change format that carries
its changes, field values, conflicts and text differences. Knows nothing of the database."""
