"""Events: workshops, trainings, meetings with limited places; registrations, the waiting list
and its offers (places.py holds the one rule of places and the promotion step)."""
