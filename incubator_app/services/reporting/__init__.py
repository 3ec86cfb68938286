"""Reporting: the data of reports (entrepreneur, funder KPIs, attendance) and the dashboard."""
