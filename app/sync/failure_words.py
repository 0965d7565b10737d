"""What went wrong in a sync or with a bundle, said for the practitioner in front of the laptop.

A failed exchange raises socket, TLS and Concord errors whose text is for whoever debugs Concord
("[Errno 111] Connection refused", "SSLError"). The person at the laptop needs to know what
happened in their terms and what to do next. Each failure is given a kind (a stable id, what the
log records) and a sentence in two parts: what happened, then what to do.

No Qt here: the desktop passes each sentence's template through its translator before filling it
in (see app/ui/sync/failure_text.py), which is why templates are marked with ``QT_TRANSLATE_NOOP`` and kept
apart from their values.

The sync layer reports some failures only as text (a session that ended early keeps its reason
as a string, and a transport error wraps the socket error it met), so part of the mapping reads
those texts. They are Concord's own English sentences; a text that matches nothing gets the
general sentence, never itself.
"""

from __future__ import annotations

import errno
import re
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from app.models.language import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Words:
    text: str  # the whole sentence: what happened, then what to do
    brief: str  # a few words for a table cell ("no answer")


WORDS: dict[str, Words] = {
    # ----- reaching the other laptop --------------------------------------------------------------
    "refused": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop did not answer. Check that Concord is open on it with “Let panel devices "
            "connect to this one” ticked, and that both laptops are on the same network, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "no answer"),
    ),
    "timeout": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop took too long to answer. Check that it is switched on and awake, and that both "
            "laptops are on the same network, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "no answer in time"),
    ),
    "no_such_host": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "Concord could not find a laptop at that address. Check the address with the person at the other "
            "laptop, or choose their name from the list of devices instead, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "address not found"),
    ),
    "no_route": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop could not reach the other one. Check that both laptops are connected to the same "
            "network (the same Wi-Fi, or a cable), then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not reachable"),
    ),
    "unreachable": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop could not connect to the other one. Check that Concord is open on it and that both "
            "laptops are on the same network, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "could not connect"),
    ),
    "stopped_answering": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop stopped answering part-way through. What had already arrived is kept. Check that "
            "it is still awake and on the network, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "stopped answering"),
    ),
    "broke_off": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The connection dropped part-way through. What had already arrived is kept. Try again; if it keeps "
            "happening, move closer to the Wi-Fi or connect the laptops by cable.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "connection dropped"),
    ),
    "peer_busy": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords", "The other laptop is busy exchanging with other devices. Wait a minute, then try again."
        ),
        QT_TRANSLATE_NOOP("FailureWords", "other laptop busy"),
    ),
    # ----- who the other device is -----------------------------------------------------------------
    "not_accepted": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The two devices did not accept each other as members of the same panel, so nothing was exchanged. "
            "Check that you chose the right laptop. If either joined the panel recently, sync it with the chair's "
            "laptop first, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not accepted"),
    ),
    "peer_not_member": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "That device is not on this laptop's list of panel members, so nothing was exchanged. If it joined "
            "recently, sync with the chair's laptop first so this laptop learns of it, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not a member"),
    ),
    "peer_revoked": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "That device has been removed from the panel, so this laptop no longer exchanges with it. Speak to "
            "the chair if you think this is wrong.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "removed from the panel"),
    ),
    "refused_by_peer": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop does not yet list this one as a panel member, so it refused the exchange. Ask "
            "its user to sync with the chair's laptop first, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "refused by the other laptop"),
    ),
    "other_panel": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "That device belongs to a different panel, so nothing was exchanged. Check that you chose the right laptop.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "another panel"),
    ),
    "identity_mismatch": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "That device did not prove it is the device this panel knows, so nothing was exchanged. Compare "
            "its fingerprint with what its user's screen shows, and tell the chair if they differ.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "identity not proved"),
    ),
    "unknown_device": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This device is not a member of the panel as far as this laptop knows, so Concord does not sync "
            "with it. If it joined recently, sync with the chair's laptop first.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not a member"),
    ),
    "no_address": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop does not know where that device is on the network right now. Ask its user to tick "
            "“Let panel devices connect to this one” and “Announce it on this network”, or "
            "choose Connect by address and type the address their sync panel shows.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not on this network"),
    ),
    # ----- this laptop -----------------------------------------------------------------------------
    "clock_ahead": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop's date is more than a week ahead of this laptop's, so they do not sync. Set the "
            "right date and time on the laptop that is wrong, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "dates differ"),
    ),
    "clock_behind": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other laptop's date is more than a week behind this laptop's, so they do not sync. Set the "
            "right date and time on the laptop that is wrong, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "dates differ"),
    ),
    "clock": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The dates on the two laptops differ by more than a week, so they do not sync. Set the right date "
            "and time on the laptop that is wrong, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "dates differ"),
    ),
    "not_in_panel": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop is not in a panel yet, so it has nothing to exchange. Ask the chair for an invitation, "
            "then choose Join a panel.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not in a panel"),
    ),
    "this_revoked": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords", "This laptop has been removed from the panel, so it can no longer sync. Speak to the chair."
        ),
        QT_TRANSLATE_NOOP("FailureWords", "removed from the panel"),
    ),
    "bad_data": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The other device sent something that failed Concord's checks, so the exchange stopped. What had "
            "passed the checks is kept. Check that both laptops run the same version of Concord, and tell the "
            "chair if it happens again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "stopped by a check"),
    ),
    "keys_locked": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "Concord could not open this laptop's keys. Unlock the laptop's keyring (log out and in again if "
            "you are not sure how), then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "keys locked"),
    ),
    "port_in_use": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "Another program on this laptop is already using that port. Choose another port number, then tick "
            "the box again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "port in use"),
    ),
    "cannot_listen": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop could not start listening for other devices on that port. Choose another port number "
            "(above 1024), then tick the box again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not listening"),
    ),
    "listener_stopped": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This laptop stopped accepting connections from other devices because something went wrong inside "
            "Concord. Tick the box again; if it happens again, tell whoever supports Concord for your panel "
            "(the laptop's log holds the details).",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "stopped listening"),
    ),
    "stopped": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The exchange was stopped because Concord is closing. It will pick up where it left off next time.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "stopped"),
    ),
    "internal": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "Something went wrong inside Concord on this laptop, so it stopped. Try again; if it happens again, "
            "tell whoever supports Concord for your panel (the laptop's log holds the details).",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "went wrong"),
    ),
    "general": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The exchange did not complete. Try again; if it happens again, tell whoever supports Concord for "
            "your panel.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "did not complete"),
    ),
    # ----- bundles ------------------------------------------------------------------------------------
    "bundle_not_for_device": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This bundle was made for another device, so nothing was imported. Ask the person who made it to "
            "export a bundle for this laptop.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "bundle for another device"),
    ),
    "bundle_other_panel": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This bundle comes from a different panel, so nothing was imported. Check that you chose the right file.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "bundle of another panel"),
    ),
    "bundle_damaged": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This bundle is damaged or was changed after it was made, so nothing was imported. Ask the person "
            "who made it to export it again, and copy the new file across.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "bundle damaged"),
    ),
    "bundle_not_bundle": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This file is not a Concord bundle, so nothing was imported. Check that you chose the right file: "
            "a bundle's name usually ends in .bundle.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not a bundle"),
    ),
    "bundle_old_format": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This bundle was made by an older version of Concord that this one no longer reads, so nothing was "
            "imported. Ask the person who made it to update Concord and export it again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "old bundle format"),
    ),
    "bundle_again": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "This bundle was imported on this laptop before; importing it again changes nothing. Ask for a "
            "new bundle if you expected more.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "already imported"),
    ),
    "bundle_sender_unknown": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The device that made this bundle is not a panel member as far as this laptop knows, so nothing "
            "was imported. Sync with the chair's laptop first, then import the bundle again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "sender not a member"),
    ),
    "bundle_recipient_gone": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "A device the bundle was to be made for is no longer an active member of the panel, so no bundle "
            "was written. Choose another device or role.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "recipient not a member"),
    ),
    "bundle_no_recipient": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "There is no active device to make the bundle for. Choose a device, or a role that has devices in "
            "the panel.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "no recipient"),
    ),
    "bundle_too_large": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The bundle would be too large for the other laptop to import. Make one for fewer devices, or sync "
            "over the network.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "bundle too large"),
    ),
    "bundle_unreadable": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The file could not be opened. Check that the USB stick is still plugged in and that the file is "
            "there, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "file not opened"),
    ),
    "bundle_not_saved": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "The bundle could not be saved there. Choose another folder you can save to, such as Documents or "
            "the USB stick, then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not saved"),
    ),
    "bundle_disk_full": Words(
        QT_TRANSLATE_NOOP(
            "FailureWords",
            "There is not enough room to save the bundle there. Free some space or choose another USB stick, "
            "then try again.",
        ),
        QT_TRANSLATE_NOOP("FailureWords", "not enough room"),
    ),
}


