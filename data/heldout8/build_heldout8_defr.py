#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the held-out evaluation set heldout8_defr.jsonl (German + French).

Every message below was written by hand, blind, by the Debrief team (December 2026).
Nothing is generated: the script only shuffles the hand-written list with a fixed
seed, numbers the rows and writes them out as JSON lines.
"""
import json
import os
import random

SEED = 82
PREFIX = "h8d"
SOURCE = "debrief-heldout8 (written by the team, 2026-12)"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout8_defr.jsonl")

MESSAGES = []

# ---------------------------------------------------------------------------
# German - rejection (25)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung als Softwareentwickler Java (m/w/d)",
    from_="Hallmann Fördertechnik GmbH <no-reply@jobs.personio.de>",
    headers={"Reply-To": "Sandra Vogt <sandra.vogt@hallmann-foerdertechnik.example>", "Auto-Submitted": "auto-generated"},
    body="""Sehr geehrter Herr Krüger,

vielen Dank für Ihre Bewerbung als Softwareentwickler Java (m/w/d) und das Interesse an Hallmann Fördertechnik.

Wir haben Ihre Unterlagen sorgfältig geprüft und mit den Anforderungen der Stelle abgeglichen. Leider müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer fachlichen oder persönlichen Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Sandra Vogt
Personalreferentin

Hallmann Fördertechnik GmbH
Industriestraße 14 · 33104 Paderborn
Geschäftsführer: Ralf Hallmann, Dr. Eva Hallmann-Stein
Amtsgericht Paderborn HRB 4471

--
Diese E-Mail wurde über Personio versendet. Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung: https://hallmann-foerdertechnik.jobs.personio.de/privacy-policy""",
    company="Hallmann Fördertechnik", job_title="Softwareentwickler Java", contact="Sandra Vogt",
    note="standard Personio rejection from a Mittelstand employer, signed by HR",
),
dict(
    label="rejection", language="de",
    subject="Deine Bewerbung bei Fluxwerk",
    from_="Lena Marquardt <lena@fluxwerk.example>",
    headers={},
    body="""Hey Jonas,

danke dir nochmal für deine Zeit im Prozess für die Rolle als Senior Backend Engineer und für das Gespräch letzte Woche mit Tarek und mir – hat echt Spaß gemacht, mit dir über Event Sourcing zu nerden 🙂

Wir haben uns jetzt intern abgestimmt und uns am Ende für eine andere Person entschieden, die schon länger in einem sehr ähnlichen Setup (Kotlin + Kafka im Payment-Bereich) unterwegs ist. Das war wirklich knapp und hat nichts damit zu tun, dass wir dein Profil nicht stark fanden.

Wenn du magst, gebe ich dir gern noch ein paar konkrete Punkte aus dem Feedback der Interviewer weiter – schreib mir einfach kurz.

Alles Gute für die weitere Suche!
Lena

Lena Marquardt
Talent Lead | Fluxwerk
fluxwerk.example | Berlin-Kreuzberg""",
    company="Fluxwerk", job_title="Senior Backend Engineer", contact="Lena Marquardt",
    note="du-form start-up rejection after interviews, another person chosen, feedback offered",
),
dict(
    label="rejection", language="de",
    subject="Absage zu Ihrer Bewerbung als Data Analyst (m/w/d) – Kennziffer NHL-2026-087",
    from_="Nordhafen Logistik Recruiting <noreply@softgarden.io>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Schäfer,

herzlichen Dank für Ihr Interesse an der Nordhafen Logistik und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Aufgrund der großen Anzahl an Bewerbungen ist es uns leider nicht möglich, Ihnen eine individuelle Begründung zu geben. Wir bitten hierfür um Ihr Verständnis.

Ihre Daten werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht. Möchten Sie auch künftig über passende Positionen informiert werden, können Sie sich jederzeit in unserem Talent Pool registrieren.

Wir wünschen Ihnen alles Gute.

Ihr Recruiting-Team der Nordhafen Logistik

Nordhafen Logistik GmbH & Co. KG · Am Kaiserkai 40 · 20457 Hamburg
Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
    company="Nordhafen Logistik", job_title="Data Analyst", contact="",
    note="softgarden rejection where the word Absage is only in the subject; body is generic",
),
dict(
    label="rejection", language="de",
    subject="Stellenausschreibung 2026/114 – Sachgebietsleitung IT-Infrastruktur",
    from_="Stadt Kornheim – Personalamt <personalamt@kornheim.example>",
    headers={},
    body="""Stadt Kornheim
Der Oberbürgermeister
Fachbereich 10 – Personal und Organisation

Unser Zeichen: 10.2-2026/114-Li
Datum: 18.11.2026

Sehr geehrter Herr Ahrens,

wir bedanken uns für Ihre Bewerbung auf die Stelle „Sachgebietsleitung IT-Infrastruktur“ und das damit gezeigte Interesse an einer Tätigkeit bei der Stadt Kornheim.

Nach Abschluss des Auswahlverfahrens teilen wir Ihnen mit, dass die Wahl auf eine andere Bewerberin gefallen ist. Die Gleichstellungsbeauftragte, der Personalrat sowie die Schwerbehindertenvertretung waren am Verfahren beteiligt.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen datenschutzgerecht vernichtet. Eine Rücksendung erfolgt nicht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Petra Lindemann

Stadt Kornheim | Rathausplatz 1 | 71234 Kornheim
Telefon 07123 45-1021 | personalamt@kornheim.example
Sprechzeiten: Mo–Fr 8:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr""",
    company="Stadt Kornheim", job_title="Sachgebietsleitung IT-Infrastruktur", contact="Petra Lindemann",
    note="formal rejection letter from a municipal employer, 'die Wahl ist auf eine andere Bewerberin gefallen'",
),
dict(
    label="rejection", language="de",
    subject="Brenner Automotive – Rückmeldung",
    from_="Michael Sternberg <m.sternberg@sternberg-partner.example>",
    headers={},
    body="""Lieber Herr Ahrens,

wie eben am Telefon kurz angesprochen, hier noch einmal schriftlich: Brenner Automotive hat sich entschieden, die Position „IT-Projektleiter SAP S/4HANA“ mit einem internen Kandidaten zu besetzen. Der Kollege kommt aus dem Werk in Zwickau und war wohl schon länger für die Rolle im Gespräch – das hat man uns gegenüber leider erst jetzt offen kommuniziert.

Die Rückmeldung zu Ihrem Gespräch mit Herrn Dr. Lang war ausdrücklich positiv, insbesondere was Ihre Erfahrung mit Carve-out-Projekten angeht. Das ist für mich ein guter Ausgangspunkt für andere Mandate; ich habe aktuell zwei Suchen im Raum Stuttgart/Heilbronn, die ich Ihnen gern in der kommenden Woche vorstellen würde.

Es tut mir leid, dass es dieses Mal nicht geklappt hat.

Herzliche Grüße
Michael Sternberg

Sternberg & Partner Executive Search
Königstraße 28 · 70173 Stuttgart
T +49 711 555 0382 · M +49 170 555 2291
www.sternberg-partner.example""",
    company="Brenner Automotive", job_title="IT-Projektleiter SAP S/4HANA", contact="Michael Sternberg",
    note="executive-search consultant relays the client's no (internal candidate chosen) after a phone call",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung – UX/UI Designer",
    from_="Katharina Hold <k.hold@donaupixel.example>",
    headers={},
    body="""Sehr geehrter Herr Brandstätter,

vielen Dank für Ihre Bewerbung als UX/UI Designer bei Donaupixel und für das angenehme Gespräch in unserem Büro in der Neubaugasse.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abwägung aller Gespräche haben wir uns jedoch für einen Bewerber entschieden, der bereits umfangreiche Erfahrung mit Barrierefreiheit (WCAG 2.2) im öffentlichen Sektor mitbringt – ein Schwerpunkt, der für unser nächstes Großprojekt zentral ist.

Ihr Portfolio, insbesondere die Case Study zur Fahrplan-App, hat uns sehr gefallen. Wir würden Sie gerne in Evidenz halten, sofern Sie damit einverstanden sind.

Alles Gute und liebe Grüße aus dem 7. Bezirk

Katharina Hold
Head of People
Donaupixel GmbH | Neubaugasse 12/3 | 1070 Wien
FN 512345x | Handelsgericht Wien""",
    company="Donaupixel", job_title="UX/UI Designer", contact="Katharina Hold",
    note="Austrian agency rejection after interview, offers to keep the candidate 'in Evidenz'",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung als DevOps Engineer",
    from_="Aarberg Versicherungen – HR <recruiting@aarberg-versicherungen.example>",
    headers={},
    body="""Sehr geehrte Frau Aydın

Wir danken Ihnen für Ihre Bewerbung als DevOps Engineer und das Interesse, das Sie unserem Unternehmen entgegenbringen. Ihre Angaben zum gewünschten Pensum und zur Lohnvorstellung haben wir zur Kenntnis genommen.

Nach sorgfältiger Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Wir haben uns für Kandidatinnen und Kandidaten entschieden, deren Profil unseren Anforderungen noch besser entspricht.

Selbstverständlich werden Ihre Unterlagen vertraulich behandelt und nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen auf Ihrem weiteren beruflichen Weg viel Erfolg.

Freundliche Grüsse

Aarberg Versicherungen AG
Human Resources

Nadine Zurbuchen
HR Business Partner

Bahnhofplatz 3, 3011 Bern""",
    company="Aarberg Versicherungen", job_title="DevOps Engineer", contact="Nadine Zurbuchen",
    note="Swiss insurer rejection of a dossier, Swiss spelling and salutation",
),
dict(
    label="rejection", language="de",
    subject="Data Analyst Controlling – Stand Ihrer Bewerbung",
    from_="Jan Petersen <j.petersen@krogmann-einrichtung.example>",
    headers={},
    body="""Sehr geehrte Frau Schäfer,

ich melde mich, wie versprochen, mit einer Rückmeldung zu Ihrer Bewerbung als Data Analyst Controlling.

Leider gibt es eine Entwicklung, die nichts mit Ihnen oder den anderen Bewerberinnen und Bewerbern zu tun hat: Im Zuge der Zusammenlegung unserer Controlling-Abteilungen in Hamburg und Lübeck hat die Geschäftsführung entschieden, die Stelle nicht neu zu besetzen. Die Ausschreibung ist bereits offline, und das Bewerbungsverfahren ist damit für alle Beteiligten beendet.

Ich bedauere das sehr, zumal Ihr Gespräch mit Frau Kuhlmann sehr gut gelaufen ist. Sollte sich die Lage im nächsten Jahr ändern, würde ich gern wieder auf Sie zukommen – sofern Sie nichts dagegen haben.

Beste Grüße aus Wandsbek
Jan Petersen
Personalleitung
Krogmann Einrichtungshaus GmbH
Tel. 040 555 71 20""",
    company="Krogmann Einrichtungshaus", job_title="Data Analyst Controlling", contact="Jan Petersen",
    note="position will not be filled after a reorganisation, process ended for all candidates",
),
dict(
    label="rejection", language="de",
    subject="Unser Vertragsangebot vom 12.11.",
    from_="Anja Reuter <anja.reuter@kestrel-mobility.example>",
    headers={},
    body="""Hallo Jonas,

ich hätte dir diese Nachricht lieber nicht geschrieben, und ich wollte auch zuerst anrufen – du warst aber nicht erreichbar, und ich will nicht, dass du das über Umwege erfährst.

Unser Hauptinvestor hat am Freitag die zugesagte Anschlussfinanzierung auf unbestimmte Zeit verschoben. Wir haben daraufhin einen sofortigen Einstellungsstopp beschlossen und müssen leider auch das Angebot für die Stelle als Platform Engineer zurückziehen, das wir dir am 12.11. geschickt haben. Da der Vertrag noch nicht gegengezeichnet ist, wird er nicht wirksam.

Mir ist klar, was das für dich bedeutet, gerade weil du andere Prozesse für uns gestoppt hast. Wenn es irgendwie hilft, schreibe ich dir sehr gern eine Empfehlung oder stelle Kontakte zu anderen Teams in München her, die gerade suchen.

Ruf mich bitte jederzeit an: 0151 5550 8841.

Es tut mir wirklich leid.
Anja

--
Dr. Anja Reuter
VP Engineering
Kestrel Mobility GmbH · Leopoldstraße 77 · 80802 München""",
    company="Kestrel Mobility", job_title="Platform Engineer", contact="Anja Reuter",
    note="offer withdrawn because of a hiring freeze; subject gives no hint",
),
dict(
    label="rejection", language="de",
    subject="Statusänderung Ihrer Bewerbung (Ref. 48213)",
    from_="Vireo Energie Karriere <karriere-noreply@vireo-energie.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Guten Tag Tobias Ahrens,

der Status Ihrer Bewerbung hat sich geändert.

Stelle: Cloud Architect (m/w/d)
Referenznummer: 48213
Standort: Essen
Neuer Status: Absage – Bewerbungsprozess beendet

Details finden Sie in Ihrem Kandidatenprofil unter https://karriere.vireo-energie.example/candidate

Dies ist eine automatisch generierte E-Mail. Antworten an diese Adresse werden nicht gelesen.

Vireo Energie AG | Huttropstraße 60 | 45138 Essen""",
    company="Vireo Energie", job_title="Cloud Architect", contact="",
    note="corporate ATS status mail; the rejection is a single status line",
),
dict(
    label="rejection", language="de",
    subject="AW: Bewerbung Fullstack-Entwickler – Nachfrage",
    from_="Stefan Bauer <stefan.bauer@medicus-data.example>",
    headers={"In-Reply-To": "<CAF7q2Lx0Jk@mail.posteo.example>", "References": "<CAF7q2Lx0Jk@mail.posteo.example>"},
    body="""Hallo Herr Krüger,

danke für Ihre Nachfrage und entschuldigen Sie bitte, dass Sie so lange nichts von uns gehört haben. So wollen wir eigentlich nicht mit Bewerbern umgehen.

Wir haben die Stelle inzwischen besetzt. Ich hätte Ihnen das längst mitteilen müssen – das ist in der Urlaubszeit bei mir leider durchgerutscht.

Viel Erfolg weiterhin und nochmals sorry!

Viele Grüße
Stefan Bauer
Teamlead Engineering
Medicus Data GmbH, Leipzig

-----Ursprüngliche Nachricht-----
Von: Jonas Krüger <jonas.krueger@posteo.example>
Gesendet: Montag, 9. November 2026 10:14
An: Stefan Bauer <stefan.bauer@medicus-data.example>
Betreff: Bewerbung Fullstack-Entwickler – Nachfrage

Hallo Herr Bauer,

ich hatte mich Anfang Oktober auf die Stelle als Fullstack-Entwickler beworben und am 14.10. ein erstes Gespräch mit Ihnen geführt. Gibt es inzwischen einen neuen Stand?

Viele Grüße
Jonas Krüger""",
    company="Medicus Data", job_title="Fullstack-Entwickler", contact="Stefan Bauer",
    note="reply to the candidate's follow-up: the job has been filled; original question quoted below",
),
dict(
    label="rejection", language="de",
    subject="Rückmeldung nach unserem Zweitgespräch",
    from_="Nora Ebeling <nora.ebeling@brightcast.example>",
    headers={},
    body="""Liebe Frau Schäfer,

haben Sie nochmals vielen Dank für Ihre Zeit am Dienstag und die spannende Präsentation Ihrer Fallstudie zum Churn-Reporting im Rahmen Ihrer Bewerbung als BI Developer.

Wir haben in dieser Woche alle Eindrücke im Team zusammengetragen. Nach reiflicher Überlegung sind wir zu dem Schluss gekommen, dass ein anderes Profil für die aktuellen Anforderungen in unserem Team noch etwas besser passt – vor allem mit Blick auf die tiefe dbt- und Snowflake-Erfahrung, die wir für den Aufbau der neuen Datenplattform kurzfristig brauchen.

Das fällt mir ehrlich gesagt nicht leicht zu schreiben, denn Sie haben uns menschlich und methodisch überzeugt. Ich würde mich freuen, wenn wir in Kontakt bleiben.

Herzliche Grüße
Nora Ebeling
Lead Analytics | Brightcast Media GmbH
Große Elbstraße 145 | 22767 Hamburg""",
    company="Brightcast Media", job_title="BI Developer", contact="Nora Ebeling",
    note="indirect rejection after second interview: 'ein anderes Profil passt besser'",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung bei Solvara Pharma – Senior Data Engineer (m/w/d) | Job-ID 20261187",
    from_="Solvara Pharma Talent Acquisition <solvara@myworkday.com>",
    headers={"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@solvara-pharma.example"},
    body="""Sehr geehrter Herr Krüger,

vielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d) am Standort Frankfurt am Main und für das Vertrauen, das Sie uns damit entgegenbringen.

Bei Solvara Pharma arbeiten über 14.000 Menschen in 38 Ländern daran, Patientinnen und Patienten weltweit Zugang zu innovativen Therapien zu ermöglichen. Vielfalt, Neugier und Verantwortung prägen unsere Kultur – und wir wissen, dass hinter jeder Bewerbung ein Mensch mit Plänen und Erwartungen steht.

Wir haben alle eingegangenen Bewerbungen sorgfältig gesichtet. Dennoch können wir Ihnen heute keine positive Rückmeldung geben. Diese Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Bleiben Sie mit uns in Verbindung: In unserer Talent Community erhalten Sie regelmäßig Einblicke in unsere Arbeit und Informationen zu neuen Stellen, die zu Ihrem Profil passen könnten: https://careers.solvara-pharma.example/talent-community

Hinweise zum Datenschutz: Ihre personenbezogenen Daten werden gemäß Art. 6 Abs. 1 lit. b DSGVO in Verbindung mit § 26 BDSG ausschließlich zum Zweck der Durchführung des Bewerbungsverfahrens verarbeitet und sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben. Weitere Informationen finden Sie unter https://careers.solvara-pharma.example/datenschutz.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Solvara Pharma

Solvara Pharma Deutschland GmbH · Mainzer Landstraße 200 · 60327 Frankfurt am Main
Sitz der Gesellschaft: Frankfurt am Main · Registergericht: Amtsgericht Frankfurt am Main, HRB 99123
Geschäftsführung: Dr. Helena Ortmann (Vorsitzende), Matthias Lüdecke""",
    company="Solvara Pharma", job_title="Senior Data Engineer", contact="",
    note="Workday rejection buried in corporate boilerplate: 'keine positive Rückmeldung geben'",
),
dict(
    label="rejection", language="de",
    subject="Neuigkeiten zu Ihrer Bewerbung: IT-Systemadministrator (m/w/d) bei Ostwind Facility Services",
    from_="StepStone <noreply@stepstone.de>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Guten Tag Daniel Vogel,

es gibt ein Update zu Ihrer Bewerbung.

IT-Systemadministrator (m/w/d)
Ostwind Facility Services GmbH · Bremen
Beworben am 02.10.2026

Status: Das Unternehmen hat sich entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.

Lassen Sie sich nicht entmutigen – oft klappt es erst beim dritten oder vierten Anlauf. Diese ähnlichen Jobs könnten zu Ihnen passen:

• IT-Administrator Windows/Linux – Hanse Klinikverbund – Bremen
• System Engineer Microsoft 365 – Datagrid Solutions – Oldenburg
• IT-Supporter 2nd Level – Weserland Stadtwerke – Bremerhaven

Alle Jobs ansehen: https://www.stepstone.de/jobs/it-administrator/in-bremen

Ihr StepStone Team

Sie erhalten diese E-Mail, weil Sie sich über StepStone beworben haben. Benachrichtigungen verwalten: https://www.stepstone.de/kandidat/einstellungen""",
    company="Ostwind Facility Services", job_title="IT-Systemadministrator", contact="",
    note="job-board status notification relaying the employer's decision, followed by job suggestions",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung bei Quantis Labs",
    from_="LinkedIn <jobs-noreply@linkedin.com>",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    body="""Ihr Update von Quantis Labs

Frontend Developer (React)
Quantis Labs · Köln (Hybrid)

Vielen Dank für Ihr Interesse an der Position „Frontend Developer (React)“. Nach Prüfung Ihrer Bewerbung haben wir entschieden, mit anderen Kandidat:innen fortzufahren. Wir wünschen Ihnen viel Erfolg bei Ihrer Jobsuche.

Beworben am 21. Okt.

Ähnliche Jobs ansehen

----------------------------------------
Diese E-Mail war für Jonas Krüger (Backend-Entwickler | Java · Kotlin | Leipzig) bestimmt.
Sie erhalten Benachrichtigungen zu Ihren Bewerbungen. Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
    company="Quantis Labs", job_title="Frontend Developer (React)", contact="",
    note="LinkedIn Easy Apply status update with the employer's short no",
),
dict(
    label="rejection", language="de",
    subject="Re: Gespräch Donnerstag",
    from_="Max Hellwig <max@ferrolab.example>",
    headers={"In-Reply-To": "<5d1e0c2a-77f3@posteo.example>", "References": "<5d1e0c2a-77f3@posteo.example>"},
    body="""hi jonas,

