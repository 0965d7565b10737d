"""Offline bundles: carried by hand, refused whole when corrupt, truncated, replayed or foreign."""

import pytest

from app.sync.engine.bundle import BundleError, export_bundle, import_bundle
from tests.support.device_snapshot import snapshot


@pytest.fixture
def bundle(panel):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-USB-1")
    case.set("intelligence", "MKcarried-by-hand")
    return panel, export_bundle(police.sync, [ci.profile.device_id])


def test_a_bundle_carries_what_the_recipient_may_read(bundle):
    panel, data = bundle
    ci = panel["chief_inspector"]
    assert b"MKcarried-by-hand" not in data
    result = import_bundle(ci.sync, data)
    assert result.envelopes.applied > 0 and not result.envelopes.quarantined and result.grants > 0
    assert ci.open_case("CC-USB-1").get("intelligence") == "MKcarried-by-hand"


def test_a_replayed_bundle_is_refused(bundle):
    panel, data = bundle
    ci = panel["chief_inspector"]
    import_bundle(ci.sync, data)
    with pytest.raises(BundleError, match="already imported"):
        import_bundle(ci.sync, data)


def test_a_bundle_for_another_device_is_refused(bundle):
    panel, data = bundle
    clinician = panel["clinician"]
    before = snapshot(clinician)
    with pytest.raises(BundleError, match="not made for this device"):
        import_bundle(clinician.sync, data)
    assert snapshot(clinician) == before


@pytest.mark.parametrize("damage", ["flip-header", "flip-payload", "flip-signature", "truncate", "append"])
def test_a_damaged_bundle_is_refused_whole(bundle, damage):
    panel, data = bundle
    ci = panel["chief_inspector"]
    data = bytearray(data)
    if damage == "flip-header":
        data[8] ^= 0x01
    elif damage == "flip-payload":
        data[len(data) // 2] ^= 0x40
    elif damage == "flip-signature":
        data[-3] ^= 0x10
    elif damage == "truncate":
        data = data[: len(data) - 100]
    else:
        data += b"\x00"
    before = snapshot(ci)
    with pytest.raises(BundleError, match="nothing was imported|not a Concord bundle|another panel|not made for"):
        import_bundle(ci.sync, bytes(data))
    assert snapshot(ci) == before


def test_a_foreign_bundle_is_refused(bundle, make_workspace, tmp_path):
    panel, _ = bundle
    other_chair = make_workspace("chair", folder=tmp_path / "other-chair")
    other_chair.sync.found_panel("chair")
    foreign = export_bundle(other_chair.sync, [other_chair.profile.device_id])
    with pytest.raises(BundleError, match="another panel"):
        import_bundle(panel["chief_inspector"].sync, foreign)


def _bundle_envelope_count(sender, recipient):
    """How many envelopes a default (what-it-lacks) bundle for recipient carries, by importing it."""
    result = import_bundle(recipient.sync, export_bundle(sender.sync, [recipient.profile.device_id]))
    return result.envelopes.items


def test_a_bundle_carries_only_what_the_member_lacks(panel):
    from tests.support.sync_pairs import run_pair

    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-USB-2")
    case.set("intelligence", "before the meeting")
    run_pair(police, ci)  # the chief inspector's summary tells police what it holds
    for i in range(3):
        case.set("intelligence", f"after the meeting {i}")
    # The three edits made since are sealed together, as one envelope.
    assert _bundle_envelope_count(police, ci) == 1
    assert ci.open_case("CC-USB-2").get("intelligence") == "after the meeting 2"
    # Bundles have no receipt: the same envelope goes again until a session or the recipient's
    # own bundle says it holds it...
    assert _bundle_envelope_count(police, ci) == 1
    # ...and a bundle back from the chief inspector carries its holdings, so the next is empty.
    import_bundle(police.sync, export_bundle(ci.sync, [police.profile.device_id]))
    assert _bundle_envelope_count(police, ci) == 0


def test_everything_for_a_role_ignores_what_is_known(panel):
    from tests.support.sync_pairs import run_pair

    police, ci = panel["police"], panel["chief_inspector"]
    police.new_case(reference="CC-USB-3")
    run_pair(police, ci)
    result = import_bundle(ci.sync, export_bundle(police.sync, [ci.profile.device_id], everything=True))
    assert result.envelopes.duplicates > 0 and result.envelopes.applied == 0


def test_a_bundle_tells_nothing_of_compartments_its_recipient_may_not_read(panel):
    """Its holdings summary would otherwise name cases and envelope ids of police-only work."""
    import sqlalchemy as sa

    from app.models.storage import tables as t

    police, clinician = panel["police"], panel["clinician"]
    case = police.new_case(reference="CC-USB-4")
    case.set("intelligence", "MKpolice-only")
    import_bundle(clinician.sync, export_bundle(police.sync, [clinician.profile.device_id]))
    readable = {c.id for c in clinician.cases.compartments.readable_by("clinician")}
    with clinician.store.engine.connect() as conn:
        noted = {r.compartment for r in conn.execute(sa.select(t.peer_holdings.c.compartment))}
    assert noted and noted <= readable
    intel = police.cases.compartments.for_field("intelligence").id
    assert intel not in readable and intel not in noted
