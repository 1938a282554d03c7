"""The awsJson 1.0/1.1 emitter: the codec modules of a package, and the expressions in them.

A protocol emitter owns the generated package's private codec modules: it says which
files there are (:meth:`AwsJsonEmitter.files`, rendered from ``templates/protocols/awsjson/``)
and, to those templates, how a shape's value goes to and comes from the wire: which
``_serde`` helper encodes a scalar, which class check a decoded JSON value must pass,
which codec function of which module handles a structure, union, list or map, how an
error response's code names the error class; and which runtime protocol object
(``runtime/protocols/``) the generated ``ServiceSpec`` holds. Another protocol is another
module here with the same interface, registered in :data:`generator.emit.protocols.EMITTERS`.

The modules, all under ``_awsjson/`` in the package (see :mod:`generator.emit.layout`):
``shapes/<cluster>.py`` with the codecs of one cluster's classes and of the lists and
maps of them, ``plain.py`` with those of the lists and maps of plain values, and
``errors.py`` with those of the modeled errors' members. A codec is a pair of functions
``_encode_<Shape>(value, wire)`` and ``_decode_<Shape>(data, wire)``, named by the
model's shape name (unique, and never starting with ``_``), that call one another
directly across modules; each class's pair is bound to it when its module is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property

from ...model import naming
from ...model.ir import Member, Service, Shape
from ..layout import PLAIN_CODECS, Cluster, Layout
from ..views.base import ViewBase

PACKAGE = "_awsjson"
"""The private package of the codec modules, inside the generated package."""
ERRORS_CODECS = "errors"
"""The codec module of the modeled errors' members, beside :data:`PLAIN_CODECS`."""

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
    """Codec modules, codec expressions and error-code tables for awsJson 1.0 and 1.1.

    Also the base of the other protocols whose bodies are maps of the members by
    name (RPC v2 CBOR: :mod:`.rpcv2cbor`): they share the templates and the codec
    functions' shape, and override the class attributes below and the expressions
    of the values their wire writes otherwise (timestamps, blobs, floats).
    """

    label = "awsJson"
    """The protocol's name in the codec modules' docstrings."""
    package = PACKAGE
    """The private package of the codec modules, inside the generated package."""
    body_kind = "a JSON object"
    """What a structure's wire value is, for a decoder's type error."""
    wire_format = "JSON"
    """What a codec's wire values are, for the codec modules' docstrings."""
    serde_module = "serde"
    """The runtime module of value conversions the codec modules import as ``_serde``."""
    runtime_extras: tuple[str, ...] = ()
    """The extras of the runtime distribution this protocol needs (its codec library)."""
    scalar_encoders = _SCALAR_ENCODERS
    timestamp_encoders = _TIMESTAMP_ENCODERS
    decoders = {
        "float": "_serde.dec_float",
        "blob": "_serde.dec_blob",
        "timestamp": "_serde.dec_timestamp",
    }
    """The ``(value, wire)`` decoders of the scalars that a type check alone does not read."""

    def __init__(self, service: Service, layout: Layout) -> None:
        super().__init__(service)
        self.layout = layout

    # -- files ---------------------------------------------------------------

    def files(self) -> Iterator[tuple[str, str, dict[str, object]]]:
        """``(template, path in the package, extra context)`` of every codec module."""
        package = self.package
        yield "protocols/awsjson/__init__.py.j2", f"{package}/__init__.py", {}
        yield "protocols/awsjson/shapes/__init__.py.j2", f"{package}/shapes/__init__.py", {}
        for cluster in self.layout.clusters:
            if cluster.classes:
                path = f"{package}/shapes/{cluster.name}.py"
                yield "protocols/awsjson/shapes/cluster.py.j2", path, {"cluster": cluster}
        if self.layout.plain_collections:
            yield "protocols/awsjson/plain.py.j2", f"{package}/{PLAIN_CODECS}.py", {}
        yield "protocols/awsjson/errors.py.j2", f"{package}/{ERRORS_CODECS}.py", {}

    def codec_module(self, cluster: Cluster) -> str:
        """Where a cluster's classes find their codec, relative to ``shapes`` (``_CODECS``)."""
        return f"..{self.package}.shapes.{cluster.name}"

    def imports(self, here: str, shapes: Iterable[Shape]) -> list[tuple[str, list[str]]]:
        """``(module, names)`` of the codec functions that ``shapes`` call from elsewhere.

        ``here`` is the module being rendered: a cluster's name or :data:`ERRORS_CODECS`
        (the plain codecs call none). Modules are spelled relative to it.
        """
        needed: dict[str, set[str]] = {}
        for shape in shapes:
            for target in _targets(shape):
                module = self.layout.codec_module_of.get(target)
                if module is not None and module != here:
                    name = self.shape(target).name
                    needed.setdefault(module, set()).update({f"_encode_{name}", f"_decode_{name}"})
        in_shapes = here != ERRORS_CODECS
        return [
            (_relative(module, in_shapes), sorted(names))
            for module, names in sorted(needed.items())
        ]

    def error_imports(self) -> list[tuple[str, list[str]]]:
        """:meth:`imports` of the errors' codec module."""
        return self.imports(ERRORS_CODECS, self.service.errors)

    def enum_lookups(self, shapes: Iterable[Shape]) -> list[str]:
        """Python names of the enums that ``shapes`` decode, each needing a ``_lookup_``."""
        names = {
            self.shape(target).python_name
            for shape in shapes
            for target in _targets(shape)
            if self.shape(target).kind == "enum"
        }
        return sorted(names)

    def refuses_missing(self, shapes: Iterable[Shape]) -> bool:
        """Does an encoder of ``shapes`` check a required member (so need ``_missing``)?"""
        return any(m.required and not m.idempotency_token for s in shapes for m in s.members)

    # -- the runtime protocol ------------------------------------------------

    runtime_import = f"from {naming.RUNTIME_PACKAGE}.protocols.awsjson import AwsJsonProtocol"

    def runtime_protocol(self) -> str:
        """The ``ServiceSpec(protocol=...)`` expression: the runtime's awsJson protocol."""
        metadata = self.service.metadata
        arguments = (
            f"json_version={metadata.json_version!r}, target_prefix={metadata.target_prefix!r}"
        )
        if metadata.query_compatible:
            arguments += ", query_compatible=True"
        return f"AwsJsonProtocol({arguments})"

    # -- expressions ---------------------------------------------------------

    def encoder(self, name: str, timestamp_format: str | None = None) -> str:
        """An expression for a callable ``(value, wire) -> encoded`` of shape ``name``."""
        shape = self.shape(name)
        if shape.kind == "timestamp":
            return self.timestamp_encoders[
                timestamp_format or shape.timestamp_format or "unixTimestamp"
            ]
        if shape.kind in self.scalar_encoders:
            return self.scalar_encoders[shape.kind]
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
            return self.decoders["float"]
        if shape.kind in ("blob", "timestamp"):
            return self.decoders[shape.kind]
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


def _targets(shape: Shape) -> Iterator[str]:
    """The shapes a codec of ``shape`` calls into: members, list elements, map values."""
    for member in shape.members:
        yield member.target
    for target in (shape.member_target, shape.value_target):
        if target:
            yield target


def _relative(module: str, from_shapes: bool) -> str:
    """The relative import of codec module ``module`` from a cluster codec module or not."""
    if module == PLAIN_CODECS:
        return f"..{PLAIN_CODECS}" if from_shapes else f".{PLAIN_CODECS}"
    return f".{module}" if from_shapes else f".shapes.{module}"
