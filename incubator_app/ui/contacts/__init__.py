"""Contacts: the people who are not entrepreneurs, their list and their window."""
