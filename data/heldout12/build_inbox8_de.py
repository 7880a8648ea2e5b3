#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builder for inbox8_de: 150 hand-written German job-search mails.

Written by hand and blind by the Debrief team, December 2026.
Every message below is written out literally; the script only shuffles
(random.Random(82)), numbers the rows (i8d-001 ...) and writes JSONL.
All names are invented, all domains use .example.
"""
import json
import random
from pathlib import Path

SOURCE = "debrief-inbox8 (written by the team, 2026-12)"
PREFIX = "i8d"
SEED = 82
OUT = Path(__file__).resolve().parent / "inbox8_de.jsonl"

M = []

# ---------------------------------------------------------------------------
# Persona 1: Dennis Krämer, Stuttgart, Mechatroniker -> Automotive-Software
# (Konzerne, Zulieferer, Personaldienstleister; Sie-Form)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung: Testingenieur HIL (m/w/d) – Req-ID R-048213",
        "from": "Vantera Automotive Recruiting <vantera@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@myworkday-mail.example"},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihre Bewerbung als Testingenieur HIL (m/w/d) am Standort Weissach-Flacht und das damit verbundene Interesse an der Vantera Automotive AG.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir uns für andere Kandidaten entschieden haben, deren Profil den Anforderungen der Position noch besser entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir möchten Sie ausdrücklich ermutigen, sich auch zukünftig auf passende Stellen in unserem Karriereportal zu bewerben.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Vantera Automotive AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
Vantera Automotive AG · Sitz: Stuttgart · Registergericht: Amtsgericht Stuttgart HRB 700111
Vorsitzender des Aufsichtsrats: Dr. Wolfram Egger""",
        "company": "Vantera Automotive",
        "job_title": "Testingenieur HIL (m/w/d)",
        "contact": "",
        "note": "Konzern-ATS, klassische Absage mit Standardfloskeln",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Vorstellung bei Hegel Antriebstechnik",
        "from": "Sandra Wöhrle <s.woehrle@neckarwerk-personal.example>",
        "headers": {"In-Reply-To": "<b7e1a0f2-9d3c@mailbox.example>", "References": "<b7e1a0f2-9d3c@mailbox.example>"},
        "body": """Hallo Herr Krämer,

kurze Rückmeldung zu Hegel: Der Kunde hat sich jetzt doch für einen internen Kollegen aus der Instandhaltung entschieden, den er auf die Stelle als Prüffeldtechniker umschult. Damit ist die Vakanz für uns und für Sie erledigt – ich stelle Sie dort nicht weiter vor.

Ihr Profil bleibt bei uns aktiv. Sobald ich wieder etwas im Bereich Steuergerätetest oder Inbetriebnahme habe, rufe ich Sie an.

Beste Grüße
Sandra Wöhrle
Personalberaterin Technik

Neckarwerk Personalservice GmbH
Königstraße 88 · 70173 Stuttgart
Tel. 0711 555 40 21

-----Ursprüngliche Nachricht-----
Von: Dennis Krämer <d.kraemer@mailbox.example>
Gesendet: Montag, 9. November 2026 18:42
An: Sandra Wöhrle <s.woehrle@neckarwerk-personal.example>
Betreff: Vorstellung bei Hegel Antriebstechnik

Hallo Frau Wöhrle,

gibt es von Hegel schon was Neues? Das Gespräch mit Herrn Bauknecht fand ich eigentlich gut.

Gruß
Dennis Krämer""",
        "company": "Hegel Antriebstechnik",
        "job_title": "Prüffeldtechniker",
        "contact": "Sandra Wöhrle",
        "note": "Personaldienstleister, Antwort im Thread, Kunde nimmt internes Profil",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Statusänderung Ihrer Bewerbung",
        "from": "Brenz Fahrzeugelektronik <noreply@smartrecruiters-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://smartrecruiters-mail.example/unsub?c=bfe>"},
        "body": """Guten Tag Dennis Krämer,

der Status Ihrer Bewerbung hat sich geändert.

Position: Embedded Softwareentwickler C/C++ – Quereinstieg (m/w/d)
Referenz: BFE-2026-0381
Standort: Reutlingen
Neuer Status: Abgeschlossen – keine Weiterführung

Eine erneute Prüfung kann über das Portal nicht angestoßen werden. Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss gelöscht, sofern Sie nicht der Aufnahme in unseren Talentpool zugestimmt haben.

Ihr Bewerberkonto: https://jobs.brenz-fe.example/konto

Brenz Fahrzeugelektronik GmbH
Diese Nachricht wurde automatisch versendet.""",
        "company": "Brenz Fahrzeugelektronik",
        "job_title": "Embedded Softwareentwickler C/C++ – Quereinstieg (m/w/d)",
        "contact": "",
        "note": "ATS-Statusmeldung 'abgeschlossen', ohne typische Absagewörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Integrationstechniker Steuergeräte",
        "from": "Personalabteilung Kessler Zulieferteile <personal@kessler-zt.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

Sie hatten sich im September bei uns als Integrationstechniker Steuergeräte (m/w/d) beworben, und wir hatten Ihnen signalisiert, dass wir Sie gern kennenlernen würden.

Inzwischen hat sich die Lage bei uns deutlich verändert: Einer unserer größten Kunden hat die Abrufmengen für 2027 stark reduziert. Die Geschäftsführung hat deshalb mit sofortiger Wirkung einen Einstellungsstopp beschlossen, der auch diese Position betrifft. Wann die Stelle wieder ausgeschrieben wird, ist derzeit nicht absehbar.

Wir beenden das Bewerbungsverfahren daher an dieser Stelle und werden das geplante Gespräch nicht mehr terminieren. Ihre Unterlagen löschen wir fristgerecht.

Es tut uns wirklich leid, dass wir Ihnen keine bessere Nachricht schicken können. Falls die Stelle neu ausgeschrieben wird, würden wir uns über eine erneute Bewerbung freuen.

Freundliche Grüße

Petra Haas
Personalreferentin
Kessler Zulieferteile GmbH & Co. KG
Industriestraße 14, 73760 Ostfildern""",
        "company": "Kessler Zulieferteile",
        "job_title": "Integrationstechniker Steuergeräte (m/w/d)",
        "contact": "Petra Haas",
        "note": "Zulieferer, Einstellungsstopp, Verfahren beendet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Rückmeldung zu unserem Gespräch am 14.10.",
        "from": "Markus Fezer <markus.fezer@arvelo-engineering.example>",
        "headers": {},
        "body": """Hallo Herr Krämer,

nochmal danke für Ihren Besuch bei uns in Leinfelden und das offene Gespräch mit Frau Ott und mir. Wie versprochen melde ich mich mit einer Rückmeldung – und die fällt leider nicht so aus, wie Sie es sich gewünscht hätten.

Wir haben uns für die Stelle als Junior Softwaretester Fahrerassistenz für einen Bewerber entschieden, der bereits zwei Jahre mit CANoe und Python-Testskripten gearbeitet hat. Bei Ihnen hat uns Ihr Verständnis für die Hardware und die Fahrzeugelektrik wirklich überzeugt, das bringt kaum jemand aus dem reinen Softwarebereich mit. Was gefehlt hat, war die Praxis beim Schreiben automatisierter Tests; in der Aufgabe mit dem Testfall für den Spurhalteassistenten waren die Grundideen da, aber die Umsetzung in Python hat noch gehakt.

Mein ehrlicher Tipp: Machen Sie das ISTQB Foundation Level und bauen Sie ein, zwei kleine Projekte mit python-can, die Sie auf GitHub zeigen können. Dann sind Sie für solche Stellen ein sehr interessanter Kandidat.

Alles Gute und viele Grüße
Markus Fezer
Teamleiter Validierung ADAS
Arvelo Engineering GmbH
Max-Lang-Str. 40 · 70771 Leinfelden-Echterdingen""",
        "company": "Arvelo Engineering",
        "job_title": "Junior Softwaretester Fahrerassistenz",
        "contact": "Markus Fezer",
        "note": "Absage nach Vorstellungsgespräch mit konkretem Feedback",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Nachfrage Bewerbung Applikationsingenieur Antriebsstrang (Kennziffer 2026-117)",
        "from": "Jessica Maier <jessica.maier@volkmann-mobility.example>",
        "headers": {"In-Reply-To": "<20261103075812.4411@mailbox.example>"},
        "body": """Hallo Herr Krämer,

danke für Ihre Nachfrage und entschuldigen Sie, dass Sie so lange nichts von uns gehört haben.

Die Stelle haben wir inzwischen mit einer Kollegin aus unserem Prüfstandsteam besetzt, die intern gewechselt ist. Das Verfahren ist damit beendet, auch für Sie.

Ich habe gesehen, dass Sie sich im Portal für den Job-Newsletter angemeldet haben – dort erscheinen neue Ausschreibungen zuerst.

Viele Grüße
Jessica Maier
HR Business Partner
Volkmann Mobility Systems GmbH

Von: Dennis Krämer <d.kraemer@mailbox.example>
Gesendet: Dienstag, 3. November 2026 07:58
An: bewerbung@volkmann-mobility.example
Betreff: Nachfrage Bewerbung Applikationsingenieur Antriebsstrang (Kennziffer 2026-117)

Sehr geehrte Damen und Herren,

am 22. August habe ich mich auf die oben genannte Stelle beworben und eine Eingangsbestätigung erhalten. Seitdem habe ich nichts mehr gehört. Können Sie mir sagen, wie der aktuelle Stand ist?

Mit freundlichen Grüßen
Dennis Krämer""",
        "company": "Volkmann Mobility Systems",
        "job_title": "Applikationsingenieur Antriebsstrang",
        "contact": "Jessica Maier",
        "note": "Antwort auf Nachfrage: Stelle intern besetzt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihr Arbeitsvertrag zum 01.01.2027",
        "from": "Dr. Harald Sommer <harald.sommer@fildertec.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

ich muss Ihnen heute eine Nachricht überbringen, die mir persönlich sehr schwerfällt.

Am 12. Oktober haben wir Ihnen ein Vertragsangebot als Validierungstechniker E/E mit Eintrittsdatum 1. Januar 2027 übersandt. Seitdem hat unser Hauptkunde zwei Fahrzeugprojekte, für die wir das Team aufbauen wollten, auf unbestimmte Zeit verschoben. Für den Standort Filderstadt wurde für das erste Quartal Kurzarbeit beantragt.

In dieser Situation können wir keine neuen Mitarbeitenden einstellen. Wir ziehen unser Angebot deshalb zurück. Da Sie den Vertrag noch nicht unterschrieben zurückgesandt hatten, ist kein Arbeitsverhältnis entstanden; die Vertragsunterlagen können Sie vernichten.

Wir bedauern das außerordentlich, zumal Sie uns im Gespräch fachlich und menschlich überzeugt haben. Sollte sich die Lage im Laufe des Jahres bessern, werde ich mich aktiv bei Ihnen melden – wenn Sie dann noch Interesse haben.

Für Fragen erreichen Sie mich jederzeit telefonisch unter 0711 555 73 10.

Mit freundlichen Grüßen
Dr. Harald Sommer
Leiter Entwicklung Elektronik
FilderTec GmbH""",
        "company": "FilderTec",
        "job_title": "Validierungstechniker E/E",
        "contact": "Dr. Harald Sommer",
        "note": "Vertragsangebot zurückgezogen wegen Kurzarbeit, Betreff neutral",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Informationen zu Ihrer Bewerbung bei Rotenberg Automotive",
        "from": "Karriere | Rotenberg Automotive <karriere@rotenberg-automotive.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Krämer,

herzlichen Dank für Ihr Interesse an Rotenberg Automotive. Als einer der führenden Zulieferer für Lenksysteme und Fahrwerkselektronik beschäftigen wir weltweit über 18.000 Menschen an 34 Standorten, und jede Bewerbung ist für uns ein wichtiger Kontakt.

Hinweise zum Datenschutz
Ihre personenbezogenen Daten verarbeiten wir ausschließlich zum Zweck der Durchführung des Bewerbungsverfahrens (Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG). Empfänger Ihrer Daten sind die am Auswahlverfahren beteiligten Personen der Personalabteilung, der Fachbereiche sowie ggf. des Betriebsrats und der Schwerbehindertenvertretung. Eine Übermittlung in Drittstaaten findet nicht statt. Sie haben jederzeit das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht bei der zuständigen Aufsichtsbehörde.

Unser Talentpool
Mit Ihrer Einwilligung speichern wir Ihr Profil bis zu 24 Monate in unserem Talentpool. So können wir Sie aktiv ansprechen, wenn eine passende Position frei wird. Ihre Einwilligung können Sie jederzeit über Ihr Kandidatenkonto widerrufen. Derzeit haben Sie dieser Speicherung nicht zugestimmt.

Zu Ihrer Bewerbung als Softwareintegrator Lenksysteme (m/w/d), Job-ID 26-3317:
Nach eingehender Prüfung Ihrer Unterlagen können wir Ihnen für diese Position kein Angebot machen. Ihre Bewerbung wird im Rahmen dieses Verfahrens nicht weiter bearbeitet.

Wir freuen uns, wenn Sie unser Stellenportal weiterhin im Blick behalten.

Mit freundlichen Grüßen
Recruiting Center Deutschland
Rotenberg Automotive GmbH

Diese E-Mail wurde automatisch generiert. Antworten an diese Adresse werden nicht gelesen.""",
        "company": "Rotenberg Automotive",
        "job_title": "Softwareintegrator Lenksysteme (m/w/d)",
        "contact": "",
        "note": "Entscheidung versteckt nach langem Datenschutz-/Talentpool-Text",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Absage – Ihre Bewerbung als Validierungsingenieur HV-Batterie (m/w/d)",
        "from": "Bewerbermanagement Hoyer Fahrzeugtechnik <bewerbung@hoyer-ft.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

im Anhang erhalten Sie unser Schreiben zu Ihrer Bewerbung vom 28.09.2026.

Mit freundlichen Grüßen
i. A. Melanie Grob
Personalwesen

Hoyer Fahrzeugtechnik GmbH · Am Wasserturm 3 · 71229 Leonberg
Geschäftsführer: Rüdiger Hoyer, Anja Hoyer-Stolz

[Anlage: Schreiben_Kraemer_Dennis.pdf]""",
        "company": "Hoyer Fahrzeugtechnik",
        "job_title": "Validierungsingenieur HV-Batterie (m/w/d)",
        "contact": "Melanie Grob",
        "note": "Entscheidung nur im Betreff, Text verweist auf PDF",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Update Projekt OEM Sindelfingen",
        "from": "Tim Scholz | ProTec Personal <tim.scholz@protec-personal.example>",
        "headers": {},
        "body": """Servus Herr Krämer,

leider habe ich keine guten Neuigkeiten: Unser Kunde (der OEM in Sindelfingen, über den wir telefoniert hatten) hat das Testprojekt für die neue E/E-Architektur komplett gestoppt. Die Einsätze, die wir dafür besetzen sollten, fallen alle weg – auch die Stelle als HIL-Techniker, für die ich Sie vorgeschlagen hatte.

Ich schließe Ihr Profil für dieses Projekt deshalb ab. Das hat nichts mit Ihnen zu tun, wir hatten sieben Leute im Rennen und alle sind raus.

Wenn Sie möchten, halte ich Sie für andere Einsätze im Raum Stuttgart im Blick. Geben Sie mir einfach kurz Bescheid.

Beste Grüße
Tim Scholz
Senior Recruiter Engineering
ProTec Personal GmbH | Niederlassung Stuttgart
Tel. 0711 555 19 60 | mobil 0170 5550192""",
        "company": "ProTec Personal",
        "job_title": "HIL-Techniker",
        "contact": "Tim Scholz",
        "note": "Personaldienstleister, Projekt gestoppt, Kunde ungenannt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung – Junior AUTOSAR Entwickler",
        "from": "Daxwerk Recruiting <recruiting@daxwerk.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihr Interesse. Wir haben entschieden, Ihre Bewerbung nicht weiterzuverfolgen.

Freundliche Grüße
Daxwerk Recruiting""",
        "company": "Daxwerk",
        "job_title": "Junior AUTOSAR Entwickler",
        "contact": "",
        "note": "Zweizeiler ohne Begründung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Vielen Dank für Ihre Bewerbung – Softwaretester Infotainment (m/w/d)",
        "from": "Vantera Automotive Recruiting <vantera@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihre Bewerbung als Softwaretester Infotainment (m/w/d), Req-ID R-049977. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wie geht es weiter?
Unser Recruiting-Team prüft Ihre Bewerbung gemeinsam mit dem Fachbereich. Bitte haben Sie Verständnis, dass dies bis zu vier Wochen dauern kann. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://vantera.myworkday-mail.example/candidate/home

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Vantera Automotive AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eingangsbestätigung ATS",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Verschiebung unseres Gesprächs am Donnerstag",
        "from": "Claudia Rieger <claudia.rieger@arvelo-engineering.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

leider müssen wir den Termin am Donnerstag, 8. Oktober, um 10:00 Uhr absagen – Herr Fezer ist kurzfristig beim Kunden in Ingolstadt eingespannt.

Wir möchten das Gespräch aber unbedingt nachholen. Würde Ihnen einer dieser Termine passen?

– Mittwoch, 14.10., 09:00 Uhr
– Donnerstag, 15.10., 13:30 Uhr

Der Ort bleibt gleich (Empfang Gebäude B, Max-Lang-Str. 40). Bitte geben Sie mir kurz Bescheid, welcher Termin Ihnen lieber ist.

Viele Grüße
Claudia Rieger
Assistenz Validierung ADAS
Arvelo Engineering GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Interviewtermin abgesagt und neu vorgeschlagen, kein Ende des Prozesses",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihre Bewerbung ist unvollständig – bitte Unterlagen nachreichen",
        "from": "Bewerbermanagement Lindholm Electronics <jobs@lindholm-electronics.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Guten Tag Herr Krämer,

danke für Ihre Bewerbung als Techniker Steuergeräte-Software (m/w/d).

Leider fehlen in Ihren Unterlagen noch folgende Dokumente:
• Abschlusszeugnis der Weiterbildung zum staatlich geprüften Techniker
• Ihr letztes Arbeitszeugnis

Ohne diese Dokumente können wir Ihre Bewerbung nicht an die Fachabteilung weitergeben. Bitte laden Sie die fehlenden Dateien bis zum 20.11.2026 in Ihrem Bewerberkonto hoch:
https://karriere.lindholm-electronics.example/login

Bei Fragen erreichen Sie uns unter jobs@lindholm-electronics.example.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Lindholm Electronics GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Fehlende Unterlagen, 'leider' aber keine Absage",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Jobagent „Embedded Software Test“ – heute keine neuen Treffer",
        "from": "StepStone Jobagent <jobagent@stepstone-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://stepstone-mail.example/jobagent/abmelden?id=88123>", "Auto-Submitted": "auto-generated"},
        "body": """Hallo Dennis Krämer,

