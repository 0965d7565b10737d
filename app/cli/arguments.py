"""Argument types the commands share."""

from __future__ import annotations

import argparse

from app.models.language import UnknownLanguage, parse_output


def output_variant(text: str) -> str:
    """A report's language on the command line: cy, en, or cy+en (also "bilingual")."""
    try:
        return parse_output(text)
    except UnknownLanguage as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
