#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builder for the heldout9_defr evaluation set (German and French).

Written by hand, blind, by the Debrief team in December 2026.
Every message below is written out literally: no templates, no slot filling,
no generated text. The script only shuffles the rows (seed 92), numbers them
per language (h9d-NNN for German, h9f-NNN for French) and writes one JSONL file.

All names are invented; all domains use the reserved .example TLD.
Licence: MIT.
"""
import json
import os
import random
from collections import Counter

SEED = 92
SOURCE = "debrief-heldout9 (written by the team, 2026-12)"
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
OUT_FILE = os.path.join(OUT_DIR, "heldout9_defr.jsonl")

ROWS = []

# ---------------------------------------------------------------------------
# GERMAN - rejections (26)
# Personas: Verena Hofstätter (DGKP, Graz, Austria), Malte Kruse (UX designer,
# Berlin), Nina Baumgartner (Kauffrau EFZ, Winterthur/Zürich, Swiss spelling).
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "rejection", "language": "de",
        "subject": "Ihre Bewerbung als DGKP – Abteilung für Innere Medizin",
        "from": "Personalabteilung LKH Murtal-Nord <personal@lkh-murtal-nord.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung vom 2. Oktober 2026 und Ihr Interesse an einer Tätigkeit in unserem Haus.

Nach eingehender Prüfung aller eingelangten Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die ausgeschriebene Stelle als Diplomierte Gesundheits- und Krankenpflegerin (DGKP) an der Abteilung für Innere Medizin, Station 2B, nicht berücksichtigen konnten.

Wir bedanken uns für das entgegengebrachte Vertrauen und wünschen Ihnen für Ihren weiteren beruflichen und privaten Lebensweg alles Gute.

Mit freundlichen Grüßen

Mag. Elisabeth Pranter
Personalabteilung
LKH Murtal-Nord
Spitalgasse 14, 8750 Judenburg
Tel.: +43 3572 000 4120""",
        "company": "LKH Murtal-Nord",
        "job_title": "Diplomierte Gesundheits- und Krankenpflegerin (DGKP) an der Abteilung für Innere Medizin",
        "contact": "Elisabeth Pranter",
        "note": "formal Austrian hospital rejection letter, stock wording",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Stellenausschreibung DGKP Intensivstation – Ref.-Nr. 2026/118",
        "from": "Privatklinik Rosenhain – Personal <bewerbung@privatklinik-rosenhain.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

wir danken Ihnen für Ihre Bewerbung auf unsere Ausschreibung Ref.-Nr. 2026/118 (DGKP Intensivstation, 30–40 Wochenstunden).

Wir dürfen Sie informieren, dass die Stelle zwischenzeitlich intern nachbesetzt wurde. Das Auswahlverfahren ist damit abgeschlossen.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht. Sollten Sie einer längeren Aufbewahrung in Evidenz zustimmen, antworten Sie bitte kurz auf dieses E-Mail.

Mit freundlichen Grüßen
i.A. Sabine Kogler
Personalmanagement
Privatklinik Rosenhain GmbH
Rosenhaingasse 6, 8010 Graz""",
        "company": "Privatklinik Rosenhain",
        "job_title": "DGKP Intensivstation",
        "contact": "Sabine Kogler",
        "note": "position filled internally, procedure closed; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihr Dienstantritt am 1. Dezember 2026",
        "from": "Mag.a Birgit Haberl <birgit.haberl@klinik-schlossberg.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

bezugnehmend auf unser Telefonat von heute Vormittag bestätige ich Ihnen schriftlich, was ich Ihnen bereits mündlich mitteilen musste:

Der Rechtsträger hat mit Beschluss vom 18. November 2026 einen sofortigen Aufnahmestopp für sämtliche noch nicht angetretenen Dienstverhältnisse im Pflegebereich verfügt. Die Ihnen mit Schreiben vom 27. Oktober erteilte Einstellungszusage für die Stelle als DGKP an der Abteilung für Orthopädie und Traumatologie müssen wir daher zurückziehen. Ein Dienstantritt am 1. Dezember wird nicht stattfinden.

Mir ist bewusst, wie unangenehm das für Sie ist, insbesondere da Sie Ihr bisheriges Dienstverhältnis bereits gekündigt haben. Bitte melden Sie sich bei mir, wenn wir Ihnen mit einer Bestätigung für das AMS oder Ihren bisherigen Dienstgeber behilflich sein können. Sobald der Aufnahmestopp aufgehoben wird, würde ich Sie gerne als Erste kontaktieren.

Mit freundlichen Grüßen

Mag.a Birgit Haberl
Leitung Personalmanagement
Klinik Am Schlossberg Leoben
Tel. +43 3842 000 210""",
        "company": "Klinik Am Schlossberg",
        "job_title": "DGKP an der Abteilung für Orthopädie und Traumatologie",
        "contact": "Birgit Haberl",
        "note": "offer withdrawn (Einstellungszusage zurückgezogen) after hiring freeze; subject neutral",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Gesundheitsverbund Donauland – Information zu Ihrer Bewerbung (ID 44817)",
        "from": "Gesundheitsverbund Donauland Karriere <karriere-noreply@gv-donauland.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrte Frau Hofstätter,

herzlichen Dank für Ihr Interesse am Gesundheitsverbund Donauland. Mit rund 9.400 Mitarbeiterinnen und Mitarbeitern an sieben Standorten zählen wir zu den größten Gesundheitsdienstleistern der Region – und jede einzelne Bewerbung ist uns wichtig.

Bewerbungs-ID: 44817
Stelle: Diplomierte Gesundheits- und Krankenpflegeperson – Kardiologie, Standort Linz-Urfahr
Beschäftigungsausmaß: 75–100 %

Wir haben Ihre Unterlagen mit großer Sorgfalt geprüft und mit den Anforderungen der Stelle abgeglichen. Im Rahmen des Auswahlverfahrens haben wir uns für eine Bewerberin entschieden, deren Qualifikationsprofil den aktuellen Anforderungen der Station noch etwas näher kommt.

Unser Talentpool
Gerne möchten wir mit Ihnen in Kontakt bleiben. Wenn Sie zustimmen, nehmen wir Ihr Profil in unseren Talentpool auf. So können wir Sie direkt ansprechen, sobald eine passende Position – z. B. in der Intensivpflege, im OP oder in der Langzeitpflege – frei wird. Ihre Zustimmung können Sie jederzeit im Bewerberportal unter „Mein Profil > Datenschutz“ widerrufen.

-> Zustimmung erteilen: https://karriere.gv-donauland.example/talentpool?id=44817

Wussten Sie schon?
- Wir bieten eine 4-Tage-Woche-Option auf ausgewählten Stationen.
- Unsere Pflegeakademie übernimmt die Kosten für Sonderausbildungen nach GuKG.
- Kinderbetreuung am Standort Linz-Urfahr ab 6:00 Uhr.

Aktuelle Stellenangebote finden Sie jederzeit unter https://karriere.gv-donauland.example/jobs.

Wir wünschen Ihnen viel Erfolg und alles Gute für Ihre Zukunft.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Gesundheitsverbund Donauland

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf dieses E-Mail.
Gesundheitsverbund Donauland GmbH | FN 000412 x | Landesgericht Linz
Datenschutzinformation: https://www.gv-donauland.example/datenschutz""",
        "company": "Gesundheitsverbund Donauland",
        "job_title": "Diplomierte Gesundheits- und Krankenpflegeperson – Kardiologie",
        "contact": "",
        "note": "long ATS mail, decision one sentence inside talent-pool boilerplate; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Rückmeldung zum Hearing vom 12. November",
        "from": "Andrea Scheucher <andrea.scheucher@klinikum-woerthersee-sued.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

nochmals vielen Dank für Ihre Zeit beim Hearing am 12. November und für das offene Gespräch mit Frau Stationsleitung Kofler und mir.

Die Entscheidung ist uns nicht leicht gefallen. Leider müssen wir Ihnen heute eine Absage für die Position der stellvertretenden Stationsleitung an der Neurologie erteilen. Ausschlaggebend war, dass die Kollegin, für die wir uns entschieden haben, bereits die Weiterbildung für basales und mittleres Pflegemanagement abgeschlossen hat und im Haus als Praxisanleiterin tätig ist.

Sie haben uns fachlich und menschlich sehr überzeugt – besonders Ihre Erfahrung mit der Stroke Unit und Ihre Antworten zum Thema Dienstplangestaltung. Wenn Sie die Weiterbildung ins Auge fassen, würde ich mich über eine neuerliche Bewerbung sehr freuen. Gerne können Sie mich auch für ein kurzes Feedbackgespräch anrufen.

Mit freundlichen Grüßen

DGKP Andrea Scheucher, MSc
Pflegedirektorin
Klinikum Wörthersee-Süd
T +43 463 000 3301""",
        "company": "Klinikum Wörthersee-Süd",
        "job_title": "stellvertretende Stationsleitung an der Neurologie",
        "contact": "Andrea Scheucher",
        "note": "rejection after hearing with personal feedback",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "AW: Bewerbung DGKP Chirurgie – Nachfrage",
        "from": "Gerhard Lenz <g.lenz@sanatorium-hainfeld.example>",
        "headers": {
            "In-Reply-To": "<4d1f8a2e-77c3-4b0e-9a51-vh2026@gmx-mail.example>",
            "References": "<4d1f8a2e-77c3-4b0e-9a51-vh2026@gmx-mail.example>",
        },
        "body": """Liebe Frau Hofstätter,

danke für die Nachfrage. Die Stelle auf der Chirurgie ist seit letzter Woche besetzt, ein weiteres Gespräch ist deshalb nicht mehr vorgesehen. Ich hätte Ihnen das früher schreiben sollen, entschuldigen Sie bitte.

Alles Gute für die weitere Suche!

Gerhard Lenz
Pflegedienstleitung
Sanatorium Hainfeld

-----Ursprüngliche Nachricht-----
Von: Verena Hofstätter <verena.hofstaetter@gmx-mail.example>
Gesendet: Montag, 3. November 2026 09:12
An: Gerhard Lenz <g.lenz@sanatorium-hainfeld.example>
Betreff: Bewerbung DGKP Chirurgie – Nachfrage

Sehr geehrter Herr Lenz,

ich habe mich am 6. Oktober für die Stelle als DGKP an Ihrer chirurgischen Station beworben und wollte höflich nachfragen, ob es bereits Neuigkeiten gibt. Für ein persönliches Gespräch stehe ich jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Verena Hofstätter""",
        "company": "Sanatorium Hainfeld",
        "job_title": "DGKP an der chirurgischen Station",
        "contact": "Gerhard Lenz",
        "note": "short rejection in reply thread with quoted follow-up; role filled, no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Bewerbung",
        "from": "Hauskrankenpflege Pöllau <office@hkp-poellau.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter!

Danke für Ihre Bewerbung als DGKP in der mobilen Pflege. Leider können wir Ihre Bewerbung derzeit nicht berücksichtigen, da wir uns bereits für eine Kollegin aus der Region entschieden haben.

Freundliche Grüße
Monika Pichler
Einsatzleitung""",
        "company": "Hauskrankenpflege Pöllau",
        "job_title": "DGKP in der mobilen Pflege",
        "contact": "Monika Pichler",
        "note": "very short stock rejection, bare subject",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ausschreibung Stationsleitung-Stellvertretung Geriatrie – Einstellung des Verfahrens",
        "from": "Personalabteilung Pflegezentrum Kainach <personal@pz-kainach.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

wir bedanken uns für Ihre Bewerbung um die Funktion der Stationsleitung-Stellvertretung im Bereich Akutgeriatrie/Remobilisation.

Aufgrund einer Umstrukturierung der Abteilung, die mit 1. Jänner 2027 wirksam wird, wird diese Funktion nicht nachbesetzt. Die Ausschreibung wurde daher zurückgezogen und das Auswahlverfahren eingestellt. Ihre Bewerbung ist damit gegenstandslos.

Für Ihr Interesse an unserem Haus danken wir Ihnen nochmals herzlich.

Mit freundlichen Grüßen

Für die Geschäftsführung
Ing. Thomas Url
Leiter Personal & Recht
Pflegezentrum Kainach gemeinnützige GmbH""",
        "company": "Pflegezentrum Kainach",
        "job_title": "Stationsleitung-Stellvertretung im Bereich Akutgeriatrie/Remobilisation",
        "contact": "Thomas Url",
        "note": "role cancelled, application closed; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Statusänderung Ihrer Bewerbung",
        "from": "Ordensklinikum Traunviertel – Bewerbermanagement <no-reply@bewerbung.ok-traunviertel.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Verena Hofstätter,

der Status Ihrer Bewerbung hat sich geändert.

Stelle: DGKP Dialyse (Teilzeit 30 Std.)
Referenz: OKT-P-2026-0412
Neuer Status: Verfahren abgeschlossen – nicht ausgewählt

Sie können den Verlauf Ihrer Bewerbung jederzeit im Bewerberportal einsehen:
https://bewerbung.ok-traunviertel.example/portal/login

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für die Zukunft alles Gute.

Ihr Bewerbermanagement
Ordensklinikum Traunviertel

Dies ist eine automatisch generierte Nachricht.""",
        "company": "Ordensklinikum Traunviertel",
        "job_title": "DGKP Dialyse",
        "contact": "",
        "note": "portal status notice 'nicht ausgewählt'; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Deine Bewerbung als Senior UX Designer (m/w/d) bei Fernweh Labs",
        "from": "Fernweh Labs <fernweh-labs-jobs@personio-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "people@fernweh-labs.example"},
        "body": """Hallo Malte,

vielen Dank für deine Bewerbung und dein Interesse an Fernweh Labs!

Wir haben uns deine Unterlagen und dein Portfolio genau angesehen. Leider müssen wir dir mitteilen, dass wir uns für andere Kandidat:innen entschieden haben, deren Erfahrung noch besser zu den aktuellen Anforderungen im Team passt.

Das ist keine Bewertung deiner Arbeit – wir bekommen aktuell sehr viele starke Bewerbungen. Schau gerne in Zukunft wieder auf unserer Karriereseite vorbei: fernweh-labs.jobs.personio-mail.example

Alles Gute für deine Suche!

Liebe Grüße
Lisa vom People Team

Fernweh Labs GmbH · Schlesische Str. 27 · 10997 Berlin""",
        "company": "Fernweh Labs",
        "job_title": "Senior UX Designer (m/w/d)",
        "contact": "Lisa",
        "note": "Personio du-form rejection, stock wording",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "kurzes Update",
        "from": "Jana Wiese <jana@kiezkraft.example>",
        "headers": {},
        "body": """Hi Malte,

kurzes Update von unserer Seite: wir gehen mit einer anderen Person für die Product-Designer-Rolle weiter. War eine knappe Entscheidung zwischen euch beiden.

Danke dir für die Zeit und die echt schöne Case Study zum Onboarding-Flow 🙏 Wenn wir im Frühjahr die zweite Designstelle aufmachen, melde ich mich.

Viele Grüße
Jana

--
Jana Wiese · Head of Product · Kiezkraft
Sent from my phone""",
        "company": "Kiezkraft",
        "job_title": "Product Designer",
        "contact": "Jana Wiese",
        "note": "Slack-style short startup rejection, vague subject, no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Update zu deiner Bewerbung: Product Designer (m/w/d) – Mobile App",
        "from": "JOIN <notifications@join-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://join.example/settings/notifications/unsubscribe?t=a81c2>",
        },
        "body": """Hallo Malte,

die Stelle „Product Designer (m/w/d) – Mobile App“, auf die du dich am 28.09.2026 beworben hast, ist nicht mehr verfügbar.

Sprudel Health hat die Stellenanzeige geschlossen. Deine Bewerbung wurde daher archiviert und wird nicht weiter bearbeitet.

Ähnliche Jobs in Berlin:
• UI/UX Designer (m/w/d) – Brightpath Energy – Berlin, hybrid
• Product Designer Growth – Tandemo – Remote (DE)
• UX Designer Public Sector – Amtlich Digital – Berlin

Alle Jobs ansehen: https://join.example/jobs?q=product+designer&l=berlin

Viel Erfolg!
Dein JOIN Team

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast. Benachrichtigungen verwalten: https://join.example/settings/notifications""",
        "company": "Sprudel Health",
        "job_title": "Product Designer (m/w/d) – Mobile App",
        "contact": "",
        "note": "job board notice: posting closed, application archived; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Sorry – schlechte Nachrichten zum Offer",
        "from": "Konstantin Reuter <konstantin@loopwerk.example>",
        "headers": {},
        "body": """Hey Malte,

ich schreibe dir das lieber direkt, bevor du es über Umwege erfährst, und ruf dich gern heute Abend noch an.

Unser Lead-Investor ist gestern aus der Series A ausgestiegen. Wir müssen als Konsequenz sofort einen Hiring Freeze machen und alle offenen Angebote zurückziehen – auch deins als Senior Product Designer. Den Vertrag, den wir dir am Montag geschickt haben, bitte nicht mehr unterschreiben bzw. betrachte ihn als hinfällig.

Mir ist klar, dass du wegen uns andere Gespräche auf Eis gelegt hast. Das tut mir ehrlich sehr leid und ist nicht die Art, wie ich eine Firma führen will. Wenn es hilft, schreibe ich dir sehr gerne eine Empfehlung oder stelle dich bei zwei, drei Foundern aus meinem Netzwerk vor, die gerade Designer:innen suchen.

Nochmal: sorry.
Konstantin

Konstantin Reuter
Co-Founder & CEO, Loopwerk""",
        "company": "Loopwerk",
        "job_title": "Senior Product Designer",
        "contact": "Konstantin Reuter",
        "note": "startup offer rescinded after funding loss; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Feedback zu deinem Final Round",
        "from": "Sophie Lindqvist <sophie.lindqvist@hafenmeister.example>",
        "headers": {},
        "body": """Hi Malte,

danke nochmal, dass du dir am Donnerstag den ganzen Nachmittag für unser Final Round zur Lead-UX-Designer-Stelle genommen hast – Portfolio-Präsentation, Whiteboard-Session mit Tim und das Gespräch mit unserem CPO.

Ich will ehrlich sein: Wir haben uns nach langer Diskussion gegen dich und für eine andere Kandidatin entschieden. Ich weiß, dass so eine Absage nach vier Runden besonders nervt, deshalb hier das Feedback so konkret wie möglich:

Was richtig gut war:
- Deine Research-Story zur Fahrer-App, besonders wie du die Shadowing-Sessions in konkrete Design-Entscheidungen übersetzt hast.
- Sehr saubere, nachvollziehbare Figma-Files.

Wo das Panel Zweifel hatte:
- In der Whiteboard-Session bist du sehr schnell in Screens gegangen. Tim hätte sich mehr Zeit für Problemdefinition und Priorisierung gewünscht.
- Für die Rolle brauchen wir jemanden, der das Design System quasi ab Tag 1 verantwortet. Da war die andere Kandidatin einfach schon weiter.

Leider gibt es aktuell keine zweite offene Stelle, aber ich würde dich gern in unserem Talent-Pool behalten, wenn das okay für dich ist.

Alles Gute und bleib dran!
Sophie

Sophie Lindqvist
Senior Talent Partner | Hafenmeister
hafenmeister.example/karriere""",
        "company": "Hafenmeister",
        "job_title": "Lead UX Designer",
        "contact": "Sophie Lindqvist",
        "note": "rejection after final round with detailed feedback",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihre Bewerbung als UX/UI Designer (w/m/d) – Kennziffer 2026-UX-07",
        "from": "Berliner Wohnbau Digital GmbH <bwd-bewerbung@softgarden-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Kruse,

