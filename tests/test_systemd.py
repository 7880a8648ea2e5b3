"""The systemd units in systemd/: required directives, `run` as the command, and a hardening
score from `systemd-analyze security --offline=yes` of 2.0 or lower for the system units.

Without systemd-analyze the analyzer tests are skipped locally and fail in CI (env CI set).
Each systemd-analyze call takes a few milliseconds.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SYSTEMD = ROOT / "systemd"
SYSTEM_UNIT = SYSTEMD / "debrief.service"
INSTANCE_UNIT = SYSTEMD / "debrief@.service"
USER_UNIT = SYSTEMD / "user" / "debrief.service"

MAX_EXPOSURE = 2.0
_EXPOSURE = re.compile(r"Overall exposure level for (\S+): (\d+(?:\.\d+)?)")


def parse_unit(path: Path) -> dict[str, dict[str, list[str]]]:
    """{section: {key: [values in order]}}; comments and blank lines dropped."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"{path.name}: directive outside a section: {line}"
        key, sep, value = line.partition("=")
        assert sep, f"{path.name}: not a directive: {line}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def one(unit: dict[str, dict[str, list[str]]], section: str, key: str) -> str:
    values = unit.get(section, {}).get(key)
    assert values, f"[{section}] {key}= is missing"
    return values[-1]


def exec_args(unit: dict[str, dict[str, list[str]]]) -> list[str]:
    values = unit["Service"]["ExecStart"]
    assert len(values) == 1, "exactly one ExecStart="
    return shlex.split(values[0])


def subcommand(args: list[str]) -> tuple[list[str], dict[str, str]]:
    """The words after the global options (--env-file PATH, -v), and those options."""
    rest = args[1:]
    options: dict[str, str] = {}
    while rest and rest[0].startswith("-"):
        flag = rest.pop(0)
        if flag == "--env-file":
            options[flag] = rest.pop(0)
        elif flag.startswith("--env-file="):
            options["--env-file"] = flag.split("=", 1)[1]
        else:
            options[flag] = ""
    return rest, options


def analyzer() -> str:
    path = shutil.which("systemd-analyze")
    if path:
        return path
    reason = "systemd-analyze is not installed (apt-get install systemd)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must have it", pytrace=False)
    pytest.skip(reason)


