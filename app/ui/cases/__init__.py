"""The case list, the new-case dialog and the case view generated from the schema."""
