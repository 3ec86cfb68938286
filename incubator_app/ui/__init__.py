"""PySide6 desktop front end. The only package allowed to import Qt; it calls services, never SQL."""
