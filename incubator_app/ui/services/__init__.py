"""Widgets of the shared services page: catalogue, usage, bookings calendar, statements."""
