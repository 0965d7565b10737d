"""The desktop's words for a failure: failure_words' sentences, through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.sync.failure_words import Failure

CONTEXT = "FailureWords"


def sentence(failure: Failure) -> str:
    return QCoreApplication.translate(CONTEXT, failure.words.text)


def brief(failure: Failure) -> str:
    return QCoreApplication.translate(CONTEXT, failure.words.brief)
