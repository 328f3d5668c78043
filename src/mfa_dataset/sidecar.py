"""The sidecar: what a raw text does not say about itself, and the curated records.

A contribution is ``seeds/<stem>.txt`` (the raw text, never edited) plus ``seeds/<stem>.yaml``.
The YAML is read with a safe loader that keeps dates as strings (pydantic checks them) and
refuses aliases and duplicate keys, in one pass with libyaml when PyYAML has it (a sidecar with
any YAML problem is read again by the pure-Python reference reader, which reports it). Every
validation problem is reported at once with the YAML line and column of the offending value.
The format is documented in README.md ("The sidecar") and as JSON Schema in
``schema/sidecar.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import Field, ValidationError

from mfa_dataset.errors import Code, MfaError, Problem, line_col
from mfa_dataset.models import Issuer, Money, Participant, Place, StrictModel
from mfa_dataset.textcheck import not_utf8
from mfa_dataset.types import (
    AgreementKind,
    AgreementStatus,
    HttpUrl,
    Label,
    LanguageTag,
    MeetingFormat,
    MeetingStatus,
    PartyCode,
    StatementId,
    Text,
)

MAX_SIDECAR_BYTES = 256 * 1024


class CuratedMeeting(StrictModel):
    """A meeting the text reports, with a quote from the text that supports it."""

    evidence: Text = Field(description="exact words of the raw text; must occur exactly once")
    participants: list[Participant] = Field(min_length=2)
    format: MeetingFormat | None = Field(
        default=None,
        description="default: bilateral for 2 parties, trilateral for 3, else multilateral",
    )
    status: MeetingStatus = MeetingStatus.HELD
    location: Place | None = None
    occasion: Label | None = None
    date: dt.date | None = None


class CuratedAgreement(StrictModel):
    """A document the text reports, with a quote from the text that supports it."""

    evidence: Text = Field(description="exact words of the raw text; must occur exactly once")
    title: Label | None = None
    kind: AgreementKind
    parties: list[PartyCode] = Field(default_factory=list)
    status: AgreementStatus
    value: Money | None = None
    meeting: Annotated[int, Field(ge=1)] | None = Field(
        default=None, description="1-based position in `meetings` of the meeting it was signed at"
    )


class Dropped(StrictModel):
    """An extracted record to leave out: every one whose evidence overlaps the quote."""

    evidence: Text = Field(description="exact words of the raw text; must occur exactly once")
    reason: Label | None = Field(default=None, description="why, for the reviewer")


class Sidecar(StrictModel):
    """``seeds/<stem>.yaml``: metadata of one raw text and its curated records."""

    id: StatementId | None = Field(
        default=None, description="required only when the text carries no number"
    )
    source_url: HttpUrl
    published: dt.date
    language: LanguageTag
    issuer: Issuer
    meetings: list[CuratedMeeting] = Field(default_factory=list)
    agreements: list[CuratedAgreement] = Field(default_factory=list)
    drop: list[Dropped] = Field(
        default_factory=list, description="extracted records that are wrong, by evidence quote"
    )


Loc = Sequence[int | str]


@dataclass(frozen=True)
class Located:
    """A validated sidecar and a way back from a field path to its place in the YAML."""

    sidecar: Sidecar
    path: str
    root: yaml.Node | None

    def problem(self, code: Code, loc: Loc, message: str, hint: str | None = None) -> Problem:
        line, col = _position(self.root, loc)
        return Problem(code, message, self.path, line, col, hint)


class _Loader(yaml.SafeLoader):
    """Safe loader that leaves timestamps as strings for pydantic to validate."""


_NO_TIMESTAMPS = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.yaml_implicit_resolvers = _NO_TIMESTAMPS
_MERGE = "tag:yaml.org,2002:merge"

if yaml.__with_libyaml__:

    class _CLoader(yaml.CSafeLoader):
        """:class:`_Loader` with libyaml's parser and composer (the same constructors)."""

    _CLoader.yaml_implicit_resolvers = _NO_TIMESTAMPS
    _FAST: type[yaml.CSafeLoader | yaml.SafeLoader] = _CLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _FAST = _Loader