für Ihre Suche „Embedded Software Test“ im Umkreis von 30 km um 70469 Stuttgart gibt es heute leider keine neuen passenden Stellenangebote.

Tipp: Erweitern Sie den Umkreis auf 50 km oder ergänzen Sie Suchbegriffe wie „Validierung“ oder „HIL“, um mehr Treffer zu erhalten.

Vielleicht auch interessant für Sie:
› Prüfstandstechniker Elektromobilität (m/w/d) – Weissach
› Servicetechniker Fahrzeugdiagnose (m/w/d) – Esslingen
› Technischer Redakteur Fahrzeugelektronik (m/w/d) – Böblingen

Jobagent bearbeiten: https://stepstone-mail.example/jobagent/88123
Jobagent abbestellen: https://stepstone-mail.example/jobagent/abmelden?id=88123

Sie erhalten diese E-Mail, weil Sie einen Jobagenten eingerichtet haben.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Job-Alert ohne neue Treffer",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Quereinstieg in die Fahrzeugsoftware – passt das zu Ihnen?",
        "from": "Aylin Demir <a.demir@schwabentalent.example>",
        "headers": {},
        "body": """Guten Tag Herr Krämer,

ich bin auf XING auf Ihr Profil gestoßen und finde Ihre Kombination aus Mechatroniker-Ausbildung, Technikerabschluss und den C-Kursen spannend.

Für einen Tier-1-Zulieferer in Esslingen suchen wir aktuell einen Integrations- und Testtechniker (m/w/d) für Bremssteuergeräte. Die Stelle ist bewusst für Quereinsteiger aus der Hardware geöffnet; Schulungen zu CANoe und AUTOSAR-Grundlagen übernimmt der Kunde.

Eckdaten:
– Festanstellung direkt beim Kunden (keine Arbeitnehmerüberlassung)
– IG-Metall-Tarif, 35-Stunden-Woche
– 2 Tage mobiles Arbeiten möglich

Hätten Sie Lust auf ein kurzes Telefonat diese oder nächste Woche? Sie erreichen mich unter 0711 555 88 02.

Beste Grüße
Aylin Demir
Schwabentalent Personalberatung GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Ansprache durch Personalberatung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Gespräch bei Lindholm – nächste Schritte",
        "from": "Benjamin Kolb <benjamin.kolb@lindholm-electronics.example>",
        "headers": {},
        "body": """Hallo Herr Krämer,

vielen Dank für das angenehme Erstgespräch am Montag. Fachlich passen Sie aus unserer Sicht sehr gut zu der Stelle als Techniker Steuergeräte-Software.

Ein Punkt, den ich offen ansprechen möchte: Ihre Gehaltsvorstellung von 64.000 € brutto p. a. können wir in der Einstiegsstufe leider nicht abbilden. Das Band für die Position liegt bei 54.000 bis 58.000 € zuzüglich Erfolgsbeteiligung; nach der Probezeit ist eine Anpassung möglich.

Wenn das für Sie grundsätzlich in Frage kommt, würden wir Sie gern zum Fachgespräch mit dem Team einladen. Vorschlag: Dienstag, 24.11., 14:00 Uhr in Kornwestheim, ca. 90 Minuten inkl. Rundgang durchs Labor.

Geben Sie mir einfach kurz Bescheid.

Viele Grüße
Benjamin Kolb
Personalreferent
Lindholm Electronics GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Gehaltsvorstellung nicht möglich, aber Einladung zur nächsten Runde",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Erinnerung: Ihr Online-Test ist noch nicht abgeschlossen",
        "from": "Mahlberg Group Recruiting <noreply@talentcheck-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Sehr geehrter Herr Krämer,

Sie haben den Online-Test „Logik & technisches Verständnis“ für Ihre Bewerbung bei der Mahlberg Group noch nicht abgeschlossen.

Ihr persönlicher Link ist noch 48 Stunden gültig:
https://talentcheck-mail.example/t/8K2M-77QF

Bitte beachten Sie: Ohne abgeschlossenen Test kann Ihre Bewerbung nicht weiter bearbeitet werden. Planen Sie ca. 40 Minuten ungestörte Zeit ein; eine Unterbrechung ist nicht möglich.

Technische Probleme? support@talentcheck-mail.example

Mit freundlichen Grüßen
Recruiting Mahlberg Group""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Erinnerung an nicht abgeschlossenen Online-Test",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Bestätigung: Rückzug Ihrer Bewerbung",
        "from": "Elmar Fahrzeugtechnik Karriere <noreply@softgarden-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Krämer,

Sie haben Ihre Bewerbung für die Position Servicetechniker Diagnose (m/w/d) über unser Bewerberportal zurückgezogen.

Wir bedauern Ihre Entscheidung, respektieren sie aber selbstverständlich. Ihre Bewerbungsdaten werden gemäß unseren Datenschutzbestimmungen innerhalb von 30 Tagen gelöscht.

Wenn Sie sich in Zukunft erneut für eine Stelle bei uns interessieren, freuen wir uns über Ihre Bewerbung.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Elmar Fahrzeugtechnik GmbH & Co. KG""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eigene Rücknahme bestätigt, mit 'bedauern'",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung zum Vorstellungsgespräch – Testingenieur Steuergeräte (m/w/d)",
        "from": "Andrea Pfister <andrea.pfister@mahlberg-group.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihre Bewerbung und den abgeschlossenen Online-Test. Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Datum: Freitag, 4. Dezember 2026
Uhrzeit: 10:00 – ca. 11:30 Uhr
Ort: Mahlberg Group, Werk Feuerbach, Gebäude 12, 3. OG, Raum 3.07
Gesprächspartner: Herr Jörg Weible (Teamleiter Test), Frau Andrea Pfister (HR)

Bitte melden Sie sich mit Ihrem Personalausweis an der Pforte (Tor 2). Parkplätze für Besucher finden Sie direkt am Tor.

Wir erstatten Ihnen die Fahrtkosten mit öffentlichen Verkehrsmitteln gegen Beleg.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Andrea Pfister
HR Recruiting
Mahlberg Group""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Einladung zum Vorstellungsgespräch vor Ort",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "AW: Stand des Verfahrens",
        "from": "Benjamin Kolb <benjamin.kolb@lindholm-electronics.example>",
        "headers": {"In-Reply-To": "<CAF3k9xQ-201611@mailbox.example>"},
        "body": """Hallo Herr Krämer,

danke für Ihre Geduld. Wir haben noch keine Entscheidung getroffen – es stehen noch zwei Fachgespräche aus, die sich wegen Urlaub verschoben haben. Sie sind weiterhin im Verfahren.

Spätestens in KW 50 melde ich mich mit einer Rückmeldung bei Ihnen.

Viele Grüße
Benjamin Kolb

-----Ursprüngliche Nachricht-----
Von: Dennis Krämer <d.kraemer@mailbox.example>
Gesendet: Montag, 30. November 2026 08:14
An: Kolb, Benjamin <benjamin.kolb@lindholm-electronics.example>
Betreff: Stand des Verfahrens

Hallo Herr Kolb,

nach dem Fachgespräch am 24.11. wollte ich kurz nachfragen, ob es schon eine Entscheidung gibt. Ich habe parallel noch ein anderes Gespräch und würde gern planen können.

Viele Grüße
Dennis Krämer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Noch keine Entscheidung, Antwort auf Nachfrage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Anfrage: 3-Zimmer-Wohnung, Stuttgart-Feuerbach",
        "from": "Hausverwaltung Schenk & Partner <vermietung@hv-schenk.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Stuttgarter Straße und für Ihre Teilnahme an der Besichtigung am vergangenen Samstag.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Wir haben sehr viele Anfragen erhalten und konnten nur eine Partei berücksichtigen.

Ihre Selbstauskunft und die Gehaltsnachweise werden wir umgehend datenschutzkonform vernichten.

Gern informieren wir Sie über weitere Objekte, wenn Sie uns dies kurz bestätigen.

Mit freundlichen Grüßen
Ines Kübler
Hausverwaltung Schenk & Partner""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Wohnungsabsage der Hausverwaltung",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Training Donnerstag fällt aus + Weihnachtsfeier",
        "from": "SpVgg Hallschlag 09 – AH <ah@spvgg-hallschlag.example>",
        "headers": {"Precedence": "list", "List-Id": "<ah.spvgg-hallschlag.example>"},
        "body": """Hallo Jungs,

das Training am Donnerstag fällt aus, der Kunstrasen wird gesperrt (Flutlicht kaputt, Stadt kümmert sich angeblich nächste Woche).

Weihnachtsfeier: Samstag, 12.12., ab 19 Uhr im Vereinsheim. Bitte bis Sonntag bei Jürgen zu- oder absagen, damit er beim Metzger bestellen kann. Wichtel-Limit 10 Euro.

Und: Wer noch Trikots vom Turnier in Zazenhausen hat, bitte mitbringen.

Sportliche Grüße
Holger
(Abteilungsleiter AH)""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Vereinsmail Fußball",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Finanzierungsanfrage vom 02.11.2026",
        "from": "Filderbank eG – Privatkunden <privatkunden@filderbank.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Krämer,

vielen Dank für Ihre Anfrage zu einem Ratenkredit über 18.000 € für die Anschaffung eines Pkw.

Auf Grundlage der eingereichten Unterlagen und unserer internen Bonitätsprüfung können wir Ihrem Antrag derzeit leider nicht entsprechen. Wir bitten um Verständnis, dass wir Ihnen die einzelnen Kriterien unserer Entscheidung nicht im Detail darlegen können.

Gern prüfen wir zu einem späteren Zeitpunkt eine erneute Anfrage, z. B. mit einem geringeren Kreditbetrag oder einer zweiten Kreditnehmerin / einem zweiten Kreditnehmer. Ihr Berater Herr Aichele steht Ihnen für ein Gespräch zur Verfügung.

Mit freundlichen Grüßen
Filderbank eG""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Kreditablehnung der Bank",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "na super...",
        "from": "Kevin Brodbeck <kevin.b@webpost.example>",
        "headers": {},
        "body": """Hey Dennis,

hab heut die Absage von dem Laden in Weissach gekriegt. Nach DREI Runden! Angeblich wollten sie am Ende doch jemand mit mehr Hochvolt-Erfahrung. Hätten sie mir auch nach der ersten sagen können.

Egal, bewerb mich halt weiter. Wie läuft's bei dir mit dem Fezer-Laden?

Bier am Freitag im Brauhaus? Ich brauch eins.

Kev""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Freund erzählt von eigener Absage",
    },
]

# ---------------------------------------------------------------------------
# Persona 2: Mira Schubert, Leipzig, Frontend-Entwicklerin bei Startups
# (du-Form, Personio, Join, Recruitee, kurze Slack-artige Mails)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Deine Bewerbung als Frontend Developer (React) bei Lumora",
        "from": "Lumora Recruiting <lumora@jobs.personio-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Mira,

danke nochmal für deine Bewerbung und die Zeit, die du dir für uns genommen hast.

Wir haben uns alle Profile genau angesehen und uns leider für jemand anderen entschieden, der noch etwas besser auf unsere aktuellen Anforderungen passt.

Das heißt nicht, dass wir dein Profil nicht spannend fanden – wir wachsen weiter und würden uns freuen, wenn du unsere Karriereseite im Auge behältst: lumora.example/jobs

Alles Gute für deine Suche!
Das Lumora-Team

--
Lumora GmbH · Karl-Heine-Straße 99 · 04229 Leipzig
Diese Nachricht wurde über Personio versendet.""",
        "company": "Lumora",
        "job_title": "Frontend Developer (React)",
        "contact": "",
        "note": "Personio-Absage in du-Form",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "kurzes Update",
        "from": "Ben Hartig <ben@kiezkasse.example>",
        "headers": {},
        "body": """Hi Mira!

Ehrlich und direkt, wie versprochen: Wir gehen mit jemandem weiter, der schon 2 Jahre Vue 3 + Nuxt im Produktiveinsatz hatte. Das war am Ende der ausschlaggebende Punkt, weil wir in den nächsten Monaten niemanden richtig einarbeiten können.

Dein Case (die Checkout-Komponente) war richtig gut, vor allem wie du das Error-Handling gelöst hast. Wenn wir nächstes Jahr die zweite Frontend-Stelle aufmachen, melde ich mich direkt bei dir, versprochen.

Danke dir & viel Erfolg!
Ben

—
Ben Hartig · Co-Founder & CTO · Kiezkasse
Von meinem Handy gesendet""",
        "company": "Kiezkasse",
        "job_title": "",
        "contact": "Ben Hartig",
        "note": "Kurze Founder-Mail, Betreff nichtssagend, keine Absagewörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Update zu deiner Bewerbung bei Flinkfeld",
        "from": "JOIN <notifications@join-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://join-mail.example/settings/notifications>"},
        "body": """Hallo Mira,

es gibt ein Update zu deiner Bewerbung.

Flinkfeld · Junior Frontend Engineer (m/w/d) · Leipzig / Remote
Status: Nicht weiter im Prozess

Flinkfeld hat deine Bewerbung in dieser Runde abgeschlossen. Du kannst dich jederzeit auf andere offene Stellen bewerben.

Passende Jobs für dich:
• Frontend Developer Vue.js – Paperbird – Dresden / Remote
• UI Engineer – Tandemly – Berlin

Du erhältst diese E-Mail, weil du dich über JOIN beworben hast.
Benachrichtigungen verwalten: https://join-mail.example/settings/notifications""",
        "company": "Flinkfeld",
        "job_title": "Junior Frontend Engineer (m/w/d)",
        "contact": "",
        "note": "Job-Plattform-Status 'nicht weiter im Prozess'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Feedback zu deiner Coding Challenge",
        "from": "Hannah Vogt via Recruitee <hannah.vogt@quokka-health.recruitee-mail.example>",
        "headers": {"Reply-To": "hannah@quokka-health.example"},
        "body": """Hallo Mira,

vielen Dank, dass du dir die Zeit für unsere Take-Home-Challenge genommen hast. Unser Frontend-Team (Lars und Deniz) hat sich deine Lösung in Ruhe angeschaut, und ich möchte dir ihr Feedback so konkret wie möglich weitergeben:

Was gut war:
– saubere Komponentenstruktur, gut lesbare Benennung
– die Barrierefreiheit des Formulars (Labels, Fokus-Reihenfolge, aria-live für Fehler) war besser als bei allen anderen Einsendungen

Wo es gehakt hat:
– an mehreren Stellen „any“ in TypeScript, v. a. bei der API-Antwort
– keine Tests für die Validierungslogik, obwohl das in der Aufgabe explizit gefragt war
– der State für den Mehrschritt-Flow lag komplett in einer Komponente

Für die Rolle als Frontend Engineer (Patient App) suchen wir jemanden, der in genau diesen Punkten schon sehr sicher ist, deshalb machen wir an dieser Stelle nicht mit dir weiter.

Ich hoffe, das Feedback hilft dir – und falls du Fragen dazu hast, antworte gern auf diese Mail.

Viele Grüße
Hannah
People & Culture · Quokka Health""",
        "company": "Quokka Health",
        "job_title": "Frontend Engineer (Patient App)",
        "contact": "Hannah Vogt",
        "note": "Absage nach Take-Home-Challenge mit ausführlichem Feedback",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Bewerbungsprozess Frontend – wir müssen stoppen",
        "from": "Ole Behrendt <ole@stadtgruen-mobility.example>",
        "headers": {},
        "body": """Hey Mira,

ich schulde dir eine ehrliche Nachricht. Unsere Series A, mit der wir fest gerechnet hatten, ist letzte Woche auf unbestimmte Zeit verschoben worden. Wir haben deshalb im Team entschieden, sämtliche offenen Stellen einzufrieren, bis die Finanzierung steht – also leider auch die Stelle als Frontend Developer (Vue), für die wir schon das zweite Gespräch ausgemacht hatten.

Ich möchte dich nicht monatelang hinhalten, deshalb beenden wir deinen Prozess jetzt offiziell. Den Termin am Mittwoch habe ich aus dem Kalender genommen.

Falls sich bei uns etwas ändert und du dann noch suchst, melde ich mich als Erstes bei dir. Sorry, dass es so gelaufen ist.

Ole
Co-Founder, Stadtgrün Mobility""",
        "company": "Stadtgrün Mobility",
        "job_title": "Frontend Developer (Vue)",
        "contact": "Ole Behrendt",
        "note": "Hiring Freeze nach geplatzter Finanzierung, Prozess beendet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Re: Frage zum Stand – Frontend Developer Vue.js",
        "from": "Paula Kretschmer <paula@paperbird.example>",
        "headers": {"In-Reply-To": "<CAMira-20261116091203@schubert-mail.example>", "References": "<CAMira-20261116091203@schubert-mail.example>"},
        "body": """Hi Mira,

sorry für die späte Antwort, hier war die letzten Wochen Land unter (Release + zwei Leute krank).

Kurz und ehrlich: Die Stelle ist inzwischen besetzt, wir haben vor zehn Tagen unterschrieben. Ich hätte dir das viel früher schreiben müssen – das ist mein Fehler, tut mir echt leid.

Dir trotzdem ganz viel Glück bei der Suche!
Paula

Am Mo., 16. Nov. 2026 um 09:12 Uhr schrieb Mira Schubert <mira@schubert-mail.example>:
> Hallo Paula,
>
> ich wollte mal nachhaken, wie es mit meiner Bewerbung als Frontend Developer Vue.js aussieht. Das letzte Gespräch mit euch war am 21. Oktober, seitdem habe ich nichts mehr gehört.
>
> Viele Grüße
> Mira""",
        "company": "Paperbird",
        "job_title": "Frontend Developer Vue.js",
        "contact": "Paula Kretschmer",
        "note": "Antwort im Thread: Stelle schon besetzt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Dein Angebot bei Tandemly",
        "from": "Tarek Aydin <tarek@tandemly.example>",
        "headers": {},
        "body": """Liebe Mira,

ich rufe dich nachher auch noch an, wollte dir das aber schriftlich vorab schicken, damit du es nicht nur zwischen Tür und Angel hörst.

Wir haben gestern erfahren, dass unser größter Kunde (rund 40 % unseres Umsatzes) zum Jahresende kündigt. Das Board hat heute beschlossen, dass wir bis auf Weiteres niemanden neu einstellen, und ich muss dir deshalb leider mitteilen, dass wir das Angebot für die Rolle als Frontend Engineer, das wir dir am Freitag geschickt haben, zurückziehen.

Mir ist klar, wie blöd das für dich ist, gerade weil du meintest, dass du andere Prozesse schon abgebrochen hast. Wenn wir dir irgendwie helfen können – Empfehlungen, Kontakte zu anderen Startups in Leipzig und Berlin –, sag Bescheid. Ich schreibe dir auch sehr gern eine Referenz.

Es tut mir wirklich leid.
Tarek

Tarek Aydin · CEO · Tandemly GmbH""",
        "company": "Tandemly",
        "job_title": "Frontend Engineer",
        "contact": "Tarek Aydin",
        "note": "Zurückgezogenes Angebot",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Absage: Senior Frontend Engineer (w/m/d) – Ref. FE-2611",
        "from": "Talent Acquisition | Voltano <careers@voltano.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrte Frau Schubert,

