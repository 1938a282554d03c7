"""The RPC v2 CBOR wire codecs of the package's shapes and errors (internal).

``shapes/`` mirrors the public ``shapes`` package, one codec module per module of
classes; ``plain.py`` holds the codecs of lists and maps of plain values, ``errors.py``
those of the modeled errors' members. Each is imported on the first encode or decode
that needs it.
"""
