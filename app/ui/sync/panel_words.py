"""What the sync panel says: of the panel this device is in, and when an exchange ends (one this
device started, or one a device that connected to it held). Sentences only, in the panel's
translation context; the panel decides where they go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.identity import fingerprint_of
from app.sync.engine.exchanges import Exchange
from app.sync.engine.membership import PanelState
from app.sync.failure_words import for_error_text
from app.ui.sync.failure_text import sentence

translate = QCoreApplication.translate


def finished_words(exchange: Exchange, name: str, fingerprint: str) -> tuple[str, bool]:
    """(sentence, is it an error) for an exchange this device started."""
    if not exchange.ok:
        problem = sentence(for_error_text(exchange.error))
        return translate("SyncPanel", "The exchange with {name} did not finish. {problem}").format(
            name=name, problem=problem
        ), True
    text = translate(
        "SyncPanel", "Exchanged with {name}, fingerprint {fingerprint}: {received} changes in, {sent} out."
    ).format(
        name=name,
        fingerprint=fingerprint or translate("SyncPanel", "not known"),
        received=exchange.applied,
        sent=exchange.sent,
    )
    extra = []
    if exchange.held:
        extra.append(translate("SyncPanel", "%n wait(s) for a key.", "", exchange.held))
    if exchange.quarantined:
        extra.append(translate("SyncPanel", "%n failed a check and were quarantined.", "", exchange.quarantined))
    return " ".join([text, *extra]), bool(exchange.quarantined)


def served_problem(exchange: Exchange, name: str, known: bool) -> str:
    """The sentence for an exchange a connecting device began and that did not finish; `known`:
    the device is a member, so it can be named."""
    problem = sentence(for_error_text(exchange.error))
    if exchange.peer and known:
        return translate("SyncPanel", "{name} connected, but the exchange did not finish. {problem}").format(
            name=name, problem=problem
        )
    return translate("SyncPanel", "A device connected, but the exchange did not finish. {problem}").format(
        problem=problem
    )


def panel_words(state: PanelState | None, device_id: str) -> str:
    """Who chairs the panel (with the chair's fingerprint to check), or that this device is in
    none, or that it has been revoked."""
    if state is None:
        return translate(
            "SyncPanel", "This device is not in a panel yet. Ask the chair for an invitation, then choose Join a panel."
        )
    founder = state.members.get(state.founder)
    if founder is not None and founder.device_id == device_id:
        text = translate("SyncPanel", "This device founded the panel and chairs it.")
    elif founder is not None:
        text = translate("SyncPanel", "Panel chaired by {name}.\nChair's fingerprint: {fingerprint}").format(
            name=founder.name, fingerprint=fingerprint_of(founder.signing_public)
        )
    else:
        text = ""
    if state.active(device_id) is None:
        text += "\n" + translate("SyncPanel", "This device has been revoked from the panel: it can no longer sync.")
    return text.strip()
