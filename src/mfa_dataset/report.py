"""Problems as people and machines read them: linter lines, JSON, GitHub annotations."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from mfa_dataset.errors import Code, Problem

FORMATS = ("text", "json", "github")


def render(problems: Sequence[Problem], fmt: str) -> str:
    """All of ``problems`` in format ``fmt`` (one of :data:`FORMATS`), newline-terminated."""
    if fmt == "json":
        return json.dumps([as_dict(p) for p in problems], indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return "".join(github_annotation(p) + "\n" for p in problems)
    if fmt == "text":
        return "".join(p.format() + "\n" for p in problems)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def as_dict(problem: Problem) -> dict[str, str | int | None]:
    return {
        "path": problem.path,
        "line": problem.line,
        "col": problem.col,
        "code": problem.code.value,
        "message": problem.message,
        "hint": problem.hint,
    }


def from_dict(row: dict[str, Any]) -> Problem:
    """The inverse of :func:`as_dict`."""
    return Problem(
        Code(row["code"]), row["message"], row["path"], row["line"], row["col"], row["hint"]
    )


def summary(problems: Sequence[Problem]) -> str:
    """``3 problems (MFA301 x2, MFA502 x1)``, or ``no problems``."""
    if not problems:
        return "no problems"
    counts = Counter(p.code.value for p in problems)
    by_code = ", ".join(f"{code} x{n}" for code, n in sorted(counts.items()))
    return f"{len(problems)} problem{'s' if len(problems) != 1 else ''} ({by_code})"


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions workflow command that shows ``problem`` on the pull request's diff."""
    props = {"file": problem.path, "line": problem.line, "col": problem.col}
    fields = [f"{k}={_escape(str(v), prop=True)}" for k, v in props.items() if v is not None]
    fields.append(f"title={_escape(problem.code.value, prop=True)}")
    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    return f"::error {','.join(fields)}::{_escape(message)}"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value
