"""The shared AWS config and credentials files, read the way botocore reads them.

``~/.aws/config`` holds ``[default]``, ``[profile NAME]``, ``[services NAME]``
and ``[sso-session NAME]`` sections; ``~/.aws/credentials`` holds ``[NAME]``
sections. ``AWS_CONFIG_FILE`` and ``AWS_SHARED_CREDENTIALS_FILE`` move them.

The syntax is that of Python's ``configparser.RawConfigParser`` as botocore
uses it, reimplemented here so that an error names the file and line without
echoing the line (it may hold a secret):

* ``key = value`` or ``key: value``; keys are case-insensitive (lower-cased),
  section names are not;
* whole-line comments start with ``#`` or ``;`` (possibly indented); there are
  no inline comments: ``region = us-east-1 # x`` is the value ``us-east-1 # x``,
  as in botocore and the AWS CLI;
* a line indented deeper than its key continues the key's value; a key whose
  value starts on the next line (``s3 =`` followed by indented ``key = value``
  lines) is a nested section, read as a dict;
* a ``[DEFAULT]`` section supplies defaults to every other section;
* a section or a key appearing twice in one file is an error.

A missing (or unreadable) file counts as empty, as in botocore.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Union

from ..exceptions import SdkError

# A key's value: text, or a nested section (``key =`` then indented lines).
Value = Union[str, dict[str, str]]
Section = dict[str, Value]

DEFAULT_CONFIG_FILE = "~/.aws/config"
DEFAULT_CREDENTIALS_FILE = "~/.aws/credentials"

_SECTION_HEADER = re.compile(r"\[(?P<header>.+)\]")
_OPTION = re.compile(r"(?P<option>.*?)\s*[=:]\s*(?P<value>.*)$")
_ENV_REFERENCE = re.compile(r"\$(\w+|\{[^}]*\})")


class ConfigFileError(SdkError, ValueError):
    """A shared config or credentials file cannot be used.

    ``path`` is the file; ``line`` the 1-based line number, when one line is
    at fault. The message never quotes the line itself (it may hold a secret).
    """

    def __init__(self, problem: str, *, path: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


def parse_ini(text: str, path: str) -> dict[str, Section]:
    """Parse the text of one config or credentials file into sections.

    ``path`` is used in error messages only. Raises :class:`ConfigFileError`.
    """
    raw: dict[str, dict[str, list[tuple[int, str]]]] = {}
    defaults: dict[str, list[tuple[int, str]]] = {}
    seen_keys: set[tuple[str, str]] = set()
    current: dict[str, list[tuple[int, str]]] | None = None
    section_name = ""
    key: str | None = None
    key_indent = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped.startswith(("#", ";")):
            continue
        if not stripped:
            if current is not None and key is not None:
                current[key].append((number, ""))
            continue
        indent = len(line) - len(line.lstrip())
        if current is not None and key is not None and indent > key_indent:
            current[key].append((number, stripped))
            continue
        key_indent = indent
        header = _SECTION_HEADER.match(stripped)
        if header is not None:
            section_name = header.group("header")
            if section_name == "DEFAULT":
                current = defaults
            elif section_name in raw:
                raise ConfigFileError(
                    f"section [{section_name}] appears a second time", path=path, line=number
                )
            else:
                current = raw[section_name] = {}
            key = None
            continue
        if current is None:
            raise ConfigFileError(
                "a setting before the first [section] header", path=path, line=number
            )
        option = _OPTION.match(stripped)
        if option is None or not option.group("option"):
            raise ConfigFileError(
                "expected 'name = value', a [section] header or a # comment",
                path=path,
                line=number,
            )
        key = option.group("option").rstrip().lower()
        if (section_name, key) in seen_keys:
            raise ConfigFileError(
                f"key {key!r} appears a second time in section [{section_name}]",
                path=path,
                line=number,
            )
        seen_keys.add((section_name, key))
        current[key] = [(number, option.group("value").strip())]

    default_values = {name: _join(lines, path) for name, lines in defaults.items()}
    sections: dict[str, Section] = {}
    for name, keys in raw.items():
        section: Section = dict(default_values)
        for option_name, lines in keys.items():
            section[option_name] = _join(lines, path)
        sections[name] = section
    return sections


def _join(lines: list[tuple[int, str]], path: str) -> Value:
    """A key's lines as its value: text, or a dict when the first line is empty."""
    while lines and not lines[-1][1]:
        lines = lines[:-1]
    if len(lines) < 2 or lines[0][1]:
        return "\n".join(text for _, text in lines)
    nested: dict[str, str] = {}
    for number, text in lines[1:]:
        if not text:
            continue
        name, equals, value = text.partition("=")
        if not equals:
            raise ConfigFileError(
                "expected 'name = value' in a nested section", path=path, line=number
            )
        nested[name.strip()] = value.strip()
    return nested


