"""The entrepreneurs screens: record editor and its tabs, import and export (list page:
ui/pages/entrepreneurs.py)."""
