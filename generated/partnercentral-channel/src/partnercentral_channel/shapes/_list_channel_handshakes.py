"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only ListChannelHandshakes calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        HandshakeStatus,
        HandshakeType,
        ParticipantType,
        Program,
        ProgramManagementAccountTypeSortName,
        RevokeServicePeriodTypeSortName,
        ServicePeriodType,
        SortOrder,
        StartServicePeriodTypeSortName,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_channel_handshakes"


class ChannelHandshakeSummary(_Structure):
    """Summary information about a channel handshake.

    Attributes:
        id: The unique identifier of the handshake.
        arn: The Amazon Resource Name (ARN) of the handshake.
        catalog: The catalog identifier associated with the handshake.
        handshake_type: The type of the handshake.
        owner_account_id: The AWS account ID of the handshake owner.
        sender_account_id: The AWS account ID of the handshake sender.
        sender_display_name: The display name of the handshake sender.
        receiver_account_id: The AWS account ID of the handshake receiver.
        associated_resource_id: The identifier of the resource associated with the
            handshake.
        detail: Detailed information about the handshake.
        created_at: The timestamp when the handshake was created.
        updated_at: The timestamp when the handshake was last updated.
        status: The current status of the handshake.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "handshake_type",
        "owner_account_id",
        "sender_account_id",
        "sender_display_name",
        "receiver_account_id",
        "associated_resource_id",
        "detail",
        "created_at",
        "updated_at",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
            "catalog",
            "handshakeType",
            "ownerAccountId",
            "senderAccountId",
            "senderDisplayName",
            "receiverAccountId",
            "associatedResourceId",
            "detail",
            "createdAt",
            "updatedAt",
            "status",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    catalog: str | None
    handshake_type: HandshakeType | str | None
    owner_account_id: str | None
    sender_account_id: str | None
    sender_display_name: str | None
    receiver_account_id: str | None
    associated_resource_id: str | None
    detail: HandshakeDetail | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    status: HandshakeStatus | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        catalog: str | None = None,
        handshake_type: HandshakeType | _types.HandshakeTypeValue | None = None,
        owner_account_id: str | None = None,
        sender_account_id: str | None = None,
        sender_display_name: str | None = None,
        receiver_account_id: str | None = None,
        associated_resource_id: str | None = None,
        detail: HandshakeDetail | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        status: HandshakeStatus | _types.HandshakeStatusValue | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.handshake_type = handshake_type
        self.owner_account_id = owner_account_id
        self.sender_account_id = sender_account_id
        self.sender_display_name = sender_display_name
        self.receiver_account_id = receiver_account_id
        self.associated_resource_id = associated_resource_id
        self.detail = detail
        self.created_at = created_at
        self.updated_at = updated_at
        self.status = status


class HandshakeDetail(_TaggedUnion):
    """Contains detailed information about different types of handshakes.

    A union: set exactly one variant by building one of
    `HandshakeDetailStartServicePeriodHandshakeDetail`,
    `HandshakeDetailRevokeServicePeriodHandshakeDetail`,
    `HandshakeDetailProgramManagementAccountHandshakeDetail`. A variant added to the
    service later is received as `HandshakeDetailUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "startServicePeriodHandshakeDetail",
            "revokeServicePeriodHandshakeDetail",
            "programManagementAccountHandshakeDetail",
        )
    )
    _CODECS = _CODEC_MODULE


class HandshakeDetailStartServicePeriodHandshakeDetail(HandshakeDetail):
    """The `startServicePeriodHandshakeDetail` variant of `HandshakeDetail`.

    Details for a start service period handshake.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "startServicePeriodHandshakeDetail"
    value: StartServicePeriodHandshakeDetail

    def __init__(self, value: StartServicePeriodHandshakeDetail) -> None:
        self.value = value


class HandshakeDetailRevokeServicePeriodHandshakeDetail(HandshakeDetail):
    """The `revokeServicePeriodHandshakeDetail` variant of `HandshakeDetail`.

    Details for a revoke service period handshake.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "revokeServicePeriodHandshakeDetail"
    value: RevokeServicePeriodHandshakeDetail

    def __init__(self, value: RevokeServicePeriodHandshakeDetail) -> None:
        self.value = value


class HandshakeDetailProgramManagementAccountHandshakeDetail(HandshakeDetail):
    """The `programManagementAccountHandshakeDetail` variant of `HandshakeDetail`.

    Details for a program management account handshake.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "programManagementAccountHandshakeDetail"
    value: ProgramManagementAccountHandshakeDetail

    def __init__(self, value: ProgramManagementAccountHandshakeDetail) -> None:
        self.value = value


class HandshakeDetailUnknown(_UnknownVariant, HandshakeDetail):
    """A variant of HandshakeDetail this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ListChannelHandshakesRequest(_Structure):
    """ListChannelHandshakesRequest

    Attributes:
        handshake_type: Filter results by handshake type. Required.
        catalog: The catalog identifier to filter handshakes. Required.
        participant_type: Filter by participant type (sender or receiver). Required.
        max_results: The maximum number of results to return in a single call.
        statuses: Filter results by handshake status.
        associated_resource_identifiers: Filter by associated resource identifiers.
        handshake_type_filters: Type-specific filters for handshakes.
        handshake_type_sort: Type-specific sorting options for handshakes.
        next_token: Token for retrieving the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "handshake_type",
        "catalog",
        "participant_type",
        "max_results",
        "statuses",
        "associated_resource_identifiers",
        "handshake_type_filters",
        "handshake_type_sort",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "handshakeType",
            "catalog",
            "participantType",
            "maxResults",
            "statuses",
            "associatedResourceIdentifiers",
            "handshakeTypeFilters",
            "handshakeTypeSort",
            "nextToken",
        )
    )
    _REQUIRED = (
        "handshakeType",
        "catalog",
        "participantType",
    )
    _CODECS = _CODEC_MODULE

    handshake_type: HandshakeType | str
    catalog: str
    participant_type: ParticipantType | str
    max_results: int | None
    statuses: _Sequence[HandshakeStatus | str] | None
    associated_resource_identifiers: _Sequence[str] | None
    handshake_type_filters: ListChannelHandshakesTypeFilters | None
    handshake_type_sort: ListChannelHandshakesTypeSort | None
    next_token: str | None

    def __init__(
        self,
        *,
        handshake_type: HandshakeType | _types.HandshakeTypeValue,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        statuses: (
            _types.SequenceNotStr[HandshakeStatus | _types.HandshakeStatusValue] | None
        ) = None,
        associated_resource_identifiers: _types.SequenceNotStr[str] | None = None,
        handshake_type_filters: ListChannelHandshakesTypeFilters | None = None,
        handshake_type_sort: ListChannelHandshakesTypeSort | None = None,
        next_token: str | None = None,
    ) -> None:
        self.handshake_type = handshake_type
        self.catalog = catalog
        self.participant_type = participant_type
        self.max_results = max_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.statuses = statuses  # type: ignore[assignment]
        self.associated_resource_identifiers = associated_resource_identifiers  # type: ignore[assignment]
        self.handshake_type_filters = handshake_type_filters
        self.handshake_type_sort = handshake_type_sort
        self.next_token = next_token


class ListChannelHandshakesResponse(_Structure):
    """ListChannelHandshakesResponse

    Attributes:
        items: List of channel handshakes matching the criteria.
        next_token: Token for retrieving the next page of results, if available.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "nextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    items: list[ChannelHandshakeSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[ChannelHandshakeSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token


class ListChannelHandshakesTypeFilters(_TaggedUnion):
    """Type-specific filters for listing channel handshakes.

    A union: set exactly one variant by building one of
    `ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters`,
    `ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters`,
    `ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters`. A variant
    added to the service later is received as `ListChannelHandshakesTypeFiltersUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "startServicePeriodTypeFilters",
            "revokeServicePeriodTypeFilters",
            "programManagementAccountTypeFilters",
        )
    )
    _CODECS = _CODEC_MODULE


class ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters(
    ListChannelHandshakesTypeFilters
):
    """The `startServicePeriodTypeFilters` variant of `ListChannelHandshakesTypeFilters`.

    Filters specific to start service period handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "startServicePeriodTypeFilters"
    value: StartServicePeriodTypeFilters

    def __init__(self, value: StartServicePeriodTypeFilters) -> None:
        self.value = value


class ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters(
    ListChannelHandshakesTypeFilters
):
    """The `revokeServicePeriodTypeFilters` variant of `ListChannelHandshakesTypeFilters`.

    Filters specific to revoke service period handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "revokeServicePeriodTypeFilters"
    value: RevokeServicePeriodTypeFilters

    def __init__(self, value: RevokeServicePeriodTypeFilters) -> None:
        self.value = value


class ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters(
    ListChannelHandshakesTypeFilters
):
    """The `programManagementAccountTypeFilters` variant of `ListChannelHandshakesTypeFilters`.

    Filters specific to program management account handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "programManagementAccountTypeFilters"
    value: ProgramManagementAccountTypeFilters

    def __init__(self, value: ProgramManagementAccountTypeFilters) -> None:
        self.value = value


class ListChannelHandshakesTypeFiltersUnknown(_UnknownVariant, ListChannelHandshakesTypeFilters):
    """A variant of ListChannelHandshakesTypeFilters this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ListChannelHandshakesTypeSort(_TaggedUnion):
    """Type-specific sorting options for listing channel handshakes.

    A union: set exactly one variant by building one of
    `ListChannelHandshakesTypeSortStartServicePeriodTypeSort`,
    `ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort`,
    `ListChannelHandshakesTypeSortProgramManagementAccountTypeSort`. A variant added to
    the service later is received as `ListChannelHandshakesTypeSortUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "startServicePeriodTypeSort",
            "revokeServicePeriodTypeSort",
            "programManagementAccountTypeSort",
        )
    )
    _CODECS = _CODEC_MODULE


class ListChannelHandshakesTypeSortStartServicePeriodTypeSort(ListChannelHandshakesTypeSort):
    """The `startServicePeriodTypeSort` variant of `ListChannelHandshakesTypeSort`.

    Sorting options specific to start service period handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "startServicePeriodTypeSort"
    value: StartServicePeriodTypeSort

    def __init__(self, value: StartServicePeriodTypeSort) -> None:
        self.value = value


class ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort(ListChannelHandshakesTypeSort):
    """The `revokeServicePeriodTypeSort` variant of `ListChannelHandshakesTypeSort`.

    Sorting options specific to revoke service period handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "revokeServicePeriodTypeSort"
    value: RevokeServicePeriodTypeSort

    def __init__(self, value: RevokeServicePeriodTypeSort) -> None:
        self.value = value


class ListChannelHandshakesTypeSortProgramManagementAccountTypeSort(ListChannelHandshakesTypeSort):
    """The `programManagementAccountTypeSort` variant of `ListChannelHandshakesTypeSort`.

    Sorting options specific to program management account handshakes.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "programManagementAccountTypeSort"
    value: ProgramManagementAccountTypeSort

    def __init__(self, value: ProgramManagementAccountTypeSort) -> None:
        self.value = value


class ListChannelHandshakesTypeSortUnknown(_UnknownVariant, ListChannelHandshakesTypeSort):
    """A variant of ListChannelHandshakesTypeSort this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ProgramManagementAccountHandshakeDetail(_Structure):
    """Details specific to program management account handshakes.

    Attributes:
        program: The program associated with the handshake.
    """

    __module__ = __package__
    __slots__ = ("program",)
    _WIRE_NAMES = frozenset(("program",))
    _CODECS = _CODEC_MODULE

    program: Program | str | None

    def __init__(
        self,
        *,
        program: Program | _types.ProgramValue | None = None,
    ) -> None:
        self.program = program


class ProgramManagementAccountTypeFilters(_Structure):
    """Type-specific filters for program management accounts.

    Attributes:
        programs: Filter by program types.
    """

    __module__ = __package__
    __slots__ = ("programs",)
    _WIRE_NAMES = frozenset(("programs",))
    _CODECS = _CODEC_MODULE

    programs: _Sequence[Program | str] | None

    def __init__(
        self,
        *,
        programs: _types.SequenceNotStr[Program | _types.ProgramValue] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]


class ProgramManagementAccountTypeSort(_Structure):
    """Type-specific sorting options for program management accounts.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: ProgramManagementAccountTypeSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: (
            ProgramManagementAccountTypeSortName | _types.ProgramManagementAccountTypeSortNameValue
        ),
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class RevokeServicePeriodHandshakeDetail(_Structure):
    """Details specific to revoke service period handshakes.

    Attributes:
        note: A note explaining the reason for revoking the service period.
        service_period_type: The type of service period being revoked.
        minimum_notice_days: The minimum number of days notice required for revocation.
        start_date: The start date of the service period being revoked.
        end_date: The end date of the service period being revoked.
    """

    __module__ = __package__
    __slots__ = (
        "note",
        "service_period_type",
        "minimum_notice_days",
        "start_date",
        "end_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "note",
            "servicePeriodType",
            "minimumNoticeDays",
            "startDate",
            "endDate",
        )
    )
    _CODECS = _CODEC_MODULE

    note: str | None
    service_period_type: ServicePeriodType | str | None
    minimum_notice_days: str | None
    start_date: _dt.datetime | None
    end_date: _dt.datetime | None

    def __init__(
        self,
        *,
        note: str | None = None,
        service_period_type: ServicePeriodType | _types.ServicePeriodTypeValue | None = None,
        minimum_notice_days: str | None = None,
        start_date: _dt.datetime | None = None,
        end_date: _dt.datetime | None = None,
    ) -> None:
        self.note = note
        self.service_period_type = service_period_type
        self.minimum_notice_days = minimum_notice_days
        self.start_date = start_date
        self.end_date = end_date


