"""Funders and grants: the Funders page, its dialogs, the grant window (indicators)."""
