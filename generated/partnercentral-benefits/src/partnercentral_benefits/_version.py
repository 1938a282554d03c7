"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2018-05-10"
# The botocore version the model came from, and the sha256 of its service-2.json.
MODEL_REVISION = "1.44.18"
MODEL_SHA256 = "3968c206e6d1bee698fc156b78c364a4c4166d66c34432add67270ec4bc4aa68"
