"""Formal or informal, Frau/Herr or neither: read from the rejection, never guessed."""

from pathlib import Path

import pytest

from agent.core.classify import classify, strip_quoted
from agent.core.message import parse_message
from agent.core.register import analyse, detect_gender, detect_register, greeting, split_name

LANGS = Path(__file__).parent / "fixtures" / "mail" / "languages"


@pytest.mark.parametrize("name, first_line", [
    ("rej_french.eml", "Bonjour Madame Dubois,"),  # "Chargée de recrutement" under her name
    ("rej_german.eml", "Guten Tag Jonas Hartmann,"),  # Sie-form, nothing says Herr: neutral
    ("rej_spanish.eml", "Hola, Marta:"),  # they wrote tú
])
def test_fixture_rejections_get_the_recruiters_register(name, first_line):
    parsed = parse_message((LANGS / name).read_bytes())
    verdict = classify(parsed)
    found = analyse(strip_quoted(parsed.text), verdict.language, verdict.contact_name)
    assert greeting(verdict.language, found.formal, found.gender, verdict.contact_name) == \
        first_line


@pytest.mark.parametrize("language, text, formal", [
    ("de", "Hallo Alex,\n\nleider müssen wir dir mitteilen, dass wir dein Profil nicht "
           "weiter berücksichtigen.", False),
    ("de", "Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Ihnen keine "
           "Zusage geben.", True),  # first name, but Sie: formal
    ("de", "Hallo Alex,\n\nleider hat es diesmal nicht geklappt.\n\nViele Grüße", False),
    ("de", "Sehr geehrter Herr Rivera,\n\nleider müssen wir Ihnen absagen. Sie waren ...", True),
    ("fr", "Bonjour Alex,\n\nmerci pour ta candidature, malheureusement nous ne pouvons pas "
           "donner suite. Nous te souhaitons bonne chance.", False),
    ("fr", "Madame, Monsieur,\n\nnous vous remercions pour votre candidature.", True),
    ("fr", "Bonjour Alex,\n\nnous t'informons que ta candidature n'a pas été retenue.", False),
    ("es", "Hola Alex,\n\ngracias por tu interés. Te deseamos suerte.", False),
    ("es", "Estimado Alex:\n\nle agradecemos su interés. Lamentamos informarle que ...", True),
    ("es", "Buenos días:\n\nHemos decidido no continuar con su candidatura.", True),
    ("en", "Hi Alex,\n\nthanks for applying.", False),
    ("en", "Dear Alex,\n\nthank you for applying.", True),
])
def test_register_detection(language, text, formal):
    assert detect_register(text, language) is formal


@pytest.mark.parametrize("text, name, gender", [
    ("Ihre Ansprechpartnerin ist Frau Schmidt.", "Anna Schmidt", "f"),
    ("Mit freundlichen Grüßen\nAnna Schmidt\nPersonalreferentin", "Anna Schmidt", "f"),
    ("Mit freundlichen Grüßen\nJonas Hartmann\nPersonalreferent", "Jonas Hartmann", "m"),
    ("Mit freundlichen Grüßen\nKim Berger\nTalent Acquisition Manager", "Kim Berger", ""),
    ("Cordialement,\nClaire Dubois\nChargée de recrutement", "Claire Dubois", "f"),
    ("Cordialement,\nMarc Petit\nChargé de recrutement", "Marc Petit", "m"),
    ("Un saludo,\nMarta Gómez\nReclutadora", "Marta Gómez", "f"),
    ("Sehr geehrter Herr Rivera, ...\nAnna Schmidt", "Anna Schmidt", ""),  # that is the candidate
    ("Best regards,\nJane Doe\nRecruiter", "Jane Doe", ""),
    ("Kind regards,\nPriya Natarajan", "", ""),
])
def test_gender_only_when_the_rejection_states_it(text, name, gender):
    assert detect_gender(text, name) == gender


def test_names_and_greetings():
    assert split_name("Doe, Jane") == ("Jane", "Doe")
    assert split_name("Anna van der Berg") == ("Anna", "van der Berg")
    assert split_name("Maria Luisa Fernández Ortega") == ("Maria", "")  # ambiguous surname
    assert split_name("Frau Anna Schmidt") == ("Anna", "Schmidt")
    assert greeting("de", True, "m", "Jonas Hartmann") == "Sehr geehrter Herr Hartmann,"
    assert greeting("de", True, "", "") == "Sehr geehrte Damen und Herren,"
    assert greeting("fr", True, "", "") == "Madame, Monsieur,"
    assert greeting("es", True, "f", "Marta Gómez") == "Estimada Sra. Gómez:"
    assert greeting("es", True, "f", "Maria Luisa Fernández Ortega") == \
        "Buenos días, Maria Luisa Fernández Ortega:"
    assert greeting("en", True, "f", "Jane Doe") == "Hello Jane,"
    assert greeting("it", False, "", "Giulia Rossi") == "Hello Giulia,"


def test_salutation_is_kept_for_its_person_only():
    from agent.core.register import gender_for, salutation_for

    stored = salutation_for("f", "Anna Schmidt")
    assert stored == "f Schmidt"
    assert gender_for(stored, "Anna Schmidt") == "f"
    assert gender_for(stored, "Jonas Berger") == ""  # a colleague answered, or another contact
    assert gender_for(None, "Anna Schmidt") == "" and salutation_for("", "Anna Schmidt") == ""


def test_a_formal_greeting_never_uses_a_lone_name() -> None:
    """A signature of one word ("Im Auftrag / Müller", "Tom") may be a surname or a first name:
    "Guten Tag Müller," reads wrong, the neutral formal greeting fits both; informal mail uses
    the name as it is."""
    from agent.core.register import greeting
    assert greeting("de", True, "", "Müller") == "Sehr geehrte Damen und Herren,"
    assert greeting("fr", True, "", "Garnier") == "Madame, Monsieur,"
    assert greeting("de", True, "", "Petra Lanz") == "Guten Tag Petra Lanz,"
    assert greeting("de", False, "", "Tobi") == "Hallo Tobi,"
    assert greeting("en", False, "", "Tom") == "Hello Tom,"
