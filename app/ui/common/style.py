"""The few style rules Concord adds to the platform look. Meaning never rests on colour alone:
read-only fields also say "read only", problems start with "Not saved" or "Problem"."""

STYLE = """
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {
    background: palette(window);
    border: 1px solid palette(mid);
}
QLabel#fieldError, QLabel#error {
    color: #9b1c1c;
    font-weight: bold;
}
QLabel#sectionHelp, QLabel#pseudonymNote {
    padding: 6px 8px;
    border-left: 3px solid palette(highlight);
    background: palette(base);
}
QLabel#readOnlyNote {
    font-style: italic;
}
QFrame#warningBanner {
    border: 2px solid #9b1c1c;
    border-radius: 3px;
    background: #fff4e5;
}
QFrame#warningBanner QLabel {
    color: #5c1010;
    font-weight: bold;
    background: transparent;
}
QLabel#countBadge {
    color: white;
    background: #9b1c1c;
    border-radius: 8px;
    padding: 0px 6px;
    font-weight: bold;
}
QLabel#blockCaption {
    font-weight: bold;
    padding-top: 4px;
}
"""


def show_message(label, text: str, error: bool, normal_name: str) -> None:
    """Put a message in a label, styled as a problem or not (the style follows the object name,
    which Qt re-reads only after an unpolish/polish)."""
    label.setObjectName("error" if error else normal_name)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
