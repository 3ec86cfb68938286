"""Coaching: sessions, their list, filter, checks, recurrence, statistics, export, caseload
and coaches."""
