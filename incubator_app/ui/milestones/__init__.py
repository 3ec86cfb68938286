"""Milestones and action items: timeline strip, entrepreneur tab, page panels, dialogs."""
