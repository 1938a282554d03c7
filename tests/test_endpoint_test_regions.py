"""An endpoint test case whose Region the client refuses when built is skipped with why.

Found by ``make all-services``: OpenSearch Memory's rule set tests that ``us-east-1/#`` is
refused by the rules; the generated client refuses it earlier, at construction (as
botocore's does), so the case cannot reach the rules.
"""

from __future__ import annotations

from generator.emit.views import endpoint_tests


def test_a_region_that_is_no_host_label_is_skipped_with_its_reason() -> None:
    calls = [{"options": {"region": "us-east-1/#"}}]
    try:
        endpoint_tests._check_region_name(calls)
    except endpoint_tests._Inexpressible as reason:
        assert "us-east-1/#" in str(reason) and "before the endpoint rules run" in str(reason)
    else:
        raise AssertionError("the case was not skipped")
    endpoint_tests._check_region_name([{"options": {"region": "us-east-1"}}, {"options": {}}])