kurz und ehrlich: wir gehen mit jemandem weiter, der schon 3 jahre rust in prod hat. das war am ende der ausschlag. fand das gespräch trotzdem richtig gut.

wenn du konkretes feedback willst, ruf mich einfach an.

lg max

--
Max Hellwig | Co-Founder & CTO | Ferrolab
Von meinem iPhone gesendet

> Am 27.11.2026 um 09:02 schrieb Jonas Krüger <jonas.krueger@posteo.example>:
>
> Hi Max, danke nochmal für das Gespräch gestern! Ich bin gespannt auf euer Feedback. Viele Grüße, Jonas""",
    company="Ferrolab", job_title="", contact="Max Hellwig",
    note="two-line lowercase rejection from a founder replying from his phone; role not named",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung – studentische Hilfskraft Data Science (Kennziffer 26-WS-31)",
    from_="Institut für Angewandte Systemtechnik <bewerbung@iast.example>",
    headers={},
    body="""Sehr geehrte Frau Neumann,

vielen Dank für Ihre Bewerbung auf die Stelle als studentische Hilfskraft Data Science in der Abteilung Energiesysteme.

Wir haben uns sehr über das große Interesse gefreut. Leider können wir Ihnen keine Stelle anbieten, da wir uns für eine Bewerberin entschieden haben, deren Studienschwerpunkt noch näher an den Projektinhalten liegt.

Wir wünschen Ihnen für Ihr Studium und Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

i. A. Ulrike Haas
Personalservice
Institut für Angewandte Systemtechnik (IAST)
Am Technologiepark 5, 76131 Karlsruhe""",
    company="Institut für Angewandte Systemtechnik", job_title="studentische Hilfskraft Data Science", contact="Ulrike Haas",
    note="research institute turns down a student job application",
),
dict(
    label="rejection", language="de",
    subject="Feedback zu deiner Coding Challenge",
    from_="Philipp Arndt <philipp.arndt@tessellate.example>",
    headers={},
    body="""Hallo Jonas,

danke, dass du dir die Zeit für unsere Take-Home-Aufgabe genommen hast – wir wissen, dass das neben dem Job nicht ohne ist.

Wir haben deine Lösung zu dritt angeschaut. Die API-Struktur war sauber und die README sehr gut nachvollziehbar. Bei der Nebenläufigkeit (Worker-Pool, Fehlerbehandlung beim Retry) und bei der Testabdeckung der Kernlogik lag die Lösung aber unter dem, was wir für die Rolle als Backend Engineer (Go) erwarten. Deshalb haben wir uns gegen eine Fortsetzung des Prozesses entschieden.

Ich hoffe, das Feedback ist trotzdem hilfreich. Falls du Fragen zu einzelnen Punkten hast, schreib mir gern.

Viele Grüße
Philipp

Philipp Arndt
Engineering Manager · Tessellate
Rosenthaler Str. 40 · 10178 Berlin""",
    company="Tessellate", job_title="Backend Engineer (Go)", contact="Philipp Arndt",
    note="rejection after a take-home task with detailed feedback; decision in the last sentence of paragraph two",
),
dict(
    label="rejection", language="de",
    subject="Suche „Leiter IT“ – Information zum Stand",
    from_="Carola Wendt <wendt@wendt-personalberatung.example>",
    headers={},
    body="""Sehr geehrter Herr Ahrens,

ich möchte Sie darüber informieren, dass unser Mandant – ein familiengeführtes Maschinenbauunternehmen in Ostwestfalen – die Suche nach einem Leiter IT (m/w/d) eingestellt hat. Hintergrund ist die geplante Übernahme durch einen Wettbewerber; die IT soll künftig aus dessen Konzernzentrale gesteuert werden. Die Position wird daher nicht besetzt, und das Verfahren ist für alle Kandidaten beendet.

Ich bedauere das insbesondere, weil Sie nach den Vorgesprächen zu den aussichtsreichsten Kandidaten gehörten. Ihre Unterlagen behalte ich – Ihr Einverständnis vorausgesetzt – gerne für künftige Suchen in unserer Datenbank.

Mit freundlichen Grüßen

Carola Wendt
Geschäftsführende Gesellschafterin
Wendt Personalberatung GmbH
Alter Markt 6 · 33602 Bielefeld
Tel. 0521 555 390-0""",
    company="", job_title="Leiter IT", contact="Carola Wendt",
    note="agency reports the unnamed client cancelled the search; process ended for all candidates",
),
dict(
    label="rejection", language="de",
    subject="Carsten Möbius hat Ihnen eine Nachricht geschickt",
    from_="XING <mailrobot@mail.xing.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Neue Nachricht von Carsten Möbius
Leiter Personal · Stahlmann Logistik GmbH & Co. KG

„Guten Tag Herr Ahrens, vielen Dank für Ihre Bewerbung auf unsere Position Head of IT Operations und Ihr Interesse an Stahlmann Logistik. Wir haben uns nach einigen Gesprächen für einen anderen Kandidaten entschieden, dessen Erfahrung im Bereich Lagerautomatisierung für uns den Ausschlag gegeben hat. Ich wünsche Ihnen alles Gute und bleibe gern über XING mit Ihnen verbunden. Beste Grüße, Carsten Möbius“

Nachricht beantworten: https://www.xing.com/chats

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen über neue Nachrichten aktiviert haben.
Benachrichtigungseinstellungen ändern: https://www.xing.com/settings/notifications""",
    company="Stahlmann Logistik", job_title="Head of IT Operations", contact="Carsten Möbius",
    note="XING message notification carrying a personal rejection from the head of HR",
),
dict(
    label="rejection", language="de",
    subject="Bewerbung Site Reliability Engineer – Léman Medtech",
    from_="Reto Gerber <reto.gerber@leman-medtech.example>",
    headers={},
    body="""Grüezi Frau Aydın

Besten Dank für Ihre Bewerbung als Site Reliability Engineer und das gute Telefongespräch vom Montag.

Wie ich im Gespräch bereits angedeutet habe, arbeitet das Team hauptsächlich von Lausanne aus, und die Alltagssprache ist Französisch. Nach Rücksprache mit dem Teamleiter haben wir entschieden, die Stelle mit einer Person zu besetzen, die fliessend Französisch spricht. Aus diesem Grund können wir Ihre Kandidatur leider nicht weiterverfolgen.

Fachlich hat uns Ihr Hintergrund mit Kubernetes und Observability sehr überzeugt. Sollte bei uns in Bern eine deutschsprachige Stelle frei werden, melde ich mich gern wieder bei Ihnen.

Freundliche Grüsse
Reto Gerber
Talent Acquisition
Léman Medtech SA
Route de la Sallaz 12 | 1010 Lausanne
Niederlassung Bern: Laupenstrasse 8 | 3008 Bern""",
    company="Léman Medtech", job_title="Site Reliability Engineer", contact="Reto Gerber",
    note="Swiss rejection after phone screen because fluent French is required",
),
dict(
    label="rejection", language="de",
    subject="Ihr Assessment Center am 3. Dezember 2026",
    from_="Nordmark Bank – Nachwuchsrecruiting <nachwuchs@nordmark-bank.example>",
    headers={},
    body="""Sehr geehrte Frau Neumann,

vielen Dank für Ihre Teilnahme an unserem Assessment Center für das IT-Traineeprogramm am 3. Dezember in Kiel. Wir hoffen, Sie hatten trotz des anspruchsvollen Programms einen interessanten Tag bei uns.

Die Beobachterinnen und Beobachter haben Ihre Ergebnisse in den Übungen Fallstudie, Gruppendiskussion und Präsentation gemeinsam ausgewertet. In den Bereichen Analyse und Kommunikation haben Sie uns überzeugt; in der Gesamtbetrachtung reichten die Ergebnisse jedoch nicht aus, um Ihnen einen Platz im Traineeprogramm 2027 anzubieten.

Gern erläutern wir Ihnen Ihre Ergebnisse in einem kurzen telefonischen Feedbackgespräch. Vereinbaren Sie dazu bitte einen Termin mit mir.

Mit freundlichen Grüßen

Julia Westphal
Nachwuchsrecruiting
Nordmark Bank AG
Holstenbrücke 9 · 24103 Kiel""",
    company="Nordmark Bank", job_title="IT-Traineeprogramm", contact="Julia Westphal",
    note="rejection after an assessment centre, neutral subject, decision phrased as results 'reichten nicht aus'",
),
dict(
    label="rejection", language="de",
    subject="Ihre Bewerbung: IT-Techniker für Linux-Server (GZ LRZ-P-2026/219)",
    from_="Landesrechenzentrum Oberau – Personalabteilung <personal@lrz-oberau.example>",
    headers={},
    body="""Sehr geehrter Herr Wimmer!

Bezugnehmend auf Ihre Bewerbung vom 14. September 2026 für die ausgeschriebene Stelle IT-Techniker für Linux-Server (Verwendungsgruppe IT3) teilen wir Ihnen mit, dass Ihre Bewerbung im Rahmen des Auswahlverfahrens nicht berücksichtigt werden konnte.

Wir danken für Ihr Interesse an einer Tätigkeit in unserem Haus und wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Für die Geschäftsführung:
Mag. Herbert Pichler
Personalabteilung

Landesrechenzentrum Oberau GmbH
Landhausplatz 2, 4020 Linz
Tel.: +43 732 555 4410""",
    company="Landesrechenzentrum Oberau", job_title="IT-Techniker für Linux-Server", contact="Herbert Pichler",
    note="short formal Austrian public-sector rejection",
),
dict(
    label="rejection", language="de",
    subject="Ihre Initiativbewerbung",
    from_="Melanie Koch <bewerbung@kranich-software.example>",
    headers={},
    body="""Sehr geehrte Frau Schäfer,

vielen Dank für Ihre Initiativbewerbung und Ihr Interesse an Kranich Software.

Wir haben Ihre Unterlagen mit Interesse gelesen. Derzeit haben wir jedoch keine Vakanz, die zu Ihrem Profil passt, und werden Ihre Bewerbung daher nicht weiter berücksichtigen. Offene Stellen veröffentlichen wir laufend auf unserer Karriereseite.

Viel Erfolg bei Ihrer Suche!

Freundliche Grüße
Melanie Koch
Assistenz der Geschäftsführung
Kranich Software GmbH | Lübecker Str. 3 | 23843 Bad Oldesloe""",
    company="Kranich Software", job_title="", contact="Melanie Koch",
    note="unsolicited application turned down, no vacancy",
),
dict(
    label="rejection", language="de",
    subject="Product Owner – Ihre Gehaltsvorstellung",
    from_="Birgit Hansen <b.hansen@weidner-medizintechnik.example>",
    headers={},
    body="""Guten Tag Herr Ahrens,

danke für das offene Telefonat heute Vormittag und dafür, dass Sie Ihre Gehaltsvorstellung so klar benannt haben.

Ich habe mich mit unserem Bereichsleiter abgestimmt: Ihre Vorstellung von 105.000 € liegt deutlich über dem Rahmen, den wir für die Stelle als Product Owner vorgesehen haben, und wir sehen auch mittelfristig keinen Spielraum, diese Lücke zu schließen. Deshalb möchten wir den Prozess an dieser Stelle nicht fortsetzen – das ist fairer, als Sie noch durch zwei weitere Gesprächsrunden zu schicken.

Ich bedanke mich für Ihr Interesse und wünsche Ihnen viel Erfolg.

Mit freundlichen Grüßen
Birgit Hansen
HR Business Partner
Weidner Medizintechnik GmbH
Tuttlingen""",
    company="Weidner Medizintechnik", job_title="Product Owner", contact="Birgit Hansen",
    note="process stopped over salary expectations; subject sounds like a routine salary question",
),
])

