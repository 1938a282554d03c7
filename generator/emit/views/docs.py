"""Docstrings of generated classes and methods (Google-style sections, Markdown text)."""

from __future__ import annotations

import json

from ...docs.markdown import first_sentence
from ...model import paging
from ...model.ir import Acceptor, Operation, RateLimitPreset, Shape, Waiter
from ...model.paging import Pagination
from .examples import ExamplesView
from .text import described_list, field_entries, field_list, wrap
from .types import TypesView


class DocsView(TypesView, ExamplesView):
    """Docstrings: classes, unions, operations, commands, waiters and paginators."""

    def class_doc(self, shape: Shape, extra: str = "") -> str:
        """A shape class's docstring: its docs, ``extra``, then one line per member."""
        parts = [shape.documentation or shape.name]
        if extra:
            parts.append(extra)
        if shape.members:
            parts.append(field_list("Attributes", shape.members))
        return "\n\n".join(parts)

    def union_doc(self, shape: Shape) -> str:
        variants = ", ".join(f"`{m.variant_class}`" for m in shape.members)
        usage = wrap(
            f"A union: set exactly one variant by building one of {variants}. A variant "
            f"added to the service later is received as `{shape.unknown_variant_class}`."
        )
        return f"{shape.documentation or shape.name}\n\n{usage}"

    def operation_doc(self, operation: Operation, asynchronous: bool = False) -> str:
        """The method docstring: the operation's docs, arguments, result, errors, an example."""
        parts = [operation.documentation or operation.name]
        if operation.input and self.shape(operation.input).members:
            # In the signature's order: the required arguments first.
            members = self.shape(operation.input).members
            parts.append(
                field_list("Args", sorted(members, key=lambda m: not m.required_argument))
            )
        if operation.output:
            parts.append(f"Returns:\n    {self.shape(operation.output).python_name}")
        errors = [self.shape(name) for name in operation.errors]
        modeled = [(e.python_name, first_sentence(e.documentation)) for e in errors]
        parts.append(described_list("Raises", modeled + self.generic_errors(bool(errors))))
        parts.append(self.operation_example(operation, asynchronous))
        return "\n\n".join(parts)

    def command_doc(self, operation: Operation) -> str:
        """A Command class's docstring: the operation's summary and how to send it."""
        method = f"`{self.service.client_name}.{operation.method_name}`"
        if operation.input:
            request = self.shape(operation.input).python_name
            usage = (
                f"Run it with `client.send({operation.command_name}({{...}}))`, passing a "
                f"`{request}` or a mapping with its wire (PascalCase) member names."
            )
        else:
            usage = f"Run it with `client.send({operation.command_name}())`."
        result = self.output_annotation(operation)
        usage += f" The call returns `{result}`; its arguments and errors are those of {method}."
        summary = first_sentence(operation.documentation) or operation.name
        return f"{wrap(summary)}\n\n{wrap(usage)}"

    def generic_errors(self, after_modeled: bool) -> list[tuple[str, str]]:
        """The ``Raises`` entries every operation shares, after its modeled errors."""
        other = "Any other" if after_modeled else "Any"
        return [
            (
                self.service.error_base_name,
                f"{other} error the service returns (its `code` names it).",
            ),
            ("ParamValidationError", "An argument is missing or of the wrong type; nothing sent."),
            ("TransportError", "No response arrived, retries included (connection, timeout)."),
            ("ResponseParseError", "The response is not the modeled output."),
        ]

    def waiter_doc(self, waiter: Waiter) -> str:
        """The docstring of a ``wait_until_*`` method: what it polls, its acceptors, its options."""
        operation = self.operations_by_name[waiter.operation]
        method = f"`{operation.method_name}`"
        description = waiter.description or f"Wait until {waiter.name}, polling {method}."
        parts = [
            "\n\n".join(wrap(paragraph) for paragraph in description.split("\n\n")),
            wrap(
                f"Calls {method} every {waiter.delay} seconds, at most {waiter.max_attempts} "
                "times, until one of these rules, checked in order after each call, ends the "
                "wait (an error no rule names raises `WaiterError`):"
            )
            + "\n\n"
            + "\n".join(wrap(f"- {_acceptor_phrase(a)}", "", "  ") for a in waiter.acceptors),
        ]
        if waiter.supplementary:
            parts.append(
                wrap(
                    "The service's model has no such waiter: this package adds it, written in "
                    "the model's waiter format and run by the same rules as the model's waiters."
                )
            )
        args = list(self.shape(operation.input).members) if operation.input else []
        entries = field_entries(args) + [
            ("delay", f"Seconds between calls (default {waiter.delay})."),
            ("max_attempts", f"Calls in all, the first included (default {waiter.max_attempts})."),
            ("max_wait", "Seconds after which no new call starts (default: no limit)."),
        ]
        parts.append(described_list("Args", entries))
        result = self.waiter_result(waiter)
        if result != "None":
            returned = f"{result}: the output of the call that ended the wait"
            if waiter.succeeds_on_error:
                returned += ", or None when an error did"
            returned += "."
            parts.append("Returns:\n" + wrap(returned, "    "))
        parts.append(
            described_list(
                "Raises",
                [
                    ("WaiterError", "A failure rule matched, or an error no rule names."),
                    (
                        "WaiterTimeoutError",
                        "No rule ended the wait within `max_attempts` calls or `max_wait` seconds.",
                    ),
                ],
            )
        )
        return "\n\n".join(parts)

    def rate_limits_module_doc(self) -> str:
        """The ``rate_limits`` module's docstring: how to opt in, what it does, each preset."""
        service = self.service
        presets = service.customization.rate_limits
        parts = [
            "Client-side rate limits: calls paced to the service's published quotas (opt-in).",
            "Pass a preset's name, or a `RateLimits`, as the client's `rate_limits` option:",
            f"```python\nfrom {service.package_name} import {service.client_name}\n\n"
            f"client = {service.client_name}(\n"
            f'    region="us-east-1", rate_limits={json.dumps(presets[0].name)}\n)\n```',
            wrap(
                "Each attempt of a call (retries included) first waits for a slot of its "
                "operation group, so a bulk job runs at the quota's pace (5% under it, for the "
                "jitter between sending and the service's count) instead of meeting throttling "
                "errors. The budgets are the process's: every client, thread or "
                "task signing for the same account (the credentials' account id, else their "
                "access key id) in the same region shares them. A group's daily quota is "
                "counted over the last 24 hours; when it is spent, a call raises "
                "`QuotaExhaustedError` at once (nothing is sent; its `retry_after` says when "
                "one more is allowed) rather than sleeping for hours. Other processes are not "
                "counted: give each its share with `RateLimits.scaled()`. Change figures or "
                "groups with `RateLimits.with_limits()`."
            ),
        ]
        for preset in presets:
            parts.append(
                wrap(
                    f"`{json.dumps(preset.name)}`: {preset.documentation} Source: <{preset.source}>."
                )
            )
            parts.append(self.rate_limit_groups(preset))
        return "\n\n".join(parts)

    def rate_limit_groups(self, preset: RateLimitPreset) -> str:
        """A rate limit preset's groups as a Markdown list: figures, then operations."""
        lines = []
        for group in preset.groups:
            figures = f"{group.rate:g} per second, burst {group.burst}"
            if group.daily_quota is not None:
                figures += f", {group.daily_quota:,} per 24 hours"
            operations = ", ".join(group.operations)
            lines.append(
                wrap(
                    f"- `{group.name}` ({group.documentation}): {figures}: {operations}", "", "  "
                )
            )
        if preset.unlimited:
            lines.append(wrap(f"- not paced: {', '.join(preset.unlimited)}", "", "  "))
        return "\n".join(lines)

    def paginator_doc(self, pages: Pagination, paginator_class: str) -> str:
        """A ``paginate_*`` method's docstring: what it pages, its items and arguments."""
        operation = pages.operation
        method = f"`{operation.method_name}`"
        sent = " and ".join(f"`{name}`" for name in pages.input_names)
        received = " and ".join(f"`page.{name}`" for name in pages.output_names)
        item = self.item_annotation(pages)
        if pages.items is None:
            items = "Its pages have no result list, so `items()` raises TypeError."
        else:
            path = paging.spell(pages.items.path)
            items = f"`items()` yields the `{item}` elements of each page's `{path}` in turn."
        limit = f", `{pages.limit.python_name}` as the page size" if pages.limit else ""
        output = self.output_annotation(operation)
        parts = [
            f"Every page of {method}, fetched lazily.",
            wrap(
                f"Each page is a `{output}`, requested when the loop reaches it. {items} Every "
                f"request carries the arguments below{limit}; {received} goes into the next "
                f"request's {sent}, until a page has none. Iterating raises what {method} raises."
            ),
        ]
        if len(pages.input_tokens) == 1:
            start = f"The first request's {sent}: a {received} from an earlier pagination."
        else:
            start = f"A tuple of the first request's {sent}, from an earlier pagination."
        entries = field_entries(pages.arguments) + [("starting_token", start)]
        parts.append(described_list("Args", entries))
        parts.append(
            "Returns:\n" + wrap(f"{paginator_class}[{output}, {item}]", "    ", "        ")
        )
        return "\n\n".join(parts)


_ACCEPTOR_STATES = {"success": "done", "failure": "failed", "retry": "keep waiting"}


def _acceptor_phrase(acceptor: Acceptor) -> str:
    """An acceptor in words, for a docstring: ``done when `Table.TableStatus` is "ACTIVE"``."""
    expected = json.dumps(acceptor.expected)
    argument = _code(acceptor.argument or "")
    if acceptor.matcher == "path":
        condition = f"{argument} is {expected}"
    elif acceptor.matcher == "pathAll":
        condition = f"every {argument} is {expected} (and there is at least one)"
    elif acceptor.matcher == "pathAny":
        condition = f"any {argument} is {expected}"
    elif acceptor.matcher == "status":
        condition = f"the HTTP status is {expected}"
    elif acceptor.expected is True:
        condition = "the call raises any error"
    elif acceptor.expected is False:
        condition = "the call raises no error"
    else:
        condition = f"the call raises `{acceptor.expected}`"
    return f"{_ACCEPTOR_STATES[acceptor.state]} when {condition}"


def _code(text: str) -> str:
    """``text`` as a Markdown code span (JMESPath literals hold backticks themselves)."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"
