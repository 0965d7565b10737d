"""The risk policy (app/resources/policy/risk.toml): levels per instrument, escalation, repeats,
reviews and the eligibility rule. Validated strictly; one safety rule is not configurable:
no instrument's highest level may be eligible for a restorative option without sign-off.

Its texts are bilingual: the policy's name, each level's label and the rule's description each
have their Welsh beside them (name_cy, label_cy, description_cy); one missing is refused."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.case_schema import read_toml, welsh_text
from app.models.errors import SchemaError
from app.models.language import QT_TRANSLATE_NOOP
from app.models.resources import Source, as_source, resource
from app.models.risk.instruments import Instrument

DEFAULT_POLICY = resource("policy", "risk.toml")


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    min: int
    label_cy: str = ""


@dataclass(frozen=True)
class EligibilityRule:
    name: str
    version: str
    description: str
    eligible_levels: frozenset[str]
    escalation_blocks: bool
    repeat_blocks: bool
    consent_to_referral_required: bool
    description_cy: str = ""

    @property
    def title(self) -> str:
        return f"{self.name} v{self.version}"


@dataclass(frozen=True)
class RiskPolicy:
    name: str
    version: str
    levels: dict[str, tuple[Level, ...]]  # instrument id -> levels, lowest first
    escalation_incidents: int
    escalation_window_days: int
    repeat_window_days: int
    review_weeks: int
    eligibility: EligibilityRule
    name_cy: str = ""

    def levels_for(self, instrument_id: str) -> tuple[Level, ...]:
        try:
            return self.levels[instrument_id]
        except KeyError:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems", "the risk policy sets no levels for the instrument '{instrument_id}'"
                ),
                instrument_id=instrument_id,
            ) from None

    def level_for(self, instrument_id: str, score: int) -> Level:
        return [lv for lv in self.levels_for(instrument_id) if score >= lv.min][-1]

    def rank(self, instrument_id: str, level_id: str) -> int:
        ids = [lv.id for lv in self.levels_for(instrument_id)]
        if level_id not in ids:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems", "'{level_id}' is not a level of the instrument '{instrument_id}' ({ids})"
                ),
                level_id=level_id,
                instrument_id=instrument_id,
                ids=", ".join(ids),
            )
        return ids.index(level_id)


def _int(where: str, table: dict[str, Any], key: str, low: int, high: int) -> int:
    value = table.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: '{key}' must be a whole number from {low} to {high}"),
            where=where,
            key=key,
            low=low,
            high=high,
        )
    return value


def _flag(where: str, table: dict[str, Any], key: str) -> bool:
    value = table.get(key)
    if not isinstance(value, bool):
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: '{key}' must be true or false"), where=where, key=key
        )
    return value


def _str(where: str, table: dict[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: '{key}' must be a non-empty text"), where=where, key=key
        )
    return value.strip()


def _welsh(where: str, table: dict[str, Any], key: str) -> str:
    return welsh_text(
        table,
        key,
        lambda problem: SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: {problem}"), where=where, problem=problem
        ),
    ).strip()


def load_policy(instruments: dict[str, Instrument], path: Source = DEFAULT_POLICY) -> RiskPolicy:
    path = as_source(path)
    where = path.name
    data = read_toml(path)
    unknown = set(data) - {"version", "name", "name_cy", "instruments", "escalation", "repeat", "review", "eligibility"}
    if unknown:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: unknown key(s) {unknown}"),
            where=where,
            unknown=", ".join(sorted(unknown)),
        )
    levels: dict[str, tuple[Level, ...]] = {}
    for iid, table in (data.get("instruments") or {}).items():
        if iid not in instruments:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{where}: levels for an unknown instrument '{iid}'"),
                where=where,
                iid=iid,
            )
        raw = table.get("levels") if isinstance(table, dict) else None
        if not isinstance(raw, list) or len(raw) < 2:
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{where}: instrument '{iid}' needs at least two levels"),
                where=where,
                iid=iid,
            )
        out = []
        for lv in raw:
            lwhere = f"{where}: instrument '{iid}' level"
            if not isinstance(lv, dict):
                raise SchemaError(QT_TRANSLATE_NOOP("RiskProblems", "{lwhere}: must be a table"), lwhere=lwhere)
            lid = _str(lwhere, lv, "id")
            lwhere = f"{lwhere} '{lid}'"
            out.append(
                Level(
                    lid,
                    _str(lwhere, lv, "label"),
                    _int(lwhere, lv, "min", 0, instruments[iid].max_score),
                    _welsh(lwhere, lv, "label"),
                )
            )
        if out[0].min != 0:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems",
                    "{where}: instrument '{iid}': the lowest level must start at 0, so every score has a level",
                ),
                where=where,
                iid=iid,
            )
        if any(b.min <= a.min for a, b in zip(out, out[1:])):
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems",
                    "{where}: instrument '{iid}': levels must be listed lowest first, each starting higher",
                ),
                where=where,
                iid=iid,
            )
        if len({lv.id for lv in out}) != len(out):
            raise SchemaError(
                QT_TRANSLATE_NOOP("RiskProblems", "{where}: instrument '{iid}': a level id is used twice"),
                where=where,
                iid=iid,
            )
        levels[iid] = tuple(out)
    missing = set(instruments) - set(levels)
    if missing:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: no levels for the instrument(s) {missing}"),
            where=where,
            missing=", ".join(sorted(missing)),
        )
    esc, rep, rev, eli = (data.get(k) or {} for k in ("escalation", "repeat", "review", "eligibility"))
    eligible = eli.get("eligible_levels")
    if not isinstance(eligible, list) or not eligible or not all(isinstance(x, str) for x in eligible):
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: [eligibility] 'eligible_levels' must list at least one level"),
            where=where,
        )
    known = {lv.id for lvs in levels.values() for lv in lvs}
    if set(eligible) - known:
        raise SchemaError(
            QT_TRANSLATE_NOOP("RiskProblems", "{where}: [eligibility] names unknown level(s) {value}"),
            where=where,
            value=", ".join(sorted(set(eligible) - known)),
        )
    for iid, lvs in levels.items():
        if lvs[-1].id in eligible:
            raise SchemaError(
                QT_TRANSLATE_NOOP(
                    "RiskProblems",
                    "{where}: [eligibility] may not make '{id}', the highest level of '{iid}', eligible: "
                    "such a case proceeds only through explicit Chief Inspector sign-off",
                ),
                where=where,
                id=lvs[-1].id,
                iid=iid,
            )
    rule = EligibilityRule(
        _str(f"{where}: [eligibility]", eli, "rule"),
        _str(f"{where}: [eligibility]", eli, "rule_version"),
        _str(f"{where}: [eligibility]", eli, "description"),
        frozenset(eligible),
        _flag(f"{where}: [eligibility]", eli, "escalation_blocks"),
        _flag(f"{where}: [eligibility]", eli, "repeat_blocks"),
        _flag(f"{where}: [eligibility]", eli, "consent_to_referral_required"),
        _welsh(f"{where}: [eligibility] rule '{eli.get('rule')}'", eli, "description"),
    )
    return RiskPolicy(
        _str(where, data, "name"),
        _str(where, data, "version"),
        levels,
        _int(f"{where}: [escalation]", esc, "incidents", 1, 1000),
        _int(f"{where}: [escalation]", esc, "window_days", 1, 3660),
        _int(f"{where}: [repeat]", rep, "window_days", 1, 3660),
        _int(f"{where}: [review]", rev, "weeks", 1, 104),
        rule,
        _welsh(where, data, "name"),
    )