# ---------------------------------------------------------------------------
# German - job_other (33)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="job_other", language="de",
    subject="Eingangsbestätigung: Ihre Bewerbung als Backend Developer (m/w/d)",
    from_="Auenland Robotics <no-reply@jobs.personio.de>",
    headers={"Auto-Submitted": "auto-generated", "Reply-To": "jobs@auenland-robotics.example"},
    body="""Hallo Jonas Krüger,

vielen Dank für Ihre Bewerbung als Backend Developer (m/w/d) bei Auenland Robotics!

Wir haben Ihre Unterlagen erhalten und werden sie in den nächsten Tagen sichten. Sie hören spätestens in zwei Wochen von uns.

Bei Fragen erreichen Sie uns unter jobs@auenland-robotics.example.

Viele Grüße
Ihr People-Team von Auenland Robotics

Informationen zum Datenschutz: https://auenland-robotics.jobs.personio.de/privacy-policy""",
    company="", job_title="", contact="",
    note="automatic Personio acknowledgement of an application",
),
dict(
    label="job_other", language="de",
    subject="Kennenlernen? 🙂",
    from_="Tarek Said <tarek@nuvola-health.example>",
    headers={},
    body="""Hi Jonas,

danke für deine Bewerbung als Backend Engineer! Dein Profil passt richtig gut zu dem, was wir gerade aufbauen (FHIR-Schnittstellen, viel Kotlin, ein bisschen Rust im Edge-Bereich).

Hast du Lust auf ein erstes 30-minütiges Kennenlernen per Video? Such dir einfach einen Slot aus, der dir passt:
https://cal.nuvola-health.example/tarek/kennenlernen

Falls keiner der Termine klappt, schick mir gern ein paar Alternativen.

Bis bald
Tarek

Tarek Said · Founding Engineer · Nuvola Health
Wir sind ein 14-köpfiges Team in Leipzig und remote.""",
    company="", job_title="", contact="",
    note="du-form start-up invites to a first video call with a booking link",
),
dict(
    label="job_other", language="de",
    subject="Vielen Dank für Ihre Bewerbung – Junior Data Scientist (m/w/d)",
    from_="Hanseatische Wasserwerke Recruiting <noreply@softgarden.io>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Schäfer,

vielen Dank für Ihre Bewerbung als Junior Data Scientist (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://hanseatische-wasserwerke.softgarden.io/de/applicant/login

Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch nehmen kann. Wir melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Team Personalgewinnung
Hanseatische Wasserwerke AG

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht darauf.""",
    company="", job_title="", contact="",
    note="softgarden acknowledgement with applicant portal link",
),
dict(
    label="job_other", language="de",
    subject="Termin morgen – muss leider absagen",
    from_="Frank Oberdieck <f.oberdieck@lindner-elektronik.example>",
    headers={},
    body="""Hallo Herr Ahrens,

es tut mir leid, dass ich so kurzfristig schreibe: Ich muss unser Gespräch morgen um 10 Uhr leider absagen, weil ich zu einem Kunden nach Ulm muss, der einen Produktionsausfall hat.

An Ihrer Bewerbung ändert das natürlich nichts – ich möchte Sie unbedingt kennenlernen. Würde Ihnen Donnerstag, 10.12., um 14 Uhr oder Freitag, 11.12., um 9 Uhr passen? Alternativ gern auch per Teams, falls Ihnen die Anfahrt zu weit ist.

Nochmals Entschuldigung für die Umstände.

Freundliche Grüße
Frank Oberdieck
Leiter IT
Lindner Elektronik GmbH & Co. KG
Gewerbestraße 22, 73230 Kirchheim unter Teck""",
    company="", job_title="", contact="",
    note="interview cancelled and rescheduled by the hiring manager; 'absagen' refers to the appointment only",
),
dict(
    label="job_other", language="de",
    subject="Zwischenstand zu Ihrer Bewerbung",
    from_="Elisabeth Krämer <e.kraemer@stadtwerke-auental.example>",
    headers={},
    body="""Sehr geehrte Frau Schäfer,

leider müssen wir Sie noch um etwas Geduld bitten. Aufgrund von Urlaubs- und Krankheitsausfällen in der Fachabteilung verzögert sich unser Auswahlverfahren für die Stelle als Datenanalystin im Energiehandel um etwa zwei bis drei Wochen.

Ihre Bewerbung ist nach wie vor im Verfahren, und wir melden uns unaufgefordert bei Ihnen, sobald die Gesprächstermine feststehen.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Elisabeth Krämer
Personalabteilung
Stadtwerke Auental GmbH""",
    company="", job_title="", contact="",
    note="status update: process delayed, application still active; starts with 'leider'",
),
dict(
    label="job_other", language="de",
    subject="Einladung zum Online-Assessment – Graduate Program Digital & IT",
    from_="Rheinmark Chemie Recruiting <recruiting-noreply@rheinmark-chemie.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Guten Tag Paula Neumann,

vielen Dank für Ihre Bewerbung für unser Graduate Program Digital & IT. Wir freuen uns, Sie zum nächsten Schritt unseres Auswahlverfahrens einzuladen: einem Online-Assessment, bestehend aus einem numerischen und einem logischen Test sowie einem kurzen Fragebogen zu Ihren Arbeitspräferenzen.

Dauer: ca. 60 Minuten
Bearbeitungsfrist: 14.12.2026, 23:59 Uhr
Link: https://assessment.rheinmark-chemie.example/start?token=8f3a2c91

Bitte sorgen Sie für eine stabile Internetverbindung und eine ruhige Umgebung. Zwischen den einzelnen Modulen können Sie eine Pause einlegen.

Bei technischen Problemen wenden Sie sich bitte an support@assessment.rheinmark-chemie.example.

Viel Erfolg!
Ihr Recruiting-Team
Rheinmark Chemie AG · Ludwigshafen am Rhein""",
    company="", job_title="", contact="",
    note="invitation to an online aptitude test with deadline",
),
dict(
    label="job_other", language="de",
    subject="Nächster Schritt: Take-Home-Challenge",
    from_="Jana Wolff <jana@brezelbyte.example>",
    headers={},
    body="""Hey Jonas,

vielen Dank für das nette Gespräch gestern! Wie besprochen kommt hier die Take-Home-Challenge:
https://github.com/brezelbyte-hiring/challenge-backend-2026 (privates Repo, du solltest gleich eine Einladung bekommen)

Plan bitte nicht mehr als 3–4 Stunden ein. Es geht uns nicht um Perfektion, sondern darum, wie du an so ein Problem herangehst. Schick uns den Link zu deinem Fork bis nächsten Mittwoch, dann besprechen wir die Lösung gemeinsam im Tech-Interview.

LG Jana
People & Culture @ BrezelByte, Stuttgart""",
    company="", job_title="", contact="",
    note="start-up sends a take-home coding task after the first interview",
),
dict(
    label="job_other", language="de",
    subject="Vertragsangebot – Senior Software Engineer",
    from_="Katrin Dahl <katrin.dahl@elbwerk-digital.example>",
    headers={},
    body="""Hallo Herr Krüger,

wie heute Mittag am Telefon besprochen, freuen wir uns sehr, Ihnen die Position als Senior Software Engineer in unserem Team Payments anzubieten!

Im Anhang finden Sie:
– den Arbeitsvertrag (2-fach)
– die Anlage zur Vergütung (Jahresbruttogehalt 78.000 € zzgl. variablem Anteil)
– unsere Regelungen zum mobilen Arbeiten

Als Startdatum haben wir den 1. Februar 2027 vorgesehen. Wir würden uns freuen, wenn Sie uns bis zum 15. Dezember Bescheid geben. Bei Fragen zum Vertrag stehe ich Ihnen jederzeit zur Verfügung.

Herzliche Grüße
Katrin Dahl
Head of HR
Elbwerk Digital GmbH
Bei den Mühren 1, 20457 Hamburg

Anhänge: Arbeitsvertrag_Krueger.pdf; Anlage_Verguetung.pdf; Richtlinie_Mobiles_Arbeiten.pdf""",
    company="", job_title="", contact="",
    note="written job offer with contract attached",
),
dict(
    label="job_other", language="de",
    subject="Chance bei einem Münchner Mobility-Scale-up",
    from_="Sabine Kraus über LinkedIn <inmail-hit-reply@linkedin.com>",
    headers={"Reply-To": "inmail-hit-reply@linkedin.com"},
    body="""Hallo Jonas,

ich bin über Ihr Profil gestolpert und fand Ihren Werdegang im Bereich Event-driven Architecture sehr spannend.

Ich unterstütze aktuell ein Münchner Scale-up (Series B, ca. 120 Mitarbeitende) bei der Suche nach einem Staff Engineer Backend. Remote aus Leipzig wäre möglich, mit einem Teamtreffen pro Monat vor Ort. Gehaltsrahmen bis 95k + VSOP.

Hätten Sie Lust auf einen kurzen Austausch in dieser oder nächster Woche?

Viele Grüße
Sabine Kraus
Senior Consultant Tech | Kraus & Wendel Recruiting

Antworten · Nicht interessiert

----------------------------------------
Sie erhalten InMail-Benachrichtigungen. Abmelden: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
    company="", job_title="", contact="",
    note="recruiter outreach via LinkedIn InMail",
),
dict(
    label="job_other", language="de",
    subject="Tobias, 6 neue Jobs passen zu Ihnen",
    from_="XING Jobs <jobs@mail.xing.com>",
    headers={"List-Unsubscribe": "<https://www.xing.com/settings/notifications/unsubscribe?type=jobs>", "Precedence": "bulk"},
    body="""Jobs, die zu Ihrem Profil passen

IT-Projektleiter ERP (m/w/d)
Grauwald Maschinenbau GmbH · Reutlingen · 85.000 – 98.000 €

Head of IT (m/w/d)
Selig Lebensmittelgruppe · Heilbronn

Senior Projektmanager Digitalisierung (m/w/d)
Landesbank-Service Süd · Stuttgart · Hybrid

Teamleiter Anwendungsbetreuung SAP (m/w/d)
Kübler Kliniken · Esslingen

IT Program Manager (m/w/d)
Arkon Defence Systems · Ulm

Projektleiter Rollout MES (m/w/d)
Fischbach Kunststofftechnik · Schwäbisch Hall

Alle Empfehlungen ansehen: https://www.xing.com/jobs/recommendations

Diese Empfehlungen basieren auf Ihren Profilangaben und Ihrer Jobsuche.
Sie möchten diese E-Mails nicht mehr erhalten? Hier abmelden: https://www.xing.com/settings/notifications/unsubscribe?type=jobs""",
    company="", job_title="", contact="",
    note="job-board recommendation mail",
),
dict(
    label="job_other", language="de",
    subject="Ihr Job-Agent: 12 neue Jobs für „Data Analyst“ in Hamburg",
    from_="StepStone Job-Agent <jobagent@stepstone.de>",
    headers={"List-Unsubscribe": "<https://www.stepstone.de/jobagent/abmelden?id=77120931>", "Precedence": "bulk"},
    body="""Guten Morgen,

Ihr Job-Agent „Data Analyst – Hamburg – 25 km“ hat 12 neue Jobs gefunden.

Data Analyst (m/w/d) E-Commerce
Möwe & Anker Versand GmbH · Hamburg · Neu

Business Analyst Power BI (m/w/d)
Alsterhaus Immobilien · Hamburg-Altona · Homeoffice möglich

Werkstudent Datenanalyse (m/w/d)
Elbe Digital Health · Hamburg

Data Analyst Supply Chain (m/w/d)
Nordhafen Logistik GmbH & Co. KG · Hamburg

... und 8 weitere Jobs

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=77120931

Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Job-Agent bearbeiten oder abmelden: https://www.stepstone.de/jobagent/abmelden?id=77120931""",
    company="", job_title="", contact="",
    note="saved-search job alert",
),
dict(
    label="job_other", language="de",
    subject="Bestätigung: Sie haben Ihre Bewerbung zurückgezogen",
    from_="Karriere bei Hagedorn Versicherung <noreply@karriere.hagedorn-versicherung.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Schäfer,

hiermit bestätigen wir, dass Sie Ihre Bewerbung für die Stelle „Business Intelligence Analyst (m/w/d)“ am 30.11.2026 über unser Bewerberportal zurückgezogen haben.

Schade, dass wir uns nicht näher kennenlernen. Ihre Bewerbungsdaten werden gemäß unserer Datenschutzerklärung innerhalb von 30 Tagen gelöscht. Sollten Sie es sich anders überlegen, können Sie sich jederzeit erneut bewerben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hagedorn Versicherung

Dies ist eine automatisch erzeugte Nachricht.""",
    company="", job_title="", contact="",
    note="portal confirms the candidate withdrew her own application",
),
dict(
    label="job_other", language="de",
    subject="AW: Vertragsangebot Platform Engineer",
    from_="Moritz Engel <moritz.engel@gravity-freight.example>",
    headers={"In-Reply-To": "<b2c71e90-4f1a@posteo.example>", "References": "<b2c71e90-4f1a@posteo.example>"},
    body="""Hallo Jonas,

schade – aber danke, dass du so offen und schnell Bescheid gegeben hast. Ich kann die Entscheidung gut nachvollziehen; das andere Angebot klingt nach einem tollen nächsten Schritt.

Wir bedauern es natürlich, dich nicht an Bord zu haben. Falls es sich in ein, zwei Jahren anders ergibt: Unsere Tür ist offen.

Alles Gute für den Start!
Moritz

> Am 02.12.2026 um 18:41 schrieb Jonas Krüger <jonas.krueger@posteo.example>:
>
> Hallo Moritz,
>
> vielen Dank nochmal für das Angebot und die tollen Gespräche. Ich habe lange überlegt, mich aber entschieden, das Angebot eines anderen Unternehmens anzunehmen. Ich hoffe, ihr versteht das.
>
> Viele Grüße
> Jonas""",
    company="", job_title="", contact="",
    note="company acknowledges that the candidate declined its offer; uses 'schade' and 'bedauern'",
),
dict(
    label="job_other", language="de",
    subject="Fehlende Unterlagen – Ihre Bewerbung Nr. 2026-0734",
    from_="Klinikum Mittelhessen – Personalmanagement <bewerbung@klinikum-mittelhessen.example>",
    headers={},
    body="""Sehr geehrter Herr Vogel,

vielen Dank für Ihre Bewerbung als Systembetreuer Medizintechnik-IT (m/w/d).

Bei der Sichtung ist uns aufgefallen, dass Ihren Unterlagen noch folgende Nachweise fehlen:

1. Arbeitszeugnis Ihres aktuellen bzw. letzten Arbeitgebers
2. Nachweis über den Abschluss als Fachinformatiker (Prüfungszeugnis der IHK)

Bitte laden Sie die Dokumente bis zum 18.12.2026 in Ihrem Bewerberkonto hoch oder senden Sie sie als PDF an bewerbung@klinikum-mittelhessen.example. Erst dann können wir Ihre Bewerbung vollständig prüfen.

Mit freundlichen Grüßen
Sevgi Arslan
Personalmanagement
Klinikum Mittelhessen gGmbH""",
    company="", job_title="", contact="",
    note="request for missing certificates",
),
dict(
    label="job_other", language="de",
    subject="Vermittlungsvorschlag: Sachbearbeiter IT-Support (m/w/d)",
    from_="Agentur für Arbeit Kornheim <kornheim.arbeitsvermittlung@arbeitsagentur.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrter Herr Vogel,

in Ihrem Postfach im Online-Portal liegt ein neuer Vermittlungsvorschlag für Sie bereit:

Stelle: Sachbearbeiter IT-Support (m/w/d)
Arbeitgeber: Kreiswerke Kornheim GmbH
Arbeitsort: Kornheim
Referenznummer: 10001-1187733021-S

Bitte bewerben Sie sich umgehend, spätestens innerhalb von drei Tagen, auf diese Stelle und teilen Sie mir das Ergebnis Ihrer Bewerbung über das Online-Portal mit. Die Rechtsfolgenbelehrung finden Sie im Anhang des Vermittlungsvorschlags.

Mit freundlichen Grüßen
Ihre Arbeitsvermittlung
Agentur für Arbeit Kornheim

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.""",
    company="", job_title="", contact="",
    note="employment agency sends a job referral the candidate must apply to",
),
dict(
    label="job_other", language="de",
    subject="Ihr Start bei uns – erweitertes Führungszeugnis",
    from_="Annette Rieck <annette.rieck@ksk-hohenfels.example>",
    headers={},
    body="""Sehr geehrter Herr Vogel,

wir freuen uns, dass Sie ab dem 1. März 2027 unser Team im IT-Betrieb verstärken!

Für den Abschluss Ihrer Einstellung benötigen wir noch ein Führungszeugnis (Belegart O, zur Vorlage bei einer Behörde) sowie eine unterschriebene Erklärung zu Ihren wirtschaftlichen Verhältnissen. Das Formular finden Sie im Anhang. Das Führungszeugnis beantragen Sie bei Ihrem Bürgeramt; bitte geben Sie als Empfänger unsere Personalabteilung an. Die Kosten erstatten wir Ihnen mit der ersten Gehaltsabrechnung.

Für Rückfragen erreichen Sie mich unter 05531 555-214.

Mit freundlichen Grüßen
Annette Rieck
Personalabteilung
Kreissparkasse Hohenfels

Anhang: Erklaerung_wirtschaftliche_Verhaeltnisse.pdf""",
    company="", job_title="", contact="",
    note="pre-employment check: request for a police certificate after hiring",
),
dict(
    label="job_other", language="de",
    subject="Referenzauskünfte",
    from_="Simone Brügger <simone.bruegger@alpnet.example>",
    headers={},
    body="""Grüezi Frau Aydın

Nochmals herzlichen Dank für den Besuch bei uns in Winterthur und die guten Gespräche mit dem Team.

Wir befinden uns in der finalen Phase des Auswahlverfahrens für die Stelle als Cloud Platform Engineer und würden gerne zwei Referenzen einholen. Dürfte ich Sie bitten, mir bis Ende Woche folgende Angaben zu senden:

– Name und Funktion der Referenzperson
– Unternehmen und Ihre damalige Beziehung (z. B. direkte Vorgesetzte)
– Telefonnummer und E-Mail-Adresse

Selbstverständlich kontaktieren wir Ihren aktuellen Arbeitgeber nur mit Ihrer ausdrücklichen Zustimmung.

Freundliche Grüsse
Simone Brügger
HR Specialist
Alpnet AG · Technikumstrasse 9 · 8400 Winterthur""",
    company="", job_title="", contact="",
    note="Swiss employer asks for references in the final stage",
),
dict(
    label="job_other", language="de",
    subject="Talent Community Update: Einblicke in unser Data & AI Team",
    from_="Solvara Pharma Talent Community <talent@news.solvara-pharma.example>",
    headers={"List-Unsubscribe": "<https://careers.solvara-pharma.example/talent-community/unsubscribe?u=c81f2>", "Precedence": "bulk"},
    body="""Hallo Jonas,

schön, dass Sie Teil unserer Talent Community sind!

In dieser Ausgabe:

▶ Ein Tag im Data & AI Team
Wie unsere Data Engineers in Frankfurt und Barcelona klinische Studiendaten in Echtzeit auswertbar machen – ein Interview mit Team Lead Ayşe Demir.

▶ Neue Stellen, die zu Ihrem Profil passen könnten
– Data Platform Engineer (m/w/d), Frankfurt am Main
– MLOps Engineer (m/w/d), Berlin oder remote
– Analytics Engineer (m/w/d), Frankfurt am Main

▶ Save the Date: Virtueller Karriere-Abend am 21. Januar 2027, 18:00 Uhr

Zu allen Stellen: https://careers.solvara-pharma.example/jobs

Viele Grüße
Ihr Talent Acquisition Team

Sie erhalten diese E-Mail, weil Sie der Solvara Pharma Talent Community beigetreten sind. Abmelden: https://careers.solvara-pharma.example/talent-community/unsubscribe?u=c81f2""",
    company="", job_title="", contact="",
    note="employer talent-community newsletter with job suggestions",
),
dict(
    label="job_other", language="de",
    subject="Bestätigung Ihres Vorstellungsgesprächs am 15.12.2026",
    from_="Sekretariat Geschäftsführung <sekretariat@beckmann-antriebe.example>",
    headers={},
    body="""Sehr geehrter Herr Ahrens,

hiermit bestätigen wir Ihnen gern Ihr Vorstellungsgespräch für die Position Leiter IT & Digitalisierung (m/w/d):

Datum: Dienstag, 15. Dezember 2026
Uhrzeit: 13:30 Uhr (Dauer ca. 90 Minuten)
Ort: Beckmann Antriebstechnik GmbH, Gebäude B, 2. OG, Besprechungsraum „Neckar“
Gesprächspartner: Herr Uwe Beckmann (Geschäftsführer), Frau Derya Yilmaz (Personal)

Parkplätze finden Sie direkt vor Gebäude B (Besucherparkplätze P5–P12). Bitte melden Sie sich kurz am Empfang.

Reisekosten erstatten wir Ihnen gern gegen Vorlage der Belege.

Mit freundlichen Grüßen
i. A. Monika Stelzer
Assistenz der Geschäftsführung

Beckmann Antriebstechnik GmbH
Industriepark 7 · 74523 Schwäbisch Hall""",
    company="", job_title="", contact="",
    note="interview confirmation with time, place and directions",
),
dict(
    label="job_other", language="de",
    subject="Ihre Bewerbung – nächste Runde",
    from_="Annika Roth <annika.roth@tiefsee-analytics.example>",
    headers={},
    body="""Liebe Frau Schäfer,

nach Auswertung der ersten Gesprächsrunde haben wir uns entschieden, Sie zum finalen Gespräch mit unserer Geschäftsführung einzuladen. Von den anderen Kandidatinnen und Kandidaten sind nur noch zwei im Prozess – Sie haben also allen Grund, sich zu freuen!

Das Gespräch würde bei uns vor Ort in Hamburg stattfinden und etwa zwei Stunden dauern, inklusive einer kurzen Präsentation (20 Min.) zu einem Analyse-Case, den ich Ihnen eine Woche vorher zuschicke.

Mögliche Termine:
– Mittwoch, 16.12., 10:00 Uhr
– Freitag, 18.12., 14:00 Uhr

Geben Sie mir einfach Bescheid, welcher Termin besser passt.

Herzliche Grüße
Annika Roth
People & Organisation
Tiefsee Analytics GmbH""",
    company="", job_title="", contact="",
    note="invitation to the final round; uses 'entschieden' and 'anderen Kandidatinnen' positively",
),
dict(
    label="job_other", language="de",
    subject="Ein Job auf Ihrer Merkliste ist nicht mehr verfügbar",
    from_="Indeed <alert@indeed.com>",
    headers={"List-Unsubscribe": "<https://at.indeed.com/unsubscribe?type=savedjobs>"},
    body="""Hallo Lukas,

ein Job, den Sie auf Ihrer Merkliste gespeichert haben, ist leider nicht mehr verfügbar:

UX Designer (m/w/d) – Agentur Kaltenbrunner – Wien

Der Arbeitgeber hat die Stellenanzeige entfernt oder sie ist abgelaufen. Sie hatten sich auf diese Stelle nicht über Indeed beworben.

Ähnliche Jobs in Wien:
• Product Designer (m/w/d) – Schönbrunner Media – Wien
• UI Designer (m/w/d) – Brennerbahn Digital – Wien / Remote
• UX Researcher (m/w/d) – Praterwerk – Wien

Weitere Jobs ansehen: https://at.indeed.com/jobs?q=UX+Designer&l=Wien

Sie erhalten diese E-Mail, weil Sie Jobs auf Indeed gespeichert haben. Abmelden: https://at.indeed.com/unsubscribe?type=savedjobs""",
    company="", job_title="", contact="",
    note="a saved (not applied-to) job ad has expired; job-board notification",
),
dict(
    label="job_other", language="de",
    subject="Re: Nachfrage Bewerbungsstand",
    from_="Daniel Lutz <d.lutz@kaiser-bautechnik.example>",
    headers={"In-Reply-To": "<8812af03-cc1d@mailbox.example>", "References": "<8812af03-cc1d@mailbox.example>"},
    body="""Hallo Herr Ahrens,

danke für Ihre Nachfrage. Eine Entscheidung ist leider noch nicht gefallen – unser Geschäftsführer ist bis zum 14.12. auf Dienstreise in Südostasien und möchte die letzten beiden Kandidaten selbst noch einmal sprechen.

Sie sind weiterhin in der engeren Auswahl. Ich melde mich spätestens am 18.12. mit einem Terminvorschlag bei Ihnen.

Viele Grüße
Daniel Lutz
Personalleiter
Kaiser Bautechnik GmbH

> Von: Tobias Ahrens <t.ahrens@mailbox.example>
> Gesendet: Montag, 7. Dezember 2026 08:55
> Betreff: Nachfrage Bewerbungsstand
>
> Sehr geehrter Herr Lutz,
> nach unserem Gespräch am 23.11. wollte ich mich kurz nach dem aktuellen Stand erkundigen.
> Mit freundlichen Grüßen
> Tobias Ahrens""",
    company="", job_title="", contact="",
    note="reply to follow-up: no decision yet, candidate still shortlisted",
),
dict(
    label="job_other", language="de",
    subject="Ihre Bewerbung – Berücksichtigung für eine weitere Position?",
    from_="Christina Weber <christina.weber@mobila-versicherung.example>",
    headers={},
    body="""Sehr geehrte Frau Schäfer,

Ihre Bewerbung als Data Analyst im Bereich Vertrieb befindet sich weiterhin im Auswahlprozess – dazu melden wir uns wie angekündigt bis Mitte Dezember.

Beim Lesen Ihrer Unterlagen ist unserem Team Schaden aufgefallen, dass Ihr Profil auch sehr gut zu einer neu geschaffenen Stelle als Analytics Engineer passen könnte. Wären Sie damit einverstanden, dass wir Ihre Bewerbung zusätzlich für diese Position berücksichtigen? Die Stellenbeschreibung finden Sie im Anhang.

Eine kurze Antwort per E-Mail genügt.

Mit freundlichen Grüßen
Christina Weber
Recruiting
Mobila Versicherung AG, Köln""",
    company="", job_title="", contact="",
    note="employer asks to consider the application additionally for a second role; original still open",
),
dict(
    label="job_other", language="de",
    subject="Kurze Rückfragen vor der Vorstellung beim Kunden",
    from_="Jens Albrecht <albrecht@talentbruecke.example>",
    headers={},
    body="""Hallo Herr Ahrens,

bevor ich Ihr Profil morgen bei unserem Kunden (Automobilzulieferer, Raum Böblingen) vorstelle, bräuchte ich noch ein paar Angaben:

1. Gehaltsvorstellung (fix / variabel)
2. Kündigungsfrist bei Ihrem aktuellen Arbeitgeber
3. Reisebereitschaft – die Rolle hat ca. 30 % Reiseanteil (v. a. Werk in Györ)
4. Ihr Einverständnis, dass ich Ihren Lebenslauf in anonymisierter Form weitergebe

Gern auch telefonisch, ich bin heute bis 19 Uhr erreichbar.

Beste Grüße
Jens Albrecht
Talentbrücke Personalberatung
Mobil 0172 555 4408""",
    company="", job_title="", contact="",
    note="headhunter asks for salary, notice period and consent before presenting the candidate",
),
dict(
    label="job_other", language="de",
    subject="Willkommen bei Elbwerk Digital – dein erster Tag 🎉",
    from_="Onboarding Elbwerk Digital <onboarding@elbwerk-digital.example>",
    headers={},
    body="""Hi Jonas,

in ein paar Wochen ist es so weit – wir freuen uns riesig, dass du ab dem 1. Februar 2027 im Team Payments dabei bist!

Damit dein Start entspannt wird, hier das Wichtigste:

🕘 Wann? Montag, 1. Februar, 9:30 Uhr
📍 Wo? Bei den Mühren 1, 3. OG – melde dich einfach am Empfang
💻 Dein Laptop (MacBook Pro oder Linux-ThinkPad, du hast die Wahl) liegt am ersten Tag bereit. Sag uns bitte bis zum 15. Januar Bescheid, welches Gerät du möchtest.
🤝 Dein Onboarding-Buddy ist Svenja aus dem Team Core Banking. Sie meldet sich in der Woche vor deinem Start bei dir.
🍕 Am ersten Freitag gibt’s Team-Lunch.

Bitte lade außerdem bis Ende Januar deine Steuer-ID, Sozialversicherungsnummer und Bankverbindung in unserem HR-Portal hoch: https://elbwerk-digital.hrportal.example

Bis bald!
Katrin & das People-Team""",
    company="", job_title="", contact="",
    note="onboarding mail after a signed contract",
),
dict(
    label="job_other", language="de",
    subject="AW: Absage Vorstellungsgespräch 09.12.",
    from_="Sophie Brandl <s.brandl@weinviertel-digital.example>",
    headers={"In-Reply-To": "<f0e4a2b7-19ac@mailbox.example>", "References": "<f0e4a2b7-19ac@mailbox.example>"},
    body="""Sehr geehrter Herr Brandstätter,

danke für Ihre Nachricht und dass Sie uns so rechtzeitig Bescheid gegeben haben. Das ist leider nicht selbstverständlich!

Schade, dass wir uns nicht kennenlernen – aber herzlichen Glückwunsch zur neuen Stelle. Wir wünschen Ihnen einen guten Start und viel Freude dabei.

Liebe Grüße
Sophie Brandl
Weinviertel Digital GmbH
Hauptplatz 4, 2130 Mistelbach

-----Ursprüngliche Nachricht-----
Von: Lukas Brandstätter
Gesendet: Freitag, 4. Dezember 2026 16:20
An: Sophie Brandl
Betreff: Absage Vorstellungsgespräch 09.12.

Sehr geehrte Frau Brandl,

leider muss ich unser Gespräch am 9.12. absagen, da ich mich in der Zwischenzeit für ein anderes Angebot entschieden habe. Vielen Dank für die Einladung und Ihr Interesse.

Mit freundlichen Grüßen
Lukas Brandstätter""",
    company="", job_title="", contact="",
    note="employer acknowledges that the candidate cancelled the interview after accepting another job",
),
dict(
    label="job_other", language="de",
    subject="Wie war Ihr Bewerbungsprozess bei uns? (2 Minuten)",
    from_="Kaltenbach Gruppe Karriere <feedback@karriere.kaltenbach-gruppe.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Guten Tag,

Sie haben sich in den vergangenen Wochen bei der Kaltenbach Gruppe beworben. Unabhängig davon, wie Ihr Bewerbungsverfahren ausgegangen ist oder ob es noch läuft, möchten wir gern von Ihnen wissen, wie Sie den Prozess erlebt haben.

Die Umfrage dauert etwa zwei Minuten und ist anonym:
https://umfrage.kaltenbach-gruppe.example/candidate-experience?c=KG-44821

Ihre Antworten haben keinen Einfluss auf Ihre Bewerbung.

Vielen Dank!
Ihr Recruiting-Team der Kaltenbach Gruppe""",
    company="", job_title="", contact="",
    note="candidate-experience survey, says nothing about the outcome",
),
dict(
    label="job_other", language="de",
    subject="Interview mit unserem Team in Amsterdam – Einladung",
    from_="Verena Hofstetter <verena.hofstetter@corvid-payments.example>",
    headers={},
    body="""Hallo Herr Krüger,

wie angekündigt leite ich Ihnen unten die Einladung unserer Kollegin aus Amsterdam weiter. Das Gespräch findet auf Englisch statt; Herr de Vries leitet das Plattform-Team, in dem Sie arbeiten würden. Rechnen Sie bitte mit einer kurzen Live-Coding-Einheit (ca. 20 Minuten), kein Leetcode, eher ein realistisches Refactoring.

Bitte bestätigen Sie den Termin direkt über den Kalender-Link. Falls die Uhrzeit nicht passt, sagen Sie mir Bescheid, dann kümmere ich mich um eine Alternative.

Viele Grüße
Verena Hofstetter
Talent Acquisition DACH | Corvid Payments

---------- Forwarded message ---------
From: Femke Jansen <femke.jansen@corvid-payments.example>
Date: Tue, 8 Dec 2026 at 11:02
Subject: Interview invitation – Senior Backend Engineer

Hi Jonas,

We'd love to invite you to a technical interview with Pieter de Vries (Engineering Manager, Platform):

Thursday 17 December 2026, 15:00–16:00 CET
Google Meet: https://meet.google.com/abc-defg-hij

Looking forward to it!
Femke""",
    company="", job_title="", contact="",
    note="German recruiter forwards an English interview invitation from HQ",
),
dict(
    label="job_other", language="de",
    subject="Update zu Ihrer Bewerbung: Besetzung pausiert bis Januar",
    from_="Hendrik Voss <hendrik.voss@polarstern-it.example>",
    headers={},
    body="""Sehr geehrter Herr Vogel,

ich möchte Sie kurz über den Stand Ihrer Bewerbung als IT-Administrator informieren.

Aufgrund der laufenden Budgetplanung für 2027 haben wir die Besetzung der Stelle bis Mitte Januar pausiert. Wichtig: Ihre Bewerbung bleibt aktiv, die Stelle wird besetzt, und Sie müssen nichts weiter tun. Wir melden uns in der zweiten Januarwoche mit Terminvorschlägen für das Fachgespräch.

Danke für Ihre Geduld und schöne Feiertage!

Mit freundlichen Grüßen
Hendrik Voss
Polarstern IT Services GmbH""",
    company="", job_title="", contact="",
    note="hiring paused until January, application explicitly stays active",
),
dict(
    label="job_other", language="de",
    subject="Ihre Bewerbung wurde angesehen",
    from_="Indeed <no-reply@indeed.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Gute Nachrichten, Daniel!

Gesundheitszentrum Weserbogen hat Ihre Bewerbung für folgende Stelle angesehen:

IT-Support Mitarbeiter (m/w/d)
Gesundheitszentrum Weserbogen · Nienburg/Weser
Beworben vor 4 Tagen

Was passiert jetzt? Der Arbeitgeber meldet sich direkt bei Ihnen, wenn er Sie kennenlernen möchte. Behalten Sie Ihr Postfach und Ihr Telefon im Blick.

Meine Jobs ansehen: https://de.indeed.com/myjobs

Indeed · Sie erhalten diese E-Mail, weil Sie sich über Indeed beworben haben.""",
    company="", job_title="", contact="",
    note="job-board notification that the employer viewed the application",
),
dict(
    label="job_other", language="de",
    subject="Einladung zum Auswahlgespräch – Kennziffer 2026-38",
    from_="Landesamt für Digitalisierung Hohenfels <personal@ld-hohenfels.example>",
    headers={},
    body="""Landesamt für Digitalisierung Hohenfels
Referat Z 2 – Personal

Sehr geehrter Herr Ahrens,

im Rahmen des Auswahlverfahrens für die Stelle „Referatsleitung Informationssicherheit“ (Kennziffer 2026-38, Entgeltgruppe 14 TV-L) laden wir Sie zu einem strukturierten Auswahlgespräch ein:

Termin: Donnerstag, 7. Januar 2027, 10:00 Uhr
Ort: Dienstgebäude Am Schlossgarten 3, Raum 2.114

Das Gespräch dauert etwa 60 Minuten. Bitte bringen Sie einen gültigen Personalausweis sowie – sofern noch nicht eingereicht – Ihre Originalzeugnisse mit. Bitte teilen Sie uns bis zum 18.12.2026 mit, ob Sie den Termin wahrnehmen können.

Schwerbehinderte Bewerberinnen und Bewerber werden gebeten, uns etwaigen Unterstützungsbedarf mitzuteilen. Reisekosten können leider nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Sauer""",
    company="", job_title="", contact="",
    note="public employer invites to a structured selection interview",
),
dict(
    label="job_other", language="de",
    subject="Einladung zum Gespräch – Senior Product Designer",
    from_="Martina Eder <martina.eder@alpenkraft-mobility.example>",
    headers={},
    body="""Sehr geehrter Herr Brandstätter,

vielen Dank für Ihre Bewerbung als Senior Product Designer. Ihr Portfolio hat uns sehr angesprochen, und wir laden Sie herzlich zu einem ersten Gespräch via Microsoft Teams ein.

Vorschlag: Dienstag, 12. Jänner 2027, 10:30 Uhr
Teilnehmende: Martina Eder (People & Culture), Georg Haider (Head of Design)

Im Gespräch würden wir gern gemeinsam mit Ihnen eines Ihrer Projekte im Detail durchgehen – suchen Sie sich gerne eines aus, auf das Sie besonders stolz sind.

Falls der Termin nicht passt, schlagen Sie uns bitte zwei Alternativen vor.

Beste Grüße aus Graz
Martina Eder
Alpenkraft Mobility GmbH""",
    company="", job_title="", contact="",
    note="Austrian employer invites to a first Teams interview",
),
dict(
    label="job_other", language="de",
    subject="Eingangsbestätigung Ihres Bewerbungsdossiers",
    from_="Rheintal Pharma AG – Recruiting <recruiting@rheintal-pharma.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Aydın

Besten Dank für Ihr Interesse an der Rheintal Pharma AG und für Ihr Bewerbungsdossier für die Stelle Senior DevOps Engineer (80–100 %).

Ihr Dossier ist vollständig bei uns eingegangen. Wir prüfen Ihre Unterlagen sorgfältig und werden uns spätestens innert drei Wochen bei Ihnen melden.

Freundliche Grüsse

Rheintal Pharma AG
Recruiting Center
Grenzacherstrasse 41, 4058 Basel""",
    company="", job_title="", contact="",
    note="Swiss acknowledgement of an application dossier",
),
])

# ---------------------------------------------------------------------------
# German - ham (17)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="ham", language="de",
    subject="Ihre Anfrage zur Wohnung Karl-Heine-Straße 61, 2. OG links",
    from_="Hausverwaltung Seidel & Frommer <vermietung@seidel-frommer.example>",
    headers={},
    body="""Sehr geehrter Herr Krüger,

vielen Dank für Ihr Interesse an der o. g. Wohnung und Ihre Teilnahme an der Besichtigung am vergangenen Samstag.

Leider müssen wir Ihnen mitteilen, dass sich die Eigentümerin für andere Mietinteressenten entschieden hat. Bei über 60 Anfragen war die Auswahl nicht einfach.

Ihre eingereichten Unterlagen (Mieterselbstauskunft, Gehaltsnachweise, SCHUFA-Auskunft) haben wir datenschutzgerecht vernichtet.

Wir wünschen Ihnen viel Erfolg bei der weiteren Wohnungssuche.

Mit freundlichen Grüßen
Seidel & Frommer Hausverwaltung GmbH
Vermietungsteam
Könneritzstraße 20 · 04229 Leipzig""",
    company="", job_title="", contact="",
    note="flat application turned down by a property manager; mentions salary slips but is not about a job",
),
dict(
    label="ham", language="de",
    subject="Ihre Kreditanfrage Nr. 7781-2290",
    from_="Merkur Direktbank Kundenservice <service@merkur-direktbank.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrter Herr Vogel,

vielen Dank für Ihre Anfrage für einen Ratenkredit über 12.000 EUR.

Nach eingehender Prüfung Ihrer Angaben können wir Ihnen leider kein Kreditangebot unterbreiten. Ausschlaggebend für unsere Entscheidung war unter anderem, dass Ihr derzeitiges Beschäftigungsverhältnis noch in der Probezeit ist.

Diese Entscheidung beruht auf einer automatisierten Verarbeitung. Sie haben das Recht, die Überprüfung durch einen Mitarbeiter zu verlangen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten. Wenden Sie sich dazu an kredit@merkur-direktbank.example.

Gern können Sie nach Ablauf der Probezeit eine neue Anfrage stellen.

Mit freundlichen Grüßen
Ihre Merkur Direktbank""",
    company="", job_title="", contact="",
    note="consumer loan declined; mentions probation at work but is a bank refusal",
),
dict(
    label="ham", language="de",
    subject="Bescheid im Zulassungsverfahren – Master Data Science (M.Sc.)",
    from_="Studierendensekretariat Hochschule Elbufer <studierendensekretariat@hs-elbufer.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Sehr geehrte Frau Neumann,

in Ihrem Bewerbungsportal ist ein neuer Bescheid zu Ihrem Antrag auf Zulassung zum Masterstudiengang Data Science (M.Sc.) zum Sommersemester 2027 hinterlegt.

Leider können wir Ihnen keinen Studienplatz anbieten. Die Auswahlgrenze lag bei einer Gesamtpunktzahl von 78 Punkten; Ihr Antrag wurde mit 71 Punkten bewertet. Sie nehmen automatisch am Nachrückverfahren teil.

Den vollständigen Bescheid mit Rechtsbehelfsbelehrung können Sie unter https://bewerbung.hs-elbufer.example abrufen.

Mit freundlichen Grüßen
Ihr Studierendensekretariat
Hochschule Elbufer""",
    company="", job_title="", contact="",
    note="university place refused; not a job application",
),
dict(
    label="ham", language="de",
    subject="Ihre Bewerbung um ein Stipendium der Lindgren-Stiftung",
    from_="Lindgren-Stiftung <stipendien@lindgren-stiftung.example>",
    headers={},
    body="""Liebe Frau Neumann,

herzlichen Dank für Ihre Bewerbung um ein Studienstipendium der Lindgren-Stiftung und für die Mühe, die Sie in Ihr Motivationsschreiben gesteckt haben.

Der Auswahlausschuss hat in diesem Jahr über 480 Bewerbungen für 35 Stipendien beraten. Leider konnten wir Sie bei der Vergabe nicht berücksichtigen. Diese Entscheidung ist kein Urteil über Ihre Leistungen – die Konkurrenz war außergewöhnlich stark.

Eine erneute Bewerbung im kommenden Jahr ist ausdrücklich möglich, und wir würden uns freuen, wieder von Ihnen zu hören.

Mit herzlichen Grüßen
Dr. Barbara Lindgren
Vorstand der Lindgren-Stiftung""",
    company="", job_title="", contact="",
    note="scholarship application rejected; uses 'Bewerbung' but is a grant, not a job",
),
dict(
    label="ham", language="de",
    subject="uff",
    from_="Caro Bauer <caro.bauer@mailbox.example>",
    headers={},
    body="""hey miri,

hab heute die absage von der agentur bekommen. nach DREI runden und einer case study, an der ich das ganze wochenende saß. die HR-frau hat nicht mal angerufen, nur so ne standardmail „wir haben uns für eine:n andere:n kandidat:in entschieden“. ich könnt heulen.

naja. brauch jetzt erstmal wein und jemanden, der mit mir über die schlechten menschen in der werbebranche lästert. freitag bei mir? ich koch auch was.

caro

ps: der kater hat wieder die gardine runtergerissen""",
    company="", job_title="", contact="",
    note="friend writes about her own job rejection; not the mailbox owner's application",
),
dict(
    label="ham", language="de",
    subject="Absagen gehören dazu – 5 Strategien für mehr Resilienz",
    from_="Denkraum Magazin <newsletter@denkraum-magazin.example>",
    headers={"List-Unsubscribe": "<https://denkraum-magazin.example/newsletter/abmelden?id=5521>", "Precedence": "bulk"},
    body="""DENKRAUM – Der Newsletter für ein klareres Leben
Ausgabe 48 | Dezember 2026

Liebe Leserin, lieber Leser,

ob beim Date, bei der Wohnungssuche oder im Job: Eine Absage trifft uns oft härter, als wir zugeben. Die Psychologin Dr. Henrike Maas erklärt, warum unser Gehirn Zurückweisung ähnlich verarbeitet wie körperlichen Schmerz – und was hilft.

1. Trennen Sie Ereignis und Selbstwert.
2. Sprechen Sie darüber, statt zu grübeln.
3. Fragen Sie nach Feedback, wo es möglich ist.
4. Feiern Sie den Versuch, nicht nur das Ergebnis.
5. Planen Sie bewusst den nächsten kleinen Schritt.

Den ganzen Artikel lesen: https://denkraum-magazin.example/absagen-resilienz

Außerdem in dieser Ausgabe:
– Digital Detox über die Feiertage: ein Selbstversuch
– Rezept: Linsen-Dal für kalte Abende

Sie erhalten diesen Newsletter, weil Sie sich auf denkraum-magazin.example angemeldet haben.
Abmelden: https://denkraum-magazin.example/newsletter/abmelden?id=5521
Denkraum Medien UG (haftungsbeschränkt) · Kastanienallee 12 · 10435 Berlin""",
    company="", job_title="", contact="",
    note="lifestyle newsletter about coping with rejection",
),
dict(
    label="ham", language="de",
    subject="[DevTage Leipzig 2027] Entscheidung zu Ihrem Vortragsvorschlag",
    from_="DevTage Programmkomitee <cfp@devtage.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Hallo Jonas Krüger,

vielen Dank für Ihre Einreichung „Event Sourcing ohne Tränen – Lehren aus drei Jahren Produktion“ zum Call for Papers der DevTage Leipzig 2027.

Wir haben in diesem Jahr 412 Vorschläge für 48 Slots erhalten. Leider konnten wir Ihren Vortrag nicht ins Programm aufnehmen. Die Entscheidung fiel uns bei vielen Einreichungen schwer, und sie sagt nichts über die Qualität Ihres Themas aus.

Als kleines Dankeschön erhalten Sie 20 % Rabatt auf Ihr Konferenzticket mit dem Code CFP27-THANKS.

Wir hoffen, Sie im Mai in Leipzig zu sehen!

Ihr Programmkomitee der DevTage""",
    company="", job_title="", contact="",
    note="conference talk proposal rejected",
),
dict(
    label="ham", language="de",
    subject="Weihnachten",
    from_="Mama <gabi.krueger@t-mail.example>",
    headers={},
    body="""Hallo mein Schatz,

Papa und ich haben überlegt, wie wir es dieses Jahr mit Weihnachten machen. Tante Ilse kommt am 24. mittags, sie will unbedingt wieder ihren Kartoffelsalat mitbringen (bitte nichts sagen!!). Kommst du schon am 23.? Dann könntest du Papa mit dem Baum helfen, sein Rücken macht ja nicht mehr so mit.

Und sag Bescheid ob du die Würstchen wieder vegetarisch willst, dann bestell ich die beim Bioladen mit.

Ganz liebe Grüße
Mama

P.S. Hast du das Paket von Oma bekommen? Sie fragt jeden Tag.""",
    company="", job_title="", contact="",
    note="mother plans Christmas",
),
dict(
    label="ham", language="de",
    subject="Ihre Jahresabrechnung 2026 ist da",
    from_="Leinestrom Kundenservice <kundenservice@leinestrom.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Guten Tag Frau Schäfer,

Ihre Jahresabrechnung für Strom (Zählernummer 1ESY1160555882) steht ab sofort in Ihrem Kundenportal bereit.

Abrechnungszeitraum: 01.12.2025 – 30.11.2026
Verbrauch: 1.842 kWh
Ergebnis: Guthaben 63,40 €

Das Guthaben überweisen wir innerhalb der nächsten zehn Tage auf Ihr hinterlegtes Konto. Ihr neuer monatlicher Abschlag beträgt ab Januar 52,00 €.

Zum Kundenportal: https://portal.leinestrom.example

Freundliche Grüße
Ihr Leinestrom-Team""",
    company="", job_title="", contact="",
    note="electricity annual bill",
),
dict(
    label="ham", language="de",
    subject="Ihre Bestellung 304-558 wurde versendet",
    from_="Buchhandlung Sternenreich <shop@sternenreich.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Hallo Paula,

gute Nachrichten: Deine Bestellung ist unterwegs!

1 × „Designing Data-Intensive Applications“ (Taschenbuch)
1 × Kalender „Katzen im Schnee 2027“

Sendungsnummer: 00340434161094042557
Voraussichtliche Zustellung: Donnerstag, 10.12.

Sendung verfolgen: https://sternenreich.example/tracking/304-558

Viel Freude beim Lesen!
Dein Team der Buchhandlung Sternenreich""",
    company="", job_title="", contact="",
    note="shop shipping confirmation",
),
dict(
    label="ham", language="de",
    subject="Absage Training Donnerstag (Halle gesperrt)",
    from_="TSV Eichenau Volleyball <volleyball@tsv-eichenau.example>",
    headers={"List-Id": "<volleyball.tsv-eichenau.example>", "Precedence": "list"},
    body="""Hallo zusammen,

das Training am Donnerstag muss leider ausfallen – die Stadt hat die Halle wegen eines Wasserschadens kurzfristig gesperrt. Wie lange, wissen wir noch nicht.

Die Damen 2 spielen am Samstag trotzdem auswärts in Grafing, Treffpunkt 9:15 Uhr am Parkplatz. Fahrer bitte in die Liste eintragen!

Sportliche Grüße
Martin (Abteilungsleitung)""",
    company="", job_title="", contact="",
    note="sports club cancels training; 'Absage' unrelated to jobs",
),
dict(
    label="ham", language="de",
    subject="Ihr Antrag auf Kostenübernahme – Bescheid",
    from_="Nordlicht BKK <post@nordlicht-bkk.example>",
    headers={},
    body="""Sehr geehrter Herr Ahrens,

Sie haben am 02.11.2026 die Übernahme der Kosten für eine professionelle Zahnreinigung sowie eine Fissurenversiegelung beantragt.

Nach Prüfung müssen wir Ihren Antrag leider ablehnen. Die beantragten Leistungen sind nicht im Leistungskatalog der gesetzlichen Krankenversicherung enthalten; eine Satzungsleistung besteht für Versicherte über 18 Jahren nicht.

Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen.

Mit freundlichen Grüßen
Ihre Nordlicht BKK
Leistungsabteilung""",
    company="", job_title="", contact="",
    note="health insurer refuses cost coverage",
),
dict(
    label="ham", language="de",
    subject="Betriebskostenabrechnung 2025",
    from_="Herbert Kühne <herbert.kuehne@mailbox.example>",
    headers={},
    body="""Hallo Herr Krüger,

anbei die Betriebskostenabrechnung für 2025. Es ergibt sich eine Nachzahlung von 84,12 €, hauptsächlich wegen der gestiegenen Müllgebühren. Bitte überweisen Sie den Betrag bis Ende Januar auf das bekannte Konto.

Die Vorauszahlungen bleiben wie bisher.

Der Schornsteinfeger kommt übrigens am 14.12. zwischen 8 und 12 Uhr. Wäre gut, wenn jemand da ist oder Sie mir einen Schlüssel dalassen.

Schöne Adventszeit
Herbert Kühne

Anlage: BK-Abrechnung_2025_WE3.pdf""",
    company="", job_title="", contact="",
    note="private landlord sends utility cost statement",
),
dict(
    label="ham", language="de",
    subject="Gesuch um Anwohnerparkkarte – Entscheid",
    from_="Stadt Winterhalde, Verkehrspolizei <parkkarten@winterhalde.example>",
    headers={},
    body="""Sehr geehrte Frau Aydın

Wir beziehen uns auf Ihr Gesuch vom 20. Oktober 2026 um eine Anwohnerparkkarte für die Blaue Zone Quartier Lindenhof.

Gemäss Art. 4 des Reglements über das Parkieren auf öffentlichem Grund ist eine Parkkarte an den zivilrechtlichen Wohnsitz im betreffenden Quartier gebunden. Da Ihre Liegenschaft an der Mattenstrasse 12 über eine eigene Einstellhalle verfügt, müssen wir Ihr Gesuch leider abweisen.

Gegen diesen Entscheid kann innert 30 Tagen schriftlich Einsprache erhoben werden.

Freundliche Grüsse

Stadt Winterhalde
Verkehrspolizei, Abteilung Parkierung""",
    company="", job_title="", contact="",
    note="Swiss municipality rejects a residents' parking permit",
),
dict(
    label="ham", language="de",
    subject="Samstag Heuriger?",
    from_="Flo Gruber <florian.gruber@mailbox.example>",
    headers={},
    body="""Servus Lukas,

die Resi hat Geburtstag und wir wollen am Samstag zum Heurigen nach Stammersdorf. Bist dabei? So gegen 17 Uhr, wir fahren mit der 31er raus.

Und bring bitte dein Kartenspiel mit, das letzte Mal hat der Bernhard so lang gejammert dass er nicht Schnapsen konnte 😅

Baba
Flo""",
    company="", job_title="", contact="",
    note="Viennese friend invites to a wine tavern",
),
dict(
    label="ham", language="de",
    subject="Rückmeldung zu Ihrer Voranmeldung – Kita Sonnenhügel",
    from_="Kita Sonnenhügel <leitung@kita-sonnenhuegel.example>",
    headers={},
    body="""Liebe Familie Ahrens,

vielen Dank für Ihre Voranmeldung für Jonte zum 01.03.2027.

Leider müssen wir Ihnen mitteilen, dass wir zum gewünschten Zeitpunkt keinen Platz in unserer Krippengruppe anbieten können. Alle freiwerdenden Plätze wurden nach den Vergabekriterien des Trägers an Geschwisterkinder und Familien aus dem direkten Einzugsgebiet vergeben.

Jonte bleibt auf unserer Warteliste (derzeit Platz 9). Sollte sich etwas ändern, melden wir uns umgehend.

Herzliche Grüße
Sabine Ott
Kita-Leitung""",
    company="", job_title="", contact="",
    note="daycare place refused",
),
dict(
    label="ham", language="de",
    subject="VHS Kornheim: Das neue Programm Frühjahr 2027 ist online",
    from_="Volkshochschule Kornheim <newsletter@vhs-kornheim.example>",
    headers={"List-Unsubscribe": "<https://vhs-kornheim.example/newsletter/abmelden>", "Precedence": "bulk"},
    body="""Liebe Kursteilnehmende,

ab sofort können Sie sich für unsere Kurse im Frühjahrssemester 2027 anmelden! Einige Highlights:

🗣 Sprachen: Italienisch A1 für Reiselustige, Spanisch Konversation B1
🎨 Kreativ: Aquarellmalerei für Einsteiger, Töpfern am Wochenende
💼 Beruf & Karriere: Bewerbungstraining für Berufsrückkehrende, Excel für Fortgeschrittene, Souverän im Vorstellungsgespräch
🧘 Gesundheit: Rückenfit, Yoga am Morgen

Frühbucherrabatt von 10 % bis zum 15. Januar.

Zum Programm: https://vhs-kornheim.example/programm

Ihre VHS Kornheim

Sie erhalten diesen Newsletter, weil Sie bei uns einen Kurs besucht haben. Abmelden: https://vhs-kornheim.example/newsletter/abmelden""",
    company="", job_title="", contact="",
    note="adult-education newsletter listing courses incl. application training",
),
])

