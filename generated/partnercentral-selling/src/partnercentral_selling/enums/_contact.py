"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AwsPartition(_OpenEnum):
    """The AWS partition where the opportunity will run. A partition is a group of AWS Regions
    with its own endpoints and IAM configuration. The only value is `aws-eusc`, which stands
    for the AWS European Sovereign Cloud.
    """

    __module__ = __package__
    AWS_EUSC = "aws-eusc"
