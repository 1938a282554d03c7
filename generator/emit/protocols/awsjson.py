"""The awsJson 1.0/1.1 emitter: the expressions generated codecs use, per shape.

A protocol emitter tells the templates how a shape's value goes to and comes from the
wire: which ``_serde`` helper encodes a scalar, which class check a decoded JSON value
must pass, how an error response's code names the error class; and which runtime
protocol object (``runtime/protocols/``) the generated ``ServiceSpec`` holds. Another protocol is
another module here with the same methods, registered in
:data:`generator.emit.protocols.EMITTERS`.
"""

from __future__ import annotations

from functools import cached_property

from ...model.ir import Member
from ..views.base import ViewBase

_SCALAR_ENCODERS = {
    "string": "_serde.enc_str",
    "enum": "_serde.enc_str",
    "integer": "_serde.enc_int",
    "long": "_serde.enc_int",
    "float": "_serde.enc_float",
    "double": "_serde.enc_float",
    "boolean": "_serde.enc_bool",
    "blob": "_serde.enc_blob",
    "document": "_serde.enc_document",
}
_TIMESTAMP_ENCODERS = {
    "unixTimestamp": "_serde.enc_epoch",
    "iso8601": "_serde.enc_iso8601",
    "rfc822": "_serde.enc_rfc822",
}
# The class of the JSON value of a shape that decodes by a type check alone
# (an enum's value is checked, then looked up).
_WIRE_CLASSES = {
    "string": "str",
    "enum": "str",
    "integer": "int",
    "long": "int",
    "boolean": "bool",
}


class AwsJsonEmitter(ViewBase):
    """Codec expressions and error-code tables for awsJson 1.0 and 1.1."""

    runtime_import = "from ._runtime.protocols.awsjson import AwsJsonProtocol"

    def runtime_protocol(self) -> str:
        """The ``ServiceSpec(protocol=...)`` expression: the runtime's awsJson protocol."""
        metadata = self.service.metadata
        arguments = (
            f"json_version={metadata.json_version!r}, target_prefix={metadata.target_prefix!r}"
        )
        if metadata.query_compatible:
            arguments += ", query_compatible=True"
        return f"AwsJsonProtocol({arguments})"

    def encoder(self, name: str, timestamp_format: str | None = None) -> str:
        """An expression for a callable ``(value, wire) -> encoded`` of shape ``name``."""
        shape = self.shape(name)
        if shape.kind == "timestamp":
            return _TIMESTAMP_ENCODERS[
                timestamp_format or shape.timestamp_format or "unixTimestamp"
            ]
        if shape.kind in _SCALAR_ENCODERS:
            return _SCALAR_ENCODERS[shape.kind]
        if shape.kind in ("structure", "union"):
            return f"{shape.python_name}._encode_value"
        return f"_encode_{shape.name}"

    def member_encoder(self, member: Member) -> str:
        return self.encoder(member.target, member.timestamp_format)

    def decodes_as_is(self, name: str) -> bool:
        """True when the wire value is already the Python value (no conversion)."""
        shape = self.shape(name)
        return shape.kind in ("string", "integer", "long", "boolean", "document")

    def wire_class(self, name: str) -> str | None:
        """The class a JSON value of shape ``name`` must have (None: its decoder checks).

        Generated decoders test ``value.__class__`` against it inline (the
        common case costs no call) and call ``_serde.dec_<class>`` otherwise,
        which accepts a subclass (from ``from_dict``) and refuses the rest.
        """
        return _WIRE_CLASSES.get(self.shape(name).kind)

    @cached_property
    def document_shapes(self) -> frozenset[str]:
        """Names of the document shapes: any JSON value is theirs, taken unchecked."""
        return frozenset(
            name for name, shape in self.service.shapes.items() if shape.kind == "document"
        )

    def decoder_ref(self, name: str) -> str:
        """A ``(value, wire)`` decoder callable for list/map elements ("None": as is)."""
        shape = self.shape(name)
        if shape.kind == "document":
            return "None"
        if shape.kind == "enum":
            return f"_serde.enum_decoder(_lookup_{shape.python_name})"
        if shape.kind in _WIRE_CLASSES:
            return f"_serde.dec_{_WIRE_CLASSES[shape.kind]}"
        if shape.kind in ("float", "double"):
            return "_serde.dec_float"
        if shape.kind == "blob":
            return "_serde.dec_blob"
        if shape.kind == "timestamp":
            return "_serde.dec_timestamp"
        if shape.kind in ("structure", "union"):
            return f"{shape.python_name}._decode"
        return f"_decode_{shape.name}"

    def decoder(self, name: str, var: str) -> str:
        """An expression decoding the non-None value in ``var`` (``wire`` in scope).

        For a shape with a :meth:`wire_class`, ``var`` must have passed that
        check first.
        """
        shape = self.shape(name)
        if self.decodes_as_is(name):
            return var
        if shape.kind == "enum":
            # Open enum: the member for a known value, else the value itself.
            return f"_lookup_{shape.python_name}({var}, {var})"
        return f"{self.decoder_ref(name)}({var}, wire)"

    def error_classes_by_code(self) -> list[tuple[str, str]]:
        """``(code, class name)`` of each modeled error, by shape name and by error code.

        A response names its error by shape (``__type``) and, for an
        awsQueryCompatible service, by the model's ``error.code`` too (the
        ``x-amzn-query-error`` header). A shape's name is its own; a code that
        several shapes share goes to the first of them by name.
        """
        errors = self.service.errors
        table = {error.name: error.python_name for error in errors}
        for error in errors:
            table.setdefault(error.error_code, error.python_name)
        return list(table.items())
