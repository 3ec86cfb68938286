"""The common indicators on participants of the ESF+ (FSE+), as the app computes them.

Source: Regulation (EU) 2021/1057 of the European Parliament and of the Council of 24 June 2021
establishing the European Social Fund Plus (ESF+), OJ L 231, 30.6.2021, p. 21, Annex I "Common
indicators for general support from the ESF+ strand under shared management". Read on
2026-12-03 in the text of the Regulation (EU Monitor copy of the final act, dossier
COM(2018)382, and EUR-Lex CELEX 32021R1057):

- Annex I, chapeau: personal data are broken down by gender (women, men, non-binary persons).
- Point 1.1, common output indicators for participants: unemployed, including long-term
  unemployed; long-term unemployed; inactive; employed, including self-employed; number of
  children below 18 years of age; young people between 18 and 29 years of age; number of
  participants of 55 years of age and above; with lower secondary education or less (ISCED
  0-2); with upper secondary (ISCED 3) or post-secondary education (ISCED 4); with tertiary
  education (ISCED 5 to 8); total number of participants.
- Point 1.2, other common output indicators for participants: participants with disabilities;
  third-country nationals; participants with a foreign background; minorities (including
  marginalised communities, such as Roma people); then homeless or affected by housing
  exclusion and participants from rural areas (the excerpt read was cut after "minorities"; the
  last two are named as in the issue and in the former Regulation (EU) No 1304/2013, Annex I).
- Point 2, common immediate result indicators (within four weeks after leaving): participants
  engaged in job searching upon leaving; participants in education or training upon leaving;
  participants gaining a qualification upon leaving; participants in employment, including
  self-employment, upon leaving.
- Point 3, common longer-term result indicators (six months after leaving): participants in
  employment, including self-employment, six months after leaving; participants with an
  improved labour market situation six months after leaving.

Codes (EECO.., EECR..) are those of the Commission's SFC2021 list, which does NOT follow the
Annex's reading order: EECO01 is the total number of participants (the Annex names it last in
point 1.1), so "unemployed, including long-term unemployed" is EECO02. Checked on 2026-12-04,
code by code, in the SFC Support Portal (sfc.ec.europa.eu); "SFC" below means a page of it:

- EECO02 (unemployed, including long-term unemployed) and EECO12 (participants with
  disabilities): SFC FAQ "Need to collect individual data for common output indicators if the
  operation focuses on a specific target group", which names both with their codes
  (/en/need-collect-individual-data-common-output-indicators-if-operation-focuses-specific-
  target-group).
- EECO05 (employed, including self-employed) and EECO19 (number of supported SMEs, an entity
  indicator the app does not compute): SFC FAQ "Which common output indicator should be used
  to monitor support to entrepreneurship" (published 20 April 2023, /en/node/3991). EECO05
  is the one an incubator reports for self-employed people it coaches as individuals.
- EECO13, EECO14, EECO15: SFC answer "Definitions for EECO13, EECO14, EECO15" (13 April 2023).
- EECR01 (engaged in job searching upon leaving) and EECR04 (in employment, including
  self-employment, upon leaving), mutually exclusive, four-week reference period: SFC FAQ on
  the reference period of immediate result indicators (Portuguese version,
  /en/periodo-de-referencia-para-indicadores-de-resultado-imediato).
- Consistent with the above, not naming the indicators: SFC news of 24 June 2024 ("Validation
  Rule changes for TOD Table 6 (ESF+)", /en/2021/news/24062024-validation-rule-changes-
  tod-table-6-esf), whose reserved indicators add EECO02+04,
  EECO02+05, EECO02+04+05 (labour-market statuses), EECO06+07 (under 30) and EECO10+11
  (ISCED 3 and above).

NOT verified code by code (no page found that names them with their code; inferred from the
Annex's order between the verified codes above, and from the reserved sums): EECO01 (total
number of participants), EECO03 (long-term unemployed), EECO04 (inactive), EECO06 (children
below 18), EECO07 (18 to 29), EECO08 (55 and above), EECO09 (ISCED 0-2), EECO10 (ISCED 3-4),
EECO11 (ISCED 5-8), EECO16 (homeless or affected by housing exclusion), EECO17 (rural areas),
EECR02 (in education or training upon leaving), EECR03 (gaining a qualification upon
leaving), EECR05 (in employment six months after leaving) and EECR06 (improved labour market
situation six months after leaving). Check them against the managing authority's list before
a funder relies on them.

Searched again on 2026-12-04 (issue 17's follow-up) for the Commission's list (SFC2021 codes,
Regulation (EU) 2021/1057 Annex I) in stored copies of public pages, documentation and code:
no official page naming these codes was found (the Annex itself gives no codes; the pages
found were the 2014-2020 ESF Annex, Regulation (EU) No 1304/2013, and the SFC FAQ already cited
above). Only second-hand uses agree with the codes above, none contradicts them: a managing
authority's call summary (Romania, PEO programme, 2026) naming "EECO01 — Total participanți"
as the call's output indicator and "EECO06+07" (young people) with "EECR03" (qualification);
and a participant-data form of an Austrian ESF+ monitoring system whose fields are EECO02
(labour-market status), EECO09 (education level), EECO12 (disability), EECO13 (nationality),
EECO14 (parents born abroad), EECO15 (minority) and EECO16 (housing situation, homeless).
These are not authoritative, so `VERIFIED_CODES` is unchanged.
"""