vielen Dank für Ihre Bewerbung als UX/UI Designer (w/m/d) und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Bitte verstehen Sie, dass wir aus Kapazitätsgründen keine individuellen Gründe für unsere Entscheidung nennen können.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Berliner Wohnbau Digital GmbH

--
Berliner Wohnbau Digital GmbH | Holzmarktstraße 40 | 10243 Berlin
Geschäftsführung: Dr. Henrike Baal, Jan-Ole Mertens | HRB 000000 B, AG Charlottenburg
Diese E-Mail wurde über softgarden versendet.""",
        "company": "Berliner Wohnbau Digital",
        "job_title": "UX/UI Designer (w/m/d)",
        "contact": "",
        "note": "softgarden Sie-form stock rejection",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Re: Take-Home Challenge – kurze Frage",
        "from": "Ben Okafor <ben.okafor@tandemo.example>",
        "headers": {
            "In-Reply-To": "<CAM9x7Qe2kP1_malte.kruse@posteo-mail.example>",
            "References": "<CAM9x7Qe2kP1_malte.kruse@posteo-mail.example>",
        },
        "body": """Hey Malte,

danke fürs Nachhaken, und sorry, dass du von uns nichts gehört hast – das ist bei uns untergegangen.

Um es kurz zu machen: wir haben uns für jemanden entschieden, der schon mehrere Jahre B2B-SaaS mit komplexen Tabellen/Dashboards gemacht hat. Deine Challenge war visuell stark, aber beim Berechtigungskonzept hast du ein paar Edge Cases ausgelassen (z. B. was passiert, wenn ein Admin sich selbst die Rechte entzieht). Das war am Ende der Unterschied.

Fand's trotzdem ein gutes Gespräch mit dir. Viel Erfolg!

Ben

On Tue, 18 Nov 2026 at 10:41, Malte Kruse <malte.kruse@posteo-mail.example> wrote:
> Hi Ben,
>
> ich hatte die Take-Home Challenge (Rollen & Rechte im Team-Dashboard) am 7.11. abgegeben und seitdem nichts mehr gehört. Gibt's schon eine Entscheidung? Und falls es nicht geklappt hat, würde ich mich über ein, zwei Sätze Feedback freuen.
>
> Danke & viele Grüße
> Malte""",
        "company": "Tandemo",
        "job_title": "",
        "contact": "Ben Okafor",
        "note": "rejection with feedback in reply thread, English quote header; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Feedback Voltwerk",
        "from": "Deniz Aydın <deniz@pixelhaus-recruiting.example>",
        "headers": {},
        "body": """Hi Malte,

hab grad mit Voltwerk telefoniert. Die gehen nach dem Interview mit dem Design Lead für die UX-Designer-Stelle nicht weiter mit dir. Hauptpunkt: sie suchen doch eher jemanden mit starkem Hardware-/IoT-Hintergrund für die Ladesäulen-UI, das war im Briefing an uns so nicht klar. Ist also nichts, was du hättest besser machen können.

Ich hab aber noch zwei andere Mandate im Bereich Mobility und FinTech, die besser zu deinem Profil passen könnten. Hast du Donnerstag kurz Zeit für einen Call? 15 min reichen.

Cheers
Deniz

Deniz Aydın
Senior Consultant Design & Product
Pixelhaus Recruiting GmbH | Torstraße 111, 10119 Berlin
Mobil +49 170 0000 442""",
        "company": "Voltwerk",
        "job_title": "UX Designer",
        "contact": "Deniz Aydın",
        "note": "agency recruiter relays client's decision, casual; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Danke!",
        "from": "Carla Moreno <carla@beetroot-studio.example>",
        "headers": {},
        "body": """Hi Malte,

danke, dass du letzte Woche im Studio vorbeigekommen bist, hat Spaß gemacht mit dir zu quatschen.

Leider hat es diesmal nicht gepasst – wir haben die Junior/Mid-Designer-Stelle mit jemandem aus unserem Freelancer-Pool besetzt, der das Team schon kennt. Ich hoffe, du bist nicht zu enttäuscht.

Lass uns in Kontakt bleiben, ich folg dir mal auf Dribbble 😉

LG Carla
Beetroot Studio – Büro für Interface Design
Weserstr. 58, 12045 Berlin""",
        "company": "Beetroot Studio",
        "job_title": "Junior/Mid-Designer",
        "contact": "Carla Moreno",
        "note": "friendly agency rejection, subject says nothing",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihre Bewerbung als Sachbearbeiterin Debitorenbuchhaltung 80–100 %",
        "from": "Limmat Treuhand AG <hr@limmat-treuhand.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Wir danken Ihnen für Ihre Bewerbung und das Interesse an unserer Unternehmung.

Nach sorgfältiger Prüfung aller Dossiers müssen wir Ihnen leider mitteilen, dass wir uns für eine Kandidatin entschieden haben, die über mehrjährige Erfahrung im Treuhandbereich verfügt. Wir bitten Sie um Verständnis.

Ihre Unterlagen werden wir gemäss Datenschutzgesetz nach Abschluss des Verfahrens vernichten.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Freundliche Grüsse

Limmat Treuhand AG

Corinne Widmer
Leiterin Personal
Seefeldstrasse 88, 8008 Zürich
Tel. +41 44 000 12 30""",
        "company": "Limmat Treuhand",
        "job_title": "Sachbearbeiterin Debitorenbuchhaltung 80–100 %",
        "contact": "Corinne Widmer",
        "note": "Swiss formal rejection, stock wording",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Stelle Kauffrau/Kaufmann EFZ Auftragsabwicklung",
        "from": "Sandra Wyss <s.wyss@wyss-haustechnik.example>",
        "headers": {},
        "body": """Grüezi Frau Baumgartner

Besten Dank für Ihre Bewerbung vom 14. Oktober. Wir haben die Stelle in der Auftragsabwicklung in der Zwischenzeit besetzt. Ihre Unterlagen haben wir gelöscht.

Wir wünschen Ihnen bei der Stellensuche viel Glück.

Freundliche Grüsse
Sandra Wyss
Administration / Personal

Gebr. Wyss Haustechnik AG
Industriestrasse 12
8304 Wallisellen""",
        "company": "Gebr. Wyss Haustechnik",
        "job_title": "Kauffrau/Kaufmann EFZ Auftragsabwicklung",
        "contact": "Sandra Wyss",
        "note": "short Swiss SME note: position filled; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihre Bewerbung bei Alpenrose Versicherungen",
        "from": "Alpenrose Versicherungen <jobs-noreply@alpenrose-versicherungen.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Baumgartner

Herzlichen Dank für Ihre Bewerbung als Kauffrau EFZ im Kundendienst Privatkunden (60–100 %) und für die Zeit, die Sie in Ihre Unterlagen investiert haben.

Bei Alpenrose arbeiten über 2'800 Menschen daran, unseren Kundinnen und Kunden in allen Lebenslagen Sicherheit zu geben. Die Auswahl der richtigen Mitarbeitenden ist für uns deshalb ein besonders wichtiger Prozess, bei dem wir jede Bewerbung individuell und sorgfältig prüfen.

Wir haben uns entschieden, den Prozess mit Kandidierenden fortzusetzen, deren Profil noch genauer auf die Anforderungen dieser Stelle passt.

Gerne würden wir Ihr Dossier in unseren Talent Pool aufnehmen, damit wir Sie bei künftigen Vakanzen direkt kontaktieren können. Falls Sie damit einverstanden sind, bestätigen Sie dies bitte über den folgenden Link innert 30 Tagen. Ohne Ihre Bestätigung werden Ihre Daten nach Ablauf dieser Frist gelöscht.

Talent Pool beitreten: https://karriere.alpenrose-versicherungen.example/talentpool/confirm?ref=AV-26-3391

Folgen Sie uns auch auf LinkedIn, um über spannende Karrieremöglichkeiten, Events und News aus der Alpenrose-Welt informiert zu bleiben.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse

Talent Acquisition
Alpenrose Versicherungen

Alpenrose Versicherungen AG | Mythenquai 210 | 8002 Zürich
Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.""",
        "company": "Alpenrose Versicherungen",
        "job_title": "Kauffrau EFZ im Kundendienst Privatkunden",
        "contact": "",
        "note": "long corporate mail, decision one sentence among talent-pool text; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Kälin Bau – Rückmeldung",
        "from": "Reto Imhof <reto.imhof@kaderwerk.example>",
        "headers": {},
        "body": """Hallo Nina

Wie telefonisch versprochen, hier noch schriftlich: Die Kälin Bauunternehmung hat sich entschieden, die Stelle als Sachbearbeiterin Lohn & Personaladministration intern zu besetzen – eine Mitarbeiterin aus der Buchhaltung wechselt ins HR. Für dich geht es dort somit nicht weiter.

Ich finde das schade, du warst beim Kunden gut angekommen. Ich habe aber bereits ein neues Mandat in Dübendorf (Auftragsabwicklung, 100 %), das ich dir gerne nächste Woche vorstelle.

Liebe Grüsse
Reto

Reto Imhof
Senior Consultant Office & Administration
Kaderwerk Personal AG | Bahnhofstrasse 9 | 8400 Winterthur
T +41 52 000 77 10""",
        "company": "Kälin Bau",
        "job_title": "Sachbearbeiterin Lohn & Personaladministration",
        "contact": "Reto Imhof",
        "note": "Swiss agency relays client's internal hire; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihre Bewerbung",
        "from": "Treuhandbüro Gasser <info@gasser-treuhand.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Vielen Dank für Ihre Bewerbung. Leider müssen wir Ihnen eine Absage erteilen, die Stelle ist bereits vergeben.

Freundliche Grüsse
M. Gasser""",
        "company": "Treuhandbüro Gasser",
        "job_title": "",
        "contact": "M. Gasser",
        "note": "two-line stock rejection",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Ihr Vorstellungsgespräch vom 21. Oktober 2026",
        "from": "Patrizia Keller <patrizia.keller@zuerisee-logistik.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Nochmals herzlichen Dank für das angenehme Gespräch und Ihren Besuch bei uns in Rümlang.

Wir haben uns den Entscheid nicht einfach gemacht. Leider können wir Ihre Bewerbung für die Stelle als Kauffrau Disposition & Zoll nicht weiter berücksichtigen. Die Kandidatin, für die wir uns entschieden haben, bringt bereits Erfahrung mit der elektronischen Zollanmeldung und sehr gute Französischkenntnisse mit, was für den Kontakt mit unseren Westschweizer Kunden wichtig ist.

Gleichzeitig hat uns Ihre strukturierte und freundliche Art sehr gefallen. Falls Sie Ihr Französisch weiter ausbauen, würden wir uns über eine erneute Bewerbung freuen.

Freundliche Grüsse

Patrizia Keller
HR Business Partner
Zürisee Logistik AG
Flughofstrasse 44 | 8153 Rümlang""",
        "company": "Zürisee Logistik",
        "job_title": "Kauffrau Disposition & Zoll",
        "contact": "Patrizia Keller",
        "note": "rejection after interview with short feedback",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "Vakanz Sachbearbeiterin Einkauf (Ref. 2611)",
        "from": "Personaldienst Stadtwerk Glattal <personal@stadtwerk-glattal.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Wir bedanken uns für Ihre Bewerbung auf die Stelle Sachbearbeiterin/Sachbearbeiter Einkauf (Ref. 2611).

Im Rahmen der laufenden Reorganisation im Bereich Beschaffung wurde entschieden, die Stelle vorerst nicht zu besetzen. Wir schliessen das Bewerbungsverfahren deshalb für alle Kandidierenden ab. Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden, würde uns eine erneute Bewerbung freuen.

Wir bitten Sie um Verständnis und danken Ihnen für Ihr Interesse an einer Tätigkeit beim Stadtwerk Glattal.

Freundliche Grüsse

Personaldienst
Stadtwerk Glattal
Bruno Sigrist, HR-Fachmann""",
        "company": "Stadtwerk Glattal",
        "job_title": "Sachbearbeiterin/Sachbearbeiter Einkauf",
        "contact": "Bruno Sigrist",
        "note": "position put on hold, application process closed; no stock phrase",
    },
    {
        "label": "rejection", "language": "de",
        "subject": "AW: Nachfrage Bewerbung Empfang/Administration",
        "from": "Daniela Frei <daniela.frei@praxis-seepark.example>",
        "headers": {
            "In-Reply-To": "<000a01dc52f1$7e3b1c40$nb@bluewin-mail.example>",
            "References": "<000a01dc52f1$7e3b1c40$nb@bluewin-mail.example>",
        },
        "body": """Grüezi Frau Baumgartner

Danke für Ihre Nachfrage und entschuldigen Sie die späte Antwort. Leider haben wir uns für eine andere Bewerberin entschieden, die bereits als MPA gearbeitet hat. Ich wünsche Ihnen alles Gute!

Freundliche Grüsse
Daniela Frei
Praxismanagerin
Gruppenpraxis Seepark, Horgen

Von: Nina Baumgartner <nina.baumgartner@bluewin-mail.example>
Gesendet: Dienstag, 11. November 2026 08:03
An: Daniela Frei
Betreff: Nachfrage Bewerbung Empfang/Administration

Grüezi Frau Frei

Vor drei Wochen habe ich mich für die Stelle Empfang/Administration (80 %) beworben. Dürfte ich nachfragen, wie der Stand ist?

Freundliche Grüsse
Nina Baumgartner""",
        "company": "Gruppenpraxis Seepark",
        "job_title": "Empfang/Administration (80 %)",
        "contact": "Daniela Frei",
        "note": "rejection in reply to status follow-up, quoted mail",
    },
]

# ---------------------------------------------------------------------------
# GERMAN - job_other (32)
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "job_other", "language": "de",
        "subject": "Einladung zum Vorstellungsgespräch – DGKP Unfallchirurgie",
        "from": "Mag. Florian Resch <florian.resch@lkh-suedost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem persönlichen Gespräch einladen zu dürfen:

Termin: Donnerstag, 20. November 2026, 13:30 Uhr
Ort: LKH Südost, Verwaltungsgebäude, 2. Stock, Besprechungsraum Pflegedirektion
Gesprächspartner: DGKP Karin Wallner (Pflegedirektorin), DGKP Stefan Mayer (Stationsleitung Unfallchirurgie), Mag. Florian Resch (Personal)

Bitte bringen Sie Ihr Diplom im Original, einen Lichtbildausweis sowie – falls vorhanden – Nachweise über absolvierte Fortbildungen mit. Im Anschluss an das Gespräch besteht die Möglichkeit, die Station zu besichtigen.

Bitte bestätigen Sie uns den Termin kurz per E-Mail oder telefonisch unter +43 3152 000 1400.

Mit freundlichen Grüßen
Mag. Florian Resch
Personalabteilung LKH Südost""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview invitation, Austrian hospital",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Verschiebung Ihres Gesprächstermins",
        "from": "Sekretariat Pflegedirektion <pflegedirektion@klinikum-woerthersee-sued.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

leider müssen wir den vereinbarten Termin für Ihr Hearing am Mittwoch, 5. November 2026, um 10:00 Uhr kurzfristig absagen, da Frau Pflegedirektorin Scheucher an diesem Tag dienstlich verhindert ist.

Wir bedauern die Unannehmlichkeiten und schlagen Ihnen als Ersatztermin Mittwoch, 12. November 2026, 10:00 Uhr, vor. Der Ort bleibt unverändert (Verwaltungsgebäude, Zimmer 214).

Bitte teilen Sie uns mit, ob Ihnen dieser Termin passt.

Mit freundlichen Grüßen
Claudia Rainer
Sekretariat der Pflegedirektion
Klinikum Wörthersee-Süd""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview rescheduled; uses 'leider', 'absagen', 'bedauern'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Ihre Bewerbung – fehlende Unterlagen",
        "from": "Personalservice Klinik Donaupark <personalservice@klinik-donaupark.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

danke für Ihre Bewerbung als DGKP für den Bereich Onkologie/Tagesklinik.

Leider ist Ihre Bewerbung noch nicht vollständig, weshalb wir sie derzeit nicht an die Pflegedirektion weiterleiten können. Es fehlen uns folgende Unterlagen:

- Diplom der Gesundheits- und Krankenpflege (Kopie)
- Nachweis der Eintragung in das Gesundheitsberuferegister
- aktueller Impfstatus (insb. Hepatitis B, MMR)

Bitte laden Sie die fehlenden Dokumente bis spätestens 28. November 2026 im Bewerberportal hoch oder senden Sie diese als PDF an diese Adresse. Nach Eingang der Unterlagen melden wir uns umgehend bei Ihnen.

Mit freundlichen Grüßen
Julia Ebner
Personalservice
Klinik Donaupark Wien""",
        "company": "", "job_title": "", "contact": "",
        "note": "request for missing documents; 'leider', 'nicht weiterleiten'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Kennzahl PFL-2026-233",
        "from": "Klinikverbund Wien-Nord Recruiting <recruiting-noreply@kv-wien-nord.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrte Frau Hofstätter,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle „Diplomierte Gesundheits- und Krankenpflegeperson – Notaufnahme“ (Kennzahl PFL-2026-233).

Aufgrund der sehr hohen Anzahl an Bewerbungen sowie personeller Engpässe in unserer Abteilung kommt es derzeit zu längeren Bearbeitungszeiten. Wir bedauern die Verzögerung und bitten um Ihr Verständnis. Eine Rückmeldung erhalten Sie voraussichtlich innerhalb von vier bis sechs Wochen.

Bitte sehen Sie bis dahin von telefonischen Nachfragen ab. Den aktuellen Stand können Sie jederzeit im Bewerberportal einsehen.

Mit freundlichen Grüßen
Recruiting-Team
Klinikverbund Wien-Nord

Diese E-Mail wurde automatisch erstellt.""",
        "company": "", "job_title": "", "contact": "",
        "note": "acknowledgement with 'wir bedauern die Verzögerung'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Einstellungszusage – DGKP Unfallchirurgie",
        "from": "Mag. Florian Resch <florian.resch@lkh-suedost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihnen nach dem Gespräch vom 20. November die Stelle als DGKP an der Abteilung für Unfallchirurgie (Beschäftigungsausmaß 100 %, Nachtdienste im Radl) anbieten möchten.

Die Einstufung erfolgt nach dem Gehaltsschema des Landes in die Gruppe P3; unter Anrechnung Ihrer Vordienstzeiten ergibt sich ein Bruttomonatsgehalt von ca. EUR 3.540,– zzgl. Zulagen (Nacht-, Sonn- und Feiertagsdienste). Als Dienstantritt schlagen wir den 1. Februar 2027 vor.

Bitte teilen Sie uns bis 5. Dezember mit, ob Sie das Angebot annehmen. Den Dienstvertrag erhalten Sie anschließend per Post, ebenso die Einladung zur arbeitsmedizinischen Eingangsuntersuchung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Mag. Florian Resch
Personalabteilung LKH Südost""",
        "company": "", "job_title": "", "contact": "",
        "note": "job offer (Einstellungszusage)",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Bestätigung: Rückzug Ihrer Bewerbung",
        "from": "Julia Ebner <julia.ebner@klinik-donaupark.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

wir bestätigen den Erhalt Ihres E-Mails vom 24. November, mit dem Sie Ihre Bewerbung als DGKP Onkologie/Tagesklinik zurückziehen. Ihre Bewerbung wurde im System entsprechend als zurückgezogen vermerkt; Ihre Daten werden gemäß DSGVO gelöscht.

Wir bedauern Ihre Entscheidung sehr, haben aber natürlich Verständnis dafür, dass Sie sich für eine Stelle näher an Ihrem Wohnort entschieden haben. Sollten Sie sich in Zukunft wieder für unser Haus interessieren, freuen wir uns über eine neue Bewerbung.

Alles Gute für Ihren Start in der Steiermark!

Mit freundlichen Grüßen
Julia Ebner
Personalservice
Klinik Donaupark Wien""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal confirmed; 'bedauern', 'gelöscht'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Ihr Suchauftrag „DGKP Graz Umgebung“: keine neuen Stellen",
        "from": "Pflegejobs Österreich – Jobagent <jobagent@pflegejobs-oesterreich.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.pflegejobs-oesterreich.example/jobagent/abmelden?id=88120>",
        },
        "body": """Hallo Verena Hofstätter,

