"""Entry point of the frozen build: the same `main` as the `incubator-app` console script."""

import sys

from incubator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
