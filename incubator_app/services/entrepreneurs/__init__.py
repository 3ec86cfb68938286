"""entrepreneurs"""