# ---------------------------------------------------------------------------
# French - rejection (25)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="rejection", language="fr",
    subject="Ta candidature chez Maison Peyrol",
    from_="Welcome to the Jungle <noreply@welcometothejungle.com>",
    headers={"Auto-Submitted": "auto-generated", "Reply-To": "noreply@welcometothejungle.com"},
    body="""Bonjour Camille,

Merci pour ta candidature au poste de Chef de projet marketing digital chez Maison Peyrol.

Après examen de ton profil, l'équipe de Maison Peyrol a décidé de ne pas donner suite à ta candidature. Nous savons que ce n'est pas la nouvelle que tu attendais.

Ne te décourage pas : des centaines d'entreprises recrutent en ce moment sur Welcome to the Jungle. Découvre les offres qui correspondent à tes critères :
https://www.welcometothejungle.com/fr/jobs?query=marketing%20digital&aroundQuery=Lyon

À très vite,
L'équipe Welcome to the Jungle

Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle. Gérer mes notifications : https://www.welcometothejungle.com/fr/me/settings""",
    company="Maison Peyrol", job_title="Chef de projet marketing digital", contact="",
    note="job-platform notification relaying the employer's no, tutoiement",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature – Chargée de communication digitale",
    from_="Isabelle Morel <i.morel@atelier-verdon.example>",
    headers={},
    body="""Madame,

Nous vous remercions de l'intérêt que vous portez à l'Atelier Verdon et de votre candidature au poste de chargée de communication digitale.

Après une étude attentive de votre dossier, nous sommes au regret de ne pouvoir y donner une suite favorable, d'autres profils correspondant davantage à nos attentes actuelles.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Nous vous souhaitons pleine réussite dans vos recherches et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Isabelle Morel
Responsable des ressources humaines
Atelier Verdon – Maroquinerie
12 rue des Tanneurs, 69002 Lyon
04 78 55 21 40""",
    company="Atelier Verdon", job_title="chargée de communication digitale", contact="Isabelle Morel",
    note="classic formal rejection from an SME HR manager",
),
dict(
    label="rejection", language="fr",
    subject="Suite à votre candidature – Développeur Full-Stack Java/Angular",
    from_="Thomas Girard <thomas.girard@nexalis-consulting.example>",
    headers={},
    body="""Bonjour Mehdi,

Merci pour votre candidature et pour l'échange téléphonique de mardi dernier.

Comme évoqué, le poste de Développeur Full-Stack Java/Angular est rattaché à une mission chez l'un de nos clients du secteur bancaire, qui exige au moins deux ans d'expérience sur Angular en environnement réglementé. Après revue de votre dossier avec notre directeur technique, nous ne donnerons pas suite à votre candidature pour ce poste.

Je garde votre CV dans notre vivier et je n'hésiterai pas à vous recontacter pour une mission plus orientée Node.js ou React, qui me semble davantage correspondre à votre parcours.

Bonne continuation,

Thomas Girard
Chargé de recrutement IT
Nexalis Consulting – ESN
92 avenue de France, 75013 Paris
06 55 41 28 90""",
    company="Nexalis Consulting", job_title="Développeur Full-Stack Java/Angular", contact="Thomas Girard",
    note="IT services firm (ESN) turns down a candidate after a phone screen",
),
dict(
    label="rejection", language="fr",
    subject="Candidature au poste de gestionnaire carrière et paie – Réf. 2026-RH-17",
    from_="Ville de Castelvieux – Direction des ressources humaines <drh@castelvieux.example>",
    headers={},
    body="""VILLE DE CASTELVIEUX
Direction des Ressources Humaines
Affaire suivie par : Nathalie Fabre

Castelvieux, le 24 novembre 2026

Madame,

Vous avez fait acte de candidature au poste de gestionnaire carrière et paie (cadre d'emplois des adjoints administratifs territoriaux) et avez été reçue en entretien le 10 novembre dernier. Je vous en remercie.

J'ai le regret de vous informer que le jury n'a pas retenu votre candidature.

Je vous remercie de l'intérêt que vous avez manifesté pour notre collectivité et vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Maire et par délégation,
La Directrice des Ressources Humaines,
Nathalie Fabre

Hôtel de Ville – Place de la République – 33870 Castelvieux
05 56 55 30 00""",
    company="Ville de Castelvieux", job_title="gestionnaire carrière et paie", contact="Nathalie Fabre",
    note="municipality rejection letter after interview, administrative style",
),
dict(
    label="rejection", language="fr",
    subject="Responsable acquisition – retour de notre client",
    from_="Aurélie Lambert <a.lambert@lambert-associes-rh.example>",
    headers={},
    body="""Bonjour Camille,

Je reviens vers vous concernant le poste de Responsable acquisition chez Groupe Fériel.

Le comité de direction a rencontré les trois candidats finalistes la semaine dernière et a retenu un autre profil, dont le parcours en e-commerce alimentaire était très proche de leur activité. Je sais que vous aviez fait forte impression à la DRH, qui a d'ailleurs salué la qualité de votre étude de cas. Mais le choix s'est joué sur cette expérience sectorielle.

Je suis sincèrement désolée de ne pas vous apporter une meilleure nouvelle. Je reste évidemment à votre écoute et je vous recontacterai dès qu'une mission correspondant à votre profil se présentera, ce qui pourrait arriver rapidement en ce début d'année.

Bien à vous,

Aurélie Lambert
Consultante senior – Marketing & Digital
Lambert & Associés Recrutement
27 quai Saint-Antoine, 69002 Lyon
07 55 12 48 63""",
    company="Groupe Fériel", job_title="Responsable acquisition", contact="Aurélie Lambert",
    note="recruitment agency relays the client's decision to hire another finalist",
),
dict(
    label="rejection", language="fr",
    subject="Votre promesse d'embauche",
    from_="Marc Delaunay <marc.delaunay@opaline-sante.example>",
    headers={},
    body="""Bonjour Monsieur Benali,

Je vous ai laissé un message vocal ce matin, mais je préfère vous écrire également.

Notre groupe a annoncé hier un plan de réorganisation qui s'accompagne d'un gel immédiat de l'ensemble des recrutements en France. Dans ce contexte, nous sommes contraints de revenir sur la proposition d'embauche que nous vous avions adressée le 16 novembre pour le poste de Data Analyst. Je mesure pleinement ce que cette décision représente pour vous, et je tiens à vous présenter nos excuses.

Notre service juridique prendra contact avec vous dans les prochains jours afin d'examiner avec vous les conséquences de cette rupture et l'indemnisation qui vous est due.

Je reste joignable à tout moment au 06 55 78 02 14.

Bien sincèrement,

Marc Delaunay
Directeur Data & BI
Opaline Santé
18 rue de la Chaussée-d'Antin, 75009 Paris""",
    company="Opaline Santé", job_title="Data Analyst", contact="Marc Delaunay",
    note="job offer rescinded because of a hiring freeze",
),
dict(
    label="rejection", language="fr",
    subject="Point sur le recrutement – marketing produit",
    from_="Julie Perret <julie.perret@brasserie-des-monts.example>",
    headers={},
    body="""Bonjour Camille,

Je voulais vous tenir informée rapidement : suite à la reprise de la Brasserie des Monts par le groupe Valcour, le poste de chargé de marketing produit ne sera finalement pas ouvert. Le marketing sera désormais piloté depuis le siège du groupe, à Annecy.

Nous clôturons donc le processus de recrutement, pour vous comme pour les autres candidats. J'en suis sincèrement navrée, d'autant que votre entretien avec Pierre s'était très bien passé.

Je vous souhaite le meilleur pour la suite de vos recherches.

Julie Perret
Office manager & RH
Brasserie des Monts
Route de Savoie, 73000 Chambéry""",
    company="Brasserie des Monts", job_title="chargé de marketing produit", contact="Julie Perret",
    note="position cancelled after a takeover, process closed for all candidates",
),
dict(
    label="rejection", language="fr",
    subject="Mise à jour de votre candidature chez Cimalp",
    from_="Indeed <no-reply@indeed.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Mehdi,

Le statut de votre candidature a été mis à jour.

Développeur PHP Symfony (H/F)
Cimalp · Grenoble (38)
Candidature envoyée le 3 novembre 2026

Statut : Non retenue

Cimalp a examiné votre candidature et a décidé de ne pas poursuivre. Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

Voir des offres similaires : https://fr.indeed.com/emplois?q=d%C3%A9veloppeur+symfony&l=Grenoble

Mes emplois : https://fr.indeed.com/myjobs

© 2026 Indeed · Vous recevez cet e-mail car vous avez postulé via Indeed.""",
    company="Cimalp", job_title="Développeur PHP Symfony", contact="",
    note="Indeed status update 'Non retenue'",
),
dict(
    label="rejection", language="fr",
    subject="Réponse à votre candidature : Assistant administratif (H/F)",
    from_="HelloWork <candidature@hellowork.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sophie,

Vous avez postulé le 28/10/2026 à l'offre « Assistant administratif (H/F) » de l'entreprise Transports Gaudin, à Mérignac (33).

Le recruteur vous a adressé la réponse suivante :

« Bonjour, nous vous remercions pour votre candidature. Malheureusement, celle-ci n'a pas été retenue, car nous recherchons un profil disposant d'une expérience dans le transport de marchandises. Nous vous souhaitons une bonne continuation. »

Continuez votre recherche : 1 243 offres d'emploi d'assistant administratif vous attendent sur HelloWork.

https://www.hellowork.com/fr-fr/emploi/recherche.html?k=assistant+administratif&l=Bordeaux

L'équipe HelloWork
Vous recevez cet e-mail suite à votre candidature sur HelloWork. Gérer mes alertes et notifications : https://www.hellowork.com/fr-fr/candidat/parametres""",
    company="Transports Gaudin", job_title="Assistant administratif", contact="",
    note="job board relays the recruiter's short quoted reply",
),
dict(
    label="rejection", language="fr",
    subject="Le recruteur a répondu à votre candidature",
    from_="Apec <ne-pas-repondre@apec.fr>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Claire Dubois,

Un recruteur a répondu à la candidature que vous avez envoyée via apec.fr.

Offre : Juriste contrats commerciaux H/F
Entreprise : Lumen Assurances
Lieu : Lille (59)
Référence : 172549203W

Réponse du recruteur : Votre candidature n'a pas été retenue.

Retrouvez l'ensemble de vos candidatures dans votre espace : https://www.apec.fr/candidat/mon-espace/mes-candidatures.html

Besoin de faire le point ? Un consultant Apec peut vous accompagner gratuitement dans votre recherche.

L'Apec""",
    company="Lumen Assurances", job_title="Juriste contrats commerciaux", contact="",
    note="Apec notification with one-line recruiter answer",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature – Juriste en droit social",
    from_="Sarah Verhaegen <s.verhaegen@verhaegen-dumont.example>",
    headers={},
    body="""Chère Madame Dubois,

Nous vous remercions pour votre candidature au poste de juriste en droit social ainsi que pour le temps que vous nous avez consacré lors de notre entretien du 19 novembre.

Nous sommes au regret de vous faire savoir que nous ne retiendrons pas votre candidature. Notre choix s'est porté sur une personne parfaitement bilingue français-néerlandais, compétence qui s'est révélée déterminante compte tenu de notre clientèle flamande.

Votre connaissance de la jurisprudence du tribunal du travail nous a toutefois beaucoup impressionnés, et nous ne manquerons pas de penser à vous pour un futur poste.

Nous vous prions d'agréer, chère Madame, l'expression de nos sentiments les meilleurs.

Me Sarah Verhaegen
Associée
Verhaegen & Dumont – Avocats
Avenue Louise 231, 1050 Bruxelles
+32 2 555 48 10""",
    company="Verhaegen & Dumont", job_title="juriste en droit social", contact="Sarah Verhaegen",
    note="Brussels law firm rejection after interview, Dutch skills decisive",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature – Ingénieur de données, concours 2026-114",
    from_="Groupe Boréalis – Acquisition de talents <carrieres@borealis-groupe.example>",
    headers={},
    body="""Bonjour Antoine,

Nous vous remercions de l'intérêt manifesté envers le Groupe Boréalis et du temps que vous avez consacré à votre candidature au poste d'ingénieur de données.

Nous avons reçu un nombre important de candidatures de grande qualité. Après analyse, nous ne pourrons malheureusement pas donner suite à votre candidature pour ce concours.

Avec votre accord, nous conserverons votre CV dans notre banque de candidatures pour une période de six mois.

Nous vous souhaitons bon succès dans vos démarches.

Marie-Ève Tremblay
Conseillère principale, acquisition de talents
Groupe Boréalis inc.
1250, boulevard René-Lévesque Ouest, Montréal (Québec) H3B 4W8""",
    company="Groupe Boréalis", job_title="ingénieur de données", contact="Marie-Ève Tremblay",
    note="Québec-style rejection ('ne pourrons donner suite', banque de candidatures)",
),
dict(
    label="rejection", language="fr",
    subject="Votre dossier – Analyste conformité",
    from_="Laurent Bovet <laurent.bovet@rochat-cie.example>",
    headers={},
    body="""Monsieur,

Nous accusons réception de votre dossier de candidature pour le poste d'Analyste conformité et vous remercions de l'intérêt porté à notre établissement.

Après un examen attentif de votre dossier, nous regrettons de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous retournons ci-joint vos documents et vous souhaitons plein succès pour votre avenir professionnel.

Meilleures salutations

Rochat & Cie SA
Ressources humaines

Laurent Bovet
Responsable recrutement

Rue de la Corraterie 14, 1204 Genève""",
    company="Rochat & Cie", job_title="Analyste conformité", contact="Laurent Bovet",
    note="Geneva private bank rejection, Swiss sign-off",
),
dict(
    label="rejection", language="fr",
    subject="Retour sur ta candidature chez Papyrus",
    from_="Inès Haddad <ines@papyrus-app.example>",
    headers={},
    body="""Salut Mehdi,

Merci encore pour ton temps ces dernières semaines, et pour le pair programming de jeudi, c'était un vrai plaisir.

On a pris le temps d'en discuter avec toute l'équipe tech et on a décidé de ne pas aller plus loin avec ta candidature pour le poste de Développeur back-end Node.js. On cherche quelqu'un qui a déjà géré de la prod à forte charge (on passe à 2M d'utilisateurs en janvier), et on a senti que c'était encore un peu tôt sur ce point.

Si tu veux un retour plus détaillé, je suis dispo pour un petit call de 15 min la semaine prochaine.

Bonne chance pour la suite, vraiment !

Inès
Head of Talent @ Papyrus""",
    company="Papyrus", job_title="Développeur back-end Node.js", contact="Inès Haddad",
    note="start-up tutoiement rejection after pair programming",
),
dict(
    label="rejection", language="fr",
    subject="Re: Entretien du 2 décembre",
    from_="François Leclerc <f.leclerc@cuisines-arvel.example>",
    headers={"In-Reply-To": "<a9d2c5e1-3b47@laposte.example>", "References": "<a9d2c5e1-3b47@laposte.example>"},
    body="""Bonjour Camille,

Je reviens vers vous : nous avons retenu une autre personne. Merci encore pour votre venue et bonne continuation.

F. Leclerc
Directeur marketing – Cuisines Arvel

Envoyé de mon iPhone

> Le 3 déc. 2026 à 08:47, Camille Rousseau <camille.rousseau@laposte.example> a écrit :
>
> Bonjour Monsieur Leclerc,
> Merci encore pour l'entretien d'hier, j'ai beaucoup apprécié nos échanges sur la refonte du site. Je reste à votre disposition pour tout complément.
> Bien cordialement,
> Camille Rousseau""",
    company="Cuisines Arvel", job_title="", contact="François Leclerc",
    note="one-line rejection from a hiring manager replying to a thank-you mail",
),
dict(
    label="rejection", language="fr",
    subject="RE: Relance candidature Développeur Python",
    from_="Chloé Marchand <chloe.marchand@ondulis.example>",
    headers={"In-Reply-To": "<CAH9x0Mfq@mail.gmail.example>", "References": "<CAH9x0Mfq@mail.gmail.example>"},
    body="""Bonjour Monsieur Benali,

Merci pour votre relance, et toutes mes excuses pour ce silence.

Le poste a été pourvu il y a quelques semaines ; j'aurais dû vous en informer plus tôt. Je vous souhaite bonne chance dans vos recherches.

Cordialement,
Chloé Marchand
Chargée RH – Ondulis
Nantes

-----Message d'origine-----
De : Mehdi Benali <mehdi.benali@gmail.example>
Envoyé : lundi 30 novembre 2026 09:12
À : Chloé Marchand <chloe.marchand@ondulis.example>
Objet : Relance candidature Développeur Python

Bonjour Madame Marchand,

Je me permets de revenir vers vous au sujet de ma candidature au poste de Développeur Python envoyée le 12 octobre. Pourriez-vous me dire où en est le processus ?

Je vous remercie par avance.
Bien cordialement,
Mehdi Benali""",
    company="Ondulis", job_title="Développeur Python", contact="Chloé Marchand",
    note="reply to candidate's follow-up: the position was filled weeks ago; role named only in the quoted mail",
),
dict(
    label="rejection", language="fr",
    subject="Candidature non retenue – Réf. 2026-MKT-044",
    from_="Groupe Salveo – Recrutement <recrutement@salveo-groupe.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame,

Nous vous remercions pour l'intérêt que vous portez au Groupe Salveo et pour votre candidature au poste de Chef de produit.

Nous vous souhaitons pleine réussite dans la poursuite de vos recherches.

Cordialement,

Le service Recrutement
Groupe Salveo

Conformément au RGPD, vos données seront conservées pendant deux ans, sauf opposition de votre part à recrutement@salveo-groupe.example.""",
    company="Groupe Salveo", job_title="Chef de produit", contact="",
    note="decision stated only in the subject; body is a bare thank-you",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature chez Altamira Énergies – Ingénieur DevOps H/F (REQ-40981)",
    from_="Altamira Énergies Carrières <altamira@myworkday.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Mehdi,

Nous vous remercions sincèrement pour votre candidature au poste d'Ingénieur DevOps H/F (REQ-40981) basé à La Défense.

Chez Altamira Énergies, plus de 22 000 collaborateurs dans 30 pays œuvrent chaque jour pour accélérer la transition énergétique. Nous sommes convaincus que la diversité des talents et des parcours est une force, et nous accordons une attention particulière à chaque candidature reçue.

Après une analyse approfondie de l'ensemble des profils, nous ne sommes pas en mesure de poursuivre le processus avec vous pour ce poste. Cette décision ne remet nullement en cause la qualité de votre parcours.

Nous vous invitons à consulter régulièrement nos offres sur https://careers.altamira-energies.example et à rejoindre notre communauté Talents afin d'être informé(e) de nos prochaines opportunités.

Vos données personnelles sont traitées conformément à notre politique de confidentialité, accessible à l'adresse https://careers.altamira-energies.example/confidentialite. Vous pouvez exercer vos droits d'accès, de rectification et d'effacement en écrivant à dpo@altamira-energies.example.

Bien cordialement,
L'équipe Talent Acquisition
Altamira Énergies

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
    company="Altamira Énergies", job_title="Ingénieur DevOps", contact="",
    note="large-group Workday rejection buried between employer-branding and GDPR text",
),
dict(
    label="rejection", language="fr",
    subject="Résultats de votre test technique",
    from_="Yann Le Goff <yann.legoff@kibo-games.example>",
    headers={},
    body="""Bonjour Mehdi,

Merci d'avoir pris le temps de réaliser notre test technique pour le poste de Développeur Unity.

Nous avons analysé votre rendu avec deux membres de l'équipe gameplay. Le code est lisible et bien organisé, mais la gestion de la physique et l'optimisation des performances sur mobile sont en deçà de ce que nous attendons pour ce poste. Les résultats ne nous permettent donc pas de poursuivre le processus.

N'hésitez pas à repostuler d'ici un an si le studio vous intéresse toujours : nous recrutons régulièrement.

À bientôt peut-être,

Yann Le Goff
Lead Developer
Kibo Games – Rennes""",
    company="Kibo Games", job_title="Développeur Unity", contact="Yann Le Goff",
    note="rejection after a technical test with feedback",
),
dict(
    label="rejection", language="fr",
    subject="Suite donnée à votre candidature – offre n° 189QKTR",
    from_="France Travail <ne-pas-repondre@francetravail.fr>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Madame Garnier,

Vous avez postulé le 5 novembre 2026 à l'offre n° 189QKTR « Assistant RH (H/F) » proposée par l'employeur CLINIQUE DES TILLEULS à Pessac (33).

L'employeur nous a informés que votre candidature n'a pas été retenue.

N'hésitez pas à consulter de nouvelles offres et à mettre à jour votre profil de compétences dans votre espace personnel sur francetravail.fr. Votre conseiller reste à votre disposition pour faire le point avec vous.

Cordialement,
Votre agence France Travail""",
    company="Clinique des Tilleuls", job_title="Assistant RH", contact="",
    note="public employment service relays an employer's no",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature pour Chargé de marketing digital chez Vélinor",
    from_="LinkedIn <jobs-noreply@linkedin.com>",
    headers={"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    body="""Votre mise à jour de Vélinor

Chargé de marketing digital
Vélinor · Lyon, Auvergne-Rhône-Alpes, France (Hybride)

Merci de l'intérêt que vous portez à Vélinor. Malheureusement, nous avons décidé de ne pas poursuivre votre candidature pour le moment. Nous vous souhaitons bonne chance dans votre recherche.

Candidature envoyée le 14 nov.

Voir des offres similaires

----------------------------------------
Cet e-mail était destiné à Camille Rousseau (Marketing digital | Acquisition | SEO/SEA).
Vous recevez des notifications de candidature. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.""",
    company="Vélinor", job_title="Chargé de marketing digital", contact="",
    note="LinkedIn status update; 'pour le moment' but the application is not going ahead",
),
dict(
    label="rejection", language="fr",
    subject="Chargée de développement RH",
    from_="Hélène Caradec <helene.caradec@mutuelle-armor.example>",
    headers={},
    body="""Bonjour Madame Garnier,

Je tenais à vous remercier personnellement pour les deux entretiens que vous avez passés chez nous pour le poste de chargée de développement RH, et pour la qualité de votre présentation sur l'onboarding.

Nous avons finalement choisi de privilégier une candidature interne : une collaboratrice de notre service paie souhaitait évoluer et son projet a été validé par la direction. Ce choix ne reflète en rien une réserve sur votre profil.

Je vous souhaite sincèrement de trouver rapidement le poste qui vous correspond.

Bien cordialement,

Hélène Caradec
Responsable développement RH
Mutuelle Armor
3 rue du Port, 29200 Brest""",
    company="Mutuelle Armor", job_title="chargée de développement RH", contact="Hélène Caradec",
    note="indirect rejection: internal candidate preferred",
),
dict(
    label="rejection", language="fr",
    subject="Architecte de données – suivi",
    from_="Jean-François Bélanger <jf.belanger@logiciels-cartier.example>",
    headers={},
    body="""Salut Antoine,

Merci pour ta patience pis pour les échanges francs de la semaine passée.

J'ai fait le tour avec notre VP finances et on ne pourra pas s'approcher de tes attentes salariales (on est plafonnés à 128 k$ pour le poste d'architecte de données, même avec le boni). Comme l'écart est trop grand, on préfère arrêter le processus ici plutôt que de te faire perdre ton temps avec les entrevues techniques.

Je reste convaincu que tu ferais un excellent travail chez nous, alors si jamais ta situation change, fais-moi signe.

Au plaisir,

Jean-François Bélanger
Directeur, Ingénierie des données
Logiciels Cartier inc. – Québec""",
    company="Logiciels Cartier", job_title="architecte de données", contact="Jean-François Bélanger",
    note="Québec employer stops the process over salary expectations, informal tone",
),
dict(
    label="rejection", language="fr",
    subject="Votre candidature spontanée",
    from_="Martine Joubert <contact@editions-pre-vert.example>",
    headers={},
    body="""Madame,

Nous avons bien reçu votre candidature spontanée et vous remercions de l'intérêt que vous portez aux Éditions du Pré Vert.

Nous ne disposons pas actuellement de poste à pourvoir correspondant à votre profil et ne sommes donc pas en mesure de donner suite à votre demande.

Nous vous souhaitons bonne chance dans vos démarches.

Martine Joubert
Assistante de direction
Éditions du Pré Vert
8 place des Carmes, 31000 Toulouse""",
    company="Éditions du Pré Vert", job_title="", contact="Martine Joubert",
    note="unsolicited application turned down, no open position",
),
dict(
    label="rejection", language="fr",
    subject="Alternance Développeur web – réponse à votre candidature",
    from_="Groupe Ardéa – Campus Recrutement <campus@ardea-groupe.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Lucas,

Merci d'avoir postulé à notre offre d'alternance Développeur web (rentrée 2027) au sein de la DSI du Groupe Ardéa.

Nous avons reçu un très grand nombre de candidatures pour un nombre de places limité. Nous ne pouvons malheureusement pas retenir la vôtre cette année.

Tu trouveras d'autres offres d'alternance sur notre site carrières : https://carrieres.ardea-groupe.example/alternance

Bonne chance pour ta recherche !

L'équipe Campus Recrutement
Groupe Ardéa""",
    company="Groupe Ardéa", job_title="Alternance Développeur web", contact="",
    note="apprenticeship application rejected by a campus team; switches from vous to tu",
),
])

