"""The red flags of a case waiting for sign-off, in words, as the inbox lists them."""

from __future__ import annotations


def red_flags_words(case, process_view, risk_view) -> list[str]:
    e = risk_view.eligibility
    out = []
    if not e.eligible:
        out.append("NOT ELIGIBLE: " + "; ".join(e.reasons))
    for c in process_view.consent.values():
        if c.status != "given":
            out.append(f"CONSENT: {c.party} {c.status}")
    for h in process_view.process.holds:
        out.append(f"PAUSED: {h.why}")
    return out
