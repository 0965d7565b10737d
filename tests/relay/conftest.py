"""A panel of four devices and a real relay, configured from the chair's device."""

import pytest

from app.sync.net.relay import RelayLink
from tests.support.relay_server import Relay
from tests.support.sync_stores import chair_admits


@pytest.fixture
def panel(make_workspace):
    return chair_admits(make_workspace, ("police", "chief_inspector", "clinician", "facilitator"))


@pytest.fixture
def relay(tmp_path, panel):
    node = Relay(tmp_path / "relay")
    node.write(panel["chair"].sync)
    node.start()
    chair_id = panel["chair"].profile.device_id
    for ws in panel.values():
        node.settings(chair_id).save(ws.sync)
    yield node
    node.stop()


@pytest.fixture
def link(panel, relay):
    """link(role) -> that device's RelayLink."""
    from app.sync.engine.relay_mail import RelaySettings

    def make(role: str) -> RelayLink:
        engine = panel[role].sync
        settings = RelaySettings.load(engine)
        assert settings is not None
        return RelayLink(engine, settings)

    return make


@pytest.fixture
def settled(panel, link):
    """The chair's device has made the mailboxes and every device has read its first letters
    (the membership log, which is news to a mailbox that never had one)."""
    for _ in range(2):
        for role in panel:
            link(role).exchange()
    return link
