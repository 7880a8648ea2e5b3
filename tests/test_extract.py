"""Extraction from the hand-written fixtures: exact company, title, contact, stage and language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.core import extract
from agent.core.classify import classify, clean_title
from agent.core.message import from_fields, parse_message

MAIL = Path(__file__).parent / "fixtures" / "mail"

# file: (label, company, job_title, contact_name, contact_email, stage, language)
EXPECTED = {
    "ats/rej_greenhouse_html.eml": (
        "rejection", "Northwind Robotics", "Senior Backend Engineer", "", "", "application", "en"),
    "ats/rej_lever_reply_to.eml": (
        "rejection", "Lumen Health", "Product Designer", "Priya Raman",
        "priya.raman@lumenhealth.com", "interview", "en"),
    "ats/rej_workday_status.eml": (
        "rejection", "Contoso", "Data Analyst", "", "", "application", "en"),
    "ats/rej_smartrecruiters_filled.eml": (
        "rejection", "Fabrikam", "Logistics Coordinator", "", "", "application", "en"),
    "ats/rej_ashby_interview_body_contact.eml": (
        "rejection", "Tailwind Labs", "Staff Engineer", "Dana Whitfield",
        "dana.whitfield@tailwindlabs.io", "interview", "en"),
    "ats/rej_teamtailor_html.eml": (
        "rejection", "Pinecone Studio", "Customer Success Manager", "", "", "application", "en"),
    "personal/rej_agency_recruiter.eml": (
        "rejection", "Halcyon Energy", "Project Manager", "Marcus Bell",
        "marcus.bell@brightpathtalent.co.uk", "interview", "en"),
    "personal/rej_hiring_manager_personal.eml": (
        "rejection", "Quill Books", "Frontend Engineer", "Elena Petrova", "elena@quillbooks.com",
        "interview", "en"),
    "personal/rej_graduate_programme.eml": (
        "rejection", "Meridian Bank", "Technology Graduate Programme 2025", "",
        "graduates@meridianbank.com", "application", "en"),
    "personal/rej_university.eml": (
        "rejection", "University of Westbridge", "Research Associate in Machine Learning",
        "Helen Carter", "hr-recruitment@westbridge.ac.uk", "application", "en"),
    "languages/rej_german.eml": (
        "rejection", "Kranich Logistik", "Werkstudent Controlling", "Jonas Hartmann",
        "bewerbung@kranich-logistik.de", "application", "de"),
    "languages/rej_french.eml": (
        "rejection", "Maison Verte", "Chef de projet digital", "Claire Dubois",
        "claire.dubois@maisonverte.fr", "application", "fr"),
    "languages/rej_spanish.eml": (
        "rejection", "Solaria Energía", "Analista de Datos", "Marta Gómez",
        "seleccion@solaria-energia.es", "application", "es"),
    "ats/rej_icims_html.eml": (
        "rejection", "Globex", "Site Reliability Engineer", "", "", "application", "en"),
    "ats/rej_bamboohr.eml": (
        "rejection", "Harbor & Finch", "Marketing Coordinator", "", "", "application", "en"),
    "ats/rej_workable_reply_relay.eml": (
        "rejection", "Vantage Analytics", "Machine Learning Engineer", "Tom Becker",
        "tom.becker@vantageanalytics.com", "application", "en"),
    "ats/rej_linkedin_update.eml": (
        "rejection", "Norrsken Mobility", "Data Engineer", "", "", "application", "en"),
    "languages/rej_personio_de_html.eml": (
        "rejection", "Brückner Software", "Frontend-Entwickler", "", "", "application", "de"),
    "lookalike_job/job_interview_german.eml": (
        "job_other", "Nordlicht-Energie", "Projektingenieurin", "Anna Schulz",
        "anna.schulz@nordlicht-energie.de", "application", "de"),
    "lookalike_job/job_received_spanish.eml": (
        "job_other", "Lumbre", "Diseñadora UX", "", "empleo@lumbre.es", "application", "es"),
    "lookalike_job/job_interview_invite.eml": (
        "job_other", "OrbitPay", "Platform Engineer", "Jordan Lee", "jordan.lee@orbitpay.com",
        "application", "en"),
    "lookalike_job/job_offer.eml": (
        "job_other", "BrightLoop", "Data Engineer", "Nadia Khan", "nadia.khan@brightloop.io",
        "application", "en"),
    "lookalike_job/job_received_cant_reply.eml": (
        "job_other", "Acme", "Backend Engineer", "", "", "application", "en"),
}


def _verdict(name: str):
    return classify(parse_message((MAIL / name).read_bytes()))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_extracted_fields_exact(name: str) -> None:
    label, company, title, contact_name, contact_email, stage, language = EXPECTED[name]
    v = _verdict(name)
    got = (v.label, v.company, v.job_title, v.contact_name, v.contact_email, v.stage, v.language)
    assert got == (label, company, title, contact_name, contact_email, stage, language), v.reasons


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_never_an_ats_name_or_no_reply(name: str) -> None:
    v = _verdict(name)
    for ats in ("greenhouse", "lever", "ashby", "workday", "myworkday", "smartrecruiters",
                "teamtailor", "icims", "bamboohr", "workable", "personio", "linkedin"):
        assert ats not in v.company.lower()
    assert "reply" not in v.contact_email
    assert "notification" not in v.contact_email


def test_reasons_name_the_evidence() -> None:
    v = _verdict("ats/rej_greenhouse_html.eml")
    joined = " | ".join(v.reasons)
    assert "move forward with other candidates" in joined
    assert "company 'Northwind Robotics'" in joined
    assert "contact:" in joined


@pytest.mark.parametrize(("raw", "expected"), [
    ("Data Analyst - Chicago (R-48213)", "Data Analyst"),
    ("Senior Backend Engineer (Remote)", "Senior Backend Engineer"),
    ("Platform Engineer (Req 4411)", "Platform Engineer"),
    ("Backend Engineer - Berlin", "Backend Engineer"),
    ("Software Engineer - Backend", "Software Engineer - Backend"),
    ("Werkstudent Controlling (m/w/d)", "Werkstudent Controlling"),
    ("R-12345 Site Reliability Engineer", "Site Reliability Engineer"),
    ("Technology Graduate Programme 2025", "Technology Graduate Programme 2025"),
    ("Global Account Manager [REMOTE]", "Global Account Manager"),
    ("Product Manager, Remote", "Product Manager"),
])
def test_clean_title(raw: str, expected: str) -> None:
    assert clean_title(raw) == expected


def _rej(subject: str, sender: str, body: str):
    v = classify(from_fields(subject, sender, body))
    assert v.label == "rejection", v.reasons
    return v


def test_company_with_an_abbreviation_dot_is_not_cut() -> None:
    v = _rej("Ihre Bewerbung", "Sabine Krüger <s.krueger@sga.example>",
             "Sehr geehrte Frau Roth,\n\nvielen Dank für Ihr Interesse an St. Gallen Analytics. "
             "Leider haben wir uns für eine andere Kandidatin entschieden.\n\nFreundliche Grüße\n"
             "Sabine Krüger")
    assert v.company == "St. Gallen Analytics"


def test_body_spelling_beats_the_domain() -> None:
    v = _rej("Your application", "Jordan Blake <jordan@northstarlabs.com>",
             "Hi Sam,\n\nThank you for your interest in Northstar Labs. Unfortunately we have "
             "decided to move forward with other candidates.\n\nBest,\nJordan Blake")
    assert v.company == "Northstar Labs"
    assert v.company_confidence >= 0.8


def test_legal_suffix_dropped_for_display() -> None:
    v = _rej("Ihre Bewerbung als Data Engineer", "HR <bewerbung@weserland.example>",
             "Sehr geehrter Herr Yilmaz,\n\nvielen Dank für Ihre Bewerbung bei Weserland Pharma "
             "GmbH. Leider können wir Ihre Bewerbung nicht berücksichtigen.\n\nMit freundlichen "
             "Grüßen\nPersonalabteilung")
    assert v.company == "Weserland Pharma"


def test_agency_recruiter_client_is_the_company() -> None:
    v = _rej("Project Manager role", "Marcus Bell <marcus.bell@brightpathtalent.co.uk>",
             "Hi Alex,\n\nI've had feedback from my client, Halcyon Energy: they have decided to "
             "proceed with another candidate for the Project Manager role.\n\nBest,\nMarcus Bell\n"
             "Senior Consultant, Brightpath Talent")
    assert v.company == "Halcyon Energy"


def test_team_name_and_person_title_are_never_the_company() -> None:
    v = _rej("Senior Backend Engineer - our decision", "Olivia Chen <olivia@redwoodpay.example>",
             "Hi Sam,\n\nThank you for interviewing with us. Unfortunately we have decided to "
             "move forward with other candidates.\n\nAll the best,\nOlivia Chen\n"
             "Engineering Manager, Payments Platform")
    assert v.company not in ("Payments Platform", "Engineering Manager", "Senior Backend Engineer")
    assert v.job_title == "Senior Backend Engineer"


@pytest.mark.parametrize(("subject", "title"), [
    ("Senior Backend Engineer - our decision", "Senior Backend Engineer"),
    ("Data Engineer (m/w/d)", "Data Engineer"),
    ("UX Designerin (w/m/d) - Ihre Bewerbung", "UX Designerin"),
])
def test_titles_from_subjects(subject: str, title: str) -> None:
    v = _rej(subject, "Jane Doe <jane@acme.example>",
             "Hello,\n\nthank you for your time. Unfortunately we have decided to move forward "
             "with other candidates.\n\nJane Doe")
    assert v.job_title == title
    assert 0.5 <= v.title_confidence <= 1.0


def test_no_title_means_zero_title_confidence() -> None:
    v = _rej("Update", "Jane Doe <jane@acme.example>",
             "Hello,\n\nUnfortunately we have decided to move forward with other candidates.")
    assert (v.job_title, v.title_confidence) == ("", 0.0)


# --- one test per kind of miss found on real mail (issue 8); each failed before the fix -------
def test_agency_client_named_in_german_french_spanish() -> None:
    cases = [
        ("Felix Brandt <felix.brandt@techtalents-personal.de>",
         "Hallo Herr Weber,\n\nich habe heute Rückmeldung von meinem Kunden, der Hanse Logistik, "
         "erhalten. Leider hat man sich für einen anderen Bewerber entschieden.\n\nViele Grüße\n"
         "Felix Brandt\nSenior Personalberater | TechTalents Personalberatung", "Hanse Logistik"),
        ("Sophie Dubois <s.dubois@cabinet-alizes.fr>",
         "Bonjour,\n\nJe reviens vers vous concernant le poste de Responsable logistique chez "
         "notre client Transports Moreau. Malheureusement, votre candidature n'a pas été "
         "retenue.\n\nSophie Dubois\nChargée de recrutement, Cabinet Alizés", "Transports Moreau"),
        ("Lucía Navarro <lucia.navarro@talento-iberia.es>",
         "Hola Marcos,\n\nNuestro cliente, Grupo Olivar, ha decidido continuar con otro candidato "
         "para el puesto de Analista Financiero.\n\nLucía Navarro\nConsultora Senior, Talento "
         "Iberia", "Grupo Olivar"),
    ]
    for sender, body, company in cases:
        v = _rej("Ihre Bewerbung", sender, body)
        assert v.company == company, v.reasons


def test_agency_without_the_word_client() -> None:
    v = _rej("Head of Finance", "Rachel Moore <rachel.moore@harbourexec.co.uk>",
             "Dear Kim,\n\nI wanted to let you know that Penrose Foods have decided not to "
             "progress your application following the final round interview.\n\nKind regards,\n"
             "Rachel Moore\nPrincipal Consultant | Harbour Executive Search")
    assert v.company == "Penrose Foods"
    assert v.stage == "interview"


def test_person_title_line_is_never_the_company() -> None:
    v = _rej("Re: DevOps Engineer", "Liam Grant <liam@northpeak-talent.com>",
             "Hi Sasha,\n\nThanks for interviewing for the DevOps Engineer contract. My client, "
             "Verity Bank, has come back to say they'll be proceeding with another candidate.\n\n"
             "Liam Grant\nSenior Recruiter, Northpeak Talent")
    assert v.company == "Verity Bank"
    assert v.job_title == "DevOps Engineer"


def test_feminine_job_title_is_not_the_company_the_signature_line_is() -> None:
    v = _rej("Absage", "Jana Köhler <jana.koehler@gruenwerk-energie.de>",
             "Sehr geehrte Frau Lang,\n\nvielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen "
             "absagen.\n\nMit freundlichen Grüßen\nJana Köhler\nTalent Acquisition Managerin\n"
             "Grünwerk Energie GmbH")
    assert v.company == "Grünwerk Energie"


def test_abbreviation_dots_sta_and_ste() -> None:
    v = _rej("Su candidatura", "RRHH <rrhh@sta-lucia-hospital.example>",
             "Estimada Sra. López:\n\nLe agradecemos su candidatura al puesto de Enfermera en el "
             "Hospital Sta. Lucía. Lamentablemente, su candidatura no ha sido seleccionada.\n\n"
             "Recursos Humanos")
    assert v.company == "Hospital Sta. Lucía"
    assert v.job_title == "Enfermera"


def test_body_spelling_with_accents_beats_the_domain() -> None:
    v = _rej("Votre candidature", "Recrutement <jobs@ocean-bleu-voyages.fr>",
             "Bonjour Paul,\n\nMerci d'avoir postulé au poste de Conseiller voyages chez Océan Bleu "
             "Voyages. Nous ne sommes pas en mesure de retenir votre candidature.\n\n"
             "L'équipe Océan Bleu Voyages")
    assert v.company == "Océan Bleu Voyages"
    assert v.job_title == "Conseiller voyages"


def test_ats_display_name_is_the_company() -> None:
    v = _rej("Update on your application", "Harbor Lane Foods <harborlane@myworkday.com>",
             "Hello Sam,\n\nThank you for applying. Unfortunately we have decided to move forward "
             "with other candidates.\n\nDaniel Kim\nHead of People")
    assert v.company == "Harbor Lane Foods"


def test_role_words_are_not_the_company() -> None:
    v = _rej("Candidatura Prácticas en Finanzas", "Clínica San Rafael <clinicasan@myworkday.com>",
             "Estimado candidato:\n\nHemos decidido no seguir adelante con tu candidatura.\n\n"
             "Marta Gómez\nRecursos Humanos\nClínica San Rafael S.L.")
    assert v.company == "Clínica San Rafael"
    assert v.job_title == "Prácticas en Finanzas"


@pytest.mark.parametrize(("subject", "title"), [
    ("Re: Data Engineer", "Data Engineer"),
    ("Deine Bewerbung als Backend Developer", "Backend Developer"),
    ("Bewerbung Projektmanagerin (m/w/d)", "Projektmanagerin"),
    ("DevOps Engineer (Contract)", "DevOps Engineer"),
    ("Absage: Produktmanager", "Produktmanager"),
    ("Data Engineer - nuestra decisión", "Data Engineer"),
])
def test_more_titles_from_subjects(subject: str, title: str) -> None:
    v = _rej(subject, "Jane Doe <jane@acme.example>",
             "Hello,\n\nthank you for your time. Unfortunately we have decided to move forward "
             "with other candidates.\n\nJane Doe")
    assert v.job_title == title


@pytest.mark.parametrize(("body", "title"), [
    ("Après réflexion, nous avons choisi un autre profil pour le poste de Développeur Python.",
     "Développeur Python"),
    ("Nous avons étudié votre candidature au poste d'Infirmière de bloc. Elle n'a pas été "
     "retenue.", "Infirmière de bloc"),
    ("Für Ihre Bewerbung auf die Stelle als Sachbearbeiter Buchhaltung danken wir Ihnen. Leider "
     "haben wir uns für andere Bewerber entschieden.", "Sachbearbeiter Buchhaltung"),
    ("We appreciate you applying for Financial Analyst and the time you put into your "
     "application. Unfortunately we will not move forward.", "Financial Analyst"),
])
def test_titles_from_body_phrases(body: str, title: str) -> None:
    v = _rej("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert v.job_title == title


@pytest.mark.parametrize("body", [
    "Vielen Dank, dass Sie sich die Zeit für die finale Runde genommen haben. Leider haben wir uns "
    "für eine andere Kandidatin entschieden.",
    "Thanks again for your time at the second interview. Unfortunately we have decided to "
    "proceed with another candidate.",
])
def test_stage_from_later_rounds(body: str) -> None:
    v = _rej("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert v.stage == "interview"


@pytest.mark.parametrize("title", ["Personalreferentin", "Recruiting-Managerin",
                                   "Ausbildungsbeauftragte", "HR Business Partnerin"])
def test_a_german_title_before_the_comma_is_not_part_of_the_company(title: str) -> None:
    """Seen in the demo: 'Personalreferentin, Nordlicht Software GmbH' became the company, and
    the draft thanked 'das Team von Personalreferentin, Nordlicht Software'."""
    v = _rej("Ihre Bewerbung als Platform Engineer",
             "Katrin Vogel <katrin.vogel@nordlicht-software.example>",
             "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Platform Engineer "
             "bei Nordlicht Software. Leider haben wir uns für einen anderen Kandidaten "
             f"entschieden.\n\nMit freundlichen Grüßen\nKatrin Vogel\n{title}, Nordlicht Software "
             "GmbH")
    assert v.company == "Nordlicht Software"


@pytest.mark.parametrize(("subject", "body", "stage"), [
    ("Re: Interview follow-up", "Hi Sam,\n\nThanks again for spending time with the team last "
     "week. I'm sorry to say that we've decided to go with someone whose experience is closer "
     "to the role.\n\nBest,\nPriya", "interview"),
    ("Deine Bewerbung", "Hey Sam,\n\ndanke dir für deine Bewerbung und das nette Gespräch! Leider "
     "hat es diesmal nicht geklappt.\n\nLena", "interview"),
    ("Ta candidature", "Salut Sam,\n\non a finalement décidé de ne pas aller plus loin avec ta "
     "candidature, merci pour ton temps et notre échange.\n\nJulie", "interview"),
    ("Your application", "Dear Sam,\n\nThank you for your application; we will not be inviting "
     "you to an interview. We wish you well.\n\nRecruiting", "application"),
])
def test_thanks_for_a_conversation_is_the_interview_stage(subject: str, body: str,
                                                          stage: str) -> None:
    v = _rej(subject, "Priya Shah <priya.shah@globex.example>", body)
    assert v.stage == stage
    assert v.job_title == ""  # a conversation's subject is not a role


# --- fresh set (data/extraction/rejections_fresh_*.txt): one test per general fix; each failed
# before it. The wording here is new, not the set's own rows.
def _x(subject: str, sender: str, body: str, reply_to: str = ""):
    from agent.core import extract
    from agent.core.classify import analyse
    message = from_fields(subject, sender, body, reply_to=reply_to)
    return extract.extract(message, body, analyse(message).norm)


_NO = "Unfortunately we will not be taking your application further."


@pytest.mark.parametrize(("sender", "sig", "company"), [
    ("HR <jobs@marlowe.ac.uk>", "People Services\nUniversity of Marlowe", "University of Marlowe"),
    ("Personal <personal@fh-westerkamp.de>", "Personaldezernat\nFachhochschule Westerkamp",
     "Fachhochschule Westerkamp"),
    ("Ana Ruiz <ana@editions-pivoine.fr>", "Ana Ruiz\nÉditions de la Pivoine",
     "Éditions de la Pivoine"),
    ("Dana Lee <dana@quillon.io>", "Dana Lee\nEngineering Manager, Search & Discovery\nQuillon",
     "Quillon"),
])
def test_a_signature_line_naming_the_domain_s_organisation_is_the_company(
        sender: str, sig: str, company: str) -> None:
    x = _x("Your application", sender, f"Dear Kim,\n\nThank you for applying. {_NO}\n\n{sig}")
    assert x.company == company, x.reasons


def test_an_address_line_sharing_the_domain_s_name_is_not_the_company() -> None:
    x = _x("Your application", "HR <jobs@fh-westerkamp.de>",
           f"Dear Kim,\n\nThank you for applying. {_NO}\n\nHochschule Westerkamp\n"
           "Westerkamp, Germany")
    assert x.company == "Hochschule Westerkamp", x.reasons


def test_the_signing_person_sharing_the_domain_s_name_is_not_the_company() -> None:
    x = _x("Ihre Bewerbung", "Jens Harms <kanzlei@harms-stb.de>",
           "Sehr geehrte Frau Berg,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen "
           "Grüßen\nJens Harms")
    assert x.company != "Jens Harms"


def test_name_title_and_company_on_one_signature_line() -> None:
    """The probe's miss: 'Sam St. Clair, Head of Engineering, Northstar Labs'."""
    x = _x("Your application", "Sam St. Clair <sam@nslabs.example>",
           f"Hi Jo,\n\nThanks for applying. {_NO}\n\nSam St. Clair, Head of Engineering, "
           "Northstar Labs")
    assert x.company == "Northstar Labs", x.reasons


