"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class OpportunitySearchFilterName(_OpenEnum):
    """The name of an opportunity field that an opportunity search condition can apply to."""

    __module__ = __package__
    OPPORTUNITYID = "OpportunityId"
    STAGE = "Stage"
    REVIEWSTATUS = "ReviewStatus"
    CUSTOMERCOMPANYNAME = "CustomerCompanyName"
    LASTMODIFIEDDATE = "LastModifiedDate"
    TARGETCLOSEDATE = "TargetCloseDate"
    CREATEDDATE = "CreatedDate"
    COUNTRYCODE = "CountryCode"
    PARTNERPROJECTTITLE = "PartnerProjectTitle"
    OPPORTUNITYTYPE = "OpportunityType"
    PARTNEROPPORTUNITYIDENTIFIER = "PartnerOpportunityIdentifier"
    INDUSTRY = "Industry"
    AWSACCOUNTID = "AwsAccountId"
    APNPROGRAMS = "ApnPrograms"
    ORIGIN = "Origin"
    TAGS = "Tags"
    NEXTSTEP = "NextStep"
    OFFERID = "OfferId"
    OFFERSETID = "OfferSetId"
    AWSMARKETPLACESOLUTION = "AwsMarketplaceSolution"
    COSELLMOTION = "CosellMotion"
    OPPORTUNITYOWNER = "OpportunityOwner"
    ESTIMATEDMRR = "EstimatedMrr"
    ENGAGEMENTSCORE = "EngagementScore"


class OpportunitySearchSortName(_OpenEnum):
    """The name of an opportunity field that you can use to sort opportunity search results."""

    __module__ = __package__
    OPPORTUNITYID = "OpportunityId"
    STAGE = "Stage"
    REVIEWSTATUS = "ReviewStatus"
    CUSTOMERCOMPANYNAME = "CustomerCompanyName"
    LASTMODIFIEDDATE = "LastModifiedDate"
    TARGETCLOSEDATE = "TargetCloseDate"
    CREATEDDATE = "CreatedDate"
    COUNTRYCODE = "CountryCode"
    PARTNERPROJECTTITLE = "PartnerProjectTitle"
    OPPORTUNITYTYPE = "OpportunityType"
    PARTNEROPPORTUNITYIDENTIFIER = "PartnerOpportunityIdentifier"
    INDUSTRY = "Industry"
    AWSACCOUNTID = "AwsAccountId"
    ORIGIN = "Origin"
    NEXTSTEP = "NextStep"
    COSELLMOTION = "CosellMotion"
    OPPORTUNITYOWNER = "OpportunityOwner"
    ENGAGEMENTSCORE = "EngagementScore"
    ESTIMATEDMRR = "EstimatedMrr"
    TAGS = "Tags"
    OFFERID = "OfferId"
    OFFERSETID = "OfferSetId"
    APNPROGRAMS = "ApnPrograms"


class SearchEngagementScore(_OpenEnum):
    """A score that AWS assigns to show how likely an opportunity is to succeed. Valid values
    are `High`, `Medium`, and `Low`.
    """

    __module__ = __package__
    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"
