"""Engine, sessions, migrations and backups. No Qt here."""