def test_and_partner_is_part_of_a_company_name() -> None:
    x = _x("Ihre Bewerbung", "Kanzlei <info@voss-partner.de>",
           "Sehr geehrter Herr Lutz,\n\nleider können wir Ihnen keine Stelle anbieten.\n\n"
           "Mit freundlichen Grüßen\nVoss & Partner Rechtsanwälte")
    assert x.company == "Voss & Partner Rechtsanwälte", x.reasons


@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Lars Kühn <l.kuehn@nordsearch.de>", "Sehr geehrter Herr Ott,\n\nunser Mandant, die Elbtal "
     "Armaturen GmbH, hat sich für einen anderen Kandidaten entschieden.\n\nLars Kühn",
     "Elbtal Armaturen"),
    ("Lars Kühn <l.kuehn@nordsearch.de>", "Sehr geehrter Herr Ott,\n\nwir haben Ihre Unterlagen "
     "im Auftrag der Elbtal Armaturen AG geprüft. Leider passt Ihr Profil nicht.\n\nLars Kühn",
     "Elbtal Armaturen"),
    ("Lars Kühn <l.kuehn@nordsearch.de>", "Hi Tim,\n\nich habe dein Profil bei Elbtal Armaturen "
     "vorgestellt, leider ohne Erfolg.\n\nLars Kühn | Personalberater\nNordsearch GmbH",
     "Elbtal Armaturen"),
    ("Claire Petit <c.petit@rh-partenaires.fr>", "Bonjour,\n\nSuite à vos entretiens avec la "
     "Banque Cerisaie, notre client a retenu un autre candidat.\n\nClaire Petit\nConsultante",
     "Banque Cerisaie"),
    ("Ed Moss <ed.moss@keyline.co.uk>", "Hi Raj,\n\nAfter your interview last week, Thornbury "
     "Logistics have gone with another candidate.\n\nEd Moss\nSenior Consultant\nKeyline "
     "Associates", "Thornbury Logistics"),
    ("Ed Moss <ed.moss@keyline.co.uk>", "Hi Raj,\n\nI spoke to the hiring manager at Thornbury "
     "Logistics this morning and they won't be progressing your application.\n\nEd Moss\n"
     "Recruitment Consultant\nKeyline Recruitment Ltd", "Thornbury Logistics"),
])
def test_an_agency_s_client_named_in_new_ways_is_the_company(sender: str, body: str,
                                                             company: str) -> None:
    x = _x("Your application", sender, body)
    assert x.company == company, x.reasons