def _split_header(header: str) -> list[str]:
    import shlex

    try:
        return shlex.split(header)
    except ValueError:
        return []


def _expand(path: str, environ: Mapping[str, str]) -> str:
    """``$VAR`` / ``${VAR}`` and a leading ``~``, looked up in ``environ``."""

    def variable(match: re.Match[str]) -> str:
        name = match.group(1).strip("{}")
        return environ.get(name, match.group(0))

    path = _ENV_REFERENCE.sub(variable, path)
    if path == "~" or path.startswith("~/") or (os.sep != "/" and path.startswith("~" + os.sep)):
        home = environ.get("HOME")
        if home:
            return home + path[1:]
    return os.path.expanduser(path)


def _read(path: str) -> tuple[dict[str, Section], str]:
    """The file's sections and a note on its state (for messages)."""
    if not path or not os.path.isfile(path):
        return {}, "not found"
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except UnicodeDecodeError as exc:
        raise ConfigFileError(f"not UTF-8 text ({exc.reason})", path=path) from None
    except OSError as exc:
        # botocore ignores a file it cannot read; so do we, but say so.
        return {}, f"unreadable: {exc.strerror or type(exc).__name__}"
    return parse_ini(text, path), "read"


class SharedConfig:
    """The shared config and credentials files, seen through one profile.

    Build with :meth:`load` (reads both files once) or :meth:`from_text`.
    Values of the profile come from its config-file section overlaid with its
    credentials-file section, key by key, as botocore's ``full_config`` does:
    the credentials file wins where both set a key.
    """

    __slots__ = (
        "profile_name",
        "profile_from_argument",
        "config_path",
        "credentials_path",
        "config_note",
        "credentials_note",
        "_profiles",
        "_sso_sessions",
        "_services",
        "_credential_sections",
        "_profile",
    )
    profile_name: str
    profile_from_argument: bool
    config_path: str
    credentials_path: str
    config_note: str
    credentials_note: str

    def __init__(
        self,
        *,
        profile_name: str,
        config_sections: Mapping[str, Section],
        credentials_sections: Mapping[str, Section],
        config_path: str = "",
        credentials_path: str = "",
        profile_from_argument: bool = False,
        config_note: str = "read",
        credentials_note: str = "read",
    ) -> None:
        self.profile_name = profile_name
        self.profile_from_argument = profile_from_argument
        self.config_path = config_path
        self.credentials_path = credentials_path
        self.config_note = config_note
        self.credentials_note = credentials_note
        profiles: dict[str, Section] = {}
        sso_sessions: dict[str, Section] = {}
        services: dict[str, Section] = {}
        for header, values in config_sections.items():
            # Same classification as botocore.configloader.build_profile_map.
            if header.startswith("profile"):
                target: dict[str, Section] = profiles
            elif header.startswith("sso-session"):
                target = sso_sessions
            elif header.startswith("services"):
                target = services
            elif header == "default":
                profiles["default"] = dict(values)
                continue
            else:
                continue
            parts = _split_header(header)
            if len(parts) == 2:
                target[parts[1]] = dict(values)
        self._profiles = profiles
        self._sso_sessions = sso_sessions
        self._services = services
        self._credential_sections = {name: dict(v) for name, v in credentials_sections.items()}
        merged: Section = dict(profiles.get(profile_name, {}))
        merged.update(self._credential_sections.get(profile_name, {}))
        self._profile = merged

    @classmethod
    def load(
        cls, profile: str | None = None, environ: Mapping[str, str] | None = None
    ) -> SharedConfig:
        """Read both files for ``profile`` (else ``AWS_PROFILE``, else ``default``).

        ``environ`` (default ``os.environ``) supplies ``AWS_PROFILE``,
        ``AWS_DEFAULT_PROFILE``, ``AWS_CONFIG_FILE``,
        ``AWS_SHARED_CREDENTIALS_FILE`` and ``HOME``. Raises
        :class:`ConfigFileError` for a malformed file.
        """
        env = os.environ if environ is None else environ
        name = profile or _profile_from_environment(env)
        config_path = _expand(env.get("AWS_CONFIG_FILE", DEFAULT_CONFIG_FILE), env)
        credentials_path = _expand(
            env.get("AWS_SHARED_CREDENTIALS_FILE", DEFAULT_CREDENTIALS_FILE), env
        )
        config_sections, config_note = _read(config_path)
        credentials_sections, credentials_note = _read(credentials_path)
        return cls(
            profile_name=name,
            profile_from_argument=bool(profile),
            config_path=config_path,
            credentials_path=credentials_path,
            config_sections=config_sections,
            credentials_sections=credentials_sections,
            config_note=config_note,
            credentials_note=credentials_note,
        )

    @classmethod
    def from_text(
        cls, config: str = "", credentials: str = "", *, profile: str = "default"
    ) -> SharedConfig:
        """Parse file contents given as text (for tests and tools)."""
        return cls(
            profile_name=profile,
            profile_from_argument=True,
            config_path="<config>",
            credentials_path="<credentials>",
            config_sections=parse_ini(config, "<config>"),
            credentials_sections=parse_ini(credentials, "<credentials>"),
        )

    def with_profile(self, name: str) -> SharedConfig:
        """The same files seen through profile ``name`` (a role's ``source_profile``)."""
        other = object.__new__(SharedConfig)
        for slot in self.__slots__:
            setattr(other, slot, getattr(self, slot))
        other.profile_name = name
        other.profile_from_argument = True
        merged: Section = dict(self._profiles.get(name, {}))
        merged.update(self._credential_sections.get(name, {}))
        other._profile = merged
        return other

    @property
    def profile_exists(self) -> bool:
        """Whether either file has a section for the profile."""
        return (
            self.profile_name in self._profiles or self.profile_name in self._credential_sections
        )

    def get(self, key: str) -> str | None:
        """The profile's value for ``key`` (None if unset or a nested section)."""
        value = self._profile.get(key.lower())
        return value if isinstance(value, str) else None

    def get_nested(self, key: str) -> Mapping[str, str] | None:
        """The profile's nested section ``key`` (``s3 =`` + indented lines), if any."""
        value = self._profile.get(key.lower())
        return value if isinstance(value, dict) else None

    def credentials_value(self, key: str) -> str | None:
        """The profile's ``key`` in the credentials file, else in the config file."""
        return self.get(key)

    def credentials_file_value(self, key: str) -> str | None:
        """The profile's ``key`` in the credentials file only."""
        value = self._credential_sections.get(self.profile_name, {}).get(key.lower())
        return value if isinstance(value, str) else None

    def config_file_value(self, key: str) -> str | None:
        """The profile's ``key`` in the config file only."""
        value = self._profiles.get(self.profile_name, {}).get(key.lower())
        return value if isinstance(value, str) else None

    def service_setting(self, service_key: str, key: str) -> str | None:
        """``key`` of ``service_key``'s nested section in the profile's services section.

        The profile's ``services = NAME`` names a ``[services NAME]`` section;
        in it, ``service_key`` (the service id lower-cased, spaces and hyphens
        made ``_``: ``elastic_beanstalk``) is a nested section holding ``key``.
        A profile naming a services section that does not exist is an error,
        as in botocore.
        """
        section_name = self.get("services")
        if not section_name:
            return None
        section = self._services.get(section_name)
        if not section:
            raise ConfigFileError(
                f"profile {self.profile_name!r} sets services = {section_name!r}, but there is "
                f"no [services {section_name}] section",
                path=self.config_path,
            )
        normalized = service_key.lower().replace(" ", "_").replace("-", "_")
        nested = section.get(normalized)
        if isinstance(nested, dict):
            return nested.get(key)
        return None

    def sso_session(self, name: str) -> Mapping[str, Value] | None:
        """The ``[sso-session NAME]`` section, if any."""
        return self._sso_sessions.get(name)

    def profile_names(self) -> list[str]:
        """Every profile named in either file, config file first."""
        names = dict.fromkeys(self._profiles)
        names.update(dict.fromkeys(self._credential_sections))
        return list(names)

    def describe(self, which: str) -> str:
        """``which`` ("config" or "credentials") file's path and, if not read, why."""
        path, note = (
            (self.config_path, self.config_note)
            if which == "config"
            else (self.credentials_path, self.credentials_note)
        )
        return path if note == "read" else f"{path} ({note})"

    def __repr__(self) -> str:
        return (
            f"SharedConfig(profile_name={self.profile_name!r}, config_path={self.config_path!r}, "
            f"credentials_path={self.credentials_path!r})"
        )


def _profile_from_environment(environ: Mapping[str, str]) -> str:
    # botocore looks at AWS_DEFAULT_PROFILE first, then AWS_PROFILE.
    return environ.get("AWS_DEFAULT_PROFILE") or environ.get("AWS_PROFILE") or "default"
