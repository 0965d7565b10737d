"""The disclosure log as plain English lines (the command line, the demo's outputs) and as JSON
for other tools: ids, names and counts, as the log holds them."""

from __future__ import annotations

import json

from app.models.disclosures.exemptions import known
from app.models.disclosures.log import Disclosure, Logged


def _to(d: Disclosure) -> str:
    to = d.to
    if to.device:
        return f"{to.person or 'unknown person'} ({to.role or 'unknown role'}, {to.agency or 'unknown agency'}), device {to.device[:12]}"
    if to.person:  # a subject access pack: the party it is about, never a name
        return f"a file for the {to.person} ({to.role or 'unknown role'})"
    if to.role:
        return f"a file for {to.role.replace(',', ', ')}"
    return "a file on this device"


def _why_not(d: Disclosure) -> str:
    found = known(d.reason) if d.channel == "sar" else None
    return f"exemption {found.code}: {found.words} ({found.reference})" if found else d.reason


def line(item: Logged) -> str:
    d = item.disclosure
    verb = "SHARED" if d.shared else "NOT SHARED"
    head = f"{item.seq:6d}  {item.at}  {verb:10s}  {d.channel:7s}  {_to(d)}"
    parts = [head]
    if d.what:
        parts.append(f"        what: {d.what}" + (f" ({d.count})" if d.count else ""))
    if d.fields:
        parts.append(f"        fields: {', '.join(d.fields)}")
    if d.rules:
        parts.append(f"        rules: {', '.join(d.rules)}")
    if d.basis:
        parts.append(f"        basis: {'; '.join(d.basis)}")
    if d.reason:
        parts.append(f"        why not: {_why_not(d)}")
    parts.append(f"        by: {item.by}")
    return "\n".join(parts)


def as_json(item: Logged) -> str:
    d = item.disclosure
    return json.dumps(
        {
            "seq": item.seq,
            "at": item.at,
            "by": item.by,
            "case": d.case_ref,
            "channel": d.channel,
            "shared": d.shared,
            "to": {"device": d.to.device, "person": d.to.person, "role": d.to.role, "agency": d.to.agency},
            **d.detail(),
        },
        ensure_ascii=False,
    )