def test_an_agency_s_client_named_only_in_the_subject() -> None:
    x = _x("Your application: Stock Controller at Fenby Foods (via Crewline Staffing)",
           "Crewline Staffing <applications@crewlinestaffing.com>",
           "Hello,\n\nOur client has decided to progress other applicants.\n\nThe Crewline "
           "Staffing Team")
    assert (x.company, x.job_title) == ("Fenby Foods", "Stock Controller"), x.reasons


@pytest.mark.parametrize(("sender", "company"), [
    ("Ravenscar Bank Early Careers <earlycareers@ravenscar.example>", "Ravenscar Bank"),
    ("DRH Recrutement <drh@univ-garonne.fr>", "Univ-Garonne"),
])
def test_team_display_names(sender: str, company: str) -> None:
    x = _x("Votre candidature", sender, f"Hello,\n\nThank you for applying. {_NO}")
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("body", "title"), [
    # the probe's miss: the role named as "the X position" with the verb far after it
    ("I'm sorry to say that the Data Engineer position you applied for in March has been filled.",
     "Data Engineer"),
    ("After much thought we have decided not to offer you the Lead Product Designer opening.",
     "Lead Product Designer"),
    ("We are unable to offer you a place on the Legal Summer Scheme this year.",
     "Legal Summer Scheme"),
    ("Thank you for applying to the 2027 Industrial Placement and for your patience.",
     "Industrial Placement"),
    ("Thank you for applying for our Graduate Quantity Surveyor scheme.",
     "Graduate Quantity Surveyor"),
    ("Votre candidature au poste d'Analyste en risques de crédit n'a pas été retenue.",
     "Analyste en risques de crédit"),
    ("Wir haben uns die Entscheidung für die Stelle als Kauffrau für Büromanagement nicht leicht "
     "gemacht.", "Kauffrau für Büromanagement"),
    ("Vielen Dank für Ihre Bewerbung um einen Ausbildungsplatz zur Mechatronikerin (m/w/d).",
     "Mechatronikerin"),
    ("J'ai présenté votre profil pour la mission d'Architecte Cloud, sans succès.",
     "Architecte Cloud"),
    ("Merci pour l'intérêt porté à notre poste de Chargé d'affaires. Nous avons choisi un autre "
     "profil.", "Chargé d'affaires"),
    ("Poste : Technicien de maintenance\n\nNous ne retenons pas votre candidature.",
     "Technicien de maintenance"),
])
def test_titles_from_new_body_phrases(body: str, title: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.job_title == title, x.reasons


@pytest.mark.parametrize(("subject", "title"), [
    ("Regarding your application: Credit Analyst (JR-55120)", "Credit Analyst"),
    ("Update on Sound Designer (Freelance)", "Sound Designer"),
    ("Update: Head of Data role at Acme", "Head of Data"),
    ("Warehouse Supervisor - interview outcome", "Warehouse Supervisor"),
    ("Re: Quick question - Android Engineer application", "Android Engineer"),
    ("Re: Mobile Developer (Contract) - Glasgow", "Mobile Developer"),
    ("Position Leiterin Qualitätssicherung (m/w/d)", "Leiterin Qualitätssicherung"),
    ("Poste de Chef de chantier (F/H) – Nantes", "Chef de chantier"),
    ("Stage – Assistant(e) RH (6 mois)", "Assistant(e) RH"),
    ("Votre candidature – Réf. 2026-77 – Juriste droit social", "Juriste droit social"),
    ("Proceso de selección Administrativo Contable", "Administrativo Contable"),
    ("Platform Engineer | Acme", "Platform Engineer"),
    ("Site Reliability Engineer II", "Site Reliability Engineer II"),
    ("Projektingenieurin Windenergie", "Projektingenieurin Windenergie"),
    ("Werkstudent:in Data Analytics", "Werkstudent:in Data Analytics"),
])
def test_titles_from_new_subject_forms(subject: str, title: str) -> None:
    x = _x(subject, "Jane Doe <jane@acme.example>",
           "Hello,\n\nthank you for your time. Unfortunately we have decided to move forward with "
           "other candidates.\n\nJane Doe\nAcme")
    assert x.job_title == title, x.reasons


@pytest.mark.parametrize("subject", ["Acme Robotics", "Thank you", "Jane Doe", "Our decision"])
def test_a_subject_without_a_role_noun_is_no_title(subject: str) -> None:
    x = _x(subject, "Jane Doe <jane@acme.example>",
           "Hello,\n\nUnfortunately we have decided to move forward with other candidates.")
    assert x.job_title == ""


@pytest.mark.parametrize(("body", "stage"), [
    ("I spoke with the hiring manager at Acme about your CV and they will not take it further.",
     "application"),
    ("Thank you for your interview with the hiring manager on Friday. We will not proceed.",
     "interview"),
    ("Thank you for attending our assessment day. We are unable to offer you a place.",
     "interview"),
    ("À la suite de votre audition devant le jury, votre candidature n'a pas été retenue.",
     "interview"),
    ("Merci pour les entrevues avec l'équipe. Nous ne retiendrons pas votre candidature.",
     "interview"),
    ("Merci d'avoir réalisé l'entrevue téléphonique. Nous ne retiendrons pas votre candidature.",
     "screening"),
    ("Merci pour l'appel de jeudi. On ne va pas aller plus loin.", "screening"),
    ("Thanks for the quick call on Tuesday. We won't be moving forward.", "screening"),
    ("Danke für das erste Kennenlernen per Video-Call. Leider haben wir uns anders entschieden.",
     "screening"),
    ("Thank you for your application. Feel free to give me a call if you have questions.",
     "application"),
    # a round not reached is no stage: needed once "assessment" reaches the stage rules
    ("Your application has been unsuccessful and you will not be progressing to the assessment "
     "day.", "application"),
])
def test_stage_from_new_wording(body: str, stage: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.stage == stage, x.reasons


# --- probe set (data/extraction/rejections_probe.txt): fixes for what it showed; each failed
# before the fix.
@pytest.mark.parametrize(("subject", "sender", "body", "company"), [
    # the subject's segment beside a role names the client of an agency
    ("Re: Data Architect - Lindqvist Foods", "Ian Ross <ian@peakline-recruitment.com>",
     "Hi Mo,\n\nThey've decided to go with someone else after the second stage.\n\nIan",
     "Lindqvist Foods"),
    ("Ihre Bewerbung", "Dr. Eva Kern <kern@kern-search.de>",
     "Sehr geehrter Herr Graf,\n\ndanke für das Gespräch mit der Geschäftsführung der Altmühl "
     "Kunststoff GmbH. Leider hat man sich anders entschieden.\n\nDr. Eva Kern\nKern Executive "
     "Search", "Altmühl Kunststoff"),
    ("Candidature – Comptable", "Léa Morin <l.morin@cap-rh.fr>",
     "Bonjour,\n\nVotre candidature au poste de Comptable que nous menons pour le compte de la "
     "Brasserie du Lac n'a pas été retenue.\n\nLéa Morin\nConsultante – Cap RH",
     "Brasserie du Lac"),
    ("Votre candidature", "Recrutement Ondine <talents@ondine.fr>",
     "Bonjour,\n\nNous ne retenons pas votre candidature.\n\nL'équipe Talents", "Ondine"),
    ("Teaching Assistant", "School Office <office@stannescofe.sch.uk>",
     "Dear Mrs Hall,\n\nYou have not been successful on this occasion.\n\nMr D. Lowe\n"
     "Headteacher\nSt. Anne's C of E Primary School", "St. Anne's C of E Primary School"),
])
def test_companies_the_probe_set_missed(subject: str, sender: str, body: str,
                                        company: str) -> None:
    x = _x(subject, sender, body)
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("subject", "body", "title"), [
    ("Your application", "Dear Sam,\n\nRe: Claims Adviser - R0041177\n\nThank you for applying. "
     "We will not take your application further.", "Claims Adviser"),
    ("Your application", "Dear Sam,\n\nThank you for speaking with me about the Tax Analyst "
     "opportunity. We will not progress your application.", "Tax Analyst"),
    ("Your application", "Dear Sam,\n\nThank you for applying for a Trainee Solicitor training "
     "contract with us. We will not progress your application.", "Trainee Solicitor"),
    ("Update", "Hallo Kim,\n\nwir haben uns für die Rolle als Data Analyst am Ende für jemand "
     "anderen entschieden.", "Data Analyst"),
    ("Candidature Designer UX : notre réponse", "Bonjour,\n\nNous ne retenons pas votre "
     "candidature.", "Designer UX"),
])
def test_titles_the_probe_set_missed(subject: str, body: str, title: str) -> None:
    x = _x(subject, "Jane Doe <jane@acme.example>", body)
    assert x.job_title == title, x.reasons


@pytest.mark.parametrize(("body", "stage"), [
    ("Thank you for speaking with me on the phone on Monday. We will not progress your "
     "application.", "screening"),
    ("Thanks for the pairing session and the deep-dive with the team. We won't move ahead.",
     "interview"),
    ("Unfortunately after the second stage they've gone with someone else.", "interview"),
])
def test_stages_the_probe_set_missed(body: str, stage: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.stage == stage, x.reasons


# --- probe2 set (data/extraction/rejections_probe2.txt): fixes for what it showed; each failed
# before the fix.
@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Nick Hale <nick@brightwell.co.uk>", "Hi Jo,\n\nI've had feedback from Marbury Foods: they "
     "have offered the role to someone else.\n\nNick Hale\nAssociate Director\nBrightwell "
     "Recruitment", "Marbury Foods"),
    ("Pablo Ruiz <pablo@selecta-rrhh.es>", "Estimado Andrés:\n\nNuestro cliente Aceites del "
     "Genil ha decidido continuar con otro candidato.\n\nPablo Ruiz", "Aceites del Genil"),
    ("Inès Haddad <ines@talentsquare.fr>", "Hello Hugo,\n\nJ'ai transmis ta candidature à Ombrelle "
     "pour le poste, mais ils ont choisi un autre profil.\n\nInès", "Ombrelle"),
    ("Svenja <svenja@wolkenweit.de>", "Hey Luca,\n\nleider hat es nicht geklappt.\n\nAlles Gute,\n"
     "Svenja von Wolkenweit", "Wolkenweit"),
])
def test_companies_the_probe2_set_missed(sender: str, body: str, company: str) -> None:
    x = _x("Update", sender, body)
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("subject", "body", "title"), [
    ("Re: Data Scientist chat", "Hi Sam,\n\nWe won't be moving forward.", "Data Scientist"),
    ("Ihr Profil für die Position Controller (m/w/d)", "Sehr geehrte Frau Arslan,\n\nleider hat "
     "sich der Kunde anders entschieden.", "Controller"),
    ("Update", "Hallo Kim,\n\nwir haben uns für die Backend Developer Stelle anders entschieden.",
     "Backend Developer"),
    ("Update", "Sehr geehrter Herr Lehmann,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter "
     "Lohn und Gehalt. Leider haben wir uns anders entschieden.", "Sachbearbeiter Lohn und Gehalt"),
    ("Update", "Sehr geehrter Herr Lehmann,\n\nvielen Dank für Ihre Bewerbung als Buchhalter und "
     "Ihr Interesse. Leider haben wir uns anders entschieden.", "Buchhalter"),
])
def test_titles_the_probe2_set_missed(subject: str, body: str, title: str) -> None:
    x = _x(subject, "Jane Doe <jane@acme.example>", body)
    assert x.job_title == title, x.reasons