vielen Dank für Ihre Bewerbung als Senior Frontend Engineer (w/m/d) bei Voltano.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Für diese Position suchen wir Kandidatinnen und Kandidaten mit mindestens fünf Jahren Erfahrung in der Verantwortung für Frontend-Architekturentscheidungen.

Wir wünschen Ihnen für Ihre weitere Suche viel Erfolg.

Mit freundlichen Grüßen
Talent Acquisition Team
Voltano SE""",
        "company": "Voltano",
        "job_title": "Senior Frontend Engineer (w/m/d)",
        "contact": "",
        "note": "Förmliche Scale-up-Absage in Sie-Form",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Re: Bewerbung Frontend (Teilzeit)",
        "from": "Jule Brandt <jule@hopsa-app.example>",
        "headers": {"In-Reply-To": "<mira-hopsa-0913@schubert-mail.example>"},
        "body": """Hi Mira, wir haben uns gegen eine Zusammenarbeit entschieden – passt gerade einfach nicht mit dem Stundenumfang. Danke dir für die Zeit und alles Gute!

Jule""",
        "company": "Hopsa",
        "job_title": "Frontend (Teilzeit)",
        "contact": "Jule Brandt",
        "note": "Zweizeiler du-Form",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Willkommen in der Meridian Talent Community",
        "from": "Meridian Careers <talent@meridian-software.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@meridian-software.example>"},
        "body": """Hallo Mira,

schön, dass du Teil der Meridian Talent Community bist! 🎉

Was dich hier erwartet:
• einmal im Monat unser Engineering-Newsletter mit Einblicken in unsere Teams
• Einladungen zu unseren Meetups „Frontend Friday“ in Leipzig und Dresden
• neue Stellen, bevor sie öffentlich ausgeschrieben werden

Über uns: Meridian entwickelt Software für die Energiewende. Über 140 Menschen aus 23 Ländern arbeiten bei uns remote-first an Plattformen, mit denen Stadtwerke und Netzbetreiber ihre Anlagen steuern.

Zu deiner Bewerbung als Frontend Developer (Design System): Für diese Rolle haben wir uns anders entschieden und schließen deine Bewerbung hiermit. Dein Profil bleibt aber – wenn du magst – in unserer Community, und wir melden uns, sobald eine passende Stelle frei wird.

Deine Daten kannst du jederzeit in deinem Profil einsehen oder löschen: https://careers.meridian-software.example/profil

Bis bald,
dein Meridian People Team

Meridian Software GmbH · Prager Straße 12 · 04103 Leipzig
Du möchtest keine Mails mehr? Hier abmelden.""",
        "company": "Meridian Software",
        "job_title": "Frontend Developer (Design System)",
        "contact": "",
        "note": "Absage versteckt in Talent-Community-Willkommensmail",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Deine Bewerbung bei Nordlicht Labs",
        "from": "Nordlicht Labs <jobs@nordlichtlabs.example>",
        "headers": {},
        "body": """Hallo Mira,

danke, dass du dich bei uns als Frontend Developer (Angular) beworben hast. Nach dem ersten Screening müssen wir dir leider sagen, dass wir dich nicht zum Interview einladen. Der Hauptgrund: Wir arbeiten fast ausschließlich mit Angular und RxJS, und da haben wir in deinem Profil zu wenig Praxis gesehen.

Wir wünschen dir viel Erfolg!
Nordlicht Labs Hiring Team

--
Nordlicht Labs GmbH | Leipzig · Hamburg
This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it.""",
        "company": "Nordlicht Labs",
        "job_title": "Frontend Developer (Angular)",
        "contact": "",
        "note": "Absage nach Screening, englischer Disclaimer",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Danke für deine Bewerbung, Mira!",
        "from": "Kiezkasse <kiezkasse@jobs.personio-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Mira,

cool, dass du dich für die Stelle als Frontend Developer (Vue/Nuxt) bei Kiezkasse interessierst! Deine Bewerbung ist bei uns angekommen.

So geht's weiter:
1. Ben (CTO) schaut sich dein Profil in den nächsten 7 Tagen an.
2. Wenn es passt, machen wir einen 30-min-Call zum Kennenlernen.
3. Danach gibt's einen kleinen Case (max. 3 Stunden) und ein Gespräch mit dem Team.

Fragen? Einfach auf diese Mail antworten.

Bis bald
Team Kiezkasse

--
Diese Nachricht wurde über Personio versendet.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eingangsbestätigung Personio du-Form",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Morgen 11 Uhr – muss leider absagen 🤒",
        "from": "Paula Kretschmer <paula@paperbird.example>",
        "headers": {},
        "body": """Hi Mira,

ich muss unser Gespräch morgen leider absagen, mich hat's komplett erwischt.

Wollen wir auf Freitag 10 Uhr oder Montag 15 Uhr gehen? Der Meet-Link bleibt gleich.

Sorry!!
Paula""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Interviewtermin krankheitsbedingt abgesagt, neuer Termin",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Deine Challenge – Repo nicht erreichbar",
        "from": "Lars Winkler <lars@quokka-health.example>",
        "headers": {},
        "body": """Hi Mira,

danke für deine Abgabe! Leider können wir das Repo nicht öffnen – wir bekommen einen 404, vermutlich ist es privat.

Kannst du uns (GitHub: lwinkler-qh und deniz-qh) als Collaborator hinzufügen oder die Lösung als ZIP schicken? Die Deadline ist kein Problem, wir warten gern.

Viele Grüße
Lars
Frontend Lead · Quokka Health""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Technisches Problem mit Abgabe, keine Absage",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Dein Job-Alert: keine neuen Treffer für „Frontend Leipzig“",
        "from": "JOIN Job-Alert <alerts@join-mail.example>",
        "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://join-mail.example/alerts/unsubscribe?a=5521>"},
        "body": """Hallo Mira,

diese Woche gab es keine neuen Jobs, die zu deinem Alert „Frontend Leipzig“ passen.

Probier doch mal:
→ den Ort auf „Remote (Deutschland)“ erweitern
→ zusätzlich „UI Engineer“ oder „Web Developer“ als Suchbegriff

Alert bearbeiten: https://join-mail.example/alerts/5521
Abmelden: https://join-mail.example/alerts/unsubscribe?a=5521

Dein JOIN-Team""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Job-Alert ohne Treffer",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Nico Fuchs hat Ihnen eine Nachricht gesendet",
        "from": "Nico Fuchs über LinkedIn <messages-noreply@linkedin-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://linkedin-mail.example/e/unsub>"},
        "body": """Nico Fuchs
Tech Recruiter bei Fuchs & Fröhlich Talent

„Hi Mira, ich bin auf dein Profil gestoßen und finde deinen Mix aus React, TypeScript und Accessibility super spannend. Für einen Kunden (B2B-SaaS, ca. 60 Leute, remote-first, Sitz Berlin) suche ich eine Frontend-Entwicklerin. Gehalt 65–75k, 4-Tage-Woche möglich. Hast du Lust auf einen kurzen Call diese Woche?“

Antworten: https://linkedin-mail.example/messaging/thread/2-NjQ0

Diese E-Mail ist für Mira Schubert bestimmt.
Sie erhalten Benachrichtigungen über neue Nachrichten. Abmelden""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Recruiter-Ansprache über Netzwerkplattform",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Nächster Schritt + Gehalt",
        "from": "Sophie Lang <sophie@bauklotz.example>",
        "headers": {},
        "body": """Hey Mira,

danke für das super Gespräch gestern, das Team war echt angetan!

Offen zum Thema Gehalt: Die 62k, die du genannt hast, können wir leider nicht ganz stemmen – realistisch sind 55k fix plus 0,1 % VSOP und ein Weiterbildungsbudget von 1.500 € im Jahr.

Wir würden dich trotzdem super gern zum finalen Gespräch mit Jakob und Nora einladen (ca. 1 h, gern bei uns im Büro in der Spinnerei). Passt dir nächste Woche Dienstag oder Donnerstag?

Liebe Grüße
Sophie
People Ops · Bauklotz""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Gehaltswunsch nicht erfüllbar, trotzdem Einladung ins Final",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Re: Rückzug meiner Bewerbung",
        "from": "Greta Ulrich <greta@fermento.example>",
        "headers": {"In-Reply-To": "<mira-fermento-1102@schubert-mail.example>"},
        "body": """Hi Mira,

schade, aber total nachvollziehbar! Jeden Tag nach Halle pendeln ist auf Dauer echt nix.

Ich hab deine Bewerbung bei uns geschlossen und den Termin am Donnerstag storniert. Falls wir irgendwann eine Remote-Stelle haben, denk ich an dich.

Mach's gut!
Greta

> Hallo Greta,
> nach langem Überlegen ziehe ich meine Bewerbung zurück – der Arbeitsweg ist mit drei Präsenztagen leider nicht machbar.
> Danke euch für alles!
> Mira""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eigene Rücknahme der Bewerbung bestätigt",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Dein Angebot bei Bauklotz 🎉",
        "from": "Sophie Lang <sophie@bauklotz.example>",
        "headers": {},
        "body": """Liebe Mira,

wir freuen uns riesig: Wir möchten dich als Frontend Engineer bei Bauklotz an Bord holen!

Die Eckdaten:
• Start: 1. Februar 2027
• 56.000 € brutto/Jahr + 0,1 % VSOP
• 30 Urlaubstage, 3 Tage remote pro Woche
• 1.500 € Weiterbildungsbudget
• MacBook oder ThinkPad, du entscheidest

Den Vertrag schicke ich dir gleich zur digitalen Unterschrift. Wenn du Fragen hast oder noch mal über etwas sprechen möchtest, ruf mich einfach an: 0341 555 20 91.

Wir würden uns über eine Antwort bis zum 11. Dezember freuen.

Liebe Grüße
Sophie""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Jobangebot",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Kurzes Zwischen-Update",
        "from": "Moritz Kaden <moritz@lumenpay.example>",
        "headers": {},
        "body": """Hi Mira,

wollte dich nicht im Dunkeln lassen: Wir haben noch keine Entscheidung getroffen. Diese Woche sprechen wir noch mit zwei weiteren Leuten, danach setzen wir uns zusammen.

Spätestens nächsten Dienstag hörst du von uns. Sorry fürs Warten!

Moritz
Engineering Manager · LumenPay""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Status: noch keine Entscheidung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung: Frontend Friday #12 in Leipzig",
        "from": "Meridian Careers <talent@meridian-software.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@meridian-software.example>"},
        "body": """Hallo Mira,

am Freitag, 15. Januar, laden wir wieder zum Frontend Friday in unser Büro in der Prager Straße ein.

Programm:
18:30 Einlass, Pizza & Mate
19:00 „Design Tokens ohne Tränen“ – Svenja Roth
19:40 „Wir haben unser Monorepo migriert. Fragt nicht.“ – Kai Nguyen
20:15 Networking

Die Plätze sind begrenzt, bitte melde dich hier an: https://careers.meridian-software.example/events/ff12

Du bekommst diese Mail als Mitglied der Meridian Talent Community. Abmelden jederzeit möglich.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Talent-Community-Event-Einladung",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Platzanfrage über das Kita-Portal",
        "from": "Kita Sonnenkäfer <kita.sonnenkaefer@kitaverbund-leipzig.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Schubert,

vielen Dank für Ihr Interesse an unserer Einrichtung und Ihre Vormerkung über das Kita-Portal.

Leider können wir Ihrem Sohn Emil zum 01.03.2027 keinen Betreuungsplatz anbieten. Die Plätze im Krippenbereich sind bereits vollständig vergeben, vorrangig an Geschwisterkinder.

Ihre Anfrage bleibt auf unserer Warteliste. Sollte ein Platz frei werden, melden wir uns umgehend bei Ihnen.

Freundliche Grüße
Anke Lorenz
Leiterin Kita Sonnenkäfer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Kita-Absage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Absage vom Grafikbüro 😩",
        "from": "Lotte K. <lotte.k@mailfux.example>",
        "headers": {},
        "body": """Miraaaa,

ich hab die Absage von Formwerk gekriegt. Nach dem Probetag!! Die haben sich für jemanden mit mehr Motion-Design-Erfahrung entschieden. Ich hab die ganze Woche dafür Illustrator-Tutorials geguckt.

Brauche Wein und jemanden, der mir sagt, dass ich toll bin. Heute Abend bei mir? Bring gern Jonas mit.

Lotte""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Freundin erzählt von eigener Absage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Donnerstag Bouldern + Jahresbeitrag",
        "from": "Klettertreff Plagwitz <orga@klettertreff-plagwitz.example>",
        "headers": {"Precedence": "list", "List-Id": "<mitglieder.klettertreff-plagwitz.example>"},
        "body": """Hallo ihr Lieben,

diesen Donnerstag treffen wir uns ausnahmsweise erst um 19:30 in der Halle, vorher ist Kindergruppe.

Außerdem: Der Jahresbeitrag für 2027 (48 €) wird Mitte Januar eingezogen. Wer seine Bankverbindung geändert hat, bitte bis Jahresende an kasse@klettertreff-plagwitz.example.

Bis Donnerstag!
Micha fürs Orga-Team""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Vereinsmail Klettergruppe",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Jahresabrechnung 2026 ist da",
        "from": "Stadtenergie Leipzig <kundenservice@stadtenergie-leipzig.example>",
        "headers": {"List-Unsubscribe": "<https://stadtenergie-leipzig.example/abmelden>"},
        "body": """Guten Tag Frau Schubert,

Ihre Jahresabrechnung für Strom (Vertragskonto 4100 5521 87) steht ab sofort in Ihrem Kundenportal bereit.

Ihr Ergebnis: Guthaben von 63,40 €. Wir überweisen den Betrag in den nächsten Tagen auf Ihr hinterlegtes Konto. Ihr neuer monatlicher Abschlag ab Februar 2027: 54,00 €.

Zum Kundenportal: https://mein.stadtenergie-leipzig.example

Mit freundlichen Grüßen
Ihre Stadtenergie Leipzig""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Stromrechnung",
    },
]

# ---------------------------------------------------------------------------
# Persona 3: Anja Wiemers, Köln, Verwaltungsfachangestellte, öffentlicher Dienst
# (Portale, Auswahlverfahren, Stellenbesetzung, förmliche Schreiben)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Stellenausschreibung Nr. 41/2026 – Sachbearbeitung im Bürgerbüro (EG 8 TVöD)",
        "from": "Stadt Kerpenrath – Fachbereich Personal <personal@kerpenrath.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

für Ihre Bewerbung auf die oben genannte Stelle und das damit gezeigte Interesse an einer Tätigkeit bei der Stadt Kerpenrath danke ich Ihnen.

Nach eingehender Prüfung aller Bewerbungen bedauere ich, Ihnen mitteilen zu müssen, dass die Wahl auf eine andere Bewerberin gefallen ist. Ich bitte um Ihr Verständnis, dass ich Ihnen aufgrund der Vielzahl der Bewerbungen keine ausführlichen Gründe für diese Entscheidung nennen kann.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG datenschutzgerecht vernichtet.

Für Ihren weiteren beruflichen Weg wünsche ich Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Gerlinde Hüsgen

Stadt Kerpenrath
Der Bürgermeister
Fachbereich 1 – Personal und Organisation
Rathausplatz 1 · 50199 Kerpenrath""",
        "company": "Stadt Kerpenrath",
        "job_title": "Sachbearbeitung im Bürgerbüro (EG 8 TVöD)",
        "contact": "Gerlinde Hüsgen",
        "note": "Förmliche Absage einer Kommune",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Statusänderung zu Ihrer Bewerbung (Kennziffer LZD-31/2026)",
        "from": "Karriereportal öffentlicher Dienst <noreply@oed-karriere.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Guten Tag Frau Anja Wiemers,

zu Ihrer Bewerbung liegt eine neue Statusmeldung vor.

Behörde: Landesamt für Zentrale Dienste Rheinland
Stelle: Sachbearbeiterin / Sachbearbeiter Beihilfe (EG 9a TV-L)
Kennziffer: LZD-31/2026
Status: Verfahren abgeschlossen – nicht ausgewählt

Weitere Informationen erhalten Sie gegebenenfalls direkt von der ausschreibenden Stelle. Bitte sehen Sie von Rückfragen an den Portalbetreiber ab.

Ihr Karriereportal-Team
https://oed-karriere.example/meine-bewerbungen

Dies ist eine automatisch erzeugte Nachricht.""",
        "company": "Landesamt für Zentrale Dienste Rheinland",
        "job_title": "Sachbearbeiterin / Sachbearbeiter Beihilfe (EG 9a TV-L)",
        "contact": "",
        "note": "Portal-Statusmeldung 'nicht ausgewählt'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Auswahlverfahren Sachbearbeitung Elterngeldstelle – Ihr Vorstellungsgespräch am 05.11.2026",
        "from": "Kreis Rheinbergland – Personalamt <personalamt@kreis-rheinbergland.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

vielen Dank, dass Sie sich am 5. November 2026 der Auswahlkommission im Rahmen des Auswahlverfahrens für die Stelle „Sachbearbeitung in der Elterngeldstelle (EG 9a TVöD)“ vorgestellt haben.

Nach Abschluss aller Gespräche und unter Beteiligung des Personalrats und der Gleichstellungsbeauftragten hat sich die Auswahlkommission für eine Bewerberin entschieden, die dem Anforderungsprofil in höherem Maße entspricht. Ausschlaggebend waren insbesondere vertiefte Kenntnisse im Bundeselterngeld- und Elternzeitgesetz, die in Ihrem Fall im strukturierten Interview weniger ausgeprägt waren.

Gern stehe ich Ihnen für ein kurzes telefonisches Feedbackgespräch zur Verfügung (02202 555-3140, dienstags bis donnerstags).

Ihre Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Frank Berghoff
Sachgebietsleitung Personalgewinnung
Kreis Rheinbergland – Der Landrat""",
        "company": "Kreis Rheinbergland",
        "job_title": "Sachbearbeitung in der Elterngeldstelle (EG 9a TVöD)",
        "contact": "Frank Berghoff",
        "note": "Ergebnis nach Auswahlgespräch mit Begründung, ohne typische Wörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung – Kennziffer 2026/114 Verwaltungsangestellte/r Prüfungsamt",
        "from": "Hochschule Rheinauen – Dezernat Personal <stellen@hs-rheinauen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

wir danken Ihnen für Ihre Bewerbung vom 12. September 2026.

Wir möchten Sie darüber informieren, dass die ausgeschriebene Stelle im Wege einer hausinternen Umsetzung besetzt werden konnte. Das externe Stellenbesetzungsverfahren wird hiermit beendet.

