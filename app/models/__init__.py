"""Domain layer: schema, information sharing agreement, case documents, store. No Qt, no network."""
