"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2022-07-26"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.18"
MODEL_SHA256 = "8d8188ee5ce3203a9053aeb48a92199fc813d97f723ddf9eff24c9e4bd1778f1"
