"""The shell side of drafts: reading template files and drawing fresh Message-IDs.

The core (`agent.core.drafts`, `agent.core.planner`) renders and builds drafts from what these
functions hand it, so it never touches the file system or a random source itself.
"""

from __future__ import annotations

import secrets
from importlib import resources
from pathlib import Path

from jinja2.sandbox import ImmutableSandboxedEnvironment

from agent.core.drafts import sandbox

TEMPLATE_SUFFIX = ".j2"


def builtin_templates_dir() -> Path:
    return Path(str(resources.files("agent.templates")))


def load_templates(user_dir: Path | None = None) -> dict[str, str]:
    """Template sources keyed 'builtin/<path>' (Debrief's own) and 'user/<path>' (files in
    `user_dir`, flat or in language folders). A missing user folder adds nothing."""
    sources: dict[str, str] = {}
    for prefix, folder in (("builtin", builtin_templates_dir()), ("user", user_dir)):
        if folder is None or not Path(folder).is_dir():
            continue
        root = Path(folder)
        for path in sorted((*root.glob(f"*{TEMPLATE_SUFFIX}"),
                            *root.glob(f"*/*{TEMPLATE_SUFFIX}"))):
            sources[f"{prefix}/{path.relative_to(root).as_posix()}"] = path.read_text("utf-8")
    return sources


def template_environment(user_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    """The core's sandbox over the templates of `user_dir` and Debrief's own."""
    return sandbox(load_templates(user_dir))


def new_message_id(your_email: str) -> str:
    """A fresh Message-ID on the user's own domain (no hostname lookup, nothing leaked)."""
    domain = your_email.rpartition("@")[2] or "localhost"
    return f"<debrief.{secrets.token_hex(12)}@{domain}>"