für Ihren Suchauftrag „DGKP Graz Umgebung (30 km), Voll-/Teilzeit“ wurden seit gestern leider keine neuen Stellenangebote gefunden.

Tipp: Erweitern Sie den Umkreis oder ergänzen Sie verwandte Suchbegriffe wie „Pflegefachassistenz“, „Intensivpflege“ oder „Anästhesiepflege“, um mehr Treffer zu erhalten.

Suchauftrag bearbeiten: https://www.pflegejobs-oesterreich.example/jobagent/bearbeiten?id=88120
Alle 312 aktuellen Stellen in der Steiermark ansehen: https://www.pflegejobs-oesterreich.example/jobs/steiermark

Ihr Team von Pflegejobs Österreich

Sie erhalten diese E-Mail, weil Sie einen Jobagent angelegt haben. Abmelden: https://www.pflegejobs-oesterreich.example/jobagent/abmelden?id=88120""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert with no new matches ('leider keine neuen Stellenangebote')",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Hospitation auf der Station 3A",
        "from": "DGKP Stefan Mayer <stefan.mayer@lkh-suedost.example>",
        "headers": {},
        "body": """Liebe Frau Hofstätter,

wie beim Gespräch besprochen, laden wir Sie gerne zu einem Hospitationstag auf der Unfallchirurgie (Station 3A) ein. Vorschlag: Dienstag, 25. November, Frühdienst 6:45 bis ca. 12:00 Uhr.

Bitte melden Sie sich um 6:40 beim Stationsstützpunkt. Dienstkleidung stellen wir Ihnen zur Verfügung – bitte nur weiße, geschlossene Schuhe mitbringen. Sie werden den Tag mit unserer Praxisanleiterin DGKP Lena Gruber verbringen.

Falls der Termin nicht passt, rufen Sie mich einfach auf der Station an (DW 3310).

Bis bald!
Stefan Mayer
Stationsleitung Unfallchirurgie
LKH Südost""",
        "company": "", "job_title": "", "contact": "",
        "note": "invitation to a trial shift (Hospitation)",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Referenzauskunft – Bitte um Kontaktdaten",
        "from": "Martina Zach <martina.zach@reha-schoeckl.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

danke nochmals für das nette Gespräch am Montag. Bevor wir Ihnen ein Angebot machen können, würden wir gerne – wie besprochen – eine kurze Referenzauskunft einholen.

Könnten Sie mir bitte Name und Telefonnummer Ihrer derzeitigen oder einer früheren Stationsleitung bekanntgeben? Selbstverständlich kontaktieren wir Ihren aktuellen Dienstgeber nur mit Ihrem ausdrücklichen Einverständnis.

Vielen Dank und liebe Grüße aus St. Radegund
Martina Zach
Personalverwaltung
Reha-Zentrum am Schöckl""",
        "company": "", "job_title": "", "contact": "",
        "note": "reference request before offer",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Zwischenstand zu Ihrer Bewerbung",
        "from": "Barbara Toth <barbara.toth@kh-eisenstadt-land.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

Sie haben vor einigen Wochen nach dem Stand Ihrer Bewerbung für die Stelle als DGKP in der Anästhesie- und Intensivpflege gefragt – entschuldigen Sie bitte, dass Sie so lange auf eine Antwort warten mussten.

Leider können wir Ihnen heute noch keine endgültige Rückmeldung geben. Die Entscheidung ist noch nicht gefallen, da die Budgetfreigabe für die Planstelle durch den Träger noch aussteht. Wir rechnen mit einer Entscheidung Anfang Jänner. Ihre Bewerbung ist weiterhin im Verfahren und wir haben Sie nicht vergessen.

Mit freundlichen Grüßen
Barbara Toth
Personalabteilung
Krankenhaus Eisenstadt-Land""",
        "company": "", "job_title": "", "contact": "",
        "note": "status update: not yet decided; 'leider', 'noch keine Rückmeldung'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Ihr Dienstantritt am 1. Februar 2027 – Informationen",
        "from": "Personalabteilung LKH Südost <personal@lkh-suedost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

herzlich willkommen im Team des LKH Südost! Damit Ihr Start reibungslos verläuft, hier die wichtigsten Informationen:

1. Arbeitsmedizinische Eingangsuntersuchung: Montag, 19. Jänner 2027, 8:00 Uhr, Ambulanz Arbeitsmedizin (Haus B, EG). Bitte Impfpass und e-card mitbringen.
2. Einführungstag für neue Mitarbeiter:innen: Montag, 1. Februar 2027, 7:30 Uhr, Festsaal.
3. Dienstkleidung: Bitte holen Sie Ihre Dienstkleidung bis spätestens 29. Jänner in der Wäscheausgabe ab (Mo–Do 7–14 Uhr).
4. Parken: Leider können wir Ihnen keinen fixen Parkplatz am Klinikgelände zur Verfügung stellen, da die Warteliste derzeit bei rund 14 Monaten liegt. Mitarbeiter:innen erhalten jedoch 50 % Zuschuss zum Klimaticket Steiermark.

Für die Lohnverrechnung benötigen wir noch Ihre Bankverbindung und eine Kopie Ihres Meldezettels.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Personalabteilung LKH Südost""",
        "company": "", "job_title": "", "contact": "",
        "note": "onboarding info; 'leider' about parking",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Danke für deine Bewerbung bei Brightpath Energy!",
        "from": "Brightpath Energy <brightpath-jobs@personio-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Malte,

danke für deine Bewerbung als UI/UX Designer (m/w/d)! 🎉

Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten 10 Tagen an. Unser Prozess sieht so aus:
1. Kurzes Kennenlernen mit Talent Acquisition (30 min, remote)
2. Portfolio-Review mit dem Design-Team (60 min)
3. Case Study + Vorstellung vor Ort in unserem Office in Friedrichshain
4. Angebot

Du hast Fragen? Schreib einfach an jobs@brightpath-energy.example.

Sonnige Grüße
dein People & Culture Team

Brightpath Energy GmbH · Revaler Str. 30 · 10245 Berlin""",
        "company": "", "job_title": "", "contact": "",
        "note": "Personio acknowledgement, du-form",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Call morgen",
        "from": "Tim Hoang <tim@hafenmeister.example>",
        "headers": {},
        "body": """Hey Malte, sorry für die Kurzfristigkeit – ich muss unseren Call morgen um 11 leider absagen, hab 'nen Kundentermin reingedrückt bekommen 🙈 Passt dir Do 14:00 oder Fr 9:30? Link bleibt derselbe: meet.example/hfm-ux-tim

Danke dir!
Tim""",
        "company": "", "job_title": "", "contact": "",
        "note": "Slack-style reschedule; 'leider absagen' about the call",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Keine neuen Jobs für „UX Designer“ in Berlin",
        "from": "JOIN <notifications@join-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://join.example/alerts/unsubscribe?t=7fa2c>",
        },
        "body": """Hallo Malte,

diese Woche gab es leider keine neuen Jobs, die zu deinem Job-Alert „UX Designer · Berlin · Vollzeit“ passen.

Vielleicht interessant für dich:
• Senior Product Designer – Loopwerk – Berlin (vor 3 Wochen veröffentlicht)
• Interaction Designer (m/w/d) – Stadtbahn Digital – Berlin, hybrid

Job-Alert anpassen: https://join.example/alerts/ux-designer-berlin

Dein JOIN Team

Du bekommst diese E-Mail, weil du einen Job-Alert aktiviert hast. Abmelden: https://join.example/alerts/unsubscribe?t=7fa2c""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert: no new jobs match",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Erinnerung: Deine Design Challenge läuft in 48 Stunden ab",
        "from": "Tandemo Hiring Team <no-reply@greenhouse-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Malte,

du hast deine Design Challenge für die Rolle Product Designer (B2B) noch nicht abgegeben. Der Upload-Link ist noch 48 Stunden gültig (bis Freitag, 7. November, 23:59 Uhr).

Falls du mehr Zeit brauchst, ist das überhaupt kein Problem – antworte einfach auf diese Mail und wir verlängern die Frist. Eine nicht eingereichte Challenge führt nicht automatisch zum Ausschluss aus dem Prozess.

Hier geht's zum Upload: https://app.greenhouse-mail.example/tests/ch_88ad1

Viel Spaß!
Tandemo Hiring Team""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment reminder: challenge not yet submitted",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Neue Nachricht von Frauke Lemmer",
        "from": "XING <mailrobot@xing-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.xing.example/settings/notifications>",
        },
        "body": """Hallo Malte Kruse,

Frauke Lemmer hat dir eine Nachricht geschrieben:

„Hallo Malte, ich bin auf dein Profil gestoßen und finde deine Arbeiten für den ÖPNV-Bereich richtig spannend. Ich suche für einen Kunden – ein etabliertes Berliner Unternehmen im Bereich Smart Home – eine:n Senior UX Designer (Festanstellung, 80–100 %, 2 Tage Office). Gehaltsband 75–85k. Hättest du Lust auf ein kurzes Telefonat diese Woche? Beste Grüße, Frauke“

Nachricht beantworten: https://www.xing.example/chats/fl-22871

Viele Grüße
Dein XING Team

Du erhältst diese Benachrichtigung gemäß deinen Einstellungen. Benachrichtigungen verwalten: https://www.xing.example/settings/notifications""",
        "company": "", "job_title": "", "contact": "",
        "note": "recruiter outreach relayed by a network",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Dein Angebot – unsere Rückmeldung zum Gehalt",
        "from": "Miriam Adeyemi <miriam@brightpath-energy.example>",
        "headers": {},
        "body": """Hi Malte,

danke für deine ehrliche Rückmeldung zum Angebot und die Zahlen, die du genannt hast.

Wir haben das intern nochmal durchgesprochen: Beim Fixgehalt können wir leider nicht über die 72.000 € hinausgehen, weil wir sonst unser Gehaltsband für Senior-Rollen sprengen würden. Was wir dir aber anbieten können:
- zusätzliche 1.500 virtuelle Anteile (VSOP) über 4 Jahre, 1 Jahr Cliff
- 2.000 € Weiterbildungsbudget pro Jahr statt 1.000 €
- Start erst am 1. Februar, damit du deine Kündigungsfrist entspannt abwickeln kannst

Das aktualisierte Offer Letter hängt an. Wir würden uns wirklich sehr freuen, wenn du an Bord kommst – sag gern Bescheid, ob du noch Fragen hast oder kurz telefonieren willst.

Liebe Grüße
Miriam
People & Culture Lead, Brightpath Energy""",
        "company": "", "job_title": "", "contact": "",
        "note": "offer negotiation; 'leider nicht' about salary, offer stands",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Dein Portfolio-Link funktioniert nicht",
        "from": "Ole Brandt <ole@stadtbahn-digital.example>",
        "headers": {},
        "body": """Hallo Malte,

danke für deine Bewerbung als Interaction Designer! Wir wollten uns gerade dein Portfolio ansehen, aber leider konnten wir die PDF nicht öffnen – der Download-Link ist anscheinend abgelaufen, und der Link zu deiner Website gibt bei uns einen 404.

Kannst du uns das Portfolio nochmal schicken (gern als Link zu Figma/Notion oder als PDF unter 20 MB)? Dann geht's direkt weiter.

Danke & bis bald
Ole
Design Lead · Stadtbahn Digital""",
        "company": "", "job_title": "", "contact": "",
        "note": "attachment could not be opened; please resend",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Re: Rückzug meiner Bewerbung",
        "from": "Ole Brandt <ole@stadtbahn-digital.example>",
        "headers": {
            "In-Reply-To": "<8c2e41f0-3d9a-4e55-b1e2-mk@posteo-mail.example>",
            "References": "<8c2e41f0-3d9a-4e55-b1e2-mk@posteo-mail.example>",
        },
        "body": """Hi Malte,

schade, aber total verständlich – Glückwunsch zur neuen Stelle! Ich hab deine Bewerbung bei uns auf „zurückgezogen“ gesetzt, deine Daten löschen wir wie üblich nach sechs Monaten.

Falls es irgendwann wieder passt: Tür steht offen.

Ole

Am 28.11.2026 um 16:02 schrieb Malte Kruse <malte.kruse@posteo-mail.example>:
> Hallo Ole,
> danke für das nette Gespräch letzte Woche. Ich habe mich inzwischen für ein anderes Angebot entschieden und ziehe meine Bewerbung als Interaction Designer deshalb zurück. Tut mir leid für den Aufwand!
> Viele Grüße, Malte""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal acknowledged, quoted thread",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Stand der Dinge – Senior UX Designer",
        "from": "Anna Petrović <anna.petrovic@kontorfinanz.example>",
        "headers": {},
        "body": """Hallo Malte,

ich wollte mich kurz melden, damit du nicht im Dunkeln sitzt: wir sind leider noch nicht so weit. Zwei Kandidat:innen haben ihre Case Study erst diese Woche präsentiert, und unser Head of Design ist bis 3.12. im Urlaub. Eine Entscheidung gibt's deshalb frühestens in der zweiten Dezemberwoche.

Du bist weiterhin voll im Rennen! Wenn du in der Zwischenzeit ein anderes Angebot bekommst, sag bitte Bescheid, dann versuchen wir, das zu beschleunigen.

Beste Grüße
Anna
Talent Acquisition · Kontor Finanz""",
        "company": "", "job_title": "", "contact": "",
        "note": "status update: decision not yet made",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Kiezkraft Design Talent Community – Dezember-Update",
        "from": "Kiezkraft Careers <careers@kiezkraft.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://kiezkraft.example/talent/unsubscribe>",
        },
        "body": """Hallo Malte,

willkommen zum Dezember-Update unserer Design Talent Community! Hier ist, was bei Kiezkraft gerade passiert:

📍 Neues Office: Wir ziehen im Januar an den Spittelmarkt und haben endlich einen richtigen Usability-Lab-Raum.
🎤 Meetup: Am 15. Januar laden wir zum „Research Ops Abend“ ein – Talks von unserem Research-Team und Gästen von zwei Berliner Agenturen. Anmeldung: kiezkraft.example/events
💼 Offene Rollen: Senior UX Researcher (m/w/d), Design Engineer (Frontend/Design Systems)

Danke, dass du Teil unserer Community bist!
Das Kiezkraft Talent Team

Du erhältst diesen Newsletter, weil du dich in unsere Talent Community eingetragen hast. Abmelden: https://kiezkraft.example/talent/unsubscribe""",
        "company": "", "job_title": "", "contact": "",
        "note": "talent-community newsletter",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Einladung zum Gespräch – UX Designer Public Sector",
        "from": "Amtlich Digital GmbH <amtlich-digital@softgarden-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Kruse,

vielen Dank für Ihre Bewerbung als UX Designer Public Sector (m/w/d). Ihr Profil hat uns überzeugt und wir möchten Sie gern näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein 45-minütiges Videogespräch mit Frau Dr. Katrin Seidel (Teamleitung Service Design) und Herrn Lukas Brehm (Recruiting):

https://amtlich-digital.softgarden-mail.example/interview/slot?c=8812bd

Das Gespräch findet über Microsoft Teams statt. Den Einwahllink erhalten Sie nach der Terminbuchung automatisch.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Lukas Brehm
Recruiting
Amtlich Digital GmbH | Alt-Moabit 91 | 10559 Berlin""",
        "company": "", "job_title": "", "contact": "",
        "note": "softgarden interview invitation with self-scheduling link",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Eingangsbestätigung Ihrer Bewerbung",
        "from": "Seebank Zürich AG – HR <hr-recruiting@seebank-zuerich.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Baumgartner

Vielen Dank für Ihre Bewerbung als Kauffrau EFZ / Sachbearbeiterin Zahlungsverkehr (100 %). Ihre Unterlagen sind bei uns eingegangen.

Wir prüfen Ihr Dossier sorgfältig und melden uns innert zwei Wochen bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Freundliche Grüsse
HR Recruiting
Seebank Zürich AG""",
        "company": "", "job_title": "", "contact": "",
        "note": "Swiss acknowledgement of receipt",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Einladung zum Vorstellungsgespräch",
        "from": "Lukas Brunner <lukas.brunner@seebank-zuerich.example>",
        "headers": {},
        "body": """Guten Tag Frau Baumgartner

Gerne laden wir Sie zu einem ersten Vorstellungsgespräch für die Stelle Sachbearbeiterin Zahlungsverkehr ein.

Datum: Mittwoch, 26. November 2026
Zeit: 14.00 – ca. 15.00 Uhr
Ort: Seebank Zürich AG, Dufourstrasse 55, 8008 Zürich, Empfang im Erdgeschoss
Gesprächspartner: Frau Claudia Huber (Teamleiterin Zahlungsverkehr), Lukas Brunner (HR)

Bitte bringen Sie eine Kopie Ihres EFZ sowie Ihre Arbeitszeugnisse mit, sofern diese nicht bereits im Dossier enthalten sind.

Wir bitten Sie um eine kurze Bestätigung des Termins.

Freundliche Grüsse
Lukas Brunner
HR Business Partner""",
        "company": "", "job_title": "", "contact": "",
        "note": "Swiss interview invitation",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Unvollständige Bewerbungsunterlagen",
        "from": "Gemeinde Hinterglatt – Personaldienst <personal@hinterglatt.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Wir danken Ihnen für Ihre Bewerbung als Verwaltungsangestellte Einwohnerdienste (80 %).

Leider ist Ihr Dossier unvollständig. Es fehlen uns die Arbeitszeugnisse Ihrer bisherigen Stellen sowie eine Kopie Ihres Eidgenössischen Fähigkeitszeugnisses (EFZ). Ohne diese Unterlagen können wir Ihre Bewerbung nicht weiter bearbeiten.

Bitte reichen Sie die fehlenden Dokumente bis am 5. Dezember 2026 per E-Mail an personal@hinterglatt.example nach. Die Bewerbungsfrist wird für Sie entsprechend verlängert.

Freundliche Grüsse

Gemeinde Hinterglatt
Personaldienst
Esther Brändli""",
        "company": "", "job_title": "", "contact": "",
        "note": "missing documents request; 'leider', 'nicht weiter bearbeiten'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Nachweis der persönlichen Arbeitsbemühungen November 2026",
        "from": "RAV Winterthur <rav.winterthur@arbeitsmarkt-zh.example>",
        "headers": {},
        "body": """Guten Tag Frau Baumgartner

Wir erinnern Sie daran, dass das Formular «Nachweis der persönlichen Arbeitsbemühungen» für den Monat November bis spätestens am 5. Dezember 2026 bei uns eingetroffen sein muss (Upload im Portal oder per Post).

Bitte beachten Sie: Ihr Formular für den Monat Oktober konnte nicht akzeptiert werden, da bei drei von zehn Bemühungen das Datum und die Kontaktperson fehlen. Bitte ergänzen Sie diese Angaben bis zum nächsten Beratungsgespräch. Unvollständige oder verspätet eingereichte Nachweise können zu einer Einstellung in der Anspruchsberechtigung führen.

Ihr nächstes Beratungsgespräch: Dienstag, 9. Dezember 2026, 10.30 Uhr, bei Herrn Marco Gianola.

Freundliche Grüsse
Regionales Arbeitsvermittlungszentrum (RAV) Winterthur""",
        "company": "", "job_title": "", "contact": "",
        "note": "employment office reminder about job-search proof; 'nicht akzeptiert'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Verschiebung Vorstellungsgespräch vom Donnerstag",
        "from": "Regula Schmid <regula.schmid@agrovia.example>",
        "headers": {},
        "body": """Grüezi Frau Baumgartner

Leider ist Herr Meier, Leiter Verkaufsinnendienst, kurzfristig erkrankt. Wir müssen das Vorstellungsgespräch vom Donnerstag, 4. Dezember, deshalb verschieben. Es tut uns leid für die Umstände.

Wäre Ihnen Dienstag, 9. Dezember, um 15.30 Uhr oder Mittwoch, 10. Dezember, um 8.30 Uhr möglich?

Besten Dank für Ihre Rückmeldung und freundliche Grüsse
Regula Schmid
HR-Assistentin
Agrovia Genossenschaft, Winterthur""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview postponed (Terminverschiebung)",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Stellenangebot Sachbearbeiterin Zahlungsverkehr",
        "from": "Lukas Brunner <lukas.brunner@seebank-zuerich.example>",
        "headers": {},
        "body": """Guten Tag Frau Baumgartner

Es freut uns sehr, Ihnen nach den beiden Gesprächen die Stelle als Sachbearbeiterin Zahlungsverkehr (100 %) anbieten zu dürfen. Stellenantritt wäre per 1. Februar 2027 oder nach Vereinbarung.

Zu Ihrer Lohnvorstellung: Einen Jahreslohn von CHF 78'000 können wir Ihnen leider nicht anbieten; unser Angebot liegt bei CHF 72'800 brutto (13 × CHF 5'600). Dafür kommen wir Ihnen beim Wunsch nach mehr Ferien entgegen und gewähren Ihnen 27 statt 25 Ferientage. Zusätzlich übernehmen wir 50 % Ihres ZVV-Abonnements.

Den Arbeitsvertrag senden wir Ihnen nach Ihrer Zusage gerne zu. Über eine Rückmeldung bis am 12. Dezember würden wir uns freuen.

Freundliche Grüsse
Lukas Brunner
HR Business Partner
Seebank Zürich AG""",
        "company": "", "job_title": "", "contact": "",
        "note": "job offer with 'leider nicht' about salary",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "3 neue Jobs für «Kauffrau EFZ Zürich»",
        "from": "Stellenradar Schweiz <jobabo@stellenradar-ch.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://stellenradar-ch.example/jobabo/abbestellen?u=nb4471>",
        },
        "body": """Hallo Nina

Wir haben 3 neue Stellen für dein Jobabo «Kauffrau EFZ · Zürich + 20 km · 80–100 %» gefunden:

Sachbearbeiterin Auftragsabwicklung 100 %
Fenster Huber AG · Dübendorf · Festanstellung
→ https://stellenradar-ch.example/job/118832

Kaufmännische Mitarbeiterin Empfang 80 %
Hotel Limmatblick · Zürich · ab sofort
→ https://stellenradar-ch.example/job/118857

Sachbearbeiterin Kreditoren 80–100 %
Zürisee Logistik AG · Rümlang · Festanstellung
→ https://stellenradar-ch.example/job/118901

Viel Erfolg bei der Bewerbung!
Dein Stellenradar-Team

Jobabo verwalten oder abbestellen: https://stellenradar-ch.example/jobabo""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert with three listings",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Referenzauskunft – Frau Steiner nicht erreichbar",
        "from": "Regula Schmid <regula.schmid@agrovia.example>",
        "headers": {},
        "body": """Grüezi Frau Baumgartner

Wir sind im Moment daran, die Referenzen einzuholen. Herrn Keller von der Druckerei Rüegg konnten wir bereits erreichen, er hat sich sehr positiv über Sie geäussert.

Ihre zweite Referenzperson, Frau Steiner, konnten wir trotz mehrerer Versuche nicht erreichen – die angegebene Nummer ist nicht mehr gültig. Könnten Sie uns eine aktuelle Telefonnummer oder allenfalls eine andere Referenzperson angeben?

Danach steht dem Entscheid nichts mehr im Weg; wir melden uns spätestens Ende nächster Woche.

Freundliche Grüsse
Regula Schmid
HR-Assistentin
Agrovia Genossenschaft""",
        "company": "", "job_title": "", "contact": "",
        "note": "reference check: referee unreachable, asks for another",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Erinnerung: Online-Assessment noch nicht abgeschlossen",
        "from": "Nordstern Reisen AG – Recruiting <recruiting@nordstern-reisen.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Baumgartner

Sie haben den Online-Test (Konzentration & Zahlenverständnis, ca. 35 Minuten) für die Stelle Kauffrau Reiseadministration noch nicht abgeschlossen. Ihr persönlicher Link ist noch bis am 30. November 2026, 23.59 Uhr, gültig.

Testlink: https://assessment.nordstern-reisen.example/t/NB-55120

Hinweis: Wird der Test nicht innerhalb der Frist abgeschlossen, kann Ihre Bewerbung im weiteren Verfahren nicht berücksichtigt werden. Falls Sie technische Probleme haben, wenden Sie sich bitte an recruiting@nordstern-reisen.example.

Freundliche Grüsse
Recruiting Team
Nordstern Reisen AG""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment not yet completed; conditional 'nicht berücksichtigt'",
    },
    {
        "label": "job_other", "language": "de",
        "subject": "Absage Schnuppertag 3.12. – neuer Vorschlag",
        "from": "Monika Egli <m.egli@treuhand-egli.example>",
        "headers": {},
        "body": """Hallo Frau Baumgartner

Ich muss Ihnen den Schnuppertag vom Mittwoch, 3. Dezember, leider absagen – bei uns ist die halbe Abteilung mit Grippe zuhause und ich möchte nicht, dass Sie einen völlig chaotischen Tag erleben.

Wir würden Sie aber sehr gerne kennenlernen! Wie wäre es mit Mittwoch, 17. Dezember, ab 8.00 Uhr? Sie würden den Vormittag mit unserer Lernenden und Frau Müller aus der Buchhaltung verbringen, am Nachmittag hätten wir dann Zeit für ein Gespräch.

Geben Sie mir doch kurz Bescheid.

Freundliche Grüsse
Monika Egli
Egli Treuhand GmbH, Uster""",
        "company": "", "job_title": "", "contact": "",
        "note": "trial day cancelled and rescheduled; subject says 'Absage'",
    },
]

# ---------------------------------------------------------------------------
# GERMAN - ham (17)
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "ham", "language": "de",
        "subject": "Ihre Anfrage Wohnung Annenstraße 47, Top 12",
        "from": "Immobilienverwaltung Steinbauer <vermietung@steinbauer-immo.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Annenstraße 47, Top 12, und für die Besichtigung am vergangenen Samstag.

Wir müssen Ihnen leider mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Die Wohnung ist somit nicht mehr verfügbar.

Gerne nehmen wir Sie in unsere Vormerkliste für ähnliche Objekte in den Bezirken Lend und Gries auf. Teilen Sie uns dazu bitte Ihr maximales Budget (Bruttomiete) mit.

Mit freundlichen Grüßen
Daniela Wurzer
Vermietung
Steinbauer Immobilienverwaltung GmbH
8020 Graz""",
        "company": "", "job_title": "", "contact": "",
        "note": "flat application declined by property manager",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Vormerkung Kinderbetreuungsplatz – Kinderkrippe Waltendorf",
        "from": "Kinderbetreuung Graz – Platzvergabe <platzvergabe@kinderbetreuung-graz.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

wir bedanken uns für Ihre Vormerkung für Ihren Sohn Jakob Hofstätter (geb. 14.03.2025) für einen Krippenplatz ab Februar 2027.

Leider können wir Ihnen im Rahmen der aktuellen Platzvergabe keinen Platz in Ihren gewünschten Einrichtungen (Kinderkrippe Waltendorf, Kinderkrippe St. Peter) zusagen, da die Nachfrage die verfügbaren Plätze deutlich übersteigt. Ihre Vormerkung bleibt für die nächste Vergaberunde (Stichtag 31. März 2027) automatisch aufrecht.

Bitte beachten Sie, dass bei der Vergabe berufstätige Alleinerziehende sowie Eltern mit Nachweis eines Dienstverhältnisses vorrangig berücksichtigt werden. Eine Arbeitgeberbestätigung können Sie jederzeit nachreichen.

Mit freundlichen Grüßen
Referat Kinderbetreuung – Platzvergabe""",
        "company": "", "job_title": "", "contact": "",
        "note": "childcare place refused (Kita-Platz)",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Weihnachten bei Mama?",
        "from": "Kathi Hofstätter <kathi.hofstaetter@aon-mail.example>",
        "headers": {},
        "body": """Hallo Vreni,

Mama fragt, ob wir heuer am 24. wieder alle in Hartberg sind oder ob du Dienst hast. Sie will nämlich wissen, wie viele Kekse sie backen muss 😄 (als ob sie nicht eh für 30 Leute backt)

Ich komm mit Flo und den Kindern am 23. am Abend, wir bleiben bis zum Stefanitag. Wenn du willst, kann ich den Jakob am 23. schon mitnehmen, dann hast du einen ruhigen Abend.

Gib Bescheid!
Bussi, Kathi""",
        "company": "", "job_title": "", "contact": "",
        "note": "sister about Christmas plans",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Ihre Bestellung Nr. 4002-118734 wurde versandt",
        "from": "Obermayr Medizinbedarf Onlineshop <shop@obermayr-med.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Hofstätter,

gute Nachrichten: Ihre Bestellung ist unterwegs!

Bestellnummer: 4002-118734
Artikel:
1 × Berufsschuh „Comfort Clog“ weiß, Gr. 39 – EUR 64,90
2 × Kompressionskniestrümpfe Klasse 1, Farbe sand, Gr. M – EUR 39,80
Versand: kostenlos

Zustellung durch unseren Versandpartner, Sendungsnummer 1044 0000 8812 3456
Voraussichtliche Zustellung: Donnerstag, 27.11.2026

Viel Freude mit Ihren Produkten!
Ihr Team von Obermayr Medizinbedarf

Obermayr Medizinbedarf GmbH · Linzer Straße 5 · 4600 Wels · UID ATU00000000""",
        "company": "", "job_title": "", "contact": "",
        "note": "shipping notice from a web shop",
    },
    {
        "label": "ham", "language": "de",
        "subject": "na super...",
        "from": "Sabrina Koller <sabsi.koller@gmx-mail.example>",
        "headers": {},
        "body": """Hey Vreni,

ich muss mich kurz auskotzen. Hab heute die Absage vom Klinikum für die Anästhesie-Sonderausbildung bekommen. „Leider konnten wir Sie für den Lehrgang 2027 nicht berücksichtigen“ – nach zwei Hearings!! Die haben angeblich 40 Bewerbungen auf 12 Plätze gehabt.

Jetzt darf ich noch ein Jahr auf der Interne bleiben und nächsten Herbst wieder von vorne anfangen. Ich weiß eh, dass es nicht das Ende der Welt ist, aber heut bin ich echt fertig.

Hast am Samstag Zeit auf einen Spritzer? Ich brauch das.

Sabsi""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend tells about her own rejection, quotes it",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Ihr Kreditantrag vom 10.11.2026",
        "from": "Hausbank Graz-Süd – Kundenservice <kundenservice@hausbank-grazsued.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Hofstätter,

vielen Dank für Ihren Antrag auf einen Wohnkredit in Höhe von EUR 185.000,– zur Finanzierung der Eigentumswohnung in 8041 Graz-Liebenau.

Nach Prüfung Ihrer Unterlagen teilen wir Ihnen mit, dass wir Ihren Antrag in der vorliegenden Form nicht genehmigen können. Gemäß unseren Vergaberichtlinien darf die monatliche Rate 40 % Ihres Nettohaushaltseinkommens nicht übersteigen; zudem ist ein Eigenmittelanteil von mindestens 20 % erforderlich.

Gerne besprechen wir mit Ihnen alternative Finanzierungsvarianten, etwa mit einer höheren Eigenmittelquote, einer längeren Laufzeit oder gemeinsam mit einer zweiten Kreditnehmerin bzw. einem zweiten Kreditnehmer. Ihr Berater, Herr Patrick Sommer, wird sich in den nächsten Tagen telefonisch bei Ihnen melden.

Mit freundlichen Grüßen
Hausbank Graz-Süd AG
Kundenservice Finanzierungen""",
        "company": "", "job_title": "", "contact": "",
        "note": "home loan application refused",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Re: Wohnung Schillerkiez – Nachmieter",
        "from": "Paula Wendt <paula.w@posteo-mail.example>",
        "headers": {
            "In-Reply-To": "<f3a90c11-7e2b-4a8d-9c55-mk2411@posteo-mail.example>",
            "References": "<f3a90c11-7e2b-4a8d-9c55-mk2411@posteo-mail.example>",
        },
        "body": """Hi Malte,

danke für deine Nachricht und dass du Sonntag extra vorbeigekommen bist! Wir haben uns jetzt für jemand anderen als Nachmieterin entschieden – sie kann schon ab 1.1. und die Hausverwaltung wollte das so. Sorry, dass es nicht geklappt hat 😕

Falls ich noch was in der Gegend höre, sag ich dir Bescheid.

LG Paula

Am 24.11.2026 um 21:14 schrieb Malte Kruse <malte.kruse@posteo-mail.example>:
> Hey Paula, nochmal danke für die Besichtigung! Wie gesagt, ich würde die Wohnung echt gern nehmen, inkl. Küche für die 1.200 Ablöse. Meld dich gern, wenn ihr noch was braucht (SCHUFA, Gehaltsnachweise etc.).
> Malte""",
        "company": "", "job_title": "", "contact": "",
        "note": "flat refused by outgoing tenant, reply thread",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Deine Bewerbung für ein Community-Stipendium – Interfaces Now 2027",
        "from": "Interfaces Now <hello@interfaces-now.example>",
        "headers": {},
        "body": """Hallo Malte,

vielen Dank für deine Bewerbung auf eines unserer Community-Stipendien für Interfaces Now 2027.

Wir haben dieses Jahr über 600 Bewerbungen für 40 Stipendien-Tickets erhalten und mussten sehr schwere Entscheidungen treffen. Leider konnten wir dir diesmal kein Stipendium vergeben.

Als kleines Dankeschön bekommst du mit dem Code COMMUNITY27 noch bis zum 31. Dezember 30 % Rabatt auf das reguläre Ticket. Außerdem streamen wir die Keynotes am 12. März kostenlos.

Wir hoffen, dich trotzdem dabei zu sehen!
Dein Interfaces Now Team""",
        "company": "", "job_title": "", "contact": "",
        "note": "conference scholarship (Stipendium) declined",
    },
    {
        "label": "ham", "language": "de",
        "subject": "UX Writing Wochenpost #87: Wie schreibt man eine gute Absage?",
        "from": "Mikrotext – UX Writing Wochenpost <post@mikrotext.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://mikrotext.example/abmelden>",
        },
        "body": """Hallo Malte,

diese Woche geht's um ein Thema, das jede:r kennt und niemand gern schreibt: Absagen. Ob abgelehnte Kreditkartenanträge, gescheiterte Zahlungen oder die klassische „Leider haben wir uns für andere Bewerber:innen entschieden“-Mail – negative Nachrichten sind UX.

Drei Regeln aus unserer Praxis:
1. Die Entscheidung gehört in den ersten Satz. Niemand will drei Absätze Firmenlyrik lesen, bevor er erfährt, woran er ist.
2. Sag, was jetzt passiert: Wird das Geld zurückgebucht? Kann ich es nochmal versuchen?
3. Verzichte auf „leider“ als Füllwort, wenn danach keine echte Empathie kommt.

Im Artikel findest du Vorher-/Nachher-Beispiele aus einer Banking-App, einem Buchungsportal und einer Behörden-Website: https://mikrotext.example/wochenpost/87

Außerdem:
– Microcopy-Workshop am 22. Januar (online, 3 h)
– Job der Woche: UX Writer (m/w/d) bei Stadtbahn Digital

Bis nächste Woche!
Henrike von Mikrotext

Du bekommst diese Mail, weil du die UX Writing Wochenpost abonniert hast. Abmelden: https://mikrotext.example/abmelden""",
        "company": "", "job_title": "", "contact": "",
        "note": "newsletter article about writing rejection mails",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Sonntag Kick?",
        "from": "Ercan <ercan.t@mailbox-mail.example>",
        "headers": {},
        "body": """Yo Malte,
Sonntag 11 Uhr wieder Tempelhofer Feld? Jonas bringt den Ball mit, wir sind erst 7, brauchen noch mind. 3. Frag doch mal deinen Mitbewohner.
Danach Frühstück im Café Linde?
E.""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend arranging Sunday football",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Dein Paket kommt heute",
        "from": "Paketblitz <benachrichtigung@paketblitz.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hallo Malte Kruse,

dein Paket von Grafikladen24 kommt heute zwischen 14:00 und 16:30 Uhr.

Sendungsnummer: PB 0044 1187 2290
Zustelladresse: Okerstraße 12, 12049 Berlin

Nicht zu Hause? Du kannst dein Paket bis 12:00 Uhr umleiten oder einen Ablageort festlegen: https://paketblitz.example/s/PB00441187

Dein Paketblitz-Team""",
        "company": "", "job_title": "", "contact": "",
        "note": "parcel delivery notice",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Aufnahmeantrag Ruderclub Rummelsburger Bucht",
        "from": "Vorstand RC Rummelsburger Bucht <vorstand@rc-rummelsburg.example>",
        "headers": {},
        "body": """Lieber Malte,

danke für deinen Aufnahmeantrag und dass du beim Schnuppertraining im September dabei warst!

Wir müssen dir leider sagen, dass wir dich in dieser Saison nicht als Mitglied aufnehmen können. Unsere Breitensportgruppe ist mit 64 Aktiven komplett voll, und wir haben schlicht nicht genug Boote und Übungsleiter:innen für mehr Leute. Du stehst jetzt auf Platz 9 unserer Warteliste. Erfahrungsgemäß werden zum Frühjahr einige Plätze frei.

Bis dahin bist du herzlich zu unserem Ergometer-Treff eingeladen (Di 19 Uhr, Bootshaus, kostenlos für Wartelistenplätze).

Sportliche Grüße
Birte Hansen
2. Vorsitzende""",
        "company": "", "job_title": "", "contact": "",
        "note": "club membership refused, waiting list",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Ihre Bewerbung für die 2½-Zimmer-Wohnung, Wülflingerstrasse 12",
        "from": "Huber Immobilien AG – Bewirtschaftung <vermietung@huber-immobilien.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Besten Dank für Ihre Bewerbung für die 2½-Zimmer-Wohnung an der Wülflingerstrasse 12 in Winterthur.

Wir haben sehr viele Anmeldungen erhalten. Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für eine andere Mietpartei entschieden hat. Ihre Unterlagen (inkl. Betreibungsregisterauszug) werden wir vernichten.

Wir wünschen Ihnen bei der Wohnungssuche viel Erfolg.

