"""The views the templates call: Python facts about the IR, one module per concern.

:class:`PythonView` is every concern in one object (the templates' ``view``); the wire
codecs are not here but in the service's protocol emitter (the templates' ``protocol``, see
:mod:`generator.emit.protocols`).
"""

from __future__ import annotations

from .docs import DocsView
from .emulator import EmulatorView
from .endpoint_tests import EndpointTestsView
from .errors import ErrorsView
from .events import EventsView
from .modules import ModulesView
from .operations import OperationsView
from .workflows import WorkflowsView


class PythonView(
    DocsView,
    OperationsView,
    ModulesView,
    EventsView,
    WorkflowsView,
    EndpointTestsView,
    ErrorsView,
    EmulatorView,
):
    """Types, docstrings, examples, operation tables, module indexes, events, workflows,
    the endpoint test cases, the errors' field lists and the emulator's model tables."""


__all__ = ["PythonView"]
