"""Enumerations of the Partner Central Selling API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import Any as _Any

from ._runtime.model.open_enum import OpenEnum as _OpenEnum

if TYPE_CHECKING:
    from ._retired_enums import (
        MarketSegment as MarketSegment,
    )
else:

    def __getattr__(name: str) -> _Any:
        """Retired enums, still importable from here with a DeprecationWarning."""
        from . import _retired_enums

        if name not in _retired_enums.REASONS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import warnings

        warnings.warn(
            f"{__name__}.{name} is deprecated: {_retired_enums.REASONS[name]}",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(_retired_enums, name)


class AccessDeniedExceptionErrorCode(_OpenEnum):
    """The code that identifies why AWS Partner Central denied access to the requested
    operation.
    """

    INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE = "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"
    SEARCH_OPPORTUNITIES_NOT_ENABLED = "SEARCH_OPPORTUNITIES_NOT_ENABLED"
    SEARCH_OPPORTUNITIES_DATA_NOT_ROUTED_TO_DDB = "SEARCH_OPPORTUNITIES_DATA_NOT_ROUTED_TO_DDB"
    OPPORTUNITY_BULK_JOB_NOT_ENABLED = "OPPORTUNITY_BULK_JOB_NOT_ENABLED"


class AggregatableField(_OpenEnum):
    """The fields that you can group customer accounts by in `GetCustomerAccountStatistics`."""

    ENRICHMENT_STATUS = "ENRICHMENT_STATUS"
    AWS_INDUSTRY = "AWS_INDUSTRY"
    SEGMENT = "SEGMENT"
    REGION = "REGION"
    SOLUTION_CATEGORY = "SOLUTION_CATEGORY"
    ACCOUNT_PLANNING_QUALIFICATION = "ACCOUNT_PLANNING_QUALIFICATION"
    PROGRAM_ELIGIBILITY = "PROGRAM_ELIGIBILITY"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    GEO = "GEO"
    COUNTRY = "COUNTRY"
    SOLUTION_SCORE = "SOLUTION_SCORE"


class AwsClosedLostReason(_OpenEnum):
    """The reason that AWS gives for closing an opportunity as lost."""

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


class AwsFundingUsed(_OpenEnum):
    """Specifies whether a marketing development fund (MDF) funds the marketing activity. The
    value is `Yes` if an MDF funds the activity, or `No` if it doesn't.
    """

    YES = "Yes"
    NO = "No"


class AwsMemberBusinessTitle(_OpenEnum):
    """The business title of an AWS team member who works on the opportunity."""

    AWSSALESREP = "AWSSalesRep"
    AWSACCOUNTOWNER = "AWSAccountOwner"
    WWPSPDM = "WWPSPDM"
    PDM = "PDM"
    PSM = "PSM"
    ISVSM = "ISVSM"
    SIGNATORY = "Signatory"


class AwsOpportunityStage(_OpenEnum):
    """The stage of an AWS opportunity in its lifecycle."""

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


class AwsPartition(_OpenEnum):
    """The AWS partition where the opportunity will run. A partition is a group of AWS Regions
    with its own endpoints and IAM configuration. The only value is `aws-eusc`, which stands
    for the AWS European Sovereign Cloud.
    """

    AWS_EUSC = "aws-eusc"


class BulkFileFormat(_OpenEnum):
    """File format for bulk input and report files."""

    CSV = "CSV"


class BulkJobStatus(_OpenEnum):
    """Lifecycle status of a bulk job."""

    SUBMITTED = "SUBMITTED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class BulkOperationType(_OpenEnum):
    """The operation a bulk job performs on each record, determined by the template the partner
    uploads: BULK_CREATE creates new records, BULK_UPDATE updates existing ones.
    """

    BULK_CREATE = "BULK_CREATE"
    BULK_UPDATE = "BULK_UPDATE"


class BulkRecordStatus(_OpenEnum):
    """Outcome status for a single record in a bulk job."""

    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class BulkReportStatus(_OpenEnum):
    """Status of report-file generation."""

    NOT_STARTED = "NOT_STARTED"
    IN_PROGRESS = "IN_PROGRESS"
    AVAILABLE = "AVAILABLE"
    FAILED = "FAILED"
    EXPIRED = "EXPIRED"


class BulkReportType(_OpenEnum):
    """Type of report to generate."""

    FAILED_RECORDS = "FAILED_RECORDS"
    ALL_RECORDS = "ALL_RECORDS"


class Channel(_OpenEnum):
    """A marketing channel that the partner uses for a marketing activity."""

    AWS_MARKETING_CENTRAL = "AWS Marketing Central"
    CONTENT_SYNDICATION = "Content Syndication"
    DISPLAY = "Display"
    EMAIL = "Email"
    LIVE_EVENT = "Live Event"
    OUT_OF_HOME_OOH = "Out Of Home (OOH)"
    PRINT = "Print"
    SEARCH = "Search"
    SOCIAL = "Social"
    TELEMARKETING = "Telemarketing"
    TV = "TV"
    VIDEO = "Video"
    VIRTUAL_EVENT = "Virtual Event"


class ClosedLostReason(_OpenEnum):
    """The reason that the partner gives for closing an opportunity as lost."""

    CUSTOMER_DEFICIENCY = "Customer Deficiency"
    DELAY_CANCELLATION_OF_PROJECT = "Delay / Cancellation of Project"
    LEGAL_TAX_REGULATORY = "Legal / Tax / Regulatory"
    LOST_TO_COMPETITOR_GOOGLE = "Lost to Competitor - Google"
    LOST_TO_COMPETITOR_MICROSOFT = "Lost to Competitor - Microsoft"
    LOST_TO_COMPETITOR_SOFTLAYER = "Lost to Competitor - SoftLayer"
    LOST_TO_COMPETITOR_VMWARE = "Lost to Competitor - VMWare"
    LOST_TO_COMPETITOR_OTHER = "Lost to Competitor - Other"
    NO_OPPORTUNITY = "No Opportunity"
    ON_PREMISES_DEPLOYMENT = "On Premises Deployment"
    PARTNER_GAP = "Partner Gap"
    PRICE = "Price"
    SECURITY_COMPLIANCE = "Security / Compliance"
    TECHNICAL_LIMITATIONS = "Technical Limitations"
    CUSTOMER_EXPERIENCE = "Customer Experience"
    OTHER = "Other"
    PEOPLE_RELATIONSHIP_GOVERNANCE = "People/Relationship/Governance"
    PRODUCT_TECHNOLOGY = "Product/Technology"
    FINANCIAL_COMMERCIAL = "Financial/Commercial"


class CompetitorName(_OpenEnum):
    """The name of a competitor of the opportunity."""

    ORACLE_CLOUD = "Oracle Cloud"
    ON_PREM = "On-Prem"
    CO_LOCATION = "Co-location"
    AKAMAI = "Akamai"
    ALICLOUD = "AliCloud"
    GOOGLE_CLOUD_PLATFORM = "Google Cloud Platform"
    IBM_SOFTLAYER = "IBM Softlayer"
    MICROSOFT_AZURE = "Microsoft Azure"
    OTHER_COST_OPTIMIZATION = "Other- Cost Optimization"
    NO_COMPETITION = "No Competition"
    OTHER = "*Other"


class ContactWindow(_OpenEnum):
    """A part of the day when a contact prefers to be reached. Valid values are `MORNING`,
    `AFTERNOON`, and `EVENING`.
    """

    MORNING = "MORNING"
    AFTERNOON = "AFTERNOON"
    EVENING = "EVENING"


class CountryCode(_OpenEnum):
    """A two-letter country code, such as `US`."""

    US = "US"
    AF = "AF"
    AX = "AX"
    AL = "AL"
    DZ = "DZ"
    AS = "AS"
    AD = "AD"
    AO = "AO"
    AI = "AI"
    AQ = "AQ"
    AG = "AG"
    AR = "AR"
    AM = "AM"
    AW = "AW"
    AU = "AU"
    AT = "AT"
    AZ = "AZ"
    BS = "BS"
    BH = "BH"
    BD = "BD"
    BB = "BB"
    BY = "BY"
    BE = "BE"
    BZ = "BZ"
    BJ = "BJ"
    BM = "BM"
    BT = "BT"
    BO = "BO"
    BQ = "BQ"
    BA = "BA"
    BW = "BW"
    BV = "BV"
    BR = "BR"
    IO = "IO"
    BN = "BN"
    BG = "BG"
    BF = "BF"
    BI = "BI"
    KH = "KH"
    CM = "CM"
    CA = "CA"
    CV = "CV"
    KY = "KY"
    CF = "CF"
    TD = "TD"
    CL = "CL"
    CN = "CN"
    CX = "CX"
    CC = "CC"
    CO = "CO"
    KM = "KM"
    CG = "CG"
    CK = "CK"
    CR = "CR"
    CI = "CI"
    HR = "HR"
    CU = "CU"
    CW = "CW"
    CY = "CY"
    CZ = "CZ"
    CD = "CD"
    DK = "DK"
    DJ = "DJ"
    DM = "DM"
    DO = "DO"
    EC = "EC"
    EG = "EG"
    SV = "SV"
    GQ = "GQ"
    ER = "ER"
    EE = "EE"
    ET = "ET"
    FK = "FK"
    FO = "FO"
    FJ = "FJ"
    FI = "FI"
    FR = "FR"
    GF = "GF"
    PF = "PF"
    TF = "TF"
    GA = "GA"
    GM = "GM"
    GE = "GE"
    DE = "DE"
    GH = "GH"
    GI = "GI"
    GR = "GR"
    GL = "GL"
    GD = "GD"
    GP = "GP"
    GU = "GU"
    GT = "GT"
    GG = "GG"
    GN = "GN"
    GW = "GW"
    GY = "GY"
    HT = "HT"
    HM = "HM"
    VA = "VA"
    HN = "HN"
    HK = "HK"
    HU = "HU"
    IS = "IS"
    IN = "IN"
    ID = "ID"
    IR = "IR"
    IQ = "IQ"
    IE = "IE"
    IM = "IM"
    IL = "IL"
    IT = "IT"
    JM = "JM"
    JP = "JP"
    JE = "JE"
    JO = "JO"
    KZ = "KZ"
    KE = "KE"
    KI = "KI"
    KR = "KR"
    KW = "KW"
    KG = "KG"
    LA = "LA"
    LV = "LV"
    LB = "LB"
    LS = "LS"
    LR = "LR"
    LY = "LY"
    LI = "LI"
    LT = "LT"
    LU = "LU"
    MO = "MO"
    MK = "MK"
    MG = "MG"
    MW = "MW"
    MY = "MY"
    MV = "MV"
    ML = "ML"
    MT = "MT"
    MH = "MH"
    MQ = "MQ"
    MR = "MR"
    MU = "MU"
    YT = "YT"
    MX = "MX"
    FM = "FM"
    MD = "MD"
    MC = "MC"
    MN = "MN"
    ME = "ME"
    MS = "MS"
    MA = "MA"
    MZ = "MZ"
    MM = "MM"
    NA = "NA"
    NR = "NR"
    NP = "NP"
    NL = "NL"
    AN = "AN"
    NC = "NC"
    NZ = "NZ"
    NI = "NI"
    NE = "NE"
    NG = "NG"
    NU = "NU"
    NF = "NF"
    MP = "MP"
    NO = "NO"
    OM = "OM"
    PK = "PK"
    PW = "PW"
    PS = "PS"
    PA = "PA"
    PG = "PG"
    PY = "PY"
    PE = "PE"
    PH = "PH"
    PN = "PN"
    PL = "PL"
    PT = "PT"
    PR = "PR"
    QA = "QA"
    RE = "RE"
    RO = "RO"
    RU = "RU"
    RW = "RW"
    BL = "BL"
    SH = "SH"
    KN = "KN"
    LC = "LC"
    MF = "MF"
    PM = "PM"
    VC = "VC"
    WS = "WS"
    SM = "SM"
    ST = "ST"
    SA = "SA"
    SN = "SN"
    RS = "RS"
    SC = "SC"
    SL = "SL"
    SG = "SG"
    SX = "SX"
    SK = "SK"
    SI = "SI"
    SB = "SB"
    SO = "SO"
    ZA = "ZA"
    GS = "GS"
    SS = "SS"
    ES = "ES"
    LK = "LK"
    SD = "SD"
    SR = "SR"
    SJ = "SJ"
    SZ = "SZ"
    SE = "SE"
    CH = "CH"
    SY = "SY"
    TW = "TW"
    TJ = "TJ"
    TZ = "TZ"
    TH = "TH"
    TL = "TL"
    TG = "TG"
    TK = "TK"
    TO = "TO"
    TT = "TT"
    TN = "TN"
    TR = "TR"
    TM = "TM"
    TC = "TC"
    TV = "TV"
    UG = "UG"
    UA = "UA"
    AE = "AE"
    GB = "GB"
    UM = "UM"
    UY = "UY"
    UZ = "UZ"
    VU = "VU"
    VE = "VE"
    VN = "VN"
    VG = "VG"
    VI = "VI"
    WF = "WF"
    EH = "EH"
    YE = "YE"
    ZM = "ZM"
    ZW = "ZW"


class CurrencyCode(_OpenEnum):
    """A three-letter ISO 4217 currency code, such as `USD`."""

    USD = "USD"
    EUR = "EUR"
    GBP = "GBP"
    AUD = "AUD"
    CAD = "CAD"
    CNY = "CNY"
    NZD = "NZD"
    INR = "INR"
    JPY = "JPY"
    CHF = "CHF"
    SEK = "SEK"
    AED = "AED"
    AFN = "AFN"
    ALL = "ALL"
    AMD = "AMD"
    ANG = "ANG"
    AOA = "AOA"
    ARS = "ARS"
    AWG = "AWG"
    AZN = "AZN"
    BAM = "BAM"
    BBD = "BBD"
    BDT = "BDT"
    BGN = "BGN"
    BHD = "BHD"
    BIF = "BIF"
    BMD = "BMD"
    BND = "BND"
    BOB = "BOB"
    BOV = "BOV"
    BRL = "BRL"
    BSD = "BSD"
    BTN = "BTN"
    BWP = "BWP"
    BYN = "BYN"
    BZD = "BZD"
    CDF = "CDF"
    CHE = "CHE"
    CHW = "CHW"
    CLF = "CLF"
    CLP = "CLP"
    COP = "COP"
    COU = "COU"
    CRC = "CRC"
    CUC = "CUC"
    CUP = "CUP"
    CVE = "CVE"
    CZK = "CZK"
    DJF = "DJF"
    DKK = "DKK"
    DOP = "DOP"
    DZD = "DZD"
    EGP = "EGP"
    ERN = "ERN"
    ETB = "ETB"
    FJD = "FJD"
    FKP = "FKP"
    GEL = "GEL"
    GHS = "GHS"
    GIP = "GIP"
    GMD = "GMD"
    GNF = "GNF"
    GTQ = "GTQ"
    GYD = "GYD"
    HKD = "HKD"
    HNL = "HNL"
    HRK = "HRK"
    HTG = "HTG"
    HUF = "HUF"
    IDR = "IDR"
    ILS = "ILS"
    IQD = "IQD"
    IRR = "IRR"
    ISK = "ISK"
    JMD = "JMD"
    JOD = "JOD"
    KES = "KES"
    KGS = "KGS"
    KHR = "KHR"
    KMF = "KMF"
    KPW = "KPW"
    KRW = "KRW"
    KWD = "KWD"
    KYD = "KYD"
    KZT = "KZT"
    LAK = "LAK"
    LBP = "LBP"
    LKR = "LKR"
    LRD = "LRD"
    LSL = "LSL"
    LYD = "LYD"
    MAD = "MAD"
    MDL = "MDL"
    MGA = "MGA"
    MKD = "MKD"
    MMK = "MMK"
    MNT = "MNT"
    MOP = "MOP"
    MRU = "MRU"
    MUR = "MUR"
    MVR = "MVR"
    MWK = "MWK"
    MXN = "MXN"
    MXV = "MXV"
    MYR = "MYR"
    MZN = "MZN"
    NAD = "NAD"
    NGN = "NGN"
    NIO = "NIO"
    NOK = "NOK"
    NPR = "NPR"
    OMR = "OMR"
    PAB = "PAB"
    PEN = "PEN"
    PGK = "PGK"
    PHP = "PHP"
    PKR = "PKR"
    PLN = "PLN"
    PYG = "PYG"
    QAR = "QAR"
    RON = "RON"
    RSD = "RSD"
    RUB = "RUB"
    RWF = "RWF"
    SAR = "SAR"
    SBD = "SBD"
    SCR = "SCR"
    SDG = "SDG"
    SGD = "SGD"
    SHP = "SHP"
    SLL = "SLL"
    SOS = "SOS"
    SRD = "SRD"
    SSP = "SSP"
    STN = "STN"
    SVC = "SVC"
    SYP = "SYP"
    SZL = "SZL"
    THB = "THB"
    TJS = "TJS"
    TMT = "TMT"
    TND = "TND"
    TOP = "TOP"
    TRY = "TRY"
    TTD = "TTD"
    TWD = "TWD"
    TZS = "TZS"
    UAH = "UAH"
    UGX = "UGX"
    USN = "USN"
    UYI = "UYI"
    UYU = "UYU"
    UZS = "UZS"
    VEF = "VEF"
    VND = "VND"
    VUV = "VUV"
    WST = "WST"
    XAF = "XAF"
    XCD = "XCD"
    XDR = "XDR"
    XOF = "XOF"
    XPF = "XPF"
    XSU = "XSU"
    XUA = "XUA"
    YER = "YER"
    ZAR = "ZAR"
    ZMW = "ZMW"
    ZWL = "ZWL"


class CustomerAccountFailureReason(_OpenEnum):
    """The reason that a customer account needs your action."""

    DUPLICATE_CUSTOMER_MATCH = "DUPLICATE_CUSTOMER_MATCH"
    PROCESSING_ERROR = "PROCESSING_ERROR"


class DayOfWeek(_OpenEnum):
    """Days of the week — universally stable set, modeled as enum per API Design Guide."""

    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"


class DeliveryModel(_OpenEnum):
    """A model that the partner uses to deliver the solution to the customer."""

    SAAS_OR_PAAS = "SaaS or PaaS"
    BYOL_OR_AMI = "BYOL or AMI"
    MANAGED_SERVICES = "Managed Services"
    PROFESSIONAL_SERVICES = "Professional Services"
    RESELL = "Resell"
    OTHER = "Other"


class EngagementContextType(_OpenEnum):
    """The type of an engagement context. Valid values are `CustomerProject`, `Lead`,
    `ProspectingResult`, and `CustomerAccount`.
    """

    CUSTOMERPROJECT = "CustomerProject"
    LEAD = "Lead"
    PROSPECTINGRESULT = "ProspectingResult"
    CUSTOMERACCOUNT = "CustomerAccount"


class EngagementGroupSortName(_OpenEnum):
    """The engagement group fields that you can sort on in `ListEngagementGroups`."""

    COUNT = "Count"
    UPDATEDAT = "UpdatedAt"


class EngagementInvitationPayloadType(_OpenEnum):
    """The type of payload that an engagement invitation carries. Valid values are
    `OpportunityInvitation`, `LeadInvitation`, and `AccountPlanningInvitation`.
    """

    OPPORTUNITYINVITATION = "OpportunityInvitation"
    LEADINVITATION = "LeadInvitation"
    ACCOUNTPLANNINGINVITATION = "AccountPlanningInvitation"


class EngagementScore(_OpenEnum):
    """A score that AWS assigns to show how likely an opportunity is to succeed. Valid values
    are `High`, `Medium`, and `Low`.
    """

    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"


class EngagementSearchFilterName(_OpenEnum):
    """The engagement fields that you can filter on in `SearchEngagements`."""

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


class EngagementSortName(_OpenEnum):
    """The name of the field that sorts a list of engagements. The only valid value is
    `CreatedDate`.
    """

    CREATEDDATE = "CreatedDate"


class EnrichmentStatus(_OpenEnum):
    """The enrichment status of a customer account."""

    PENDING = "PENDING"
    ENRICHED = "ENRICHED"
    NO_MATCH_FOUND = "NO_MATCH_FOUND"
    ACTION_REQUIRED = "ACTION_REQUIRED"


class ExpectedContractDurationTerm(_OpenEnum):
    """The unit of measurement for the contract duration value. Currently accepts only
    `Months`.
    """

    MONTHS = "Months"


class FilterableField(_OpenEnum):
    """The fields that you can filter customer accounts on."""

    ENRICHMENT_STATUS = "ENRICHMENT_STATUS"
    COMPANY_NAME = "COMPANY_NAME"
    AWS_INDUSTRY = "AWS_INDUSTRY"
    ACCOUNT_PLANNING_QUALIFICATION = "ACCOUNT_PLANNING_QUALIFICATION"
    PROGRAM_ELIGIBILITY = "PROGRAM_ELIGIBILITY"
    IMPORT_ID = "IMPORT_ID"
    CREATED_DATE = "CREATED_DATE"
    LAST_MODIFIED_DATE = "LAST_MODIFIED_DATE"
    GEO = "GEO"
    COUNTRY = "COUNTRY"
    SEGMENT = "SEGMENT"
    SOLUTION_CATEGORY = "SOLUTION_CATEGORY"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    SOLUTION_SCORE = "SOLUTION_SCORE"


class Industry(_OpenEnum):
    """The industry that a company belongs to."""

    AEROSPACE = "Aerospace"
    AGRICULTURE = "Agriculture"
    AUTOMOTIVE = "Automotive"
    COMPUTERS_AND_ELECTRONICS = "Computers and Electronics"
    CONSUMER_GOODS = "Consumer Goods"
    EDUCATION = "Education"
    ENERGY_OIL_AND_GAS = "Energy - Oil and Gas"
    ENERGY_POWER_AND_UTILITIES = "Energy - Power and Utilities"
    FINANCIAL_SERVICES = "Financial Services"
    GAMING = "Gaming"
    GOVERNMENT = "Government"
    HEALTHCARE = "Healthcare"
    HOSPITALITY = "Hospitality"
    LIFE_SCIENCES = "Life Sciences"
    MANUFACTURING = "Manufacturing"
    MARKETING_AND_ADVERTISING = "Marketing and Advertising"
    MEDIA_AND_ENTERTAINMENT = "Media and Entertainment"
    MINING = "Mining"
    NON_PROFIT_ORGANIZATION = "Non-Profit Organization"
    PROFESSIONAL_SERVICES = "Professional Services"
    REAL_ESTATE_AND_CONSTRUCTION = "Real Estate and Construction"
    RETAIL = "Retail"
    SOFTWARE_AND_INTERNET = "Software and Internet"
    TELECOMMUNICATIONS = "Telecommunications"
    TRANSPORTATION_AND_LOGISTICS = "Transportation and Logistics"
    TRAVEL = "Travel"
    WHOLESALE_AND_DISTRIBUTION = "Wholesale and Distribution"
    OTHER = "Other"


class InvitationStatus(_OpenEnum):
    """The status of an engagement invitation. `PENDING` means the receiver hasn't responded
    yet. `ACCEPTED` and `REJECTED` mean the receiver accepted or rejected the invitation.
    `EXPIRED` means the invitation expired before the receiver responded.
    """

    ACCEPTED = "ACCEPTED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    EXPIRED = "EXPIRED"


class InvolvementTypeChangeReason(_OpenEnum):
    """The reason that the AWS involvement type of an opportunity changed."""

    EXPANSION_OPPORTUNITY = "Expansion Opportunity"
    CHANGE_IN_DEAL_INFORMATION = "Change in Deal Information"
    CUSTOMER_REQUESTED = "Customer Requested"
    TECHNICAL_COMPLEXITY = "Technical Complexity"
    RISK_MITIGATION = "Risk Mitigation"


class ListTasksSortName(_OpenEnum):
    """The name of the field that sorts a list of tasks. The only valid value is `StartTime`."""

    STARTTIME = "StartTime"


class MarketingSource(_OpenEnum):
    """The source of the marketing activity. Valid values are `Marketing Activity` and `None`."""

    MARKETING_ACTIVITY = "Marketing Activity"
    NONE = "None"


class NationalSecurity(_OpenEnum):
    """Specifies whether the opportunity involves national security. The value is `Yes` if it
    does, or `No` if it doesn't.
    """

    YES = "Yes"
    NO = "No"


class OpportunityEngagementInvitationSortName(_OpenEnum):
    """The name of the field that sorts a list of engagement invitations. The only valid value
    is `InvitationDate`.
    """

    INVITATIONDATE = "InvitationDate"


class OpportunityOrigin(_OpenEnum):
    """The origin of an opportunity. Valid values are `AWS Referral` and `Partner Referral`."""

    AWS_REFERRAL = "AWS Referral"
    PARTNER_REFERRAL = "Partner Referral"


class OpportunitySearchFilterName(_OpenEnum):
    """The name of an opportunity field that an opportunity search condition can apply to."""

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


class OpportunitySortName(_OpenEnum):
    """The name of the field that sorts a list of opportunities."""

    LASTMODIFIEDDATE = "LastModifiedDate"
    IDENTIFIER = "Identifier"
    CUSTOMERCOMPANYNAME = "CustomerCompanyName"
    CREATEDDATE = "CreatedDate"
    TARGETCLOSEDATE = "TargetCloseDate"


class OpportunityType(_OpenEnum):
    """The type of an opportunity. Valid values are `Net New Business`, `Flat Renewal`, and
    `Expansion`.
    """

    NET_NEW_BUSINESS = "Net New Business"
    FLAT_RENEWAL = "Flat Renewal"
    EXPANSION = "Expansion"


class ParticipantType(_OpenEnum):
    """The role of the caller in an engagement invitation. Valid values are `SENDER` and
    `RECEIVER`.
    """

    SENDER = "SENDER"
    RECEIVER = "RECEIVER"


class PaymentFrequency(_OpenEnum):
    """How often the customer pays the expected spend. Set this value to `Monthly`."""

    MONTHLY = "Monthly"


class PrimaryNeedFromAws(_OpenEnum):
    """A type of help that the partner needs from AWS on an opportunity."""

    CO_SELL_ARCHITECTURAL_VALIDATION = "Co-Sell - Architectural Validation"
    CO_SELL_BUSINESS_PRESENTATION = "Co-Sell - Business Presentation"
    CO_SELL_COMPETITIVE_INFORMATION = "Co-Sell - Competitive Information"
    CO_SELL_PRICING_ASSISTANCE = "Co-Sell - Pricing Assistance"
    CO_SELL_TECHNICAL_CONSULTATION = "Co-Sell - Technical Consultation"
    CO_SELL_TOTAL_COST_OF_OWNERSHIP_EVALUATION = "Co-Sell - Total Cost of Ownership Evaluation"
    CO_SELL_DEAL_SUPPORT = "Co-Sell - Deal Support"
    CO_SELL_SUPPORT_FOR_PUBLIC_TENDER_RFX = "Co-Sell - Support for Public Tender / RFx"


class ProspectingFromEngagementTaskSortName(_OpenEnum):
    """The fields available for sorting results from `ListProspectingFromEngagementTasks`.
    Valid values are `StartTime`, `TaskName`, and `FailedEngagementCount`.
    """

    STARTTIME = "StartTime"
    TASKNAME = "TaskName"
    FAILEDENGAGEMENTCOUNT = "FailedEngagementCount"


class ProspectingTaskStatus(_OpenEnum):
    """The current execution state of a prospecting task. A task transitions from `PENDING` to
    `IN_PROGRESS` when processing begins, and then to either `COMPLETED` or `FAILED` when
    processing ends.
    """

    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"


class ReadinessLevel(_OpenEnum):
    """The readiness level of an engagement group, which indicates the recommended call to
    action for its leads.
    """

    SALESREADY = "SalesReady"
    MARKETINGREADY = "MarketingReady"
    LOWPOTENTIAL = "LowPotential"


class ReasonCode(_OpenEnum):
    """A code that identifies the reason that a task failed."""

    INVITATIONACCESSDENIED = "InvitationAccessDenied"
    INVITATIONVALIDATIONFAILED = "InvitationValidationFailed"
    ENGAGEMENTACCESSDENIED = "EngagementAccessDenied"
    OPPORTUNITYACCESSDENIED = "OpportunityAccessDenied"
    RESOURCESNAPSHOTJOBACCESSDENIED = "ResourceSnapshotJobAccessDenied"
    RESOURCESNAPSHOTJOBVALIDATIONFAILED = "ResourceSnapshotJobValidationFailed"
    RESOURCESNAPSHOTJOBCONFLICT = "ResourceSnapshotJobConflict"
    ENGAGEMENTVALIDATIONFAILED = "EngagementValidationFailed"
    ENGAGEMENTCONFLICT = "EngagementConflict"
    OPPORTUNITYSUBMISSIONFAILED = "OpportunitySubmissionFailed"
    ENGAGEMENTINVITATIONCONFLICT = "EngagementInvitationConflict"
    INTERNALERROR = "InternalError"
    OPPORTUNITYVALIDATIONFAILED = "OpportunityValidationFailed"
    OPPORTUNITYCONFLICT = "OpportunityConflict"
    RESOURCESNAPSHOTACCESSDENIED = "ResourceSnapshotAccessDenied"
    RESOURCESNAPSHOTVALIDATIONFAILED = "ResourceSnapshotValidationFailed"
    RESOURCESNAPSHOTCONFLICT = "ResourceSnapshotConflict"
    SERVICEQUOTAEXCEEDED = "ServiceQuotaExceeded"
    REQUESTTHROTTLED = "RequestThrottled"
    CONTEXTNOTFOUND = "ContextNotFound"
    CUSTOMERPROJECTCONTEXTNOTPERMITTED = "CustomerProjectContextNotPermitted"
    DISQUALIFIEDLEADNOTPERMITTED = "DisqualifiedLeadNotPermitted"


class ReceiverResponsibility(_OpenEnum):
    """A responsibility that the receiver of an engagement invitation has in the engagement."""

    DISTRIBUTOR = "Distributor"
    RESELLER = "Reseller"
    HARDWARE_PARTNER = "Hardware Partner"
    MANAGED_SERVICE_PROVIDER = "Managed Service Provider"
    SOFTWARE_PARTNER = "Software Partner"
    SERVICES_PARTNER = "Services Partner"
    TRAINING_PARTNER = "Training Partner"
    CO_SELL_FACILITATOR = "Co-Sell Facilitator"
    FACILITATOR = "Facilitator"


class RelatedEntityType(_OpenEnum):
    """The type of an entity that you associate with an opportunity. Valid values are
    `Solutions`, `AwsProducts`, `AwsMarketplaceOffers`, `AwsMarketplaceOfferSets`,
    `AwsMarketplaceSolutions`, and `AwsMarketplaceProducts`.
    """

    SOLUTIONS = "Solutions"
    AWSPRODUCTS = "AwsProducts"
    AWSMARKETPLACEOFFERS = "AwsMarketplaceOffers"
    AWSMARKETPLACEOFFERSETS = "AwsMarketplaceOfferSets"
    AWSMARKETPLACESOLUTIONS = "AwsMarketplaceSolutions"
    AWSMARKETPLACEPRODUCTS = "AwsMarketplaceProducts"


class ResourceSnapshotJobStatus(_OpenEnum):
    """The status of a resource snapshot job. `Running` means the job is actively running.
    `Stopped` means the job isn't running.
    """

    RUNNING = "Running"
    STOPPED = "Stopped"


class ResourceType(_OpenEnum):
    """The type of a resource. The only valid value is `Opportunity`."""

    OPPORTUNITY = "Opportunity"


class RevenueModel(_OpenEnum):
    """The payment type or procurement method that the customer uses to acquire the solution.
    You can specify `Contract`, `Pay-as-you-go`, or `Subscription`.
    """

    CONTRACT = "Contract"
    PAY_AS_YOU_GO = "Pay-as-you-go"
    SUBSCRIPTION = "Subscription"


class ReviewStatus(_OpenEnum):
    """The review status of an opportunity."""

    PENDING_SUBMISSION = "Pending Submission"
    SUBMITTED = "Submitted"
    IN_REVIEW = "In review"
    APPROVED = "Approved"
    REJECTED = "Rejected"
    ACTION_REQUIRED = "Action Required"


class SalesActivity(_OpenEnum):
    """A sales activity that the partner completed for the opportunity."""

    INITIALIZED_DISCUSSIONS_WITH_CUSTOMER = "Initialized discussions with customer"
    CUSTOMER_HAS_SHOWN_INTEREST_IN_SOLUTION = "Customer has shown interest in solution"
    CONDUCTED_POC_DEMO = "Conducted POC / Demo"
    IN_EVALUATION_PLANNING_STAGE = "In evaluation / planning stage"
    AGREED_ON_SOLUTION_TO_BUSINESS_PROBLEM = "Agreed on solution to Business Problem"
    COMPLETED_ACTION_PLAN = "Completed Action Plan"
    FINALIZED_DEPLOYMENT_NEED = "Finalized Deployment Need"
    SOW_SIGNED = "SOW Signed"


class SalesInvolvementType(_OpenEnum):
    """The type of AWS involvement in an opportunity. Valid values are `For Visibility Only`
    and `Co-Sell`.
    """

    FOR_VISIBILITY_ONLY = "For Visibility Only"
    CO_SELL = "Co-Sell"


class SearchEngagementScore(_OpenEnum):
    """A score that AWS assigns to show how likely an opportunity is to succeed. Valid values
    are `High`, `Medium`, and `Low`.
    """

    HIGH = "High"
    MEDIUM = "Medium"
    LOW = "Low"


class SolutionSortName(_OpenEnum):
    """The name of the field that sorts a list of solutions."""

    IDENTIFIER = "Identifier"
    NAME = "Name"
    STATUS = "Status"
    CATEGORY = "Category"
    CREATEDDATE = "CreatedDate"


class SolutionStatus(_OpenEnum):
    """The status of a partner solution. `Active` means the solution is available, `Inactive`
    means it is no longer available, and `Draft` means it isn't published yet.
    """

    ACTIVE = "Active"
    INACTIVE = "Inactive"
    DRAFT = "Draft"


class SortBy(_OpenEnum):
    """The name of the field that sorts a list of resource snapshot jobs. The only valid value
    is `CreatedDate`.
    """

    CREATEDDATE = "CreatedDate"


class SortOrder(_OpenEnum):
    """The direction of a sort. Valid values are `ASCENDING` and `DESCENDING`."""

    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"


class SortableField(_OpenEnum):
    """The fields that you can sort customer accounts by."""

    COMPANY_NAME = "COMPANY_NAME"
    CREATED_DATE = "CREATED_DATE"
    LAST_MODIFIED_DATE = "LAST_MODIFIED_DATE"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    SOLUTION_SCORE = "SOLUTION_SCORE"


class Stage(_OpenEnum):
    """The stage of an opportunity in its lifecycle."""

    PROSPECT = "Prospect"
    QUALIFIED = "Qualified"
    TECHNICAL_VALIDATION = "Technical Validation"
    BUSINESS_VALIDATION = "Business Validation"
    COMMITTED = "Committed"
    LAUNCHED = "Launched"
    CLOSED_LOST = "Closed Lost"


class TaskStatus(_OpenEnum):
    """The status of a task. `IN_PROGRESS` means the task is still running, `COMPLETE` means it
    finished successfully, and `FAILED` means it encountered an error.
    """

    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"


class ValidationExceptionErrorCode(_OpenEnum):
    """The code that identifies the type of validation error."""

    REQUIRED_FIELD_MISSING = "REQUIRED_FIELD_MISSING"
    INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE"
    INVALID_STRING_FORMAT = "INVALID_STRING_FORMAT"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_ENOUGH_VALUES = "NOT_ENOUGH_VALUES"
    TOO_MANY_VALUES = "TOO_MANY_VALUES"
    INVALID_RESOURCE_STATE = "INVALID_RESOURCE_STATE"
    DUPLICATE_KEY_VALUE = "DUPLICATE_KEY_VALUE"
    VALUE_OUT_OF_RANGE = "VALUE_OUT_OF_RANGE"
    ACTION_NOT_PERMITTED = "ACTION_NOT_PERMITTED"


class ValidationExceptionReason(_OpenEnum):
    """The reason that a request failed validation. Valid values are
    `REQUEST_VALIDATION_FAILED` and `BUSINESS_VALIDATION_FAILED`.
    """

    REQUEST_VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED"
    BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED"


class Visibility(_OpenEnum):
    """Controls how much of the AWS involvement in an opportunity the partner can see. Valid
    values are `Full` and `Limited`.
    """

    FULL = "Full"
    LIMITED = "Limited"
