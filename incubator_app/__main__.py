from __future__ import annotations

import sys

from incubator_app.cli import main

sys.exit(main())