Freundliche Grüsse
Huber Immobilien AG
Bewirtschaftung
Sabrina Leuthold""",
        "company": "", "job_title": "", "contact": "",
        "note": "Swiss flat application ('Bewerbung') declined",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Gesuch um Ausbildungsbeitrag – Entscheid",
        "from": "Stiftung Bildungsfonds Zürcher Oberland <sekretariat@bildungsfonds-zo.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Baumgartner

Der Stiftungsrat hat Ihr Gesuch um einen Ausbildungsbeitrag für den Lehrgang «Dipl. Betriebswirtschafterin HF» an seiner Sitzung vom 17. November 2026 geprüft.

Wir müssen Ihnen mitteilen, dass Ihr Gesuch abgelehnt wurde. Gemäss Stiftungsreglement werden Beiträge nur an Personen mit Wohnsitz in einer der Gemeinden des Zürcher Oberlands ausgerichtet; Ihr Wohnsitz in Winterthur erfüllt diese Voraussetzung nicht.

Wir empfehlen Ihnen, sich an die kantonale Stipendienstelle oder an die Stiftungen Ihrer Wohngemeinde zu wenden.

Freundliche Grüsse

Für den Stiftungsrat
Dr. Hansruedi Moser, Präsident
Doris Bühler, Sekretariat""",
        "company": "", "job_title": "", "contact": "",
        "note": "education grant (Stipendium) refused",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Sonntag Znacht",
        "from": "Mami <ursula.baumgartner@bluewin-mail.example>",
        "headers": {},
        "body": """Hoi Nina

Kommst du am Sonntag zum Znacht? Papi macht Raclette, Lukas und Sereina kommen auch. So um halb sieben.

Und nimm doch bitte die Tupperware vom letzten Mal wieder mit 😉

Hab dich lieb
Mami""",
        "company": "", "job_title": "", "contact": "",
        "note": "mother inviting to Sunday dinner",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Kader Rückrunde Damen 1",
        "from": "Thomas Vogt <trainer.damen1@vbc-toess.example>",
        "headers": {},
        "body": """Hoi Nina

Danke, dass du die letzten drei Wochen im Training vom Fanionteam mitgemacht hast. Ich habe mir den Entscheid nicht leicht gemacht, aber für die Rückrunde in der 1. Liga nehmen wir dich nicht ins Kader auf. Auf deiner Position haben wir mit Leonie und Carla zwei Spielerinnen, die schon lange zusammen spielen, und ich will den Block nicht umbauen.

Ich fände es super, wenn du weiter in der Damen 2 spielst und regelmässig im Dienstagstraining mitmachst – dann schauen wir im Sommer wieder.

Sportliche Grüsse
Thomas
Trainer Damen 1, VBC Töss""",
        "company": "", "job_title": "", "contact": "",
        "note": "volleyball squad cut",
    },
    {
        "label": "ham", "language": "de",
        "subject": "Ihre Rechnung Dezember 2026",
        "from": "Alpfon Kundendienst <rechnung@alpfon.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Frau Baumgartner

Ihre Rechnung für den Monat Dezember 2026 ist bereit.

Kundennummer: 7.880.144
Rechnungsbetrag: CHF 64.90
Fällig am: 31.12.2026

Die Rechnung wird Ihnen wie gewohnt per eBill in Ihr E-Banking zugestellt.

Rechnung als PDF ansehen: https://kundencenter.alpfon.example/rechnungen

Freundliche Grüsse
Ihr Alpfon Team""",
        "company": "", "job_title": "", "contact": "",
        "note": "mobile phone bill",
    },
]

# ---------------------------------------------------------------------------
# FRENCH - rejections (26)
# Personas: Marie-Ève Gagnon (CPA, Montréal, Québec), Inès Morel (alternance
# in communication, Lyon), Aurélie Delvaux (juriste, Brussels).
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature – Comptable senior, certification",
        "from": "Tremblay Bouchard CPA <recrutement@tremblaybouchard.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Nous vous remercions de l'intérêt que vous portez à Tremblay Bouchard CPA et du temps consacré à votre candidature pour le poste de comptable senior, certification.

Après une analyse attentive de l'ensemble des dossiers reçus, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conserverons votre curriculum vitæ dans notre banque de candidatures pour une période de six mois et n'hésiterons pas à communiquer avec vous si un poste correspondant à votre profil devenait disponible.

Nous vous souhaitons bon succès dans vos démarches.

Cordialement,

Josée Lavoie, CRHA
Conseillère en acquisition de talents
Tremblay Bouchard CPA s.e.n.c.r.l.
1250, boul. René-Lévesque Ouest, bureau 1800
Montréal (Québec)""",
        "company": "Tremblay Bouchard CPA",
        "job_title": "comptable senior, certification",
        "contact": "Josée Lavoie",
        "note": "Québec accounting firm, stock rejection wording",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Poste de technicienne comptable",
        "from": "Chantal Bérubé <cberube@quincaillerie-laurentides.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Merci d'avoir postulé pour le poste de technicienne comptable chez Quincaillerie des Laurentides. Je vous écris pour vous aviser que le poste a été comblé la semaine dernière.

Votre profil est intéressant et je garde votre CV en dossier au cas où un autre besoin se présenterait au cours de l'hiver.

Bonne fin de semaine!

Chantal Bérubé
Contrôleuse
Quincaillerie des Laurentides inc.
Saint-Jérôme
450 555-0142""",
        "company": "Quincaillerie des Laurentides",
        "job_title": "technicienne comptable",
        "contact": "Chantal Bérubé",
        "note": "short 'poste comblé' note; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Mise à jour concernant votre candidature – R-0048213",
        "from": "Caisse Horizon <caissehorizon@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Marie-Ève,

Merci d'avoir pris le temps de postuler au poste Analyste, information financière (R-0048213) au sein du Mouvement Caisse Horizon.

Chez Caisse Horizon, nous sommes fiers d'être l'un des plus grands employeurs au Québec et de mettre l'humain au cœur de nos décisions. Chaque année, nous recevons des dizaines de milliers de candidatures et nous prenons soin de toutes les évaluer avec rigueur et équité.

Après analyse de votre dossier, nous avons choisi de poursuivre avec d'autres candidatures dont le profil correspond davantage aux besoins actuels de l'équipe.

Saviez-vous que...
• Nous offrons un régime de retraite à prestations déterminées et jusqu'à 5 semaines de vacances dès l'embauche pour certains postes.
• Notre mode de travail hybride permet de travailler de la maison jusqu'à 3 jours par semaine.
• Plus de 40 % de nos postes sont comblés par de la mobilité interne.

Votre profil demeure actif dans notre système. Nous vous invitons à créer des alertes d'emploi pour être informée des nouvelles occasions qui correspondent à vos intérêts : https://caissehorizon.myworkday-mail.example/carrieres/alertes

Merci encore de votre intérêt et au plaisir de croiser votre chemin à nouveau.

L'équipe Acquisition de talents
Mouvement Caisse Horizon

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.""",
        "company": "Caisse Horizon",
        "job_title": "Analyste, information financière",
        "contact": "",
        "note": "long Workday mail, decision one sentence in employer-brand boilerplate; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Suite à votre entrevue finale",
        "from": "Philippe Ouellet <pouellet@groupe-nordik-transport.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Merci encore d'être venue nous rencontrer jeudi dernier pour l'entrevue finale avec notre vice-présidente finances. Nous avons beaucoup apprécié votre préparation et la qualité de vos questions.

Malheureusement, nous avons décidé d'offrir le poste de conseillère principale, fiscalité à une autre candidate. Pour être transparent avec vous : la différence s'est jouée sur l'expérience en fiscalité américaine (déclarations fédérales des sociétés et prix de transfert), un dossier qui prendra beaucoup de place chez nous en 2027 avec l'ouverture de notre terminal au Vermont.

Votre exposé sur la planification des acomptes provisionnels et votre connaissance des crédits d'impôt en R-D étaient excellents. Si vous développez votre expertise transfrontalière, je serais très heureux de vous reparler.

Au plaisir,

Philippe Ouellet, CPA
Directeur, fiscalité
Groupe Nordik Transport
514 555-0187""",
        "company": "Groupe Nordik Transport",
        "job_title": "conseillère principale, fiscalité",
        "contact": "Philippe Ouellet",
        "note": "rejection after final interview with feedback",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Offre d'emploi – poste de contrôleuse adjointe",
        "from": "Nathalie Côté <ncote@laiterie-beauce.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Je vous appelle et vous écris en même temps parce que je tiens à ce que vous l'appreniez de moi directement.

À la suite de l'annonce hier de l'acquisition de la Laiterie de la Beauce par un groupe ontarien, la nouvelle direction a décrété un gel complet des embauches en attendant l'intégration des équipes de finances. Je suis donc dans l'obligation de retirer l'offre d'emploi qui vous a été transmise le 6 novembre pour le poste de contrôleuse adjointe, même si vous l'aviez déjà acceptée.

Je suis consciente des conséquences pour vous et j'en suis profondément désolée. Les RH ont accepté de vous verser un montant forfaitaire équivalant à deux semaines de salaire en compensation; vous recevrez une lettre officielle à ce sujet d'ici vendredi. Si vous désirez une lettre de recommandation pour vos prochaines démarches, ce sera avec plaisir.

Nathalie Côté, CPA
Directrice des finances
Laiterie de la Beauce
Sainte-Marie (Québec)""",
        "company": "Laiterie de la Beauce",
        "job_title": "contrôleuse adjointe",
        "contact": "Nathalie Côté",
        "note": "accepted job offer withdrawn after acquisition; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "RE: Suivi – candidature analyste financière",
        "from": "Kevin Nguyen <kevin.nguyen@logiciels-saintlaurent.example>",
        "headers": {
            "In-Reply-To": "<YT3PR01MB6412C0A1@videotron-mail.example>",
            "References": "<YT3PR01MB6412C0A1@videotron-mail.example>",
        },
        "body": """Bonjour Marie-Ève,

Merci pour votre suivi. Le poste a finalement été pourvu à l'interne par une collègue de la paie. Désolé de ne pas vous avoir écrit plus tôt!

Bonne continuité dans vos recherches,

Kevin

De : Marie-Ève Gagnon <me.gagnon@videotron-mail.example>
Envoyé : 4 novembre 2026 10:12
À : Kevin Nguyen
Objet : Suivi – candidature analyste financière

Bonjour M. Nguyen,

Je me permets de faire un suivi concernant ma candidature au poste d'analyste financière, soumise le 14 octobre. Je demeure très intéressée et disponible pour une entrevue à votre convenance.

Merci et bonne journée,
Marie-Ève Gagnon, CPA
514 555-0119""",
        "company": "Logiciels Saint-Laurent",
        "job_title": "analyste financière",
        "contact": "Kevin Nguyen",
        "note": "two-line rejection in reply thread, filled internally; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Affichage no 2026-AGF-17 – Agente ou agent de gestion financière",
        "from": "Centre de services scolaire du Haut-Richelieu-Est <dotation@csshre.example>",
        "headers": {},
        "body": """Madame Gagnon,

Le comité de sélection a complété l'analyse des candidatures reçues dans le cadre de l'affichage no 2026-AGF-17 – Agente ou agent de gestion financière (poste régulier à temps complet).

Nous devons vous informer que nous ne pouvons donner suite à votre candidature, celle-ci n'ayant pas été retenue à l'étape de la présélection.

Nous vous remercions de l'intérêt manifesté envers le Centre de services scolaire et vous invitons à consulter régulièrement nos affichages sur notre site Web.

Veuillez agréer, Madame, nos salutations distinguées.

Service des ressources humaines – Dotation
Centre de services scolaire du Haut-Richelieu-Est""",
        "company": "Centre de services scolaire du Haut-Richelieu-Est",
        "job_title": "Agente ou agent de gestion financière",
        "contact": "",
        "note": "public-sector screening rejection, stock wording",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature chez notre client – comptable principale",
        "from": "Stéphanie Roy <sroy@cadrexpert-recrutement.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Merci d'avoir pris le temps de discuter avec moi et de rencontrer notre client, Les Serres Lamontagne, pour le poste de comptable principale.

Malheureusement, le client a choisi de poursuivre avec une autre candidate qui possède déjà l'expérience du logiciel comptable sectoriel qu'ils utilisent depuis plusieurs années.

Je garde votre dossier bien en vue; j'ai régulièrement des mandats en PME dans la couronne nord et je n'hésiterai pas à vous recontacter.

Bonne journée,

Stéphanie Roy, CRHA
Associée – Recrutement Finance & Comptabilité
CadreXpert Recrutement
Laval | Montréal | Québec""",
        "company": "Les Serres Lamontagne",
        "job_title": "comptable principale",
        "contact": "Stéphanie Roy",
        "note": "recruitment agency relays client's decision",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature",
        "from": "Fondation Enfance Plein Air <rh@enfancepleinair.example>",
        "headers": {},
        "body": """Bonjour,

Merci pour votre intérêt envers le poste de responsable de la comptabilité à la Fondation. Nous avons arrêté notre choix sur une autre personne.

Bonne chance dans vos recherches.

L'équipe de la Fondation""",
        "company": "Fondation Enfance Plein Air",
        "job_title": "responsable de la comptabilité",
        "contact": "",
        "note": "very short non-profit rejection; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature chez Maison Brunet Traiteur",
        "from": "HelloWork <candidature@hellowork-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.hellowork.example/fr-fr/compte/notifications/desinscription>",
        },
        "body": """Bonjour Inès,

Vous avez postulé à l'offre « Alternance – Assistante communication & événementiel (H/F) » chez Maison Brunet Traiteur le 22/09/2026.

Le recruteur vous a répondu :

« Bonjour, nous vous remercions pour votre candidature. Après étude de votre profil, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Nous vous souhaitons une bonne continuation dans vos recherches. »

Ne vous découragez pas ! 128 offres d'alternance en communication vous attendent à Lyon et alentours.
Voir les offres : https://www.hellowork.example/fr-fr/emploi/recherche.html?k=alternance+communication&l=Lyon

L'équipe HelloWork

Vous recevez cet e-mail car vous avez postulé via HelloWork. Gérer mes notifications : https://www.hellowork.example/fr-fr/compte/notifications""",
        "company": "Maison Brunet Traiteur",
        "job_title": "Alternance – Assistante communication & événementiel (H/F)",
        "contact": "",
        "note": "job board relays employer's stock rejection",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Mise à jour de votre candidature : Chargé(e) de communication digitale en alternance",
        "from": "Indeed <no-reply@indeed-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://fr.indeed.example/unsubscribe?t=im7731>",
        },
        "body": """Inès, voici une mise à jour de votre candidature

Chargé(e) de communication digitale en alternance
Kinétik Sports – Villeurbanne (69)

Statut : Non sélectionnée
L'employeur a indiqué qu'il ne poursuivait pas avec votre candidature pour ce poste.

Ce n'est pas le bon poste ? Continuez votre recherche :
• Assistant(e) marketing en alternance – Lyon 3e
• Community manager alternance (H/F) – Lyon 7e
• Chargé(e) de communication interne – alternance – Écully

Voir toutes les offres : https://fr.indeed.example/emplois?q=alternance+communication&l=Lyon

© 2026 Indeed – Ne pas répondre à ce message.
Se désabonner : https://fr.indeed.example/unsubscribe""",
        "company": "Kinétik Sports",
        "job_title": "Chargé(e) de communication digitale en alternance",
        "contact": "",
        "note": "platform status 'non sélectionnée'; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Re: Candidature spontanée – alternance communication",
        "from": "Julien Faure <julien@lespetitsplats-lyon.example>",
        "headers": {
            "In-Reply-To": "<2F7E9B1C-44A0-4C1D-8E0F-IM0310@laposte-mail.example>",
            "References": "<2F7E9B1C-44A0-4C1D-8E0F-IM0310@laposte-mail.example>",
        },
        "body": """Bonjour Inès,

Merci pour votre message et votre CV. Malheureusement nous avons déjà trouvé notre alternante pour cette année (elle a commencé lundi).

Je vous souhaite de trouver rapidement !

Julien Faure
Les Petits Plats – Lyon 2e

> Le 3 oct. 2026 à 09:47, Inès Morel <ines.morel@laposte-mail.example> a écrit :
>
> Bonjour,
> Actuellement en première année de Bachelor Communication à l'École Confluence Com, je recherche une alternance (rythme 3 jours entreprise / 2 jours école) à partir d'octobre. Je serais ravie de participer à la communication de votre restaurant, notamment sur Instagram et TikTok.
> Vous trouverez mon CV en pièce jointe.
> Bien cordialement,
> Inès Morel""",
        "company": "Les Petits Plats",
        "job_title": "alternance communication",
        "contact": "Julien Faure",
        "note": "short reply to unsolicited application, quoted mail",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature – alternance assistante marketing",
        "from": "Céline Garnier <celine.garnier@atelier-soierie-lyon.example>",
        "headers": {},
        "body": """Bonjour Inès,

Je reviens vers vous concernant l'alternance d'assistante marketing pour laquelle vous nous aviez rencontrés le 8 octobre.

À la suite de la baisse de l'aide à l'embauche des alternants et d'un budget 2027 plus serré que prévu, la direction a décidé de ne pas ouvrir de poste en alternance cette année. Nous clôturons donc l'ensemble des candidatures reçues, dont la vôtre.

Je suis sincèrement désolée, d'autant que votre entretien s'était très bien passé. Si la situation évolue au printemps, je me permettrai de revenir vers vous.

Belle journée,
Céline Garnier
Responsable marketing & communication
L'Atelier Soierie – Lyon 1er""",
        "company": "L'Atelier Soierie",
        "job_title": "alternance d'assistante marketing",
        "contact": "Céline Garnier",
        "note": "apprenticeship position cancelled, all applications closed; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Annulation de la promesse d'embauche – contrat d'apprentissage",
        "from": "Sandrine Michel <sandrine.michel@rhodanie-pharma.example>",
        "headers": {},
        "body": """Madame Morel,

Par courrier du 2 octobre 2026, nous vous avions adressé une promesse d'embauche dans le cadre d'un contrat d'apprentissage pour le poste d'assistante communication interne, avec une prise de poste prévue le 3 novembre 2026.

Malheureusement, à la suite d'une réorganisation du service Communication décidée par la direction du groupe, ce poste est supprimé. Nous nous voyons donc contraints d'annuler cette promesse d'embauche.

Nous mesurons pleinement la gêne occasionnée, à quelques jours de votre prise de poste. Nous avons informé votre CFA de la situation afin qu'il puisse vous accompagner dans la recherche d'une nouvelle entreprise d'accueil. Conformément à nos échanges téléphoniques, une indemnité vous sera versée ; les modalités vous seront précisées par courrier recommandé.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Sandrine Michel
Responsable Ressources Humaines
Rhodanie Pharma – Site de Gerland""",
        "company": "Rhodanie Pharma",
        "job_title": "assistante communication interne",
        "contact": "Sandrine Michel",
        "note": "promesse d'embauche annulée (apprenticeship offer withdrawn)",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Suite à notre entretien du 14 octobre",
        "from": "Thomas Blanc <thomas@agence-pixelpilote.example>",
        "headers": {},
        "body": """Bonjour Inès,

Merci encore d'être venue à l'agence mardi dernier, on a passé un bon moment avec toi et Margaux.

Pour l'alternance community management, on a fait le choix d'une autre candidate qui a déjà une première expérience pour un client food, ce qui colle mieux avec nos comptes actuels. C'était serré, vraiment.

Petit retour pour la suite : ton book est joli mais montre surtout des projets d'école. Si tu peux y ajouter un projet réel (même une asso ou un petit commerce), ça fera une vraie différence en entretien.

Bonne continuation et n'hésite pas à nous suivre, on recrute souvent des stagiaires au printemps !

Thomas
Directeur de création – PixelPilote, Lyon 6e""",
        "company": "PixelPilote",
        "job_title": "alternance community management",
        "contact": "Thomas Blanc",
        "note": "casual tu-form rejection after interview with feedback; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature au sein du Groupe Saône Distribution",
        "from": "Groupe Saône Distribution – Recrutement <recrutement-noreply@saone-distribution.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Inès Morel,

Nous vous remercions pour l'intérêt que vous portez au Groupe Saône Distribution et pour votre candidature au poste « Alternant(e) Chargé(e) de communication magasins – Siège de Lyon (H/F) » (réf. SD-ALT-2026-0392).