Ihre Bewerbungsunterlagen werden wir nicht zurücksenden; sie werden nach Ablauf von sechs Monaten gelöscht.

Mit freundlichen Grüßen
Im Auftrag

Dr. Wiebke Oster
Dezernat 3 – Personal
Hochschule Rheinauen""",
        "company": "Hochschule Rheinauen",
        "job_title": "Verwaltungsangestellte/r Prüfungsamt",
        "contact": "Dr. Wiebke Oster",
        "note": "Stelle intern besetzt, externes Verfahren beendet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Aufhebung des Stellenbesetzungsverfahrens 2026-087",
        "from": "Stadt Bergenrath – Personalservice <personalservice@bergenrath.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

Sie hatten sich auf die Stelle „Verwaltungsfachangestellte/r im Fachdienst Ordnung (EG 8 TVöD)“ beworben.

Der Rat der Stadt Bergenrath hat in seiner Sitzung am 24. November 2026 ein Haushaltssicherungskonzept beschlossen. Danach sind alle nicht zwingend zu besetzenden Stellen bis auf Weiteres gesperrt. Hiervon ist auch die von Ihnen angestrebte Stelle betroffen.

Das Stellenbesetzungsverfahren wird daher aufgehoben. Eine Auswahlentscheidung wurde nicht getroffen; die Aufhebung erfolgt unabhängig von Ihrer Eignung.

Sollte die Stelle zu einem späteren Zeitpunkt erneut ausgeschrieben werden, erfolgt die Veröffentlichung auf unserer Homepage und im Karriereportal.

Mit freundlichen Grüßen
Im Auftrag

Thorsten Lülsdorf
Stadt Bergenrath – Personalservice""",
        "company": "Stadt Bergenrath",
        "job_title": "Verwaltungsfachangestellte/r im Fachdienst Ordnung (EG 8 TVöD)",
        "contact": "Thorsten Lülsdorf",
        "note": "Stelle wegen Haushaltssperre gestrichen, Verfahren aufgehoben",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Sachbearbeiter/in Vergabestelle (EG 10 TVöD)",
        "from": "Zweckverband Nahverkehr Erft-Sieg – Personal <personal@zv-erft-sieg.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

vielen Dank für Ihre Bewerbung auf die Stelle Sachbearbeiter/in Vergabestelle (EG 10 TVöD).

In der Stellenausschreibung war als zwingende Voraussetzung der erfolgreiche Abschluss des Verwaltungslehrgangs II (früher Angestelltenlehrgang II) oder ein vergleichbarer Abschluss genannt. Aus Ihren Unterlagen geht hervor, dass Sie über die Ausbildung zur Verwaltungsfachangestellten verfügen, den Lehrgang II jedoch noch nicht abgeschlossen haben.

Ihre Bewerbung konnte daher im weiteren Auswahlverfahren leider nicht berücksichtigt werden.

Wir würden uns freuen, wenn Sie sich nach Abschluss des Lehrgangs erneut bei uns bewerben.

Mit freundlichen Grüßen
Im Auftrag
Claudia Pütz
Zweckverband Nahverkehr Erft-Sieg""",
        "company": "Zweckverband Nahverkehr Erft-Sieg",
        "job_title": "Sachbearbeiter/in Vergabestelle (EG 10 TVöD)",
        "contact": "Claudia Pütz",
        "note": "Formale Voraussetzung nicht erfüllt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Fachassistentin Leistungsgewährung – Informationen",
        "from": "Jobcenter Rheinauen – Personal <personal@jobcenter-rheinauen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

wir danken Ihnen für Ihre Bewerbung um eine Tätigkeit als Fachassistentin in der Leistungsgewährung (Kennziffer JC-RA-2026-44).

Allgemeine Hinweise zum Verfahren
Das Jobcenter Rheinauen ist eine gemeinsame Einrichtung der Agentur für Arbeit und des Kreises. Die Auswahl erfolgt nach dem Grundsatz der Bestenauslese gemäß Art. 33 Abs. 2 GG. Schwerbehinderte und ihnen gleichgestellte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Wir fördern die Gleichstellung aller Geschlechter und begrüßen Bewerbungen von Menschen mit Migrationsgeschichte.

Information nach Art. 13 DSGVO
Verantwortlich für die Verarbeitung Ihrer Daten ist das Jobcenter Rheinauen, vertreten durch die Geschäftsführung. Ihre Daten werden ausschließlich für die Durchführung des Auswahlverfahrens verwendet und nach Abschluss des Verfahrens und Ablauf der gesetzlichen Fristen gelöscht. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und Widerspruch. Unsere Datenschutzbeauftragte erreichen Sie unter datenschutz@jobcenter-rheinauen.example.

Stand Ihrer Bewerbung
Im Ergebnis der Vorauswahl wurden Sie nicht in den Kreis der zum Auswahlgespräch einzuladenden Personen aufgenommen. Das Verfahren ist für Sie damit abgeschlossen.

Wir danken Ihnen für Ihr Interesse.

Mit freundlichen Grüßen
Im Auftrag
Team Personal
Jobcenter Rheinauen""",
        "company": "Jobcenter Rheinauen",
        "job_title": "Fachassistentin in der Leistungsgewährung",
        "contact": "",
        "note": "Entscheidung nach langem Verfahrens- und DSGVO-Text",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Anfrage zum Stand – Stelle Standesamt",
        "from": "Martina Eßer <martina.esser@niederbruehl.example>",
        "headers": {"In-Reply-To": "<0a4f1c2e.aw1120@netmail.example>", "References": "<0a4f1c2e.aw1120@netmail.example>"},
        "body": """Sehr geehrte Frau Wiemers,

das Auswahlverfahren ist abgeschlossen, die Stelle wurde vergeben. Die Benachrichtigung der übrigen Bewerberinnen und Bewerber hat sich wegen Krankheit im Personalbereich verzögert; hierfür bitte ich um Entschuldigung. Ein förmliches Schreiben erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Im Auftrag
Martina Eßer
Stadt Niederbrühl – Personal und Organisation

-----Ursprüngliche Nachricht-----
Von: Anja Wiemers <anja.wiemers@netmail.example>
Gesendet: Freitag, 20. November 2026 14:05
An: Eßer, Martina <martina.esser@niederbruehl.example>
Betreff: Anfrage zum Stand – Stelle Standesamt

Sehr geehrte Frau Eßer,

am 15. Oktober hatte ich mein Vorstellungsgespräch für die Stelle als Sachbearbeiterin im Standesamt (Kennziffer 19/2026). Man hatte mir eine Rückmeldung bis Anfang November in Aussicht gestellt. Könnten Sie mir sagen, ob bereits eine Entscheidung gefallen ist?

Mit freundlichen Grüßen
Anja Wiemers""",
        "company": "Stadt Niederbrühl",
        "job_title": "Sachbearbeiterin im Standesamt",
        "contact": "Martina Eßer",
        "note": "Antwort auf Sachstandsanfrage: Stelle vergeben",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Absage Stellenausschreibung Nr. 2026-09 Sachbearbeitung Gebührenveranlagung",
        "from": "Wasserverband Rheinbergland – Personalverwaltung <personal@wv-rheinbergland.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

beigefügt erhalten Sie unser Schreiben vom heutigen Tage.

Mit freundlichen Grüßen
Im Auftrag
K. Schmitz

Wasserverband Rheinbergland
Körperschaft des öffentlichen Rechts
Auf dem Driesch 7 · 51491 Overath-Heiligenhaus

Anlage: 2026-12-01_Wiemers.pdf""",
        "company": "Wasserverband Rheinbergland",
        "job_title": "Sachbearbeitung Gebührenveranlagung",
        "contact": "K. Schmitz",
        "note": "Entscheidung nur im Betreff, Text nur Anlagenhinweis",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ergebnis des schriftlichen Auswahltests vom 17.10.2026",
        "from": "Kommunales Rechenzentrum Rheinauen – Personal <bewerbung@krz-rheinauen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

Sie haben am 17. Oktober 2026 an dem schriftlichen Auswahltest für die Stelle „Verwaltungsmitarbeiter/in Vertragsmanagement (EG 9a TVöD)“ teilgenommen.

Sie haben im Test 41 von 100 Punkten erreicht. Die Mindestpunktzahl für die Einladung zum Vorstellungsgespräch lag bei 55 Punkten.

Leider können wir Sie daher nicht zum Vorstellungsgespräch einladen; Ihre Bewerbung scheidet aus dem weiteren Verfahren aus.

Auf Wunsch können Sie Ihre Testunterlagen nach vorheriger Terminvereinbarung bei uns einsehen.

Mit freundlichen Grüßen
Im Auftrag
Sven Odenthal
Kommunales Rechenzentrum Rheinauen""",
        "company": "Kommunales Rechenzentrum Rheinauen",
        "job_title": "Verwaltungsmitarbeiter/in Vertragsmanagement (EG 9a TVöD)",
        "contact": "Sven Odenthal",
        "note": "Ausscheiden nach schriftlichem Test",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Sachbearbeiterin Steueramt",
        "from": "Gemeinde Wachtbergen – Hauptamt <hauptamt@wachtbergen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

leider müssen wir Ihnen eine Absage erteilen. Wir danken für Ihr Interesse und wünschen Ihnen für die Zukunft alles Gute.

Mit freundlichen Grüßen
Gemeinde Wachtbergen
Hauptamt
i. A. Roswitha Klein""",
        "company": "Gemeinde Wachtbergen",
        "job_title": "Sachbearbeiterin Steueramt",
        "contact": "Roswitha Klein",
        "note": "Kurze Absage einer kleinen Gemeinde",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Kennziffer KR-2026-58",
        "from": "Karriereportal öffentlicher Dienst <noreply@oed-karriere.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Guten Tag Frau Anja Wiemers,

Ihre Bewerbung wurde erfolgreich übermittelt.

Behörde: Stadt Frechenbach – Amt für Wohnungswesen
Stelle: Sachbearbeitung Wohngeld (EG 9a TVöD)
Kennziffer: KR-2026-58
Eingang: 02.11.2026, 21:47 Uhr

Die ausschreibende Stelle wird sich nach Ablauf der Bewerbungsfrist (20.11.2026) mit Ihnen in Verbindung setzen. Den Stand Ihrer Bewerbung können Sie jederzeit unter „Meine Bewerbungen“ einsehen.

Ihr Karriereportal-Team""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eingangsbestätigung Portal",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung zum Vorstellungsgespräch – Kennziffer 19/2026 Standesamt",
        "from": "Martina Eßer <martina.esser@niederbruehl.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle „Sachbearbeiterin / Sachbearbeiter im Standesamt (EG 9a TVöD)“ einladen zu können.

Termin: Donnerstag, 15. Oktober 2026, 10:30 Uhr
Ort: Rathaus Niederbrühl, Markt 1, 2. OG, Sitzungszimmer 2.14
Dauer: ca. 45 Minuten

Der Auswahlkommission gehören neben der Fachbereichsleitung auch Vertretungen des Personalrats und die Gleichstellungsbeauftragte an. Schwerbehinderte Bewerberinnen und Bewerber können die Teilnahme der Schwerbehindertenvertretung wünschen.

Bitte bringen Sie Ihren Personalausweis sowie die Originale Ihrer Zeugnisse mit. Fahrtkosten können leider nicht erstattet werden.

Wir bitten um kurze Bestätigung bis zum 9. Oktober.

Mit freundlichen Grüßen
Im Auftrag
Martina Eßer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Einladung Auswahlgespräch, 'leider' nur zu Fahrtkosten",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Verlegung Ihres Vorstellungsgesprächs – Elterngeldstelle",
        "from": "Kreis Rheinbergland – Personalamt <personalamt@kreis-rheinbergland.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

der für den 29. Oktober 2026 vorgesehene Termin für Ihr Vorstellungsgespräch muss leider abgesagt werden, da ein Mitglied der Auswahlkommission kurzfristig verhindert ist.

Wir laden Sie stattdessen ein für

Donnerstag, 5. November 2026, 10:00 Uhr
Kreishaus, Am Rübezahlwald 7, Raum A 214.

Bitte teilen Sie uns bis zum 2. November mit, ob Sie den Termin wahrnehmen können. Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Im Auftrag
Frank Berghoff""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Termin abgesagt und neu angesetzt",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Nachforderung von Unterlagen – Ihre Bewerbung Kennziffer KR-2026-58",
        "from": "Stadt Frechenbach – Personalamt <personalamt@frechenbach.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

vielen Dank für Ihre Bewerbung auf die Stelle „Sachbearbeitung Wohngeld (EG 9a TVöD)“.

Leider lag Ihrer Bewerbung das Prüfungszeugnis über die Abschlussprüfung zur Verwaltungsfachangestellten nicht bei; übermittelt wurde lediglich das Zeugnis der Berufsschule.

Wir bitten Sie, das Prüfungszeugnis bis spätestens 04.12.2026 per E-Mail nachzureichen. Andernfalls kann Ihre Bewerbung im weiteren Verfahren nicht berücksichtigt werden.

Mit freundlichen Grüßen
Im Auftrag
Jens Kürten
Stadt Frechenbach – Personalamt""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Nachforderung fehlender Unterlagen mit Fristandrohung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Zwischennachricht zu Ihrer Bewerbung (Kennziffer LZD-47/2026)",
        "from": "Landesamt für Zentrale Dienste Rheinland – Referat 12 <personal@lzd-rheinland.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

für Ihre Bewerbung auf die Stelle „Sachbearbeitung Reisekosten und Trennungsgeld (EG 9a TV-L)“ danken wir Ihnen.

Das Auswahlverfahren ist noch nicht abgeschlossen; eine Entscheidung wurde noch nicht getroffen. Aufgrund der hohen Zahl von über 200 Bewerbungen wird die Sichtung noch einige Zeit in Anspruch nehmen. Wir bitten Sie um Geduld bis voraussichtlich Ende Januar 2027.

Von Sachstandsanfragen bitten wir abzusehen; Sie erhalten unaufgefordert Nachricht.

Mit freundlichen Grüßen
Im Auftrag
Referat 12 – Personalgewinnung""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Zwischenbescheid, noch keine Entscheidung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Suchagent „Verwaltung Köln EG 8–9b“: keine neuen Stellenangebote",
        "from": "Karriereportal öffentlicher Dienst <suchagent@oed-karriere.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://oed-karriere.example/suchagent/abmelden?s=77310>"},
        "body": """Guten Tag Frau Wiemers,

zu Ihrem Suchagenten „Verwaltung Köln EG 8–9b“ (Umkreis 25 km) wurden in den letzten 7 Tagen keine neuen Stellenangebote veröffentlicht.

Sie können Ihren Suchagenten jederzeit anpassen, z. B. den Umkreis erweitern oder weitere Entgeltgruppen einschließen.

Suchagent verwalten: https://oed-karriere.example/suchagent/77310
Suchagent löschen: https://oed-karriere.example/suchagent/abmelden?s=77310

Ihr Karriereportal-Team""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Suchagent ohne Treffer",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihre Bewerbung – Auswahlentscheidung Sachbearbeitung Wohngeld",
        "from": "Jens Kürten <jens.kuerten@frechenbach.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

ich freue mich, Ihnen mitteilen zu können, dass sich die Auswahlkommission nach dem Vorstellungsgespräch am 9. Dezember für Sie entschieden hat.

Die Einstellung steht noch unter dem Vorbehalt der Zustimmung des Personalrats nach dem Landespersonalvertretungsgesetz sowie einer arbeitsmedizinischen Einstellungsuntersuchung. Die Sitzung des Personalrats findet am 17. Dezember statt; ich melde mich unmittelbar danach bei Ihnen.

Vorgesehen ist eine Eingruppierung in EG 9a TVöD, Stufe 3 (unter Anerkennung Ihrer einschlägigen Berufserfahrung), Dienstantritt zum 1. Februar 2027.

Bitte teilen Sie mir kurz mit, ob Sie an der Stelle weiterhin interessiert sind.

Mit freundlichen Grüßen
Im Auftrag
Jens Kürten
Stadt Frechenbach – Personalamt""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Positive Auswahlentscheidung unter Vorbehalt Personalrat",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Rücknahme Ihrer Bewerbung – Kennziffer 2026/201",
        "from": "Stadt Hürthingen – Personal <personal@huerthingen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

hiermit bestätigen wir den Eingang Ihrer E-Mail vom 30.11.2026, mit der Sie Ihre Bewerbung auf die Stelle „Sachbearbeitung Elternbeiträge (EG 8 TVöD)“ zurückgenommen haben.

Ihre Bewerbung wird im weiteren Verfahren nicht mehr berücksichtigt; der für den 8. Dezember vorgesehene Gesprächstermin entfällt. Ihre Unterlagen werden datenschutzgerecht gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Sabine Hamacher""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Bestätigung der eigenen Rücknahme der Bewerbung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einstellung zum 01.02.2027 – benötigte Unterlagen",
        "from": "Stadt Frechenbach – Personalamt <personalamt@frechenbach.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

nachdem der Personalrat Ihrer Einstellung zugestimmt hat, bitten wir Sie, uns für die Erstellung Ihres Arbeitsvertrags folgende Unterlagen bis zum 8. Januar 2027 zukommen zu lassen:

1. ausgefüllter Personalfragebogen (Anlage)
2. Führungszeugnis zur Vorlage bei einer Behörde (Belegart O) – bitte beim Bürgeramt beantragen, Kosten werden nicht erstattet
3. Steuer-Identifikationsnummer
4. Sozialversicherungsausweis bzw. Rentenversicherungsnummer
5. Nachweis Ihrer Krankenkasse
6. Bankverbindung (Formular Anlage 2)

Den Termin für die Einstellungsuntersuchung beim betriebsärztlichen Dienst erhalten Sie gesondert.

Mit freundlichen Grüßen
Im Auftrag
Team Personalservice

