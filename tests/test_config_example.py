"""config/debrief.env.example and the README's configuration reference cover every key in
agent.config.KEYS, and the example is a valid configuration as shipped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from agent.config import KEYS, load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config" / "debrief.env.example"
README = ROOT / "README.md"

_SET = re.compile(r"^(DEBRIEF_[A-Z_]+)=", re.M)
_COMMENTED = re.compile(r"^#\s*(DEBRIEF_[A-Z_]+)=(.*)$", re.M)


@pytest.mark.parametrize("key", list(KEYS))
def test_every_key_is_in_the_example(key: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert re.search(rf"^#?\s*{key}=", text, re.M), f"{key} missing from {EXAMPLE.name}"


@pytest.mark.parametrize("key", list(KEYS))
def test_every_key_is_in_the_readme(key: str) -> None:
    assert key in README.read_text(encoding="utf-8"), f"{key} missing from README.md"


def test_example_sets_exactly_the_required_keys() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    required = {k for k, (default, _) in KEYS.items() if default is None}
    assert set(_SET.findall(text)) == required
    commented = {key for key, _ in _COMMENTED.findall(text)}
    assert commented <= set(KEYS), f"unknown keys in the example: {commented - set(KEYS)}"
    assert commented | required == set(KEYS)


def test_optional_keys_show_their_default() -> None:
    """A commented-out key with a non-empty default shows exactly that default."""
    commented = dict(_COMMENTED.findall(EXAMPLE.read_text(encoding="utf-8")))
    for key, (default, _) in KEYS.items():
        if default:
            assert commented.get(key) == default, f"{key}: example should show # {key}={default}"


def test_example_uses_placeholders_not_real_accounts() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "DEBRIEF_IMAP_PASSWORD=change-me" in text
    assert "DEBRIEF_IMAP_HOST=imap.example.com" in text
    assert "DEBRIEF_YOUR_EMAIL=you@example.com" in text


def test_example_loads_as_a_valid_configuration(tmp_path: Path) -> None:
    copy = tmp_path / "debrief.env"
    copy.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    copy.chmod(0o600)
    settings = load_settings(copy, environ={})
    assert settings.imap.host == "imap.example.com"
    assert settings.imap.port == 993 and settings.imap.security == "ssl"
    assert settings.your_name == "Your Name"
    assert settings.poll_interval == 300 and settings.lookback_days == 7
    assert settings.silence_days == 7
    assert settings.warnings == ()


def test_readme_has_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text
