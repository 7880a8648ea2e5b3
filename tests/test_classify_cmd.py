"""`debrief classify`: .eml files, mbox files, folders; human and JSON output; errors."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from agent.classify_cmd import JSON_KEYS, run_classify

MAIL = Path(__file__).parent / "fixtures" / "mail"
GREENHOUSE = MAIL / "ats" / "rej_greenhouse_html.eml"
MBOX = MAIL / "mbox" / "mixed.mbox"


def _run(paths: list[str], as_json: bool = False, explain: bool = False) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_classify(paths, as_json=as_json, explain=explain, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_single_eml_human_line() -> None:
    code, out, err = _run([str(GREENHOUSE)])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"{GREENHOUSE}: rejection ")
    assert "company='Northwind Robotics'" in lines[0]
    assert "title='Senior Backend Engineer'" in lines[0]


def test_explain_adds_indented_reasons() -> None:
    code, out, _ = _run([str(GREENHOUSE)], explain=True)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) > 2
    assert all(line.startswith("    ") for line in lines[1:])
    assert any("move forward with other candidates" in line for line in lines[1:])


def test_json_keys_and_order() -> None:
    code, out, _ = _run([str(GREENHOUSE), str(MAIL / "lookalike_job" / "job_offer.eml")],
                        as_json=True)
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and len(data) == 2
    for item in data:
        assert list(item) == ["path", "label", "confidence", "company", "job_title",
                              "contact_name", "contact_email", "stage", "language", "reasons"]
        assert list(item) == list(JSON_KEYS)
        assert isinstance(item["reasons"], list)
    assert data[0]["path"] == str(GREENHOUSE)
    assert data[0]["label"] == "rejection"
    assert data[1]["label"] == "job_other"


def test_mbox_members_get_index_paths() -> None:
    code, out, _ = _run([str(MBOX)], as_json=True)
    assert code == 0
    data = json.loads(out)
    assert [d["path"] for d in data] == [f"{MBOX}#0", f"{MBOX}#1", f"{MBOX}#2"]
    assert [d["label"] for d in data] == ["rejection", "job_other", "rejection"]
    assert data[2]["language"] == "de"


def test_folder_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    shutil.copy(GREENHOUSE, tmp_path / "b" / "1.eml")
    shutil.copy(MAIL / "lookalike_other" / "other_rental.eml", tmp_path / "a" / "deep" / "2.eml")
    shutil.copy(MAIL / "lookalike_job" / "job_offer.eml", tmp_path / "a" / "3.eml")
    (tmp_path / "notes.txt").write_text("not mail")
    code, out, _ = _run([str(tmp_path)], as_json=True)
    assert code == 0
    data = json.loads(out)
    assert [Path(d["path"]).relative_to(tmp_path).as_posix() for d in data] == [
        "a/3.eml", "a/deep/2.eml", "b/1.eml"]
    assert [d["label"] for d in data] == ["job_other", "other", "rejection"]


def test_whole_fixture_folder_runs() -> None:
    code, out, _ = _run([str(MAIL)], as_json=True)
    assert code == 0
    assert len(json.loads(out)) == len(list(MAIL.rglob("*.eml")))


def test_unreadable_file_reports_and_continues(tmp_path: Path) -> None:
    missing = tmp_path / "missing.eml"
    code, out, err = _run([str(missing), str(GREENHOUSE)], as_json=True)
    assert code != 0
    assert str(missing) in err
    data = json.loads(out)
    assert [d["path"] for d in data] == [str(GREENHOUSE)]


def test_unreadable_file_human_mode(tmp_path: Path) -> None:
    code, out, err = _run([str(tmp_path / "nope.mbox"), str(GREENHOUSE)])
    assert code == 1
    assert "nope.mbox" in err
    assert out.count("\n") == 1


def test_garbage_eml_still_classified(tmp_path: Path) -> None:
    junk = tmp_path / "junk.eml"
    junk.write_bytes(b"\x00\xff\xfeNot really an email\r\n\r\n\x00")
    code, out, _ = _run([str(junk)], as_json=True)
    assert code == 0
    assert json.loads(out)[0]["label"] == "other"


NEWSLETTER = MAIL / "lookalike_other" / "other_newsletter_about_rejection.eml"


def test_newsletter_about_rejection_is_marked_bulk_and_not_a_rejection() -> None:
    code, out, _ = _run([str(NEWSLETTER)], explain=True)
    assert code == 0
    first, *reasons = out.splitlines()
    assert " rejection " not in first and first.endswith(" bulk")
    assert any("bulk/list mail" in line for line in reasons)


def test_explain_shows_the_model_and_the_decision_sentence() -> None:
    code, out, _ = _run([str(GREENHOUSE)], explain=True)
    assert code == 0
    assert "    model: p(rejection) = " in out
    assert "    decision sentence: '" in out


def test_many_messages_in_worker_processes_give_the_same_output_in_order(tmp_path) -> None:
    """Past PARALLEL_FROM messages the work goes to forked workers a window at a time; the
    output must be what one process prints, in the input's order, unreadable files included."""
    from agent import classify_cmd

    fixtures = sorted(MAIL.rglob("*.eml"))
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(classify_cmd.PARALLEL_FROM + 60):
        shutil.copy(fixtures[i % len(fixtures)], folder / f"{i:04d}.eml")
    paths = [str(folder), str(tmp_path / "missing.eml"), str(MBOX)]  # an error in between
    one_out, one_err = io.StringIO(), io.StringIO()
    many_out, many_err = io.StringIO(), io.StringIO()
    window = classify_cmd.WINDOW
    classify_cmd.WINDOW = 25  # several windows
    try:
        one = run_classify(paths, as_json=True, explain=False, out=one_out, err=one_err, jobs=1)
        many = run_classify(paths, as_json=True, explain=False, out=many_out, err=many_err,
                            jobs=2)
    finally:
        classify_cmd.WINDOW = window
    assert many == one == 1
    assert "missing.eml" in many_err.getvalue()
    assert many_out.getvalue() == one_out.getvalue()
    assert many_err.getvalue() == one_err.getvalue()
    data = json.loads(many_out.getvalue())
    assert len(data) >= classify_cmd.PARALLEL_FROM + 59
    assert {d["label"] for d in data} >= {"rejection", "job_other"}
