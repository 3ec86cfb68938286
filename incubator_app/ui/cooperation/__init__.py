"""Cooperation: calls for volunteers and their draws (tirages au sort)."""
