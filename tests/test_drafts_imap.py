"""Drafts in the recruiter's language, placed in a real Dovecot and read back; stage from the
thread's history; DEBRIEF_DRAFT_STAGES skips with a reason `explain` shows."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from helpers import make_mail, parse, run_cli, settings_for

from agent.cycle import fixed_clock, run_cycle
from agent.store import Store

T0 = datetime(2026, 11, 16, 10, 0, tzinfo=timezone.utc)  # Monday
H, D = timedelta(hours=1), timedelta(days=1)

GERMAN = make_mail(
    "Anna Schmidt <anna.schmidt@kranich-logistik.de>",
    "Ihre Bewerbung als Werkstudentin Controlling", """
    Sehr geehrte Frau Rivera,

    vielen Dank für Ihre Bewerbung als Werkstudentin Controlling und Ihr Interesse an der
    Kranich Logistik GmbH.

    Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen
    können. Wir haben uns für Bewerberinnen mit mehr Erfahrung mit SAP entschieden.

    Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

    Mit freundlichen Grüßen

    Anna Schmidt
    Personalreferentin
    """, T0, msgid="<rej-de@kranich-logistik.de>")
GERMAN_INVITE = make_mail(
    "Anna Schmidt <anna.schmidt@kranich-logistik.de>",
    "Einladung zum Vorstellungsgespräch", """
    Sehr geehrte Frau Rivera,

    gerne laden wir Sie zu einem Vorstellungsgespräch am Dienstag um 10 Uhr ein. Bitte
    bestätigen Sie uns den Termin.

    Mit freundlichen Grüßen
    Anna Schmidt
    """, T0 - 10 * D, msgid="<invite-de@kranich-logistik.de>")
GERMAN_REPLY = make_mail(
    "Alex Rivera <alex@example.org>", "Re: Einladung zum Vorstellungsgespräch",
    "Sehr geehrte Frau Schmidt, gerne bestätige ich den Termin am Dienstag.", T0 - 9 * D,
    msgid="<me-1@example.org>", in_reply_to="<invite-de@kranich-logistik.de>",
    to="Anna Schmidt <anna.schmidt@kranich-logistik.de>")
FRENCH = make_mail(
    "Claire Dubois <claire.dubois@maisonverte.fr>",
    "Votre candidature au poste de Chef de projet digital", """
    Bonjour Madame Rivera,

    Nous vous remercions pour le temps accordé à notre entretien et pour votre candidature au
    poste de Chef de projet digital chez Maison Verte.

    Après une étude attentive, nous sommes au regret de vous informer que votre candidature n'a
    pas été retenue.

    Nous vous souhaitons une bonne continuation dans vos recherches.

    Cordialement,

    Claire Dubois
    Chargée de recrutement
    """, T0 + 5 * 60 * timedelta(seconds=1), msgid="<rej-fr@maisonverte.fr>")
SPANISH = make_mail(
    "Marta Gómez <marta.gomez@solaria-energia.es>",
    "Proceso de selección: Analista de Datos", """
    Hola Alex,

    Gracias por tu interés en Solaria Energía y por participar en nuestro proceso de selección
    para el puesto de Analista de Datos.

    Tras revisar todas las candidaturas, hemos decidido continuar con otros candidatos cuyo
    perfil se ajusta más a los requisitos del puesto.

    Te deseamos mucho éxito en tu búsqueda.

    Un saludo,

    Marta Gómez
    Reclutadora
    """, T0 + 10 * 60 * timedelta(seconds=1), msgid="<rej-es@solaria-energia.es>")

EXPECTED = {  # To, greeting, a phrase only that language and stage would say
    "<rej-de@kranich-logistik.de>": ("anna.schmidt@kranich-logistik.de",
                                     "Sehr geehrte Frau Schmidt,", "in den Gesprächen",
                                     "„Erfahrung mit SAP“", "Mit freundlichen Grüßen"),
    "<rej-fr@maisonverte.fr>": ("claire.dubois@maisonverte.fr", "Bonjour Madame Dubois,",
                                "lors des entretiens", "candidature", "Bien cordialement,"),
    "<rej-es@solaria-energia.es>": ("marta.gomez@solaria-energia.es", "Hola, Marta:",
                                    "tu opinión", "candidatura", "Un saludo,"),
}


def cycle(settings, store, when):
    return run_cycle(settings, store, fixed_clock(when))


def test_german_french_spanish_drafts_are_placed_and_read_back(dovecot_server, mailbox_user,
                                                               tmp_path):
    sandbox, user = dovecot_server, mailbox_user
    sandbox.append("INBOX", GERMAN_INVITE, when=T0 - 10 * D, user=user)
    sandbox.append("Sent", GERMAN_REPLY, when=T0 - 9 * D, user=user)
    for raw, when in ((GERMAN, T0), (FRENCH, T0), (SPANISH, T0)):
        sandbox.append("INBOX", raw, when=when, user=user)
    settings = settings_for(sandbox, user, tmp_path / "d.db")
    with Store(settings.database_url) as store:
        cycle(settings, store, T0 + H)
        threads = {t.rejection_message_id: t for t in store.threads()}
        assert set(threads) == set(EXPECTED)
        german = threads["<rej-de@kranich-logistik.de>"]
        assert (german.language, german.stage, german.formal, german.salutation) == (
            "de", "interview", True, "f Schmidt")  # the invitation and the user's reply: interviewed
        assert (german.hook_kind, german.hook) == ("skill", "Erfahrung mit SAP")
        assert threads["<rej-es@solaria-energia.es>"].formal is False
        cycle(settings, store, T0 + 25 * H)
        assert {t.state for t in store.threads()} == {"drafted"}

    placed = sandbox.messages("Drafts", user=user)
    assert len(placed) == 3
    for _, flags, raw in placed:
        assert b"\\Draft" in flags
        msg = parse(raw)
        to, first_line, stage_words, hook, closing = EXPECTED[msg["In-Reply-To"]]
        assert msg["In-Reply-To"] in msg["References"]
        assert msg["To"].addresses[0].addr_spec == to
        body = msg.get_content().replace("\r\n", "\n")
        assert body.splitlines()[0] == first_line, body
        assert stage_words in body and hook in body and closing in body, body
        assert body.count("?") == 1 and len(body.split()) <= 110, body
        assert not re.search(r"\b(?:the|and|your|you)\b", body), body  # not English


def test_later_mail_from_the_company_does_not_hide_the_interview(dovecot_server, mailbox_user,
                                                                   tmp_path):
    """More than twenty newer messages from the company (after the rejection) once filled the
    history's slots and hid the interview; the search is bounded by date, not by count."""
    sandbox, user = dovecot_server, mailbox_user
    sandbox.append("INBOX", GERMAN_INVITE, when=T0 - 10 * D, user=user)  # the only evidence
    sandbox.append("INBOX", GERMAN, when=T0, user=user)
    for i in range(25):
        when = T0 + (i + 1) * timedelta(minutes=1)
        sandbox.append("INBOX", make_mail(
            "Kranich Logistik <karriere@kranich-logistik.de>", f"Neue Stellenangebote {i}",
            "Unsere neuen Stellen dieser Woche.", when,
            msgid=f"<news-{i}@kranich-logistik.de>"), when=when, user=user)
    settings = settings_for(sandbox, user, tmp_path / "d.db", DEBRIEF_DRAFT_STAGES="interview")
    with Store(settings.database_url) as store:
        cycle(settings, store, T0 + H)
        (thread,) = store.threads()
        assert (thread.stage, thread.state) == ("interview", "scheduled")


def test_draft_stages_setting_skips_and_explain_says_why(dovecot_server, mailbox_user, tmp_path):
    sandbox, user = dovecot_server, mailbox_user
    sandbox.append("INBOX", SPANISH, when=T0, user=user)  # an application-stage rejection
    settings = settings_for(sandbox, user, tmp_path / "d.db", DEBRIEF_DRAFT_STAGES="interview")
    assert settings.draft_stages == ("interview",)
    with Store(settings.database_url) as store:
        cycle(settings, store, T0 + H)
        cycle(settings, store, T0 + 30 * H)
        (thread,) = store.threads()
        assert thread.state == "skipped" and thread.stage == "application"
        assert thread.reason == "application stage not in DEBRIEF_DRAFT_STAGES (interview)"
        thread_id = thread.id
    assert sandbox.messages("Drafts", user=user) == []
    from helpers import env_for

    env = env_for(sandbox, user, tmp_path / "d.db", DEBRIEF_DRAFT_STAGES="interview")
    done = run_cli(env, "explain", str(thread_id))
    assert done.returncode == 0, done.stderr
    assert "skipped (application stage not in DEBRIEF_DRAFT_STAGES (interview))" in done.stdout
    assert "stage application" in done.stdout  # the history line says how the stage was found
