"""A case the police see as escalating and a repeat: a referral at standard risk on its score,
then incidents after it, each with words and dates that must never leave the police roles."""

import datetime as dt

from tests.support.process_panel import dash

TODAY = dt.date(2026, 11, 21)
MEETING_DAY = dt.date(2026, 12, 3)
INCIDENT_MARK = "MARK-INCIDENT-TEXT-5150"
CRIME_MARK = "MARK-CRIME-REF-6262"
# Dates found nowhere else in the case, so their absence on the chair's device means something.
INCIDENT_DAYS = ("2026-08-07", "2026-09-13", "2026-10-29")


def escalating_case(p, reference="CC-ESC-1"):
    """A referral at standard risk on its score, then three incidents after it: escalating (three
    within the year) and a repeat (an incident within a year of the referral)."""
    police = p["police"]
    case = police.new_case(reference=reference)
    case.set("referral_date", "2026-06-01")
    case.set("referral_source", "police")
    case.set("consent_to_referral", "given")
    dash(police, reference, yes=4, on="2026-06-02", today=TODAY)
    for day, kind in zip(INCIDENT_DAYS, ("threats", "physical", "stalking")):
        police.open_case(reference).add_record(
            "incidents",
            {
                "incident_date": day,
                "incident_type": kind,
                "crime_reference": f"{CRIME_MARK}-{day}",
                "description": f"{INCIDENT_MARK}: {kind} at the survivor's workplace on {day}",
            },
        )
    return case
