"""What a written or imported bundle is said to hold, in the words of the person at the laptop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.sync.engine.bundle import ImportResult
from app.ui.sync.bundle_work import Written

translate = QCoreApplication.translate


def changes(n: int) -> str:
    return translate("BundleWords", "%n change(s)", "", n)


def names(labels: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(labels) <= 1:
        return "".join(labels)
    return translate("BundleWords", "{first} and {last}").format(first=", ".join(labels[:-1]), last=labels[-1])


def written_text(written: Written, labels: list[str], role_label: str = "") -> str:
    """After an export: for whom, how much, what to do with the file."""
    if role_label:
        head = translate("BundleWords", "Bundle written for every {role} device ({names}): {changes}.").format(
            role=role_label, names=names(labels), changes=changes(written.changes)
        )
        then = translate("BundleWords", "Carry the file to each of those laptops and choose Import bundle there.")
    else:
        head = translate("BundleWords", "Bundle written for {name}: {changes}.").format(
            name=names(labels), changes=changes(written.changes)
        )
        then = translate("BundleWords", "Carry the file to that laptop and choose Import bundle there.")
    where = translate("BundleWords", "It is saved as {path}.").format(path=written.path)
    return " ".join([head, then, where])


def imported_text(result: ImportResult, name_of: Callable[[str], str]) -> str:
    """After an import: from whom, what was applied, what waits and what was refused."""
    e = result.envelopes
    parts = [
        translate("BundleWords", "Imported the bundle from {name}: {changes} applied.").format(
            name=name_of(result.sender), changes=changes(e.applied)
        )
    ]
    if e.items and e.applied == 0 and e.duplicates == e.items and not (e.held or e.waiting or e.quarantined):
        parts.append(translate("BundleWords", "Nothing in it was new: this laptop already had it all."))
    if e.held:
        parts.append(
            translate(
                "BundleWords",
                "{changes} wait for a key to open them; they apply once a panel member passes the key on.",
            ).format(changes=changes(e.held))
        )
    if e.waiting:
        parts.append(
            translate("BundleWords", "{changes} wait for earlier changes they build on.").format(
                changes=changes(e.waiting)
            )
        )
    if e.quarantined:
        parts.append(
            translate(
                "BundleWords",
                "%n item(s) failed a check and were quarantined, not applied. Tell the chair.",
                "",
                len(e.quarantined),
            )
        )
    if result.membership:
        parts.append(translate("BundleWords", "The panel's list of members was updated."))
    if result.missing:
        parts.append(translate("BundleWords", "Some cases still lack changes; see below."))
    return " ".join(parts)
