"""What a failed sync or bundle raises, said in words: each kind of failure gets its own sentence
(what happened, then what to do), and no sentence carries an errno, an exception's class or its
message. The errors are made the way the sync layer makes them, most by the real code paths."""

import builtins
import errno
import inspect
import re
import socket
import ssl
import sys

import pytest

from app.models import clock
from app.models.errors import KeyringError
from app.models.output_files import FileNotWritten, write_whole
from app.sync.engine.bundle import BundleError, export_bundle, import_bundle
from app.sync.engine.quarantine import QuarantineBudgetExceeded
from app.sync.errors import SyncError
from app.sync.failure_words import (
    WORDS,
    failure,
    for_error_text,
    for_exception,
    for_join,
    for_listening,
    technical,
    token,
)
from app.sync.net import transport
from app.sync.net.joining import JoinError
from app.sync.net.session import SessionError, SyncSession
from app.sync.protocol.certs import CertError
from tests.support.sync_pairs import run_pair
from tests.support.sync_stores import chair_admits


def raised(make):
    """The exception `make` raises, with its traceback and context as the raiser left them."""
    try:
        make()
    except BaseException as exc:  # noqa: BLE001 - whatever it is, it is the subject
        return exc
    raise AssertionError("nothing was raised")


def wrapped(inner: BaseException, outer: BaseException) -> BaseException:
    """`outer` raised `from None` while handling `inner`, as transport.py and files.py do."""

    def make():
        try:
            raise inner
        except BaseException:
            raise outer from None

    return raised(make)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def devices(make_workspace):
    return chair_admits(make_workspace, ("police", "clinician"))


# ----- every sentence -------------------------------------------------------------------------------------
def exception_names() -> set[str]:
    """Every exception class Python and Concord define: none may appear in a sentence."""
    names = {n for n, v in vars(builtins).items() if isinstance(v, type) and issubclass(v, BaseException)}
    for name, module in list(sys.modules.items()):
        if name.startswith("app.") or name in ("socket", "ssl"):
            names |= {n for n, v in inspect.getmembers(module, inspect.isclass) if issubclass(v, BaseException)}
    return names


NAMES = exception_names()


@pytest.mark.parametrize("kind", sorted(WORDS))
def test_each_kind_has_a_sentence_a_practitioner_can_act_on(kind):
    words = failure(kind)
    assert words.kind == kind
    text, brief = words.sentence, words.brief
    # What happened, then what to do: at least two sentences, the first ending in a full stop.
    assert len(re.findall(r"[.!?](\s|$)", text)) >= 2, text
    assert text[0].isupper() and text.endswith(".")
    assert brief and brief == brief.lower() and len(brief) <= 30
    for said in (text, brief):
        assert "errno" not in said.lower() and "Error" not in said and "Exception" not in said
        assert not re.search(r"\b[A-Z][a-z]+[A-Z]\w*", said), said  # no CamelCase class names
        assert not NAMES & set(re.findall(r"\w+", said)), said
        assert "{" not in said and "\\" not in said


def test_each_kind_has_a_sentence_of_its_own():
    sentences = [failure(kind).sentence for kind in WORDS]
    assert len(set(sentences)) == len(sentences)
    assert failure("no such kind").kind == "general"


# ----- reaching the other laptop -----------------------------------------------------------------------
def test_a_refused_connection_is_the_other_laptop_not_answering(devices):
    exc = raised(lambda: transport.sync_with(devices["police"].sync, "127.0.0.1", free_port()))
    assert type(exc).__name__ == "TransportError" and "Connection refused" in str(exc)
    f = for_exception(exc)
    assert f.kind == "refused"
    assert f.sentence.startswith("The other laptop did not answer. Check that Concord is open on it")
    assert "same network" in f.sentence and "try again" in f.sentence
    assert for_exception(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused")).kind == "refused"


@pytest.mark.parametrize(
    "inner,kind",
    [
        (TimeoutError("timed out"), "timeout"),
        (TimeoutError(errno.ETIMEDOUT, "Connection timed out"), "timeout"),
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "no_such_host"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "no_route"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "no_route"),
        (OSError(errno.EPERM, "Operation not permitted"), "unreachable"),
        (ssl.SSLError(1, "[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert unknown ca"), "not_accepted"),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "not_accepted"),
        (ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"), "broke_off"),
    ],
)
def test_socket_and_tls_errors_wrapped_by_the_transport_keep_their_kind(inner, kind):
    # transport.sync_with raises its own error `from None`: the socket error stays its context.
    outer = (
        "is not a member of this panel (x)" if isinstance(inner, ssl.SSLError) else "cannot reach 10.9.8.7:47470 (x)"
    )
    assert for_exception(wrapped(inner, transport.TransportError(outer))).kind == kind
    assert for_exception(inner).kind == kind


