"""Funding: funders, grants and what each grant finances (bottom of the domain order)."""