def test_an_interview_on_a_named_day_is_the_interview_stage() -> None:
    x = _x("Update", "Greg Holt <greg@apexfield.example>",
           "Morning Jo,\n\nFollowing Tuesday's interview they have decided to offer the role to "
           "an internal candidate.\n\nGreg")
    assert x.stage == "interview", x.reasons


# --- probe3 set (data/extraction/rejections_probe3.txt): fixes for what it showed; each failed
# before the fix.
@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Rebecca Shaw <rebecca@cobaltsearch.example>", "Dear Martin,\n\nThank you for your interest "
     "in the interim CFO assignment at Pellow Marine. They have decided to shortlist others.\n\n"
     "Rebecca Shaw\nCobalt Search", "Pellow Marine"),
    ("Henri Lacombe <h.lacombe@sextant-executive.fr>", "Monsieur,\n\nJe fais suite à votre "
     "rencontre avec la Présidente du Groupe Ormeaux. Notre client a choisi un autre candidat."
     "\n\nHenri Lacombe", "Groupe Ormeaux"),
    ("Silke Moser <s.moser@gaertnerei-moser.de>", "Sehr geehrter Herr Koch,\n\nleider ist die "
     "Stelle vergeben.\n\nSilke Moser\nGärtnerei Moser GbR", "Gärtnerei Moser"),
    ("HR <jobs@ncl.example>", f"Dear Kim,\n\nThank you for applying. {_NO}\n\nNorthern Cable "
     "Logistics", "Northern Cable Logistics"),
])
def test_companies_the_probe3_set_missed(sender: str, body: str, company: str) -> None:
    x = _x("Update", sender, body)
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("body", "title"), [
    ("Thanks for applying to be our first Developer Advocate. We went with someone else.",
     "Developer Advocate"),
    ("Merci d'avoir postulé pour le job Office Manager ! On ne va pas aller plus loin.",
     "Office Manager"),
])
def test_titles_the_probe3_set_missed(body: str, title: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.job_title == title, x.reasons


@pytest.mark.parametrize(("body", "stage"), [
    ("Following the panel last Wednesday, we will not progress your application.", "interview"),
    ("Unfortunately you did not meet the required standard at interview.", "interview"),
    ("Thank you for attending the assessment last week. We will not progress.", "interview"),
    ("Nach dem zweiten Interview haben sie sich für jemand anderen entschieden.", "interview"),
    ("Lors de votre venue sur notre site, vous avez montré de belles qualités. Nous ne retenons "
     "pas votre candidature.", "interview"),
    ("Je fais suite à votre rencontre avec la directrice. Nous ne retenons pas votre "
     "candidature.", "interview"),
    ("¡Gracias por la llamada del martes! Hemos decidido seguir con otros perfiles.",
     "screening"),
])
def test_stages_the_probe3_set_missed(body: str, stage: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.stage == stage, x.reasons


# --- what the second held-out set's extraction misses were made of (fixed on general rules, not
# on its items; each test failed before the fix).
@pytest.mark.parametrize(("sender", "body", "company"), [
    # the short form in the body and the signature, the full name in the sender's name
    ("Luxora Devices <no-reply@hire.lever.co>", "Hi Sam,\n\nThank you for your interest in "
     "Luxora. We won't be moving forward.\n\nKind regards,\nLuxora Talent", "Luxora Devices"),
    # a person writing "at" their company from their own mailbox
    ("Brenda at Kettle & Crumb <brenda@kettleandcrumb.example>", "Hi Sam, we're not able to "
     "offer you a position right now.\n\nAll the best,\nBrenda", "Kettle & Crumb"),
])
def test_companies_the_heldout2_set_missed(sender: str, body: str, company: str) -> None:
    x = _x("Your application", sender, body)
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("body", "title"), [
    ("Thank you for completing the technical interview for Machine Learning Engineer. We won't "
     "be moving forward.", "Machine Learning Engineer"),
    ("We finally wrapped up the hiring for our Developer Relations Intern. We went with someone "
     "else.", "Developer Relations Intern"),
    ("The position you applied for, Compliance Analyst (Job ID 2026-77104), has now been filled.",
     "Compliance Analyst"),
    ("Just to close the loop: we've filled the summer Operations Intern role.",
     "Operations Intern"),
    ("Your application was viewed by Wellfleet.\n\nOperations Analyst · Boston, MA\n\nWellfleet "
     "is not moving forward with your application.", "Operations Analyst"),
])
def test_titles_the_heldout2_set_missed(body: str, title: str) -> None:
    x = _x("Update", "Jane Doe <jane@acme.example>", f"Hello,\n\n{body}\n\nJane Doe")
    assert x.job_title == title, x.reasons


def test_a_signature_line_is_not_a_job_board_card() -> None:
    x = _x("Re: Ingeniera de datos", "Lucía Ferrer <lucia.ferrer@brisamar.example>",
           "Hola Carmen,\n\nHemos decidido seguir con otra candidata.\n\nUn abrazo,\nLucía Ferrer\n"
           "Engineering Manager · Brisamar")
    assert x.job_title == "Ingeniera de datos", x.reasons


@pytest.mark.parametrize(("sender", "body", "name"), [
    # a shared mailbox whose display name is a department: the signer is the person
    ("Ausbildungsleitung Kaltenbach Werkzeugbau <ausbildung@kaltenbach.example>",
     "Guten Tag,\n\nleider sind alle Ausbildungsplätze vergeben.\n\nMit freundlichen Grüßen\n"
     "Petra Lanz\nAusbildungsleitung", "Petra Lanz"),
    ("Maison Aubertin <rh@maison-aubertin.example>", "Madame,\n\nnous ne donnons pas suite à "
     "votre candidature.\n\nBien à vous,\nHélène Vasseur\nRessources Humaines", "Hélène Vasseur"),
    # a closing in more words, "i. A." and pronouns before or after the name
    ("Riverbend Studios <jobs@riverbend.example>", "Hi Marcus,\n\nWe won't be extending an "
     "offer.\n\nTake care and stay in touch,\nOlivia Grant\nTalent Lead", "Olivia Grant"),
    ("Personalabteilung <karriere@nordhafen.example>", "Sehr geehrter Herr Roth,\n\nleider "
     "müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\ni. A. Monika Behrens\n"
     "Personalabteilung", "Monika Behrens"),
    ("Hiring at Saltmarsh <hiring@saltmarsh.example>", "Hey Jordan,\n\nWe decided to go with "
     "someone else.\n\nBest,\nKai (they/them)\nSaltmarsh", "Kai"),
    # a first name only, from the person's own mailbox
    ("Tobi | Flinkwerk <tobi@flinkwerk.example>", "Hi,\n\ndie Stelle haben wir inzwischen "
     "besetzt.\n\nBeste Grüße\nTobi", "Tobi"),
    ("Osprey Commerce <jobs@osprey.example>", "Hi Sam,\n\nIt's a no from us this time.\n\n"
     "Cheers and good luck,\nTom\nOsprey Commerce", "Tom"),
])
def test_contact_names_the_heldout2_set_missed(sender: str, body: str, name: str) -> None:
    x = _x("Your application", sender, body)
    assert x.contact_name == name, x.reasons


@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Ledgerline via Indeed <noreply@indeed.com>", "Ledgerline Accounting reviewed your "
     "application\n\nJunior Accountant\n\nUnfortunately they will not move forward.",
     "Ledgerline Accounting"),
    ("Indeed <noreply@indeed.com>", "Chariot Fleurs a examiné votre candidature\n\nAssistant "
     "commercial\n\nMalheureusement, elle n'a pas été retenue.", "Chariot Fleurs"),
    ("StepStone <noreply@stepstone.de>", "Hallo Jonas,\n\nes gibt Neuigkeiten.\n\nData Engineer "
     "(m/w/d)\nQuellfeld Analytics GmbH · Hamburg\n\nStatus: Absage", "Quellfeld Analytics"),
    ("Welcome to the Jungle <notifications@welcometothejungle.com>", "Bonjour,\n\nData Analyst – "
     "Lumière Mobilité – Lyon\nStatut : Non retenue", "Lumière Mobilité"),
    # a department after the name is not part of it; a reference number is no name
    ("Pinecrest County Human Resources <hr@pinecrest.example>", "Dear Sam,\n\nThe position has "
     "been filled.", "Pinecrest County"),
])
def test_companies_of_job_board_notices_and_departments(sender: str, body: str,
                                                        company: str) -> None:
    x = _x("Your application", sender, body)
    assert x.company == company, x.reasons


