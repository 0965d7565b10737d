"""Sync through a relay: a NATS server with JetStream that stores sealed boxes for devices that
cannot reach each other, and forwards them when they next connect.

A device signs in with its relay key (relay_box.relay_key), trusts only the relay certificate it
was given (pinned, TLS 1.3), and then:
- puts in each peer's mailbox a letter (a bundle made for that peer alone) of what the peer
  lacks, sealed to the peer and padded, waiting for the relay's acknowledgement and retrying
  with the same message id, so a retry is stored once;
- reads its own mailbox, and only after a letter is checked and stored (the same checks and
  quarantine as any bundle) acknowledges it, so a crash before that means it comes again;
- answers every peer whose letter brought something new with a letter of its own, whose
  holdings are the receipt: only that counts as the peer having received anything.
The chair's device also makes the panel's stream and removes the mailboxes of revoked devices.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import logging
import os
import ssl
import threading
from collections.abc import Callable

import nats
import nats.errors
import nats.js.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import api

from app.models import clock
from app.models.language import QT_TRANSLATE_NOOP
from app.sync.engine import disclosing
from app.sync.engine.bundle import BundleError, import_bundle
from app.sync.engine.relay_mail import Letter, RelaySent, RelaySettings, certificate_fingerprint, letter_for
from app.sync.engine.sync_engine import SyncEngine
from app.sync.net.relay_report import RelayError, RelayReport, RelayState
from app.sync.protocol.relay_box import (
    MAX_BOX,
    BoxError,
    Piece,
    RelayNames,
    open_box,
    public_nkey,
    relay_key,
    seal_boxes,
)

log = logging.getLogger(__name__)


class _QuietClose(logging.Filter):
    """nats-py's connection answers the relay's TLS close in a way asyncio warns of at every
    disconnect; the warning says nothing a user or an operator can act on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "eof_received()" not in record.getMessage()


logging.getLogger("asyncio").addFilter(_QuietClose())

CONNECT_S = 5
PUBLISH_TRIES = 4
ACK_WAIT_S = 120.0
FETCH_BATCH = 32
LIVE_POLL_S = 0.25  # how long a live device's read waits at the relay before it looks at its own changes
MAX_RETRY_S = 30.0
PIECE_TRIES = 5  # collections an incomplete letter's pieces wait for the rest
QUICK_LOOK_S = 0.05  # a mailbox the relay counted as empty
FETCH_WAIT_S = 2.0  # for boxes the relay said are waiting: only a stalled relay takes this long
VIA = " via the relay"


_Transfers = dict[bytes, dict[int, tuple[Piece, Msg]]]


def _tls(pinned_pem: bytes | None) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.check_hostname = False  # the pin names the relay, not its host name
    ctx.verify_mode = ssl.CERT_REQUIRED
    # The pinned certificate is the only one trusted, whether self-signed or issued by a CA.
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    if pinned_pem:
        ctx.load_verify_locations(cadata=pinned_pem.decode())
    return ctx


