"""Reading and rewriting ``_version.py`` as text (the file may not be the running package's)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Final, NamedTuple

from mfa_dataset.errors import Code, MfaError, Problem

PACKAGE_VERSION: Final = "__version__"
SCHEMA_VERSION: Final = "SCHEMA_VERSION"
DATASET_VERSION: Final = "DATASET_VERSION"
NAMES: Final = (PACKAGE_VERSION, SCHEMA_VERSION, DATASET_VERSION)


class Assigned(NamedTuple):
    value: str
    line: int


def read_version_file(path: Path, shown: str) -> dict[str, Assigned]:
    """``name -> (value, line)`` of the three version constants; MFA701 unless each is a literal."""
    text = path.read_text(encoding="utf-8")
    found: dict[str, Assigned] = {}
    problems: list[Problem] = []
    hint = 'each version is one line: NAME = "MAJOR.MINOR.PATCH"'
    for node in ast.parse(text, filename=shown).body:
        if not (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in NAMES
        ):
            continue
        name = node.targets[0].id
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found[name] = Assigned(node.value.value, node.lineno)
        else:
            message = f"{name} is not assigned a string literal"
            problems.append(Problem(Code.VERSIONS_DISAGREE, message, shown, node.lineno, hint=hint))
    missing = [name for name in NAMES if name not in found]
    if missing and not problems:
        message = f"no assignment of {', '.join(missing)}"
        problems.append(Problem(Code.VERSIONS_DISAGREE, message, shown, hint=hint))
    if problems:
        raise MfaError(problems)
    return found


def with_versions(text: str, values: dict[str, str]) -> str:
    """``text`` of ``_version.py`` with the given constants set (each assigned on one line)."""
    for name, value in values.items():
        pattern = re.compile(rf'^{re.escape(name)} = "[^"\n]*"$', re.M)
        text, count = pattern.subn(f'{name} = "{value}"', text)
        if count != 1:
            raise ValueError(f'_version.py must assign {name} = "..." on exactly one line')
    return text
