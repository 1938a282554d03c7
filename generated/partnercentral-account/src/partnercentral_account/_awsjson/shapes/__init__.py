"""The awsJson codecs of the ``shapes`` package's classes, one module per module of them."""
