"""Compose fresh-worded mail for the rejection model (MIT, this project).

    python data/recognition/compose_fresh.py   # rewrites data/recognition/fresh_*.jsonl

Written after compose.py, compose_varied.py and compose_contrast.py without reusing their
sentences or their layout: other greetings, openers, sign-offs and footers, and decisions said in
other words (a role no longer available or withdrawn, places allocated, "we went with someone
else", German "gegen eine Zusammenarbeit entschieden", "nicht mehr nachbesetzt", French "ne pas
retenir", "poste n'est plus d'actualité"). Beside each rejection stands a look-alike that shares
its words and layout but decides something else: an invitation worded with "decided", an
"unfortunately" about a date or a file, the candidate's own withdrawal confirmed, an
acknowledgement that cannot answer everyone, an application "retenue" for the next step. The
closing boilerplate (talent pool, CV kept on file, ATS footer) and the sender kinds (ATS relay,
company mailbox, person) are drawn the same way for both labels, and so is a "Re:" subject, so
none of them can stand in for the decision. Each language is its own source in the
leave-one-source-out table. Names of companies and people are invented.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 8_2026_12
ROWS_PER_KIND = 60  # per language and label

COMPANIES = ["Nordlicht Robotics", "Quillfeather Labs", "Basalt & Birch", "Ostrava Dynamics",
             "Lumen Harbor", "Kestrel Mobility", "Marlowe Health", "Tannery Row Studio",
             "Vireo Systems", "Halcyon Freight", "Brambleworks", "Sundial Analytics"]
ROLES = {
    "en": ["Data Engineer", "Product Analyst", "QA Lead", "Junior Accountant", "iOS Developer",
           "Customer Support Specialist", "Operations Intern", "Solutions Architect"],
    "de": ["Werkstudent Controlling", "Softwareentwickler Java", "Projektleiterin Bau",
           "Sachbearbeiter Einkauf", "Data Scientist", "Praktikum Personalwesen",
           "Teamleitung Kundenservice", "Elektroniker für Betriebstechnik"],
    "fr": ["Chef de projet digital", "Comptable fournisseurs", "Ingénieure DevOps",
           "Stage assistant RH", "Technicien de maintenance", "Analyste crédit",
           "Alternance développeur web", "Responsable logistique"],
}
PEOPLE = ["Lena Hoffmann", "Tobias Brandt", "Elodie Marchand", "Hugo Lefort", "Priya Natarajan",
          "Marcus Ellery", "Ines Vogel", "Chloé Renaud", "Owen Fairchild", "Sanne Kuiper"]
CANDIDATES = {"en": ["Robin", "Alex", "Charlie", "Jordan"],
              "de": ["Frau Albers", "Herr Yilmaz", "Frau Kröger", "Herr Seidel"],
              "fr": ["Madame Perrin", "Monsieur Lambert", "Madame Caron", "Monsieur Girard"]}
CANDIDATES_DU = {"de": ["Jonas", "Miriam", "Felix", "Aylin"],
                 "fr": ["Léa", "Mathis", "Inès", "Noah"]}

# Per language: the decision sentences. "rejection" says no (in many ways); "other" are
# look-alikes: same vocabulary, another decision or none. {role} and {company} are filled in.
# German and French have a formal and an informal variant (Sie/du, vous/tu).
DECISIONS: dict[str, dict[str, list[str]]] = {
    "en": {
        "rejection": [
            "The {role} vacancy has been taken off our board and will not be filled this year.",
            "We went with someone whose experience lines up more closely with the team's "
            "roadmap.",
            "After a lot of discussion we are not going to take your candidacy to the next "
            "round.",
            "The hiring team has concluded that your profile is not the right fit for {role}.",
            "Every seat in our autumn graduate cohort has now been taken.",
            "Budget changes mean the {role} requisition was cancelled before interviews began.",
            "You have not been chosen to progress further in the {role} process.",
            "Our recruiters reviewed your application and won't be pursuing it any further.",
            "We will be offering the role to another applicant.",
            "It's not the outcome you were hoping for: we are closing your application for "
            "{role}.",
            "We decided against moving ahead with your application at this point.",
            "The position you applied for is no longer open.",
            "Regrettably we've filled {role} with an internal transfer.",
            "Your application was carefully read, but we won't be inviting you to interview.",
            "This time the decision went to a candidate with more hands-on domain experience.",
            "We're unable to offer you a place on the programme this season.",
        ],
        "other": [
            "The hiring team has concluded its review and would like to meet you on site.",
            "We decided to fast-track your application: expect a call from our recruiter.",
            "We went through your portfolio and are keen to take your candidacy to the next "
            "round.",
            "Regrettably the video link we sent has expired; a fresh one is below.",
            "Sadly our office is closed for the holiday, so your interview moves to Tuesday.",
            "As you asked, we have taken your application for {role} out of the process.",
            "Your withdrawal from the {role} process is confirmed; we wish you well.",
            "We are not able to reply to every applicant individually, but every CV is read.",
            "We have not made a decision yet and will be in touch within two weeks.",
            "The position you applied for is open until the end of the month.",
            "You have been chosen to progress to the assessment centre for {role}.",
            "We'd like to offer you the {role} position, starting on the first of March.",
            "Unfortunately the attachment did not come through; could you send your CV again?",
            "No decision has been taken on the {role} vacancy so far.",
            "We were not expecting so many applicants, so reviews will take a little longer.",
            "Thanks for letting us know you accepted another offer; we have closed your file.",
        ],
    },
    "de": {
        "rejection": [
            "Wir haben uns gegen eine Zusammenarbeit entschieden.",
            "Die Position {role} wird aus organisatorischen Gründen nicht mehr besetzt.",
            "Nach reiflicher Überlegung können wir Ihre Bewerbung nicht weiter berücksichtigen.",
            "Wir haben die Stelle mit einer Kandidatin besetzt, deren Profil noch besser passt.",
            "Für das Auswahlverfahren {role} kommen Sie leider nicht in Betracht.",
            "Unsere Wahl ist auf eine andere Person gefallen.",
            "Die Ausschreibung {role} wurde zurückgenommen, die Stelle entfällt.",
            "Wir müssen Ihnen mitteilen, dass wir Ihnen keine Zusage geben können.",
            "Alle Ausbildungsplätze für dieses Jahr sind bereits vergeben.",
            "Wir haben uns für Bewerberinnen und Bewerber entschieden, die näher am Profil sind.",
        ],
        "rejection_du": [
            "Wir haben uns entschieden, deine Bewerbung nicht weiterzuverfolgen.",
            "Diesmal hat es für dich leider nicht gereicht.",
            "Am Ende fiel unsere Entscheidung auf eine andere Bewerberin.",
            "Die Stelle {role} ist inzwischen besetzt.",
            "Wir müssen dir heute leider absagen.",
            "Für die nächste Runde können wir dich nicht berücksichtigen.",
        ],
        "other": [
            "Wir haben uns entschieden, Sie zu einem Kennenlerntermin vor Ort einzuladen.",
            "Die Position {role} ist weiterhin ausgeschrieben, Bewerbungen sind willkommen.",
            "Leider ist der Termin am Donnerstag belegt; passt Ihnen auch Freitag?",
            "Ihre Bewerbung haben wir wie von Ihnen gewünscht aus dem Verfahren genommen.",
            "Leider war Ihr Anhang nicht lesbar, bitte schicken Sie ihn noch einmal.",
            "Eine Entscheidung ist noch nicht gefallen, wir melden uns in zwei Wochen.",
            "Gern möchten wir Ihnen einen Arbeitsvertrag für {role} anbieten.",
            "Wir können nicht jede Bewerbung einzeln beantworten, lesen aber jede sorgfältig.",
            "Unsere Wahl ist auf Sie gefallen: herzlichen Glückwunsch!",
            "Sie kommen für die zweite Runde in Betracht, wir schicken Ihnen Terminvorschläge.",
        ],
        "other_du": [
            "Wir haben uns entschieden, dich zum Probearbeiten einzuladen.",
            "Leider müssen wir unser Gespräch um eine Woche verschieben.",
            "Danke, dass du uns Bescheid gegeben hast: deine Absage an uns ist notiert.",
            "Wie besprochen haben wir deine Bewerbung zurückgezogen.",
            "Du bist in der engeren Auswahl, wir melden uns nächste Woche.",
            "Wir haben noch nicht entschieden und brauchen etwas mehr Zeit.",
        ],
    },
    "fr": {
        "rejection": [
            "Nous avons le regret de ne pas retenir votre candidature pour le poste {role}.",
            "Le poste {role} n'est plus d'actualité suite à une réorganisation interne.",
            "Notre choix s'est porté sur une personne dont l'expérience est plus proche du "
            "besoin.",
            "Il ne nous est pas possible de réserver une suite positive à votre dossier.",
            "Le recrutement {role} a été suspendu définitivement.",
            "Après examen, votre profil ne correspond pas aux attentes de l'équipe.",
            "Nous avons finalement pourvu le poste en interne.",
            "La promotion de cette année est déjà complète.",
            "Nous ne poursuivrons pas le processus avec vous.",
            "Votre candidature n'a pas été sélectionnée pour la suite du processus.",
        ],
        "rejection_du": [
            "On a choisi de ne pas aller plus loin avec ta candidature.",
            "Le poste a été attribué à quelqu'un d'autre.",
            "Ta candidature n'a pas été retenue cette fois-ci.",
            "On ne va pas donner suite, désolé.",
            "L'offre {role} a été retirée, on ne recrute plus sur ce poste.",
            "On a préféré un profil plus expérimenté.",
        ],
        "other": [
            "Nous avons le plaisir de retenir votre candidature pour un entretien.",
            "Le poste {role} est toujours ouvert, nous étudions les candidatures.",
            "Malheureusement, la salle prévue n'est pas disponible ; l'entretien aura lieu en "
            "visio.",
            "Comme vous nous l'avez demandé, votre candidature a été retirée du processus.",
            "Nous ne sommes pas en mesure d'ouvrir votre pièce jointe, merci de la renvoyer.",
            "Aucune décision n'a encore été prise, nous revenons vers vous sous quinze jours.",
            "Notre choix s'est porté sur vous : félicitations !",
            "Votre candidature a été sélectionnée pour la suite du processus.",
            "Nous ne pouvons pas répondre à chaque candidature individuellement.",
            "Nous souhaitons vous faire une offre d'embauche pour le poste {role}.",
        ],
        "other_du": [
            "On a décidé de t'inviter à un deuxième entretien avec l'équipe.",
            "Désolé, on doit décaler notre échange à la semaine prochaine.",
            "Ta candidature est retenue pour l'étape suivante.",
            "Comme tu l'as demandé, on a retiré ta candidature.",
            "On n'a pas encore pris de décision, on revient vers toi bientôt.",
            "Bonne nouvelle : on aimerait te faire une proposition pour le poste {role}.",
        ],
    },
}

# Everything around the decision, drawn the same way for both labels.
FRAME = {
    "en": {
        "subject": ["Your {company} application", "{role} – an update", "Update on your "
                    "application", "Re: {role} interview", "Your candidacy: {role}",
                    "{company} | {role}"],
        "greeting": ["Hey {name},", "Good afternoon {name},", "{name},", "Hello there,"],
        "opener": ["Thanks for your patience while we worked through applications for {role}.",
                   "I'm writing with news about the {role} opening at {company}.",
                   "Thank you again for the time you spent with us last week.",
                   "We appreciate your interest in joining {company}.", ""],
        "closing": ["We'll hold on to your details in our talent network for future roles.",
                    "Keep an eye on our jobs page; new roles open every month.",
                    "Questions? Just reply to this email.",
                    "Thanks once more for thinking of {company}.", ""],
        "signoff": ["Cheers,\n{person}", "Warmly,\n{person}\nPeople Team, {company}",
                    "All best,\nThe {company} recruiting crew", "Take care,\n{person}"],
        "footer": ["", "Sent via the {company} hiring portal. Manage your preferences in your "
                   "candidate account.", "{company} Ltd, registered in England and Wales."],
    },
    "de": {
        "subject": ["Ihre Bewerbung bei {company}", "{role}: aktueller Stand",
                    "Rückmeldung zu Ihrer Bewerbung", "AW: {role}", "Bewerbung {role}"],
        "subject_du": ["Deine Bewerbung bei {company}", "{role}: kurzes Update",
                       "Rückmeldung zu deiner Bewerbung", "AW: {role}"],
        "greeting": ["Guten Tag {name},", "Sehr geehrte Damen und Herren,", "Hallo {name},"],
        "greeting_du": ["Hi {name},", "Hallo {name},", "Moin {name},"],
        "opener": ["vielen Dank für Ihr Interesse an der Position {role} bei {company}.",
                   "danke für Ihre Geduld während unseres Auswahlverfahrens.",
                   "wir möchten Ihnen eine Rückmeldung zu Ihrer Bewerbung geben.", ""],
        "opener_du": ["danke für deine Bewerbung als {role} bei {company}.",
                      "schön, dass wir uns letzte Woche kennenlernen konnten.", ""],
        "closing": ["Gerne nehmen wir Ihr Profil in unseren Talentpool auf.",
                    "Bei Fragen erreichen Sie uns jederzeit unter dieser Adresse.",
                    "Schauen Sie gern wieder auf unserer Karriereseite vorbei.", ""],
        "closing_du": ["Wir behalten dein Profil gern in unserem Talentpool.",
                       "Schreib uns einfach, wenn du Fragen hast.", ""],
        "signoff": ["Mit freundlichen Grüßen\n{person}\nPersonalabteilung {company}",
                    "Freundliche Grüße\nIhr Recruiting-Team {company}"],
        "signoff_du": ["Liebe Grüße\n{person}", "Viele Grüße aus dem Team\n{person}"],
        "footer": ["", "{company} GmbH · Geschäftsführung: {person} · Amtsgericht München",
                   "Diese Nachricht wurde über unser Bewerbermanagementsystem versendet."],
    },
    "fr": {
        "subject": ["Votre candidature chez {company}", "{role} : point d'étape",
                    "Retour sur votre candidature", "RE: {role}", "Candidature {role}"],
        "subject_du": ["Ta candidature chez {company}", "{role} : des nouvelles",
                       "RE: {role}"],
        "greeting": ["Bonjour {name},", "Madame, Monsieur,", "Bonjour,"],
        "greeting_du": ["Salut {name},", "Hello {name},", "Bonjour {name},"],
        "opener": ["Merci pour l'intérêt que vous portez à {company} et au poste {role}.",
                   "Nous revenons vers vous au sujet de votre candidature.",
                   "Merci d'avoir pris le temps d'échanger avec nous.", ""],
        "opener_du": ["Merci pour ta candidature au poste {role} chez {company}.",
                      "Merci encore pour notre échange de la semaine dernière.", ""],
        "closing": ["Nous conservons vos coordonnées pour de prochaines opportunités.",
                    "N'hésitez pas à consulter régulièrement notre page carrières.",
                    "Pour toute question, vous pouvez répondre à ce message.", ""],
        "closing_du": ["On garde ton profil sous le coude pour la suite.",
                       "N'hésite pas si tu as des questions.", ""],
        "signoff": ["Bien à vous,\n{person}\nService recrutement, {company}",
                    "Sincères salutations,\nL'équipe talents {company}"],
        "signoff_du": ["À bientôt,\n{person}", "Belle journée,\n{person}"],
        "footer": ["", "{company} SAS – données traitées conformément au RGPD.",
                   "Message envoyé depuis notre plateforme de recrutement."],
    },
}
SENDERS = ["{slug} Careers <careers@{slug}.example>", "{person} <{first}@{slug}.example>",
           "{company} <no-reply@jobs.lever.co>", "{company} <{slug}@candidates.workablemail.com>",
           "{company} Talent <noreply@{slug}.teamtailor-mail.com>"]


def pick(rng: random.Random, frame: dict, key: str, informal: bool) -> str:
    options = frame.get(key + "_du") if informal and key + "_du" in frame else frame[key]
    return rng.choice(options)


def compose(rng: random.Random, lang: str, decision: str, informal: bool) -> dict[str, str]:
    frame = FRAME[lang]
    company = rng.choice(COMPANIES)
    person = rng.choice(PEOPLE)
    slug = company.lower().replace(" & ", "").replace(" ", "")
    names = CANDIDATES_DU[lang] if informal else CANDIDATES[lang]
    values = {"company": company, "role": rng.choice(ROLES[lang]), "person": person,
              "name": rng.choice(names), "slug": slug, "first": person.split()[0].lower()}

    def f(text: str) -> str:
        return text.format(**values)

    parts = [f(pick(rng, frame, "greeting", informal))]
    opener = f(pick(rng, frame, "opener", informal))
    closing = f(pick(rng, frame, "closing", informal))
    middle = " ".join(p for p in (opener, f(decision)) if p)
    if rng.random() < 0.3 and closing:  # the boilerplate sometimes comes before the decision
        middle = closing + " " + f(decision)
        closing = opener
    parts.append(middle)
    if closing:
        parts.append(closing)
    parts.append(f(pick(rng, frame, "signoff", informal)))
    footer = f(rng.choice(frame["footer"]))
    if footer:
        parts.append(footer)
    return {"subject": f(pick(rng, frame, "subject", informal)), "from": f(rng.choice(SENDERS)),
            "body": "\n\n".join(parts)}


def build(lang: str) -> list[dict]:
    rng = random.Random(f"{SEED}-{lang}")
    table = DECISIONS[lang]
    rows = []
    for label, key in (("rejection", "rejection"), ("job_other", "other")):
        for i in range(ROWS_PER_KIND):
            informal = lang != "en" and i % 3 == 2  # a third in du/tu form
            pool = table[key + "_du"] if informal else table[key]
            decision = pool[i % len(pool)] if i < len(pool) else rng.choice(pool)
            rows.append({"label": label, "language": lang,
                         **compose(rng, lang, decision, informal)})
    rng.shuffle(rows)
    out = []
    for n, row in enumerate(rows):
        out.append({"id": f"fresh_{lang}_{n:04d}", "source": f"debrief/fresh_{lang}",
                    "language": lang, "label": row["label"], "subject": row["subject"],
                    "from": row["from"], "body": row["body"], "headers": []})
    return out


def main() -> None:
    for lang in DECISIONS:
        path = HERE / f"fresh_{lang}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for row in build(lang):
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()
