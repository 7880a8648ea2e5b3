"""pyproject.toml: an SPDX license string (a TOML table makes setuptools print pages of
deprecation warnings) and every data folder listed as a package (else "Package would be
ignored" warnings, and the files may be left out of the wheel)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def project() -> dict:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_is_an_spdx_string():
    data = project()
    assert isinstance(data["project"]["license"], str)
    requires = " ".join(data["build-system"]["requires"])
    assert "setuptools>=77" in requires  # the first setuptools that reads SPDX expressions


def test_every_data_folder_is_a_listed_package():
    setuptools = project()["tool"]["setuptools"]
    packages = set(setuptools["packages"])
    for name, folder in (("agent.templates", "templates"), ("agent.systemd", "systemd"),
                         ("agent.core", "agent/core")):
        for sub in (ROOT / folder).rglob("*"):
            if sub.is_dir() and not sub.name.startswith(("_", ".")) and any(sub.iterdir()):
                dotted = name + "." + ".".join(sub.relative_to(ROOT / folder).parts)
                assert dotted in packages, f"{dotted} missing from [tool.setuptools] packages"
