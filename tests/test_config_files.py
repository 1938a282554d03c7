"""The shared config and credentials files: paths, profiles, syntax, errors.

Every test writes real files under a temporary HOME. The parser is checked
against botocore's (the reference) on a set of tricky files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from runtime.config.config_files import ConfigFileError, SharedConfig, parse_ini

AWS_VARIABLES = (
    "AWS_PROFILE",
    "AWS_DEFAULT_PROFILE",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary HOME with an empty ~/.aws, and no AWS_* file or profile variables."""
    home = tmp_path / "home"
    (home / ".aws").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for name in AWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return home


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- file locations and profile selection ----------------------------------------


def test_default_paths_are_under_home(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\nregion = eu-west-1\n")
    write(home / ".aws" / "credentials", "[default]\naws_access_key_id = AKIDHOME\n")
    shared = SharedConfig.load()
    assert shared.config_path == str(home / ".aws" / "config")
    assert shared.credentials_path == str(home / ".aws" / "credentials")
    assert shared.profile_name == "default"
    assert shared.profile_exists
    assert shared.get("region") == "eu-west-1"
    assert shared.credentials_value("aws_access_key_id") == "AKIDHOME"


def test_environment_variables_move_the_files_and_expand_tilde(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(home / "elsewhere" / "cfg", "[profile dev]\nregion = ap-south-1\n")
    write(home / "elsewhere" / "creds", "[dev]\naws_access_key_id = AKIDDEV\n")
    monkeypatch.setenv("AWS_CONFIG_FILE", "~/elsewhere/cfg")
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", "$HOME/elsewhere/creds")
    shared = SharedConfig.load(profile="dev")
    assert shared.config_path == str(home / "elsewhere" / "cfg")
    assert shared.credentials_path == str(home / "elsewhere" / "creds")
    assert shared.get("region") == "ap-south-1"
    assert shared.credentials_value("aws_access_key_id") == "AKIDDEV"


def test_environ_mapping_is_used_instead_of_os_environ(tmp_path: Path) -> None:
    config = write(tmp_path / "c", "[profile ci]\nregion = us-west-2\n")
    environ = {"AWS_CONFIG_FILE": str(config), "AWS_PROFILE": "ci", "HOME": str(tmp_path)}
    shared = SharedConfig.load(environ=environ)
    assert shared.profile_name == "ci"
    assert not shared.profile_from_argument
    assert shared.get("region") == "us-west-2"
    assert shared.credentials_path == str(tmp_path / ".aws" / "credentials")


def test_profile_argument_then_aws_default_profile_then_aws_profile_then_default() -> None:
    environ = {"AWS_PROFILE": "p", "AWS_DEFAULT_PROFILE": "dp", "HOME": "/nonexistent"}
    assert SharedConfig.load("arg", environ).profile_name == "arg"
    assert SharedConfig.load("arg", environ).profile_from_argument
    # botocore reads AWS_DEFAULT_PROFILE before AWS_PROFILE.
    assert SharedConfig.load(None, environ).profile_name == "dp"
    assert SharedConfig.load(None, {"AWS_PROFILE": "p", "HOME": "/x"}).profile_name == "p"
    assert SharedConfig.load(None, {"AWS_PROFILE": "", "HOME": "/x"}).profile_name == "default"


def test_missing_files_are_empty(home: Path) -> None:
    shared = SharedConfig.load(profile="nope")
    assert not shared.profile_exists
    assert shared.get("region") is None
    assert shared.credentials_value("aws_access_key_id") is None
    assert shared.service_setting("partnercentral_selling", "endpoint_url") is None
    assert shared.describe("config").endswith("config (not found)")


def test_a_directory_in_place_of_a_file_counts_as_missing(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_CONFIG_FILE", str(home))
    assert SharedConfig.load().describe("config").endswith("(not found)")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_counts_as_missing_and_says_so(home: Path) -> None:
    path = write(home / ".aws" / "config", "[default]\nregion = x\n")
    path.chmod(0)
    shared = SharedConfig.load()
    assert shared.get("region") is None
    assert "unreadable" in shared.describe("config")


# -- profiles ----------------------------------------------------------------


def test_profile_sections_need_the_prefix_in_config_but_not_in_credentials(home: Path) -> None:
    write(
        home / ".aws" / "config",
        "[dev]\nregion = wrong\n\n[profile dev]\nregion = right\n",
    )
    write(
        home / ".aws" / "credentials",
        "[profile dev]\naws_access_key_id = WRONG\n\n[dev]\naws_access_key_id = RIGHT\n",
    )
    shared = SharedConfig.load(profile="dev")
    assert shared.get("region") == "right"
    assert shared.credentials_value("aws_access_key_id") == "RIGHT"
    assert shared.profile_names() == ["dev", "profile dev"]


def test_default_profile_may_be_written_with_or_without_prefix(home: Path) -> None:
    write(home / ".aws" / "config", "[profile default]\nregion = us-east-2\n")
    assert SharedConfig.load().get("region") == "us-east-2"
    write(home / ".aws" / "config", "[default]\nregion = us-east-1\n")
    assert SharedConfig.load().get("region") == "us-east-1"


def test_quoted_profile_names(home: Path) -> None:
    write(home / ".aws" / "config", '[profile "my team"]\nregion = eu-north-1\n')
    assert SharedConfig.load(profile="my team").get("region") == "eu-north-1"


def test_profile_exists_from_either_file(home: Path) -> None:
    write(home / ".aws" / "config", "[profile a]\nregion = x\n")
    write(home / ".aws" / "credentials", "[b]\naws_access_key_id = y\n")
    assert SharedConfig.load(profile="a").profile_exists
    assert SharedConfig.load(profile="b").profile_exists
    assert not SharedConfig.load(profile="c").profile_exists


def test_credentials_file_overrides_config_key_by_key(home: Path) -> None:
    write(
        home / ".aws" / "config",
        "[profile p]\naws_access_key_id = FROMCONFIG\naws_session_token = TOKCONFIG\n"
        "region = eu-west-3\n",
    )
    write(home / ".aws" / "credentials", "[p]\naws_access_key_id = FROMCREDS\n")
    shared = SharedConfig.load(profile="p")
    assert shared.credentials_value("aws_access_key_id") == "FROMCREDS"
    assert shared.credentials_value("aws_session_token") == "TOKCONFIG"
    assert shared.credentials_file_value("aws_session_token") is None
    assert shared.config_file_value("aws_access_key_id") == "FROMCONFIG"
    assert shared.get("region") == "eu-west-3"


def test_keys_are_case_insensitive_and_colon_is_a_delimiter(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\nRegion: sa-east-1\nMAX_ATTEMPTS=7\n")
    shared = SharedConfig.load()
    assert shared.get("region") == "sa-east-1"
    assert shared.get("max_attempts") == "7"
    assert shared.get("MAX_ATTEMPTS") == "7"


# -- syntax --------------------------------------------------------------------


def test_comments_blank_lines_and_no_inline_comments(home: Path) -> None:
    write(
        home / ".aws" / "config",
        "# leading comment\n"
        "; another\n"
        "\n"
        "[default]\n"
        "  # indented comment\n"
        "region = us-east-1 # not a comment, as in botocore\n"
        "\n"
        "retry_mode = standard\n",
    )
    shared = SharedConfig.load()
    assert shared.get("region") == "us-east-1 # not a comment, as in botocore"
    assert shared.get("retry_mode") == "standard"


def test_nested_services_section(home: Path) -> None:
    write(
        home / ".aws" / "config",
        "[profile dev]\n"
        "services = local\n"
        "\n"
        "[services local]\n"
        "partnercentral_selling =\n"
        "  endpoint_url = http://127.0.0.1:4566\n"
        "  # a comment inside\n"
        "\n"
        "  region = us-east-1\n"
        "s3 =\n"
        "  endpoint_url = http://s3.local\n",
    )
    shared = SharedConfig.load(profile="dev")
    setting = shared.service_setting
    assert setting("partnercentral_selling", "endpoint_url") == "http://127.0.0.1:4566"
    assert setting("PartnerCentral Selling", "endpoint_url") == "http://127.0.0.1:4566"
    assert setting("partnercentral-selling", "region") == "us-east-1"
    assert setting("s3", "endpoint_url") == "http://s3.local"
    assert setting("ec2", "endpoint_url") is None
    assert setting("partnercentral_selling", "max_attempts") is None


def test_nested_profile_key_is_a_dict_not_a_string(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\ns3 =\n    addressing_style = path\n")
    shared = SharedConfig.load()
    assert shared.get("s3") is None
    assert shared.get_nested("s3") == {"addressing_style": "path"}


def test_a_profile_naming_a_missing_services_section_is_an_error(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\nservices = gone\n")
    with pytest.raises(ConfigFileError, match=r"no \[services gone\] section"):
        SharedConfig.load().service_setting("partnercentral_selling", "endpoint_url")


def test_sso_session_sections(home: Path) -> None:
    write(
        home / ".aws" / "config",
        "[profile sso]\nsso_session = corp\n\n[sso-session corp]\n"
        "sso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n",
    )
    shared = SharedConfig.load(profile="sso")
    assert shared.get("sso_session") == "corp"
    session = shared.sso_session("corp")
    assert session is not None and session["sso_region"] == "us-east-1"
    assert shared.sso_session("other") is None


def test_multi_line_value_that_is_not_nested(home: Path) -> None:
    write(home / ".aws" / "config", "[default]\nnote = first\n  second\nregion = r\n")
    shared = SharedConfig.load()
    assert shared.get("note") == "first\nsecond"
    assert shared.get("region") == "r"


def test_default_section_applies_to_every_section() -> None:
    shared = SharedConfig.from_text("[DEFAULT]\nregion = d\n[profile a]\nx = 1\n", profile="a")
    assert shared.get("region") == "d"


def test_windows_line_endings(home: Path) -> None:
    (home / ".aws" / "config").write_bytes(b"[default]\r\nregion = eu-west-2\r\n")
    assert SharedConfig.load().get("region") == "eu-west-2"


# -- errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            "[default]\nregion = x\naws_secret_access_key SECRETVALUE\n",
            3,
            "expected 'name = value'",
        ),
        ("region = x\n[default]\n", 1, "before the first [section]"),
        ("[default]\n = nothing\n", 2, "expected 'name = value'"),
        ("[default]\na = 1\n[default]\nb = 2\n", 3, "section [default] appears a second time"),
        ("[default]\na = 1\nA = 2\n", 3, "key 'a' appears a second time"),
        ("[services s]\nsvc =\n  endpoint_url = x\n  SECRETVALUE\n", 4, "nested section"),
    ],
)
def test_malformed_file_names_file_and_line_without_echoing_it(
    home: Path, text: str, line: int, fragment: str
) -> None:
    path = write(home / ".aws" / "credentials", text)
    with pytest.raises(ConfigFileError) as caught:
        SharedConfig.load()
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ")
    assert fragment in message
    assert "SECRETVALUE" not in message
    assert caught.value.path == str(path) and caught.value.line == line


def test_file_that_is_not_utf8(home: Path) -> None:
    (home / ".aws" / "config").write_bytes(b"[default]\nregion = \xff\xfe\n")
    with pytest.raises(ConfigFileError, match="not UTF-8"):
        SharedConfig.load()


def test_config_file_error_is_an_sdk_error() -> None:
    from runtime.exceptions import SdkError

    with pytest.raises(SdkError):
        parse_ini("oops\n", "<text>")


# -- botocore as the reference ----------------------------------------------------

SAMPLES = [
    "[default]\nregion = us-east-1\n",
    "[default]\nregion=us-east-1\noutput:json\n",
    "# c\n;c\n[profile a]\n  # c\nx = 1 # not a comment\ny = a=b\n",
    "[profile a]\ns3 =\n  addressing_style = path\n  signature_version = s3v4\nz = 2\n",
    "[profile a]\ns3 =\n\n  k = v\n\n\n  k2 = v2\n\nnext = 1\n",
    "[profile a]\nnote = one\n  two\n   three\n",
    "[profile a]\n  indented_key = 1\n",
    "[DEFAULT]\nregion = d\n[profile a]\nx = 1\n[profile b]\nregion = b\n",
    "[ profile spaced ]\nx = 1\n[profile]\ny = 2\n[services s]\nsts =\n  endpoint_url = e\n",
    "[profile a] ; trailing text\nx = 1\n[sso-session corp]\nsso_region = r\n",
    "[profile a]\nEmpty =\nCaps = Value\n",
    "[profile a]\nsvc =\n  Endpoint_URL = e\n",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_parser_agrees_with_botocore(tmp_path: Path, text: str) -> None:
    configloader = pytest.importorskip("botocore.configloader")
    path = write(tmp_path / "config", text)
    assert parse_ini(text, str(path)) == configloader.raw_config_parse(str(path))
    expected = configloader.load_config(str(path))
    shared = SharedConfig.from_text(text)
    assert shared._profiles == expected["profiles"]
    assert shared._services == expected["services"]
    assert shared._sso_sessions == expected["sso_sessions"]


@pytest.mark.parametrize(
    "text",
    [
        "region = x\n",
        "[a]\nno delimiter\n",
        "[a]\nx = 1\n[a]\ny = 2\n",
        "[a]\nx = 1\nx = 2\n",
        "[a]\nsvc =\n  novalue\n",
    ],
)
def test_parser_rejects_what_botocore_rejects(tmp_path: Path, text: str) -> None:
    configloader = pytest.importorskip("botocore.configloader")
    exceptions = pytest.importorskip("botocore.exceptions")
    path = write(tmp_path / "config", text)
    with pytest.raises(exceptions.ConfigParseError):
        configloader.raw_config_parse(str(path))
    with pytest.raises(ConfigFileError):
        parse_ini(text, str(path))
