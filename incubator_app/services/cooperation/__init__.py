"""Cooperation: calls for volunteers, fair draws into working groups."""
