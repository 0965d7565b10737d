"""A three-node relay cluster with three replicas: the stream's leader killed with SIGKILL, the
other two elect another, and nothing acknowledged is lost. Slow (a cluster starts and elects),
but run by scripts/test."""

import time

import pytest

from app.sync.engine.relay_mail import RelaySettings
from app.sync.net.relay import RelayLink
from app.sync.net.relay_report import RelayError
from app.sync.protocol.relay_box import RelayNames
from tests.support.relay_server import relay_cluster


def until(work, what: str, timeout: float = 60.0):
    """Try `work` until it does not raise RelayError: what a user's next sync does after a failover."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return work()
        except RelayError as exc:
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}: {exc}") from None
            time.sleep(1.0)


@pytest.mark.slow
def test_losing_the_stream_leader_loses_nothing(tmp_path, panel):
    chair = panel["chair"]
    with chair.sync.store.begin() as conn:
        chair.sync.store.set_meta(conn, "relay_replicas", "3")
    nodes = relay_cluster(tmp_path / "cluster", chair.sync)
    try:
        urls = ",".join(node.url for node in nodes)
        for ws in panel.values():
            nodes[0].settings(chair.profile.device_id, url=urls).save(ws.sync)

        def link(role: str) -> RelayLink:
            settings = RelaySettings.load(panel[role].sync)
            assert settings is not None
            return RelayLink(panel[role].sync, settings)

        until(lambda: link("chair").exchange(), "the replicated stream")
        for role in panel:
            until(lambda role=role: link(role).exchange(), f"{role}'s first exchange")
        panel["police"].new_case(reference="CC-CLUSTER-1").set("referral_reason", "replicated three times")
        assert until(lambda: link("police").exchange(), "the police letters").sent_letters == 4
        names = RelayNames(chair.sync.panel_id)

        async def leader(nc):
            info = await nc.jetstream(timeout=10).stream_info(names.stream)
            return info.cluster.leader, info.config.num_replicas

        # The chair's device may read the stream's state; an operator's view would need the other
        # nodes' configuration changed too, which is not what is under test.
        name, replicas = link("chair").run(leader)
        assert replicas == 3
        victim = next(node for node in nodes if node.name == name)
        victim.stop(kill=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # each try is what a user's next sync does
            until(lambda: link("chief_inspector").exchange(), "the chief inspector after the failover")
            if panel["chief_inspector"].list_cases():
                break
            time.sleep(0.5)
        assert panel["chief_inspector"].open_case("CC-CLUSTER-1").get("referral_reason") == "replicated three times"
        # And the cluster still takes new letters with one node down.
        panel["police"].open_case("CC-CLUSTER-1").set("referral_date", "2026-12-02")
        until(lambda: link("police").exchange(), "a letter after the failover")
        until(lambda: link("clinician").exchange(), "the clinician after the failover")
        assert panel["clinician"].open_case("CC-CLUSTER-1").get("referral_date") == "2026-12-02"
    finally:
        for node in nodes:
            node.stop()
