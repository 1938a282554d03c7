"""Credentials, the providers of the default chain, and SigV4 signing."""
