"""Contacts: people who are not entrepreneurs (workshop participants, partners). Shared by the
events and, later, the directory, so it sits at the lowest layer."""