# ---------------------------------------------------------------------------
# French - job_other (32)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="job_other", language="fr",
    subject="Ta candidature chez Octave Studio a bien été envoyée ✅",
    from_="Welcome to the Jungle <noreply@welcometothejungle.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Camille,

Ta candidature pour le poste de Growth Marketing Manager chez Octave Studio a bien été envoyée !

Et maintenant ?
L'équipe d'Octave Studio va étudier ton profil. Si ta candidature retient son attention, elle te contactera directement.

En attendant, découvre les coulisses de l'entreprise : https://www.welcometothejungle.com/fr/companies/octave-studio

Suivre mes candidatures : https://www.welcometothejungle.com/fr/me/applications

L'équipe Welcome to the Jungle""",
    company="", job_title="", contact="",
    note="job platform confirms an application was sent",
),
dict(
    label="job_other", language="fr",
    subject="Accusé de réception – Votre candidature au poste de Juriste droit des affaires",
    from_="Groupe Hestia Immobilier <recrutement@hestia-immobilier.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame,

Nous accusons bonne réception de votre candidature au poste de Juriste droit des affaires (CDI – Paris 8e) et vous remercions de l'intérêt que vous portez au Groupe Hestia.

Votre dossier va être étudié avec la plus grande attention par nos équipes. Si votre profil correspond à nos attentes, nous reviendrons vers vous dans un délai de trois semaines.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Hestia Immobilier

Ceci est un message automatique, merci de ne pas y répondre.""",
    company="", job_title="", contact="",
    note="automatic acknowledgement of application",
),
dict(
    label="job_other", language="fr",
    subject="Invitation à un entretien – Data Engineer",
    from_="Nadia Cherif <nadia.cherif@terravolt.example>",
    headers={},
    body="""Bonjour Antoine,

Merci pour votre candidature au poste de Data Engineer chez Terravolt. Votre expérience avec Airflow et dbt a particulièrement retenu notre attention !

Nous aimerions vous proposer un premier entretien en visioconférence (Teams) d'environ 45 minutes avec Guillaume, notre Lead Data, et moi-même. Seriez-vous disponible l'un des créneaux suivants (heure de Paris) ?

– mardi 15 décembre, 16 h 00
– mercredi 16 décembre, 15 h 30
– jeudi 17 décembre, 17 h 00

Nous avons bien noté le décalage horaire avec Montréal, d'où ces créneaux en fin de journée.

Au plaisir d'échanger avec vous,

Nadia Cherif
Talent Acquisition Partner
Terravolt – Lyon""",
    company="", job_title="", contact="",
    note="interview invitation with time slots",
),
dict(
    label="job_other", language="fr",
    subject="Test technique – Développeur Full-Stack",
    from_="Recrutement Logitrek <jobs@logitrek.example>",
    headers={},
    body="""Bonjour Mehdi,

Suite à notre échange téléphonique, voici le lien vers le test technique :
https://tests.logitrek.example/invite/7c21e9b0

Quelques infos pratiques :
- durée : 90 minutes, à faire en une seule fois
- stack : TypeScript (Node.js + React), tu peux utiliser ton IDE et la doc officielle
- à compléter avant vendredi 18 décembre, 23 h 59

Une fois le test terminé, on organise un debrief de 30 min avec un dev de l'équipe pour en parler ensemble.

Bon courage !
Léa
Talent Acquisition – Logitrek""",
    company="", job_title="", contact="",
    note="technical test invitation with deadline",
),
dict(
    label="job_other", language="fr",
    subject="Report de notre entretien de jeudi",
    from_="Benoît Lacroix <benoit.lacroix@vitalis-conseil.example>",
    headers={},
    body="""Bonjour Madame Garnier,

Malheureusement, je vais devoir décaler notre entretien prévu ce jeudi à 14 h : notre directrice générale m'a convoqué à un comité exceptionnel au même moment. J'en suis désolé.

Pourrions-nous le reporter au lundi 14 décembre à 10 h, ou au mardi 15 à 16 h ? Le format reste le même (une heure, dans nos locaux du cours de l'Intendance).

Avec toutes mes excuses pour ce contretemps,

Benoît Lacroix
Responsable RH
Vitalis Conseil – Bordeaux""",
    company="", job_title="", contact="",
    note="interview postponed by the employer, starts with 'Malheureusement'",
),
dict(
    label="job_other", language="fr",
    subject="Votre candidature est toujours à l'étude",
    from_="Capucine Roy <c.roy@alizes-voyages.example>",
    headers={},
    body="""Bonjour Camille,

Je me permets de vous écrire car je sais que l'attente peut être longue.

Votre candidature au poste de Responsable CRM est toujours en cours d'étude. Nous n'avons pas encore pris de décision : nous terminons les premiers entretiens cette semaine et nous reviendrons vers chaque candidat au plus tard le 18 décembre.

Merci de votre patience,

Capucine Roy
Chargée de recrutement
Alizés Voyages""",
    company="", job_title="", contact="",
    note="status update: still under review, no decision yet",
),
dict(
    label="job_other", language="fr",
    subject="Promesse d'embauche – Chargée de marketing digital",
    from_="Sandrine Aubert <sandrine.aubert@lumiere-cosmetiques.example>",
    headers={},
    body="""Bonjour Camille,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Lumière Cosmétiques en qualité de Chargée de marketing digital.

Vous trouverez ci-joint votre promesse d'embauche, qui reprend les principales conditions :
• CDI, statut cadre, forfait jours
• rémunération annuelle brute de 44 000 €, versée sur 13 mois
• prise de poste le 4 janvier 2027
• lieu de travail : Lyon 6e, deux jours de télétravail par semaine

Je vous remercie de bien vouloir nous la retourner signée avant le 14 décembre.

Toute l'équipe se réjouit de votre arrivée !

Sandrine Aubert
Directrice des ressources humaines
Lumière Cosmétiques

PJ : Promesse_embauche_C_Rousseau.pdf""",
    company="", job_title="", contact="",
    note="written offer (promesse d'embauche)",
),
dict(
    label="job_other", language="fr",
    subject="Documents à fournir pour votre arrivée",
    from_="Service Paie & Administration du personnel <adp@lumiere-cosmetiques.example>",
    headers={},
    body="""Bonjour Madame Rousseau,

Afin de préparer votre arrivée le 4 janvier, merci de nous transmettre les documents suivants dès que possible :

- copie recto verso de votre pièce d'identité
- attestation de carte Vitale
- RIB à votre nom
- copie de votre diplôme le plus élevé
- justificatif de domicile de moins de trois mois
- formulaire d'adhésion à la mutuelle (ci-joint), complété et signé

Vous pouvez les déposer directement sur votre espace salarié : https://rh.lumiere-cosmetiques.example

Nous restons disponibles pour toute question.

Cordialement,
Service Paie & ADP
Lumière Cosmétiques""",
    company="", job_title="", contact="",
    note="pre-boarding request for documents after hire",
),
dict(
    label="job_other", language="fr",
    subject="Opportunité – Lead Data Engineer (Montréal, hybride)",
    from_="Olivier Gagnon via LinkedIn <inmail-hit-reply@linkedin.com>",
    headers={},
    body="""Bonjour Antoine,

J'espère que tu vas bien ! Je me permets de t'écrire parce que ton parcours chez Boréal Assurances et ton expérience sur Snowflake correspondent très bien à un mandat que je mène présentement.

Mon client, une fintech montréalaise en forte croissance (80 employés), cherche un Lead Data Engineer pour bâtir son équipe. Salaire entre 140 et 160 k$, hybride (2 jours au bureau, Mile-End), options d'achat d'actions.

Serais-tu ouvert à un appel de 15 minutes cette semaine pour en discuter ?

Merci et bonne journée,

Olivier Gagnon
Associé, recherche de cadres TI
Gagnon Talents

Répondre · Pas intéressé

----------------------------------------
Vous recevez des notifications InMail. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe""",
    company="", job_title="", contact="",
    note="headhunter outreach via LinkedIn, Québec",
),
dict(
    label="job_other", language="fr",
    subject="8 nouvelles offres pour « développeur full stack » à Nantes",
    from_="Indeed <alert@indeed.com>",
    headers={"List-Unsubscribe": "<https://fr.indeed.com/alert/unsubscribe?id=a91c3e>", "Precedence": "bulk"},
    body="""Nouvelles offres d'emploi correspondant à votre recherche :

Développeur Full Stack JS (H/F)
Atlantique Numérique – Nantes (44)
CDI · Télétravail partiel

Développeur Fullstack Python/Vue.js H/F
Ondine Health – Saint-Herblain (44)
45 000 € – 52 000 € par an

Ingénieur développement web (H/F)
Nexalis Consulting – Nantes (44)

Développeur·se React / Node.js
Coop Mobilités – Rezé (44)
Facilement accessible en transports

Voir les 8 nouvelles offres : https://fr.indeed.com/emplois?q=d%C3%A9veloppeur+full+stack&l=Nantes

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://fr.indeed.com/alert/unsubscribe?id=a91c3e""",
    company="", job_title="", contact="",
    note="job alert",
),
dict(
    label="job_other", language="fr",
    subject="Vos nouvelles offres Apec – Juriste",
    from_="Apec <alertes@apec.fr>",
    headers={"List-Unsubscribe": "<https://www.apec.fr/candidat/alertes/desabonnement>", "Precedence": "bulk"},
    body="""Bonjour Claire,

Voici les nouvelles offres correspondant à votre alerte « Juriste – Hauts-de-France / Belgique frontalière » :

▸ Juriste droit social H/F – Groupe Delattre Distribution – Roubaix – 45-50 k€ brut annuel
▸ Juriste corporate H/F – Nordhuis Industries – Lille – selon profil
▸ Juriste contrats IT H/F – Axe Numérique – Villeneuve-d'Ascq – 42-48 k€ brut annuel

Consulter toutes les offres : https://www.apec.fr/candidat/recherche-emploi.html

Pensez à mettre à jour votre CV pour être visible des recruteurs.

L'Apec
Se désabonner de cette alerte : https://www.apec.fr/candidat/alertes/desabonnement""",
    company="", job_title="", contact="",
    note="Apec job alert",
),
dict(
    label="job_other", language="fr",
    subject="Votre rendez-vous avec votre conseiller",
    from_="France Travail <ne-pas-repondre@francetravail.fr>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Madame Garnier,

Vous êtes convoquée à un entretien de suivi avec votre conseiller.

Date : jeudi 17 décembre 2026 à 9 h 30
Lieu : agence France Travail Bordeaux Bastide – 12 rue de Benauge, 33100 Bordeaux
Conseiller : M. Karim Touati

Objet : faire le point sur votre recherche d'emploi et votre projet de formation en gestion de la paie.

Merci de vous munir de votre CV à jour. En cas d'empêchement, prévenez votre conseiller via votre espace personnel.

Cordialement,
Votre agence France Travail""",
    company="", job_title="", contact="",
    note="public employment service appointment",
),
dict(
    label="job_other", language="fr",
    subject="Confirmation du retrait de votre candidature",
    from_="Carrières Banque Orsay <no-reply@carrieres.banque-orsay.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour,

Nous vous confirmons que votre candidature au poste de Juriste bancaire (réf. JUR-2026-312) a bien été retirée à votre demande le 1er décembre 2026.

Vos données seront supprimées conformément à notre politique de protection des données, sauf si vous avez choisi de rester inscrite dans notre vivier de talents.

Nous regrettons de ne pas poursuivre ce processus avec vous et vous souhaitons une belle réussite dans vos projets.

L'équipe Recrutement
Banque Orsay""",
    company="", job_title="", contact="",
    note="portal confirms candidate's own withdrawal; contains 'nous regrettons de ne pas poursuivre'",
),
dict(
    label="job_other", language="fr",
    subject="RE: Proposition d'embauche – Data Analyst",
    from_="Gaëlle Nicolas <gaelle.nicolas@orpheo-retail.example>",
    headers={"In-Reply-To": "<CAK1b7Dx2@mail.gmail.example>", "References": "<CAK1b7Dx2@mail.gmail.example>"},
    body="""Bonjour Mehdi,

Merci de m'avoir prévenue aussi rapidement. Nous regrettons bien sûr votre décision, mais nous la comprenons parfaitement : le poste que l'on vous propose à Nantes vous permet de rester près de vos proches, c'est un argument de poids.

Je vous souhaite une très belle réussite dans ce nouveau poste. Et si vous revenez un jour sur Paris, pensez à nous !

Belle journée,
Gaëlle

Gaëlle Nicolas
Talent Acquisition Manager – Orphéo Retail

-----Message d'origine-----
De : Mehdi Benali
Envoyé : mercredi 2 décembre 2026 19:03
Objet : RE: Proposition d'embauche – Data Analyst

Bonjour Gaëlle,

Merci beaucoup pour votre proposition. Après réflexion, j'ai décidé de la décliner : j'ai accepté une offre à Nantes, plus proche de ma famille. Merci encore pour la qualité du processus.

Cordialement,
Mehdi""",
    company="", job_title="", contact="",
    note="employer acknowledges the candidate declined its offer",
),
dict(
    label="job_other", language="fr",
    subject="Présentation de votre candidature à notre client",
    from_="Romain Vidal <r.vidal@vidal-talents.example>",
    headers={},
    body="""Bonjour Sophie,

Comme convenu hier, j'ai présenté ce matin votre candidature à notre client, un groupe de cliniques privées basé à Bordeaux, pour le poste de Gestionnaire paie et administration du personnel.

Le client reviendra vers moi d'ici la fin de la semaine prochaine. S'il souhaite vous rencontrer, l'entretien aurait lieu sur site, à Talence, avec la responsable RH et la DAF.

Je vous tiens informée dès que j'ai un retour.

Bien à vous,
Romain Vidal
Consultant recrutement – Fonctions support
Vidal Talents
05 56 55 81 22""",
    company="", job_title="", contact="",
    note="recruitment agency confirms the profile was sent to its client",
),
dict(
    label="job_other", language="fr",
    subject="Convocation à un entretien de recrutement – Assistant(e) de gestion RH",
    from_="Communauté de communes du Val de Garonne <recrutement@cc-valdegaronne.example>",
    headers={},
    body="""COMMUNAUTÉ DE COMMUNES DU VAL DE GARONNE
Service des Ressources Humaines

Madame,

Suite à votre candidature au poste d'assistant(e) de gestion RH (catégorie C, filière administrative), j'ai le plaisir de vous informer que vous êtes convoquée à un entretien devant le jury de recrutement :

le mercredi 6 janvier 2027 à 14 h 00
à l'Hôtel communautaire, 2 avenue du 8 Mai 1945, 47200 Marmande – salle du conseil

Le jury sera composé du Vice-Président délégué aux ressources humaines, de la Directrice générale des services et de la Responsable RH. Une mise en situation écrite de 30 minutes précédera l'entretien.

Merci de confirmer votre présence par retour de mail.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour le Président et par délégation,
Le Directeur général adjoint,
Philippe Darnaud""",
    company="", job_title="", contact="",
    note="local-authority invitation to a jury interview",
),
dict(
    label="job_other", language="fr",
    subject="Épreuve écrite – Sélection Conseiller juridique (réf. BRU26-088)",
    from_="Service public régional bruxellois de l'Emploi public <selection@emploipublic-bruxelles.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame Dubois,

Nous avons le plaisir de vous informer que votre candidature pour la sélection « Conseiller juridique (m/f/x) – niveau A1 » (réf. BRU26-088) a été jugée recevable.

Vous êtes invitée à présenter l'épreuve écrite informatisée :

Date : lundi 11 janvier 2027
Heure : 9 h 00 (accueil dès 8 h 30)
Lieu : Centre de sélection, rue Royale 138, 1000 Bruxelles

Munissez-vous de votre carte d'identité. Les personnes qui ne se présentent pas sans motif valable seront exclues de la sélection.

Vous pouvez consulter le règlement de la sélection dans votre compte « Mon dossier ».

Cordialement,
Le service Sélections""",
    company="", job_title="", contact="",
    note="Belgian public-sector selection: written exam invitation",
),
dict(
    label="job_other", language="fr",
    subject="Vérification des antécédents – Caisse Desrosiers",
    from_="Vérifications Sécurinord <verifications@securinord.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Antoine Lefebvre,

Dans le cadre du processus d'embauche pour le poste de Développeur de données principal au sein de la Caisse Desrosiers, nous avons été mandatés pour effectuer une vérification de vos antécédents judiciaires, de vos diplômes et de vos emplois précédents.

Veuillez remplir le formulaire de consentement sécurisé d'ici le 11 décembre :
https://portail.securinord.example/consentement/8841-AL

Le délai de traitement habituel est de trois à cinq jours ouvrables. Vos renseignements sont traités de façon confidentielle conformément à la Loi sur la protection des renseignements personnels dans le secteur privé.

Merci de votre collaboration,
L'équipe Sécurinord""",
    company="", job_title="", contact="",
    note="background check request from a screening firm, Québec",
),
dict(
    label="job_other", language="fr",
    subject="Votre dossier de candidature – permis de travail",
    from_="Valérie Monnier <valerie.monnier@helvetis-fiduciaire.example>",
    headers={},
    body="""Bonjour Monsieur Favre,

Merci pour l'envoi de votre dossier complet pour le poste de Spécialiste compliance. Nous avons le plaisir de vous annoncer qu'il a été transmis au responsable du département.

Afin d'anticiper les démarches, pourriez-vous nous indiquer si vous êtes titulaire d'un permis de travail valable en Suisse (permis B, C ou G) ? Dans le cas contraire, nous devrions prévoir une demande auprès de l'Office cantonal de la population et des migrations, ce qui allonge les délais d'environ quatre semaines.

Avec nos meilleures salutations

Valérie Monnier
Assistante RH
Helvetis Fiduciaire SA
Boulevard Helvétique 24, 1207 Genève""",
    company="", job_title="", contact="",
    note="Swiss employer asks about work permit while the application proceeds",
),
dict(
    label="job_other", language="fr",
    subject="Un recruteur a consulté votre CV",
    from_="HelloWork <notifications@hellowork.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sophie,

Bonne nouvelle : votre CV a été consulté 3 fois cette semaine par des recruteurs !

Parmi eux : un cabinet de recrutement spécialisé dans les fonctions RH (Gironde).

Pour augmenter vos chances d'être contactée :
✔ Ajoutez une photo professionnelle
✔ Précisez vos disponibilités
✔ Complétez la rubrique « Compétences »

Mettre à jour mon CV : https://www.hellowork.com/fr-fr/candidat/cv

L'équipe HelloWork
Gérer mes notifications : https://www.hellowork.com/fr-fr/candidat/parametres""",
    company="", job_title="", contact="",
    note="job board notification about CV views",
),
dict(
    label="job_other", language="fr",
    subject="Bonne nouvelle pour la suite !",
    from_="Élodie Barbier <elodie.barbier@sequoia-assurances.example>",
    headers={},
    body="""Bonjour Madame Dubois,

Après examen de l'ensemble des candidatures reçues pour le poste de Juriste conformité, nous avons décidé de retenir votre candidature pour la suite du processus.

La prochaine étape consiste en un entretien d'une heure avec Maître Delcourt, notre directeur juridique, dans nos bureaux de Namur. Merci de m'indiquer vos disponibilités sur les deux prochaines semaines.

Bien cordialement,

Élodie Barbier
Chargée de recrutement
Séquoia Assurances SA
Rue de Fer 56, 5000 Namur""",
    company="", job_title="", contact="",
    note="candidate moves to next round; uses 'décidé de retenir votre candidature'",
),
dict(
    label="job_other", language="fr",
    subject="Une offre que vous avez sauvegardée n'est plus disponible",
    from_="HelloWork <notifications@hellowork.com>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sophie,

L'offre « Chargée de recrutement (H/F) – Agence Horizon Intérim – Libourne (33) » que vous aviez ajoutée à vos favoris n'est plus en ligne. Elle a été pourvue ou retirée par le recruteur.

Vous n'aviez pas postulé à cette offre.

Voici des offres similaires qui pourraient vous intéresser :
• Chargé de recrutement H/F – Gironde Emploi Services – Bordeaux
• Assistant RH et recrutement H/F – Clinique Saint-Roch – Cenon
• Gestionnaire RH H/F – Transports Médoc – Blanquefort

Voir les offres : https://www.hellowork.com/fr-fr/emploi/recherche.html?k=charg%C3%A9+de+recrutement&l=Gironde

L'équipe HelloWork""",
    company="", job_title="", contact="",
    note="saved (not applied-to) job was filled or withdrawn",
),
dict(
    label="job_other", language="fr",
    subject="Recrutement décalé à janvier",
    from_="Hugo Masson <hugo@kerlys.example>",
    headers={},
    body="""Hello Mehdi,

Petit update de notre côté : on a dû décaler le recrutement du poste de dev back-end à mi-janvier, le temps de boucler notre levée de fonds (rien d'inquiétant, juste de la paperasse qui traîne 😅).

Ta candidature reste bien active et tu es toujours dans la short-list pour l'entretien technique. On revient vers toi la semaine du 11 janvier pour fixer une date.

Bonnes fêtes en attendant !

Hugo
CTO – Kerlys""",
    company="", job_title="", contact="",
    note="start-up postpones hiring, application explicitly remains active",
),
dict(
    label="job_other", language="fr",
    subject="Bienvenue dans la communauté Talents Altamira",
    from_="Altamira Énergies – Communauté Talents <talents@news.altamira-energies.example>",
    headers={"List-Unsubscribe": "<https://careers.altamira-energies.example/talents/desinscription>", "Precedence": "bulk"},
    body="""Bonjour Mehdi,

Merci d'avoir rejoint la communauté Talents d'Altamira Énergies !

Chaque mois, vous recevrez :
⚡ une sélection d'offres en lien avec vos centres d'intérêt (IT, cloud, data)
⚡ des portraits de collaborateurs et des coulisses de nos projets
⚡ des invitations à nos événements de recrutement

Prochain rendez-vous : « Les métiers du numérique dans l'énergie », live le 20 janvier 2027 à 12 h 30.
S'inscrire : https://careers.altamira-energies.example/events

À très bientôt,
L'équipe Talent Acquisition

Vous pouvez vous désinscrire à tout moment : https://careers.altamira-energies.example/talents/desinscription""",
    company="", job_title="", contact="",
    note="employer talent-community welcome mail",
),
dict(
    label="job_other", language="fr",
    subject="J-7 avant ton arrivée chez Atlantique Numérique 🚀",
    from_="Sarah Le Bihan <sarah@atlantique-numerique.example>",
    headers={},
    body="""Salut Mehdi,

Plus qu'une semaine ! Voici tout ce qu'il faut savoir pour lundi :

- rendez-vous à 9 h 30 au 5 rue Kervégan (Île de Nantes), 2e étage
- ton Mac t'attend sur ton bureau, Yanis (IT) passera te l'installer avec toi
- déjeuner d'équipe le midi, c'est nous qui invitons
- pense à apporter ta carte Vitale et ton RIB si tu ne me les as pas encore envoyés

Ton buddy sera Clémence, elle t'a ajouté sur Slack en invité pour que tu puisses dire bonjour à l'équipe avant ton arrivée.

À lundi !
Sarah
Office & People Manager – Atlantique Numérique""",
    company="", job_title="", contact="",
    note="pre-onboarding mail before the first day",
),
dict(
    label="job_other", language="fr",
    subject="Mission chez un client – êtes-vous disponible ?",
    from_="Karima Saidi <k.saidi@stratis-esn.example>",
    headers={},
    body="""Bonjour Mehdi,

Je suis chargée d'affaires chez Stratis, ESN spécialisée dans le développement web. Votre profil sur Malt a retenu mon attention.

Nous avons une mission de 6 mois renouvelable chez un client du secteur de la grande distribution à Nantes, démarrage début février :
- stack : Node.js / NestJS, React, PostgreSQL
- télétravail : 3 jours par semaine
- en CDI chez Stratis, salaire selon profil (45-52 k€)

Si cela vous intéresse, pourriez-vous m'envoyer votre CV à jour ? Je vous préparerai ensuite un dossier de compétences à présenter au client.

Cordialement,
Karima Saidi
Chargée d'affaires – Stratis ESN""",
    company="", job_title="", contact="",
    note="IT services firm outreach for a client assignment",
),
dict(
    label="job_other", language="fr",
    subject="Vos références professionnelles",
    from_="Pauline Renard <pauline.renard@cabinet-renard-rh.example>",
    headers={},
    body="""Bonjour Sophie,

Bonne nouvelle : notre client souhaite avancer avec vous pour le poste de Gestionnaire paie !

Avant la proposition finale, il nous demande de réaliser deux prises de références. Pourriez-vous me transmettre les coordonnées (nom, fonction, téléphone, email) de deux anciens responsables hiérarchiques ? Je les contacterai uniquement avec votre accord, et en aucun cas votre employeur actuel.

Merci d'avance,
Pauline Renard
Cabinet Renard RH – Bordeaux
06 55 90 17 33""",
    company="", job_title="", contact="",
    note="agency asks for references before the final offer",
),
dict(
    label="job_other", language="fr",
    subject="Confirmé : Entretien avec Julien Perrin – lun. 14 déc. 2026 10:00",
    from_="Calendrier Neovia <agenda@neovia-rh.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Votre rendez-vous est confirmé.

Entretien – Chef de projet marketing digital
lundi 14 décembre 2026, 10:00 – 10:45 (heure de Paris)
Avec : Julien Perrin (Directeur marketing, Neovia)
Lieu : Google Meet – https://meet.google.com/xqv-ptrn-ksa

Besoin de modifier ? Reprogrammer : https://agenda.neovia-rh.example/r/7Tq2 · Annuler : https://agenda.neovia-rh.example/c/7Tq2

Ajoutez l'événement à votre agenda (fichier .ics joint).""",
    company="", job_title="", contact="",
    note="automatic scheduling confirmation for an interview",
),
dict(
    label="job_other", language="fr",
    subject="Entretien final avec le siège – planning",
    from_="Margaux Fontaine <margaux.fontaine@nordlicht-software.example>",
    headers={},
    body="""Bonjour Antoine,

Comme promis, voici le planning de votre entretien final avec nos équipes du siège, à Berlin. L'entretien se déroulera en anglais ; je vous transfère ci-dessous le message de ma collègue avec les détails.

Petit conseil : Matthias apprécie beaucoup qu'on lui parle d'un projet concret de bout en bout, avec les erreurs commises en chemin. N'hésitez pas à préparer un exemple de migration de pipeline.

Je reste disponible si vous avez la moindre question d'ici là.

Margaux
Talent Partner France & Canada – Nordlicht Software

---------- Message transféré ---------
De : Hanna Schulte <hanna.schulte@nordlicht-software.example>
Date : mar. 8 déc. 2026 à 14:20
Objet : Final interview – Antoine Lefebvre

Hi Antoine,

Your final interview is scheduled for Wednesday 16 December, 16:00–17:30 CET (10:00–11:30 in Montréal):
- 16:00 System design with Matthias Kern (Head of Data)
- 16:45 Values interview with Lina Osei (VP People)

Zoom link to follow.
Best, Hanna""",
    company="", job_title="", contact="",
    note="French recruiter forwards an English final-interview schedule",
),
dict(
    label="job_other", language="fr",
    subject="Retour après votre entretien",
    from_="Thibault Renaud <thibault.renaud@caravelle-medias.example>",
    headers={},
    body="""Bonjour Camille,

Merci pour l'entretien de mardi. Les retours de l'équipe sont très positifs, en particulier sur votre approche du SEA et vos idées pour la newsletter.

Nous aimerions vous faire rencontrer notre CEO, Anne-Laure, pour une dernière étape plus informelle (30 minutes, autour d'un café dans nos locaux de la Croix-Rousse). Seriez-vous disponible vendredi 11 ou lundi 14 décembre ?

À bientôt,
Thibault Renaud
Head of Marketing – Caravelle Médias""",
    company="", job_title="", contact="",
    note="positive feedback and invitation to meet the CEO",
),
dict(
    label="job_other", language="fr",
    subject="Désolés pour le délai de réponse",
    from_="Recrutement Ville de Montrevel <recrutement@montrevel.example>",
    headers={},
    body="""Madame,

Vous avez candidaté au poste d'Assistante RH au sein des services de la Ville de Montrevel et nous vous en remercions.

En raison du nombre très important de candidatures reçues (plus de 200), l'étude des dossiers prend plus de temps que prévu. Votre candidature est toujours en cours d'examen et une réponse vous sera apportée au plus tard à la mi-janvier.

Nous vous prions de bien vouloir nous excuser pour ce délai.

Le service Ressources humaines
Ville de Montrevel""",
    company="", job_title="", contact="",
    note="delay notice, application still under review",
),
dict(
    label="job_other", language="fr",
    subject="RE: Entretien du 10 décembre",
    from_="Aline Gauthier <aline.gauthier@hexaline.example>",
    headers={"In-Reply-To": "<9f3b7e12-aa04@laposte.example>", "References": "<9f3b7e12-aa04@laposte.example>"},
    body="""Bonjour Camille,

Merci de nous avoir prévenus que vous aviez accepté une autre offre, et félicitations ! C'est dommage pour nous, mais nous comprenons tout à fait.

J'annule donc notre entretien du 10 décembre. Belle réussite dans vos nouvelles fonctions.

Aline Gauthier
RH – Hexaline

> De : Camille Rousseau
> Envoyé : lundi 7 décembre 2026 18:22
> Objet : Entretien du 10 décembre
>
> Bonjour Madame Gauthier,
> Je vous informe que j'ai accepté une proposition d'un autre employeur et ne pourrai donc pas me rendre à l'entretien du 10 décembre. Merci pour votre intérêt et pour votre compréhension.
> Cordialement,
> Camille Rousseau""",
    company="", job_title="", contact="",
    note="employer acknowledges the candidate withdrew after accepting another offer",
),
])