class RevokeServicePeriodTypeFilters(_Structure):
    """Filters specific to revoke service period handshakes.

    Attributes:
        service_period_types: Filter by service period types.
    """

    __module__ = __package__
    __slots__ = ("service_period_types",)
    _WIRE_NAMES = frozenset(("servicePeriodTypes",))
    _CODECS = _CODEC_MODULE

    service_period_types: _Sequence[ServicePeriodType | str] | None

    def __init__(
        self,
        *,
        service_period_types: (
            _types.SequenceNotStr[ServicePeriodType | _types.ServicePeriodTypeValue] | None
        ) = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.service_period_types = service_period_types  # type: ignore[assignment]


class RevokeServicePeriodTypeSort(_Structure):
    """Sorting options specific to revoke service period handshakes.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: RevokeServicePeriodTypeSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: RevokeServicePeriodTypeSortName | _types.RevokeServicePeriodTypeSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class StartServicePeriodHandshakeDetail(_Structure):
    """Details specific to start service period handshakes.

    Attributes:
        note: A note providing additional information about the service period.
        service_period_type: The type of service period being started.
        minimum_notice_days: The minimum number of days notice required for changes.
        start_date: The start date of the service period.
        end_date: The end date of the service period.
    """

    __module__ = __package__
    __slots__ = (
        "note",
        "service_period_type",
        "minimum_notice_days",
        "start_date",
        "end_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "note",
            "servicePeriodType",
            "minimumNoticeDays",
            "startDate",
            "endDate",
        )
    )
    _CODECS = _CODEC_MODULE

    note: str | None
    service_period_type: ServicePeriodType | str | None
    minimum_notice_days: str | None
    start_date: _dt.datetime | None
    end_date: _dt.datetime | None

    def __init__(
        self,
        *,
        note: str | None = None,
        service_period_type: ServicePeriodType | _types.ServicePeriodTypeValue | None = None,
        minimum_notice_days: str | None = None,
        start_date: _dt.datetime | None = None,
        end_date: _dt.datetime | None = None,
    ) -> None:
        self.note = note
        self.service_period_type = service_period_type
        self.minimum_notice_days = minimum_notice_days
        self.start_date = start_date
        self.end_date = end_date


class StartServicePeriodTypeFilters(_Structure):
    """Filters specific to start service period handshakes.

    Attributes:
        service_period_types: Filter by service period types.
    """

    __module__ = __package__
    __slots__ = ("service_period_types",)
    _WIRE_NAMES = frozenset(("servicePeriodTypes",))
    _CODECS = _CODEC_MODULE

    service_period_types: _Sequence[ServicePeriodType | str] | None

    def __init__(
        self,
        *,
        service_period_types: (
            _types.SequenceNotStr[ServicePeriodType | _types.ServicePeriodTypeValue] | None
        ) = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.service_period_types = service_period_types  # type: ignore[assignment]


class StartServicePeriodTypeSort(_Structure):
    """Sorting options specific to start service period handshakes.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: StartServicePeriodTypeSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: StartServicePeriodTypeSortName | _types.StartServicePeriodTypeSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by
