"""Settings: the incubator's identity, accounts, reference lists, milestone templates, backups
and this computer's preferences, one tab per module."""
