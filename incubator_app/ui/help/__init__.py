"""In-app help: the user guide (F1, at the current page) and the list of the current window's
keyboard shortcuts (Ctrl+/), both opened from the Help menu too."""