def test_what_a_session_ends_with_is_said_in_words(devices):
    chair, police = devices["chair"], devices["police"]
    chair.sync.revoke(police.profile.device_id)
    police.sync.receive_membership(chair.sync.membership_entries(), "chair")
    chair_side, police_side = run_pair(chair, police)
    # The chair's laptop refuses the revoked device...
    assert for_error_text(chair_side.error).kind == "peer_not_member"
    # ...which is told so, and hears it as being refused by the other laptop.
    assert police_side.error.startswith("the peer ended the session:")
    assert for_error_text(police_side.error).kind == "refused_by_peer"
    assert for_error_text(police_side.error).sentence.startswith("The other laptop does not yet list this one")
    # A revoked device met right after the handshake is named as removed.
    revoked = raised(lambda: SyncSession(chair.sync, authenticated_peer=police.profile.device_id).check_peer())
    assert isinstance(revoked, SessionError) and for_exception(revoked).kind == "peer_revoked"


def test_a_clock_a_week_out_says_which_way(devices):
    chair, police = devices["chair"], devices["police"]
    peer = SyncSession(chair.sync)
    previous = clock.use(clock.Clock(shift_s=9 * 86400))
    try:
        hello = peer.start()
    finally:
        clock.use(previous)
    session = SyncSession(police.sync)
    session.receive(hello)
    assert "clocks differ" in session.error
    assert for_error_text(session.error).kind == "clock_ahead"
    assert "more than a week ahead" in for_error_text(session.error).sentence
    # Said by the other laptop, "the peer" is this one: the other way round.
    assert for_error_text("the peer ended the session: " + session.error).kind == "clock_behind"
    assert for_exception(SessionError(session.error)).kind == "clock_ahead"


@pytest.mark.parametrize(
    "text,kind",
    [
        ("the peer stopped answering", "stopped_answering"),
        ("the peer stopped answering in the middle of the exchange", "stopped_answering"),
        ("the peer closed the connection early", "broke_off"),
        ("the connection broke off (SSLEOFError)", "broke_off"),
        ("the peer belongs to another panel", "other_panel"),
        ("the peer's hello names another device than its certificate", "identity_mismatch"),
        ("protocol error: frame too large", "bad_data"),
        ("the peer sent more than 100 items that failed a check", "bad_data"),
        (transport.internal_error(RuntimeError("a value")), "internal"),
        ("this device stopped accepting connections: an internal error (Boom) ended serving", "listener_stopped"),
        (
            "the peer ended the session: this device is serving as many sessions as it may; try again shortly",
            "peer_busy",
        ),
        ("the peer ended the session: something new", "general"),
        ("cannot reach 10.0.0.5:47470 (Connection refused)", "refused"),
        ("cannot reach 10.0.0.5:47470 (timed out)", "timeout"),
        ("something no version of Concord says", "general"),
        ("", "general"),
    ],
)
def test_reasons_kept_as_text_are_said_in_words(text, kind):
    assert for_error_text(text).kind == kind


def test_what_the_desktop_keeps_reads_back_as_the_same_failure():
    for kind in WORDS:
        assert for_error_text(token(failure(kind))).kind == kind
    assert for_error_text("failure:no_such_kind").kind == "general"


@pytest.mark.parametrize(
    "exc,kind",
    [
        (CertError("the peer's certificate was not made by the key the panel knows for it"), "identity_mismatch"),
        (
            CertError("the peer's session certificate is out of date (more than 7 days even allowing for clocks)"),
            "clock",
        ),
        (QuarantineBudgetExceeded("the peer sent more than 100 items that failed a check"), "bad_data"),
        (SyncError("this device is not in a panel yet"), "not_in_panel"),
        (KeyringError("the keyring is locked"), "keys_locked"),
        (RuntimeError("a bug, with a value in it"), "internal"),
        (KeyError("a value"), "internal"),
    ],
)
def test_concords_own_errors_and_bugs(exc, kind):
    assert for_exception(exc).kind == kind


