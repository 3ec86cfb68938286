"""The schema revision this version of the app writes.

Kept as a constant so that opening an up-to-date database never imports Alembic (about 0.3 s
of start-up); a test checks it equals the head of the Alembic scripts.
"""

SCHEMA_HEAD = "0045"
