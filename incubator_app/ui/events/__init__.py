"""The Events page: list, event window, registering someone, the waiting list."""