class RelayLink:
    """One device's use of its panel's relay. Each call is one connection, opened and closed."""

    def __init__(self, engine: SyncEngine, settings: RelaySettings):
        if certificate_fingerprint(settings.certificate) != settings.pin:
            raise RelayError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "the relay certificate on this device does not match its pinned fingerprint"
                )
            )
        self.engine = engine
        self.settings = settings
        self.certificate_pem = settings.certificate.encode()
        self.me = engine.profile.device_id
        self.names = RelayNames(engine.panel_id or "")
        issuer = engine.state().members.get(settings.issuer)
        if issuer is None:
            raise RelayError(
                QT_TRANSLATE_NOOP(
                    "SyncProblems", "the chair's device that set up the relay is not in this panel's membership log"
                )
            )
        self._key = relay_key(engine.keys.exchange_private(), issuer.exchange_public, engine.panel_id or "", self.me)
        self.sent = RelaySent(engine)
        # Given by whoever opened the device: puts in force an agreement the panel adopted, once a
        # letter has brought it, and returns the engine to go on with (a new one if it changed).
        self.follow: Callable[[], SyncEngine] | None = None
        self.errors: list[str] = []  # what the relay reported on this device's connections
        # How long the relay waits for this device to acknowledge a box before offering it
        # again: long enough to check and store a letter of many pieces.
        self.ack_wait_s = ACK_WAIT_S

    # ----- connection ---------------------------------------------------------------------------
    async def _connect(self) -> Client:
        """Sign in at the first node of the relay that answers (a cluster lists several)."""
        why = ""
        for url in self.settings.urls:
            nc = Client()
            # nats-py signs the server's nonce with what signature_cb returns and names the key
            # by this attribute, which it otherwise reads from a seed file.
            nc._public_nkey = public_nkey(self._key)
            try:
                await asyncio.wait_for(self._sign_in(nc, url), CONNECT_S * 3)
                return nc
            except (TimeoutError, nats.errors.Error, OSError, ssl.SSLError) as exc:
                why = _sign_in_failure(exc, self.errors)
                await _close(nc)
        raise RelayError(
            QT_TRANSLATE_NOOP("SyncProblems", "cannot reach the relay at {url}: {why}"), url=self.settings.url, why=why
        )

    async def _on_error(self, exc: Exception) -> None:
        # Reported where it matters (each call raises RelayError); closing a TLS connection the
        # relay has closed first is one of these and harmless. Kept for the status and tests: a
        # refusal by the relay names only hashed subjects.
        self.errors.append(_why(exc))
        log.debug("relay connection: %s", type(exc).__name__)

    async def _sign_in(self, nc: Client, url: str) -> None:
        def sign(nonce: str) -> bytes:
            return base64.b64encode(self._key.sign(nonce.encode()))

        await nc.connect(
            servers=[url],
            error_cb=self._on_error,
            tls=_tls(self.certificate_pem),
            signature_cb=sign,
            inbox_prefix=self.names.inbox(self.me).encode(),
            connect_timeout=CONNECT_S,
            allow_reconnect=False,
            max_reconnect_attempts=1,  # 0 would mean try for ever
            name="concord",
        )

    def run(self, work: Callable[[Client], object]) -> object:
        async def go() -> object:
            nc = await self._connect()
            try:
                return await work(nc)  # type: ignore[misc]
            except (TimeoutError, nats.errors.TimeoutError):
                # A relay that is electing a new leader, or overloaded: the next sync tries again.
                raise RelayError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems", "the relay did not answer in time; nothing is lost, sync again shortly"
                    )
                ) from None
            except nats.errors.Error as exc:
                raise RelayError(
                    QT_TRANSLATE_NOOP("SyncProblems", "the relay connection broke off ({why})"), why=_why(exc)
                ) from None
            finally:
                await _close(nc)

        return asyncio.run(go())

    # ----- the exchange -------------------------------------------------------------------------
    def exchange(self, post_holdings: bool = False) -> RelayReport:
        """Send what peers lack, read this device's mailbox, answer with receipts."""

        async def work(nc: Client) -> RelayReport:
            report = RelayReport()
            js = nc.jetstream(timeout=10)
            if self._manages():
                await self._ensure_stream(js)
                report.removed = await self._tidy(js)
            await self._send_all(js, report, always=post_holdings)
            senders = await self._receive(nc, js, report)
            # Then again: a receipt to each device whose letter brought something new, and
            # what arrived to devices this one had not known of (new members, new keys).
            for m in sorted(self.engine.state().members.values(), key=lambda m: m.device_id):
                if not m.revoked and m.device_id != self.me:
                    await self._send(js, m.device_id, report, always=m.device_id in senders)
            return report

        result = self.run(work)
        assert isinstance(result, RelayReport)
        return result

    def _manages(self) -> bool:
        me = self.engine.state().active(self.me)
        return me is not None and me.role == "chair"

    async def _ensure_stream(self, js: nats.js.JetStreamContext) -> None:
        config = api.StreamConfig(
            name=self.names.stream,
            subjects=[self.names.all_mailboxes],
            retention=api.RetentionPolicy.WORK_QUEUE,
            storage=api.StorageType.FILE,
            discard=api.DiscardPolicy.NEW,
            max_age=float(self.retention_days() * 86400),
            max_bytes=self.quota(),
            max_msg_size=MAX_BOX + 4096,  # the box and its one header
            duplicate_window=600.0,
            num_replicas=self.replicas(),
        )
        try:
            await js.add_stream(config)
        except nats.js.errors.BadRequestError:
            await js.update_stream(config)

    def retention_days(self) -> int:
        return int(self.engine.store.get_meta("relay_retention_days") or 90)

    def quota(self) -> int:
        return int(self.engine.store.get_meta("relay_quota") or 1024**3)

    def replicas(self) -> int:
        return int(self.engine.store.get_meta("relay_replicas") or 1)

    async def _tidy(self, js: nats.js.JetStreamContext) -> int:
        """Remove the consumers and boxes of devices revoked since: they can sign in no more
        once the relay has the new configuration, and nothing should wait for them."""
        removed = 0
        for m in self.engine.state().members.values():
            if not m.revoked:
                continue
            name = self.names.consumer(m.device_id)
            try:
                await js.delete_consumer(self.names.stream, name)
                removed += 1
            except nats.js.errors.NotFoundError:
                pass
            await js.purge_stream(self.names.stream, subject=self.names.mailbox(m.device_id))
            self.sent.forget(m.device_id)
        return removed

    async def _send_all(self, js: nats.js.JetStreamContext, report: RelayReport, always: bool) -> None:
        for m in sorted(self.engine.state().members.values(), key=lambda m: m.device_id):
            if m.revoked or m.device_id == self.me:
                continue
            await self._send(js, m.device_id, report, always)

    async def _send(self, js: nats.js.JetStreamContext, peer: str, report: RelayReport, always: bool) -> None:
        letter = letter_for(self.engine, peer, always=always)
        if letter is None:
            return
        member = self.engine.state().active(peer)
        assert member is not None
        try:
            for box in seal_boxes(letter.bundle, peer, member.exchange_public):
                await self._publish(js, self.names.mailbox(peer), box)
        except _MailboxFull:
            report.full.append(peer)
            return
        self._sent(letter, report)

    def _sent(self, letter: Letter, report: RelayReport) -> None:
        self.sent.note(letter)
        disclosing.log_sent(
            self.engine, letter.device_id, [(c, k) for c, k, _e in letter.items], "relay", "envelopes by the relay"
        )
        report.sent_letters += 1
        report.sent_envelopes += len(letter.items)

    async def _publish(self, js: nats.js.JetStreamContext, subject: str, box: bytes) -> None:
        # A fresh id per box and recipient, kept across retries: the relay stores a retried box
        # once, and no id links the boxes of one letter sent to several devices.
        msg_id = base64.urlsafe_b64encode(os.urandom(18)).decode()
        for attempt in range(PUBLISH_TRIES):
            try:
                await js.publish(subject, box, headers={"Nats-Msg-Id": msg_id})
                return
            except nats.js.errors.APIError as exc:
                if _is_full(exc):
                    raise _MailboxFull() from None
                raise RelayError(
                    QT_TRANSLATE_NOOP("SyncProblems", "the relay refused a letter ({why})"), why=_why(exc)
                ) from None
            except nats.js.errors.NoStreamResponseError:
                raise RelayError(
                    QT_TRANSLATE_NOOP(
                        "SyncProblems",
                        "the relay has no mailboxes for this panel yet: the chair's device must sync through it once",
                    )
                ) from None
            except (TimeoutError, nats.errors.TimeoutError):
                if attempt == PUBLISH_TRIES - 1:
                    raise RelayError(
                        QT_TRANSLATE_NOOP(
                            "SyncProblems", "the relay did not acknowledge a letter; it will be sent again"
                        )
                    ) from None
                await asyncio.sleep(0.2 * 2**attempt)

    async def _mailbox(
        self, js: nats.js.JetStreamContext
    ) -> tuple[nats.js.JetStreamContext.PullSubscription, int] | None:
        """This device's mailbox, bound for reading, and how many boxes wait in it now; None
        while the panel has no stream (nothing can wait for this device then)."""
        stream, consumer, box = self.names.stream, self.names.consumer(self.me), self.names.mailbox(self.me)
        config = api.ConsumerConfig(
            name=consumer,
            durable_name=consumer,
            filter_subject=box,
            ack_policy=api.AckPolicy.EXPLICIT,
            ack_wait=self.ack_wait_s,
            max_ack_pending=10_000,
        )
        try:
            info = await js.add_consumer(stream, config)
        except nats.js.errors.NotFoundError:
            return None
        sub = await js.pull_subscribe_bind(consumer, stream, inbox_prefix=(self.names.inbox(self.me) + ".").encode())
        # New, or delivered before and not acknowledged.
        return sub, (info.num_pending or 0) + (info.num_ack_pending or 0)

    async def _receive(self, nc: Client, js: nats.js.JetStreamContext, report: RelayReport) -> set[str]:
        bound = await self._mailbox(js)
        if bound is None:
            return set()
        sub, due = bound
        senders: set[str] = set()
        transfers: _Transfers = {}
        seen = 0
        # Read what the relay counted as waiting, rather than wait out a timeout to learn a
        # mailbox is empty. A count of zero is not trusted: a relay just restarted, or failed
        # over, may not have counted its mailboxes yet, so an empty one is looked at briefly.
        while True:
            counted = seen < due
            try:
                msgs = await sub.fetch(
                    min(FETCH_BATCH, due - seen) if counted else FETCH_BATCH,
                    timeout=FETCH_WAIT_S if counted else QUICK_LOOK_S,
                )
            except (TimeoutError, nats.errors.TimeoutError):
                break
            if not msgs:
                break
            seen += len(msgs)
            senders |= await self._take(msgs, transfers, report)
            if due and seen >= due:
                break  # what was counted is in; what came since is read next time
        await self._leave_incomplete(transfers, report)
        self.engine.flush_quarantine("the relay")
        return senders

    async def _leave_incomplete(self, transfers: _Transfers, report: RelayReport) -> None:
        """Pieces of a letter whose other pieces have not come: offered again at the next
        collection, until a sender that died mid-letter (it sends the letter whole again) has
        clearly left them orphaned; then set aside and acknowledged, so they stop coming."""
        for parts in transfers.values():
            tries = max(msg.metadata.num_delivered or 1 for _piece, msg in parts.values())
            for _piece, msg in parts.values():
                if tries >= PIECE_TRIES:
                    await msg.ack()
                else:
                    await msg.nak()
            if tries >= PIECE_TRIES:
                kept = b"".join(piece.data for piece, _msg in parts.values())
                self._set_aside(f"{len(parts)} piece(s) of a letter whose other pieces never came", kept, report)

    async def _take(self, msgs: list[Msg], transfers: _Transfers, report: RelayReport) -> set[str]:
        """Open, check and store what arrived; acknowledge each box only once what it carried
        is stored (or set aside). The ids of senders whose letters brought something new."""
        senders = set()
        for msg in msgs:
            try:
                piece = open_box(msg.data, self.me, self.engine.keys.exchange_private())
            except BoxError as exc:
                self._set_aside(str(exc), msg.data, report)
                await msg.ack()
                continue
            parts = transfers.setdefault(piece.transfer, {})
            parts[piece.index] = (piece, msg)
            if len(parts) < piece.count:
                continue
            data = b"".join(parts[i][0].data for i in range(piece.count))
            del transfers[piece.transfer]
            sender = self._import(data, report)
            if sender:
                senders.add(sender)
            for _piece, held in parts.values():
                await held.ack()
        return senders

    # ----- staying connected --------------------------------------------------------------------
    def live(
        self,
        stop: threading.Event,
        on_state: Callable[[RelayState], None] | None = None,
        poll: float = LIVE_POLL_S,
    ) -> None:
        """Stay connected until `stop` is set: send each local change as it is made, and take
        letters as they arrive. A relay that goes away is tried again, less often the longer
        it stays away; every change of state is reported, never silently dropped."""
        state = RelayState()

        def tell() -> None:
            state.unconfirmed = self.sent.count()
            if on_state is not None:  # a copy: the receiver may read it on another thread
                on_state(
                    dataclasses.replace(state, report=dataclasses.replace(state.report, full=list(state.report.full)))
                )

        wait = 1.0
        while not stop.is_set():
            try:
                asyncio.run(self._live(stop, poll, state, tell))
                wait = 1.0
            except RelayError as exc:
                state.connected, state.error = False, str(exc)
                tell()
            except Exception as exc:  # noqa: BLE001 - the boundary of the relay's thread
                log.error("the relay loop failed (%s); trying again", type(exc).__name__, exc_info=True)
                state.connected, state.error = False, f"an internal error ({type(exc).__name__}); trying again"
                tell()
            if stop.wait(wait):
                break
            wait = min(wait * 2, MAX_RETRY_S)
        state.connected = False
        state.error = None
        tell()

    async def _live(self, stop: threading.Event, poll: float, state: RelayState, tell: Callable[[], None]) -> None:
        nc = await self._connect()
        try:
            js = nc.jetstream(timeout=10)
            report = state.report
            if self._manages():
                await self._ensure_stream(js)
                report.removed += await self._tidy(js)
            state.connected, state.error = True, None
            tell()
            mark: tuple[int, ...] | None = None
            bound = None
            transfers: _Transfers = {}
            while not stop.is_set():
                if not nc.is_connected:
                    raise RelayError(QT_TRANSLATE_NOOP("SyncProblems", "the connection to the relay was lost"))
                now = self.engine.local_mark()
                if now != mark:
                    mark = now
                    await self._send_all(js, report, always=False)
                    tell()
                if bound is None:
                    bound = await self._mailbox(js)
                    if bound is None:
                        await asyncio.sleep(poll)
                        continue
                try:
                    msgs = await bound[0].fetch(FETCH_BATCH, timeout=poll)
                except (TimeoutError, nats.errors.TimeoutError):
                    continue
                before = report.received_letters
                senders = await self._take(msgs, transfers, report)
                self.engine.flush_quarantine("the relay")
                if self.follow is not None and (engine := self.follow()) is not self.engine:
                    self.engine, self.sent = engine, RelaySent(engine)
                for peer in sorted(senders):
                    if self.engine.state().active(peer) is not None:
                        await self._send(js, peer, report, always=True)
                if report.received_letters != before:
                    state.last_delivery = clock.wall().isoformat(timespec="seconds")
                mark = None  # what arrived may be news for other devices
                tell()
        except nats.errors.Error as exc:
            raise RelayError(
                QT_TRANSLATE_NOOP("SyncProblems", "the relay connection broke off ({why})"), why=_why(exc)
            ) from None
        finally:
            await _close(nc)

    def _import(self, data: bytes, report: RelayReport) -> str | None:
        """Store a letter; the sender's id if it brought anything new (it gets a receipt)."""
        try:
            result = import_bundle(self.engine, data, via=VIA)
        except BundleError as exc:
            self._set_aside(str(exc), data, report)
            return None
        report.received_letters += 1
        report.applied += result.envelopes.applied
        self.sent.settle(result.sender)
        got = result.envelopes
        new = result.membership + result.grants + got.applied + got.waiting + got.held + result.audit
        return result.sender if new else None

    def _set_aside(self, reason: str, data: bytes, report: RelayReport) -> None:
        report.refused += 1
        log.warning("a relay box failed a check and was set aside (%d bytes)", len(data))
        self.engine.set_aside("relay", "the relay", reason, data)

    def status(self) -> dict[str, object]:
        """What the relay says of this panel's use of it, and what waits here to be confirmed."""

        async def work(nc: Client) -> dict[str, object]:
            js = nc.jetstream(timeout=10)
            out: dict[str, object] = {"reachable": True, "waiting_unconfirmed": self.sent.count()}
            try:
                info = await js.consumer_info(self.names.stream, self.names.consumer(self.me))
                out["waiting_here"] = info.num_pending
            except nats.js.errors.NotFoundError:
                out["waiting_here"] = 0
            account = await js.account_info()
            out["panel_bytes"] = account.storage
            return out

        result = self.run(work)
        assert isinstance(result, dict)
        return result


class _MailboxFull(Exception):
    pass


def _is_full(exc: nats.js.errors.APIError) -> bool:
    words = (exc.description or "").lower()
    return "maximum bytes" in words or "resource limits" in words or "insufficient" in words


async def _close(nc: Client) -> None:
    """Close, bounded like opening: a connection that broke or never opened may not close."""
    try:
        await asyncio.wait_for(nc.close(), CONNECT_S)
    except Exception:  # noqa: BLE001 - nothing is left to do with it either way
        pass


def _sign_in_failure(exc: BaseException, reported: list[str]) -> str:
    """Why signing in failed, in words a user can act on."""
    said = " ".join([str(exc), *reported[-3:]]).lower()
    if isinstance(exc, ssl.SSLCertVerificationError) or "certificate verify failed" in said:
        return "it did not show the certificate this device was given for it"
    if "authorization" in said or "authentication" in said:
        return "it did not accept this device; ask the chair whether the relay has the panel's latest configuration"
    return "it does not answer (it may be down, or this network may not reach it)"


def _why(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[:160] if text else type(exc).__name__