def test_a_peer_that_is_not_on_the_panel_and_one_without_an_address():
    assert "not a member of the panel" in failure("unknown_device").sentence
    assert "Connect by address" in failure("no_address").sentence


# ----- joining and listening ----------------------------------------------------------------------------
def test_joining_keeps_concords_words_about_the_invitation_and_words_the_network():
    expired = JoinError(
        "this invitation has expired (check this computer's clock if that seems wrong); ask the chair for a new one"
    )
    assert for_join(expired) is None  # shown as it is: it already says what to do
    unreachable = wrapped(
        ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
        JoinError("cannot reach 10.0.0.1:47470 (Connection refused)"),
    )
    assert for_join(unreachable).kind == "refused"
    assert for_join(JoinError("the chair's device sent a malformed reply (bad length)")).kind == "bad_data"


def test_a_port_that_cannot_be_listened_on():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        exc = raised(lambda: socket.create_server(("127.0.0.1", taken.getsockname()[1])))
    assert for_listening(exc).kind == "port_in_use"
    assert for_listening(PermissionError(errno.EACCES, "Permission denied")).kind == "cannot_listen"
    assert for_listening(SyncError("this device is not in a panel yet")).kind == "not_in_panel"


# ----- bundles ------------------------------------------------------------------------------------------
def test_bundles_refused_on_import_are_said_in_words(devices, make_workspace, tmp_path):
    chair, police, clinician = devices["chair"], devices["police"], devices["clinician"]
    chair.new_case("CC-FW-1", "Person A", "Person B")
    data = export_bundle(chair.sync, [police.profile.device_id])

    def kind_of(engine, blob):
        return for_exception(raised(lambda: import_bundle(engine, blob))).kind

    assert kind_of(clinician.sync, data) == "bundle_not_for_device"
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0x40
    assert kind_of(police.sync, bytes(damaged)) == "bundle_damaged"
    assert kind_of(police.sync, data[:-100]) == "bundle_damaged"
    assert kind_of(police.sync, b"holiday photos" * 50) == "bundle_not_bundle"
    other = make_workspace("chair", folder=tmp_path / "other-chair")
    other.sync.found_panel("chair")
    assert kind_of(police.sync, export_bundle(other.sync, [other.profile.device_id])) == "bundle_other_panel"
    import_bundle(police.sync, data)
    assert kind_of(police.sync, data) == "bundle_again"
    assert failure("bundle_not_for_device").sentence.startswith(
        "This bundle was made for another device, so nothing was imported."
    )


def test_bundles_not_written_are_said_in_words(devices, tmp_path):
    chair, police = devices["chair"], devices["police"]
    assert for_exception(raised(lambda: export_bundle(chair.sync, []))).kind == "bundle_no_recipient"
    chair.sync.revoke(police.profile.device_id)
    gone = raised(lambda: export_bundle(chair.sync, [police.profile.device_id]))
    assert for_exception(gone).kind == "bundle_recipient_gone"
    missing = raised(lambda: write_whole(tmp_path / "no such folder" / "x.bundle", b"x"))
    assert isinstance(missing, FileNotWritten) and for_exception(missing).kind == "bundle_not_saved"
    full = wrapped(OSError(errno.ENOSPC, "No space left on device"), FileNotWritten("cannot write x: No space"))
    assert for_exception(full).kind == "bundle_disk_full"
    assert (
        for_exception(
            BundleError(
                "the bundle would be too large for a device to import: make one for fewer "
                "devices, or sync over the network"
            )
        ).kind
        == "bundle_too_large"
    )


# ----- the log ------------------------------------------------------------------------------------------
def test_the_log_gets_kinds_and_errno_names_never_messages():
    exc = wrapped(
        ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"),
        transport.TransportError("cannot reach 10.9.8.7:47470 (Connection refused)"),
    )
    line = technical(exc)
    assert line == "TransportError <- ConnectionRefusedError[ECONNREFUSED]"
    assert "10.9.8.7" not in line
    assert technical(BundleError("a file name someone typed")) == "BundleError"
