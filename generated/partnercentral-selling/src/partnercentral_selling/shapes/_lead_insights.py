"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, CreateEngagementContext, GetEngagement,
GetEngagementInvitation, SearchEngagements and UpdateEngagementContext calls hold,
imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CountryCode,
        DayOfWeek,
        Industry,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._lead_insights"


class BestOutreachWindow(_Structure):
    """A single recommended outreach window for one day, expressed in Coordinated Universal
    Time (UTC).

    Attributes:
        day: The day of the week that this outreach window applies to. Required.
        start_time_utc: The inclusive start of the outreach window, in Coordinated
            Universal Time (UTC), in 24-hour... Required.
        end_time_utc: The exclusive end of the outreach window, in Coordinated Universal
            Time (UTC), in 24-hour `HH:mm`... Required.
    """

    __module__ = __package__
    __slots__ = (
        "day",
        "start_time_utc",
        "end_time_utc",
    )
    _WIRE_NAMES = frozenset(
        (
            "Day",
            "StartTimeUtc",
            "EndTimeUtc",
        )
    )
    _REQUIRED = (
        "Day",
        "StartTimeUtc",
        "EndTimeUtc",
    )
    _CODECS = _CODEC_MODULE

    day: DayOfWeek | str
    start_time_utc: str
    end_time_utc: str

    def __init__(
        self,
        *,
        day: DayOfWeek | _types.DayOfWeekValue,
        start_time_utc: str,
        end_time_utc: str,
    ) -> None:
        self.day = day
        self.start_time_utc = start_time_utc
        self.end_time_utc = end_time_utc


class ChannelRecommendation(_Structure):
    """Aggregated outreach guidance for leads that share the same country, geography, region,
    and company segment. It names the outreach channel most commonly recommended for that
    group and, optionally, the days and times that channel is best used. This is group-level
    guidance. It doesn't describe an individual lead's contact history or rank
    recommendations for a specific lead.

    Attributes:
        recommended_channel: The recommended outreach channel for the group of similar
            leads. Required.
        best_outreach_windows: The recommended day-specific outreach windows for the
            recommended channel, expressed in...
    """

    __module__ = __package__
    __slots__ = (
        "recommended_channel",
        "best_outreach_windows",
    )
    _WIRE_NAMES = frozenset(
        (
            "RecommendedChannel",
            "BestOutreachWindows",
        )
    )
    _REQUIRED = ("RecommendedChannel",)
    _CODECS = _CODEC_MODULE

    recommended_channel: str
    best_outreach_windows: _Sequence[BestOutreachWindow] | None

    def __init__(
        self,
        *,
        recommended_channel: str,
        best_outreach_windows: _types.SequenceNotStr[BestOutreachWindow] | None = None,
    ) -> None:
        self.recommended_channel = recommended_channel
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.best_outreach_windows = best_outreach_windows  # type: ignore[assignment]


class LeadInsights(_Structure):
    """Contains insights that AI generates for a lead. These insights provide automated
    analysis to help partners evaluate the lead quality and prioritize engagement efforts.

    Attributes:
        lead_readiness_score: A score that indicates the lead's readiness for
            engagement.
        channel_recommendation: The outreach channel most commonly recommended for leads
            that share this lead's country...
    """

    __module__ = __package__
    __slots__ = (
        "lead_readiness_score",
        "channel_recommendation",
    )
    _WIRE_NAMES = frozenset(
        (
            "LeadReadinessScore",
            "ChannelRecommendation",
        )
    )
    _CODECS = _CODEC_MODULE

    lead_readiness_score: str | None
    channel_recommendation: ChannelRecommendation | None

    def __init__(
        self,
        *,
        lead_readiness_score: str | None = None,
        channel_recommendation: ChannelRecommendation | None = None,
    ) -> None:
        self.lead_readiness_score = lead_readiness_score
        self.channel_recommendation = channel_recommendation


