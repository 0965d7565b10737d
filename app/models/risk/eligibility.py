"""Whether a restorative option may be proposed for a case, by the policy's named rule.

The answer names the rule and its version, so every decision that relies on it can say which
rule it was. What cannot be confirmed counts against eligibility: a role that may not see the
incidents cannot confirm the case is not escalating.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.language import pick, translate
from app.models.risk.assessment import RiskPicture
from app.models.risk.policy import RiskPolicy


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    rule: str  # name and version of the rule
    policy_version: str
    reasons: tuple[str, ...]  # why not (empty when eligible)

    @property
    def needs_sign_off_override(self) -> bool:
        """Not eligible by the rule: it may proceed only through explicit Chief Inspector sign-off."""
        return not self.eligible

    def summary(self) -> str:
        if self.eligible:
            return translate("Eligibility", "eligible under {rule}").format(rule=self.rule)
        return translate("Eligibility", "not eligible under {rule}: {reasons}").format(
            rule=self.rule, reasons="; ".join(self.reasons)
        )


def decide(policy: RiskPolicy, picture: RiskPicture, consent_to_referral: str | None) -> Eligibility:
    rule = policy.eligibility
    reasons = []
    current = picture.current
    if current is None:
        reasons.append(translate("Eligibility", "no risk assessment is recorded"))
    elif current.level.id not in rule.eligible_levels:
        level = pick(current.level, "label").lower()
        reasons.append(
            translate("Eligibility", "the risk level is {level} (raised by professional judgement)").format(level=level)
            if current.raised
            else translate("Eligibility", "the risk level is {level}").format(level=level)
        )
    if rule.escalation_blocks:
        if picture.escalation is None:
            reasons.append(
                translate("Eligibility", "escalation cannot be confirmed on this device (incidents not visible)")
            )
        elif picture.escalation.escalating:
            reasons.append(
                translate(
                    "Eligibility", "escalating: %n incident(s) in {days} days", None, picture.escalation.incidents
                ).format(days=picture.escalation.window_days)
            )
    if rule.repeat_blocks:
        if picture.repeat is None:
            reasons.append(
                translate("Eligibility", "a repeat cannot be ruled out on this device (incidents not visible)")
            )
        elif picture.repeat:
            reasons.append(translate("Eligibility", "a repeat referral: a new incident since the last referral"))
    if rule.consent_to_referral_required and consent_to_referral != "given":
        reasons.append(translate("Eligibility", "consent to referral is not recorded as given"))
    return Eligibility(not reasons, rule.title, policy.version, tuple(reasons))
