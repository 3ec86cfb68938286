"""Milestones: templates and plans, the milestones list, action items, due and overdue items."""
