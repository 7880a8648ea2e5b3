"""Compose contrast mail for the rejection model (MIT, this project).

    python data/recognition/compose_contrast.py   # rewrites data/recognition/contrast_*.jsonl

Written after compose.py and compose_varied.py, for the look-alikes that share a rejection's
vocabulary and differ in what was decided: a *positive* decision ("we have decided to invite
you", "we'd like to progress you"), an "unfortunately" about logistics (a moved interview, an
expired link, a closed office), no decision yet (a delay, a process on hold with the application
kept open), and a candidate's own choice confirmed. Beside them, rejections whose decision is
worded in yet other ways, so the file does not teach "this layout means no". The mails reuse
compose_varied's layout (ATS line, greeting, thanks, signature, footer); every sentence here is
new. Each language is its own source in the leave-one-source-out table.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compose import context, fill, sender  # noqa: E402
from compose_varied import P as LAYOUT  # noqa: E402

SEED = 20261204

# look-alikes: (kind, sentence); rejections: sentences
CONTRAST: dict[str, dict[str, list[str]]] = {
    "en": {
        "positive": [
            "We have decided to invite you to the next stage, a conversation with the team lead.",
            "Good news: the hiring manager would like to progress your application to the "
            "technical round.",
            "After reviewing your portfolio we'd love to move ahead with a second interview.",
            "We've made our decision and are delighted to offer you the {role} position.",
            "The panel decided unanimously to advance you to the final round.",
            "You have been shortlisted for {role}; we would like to schedule a call next week.",
            "We were impressed and want to continue the process with a short case study.",
            "Your application has been selected for review by the hiring team.",
        ],
        "logistics": [
            "Unfortunately the interviewer is unavailable on Tuesday, so could we move our call "
            "to Thursday at 2pm?",
            "Sadly our office will be closed on Friday; your on-site visit now takes place on "
            "Monday instead.",
            "Unfortunately the video link we sent has expired; please use the new one below.",
            "I'm sorry, I could not join our call this morning because of a family emergency. "
            "Can we find another slot?",
            "Regrettably we have to postpone the assessment centre by one week.",
            "Unfortunately we cannot reimburse travel for the first round, which is held online.",
            "We are not able to see your coding test submission; it seems the upload failed. "
            "Could you send it again?",
        ],
        "undecided": [
            "We have not made a decision yet and expect to update you within two weeks.",
            "Our hiring timeline has slipped; no decision has been made on your application.",
            "The role is on hold for a few weeks while budgets are confirmed; your application "
            "remains active and we will be in touch.",
            "We are still interviewing and will not be able to share an outcome before the end "
            "of the month.",
            "There is no action needed from you at this point; the team is still reviewing "
            "applications.",
        ],
        "own_choice": [
            "As requested, we have withdrawn your application for {role}. We're sorry to see "
            "you go.",
            "Thanks for letting us know you've accepted another offer; we have closed your "
            "application at your request.",
            "We received your message declining our offer and respect your decision.",
        ],
        "rejection": [
            "It isn't a match on our side this time, and we won't take your application further.",
            "We aren't a match for each other at this stage, so we'll close your application.",
            "You were not selected for the {role} position.",
            "We will not be pursuing your candidacy further.",
            "We have chosen to hire a candidate whose background is closer to the role.",
            "The hiring team has decided not to extend an offer.",
            "We won't be inviting you to the next round.",
            "The position has been cancelled, so we are closing all open applications.",
            "This programme is now at capacity and we cannot offer you a place.",
            "We're unable to take your application forward this time.",
        ],
    },
    "de": {
        "positive": [
            "Wir haben uns entschieden, Sie zum nächsten Gespräch mit der Teamleitung "
            "einzuladen.",
            "Gute Nachrichten: Wir möchten Ihre Bewerbung in die technische Runde weitergeben.",
            "Wir freuen uns, Ihnen die Stelle als {role} anbieten zu können.",
            "Du bist eine Runde weiter! Wir würden gern einen Termin für das Fachgespräch "
            "finden.",
            "Ihre Unterlagen haben uns überzeugt; wir laden Sie zu einem Probetag ein.",
        ],
        "logistics": [
            "Leider ist unser Interviewer am Dienstag verhindert. Können wir das Gespräch auf "
            "Donnerstag verschieben?",
            "Leider ist der Link zur Videokonferenz abgelaufen; anbei der neue Link.",
            "Leider müssen wir den Termin um eine Woche verschieben, da das Büro geschlossen ist.",
            "Wir können Ihre Testaufgabe leider nicht öffnen. Könnten Sie sie noch einmal "
            "schicken?",
        ],
        "undecided": [
            "Eine Entscheidung ist noch nicht gefallen; wir melden uns in zwei Wochen.",
            "Das Auswahlverfahren dauert leider länger als geplant, Ihre Bewerbung ist aber "
            "weiterhin im Verfahren.",
            "Die Stelle ist vorübergehend pausiert, Ihre Bewerbung bleibt aktiv.",
        ],
        "own_choice": [
            "Wie gewünscht haben wir Ihre Bewerbung zurückgezogen.",
            "Schade, dass du unser Angebot nicht annimmst, wir respektieren deine Entscheidung.",
        ],
        "rejection": [
            "Wir haben uns für eine andere Kandidatin entschieden, deren Profil näher an der "
            "Stelle liegt.",
            "Ihre Bewerbung können wir dieses Mal leider nicht weiter berücksichtigen.",
            "Wir werden dir kein Angebot machen können.",
            "Die Stelle wurde gestrichen, daher schließen wir alle offenen Bewerbungen.",
            "Für das Programm sind alle Plätze vergeben.",
        ],
    },
    "fr": {
        "positive": [
            "Nous avons décidé de vous inviter à l'étape suivante, un entretien avec le "
            "responsable d'équipe.",
            "Bonne nouvelle : nous souhaitons poursuivre le processus avec un cas pratique.",
            "Nous avons le plaisir de vous proposer le poste de {role}.",
            "Ta candidature a été retenue pour un premier échange avec l'équipe.",
        ],
        "logistics": [
            "Malheureusement, le recruteur n'est pas disponible mardi ; pouvons-nous décaler "
            "l'entretien à jeudi ?",
            "Malheureusement, le lien de la visioconférence a expiré ; voici le nouveau lien.",
            "Nous ne parvenons pas à ouvrir votre test technique. Pourriez-vous le renvoyer ?",
        ],
        "undecided": [
            "Aucune décision n'a encore été prise ; nous reviendrons vers vous d'ici deux "
            "semaines.",
            "Le recrutement est suspendu quelques semaines, votre candidature reste active.",
        ],
        "own_choice": [
            "Comme demandé, nous avons retiré votre candidature.",
        ],
        "rejection": [
            "Nous avons retenu une autre personne dont le parcours correspond davantage au "
            "poste.",
            "Nous ne pourrons pas poursuivre avec ta candidature.",
            "Le poste a été annulé et nous clôturons les candidatures en cours.",
            "Votre profil n'a pas été sélectionné pour la suite du processus.",
        ],
    },
    "es": {
        "positive": [
            "Hemos decidido invitarte a la siguiente fase, una entrevista con el equipo.",
            "Nos complace ofrecerle el puesto de {role}.",
            "Su candidatura ha sido preseleccionada y queremos agendar una llamada.",
        ],
        "logistics": [
            "Lamentablemente el entrevistador no está disponible el martes; ¿podemos pasar la "
            "entrevista al jueves?",
            "Lamentablemente el enlace de la videollamada ha caducado; te enviamos uno nuevo.",
        ],
        "undecided": [
            "Todavía no hemos tomado una decisión; te escribiremos en dos semanas.",
            "El proceso está en pausa unas semanas, pero su candidatura sigue activa.",
        ],
        "own_choice": [
            "Tal como nos pediste, hemos retirado tu candidatura.",
        ],
        "rejection": [
            "Hemos elegido a otra persona cuyo perfil se ajusta más al puesto.",
            "No vamos a continuar con su candidatura en esta ocasión.",
            "El puesto ha sido cancelado y cerramos todas las candidaturas.",
            "No has sido seleccionado para la siguiente fase.",
        ],
    },
}

SUBJECTS = {
    "en": ["Your application for {role}", "{company}: next steps", "Re: {role} interview",
           "Update from {company}", "{role} at {company}"],
    "de": ["Ihre Bewerbung als {role}", "{company}: nächste Schritte", "Re: Gespräch {role}",
           "Neuigkeiten zu deiner Bewerbung"],
    "fr": ["Votre candidature : {role}", "{company} : prochaines étapes", "Re: entretien {role}"],
    "es": ["Tu candidatura: {role}", "{company}: próximos pasos", "Re: entrevista {role}"],
}
COUNTS = {"en": (40, 90), "de": (25, 45), "fr": (20, 35), "es": (15, 25)}  # (rejection, other)


def body(rng: random.Random, lang: str, ctx: dict[str, str], middle: str) -> str:
    """compose_varied's layout around one sentence, with no rejection cushions (they would
    decide the label for the sentence)."""
    p = LAYOUT[lang]
    parts = [fill(rng.choice(p["thanks"]), ctx), middle]
    para = " ".join(parts) if rng.random() < 0.5 else "\n\n".join(parts)
    blocks = [fill(rng.choice(p["intro"]), ctx), fill(rng.choice(p["greet"]), ctx), para,
              fill(rng.choice(p["sign"]), ctx), fill(rng.choice(p["footer"]), ctx)]
    return "\n\n".join(b for b in blocks if b)


def build(rng: random.Random, lang: str) -> list[dict]:
    table = CONTRAST[lang]
    others = [s for kind, sentences in table.items() if kind != "rejection" for s in sentences]
    n_rej, n_other = COUNTS[lang]
    rows: list[dict] = []
    for label, pool, count in (("rejection", table["rejection"], n_rej),
                               ("job_other", others, n_other)):
        for i in range(count):
            ctx = context(rng, lang, du=lang == "de" and i % 2 == 1)
            frm, headers = sender(rng, ctx)
            rows.append({"label": label, "subject": fill(rng.choice(SUBJECTS[lang]), ctx),
                         "from": frm, "body": body(rng, lang, ctx, fill(pool[i % len(pool)], ctx)),
                         "headers": headers})
    return rows


def main() -> None:
    rng = random.Random(SEED)
    for lang in CONTRAST:
        rows = build(rng, lang)
        path = HERE / f"contrast_{lang}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for n, row in enumerate(rows):
                out = {"id": f"contrast_{lang}_{n:04d}", "source": f"debrief/contrast_{lang}",
                       "language": lang, **row}
                handle.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
