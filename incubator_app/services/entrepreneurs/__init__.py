"""Entrepreneurs: records, list, import and export, pathway and contract, contracts ending and
follow-ups due, documents, quick search, cohorts."""
