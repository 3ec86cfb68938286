"""People's rights (GDPR): consent records and the legal basis of each kind of data, the right
of access (everything held about a person, exported), erasure (one path for the UI and the CLI)
and retention rules. Reads every domain's tables through the metadata, so it sits at the top."""
