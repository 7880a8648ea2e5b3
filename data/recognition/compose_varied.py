"""Compose a second, independently worded set of training mail (MIT, this project).

    python data/recognition/compose_varied.py   # rewrites data/recognition/varied_*.jsonl

compose.py's sentences were written first; every sentence here was written afterwards, on purpose
*not* reusing its wording, so that in the leave-one-source-out table a language's first file is
scored by a model that learnt that language from this file and vice versa. The mails carry the
structure real mail has around the decision: an applicant-tracking system's "automated message"
line, greeting, thanks, the decision (or, for look-alikes, an acknowledgement that mentions "if
you are not selected", an invitation, a withdrawal confirmation, a hiring pause without decision),
talent-pool boilerplate, a signature, and a privacy/legal footer. Names come from compose.py.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compose import context, fill, labelled, pick, sender  # noqa: E402

SEED = 20261124

P = {
    "en": {
        "greet": ["Hi {cand},", "Dear {cand},", "Hello {cand} -", "Good afternoon {cand},",
                  "Dear applicant,"],
        "intro": ["", "", "This is an automated message from the {company} careers site.",
                  "Please do not reply to this message; this mailbox is not monitored."],
        "thanks": [
            "We wanted to reach out regarding your application for {role} (job ID {req}).",
            "I hope this note finds you well, and thank you for the conversations over the past "
            "few weeks.",
            "We're writing with an update on your candidacy for the {role} opening on the {team} "
            "team.",
            "Thank you for submitting your application for the {role} internship for summer 2027.",
            "First, thanks for your patience - our process took longer than planned.",
        ],
        "decision": [
            "The team reviewed your profile closely and it won't be moving on to the next step.",
            "We've decided to focus on other candidates for this opening.",
            "Ultimately, the hiring manager went in a different direction.",
            "We are unable to move you forward in the process at this time.",
            "Your candidacy for this position has been declined.",
            "This time around we will not be extending an interview.",
            "You are no longer being considered for this role.",
            "We have determined that other applicants more closely match our needs.",
            "We're going to pass on moving forward, but we were impressed by your background.",
            "After reviewing all applications we have filled our interview slots with other "
            "candidates.",
            "We aren't able to offer you a spot in this year's cohort.",
            "Your status for this requisition has been updated to Not Selected.",
            "We've chosen not to move ahead with your application.",
            "We have decided to end the process here for you.",
            "Our decision was to progress with applicants whose experience is closer to the brief.",
            "The panel felt another finalist was a stronger fit for the team.",
            "We won't be able to take your candidacy further.",
            "I'm sorry to share that we've offered the role to someone else.",
        ],
        "gone": [
            "The {role} role has been put on hold indefinitely and the requisition was closed.",
            "We have since filled this opening with an internal transfer.",
            "This position was cancelled due to a change in business priorities.",
            "The posting has been withdrawn and we are no longer hiring for this role.",
            "Our internship program has reached capacity and all places are now taken.",
            "We are no longer interviewing for this position as it has been filled.",
        ],
        "cushion": [
            "We'd love to keep your resume on file for future opportunities.",
            "You're welcome to join our talent network to hear about new roles.",
            "Please don't let this discourage you from applying again in the future.",
            "We know this isn't the news you were hoping for.",
            "We wish you every success in your job search.",
            "Feel free to check our careers page for other openings that match your skills.",
        ],
        "sign": ["Best regards,\n{person}\nTalent Acquisition, {company}",
                 "Thanks,\nThe {company} Recruiting Team",
                 "Kind regards,\n{person} | Senior Recruiter\n{company}",
                 "All the best,\n{person}"],
        "footer": [
            "",
            "{company} is an equal opportunity employer. Your personal data is processed in "
            "accordance with our candidate privacy notice.",
            "This email and any attachments are confidential and intended solely for the "
            "addressee.",
            "Powered by Greenhouse | Manage your candidate profile | Privacy policy",
        ],
        "subj": ["Your application: {role}", "{company} | {role}", "Re: {role} at {company}",
                 "Update regarding your {company} application", "{role} - application status",
                 "Thank you from {company}"],
        "neg": [
            "Thanks for applying for {role}. Our team will review your application and if you "
            "are not selected for an interview you will hear from us by email.",
            "We'd like to invite you to a 45-minute video interview with the {team} team. Please "
            "pick a slot that works for you.",
            "This confirms that you have withdrawn your application for {role}. No further "
            "action is needed.",
            "Due to a temporary hiring pause, reviews of applications for {role} are delayed. We "
            "have not made any decisions yet and will be in touch.",
            "Congratulations! We are happy to move you forward to the technical interview for "
            "{role}.",
            "Your application for {role} has been received. Unfortunately we cannot reply to "
            "every applicant individually, but we will contact you if your profile matches.",
            "Please complete the online assessment for {role} within 5 days.",
            "We're still reviewing candidates for {role} and expect to make decisions in two "
            "weeks. Thank you for your patience.",
            "You have been moved to the next stage: a conversation with the hiring manager.",
        ],
    },
    "de": {
        "greet": ["Sehr geehrte/r {cand},", "Guten Tag {cand},", "Hallo {cand},",
                  "Moin {cand},"],
        "intro": ["", "", "Diese Nachricht wurde automatisch versendet, bitte antworten Sie "
                  "nicht darauf."],
        "thanks": [
            "vielen Dank für Ihr Interesse an einer Tätigkeit bei {company} und die Zusendung "
            "Ihrer Unterlagen für die Position {role}.",
            "danke für deine Bewerbung und die Zeit, die du dir für uns genommen hast.",
            "wir melden uns bezüglich Ihrer Bewerbung als {role} (Kennziffer {req}).",
            "herzlichen Dank für das nette Gespräch mit unserem Team {team}.",
            "wir haben Ihre Bewerbungsunterlagen sorgfältig gesichtet.",
        ],
        "decision": [
            "Leider können wir Ihre Bewerbung in diesem Fall nicht weiter berücksichtigen.",
            "Nach reiflicher Überlegung haben wir uns für andere Bewerber:innen entschieden.",
            "Wir haben einer anderen Kandidatin den Vorzug gegeben.",
            "Leider müssen wir Ihnen eine Absage erteilen.",
            "Wir werden Ihre Bewerbung daher nicht weiter verfolgen.",
            "Wir sagen dir heute leider ab.",
            "Wir haben uns entschieden, den Prozess mit dir nicht fortzusetzen.",
            "Ihr Profil passt leider nicht zu den aktuellen Anforderungen der Stelle.",
            "Leider hat es dieses Mal nicht geklappt.",
            "Wir haben uns gegen eine Fortsetzung des Bewerbungsprozesses entschieden.",
            "Leider können wir dir keine Zusage geben.",
            "Wir müssen Ihnen leider mitteilen, dass Sie nicht in die engere Auswahl gekommen "
            "sind.",
            "Die Wahl ist auf eine Person gefallen, deren Profil noch besser passt.",
            "Wir haben uns dazu entschlossen, die Stelle mit jemand anderem zu besetzen.",
            "Eine Einladung zum Vorstellungsgespräch können wir Ihnen leider nicht aussprechen.",
        ],
        "gone": [
            "Die Stelle als {role} ist inzwischen besetzt.",
            "Die Ausschreibung wurde zurückgezogen, wir besetzen die Position derzeit nicht.",
            "Das Praktikantenprogramm ist für dieses Jahr bereits ausgebucht.",
            "Die Position wurde leider gestrichen.",
        ],
        "cushion": [
            "Wir bewahren Ihre Unterlagen gerne in unserem Talentpool auf.",
            "Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.",
            "Für deinen weiteren Weg wünschen wir dir alles Gute.",
            "Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.",
            "Schau gerne wieder auf unserer Karriereseite vorbei.",
        ],
        "sign": ["Mit freundlichen Grüßen\n{person}\nHR Business Partner\n{company} GmbH",
                 "Viele Grüße\nDein Recruiting-Team von {company}",
                 "Beste Grüße\n{person}"],
        "footer": [
            "",
            "Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie in unserer "
            "Datenschutzerklärung für Bewerber.",
            "{company} GmbH, Sitz der Gesellschaft: Hamburg, Registergericht: Amtsgericht "
            "Hamburg HRB {req}, Geschäftsführer: {person}",
        ],
        "subj": ["Ihre Bewerbung als {role}", "Rückmeldung zu deiner Bewerbung",
                 "Absage: {role}", "{company} – Ihre Bewerbung", "Bewerbung {role} (m/w/d)"],
        "neg": [
            "Ihre Bewerbung als {role} ist bei uns eingegangen. Sollten Sie nicht berücksichtigt "
            "werden, erhalten Sie von uns eine kurze Nachricht.",
            "Wir würden dich gerne zu einem Kennenlerngespräch einladen. Passt dir Dienstag?",
            "Hiermit bestätigen wir den Rückzug Ihrer Bewerbung. Es ist nichts weiter zu tun.",
            "Aufgrund eines vorübergehenden Einstellungsstopps verzögert sich die Sichtung. Eine "
            "Entscheidung ist noch nicht gefallen.",
            "Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.",
            "Bitte bearbeiten Sie den Online-Test bis Freitag.",
            "Wir prüfen deine Unterlagen und melden uns in zwei Wochen bei dir.",
        ],
    },
    "fr": {
        "greet": ["Bonjour {cand},", "Madame, Monsieur,", "Salut {cand},", "Bonjour,"],
        "intro": ["", "", "Ce message est envoyé automatiquement, merci de ne pas y répondre."],
        "thanks": [
            "Nous vous remercions de l'intérêt porté à notre offre de {role}.",
            "Merci pour ta candidature et pour le temps consacré à nos échanges.",
            "Nous revenons vers vous concernant votre candidature (référence {req}).",
            "Suite à nos entretiens pour le poste de {role}, nous souhaitions vous faire un "
            "retour.",
        ],
        "decision": [
            "Après étude de votre dossier, nous avons le regret de ne pas pouvoir y donner une "
            "suite favorable.",
            "Nous avons décidé de ne pas poursuivre avec ta candidature.",
            "Votre profil ne correspond pas aux critères recherchés pour ce poste.",
            "Nous avons finalement opté pour un autre profil.",
            "Ta candidature n'a pas été retenue pour cette fois.",
            "Nous ne sommes pas en mesure de retenir votre candidature.",
            "Nous avons privilégié des candidats dont l'expérience est plus proche du poste.",
            "Nous avons choisi de poursuivre le processus avec d'autres candidats.",
            "Nous ne pouvons malheureusement pas te proposer d'entretien.",
            "Notre choix s'est porté sur une autre personne.",
            "Il ne nous sera pas possible de donner suite à votre demande.",
            "Nous ne retiendrons pas votre candidature à l'issue de ce processus.",
        ],
        "gone": [
            "Le poste de {role} a été pourvu en interne.",
            "Ce recrutement a été suspendu puis annulé.",
            "Toutes les places de la promotion sont désormais pourvues.",
            "L'annonce a été retirée, nous ne recrutons plus sur ce poste.",
        ],
        "cushion": [
            "Nous gardons ton CV pour de prochaines opportunités.",
            "Nous vous souhaitons une bonne continuation dans vos recherches.",
            "Cette décision ne remet pas en cause la qualité de votre parcours.",
            "N'hésitez pas à postuler à nouveau sur nos prochaines offres.",
        ],
        "sign": ["Bien cordialement,\n{person}\nResponsable Talent Acquisition\n{company}",
                 "À bientôt,\nL'équipe RH {company}", "Cordialement,\n{person}"],
        "footer": [
            "",
            "Conformément au RGPD, vos données sont conservées deux ans. Vous pouvez exercer vos "
            "droits en écrivant à notre délégué à la protection des données.",
            "{company} SAS au capital de 50 000 euros, RCS Paris {req}.",
        ],
        "subj": ["Votre candidature - {role}", "Ta candidature chez {company}",
                 "Retour sur votre candidature", "{role} (H/F) - {company}",
                 "Candidature {role} : notre réponse"],
        "neg": [
            "Nous accusons réception de votre candidature. Si elle n'est pas retenue, nous vous "
            "en informerons par courriel.",
            "Nous aimerions t'inviter à un entretien la semaine prochaine. Quelles sont tes "
            "disponibilités ?",
            "Nous confirmons le retrait de votre candidature. Aucune action n'est requise.",
            "Le recrutement est temporairement suspendu ; aucune décision n'a encore été prise.",
            "Nous avons le plaisir de te proposer le poste de {role}.",
            "Merci de compléter le test en ligne avant vendredi.",
        ],
    },
    "es": {
        "greet": ["Hola {cand},", "Estimado/a {cand}:", "Buenas tardes,"],
        "intro": ["", "", "Este es un mensaje automático, por favor no respondas."],
        "thanks": [
            "Te escribimos en relación con tu candidatura para {role}.",
            "Gracias por el tiempo dedicado a las entrevistas con el equipo.",
            "Agradecemos su interés en formar parte de {company}.",
        ],
        "decision": [
            "Tras revisar tu perfil, hemos decidido no seguir adelante con tu candidatura.",
            "En esta ocasión su candidatura no ha sido seleccionada.",
            "Hemos optado por otro perfil que se ajusta mejor a las necesidades del puesto.",
            "Lamentamos comunicarte que no continuarás en el proceso de selección.",
            "Tu perfil no encaja con lo que buscamos en este momento.",
            "Hemos elegido a otra persona para el puesto.",
            "No podremos avanzar con tu candidatura.",
            "Sentimos informarle de que el proceso ha concluido sin su selección.",
            "Hemos decidido cerrar tu candidatura para esta vacante.",
        ],
        "gone": [
            "La vacante de {role} ya ha sido ocupada.",
            "El proceso para {role} ha sido cancelado.",
            "Ya no estamos contratando para esta posición.",
        ],
        "cushion": [
            "Conservaremos tu currículum para futuros procesos.",
            "Te deseamos mucho éxito en tu búsqueda.",
            "Te animamos a seguir nuestras ofertas.",
        ],
        "sign": ["Saludos cordiales,\n{person}\nTalent Acquisition\n{company}",
                 "Un abrazo,\nEquipo de Personas de {company}"],
        "footer": [
            "",
            "Sus datos personales serán tratados conforme al RGPD. Puede ejercer sus derechos "
            "escribiendo a privacidad@{slug}.example.",
        ],
        "subj": ["Tu candidatura: {role}", "Proceso {role} - {company}",
                 "Respuesta a su candidatura"],
        "neg": [
            "Hemos recibido tu candidatura. Si no eres seleccionado te avisaremos por correo.",
            "Nos gustaría invitarte a una entrevista. ¿Qué disponibilidad tienes?",
            "Confirmamos la retirada de tu candidatura.",
            "El proceso está en pausa y todavía no hemos tomado ninguna decisión.",
            "Nos complace ofrecerte el puesto de {role}.",
        ],
    },
}
COUNTS = {"en": (120, 70), "de": (110, 60), "fr": (90, 45), "es": (60, 30)}


def body(rng: random.Random, p: dict, ctx: dict[str, str], middle: str, rejection: bool) -> str:
    """Greeting, optional automated-message line, thanks, the middle, boilerplate, signature,
    footer; for rejections the decision is sometimes buried among the cushions."""
    parts = [fill(rng.choice(p["thanks"]), ctx)]
    cushions = [fill(c, ctx) for c in pick(rng, p["cushion"], rng.randint(0, 3))]
    if rejection and cushions and rng.random() < 0.4:
        parts += cushions[:1] + [middle] + cushions[1:]
    else:
        # the cushions are rejection boilerplate ("not the news you hoped for"): look-alikes
        # get none, or their label would be wrong
        parts += [middle] + (cushions if rejection else [])
    para = " ".join(parts) if rng.random() < 0.5 else "\n\n".join(parts)
    blocks = [fill(rng.choice(p["intro"]), ctx), fill(rng.choice(p["greet"]), ctx), para,
              fill(rng.choice(p["sign"]), ctx), fill(rng.choice(p["footer"]), ctx)]
    return "\n\n".join(b for b in blocks if b)


def build(rng: random.Random, lang: str) -> list[dict]:
    p = P[lang]
    n_rej, n_neg = COUNTS[lang]
    rows: list[dict] = []
    for i in range(n_rej):
        ctx = context(rng, lang, du=lang == "de" and i % 2 == 1)
        pool = p["gone"] if i % 5 == 0 else p["decision"]
        frm, headers = sender(rng, ctx)
        rows.append(labelled(ctx, {
            "label": "rejection", "subject": fill(rng.choice(p["subj"]), ctx), "from": frm,
            "body": body(rng, p, ctx, fill(rng.choice(pool), ctx), True), "headers": headers}))
    for i in range(n_neg):
        ctx = context(rng, lang, du=lang == "de" and i % 2 == 1)
        frm, headers = sender(rng, ctx)
        subj = fill(rng.choice(p["subj"]), ctx).replace("Absage: ", "")
        rows.append({"label": "job_other", "subject": subj, "from": frm,
                     "body": body(rng, p, ctx, fill(p["neg"][i % len(p["neg"])], ctx), False),
                     "headers": headers})
    return rows


def main() -> None:
    rng = random.Random(SEED)
    for lang in P:
        rows = build(rng, lang)
        path = HERE / f"varied_{lang}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for n, row in enumerate(rows):
                out = {"id": f"varied_{lang}_{n:04d}", "source": f"debrief/varied_{lang}",
                       "language": lang, **row}
                handle.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
