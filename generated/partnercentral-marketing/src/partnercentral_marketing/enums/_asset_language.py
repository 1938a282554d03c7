"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AssetLanguage(_OpenEnum):
    """A language a campaign is written and typeset in, as a BCP 47 tag.

    A closed set rather than a free string: each value is one DG can render, and a document
    needs a font for it, so a tag outside the set could not be honoured.
    """

    __module__ = __package__
    EN = "en"
    ES = "es"
    ES_419 = "es-419"
    FR = "fr"
    DE = "de"
    IT = "it"
    PT_BR = "pt-BR"
    ID = "id"
    TR = "tr"
    JA = "ja"
    KO = "ko"
    ZH_HANS = "zh-Hans"
    ZH_HANT = "zh-Hant"
    AR = "ar"
