"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2025-04-04"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.18"
MODEL_SHA256 = "423a91e90d0afe790a6126639bcef32081db6cddbad0d8cb9be39df4ddf1ca87"
