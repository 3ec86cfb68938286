"""The core (models, db, services, reports, cli, demo) must run headless: no PySide6 import."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.ui

PACKAGES = ["models", "db", "services", "reports", "demo"]


def test_core_modules_do_not_import_qt() -> None:
    code = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        import incubator_app
        names = ["incubator_app.cli", "incubator_app.i18n", "incubator_app.errors"]
        for pkg in {PACKAGES!r}:
            try:
                module = importlib.import_module("incubator_app." + pkg)
            except ModuleNotFoundError as exc:
                if exc.name != "incubator_app." + pkg:  # only "not written yet" is fine
                    raise
                continue
            names.append(module.__name__)
            if hasattr(module, "__path__"):
                for info in pkgutil.walk_packages(module.__path__, module.__name__ + "."):
                    names.append(info.name)
        for name in names:
            importlib.import_module(name)
        leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print(len(names), "modules")
        if leaked:
            sys.exit("Qt imported by the core: " + ", ".join(leaked[:5]))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr or done.stdout
    assert int(done.stdout.split()[0]) > 10  # it really imported the core
