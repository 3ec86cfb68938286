"""Shared services: catalogue and prices, usage and totals, bookings, revenue, monthly
statements."""