Anlagen: Personalfragebogen.pdf, Anlage2_Bankverbindung.pdf""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Onboarding-Unterlagen nach Zusage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Kartenbestellung Prunksitzung 2027",
        "from": "KG Blau-Gold Sülz 1951 e.V. – Kartenvorverkauf <karten@blaugold-suelz.example>",
        "headers": {},
        "body": """Liebe Frau Wiemers,

vielen Dank für Ihre Bestellung von vier Karten für unsere Prunksitzung am Samstag, 30. Januar 2027.

Leider sind für diese Sitzung keine Karten mehr verfügbar – die Nachfrage war in diesem Jahr noch größer als sonst. Wir haben Sie auf die Warteliste gesetzt und melden uns, sobald Karten zurückgegeben werden.

Für die Damensitzung am 4. Februar gibt es noch Restkarten (Block C).

Mit karnevalistischen Grüßen
Kölle Alaaf!
Hildegard Kemper
Kartenvorverkauf""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Karnevalsverein, Karten ausverkauft",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Anmeldung Ihres Sohnes Finn – Schuljahr 2027/28",
        "from": "Gymnasium Am Rheinbogen – Sekretariat <sekretariat@gym-rheinbogen.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Wiemers,

vielen Dank für die Anmeldung Ihres Sohnes Finn für die Jahrgangsstufe 5 zum Schuljahr 2027/28.

Leider können wir Finn nicht aufnehmen, da die Zahl der Anmeldungen unsere Aufnahmekapazität von vier Eingangsklassen deutlich übersteigt. Die Auswahl erfolgte nach den Kriterien der Ausbildungs- und Prüfungsordnung (Geschwisterkinder, Schulweg, Losverfahren).

Ihre Anmeldeunterlagen haben wir, wie mit Ihnen vereinbart, an Ihre Zweitwunschschule, das Albertus-Gymnasium, weitergeleitet. Von dort erhalten Sie in Kürze Nachricht.

Mit freundlichen Grüßen
Ursula Pohl
Schulleiterin""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Schulaufnahme abgelehnt",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihr Bonusprogramm: 120 € Prämie ausgezahlt",
        "from": "Rheinland BKK <service@rheinland-bkk.example>",
        "headers": {"List-Unsubscribe": "<https://rheinland-bkk.example/newsletter/abmelden>"},
        "body": """Liebe Frau Wiemers,

gute Nachrichten: Sie haben im Bonusprogramm „Aktiv & Gesund“ alle Nachweise für 2026 eingereicht. Ihre Prämie von 120 € wird in den nächsten Tagen auf Ihr Konto überwiesen.

Tipp: Ab Januar können Sie Ihre Nachweise für 2027 direkt in der App hochladen.

Bleiben Sie gesund!
Ihre Rheinland BKK""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Krankenkasse Bonusprogramm",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Geburtstag Mama – Geschenk?",
        "from": "Birgit Wiemers <birgit.wiemers@netmail.example>",
        "headers": {},
        "body": """Hi Anja,

Mama wird ja am 19. siebzig. Ich dachte, wir legen zusammen für den Wellness-Tag in Bad Honnef, den sie sich letztes Jahr schon angeschaut hat. Wären ca. 90 € pro Nase, wenn Thomas auch mitmacht.

Und wer macht den Kuchen? Ich hab Spätdienst bis Samstag.

Sag mal Bescheid!
Birgit""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Familienmail",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihr Antrag auf Ausgleichszahlung – Vorgangsnummer ER-55812",
        "from": "SkyRhein Airlines Kundenservice <kundenservice@skyrhein.example>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Sehr geehrte Frau Wiemers,

vielen Dank für Ihre Nachricht zu Flug SR 4471 von Köln/Bonn nach Palma de Mallorca am 14.08.2026.

Wir haben Ihren Antrag auf Ausgleichszahlung nach der Fluggastrechteverordnung geprüft. Leider können wir Ihrem Anliegen nicht entsprechen, da die Verspätung auf außergewöhnliche Umstände (Unwetterwarnung und zeitweise Schließung des Zielflughafens) zurückzuführen war, die auch bei Ergreifung aller zumutbaren Maßnahmen nicht hätten vermieden werden können.

Als Zeichen unserer Wertschätzung schreiben wir Ihrem Kundenkonto 500 Meilen gut.

Mit freundlichen Grüßen
Ihr SkyRhein Kundenservice""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Airline lehnt Entschädigung ab",
    },
]

# ---------------------------------------------------------------------------
# Persona 4: Stefan Gisler, Zürich/Basel, IT-Projektleiter
# (Schweizer Schreibung ohne ß, Dossier, Kantone, Banken, Versicherungen)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als IT-Projektleiter Kernbankenmigration (Ref. 26-0412)",
        "from": "Limmat Privatbank AG – Human Resources <hr.recruiting@limmatprivatbank.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Besten Dank für Ihre Bewerbung und Ihr Interesse an der Limmat Privatbank.

Wir haben Ihr Dossier eingehend geprüft und mit dem Anforderungsprofil verglichen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiterverfolgen. Diese Absage ist nicht als Wertung Ihrer Qualifikationen zu verstehen; für die Position ist jedoch Erfahrung mit der Migration von Kernbankensystemen zwingend.

Gerne bewahren wir Ihre Unterlagen mit Ihrem Einverständnis für zwölf Monate auf. Andernfalls werden sie gemäss den Bestimmungen des Datenschutzgesetzes gelöscht.

Wir wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Limmat Privatbank AG
Nicole Baumann
Talent Acquisition

Talstrasse 41 · 8001 Zürich""",
        "company": "Limmat Privatbank",
        "job_title": "IT-Projektleiter Kernbankenmigration",
        "contact": "Nicole Baumann",
        "note": "Bank, förmliche Absage, Schweizer Schreibung",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Stellenbesetzung Projektleiter/in Digitale Verwaltung (80–100 %)",
        "from": "Kanton Reusstal – Personaldienst <personaldienst.dfr@reusstal.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Wir danken Ihnen für Ihre Bewerbung und das Interesse an einer Tätigkeit in der kantonalen Verwaltung.

Nach sorgfältiger Prüfung aller Dossiers und den Gesprächen der ersten Runde haben wir uns für eine andere Person entschieden. Ausschlaggebend war deren Erfahrung mit E-Government-Projekten auf Gemeindeebene, die für diese Funktion zentral ist.

Ihre Bewerbungsunterlagen werden wir nach Abschluss des Verfahrens gemäss den Vorgaben des kantonalen Informations- und Datenschutzgesetzes vernichten.

Wir danken Ihnen für die Zeit, die Sie investiert haben, und wünschen Ihnen auf Ihrem weiteren Weg viel Erfolg.

Freundliche Grüsse

Martina Koller
HR-Fachfrau
Personaldienst Departement Finanzen und Ressourcen
Kanton Reusstal""",
        "company": "Kanton Reusstal",
        "job_title": "Projektleiter/in Digitale Verwaltung (80–100 %)",
        "contact": "Martina Koller",
        "note": "Kanton, Entscheid für andere Person, ohne typische Wörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihr Dossier bei der Rhenova",
        "from": "Reto Ammann <reto.ammann@ingenium-personal.example>",
        "headers": {},
        "body": """Grüezi Herr Gisler

Kurze Info: Die Rhenova hat sich nach Durchsicht der Shortlist gegen Ihr Dossier entschieden. Für die Rolle als Programm Manager Laborsysteme wird nun doch jemand mit GxP-Hintergrund gesucht, was im Briefing so nicht drinstand – ärgerlich, aber so ist es.

Ich halte Sie für weitere Mandate im Raum Basel gerne auf dem Radar und melde mich, sobald ich etwas Passendes habe.

Freundliche Grüsse
Reto Ammann
Senior Consultant IT

Ingenium Personal AG · Aeschenvorstadt 50 · 4051 Basel
T +41 61 555 12 40""",
        "company": "Rhenova",
        "job_title": "Programm Manager Laborsysteme",
        "contact": "Reto Ammann",
        "note": "Personalvermittler: Kunde entscheidet sich gegen Dossier",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Kandidatur – Senior IT-Projektleiter Payments",
        "from": "Daniel Frei <daniel.frei@zhb-bank.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Zunächst herzlichen Dank für Ihr grosses Engagement in unserem Auswahlverfahren – drei Gesprächsrunden und die Case-Präsentation sind kein kleiner Aufwand.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir uns in einem sehr knappen Entscheid für einen anderen Kandidaten entschieden haben.

Da Sie so weit gekommen sind, möchte ich Ihnen gerne ein ehrliches Feedback geben: Ihre Präsentation zur Umstellung auf ISO 20022 war methodisch stark und sehr gut strukturiert. Im Gespräch mit den Fachbereichsvertretern hatten wir jedoch den Eindruck, dass Sie bei Zielkonflikten zwischen Compliance und Business eher vermitteln als entscheiden. Für diese Rolle, die viel Eskalation gegenüber der Geschäftsleitung verlangt, war das am Ende ausschlaggebend.

Wenn Sie möchten, besprechen wir das gerne auch telefonisch.

Freundliche Grüsse
Daniel Frei
Head of IT Delivery Payments
Zürcher Handelsbank AG""",
        "company": "Zürcher Handelsbank",
        "job_title": "Senior IT-Projektleiter Payments",
        "contact": "Daniel Frei",
        "note": "Absage nach finaler Runde mit Feedback",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Projektleiter Schadenplattform – Stand Ihres Verfahrens",
        "from": "Helvera Versicherungen – Recruiting <jobs@helvera.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Wie Sie vielleicht den Medien entnommen haben, hat Helvera Ende Oktober eine Reorganisation der Informatik angekündigt. Im Zuge dieser Neuausrichtung wird die Funktion «Projektleiter Schadenplattform» nicht besetzt.

Wir schliessen das Verfahren deshalb ab. Ihr Dossier steht Ihnen noch 30 Tage im Bewerbungsportal zur Verfügung und wird danach gelöscht.

Wir danken Ihnen für Ihr Verständnis und für die angenehmen Gespräche.

Freundliche Grüsse
Helvera Versicherungen AG
Recruiting Center""",
        "company": "Helvera Versicherungen",
        "job_title": "Projektleiter Schadenplattform",
        "contact": "",
        "note": "Stelle wegen Reorganisation gestrichen, Verfahren geschlossen",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihr Vertragsangebot – wichtige Information",
        "from": "Claudia Hügli <claudia.huegli@birseck-ls.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Ich hätte Ihnen gerne eine andere Nachricht geschrieben.

Wie Sie wissen, wurde vor drei Wochen der Zusammenschluss der Birseck Life Sciences mit einem amerikanischen Partner bekanntgegeben. Die neue Konzernleitung hat gestern einen sofortigen Einstellungsstopp für alle nicht produktionsrelevanten Funktionen verfügt. Davon ist auch die Stelle als IT-Projektleiter Laborautomation betroffen, für die wir Ihnen am 2. Oktober ein Vertragsangebot unterbreitet haben.

Wir müssen dieses Angebot deshalb zurückziehen. Da der Vertrag noch nicht beidseitig unterzeichnet ist, entsteht kein Arbeitsverhältnis.

Wir bedauern dies ausserordentlich. Als Zeichen unserer Wertschätzung möchten wir Ihren Aufwand mit einer Pauschale von CHF 3'000 entschädigen; die Details bespreche ich gerne persönlich mit Ihnen.

Freundliche Grüsse
Claudia Hügli
Head HR Business Partner
Birseck Life Sciences AG · Arlesheim""",
        "company": "Birseck Life Sciences",
        "job_title": "IT-Projektleiter Laborautomation",
        "contact": "Claudia Hügli",
        "note": "Zurückgezogenes Vertragsangebot nach Fusion",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Statusupdate zu Ihrer Bewerbung – Job-ID 51882",
        "from": "Bank Falkenstein Careers <careers@successfactors-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Guten Tag Stefan Gisler

Der Status Ihrer Bewerbung für «Scrum Master / Projektleiter Digital Channels (80–100%)» hat sich geändert.

Aktueller Status: Ihre Bewerbung wird nicht weiterverfolgt.

Sie können Ihr Kandidatenprofil jederzeit unter https://careers.bankfalkenstein.example aktualisieren und sich auf weitere Stellen bewerben.

Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.

Bank Falkenstein AG · St. Alban-Graben 3 · 4010 Basel""",
        "company": "Bank Falkenstein",
        "job_title": "Scrum Master / Projektleiter Digital Channels (80–100%)",
        "contact": "",
        "note": "ATS-Statusupdate 'nicht weiterverfolgt'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Lohnvorstellung – Projektleiter Regulatory Reporting",
        "from": "Sandra Imhof <sandra.imhof@rheintaler-kb.example>",
        "headers": {"In-Reply-To": "<a81c33f0-gis@swissmail.example>", "References": "<a81c33f0-gis@swissmail.example>"},
        "body": """Grüezi Herr Gisler

Vielen Dank für Ihre Offenheit. Wir haben Ihre Angaben intern besprochen.

Mit einer Lohnvorstellung von CHF 175'000 liegen Sie deutlich über dem Rahmen, den wir für diese Funktion vorgesehen haben. Zudem suchen wir eher eine Person auf Stufe Projektleiter ohne Linienverantwortung. Wir haben uns deshalb entschieden, das Verfahren mit Ihnen nicht fortzusetzen.

Ich danke Ihnen für das Interesse an der Rheintaler Kantonalbank und wünsche Ihnen viel Erfolg.

Freundliche Grüsse
Sandra Imhof
HR Recruiting
Rheintaler Kantonalbank

-----Ursprüngliche Nachricht-----
Von: Stefan Gisler <s.gisler@swissmail.example>
Gesendet: Mittwoch, 18. November 2026 21:33
An: Imhof Sandra <sandra.imhof@rheintaler-kb.example>
Betreff: Lohnvorstellung – Projektleiter Regulatory Reporting

Grüezi Frau Imhof

Wie am Telefon besprochen, hier meine Lohnvorstellung: CHF 175'000 inkl. 13. Monatslohn, zzgl. variabler Anteil. Zudem wäre mir ein Pensum von 90 % wichtig.

Freundliche Grüsse
Stefan Gisler""",
        "company": "Rheintaler Kantonalbank",
        "job_title": "Projektleiter Regulatory Reporting",
        "contact": "Sandra Imhof",
        "note": "Antwort im Thread: Verfahren wegen Lohn nicht fortgesetzt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung beim Amt für Informatik",
        "from": "Kanton Thurberg – Amt für Informatik <stellen.afi@thurberg.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung vom 19. Oktober 2026 als Projektleiter Infrastruktur (100 %) und danken Ihnen für Ihr Interesse an der Kantonsverwaltung.

Im Auswahlverfahren haben wir sämtliche eingegangenen Bewerbungen nach den in der Ausschreibung genannten Kriterien beurteilt. Ihre Bewerbung konnte nicht in die engere Auswahl aufgenommen werden.

Informationen zum Datenschutz
Die Bearbeitung Ihrer Personendaten erfolgt gestützt auf das kantonale Personalgesetz sowie das Gesetz über die Information und den Datenschutz (IDG). Ihre Unterlagen sind nur den am Verfahren beteiligten Personen zugänglich. Nach Abschluss des Verfahrens werden die Unterlagen nicht berücksichtigter Personen innert drei Monaten vernichtet bzw. elektronisch gelöscht. Eine längere Aufbewahrung erfolgt nur mit Ihrer ausdrücklichen Zustimmung.

Für statistische Zwecke werten wir anonymisiert aus, wie viele Bewerbungen pro Stelle eingehen und wie sich diese nach Geschlecht und Altersgruppen verteilen. Ein Rückschluss auf Ihre Person ist dabei nicht möglich.

Offene Stellen der Kantonsverwaltung finden Sie unter www.thurberg.example/stellen.

Freundliche Grüsse
Amt für Informatik
Personal und Organisation""",
        "company": "Kanton Thurberg",
        "job_title": "Projektleiter Infrastruktur (100 %)",
        "contact": "",
        "note": "Kanton, Entscheid zwischen Eingangsbestätigung und Datenschutztext",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Bewerbung IT-Projektleiter ERP – leider keine Berücksichtigung",
        "from": "HR Services Rheinhafen Logistik <hr-services@rheinhafen-logistik.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Im Anhang senden wir Ihnen unser Schreiben vom 30. November 2026.

Freundliche Grüsse
HR Services
Rheinhafen Logistik AG

Anhang: Schreiben_Gisler_Stefan.pdf (84 KB)""",
        "company": "Rheinhafen Logistik",
        "job_title": "IT-Projektleiter ERP",
        "contact": "",
        "note": "Entscheid nur im Betreff, Text verweist auf Anhang",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Danke für das Gespräch",
        "from": "Patrick Zürcher <patrick.zuercher@alpinecloud.example>",
        "headers": {},
        "body": """Hallo Stefan

Danke nochmals für das gute Gespräch am Montag. Für die Delivery-Lead-Rolle gehen wir mit einem internen Kandidaten weiter, der das Team schon kennt. Alles Gute!

Patrick""",
        "company": "AlpineCloud",
        "job_title": "Delivery Lead",
        "contact": "Patrick Zürcher",
        "note": "Kurze du-Mail, Betreff harmlos",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Eingangsbestätigung: Projektleiter/in Digitale Verwaltung (80–100 %)",
        "from": "Kanton Reusstal – Online-Bewerbung <noreply@jobs.reusstal.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Gisler

Vielen Dank für Ihre Bewerbung als Projektleiter/in Digitale Verwaltung (80–100 %) im Departement Finanzen und Ressourcen.

Ihre Unterlagen sind vollständig bei uns eingegangen. Nach Ablauf der Bewerbungsfrist am 31. Oktober 2026 werden wir alle Dossiers sichten. Die ersten Gespräche sind für die Kalenderwoche 46 vorgesehen.

Freundliche Grüsse
Personaldienst DFR
Kanton Reusstal

Diese Nachricht wurde automatisch erstellt.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eingangsbestätigung Kanton",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Verschiebung Interview Dienstag",
        "from": "Daniel Frei <daniel.frei@zhb-bank.example>",
        "headers": {},
        "body": """Grüezi Herr Gisler

Leider muss ich unser Gespräch vom Dienstag, 10 Uhr, absagen – ich wurde kurzfristig in eine Sitzung mit der Aufsichtsbehörde aufgeboten.

Könnten wir auf Donnerstag, 14 Uhr, oder Freitag, 8.30 Uhr, ausweichen? Ort bleibt der gleiche (Uraniastrasse, Empfang 2. OG).

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Daniel Frei""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Interview abgesagt und verschoben",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Dossier – fehlende Arbeitszeugnisse",
        "from": "Sabrina Wenger <sabrina.wenger@energie-seeland.example>",
        "headers": {},
        "body": """Grüezi Herr Gisler

Vielen Dank für Ihre Bewerbung als IT-Projektleiter Smart Metering.

Leider fehlen in Ihrem Dossier die Arbeitszeugnisse Ihrer letzten beiden Arbeitgeber sowie das Zertifikat IPMA Level C, das Sie im Lebenslauf erwähnen.

Könnten Sie uns diese Dokumente bis Ende Woche nachreichen? Erst dann können wir Ihr Dossier vollständig an die Linie weiterleiten.

Freundliche Grüsse
Sabrina Wenger
HR Business Partner
Energie Seeland AG""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Fehlende Unterlagen nachfordern",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Nächste Schritte – IT-Projektleiter Smart Metering",
        "from": "Sabrina Wenger <sabrina.wenger@energie-seeland.example>",
        "headers": {},
        "body": """Grüezi Herr Gisler

Herzlichen Dank für das spannende Erstgespräch. Herr Bühler und ich waren beide sehr angetan.

Ihre Lohnvorstellung von CHF 165'000 können wir leider nicht ganz erfüllen; das Band für die Funktion liegt bei CHF 140'000 bis 152'000 inkl. 13. Monatslohn, zuzüglich eines Bonus von bis zu 10 %.

