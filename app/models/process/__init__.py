"""The restorative process of a case: lifecycle steps, consent, safeguard attestations, the
sign-off request and decision with its red flags, aftercare and the worklist of what waits."""