Avec plus de 180 magasins et 6 500 collaborateurs, notre Groupe accueille chaque année près de 300 alternants dans tous ses métiers : commerce, logistique, marketing, RH, finance et digital. Nous sommes convaincus que l'alternance est une formidable voie d'accès à l'emploi et nous attachons une grande importance à l'accompagnement de nos jeunes talents.

Nous avons étudié votre candidature avec la plus grande attention. Cependant, nous sommes au regret de ne pas pouvoir y donner une suite favorable, d'autres profils correspondant plus précisément aux attentes du poste.

Sauf opposition de votre part, nous conservons votre candidature dans notre vivier pendant une durée de deux ans afin de pouvoir vous proposer d'autres opportunités. Conformément au RGPD, vous pouvez à tout moment demander la suppression de vos données en écrivant à donnees-candidats@saone-distribution.example.

Découvrez toutes nos offres sur https://carrieres.saone-distribution.example et suivez-nous sur LinkedIn et Instagram (@saone_recrute).

Nous vous souhaitons pleine réussite dans vos projets.

La Direction des Ressources Humaines
Groupe Saône Distribution

Ce message est généré automatiquement, merci de ne pas y répondre.""",
        "company": "Groupe Saône Distribution",
        "job_title": "Alternant(e) Chargé(e) de communication magasins",
        "contact": "",
        "note": "long corporate rejection with vivier paragraph",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Retour du Domaine des Crêts pour l'alternance",
        "from": "Amandine Roche – Relations Entreprises <a.roche@confluencecom.example>",
        "headers": {},
        "body": """Bonjour Inès,

J'ai eu ce matin au téléphone Mme Perrin, du Domaine des Crêts (le domaine viticole du Beaujolais qui cherchait une alternante en communication / œnotourisme). Elle m'a demandé de te transmettre sa réponse : ils ont choisi un autre profil, une étudiante qui habite sur place et qui a le permis, ce qui était indispensable pour eux vu l'accès au domaine.

Je sais que c'est frustrant, surtout que ça s'était bien passé avec elle. Je t'envoie demain trois nouvelles offres qui sont arrivées cette semaine, dont une à la Part-Dieu. Et n'oublie pas : il te reste jusqu'au 15 décembre pour signer un contrat, ensuite on devra trouver une solution avec la direction pédagogique.

Courage, on va trouver !
Amandine Roche
Chargée des relations entreprises
École Confluence Com – CFA partenaire
04 78 00 00 00""",
        "company": "Domaine des Crêts",
        "job_title": "alternance communication / œnotourisme",
        "contact": "Amandine Roche",
        "note": "school relays employer's decision, tu-form; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Suite à notre échange",
        "from": "Laura Dumas <l.dumas@nuits-saint-jean.example>",
        "headers": {},
        "body": """Bonjour Inès,

Merci pour votre appel de vendredi et pour l'envoi de votre portfolio.

Malheureusement, nous ne pourrons pas vous accueillir en alternance cette année : notre chargée de production a finalement décidé de garder l'alternant de l'an dernier pour sa deuxième année.

Je vous souhaite de trouver une belle structure, le milieu culturel lyonnais a besoin de gens motivés !

Bien à vous,
Laura Dumas
Chargée de communication
Les Nuits de Saint-Jean – Production""",
        "company": "Les Nuits de Saint-Jean",
        "job_title": "alternance",
        "contact": "Laura Dumas",
        "note": "subject says nothing; short rejection",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Résultat de votre épreuve – Juristes (m/f/x) francophones – BFG26118",
        "from": "FedSélection <no-reply@fedselection.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Vous avez participé le 13/11/2026 à l'épreuve informatisée « Raisonnement abstrait et jugement situationnel » dans le cadre de la sélection comparative « Juristes (m/f/x) francophones » (BFG26118).

Résultat : non réussi
Votre score : 44/100 — score minimal requis : 50/100

Vous ne pouvez dès lors pas participer à la suite de cette procédure de sélection. Conformément au règlement de la sélection, vous pouvez à nouveau vous présenter à une épreuve de ce type à partir du 13/05/2027.

Vous pouvez demander un feedback détaillé via « Mon dossier » dans les 30 jours suivant la réception de ce message : https://www.fedselection.example/mondossier

Cordialement,

FedSélection – Service fédéral de sélection et de recrutement
Ceci est un message automatique. Veuillez ne pas y répondre.""",
        "company": "FedSélection",
        "job_title": "Juristes (m/f/x) francophones",
        "contact": "",
        "note": "public selection: test failed, excluded from procedure; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature – Juriste en droit social",
        "from": "Cabinet Lefèvre & Vanhoutte <recrutement@lefevre-vanhoutte.example>",
        "headers": {},
        "body": """Madame,

Nous avons bien reçu votre candidature pour le poste de juriste en droit social au sein de notre cabinet et nous vous en remercions.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner suite. Le nombre de candidatures reçues pour ce poste a été particulièrement élevé et notre choix s'est porté sur des profils disposant d'une expérience plus longue en contentieux devant les juridictions du travail.

Nous vous souhaitons plein succès dans la poursuite de vos recherches et vous prions d'agréer, Madame, l'expression de nos sentiments distingués.

Me Isabelle Vanhoutte
Associée
Lefèvre & Vanhoutte – Avocats
Avenue Louise 231, 1050 Bruxelles
T. +32 2 000 45 60""",
        "company": "Lefèvre & Vanhoutte",
        "job_title": "juriste en droit social",
        "contact": "Isabelle Vanhoutte",
        "note": "Belgian law firm formal letter, stock wording",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Annulation de la sélection « Conseiller juridique (m/f/x) – niveau A2 » – BFG26091",
        "from": "FedSélection <no-reply@fedselection.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Vous êtes inscrite à la sélection « Conseiller juridique (m/f/x) – niveau A2 – Institut fédéral pour la Mobilité durable » (BFG26091).

Nous vous informons que l'organisation a décidé, pour des raisons budgétaires, de ne pas pourvoir cet emploi. La procédure de sélection est par conséquent annulée et votre candidature est clôturée. Les épreuves prévues le 2 décembre 2026 n'auront pas lieu.

Les résultats éventuellement obtenus lors d'épreuves génériques restent valables conformément aux règles de dispense en vigueur.

Nous vous remercions de votre intérêt pour la fonction publique fédérale et vous invitons à consulter régulièrement nos offres d'emploi.

Cordialement,
FedSélection""",
        "company": "Institut fédéral pour la Mobilité durable",
        "job_title": "Conseiller juridique (m/f/x) – niveau A2",
        "contact": "",
        "note": "public selection cancelled, candidacy closed; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "RE: Candidature juriste – suivi",
        "from": "Geert Claes <g.claes@entraide-mutualite.example>",
        "headers": {
            "In-Reply-To": "<AM0PR07MB5521D3E2@skynet-mail.example>",
            "References": "<AM0PR07MB5521D3E2@skynet-mail.example>",
        },
        "body": """Chère Madame Delvaux,

Je vous remercie pour votre message et vous prie d'excuser notre silence.

Malheureusement, le jury a porté son choix sur une autre candidate, bilingue FR/NL, ce qui constitue un atout déterminant pour notre service juridique qui traite aussi les dossiers flamands. Votre candidature n'a donc pas été retenue.

Je vous souhaite beaucoup de succès pour la suite.

Bien cordialement,
Geert Claes
Directeur du Service juridique
Mutualité Entraide – Bruxelles

-----Message d'origine-----
De : Aurélie Delvaux <aurelie.delvaux@skynet-mail.example>
Envoyé : lundi 17 novembre 2026 08:55
À : Geert Claes
Objet : Candidature juriste – suivi

Monsieur Claes,

Je me permets de revenir vers vous concernant ma candidature au poste de juriste (CDI, temps plein), suite à l'entretien du 28 octobre. Pourriez-vous m'indiquer où en est la procédure ?

Je vous remercie d'avance et vous prie d'agréer, Monsieur, mes salutations distinguées.

Aurélie Delvaux
0470 00 00 00""",
        "company": "Mutualité Entraide",
        "job_title": "juriste (CDI, temps plein)",
        "contact": "Geert Claes",
        "note": "rejection in reply to follow-up, quoted message",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Votre candidature chez Mosane Assurances – réf. MA-2026-188",
        "from": "Mosane Assurances Talent Acquisition <careers@mosane-assurances.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame Delvaux,

Nous vous remercions sincèrement pour votre candidature au poste de Legal Counsel – Compliance & Data Protection (réf. MA-2026-188) et pour l'intérêt que vous portez à Mosane Assurances.

Depuis plus de 120 ans, Mosane Assurances accompagne particuliers et entreprises en Belgique et au Luxembourg. Nos 2 400 collaborateurs partagent une même ambition : offrir à nos clients une protection simple, humaine et durable. Nous savons que la qualité de nos équipes fait notre force, c'est pourquoi nous accordons le plus grand soin à chaque étape de notre processus de recrutement.

Votre dossier a fait l'objet d'une analyse approfondie par notre équipe Talent Acquisition et par le management du département juridique. Nous avons décidé de poursuivre le processus avec d'autres candidats dont l'expérience correspond plus étroitement aux exigences de la fonction.

Avec votre accord, nous souhaiterions conserver vos données dans notre réserve de talents pendant une durée de 24 mois, afin de pouvoir vous recontacter si une opportunité correspondant à votre profil se présentait. Vous pouvez retirer ce consentement à tout moment via votre espace candidat.

Nous vous souhaitons plein succès dans vos recherches et espérons avoir l'occasion de croiser à nouveau votre chemin.

Bien cordialement,

Talent Acquisition Team
Mosane Assurances SA
Boulevard du Régent 48, 1000 Bruxelles – RPM Bruxelles – TVA BE 0000.000.000

--
Dit bericht werd automatisch gegenereerd. / Ce message a été généré automatiquement. / This message was generated automatically.""",
        "company": "Mosane Assurances",
        "job_title": "Legal Counsel – Compliance & Data Protection",
        "contact": "",
        "note": "long insurer mail, trilingual footer, decision buried; no stock phrase",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Candidature",
        "from": "Habitations Sociales du Val-Marie – GRH <grh@hsvm.example>",
        "headers": {},
        "body": """Madame,

Nous regrettons de ne pouvoir retenir votre candidature pour le poste de juriste (m/f/x) et vous remercions de l'intérêt porté à notre société.

Veuillez agréer, Madame, nos salutations distinguées.

Le Service GRH""",
        "company": "Habitations Sociales du Val-Marie",
        "job_title": "juriste (m/f/x)",
        "contact": "",
        "note": "one-sentence formal rejection",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Procédure de recrutement – Juriste marchés publics",
        "from": "Véronique Dumont <vdumont@intercommunale-ibe.example>",
        "headers": {},
        "body": """Madame Delvaux,

Je fais suite à l'épreuve orale que vous avez présentée le 19 novembre devant le jury de sélection pour le poste de juriste spécialisé(e) en marchés publics.

Au terme de ses délibérations, le jury a classé les candidats sur la base de leurs résultats aux épreuves écrite et orale. Avec une note finale de 61 %, votre classement (5e) ne permet malheureusement pas de vous proposer le poste, un seul emploi étant à pourvoir. Aucune réserve de recrutement n'étant constituée pour cette fonction, votre candidature n'a pas été retenue et la procédure est clôturée en ce qui vous concerne.

Le jury tient à souligner la qualité de votre épreuve écrite. À l'oral, il a toutefois relevé une maîtrise encore limitée de la réglementation relative aux marchés publics, notamment en ce qui concerne les procédures négociées sans publication préalable.

Nous vous remercions pour votre participation et vous souhaitons plein succès.

Véronique Dumont
Responsable RH
Intercommunale bruxelloise de l'Eau""",
        "company": "Intercommunale bruxelloise de l'Eau",
        "job_title": "juriste spécialisé(e) en marchés publics",
        "contact": "Véronique Dumont",
        "note": "rejection after jury interview with ranking and feedback",
    },
    {
        "label": "rejection", "language": "fr",
        "subject": "Retour du client – mission juriste contrats",
        "from": "Lotte Peeters <lotte.peeters@legaltalents-interim.example>",
        "headers": {},
        "body": """Bonjour Aurélie,

Je reviens vers vous suite à mon échange de ce matin avec le responsable juridique des Transports Verhaegen. Ils ont opté pour un profil avec cinq ans d'expérience en droit du transport et des assurances marchandises. Votre dossier ne sera donc pas présenté pour le second entretien.

Je trouve dommage, votre profil contrats/IT leur avait plu. J'ai une autre mission de remplacement (congé de maternité, 6 mois) dans une fédération sectorielle à Bruxelles, 100 % en français : seriez-vous disponible pour en parler demain ?

Bien à vous,
Lotte Peeters
Consultant Legal & Tax
LegalTalents Interim – Bruxelles
+32 470 00 00 00""",
        "company": "Transports Verhaegen",
        "job_title": "juriste contrats",
        "contact": "Lotte Peeters",
        "note": "interim agency relays client's choice, pitches another mission; no stock phrase",
    },
]

# ---------------------------------------------------------------------------
# FRENCH - job_other (32)
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "job_other", "language": "fr",
        "subject": "Accusé de réception – Analyste comptable (affichage 26-114)",
        "from": "Ville de Mont-Valmy – Ressources humaines <emplois@montvalmy.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour,

Nous avons bien reçu votre candidature pour le poste d'analyste comptable (affichage no 26-114). Nous vous remercions de l'intérêt que vous portez à la Ville de Mont-Valmy.

Seules les personnes retenues pour une entrevue seront contactées.

Prenez note que la date limite d'affichage est le 5 décembre 2026 à 16 h 30.

Service des ressources humaines
Ville de Mont-Valmy

Ce courriel est généré automatiquement, veuillez ne pas y répondre.""",
        "company": "", "job_title": "", "contact": "",
        "note": "acknowledgement of receipt, Québec municipality",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Invitation à une entrevue – Analyste comptable",
        "from": "Isabelle Tremblay <itremblay@montvalmy.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convier à une entrevue pour le poste d'analyste comptable.

Date : mardi 16 décembre 2026
Heure : 9 h 30 (durée approximative : 1 h 15)
Lieu : Hôtel de ville, 2e étage, salle du conseil
Comité : Mme Julie Paquette (trésorière), M. Daniel Fortin (directeur des finances) et moi-même

L'entrevue sera suivie d'un test pratique Excel d'environ 30 minutes. Veuillez apporter une copie de vos diplômes et une preuve de votre titre CPA.

Merci de confirmer votre présence par retour de courriel d'ici vendredi.

Au plaisir de vous rencontrer,

Isabelle Tremblay, CRHA
Conseillère en ressources humaines
Ville de Mont-Valmy
450 555-0165, poste 2214""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview invitation",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Report de votre entrevue du 27 novembre",
        "from": "Amélie Gingras <agingras@microbrasseriedufleuve.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Malheureusement, nous devons reporter votre entrevue prévue jeudi le 27 novembre à 14 h. Notre directeur financier a dû s'absenter pour des raisons familiales et sera de retour seulement la semaine prochaine.

Nous sommes désolés pour ce changement de dernière minute. Seriez-vous disponible mardi le 2 décembre à 10 h ou mercredi le 3 décembre à 13 h 30? L'entrevue se tiendra toujours en mode virtuel via Teams.

Merci de votre compréhension!

Amélie Gingras
Coordonnatrice RH
Microbrasserie du Fleuve
418 555-0173""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview postponed ('malheureusement', 'reporter')",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Dossier incomplet – emploi no 2026-VI-08",
        "from": "Société québécoise des parcs et loisirs – Dotation <dotation@sqpl.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Nous avons bien reçu votre candidature pour l'emploi de conseillère ou conseiller en vérification interne (no 2026-VI-08). Toutefois, votre dossier est présentement incomplet et ne peut être transmis au comité d'évaluation.

Pièces manquantes :
- copie de votre diplôme universitaire (baccalauréat en sciences comptables);
- attestation de membre en règle de votre ordre professionnel;
- relevé de notes du DESS ou de la maîtrise, le cas échéant.

Veuillez nous faire parvenir ces documents par courriel au plus tard le 5 décembre 2026. À défaut, nous ne serons malheureusement pas en mesure de considérer votre candidature.

Merci de votre collaboration,

Direction des ressources humaines – Dotation
Société québécoise des parcs et loisirs""",
        "company": "", "job_title": "", "contact": "",
        "note": "missing documents request with conditional refusal wording",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre candidature – Comptable senior, Services financiers",
        "from": "Catherine Lapointe <clapointe@groupesanteboreal.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Nous vous remercions pour votre candidature au poste de comptable senior aux Services financiers ainsi que pour votre patience.

En raison de la période de fermeture budgétaire et des vacances des Fêtes, nous ne sommes pas en mesure de vous répondre avant la mi-janvier. Votre dossier est toujours à l'étude et aucune décision n'a été prise à ce jour.

Nous vous contacterons dès que possible pour vous informer de la suite du processus.

Joyeuses Fêtes!

Catherine Lapointe
Agente de gestion du personnel
Groupe Santé Boréal""",
        "company": "", "job_title": "", "contact": "",
        "note": "status: no answer before mid-January, still under review",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Offre d'emploi – Comptable senior",
        "from": "Marc-André Pelletier <mapelletier@dars.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

C'est avec grand plaisir que nous vous offrons le poste de comptable senior au sein de Distribution Alimentaire Rive-Sud!

Voici les principales conditions :
- Salaire annuel : 84 000 $
- 4 semaines de vacances dès la première année
- Assurances collectives et REER collectif avec contribution de l'employeur de 5 %
- Date d'entrée en fonction : 12 janvier 2027

Concernant votre demande de télétravail à temps plein, malheureusement nous ne pouvons pas y donner suite pour ce poste : la politique de l'entreprise prévoit un minimum de deux jours par semaine au bureau de Boucherville, notamment pendant les fins de mois. Nous restons toutefois flexibles sur les horaires.

Vous trouverez la lettre d'offre officielle en pièce jointe. Nous vous saurions gré de nous faire part de votre décision d'ici le 10 décembre.

Au plaisir de vous compter parmi nous!

Marc-André Pelletier
Directeur des ressources humaines
Distribution Alimentaire Rive-Sud""",
        "company": "", "job_title": "", "contact": "",
        "note": "job offer; refusal wording only about full-time remote work",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "RE: Retrait de ma candidature",
        "from": "Catherine Lapointe <clapointe@groupesanteboreal.example>",
        "headers": {
            "In-Reply-To": "<YT2PR01MB88C1E0F7@videotron-mail.example>",
            "References": "<YT2PR01MB88C1E0F7@videotron-mail.example>",
        },
        "body": """Bonjour Madame Gagnon,

Nous prenons acte du retrait de votre candidature au poste de comptable senior. Nous regrettons de ne pas avoir eu la chance de poursuivre le processus avec vous, mais nous comprenons tout à fait votre décision et vous félicitons pour votre nouvel emploi.

Votre dossier sera fermé dans notre système.

Bonne continuation!

Catherine Lapointe
Agente de gestion du personnel
Groupe Santé Boréal

> De : Marie-Ève Gagnon
> Envoyé : 8 décembre 2026 09:02
> Objet : Retrait de ma candidature
>
> Bonjour Madame Lapointe,
> Je vous informe que j'ai accepté un poste dans une autre organisation et je souhaite retirer ma candidature au poste de comptable senior. Merci pour votre considération.
> Marie-Ève Gagnon""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal confirmed ('nous regrettons', 'dossier fermé')",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Rappel : évaluation Excel non complétée",
        "from": "Évaluations TalentQ <no-reply@talentq-assess.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Marie-Ève,

Vous n'avez pas encore complété l'évaluation « Excel intermédiaire – Comptabilité » demandée par Microbrasserie du Fleuve dans le cadre de votre candidature au poste de technicienne comptable.

Date limite : 1er décembre 2026, 23 h 59 (HNE)
Durée : environ 40 minutes
Lien personnel : https://talentq-assess.example/e/MEG-20419

Si vous ne complétez pas l'évaluation avant la date limite, votre candidature pourrait ne pas être évaluée par l'employeur. En cas de problème technique, écrivez à soutien@talentq-assess.example.

Bonne chance!
L'équipe TalentQ""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment not yet completed reminder",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Aucune nouvelle offre pour votre alerte « Comptable CPA – Montréal »",
        "from": "Jobillico <alertes@jobillico-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.jobillico.example/alertes/desabonner/55812>",
        },
        "body": """Bonjour Marie-Ève,

