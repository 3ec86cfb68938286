"""The directory of the territory's cultural actors: the windowed list and the review queue."""
