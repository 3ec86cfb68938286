"""People's rights (GDPR) in the UI: the "Export personal data…" and "Erase this person…"
actions of a person's window, and the retention review of Settings."""
