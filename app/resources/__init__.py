"""The data Concord ships: the case schema and ISA (schema/), risk instruments (risk/), the risk,
meeting and process policies (policy/) and the report font with its licence (fonts/).

These are package data, carried by every wheel and frozen build; read them only through
app.models.resources, which finds them wherever the package was installed."""