@pytest.mark.parametrize(("subject", "sender", "body", "title"), [
    ("Mise à jour de votre candidature – Welcome to the Jungle",
     "Welcome to the Jungle <notifications@welcometothejungle.com>",
     "Bonjour,\n\nData Analyst – Lumière Mobilité – Lyon\nStatut : Non retenue", "Data Analyst"),
    ("Ihre Bewerbung über StepStone", "StepStone <noreply@stepstone.de>",
     "Hallo Jonas,\n\nes gibt Neuigkeiten.\n\nData Engineer (m/w/d)\nQuellfeld Analytics GmbH · "
     "Hamburg\n\nStatus: Absage", "Data Engineer"),
    ("Your application", "Rowan & Pike <careers@rowanpike.example>",
     "Dear Sam,\n\nThank you for applying to the Rowan & Pike Summer Internship 2027 position. "
     "We will not move forward.", "Summer Internship 2027"),
    ("Ihre Bewerbung", "Jana Roth <jana.roth@kanzlei.example>",
     "Guten Tag,\n\nwir haben Sie unserem Mandanten als Senior Java Entwickler vorgestellt. "
     "Leider hat er sich anders entschieden.", "Senior Java Entwickler"),
])
def test_titles_of_cards_and_company_prefixes(subject: str, sender: str, body: str,
                                              title: str) -> None:
    x = _x(subject, sender, body)
    assert x.job_title == title, x.reasons


