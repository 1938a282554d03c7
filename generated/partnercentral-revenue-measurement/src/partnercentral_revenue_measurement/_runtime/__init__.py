"""The hand-written run-time library of every generated client.

It is copied verbatim into each generated package as ``_runtime`` (it uses
relative imports only), so a published client is one self-contained wheel.
Nothing here reads a service model: the generated code hands in precomputed
tables.
"""
