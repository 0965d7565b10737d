"""The chair's agenda sees the risk the police see, over real TLS between `concord` processes.

The police device records a referral, an assessment and incidents through the command line; the
flags it publishes reach the chair's device by `concord sync`; the chair's `meeting agenda build`,
`meeting case` and `minutes` show escalation and repeat with the level, and no incident's words
are anywhere on the chair's device, in what it wrote, or in any byte that crossed the network.
"""

import datetime as dt
import json

from app.models import clock
from app.models.risk.flags import FIELD
from app.models.risk.instruments import load_instruments
from tests.support.sync_procs import Relay, make_panel_in_process, sync_counts

INCIDENT_MARK = "MARK-INCIDENT-NARRATIVE-9041"


def test_the_chair_sees_escalation_and_repeat_published_by_the_police_never_the_incidents(tmp_path):
    devices = make_panel_in_process(tmp_path, ["police"])
    police, chair = devices["police"], devices["chair"]
    today = clock.today()
    day = lambda n: (today - dt.timedelta(days=n)).isoformat()  # noqa: E731  (n days ago)
    incident_days = [day(97), day(61), day(23)]

    reference = police.run("case", "new", "--harmed", "Person A", "--harmer", "Person B").stdout.strip()
    police.run("case", "set", reference, "referral_date", day(150))
    police.run("case", "set", reference, "consent_to_referral", "given")
    dash = load_instruments()["dash"]
    answers = tmp_path / "answers.txt"
    answers.write_text("".join(f"{q.id} = {'yes' if i < 4 else 'no'}\n" for i, q in enumerate(dash.questions)))
    police.run("risk", "assess", reference, "--answers", answers, "--date", day(140))
    for n, when in enumerate(incident_days):
        police.run(
            "case",
            "add",
            reference,
            "incidents",
            f"incident_date={when}",
            "incident_type=threats",
            f"description={INCIDENT_MARK} call-out {n}",
        )

    with chair.serve() as server:
        relay = Relay(server.port)
        try:
            sent, _applied, held, quarantined = sync_counts(police.sync(relay.port).stdout)
            session = server.next_session()
        finally:
            relay.close()
    assert sent > 0 and held == 0 and quarantined == 0
    assert int(session.group(3)) > 0 and int(session.group(4)) == 0, "the chair applied all and refused nothing"

    meeting_day = (today + dt.timedelta(days=7)).isoformat()
    meeting = chair.run("meeting", "schedule", meeting_day, "10:00", "--venue", "Hall").stdout.strip()
    built = chair.run("meeting", "agenda", meeting, "build", "--today", today.isoformat()).stdout
    assert f"added {reference}: new referral; risk escalating; repeat within 12 months" in built
    shown = chair.run("meeting", "case", meeting, reference, "--today", today.isoformat()).stdout
    assert "Referral criterion: potential escalation" in shown
    assert "Risk flags: ESCALATING; REPEAT; REVIEW DUE NOW" in shown and "level Standard" in shown

    chair.run("meeting", "attend", meeting, "--device", police.device_id)
    chair.run("meeting", "distribute", meeting, "--all")
    minutes = tmp_path / "out" / "minutes.pdf"
    minutes.parent.mkdir()
    chair.run("minutes", meeting, minutes, "--today", today.isoformat())
    text = minutes.with_suffix(".txt").read_text()
    assert "risk escalating" in text and "ESCALATING; REPEAT" in text and "level Standard" in text

    with chair.open() as ws:
        case = ws.open_case(reference)
        assert not case.can_read("incidents")
        published = case.get(FIELD)[-1]
        assert (published["escalating"], published["repeat"], published["level"]) == (True, True, "standard")
        held_text = json.dumps(case.values(), default=str)
    assert INCIDENT_MARK not in held_text and not any(d in held_text + text for d in incident_days)
    mark = INCIDENT_MARK.encode()
    for path in [*chair.folder.rglob("*"), *minutes.parent.iterdir()]:
        if path.is_file():
            data = path.read_bytes()
            assert mark not in data and INCIDENT_MARK.encode("utf-16-le") not in data, path
    for capture in relay.captures:
        for direction in capture.values():
            assert mark not in direction