Aucune nouvelle offre d'emploi ne correspond à votre alerte « Comptable CPA – Montréal (25 km) – Temps plein » depuis votre dernier courriel.

Pour obtenir plus de résultats, essayez d'élargir votre recherche :
• ajoutez « contrôleur » ou « analyste financier » à vos mots-clés;
• augmentez le rayon de recherche à 50 km;
• incluez les postes temporaires ou contractuels.

Modifier mon alerte : https://www.jobillico.example/alertes/modifier/55812

Bonne recherche!
L'équipe Jobillico

Vous recevez ce courriel parce que vous êtes abonnée aux alertes Jobillico. Se désabonner : https://www.jobillico.example/alertes/desabonner/55812""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert: no new offers",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Marie-Ève, une occasion de contrôleuse chez un client en croissance",
        "from": "Olivier Gauthier via LinkedIn <inmail-hit-reply@linkedin-mail.example>",
        "headers": {
            "List-Unsubscribe": "<https://www.linkedin.example/psettings/inmail>",
        },
        "body": """Bonjour Marie-Ève,

Je me permets de vous écrire parce que votre parcours en certification dans un cabinet de taille moyenne, combiné à votre expérience en PME manufacturière, correspond exactement à ce que recherche l'un de mes clients.

Il s'agit d'une entreprise familiale de fabrication de meubles de la région de Drummondville (environ 250 employés) qui crée un poste de contrôleuse ou contrôleur. Hybride possible (2 jours au bureau), salaire entre 95 000 $ et 110 000 $ selon l'expérience, plus boni.

Seriez-vous ouverte à une discussion confidentielle de 20 minutes cette semaine?

Olivier Gauthier
Associé, Gauthier Talent Finance

Répondre : https://www.linkedin.example/messaging/thread/2-og8812
Vous recevez des InMail de la part de recruteurs. Se désabonner : https://www.linkedin.example/psettings/inmail""",
        "company": "", "job_title": "", "contact": "",
        "note": "recruiter outreach InMail",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Vérification de références",
        "from": "Marc-André Pelletier <mapelletier@dars.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Merci encore pour l'entrevue de mardi, l'équipe a été très impressionnée. Avant de finaliser notre décision, nous aimerions joindre deux de vos références professionnelles, idéalement d'anciens supérieurs immédiats.

Pourriez-vous me transmettre leurs noms, titres, numéros de téléphone et adresses courriel, et les aviser qu'ils pourraient recevoir un appel de ma part cette semaine?

Merci et bonne journée,

Marc-André Pelletier
Directeur des ressources humaines
Distribution Alimentaire Rive-Sud
450 555-0131""",
        "company": "", "job_title": "", "contact": "",
        "note": "reference check request",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre candidature a bien été envoyée à Agence Boréale Événements",
        "from": "HelloWork <candidature@hellowork-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.hellowork.example/fr-fr/compte/notifications/desinscription>",
        },
        "body": """Bonjour Inès,

Votre candidature a bien été envoyée !

Offre : Alternance – Chargé(e) de communication événementielle (H/F)
Entreprise : Agence Boréale Événements
Lieu : Lyon 9e (69)
Contrat : Alternance – 24 mois

Le recruteur a été notifié. Vous serez informée par e-mail dès qu'il aura consulté votre candidature.

Astuce : les candidats qui complètent leur profil avec une vidéo de présentation ont 2 fois plus de chances d'être contactés.

Suivre mes candidatures : https://www.hellowork.example/fr-fr/candidatures

L'équipe HelloWork

Gérer mes notifications : https://www.hellowork.example/fr-fr/compte/notifications""",
        "company": "", "job_title": "", "contact": "",
        "note": "job board application confirmation",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Entretien alternance – Agence Boréale Événements",
        "from": "Mathilde Rey <mathilde.rey@boreale-evenements.example>",
        "headers": {},
        "body": """Bonjour Inès,

Votre candidature pour l'alternance de chargée de communication événementielle a retenu toute notre attention et nous souhaiterions vous rencontrer.

Je vous propose un entretien le jeudi 13 novembre à 10h00 dans nos locaux (12 quai Arloing, Lyon 9e – interphone « Boréale »). L'entretien durera environ 45 minutes, avec moi-même et Hugo, notre chef de projet. N'hésitez pas à apporter quelques exemples de vos réalisations (book, posts, visuels).

Pouvez-vous me confirmer votre disponibilité ?

À bientôt,
Mathilde Rey
Responsable communication
Agence Boréale Événements
06 00 00 00 00""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview invitation ('a retenu toute notre attention')",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "3 nouvelles offres d'alternance pour toi",
        "from": "Amandine Roche – Relations Entreprises <a.roche@confluencecom.example>",
        "headers": {},
        "body": """Coucou Inès,

Comme promis, voici les nouvelles offres reçues cette semaine qui correspondent à ton profil :

1. Assistante communication – Fédération AURA des Sports de Pleine Nature (Lyon 3e, Part-Dieu) – 3j/2j – début dès que possible. Contact : M. Vidal, recrutement@fede-aura-sport.example
2. Chargée de contenus réseaux sociaux – Boulangeries Pain d'Antan (siège à Vaulx-en-Velin) – envoyer CV + 3 exemples de posts
3. Assistante marketing – Cabinet d'architectes Soubeyrand (Lyon 2e) – poste très orienté print et site web

Pour l'offre de l'office de tourisme de Villefranche dont je t'avais parlé la semaine dernière : malheureusement elle est déjà pourvue, ils ont pris quelqu'un en interne avant même de publier l'annonce. Désolée pour le faux espoir !

Tiens-moi au courant de tes candidatures, et pense à mettre à jour ton tableau de suivi sur l'ENT.

Belle journée,
Amandine""",
        "company": "", "job_title": "", "contact": "",
        "note": "school careers office forwards offers; 'déjà pourvue' about an offer not applied to",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre candidature a été consultée",
        "from": "Indeed <no-reply@indeed-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://fr.indeed.example/unsubscribe?t=im7731>",
        },
        "body": """Bonne nouvelle, Inès !

L'employeur a consulté votre candidature.

Assistant(e) marketing en alternance
Les Cafés Grillés de la Croix-Rousse – Lyon 4e (69)
Candidature envoyée le 10 novembre 2026

Que faire maintenant ? Les employeurs contactent généralement les candidats dans un délai de 1 à 2 semaines. En attendant, vous pouvez consulter des offres similaires.

Voir mes candidatures : https://myjobs.indeed.example/applied

Indeed – Ne pas répondre à ce message.
Se désabonner des mises à jour de candidature : https://fr.indeed.example/unsubscribe""",
        "company": "", "job_title": "", "contact": "",
        "note": "platform notice: employer viewed application",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Décalage de notre entretien",
        "from": "Mathilde Rey <mathilde.rey@boreale-evenements.example>",
        "headers": {},
        "body": """Bonjour Inès,

Je suis au regret de devoir décaler notre entretien de jeudi 10h : nous avons un montage de salon à Eurexpo qui a été avancé et toute l'équipe sera sur place.

Serait-il possible de se voir plutôt lundi 17 novembre à 14h, toujours à l'agence ? Si ça ne vous convient pas, proposez-moi un autre créneau et on s'arrange.

Encore désolée pour ce contretemps,
Mathilde""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview moved ('je suis au regret')",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre CV – fichier illisible",
        "from": "Recrutement Fédération AURA Sport <recrutement@fede-aura-sport.example>",
        "headers": {},
        "body": """Bonjour Madame Morel,

Nous avons bien reçu votre candidature pour l'alternance d'assistante communication. Malheureusement, nous n'avons pas pu ouvrir votre CV : le fichier joint (format .pages) n'est pas lisible sur nos postes.

Pourriez-vous nous le renvoyer au format PDF ? Votre candidature sera ensuite transmise à M. Vidal, responsable communication.

Cordialement,
Nadia Benali
Assistante administrative
Fédération régionale Auvergne-Rhône-Alpes des Sports de Pleine Nature""",
        "company": "", "job_title": "", "contact": "",
        "note": "attachment unreadable, please resend",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Re: Retrait de ma candidature",
        "from": "Mathilde Rey <mathilde.rey@boreale-evenements.example>",
        "headers": {
            "In-Reply-To": "<CAL5mQx0-im2411@laposte-mail.example>",
            "References": "<CAL5mQx0-im2411@laposte-mail.example>",
        },
        "body": """Bonjour Inès,

Dommage pour nous, mais bravo à vous ! C'est bien noté, nous retirons votre candidature du processus.

Vous avez fait le bon choix de saisir l'opportunité, le marché de l'alternance est compliqué cette année. Si un jour vous cherchez un stage ou un premier poste dans l'événementiel, pensez à nous.

Belle aventure à la Fédération !
Mathilde

Le lun. 24 nov. 2026 à 18:21, Inès Morel <ines.morel@laposte-mail.example> a écrit :
> Bonjour Mathilde,
> Je tenais à vous prévenir que j'ai accepté une proposition d'alternance à la Fédération AURA des Sports de Pleine Nature. Je retire donc ma candidature, en vous remerciant sincèrement pour votre temps et votre bienveillance lors de l'entretien.
> Bien cordialement,
> Inès Morel""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal acknowledged, quoted thread",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Proposition de contrat d'apprentissage – Assistante communication",
        "from": "Julien Vidal <j.vidal@fede-aura-sport.example>",
        "headers": {},
        "body": """Bonjour Inès,

Suite à notre entretien de mercredi, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir en contrat d'apprentissage au poste d'assistante communication, pour la durée de votre Bachelor (24 mois), à compter du 1er décembre 2026.

Rémunération : selon la grille légale de l'apprentissage (en fonction de votre âge et de votre année de formation).
Rythme : 3 jours à la Fédération / 2 jours à l'école, conformément au calendrier de l'École Confluence Com.

Concernant les frais de transport, nous ne pourrons malheureusement pas aller au-delà de la prise en charge légale de 50 % de votre abonnement TCL. En revanche, vous pourrez bénéficier des titres-restaurant dès le premier mois.

Je transmets dès aujourd'hui les informations à votre CFA afin qu'il prépare le CERFA. Pourriez-vous me faire parvenir votre RIB, votre attestation de carte Vitale et une copie de votre pièce d'identité ?

Bienvenue dans l'équipe !
Julien Vidal
Responsable communication
Fédération régionale AURA des Sports de Pleine Nature""",
        "company": "", "job_title": "", "contact": "",
        "note": "apprenticeship offer; 'malheureusement' about transport costs",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Rappel : votre questionnaire n'est pas encore terminé",
        "from": "ProfilPlus <noreply@profilplus-test.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Inès,

Vous avez commencé le questionnaire de personnalité demandé par Crédit Rhodanien dans le cadre de votre candidature « Alternance – Chargé(e) de communication digitale », mais vous ne l'avez pas encore terminé (progression : 40 %).

Sans questionnaire complété, le recruteur ne pourra pas examiner votre candidature. Vous avez jusqu'au dimanche 16 novembre à minuit pour le finaliser.

Reprendre le questionnaire : https://app.profilplus-test.example/q/IM-88413

L'équipe ProfilPlus
Besoin d'aide ? support@profilplus-test.example""",
        "company": "", "job_title": "", "contact": "",
        "note": "personality test not completed reminder",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre candidature – Alternance chargé(e) de communication digitale",
        "from": "Crédit Rhodanien – Recrutement <recrutement@credit-rhodanien.example>",
        "headers": {},
        "body": """Bonjour Inès,

Nous vous remercions pour votre candidature et pour avoir complété le questionnaire.

Compte tenu du nombre important de candidatures reçues, nous ne sommes pas en mesure de vous apporter une réponse avant le 5 décembre. Votre dossier est toujours en cours d'étude par le service Communication, aucune décision n'a encore été prise.

Nous vous remercions de votre patience.

L'équipe Recrutement
Crédit Rhodanien""",
        "company": "", "job_title": "", "contact": "",
        "note": "status: 'pas en mesure de vous apporter une réponse avant', still in review",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Alternance : 5 entreprises lyonnaises qui recrutent encore 🚀",
        "from": "Welcome to the Jungle <newsletter@welcometothejungle-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.welcometothejungle.example/fr/unsubscribe>",
        },
        "body": """Salut Inès,

Ce n'est pas encore trop tard ! Cette semaine, on a sélectionné pour toi cinq entreprises lyonnaises qui cherchent encore leurs alternants en communication et marketing :

🍃 Vertige Cosmétiques – Chargé·e de communication digitale – Lyon 7e
🎮 Pixel Forge Studio – Community manager – Villeurbanne
🚲 Cyclo'Lyon – Assistant·e marketing – Lyon 1er
🏛️ Musée des Tissages anciens – Assistant·e médiation & communication – Lyon 2e
🧀 La Fromagerie Moderne – Social media & contenus – Lyon 6e

Et aussi dans ce numéro :
→ « Alternance : comment relancer un recruteur sans être lourd·e »
→ Le témoignage de Yanis, alternant dans une start-up de la food tech

Lire la newsletter en ligne : https://www.welcometothejungle.example/fr/newsletter/alternance-lyon

À très vite,
L'équipe Welcome to the Jungle

Tu reçois cet e-mail car tu es inscrit·e à la newsletter. Se désinscrire : https://www.welcometothejungle.example/fr/unsubscribe""",
        "company": "", "job_title": "", "contact": "",
        "note": "job-board newsletter with openings",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Confirmation de votre inscription – BFG26091",
        "from": "FedSélection <no-reply@fedselection.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Nous confirmons votre inscription à la sélection « Conseiller juridique (m/f/x) – niveau A2 – Institut fédéral pour la Mobilité durable » (BFG26091).

Les prochaines étapes :
1. Screening des CV sur la base des critères de l'offre d'emploi (diplôme et expérience).
2. Épreuve écrite : étude de cas juridique (date prévue : 2 décembre 2026).
3. Entretien devant un jury.

Vous serez informée de chaque étape via « Mon dossier ». Vérifiez régulièrement votre boîte de réception, y compris le dossier courrier indésirable.

Cordialement,
FedSélection – Service fédéral de sélection et de recrutement""",
        "company": "", "job_title": "", "contact": "",
        "note": "public selection registration confirmed",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Résultat screening CV – BFG26144 – Juriste (m/f/x) – Service des Litiges",
        "from": "FedSélection <no-reply@fedselection.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Nous avons le plaisir de vous informer que vous avez réussi le screening CV de la sélection « Juriste (m/f/x) – Service des Litiges – Office national des Pensions complémentaires » (BFG26144).

Vous êtes invitée à l'épreuve suivante : entretien devant un jury, le mardi 9 décembre 2026, au Centre d'examens de FedSélection, Bruxelles. Réservez votre créneau via « Mon dossier » au plus tard le 2 décembre.

Pour information : sur les 87 candidats inscrits, 12 ont été retenus à l'issue du screening. Les candidats non retenus ont été informés séparément.

Munissez-vous de votre carte d'identité le jour de l'épreuve. Si vous ne pouvez pas être présente, merci d'annuler votre réservation au moins 48 heures à l'avance.

Cordialement,
FedSélection""",
        "company": "", "job_title": "", "contact": "",
        "note": "passed CV screening, invited to next step; mentions 'non retenus' (others)",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Invitation à un entretien – juriste d'entreprise",
        "from": "Marie Lambert <m.lambert@brasseries-sennette.example>",
        "headers": {},
        "body": """Madame Delvaux,

Nous avons bien reçu votre candidature pour la fonction de juriste d'entreprise (contrats commerciaux et propriété intellectuelle) et nous vous en remercions.

Nous serions heureux de vous rencontrer lors d'un premier entretien le mercredi 3 décembre à 14h00 dans nos bureaux de Forest. Vous y rencontrerez Pierre Goossens, General Counsel, ainsi que moi-même.

Pourriez-vous me confirmer votre présence par retour de mail ? En cas d'empêchement, n'hésitez pas à me proposer d'autres disponibilités.

Bien à vous,
Marie Lambert
HR Business Partner
Brasseries de la Sennette SA""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview invitation, Brussels company",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Report de l'épreuve orale – Juriste marchés publics",
        "from": "Véronique Dumont <vdumont@intercommunale-ibe.example>",
        "headers": {},
        "body": """Madame,

Nous sommes au regret de vous informer que l'épreuve orale prévue le 12 novembre à 9h30 pour le poste de juriste spécialisé(e) en marchés publics ne pourra avoir lieu à cette date, en raison de l'indisponibilité d'un membre du jury.

L'épreuve est reportée au mercredi 19 novembre 2026 à 9h30, au même endroit (siège de l'IBE, salle Senne, 3e étage). Si cette nouvelle date ne vous convient pas, je vous remercie de me le faire savoir au plus vite.

Nous vous prions de nous excuser pour ce contretemps.

Véronique Dumont
Responsable RH
Intercommunale bruxelloise de l'Eau
02 000 12 34""",
        "company": "", "job_title": "", "contact": "",
        "note": "oral exam postponed ('nous sommes au regret de vous informer')",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Pièces manquantes – votre candidature à la fonction de juriste",
        "from": "CPAS de Val-Josse – Service du personnel <personnel@cpas-valjosse.example>",
        "headers": {},
        "body": """Madame,

Votre candidature à la fonction de juriste (niveau A1, contrat à durée indéterminée) nous est bien parvenue.

