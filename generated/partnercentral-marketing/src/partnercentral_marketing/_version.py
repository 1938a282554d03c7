"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2026-05-31"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.18"
MODEL_SHA256 = "7f1e7a318ed85f869105ab409c22d91545f88aa9db86576638664192994fa086"
