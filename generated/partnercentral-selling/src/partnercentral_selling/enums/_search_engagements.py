"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class EngagementSearchFilterName(_OpenEnum):
    """The engagement fields that you can filter on in `SearchEngagements`."""

    __module__ = __package__
    ENGAGEMENTID = "EngagementId"
    TITLE = "Title"
    PARTNERID = "PartnerId"
    CREATEDAT = "CreatedAt"
    LASTMODIFIEDAT = "LastModifiedAt"
    MEMBERCOUNT = "MemberCount"
    PROSPECTINGCUSTOMERGEO = "ProspectingCustomerGeo"
    PROSPECTINGCUSTOMERREGION = "ProspectingCustomerRegion"
    PROSPECTINGCUSTOMERINDUSTRY = "ProspectingCustomerIndustry"
    PROSPECTINGCUSTOMERSEGMENT = "ProspectingCustomerSegment"
    PROSPECTINGCUSTOMERCOUNTRY = "ProspectingCustomerCountry"
    PROSPECTINGCUSTOMERCOMPANYSIZE = "ProspectingCustomerCompanySize"
    PROSPECTINGINSIGHTSMARKETPLACEENGAGEMENTSCORE = "ProspectingInsightsMarketplaceEngagementScore"
    PROSPECTINGINSIGHTSSOLUTIONCATEGORY = "ProspectingInsightsSolutionCategory"
    PROSPECTINGINSIGHTSSOLUTIONSUBCATEGORY = "ProspectingInsightsSolutionSubCategory"
    LEADQUALIFICATIONSTATUS = "LeadQualificationStatus"
    LEADREADINESSSCORE = "LeadReadinessScore"
    LEADCUSTOMERINDUSTRY = "LeadCustomerIndustry"
    LEADCUSTOMERCOUNTRYCODE = "LeadCustomerCountryCode"
    LEADCUSTOMERAWSMATURITY = "LeadCustomerAwsMaturity"
    LEADCUSTOMERMARKETSEGMENT = "LeadCustomerMarketSegment"
    LEADINTERACTIONSSOURCETYPE = "LeadInteractionsSourceType"
    LEADCUSTOMERCOMPANYNAME = "LeadCustomerCompanyName"
    LEADINTERACTIONSCONTACTFIRSTNAME = "LeadInteractionsContactFirstName"
    LEADINTERACTIONSCONTACTLASTNAME = "LeadInteractionsContactLastName"
    LEADINTERACTIONSUSECASE = "LeadInteractionsUsecase"
    LEADINTERACTIONSSOURCENAME = "LeadInteractionsSourceName"
    LEADINTERACTIONSCONTACTBUSINESSTITLE = "LeadInteractionsContactBusinessTitle"
    CONTEXTTYPE = "ContextType"


class EngagementSearchSortName(_OpenEnum):
    """The engagement fields that you can sort on in `SearchEngagements`. Text and score fields
    sort in lexical (string) order.
    """

    __module__ = __package__
    ENGAGEMENTID = "EngagementId"
    TITLE = "Title"
    PARTNERID = "PartnerId"
    CREATEDAT = "CreatedAt"
    LASTMODIFIEDAT = "LastModifiedAt"
    MEMBERCOUNT = "MemberCount"
    PROSPECTINGCUSTOMERGEO = "ProspectingCustomerGeo"
    PROSPECTINGCUSTOMERREGION = "ProspectingCustomerRegion"
    PROSPECTINGCUSTOMERINDUSTRY = "ProspectingCustomerIndustry"
    PROSPECTINGCUSTOMERSEGMENT = "ProspectingCustomerSegment"
    PROSPECTINGCUSTOMERCOUNTRY = "ProspectingCustomerCountry"
    PROSPECTINGCUSTOMERCOMPANYSIZE = "ProspectingCustomerCompanySize"
    PROSPECTINGINSIGHTSMARKETPLACEENGAGEMENTSCORE = "ProspectingInsightsMarketplaceEngagementScore"
    PROSPECTINGINSIGHTSSOLUTIONCATEGORY = "ProspectingInsightsSolutionCategory"
    PROSPECTINGINSIGHTSSOLUTIONSUBCATEGORY = "ProspectingInsightsSolutionSubCategory"
    LEADQUALIFICATIONSTATUS = "LeadQualificationStatus"
    LEADREADINESSSCORE = "LeadReadinessScore"
    LEADCUSTOMERINDUSTRY = "LeadCustomerIndustry"
    LEADCUSTOMERCOUNTRYCODE = "LeadCustomerCountryCode"
    LEADCUSTOMERAWSMATURITY = "LeadCustomerAwsMaturity"
    LEADCUSTOMERMARKETSEGMENT = "LeadCustomerMarketSegment"
    LEADCUSTOMERCOMPANYNAME = "LeadCustomerCompanyName"
    LEADINTERACTIONSCONTACTFIRSTNAME = "LeadInteractionsContactFirstName"
    LEADINTERACTIONSCONTACTLASTNAME = "LeadInteractionsContactLastName"
    LEADINTERACTIONSUSECASE = "LeadInteractionsUsecase"
    LEADINTERACTIONSCONTACTBUSINESSTITLE = "LeadInteractionsContactBusinessTitle"
