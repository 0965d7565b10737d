"""Which language Concord speaks, and its words in each, for every layer (no Qt here).

The desktop translates through Qt (a QTranslator over the .qm built from resources/i18n); the
layers below it (reports, the command line, the sentences models and sync hand up) translate
through `translate` here, which reads a catalogue built from the same .ts. One source, two
readers, so a Welsh report and a Welsh screen always say the same thing.
"""

from app.models.language.bilingual import Label, label_of, option_label, pick
from app.models.language.catalog import QT_TRANSLATE_NOOP, Marked, translate
from app.models.language.codes import (
    BILINGUAL,
    ENGLISH,
    LANGUAGES,
    OUTPUT_VARIANTS,
    PSEUDO,
    WELSH,
    UnknownLanguage,
    from_locale_name,
    native_name,
    output_languages,
    parse_language,
    parse_output,
)
from app.models.language.current import current, set_current, using
from app.models.language.dates import day_month_year, long_date, month_name, weekday_name
from app.models.language.said import Listed, Said, said, said_of, shown

__all__ = [
    "BILINGUAL",
    "ENGLISH",
    "LANGUAGES",
    "OUTPUT_VARIANTS",
    "PSEUDO",
    "WELSH",
    "UnknownLanguage",
    "from_locale_name",
    "native_name",
    "output_languages",
    "parse_language",
    "parse_output",
    "current",
    "set_current",
    "using",
    "QT_TRANSLATE_NOOP",
    "translate",
    "Marked",
    "Said",
    "Listed",
    "said",
    "said_of",
    "shown",
    "option_label",
    "Label",
    "label_of",
    "pick",
    "long_date",
    "day_month_year",
    "weekday_name",
    "month_name",
]