# ---------------------------------------------------------------------------
# French - ham (18)
# ---------------------------------------------------------------------------
MESSAGES.extend([
dict(
    label="ham", language="fr",
    subject="Votre demande de prêt immobilier – réponse",
    from_="Émilie Charpentier <emilie.charpentier@banque-rhodanienne.example>",
    headers={},
    body="""Bonjour Madame Rousseau,

Je fais suite à notre rendez-vous du 20 novembre concernant votre projet d'acquisition d'un appartement à Villeurbanne.

Après étude de votre dossier par notre comité des engagements, nous ne sommes malheureusement pas en mesure de vous accorder le financement demandé. Votre taux d'endettement après projet (38 %) dépasse le seuil de 35 % que nous appliquons conformément aux règles d'octroi en vigueur, et votre apport personnel ne permet pas de compenser cet écart.

Je reste à votre disposition pour étudier avec vous un projet ajusté (montant emprunté moins élevé ou durée différente).

Bien cordialement,

Émilie Charpentier
Conseillère clientèle particuliers
Banque Rhodanienne – Agence Lyon Brotteaux""",
    company="", job_title="", contact="",
    note="mortgage application refused by a bank",
),
dict(
    label="ham", language="fr",
    subject="Votre dossier de location – T2 rue Paul Bert",
    from_="Immo Garonne – Service location <location@immo-garonne.example>",
    headers={},
    body="""Bonjour Madame,

Nous vous remercions pour l'intérêt porté au T2 situé 47 rue Paul Bert, ainsi que pour votre dossier.

Le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Le service location
Immo Garonne – Bordeaux Saint-Michel""",
    company="", job_title="", contact="",
    note="rental application refused ('a retenu un autre dossier')",
),
dict(
    label="ham", language="fr",
    subject="Réponse à votre candidature – Master Droit européen des affaires",
    from_="Plateforme candidatures master – Université de Valcourt <candidatures-master@univ-valcourt.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour,

La commission pédagogique du Master mention Droit européen, parcours « Droit européen des affaires » (M1), a examiné votre candidature.

Décision : Candidature non retenue.

Motif : capacité d'accueil atteinte ; votre dossier n'a pas été classé en rang utile.

Vous pouvez consulter le détail de cette décision et les voies de recours dans votre espace candidat. Nous vous rappelons que vous pouvez, le cas échéant, saisir le recteur de région académique dans le cadre de la procédure de saisine prévue pour les titulaires d'une licence.

Ceci est un message automatique, merci de ne pas y répondre.

Université de Valcourt – Direction des études et de la vie étudiante""",
    company="", job_title="", contact="",
    note="master's programme admission refused; looks like a job rejection but is a university place",
),
dict(
    label="ham", language="fr",
    subject="Notification de décision – bourse sur critères sociaux",
    from_="CROUS de Valcourt <ne-pas-repondre@crous-valcourt.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Lucas Martin,

Votre dossier social étudiant pour l'année universitaire 2026-2027 a été examiné.

Après étude, une décision de rejet a été prononcée concernant votre demande de bourse sur critères sociaux : les revenus de votre foyer fiscal de rattachement dépassent le plafond correspondant à votre nombre de points de charge.

Vous pouvez consulter votre notification et, si vous le souhaitez, former un recours gracieux dans un délai de deux mois depuis votre espace étudiant.

Le service des bourses""",
    company="", job_title="", contact="",
    note="student grant refused",
),
dict(
    label="ham", language="fr",
    subject="trop dégoûtée",
    from_="Manon Giraud <manon.giraud@free.example>",
    headers={},
    body="""Coucou ma belle,

bon ben c'est mort pour le poste chez Solstice, j'ai reçu le mail ce matin. « nous avons le regret de vous informer que votre candidature n'a pas été retenue », la phrase qui tue. Après 4 entretiens et un cas pratique à rendre en 48h… 😭

Bref je vais m'en remettre, mais ce soir j'ai besoin d'une bière. T'es dispo vers 19h au Fût du Canut ?

Bisous
Manon""",
    company="", job_title="", contact="",
    note="friend forwards her own rejection story and proposes a drink",
),
dict(
    label="ham", language="fr",
    subject="Rebondir après un refus : ce que disent les neurosciences",
    from_="La Lettre d'Équilibre <lettre@equilibre-mag.example>",
    headers={"List-Unsubscribe": "<https://equilibre-mag.example/desinscription?u=44c1>", "Precedence": "bulk"},
    body="""LA LETTRE D'ÉQUILIBRE – n° 212

Bonjour,

Un refus, qu'il vienne d'un recruteur, d'un éditeur ou d'un premier rendez-vous, active dans notre cerveau les mêmes zones que la douleur physique. Bonne nouvelle : on peut apprendre à mieux l'encaisser.

Au sommaire cette semaine :
→ Pourquoi le « non » nous fait si mal (et pourquoi c'est normal)
→ Trois exercices pour ne plus le prendre personnellement
→ Témoignage : « J'ai essuyé 40 refus avant de publier mon premier roman »

Lire la lettre en ligne : https://equilibre-mag.example/lettre/212

À la semaine prochaine,
La rédaction d'Équilibre

Vous recevez cette lettre car vous vous êtes inscrit(e) sur equilibre-mag.example. Se désinscrire : https://equilibre-mag.example/desinscription?u=44c1""",
    company="", job_title="", contact="",
    note="wellbeing newsletter about coping with rejection",
),
dict(
    label="ham", language="fr",
    subject="[BreizhDev 2027] Décision concernant votre proposition",
    from_="Comité de programme BreizhDev <cfp@breizhdev.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Mehdi Benali,

Merci d'avoir soumis « NestJS en prod : nos 10 erreurs préférées » à l'appel à conférences de BreizhDev 2027.

Cette année, nous avons reçu 530 propositions pour 70 créneaux. Nous sommes désolés de vous annoncer que votre proposition n'a pas été retenue. La sélection a été particulièrement difficile et ne reflète pas forcément la qualité de votre sujet.

Pour vous remercier, nous vous offrons un accès prioritaire à la billetterie, qui ouvre le 15 janvier.

À bientôt à Rennes, on l'espère !
Le comité de programme""",
    company="", job_title="", contact="",
    note="conference talk proposal not accepted",
),
dict(
    label="ham", language="fr",
    subject="Décision relative à votre demande de visa",
    from_="Consulat général de la République de Varnésie <visas@consulat-varnesie.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Madame, Monsieur,

Le Consulat général a examiné votre demande de visa de court séjour (tourisme) n° VRN-2026-118842, déposée le 2 novembre 2026.

Votre demande a été refusée pour le motif suivant : la justification de l'objet et des conditions du séjour envisagé n'a pas été fournie (absence de réservation d'hébergement pour la totalité du séjour).

Vous pouvez introduire une nouvelle demande à tout moment ou former un recours dans un délai de deux mois à compter de la notification de la présente décision.

La décision motivée est disponible dans votre espace demandeur.

Service des visas""",
    company="", job_title="", contact="",
    note="tourist visa refused",
),
dict(
    label="ham", language="fr",
    subject="Votre demande de remboursement n° 2026-558731",
    from_="Mutuelle Alliance Santé <service-adherents@alliance-sante.example>",
    headers={},
    body="""Bonjour Monsieur Benali,

Nous avons bien reçu votre demande de remboursement pour des séances d'ostéopathie (facture du 14/10/2026, 60 €).

Après vérification, nous ne pouvons pas donner une suite favorable à votre demande : votre forfait « médecines douces » (3 séances par an) a déjà été entièrement utilisé pour l'année 2026.

Vous retrouverez le détail de vos garanties dans votre espace adhérent.

Cordialement,
Le service adhérents
Mutuelle Alliance Santé""",
    company="", job_title="", contact="",
    note="health insurer declines a reimbursement; 'ne pouvons pas donner une suite favorable'",
),
dict(
    label="ham", language="fr",
    subject="Votre facture d'électricité est disponible",
    from_="Énergie Claire <facture@energie-claire.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Sophie,

Votre facture de décembre 2026 est disponible dans votre espace client.

Montant : 87,42 € TTC
Date de prélèvement : 15/12/2026
Référence client : 4411029837

Consulter ma facture : https://espace-client.energie-claire.example

Astuce : en hiver, baisser le chauffage de 1 °C permet d'économiser environ 7 % sur votre consommation.

L'équipe Énergie Claire""",
    company="", job_title="", contact="",
    note="electricity bill",
),
dict(
    label="ham", language="fr",
    subject="Votre commande n° 880214 a été expédiée",
    from_="Le Comptoir des Pages <commandes@comptoir-des-pages.example>",
    headers={"Auto-Submitted": "auto-generated"},
    body="""Bonjour Camille,

Bonne nouvelle, votre commande est en route !

- « L'Anomalie » – poche – 9,20 €
- Carnet pointillé A5 terracotta – 12,50 €

Livraison en point relais (Tabac-Presse Le Vauban, Lyon 6e) prévue le jeudi 10 décembre.

Suivre mon colis : https://comptoir-des-pages.example/suivi/880214

À bientôt,
Le Comptoir des Pages""",
    company="", job_title="", contact="",
    note="bookshop shipping notification",
),
dict(
    label="ham", language="fr",
    subject="Noël chez mamie",
    from_="Papa <gerard.dubois@orange.example>",
    headers={},
    body="""Coucou ma Clairette,

Mamie demande si tu descends bien le 23 ? Elle veut savoir combien on sera pour la bûche, elle fait les comptes depuis une semaine 😄

Ton frère arrive avec Léa et le petit le 24 au matin. Si tu prends le train jusqu'à Namur je viens te chercher à la gare, dis moi l'heure.

Grosses bises
Papa""",
    company="", job_title="", contact="",
    note="father organising Christmas, Belgian family",
),
dict(
    label="ham", language="fr",
    subject="Match de samedi annulé + AG du club",
    from_="Badminton Club Villeurbannais <bureau@bcv-bad.example>",
    headers={"List-Id": "<adherents.bcv-bad.example>", "Precedence": "list"},
    body="""Bonjour à tous,

Le match d'interclubs prévu ce samedi contre Vénissieux est annulé : le gymnase est réquisitionné pour le marché de Noël de la mairie. Il sera reprogrammé en janvier.

Rappel : l'assemblée générale du club aura lieu le vendredi 18 décembre à 19 h au club-house. Ordre du jour : bilan financier, renouvellement du bureau, achat de volants (vaste débat).

Sportivement,
Le bureau du BCV""",
    company="", job_title="", contact="",
    note="sports club cancellation and general assembly notice",
),
dict(
    label="ham", language="fr",
    subject="Convocation à l'assemblée générale des copropriétaires",
    from_="Cabinet Lemaire Syndic <syndic@lemaire-gestion.example>",
    headers={},
    body="""Madame, Monsieur,

Nous vous prions de trouver ci-joint votre convocation à l'assemblée générale ordinaire des copropriétaires de la résidence « Les Tilleuls », 14 avenue Thiers, qui se tiendra le mardi 19 janvier 2027 à 18 h 30, salle Saint-Exupéry.

À l'ordre du jour notamment : approbation des comptes 2026, travaux de ravalement de façade, remplacement de l'interphone.

Si vous ne pouvez pas être présent(e), vous pouvez donner pouvoir à un autre copropriétaire à l'aide du formulaire joint ou voter par correspondance.

Cordialement,
Le service copropriété
Cabinet Lemaire""",
    company="", job_title="", contact="",
    note="property management general meeting notice",
),
dict(
    label="ham", language="fr",
    subject="Inscription à l'académie – liste d'attente",
    from_="Académie de musique d'Etterbeek-Sud <secretariat@academie-etterbeek-sud.example>",
    headers={},
    body="""Madame,

Nous avons bien reçu votre demande d'inscription au cours de piano pour adultes (filière 2, niveau débutant) pour l'année 2026-2027.

Nous sommes au regret de vous informer que toutes les places disponibles sont actuellement attribuées. Votre demande a été placée sur liste d'attente (position 6). Nous vous recontacterons si une place se libère en cours d'année.

En attendant, le cours de formation musicale du jeudi soir dispose encore de quelques places.

Avec nos salutations distinguées,
Le secrétariat de l'Académie""",
    company="", job_title="", contact="",
    note="Belgian music school waitlist; 'au regret de vous informer'",
),
dict(
    label="ham", language="fr",
    subject="Votre demande de place – CPE Les Petits Bourgeons",
    from_="CPE Les Petits Bourgeons <direction@cpe-petitsbourgeons.example>",
    headers={},
    body="""Bonjour Monsieur Lefebvre,

Merci de l'intérêt que vous portez à notre CPE.

Malheureusement, nous n'aurons pas de place disponible dans le groupe poupons pour la date souhaitée (avril 2027). Les places libérées ont été attribuées selon notre politique d'admission (fratries et enfants du personnel en priorité).

Votre enfant demeure inscrit sur notre liste d'attente. N'oubliez pas de mettre à jour votre inscription sur le guichet unique au besoin.

Bonne journée,
Josée Paquette
Directrice générale
CPE Les Petits Bourgeons – Rosemont""",
    company="", job_title="", contact="",
    note="Québec daycare has no place for the child",
),
dict(
    label="ham", language="fr",
    subject="Séminaire d'équipe – vendredi 18 décembre",
    from_="Delphine Roux <delphine.roux@axiome-juridique.example>",
    headers={},
    body="""Bonjour à tous,

Pour clôturer l'année, nous organisons un séminaire d'équipe le vendredi 18 décembre :

9 h 30 – bilan de l'année et perspectives 2027 (salle Montesquieu)
12 h 30 – déjeuner au restaurant Le Saint-Georges
14 h 30 – atelier cohésion (surprise 🙂)

Merci de me confirmer votre présence et vos éventuelles contraintes alimentaires avant mercredi.

Bonne journée,
Delphine
Office manager – Axiome Juridique""",
    company="", job_title="", contact="",
    note="internal mail from the person's current employer about a team day",
),
dict(
    label="ham", language="fr",
    subject="Concours de nouvelles « Plumes du Léman » – résultats",
    from_="Association Plumes du Léman <concours@plumes-leman.example>",
    headers={},
    body="""Chère participante, cher participant,

Le jury du concours de nouvelles « Plumes du Léman » 2026 s'est réuni le 28 novembre pour examiner les 312 textes reçus sur le thème « Traversées ».

Nous avons le regret de vous informer que votre nouvelle ne figure pas parmi les lauréats de cette édition. Les dix textes primés seront publiés dans notre recueil annuel et lus lors de la soirée de remise des prix, le 16 janvier à la salle communale de Nyon, à laquelle vous êtes cordialement invité(e).

Merci pour votre participation et au plaisir de vous lire l'an prochain !

Pour le comité,
Anne-Catherine Chappuis
Présidente""",
    company="", job_title="", contact="",
    note="Swiss short-story contest results; entry not among winners",
),
])


# ---------------------------------------------------------------------------
# Shuffle, number and write
# ---------------------------------------------------------------------------
KEYS = ["id", "source", "label", "language", "subject", "from", "headers", "body",
        "company", "job_title", "contact", "note"]


def main():
    msgs = list(MESSAGES)
    random.Random(SEED).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, start=1):
        row = {
            "id": "%s-%03d" % (PREFIX, i),
            "source": SOURCE,
            "label": m["label"],
            "language": m["language"],
            "subject": m["subject"],
            "from": m["from_"],
            "headers": m["headers"],
            "body": m["body"],
            "company": m["company"],
            "job_title": m["job_title"],
            "contact": m["contact"],
            "note": m["note"],
        }
        assert list(row) == KEYS
        rows.append(row)
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
