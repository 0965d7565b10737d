"""Risk: instruments and policy as data, assessments and levels, escalation and repeats, the
eligibility rule, and the flags other roles may see."""
