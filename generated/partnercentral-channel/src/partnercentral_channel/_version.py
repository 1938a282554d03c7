"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2024-03-18"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.18"
MODEL_SHA256 = "aa72e0541fa7e3d1c66d314d3ae4699bd609a828e3c20314d734f1e7475d4ba3"
