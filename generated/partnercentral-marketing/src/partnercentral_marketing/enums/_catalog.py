"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class Catalog(_OpenEnum):
    """Catalog shape."""

    __module__ = __package__
    AWS = "AWS"
    SANDBOX = "Sandbox"
