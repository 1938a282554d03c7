"""Interceptors: your code at named points of every call (the clients' ``extensions=`` option).

Subclass `Interceptor` and override the hooks you need; each takes the call's
`InterceptorContext` (the operation's name, its typed input, then the `HttpRequest`,
the `HttpResponse` and the typed output as the call reaches them). ``read_*`` hooks
observe; ``modify_*`` hooks return the value the call continues with. Hooks run in
the order the interceptors were given, on the calling thread (or task); an exception
raised by a hook ends the call with it. The hooks from ``modify_before_signing`` to
``read_after_deserialization`` run once per attempt, on a fresh copy of the request.

```python
from partnercentral_revenue_measurement import PartnerCentralRevenueMeasurementClient
from partnercentral_revenue_measurement.extensions import HttpRequest, Interceptor, InterceptorContext


class Tracing(Interceptor):
    def modify_before_signing(self, context: InterceptorContext) -> HttpRequest:
        request = super().modify_before_signing(context)
        request.headers["X-Trace-Id"] = "trace-123"  # added before signing: signed too
        return request


client = PartnerCentralRevenueMeasurementClient(region="us-east-1", extensions=[Tracing()])
```

A custom request handler (the ``request_handler=`` option) is the other extension
point: see the `transport` module.
"""

from __future__ import annotations

from typed_aws_runtime.pipeline.interceptors import Interceptor, InterceptorContext
from typed_aws_runtime.transports.http import HttpRequest, HttpResponse

__all__ = ["HttpRequest", "HttpResponse", "Interceptor", "InterceptorContext"]
