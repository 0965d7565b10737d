"""A sentence made below the desktop that is kept in English and shown in the reader's language.

An error's text is stored in quarantine reasons, sent to a peer in a refusal, matched by the
failure words and written to the log, all of which must read the same on every device; so the
English is what an exception carries. Its `Said` keeps the marked source and the values that
fill it, and `shown` makes the sentence again in whatever language the screen speaks now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.models.language.bilingual import Label, pick
from app.models.language.catalog import Marked, translate
from app.models.language.current import using


@dataclass(frozen=True)
class Said:
    context: str
    source: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self._fill(self.source, str)

    def shown(self, language: str | None = None) -> str:
        if language is not None:
            with using(language):
                return self.shown()
        return self._fill(translate(self.context, self.source), shown)

    def _fill(self, text: str, say: Callable[[object], str]) -> str:
        if not self.values:
            return text
        return text.format(**{name: _value(value, say) for name, value in self.values})


class Listed(tuple[object, ...]):
    """Names said as a list ("a, b, c") inside a sentence, each in the sentence's language."""


def _value(value: object, say: Callable[[object], str]) -> object:
    # A number stays a number, so a template may format it ("{hours:.0f}").
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if isinstance(value, Listed):
        return ", ".join(say(v) for v in value)
    # A list of problems is said as one line, each in the same language as the sentence around it.
    if isinstance(value, (list, tuple)):
        return "; ".join(say(v) for v in value)
    return say(value)


class SaidText(str):
    """The English of a `Said`, usable wherever a plain text is (joined, stored, compared), that
    `shown` can still say in the reader's language."""

    said: Said


def said(message: Marked, **values: object) -> SaidText:
    """A sentence to hand up inside another one (a problem in a list, a reason in a refusal)."""
    made = Said(message.context, str(message), tuple(values.items()))
    text = SaidText(str(made))
    text.said = made
    return text


def said_of(message: object, values: dict[str, object]) -> Said | None:
    """The `Said` of a message given as a marked text (with its values) or as another error."""
    if isinstance(message, Marked):
        return Said(message.context, str(message), tuple(values.items()))
    if isinstance(message, Said):
        return message
    found = getattr(message, "said", None)
    return found if isinstance(found, Said) else None


def shown(thing: object) -> str:
    """What to put on the screen for an error, a `Said` or a value: its words in the language of
    the moment where it has them, its own text otherwise."""
    if isinstance(thing, Said):
        return thing.shown()
    if isinstance(thing, Marked):
        return translate(thing.context, thing)
    if isinstance(thing, Label):
        return pick(thing.item, thing.attribute)
    found = getattr(thing, "said", None)
    if isinstance(found, Said):
        return found.shown()
    return str(thing)