def run_analyze(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SYSTEMD_COLORS": "0", "SYSTEMD_PAGER": "", "LC_ALL": "C.UTF-8"}
    full_env.update(env or {})
    return subprocess.run(
        [analyzer(), *args], capture_output=True, text=True, timeout=60, env=full_env
    )


def exposure(unit_file: Path) -> float:
    result = run_analyze("security", "--offline=yes", "--no-pager", str(unit_file))
    output = result.stdout + result.stderr
    match = _EXPOSURE.search(output)
    assert match, f"no exposure line from systemd-analyze:\n{output}"
    return float(match.group(2))


def copy_as(src: Path, directory: Path, name: str, exe: str | None = None) -> Path:
    """Copy a unit under another name; with exe, point ExecStart at an existing program."""
    text = src.read_text(encoding="utf-8")
    if exe is not None:
        original = exec_args(parse_unit(src))[0]
        text = re.sub(
            rf"^ExecStart={re.escape(original)}(?= )", f"ExecStart={exe}", text, flags=re.M
        )
        assert f"ExecStart={exe} " in text
    target = directory / name
    target.write_text(text, encoding="utf-8")
    return target


# -- the units say what the README says --------------------------------------------------------


@pytest.mark.parametrize("path", [SYSTEM_UNIT, INSTANCE_UNIT, USER_UNIT], ids=lambda p: p.name)
def test_units_run_the_daemon_and_restart_on_failure(path: Path) -> None:
    unit = parse_unit(path)
    assert one(unit, "Service", "Type") == "simple"
    assert one(unit, "Service", "Restart") == "on-failure"
    assert int(one(unit, "Service", "RestartSec")) > 0
    assert "2" in one(unit, "Service", "RestartPreventExitStatus").split()  # config error
    assert int(one(unit, "Service", "TimeoutStopSec")) >= 10
    assert one(unit, "Service", "UMask") == "0077"
    assert one(unit, "Service", "NoNewPrivileges") == "yes"
    assert one(unit, "Service", "MemoryDenyWriteExecute") == "yes"
    assert one(unit, "Service", "RestrictAddressFamilies").split() == [
        "AF_INET", "AF_INET6", "AF_UNIX"
    ]
    assert unit["Service"]["SystemCallFilter"][0] == "@system-service"
    args = exec_args(unit)
    assert args[0].endswith("/debrief")
    words, options = subcommand(args)
    assert words == ["run"], f"ExecStart must run `debrief ... run`, got {args}"
    assert "--env-file" in options or unit["Service"].get("EnvironmentFile")
    assert "Install" in unit and unit["Install"].get("WantedBy")


@pytest.mark.parametrize("path", [SYSTEM_UNIT, INSTANCE_UNIT], ids=lambda p: p.name)
def test_system_units_are_hardened(path: Path) -> None:
    unit = parse_unit(path)
    svc = unit["Service"]
    expected = {
        "DynamicUser": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "PrivateUsers": "yes",
        "ProtectKernelTunables": "yes",
        "ProtectKernelModules": "yes",
        "ProtectKernelLogs": "yes",
        "ProtectControlGroups": "yes",
        "ProtectClock": "yes",
        "ProtectHostname": "yes",
        "ProtectProc": "invisible",
        "ProcSubset": "pid",
        "RestrictNamespaces": "yes",
        "RestrictRealtime": "yes",
        "RestrictSUIDSGID": "yes",
        "LockPersonality": "yes",
        "RemoveIPC": "yes",
        "SystemCallArchitectures": "native",
        "DevicePolicy": "closed",
        "CapabilityBoundingSet": "",
        "AmbientCapabilities": "",
    }
    for key, value in expected.items():
        assert one(unit, "Service", key) == value, f"{path.name}: {key}={value} expected"
    assert "~@privileged @resources" in svc["SystemCallFilter"]
    # IMAP servers can be anywhere: the network must stay reachable.
    assert "PrivateNetwork" not in svc and "IPAddressDeny" not in svc
    assert "network-online.target" in one(unit, "Unit", "After").split()
    assert "network-online.target" in one(unit, "Unit", "Wants").split()
    assert one(unit, "Install", "WantedBy") == "multi-user.target"


def test_system_unit_reads_the_root_only_env_file_through_systemd() -> None:
    """DynamicUser cannot open a root-owned 0600 file; systemd reads it as EnvironmentFile=."""
    unit = parse_unit(SYSTEM_UNIT)
    assert one(unit, "Service", "EnvironmentFile") == "/etc/debrief/debrief.env"
    _, options = subcommand(exec_args(unit))
    assert "--env-file" not in options
    assert exec_args(unit)[0] == "/usr/local/bin/debrief"
    assert one(unit, "Service", "StateDirectory") == "debrief"
    # The default database is $STATE_DIRECTORY/debrief.db: no URL needed in the unit.
    assert not any("DEBRIEF_DATABASE_URL" in v for v in unit["Service"].get("Environment", []))


def test_instance_unit_has_one_env_file_and_state_directory_per_account() -> None:
    unit = parse_unit(INSTANCE_UNIT)
    assert one(unit, "Service", "EnvironmentFile") == "/etc/debrief/%i.env"
    _, options = subcommand(exec_args(unit))
    assert "--env-file" not in options
    assert one(unit, "Service", "StateDirectory") == "debrief/%i"


def test_user_unit_reads_the_users_env_file() -> None:
    unit = parse_unit(USER_UNIT)
    svc = unit["Service"]
    _, options = subcommand(exec_args(unit))
    assert options["--env-file"] == "%h/.config/debrief/debrief.env"
    assert exec_args(unit)[0] == "%h/.local/bin/debrief"
    assert one(unit, "Install", "WantedBy") == "default.target"
    # A user manager cannot switch users, and systemd 252 maps a user StateDirectory= to
    # ~/.config: Debrief's own default, ~/.local/state/debrief, is used instead.
    for key in ("User", "DynamicUser", "StateDirectory", "ProtectSystem", "PrivateTmp"):
        assert key not in svc, f"{key}= does not belong in the user unit"


# -- systemd-analyze --------------------------------------------------------------------------


def test_system_unit_exposure(tmp_path: Path) -> None:
    score = exposure(copy_as(SYSTEM_UNIT, tmp_path, "debrief.service"))
    assert score <= MAX_EXPOSURE, f"debrief.service exposure {score} > {MAX_EXPOSURE}"


def test_instance_unit_exposure(tmp_path: Path) -> None:
    score = exposure(copy_as(INSTANCE_UNIT, tmp_path, "debrief@example.service"))
    assert score <= MAX_EXPOSURE, f"debrief@example.service exposure {score} > {MAX_EXPOSURE}"


def _true() -> str:
    """A real program to stand in for the debrief binary (after skipping without systemd)."""
    analyzer()
    path = shutil.which("true") or next(
        (p for p in ("/usr/bin/true", "/bin/true") if Path(p).exists()), None
    )
    assert path, "no `true` program"
    return str(Path(path).resolve())


@pytest.mark.parametrize(
    ("src", "name"),
    [(SYSTEM_UNIT, "debrief.service"), (INSTANCE_UNIT, "debrief@example.service")],
)
def test_system_units_verify(tmp_path: Path, src: Path, name: str) -> None:
    """`systemd-analyze verify` is clean once the binary exists (here: `true` stands in)."""
    unit = copy_as(src, tmp_path, name, exe=_true())
    result = run_analyze("verify", str(unit))
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_system_unit_verify_only_misses_the_binary(tmp_path: Path) -> None:
    """Unmodified, the only complaint allowed is the absent /usr/local/bin/debrief."""
    unit = copy_as(SYSTEM_UNIT, tmp_path, "debrief.service")
    result = run_analyze("verify", str(unit))
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    if Path("/usr/local/bin/debrief").exists():
        assert result.returncode == 0 and not lines, result.stderr
    else:
        assert len(lines) == 1, result.stderr
        assert "/usr/local/bin/debrief" in lines[0] and "not executable" in lines[0], lines[0]


def test_user_unit_verifies_in_user_mode(tmp_path: Path) -> None:
    unit = copy_as(USER_UNIT, tmp_path, "debrief.service", exe=_true())
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    result = run_analyze("--user", "verify", str(unit), env={"XDG_RUNTIME_DIR": str(runtime)})
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr
