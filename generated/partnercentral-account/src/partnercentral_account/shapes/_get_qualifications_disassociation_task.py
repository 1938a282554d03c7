"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetQualificationsDisassociationTask calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        QualificationsDisassociationTaskStatus,
    )
    from . import (
        QualificationsAssociationPartner,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_qualifications_disassociation_task"


class GetQualificationsDisassociationTaskRequest(_Structure):
    """GetQualificationsDisassociationTaskRequest

    Attributes:
        catalog: The catalog in which to look up the qualifications disassociation task.
            Required.
        identifier: Your partner identifier. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetQualificationsDisassociationTaskResponse(_Structure):
    """GetQualificationsDisassociationTaskResponse

    Attributes:
        catalog: The catalog identifier echoed from the request. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies your partner
            resource. Required.
        id: Your unique partner identifier in the AWS Partner Network. Required.
        task_id: The unique identifier of the qualifications disassociation task, in the
            format... Required.
        status: The current status of the qualifications disassociation task. Required.
        associated_partner: The primary partner's profile and account identifiers that
            the task is disassociating... Required.
        started_at: The timestamp when the qualifications disassociation task started,
            in ISO 8601 format. Required.
        ended_at: The timestamp when the qualifications disassociation task ended, in
            ISO 8601 format.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "task_id",
        "status",
        "associated_partner",
        "started_at",
        "ended_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "TaskId",
            "Status",
            "AssociatedPartner",
            "StartedAt",
            "EndedAt",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "TaskId",
        "Status",
        "AssociatedPartner",
        "StartedAt",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    task_id: str
    status: QualificationsDisassociationTaskStatus | str
    associated_partner: QualificationsAssociationPartner
    started_at: _dt.datetime
    ended_at: _dt.datetime | None

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        task_id: str,
        status: (
            QualificationsDisassociationTaskStatus
            | _types.QualificationsDisassociationTaskStatusValue
        ),
        associated_partner: QualificationsAssociationPartner,
        started_at: _dt.datetime,
        ended_at: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.task_id = task_id
        self.status = status
        self.associated_partner = associated_partner
        self.started_at = started_at
        self.ended_at = ended_at