Après vérification, votre dossier ne comporte pas les documents suivants, requis par l'appel à candidatures :
– une copie de votre diplôme de master en droit (ou de l'attestation de réussite) ;
– un extrait de casier judiciaire datant de moins de trois mois ;
– le cas échéant, une preuve de la connaissance de la seconde langue nationale.

Nous vous saurions gré de nous faire parvenir ces pièces pour le 5 décembre 2026 au plus tard. À défaut, votre candidature ne pourra malheureusement pas être prise en considération.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Secrétaire général,
Nathalie Wauters
Service du personnel""",
        "company": "", "job_title": "", "contact": "",
        "note": "missing documents (pièces manquantes) with conditional refusal",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Proposition d'engagement – Juriste d'entreprise",
        "from": "Marie Lambert <m.lambert@brasseries-sennette.example>",
        "headers": {},
        "body": """Madame Delvaux,

Suite à nos deux entretiens, nous avons le plaisir de vous proposer le poste de juriste d'entreprise au sein de notre département juridique, sous contrat à durée indéterminée, à partir du 5 janvier 2027 (ou selon votre préavis).

Les principales conditions sont les suivantes :
– rémunération mensuelle brute : 4 200 €, treizième mois et double pécule de vacances ;
– chèques-repas de 8 € par jour presté ;
– assurance groupe et assurance hospitalisation ;
– télétravail : 2 jours par semaine.

Comme évoqué lors de notre dernier entretien, nous ne sommes malheureusement pas en mesure de vous proposer une voiture de société pour cette fonction ; nous vous proposons en contrepartie un budget mobilité (abonnement de transport en commun pris en charge à 100 %).

Nous vous saurions gré de nous communiquer votre décision pour le 10 décembre au plus tard. Le contrat de travail vous sera envoyé dès réception de votre accord.

Dans l'attente de vous accueillir,
Marie Lambert
HR Business Partner
Brasseries de la Sennette SA""",
        "company": "", "job_title": "", "contact": "",
        "note": "job offer; 'malheureusement' about company car",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Résultat final – BFG26144 – inscription dans la liste des lauréats",
        "from": "FedSélection <no-reply@fedselection.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Nous avons le plaisir de vous informer que vous avez réussi la sélection « Juriste (m/f/x) – Service des Litiges – Office national des Pensions complémentaires » (BFG26144).

Vous êtes lauréate et figurez à la 4e place de la liste des lauréats. Cette liste est valable deux ans et peut être prolongée.

Attention : la réussite de la sélection ne garantit pas un engagement. Les lauréats sont contactés par ordre de classement lorsque l'organisation dispose d'un emploi vacant. Il n'est donc pas encore possible de vous indiquer si ni quand une proposition d'emploi vous sera faite. Vous ne devez entreprendre aucune démarche à ce stade.

Cordialement,
FedSélection""",
        "company": "", "job_title": "", "contact": "",
        "note": "passed, placed on reserve list; outcome not yet decided",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Confirmation de votre désistement",
        "from": "CPAS de Val-Josse – Service du personnel <personnel@cpas-valjosse.example>",
        "headers": {},
        "body": """Madame,

Nous accusons réception de votre courriel du 1er décembre 2026 par lequel vous nous informez de votre désistement de la procédure de recrutement pour la fonction de juriste (niveau A1).

Nous regrettons votre décision, mais en prenons bonne note. Votre candidature est dès lors retirée de la procédure et les documents transmis seront détruits conformément à notre politique de protection des données.

Nous vous souhaitons plein succès dans vos projets professionnels.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nathalie Wauters
Service du personnel""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal (désistement) confirmed",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Opportunité – Senior Legal Counsel IT/Data (Bruxelles)",
        "from": "Jeroen Maes <jeroen.maes@leaderslegal-search.example>",
        "headers": {},
        "body": """Bonjour Madame Delvaux,

Je me permets de vous contacter de manière confidentielle. Je suis à la recherche, pour le compte d'une scale-up belge active dans la cybersécurité (± 300 collaborateurs, bureaux à Bruxelles et Gand), d'un(e) Senior Legal Counsel IT & Data Protection.

Votre expérience en contrats IT et RGPD, telle que décrite sur votre profil, m'a semblé particulièrement pertinente. La fonction est ouverte aux profils francophones avec une bonne connaissance passive du néerlandais ; l'anglais est la langue de travail interne.

Package attractif (voiture de société ou budget mobilité, bonus, warrants). Seriez-vous disponible pour un premier échange téléphonique cette semaine ?

Met vriendelijke groeten / Bien à vous,
Jeroen Maes
Partner – Leaders Legal Search
Brussel | Antwerpen
+32 2 000 88 10""",
        "company": "", "job_title": "", "contact": "",
        "note": "headhunter outreach, bilingual sign-off",
    },
    {
        "label": "job_other", "language": "fr",
        "subject": "Votre entrée en fonction le 5 janvier – documents à fournir",
        "from": "Marie Lambert <m.lambert@brasseries-sennette.example>",
        "headers": {},
        "body": """Madame Delvaux,

Nous avons bien reçu votre contrat signé et nous nous réjouissons de vous accueillir le lundi 5 janvier 2027 à 9h00.

Afin de finaliser votre dossier, pourriez-vous nous transmettre d'ici au 19 décembre :
– une copie recto verso de votre carte d'identité ;
– votre numéro de compte bancaire (IBAN) ;
– une composition de ménage (pour le calcul du précompte professionnel) ;
– votre attestation de vacances de votre précédent employeur, dès réception.

Votre première journée commencera par un petit-déjeuner d'accueil avec l'équipe juridique, suivi de la remise de votre matériel informatique. Une place de parking visiteurs vous sera réservée pour ce premier jour.

À très bientôt,
Marie Lambert
HR Business Partner
Brasseries de la Sennette SA""",
        "company": "", "job_title": "", "contact": "",
        "note": "onboarding documents request",
    },
]

# ---------------------------------------------------------------------------
# FRENCH - ham (17)
# ---------------------------------------------------------------------------
ROWS += [
    {
        "label": "ham", "language": "fr",
        "subject": "Votre demande de location – 4 ½, rue de Bordeaux",
        "from": "Gestion Immobilière Lafleur <locations@gestionlafleur.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Merci pour votre intérêt envers le logement 4 ½ situé au 6120, rue de Bordeaux, app. 3, et pour votre visite de samedi.

Après analyse des demandes de location reçues, le propriétaire a choisi un autre locataire pour ce logement. Votre demande est donc refusée; votre dossier (enquête de crédit et preuves de revenus) sera détruit conformément à la loi.

Nous avons d'autres logements disponibles à partir du 1er juillet dans le secteur de Rosemont–La Petite-Patrie. Visitez notre site pour les consulter : www.gestionlafleur.example/disponibilites

Cordialement,
Mélissa Charest
Agente de location
Gestion Immobilière Lafleur""",
        "company": "", "job_title": "", "contact": "",
        "note": "rental application (logement) refused",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Votre demande de prêt hypothécaire",
        "from": "Banque Nordet – Financement hypothécaire <hypotheques@banquenordet.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Nous avons terminé l'analyse de votre demande de prêt hypothécaire de 385 000 $ pour l'achat d'une copropriété située à Verdun.

Nous regrettons de vous informer que nous ne pouvons pas approuver votre demande dans sa forme actuelle. Selon nos critères, votre ratio d'amortissement total de la dette (ATD) dépasse le seuil de 44 % (calculé avec le taux de qualification). Cela s'explique principalement par le solde de votre marge de crédit et le financement de votre véhicule.

Votre conseillère, Mme Sonia Beaulieu, communiquera avec vous pour discuter d'options possibles, notamment une mise de fonds plus importante, l'ajout d'un coemprunteur ou un prix d'achat revu à la baisse.

Salutations distinguées,
Service du financement hypothécaire
Banque Nordet""",
        "company": "", "job_title": "", "contact": "",
        "note": "mortgage loan (prêt) refused",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "bon ben c'est non 😩",
        "from": "Sarah-Maude Lévesque <sm.levesque@hotmail-mail.example>",
        "headers": {},
        "body": """Allô Marie-Ève!

Je viens de recevoir le courriel du cabinet pour le poste en évaluation d'entreprises : « nous avons le regret de vous informer que votre candidature n'a pas été retenue ». Après trois entrevues et une étude de cas de quatre heures!! Franchement.

Je sais que c'est pas la fin du monde pis que j'ai encore ma job, mais je suis vraiment déçue. J'avais déjà commencé à m'imaginer dans leurs beaux bureaux de la tour (lol).

Es-tu libre jeudi pour un 5 à 7? J'ai besoin de me changer les idées. Pis toi, ça avance tes recherches?

xx
Sarah-Maude""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend quotes her own rejection; not the reader's application",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Horaire des matchs – décembre",
        "from": "Ligue de hockey cosom du Plateau <ligue@cosomplateau.example>",
        "headers": {"Precedence": "bulk"},
        "body": """Bonjour à toutes et à tous,

Voici l'horaire des matchs pour le mois de décembre (gymnase de l'école Sainte-Bernadette-Est) :

Mardi 2 déc. – 19 h 30 : Les Castors vs Les Patates frites
Mardi 9 déc. – 20 h 30 : Les Castors vs Les Huards
Mardi 16 déc. – 19 h 30 : Tournoi des Fêtes (toutes les équipes) + party après à la brasserie!

Rappel : les frais d'inscription de la session d'hiver (85 $) sont dus avant le 20 décembre. Virement Interac à tresorerie@cosomplateau.example.

Bonne saison!
Le comité""",
        "company": "", "job_title": "", "contact": "",
        "note": "recreational league schedule",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Votre facture est disponible",
        "from": "Fibrex Télécom <facturation@fibrex.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Marie-Ève,

Votre facture de décembre est maintenant disponible dans votre Espace client.

Numéro de compte : 8812 4471 09
Montant à payer : 97,73 $
Date d'échéance : 22 décembre 2026

Forfait : Internet Fibre 500 + Télé de base
Le paiement préautorisé sera prélevé à la date d'échéance.

Consulter ma facture : https://client.fibrex.example/factures

Merci d'être client(e) Fibrex!""",
        "company": "", "job_title": "", "contact": "",
        "note": "internet bill",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Demande de place – pouponnière",
        "from": "CPE Les Petites Pousses <direction@cpe-petitespousses.example>",
        "headers": {},
        "body": """Bonjour Madame Gagnon,

Nous vous remercions de l'intérêt que vous portez au CPE Les Petites Pousses.

Nous sommes désolés de vous informer que nous ne sommes pas en mesure d'offrir une place à votre fille Léa pour janvier 2027. Toutes nos places en pouponnière sont comblées et la priorité est accordée aux enfants de la fratrie et du personnel. Votre demande demeure active sur la liste d'attente centralisée, avec votre date d'inscription initiale.

Nous vous souhaitons bonne chance dans vos démarches.

Julie Desrosiers
Directrice générale
CPE Les Petites Pousses""",
        "company": "", "job_title": "", "contact": "",
        "note": "daycare place refused ('places comblées')",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Dossier social étudiant 2026-2027 : notification de décision",
        "from": "Crous de Lyon – Dossier social étudiant <dse-noreply@crous-lyon.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Inès MOREL,

Votre dossier social étudiant (DSE) n° 26-69-118402 a été examiné.

Décision concernant la bourse d'enseignement supérieur sur critères sociaux : DÉFAVORABLE

Motif : les revenus pris en compte de votre foyer fiscal dépassent le plafond applicable à votre situation (points de charge : 2).

Vous pouvez consulter le détail de la décision et, le cas échéant, former un recours gracieux auprès du directeur général du Crous dans un délai de deux mois à compter de la présente notification, via votre espace étudiant en ligne.

Ce message est envoyé automatiquement, merci de ne pas y répondre.""",
        "company": "", "job_title": "", "contact": "",
        "note": "student grant (bourse) refused",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Votre dossier de location – T1 bis rue Duguesclin",
        "from": "Agence Immo Presqu'île <location@immo-presquile.example>",
        "headers": {},
        "body": """Bonjour Madame Morel,

Nous avons bien étudié votre dossier pour le T1 bis situé 54 rue Duguesclin, Lyon 6e (loyer 640 € CC).

Nous sommes au regret de vous informer que votre dossier n'a pas été accepté par le propriétaire. En effet, vos revenus et ceux de votre garant ne couvrent pas trois fois le montant du loyer exigé.

Nous vous conseillons de vous renseigner sur les dispositifs de garantie locative pour les jeunes de moins de 30 ans, qui pourraient renforcer votre dossier pour une prochaine candidature.

Cordialement,
Romain Chevalier
Agence Immo Presqu'île – Lyon 2e""",
        "company": "", "job_title": "", "contact": "",
        "note": "flat rental file refused (logement)",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "samedi soir ??",
        "from": "Chloé Bertrand <chloe.bertrand@gmail-mail.example>",
        "headers": {},
        "body": """Coucou ma belle !!

Alors samedi on fait quoi ? Léa propose un resto à la Croix-Rousse puis un verre sur les quais. Moi je suis chaude mais pas trop tard, je bosse dimanche matin 😭

Et dis-moi si t'as des nouvelles de ton entretien !!

Bisous
Chloé""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend planning Saturday night",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Noël à Annecy",
        "from": "Maman <sylvie.morel@orange-mail.example>",
        "headers": {},
        "body": """Coucou ma chérie,

Papa et moi avons réservé le gîte près d'Annecy du 24 au 27 décembre, comme l'an dernier. Ta sœur vient avec Maxime. Tu pourras prendre le train le 23 au soir ou le 24 au matin ? On viendra te chercher à la gare.

Pense à me dire si tu veux qu'on t'achète quelque chose pour ton nouvel appart ou plutôt des cartes cadeaux.

Gros bisous, on t'aime
Maman""",
        "company": "", "job_title": "", "contact": "",
        "note": "mother about Christmas",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "📬 La Lettre du Com' #142 – L'art du mail de refus",
        "from": "La Lettre du Com' <hello@lalettreducom.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://lalettreducom.example/desinscription>",
        },
        "body": """Bonjour Inès,

Cette semaine, on parle d'un exercice que toutes les marques ratent un jour : le mail de refus. Candidature non retenue, commande annulée, demande de remboursement refusée… comment dire non sans perdre la confiance de la personne en face ?

Au sommaire :
1. « Malheureusement » : faut-il bannir ce mot ? Notre analyse de 200 mails de refus envoyés par des marques françaises.
2. Le cas d'une enseigne de prêt-à-porter qui a transformé ses mails de refus de candidature en mini-programme de conseils — et gagné 30 000 abonnés sur les réseaux.
3. Boîte à outils : 5 formulations pour annoncer une mauvaise nouvelle avec clarté et empathie.

Lire la lettre en entier : https://lalettreducom.example/142

À mardi prochain,
Claire, pour La Lettre du Com'

Vous recevez cette lettre car vous êtes inscrite sur lalettreducom.example. Se désinscrire : https://lalettreducom.example/desinscription""",
        "company": "", "job_title": "", "contact": "",
        "note": "newsletter article about refusal emails",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Ton colis est arrivé au point relais 📦",
        "from": "Fripbox <notifications@fripbox.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonne nouvelle Inès !

Ton colis (commande n° FX-2219034 – « Veste en velours côtelé camel, taille 38 ») est disponible au point relais :

Tabac-Presse Le Gerland
128 avenue Jean Jaurès, 69007 Lyon

Code de retrait : 448 215
Tu as 8 jours pour le récupérer, sinon il sera renvoyé au vendeur.

N'oublie pas de confirmer la bonne réception dans l'appli pour que le vendeur soit payé.

L'équipe Fripbox""",
        "company": "", "job_title": "", "contact": "",
        "note": "second-hand marketplace parcel notice",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Inscription en 1re maternelle – réponse",
        "from": "École communale Les Tilleuls – Direction <direction@ecole-lestilleuls.example>",
        "headers": {},
        "body": """Madame Delvaux,

Nous accusons réception de votre demande d'inscription pour votre fils Noah Delvaux en 1re maternelle pour la rentrée de janvier 2027.

Nous sommes au regret de vous informer que nous ne pouvons accepter cette inscription, toutes nos places en 1re maternelle étant occupées. Votre enfant a été inscrit sur notre liste d'attente (position 6). Nous vous contacterons dès qu'une place se libère.

Nous vous invitons à prendre contact avec les autres écoles de la commune. La liste est disponible auprès du service de l'Instruction publique, 02/000.45.10.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

M. Frédéric Dubois
Directeur""",
        "company": "", "job_title": "", "contact": "",
        "note": "school enrolment (inscription) refused",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Votre contribution – Revue bruxelloise de droit administratif",
        "from": "Comité de rédaction RBDA <redaction@rbda-revue.example>",
        "headers": {},
        "body": """Madame,

Le comité de rédaction a examiné, lors de sa séance du 20 novembre 2026, votre contribution intitulée « Le droit d'être entendu avant le retrait d'un permis d'environnement : état des lieux de la jurisprudence ».

Sur la base des deux rapports de lecture anonymes, que vous trouverez en annexe, le comité a décidé de ne pas retenir votre contribution pour publication dans la Revue. Les rapporteurs relèvent l'intérêt du sujet mais estiment que l'analyse reste trop descriptive et ne tient pas compte de la jurisprudence constitutionnelle la plus récente.

Le comité ne serait pas opposé à examiner une version substantiellement remaniée, sous la forme d'une note d'observations plus courte.

Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.

Pour le comité de rédaction,
Prof. Anne-Sophie Mertens
Secrétaire de rédaction""",
        "company": "", "job_title": "", "contact": "",
        "note": "law journal declines an article",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Convocation – Assemblée générale ordinaire – Résidence Flagey",
        "from": "Syndic Dewinter & Fils <syndic@dewinter-syndic.example>",
        "headers": {},
        "body": """Madame, Monsieur,

Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire de l'association des copropriétaires de la Résidence Flagey, qui se tiendra le jeudi 11 décembre 2026 à 19h00, à la salle paroissiale, rue du Presbytère 4, Ixelles.

Ordre du jour :
1. Approbation des comptes 2025-2026 et décharge au syndic et au commissaire aux comptes
2. Budget prévisionnel 2027
3. Remplacement de l'ascenseur : présentation de trois devis et vote (majorité des 2/3)
4. Fonds de réserve : fixation de l'appel de fonds
5. Divers

Si vous ne pouvez être présent(e), vous pouvez vous faire représenter au moyen de la procuration jointe.

Avec nos salutations distinguées,
Syndic Dewinter & Fils srl
Chaussée de Boondael 12, 1050 Ixelles""",
        "company": "", "job_title": "", "contact": "",
        "note": "co-ownership general meeting notice",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Vendredi ?",
        "from": "Élodie Vandenberghe <elodie.vdb@skynet-mail.example>",
        "headers": {},
        "body": """Salut Aurélie,

On se fait un verre vendredi après le boulot ? Je pensais à un café place du Châtelain, je peux être là vers 18h30.

Et si tu es chaude, on pourrait enchaîner avec un petit resto dans le quartier, il y a un nouveau libanais qui a l'air top.

Dis-moi, à tantôt !
Élo""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend proposing drinks",
    },
    {
        "label": "ham", "language": "fr",
        "subject": "Demande de carte de dérogation riverain – Décision",
        "from": "Régie communale du Stationnement <riverains@stationnement-ixl.example>",
        "headers": {},
        "body": """Madame,

Votre demande de carte de dérogation « riverain » pour le véhicule immatriculé 1-KLM-482 a été examinée.

Nous ne pouvons malheureusement pas y réserver une suite favorable : votre changement d'adresse n'est pas encore acté au registre de la population et le certificat d'immatriculation du véhicule n'était pas joint à votre demande.

Vous pouvez introduire une nouvelle demande dès que votre changement d'adresse aura été enregistré par le service Population, en joignant le certificat d'immatriculation.

Veuillez agréer, Madame, nos salutations distinguées.

Régie communale du Stationnement
Guichet riverains – lun. à ven. 8h30–12h30""",
        "company": "", "job_title": "", "contact": "",
        "note": "residents' parking permit refused",
    },
]


FIELD_ORDER = ["label", "language", "subject", "from", "headers", "body",
               "company", "job_title", "contact", "note"]
PREFIX = {"de": "h9d", "fr": "h9f"}
EXPECTED = {
    ("de", "rejection"): 26, ("de", "job_other"): 32, ("de", "ham"): 17,
    ("fr", "rejection"): 26, ("fr", "job_other"): 32, ("fr", "ham"): 17,
}


def main():
    counts = Counter((r["language"], r["label"]) for r in ROWS)
    assert dict(counts) == EXPECTED, dict(counts)
    for r in ROWS:
        assert set(r) == set(FIELD_ORDER), r.get("subject")
        if r["label"] == "rejection":
            assert r["company"], r["subject"]

    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    numbers = Counter()
    with open(OUT_FILE, "w", encoding="utf-8") as fh:
        for r in rows:
            lang = r["language"]
            numbers[lang] += 1
            rec = {"id": "%s-%03d" % (PREFIX[lang], numbers[lang]), "source": SOURCE}
            for key in FIELD_ORDER:
                rec[key] = r[key]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT_FILE))
    for key in sorted(EXPECTED):
        print("  %s %-10s %d" % (key[0], key[1], counts[key]))


if __name__ == "__main__":
    main()
