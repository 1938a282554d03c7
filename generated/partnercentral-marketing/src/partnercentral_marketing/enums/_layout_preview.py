"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class LayoutFormat(_OpenEnum):
    """The format of a layout preview."""

    __module__ = __package__
    HTML = "HTML"
    PDF = "PDF"
    IMAGE = "IMAGE"


class LayoutPageType(_OpenEnum):
    """Which page of a multi-page layout a preview serves."""

    __module__ = __package__
    FORM = "FORM"
    CONFIRMATION = "CONFIRMATION"
