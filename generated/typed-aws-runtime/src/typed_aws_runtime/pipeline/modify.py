"""Read-modify-write: an update that replaces the whole resource, without losing data.

Some update operations replace the whole resource: a member the request leaves out is
cleared. They also take a concurrency token (the resource's last-modified date, say) and
refuse a write whose token is stale, with a conflict error. A generated
``modify_<resource>`` method (sync or async client) therefore:

1. reads the resource with the read operation the generator derived for the update;
2. builds the full update request from what it read (the request class's
   ``from_current``), so every member the update would clear is carried over;
3. passes that request to the caller's ``change`` and takes the request it returns;
4. sets the read's concurrency token on it (whatever ``change`` did to it) and writes;
5. on the conflict error, goes back to 1: ``change`` is applied to the newer resource,
   so the other writer's changes and the caller's both survive; after ``max_attempts``
   writes refused so, raises :class:`~..exceptions.UpdateConflictError`.

No pause between attempts: the new read is what the next write needs, and the client's
retry strategy already spaces out throttled or failed calls. :class:`Modifying` makes
the decisions and does no I/O, so the sync and async client cores only call
(``ClientCore.modify``, ``AsyncClientCore.modify``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ..exceptions import ParamValidationError, ServiceError, UpdateConflictError
from ..model.structure import Structure
from .operation import OperationSpec

Request = TypeVar("Request", bound="Structure")
Result = TypeVar("Result")


class UpdateSpec(Generic[Request, Result]):
    """One update's read-modify-write (a precomputed table row, like :class:`OperationSpec`).

    ``read`` is the read-only operation whose output the request is rebuilt from,
    ``write`` the update; ``token`` the Python name of the request's concurrency-token
    member; ``conflict`` the error code that means the resource changed after the read.
    """

    __slots__ = ("read", "write", "token", "conflict")

    def __init__(
        self,
        *,
        read: OperationSpec[Any],
        write: OperationSpec[Result],
        token: str,
        conflict: str,
    ) -> None:
        self.read = read
        self.write = write
        self.token = token
        self.conflict = conflict

    def __repr__(self) -> str:
        return f"UpdateSpec({self.write.name!r})"


class Modifying(Generic[Request, Result]):
    """The decisions of one read-modify-write, attempt by attempt (no I/O).

    The caller reads, hands the output to :meth:`request` and writes the request it
    returns; when the write raises a :class:`ServiceError`, it hands it to
    :meth:`refused`, which returns when another attempt should follow and raises
    otherwise.
    """

    def __init__(
        self,
        spec: UpdateSpec[Request, Result],
        change: Callable[[Request], Request],
        max_attempts: int,
    ) -> None:
        if not isinstance(max_attempts, int) or isinstance(max_attempts, bool) or max_attempts < 1:
            raise ParamValidationError(
                "max_attempts", f"must be a whole number >= 1, got {max_attempts!r}"
            )
        if not callable(change):
            raise ParamValidationError(
                "change", f"must be a function of the request, got {type(change).__name__}"
            )
        self.spec = spec
        self.change = change
        self.max_attempts = max_attempts
        self.attempts = 0

    def request(self, current: Any) -> Request:
        """The request to write after a read that returned ``current``: changed, token kept."""
        self.attempts += 1
        spec = self.spec
        request_class = spec.write.input
        rebuilt: Request = request_class.from_current(current)
        token = getattr(rebuilt, spec.token)
        changed = self.change(rebuilt)
        if not isinstance(changed, request_class):
            raise TypeError(
                f"change must return the {request_class.__name__} it was given (changed) "
                f"or a new one, not {type(changed).__name__}"
            )
        # The read's token: a write is only right for what was read.
        setattr(changed, spec.token, token)
        return changed

    def refused(self, error: ServiceError) -> None:
        """Return when the write's ``error`` calls for another attempt; raise otherwise.

        An error other than the conflict is raised as it is; the conflict after the
        last attempt becomes :class:`UpdateConflictError`, caused by it.
        """
        if error.code != self.spec.conflict:
            raise error
        if self.attempts >= self.max_attempts:
            raise UpdateConflictError(
                self.spec.write.name, attempts=self.attempts, last_error=error
            ) from error
