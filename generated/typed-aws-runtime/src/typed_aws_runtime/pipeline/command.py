"""Seed-style commands: ``client.send(<Operation>Command({...}))``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Generic, TypeVar

from ..exceptions import ParamValidationError
from .operation import OperationSpec

Output = TypeVar("Output")


class Command(Generic[Output]):
    """One operation call as a value: the operation plus its input.

    The input is the operation's typed request object, or a mapping with
    the wire (PascalCase) member names as boto3 and the JS SDK take them.
    """

    operation: ClassVar[OperationSpec[Any]]
    __slots__ = ("input",)
    input: Any

    def __init__(self, input: Any = None) -> None:
        input_class = self.operation.input
        if input_class is None:
            if input:
                raise ParamValidationError("", f"{type(self).__name__} takes no input")
            self.input = None
            return
        if input is None:
            input = {}
        if isinstance(input, Mapping):
            input = input_class.from_dict(input)
        elif not isinstance(input, input_class):
            raise ParamValidationError(
                "",
                f"{type(self).__name__} takes a {input_class.__name__} or a dict, "
                f"got {type(input).__name__}",
            )
        self.input = input

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.input!r})"
