"""Problems with stable codes, and the one exception type that carries them.

Every failure the package reports on purpose is an :class:`MfaError` holding one or more
:class:`Problem` s. A problem knows its stable :class:`Code`, where it is (file, line, column,
all optional) and how to fix it. The CLI turns an ``MfaError`` into exit code 1 in one place
(``mfa_dataset.cli``); code never branches on message text, only on ``Problem.code``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class Code(str, Enum):
    """Stable problem codes. Never renumber; retire a code by leaving it unused."""

    # 1xx: raw statement texts
    TEXT_UNREADABLE = "MFA101"
    TEXT_NOT_UTF8 = "MFA102"
    TEXT_EMPTY = "MFA103"
    TEXT_NO_TITLE = "MFA104"
    QUESTION_WITHOUT_ANSWER = "MFA105"
    LABEL_WITHOUT_TEXT = "MFA106"
    TEXT_LINE_ENDINGS = "MFA107"
    TEXT_BINARY = "MFA108"
    TEXT_TRUNCATED = "MFA109"
    TEXT_TOO_LARGE = "MFA110"
    TEXT_MOJIBAKE = "MFA111"
    # 2xx: sidecars
    SIDECAR_MISSING = "MFA201"
    SIDECAR_YAML = "MFA202"
    SIDECAR_INVALID = "MFA203"
    SIDECAR_ORPHAN = "MFA204"
    ID_REQUIRED = "MFA205"
    ID_DUPLICATE = "MFA206"
    NUMBER_DUPLICATE = "MFA207"
    TEXT_DUPLICATE = "MFA208"
    SIDECAR_TOO_LARGE = "MFA209"
    SIDECAR_ALIAS = "MFA210"
    # 3xx: curated records and their evidence
    QUOTE_NOT_FOUND = "MFA301"
    QUOTE_AMBIGUOUS = "MFA302"
    MEETING_REF = "MFA303"
    # 4xx: published files out of date
    DATASET_STALE = "MFA401"
    SCHEMA_STALE = "MFA402"
    DATASET_MISSING = "MFA403"
    CARD_SCHEMA = "MFA404"
    # 5xx: published records
    RECORD_INVALID = "MFA501"
    RECORD_SCHEMA = "MFA502"
    HF_LOAD = "MFA503"
    # 6xx: evaluation
    GOLD_INVALID = "MFA601"
    GOLD_MISSING = "MFA602"
    # 8xx: publishing
    PUBLISH_REPO_ID = "MFA801"
    PUBLISH_UNCHECKED = "MFA802"
    PUBLISH_TAG_EXISTS = "MFA803"
    PUBLISH_HUB = "MFA804"
    # 7xx: versions and releases
    VERSIONS_DISAGREE = "MFA701"
    RELEASE_REFUSED = "MFA702"
    RELEASE_EMPTY = "MFA703"
    RELEASE_BUMP = "MFA704"
    PREVIOUS_RELEASE = "MFA705"
    RELEASE_HISTORY = "MFA706"
    DIFF_INPUT = "MFA707"
    RELEASE_BUILD = "MFA708"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing that is wrong, where, and how to fix it."""

    code: Code
    message: str
    path: str | None = None
    line: int | None = None
    col: int | None = None
    hint: str | None = None

    def location(self) -> str:
        parts = [self.path or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)

    def format(self) -> str:
        """``path:line:col: CODE message (hint: ...)``, like a linter."""
        text = f"{self.location()}: {self.code.value} {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class MfaError(Exception):
    """A failure with one or more located, coded problems."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("MfaError needs at least one problem")
        super().__init__("\n".join(p.format() for p in self.problems))

    @classmethod
    def one(
        cls,
        code: Code,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
    ) -> MfaError:
        return cls([Problem(code, message, path, line, col, hint)])

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(p.code for p in self.problems)


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
