"""The service's endpoint rule set (endpoint-rule-set-1.json).

Evaluated by ``typed_aws_runtime/config/endpoints.py``.
"""

from typing import Any

RULE_SET: dict[str, Any] = {
    "version": "1.0",
    "parameters": {
        "UseFIPS": {
            "builtIn": "AWS::UseFIPS",
            "required": True,
            "default": False,
            "documentation": "When true, send this request to the FIPS-compliant regional endpoint. If the configured endpoint does not have a FIPS compliant endpoint, dispatching the request will return an error.",
            "type": "boolean",
        },
        "Endpoint": {
            "builtIn": "SDK::Endpoint",
            "required": False,
            "documentation": "Override the endpoint used to send this request",
            "type": "string",
        },
        "Region": {
            "builtIn": "AWS::Region",
            "required": False,
            "documentation": "The AWS region used to dispatch the request.",
            "type": "string",
        },
    },
    "rules": [
        {
            "conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
            "rules": [
                {
                    "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}],
                    "error": "Invalid Configuration: FIPS and custom endpoint are not supported",
                    "type": "error",
                },
                {
                    "conditions": [],
                    "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}},
                    "type": "endpoint",
                },
            ],
            "type": "tree",
        },
        {
            "conditions": [],
            "rules": [
                {
                    "conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
                    "rules": [
                        {
                            "conditions": [
                                {
                                    "fn": "aws.partition",
                                    "argv": [{"ref": "Region"}],
                                    "assign": "PartitionResult",
                                }
                            ],
                            "rules": [
                                {
                                    "conditions": [
                                        {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, True]}
                                    ],
                                    "endpoint": {
                                        "url": "https://partnercentral-marketing-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                        "properties": {},
                                        "headers": {},
                                    },
                                    "type": "endpoint",
                                },
                                {
                                    "conditions": [],
                                    "endpoint": {
                                        "url": "https://partnercentral-marketing.{Region}.{PartitionResult#dualStackDnsSuffix}",
                                        "properties": {},
                                        "headers": {},
                                    },
                                    "type": "endpoint",
                                },
                            ],
                            "type": "tree",
                        }
                    ],
                    "type": "tree",
                },
                {
                    "conditions": [],
                    "error": "Invalid Configuration: Missing Region",
                    "type": "error",
                },
            ],
            "type": "tree",
        },
    ],
}
