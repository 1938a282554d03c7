"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2022-07-26"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.7"
MODEL_SHA256 = "7a058264cdb2e7e9821827c861d2ec91a3ad356b83856bbe70675ae9eb91f33d"
