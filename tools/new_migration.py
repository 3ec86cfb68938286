"""Developer tool: autogenerate the next Alembic revision from the models.

    python tools/new_migration.py "add colour to cohort"

It builds a throwaway SQLite database at the current head, lets Alembic compare it with the
models, writes `versions/NNNN_<slug>.py`, and reminds you to bump `db/schema_version.py`
(a test checks that constant against the scripts). Review the generated file before committing.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from incubator_app.db.engine import make_engine, resolve_url
from incubator_app.db.migrate import ALEMBIC_DIR, alembic_config, scripts_head_revision


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message")
    args = parser.parse_args()
    head = scripts_head_revision() or "0000"
    rev_id = f"{int(head[:4]) + 1:04d}"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(resolve_url(Path(tmp) / "head.sqlite3"))
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            command.revision(config, message=args.message, autogenerate=True, rev_id=rev_id)
        engine.dispose()
    created = next((ALEMBIC_DIR / "versions").glob(f"{rev_id}_*.py"))
    slug = re.sub(r"[^a-z0-9]+", "_", args.message.lower()).strip("_")
    target = created.with_name(f"{rev_id}_{slug}.py")
    created.rename(target)
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(target)], check=False)
    print(target)
    print(f'Now set SCHEMA_HEAD = "{rev_id}" in incubator_app/db/schema_version.py')
    return 0


if __name__ == "__main__":
    sys.exit(main())
