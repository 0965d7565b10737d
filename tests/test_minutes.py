"""The minutes: written in the room on several devices at once over real sync, read back from the
PDF as text, cut to what every recipient may read, and refused on bad input."""

import datetime as dt
import re
import subprocess

import pytest
from pypdf import PdfReader

from app.cli import main
from app.models.case_schema import DEFAULT_ISA, DEFAULT_MEETING, DEFAULT_SCHEMA, load_schema
from app.models.errors import NotFound, PermissionDenied, ValidationError
from app.reports import check_pdf, render_html, render_text
from app.reports import service as reporting
from app.sync.net.transport import Listener, sync_with
from app.workspace import Workspace
from tests.support.meeting_minutes import run_meeting
from tests.support.meeting_panel import (
    CLINICAL_MARK,
    INTEL_MARK,
    PRIVILEGED_MARK,
    SAFE_MARK,
    TODAY,
    WISHES_MARK,
    meeting_panel,
    scheduled,
    seed_cases,
)
from tests.support.pinned_clock import pin_wall
from tests.support.process_panel import sync_all

pinned_clock = pin_wall(dt.date(2026, 12, 22))  # after every date the meeting panel's cases carry

MARKS = (SAFE_MARK, INTEL_MARK, PRIVILEGED_MARK, CLINICAL_MARK, WISHES_MARK)


def page_texts(path) -> list[str]:
    n = len(PdfReader(str(path)).pages)
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(i), "-l", str(i), str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        for i in range(1, n + 1)
    ]


@pytest.fixture
def panel(make_workspace):
    return seed_cases(meeting_panel(make_workspace))


def test_two_attendees_write_the_minutes_at_once_over_tls_and_converge(panel, memory_keyring):
    ref = scheduled(panel)
    panel["chair"].meetings.build_agenda(ref, TODAY)
    sync_all(panel)
    listener = Listener(
        lambda: Workspace.open(panel["chair"].folder, backend=memory_keyring).sync, host="127.0.0.1"
    ).start()
    try:
        police, clinician = panel["police"], panel["clinician"]
        # Both write into the same texts before either has seen the other's words.
        police.meeting_mode.write_discussion(ref, "CC-KIDS-1", "key_risks", "Police: two call-outs this year.")
        clinician.meeting_mode.write_discussion(ref, "CC-KIDS-1", "key_risks", "Health: missed two appointments.")
        clinician.meeting_mode.write_discussion(ref, "CC-KIDS-1", "opinions", "Health thinks support is working.")
        police.meeting_mode.add_action(ref, "CC-KIDS-1", "Check bail conditions", "police", "Pat Police", "2026-12-10")
        clinician.meeting_mode.add_action(
            ref, "CC-KIDS-1", "GP to flag the record", "health", "Alex Clinician", "2026-12-11"
        )
        for _ in range(2):
            for ws in (police, clinician):
                outcome = sync_with(ws.sync, "127.0.0.1", listener.port)
                assert outcome.error is None
    finally:
        listener.stop()
    chair = Workspace.open(panel["chair"].folder, backend=memory_keyring)
    try:
        seen = [ws.meeting_mode.case_panel(ref, "CC-KIDS-1", TODAY) for ws in (chair, police, clinician)]
    finally:
        chair.close()
    discussions = {(d.discussion.key_risks, d.discussion.opinions) for d in seen}
    assert len(discussions) == 1  # the same on every device
    key_risks, opinions = discussions.pop()
    assert "Police: two call-outs this year." in key_risks and "Health: missed two appointments." in key_risks
    assert opinions == "Health thinks support is working."
    assert {tuple(sorted(a.action for a in d.actions)) for d in seen} == {
        ("Check bail conditions", "GP to flag the record")
    }
    for ws in (police, clinician):
        assert ws.sync.quarantined() == []


