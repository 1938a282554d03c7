"""Retry strategies (legacy, standard, adaptive) and the client-side rate limiter."""