@dataclass(frozen=True)
class Failure:
    kind: str

    @property
    def words(self) -> Words:
        return WORDS[self.kind]

    @property
    def sentence(self) -> str:
        """The sentence in English (the desktop shows it translated, see failure_text)."""
        return self.words.text

    @property
    def brief(self) -> str:
        return self.words.brief


def failure(kind: str) -> Failure:
    return Failure(kind if kind in WORDS else "general")


# ----- from what was raised ---------------------------------------------------------------------------
_NO_ROUTE = {
    getattr(errno, n)
    for n in ("ENETUNREACH", "EHOSTUNREACH", "ENETDOWN", "EHOSTDOWN", "EADDRNOTAVAIL")
    if hasattr(errno, n)
}
_FULL = {getattr(errno, n) for n in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, n)}


def _os_kind(exc: OSError) -> str:
    """A socket error met while connecting."""
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return "timeout"
    if isinstance(exc, socket.gaierror):
        return "no_such_host"
    if isinstance(exc, ssl.SSLError):
        return "not_accepted"
    if isinstance(exc, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
        return "broke_off"
    if exc.errno in _NO_ROUTE:
        return "no_route"
    return "unreachable"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and those it was raised from or while handling, outermost first: a
    transport error raised `from None` still keeps the socket error it replaced."""
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        yield link
        link = link.__cause__ or link.__context__


def for_exception(exc: BaseException) -> Failure:
    """The failure a raised exception stands for (sync, joining or bundles)."""
    # By class name, the exception's and its bases': the sync layer's error classes are known
    # here without importing the modules that raise them (nor the desktop's own "Stopped").
    names = {cls.__name__ for e in _chain(exc) for cls in type(e).__mro__}
    text = str(exc)
    if "Stopped" in names:
        return failure("stopped")
    if "BundleError" in names:
        return failure(_bundle_kind(text))
    if "FileNotWritten" in names:
        inner = next((e for e in _chain(exc) if isinstance(e, OSError) and e.errno in _FULL), None)
        return failure("bundle_disk_full" if inner is not None else "bundle_not_saved")
    if "KeyringError" in names:
        return failure("keys_locked")
    if "QuarantineBudgetExceeded" in names:
        return failure("bad_data")
    if "SessionError" in names or "CertError" in names:
        return for_error_text(text)
    if "SyncError" in names:
        if "not in a panel" in text:
            return failure("not_in_panel")
        if "membership log cannot be read" in text:
            return failure("internal")
        return for_error_text(text)
    if "TransportError" in names or "JoinError" in names:
        inner = next((e for e in _chain(exc) if isinstance(e, OSError)), None)
        if inner is not None:
            if "broke off" in text or "closed the connection" in text:
                return failure("broke_off")
            return failure(_os_kind(inner))
        return for_error_text(text)
    if isinstance(exc, OSError):
        return failure(_os_kind(exc))
    return failure("internal")


def for_join(exc: BaseException) -> Failure | None:
    """The failure of joining a panel by invitation, or None where the error is Concord's own
    sentence about the invitation (expired, already used, for another role): that is shown as it is."""
    f = for_exception(exc)
    if f.kind == "general" and "JoinError" in {cls.__name__ for cls in type(exc).__mro__}:
        return None
    return f


def for_listening(exc: BaseException) -> Failure:
    """Why this laptop could not start listening on a port."""
    if isinstance(exc, OSError) and not isinstance(exc, ssl.SSLError):
        return failure("port_in_use" if exc.errno == errno.EADDRINUSE else "cannot_listen")
    return for_exception(exc)


# ----- from a reason kept as text ------------------------------------------------------------------------
# (pattern, kind), first match wins: the texts are those of app/sync/net/session.py, transport.py,
# certs.py, joining.py and engine.py, and the kind ids this module gives the worker to keep.
_TEXTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p, re.IGNORECASE), k)
    for p, k in [
        (r"^failure:(\w+)$", ""),  # a kind kept by the desktop's worker (see token())
        (r"stopped accepting connections", "listener_stopped"),
        (r"internal error", "internal"),
        (r"was stopped", "stopped"),
        (r"clocks differ.*peer's clock is ahead", "clock_ahead"),
        (r"clocks differ.*peer's clock is behind", "clock_behind"),
        (r"clocks differ|certificate is out of date", "clock"),
        (r"revoked|no longer an active member", "peer_revoked"),
        (r"belongs to another panel|founded by another device", "other_panel"),
        (r"names another device|certificate|fingerprint .* not|is not the chair", "identity_mismatch"),
        (r"is not a member of this panel", "not_accepted"),
        (r"not an active member|not a member this device knows", "peer_not_member"),
        (r"not in a panel", "not_in_panel"),
        (r"as many sessions|sessions open here", "peer_busy"),
        (r"stopped answering", "stopped_answering"),
        (r"cannot reach .*refused", "refused"),
        (r"cannot reach .*timed out", "timeout"),
        (r"cannot reach .*(name or service|nodename|servname|getaddrinfo|name resolution)", "no_such_host"),
        (r"cannot reach .*(unreachable|network is down)", "no_route"),
        (r"cannot reach", "unreachable"),
        (r"broke off|closed the connection|connection reset", "broke_off"),
        (
            r"protocol error|sent more than|before it was shown|malformed|did not follow|outside the limits|"
            r"failed a check",
            "bad_data",
        ),
    ]
]
_PEER_ENDED = re.compile(r"^the peer ended the session: (.*)$", re.IGNORECASE | re.DOTALL)


def for_error_text(text: str) -> Failure:
    """The failure an error kept as text stands for: an exchange that ended early (its reason),
    or a record of an earlier one."""
    text = (text or "").strip()
    ended = _PEER_ENDED.match(text)
    if ended:
        # The other laptop's own reason, where "the peer" is this laptop.
        said_by_peer = ended.group(1)
        kind = _text_kind(said_by_peer)
        if kind in ("peer_not_member", "peer_revoked", "not_accepted", "identity_mismatch"):
            return failure("refused_by_peer")
        flipped = {"clock_ahead": "clock_behind", "clock_behind": "clock_ahead"}
        return failure(
            flipped.get(kind, kind if kind in ("clock", "peer_busy", "other_panel", "bad_data") else "general")
        )
    return failure(_text_kind(text))


def _text_kind(text: str) -> str:
    for pattern, kind in _TEXTS:
        match = pattern.search(text)
        if match:
            return match.group(1) if not kind else kind
    return "general"


def _bundle_kind(text: str) -> str:
    for needle, kind in (
        ("older format", "bundle_old_format"),
        ("not a Concord bundle", "bundle_not_bundle"),
        ("to be a Concord bundle", "bundle_not_bundle"),
        ("another panel", "bundle_other_panel"),
        ("not made for this device", "bundle_not_for_device"),
        ("already imported", "bundle_again"),
        ("sender is not an active member", "bundle_sender_unknown"),
        ("is not an active member", "bundle_recipient_gone"),
        ("at least one recipient", "bundle_no_recipient"),
        ("at most", "bundle_too_large"),
        ("too large", "bundle_too_large"),
        ("damaged", "bundle_damaged"),
        ("truncated", "bundle_damaged"),
        ("decrypt", "bundle_damaged"),
        ("malformed", "bundle_damaged"),
        ("signature", "bundle_damaged"),
    ):
        if needle in text:
            return kind
    return "bundle_damaged"


# ----- what is kept and logged ----------------------------------------------------------------------------
def token(f: Failure) -> str:
    """What the desktop keeps as the error of an exchange that did not happen: its kind, which
    for_error_text reads back, so a record outlives a change of wording."""
    return f"failure:{f.kind}"


def technical(exc: BaseException) -> str:
    """What the log may say of a failure: the kinds of the exceptions involved and an errno,
    never a message (which can hold an address or a file name someone typed)."""
    parts = []
    for e in _chain(exc):
        part = type(e).__name__
        if isinstance(e, OSError) and isinstance(e.errno, int):
            part += f"[{errno.errorcode.get(e.errno, e.errno)}]"
        parts.append(part)
    return " <- ".join(parts)
