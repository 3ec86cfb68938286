"""Draws of volunteers (tirage au sort): inputs, freezing, the maximin lottery, selection."""