Wir würden Sie dennoch sehr gerne zur zweiten Runde mit unserem CIO einladen. Bitte lassen Sie mich wissen, ob Sie unter diesen Voraussetzungen weitermachen möchten – dann schlage ich Ihnen Termine vor.

Freundliche Grüsse
Sabrina Wenger""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Lohn nicht erfüllbar, aber Einladung zur zweiten Runde",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Vertrauliche Anfrage: Programmleitung Digitalisierung, Versicherung Raum Zürich",
        "from": "Michèle Rochat <m.rochat@alpsearch.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Ich wende mich vertraulich an Sie. Im Auftrag einer etablierten Schweizer Versicherung suchen wir eine Programmleiterin / einen Programmleiter für die Erneuerung der Kundenplattform (Budget im hohen zweistelligen Millionenbereich, Laufzeit drei Jahre).

Ihr Profil – insbesondere Ihre Erfahrung mit agilen Grossprojekten im regulierten Umfeld – passt aus unserer Sicht sehr gut.

Hätten Sie in den nächsten Tagen Zeit für ein unverbindliches Gespräch? Selbstverständlich behandeln wir alles streng vertraulich.

Freundliche Grüsse
Michèle Rochat
Partner
AlpSearch Executive AG · Zürich""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Headhunter-Ansprache",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Suchabo «Projektleiter IT Basel»: keine neuen Stellen",
        "from": "jobsportal Suchabo <suchabo@jobsportal-mail.example>",
        "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://jobsportal-mail.example/abo/stop?id=c9912>"},
        "body": """Guten Tag

Für Ihr Suchabo «Projektleiter IT Basel» (Pensum 80–100 %) sind seit gestern keine neuen Stellen erschienen.

Vielleicht passt eine dieser Stellen aus der Region Zürich:
– Projektleiter/in Informatik, Spitalverbund Limmattal, Schlieren
– IT Project Manager Cloud Migration, Versicherung, Zürich-Oerlikon

Suchabo anpassen: https://jobsportal-mail.example/abo/c9912
Suchabo beenden: https://jobsportal-mail.example/abo/stop?id=c9912""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Job-Abo ohne neue Stellen",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung zum Assessment – Projektleiter Core Systems",
        "from": "Pensionskasse Uto – Personal <personal@pk-uto.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Wir freuen uns, Sie zur letzten Runde unseres Auswahlverfahrens für die Funktion «Projektleiter Core Systems» einzuladen.

Das Assessment findet statt am Mittwoch, 9. Dezember 2026, 8.30 bis ca. 13.00 Uhr, bei unserem Partner Praxis Assessment GmbH, Thurgauerstrasse 40, 8050 Zürich.

Ablauf:
– Persönlichkeitsfragebogen (online, bitte vorab bis 7. Dezember ausfüllen, Link folgt separat)
– Präsentation einer Fallstudie (Unterlagen erhalten Sie vor Ort, 45 Minuten Vorbereitung)
– Rollenspiel: Gespräch mit einer Auftraggeberin
– Abschlussgespräch mit Frau Vogel (Leiterin Informatik)

Bitte bestätigen Sie Ihre Teilnahme bis Freitag.

Freundliche Grüsse
Corinne Egli
HR Fachspezialistin
Pensionskasse Uto""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Einladung zum Assessment-Center",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihr Vertragsangebot – Projektleiter Core Systems",
        "from": "Corinne Egli <corinne.egli@pk-uto.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Nach dem Assessment vom Mittwoch freue ich mich, Ihnen im Namen der Pensionskasse Uto die Stelle als Projektleiter Core Systems anzubieten.

Die Eckdaten:
– Jahreslohn CHF 158'000 (13 × CHF 12'154), zuzüglich Leistungsbonus
– Pensum 100 %, Möglichkeit zu 2 Tagen Homeoffice pro Woche
– 25 Ferientage
– Stellenantritt 1. März 2027, Probezeit drei Monate

Den Arbeitsvertrag erhalten Sie per Post. Wir würden uns über Ihre Rückmeldung bis zum 15. Dezember 2026 freuen.

Freundliche Grüsse
Corinne Egli""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Vertragsangebot",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einholung von Referenzen",
        "from": "Corinne Egli <corinne.egli@pk-uto.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Im Hinblick auf den Abschluss unseres Verfahrens möchten wir gerne Referenzauskünfte einholen.

In Ihrem Dossier haben Sie folgende Personen angegeben:
– Herr Thomas Ruckstuhl, ehemals CIO, Versicherungskasse Glatt
– Frau Dr. Ines Marti, Programmleiterin, Ihr aktueller Arbeitgeber

Dürfen wir beide kontaktieren? Falls Sie nicht möchten, dass Ihr aktueller Arbeitgeber vor einer Vertragsunterzeichnung angefragt wird, teilen Sie uns bitte eine alternative Referenzperson mit.

Freundliche Grüsse
Corinne Egli
HR Fachspezialistin
Pensionskasse Uto""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Anfrage zu Referenzen",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Der Entscheid verzögert sich",
        "from": "Sabrina Wenger <sabrina.wenger@energie-seeland.example>",
        "headers": {},
        "body": """Grüezi Herr Gisler

Ich wollte Sie nicht länger warten lassen: Wir haben noch keinen Entscheid gefällt. Die Geschäftsleitung, die die Anstellung freigeben muss, tagt erst am 14. Dezember.

Sie sind nach wie vor im Rennen – wir bitten Sie einfach noch um etwas Geduld. Ich melde mich spätestens am 16. Dezember bei Ihnen.

Freundliche Grüsse
Sabrina Wenger""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Noch kein Entscheid, weiter im Verfahren",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihre Bewerbung für die 3.5-Zimmer-Wohnung, Nordstrasse 112, 8006 Zürich",
        "from": "Immobilien Wipf AG – Bewirtschaftung <vermietung@wipf-immo.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Besten Dank für Ihre Bewerbung für die 3.5-Zimmer-Wohnung an der Nordstrasse 112.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerschaft für andere Mietinteressenten entschieden hat. Wir haben für dieses Objekt über 180 Anmeldungen erhalten.

Ihre Unterlagen (Betreibungsauszug, Lohnausweis, Kopie Ausweis) werden wir vernichten.

Freundliche Grüsse
Immobilien Wipf AG
Bewirtschaftung""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Wohnungsabsage (Schweizer 'Bewerbung' für Wohnung)",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Re: Znacht am Freitag?",
        "from": "Adrian Kunz <adrian.kunz@posteo-ch.example>",
        "headers": {"In-Reply-To": "<znacht-2711@swissmail.example>"},
        "body": """Hoi Stefan

Freitag passt, 19.30 beim Thai an der Langstrasse?

Bei mir gabs heute übrigens die Absage von der Versicherung in Winterthur, nach dem Assessment. Bin etwas angefressen, erzähl ich dir dann. Hätte schwören können, dass das Rollenspiel gut lief.

Gruess
Adrian

Am 27.11.2026 um 12:03 schrieb Stefan Gisler:
> Hoi Adrian, wie wärs mit Znacht am Freitag? Lange nicht gesehen.
> Stefan""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Freund erzählt von eigener Absage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihr Gesuch um Anwohnerparkkarte",
        "from": "Gemeindeverwaltung Thalbrugg – Einwohnerdienste <einwohnerdienste@thalbrugg.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Gisler

Wir haben Ihr Gesuch vom 3. November 2026 um Erteilung einer Anwohnerparkkarte für die Zone B geprüft.

Ihrem Gesuch können wir leider nicht entsprechen, da das Fahrzeug ZH 418 277 nicht auf Sie, sondern auf eine juristische Person eingelöst ist. Gemäss Parkierungsverordnung werden Anwohnerparkkarten nur für Fahrzeuge ausgestellt, deren Halter an der Adresse angemeldet ist.

Gegen diesen Entscheid können Sie innert 30 Tagen schriftlich Einsprache beim Gemeinderat erheben.

Freundliche Grüsse
Einwohnerdienste Thalbrugg""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Gemeinde lehnt Parkkarte ab",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Trainingsplan Wintersaison + GV-Einladung",
        "from": "Unihockey Club Limmattal – Senioren <senioren@uhc-limmattal.example>",
        "headers": {"Precedence": "list", "List-Id": "<senioren.uhc-limmattal.example>"},
        "body": """Hoi zäme

Anbei der Trainingsplan für die Wintersaison: Dienstag 20.15–21.45 in der Turnhalle Letzi, ab 12. Januar zusätzlich Donnerstag.

Die Generalversammlung findet am Freitag, 29. Januar 2027, im Restaurant Sonne statt. Traktanden folgen. Anträge bitte bis 10. Januar an den Vorstand.

Sportliche Grüsse
Marco (Vorstand)""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Vereinsmail Unihockey",
    },
]

# ---------------------------------------------------------------------------
# Persona 5: Jonas Albers, Hannover, Werkstudent Wirtschaftsinformatik
# (Werkstudentenstellen, Praktikum, Hochschul-Jobportal)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Werkstudent Data Analytics (m/w/d)",
        "from": "Calenberg Versicherungen – Recruiting <recruiting@calenberg-vers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Albers,

vielen Dank für Ihre Bewerbung als Werkstudent Data Analytics (m/w/d) und Ihr Interesse an den Calenberg Versicherungen.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Wir danken Ihnen für das entgegengebrachte Vertrauen und wünschen Ihnen für Ihr Studium und Ihren weiteren Berufsweg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Calenberg Versicherungen a. G.
Aegidientorplatz 5 · 30159 Hannover""",
        "company": "Calenberg Versicherungen",
        "job_title": "Werkstudent Data Analytics (m/w/d)",
        "contact": "",
        "note": "Standardabsage Konzern",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Stellenangebot nicht mehr verfügbar: Werkstudent IT-Support (m/w/d)",
        "from": "CampusJobs Hannover <noreply@campusjobs-hannover.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://campusjobs-hannover.example/konto/benachrichtigungen>"},
        "body": """Hallo Jonas Albers,

das Stellenangebot „Werkstudent IT-Support (m/w/d), 15–20 Std./Woche“ der Maschsee Digital GmbH, auf das du dich am 02.11.2026 über CampusJobs beworben hast, wurde vom Anbieter geschlossen.

Das Unternehmen hat angegeben, dass die Stelle besetzt ist. Deine Bewerbung wird daher nicht weiter bearbeitet.

Aktuell gibt es 14 weitere Werkstudentenjobs im Bereich IT auf CampusJobs. Schau doch mal rein: https://campusjobs-hannover.example/jobs?k=it

Dein CampusJobs-Team
Ein Service des Career Service der Hannoverschen Hochschulen""",
        "company": "Maschsee Digital",
        "job_title": "Werkstudent IT-Support (m/w/d)",
        "contact": "",
        "note": "Hochschul-Jobportal: Stelle geschlossen, Bewerbung nicht weiter bearbeitet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Re: Werkstudi Frontend / QA",
        "from": "Lea Sievers <lea@herrenhausen-software.example>",
        "headers": {"In-Reply-To": "<jonas-hs-1029@stud.hs-leineland.example>"},
        "body": """Hey Jonas,

danke für deine Geduld! Wir haben die Stelle inzwischen an jemanden vergeben, der 20 Stunden die Woche kann – mit deinen 12 Stunden im Semester hätte das bei uns im Sprint-Rhythmus nicht funktioniert.

Fand dein Projekt mit dem Mensa-Bot übrigens super. Vielleicht klappt's ja bei der nächsten Ausschreibung.

Liebe Grüße
Lea
Herrenhausen Software

> Hallo Lea,
> gibt es schon Neuigkeiten zur Werkstudi-Stelle? Ich könnte ab Dezember starten.
> Viele Grüße, Jonas""",
        "company": "Herrenhausen Software",
        "job_title": "Werkstudi Frontend / QA",
        "contact": "Lea Sievers",
        "note": "Startup du-Form, Stelle vergeben, Antwort im Thread",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung um ein Pflichtpraktikum im Sommersemester 2027",
        "from": "Kroll Logistik – Ausbildung & Praktika <praktikum@kroll-logistik.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Albers,

vielen Dank für Ihre Bewerbung um ein Pflichtpraktikum im Bereich IT/Prozessmanagement.

Alle Praktikumsplätze in diesem Bereich sind für das Sommersemester 2027 bereits vergeben. Leider können wir Ihnen daher keinen Platz anbieten.

Bewerbungen für das Wintersemester 2027/28 nehmen wir ab März 2027 entgegen.

Mit freundlichen Grüßen
Jana Oltmanns
Ausbildung & Praktika
Kroll Logistik GmbH & Co. KG""",
        "company": "Kroll Logistik",
        "job_title": "Pflichtpraktikum IT/Prozessmanagement",
        "contact": "Jana Oltmanns",
        "note": "Praktikumsplätze bereits vergeben",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung – Werkstudent SAP-Basis",
        "from": "Leinetal Energie – Personalmarketing <karriere@leinetal-energie.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Albers,

im Zuge der Budgetplanung 2027 wurden die Mittel für studentische Beschäftigte im Bereich IT vollständig gestrichen. Wir beenden daher alle laufenden Bewerbungsprozesse für Werkstudentenstellen in diesem Bereich – auch Ihren als Werkstudent SAP-Basis.

Wir wissen, dass das ärgerlich ist, zumal Sie sich bereits die Zeit für das Telefoninterview genommen haben. Sobald wieder Stellen ausgeschrieben werden, finden Sie diese auf unserer Karriereseite.

Mit freundlichen Grüßen
Nils Brandes
Personalmarketing
Leinetal Energie AG""",
        "company": "Leinetal Energie",
        "job_title": "Werkstudent SAP-Basis",
        "contact": "Nils Brandes",
        "note": "Budget gestrichen, Prozesse beendet, ohne typische Wörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihr Gespräch bei uns am Dienstag",
        "from": "Miriam Tegtmeyer <m.tegtmeyer@expopark-messe.example>",
        "headers": {},
        "body": """Hallo Herr Albers,

vielen Dank für das nette Gespräch am Dienstag.

Wir haben lange überlegt – am Ende hat es diesmal nicht gepasst. Für die Stelle als Werkstudent Digital Marketing & Analytics brauchen wir jemanden, der während der Messezeiten im März und Oktober auch bis zu 30 Stunden pro Woche vor Ort sein kann. Das lässt sich mit Ihrem Prüfungsplan nicht vereinbaren, und die Stelle geht deshalb an jemand anderen.

Ihre Ideen zum Besucher-Dashboard haben uns trotzdem gut gefallen. Vielleicht sehen wir uns ja als Aushilfe auf einer der Messen wieder!

Viele Grüße
Miriam Tegtmeyer
Marketing & Kommunikation
ExpoPark Messe Hannover GmbH""",
        "company": "ExpoPark Messe",
        "job_title": "Werkstudent Digital Marketing & Analytics",
        "contact": "Miriam Tegtmeyer",
        "note": "Absage nach Gespräch ohne typische Wörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Werkstudentenstelle Controlling – Rückfrage",
        "from": "Personalabteilung Sander Bau <personal@sanderbau.example>",
        "headers": {"In-Reply-To": "<20261112-ja-sander@stud.hs-leineland.example>"},
        "body": """Hallo Herr Albers,

danke für die offene Info zu Ihrem Studienende.

Da Sie Ihre Bachelorarbeit Ende Februar abgeben und noch nicht feststeht, ob Sie danach weiter immatrikuliert sind, können wir Sie leider nicht als Werkstudent einstellen – die Stelle ist für mindestens 12 Monate geplant. Wir beenden das Verfahren daher an dieser Stelle.

Alles Gute für die Bachelorarbeit!

Mit freundlichen Grüßen
Karin Wöltje
Personalabteilung
Sander Bau GmbH

-----Ursprüngliche Nachricht-----
Von: Jonas Albers <jonas.albers@stud.hs-leineland.example>
Gesendet: Donnerstag, 12. November 2026 10:21
An: personal@sanderbau.example
Betreff: Werkstudentenstelle Controlling – Rückfrage

Sehr geehrte Frau Wöltje,

vor dem Gespräch noch eine Info: Ich schreibe gerade meine Bachelorarbeit, Abgabe Ende Februar. Ob ich direkt einen Master anschließe, entscheidet sich erst im März. Ist das für die Stelle ein Problem?

