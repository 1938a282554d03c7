"""The Smithy RPC v2 CBOR emitter: awsJson's codec modules, with CBOR's wire values.

RPC v2 CBOR's bodies are maps of the members by name, as awsJson's are, so its codec
modules are awsJson's templates (``templates/protocols/awsjson/``) rendered with
this emitter as ``protocol``: the same ``_encode_<Shape>``/``_decode_<Shape>`` functions
building and reading dicts, under ``_rpcv2cbor/``, which ``runtime/protocols/cborcodec.py``
turns into CBOR and back. What differs is the wire value of three kinds of scalar
(``runtime/protocols/cborserde.py``, which the modules import as ``_serde``): a timestamp is a ``datetime`` (tag 1
epoch seconds, whatever the model's ``timestampFormat``: the protocol has one), a blob
is ``bytes`` (a byte string, no base64), a float is rounded to float32 and NaN and the
infinities stay floats. The runtime object is ``RpcV2CborProtocol``.
"""

from __future__ import annotations

from ...model import naming
from .awsjson import _SCALAR_ENCODERS, AwsJsonEmitter

_CBOR_TIMESTAMP = "_serde.enc_timestamp"


class RpcV2CborEmitter(AwsJsonEmitter):
    """Codec modules, codec expressions and error-code tables for Smithy RPC v2 CBOR."""

    label = "RPC v2 CBOR"
    package = "_rpcv2cbor"
    body_kind = "a CBOR map"
    wire_format = "CBOR"
    serde_module = "cborserde"
    runtime_extras = ("cbor",)
    scalar_encoders = {
        **_SCALAR_ENCODERS,
        "float": "_serde.enc_float",
        "double": "_serde.enc_double",
    }
    # Tag 1 whatever the member's timestampFormat (which only the JSON protocols read).
    timestamp_encoders = dict.fromkeys(("unixTimestamp", "iso8601", "rfc822"), _CBOR_TIMESTAMP)
    decoders = {
        "float": "_serde.dec_float",
        "blob": "_serde.dec_blob",
        "timestamp": "_serde.dec_timestamp_cbor",
    }

    runtime_import = f"from {naming.RUNTIME_PACKAGE}.protocols.rpcv2cbor import RpcV2CborProtocol"

    def runtime_protocol(self) -> str:
        """The ``ServiceSpec(protocol=...)`` expression: the runtime's RPC v2 CBOR protocol."""
        metadata = self.service.metadata
        arguments = f"service_name={metadata.target_prefix!r}"
        if metadata.query_compatible:
            arguments += ", query_compatible=True"
        return f"RpcV2CborProtocol({arguments})"