# --- French and German job-board notices and signatures (the third held-out set's misses, used
# as a development set after its one clean score; each test failed before the fix)
@pytest.mark.parametrize(("sender", "body", "company", "title"), [
    ("Apec <ne-pas-repondre@apec.example>", "Bonjour,\n\nLe recruteur Groupe Vardon a mis à jour "
     "le statut de votre candidature à l'offre « Chef de projet IT H/F » (réf. 17299).\n\n"
     "Statut : Candidature non retenue", "Groupe Vardon", "Chef de projet IT"),
    ("Welcome to the Jungle <noreply@welcometothejungle.com>", "Bonjour Thomas,\n\n"
     "Malheureusement, Fretly a décidé de ne pas donner suite à ta candidature pour le poste "
     "Business Developer Junior.", "Fretly", "Business Developer Junior"),
    ("HelloWork <candidatures@hellowork.com>", "Bonjour,\n\nLe recruteur de l'offre « Assistant "
     "comptable H/F - CDI » (Cabinet Morel Expertise, Nantes) a consulté votre candidature.",
     "Cabinet Morel Expertise", "Assistant comptable"),
    ("Xing <noreply@xing.com>", "Hallo Felix,\n\ndie Bewerbung, die Sie über XING an die Adler "
     "Treuhand GmbH für die Position „Steuerfachangestellter (m/w/d)“ gesendet haben, wurde "
     "leider abgelehnt.", "Adler Treuhand", "Steuerfachangestellter"),
])
def test_french_and_german_job_board_notices(sender: str, body: str, company: str,
                                             title: str) -> None:
    x = _x("Votre candidature", sender, body)
    assert (x.company, x.job_title) == (company, title), x.reasons


@pytest.mark.parametrize(("sender", "body", "name"), [
    ("flowbit Talent Team <flowbit@jobs.personio.de>", "Hallo,\n\nleider nicht.\n\nViele Grüße\n"
     "Jana vom flowbit Talent Team", "Jana"),
    ("Katrin Weiß <k.weiss@blaupause.example>", "Hallo,\n\nleider keine Stelle.\n\nHerzliche "
     "Grüße\nKatrin Weiß\nAgentur Blaupause", "Katrin Weiß"),
    ("Stadt Lindenau - Personalamt <personalamt@lindenau.example>", "Sehr geehrte Frau Roth,\n\n"
     "unsere Wahl fiel auf eine andere Bewerberin.\n\nMit freundlichen Grüßen\nIm Auftrag\n"
     "Müller", "Müller"),
    ("Mairie de Saint-Aubin <rh@saint-aubin.example>", "Madame,\n\nce poste a été pourvu.\n\n"
     "Pour le Maire et par délégation,\nLa Directrice des Ressources Humaines\nNathalie Garnier",
     "Nathalie Garnier"),
])
def test_signatures_with_a_team_a_title_or_on_behalf(sender: str, body: str, name: str) -> None:
    x = _x("Ihre Bewerbung", sender, body)
    assert x.contact_name == name, x.reasons


def test_a_university_signature_is_not_a_person() -> None:
    x = _x("Ihre Bewerbung", "Personaldezernat <personal@hs-ostfalenburg.de>",
           "Sehr geehrte Frau Weiß,\n\nwir haben uns für andere Bewerber entschieden.\n\n"
           "Mit freundlichen Grüßen\nIm Auftrag\n\nPersonaldezernat\nHochschule Ostfalenburg")
    assert x.company == "Hochschule Ostfalenburg" and x.contact_name == "", x.reasons


@pytest.mark.parametrize(("raw", "title"), [
    ("Legal Intern (Unpaid, Summer)", "Legal Intern"),
    ("Sachbearbeiter/in Bauordnung (Entgeltgruppe 9b TVöD)", "Sachbearbeiter/in Bauordnung"),
    ("Fachinformatiker für Systemintegration ab August 2027",
     "Fachinformatiker für Systemintegration"),
    ("Chargé(e) de communication au sein de notre collectivité", "Chargé(e) de communication"),
    ("Assistant comptable H/F - CDI", "Assistant comptable"),
    ("Chef de projet IT H/F – Orléans", "Chef de projet IT"),
])
def test_clean_title_drops_what_a_reply_would_not_repeat(raw: str, title: str) -> None:
    assert clean_title(raw) == title


@pytest.mark.parametrize(("raw", "title"), [
    ("Assistenz für die Geschäftsführung", "Assistenz für die Geschäftsführung"),
    ("Referent für den Vertrieb (m/w/d)", "Referent für den Vertrieb"),
    ("Erzieher für unsere Kita Sonnenblume", "Erzieher"),
    ("Technicien SAV H/F (secteur Grenoble)", "Technicien SAV"),
    ("Motion Designer en alternance", "Motion Designer"),
    ("Fall 2027 Mechanical Engineering Co-op", "Mechanical Engineering Co-op"),
    ("High School Mathematics Teacher (2026-27)", "High School Mathematics Teacher"),
    ("Werkstudent*in im Bereich Data Analytics", "Werkstudent*in Data Analytics"),
])
def test_clean_title_cuts_what_follows_the_role_and_keeps_the_role(raw, title):
    assert clean_title(raw) == title


def test_a_status_word_alone_is_no_title_but_may_be_part_of_one():
    from agent.core.extract import _valid_title

    assert not _valid_title("Declined", "") and not _valid_title("Outcome", "")
    assert _valid_title("Intake Coordinator", "") and _valid_title("Test Results Analyst", "")


def test_a_job_board_line_keeps_an_inline_gender_form():
    v = _rej("Votre candidature", "Jobteaser <notifications@jobteaser.example>",
             "Bonjour Léa,\n\nL'entreprise Laboratoires Sauvin a mis à jour le statut de votre "
             "candidature :\n\nStage – Assistant(e) Chef de Produit Marketing (6 mois, janvier "
             "2027)\nStatut : Non retenue\n\nNous avons retenu d'autres profils.")
    assert v.job_title == "Assistant(e) Chef de Produit Marketing"


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(list("ab _-.é(1 ")), max_size=12),
       st.text(st.sampled_from(list("ab _-.é(1 ")), min_size=1, max_size=4))
def test_contains_word_is_a_word_bounded_search(text, word):
    """The company-in-title checks match a name between word boundaries without compiling a
    pattern per name: exactly what `\\b<name>\\b` finds."""
    expected = bool(re.search(rf"\b{re.escape(word)}\b", text))
    assert extract.contains_word(text, word) == expected


# Written for these tests (names invented): the company a domain abbreviates or runs together is
# the one the mail writes out; a department beside the organisation's name is not part of it.
@pytest.mark.parametrize(("sender", "body", "company"), [
    ("Recrutement <emplois@ch-valdaure.example>",
     "Madame,\n\nNous avons le regret de vous informer que votre candidature au poste "
     "d'infirmière n'a pas été retenue.\n\nCordialement,\n\nCentre hospitalier du Val d'Aure",
     "Centre hospitalier du Val d'Aure"),
    ("Careers <jobs@tidewaterarts.example>",
     "Hi Sam,\n\nThank you for applying for the Gallery Assistant position. We have decided "
     "not to move forward with your application.\n\nBest,\nTidewater Arts Collective",
     "Tidewater Arts Collective"),
    ("Kanzlei Roth & Weber – Personalabteilung <bewerbung@rothweber.example>",
     "Sehr geehrte Frau Aksoy,\n\nleider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung "
     "als Steuerfachangestellte nicht berücksichtigen können.\n\nMit freundlichen Grüßen",
     "Kanzlei Roth & Weber"),
])
def test_the_company_is_written_out_not_spelled_from_the_domain(sender, body, company):
    assert _rej("Ihre Bewerbung / votre candidature / your application", sender,
                body).company == company


def test_a_surname_in_the_domain_is_not_the_company():
    """hellmann-bau is 'Hellmann Bau', not the signer 'Hellmann' the body greets."""
    v = _rej("Ihre Bewerbung als Bauleiter", "Jens Hellmann <j.hellmann@hellmann-bau.example>",
             "Sehr geehrter Herr Yilmaz,\n\nleider haben wir uns für einen anderen Bewerber "
             "entschieden.\n\nMit freundlichen Grüßen\nJens Hellmann")
    assert v.company != "Hellmann"


@pytest.mark.parametrize("word", ["Outcome", "Unsuccessful", "Feedback", "Résultat",
                                  "Status: Gesendet"])
def test_an_outcome_word_is_never_the_company(word):
    """A status card's "Outcome" or "Status: Gesendet" line stands where a signature's company
    would."""
    assert not extract._valid_org(extract._clean_org(word))


def test_a_job_board_relay_is_not_the_company():
    v = _rej("Your application for Barista", "SEEK <noreply@seek.com.au>",
             "Hi Tom,\n\nThanks for applying for the Barista role at Harbour Bean Roasters. "
             "The employer has decided not to progress your application.\n\nSEEK")
    assert v.company == "Harbour Bean Roasters"


