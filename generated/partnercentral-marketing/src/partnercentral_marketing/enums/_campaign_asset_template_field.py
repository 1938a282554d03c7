"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ImageFormat(_OpenEnum):
    """An accepted image format."""

    __module__ = __package__
    PNG = "PNG"
    JPEG = "JPEG"


class TemplateFieldSection(_OpenEnum):
    """Layout section of a template field."""

    __module__ = __package__
    HEADER = "HEADER"
    BODY = "BODY"
    FOOTER = "FOOTER"