from __future__ import annotations

from incubator_app.i18n import QT_TRANSLATE_NOOP

#: code -> label, in the order of the SFC2021 codes.
OUTPUT_INDICATORS: dict[str, tuple[str, str]] = {
    "EECO01": QT_TRANSLATE_NOOP("FseIndicators", "Total number of participants"),
    "EECO02": QT_TRANSLATE_NOOP("FseIndicators", "Unemployed, including long-term unemployed"),
    "EECO03": QT_TRANSLATE_NOOP("FseIndicators", "Long-term unemployed"),
    "EECO04": QT_TRANSLATE_NOOP("FseIndicators", "Inactive"),
    "EECO05": QT_TRANSLATE_NOOP("FseIndicators", "Employed, including self-employed"),
    "EECO06": QT_TRANSLATE_NOOP("FseIndicators", "Children below 18 years of age"),
    "EECO07": QT_TRANSLATE_NOOP("FseIndicators", "Young people between 18 and 29 years of age"),
    "EECO08": QT_TRANSLATE_NOOP("FseIndicators", "Participants of 55 years of age and above"),
    "EECO09": QT_TRANSLATE_NOOP(
        "FseIndicators", "With lower secondary education or less (ISCED 0-2)"
    ),
    "EECO10": QT_TRANSLATE_NOOP(
        "FseIndicators", "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)"
    ),
    "EECO11": QT_TRANSLATE_NOOP("FseIndicators", "With tertiary education (ISCED 5 to 8)"),
    "EECO12": QT_TRANSLATE_NOOP("FseIndicators", "Participants with disabilities"),
    "EECO13": QT_TRANSLATE_NOOP("FseIndicators", "Third-country nationals"),
    "EECO14": QT_TRANSLATE_NOOP("FseIndicators", "Participants with a foreign background"),
    "EECO15": QT_TRANSLATE_NOOP("FseIndicators", "Minorities (including marginalised communities)"),
    "EECO16": QT_TRANSLATE_NOOP("FseIndicators", "Homeless or affected by housing exclusion"),
    "EECO17": QT_TRANSLATE_NOOP("FseIndicators", "Participants from rural areas"),
}
#: Codes checked one by one in the SFC Support Portal (see the module's docstring); the others
#: are inferred from the Annex's order.
VERIFIED_CODES = frozenset(
    {"EECO02", "EECO05", "EECO12", "EECO13", "EECO14", "EECO15", "EECR01", "EECR04"}
)
RESULT_INDICATORS: dict[str, tuple[str, str]] = {
    "EECR01": QT_TRANSLATE_NOOP("FseIndicators", "Engaged in job searching upon leaving"),
    "EECR02": QT_TRANSLATE_NOOP("FseIndicators", "In education or training upon leaving"),
    "EECR03": QT_TRANSLATE_NOOP("FseIndicators", "Gaining a qualification upon leaving"),
    "EECR04": QT_TRANSLATE_NOOP(
        "FseIndicators", "In employment, including self-employment, upon leaving"
    ),
    "EECR05": QT_TRANSLATE_NOOP(
        "FseIndicators", "In employment, including self-employment, six months after leaving"
    ),
    "EECR06": QT_TRANSLATE_NOOP(
        "FseIndicators", "With an improved labour market situation six months after leaving"
    ),
}
#: Rows counting the participants for whom a datum is missing (not asked, declined, no
#: questionnaire): never folded into an indicator.
UNKNOWN_ROWS: dict[str, tuple[str, str]] = {
    "labour_status": QT_TRANSLATE_NOOP("FseIndicators", "Unknown: labour-market status at entry"),
    "age": QT_TRANSLATE_NOOP("FseIndicators", "Unknown: age"),
    "education": QT_TRANSLATE_NOOP("FseIndicators", "Unknown: education level"),
    "disability": QT_TRANSLATE_NOOP("FseIndicators", "Unknown or declined: disability"),
    "third_country_national": QT_TRANSLATE_NOOP(
        "FseIndicators", "Unknown or declined: nationality"
    ),
    "foreign_background": QT_TRANSLATE_NOOP(
        "FseIndicators", "Unknown or declined: foreign background"
    ),
    "minority": QT_TRANSLATE_NOOP("FseIndicators", "Unknown or declined: minority"),
    "homeless": QT_TRANSLATE_NOOP("FseIndicators", "Unknown or declined: housing"),
    "rural_area": QT_TRANSLATE_NOOP("FseIndicators", "Unknown or declined: rural area"),
    "exit": QT_TRANSLATE_NOOP("FseIndicators", "Unknown: left without an exit questionnaire"),
    "six_months": QT_TRANSLATE_NOOP(
        "FseIndicators", "Unknown: no questionnaire six months after leaving"
    ),
}
ALL_LABELS: dict[str, tuple[str, str]] = {**OUTPUT_INDICATORS, **RESULT_INDICATORS}
