"""The RPC v2 CBOR codecs of the ``shapes`` package's classes, one module per module of them."""
