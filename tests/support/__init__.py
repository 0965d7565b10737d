"""Helpers shared by test modules and benchmarks: keyrings, clocks, ready-made panels, processes
that play a device or a hostile peer. Nothing here is a test; benchmarks import only from here."""
