"""Version facts of this generated package (the only place they live)."""

__version__ = "0.1.0"
API_VERSION = "2022-07-26"
