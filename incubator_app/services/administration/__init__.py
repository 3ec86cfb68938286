"""Administration: accounts, first-run setup, reference lists, the audit log.

Top of the domain order (services/README.md)."""
