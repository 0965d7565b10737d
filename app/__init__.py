"""Concord: shared multi-agency case work for restorative practice after domestic abuse."""

__version__ = "0.1.0"
