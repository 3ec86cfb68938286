"""Developer tool: regenerate the first Alembic revision from the models.

Only valid while 0001 is the sole, unreleased revision. Later schema changes get a new revision:
`python tools/new_migration.py "message"`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from incubator_app.db.migrate import ALEMBIC_DIR, alembic_config

versions = ALEMBIC_DIR / "versions"
for old in versions.glob("0001_*.py"):
    old.unlink()
engine = create_engine("sqlite://")
with engine.connect() as conn:
    config = alembic_config()
    config.attributes["connection"] = conn
    command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")
created = next(versions.glob("0001_*.py"))
target = versions / "0001_initial_schema.py"
created.rename(target)
subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(target)], check=False)
print(Path(target))
