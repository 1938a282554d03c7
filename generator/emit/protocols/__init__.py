"""Protocol emitters: each wire protocol's codec modules, and how their code is spelled.

The templates reach the service's emitter as ``protocol``; :func:`emitter` picks it by the
protocol the loader chose (``Service.metadata.protocol``). An emitter lists the package's
codec modules (``files()``: template, path, context), rendered from its own folder of
``templates/protocols/``, and gives their templates the codec expressions. Adding a
protocol is one module here, registered in :data:`EMITTERS`, with its templates, beside
its runtime module and its loader entry.
"""

from __future__ import annotations

from ...errors import GeneratorError
from ...model.ir import Service
from ..layout import Layout
from .awsjson import AwsJsonEmitter
from .rpcv2cbor import RpcV2CborEmitter

EMITTERS: dict[str, type[AwsJsonEmitter]] = {
    "json": AwsJsonEmitter,
    "smithy-rpc-v2-cbor": RpcV2CborEmitter,
}


def emitter(service: Service, layout: Layout) -> AwsJsonEmitter:
    """The codec emitter of ``service``'s protocol, for its package's ``layout``."""
    protocol = service.metadata.protocol
    try:
        return EMITTERS[protocol](service, layout)
    except KeyError:
        raise GeneratorError(
            f"no emitter for protocol {protocol!r} (emitters: {', '.join(sorted(EMITTERS))}); "
            "the loader should have refused this model: please report it"
        ) from None
