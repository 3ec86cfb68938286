"""FSE+ participant data: questionnaires (questionnaires.py), the common indicators of
Regulation (EU) 2021/1057, Annex I (codes.py) and their table for a grant (indicators.py)."""