def test_the_minutes_pdf_holds_every_part_and_no_restricted_value(panel, tmp_path):
    ref = run_meeting(panel, actions_on_kids=60)  # enough for the actions table to run over pages
    written = reporting.write_minutes(panel["chair"], ref, tmp_path / "minutes", TODAY, "en")
    assert written.pdf.name == "minutes.pdf"
    pages = page_texts(written.pdf)
    whole = "\n".join(pages)
    for i, page in enumerate(pages, 1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, f"page {i} lacks the marking in header and footer"
        assert f"Page {i} of {len(pages)}" in page
    for part in (
        "Panel minutes: Vale panel",
        "PM-2026-12-03",
        "Community hall, Llanŵy",
        "Charlie Chair",
        "Attendance",
        "Pat Police",
        "Gwen Ŷr",
        "Observers",
        "Student social worker",
        "Apologies",
        "Nia Health",
        "2026-12-01",
        "Confidentiality statement",
        "shared in confidence",
        "Review of earlier actions",
        "Agenda",
        "1. Case CC-KIDS-1",
        "2. Case CC-NEW-2",
        "3. Case CC-SIGN-4",
        "Referral date",
        "2026-11-10",
        "Referral source",
        "Risk score",
        "15 (DASH, 2026-11-12): High",
        "visible high risk",
        "Children involved",
        "yes (2)",
        "Consent to referral",
        "She wants the children's school told",
        "Two call-outs in 2026",
        "Police view: risk is rising.",
        "Refer to children's services",
        "Action 60: tell the school",
        "Distribution list",
        "Chris Inspector",
    ):
        assert part in whole, part
    # Three working days after Thursday's meeting (an action's target date may be the same day,
    # so the date is looked for beside its label).
    assert re.search(r"Minutes to be sent by\s+2026-12-08 ", whole)
    # The advocate acknowledged on their device; the police lead, attending, has not yet.
    assert re.search(r"^\s*Sam Advocate\s+Advocacy\s+yes, on their device\s*$", whole, re.M)
    assert re.search(r"^\s*Pat Police\s+Police\s+NO\s*$", whole, re.M)
    # The actions table runs over pages and repeats its header row on each.
    with_rows = [p for p in pages if "tell the school" in p]
    assert len(with_rows) >= 2
    assert all("Owning" in p for p in with_rows)
    for path in (written.pdf, written.html, written.text):
        data = path.read_bytes()
        for mark in MARKS:
            assert mark.encode() not in data, f"{mark} leaked into {path.name}"
    assert all(mark not in whole for mark in MARKS)
    # The hash is in the metadata, and the accessible versions say exactly what the PDF says.
    info = PdfReader(str(written.pdf)).metadata
    assert written.content_hash in str(info.get("/Keywords")) or written.content_hash in str(info.get("/Subject"))
    check = check_pdf(written.pdf.read_bytes())
    assert check.ok and check.content_hash == written.content_hash
    assert written.html.read_text() == render_html(check.report)
    assert written.text.read_text() == render_text(check.report)
    for words in ("Two call-outs in 2026", "Gwen Ŷr", "Action 60: tell the school"):
        assert words in written.html.read_text() and words in written.text.read_text()


def test_minutes_refuse_bad_input_with_a_clear_error(panel):
    chair = panel["chair"]
    ref = scheduled(panel)
    chair.meetings.set_distribution(ref, [panel["police"].profile.device_id])
    with pytest.raises(ValidationError, match="no attendees"):
        reporting.minutes_report(chair, ref, TODAY, "en")
    chair.meetings.add_attendee(ref, "Gwen Ŷr", "Housing")
    chair.meetings.build_agenda(ref, TODAY)
    # A case on the agenda that this device does not hold (added on a device that holds it).
    chair.meetings.open(ref).add_record(
        "agenda",
        {"case_id": "ab" * 16, "reasons": "new referral", "minutes": 10, "position": 9, "added_by_chair": True},
    )
    with pytest.raises(NotFound, match="does not hold"):
        reporting.minutes_report(chair, ref, TODAY, "en")
    other = scheduled(panel, dt.date(2026, 12, 10))
    chair.meetings.add_attendee(other, "Gwen Ŷr", "Housing")
    chair.meetings.set_distribution(other, [panel["police"].profile.device_id, panel["legal"].profile.device_id])
    chair.sync.revoke(panel["legal"].profile.device_id)
    with pytest.raises(ValidationError, match="no longer\\) a member"):
        reporting.minutes_report(chair, other, TODAY, "en")
    with pytest.raises(NotFound, match="no meeting"):
        reporting.minutes_report(chair, "PM-1999-01-01", TODAY)
    sync_all(panel)
    with pytest.raises(PermissionDenied, match="only the panel chair may issue the minutes"):
        reporting.minutes_report(panel["police"], ref, TODAY, "en")


def test_cli_writes_minutes_and_verify_catches_a_changed_copy(panel, tmp_path, capsys):
    ref = run_meeting(panel)
    out = tmp_path / "m.pdf"
    assert main(["--data", str(panel["chair"].folder), "minutes", ref, str(out), "--today", TODAY.isoformat()]) == 0
    assert "accessible HTML" in capsys.readouterr().out and out.with_suffix(".html").exists()
    assert main(["--data", str(panel["chair"].folder), "verify", str(out)]) == 0
    assert "panel minutes of PM-2026-12-03" in capsys.readouterr().out
    data = bytearray(out.read_bytes())
    at = data.index(b"Vale panel")
    data[at] = ord("W")
    bad = tmp_path / "changed.pdf"
    bad.write_bytes(bytes(data))
    assert main(["--data", str(panel["chair"].folder), "verify", str(bad)]) == 1
    assert main(["--data", str(panel["chair"].folder), "minutes", "PM-NONE", str(tmp_path / "x.pdf")]) != 0
    assert "no meeting 'PM-NONE'" in capsys.readouterr().err
    assert (
        main(
            ["--data", str(panel["chair"].folder), "actions", "--csv", str(tmp_path / "a.csv"), "--today", "2026-12-20"]
        )
        == 0
    )
    assert (tmp_path / "a.csv").read_text().count("OVERDUE") == 2
    written = [e for e in panel["chair"].audit_entries() if e.action == "file_written"]
    assert [e.target for e in written][-1] == "actions csv", "the file carries case data: it is audited"


def narrowed_schema(tmp_path):
    """The default agreement, except that the survivor's views go to the advocate, the chair and
    the Chief Inspector only."""
    folder = tmp_path / "agreement"
    folder.mkdir()
    (folder / "case.toml").write_text(DEFAULT_SCHEMA.read_text())
    (folder / "meeting.toml").write_text(DEFAULT_MEETING.read_text())
    isa = DEFAULT_ISA.read_text().replace(
        '[fields.survivor_views]\nread = ["panel"]',
        '[fields.survivor_views]\nread = ["advocate", "chair", "chief_inspector"]',
    )
    assert isa != DEFAULT_ISA.read_text()
    (folder / "isa.toml").write_text(isa)
    return load_schema(folder / "case.toml", folder / "isa.toml")


def test_minutes_hold_only_what_every_recipient_may_read(tmp_path, memory_keyring):
    schema = narrowed_schema(tmp_path)
    people = {
        "chair": ("Charlie Chair", "Panel"),
        "advocate": ("Sam Advocate", "Advocacy"),
        "police": ("Pat Police", "Police"),
    }
    devices = {
        r: Workspace.init(tmp_path / r, n, a, r, backend=memory_keyring, schema=schema) for r, (n, a) in people.items()
    }
    try:
        chair = devices["chair"]
        chair.sync.found_panel("chair")
        for role in ("advocate", "police"):
            devices[role].sync.join(chair.sync.admission(devices[role].profile))
        for ws in devices.values():
            ws.sync.receive_membership(chair.sync.membership_entries(), "chair")
        case = devices["police"].new_case(reference="CC-N-1")
        case.set("referral_date", "2026-11-01")
        sync_all(devices)
        devices["advocate"].open_case("CC-N-1").set("survivor_views", "MARK-VIEWS-3301 she wants it to stop")
        devices["advocate"].open_case("CC-N-1").set("safe_address", SAFE_MARK)
        sync_all(devices)
        ref = chair.meetings.schedule("2026-12-03", "10:00", "Hall").reference
        chair.meetings.build_agenda(ref, TODAY)
        chair.meetings.add_attendee(ref, "Gwen", "Housing")
        chair.meetings.set_distribution(ref, list(chair.members()))  # the police lead among them
        text = render_text(reporting.minutes_report(chair, ref, TODAY, "en"))
        assert "MARK-VIEWS-3301" not in text and SAFE_MARK not in text
        assert "Withheld: not every recipient of these minutes may read this." in text
        chair.meetings.set_distribution(ref, [chair.profile.device_id, devices["advocate"].profile.device_id])
        text = render_text(reporting.minutes_report(chair, ref, TODAY, "en"))
        assert "MARK-VIEWS-3301 she wants it to stop" in text and SAFE_MARK not in text
    finally:
        for ws in devices.values():
            ws.close()


def test_the_demo_run_writes_minutes_that_verify_and_hold_no_safe_contact(tmp_path, memory_keyring, capsys):
    from app.demo.headless import write_demo_outputs
    from app.demo.panel import build_demo_panel

    folders = build_demo_panel(tmp_path / "panel", backend=memory_keyring)
    assert write_demo_outputs(folders, tmp_path / "out") == 0
    out = capsys.readouterr().out
    assert "Minutes of PM-2026-12-03" in out and "verify: VERIFIED; 5 actions open" in out
    minutes = tmp_path / "out" / "panel-minutes.pdf"
    whole = "\n".join(page_texts(minutes))
    for part in (
        "Vale restorative panel",
        "1. Case CC-2026-0101",
        "keep seeing their grandparents",
        "breach of the non-molestation order",
        "Confirm order expiry",
        "Ch Insp Rhian Lloyd",
    ):
        assert part in whole, part
    for path in (minutes, minutes.with_suffix(".html"), minutes.with_suffix(".txt")):
        data = path.read_bytes()
        assert b"Heol y Fro" not in data and b"07700 900123" not in data
