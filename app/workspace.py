"""A Concord data folder, opened: the one core that both the CLI and the desktop use.

A data folder holds `concord.db` (SQLCipher) and `concord-folder.json` (a random folder id and
the format; nothing sensitive). The database key and the device's private keys are in the OS
keyring under the folder id, never in the folder.
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import uuid
from pathlib import Path

import keyring.backend
import sqlalchemy as sa

from app.models import audit, language
from app.models.case_reader import CaseSummary
from app.models.case_schema import Schema, load_schema
from app.models.cases import CaseRepository, CaseSession
from app.models.device_context import DeviceContext
from app.models.disclosures.grounds import grounds
from app.models.disclosures.log import Disclosure, Logged, Recipient, listed, record
from app.models.documents import values
from app.models.errors import NotFound, PermissionDenied, StoreError, ValidationError
from app.models.identity import (
    DeviceKeys,
    DeviceProfile,
    KnownMember,
    actor_id_of,
    device_id_of,
    read_signed_profile,
    signed_profile,
)
from app.models.language import QT_TRANSLATE_NOOP
from app.models.meetings.flagged_agenda import FlaggedMeetingService
from app.models.meetings.mode import MeetingMode
from app.models.meetings.service import MeetingService
from app.models.output_files import write_whole
from app.models.process import step_check
from app.models.process.service import ProcessService, note_risk_change
from app.models.risk import flags as risk_flags
from app.models.risk.service import RiskService
from app.models.storage import tables as t
from app.models.storage.change_watch import ChangeWatch
from app.models.storage.os_keyring import OsKeyring
from app.models.storage.store import Store, is_meeting, now_utc
from app.sync.engine import agreement_moves
from app.sync.engine.exchanges import Exchange, recall, remember
from app.sync.engine.sync_engine import SyncEngine

DB_FILE = "concord.db"
FOLDER_FILE = "concord-folder.json"
DB_KEY_SECRET = "database-key"
# The layout of the folder file (concord-folder.json) itself.
FOLDER_FORMAT = 1
# Why an export was refused, as the disclosure log keeps it (English; shown in the reader's language).
EXPORT_NOT_READ = QT_TRANSLATE_NOOP("Disclosures", "this device's role may not read it")
EXPORT_NEVER = QT_TRANSLATE_NOOP("Disclosures", "it holds fields that are never to leave a device")


class Workspace:
    def __init__(self, folder: Path, store: Store, keys: DeviceKeys, profile: DeviceProfile, schema: Schema):
        self.folder = folder
        self.store = store
        self.keys = keys
        self.profile = profile
        # The device signs its audit head every so many entries, not only at each sync.
        store.audit.sign = keys.sign
        self.actor = audit.Actor(profile.device_id, profile.name, profile.role)
        self._use_schema(schema)

    def _use_schema(self, schema: Schema) -> None:
        """Work under `schema`: at set-up, and again when the panel adopts a new agreement."""
        self.schema = schema
        self.cases = CaseRepository(self.store, schema, self.profile.actor_id)
        self.cases.on_risk_change = self._on_risk_change(
            note_risk_change(attest=lambda case, f: self.process.attest_changed(case, f)),
            risk_flags.on_change(lambda: self.risk),
        )
        self._sync: SyncEngine | None = None
        self._risk: RiskService | None = None
        self._process: ProcessService | None = None
        self._meetings: MeetingService | None = None

    @property
    def sync(self) -> SyncEngine:
        """This device's sync engine (membership, keys, envelopes); no network of its own."""
        if self._sync is None:
            self._sync = SyncEngine(self.store, self.cases, self.keys, self.profile, self.actor)
            self._sync.receiver.on_steps_received = self._check_received_steps
        return self._sync

    def _check_received_steps(self, case_ids: list[str], source: str) -> list[str]:
        """Each received step that breaks a process rule, set aside in the quarantine list (once)
        and audited; returns why, for each newly listed."""
        assert self._sync is not None  # called only by the engine's own receiver
        listed = {row.reason for row in self._sync.quarantined()}
        out = []
        for case_id in case_ids:
            if is_meeting(case_id):
                continue  # a panel meeting has no process to break
            # The reasons kept are records, compared with those kept before: always in one language.
            with language.using(language.ENGLISH):
                out += self._check_steps_of(case_id, source, listed)
        return out

    def _check_steps_of(self, case_id: str, source: str, listed: set[str]) -> list[str]:
        assert self._sync is not None
        out: list[str] = []
        case = self.open_case(case_id)
        if not case.can_read("process_events"):
            return out
        for step_id, to_state, why in step_check.refused_steps(self.process.view(case)):
            reason = step_check.describe(step_id, to_state, why)
            if reason[:500] in listed:
                continue
            self._sync.quarantine_record(source, reason, step_id.encode())
            with self.store.begin() as conn:
                audit.append(conn, self.actor, "record_refused", case.reference, f"process step {step_id}")
            out.append(reason)
        return out

    # ----- set-up and opening ----------------------------------------------------------------
    @staticmethod
    def exists(folder: Path | str) -> bool:
        return (Path(folder) / FOLDER_FILE).exists()

    @classmethod
    def init(
        cls,
        folder: Path | str,
        name: str,
        agency: str,
        role: str,
        backend: keyring.backend.KeyringBackend | None = None,
        schema: Schema | None = None,
    ) -> Workspace:
        folder = Path(folder)
        schema = schema or load_schema()
        name, agency = name.strip(), agency.strip()
        if role not in schema.roles:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DeviceProblems", "unknown role '{role}'; the agreement knows: {roles}"),
                role=role,
                roles=", ".join(schema.roles),
            )
        if not name or len(name) > 120:
            raise ValidationError(
                QT_TRANSLATE_NOOP("DeviceProblems", "give the name of the person using this device (1-120 characters)")
            )
        if not agency or len(agency) > 120:
            raise ValidationError(QT_TRANSLATE_NOOP("DeviceProblems", "give the agency (1-120 characters)"))
        if cls.exists(folder):
            raise ValidationError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{folder} is already a Concord data folder"), folder=folder
            )
        if (folder / DB_FILE).exists():
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{file} exists without its folder file; refusing to touch it"),
                file=folder / DB_FILE,
            )
        namespace = uuid.uuid4().hex
        os_keyring = OsKeyring(namespace, backend)  # refuses an insecure keyring before anything is made
        folder.mkdir(parents=True, exist_ok=True)
        db_key = secrets.token_bytes(32)
        os_keyring.put(DB_KEY_SECRET, db_key)
        keys = DeviceKeys.create(os_keyring)
        signing_public = keys.signing_public()
        profile = DeviceProfile(
            device_id=device_id_of(signing_public),
            name=name,
            agency=agency,
            role=role,
            signing_public=signing_public,
            exchange_public=keys.exchange_public(),
            created_at=now_utc(),
        )
        store = Store.open(folder / DB_FILE, db_key, create=True)
        with store.begin() as conn:
            conn.execute(
                t.device.insert().values(
                    device_id=profile.device_id,
                    name=profile.name,
                    agency=profile.agency,
                    role=profile.role,
                    signing_public=profile.signing_public,
                    exchange_public=profile.exchange_public,
                    actor_id=profile.actor_id,
                    created_at=profile.created_at,
                    attestation=keys.sign(profile.canonical()),
                )
            )
            audit.append(conn, audit.Actor(profile.device_id, name, role), "device_created", "", role)
        # Written last: a folder file means a complete set-up.
        tmp = folder / (FOLDER_FILE + ".tmp")
        tmp.write_text(json.dumps({"format": FOLDER_FORMAT, "folder_id": namespace}))
        os.replace(tmp, folder / FOLDER_FILE)
        return cls(folder, store, keys, profile, schema)

    @classmethod
    def open(
        cls,
        folder: Path | str,
        backend: keyring.backend.KeyringBackend | None = None,
        schema: Schema | None = None,
    ) -> Workspace:
        folder = Path(folder)
        try:
            info = json.loads((folder / FOLDER_FILE).read_text())
            namespace = info["folder_id"]
            folder_format = int(info.get("format", 1))
        except FileNotFoundError:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "{folder} is not a Concord data folder (run 'concord --data {folder} init' first)"
                ),
                folder=folder,
            ) from None
        except (ValueError, KeyError, TypeError):
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{file} is damaged"), file=folder / FOLDER_FILE
            ) from None
        if folder_format > FOLDER_FORMAT:
            raise StoreError(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems",
                    "{folder} was set up by a newer version of Concord (folder format {folder_format}; this "
                    "version reads format {folder_format2}). Nothing was changed.",
                ),
                folder=folder,
                folder_format=folder_format,
                folder_format2=FOLDER_FORMAT,
            )
        os_keyring = OsKeyring(namespace, backend)
        db_key = os_keyring.require(DB_KEY_SECRET, "database key")
        store = Store.open(folder / DB_FILE, db_key)
        with store.engine.connect() as conn:
            row = conn.execute(sa.select(t.device)).first()
        if row is None:
            store.close()
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "{folder} has no device identity; the set-up did not finish"),
                folder=folder,
            )
        profile = DeviceProfile(
            row.device_id, row.name, row.agency, row.role, row.signing_public, row.exchange_public, row.created_at
        )
        keys = DeviceKeys(os_keyring)
        if keys.signing_public() != profile.signing_public:
            store.close()
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "the device key in the keyring does not match this data folder")
            )
        ws = cls(folder, store, keys, profile, schema or load_schema())
        try:
            ws.follow_agreement()
        except Exception:
            store.close()
            raise
        if profile.role not in ws.schema.roles:
            store.close()
            raise StoreError(
                QT_TRANSLATE_NOOP("DeviceProblems", "this device's role '{role}' is not in the agreement"),
                role=profile.role,
            )
        ws._follow_panel_role()
        return ws

    def agreement_waiting(self) -> bool:
        """Whether the panel has adopted an agreement this workspace does not yet work under."""
        if self.store.get_meta("panel_id") is None:
            return False
        return self.sync.state().ahead_of(self.schema)

    def followed_sync(self) -> SyncEngine:
        """The sync engine to go on with once an agreement the panel adopted is in force here."""
        self.follow_agreement()
        return self.sync

    def follow_agreement(self) -> bool:
        """Work under the agreement the panel has in force, once an adoption has reached this
        device (at opening, and after each sync), and move this device's data to the
        compartments it sets. Returns whether the agreement in force changed."""
        if self.store.get_meta("panel_id") is None:
            return False
        changed = self.agreement_waiting()
        if changed:
            self._use_schema(self.sync.agreements.schema_after(self.sync.state().agreements))
        agreement_moves.settle(self.store, self.cases, self.profile.role, self.actor)
        return changed

    @staticmethod
    def _on_risk_change(*hooks):
        """Every hook, in turn, for a risk-relevant change this device made: the note that a
        sign-off may be stale, then the risk flags published again where they changed."""

        def hook(case, f) -> None:
            for h in hooks:
                h(case, f)

        return hook

    def _follow_panel_role(self) -> None:
        """In a panel, the membership log decides this device's role: a role the chair changed
        takes effect here when the device next opens, once the change has reached it."""
        if self.store.get_meta("panel_id") is None:
            return
        me = self.sync.state().active(self.profile.device_id)
        if me is None or me.role == self.profile.role or me.role not in self.schema.roles:
            return
        with self.store.begin() as conn:
            conn.execute(t.device.update().values(role=me.role))
        self.profile = dataclasses.replace(self.profile, role=me.role)
        self.actor = audit.Actor(self.profile.device_id, self.profile.name, self.profile.role)
        self._sync = None
        self._process = None
        self._meetings = None

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def context(self) -> DeviceContext:
        """What the services need of this device, as it is now (a role change rebuilds them)."""
        p = self.profile
        return DeviceContext(p.name, p.agency, p.role, p.device_id, self.actor, self.keys.sign, self, self)

    @property
    def risk(self) -> RiskService:
        """Risk instruments and policy, applied to this device's cases."""
        if self._risk is None:
            self._risk = RiskService(self.context())
        return self._risk

    @property
    def process(self) -> ProcessService:
        """The restorative process, its safeguards and the sign-off, applied to this device's cases."""
        if self._process is None:
            self._process = ProcessService(self.context(), self.risk)
        return self._process

    @property
    def meetings(self) -> MeetingService:
        """Panel meetings: scheduling, attendance, agenda and acknowledgements."""
        if self._meetings is None:
            self._meetings = FlaggedMeetingService(self.context(), self.cases, self.risk, self.process)
        return self._meetings

    @property
    def meeting_mode(self) -> MeetingMode:
        """What the panel sees and writes for each case on a meeting's agenda; the action tracker."""
        return MeetingMode(self.meetings)

    def members(self) -> dict[str, tuple[str, str, str]]:
        """(name, role, agency) of each active member of this device's panel, by device id (only
        this device, before it joins one)."""
        p = self.profile
        if self.store.get_meta("panel_id") is None:
            return {p.device_id: (p.name, p.role, p.agency)}
        return {d: (m.name, m.role, m.agency) for d, m in self.sync.state().members.items() if not m.revoked}

    def actor_of(self, device_id: str) -> bytes | None:
        """The Automerge actor of a device this one knows (any member, past or present)."""
        known = self.member_of(device_id)
        return actor_id_of(known.public_key) if known else None

    def member_of(self, device_id: str) -> KnownMember | None:
        """A device this one knows as a member of its panel, revoked or not (or itself, before
        it joins one), from the membership log it has verified."""
        if self.store.get_meta("panel_id") is None:
            p = self.profile
            return KnownMember(p.signing_public, p.role, p.name) if device_id == p.device_id else None
        m = self.sync.state().members.get(device_id)
        return KnownMember(m.signing_public, m.role, m.name, m.revoked) if m is not None else None

    # ----- who is here -------------------------------------------------------------------------
    @property
    def role(self) -> str:
        return self.profile.role

    @property
    def role_label(self) -> str:
        return language.pick(self.schema.roles[self.role], "label")

    # ----- cases -----------------------------------------------------------------------------
    def list_cases(self) -> list[CaseSummary]:
        return self.cases.summaries(self.role)

    def new_case(
        self, reference: str | None = None, harmed_label: str | None = None, harmer_label: str | None = None
    ) -> CaseSession:
        labels = {
            "party_harmed_label": (harmed_label or "Person A").strip(),
            "party_harmer_label": (harmer_label or "Person B").strip(),
        }
        # Check everything before the case exists, so a refused label leaves no half-made case.
        for field_id, label in labels.items():
            values.check(self.schema.field(field_id), label)
        case_id = self.cases.create_case(reference, self.role, self.actor)
        session = self.open_case(case_id)
        session.set("reference", self.store.find_case(case_id).reference)
        for field_id, label in labels.items():
            session.set(field_id, label)
        return session

    def next_reference(self) -> str:
        return self.cases.next_reference()

    def open_case(self, ref_or_id: str) -> CaseSession:
        row = self.store.find_case(ref_or_id)
        if is_meeting(row.case_id):
            raise NotFound(
                QT_TRANSLATE_NOOP("DeviceProblems", "'{ref_or_id}' is a panel meeting, not a case"), ref_or_id=ref_or_id
            )
        session = CaseSession(self.cases, row.case_id, row.reference, self.role, self.actor)
        # Facts may have arrived by sync, or time moved a case out of (or into) escalation, since
        # the flags were last published: a device that holds the facts tells the panel now.
        if risk_flags.can_publish(session):
            risk_flags.reconcile_quietly(session, self.risk)
        return session

    # ----- export ----------------------------------------------------------------------------
    def export_compartment(self, ref_or_id: str, name: str, path: Path | str) -> Path:
        """Write one compartment of one case as a standard .automerge file."""
        session = self.open_case(ref_or_id)
        comp = self.cases.compartments.resolve(name)
        if self.role not in comp.read:
            self._export_refused(session.reference, comp, EXPORT_NOT_READ)
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("DeviceProblems", "the role '{role}' may not read compartment {id}"),
                role=self.role,
                id=comp.id,
            )
        blocked = [fid for fid in comp.field_ids if self.schema.field(fid).never_export]
        if blocked:
            self._export_refused(session.reference, comp, EXPORT_NEVER)
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "DeviceProblems", "compartment {id} holds never-export fields ({blocked}); it cannot be exported"
                ),
                id=comp.id,
                blocked=", ".join(blocked),
            )
        doc = self.cases.read_doc(session.case_id, comp, self.role)
        if doc is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("DeviceProblems", "case {reference} has nothing yet in compartment {id}"),
                reference=session.reference,
                id=comp.id,
            )
        path = write_whole(path, doc.save())
        rules, basis = grounds(self.schema, comp.field_ids)
        went = Disclosure(
            session.reference,
            "export",
            True,
            Recipient(),
            (comp.id,),
            comp.field_ids,
            rules,
            basis,
            count=1,
            what="compartment",
        )
        with self.store.begin() as conn:
            audit.append(conn, self.actor, "compartment_exported", session.reference, comp.id)
            record(conn, self.actor, [went])
        return path

    def _export_refused(self, reference: str, comp, why: str) -> None:
        rules, _basis = grounds(self.schema, comp.field_ids)
        kept = Disclosure(reference, "export", False, Recipient(), (comp.id,), comp.field_ids, rules, reason=str(why))
        with self.store.begin() as conn:
            record(conn, self.actor, [kept])

    # ----- panel ------------------------------------------------------------------------------
    def join_request(self) -> bytes:
        """This device's signed profile: what the chair needs to admit it."""
        return signed_profile(self.profile, self.keys.sign)

    @staticmethod
    def read_join_request(data: bytes) -> DeviceProfile:
        return read_signed_profile(data)

    # ----- what the desktop watches ------------------------------------------------------------
    def change_watch(self) -> ChangeWatch:
        """A watch on changes other devices bring into this store, from now on."""
        return ChangeWatch(self.store, self.profile.actor_id)

    def last_exchanges(self) -> dict[str, Exchange]:
        """The last sync exchange with each peer device, by device id."""
        return recall(self.store)

    def remember_exchange(self, exchange: Exchange) -> None:
        remember(self.store, exchange)

    # ----- audit -----------------------------------------------------------------------------
    def audit_entries(self) -> list[audit.Entry]:
        return audit.entries(self.store)

    def verify_audit(self) -> audit.Verdict:
        return audit.verify(self.store)

    def disclosures(self, case_ref: str) -> list[Logged]:
        """What of a case left this device and what it decided not to share, oldest first."""
        return listed(self.store, case_ref)
