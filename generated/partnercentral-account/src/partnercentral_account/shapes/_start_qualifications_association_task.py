"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only StartQualificationsAssociationTask calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        QualificationsAssociationTaskStatus,
    )
    from . import (
        QualificationsAssociationPartner,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_qualifications_association_task"


class StartQualificationsAssociationTaskRequest(_Structure):
    """StartQualificationsAssociationTaskRequest

    Attributes:
        catalog: The catalog in which to perform the qualifications association.
            Required.
        identifier: Your partner identifier. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        primary_partner: The primary (acquiring) partner's profile and account
            identifier to associate qualifications with. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "primary_partner",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "PrimaryPartner",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "PrimaryPartner",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None
    primary_partner: QualificationsAssociationPartner

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        primary_partner: QualificationsAssociationPartner,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.primary_partner = primary_partner


class StartQualificationsAssociationTaskResponse(_Structure):
    """StartQualificationsAssociationTaskResponse

    Attributes:
        catalog: The catalog identifier echoed from the request. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies your partner
            resource. Required.
        id: Your unique partner identifier in the AWS Partner Network. Required.
        task_id: The unique identifier of the started qualifications association task,
            in the format... Required.
        status: The current status of the qualifications association task. Required.
        primary_partner: The resolved primary partner's profile and account identifiers,
            including both `ProfileId` and... Required.
        started_at: The timestamp when the qualifications association task started, in
            ISO 8601 format. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "task_id",
        "status",
        "primary_partner",
        "started_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "TaskId",
            "Status",
            "PrimaryPartner",
            "StartedAt",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "TaskId",
        "Status",
        "PrimaryPartner",
        "StartedAt",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    task_id: str
    status: QualificationsAssociationTaskStatus | str
    primary_partner: QualificationsAssociationPartner
    started_at: _dt.datetime

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        task_id: str,
        status: (
            QualificationsAssociationTaskStatus | _types.QualificationsAssociationTaskStatusValue
        ),
        primary_partner: QualificationsAssociationPartner,
        started_at: _dt.datetime,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.task_id = task_id
        self.status = status
        self.primary_partner = primary_partner
        self.started_at = started_at
