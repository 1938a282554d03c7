"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AwsClosedLostReason(_OpenEnum):
    """The reason that AWS gives for closing an opportunity as lost."""

    __module__ = __package__
    ADMINISTRATIVE = "Administrative"
    BUSINESS_ASSOCIATE_AGREEMENT = "Business Associate Agreement"
    COMPANY_ACQUIRED_DISSOLVED = "Company Acquired/Dissolved"
    COMPETITIVE_OFFERING = "Competitive Offering"
    CUSTOMER_DATA_REQUIREMENT = "Customer Data Requirement"
    CUSTOMER_DEFICIENCY = "Customer Deficiency"
    CUSTOMER_EXPERIENCE = "Customer Experience"
    DELAY_CANCELLATION_OF_PROJECT = "Delay / Cancellation of Project"
    DUPLICATE = "Duplicate"
    DUPLICATE_OPPORTUNITY = "Duplicate Opportunity"
    EXECUTIVE_BLOCKER = "Executive Blocker"
    FAILED_VETTING = "Failed Vetting"
    FEATURE_LIMITATION = "Feature Limitation"
    FINANCIAL_COMMERCIAL = "Financial/Commercial"
    INSUFFICIENT_AMAZON_VALUE = "Insufficient Amazon Value"
    INSUFFICIENT_AWS_VALUE = "Insufficient AWS Value"
    INTERNATIONAL_CONSTRAINTS = "International Constraints"
    LEGAL_TAX_REGULATORY = "Legal / Tax / Regulatory"
    LEGAL_TERMS_AND_CONDITIONS = "Legal Terms and Conditions"
    LOST_TO_COMPETITOR = "Lost to Competitor"
    LOST_TO_COMPETITOR_GOOGLE = "Lost to Competitor - Google"
    LOST_TO_COMPETITOR_MICROSOFT = "Lost to Competitor - Microsoft"
    LOST_TO_COMPETITOR_OTHER = "Lost to Competitor - Other"
    LOST_TO_COMPETITOR_RACKSPACE = "Lost to Competitor - Rackspace"
    LOST_TO_COMPETITOR_SOFTLAYER = "Lost to Competitor - SoftLayer"
    LOST_TO_COMPETITOR_VMWARE = "Lost to Competitor - VMWare"
    NO_CUSTOMER_REFERENCE = "No Customer Reference"
    NO_INTEGRATION_RESOURCES = "No Integration Resources"
    NO_OPPORTUNITY = "No Opportunity"
    NO_PERCEIVED_VALUE_OF_MP = "No Perceived Value of MP"
    NO_RESPONSE = "No Response"
    NOT_COMMITTED_TO_AWS = "Not Committed to AWS"
    NO_UPDATE = "No Update"
    ON_PREMISES_DEPLOYMENT = "On Premises Deployment"
    OTHER = "Other"
    OTHER_DETAILS_IN_DESCRIPTION = "Other (Details in Description)"
    PARTNER_GAP = "Partner Gap"
    PAST_DUE = "Past Due"
    PEOPLE_RELATIONSHIP_GOVERNANCE = "People/Relationship/Governance"
    PLATFORM_TECHNOLOGY_LIMITATION = "Platform Technology Limitation"
    PREFERENCE_FOR_COMPETITOR = "Preference for Competitor"
    PRICE = "Price"
    PRODUCT_TECHNOLOGY = "Product/Technology"
    PRODUCT_NOT_ON_AWS = "Product Not on AWS"
    SECURITY_COMPLIANCE = "Security / Compliance"
    SELF_SERVICE = "Self-Service"
    TECHNICAL_LIMITATIONS = "Technical Limitations"
    TERM_SHEET_IMPASSE = "Term Sheet Impasse"


class AwsMemberBusinessTitle(_OpenEnum):
    """The business title of an AWS team member who works on the opportunity."""

    __module__ = __package__
    AWSSALESREP = "AWSSalesRep"
    AWSACCOUNTOWNER = "AWSAccountOwner"
    WWPSPDM = "WWPSPDM"
    PDM = "PDM"
    PSM = "PSM"
    ISVSM = "ISVSM"
    SIGNATORY = "Signatory"


class AwsOpportunityStage(_OpenEnum):
    """The stage of an AWS opportunity in its lifecycle."""

    __module__ = __package__
    NOT_STARTED = "Not Started"
    IN_PROGRESS = "In Progress"
    PROSPECT = "Prospect"
    ENGAGED = "Engaged"
    IDENTIFIED = "Identified"
    QUALIFY = "Qualify"
    RESEARCH = "Research"
    SELLER_ENGAGED = "Seller Engaged"
    EVALUATING = "Evaluating"
    SELLER_REGISTERED = "Seller Registered"
    TERM_SHEET_NEGOTIATION = "Term Sheet Negotiation"
    CONTRACT_NEGOTIATION = "Contract Negotiation"
    ONBOARDING = "Onboarding"
    BUILDING_INTEGRATION = "Building Integration"
    QUALIFIED = "Qualified"
    ON_HOLD = "On-hold"
    TECHNICAL_VALIDATION = "Technical Validation"
    BUSINESS_VALIDATION = "Business Validation"
    COMMITTED = "Committed"
    LAUNCHED = "Launched"
    DEFERRED_TO_PARTNER = "Deferred to Partner"
    CLOSED_LOST = "Closed Lost"
    COMPLETED = "Completed"
    CLOSED_INCOMPLETE = "Closed Incomplete"


class EngagementScore(_OpenEnum):
    """A score that AWS assigns to show how likely an opportunity is to succeed. Valid values
    are `High`, `Medium`, and `Low`.
    """

    __module__ = __package__
    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"


class InvolvementTypeChangeReason(_OpenEnum):
    """The reason that the AWS involvement type of an opportunity changed."""

    __module__ = __package__
    EXPANSION_OPPORTUNITY = "Expansion Opportunity"
    CHANGE_IN_DEAL_INFORMATION = "Change in Deal Information"
    CUSTOMER_REQUESTED = "Customer Requested"
    TECHNICAL_COMPLEXITY = "Technical Complexity"
    RISK_MITIGATION = "Risk Mitigation"
