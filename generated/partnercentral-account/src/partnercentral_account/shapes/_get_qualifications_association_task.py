"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetQualificationsAssociationTask calls hold, imported on the first
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
_CODEC_MODULE = ".._awsjson.shapes._get_qualifications_association_task"


class GetQualificationsAssociationTaskRequest(_Structure):
    """GetQualificationsAssociationTaskRequest

    Attributes:
        catalog: The catalog in which to look up the qualifications association task.
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


class GetQualificationsAssociationTaskResponse(_Structure):
    """GetQualificationsAssociationTaskResponse

    Attributes:
        catalog: The catalog identifier echoed from the request. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies your partner
            resource. Required.
        id: Your unique partner identifier in the AWS Partner Network. Required.
        task_id: The unique identifier of the qualifications association task, in the
            format `pqatask-[a-z2-7]{13}`. Required.
        status: The current status of the qualifications association task. Required.
        primary_partner: The primary partner's profile and account identifiers that the
            task is associating qualifications... Required.
        started_at: The timestamp when the qualifications association task started, in
            ISO 8601 format. Required.
        ended_at: The timestamp when the qualifications association task ended, in ISO
            8601 format.
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
        "ended_at",
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
            "EndedAt",
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
    ended_at: _dt.datetime | None

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
        ended_at: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.task_id = task_id
        self.status = status
        self.primary_partner = primary_partner
        self.started_at = started_at
        self.ended_at = ended_at