class ProspectingInsights(_Structure):
    """Contains insights that AI generates from the prospecting analysis. These insights
    include marketplace engagement scoring, solution fit assessments, and solution
    categorization for the prospected customer.

    Attributes:
        marketplace_engagement_score: A score that indicates the prospected customer's
            level of engagement with AWS Marketplace.
        solution_score: A score that indicates how well the partner's solution fits the
            prospected customer's needs.
        solution_category: The primary solution category classification for the
            prospected customer.
        solution_sub_category: The solution sub-category classification for the
            prospected customer.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_engagement_score",
        "solution_score",
        "solution_category",
        "solution_sub_category",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceEngagementScore",
            "SolutionScore",
            "SolutionCategory",
            "SolutionSubCategory",
        )
    )
    _CODECS = _CODEC_MODULE

    marketplace_engagement_score: str | None
    solution_score: str | None
    solution_category: str | None
    solution_sub_category: str | None

    def __init__(
        self,
        *,
        marketplace_engagement_score: str | None = None,
        solution_score: str | None = None,
        solution_category: str | None = None,
        solution_sub_category: str | None = None,
    ) -> None:
        self.marketplace_engagement_score = marketplace_engagement_score
        self.solution_score = solution_score
        self.solution_category = solution_category
        self.solution_sub_category = solution_sub_category


class ProspectingResultCustomer(_Structure):
    """Contains detailed information about the prospected customer account, including company
    identifiers, geographic classification, industry segmentation, and program eligibility.

    Attributes:
        account_name: The name of the prospected customer account.
        geo: The geographic region classification of the prospected customer account.
        region: The specific region of the prospected customer account.
        sub_region: The subregion classification of the prospected customer account.
        country: The country code of the prospected customer account.
        industry: The industry classification of the prospected customer account.
        sub_industry: The sub-industry classification of the prospected customer
            account.
        segment: The market segment classification of the prospected customer account.
        company_size: The company size classification of the prospected customer
            account.
        eligible_programs: A list of AWS Greenfield programs that the prospected
            customer is eligible for.
        public_profile_summary: A summary of publicly available information about the
            prospected customer.
    """

    __module__ = __package__
    __slots__ = (
        "account_name",
        "geo",
        "region",
        "sub_region",
        "country",
        "industry",
        "sub_industry",
        "segment",
        "company_size",
        "eligible_programs",
        "public_profile_summary",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountName",
            "Geo",
            "Region",
            "SubRegion",
            "Country",
            "Industry",
            "SubIndustry",
            "Segment",
            "CompanySize",
            "EligiblePrograms",
            "PublicProfileSummary",
        )
    )
    _SENSITIVE = frozenset(("country",))
    _CODECS = _CODEC_MODULE

    account_name: str | None
    geo: str | None
    region: str | None
    sub_region: str | None
    country: CountryCode | str | None
    industry: Industry | str | None
    sub_industry: str | None
    segment: str | None
    company_size: str | None
    eligible_programs: _Sequence[str] | None
    public_profile_summary: str | None

    def __init__(
        self,
        *,
        account_name: str | None = None,
        geo: str | None = None,
        region: str | None = None,
        sub_region: str | None = None,
        country: CountryCode | _types.CountryCodeValue | None = None,
        industry: Industry | _types.IndustryValue | None = None,
        sub_industry: str | None = None,
        segment: str | None = None,
        company_size: str | None = None,
        eligible_programs: _types.SequenceNotStr[str] | None = None,
        public_profile_summary: str | None = None,
    ) -> None:
        self.account_name = account_name
        self.geo = geo
        self.region = region
        self.sub_region = sub_region
        self.country = country
        self.industry = industry
        self.sub_industry = sub_industry
        self.segment = segment
        self.company_size = company_size
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.eligible_programs = eligible_programs  # type: ignore[assignment]
        self.public_profile_summary = public_profile_summary
