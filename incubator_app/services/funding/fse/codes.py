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

Codes (EECO.., EECR..) are those of the Commission's SFC2021 list. Verified against the SFC
support portal: EECR01 (engaged in job searching upon leaving) and EECR04 (in employment upon
leaving), with the four-week reference period of the immediate results; EECO13 (third-country
nationals), EECO14 (participants with a foreign background) and EECO15 (minorities), from the
portal's answer "Definitions for EECO13, EECO14, EECO15" (published 13 April 2023, read on
2026-12-04 in its French, Romanian, Hungarian and Slovenian versions). The other codes follow
the order of the Annex (EECO01-EECO11 for point 1.1, EECO12-EECO17 for point 1.2, EECR01-EECR04
for point 2, EECR05-EECR06 for point 3); they were NOT checked one by one against the SFC2021
list here and must be before a funder relies on them.
"""

from __future__ import annotations

from incubator_app.i18n import QT_TRANSLATE_NOOP

#: code -> (label, where it is computed from). Reading order of the Annex.
OUTPUT_INDICATORS: dict[str, tuple[str, str]] = {
    "EECO01": QT_TRANSLATE_NOOP("FseIndicators", "Unemployed, including long-term unemployed"),
    "EECO02": QT_TRANSLATE_NOOP("FseIndicators", "Long-term unemployed"),
    "EECO03": QT_TRANSLATE_NOOP("FseIndicators", "Inactive"),
    "EECO04": QT_TRANSLATE_NOOP("FseIndicators", "Employed, including self-employed"),
    "EECO05": QT_TRANSLATE_NOOP("FseIndicators", "Children below 18 years of age"),
    "EECO06": QT_TRANSLATE_NOOP("FseIndicators", "Young people between 18 and 29 years of age"),
    "EECO07": QT_TRANSLATE_NOOP("FseIndicators", "Participants of 55 years of age and above"),
    "EECO08": QT_TRANSLATE_NOOP(
        "FseIndicators", "With lower secondary education or less (ISCED 0-2)"
    ),
    "EECO09": QT_TRANSLATE_NOOP(
        "FseIndicators", "With upper secondary (ISCED 3) or post-secondary education (ISCED 4)"
    ),
    "EECO10": QT_TRANSLATE_NOOP("FseIndicators", "With tertiary education (ISCED 5 to 8)"),
    "EECO11": QT_TRANSLATE_NOOP("FseIndicators", "Total number of participants"),
    "EECO12": QT_TRANSLATE_NOOP("FseIndicators", "Participants with disabilities"),
    "EECO13": QT_TRANSLATE_NOOP("FseIndicators", "Third-country nationals"),
    "EECO14": QT_TRANSLATE_NOOP("FseIndicators", "Participants with a foreign background"),
    "EECO15": QT_TRANSLATE_NOOP("FseIndicators", "Minorities (including marginalised communities)"),
    "EECO16": QT_TRANSLATE_NOOP("FseIndicators", "Homeless or affected by housing exclusion"),
    "EECO17": QT_TRANSLATE_NOOP("FseIndicators", "Participants from rural areas"),
}
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
