"""Deterministic French demo data at three scales (small, incubator, network). No Qt."""

from incubator_app.demo.generator import ADMIN_LOGIN, ADMIN_PASSWORD, DemoSummary, generate_demo
from incubator_app.demo.reference import COACH_PASSWORD, STAFF_PASSWORD
from incubator_app.demo.refresh import (
    STALE_AFTER_DAYS,
    DemoRefresh,
    RefreshAction,
    refresh_demo_if_stale,
)
from incubator_app.demo.scales import REFERENCE_DATE, SCALES, Scale

__all__ = [
    "ADMIN_LOGIN",
    "ADMIN_PASSWORD",
    "COACH_PASSWORD",
    "REFERENCE_DATE",
    "SCALES",
    "STAFF_PASSWORD",
    "STALE_AFTER_DAYS",
    "DemoRefresh",
    "DemoSummary",
    "RefreshAction",
    "Scale",
    "generate_demo",
    "refresh_demo_if_stale",
]
