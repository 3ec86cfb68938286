"""Coaching UI: the log dialog, the entrepreneur record's Coaching tab, the week view."""
