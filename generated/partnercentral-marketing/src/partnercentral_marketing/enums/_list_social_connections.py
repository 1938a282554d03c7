"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SocialConnectionStatus(_OpenEnum):
    """Authorization state of a social connection.

    The execution backend's view, plus one thing it does not report: a Facebook connection
    with no Page reads `active` there but cannot post (`PAGE_REQUIRED`). There is
    deliberately no "authorizing" value: a connection exists only once consent has
    completed, so an unfinished consent is simply not in the list.
    """

    __module__ = __package__
    AUTHORIZED = "AUTHORIZED"
    EXPIRED = "EXPIRED"
    PAGE_REQUIRED = "PAGE_REQUIRED"