# Written for these tests: French names the role in lower case inside the sentence, German as a
# compound with "-Stelle"; the sentence's next words are not part of it.
@pytest.mark.parametrize(("subject", "body", "title"), [
    ("Votre candidature", "Madame,\n\nNous vous remercions pour votre candidature au poste de "
     "gestionnaire de paie au sein de notre cabinet. Malheureusement, nous ne pouvons pas y "
     "donner une suite favorable.\n\nCordialement", "gestionnaire de paie"),
    ("Retour", "Bonjour Léa,\n\nsuite à l'entretien pour le poste d'agent(e) de soutien technique, "
     "nous avons retenu une autre candidature.\n\nBien à vous", "agent(e) de soutien technique"),
    ("Ihre Bewerbung", "Sehr geehrte Frau Kaya,\n\nfür die MFA-Stelle haben wir uns leider für "
     "eine andere Bewerberin entschieden.\n\nViele Grüße", "MFA"),
])
def test_roles_named_inside_french_and_german_sentences(subject, body, title):
    v = _rej(subject, "Cabinet Morel <rh@cabinet-morel.example>", body)
    assert v.job_title == title


@pytest.mark.parametrize(("subject", "title"), [
    ("Declined: Benefits Specialist", "Benefits Specialist"),
    ("Werkstudent Marketing – leider nein", "Werkstudent Marketing"),
    ("Following up - Marketing Coordinator", "Marketing Coordinator"),
])
def test_a_subjects_status_part_is_not_the_role(subject, title):
    v = _rej(subject, "Dana Moss <dana@orrin.example>",
             "Hi,\n\nthanks for your time. We have decided to move forward with other "
             "candidates for this position.\n\nDana")
    assert v.job_title == title


def test_a_place_or_a_name_is_never_cut_out_of_an_organisation():
    """Only a part that is wholly a department goes ("– Personalamt"), never the name beside a
    place ("Hays Recruitment – Leeds" is not "Leeds")."""
    assert extract._clean_org("Hays Recruitment – Leeds") == "Hays Recruitment – Leeds"
    assert extract._clean_org("Stadt Ulmenau – Personalamt") == "Stadt Ulmenau"
    assert extract._valid_org("Status Labs") and extract._valid_org("Outcomes First Group")


@pytest.mark.parametrize(("sender", "body"), [
    ("Bewerbung <bewerbung@sfrb.example>", "Sehr geehrte Frau Becker,\n\nleider können wir "
     "Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen"),
    ("Dennis Kraus <d.kraus@dekra.example>", "Sehr geehrte Frau Becker,\n\nleider haben wir "
     "uns für eine andere Bewerberin entschieden.\n\nDennis Kraus"),
])
def test_a_salutation_or_the_senders_name_is_not_what_the_domain_spells(sender, body):
    company = _rej("Ihre Bewerbung", sender, body).company
    assert "Becker" not in company and company != "Dennis Kraus"


def test_a_spelled_out_name_stops_at_the_sentence_end():
    assert extract.spelled_out("We liked Vireo Systems. Budget cuts ended the search.",
                               "vireosystems") == "Vireo Systems"


def test_spelling_out_a_domain_is_not_exponential_on_hostile_lines():
    line = " ".join(["Aaaa"] * 24)
    assert extract.spelled_out("\n".join([line] * 3), "a" * 23 + "b") == ""
    assert not extract.written_out(" ".join(["Aaaa"] + ["aaaa"] * 11), "a" * 23 + "b")


@pytest.mark.parametrize(("sender", "sign_off", "company"), [
    # a company's place follows its name; the sender's domain names the company
    ("Claire Fontaine <claire.fontaine@groupe-ardent.example>",
     "Claire Fontaine\nChargée de recrutement\nGroupe Ardent – La Défense", "Groupe Ardent"),
    ("Anna Stein <a.stein@kliniken-ostrand.example>",
     "Anna Stein\nPersonalreferentin\nKliniken Ostrand – Berlin", "Kliniken Ostrand"),
    # a person's name comes before their company
    ("Nicolas Roy <nicolas@tempopro-interim.example>", "Nicolas – TempoPro Intérim",
     "TempoPro Intérim"),
])
def test_a_signatures_place_is_not_the_company(sender, sign_off, company):
    """Written for this test."""
    v = _rej("Votre candidature", sender,
             f"Bonjour,\n\nnous ne pouvons malheureusement pas donner suite à votre candidature."
             f"\n\n{sign_off}")
    assert v.company == company, v.reasons


def test_a_job_boards_card_names_the_company_before_its_town():
    """Written for this test: the role's line, then "Company – Town"."""
    v = _rej("Mise à jour de votre candidature", "Indeed <donotreply@indeed.com>",
             "Mise à jour de votre candidature\n\nTechnicien de maintenance H/F\nAteliers "
             "Borvane – Vénissieux\n\nMalheureusement, l'employeur a décidé de ne pas poursuivre "
             "votre candidature.")
    assert v.company == "Ateliers Borvane", v.reasons


# Written for these tests: a sender's display name of parts names the organisation in one part
# and a department, a programme or a person in the others; a name that shares a word with the
# sender's own domain is the organisation even when the domain abbreviates it.
@pytest.mark.parametrize(("sender", "company"), [
    ("Stadt Nordheim – Personal und Organisation <personalamt@nordheim.example>",
     "Stadt Nordheim"),
    ("Kreis Talwald – Amt für Personal <bewerbung@kreis-talwald.example>", "Kreis Talwald"),
    ("Talent Acquisition | Linden Retail Group <ta@linden-retail.example>",
     "Linden Retail Group"),
    ("Romain – Atelier Cobalt <contact@atelier-cobalt.example>", "Atelier Cobalt"),
    ("Paula Berger | Hanse Personaldienste <p.berger@hanse-personal.example>",
     "Hanse Personaldienste"),
    ("Clinique Chirurgicale de l'Estaque <recrutement@clinique-estaque.example>",
     "Clinique Chirurgicale de l'Estaque"),
    ("Personalverwaltung Landratsamt Ilmtal <personal@lra-ilmtal.example>",
     "Landratsamt Ilmtal"),
    ("Stratacore University Programs <universityprograms@stratacore.example>", "Stratacore"),
    ("Ostwald University Human Resources <hr@ostwald.example>", "Ostwald University"),
])
def test_the_organisation_in_a_display_name_of_parts(sender: str, company: str) -> None:
    v = classify(from_fields("Your application", sender,
                             "Dear Alex,\n\nthank you for your application. Unfortunately we have "
                             "decided to move forward with other candidates.\n\nKind regards"))
    assert v.company == company, v.reasons


def test_a_persons_name_with_titles_is_not_the_company() -> None:
    """Written for this test: 'Mag. Eva Kogler' is a person; her firm is in the signature."""
    v = classify(from_fields("Ihre Bewerbung", "Mag. Eva Kogler <office@kogler-elektro.example>",
                             "Sehr geehrter Herr Berger,\n\nleider haben wir uns für einen "
                             "anderen Bewerber entschieden.\n\nMit freundlichen Grüßen\n"
                             "Mag. Eva Kogler\nKogler Elektrotechnik GmbH"))
    assert v.company == "Kogler Elektrotechnik", v.reasons


def test_a_status_in_the_subject_is_no_job_title() -> None:
    v = classify(from_fields("Veterinary Technician - Not Selected",
                             "Harborview Animal Hospital <careers@harborviewvets.example>",
                             "Hi Amber,\n\nsadly it's not a match for this opening: we need "
                             "someone who runs anesthesia monitoring alone.\n\nThe team"))
    assert v.job_title == "Veterinary Technician", v.reasons


# Written for these tests: a subject's frame around the role ("Mission ... – Retour", "AW:
# Nachfrage Bewerbung ...", "... Application - Decision") and a role written in lower case.
@pytest.mark.parametrize(("subject", "title"), [
    ("Mission Architecte Cloud – Retour", "Architecte Cloud"),
    ("AW: Nachfrage Bewerbung Logistikplaner", "Logistikplaner"),
    ("Paralegal Application - Decision", "Paralegal"),
    ("re: freelance copywriter", "Freelance copywriter"),
    ("Coastal Coffee – barista application", "Barista"),
    ("An update on your application for Customer Success Manager", "Customer Success Manager"),
    ("Réponse – poste d'électricien", "Électricien"),
    ("Votre candidature pour le poste de Développeur Full-Stack (H/F) chez Lumiflore",
     "Développeur Full-Stack"),
])
def test_the_role_in_a_subjects_frame(subject: str, title: str) -> None:
    v = classify(from_fields(subject, "Jane Doe <jane@acme-corp.example>",
                             "Dear Sam,\n\nthank you for your interest. Unfortunately we have "
                             "decided to move forward with other candidates.\n\nJane Doe"))
    assert v.job_title == title, v.reasons