Viele Grüße
Jonas Albers""",
        "company": "Sander Bau",
        "job_title": "Werkstudentenstelle Controlling",
        "contact": "Karin Wöltje",
        "note": "Antwort im Thread: Immatrikulation ungewiss, Verfahren beendet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Zusage als Werkstudent – Rücknahme",
        "from": "Nadine Krüger <nadine.krueger@eilenriede-systems.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Albers,

wir hatten Ihnen am 20. Oktober eine Zusage für die Stelle als Werkstudent IT-Sicherheit ab 1. November gegeben.

Bei der Prüfung Ihrer Immatrikulationsbescheinigung hat unsere Lohnbuchhaltung festgestellt, dass Sie für das Wintersemester beurlaubt sind. Während eines Urlaubssemesters ist eine Beschäftigung zu den sozialversicherungsrechtlichen Bedingungen für Werkstudenten nicht möglich, und eine reguläre Teilzeitstelle können wir für diesen Bereich nicht schaffen.

Wir bedauern sehr, unsere Zusage deshalb zurücknehmen zu müssen. Den Vertragsentwurf betrachten Sie bitte als gegenstandslos.

Falls Sie ab dem Sommersemester wieder regulär eingeschrieben sind, bewerben Sie sich gern erneut – wir würden uns freuen.

Mit freundlichen Grüßen
Nadine Krüger
HR
Eilenriede Systems GmbH""",
        "company": "Eilenriede Systems",
        "job_title": "Werkstudent IT-Sicherheit",
        "contact": "Nadine Krüger",
        "note": "Zusage zurückgenommen wegen Urlaubssemester",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Deine Bewerbung bei der Welfenwerk AG",
        "from": "Welfenwerk Karriere <no-reply@welfenwerk-karriere.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://welfenwerk-karriere.example/talentpool/abmelden>"},
        "body": """Hallo Jonas,

vielen Dank für dein Interesse an der Welfenwerk AG!

Bei uns arbeiten über 6.000 Menschen daran, Maschinen für die Lebensmittelindustrie smarter zu machen. Für Studierende bieten wir mit „Welfenwerk Young Talents“ ein Programm mit Mentoring, Afterwork-Events und der Möglichkeit, die Abschlussarbeit bei uns zu schreiben.

Talentpool
Wenn du zustimmst, nehmen wir dein Profil für 12 Monate in unseren Talentpool auf und informieren dich über neue Stellen, die zu dir passen. Deine Zustimmung kannst du jederzeit im Kandidatenportal widerrufen.

Datenschutz
Deine Daten verarbeiten wir gemäß Art. 6 Abs. 1 lit. b DSGVO ausschließlich zur Durchführung des Bewerbungsverfahrens. Weitere Informationen: welfenwerk-karriere.example/datenschutz

Für die Position Werkstudent (m/w/d) Prozessmanagement konnten wir dich in diesem Auswahlverfahren leider nicht berücksichtigen.

Wir hoffen, dich bei einem unserer Events kennenzulernen!

Dein Recruiting-Team
Welfenwerk AG""",
        "company": "Welfenwerk",
        "job_title": "Werkstudent (m/w/d) Prozessmanagement",
        "contact": "",
        "note": "Absage am Ende langer Talentpool-/Datenschutzmail",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Absage: Werkstudent Finanzbuchhaltung (m/w/d)",
        "from": "Thomas Grote <t.grote@grote-steuerberatung.example>",
        "headers": {},
        "body": """Hallo Herr Albers,

siehe Betreff – danke trotzdem für Ihr Interesse und viel Erfolg im Studium!

Thomas Grote
Grote & Partner Steuerberatung
Lister Meile 77 · 30161 Hannover""",
        "company": "Grote & Partner Steuerberatung",
        "job_title": "Werkstudent Finanzbuchhaltung (m/w/d)",
        "contact": "Thomas Grote",
        "note": "Entscheidung nur im Betreff, Text 'siehe Betreff'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Update zu deiner Bewerbung bei Fintory",
        "from": "Fintory Hiring Team <no-reply@greenhouse-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "jobs@fintory.example"},
        "body": """Hallo Jonas,

vielen Dank für dein Interesse an der Stelle als Werkstudent*in Backend (Python) bei Fintory.

Wir haben uns entschieden, mit anderen Bewerber*innen weiterzumachen, deren Erfahrung besser zu unseren aktuellen Anforderungen passt.

Wir wissen deine Zeit und Mühe sehr zu schätzen und wünschen dir viel Erfolg für dein Studium und deine weitere Suche.

Beste Grüße
Das Fintory Hiring Team""",
        "company": "Fintory",
        "job_title": "Werkstudent*in Backend (Python)",
        "contact": "",
        "note": "ATS-Absage in du-Form",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "5 neue Jobs für dich: Werkstudent IT",
        "from": "CampusJobs Hannover <newsletter@campusjobs-hannover.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://campusjobs-hannover.example/konto/benachrichtigungen>"},
        "body": """Hallo Jonas,

seit deinem letzten Besuch gibt es 5 neue Jobs, die zu deinem Profil passen:

1. Werkstudent IT-Sicherheit (m/w/d) – Eilenriede Systems – 12–16 Std.
2. Werkstudent*in Backend (Python) – Fintory – remote möglich
3. Studentische Hilfskraft Webentwicklung – Hochschule Leineland
4. Werkstudent Controlling (m/w/d) – Sander Bau – Hannover-Linden
5. Werkstudent Digital Marketing & Analytics – ExpoPark Messe

Alle Jobs ansehen: https://campusjobs-hannover.example/fuer-dich

Dein CampusJobs-Team
Benachrichtigungen verwalten: https://campusjobs-hannover.example/konto/benachrichtigungen""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Hochschul-Jobportal Job-Alert",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung zum Kennenlerngespräch (Microsoft Teams)",
        "from": "Miriam Tegtmeyer <m.tegtmeyer@expopark-messe.example>",
        "headers": {},
        "body": """Hallo Herr Albers,

vielen Dank für Ihre Bewerbung als Werkstudent Digital Marketing & Analytics. Wir würden Sie gern kennenlernen!

Termin: Dienstag, 24. November, 16:00–16:45 Uhr
Ort: Microsoft Teams – Link: https://teams-meeting.example/l/meetup-join/19%3aexpo7731

Im Gespräch sind Frau Heuer (Leitung Marketing) und ich dabei. Bitte halten Sie, wenn möglich, Ihren aktuellen Stundenplan und den Prüfungszeitraum bereit.

Viele Grüße
Miriam Tegtmeyer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Einladung zum Online-Interview",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Call morgen – müssen leider schieben",
        "from": "Timo Reckel <timo@nordstadt-robotics.example>",
        "headers": {},
        "body": """Hi Jonas,

ich muss unseren Call morgen um 11 leider absagen, unser Kunde hat einen Vor-Ort-Termin genau dann gelegt.

Können wir auf Donnerstag 16 Uhr oder Freitag 10 Uhr schieben? Sag einfach, was besser passt, dann schick ich dir eine neue Einladung.

Sorry & Grüße
Timo
Nordstadt Robotics""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Interview verschoben",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Fehlende Unterlagen für Ihren Werkstudentenvertrag",
        "from": "Personal Kestner Medien <personal@kestner-medien.example>",
        "headers": {},
        "body": """Hallo Herr Albers,

wir freuen uns, dass Sie ab Dezember bei uns anfangen!

Leider fehlt uns noch Ihre aktuelle Immatrikulationsbescheinigung für das Wintersemester 2026/27. Ohne diese können wir den Vertrag nicht ausstellen und Sie nicht bei der Krankenkasse als Werkstudent anmelden.

Bitte schicken Sie uns die Bescheinigung bis Freitag als PDF.

Viele Grüße
Ute Rosenbusch
Personal
Kestner Medien GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Fehlende Immatrikulationsbescheinigung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Bestätigung Ihrer Rücknahme",
        "from": "Leinepark Klinikum – Bewerbermanagement <bewerbung@leinepark-klinikum.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Albers,

Sie haben Ihre Bewerbung als Werkstudent Medizininformatik (m/w/d) in unserem Bewerberportal zurückgezogen. Schade – wir respektieren Ihre Entscheidung.

Ihre Daten werden gemäß unseren Datenschutzhinweisen gelöscht. Sie können sich jederzeit erneut bei uns bewerben.

Mit freundlichen Grüßen
Bewerbermanagement
Leinepark Klinikum gGmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eigene Rücknahme bestätigt",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Dein Start am 1. Dezember – Zugangsdaten & erster Tag",
        "from": "IT-Service Kestner Medien <it-service@kestner-medien.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hallo Jonas,

willkommen bei Kestner Medien! Hier alles für deinen ersten Tag:

• Treffpunkt: Montag, 1.12., 9:00 Uhr, Empfang Goseriede 12
• Dein Benutzername: jalbers
• Dein Initialpasswort bekommst du per SMS an die hinterlegte Handynummer
• Laptop-Ausgabe: 9:30 Uhr im IT-Raum 0.14

Bitte richte beim ersten Login die Zwei-Faktor-Authentifizierung ein. Die Anleitung findest du im Intranet unter „Erste Schritte“.

Bis Montag!
Dein IT-Service""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Onboarding-Mail",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Kurzes Update von Nordstadt Robotics",
        "from": "Timo Reckel <timo@nordstadt-robotics.example>",
        "headers": {},
        "body": """Hi Jonas,

danke nochmal für den Call am Donnerstag! Kurzes Update: Wir haben noch keine Entscheidung getroffen, weil unser CTO diese Woche auf der Messe in München ist. Nächste Woche setzen wir uns zusammen.

Du bist auf jeden Fall noch im Rennen. Melde mich bis spätestens Mittwoch.

Grüße
Timo""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Noch keine Entscheidung",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Vertragsangebot Werkstudent – Stundenlohn",
        "from": "Ute Rosenbusch <u.rosenbusch@kestner-medien.example>",
        "headers": {},
        "body": """Hallo Herr Albers,

wir würden Sie sehr gern als Werkstudent in der Datenredaktion einstellen!

Zum Stundenlohn: Die 17 €, die Sie genannt haben, sind bei uns leider nicht drin – unsere Werkstudierenden bekommen einheitlich 15 €/Stunde, nach sechs Monaten 15,80 €. Dafür sind die Arbeitszeiten komplett flexibel und in der Prüfungsphase können Sie auf 5 Stunden runtergehen.

Wenn das für Sie passt, schicke ich Ihnen den Vertrag zu. Geplanter Start wäre der 1. Dezember.

Viele Grüße
Ute Rosenbusch
Personal · Kestner Medien GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Angebot mit niedrigerem Stundenlohn als gewünscht",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Terminbestätigung: Bewerbungsunterlagen-Check",
        "from": "Career Service Hochschule Leineland <careerservice@hs-leineland.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hallo Jonas Albers,

hiermit bestätigen wir deinen Termin beim Career Service:

Bewerbungsunterlagen-Check (30 Min.)
Mittwoch, 9. Dezember 2026, 13:30 Uhr
Gebäude 2, Raum 2.108, bei Frau Bödeker

Bitte bring deinen Lebenslauf und ein Anschreiben für eine konkrete Stelle ausgedruckt oder auf dem Laptop mit. Falls du den Termin nicht wahrnehmen kannst, sag bitte bis 24 Stunden vorher ab.

Dein Career Service""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Career-Service-Termin zur Bewerbungsmappe",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Bescheid über Ihren Antrag auf Zulassung zum Masterstudiengang Wirtschaftsinformatik",
        "from": "TU Okerstadt – Immatrikulationsamt <zulassung@tu-okerstadt.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrter Herr Albers,

Ihr Antrag auf Zulassung zum Masterstudiengang Wirtschaftsinformatik (M.Sc.) zum Sommersemester 2027 wird abgelehnt.

Begründung: Gemäß § 3 der Zulassungsordnung ist Voraussetzung für die Zulassung ein Bachelorabschluss mit einer Gesamtnote von mindestens 2,5. Ihre vorläufige Durchschnittsnote beträgt 2,8. Die Voraussetzung ist daher nicht erfüllt.

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage beim Verwaltungsgericht erhoben werden.

Den vollständigen Bescheid finden Sie in Ihrem Bewerbungsportal.

Mit freundlichen Grüßen
Im Auftrag
Immatrikulationsamt""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Master-Zulassung abgelehnt",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "bin raus lol",
        "from": "Paul Wendt <paul.wendt@mailfux.example>",
        "headers": {},
        "body": """Ey Jonas,

hab grad die Absage von dem Reifen-Konzern bekommen, für das Praktikum in der Personalentwicklung. Standardtext, „leider haben wir uns für andere Kandidaten entschieden“, das volle Programm 🙃

Egal. Kochst du heute oder soll ich Döner mitbringen? Und wer hat den letzten Klopapier-Stapel nicht ersetzt, hm?

Paul""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "WG-Mitbewohner erzählt von eigener Absage",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Bescheid über Ausbildungsförderung nach dem BAföG",
        "from": "Studierendenwerk Leineland – Amt für Ausbildungsförderung <bafoeg@stw-leineland.example>",
        "headers": {},
        "body": """Sehr geehrter Herr Albers,

über Ihren Antrag auf Ausbildungsförderung für den Bewilligungszeitraum 10/2026 bis 09/2027 wurde entschieden. Den Bescheid finden Sie in Ihrem Postfach im BAföG-Portal.

Ihr Antrag wird abgelehnt, da das anzurechnende Einkommen Ihrer Eltern sowie Ihr eigenes Einkommen aus der Werkstudententätigkeit den Bedarf übersteigen (siehe Berechnungsbogen, Anlage 1).

Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch einlegen.

Mit freundlichen Grüßen
Amt für Ausbildungsförderung""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "BAföG-Antrag abgelehnt",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Hallenturnier Januar – Anmeldung bis Sonntag",
        "from": "Leine Discs Ultimate <team@leinediscs.example>",
        "headers": {"Precedence": "list", "List-Id": "<team.leinediscs.example>"},
        "body": """Moin zusammen,

das Hallenturnier in Bremen ist am 16./17. Januar. Wir melden ein Mixed-Team, brauchen aber mindestens 4 Frauen und 5 Männer.

Bitte bis Sonntag in die Umfrage eintragen: https://umfrage.example/leinediscs-jan

Startgeld 15 € pro Person, Übernachtung in der Halle (Isomatte mitbringen!).

Und Donnerstag Training wie immer 20 Uhr, Sporthalle Nord.

Frisbee-Grüße
Hanna""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Sportverein",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Sonntag",
        "from": "Gabi Albers <gabi.albers@t-mail.example>",
        "headers": {},
        "body": """Hallo Schatz,

kommst du Sonntag zum Essen? Papa macht Rouladen. Oma ist auch da und fragt schon, wie es mit der Bachelorarbeit läuft 😉

Bring bitte die Tupperdosen vom letzten Mal wieder mit.

Liebe Grüße
Mama""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Familienmail",
    },
]

