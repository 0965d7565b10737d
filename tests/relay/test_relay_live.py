"""Staying connected to the relay: a change reaches a connected reader as it is made, and a relay
that goes away and comes back is shown to the user and then used again."""

from tests.support.relay_live import Live, wait_for


def reason(ws, ref: str):
    try:
        return ws.open_case(ref).get("referral_reason")
    except Exception:  # noqa: BLE001 - not arrived yet
        return None


def test_a_change_reaches_a_connected_reader_as_it_is_made(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-LIVE-1")
    link("police").exchange()
    link("chief_inspector").exchange()
    with Live(link("police")) as writer, Live(link("chief_inspector")) as reader:
        wait_for(lambda: writer.states and writer.states[-1][0], "the police device to connect")
        wait_for(lambda: reader.states and reader.states[-1][0], "the chief inspector's device to connect")
        for i in range(3):
            case.set("referral_reason", f"live {i}")
            wait_for(lambda i=i: ci.open_case("CC-LIVE-1").get("referral_reason") == f"live {i}", f"edit {i}")
    assert writer.states[-1] == (False, None)  # stopped, and said so


def test_a_relay_that_goes_away_is_shown_and_used_again_when_it_returns(panel, relay, settled, link):
    police, ci = panel["police"], panel["chief_inspector"]
    case = police.new_case(reference="CC-LIVE-2")
    with Live(link("chief_inspector")) as reader:
        wait_for(lambda: reader.states and reader.states[-1][0], "the reader to connect")
        relay.stop(kill=True)
        wait_for(lambda: reader.states[-1][0] is False and reader.states[-1][1], "the reader to show the relay gone")
        assert "relay" in reader.states[-1][1]
        case.set("referral_reason", "written while the relay was down")
        relay.start()
        link("police").exchange()
        wait_for(
            lambda: "written while the relay was down" in str(ci.list_cases() and reason(ci, "CC-LIVE-2")),
            "the change after the relay came back",
            timeout=60,
        )
        assert reader.states[-1][0] is True
