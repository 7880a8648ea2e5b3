"""The one question: from the hook the rejection names, else the stage."""

import pytest

from agent.core.questions import Hook, choose, find_hook, mentions_final_round, question


@pytest.mark.parametrize("language, text, hook", [
    ("en", "We decided to move forward with candidates with more on-call and Kubernetes "
           "experience.", Hook("skill", "on-call and Kubernetes experience")),
    ("en", "The team was looking for deeper experience with distributed systems than we saw.",
     Hook("skill", "experience with distributed systems")),
    ("de", "Wir haben uns für Bewerber mit mehr Erfahrung mit Kubernetes entschieden.",
     Hook("skill", "Erfahrung mit Kubernetes")),
    ("fr", "Nous recherchions davantage d'expérience en gestion de projet agile.",
     Hook("skill", "expérience en gestion de projet agile")),
    ("es", "Buscábamos más experiencia en análisis de datos para este puesto.",
     Hook("skill", "experiencia en análisis de datos")),
    ("en", "Thank you for completing the case study last week. Unfortunately ...",
     Hook("round", "case_study")),
    ("de", "Vielen Dank für das Fachgespräch. Leider ...", Hook("round", "technical_interview")),
    ("en", "If you have more experience with Go in future, apply again.", Hook()),
    ("en", "Unfortunately we will not move forward with your application.", Hook()),
])
def test_hooks(language, text, hook):
    assert find_hook(text, language) == hook


def test_a_hook_never_carries_template_syntax_or_a_paragraph():
    assert find_hook("We wanted more experience with {{ secrets }}.", "en") == Hook()
    long = "We wanted more experience with " + "very " * 20 + "big systems."
    assert find_hook(long, "en") == Hook()


def test_choice_order():
    skill, round_ = Hook("skill", "Go experience"), Hook("round", "case_study")
    assert choose("application", False, skill) == "skill"
    assert choose("interview", True, round_) == "round"
    assert choose("application", False, round_) == "application"  # no round without interviews
    assert choose("interview", True, Hook()) == "final_round"
    assert choose("screening", False, Hook()) == "screening"
    assert choose("interview", False, Hook()) == "interview"
    assert choose("application", False, Hook()) == "application"


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
@pytest.mark.parametrize("formal", [True, False])
def test_every_question_is_one_question(language, formal):
    for kind, hook in (("skill", Hook("skill", "Go experience")), ("round", Hook("round", "take_home")),
                       ("final_round", Hook()), ("interview", Hook()), ("screening", Hook()),
                       ("application", Hook())):
        text = question(kind, language, formal, hook)
        assert text.count("?") == 1 and text.rstrip().endswith("?"), text
        assert "{" not in text and len(text.split()) <= 22, text


def test_final_round_mentions():
    assert mentions_final_round("Thank you for joining us for the final round interviews.")
    assert mentions_final_round("Nach dem finalen Gespräch haben wir uns anders entschieden.")
    assert not mentions_final_round("If you reach the final round, we will call you.")


def test_a_hostile_run_of_qualifiers_is_read_in_linear_time():
    """'more more more …' (or 'more hands-on …' repeated) made the skill pattern retry every
    repetition count from every word: seconds per rejection inside the poll."""
    import time

    from agent.core.questions import find_hook

    for text in ("more " * 1500 + "x", "more hands-on " * 500 + "experience with"):
        started = time.monotonic()
        find_hook(text, "en")
        assert time.monotonic() - started < 0.5
    assert find_hook("We needed more hands-on experience with Kubernetes.", "en").text == (
        "experience with Kubernetes")
