"""Protocol emitters: how each wire protocol's generated codecs are spelled.

The templates reach the service's emitter as ``protocol``; :func:`emitter` picks it by the
protocol the loader chose (``Service.metadata.protocol``). Adding a protocol is one module
here, registered in :data:`EMITTERS`, beside its runtime module and its loader entry.
"""

from __future__ import annotations

from ...errors import GeneratorError
from ...model.ir import Service
from .awsjson import AwsJsonEmitter

EMITTERS: dict[str, type[AwsJsonEmitter]] = {"json": AwsJsonEmitter}


def emitter(service: Service) -> AwsJsonEmitter:
    """The codec emitter of ``service``'s protocol."""
    protocol = service.metadata.protocol
    try:
        return EMITTERS[protocol](service)
    except KeyError:
        raise GeneratorError(
            f"no emitter for protocol {protocol!r} (emitters: {', '.join(sorted(EMITTERS))}); "
            "the loader should have refused this model: please report it"
        ) from None