def load_sidecar(path: Path, display: str | None = None) -> Located:
    """Read and validate a sidecar; raise :class:`MfaError` with every problem found."""
    shown = display or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise MfaError.one(
            Code.SIDECAR_MISSING,
            "no sidecar beside the raw text",
            path=shown,
            hint=f"draft it with `mfa-dataset suggest {Path(shown).with_suffix('.txt')} --write`",
        ) from exc
    if len(raw) > MAX_SIDECAR_BYTES:
        raise MfaError.one(
            Code.SIDECAR_TOO_LARGE,
            f"sidecar is {len(raw):,} bytes; the limit is {MAX_SIDECAR_BYTES:,}",
            path=shown,
            hint="a sidecar holds metadata and short quotes: check that this is the right file",
        )
    try:
        text = raw.decode("utf-8")
        root, data = _read_fast(text) or _read_reference(text, shown)
    except UnicodeDecodeError as exc:
        raise not_utf8(raw, exc, Code.SIDECAR_YAML, shown, "save the sidecar as UTF-8") from exc
    except yaml.reader.ReaderError as exc:
        line, col = line_col(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise MfaError.one(
            Code.SIDECAR_YAML,
            f"invalid YAML: control character U+{char:04X} is not allowed",
            path=shown,
            line=line,
            col=col,
            hint="remove the control character (save the file as plain UTF-8 text)",
        ) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise MfaError.one(
            Code.SIDECAR_YAML,
            f"invalid YAML: {exc.problem}",
            path=shown,
            line=mark.line + 1 if mark else None,
            col=mark.column + 1 if mark else None,
            hint="check indentation and quote values that contain ': '",
        ) from exc
    if not isinstance(data, dict):
        raise MfaError.one(
            Code.SIDECAR_YAML,
            "sidecar must be a YAML mapping of keys to values",
            path=shown,
            line=1,
            col=1,
            hint="write one `key: value` per line, as in README.md ('The sidecar')",
        )
    try:
        sidecar = Sidecar.model_validate_json(json.dumps(data))
    except ValidationError as exc:
        raise MfaError(_validation_problems(exc, root, shown)) from exc
    return Located(sidecar, shown, root)


def _validation_problems(exc: ValidationError, root: yaml.Node | None, path: str) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = error["loc"]
        field = ".".join(str(part) for part in loc) or "(top level)"
        line, col = _position(root, loc, key=error["type"] == "extra_forbidden")
        if error["type"] == "extra_forbidden":
            message, hint = f"unknown key {field!r}", "remove it or fix its spelling"
        elif error["type"] == "missing":
            message, hint = f"missing required key {field!r}", "add it (see README.md)"
        else:
            message, hint = f"{field}: {error['msg']}", _value_hint(loc, error["type"])
        problems.append(Problem(Code.SIDECAR_INVALID, message, path, line, col, hint))
    return sorted(problems, key=lambda p: (p.line or 0, p.col or 0))


_FIELD_HINTS = {
    "id": "an id is <iso2>-<issuer acronym>-<year>-<number or slug>, lower case, e.g. "
    "'ge-mfa-2024-123'",
    "source_url": "give the full http(s) address of the statement's page",
    "language": "a BCP 47 tag in lower case, e.g. 'en', 'ka', 'pt-BR'",
    "country": "an ISO 3166-1 alpha-3 code in capitals, e.g. GEO, ARM, TUR",
    "currency": "an ISO 4217 code in capitals, e.g. USD, EUR, AZN",
    "published": "write dates as YYYY-MM-DD",
    "date": "write dates as YYYY-MM-DD",
    "parties": "ISO 3166-1 alpha-3 codes, or ORG:<acronym> for an organisation",
}
_TYPE_HINTS = {
    "enum": "use one of the values listed in the message",
    "literal_error": "use one of the values listed in the message",
    "list_type": "give a YAML list: one '- item' per line",
    "model_type": "give a mapping of keys to values",
    "model_attributes_type": "give a mapping of keys to values",
    "too_short": "add the missing items",
    "string_too_short": "give a non-empty value, or remove the key",
}


def _value_hint(loc: Loc, error_type: str) -> str:
    """How to fix a wrong value, by the field it is in or else by the kind of error."""
    named = [part for part in loc if isinstance(part, str)]
    field = named[-1] if named else ""
    if field in _FIELD_HINTS and error_type not in ("list_type", "model_type"):
        return _FIELD_HINTS[field]
    return _TYPE_HINTS.get(error_type, "see the field's description in schema/sidecar.schema.json")


def _position(
    root: yaml.Node | None, loc: Loc, *, key: bool = False
) -> tuple[int | None, int | None]:
    """Line and column of the value at ``loc`` (of its key with ``key=True``), or the
    deepest node on the way there (the mapping that misses a required key)."""
    node = root
    for depth, part in enumerate(loc, 1):
        child = _child(node, part, key=key and depth == len(loc))
        if child is None:
            break
        node = child
    if node is None:
        return None, None
    return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: yaml.Node | None, part: int | str, *, key: bool) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        pairs: list[tuple[yaml.Node, yaml.Node]] = node.value
        for k, value in pairs:
            if k.value == part:
                empty = isinstance(value, yaml.ScalarNode) and not value.value
                return k if key or empty else value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None


