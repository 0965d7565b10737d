"""Sync through a real relay: letters reach devices that are never online together."""

import random
import string


def test_a_case_reaches_a_device_that_was_never_online_with_its_author(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-RELAY-1")
    case.set("intelligence", "seen by the relay as ciphertext only")
    first = link("police").exchange()
    assert first.sent_letters >= 1
    got = link("chief_inspector").exchange()
    assert got.received_letters == 1 and got.applied > 0
    assert ci.open_case("CC-RELAY-1").get("intelligence") == "seen by the relay as ciphertext only"


def test_a_letter_larger_than_the_largest_box_goes_in_pieces(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-RELAY-BIG")
    rng = random.Random(18)
    fields = [f.id for f in police.schema.fields.values() if f.type == "long_text" and case.can_write(f.id)]
    written = {}
    for field in fields[:8]:  # random letters do not compress: well over one box in all
        written[field] = "".join(rng.choice(string.ascii_letters) for _ in range(180_000))
        case.set(field, written[field])
    assert link("police").exchange().sent_letters >= 1
    got = link("chief_inspector").exchange()
    assert got.received_letters >= 1 and got.refused == 0
    seen = ci.open_case("CC-RELAY-BIG")
    for field, text in written.items():
        if seen.can_read(field):
            assert seen.get(field) == text