def test_a_job_boards_list_of_other_jobs_names_no_title() -> None:
    """Written for this test: the roles under 'offres similaires' are other jobs."""
    v = classify(from_fields(
        "Mise à jour de votre candidature : Serveur / Serveuse", "Indeed <noreply@indeed.com>",
        "Mise à jour de votre candidature\n\nServeur / Serveuse (H/F)\nLe Comptoir – Marseille\n\n"
        "Malheureusement, l'employeur n'a pas retenu votre candidature pour ce poste.\n\n"
        "Voici des offres similaires :\nCommis de salle – Brasserie des Docks – Marseille\n"))
    assert v.job_title == "Serveur / Serveuse", v.reasons


def test_a_team_in_the_subject_is_no_role() -> None:
    v = classify(from_fields("Thank you from the Argent Studios team",
                             "Argent Studios Recruiting <recruiting@argentstudios.example>",
                             "Hi Jamal,\n\nafter a lot of discussion, the team has selected "
                             "another finalist for the position.\n\nArgent Studios"))
    assert v.company == "Argent Studios" and not v.job_title.startswith("From"), v.reasons


# -- whom to write to: names as people in three languages sign them ------------------------------
@pytest.mark.parametrize(("name", "expected"), [
    ("Marie-Laure Chassagne", True), ("Jean-Baptiste Orsini", True), ("Aoife O'Sullivan", True),
    ("Fergus McAllister", True), ("Katrin Blum-Hofer", True), ("T. Wendling", True),
    ("Elif Yıldız", True), ("Konditorei Albrecht", False), ("Buchhandlung Schenk", False),
    ("Sekretariat Physik", False), ("Boulangerie Vautrin", False), ("Ihre Personalabteilung", False),
    ("Gasthaus Zur Linde", False), ("Privacy Policy", False),
])
def test_a_persons_name_as_it_is_written(name: str, expected: bool) -> None:
    from agent.core import contacts
    assert contacts.looks_like_person_name(name) is expected


@pytest.mark.parametrize(("sender", "body", "contact"), [
    # a Swiss closing (ss for ß), the firm's name above the signer
    ("Holzbau Ruchti <info@holzbau-ruchti.example>",
     f"Grüezi Herr Keller\n\n{_NO}\n\nFreundliche Grüsse\n\nHolzbau Ruchti AG\n\nBeat Ruchti\n"
     "Geschäftsführer", "Beat Ruchti"),
    # a French closing formula is a whole sentence; the signer's role sits above the name
    ("Commune de Valbreuse – RH <rh@valbreuse.example>",
     f"Madame,\n\n{_NO}\n\nJe vous prie d'agréer, Madame, l'expression de mes salutations "
     "distinguées.\n\nLe Directeur général des services,\nJean-Baptiste Orsini", "Jean-Baptiste Orsini"),
    # only a surname after the title: the titled form is the name
    ("Collège Jean Rostand <secretariat@college-rostand.example>",
     f"Madame,\n\n{_NO}\n\nBien cordialement,\n\nMme Chassagne\nPrincipale adjointe", "Mme Chassagne"),
    # no closing line: the name stands over the signer's role
    ("Aldwick Freight Careers <careers@aldwickfreight.example>",
     f"Hi Sam,\n\n{_NO}\n\nPriya Raman\nTalent Acquisition Partner, Aldwick Freight", "Priya Raman"),
    # a display name of person and firm, and a degree after the name
    ("Lukas Ebner – Ebner Consulting <lukas.ebner@ebner-consulting.example>", f"Hallo,\n\n{_NO}",
     "Lukas Ebner"),
    ("Rosa Delgado DVM <rosa@delgadovet.example>", f"Hi Sam,\n\n{_NO}\n\nrosa", "Rosa Delgado"),
    # surname first in the display name, first name first in the signature
    ("Keller Anita <anita.keller@spitex-wil.example>",
     f"Grüezi Frau Moser\n\n{_NO}\n\nFreundliche Grüsse\nAnita Keller", "Anita Keller"),
    # first name and team on one line, after a closing said in two words
    ("Kiosko Jobs <jobs@kiosko.example>", f"Salut Léa,\n\n{_NO}\n\nBonne journée !\nInès – Talent "
     "@ Kiosko", "Inès"),
])
def test_the_signer_is_found_as_written(sender: str, body: str, contact: str) -> None:
    assert _x("Votre candidature", sender, body).contact_name == contact


@pytest.mark.parametrize(("sender", "body"), [
    # a greeting is not a signature, nor is the company's name on the last line
    ("HR <jobs@nrt.example>", f"Coucou Camille,\n\nMerci pour ta candidature ! {_NO}"),
    ("HR <jobs@nrt.example>", f"Dear Kim,\n\n{_NO}\n\nNorthern Railway Tooling"),
    ("HR <jobs@nrt.example>", f"Hello Kim,\n\n{_NO}\n\nViele Grüße"),
])
def test_no_signer_is_made_up(sender: str, body: str) -> None:
    assert _x("Update", sender, body).contact_name == ""


# -- the role as job boards, subjects and people name it -----------------------------------------
@pytest.mark.parametrize(("subject", "sender", "body", "title"), [
    # a job board's card: the role over "Company - City", or "Role — Company"
    ("Your application was updated", "Indeed <alert@indeed.com>",
     "Your application status has been updated\n\nPayroll Coordinator\nBrightwater Dental - "
     "Tulsa, OK\n\nStatus: Not selected by employer", "Payroll Coordinator"),
    ("Application Update", "Oakridge Freight <careers@oakridgefreight.example>",
     "Application Update\n\nYard Supervisor — Oakridge Freight\nStatus: Rejected\n\nThe employer "
     "has decided not to proceed.", "Yard Supervisor"),
    ("Update from Tessellate", "LinkedIn <jobs-noreply@linkedin.com>",
     "Your application was viewed by Tessellate, but they decided not to move forward.\n\n"
     "Product Manager\nTessellate · Hybrid\n\nView similar jobs", "Product Manager"),
    # a subject that names the role after "Ihre Bewerbung als" anywhere in it
    ("Rückmeldung zu Ihrer Bewerbung als Bauleiter Tiefbau", "Krämer Bau <karriere@kraemer.example>",
     "Sehr geehrter Herr Roth, wir haben uns für einen anderen Bewerber entschieden.",
     "Bauleiter Tiefbau"),
    # "le poste de ..." at the start of a sentence
    ("Votre candidature", "Atelier Sorel <rh@sorel.example>",
     "Bonjour,\n\nLe poste de Gestionnaire de paie a été pourvu.\n\nCordialement", "Gestionnaire de paie"),
    # a role in lower case, as a person writes it
    ("Quick note", "Dana Whit <dana@whitfieldbakery.example>",
     "Hi Jo, thanks for coming by. We filled our pastry cook position last week, sorry! Dana",
     "Pastry Cook"),
    # where the sentence goes on after the role
    ("Ihre Bewerbung", "Flinkhaus <jobs@flinkhaus.example>",
     "Hallo Mia, die Stelle als Content Managerin heute an jemand anderen vergeben. Viele Grüße",
     "Content Managerin"),
])
def test_the_role_as_it_is_named(subject: str, sender: str, body: str, title: str) -> None:
    assert _x(subject, sender, body).job_title == title


def test_a_signers_role_under_the_name_is_not_the_role() -> None:
    body = ("Bonjour,\n\nNous avons retenu une autre candidate pour ce poste.\n\nDelphine Arnaud\n"
            "Responsable RH – Maisons Sorel")
    assert _x("Votre candidature", "Maisons Sorel <rh@sorel.example>", body).job_title == ""


# -- the company: not a pronoun, a city or a status; the agency's client ---------------------------
@pytest.mark.parametrize(("subject", "sender", "body", "company"), [
    ("Poste de comptable – Genève", "Aline Bovet <aline.bovet@fiduciaire-rhone.example>",
     "Bonjour,\n\nLe poste de comptable à Genève a été pourvu.\n\nAline Bovet\nFiduciaire du Rhône",
     "Fiduciaire du Rhône"),
    ("Ihre Bewerbung", "HR Services Brightmoor Analytics <hr-services@brightmoor.example>",
     "Sehr geehrte Frau Lenz,\n\nwir haben uns für eine andere Kandidatin entschieden.",
     "Brightmoor Analytics"),
    # an agency passes on its client's answer
    ("Update", "Jo Reyes <jo.reyes@peakstaffing.example>",
     "Hi Sam,\n\nI heard back from Larkspur Foods on the planner role: they went with an internal "
     "candidate. I have two more roles for you.\n\nJo Reyes\nSenior Consultant, Peak Staffing",
     "Larkspur Foods"),
    ("Rückmeldung zu Ihrem Profil", "Timo Berg <t.berg@nordpersonal.example>",
     "Guten Tag Herr Öz,\n\nwir hatten Ihr Profil an unseren Kunden, die Fa. Hollerbach Stahlbau, "
     "weitergegeben. Der Kunde hat sich gegen ein Gespräch entschieden.\n\nTimo Berg\n"
     "Personaldisponent, Nord Personal GmbH", "Hollerbach Stahlbau"),
])
def test_the_company_as_a_reader_would_name_it(subject: str, sender: str, body: str,
                                               company: str) -> None:
    assert _x(subject, sender, body).company == company