def _read_fast(text: str) -> tuple[yaml.Node | None, Any] | None:
    """The YAML tree and data of a well-formed sidecar in one pass (libyaml when present), or
    None when it needs :func:`_read_reference`: an alias, a key given twice, a merge key or
    any YAML error (so every error is reported as the reference reader words and places it).
    """
    loader = _FAST(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, None
        if not _plain(root):
            return None
        return root, loader.construct_document(root)
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def _plain(root: yaml.Node) -> bool:
    """No node reached twice (an alias reuses its anchor's node), no key given twice, no
    merge key (constructing it would rewrite the tree that locates problems)."""
    seen: set[int] = set()
    todo = [root]
    while todo:
        node = todo.pop()
        if id(node) in seen:
            return False
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE or key.value in keys:
                    return False
                keys.add(key.value)
                todo += (key, value)
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    return True


def _read_reference(text: str, path: str) -> tuple[yaml.Node | None, Any]:
    """The careful reader, pure Python: events (aliases refused), tree (keys given twice
    refused), then data; raises with the exact place of the first problem."""
    _refuse_aliases(text, path)
    root = yaml.compose(text, Loader=_Loader)
    _check_tree(root, path)
    return root, yaml.load(text, Loader=_Loader)


def _refuse_aliases(text: str, path: str) -> None:
    """Aliases (``*name``) are refused: a few lines of them can expand to gigabytes."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            mark = event.start_mark
            raise MfaError.one(
                Code.SIDECAR_ALIAS,
                f"YAML alias *{event.anchor} is not allowed in a sidecar",
                path=path,
                line=mark.line + 1 if mark else None,
                col=mark.column + 1 if mark else None,
                hint="write the value out in full instead of referring to an anchor",
            )


def _check_tree(node: yaml.Node | None, path: str) -> None:
    """Refuse a tag the safe loader has no constructor for (``!!python/...``: data that
    would be code elsewhere) and a key given twice, at the node's place."""
    if node is None:
        return
    if node.tag not in _Loader.yaml_constructors and node.tag != _MERGE:
        _refuse(
            node,
            f"YAML tag {node.tag!r} is not allowed in a sidecar",
            path,
            "YAML tags (!!name) are not allowed: write plain values",
        )
    if isinstance(node, yaml.MappingNode):
        seen: set[Any] = set()
        for key, value in node.value:
            # a key that is not a plain value is refused by the loader ("unhashable key")
            if isinstance(key, yaml.ScalarNode) and key.value in seen:
                _refuse(key, f"key {key.value!r} is given twice", path, "keep one of them")
            if isinstance(key, yaml.ScalarNode):
                seen.add(key.value)
            _check_tree(key, path)
            _check_tree(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_tree(item, path)


def _refuse(node: yaml.Node, message: str, path: str, hint: str) -> None:
    mark = node.start_mark
    raise MfaError.one(
        Code.SIDECAR_YAML, message, path=path, line=mark.line + 1, col=mark.column + 1, hint=hint
    )
