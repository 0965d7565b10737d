"""The information-sharing agreement in force: read by everyone, its review watched by the chair."""