# ---------------------------------------------------------------------------
# Persona 6: Mag. Katharina Pölzl, Wien, Marketing-Managerin
# (österreichischer Sprachgebrauch, Jobportal-Benachrichtigungen)
# ---------------------------------------------------------------------------
M += [
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihre Bewerbung als Senior Marketing Managerin (w/m/d)",
        "from": "Donauland Versicherung AG – Human Resources <hr@donauland-vers.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

wir bedanken uns herzlich für Ihre Bewerbung und das Interesse an der Donauland Versicherung.

Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung für die Position Senior Marketing Managerin nicht weiter berücksichtigen können.

Gerne würden wir Ihre Unterlagen in Evidenz halten und bei einer passenden Vakanz wieder auf Sie zukommen. Sollten Sie damit nicht einverstanden sein, ersuchen wir um kurze Nachricht; andernfalls werden Ihre Daten nach sieben Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Mag. Doris Hinterleitner
Recruiting & Employer Branding
Donauland Versicherung AG
Ringturmgasse 3, 1010 Wien
FN 41188 t, Handelsgericht Wien""",
        "company": "Donauland Versicherung",
        "job_title": "Senior Marketing Managerin (w/m/d)",
        "contact": "Mag. Doris Hinterleitner",
        "note": "Förmliche österreichische Absage mit 'in Evidenz halten'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Neuigkeiten zu deiner Bewerbung bei Almwerk Getränke",
        "from": "karriere-portal.at Bewerbungsservice <service@karriere-portal.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://karriere-portal.example/einstellungen/mails>"},
        "body": """Hallo Katharina,

die Almwerk Getränke GmbH hat den Status deiner Bewerbung aktualisiert.

Job: Brand Managerin Alkoholfrei (m/w/d)
Dienstort: Wien 23., Liesing
Status: Prozess beendet

Das bedeutet, dass das Unternehmen deine Bewerbung nicht weiterverfolgt. Nicht entmutigen lassen – es gibt aktuell 312 Marketing-Jobs in Wien!

Ähnliche Jobs:
• Junior Brand Manager Food (m/w/d) – Wiener Feinkost Hubmer – Wien 12.
• Marketing Manager:in D2C – Hofzeile Kosmetik – Wien 7.

Deine Bewerbungen im Überblick: https://karriere-portal.example/meine-bewerbungen

Dein karriere-portal.at Team""",
        "company": "Almwerk Getränke",
        "job_title": "Brand Managerin Alkoholfrei (m/w/d)",
        "contact": "",
        "note": "Jobportal-Status 'Prozess beendet'",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Feedback zu Ihrer Case-Präsentation",
        "from": "Florian Strasser <florian.strasser@hofzeile-kosmetik.example>",
        "headers": {},
        "body": """Liebe Frau Pölzl,

vielen Dank, dass Sie sich die Zeit für die Case-Präsentation am Montag genommen haben – das ganze Team war beeindruckt, wie gründlich Sie sich vorbereitet haben.

Wir haben uns am Ende für eine Kandidatin entschieden, die bereits mehrere Jahre im FMCG-Bereich mit dem DACH-Handel gearbeitet hat. Gerade die Listungsgespräche mit den großen Drogerieketten werden im ersten Jahr eine zentrale Rolle spielen, und da hatte sie einfach einen Vorsprung.

Zu Ihrer Präsentation:
+ sehr starke Markenanalyse, die Zielgruppen-Personas waren auf den Punkt
+ die Kampagnenidee „Wiener Morgen“ hat uns allen gefallen
– Budgetplanung und Mediasplit waren uns zu grob, hier hätten wir gerne konkretere Zahlen gesehen

Ich hoffe, das hilft Ihnen weiter. Ich würde mich freuen, wenn wir in Kontakt bleiben.

Liebe Grüße
Florian Strasser
Head of Marketing
Hofzeile Kosmetik GmbH""",
        "company": "Hofzeile Kosmetik",
        "job_title": "",
        "contact": "Florian Strasser",
        "note": "Absage nach Case-Präsentation mit Feedback, ohne typische Wörter",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Head of Marketing CEE – Ihr Kandidatenprozess",
        "from": "Mag. Bernhard Aigner <b.aigner@aigner-executive.example>",
        "headers": {},
        "body": """Liebe Frau Pölzl,

ich muss Ihnen heute mitteilen, dass unser Mandant die Position Head of Marketing CEE intern nachbesetzt hat. Eine Kollegin aus der Prager Niederlassung wechselt nach Wien, die Entscheidung ist vergangene Woche im Vorstand gefallen.

Damit ist das Mandat für uns abgeschlossen – und Ihr Prozess ebenso. Das ist ärgerlich, weil Sie in der Shortlist ganz vorne waren.

Ich melde mich, sobald ich ein vergleichbares Mandat habe. Bis dahin alles Gute!

Herzliche Grüße
Mag. Bernhard Aigner
Managing Partner
Aigner Executive Search GmbH
Kärntner Ring 11, 1010 Wien""",
        "company": "Aigner Executive Search",
        "job_title": "Head of Marketing CEE",
        "contact": "Mag. Bernhard Aigner",
        "note": "Headhunter: Position intern nachbesetzt",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Position Marketing Managerin B2C – Information zum Bewerbungsprozess",
        "from": "Alpenstrom Energie – Recruiting <jobs@alpenstrom.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag.a Pölzl,

vielen Dank für Ihre Bewerbung und die beiden Gespräche, die wir mit Ihnen führen durften.

Aufgrund eines konzernweiten Aufnahmestopps wird die Position Marketing Managerin B2C heuer und voraussichtlich auch im ersten Quartal 2027 nicht nachbesetzt. Wir bedauern sehr, den Bewerbungsprozess daher beenden zu müssen.

Sollte die Position wieder ausgeschrieben werden, würden wir uns freuen, erneut von Ihnen zu hören.

Mit freundlichen Grüßen
Mag. Elisabeth Wurzer
Human Resources
Alpenstrom Energie AG""",
        "company": "Alpenstrom Energie",
        "job_title": "Marketing Managerin B2C",
        "contact": "Mag. Elisabeth Wurzer",
        "note": "Aufnahmestopp, Prozess beendet",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Re: Bewerbung Social Media Lead",
        "from": "Nina Haider <nina@kiosk-agentur.example>",
        "headers": {"In-Reply-To": "<kp-kiosk-1104@aon-mail.example>"},
        "body": """Hi Katharina,

danke dir fürs Kennenlernen! Wir haben uns für jemand anderen entschieden – war echt knapp. Alles Liebe und bis bald bei einem Branchen-Event ;)

Nina""",
        "company": "Kiosk Kreativagentur",
        "job_title": "Social Media Lead",
        "contact": "Nina Haider",
        "note": "Zweizeiler du-Form, Agentur",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "AW: Nachfrage – Bewerbung Marketing Managerin Print & Digital",
        "from": "Mag. (FH) Sabine Wallner <s.wallner@praterstern-media.example>",
        "headers": {"In-Reply-To": "<b1f0-kp-1125@aon-mail.example>", "References": "<b1f0-kp-1125@aon-mail.example>"},
        "body": """Sehr geehrte Frau Pölzl,

danke für Ihre Nachfrage. Die Entscheidung ist vergangene Woche zugunsten einer anderen Bewerberin gefallen. Das schriftliche Feedback an Sie hätte eigentlich schon rausgehen sollen – da ist bei uns etwas untergegangen, ich entschuldige mich dafür.

Danke nochmals für Ihre Zeit und die interessanten Gespräche.

Mit freundlichen Grüßen
Sabine Wallner
Leitung Personal
Praterstern Media GmbH

Von: Katharina Pölzl <katharina.poelzl@aon-mail.example>
Gesendet: Mittwoch, 25. November 2026 09:17
An: Wallner Sabine <s.wallner@praterstern-media.example>
Betreff: Nachfrage – Bewerbung Marketing Managerin Print & Digital

Sehr geehrte Frau Wallner,

nach unserem zweiten Gespräch am 6. November wollte ich höflich nachfragen, ob es zur Besetzung schon Neuigkeiten gibt.

Mit freundlichen Grüßen
Katharina Pölzl""",
        "company": "Praterstern Media",
        "job_title": "Marketing Managerin Print & Digital",
        "contact": "Sabine Wallner",
        "note": "Antwort auf Nachfrage im Thread",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Ihr Dienstvertrag – Rückziehung unseres Angebots",
        "from": "Dr. Gerald Hofer <gerald.hofer@wiener-feinkost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

es tut mir sehr leid, Ihnen diese Nachricht schreiben zu müssen.

Wie Sie vielleicht gelesen haben, wurde Wiener Feinkost Hubmer mit Anfang Dezember von einer deutschen Handelsgruppe übernommen. Die neue Eigentümerin hat beschlossen, das Marketing künftig zentral in München zu steuern. Die Position der Marketing Managerin in Wien entfällt damit.

Wir müssen Ihnen deshalb leider mitteilen, dass wir unser Angebot vom 17. November (Dienstantritt 1. Februar 2027) zurückziehen. Da der Dienstvertrag noch nicht gegengezeichnet war, ist kein Dienstverhältnis zustande gekommen.

Ich weiß, dass Sie sich auf diese Stelle sehr gefreut haben, und ich hätte Sie gern im Team gehabt. Für eine Referenz stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen
Dr. Gerald Hofer
Geschäftsführer
Wiener Feinkost Hubmer GmbH""",
        "company": "Wiener Feinkost Hubmer",
        "job_title": "Marketing Managerin",
        "contact": "Dr. Gerald Hofer",
        "note": "Zurückgezogenes Angebot nach Übernahme",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Informationen zu Ihrer Bewerbung (Ref.-Nr. 2026-0917)",
        "from": "Brenner Handelsgruppe – Recruiting <recruiting@brenner-handel.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrte Frau Pölzl,

vielen Dank für Ihre Bewerbung bei der Brenner Handelsgruppe.

Information gemäß Art. 13 DSGVO
Verantwortlich für die Datenverarbeitung ist die Brenner Handelsgruppe GmbH, Triester Straße 200, 1230 Wien. Wir verarbeiten Ihre Daten zum Zweck der Abwicklung des Bewerbungsverfahrens. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b DSGVO. Ihre Daten werden nach Abschluss des Verfahrens für sieben Monate aufbewahrt, um etwaige Ansprüche nach dem Gleichbehandlungsgesetz abwehren zu können, und danach gelöscht. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung und Datenübertragbarkeit sowie das Recht auf Beschwerde bei der Datenschutzbehörde.

Nach Prüfung Ihrer Unterlagen werden wir Ihre Bewerbung für die Position Marketing Managerin Eigenmarken nicht weiterverfolgen.

Talentpool
Möchten Sie, dass wir Ihre Unterlagen für künftige Positionen in Evidenz halten? Dann erteilen Sie uns bitte über den folgenden Link Ihre Zustimmung: https://karriere.brenner-handel.example/talentpool

Mit freundlichen Grüßen
Ihr Recruiting-Team
Brenner Handelsgruppe GmbH

Diese Nachricht wurde automatisch erstellt.""",
        "company": "Brenner Handelsgruppe",
        "job_title": "Marketing Managerin Eigenmarken",
        "contact": "",
        "note": "Entscheidung zwischen DSGVO-Text und Talentpool-Hinweis",
    },
    {
        "label": "rejection",
        "language": "de",
        "subject": "Absage – Bewerbung Referentin Marketing & Kommunikation",
        "from": "Stadtbetriebe Donau-Wien GmbH – Personalmanagement <bewerbung@stadtbetriebe-dw.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag.a Pölzl,

wir danken Ihnen für Ihre Bewerbung als Referentin Marketing & Kommunikation.

Nach sorgfältiger Abwägung aller eingelangten Bewerbungen müssen wir Ihnen leider eine Absage erteilen. Die Entscheidung ist uns aufgrund der hohen Qualität der Bewerbungen nicht leichtgefallen.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Personalmanagement
Stadtbetriebe Donau-Wien GmbH""",
        "company": "Stadtbetriebe Donau-Wien",
        "job_title": "Referentin Marketing & Kommunikation",
        "contact": "",
        "note": "Kurze förmliche Absage mit 'Absage'",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Dein Jobagent „Marketing Manager Wien“: heute leider keine neuen Jobs",
        "from": "karriere-portal.at Jobagent <jobagent@karriere-portal.example>",
        "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://karriere-portal.example/jobagent/loeschen?id=ja-40127>"},
        "body": """Hallo Katharina,

für deinen Jobagenten „Marketing Manager Wien“ gibt es heute leider keine neuen Jobs.

Tipp: Mit dem Suchbegriff „Brand Manager“ findest du aktuell 27 zusätzliche Jobs in Wien und Umgebung.

Jobagent bearbeiten: https://karriere-portal.example/jobagent/ja-40127
Jobagent löschen: https://karriere-portal.example/jobagent/loeschen?id=ja-40127

Dein karriere-portal.at Team""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Jobagent ohne neue Treffer",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Einladung zum Bewerbungsgespräch – Marketing Manager:in D2C",
        "from": "Florian Strasser <florian.strasser@hofzeile-kosmetik.example>",
        "headers": {},
        "body": """Liebe Frau Pölzl,

danke für Ihre Bewerbung – Ihr Profil hat uns sehr angesprochen, und wir würden Sie gern persönlich kennenlernen.

Wäre Ihnen Donnerstag, 12. November, um 14:00 Uhr recht? Das Gespräch findet bei uns im Büro in der Hofzeile 18, 1190 Wien, statt (U4 Heiligenstadt, dann ca. 10 Minuten zu Fuß). Dabei sind neben mir unsere Geschäftsführerin Frau Mag. Lechner und Lukas aus dem E-Commerce-Team.

Planen Sie etwa eine Stunde ein. Eine Vorbereitung ist nicht nötig, bringen Sie aber gerne Arbeitsproben mit.

Liebe Grüße
Florian Strasser
Head of Marketing""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Einladung Bewerbungsgespräch",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Gespräch Donnerstag – Ersatztermin",
        "from": "Dr. Gerald Hofer <gerald.hofer@wiener-feinkost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

leider müssen wir das Gespräch am Donnerstag absagen, unsere Prokuristin Frau Haslinger ist erkrankt und ich möchte das Gespräch gern mit ihr gemeinsam führen.

Als Ersatztermin würde ich Dienstag, 3. November, 10:00 Uhr vorschlagen, wieder bei uns in der Schönbrunner Straße. Passt Ihnen das?

Bitte entschuldigen Sie die kurzfristige Änderung.

Mit freundlichen Grüßen
Gerald Hofer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Gespräch abgesagt, Ersatztermin",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihre Bewerbung – Anhang nicht lesbar",
        "from": "Praterstern Media – Bewerbungen <bewerbung@praterstern-media.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Pölzl,

vielen Dank für Ihre Bewerbung als Marketing Managerin Print & Digital.

Ihr Anhang „Bewerbung_Poelzl_final2.pages“ ließ sich leider nicht öffnen. Könnten Sie uns Ihre Unterlagen bitte noch einmal als PDF übermitteln?

Ihre Bewerbung bleibt selbstverständlich im Verfahren.

Mit freundlichen Grüßen
Team Personal
Praterstern Media GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Anhang nicht lesbar, bitte erneut senden",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Zweite Gesprächsrunde & Gehaltsvorstellung",
        "from": "Dr. Gerald Hofer <gerald.hofer@wiener-feinkost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

danke für das sehr angenehme Gespräch am Dienstag.

Ich möchte offen mit Ihnen sein: Ihre Gehaltsvorstellung von € 5.200 brutto (14 x) ist für uns leider nicht darstellbar. Wir orientieren uns am Kollektivvertrag für Handelsangestellte und können mit Überzahlung maximal € 4.600 brutto monatlich anbieten, dazu ein Klimaticket und einen Essenszuschuss.

Wenn das für Sie grundsätzlich in Frage kommt, würden wir Sie sehr gern zur zweiten Runde einladen, in der Sie uns eine kurze Markenstrategie für unsere Feinkostlinie präsentieren.

Mit freundlichen Grüßen
Gerald Hofer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Gehaltsvorstellung nicht darstellbar, aber zweite Runde",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihre Case-Aufgabe für die zweite Runde",
        "from": "Florian Strasser <florian.strasser@hofzeile-kosmetik.example>",
        "headers": {},
        "body": """Liebe Frau Pölzl,

wie besprochen hier die Aufgabe für die zweite Runde:

Hofzeile Kosmetik möchte 2027 eine neue Pflegelinie für Männer (Arbeitstitel „Hofzeile Herr“) in Österreich und Deutschland launchen. Entwickeln Sie in groben Zügen:
1. Zielgruppe und Positionierung
2. eine Kampagnenidee für die ersten drei Monate
3. einen Mediasplit für ein Budget von € 250.000

Präsentation: max. 20 Minuten, danach 25 Minuten Diskussion. Termin ist Montag, 23. November, 15:00 Uhr bei uns.

Bei Fragen melden Sie sich jederzeit.

Liebe Grüße
Florian Strasser""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Case-Aufgabe für zweite Runde",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Ihre Rückziehung der Bewerbung",
        "from": "Bäckerei Gruber & Söhne – HR <hr@gruber-baeckerei.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

danke für Ihre Nachricht vom Montag. Wir bedauern, dass Sie Ihre Bewerbung als Marketingleiterin zurückziehen, respektieren Ihre Entscheidung aber natürlich.

Ihre Unterlagen werden wir wunschgemäß löschen. Sollten Sie es sich in Zukunft anders überlegen, freuen wir uns über eine neuerliche Kontaktaufnahme.

Alles Gute für Ihre neue Aufgabe!

Mit freundlichen Grüßen
Martina Schober
HR
Bäckerei Gruber & Söhne GmbH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Eigene Rückziehung bestätigt, mit 'bedauern'",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Angebot: Marketing Managerin bei Wiener Feinkost Hubmer",
        "from": "Dr. Gerald Hofer <gerald.hofer@wiener-feinkost.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Mag. Pölzl,

nach Ihrer überzeugenden Präsentation freue ich mich sehr, Ihnen die Position als Marketing Managerin anbieten zu dürfen.

Die Eckdaten:
• Dienstantritt: 1. Februar 2027
• Vollzeit, 38,5 Stunden
• € 4.600 brutto monatlich (14 x), Einstufung laut KV Handel mit Überzahlung
• Klimaticket Österreich, Essenszuschuss
• Dienstort: Wien 12., Schönbrunner Straße
• ein Probemonat

Den Dienstvertrag lasse ich Ihnen in den nächsten Tagen zukommen. Über eine Rückmeldung bis 1. Dezember würde ich mich freuen.

Mit freundlichen Grüßen
Dr. Gerald Hofer
Geschäftsführer""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Jobangebot",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Spannende Rolle: Head of Brand, Wien",
        "from": "Lisa Brunner <l.brunner@talentbridge.example>",
        "headers": {},
        "body": """Liebe Frau Pölzl,

ich betreue für ein österreichisches Familienunternehmen aus dem Lebensmittelbereich die Suche nach einer Head of Brand (Führung von 4 Personen, Berichtslinie an die Geschäftsführung).

Ihr Werdegang – Agentur, dann Markenführung im Handel – passt aus meiner Sicht sehr gut. Das Paket liegt bei rund € 85.000 brutto jährlich plus Dienstwagen.

Hätten Sie Zeit für ein kurzes, vertrauliches Telefonat? Gerne auch abends.

Herzliche Grüße
Lisa Brunner
TalentBridge Personalberatung, Wien""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Headhunter-Ansprache",
    },
    {
        "label": "job_other",
        "language": "de",
        "subject": "Zwischenstand zu Ihrer Bewerbung",
        "from": "Mag. (FH) Sabine Wallner <s.wallner@praterstern-media.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Pölzl,

ich möchte Ihnen kurz einen Zwischenstand geben: Wir haben noch keine Entscheidung getroffen. Nach der ersten Runde haben wir drei Kandidatinnen, darunter Sie, zu einem zweiten Gespräch eingeladen; der letzte Termin findet erst am 6. November statt.

Sie hören spätestens Mitte November von uns.

Mit freundlichen Grüßen
Sabine Wallner
Leitung Personal""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Noch keine Entscheidung",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Vergabe Wohnung Stiege 2/Top 14",
        "from": "Wohnbaugenossenschaft Heimstatt Donaustadt – Vergabe <vergabe@heimstatt-wbg.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Pölzl,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Anlage Kagraner Höfe, Stiege 2/Top 14.

Leider sind Sie bei der Vergabe diesmal nicht zum Zug gekommen. Die Wohnung wurde nach den Richtlinien unserer Vergabeordnung an eine Familie mit längerer Vormerkzeit vergeben.

Ihre Vormerkung bleibt selbstverständlich aufrecht. Wir informieren Sie über neue Wohnungen, die Ihren Angaben entsprechen.

Mit freundlichen Grüßen
Wohnungsvergabe
Heimstatt Donaustadt gemeinnützige Wohnbaugenossenschaft""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Genossenschaftswohnung nicht erhalten",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "heast...",
        "from": "Vroni Gruber <veronika.gruber@webmail-at.example>",
        "headers": {},
        "body": """Kathi,

ich hab grad die Absage von der Agentur in der Neubaugasse bekommen. Nach der DRITTEN Runde, heast. „Wir haben uns leider für eine andere Kandidatin entschieden, die besser ins Team passt.“ Was auch immer das heißen soll.

Gehst mit mir am Samstag auf einen Spritzer? Ich brauch wen zum Sudern.

Bussi
Vroni""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Freundin erzählt von eigener Absage (österreichisch)",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Ihr Manuskript „Die Stadt der Schnecken“",
        "from": "Lektorat | Verlag Lindenblatt <lektorat@lindenblatt-verlag.example>",
        "headers": {},
        "body": """Sehr geehrte Frau Pölzl,

herzlichen Dank für die Zusendung Ihres Kinderbuchmanuskripts „Die Stadt der Schnecken“ und das Vertrauen in unseren Verlag.

Wir haben Ihren Text mit Interesse gelesen. Leider können wir ihn nicht in unser Programm aufnehmen – unser Kinderbuchprogramm ist für die nächsten zwei Jahre bereits vollständig geplant.

Wir bitten um Verständnis, dass wir aufgrund der großen Zahl an Einsendungen kein ausführliches Gutachten erstellen können, und wünschen Ihnen viel Erfolg bei der Suche nach einem passenden Verlag.

Mit freundlichen Grüßen
Das Lektorat
Verlag Lindenblatt, Salzburg""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Verlagsabsage für Manuskript",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Status Ihres Visumantrags Nr. VIE-26-118833",
        "from": "Visa Application Centre Wien <info@vac-wien.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Sehr geehrte Antragstellerin,

die zuständige Auslandsvertretung hat über Ihren Antrag auf ein Besuchervisum entschieden. Ihr Antrag wurde abgelehnt.

Ihren Reisepass sowie das Schreiben mit der Begründung der Entscheidung können Sie ab dem 7. Dezember 2026 zu unseren Öffnungszeiten (Mo–Fr 9:00–15:00 Uhr) persönlich abholen. Bitte bringen Sie die Abholbestätigung und einen Lichtbildausweis mit.

Bitte beachten Sie, dass das Visa Application Centre keinen Einfluss auf die Entscheidung hat und keine Auskünfte zu den Gründen erteilen kann.

Mit freundlichen Grüßen
Visa Application Centre Wien""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Visumantrag abgelehnt",
    },
    {
        "label": "ham",
        "language": "de",
        "subject": "Warum Ihre Absage-Mails Ihrer Arbeitgebermarke schaden (und 4 weitere Themen)",
        "from": "Marketing Insider Austria <newsletter@marketinginsider.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://marketinginsider.example/abmelden?u=k.poelzl>", "List-Id": "<wochenausgabe.marketinginsider.example>"},
        "body": """Marketing Insider Austria · Wochenausgabe KW 49

1) Employer Branding: Die Absage als Markenerlebnis
„Leider haben wir uns für andere Kandidaten entschieden“ – diesen Satz lesen Bewerberinnen und Bewerber in Österreich hunderttausendfach im Jahr. Eine Umfrage unter 1.200 Jobsuchenden zeigt: Wer eine lieblose Absage bekommt, kauft seltener bei der Marke. Drei Unternehmen zeigen, wie es besser geht.
→ Weiterlesen

2) Retail Media: Was die großen Handelsketten 2027 planen
3) Podcast-Werbung: Reichweiten-Studie für Österreich
4) Case: Wie eine Wiener Rösterei mit 8.000 Euro Budget viral ging
5) Termine: Marketing Club Jahresausklang, 10. Dezember

Sie erhalten diesen Newsletter, weil Sie sich auf marketinginsider.example angemeldet haben. Abmelden""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Fach-Newsletter mit Artikel über Absage-Mails",
    },
]


def main():
    rows = list(M)
    random.Random(SEED).shuffle(rows)
    out = []
    for i, m in enumerate(rows, 1):
        out.append({
            "id": f"{PREFIX}-{i:03d}",
            "source": SOURCE,
            "label": m["label"],
            "language": m["language"],
            "subject": m["subject"],
            "from": m["from"],
            "headers": m["headers"],
            "body": m["body"],
            "company": m["company"],
            "job_title": m["job_title"],
            "contact": m["contact"],
            "note": m["note"],
        })
    with OUT.open("w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {OUT}")


if __name__ == "__main__":
    main()
