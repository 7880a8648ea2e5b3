#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builder for heldout11_defr (evaluation set, German and French).

Every message below was written by hand by the Debrief team (December 2026), blind.
All names, companies and addresses are invented; all domains end in .example.
Run:  python3 build.py   ->  heldout11_defr.jsonl
"""
import json
import os
import random

SOURCE = "debrief-heldout11 (written by the team, 2026-12)"
SEED = 112
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "heldout11_defr.jsonl")

DATA = []

# ---------------------------------------------------------------------------
# GERMAN - rejection (26)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung als Senior Backend Developer (Java) – Referenz R-20418",
    "from": "Isarwerk Versicherung Recruiting <isarwerk@myworkday-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@isarwerk.example"},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihr Interesse an der Isarwerk Versicherung und für Ihre Bewerbung als Senior Backend Developer (Java) (m/w/d) am Standort München.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Abwägung für andere Kandidaten entschieden haben, deren Profil noch besser zu den aktuellen Anforderungen passt.

Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer Qualifikation. Gerne können Sie sich über unser Karriereportal auch künftig auf passende Stellen bewerben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr Talent Acquisition Team
Isarwerk Versicherung AG

--
Isarwerk Versicherung AG | Leopoldstraße 212 | 80807 München
Vorsitzender des Aufsichtsrats: Dr. Hubert Gaßner | Vorstand: Dr. Karin Vollath (Vors.), Matthias Ebner
Sitz der Gesellschaft: München | Registergericht München HRB 114532
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
""",
    "company": "Isarwerk Versicherung", "job_title": "Senior Backend Developer (Java) (m/w/d)", "contact": "",
    "note": "Workday standard rejection from an insurer, Sie-form, stock wording",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Statusänderung Ihrer Bewerbung – Job-ID 48213",
    "from": "Südtel Karriere <noreply@successfactors-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """
Guten Tag Tobias Reindl,

der Status Ihrer Bewerbung hat sich geändert.

Stelle: Backend Engineer Kotlin / Spring Boot – Netzplattform (Job-ID 48213)
Standort: München-Moosach
Neuer Status: Prozess beendet – Bewerbung wird nicht weiterverfolgt

Sie können Ihre Bewerbungen jederzeit in Ihrem Kandidatenprofil einsehen:
https://karriere.suedtel.example/career?company=suedtelP&login

Ihr Kandidatenprofil bleibt bestehen, solange Sie es nicht selbst löschen. Über neue Stellenangebote informieren wir Sie, wenn Sie einen Job-Alert angelegt haben.

Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht gelesen.

Südtel Kommunikation GmbH · Dachauer Straße 405 · 80993 München
Datenschutzhinweise für Bewerberinnen und Bewerber: https://karriere.suedtel.example/datenschutz
""",
    "company": "Südtel Kommunikation", "job_title": "Backend Engineer Kotlin / Spring Boot – Netzplattform", "contact": "",
    "note": "SuccessFactors status notice, process ended, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "AW: Position Lead Backend – Rückmeldung Mandant",
    "from": "Andreas Seidl <a.seidl@seidl-partner.example>",
    "headers": {"In-Reply-To": "<CAKx8f2w1-tr@mailbox.example>", "References": "<CAKx8f2w1-tr@mailbox.example>"},
    "body": """
Hallo Herr Reindl,

wie eben am Telefon kurz angesprochen, hier noch einmal schriftlich: Mein Mandant (der Zahlungsdienstleister aus Garching, Sie wissen, wen ich meine) hat sich entschieden, die Rolle des Lead Backend Engineers intern zu besetzen. Ein Teamleiter aus dem Bereich Card Processing wechselt rüber, das war bis letzte Woche auch für mich nicht absehbar.

Damit ist der Prozess für Sie an dieser Stelle beendet. Ich weiß, dass Sie nach dem zweiten Gespräch mit Herrn Dr. Kuhn ein gutes Gefühl hatten – das Feedback war auch wirklich positiv, insbesondere zu Ihrer Erfahrung mit Event Sourcing.

Ich habe zwei weitere Mandate in der Pipeline, die ab Februar spruchreif werden könnten. Wenn Sie einverstanden sind, melde ich mich dann wieder.

Beste Grüße aus der Maxvorstadt
Andreas Seidl

Seidl & Partner Personalberatung GmbH
Executive Search | IT & Digital
Theresienstraße 58, 80333 München
T +49 89 2190 447-12 | M +49 171 5532 908
www.seidl-partner.example

> Am 02.12.2026 um 09:14 schrieb Tobias Reindl <tobias.reindl@mailbox.example>:
>
> Hallo Herr Seidl,
> gibt es schon Neuigkeiten vom Kunden? Ich müsste nächste Woche einem anderen Unternehmen eine Rückmeldung geben.
> Viele Grüße
> Tobias Reindl
""",
    "company": "Seidl & Partner Personalberatung", "job_title": "Lead Backend Engineer", "contact": "Andreas Seidl",
    "note": "headhunter reply in thread: client filled role internally, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung bei Lechfeld Automotive Software",
    "from": "Sabine Wallner <sabine.wallner@lechfeld-as.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

zunächst möchte ich mich für die lange Wartezeit entschuldigen.

Aufgrund der aktuellen wirtschaftlichen Lage in der Automobilzulieferindustrie hat unsere Geschäftsführung Anfang November einen konzernweiten Einstellungsstopp beschlossen. Davon betroffen ist auch die ausgeschriebene Position "Softwareentwickler Backend (Java/Quarkus) – Flottendaten", auf die Sie sich beworben hatten. Die Stelle wird bis auf Weiteres nicht besetzt.

Wir schließen daher das Bewerbungsverfahren und damit auch Ihre Bewerbung ab. Sollte die Stelle zu einem späteren Zeitpunkt erneut ausgeschrieben werden, würden wir uns freuen, wenn Sie sich wieder bei uns melden.

Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen

Sabine Wallner
Personalreferentin
Lechfeld Automotive Software GmbH
Industriestraße 14 | 86836 Untermeitingen
Tel. +49 8232 9961-230
""",
    "company": "Lechfeld Automotive Software", "job_title": "Softwareentwickler Backend (Java/Quarkus) – Flottendaten", "contact": "Sabine Wallner",
    "note": "hiring freeze, role not filled, application closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Feedback zu Ihrem Interviewtag am 19. November",
    "from": "Katharina Obermaier <katharina.obermaier@maxburg-mobility.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank noch einmal, dass Sie sich einen ganzen Tag Zeit für uns genommen haben. Das gesamte Panel – Herr Lindner, Frau Yilmaz und ich – hat die Gespräche als sehr offen und angenehm empfunden.

Wir haben uns die Entscheidung nicht leicht gemacht, müssen Ihnen aber leider mitteilen, dass wir Ihnen die Position als Senior Backend Engineer (Routing Platform) nicht anbieten werden.

Da Sie ausdrücklich um Feedback gebeten haben, möchte ich Ihnen gerne einige Punkte mitgeben:

- Coding-Session: sehr sauberer, gut getesteter Code, Ihre Refactoring-Schritte waren nachvollziehbar erklärt. Hier gab es keinerlei Bedenken.
- System Design: Beim Entwurf des Echtzeit-Routing-Service hätten wir uns eine tiefere Auseinandersetzung mit Partitionierung und Backpressure gewünscht. Gerade bei unseren Lastspitzen (Wiesn, Messezeiten) ist das ein zentrales Thema.
- Team Fit: durchweg positiv.

Am Ende hat ein Kandidat mit mehr Erfahrung in verteilten Streaming-Systemen (Kafka Streams / Flink) den Ausschlag gegeben.

Ich würde mich freuen, wenn wir in Kontakt bleiben. Im Frühjahr planen wir weitere Stellen im Bereich Payments, die sehr gut zu Ihrem Profil passen könnten.

Mit besten Grüßen
Katharina Obermaier
Senior Talent Partner

Maxburg Mobility GmbH
Arnulfstraße 150 · 80634 München
maxburg-mobility.example/karriere
""",
    "company": "Maxburg Mobility", "job_title": "Senior Backend Engineer (Routing Platform)", "contact": "Katharina Obermaier",
    "note": "rejection after final interview day with detailed feedback",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "AW: Nachfrage zum Stand meiner Bewerbung (Backend Developer Payments)",
    "from": "Michael Huber <michael.huber@brenner-payments.example>",
    "headers": {"In-Reply-To": "<7f3a1c2e-tr@mailbox.example>", "References": "<7f3a1c2e-tr@mailbox.example>"},
    "body": """
Hallo Herr Reindl,

danke für Ihre Nachfrage und entschuldigen Sie, dass Sie so lange nichts von uns gehört haben – bei uns war im November Release-Freeze und ich bin schlicht nicht hinterhergekommen.

Nach dem Gespräch mit unserem Team haben wir uns gegen eine Fortsetzung des Prozesses entschieden. Ausschlaggebend war vor allem, dass wir für die Rolle jemanden brauchen, der bereits PCI-DSS-Audits begleitet hat.

Ich wünsche Ihnen viel Erfolg bei der weiteren Suche.

Viele Grüße
Michael Huber
Head of Engineering
Brenner Payment Systems GmbH

-----Ursprüngliche Nachricht-----
Von: Tobias Reindl <tobias.reindl@mailbox.example>
Gesendet: Montag, 30. November 2026 18:42
An: Michael Huber <michael.huber@brenner-payments.example>
Betreff: Nachfrage zum Stand meiner Bewerbung (Backend Developer Payments)

Sehr geehrter Herr Huber,

am 6. November hatten wir ein sehr angenehmes Gespräch zur Position Backend Developer Payments. Sie hatten eine Rückmeldung innerhalb von zwei Wochen in Aussicht gestellt. Darf ich fragen, wie der aktuelle Stand ist?

Mit freundlichen Grüßen
Tobias Reindl
""",
    "company": "Brenner Payment Systems", "job_title": "Backend Developer Payments", "contact": "Michael Huber",
    "note": "rejection as reply to candidate's status inquiry, Outlook-quoted, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihr Vertragsangebot vom 12.11.2026",
    "from": "Dr. Claudia Pfister <claudia.pfister@nymphenburg-energie.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

ich wende mich heute mit einer Nachricht an Sie, die mir persönlich sehr schwerfällt.

Wie Sie vielleicht der Presse entnommen haben, hat unser Vorstand am vergangenen Freitag eine umfassende Neuausrichtung des Geschäftsbereichs Digital Services beschlossen. Im Zuge dessen wird das Team "Smart Metering Platform", für das wir Sie als Backend-Entwickler gewinnen wollten, nicht wie geplant aufgebaut.

Wir sind daher gezwungen, das Ihnen am 12. November übermittelte Vertragsangebot zurückzuziehen. Da Sie den Vertrag noch nicht gegengezeichnet haben, ist kein Arbeitsverhältnis zustande gekommen; dennoch ist uns bewusst, dass Sie möglicherweise bereits Entscheidungen im Hinblick auf Ihre jetzige Stelle getroffen haben. Sollte Ihnen dadurch ein konkreter Nachteil entstanden sein, sprechen Sie mich bitte direkt an.

Ich bedauere diese Entwicklung sehr und entschuldige mich im Namen des gesamten Unternehmens.

Mit freundlichen Grüßen

Dr. Claudia Pfister
Leiterin Personal
Nymphenburg Energie AG
Hirschgartenallee 31, 80639 München
Telefon: +49 89 45 2207-100
""",
    "company": "Nymphenburg Energie", "job_title": "Backend-Entwickler", "contact": "Claudia Pfister",
    "note": "job offer withdrawn after restructuring, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung",
    "from": "Personalabteilung Kaltenried <personal@kaltenried.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihre Bewerbung als Softwareentwickler (m/w/d) für unsere Steuerungssoftware.

Leider müssen wir Ihnen eine Absage erteilen.

Mit freundlichen Grüßen
i. A. Renate Kölbl
Kaltenried Maschinenbau GmbH & Co. KG
Personalabteilung
""",
    "company": "Kaltenried Maschinenbau", "job_title": "Softwareentwickler (m/w/d)", "contact": "Renate Kölbl",
    "note": "very short curt rejection from a Mittelstand HR department",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Rückmeldung zu Ihrer Bewerbung – Alpenbahn Logistik",
    "from": "Alpenbahn Logistik Karriere <karriere@alpenbahn-logistik.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihre Bewerbung auf die Position Java Developer – Disposition & Tracking (Kennziffer AL-2026-0771) und das damit verbundene Interesse an der Alpenbahn Logistik.

Als einer der führenden Anbieter intermodaler Logistiklösungen im Alpenraum beschäftigen wir über 4.800 Mitarbeitende an 37 Standorten. Wir wissen, dass hinter jeder Bewerbung Zeit, Gedanken und Engagement stecken, und wir nehmen jede einzelne Bewerbung ernst. Jede Unterlage wird von unseren Recruiterinnen und Recruitern sowie von den jeweiligen Fachbereichen sorgfältig geprüft.

Nach eingehender Prüfung können wir Ihre Bewerbung leider nicht berücksichtigen.

Unser Talentpool: Damit wir Sie bei zukünftigen Vakanzen ansprechen können, möchten wir Sie einladen, sich in unseren Talentpool aufnehmen zu lassen. Hierzu benötigen wir Ihre ausdrückliche Einwilligung, die Sie über den folgenden Link erteilen können: https://karriere.alpenbahn-logistik.example/talentpool/optin?c=8812-RT. Die Einwilligung ist freiwillig und kann jederzeit widerrufen werden.

Datenschutz: Ihre personenbezogenen Daten werden ausschließlich zum Zweck der Durchführung des Bewerbungsverfahrens verarbeitet (Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG). Erteilen Sie keine Einwilligung zur Aufnahme in den Talentpool, werden Ihre Daten sechs Monate nach Abschluss des Verfahrens gelöscht, sofern keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Weitere Informationen finden Sie unter https://karriere.alpenbahn-logistik.example/datenschutz.

Folgen Sie uns auch auf unseren Social-Media-Kanälen, um über Neuigkeiten und offene Stellen informiert zu bleiben.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenbahn Logistik

Alpenbahn Logistik GmbH · Landsberger Straße 290 · 80687 München
Geschäftsführung: Stefan Mayrhofer, Dr. Ute Schreiber · Amtsgericht München HRB 209118
""",
    "company": "Alpenbahn Logistik", "job_title": "Java Developer – Disposition & Tracking", "contact": "",
    "note": "long corporate mail, one-sentence decision buried in talent pool and GDPR text",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Deine Bewerbung bei Kiezkasse",
    "from": "Merle Johannsen <jobs@kiezkasse.jobs.personio.example>",
    "headers": {"Reply-To": "merle.johannsen@kiezkasse.example"},
    "body": """
Hi Lena,

danke dir, dass du dir die Zeit genommen hast, dich bei uns als Data Analyst (m/w/d) zu bewerben – und für das nette Gespräch letzte Woche mit Jannik und mir.

Leider müssen wir dir mitteilen, dass wir uns für eine andere Person entschieden haben, die bereits Erfahrung mit Zahlungsdaten im Banking-Umfeld mitbringt. Das war wirklich knapp, und wir fanden deine Herangehensweise an die Cohort-Analyse richtig stark.

Wenn du magst, bleiben wir gern in Kontakt – wir wachsen 2027 weiter und das Data-Team bekommt Verstärkung.

Alles Gute für dich!
Merle

Merle Johannsen
People & Culture | Kiezkasse
Schanzenstraße 71, 20357 Hamburg
""",
    "company": "Kiezkasse", "job_title": "Data Analyst (m/w/d)", "contact": "Merle Johannsen",
    "note": "Personio-sent du-form rejection after first interview",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Re: Bewerbung Junior Data Analyst",
    "from": "Ole Brodersen <ole@fischkopp-foods.example>",
    "headers": {"In-Reply-To": "<join-appl-55102@join-mail.example>"},
    "body": """
Hi Lena,

wir haben die Stelle inzwischen besetzt. Danke dir trotzdem für dein Interesse & viel Erfolg bei der Suche!

Ole

Von meinem iPhone gesendet
""",
    "company": "Fischkopp Foods", "job_title": "Junior Data Analyst", "contact": "Ole Brodersen",
    "note": "two-line reply: position already filled, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Deine Bewerbung als Product Data Analyst bei Elbtakt",
    "from": "Elbtakt Talent <no-reply@greenhouse-mail.example>",
    "headers": {"Reply-To": "talent@elbtakt.example"},
    "body": """
Hallo Lena,

vielen Dank für die Zeit und Energie, die du in unseren Prozess gesteckt hast – besonders in die Case Study zu unseren Abo-Kündigungen. Wir wissen, dass so eine Aufgabe nicht mal eben nebenbei erledigt ist.

Leider haben wir uns entschieden, den Prozess mit dir nicht fortzusetzen.

Damit du etwas mitnehmen kannst, hier das Feedback aus dem Team:
+ Sehr saubere SQL-Struktur, gute Kommentare, nachvollziehbare CTEs
+ Die Visualisierung war klar und auf den Punkt
- Bei der Churn-Definition hättest du die pausierten Abos gesondert behandeln müssen, dadurch war die Kernaussage zum Q3-Anstieg etwas verzerrt
- In der Präsentation hätten wir uns mehr konkrete Handlungsempfehlungen für das Produktteam gewünscht

Wir hoffen, das hilft dir weiter. Schau gern wieder auf elbtakt.example/jobs vorbei!

Viele Grüße
Svenja vom Elbtakt Talent Team
""",
    "company": "Elbtakt", "job_title": "Product Data Analyst", "contact": "Svenja",
    "note": "Greenhouse rejection after case study with feedback",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "kurzes Update",
    "from": "Tom Hinrichsen <tom@lotsenwerk.example>",
    "headers": {},
    "body": """
Hi Lena,

ehrlich gesagt passt es gerade nicht – wir gehen mit jemandem weiter, der schon mehr Marketing-Attribution gemacht hat (das ist bei uns halt 80% vom Job).

Sorry, dass das jetzt so knapp kommt, war aber echt ein gutes Gespräch mit dir. Wenn ich höre, dass bei Freunden was frei wird, denk ich an dich.

Tom

--
Tom Hinrichsen · Co-Founder Lotsenwerk
"Wir bringen Reedereien ins 21. Jahrhundert"
""",
    "company": "Lotsenwerk", "job_title": "", "contact": "Tom Hinrichsen",
    "note": "short chat-style founder rejection, vague subject, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Update zur Position Data Analyst (Growth)",
    "from": "Paula Krüger <paula.krueger@gruenfahrt.example>",
    "headers": {},
    "body": """
Hallo Lena,

ich muss dir heute etwas mitteilen, das nichts mit dir zu tun hat, aber trotzdem blöd für dich ist: Unsere Series-A-Runde hat sich verschoben, und bis die durch ist, dürfen wir keine neuen Stellen besetzen. Die Rolle Data Analyst (Growth) haben wir deshalb komplett gestrichen.

Das heißt: Wir schließen deinen Prozess an dieser Stelle. Den Termin mit Fynn am Donnerstag habe ich schon aus dem Kalender genommen.

Falls die Runde im Frühjahr klappt, würde ich mich als Erstes bei dir melden – wenn das für dich okay ist.

Danke für dein Verständnis und alles Gute bis dahin!
Paula

Paula Krüger
Talent & People Ops
GrünFahrt GmbH | Stresemannstraße 163 | 22769 Hamburg
""",
    "company": "GrünFahrt", "job_title": "Data Analyst (Growth)", "contact": "Paula Krüger",
    "note": "role cancelled after funding delay, process closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Re: Feedback zum Interview am Dienstag?",
    "from": "Jasper Wulff <jasper.wulff@hafenmeister-logistics.example>",
    "headers": {"In-Reply-To": "<CAF9-LenaP0412@hanse-mail.example>", "References": "<CAF9-LenaP0412@hanse-mail.example>"},
    "body": """
Hey Lena,

danke fürs Nachhaken, du hast völlig recht, wir hatten dir bis Freitag eine Antwort versprochen.

Wir haben uns nach dem zweiten Gespräch entschieden, für die Rolle als Senior BI Analyst mit einer Person weiterzumachen, die schon mal ein BI-Team aufgebaut hat. Für uns war das am Ende das Zünglein an der Waage, weil die Stelle schneller in Richtung Teamlead gehen soll als ursprünglich gedacht.

Dein Tableau-Dashboard im Take-Home war übrigens das beste, das wir bekommen haben – das ist ernst gemeint.

Alles Gute dir!
Jasper

Am Mo., 7. Dez. 2026 um 10:02 Uhr schrieb Lena Petersen <lena.petersen@hanse-mail.example>:
> Hi Jasper,
> ich wollte mal nachfragen, ob es schon ein Feedback zum Gespräch am Dienstag gibt?
> Liebe Grüße
> Lena
""",
    "company": "Hafenmeister Logistics", "job_title": "Senior BI Analyst", "contact": "Jasper Wulff",
    "note": "rejection in reply thread after second interview, du-form, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Speicherstadt Games",
    "from": "Speicherstadt Games <no-reply@greenhouse-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "jobs@speicherstadt-games.example"},
    "body": """
Hallo Lena,

vielen Dank für dein Interesse an Speicherstadt Games und an der Rolle Game Data Analyst (Live Ops).

Wir haben uns alle Bewerbungen genau angeschaut. Leider können wir dich im weiteren Prozess nicht berücksichtigen.

Wir wissen, dass das nicht die Nachricht ist, auf die du gehofft hast. Halte trotzdem gern die Augen offen – neue Rollen findest du immer unter speicherstadt-games.example/careers.

GG & alles Gute,
Das People Team von Speicherstadt Games

Bitte antworte nicht auf diese E-Mail.
""",
    "company": "Speicherstadt Games", "job_title": "Game Data Analyst (Live Ops)", "contact": "",
    "note": "Greenhouse auto-rejection, subject is only the company name",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Deine Bewerbung – Senior Data Analyst, Marketplace",
    "from": "Nina Asmussen <nina.asmussen@moinbox.example>",
    "headers": {},
    "body": """
Liebe Lena,

erstmal danke für die drei Runden, den Live-SQL-Teil und deine Geduld mit unserem Kalenderchaos.

Ich hätte dir heute lieber etwas anderes geschrieben, aber es ist eine Absage geworden. Das Hiring-Team hat sich am Ende für eine Kandidatin mit mehr Erfahrung in Experimentation (A/B-Testing-Plattform, Power-Analysen) entschieden. Dein Stakeholder-Interview mit Finn kam dagegen super an.

Wenn du magst, können wir gern 15 Minuten telefonieren, dann gebe ich dir noch detaillierteres Feedback. Schreib mir einfach.

Herzliche Grüße
Nina

Nina Asmussen (sie/ihr)
Talent Acquisition Lead
Moinbox GmbH · Großer Burstah 44 · 20457 Hamburg

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail.
""",
    "company": "Moinbox", "job_title": "Senior Data Analyst, Marketplace", "contact": "Nina Asmussen",
    "note": "warm rejection after three rounds, English disclaimer footer",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Deine Bewerbung bei Deichgraf Analytics",
    "from": "Deichgraf Analytics <jobs@deichgraf-analytics.jobs.personio.example>",
    "headers": {},
    "body": """
Moin Lena,

wir wollten dich nicht länger im Ungewissen lassen: Die Stelle "Analytics Engineer / Data Analyst (dbt, Snowflake)" liegt bei uns bis mindestens Ende Q1 auf Eis. Ein großer Kundenauftrag ist weggefallen, und wir müssen erst einmal neu planen.

Statt dich monatelang warten zu lassen, schließen wir deine Bewerbung jetzt ab. Wenn wir die Position wieder öffnen, bekommst du von uns Bescheid und kannst dich mit einem Klick erneut bewerben.

Danke, dass du an uns gedacht hast!

Beste Grüße
Henrike Thießen
Office & People | Deichgraf Analytics GmbH
""",
    "company": "Deichgraf Analytics", "job_title": "Analytics Engineer / Data Analyst (dbt, Snowflake)", "contact": "Henrike Thießen",
    "note": "role on hold, application closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung als IT-Systemadministrator (m/w/d)",
    "from": "Mag. Elisabeth Grabner <e.grabner@schlossberg-software.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

vielen Dank für Ihre Bewerbung als IT-Systemadministrator (m/w/d) an unserem Standort Graz und das damit verbundene Interesse an unserem Unternehmen.

Nach eingehender Prüfung Ihrer Bewerbungsunterlagen müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben, dessen Qualifikation unserem Anforderungsprofil noch besser entspricht.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihren weiteren beruflichen Werdegang alles Gute.

Ihre Bewerbungsunterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Auswahlverfahrens gelöscht.

Mit freundlichen Grüßen

Mag. Elisabeth Grabner
Human Resources

Schloßberg Software GmbH
Sackstraße 27, 8010 Graz
FN 384712 t, Landesgericht für ZRS Graz
""",
    "company": "Schloßberg Software", "job_title": "IT-Systemadministrator (m/w/d)", "contact": "Elisabeth Grabner",
    "note": "Austrian standard rejection, Bewerbungsunterlagen, DSGVO line",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Bewerbung Junior Systemadministrator Linux – Rückmeldung",
    "from": "Donaukanal IT Services <recruiting@donaukanal-it.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

herzlichen Dank für die Übermittlung Ihrer Bewerbungsunterlagen.

Ihr Werdegang – Lehre als IT-Techniker mit ausgezeichnetem Erfolg, anschließend zwei Jahre im Second-Level-Support – hat uns gut gefallen. Für die ausgeschriebene Position im Bereich Rechenzentrumsbetrieb setzen wir jedoch einen HTL-Abschluss oder ein abgeschlossenes FH-Studium sowie fundierte Linux-Kenntnisse (RHCSA o. ä.) voraus. Leider können wir Ihre Bewerbung daher nicht weiter berücksichtigen.

Gerne möchten wir Sie aber auf unsere Stellen im Service Desk aufmerksam machen, die laufend unter donaukanal-it.example/karriere veröffentlicht werden.

Freundliche Grüße aus Wien

Thomas Pichler
Recruiting & Employer Branding
Donaukanal IT Services GmbH
Obere Donaustraße 95, 1020 Wien
""",
    "company": "Donaukanal IT Services", "job_title": "Junior Systemadministrator Linux", "contact": "Thomas Pichler",
    "note": "rejection for missing formal qualification (HTL/FH), pointer to other jobs",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "AW: Bewerbung IT-Support",
    "from": "Brigitte Lackner <office@sonnleitner-elektro.example>",
    "headers": {"In-Reply-To": "<b2f71a90-fh@murnet.example>"},
    "body": """
Grüß Gott Herr Hofbauer,

die Stelle ist bereits vergeben. Trotzdem danke für Ihre Bewerbung.

Mit freundlichen Grüßen
Brigitte Lackner
Sonnleitner Elektro GmbH
Kärntner Straße 412, 8054 Graz
Tel. 0316 28 44 19

> Sehr geehrte Damen und Herren,
> anbei übermittle ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Stelle im IT-Support (Teilzeit 30 Std.).
> Mit freundlichen Grüßen
> Florian Hofbauer
""",
    "company": "Sonnleitner Elektro", "job_title": "IT-Support (Teilzeit 30 Std.)", "contact": "Brigitte Lackner",
    "note": "one-line reply 'Stelle bereits vergeben' with quoted application, Austrian",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung über Kahlenberg Personal – Client-Service Administrator",
    "from": "Markus Reiter <m.reiter@kahlenberg-personal.example>",
    "headers": {},
    "body": """
Hallo Herr Hofbauer,

ich melde mich wie versprochen bezüglich der Position als Client-Service Administrator bei unserem Kunden, einem Versicherungsmakler in Wien-Landstraße.

Unser Kunde hat nun intern entschieden, die Stelle doch nicht extern nachzubesetzen, sondern die Aufgaben auf das bestehende Team aufzuteilen. Damit ist dieser Auftrag für uns abgeschlossen, und ich kann Sie dort nicht weiter vorstellen.

Ich habe Ihr Profil aber in unserer Datenbank für IT-Positionen im Raum Wien und Graz vorgemerkt. Sobald etwas Passendes hereinkommt, rufe ich Sie an.

Schöne Grüße
Markus Reiter
Senior Consultant IT

Kahlenberg Personal GmbH | Personalvermittlung & Arbeitskräfteüberlassung
Mariahilfer Straße 88a/3/12, 1070 Wien
T: +43 1 522 70 19-14
""",
    "company": "Kahlenberg Personal", "job_title": "Client-Service Administrator", "contact": "Markus Reiter",
    "note": "agency: client cancelled external hire, candidacy ends; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Neuigkeiten zu Ihrer Bewerbung (Ref. 2026-IT-118)",
    "from": "Leoben Stahltechnik Bewerbermanagement <bewerbung@leoben-stahltechnik.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Florian Hofbauer,

zu Ihrer Bewerbung liegt eine neue Statusmeldung vor.

Position: IT-Techniker Standortbetreuung (Ref. 2026-IT-118)
Dienstort: Leoben
Status: Absage

Nähere Informationen finden Sie in Ihrem persönlichen Bewerberkonto unter https://jobs.leoben-stahltechnik.example/konto.

Diese Nachricht wurde automatisch erstellt.

Leoben Stahltechnik AG | Personalmanagement | Kerpelystraße 199, 8700 Leoben
""",
    "company": "Leoben Stahltechnik", "job_title": "IT-Techniker Standortbetreuung", "contact": "",
    "note": "applicant portal status notice 'Status: Absage'",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ihre Bewerbung bei der Pannonia Versicherung AG",
    "from": "Pannonia Versicherung – Recruiting <karriere@pannonia-versicherung.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

wir bedanken uns herzlich für Ihre Bewerbung als Systemadministrator Windows/Client Management (w/m/d) und für das Interesse, Teil der Pannonia Versicherung zu werden.

Seit über 130 Jahren steht die Pannonia Versicherung für Sicherheit und Verlässlichkeit. Mit rund 2.900 Mitarbeiterinnen und Mitarbeitern in Österreich sowie Zentral- und Osteuropa bieten wir spannende Karrierewege in einem stabilen Umfeld. Unsere IT-Abteilung am Standort Wien betreut über 4.000 Arbeitsplätze und treibt die digitale Transformation des Unternehmens konsequent voran.

Wir haben Ihre Unterlagen mit großer Sorgfalt geprüft und uns entschieden, Ihre Bewerbung für diese Position nicht weiterzuverfolgen.

Gerne würden wir Ihre Bewerbungsunterlagen für einen Zeitraum von zwölf Monaten in Evidenz halten, um Sie bei künftigen Vakanzen kontaktieren zu können. Sind Sie damit einverstanden, bestätigen Sie dies bitte mit einer kurzen Antwort auf diese E-Mail. Erhalten wir keine Antwort, werden Ihre Daten gemäß Art. 17 DSGVO sieben Monate nach Abschluss des Verfahrens gelöscht.

Aktuelle Stellenangebote sowie Informationen zu unseren Benefits (Essenszuschuss, Gleitzeit ohne Kernzeit, Öffi-Ticket, betriebliche Altersvorsorge) finden Sie laufend unter karriere.pannonia-versicherung.example.

Mit freundlichen Grüßen

Ihr Recruiting-Team
Pannonia Versicherung AG
Schwarzenbergplatz 9, 1010 Wien
Firmenbuchnummer FN 58142 x, Handelsgericht Wien
""",
    "company": "Pannonia Versicherung", "job_title": "Systemadministrator Windows/Client Management (w/m/d)", "contact": "",
    "note": "long Austrian corporate mail, decision sentence buried, 'in Evidenz halten'; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Schnuppertag",
    "from": "Gernot Url <gernot@url-it.example>",
    "headers": {},
    "body": """
Servus Florian,

danke nochmal, dass du am Montag den ganzen Tag bei uns warst, hat uns allen getaugt, und die Kundin in Gleisdorf war auch angetan, wie ruhig du bei dem Druckerproblem geblieben bist :)

Wir haben jetzt aber doch jemanden genommen, der schon mehr Linux- und Proxmox-Erfahrung hat, weil wir im Frühjahr die ganzen Server bei der Tischlerei umstellen und ich da niemanden einschulen kann. Ich hoffe, du verstehst das.

Wenn du einmal Lust auf einen Nebenjob am Wochenende hast (Netzwerkumstellungen usw.) – meld dich gern.

Liebe Grüße
Gernot

Url IT-Dienstleistungen e.U.
Hauptplatz 6, 8200 Gleisdorf
0664 / 385 22 71
""",
    "company": "Url IT-Dienstleistungen", "job_title": "", "contact": "Gernot Url",
    "note": "small Austrian IT shop, du-form, after trial day; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "de",
    "subject": "Ergebnis des Auswahlverfahrens – Fachbedienstete/r IT-Administration (GZ: PA-1124/2026)",
    "from": "Stadtgemeinde Murfeld – Personalamt <personalamt@murfeld.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

Sie haben am Auswahlverfahren für die Aufnahme einer/eines Fachbediensteten für IT-Administration (Entlohnungsschema gem. Gemeindevertragsbedienstetengesetz) teilgenommen.

Auf Grundlage der Ergebnisse des schriftlichen Tests, des Hearings vom 18. November 2026 sowie der Bewertung Ihrer Bewerbungsunterlagen wurden Sie im Reihungsverfahren an 6. Stelle gereiht.

Gemäß Beschluss des Stadtrates vom 1. Dezember 2026 gelangt die/der Erstgereihte zur Aufnahme. Eine weitere Aufnahme aus dieser Reihung ist nicht vorgesehen.

Wir danken Ihnen für Ihre Teilnahme am Auswahlverfahren.

Für den Bürgermeister:
Ing. Walter Kogler
Leiter Personalamt

Stadtgemeinde Murfeld
Hauptplatz 1, 8074 Murfeld
""",
    "company": "Stadtgemeinde Murfeld", "job_title": "Fachbedienstete/r IT-Administration", "contact": "Walter Kogler",
    "note": "public-sector ranking result: ranked 6th, only 1st hired; implicit rejection",
})
# ---------------------------------------------------------------------------
# GERMAN - job_other (32)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Eingangsbestätigung: Senior Software Engineer Backend (Go) – R-31107",
    "from": "Würmtal Rück Karriere <wuermtalrueck@myworkday-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihre Bewerbung als Senior Software Engineer Backend (Go) (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Unser Recruiting-Team prüft Ihre Bewerbung nun gemeinsam mit dem Fachbereich. Bitte haben Sie Verständnis dafür, dass dies etwas Zeit in Anspruch nehmen kann. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Würmtal Rückversicherung AG

Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht darauf.
""",
    "note": "Workday application acknowledgement",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Vertrauliche Anfrage – Principal Backend Engineer (München, hybrid)",
    "from": "Dr. Felix Auer <felix.auer@hallertau-cp.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

leider habe ich Sie heute Vormittag telefonisch nicht erreicht, daher auf diesem Weg.

Im Auftrag eines etablierten Münchner Softwarehauses (ca. 600 Mitarbeitende, eigentümergeführt, Schwerpunkt Versicherungs-Kernsysteme) suche ich einen Principal Backend Engineer, der die Modernisierung einer gewachsenen Java-Landschaft hin zu einer modularen Architektur verantwortet. Ihr Profil – insbesondere Ihre Erfahrung mit der Ablösung von Monolithen und Ihr Engagement in der Java User Group – passt aus meiner Sicht sehr gut.

Eckdaten:
- Zielgehalt 95–110 T€ zzgl. Bonus
- 2–3 Tage Homeoffice, Büro in Schwabing
- Berichtslinie direkt an den CTO

Hätten Sie diese oder nächste Woche 20 Minuten für ein vertrauliches Telefonat? Selbstverständlich behandle ich Ihre Daten diskret.

Mit besten Grüßen

Dr. Felix Auer
Partner
Hallertau Consulting Partners GmbH
Prinzregentenstraße 22 · 80538 München
Mobil +49 160 9944 1207
""",
    "note": "Personalberater outreach; 'leider nicht erreicht'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Verschiebung Ihres Vorstellungsgesprächs am 10.12.",
    "from": "Julia Stadler <julia.stadler@bogenhausen-bank.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

leider müssen wir Ihr Vorstellungsgespräch für die Position Backend Developer Core Banking (m/w/d), das für Donnerstag, den 10. Dezember, um 14:00 Uhr geplant war, verschieben. Herr Dr. Wenger ist kurzfristig zu einem Termin bei der Aufsicht nach Frankfurt gerufen worden.

Wir bedauern die Unannehmlichkeiten sehr. Folgende Ausweichtermine könnten wir Ihnen anbieten:

- Montag, 14.12., 10:00–11:30 Uhr
- Dienstag, 15.12., 15:30–17:00 Uhr
- Mittwoch, 16.12., 09:00–10:30 Uhr

Das Gespräch findet wie geplant in unserer Zentrale in der Prinzregentenstraße statt. Bitte teilen Sie mir kurz mit, welcher Termin Ihnen am besten passt.

Mit freundlichen Grüßen
Julia Stadler
HR Business Partner IT
Bogenhausen Bank AG
""",
    "note": "interview rescheduled; 'leider', 'bedauern'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ihre Bewerbung – fehlende Unterlagen",
    "from": "Bewerbermanagement Lindwurm Versicherungsgruppe <recruiting@lindwurm-gruppe.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihre Bewerbung als Softwareentwickler Java / Microservices (Kennziffer 2026-1187).

Leider konnten wir den von Ihnen hochgeladenen Anhang "Zeugnisse_Reindl.pdf" nicht öffnen – die Datei scheint beschädigt oder passwortgeschützt zu sein. Zudem fehlt uns noch Ihr letztes Arbeitszeugnis bzw. ein Zwischenzeugnis.

Damit wir Ihre Bewerbung vollständig prüfen können, bitten wir Sie, die Unterlagen bis zum 18.12.2026 über folgenden Link erneut hochzuladen:
https://jobs.lindwurm-gruppe.example/upload?ref=2026-1187&cand=TR55302

Bei Fragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
i. A. Stefanie Moser
Bewerbermanagement
Lindwurm Versicherungsgruppe
""",
    "note": "request for missing documents, attachment could not be opened",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Erinnerung: Online-Assessment noch nicht abgeschlossen",
    "from": "Kaufinger Retail Group Recruiting <noreply@successfactors-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Reindl,

Sie wurden am 01.12.2026 zu unserem Online-Assessment für die Position Backend Developer E-Commerce (Java/Kotlin) eingeladen. Unserem System zufolge haben Sie den Test bisher noch nicht abgeschlossen.

Bitte beachten Sie: Der Link ist noch bis zum 11.12.2026, 23:59 Uhr gültig. Nach Ablauf der Frist kann Ihre Bewerbung im weiteren Auswahlverfahren nicht mehr berücksichtigt werden.

Zum Assessment: https://assessment.kaufinger.example/start?token=9XK2-77Q1

Der Test dauert ca. 60 Minuten und besteht aus einer Programmieraufgabe und einem kurzen Fragebogen. Wir empfehlen, einen Desktop-Rechner mit stabiler Internetverbindung zu verwenden.

Viel Erfolg!
Ihr Recruiting-Team der Kaufinger Retail Group
""",
    "note": "assessment reminder with warning about deadline; not a rejection",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ihr Vertragsangebot – Senior Backend Engineer",
    "from": "Martina Lechner <martina.lechner@donautal-mobility.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für die sehr guten Gespräche in den vergangenen Wochen. Ich freue mich, Ihnen im Namen der Donautal Mobility GmbH die Position als Senior Backend Engineer im Team Ladeinfrastruktur anbieten zu dürfen!

Anbei finden Sie unser Vertragsangebot. Die wichtigsten Eckpunkte:
- Jahresbruttogehalt: 88.000 € zzgl. 10 % variabler Anteil
- Eintritt: 1. März 2027 oder nach Vereinbarung
- 30 Urlaubstage, Deutschlandticket, Jobrad
- Arbeitsort: Büro München-Werksviertel, 3 Tage mobiles Arbeiten pro Woche

Ihren Wunsch nach einer vollständigen Remote-Tätigkeit können wir leider nicht erfüllen – uns ist die gemeinsame Zeit im Team wichtig. Auch beim Fixgehalt sind wir an der Obergrenze des Bandes; wir haben daher den variablen Anteil erhöht, um Ihnen entgegenzukommen.

Wir würden uns sehr freuen, wenn Sie uns Ihre Entscheidung bis zum 18. Dezember mitteilen. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit herzlichen Grüßen
Martina Lechner
Head of People
Donautal Mobility GmbH

Anlage: Vertragsangebot_Reindl_2026-12.pdf
""",
    "note": "job offer; full remote 'leider nicht' but offer stands",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "AW: Rückzug meiner Bewerbung – Software Architect",
    "from": "Peter Zach <peter.zach@oberland-it.example>",
    "headers": {"In-Reply-To": "<d8e1-4f3b-tr@mailbox.example>", "References": "<d8e1-4f3b-tr@mailbox.example>"},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihre offene Nachricht. Wir bedauern Ihre Entscheidung, Ihre Bewerbung als Software Architect zurückzuziehen, respektieren sie aber selbstverständlich. Dass Sie sich für ein Angebot mit kürzerem Arbeitsweg entschieden haben, ist absolut nachvollziehbar.

Ihre Unterlagen werden wir entsprechend löschen. Sollten Sie in Zukunft erneut Interesse an der Oberland IT haben, freuen wir uns, von Ihnen zu hören.

Alles Gute für den neuen Job!

Mit freundlichen Grüßen
Peter Zach
Teamleiter Recruiting
Oberland IT Services GmbH

> Sehr geehrter Herr Zach,
> nach reiflicher Überlegung möchte ich meine Bewerbung für die Position Software Architect zurückziehen. Ich habe ein anderes Angebot angenommen. Vielen Dank für die angenehmen Gespräche.
> Mit freundlichen Grüßen
> Tobias Reindl
""",
    "note": "candidate's own withdrawal acknowledged; 'bedauern'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Zwischenstand zu Ihrer Bewerbung",
    "from": "Carolin Eder <carolin.eder@amperland-medtech.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

Sie haben sich vor drei Wochen als Backend Developer (Python/Java) für unsere Plattform zur Gerätedatenanalyse beworben, und ich möchte Ihnen kurz einen Zwischenstand geben.

Eine Entscheidung ist noch nicht gefallen. Wir führen derzeit noch Erstgespräche und möchten uns alle Profile in Ruhe ansehen, bevor wir zur zweiten Runde einladen. Mit einer Rückmeldung können Sie voraussichtlich in der zweiten Januarwoche rechnen – über die Feiertage ist unser Team dünn besetzt.

Wir bitten um Ihr Verständnis und danken Ihnen für Ihre Geduld.

Mit freundlichen Grüßen
Carolin Eder
Talent Acquisition
Amperland MedTech GmbH · Dachau
""",
    "note": "status update: no decision yet",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Willkommen bei Westend Cloud – Ihre ersten Schritte",
    "from": "Onboarding Westend Cloud <onboarding@westend-cloud.example>",
    "headers": {},
    "body": """
Hallo Herr Reindl,

in gut vier Wochen ist es so weit – wir freuen uns riesig, Sie am 4. Januar 2027 bei Westend Cloud Solutions begrüßen zu dürfen!

Damit Ihr Start reibungslos klappt, hier die wichtigsten Infos:

1. Erster Tag: Bitte seien Sie um 9:30 Uhr am Empfang (Ganghoferstraße 68, 5. OG). Ihre Buddy Anna Reiter holt Sie dort ab.
2. Hardware: Ihr MacBook und ein Headset liegen bereit. Wenn Sie lieber mit Linux arbeiten, geben Sie uns bis zum 15.12. Bescheid.
3. Unterlagen: Bitte laden Sie bis spätestens 20.12. Ihre Steuer-ID, Sozialversicherungsnummer, Bankverbindung und die Mitgliedsbescheinigung Ihrer Krankenkasse im Mitarbeiterportal hoch: https://portal.westend-cloud.example/onboarding
4. Mittagessen: Am ersten Tag lädt Sie das Team zum Essen ein.

Bei Fragen erreichen Sie uns unter onboarding@westend-cloud.example.

Bis bald!
Ihr People-Team von Westend Cloud Solutions
""",
    "note": "onboarding information before first day",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ihr Job-Agent: Heute keine neuen Treffer",
    "from": "StepStone Job-Agent <jobagent@stepstone-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.stepstone.example/jobagent/abmelden?id=77812>", "Precedence": "bulk"},
    "body": """
Hallo Tobias,

für Ihren Job-Agenten "Backend Developer Java – München (+25 km)" gibt es heute leider keine neuen passenden Stellenangebote.

Tipp: Erweitern Sie Ihre Suche, z. B. um verwandte Jobtitel wie "Software Engineer" oder "Kotlin Developer", oder vergrößern Sie den Umkreis.

Job-Agent bearbeiten: https://www.stepstone.example/jobagent/77812
Alle Jobs in München ansehen: https://www.stepstone.example/jobs/muenchen

Sie erhalten diese E-Mail, weil Sie einen Job-Agenten angelegt haben. Abmelden: https://www.stepstone.example/jobagent/abmelden?id=77812
""",
    "note": "job alert: no new matches ('leider keine')",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Neue Nachricht von Sandra Vogl",
    "from": "XING <mailrobot@xing-mail.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.xing.example/settings/notifications>"},
    "body": """
Hallo Tobias Reindl,

Sandra Vogl hat Ihnen eine Nachricht geschickt:

"Hallo Herr Reindl, wir kennen uns von der JUG-Veranstaltung im Oktober. Ich habe gehört, dass es bei Maxburg Mobility am Ende eine Absage gab – schade, aber vielleicht ist das sogar eine Chance: Ich besetze gerade für einen Kunden aus dem Energiebereich eine Stelle als Senior Kotlin Developer, die aus meiner Sicht noch besser zu Ihnen passt. Hätten Sie Lust auf ein kurzes Telefonat? Viele Grüße, Sandra Vogl, TechHunt München"

Nachricht lesen und antworten: https://www.xing.example/chats/4417203

Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu neuen Nachrichten aktiviert haben.
Benachrichtigungen verwalten: https://www.xing.example/settings/notifications
""",
    "note": "recruiter outreach via XING mentioning an earlier Absage elsewhere",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Einladung zum Kennenlernen 🙌",
    "from": "Alina Behrens <alina.behrens@tidehub.example>",
    "headers": {},
    "body": """
Hi Lena,

danke für deine Bewerbung als Data Analyst (Pricing) – dein Profil hat uns echt neugierig gemacht!

Wir würden dich gern in einem ersten 30-minütigen Videocall kennenlernen. Du sprichst mit mir (People) und mit Deniz, unserem Head of Data. Such dir einfach hier einen Slot aus:
https://tidehub.jobs.personio.example/schedule/ab81f2

Keine Vorbereitung nötig – wir wollen vor allem hören, was du bisher gemacht hast und was dich an Pricing reizt.

Bis bald!
Alina

Alina Behrens
People Partner · Tidehub
Am Sandtorkai 38, 20457 Hamburg
""",
    "note": "first interview invitation, du-form, Personio scheduling link",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Deine Case Study – Data Analyst Operations",
    "from": "Fleetly Recruiting <no-reply@greenhouse-mail.example>",
    "headers": {"Reply-To": "recruiting@fleetly.example"},
    "body": """
Hallo Lena,

wie besprochen kommt hier die Case Study für die Rolle Data Analyst Operations.

Aufgabe:
Im Anhang findest du einen anonymisierten Datensatz (trips.csv, ca. 180.000 Zeilen) mit Fahrten unserer E-Transporter in Hamburg und Berlin aus Q3. Bitte beantworte:
1. Wie hat sich die Auslastung pro Fahrzeug über das Quartal entwickelt, und welche Faktoren erklären Unterschiede zwischen den Städten?
2. Welche zwei Maßnahmen würdest du dem Ops-Team vorschlagen, und wie würdest du deren Erfolg messen?

Rahmen:
- Bitte nicht mehr als 4 Stunden investieren, wir meinen das ernst.
- Tools frei wählbar (SQL, Python, R, Excel …).
- Abgabe: max. 6 Folien als PDF + Code/Queries bis Montag, 14.12., 12 Uhr, einfach auf diese Mail antworten.

Im nächsten Termin präsentierst du uns deine Ergebnisse in 20 Minuten, danach diskutieren wir gemeinsam.

Viel Spaß damit!
Kira aus dem Fleetly Recruiting Team

Anhang: trips_q3_anonymized.csv (14,2 MB)
""",
    "note": "take-home case study instructions",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Dein Interview morgen – Änderung",
    "from": "Joanna Claußen <joanna@alsterwerk-energy.example>",
    "headers": {},
    "body": """
Hi Lena,

kurze Info zu deinem Interview morgen um 11 Uhr: Leider ist unser Büro am Jungfernstieg wegen eines Wasserschadens gesperrt 🙈 Wir machen das Gespräch daher per Video – der Link: https://meet.alsterwerk-energy.example/xqa-rtpk-wuz

Am Ablauf ändert sich nichts: 45 Minuten mit Malte (Lead Analytics) und mir, erst über deinen Werdegang, dann ein kleiner SQL-Teil mit geteiltem Bildschirm.

Sorry für die kurzfristige Änderung!
Joanna
""",
    "note": "interview moved from office to video; 'leider'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "muss leider absagen – morgen 15 Uhr",
    "from": "Bene Ahrens <bene@quartiersladen.example>",
    "headers": {},
    "body": """
Hey Lena,

ich muss unser Gespräch morgen um 15 Uhr leider absagen, hab mir bei meinem Kind was eingefangen und lieg flach 🤒

Können wir auf Donnerstag oder Freitag gehen? Ich schick dir sonst einfach eine neue Einladung für Freitag 10 Uhr, sag Bescheid, wenn das nicht passt.

Sorry nochmal!
Bene

---
Bene Ahrens | Talent @ Quartiersladen
Vom Handy gesendet, bitte Tippfehler verzeihen
""",
    "note": "recruiter cancels a call and reschedules; 'absagen' in subject",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Re: Entscheidung Angebot",
    "from": "Friederike Lund <friederike.lund@kontorhaus-versand.example>",
    "headers": {"In-Reply-To": "<LP-2026-12-03-offer@hanse-mail.example>", "References": "<LP-2026-12-03-offer@hanse-mail.example>"},
    "body": """
Hallo Lena,

schade! Wir hatten uns wirklich gefreut, dich im Team zu haben, aber ich verstehe total, dass das andere Angebot mit dem Fokus auf Produktanalyse für dich besser passt. Danke, dass du so offen warst und uns schnell Bescheid gegeben hast – das ist leider nicht selbstverständlich.

Falls sich irgendwann etwas ändert: Unsere Tür steht offen.

Ich wünsch dir einen super Start!
Friederike

> Hi Friederike,
> vielen Dank für das Angebot und die tollen Gespräche. Ich habe mich nach langem Hin und Her entschieden, ein anderes Angebot anzunehmen, und muss euch daher absagen. Das ist mir echt nicht leicht gefallen.
> Viele Grüße, Lena
""",
    "note": "candidate declined offer, company acknowledges; quote contains 'absagen'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "„Data Analyst“ in Hamburg: 14 neue Jobs",
    "from": "LinkedIn Job-Benachrichtigungen <jobalerts-noreply@linkedin-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.linkedin.example/jobs/alerts/unsubscribe?a=55310>", "Precedence": "bulk"},
    "body": """
Ihre Job-Benachrichtigung für Data Analyst
Hamburg und Umgebung · 14 neue Jobs

Data Analyst (m/w/d) – Marketing
Hafenkante Media · Hamburg · Hybrid
Vor 2 Tagen · 38 Bewerber:innen

Junior BI Analyst
Nordlicht Energiehandel · Hamburg-Hammerbrook
Einfach bewerben

Analytics Engineer (dbt)
Wattwurm Labs · Remote (Deutschland)
Ihr Profil passt zu 8 von 10 Kenntnissen

Product Analyst – Checkout
Kiezkasse · Hamburg · Hybrid
Vor 1 Tag

Alle Jobs ansehen: https://www.linkedin.example/jobs/search?alert=55310

Sie erhalten diese E-Mails, weil Sie Job-Benachrichtigungen abonniert haben.
Abbestellen: https://www.linkedin.example/jobs/alerts/unsubscribe?a=55310
© 2026 LinkedIn
""",
    "note": "job alert digest",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Wir haben deine Bewerbung erhalten!",
    "from": "Wattwurm Labs <jobs@wattwurm-labs.jobs.personio.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Hi Lena,

vielen Dank für deine Bewerbung als Analytics Engineer (dbt)! 🎉

Wir schauen uns alle Bewerbungen persönlich an – kein Algorithmus, versprochen. Innerhalb von 10 Werktagen hörst du von uns.

In der Zwischenzeit kannst du gern schon mal in unserem Tech-Blog stöbern: wattwurm-labs.example/blog

Liebe Grüße
Das Wattwurm-Team

Diese E-Mail wurde automatisch versendet.
""",
    "note": "Personio acknowledgement, du-form",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Kurzes Lebenszeichen von uns",
    "from": "Marten Sievers <marten.sievers@nordlicht-energie.example>",
    "headers": {},
    "body": """
Hallo Lena,

ich wollte mich kurz melden, bevor du denkst, wir hätten dich vergessen: Das ist keine Absage! 😊

Unser Head of BI ist seit zwei Wochen krank, und wir wollen die zweite Runde nicht ohne ihn machen. Er ist voraussichtlich ab 14.12. zurück, dann melde ich mich sofort mit Terminvorschlägen.

Danke für deine Geduld!
Marten

Marten Sievers
Recruiting | Nordlicht Energiehandel GmbH
Hammerbrookstraße 93, 20097 Hamburg
""",
    "note": "status update, explicitly 'keine Absage'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Moinbox Talent Update #12: Warum wir jede Absage persönlich schreiben",
    "from": "Moinbox Talent Community <talent@news.moinbox.example>",
    "headers": {"List-Unsubscribe": "<https://news.moinbox.example/unsubscribe?u=lp8831>", "Precedence": "bulk"},
    "body": """
Moin Lena,

hier ist das Dezember-Update aus der Moinbox Talent Community!

🗞 Aus dem Team
Wir sind jetzt über 180 Leute und ziehen im März in die neue Etage am Großen Burstah. Unser Data-Team hat gerade das neue Recommendation-Modell live gebracht – mehr dazu im Tech-Blog.

✍️ Warum wir jede Absage persönlich schreiben
Unsere Talent-Lead Nina erzählt, warum bei uns keine Bewerbung mit einer Standardmail endet, wie wir Feedback nach Interviews geben und warum "Wir melden uns" bei uns ein Versprechen ist. Weiterlesen: https://moinbox.example/blog/persoenliche-absagen

💼 Offene Rollen
- Analytics Engineer (m/w/d) – Hamburg / Remote
- Senior Product Manager Payments – Hamburg
- Werkstudent:in Data – Hamburg

Alle Jobs: https://moinbox.example/jobs

Bis zum nächsten Mal!
Dein Moinbox Talent Team

Du bekommst diese Mail, weil du dich in unserer Talent Community angemeldet hast. Abmelden: https://news.moinbox.example/unsubscribe?u=lp8831
""",
    "note": "talent community newsletter with article about rejection mails",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Zweite Runde – Terminfindung",
    "from": "Alina Behrens <alina.behrens@tidehub.example>",
    "headers": {},
    "body": """
Hi Lena,

gute Nachrichten: Deniz und ich würden dich gern zur zweiten Runde einladen! 🎉

Leider ist Marie aus dem Pricing-Team, die unbedingt dabei sein soll, bis zum 11.12. im Urlaub. Ginge bei dir einer dieser Termine?

- Mo, 14.12., 10–11:30 Uhr
- Di, 15.12., 14–15:30 Uhr
- Mi, 16.12., 9–10:30 Uhr

Die zweite Runde ist vor Ort bei uns am Sandtorkai, inklusive Büro-Tour und Mittagessen mit dem Team, wenn du magst.

Liebe Grüße
Alina
""",
    "note": "second-round invitation and scheduling; 'leider' about a colleague's holiday",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Dein Angebot von Tidehub 🥳",
    "from": "Alina Behrens <alina.behrens@tidehub.example>",
    "headers": {},
    "body": """
Liebe Lena,

wie eben am Telefon schon angekündigt: Wir wollen dich unbedingt im Team haben! Anbei findest du dein Vertragsangebot als Data Analyst (Pricing).

Das Wichtigste auf einen Blick:
- 62.000 € brutto/Jahr + virtuelle Beteiligungen (VSOP, Details im Anhang)
- Start: 1. Februar 2027 (gern auch früher)
- 28 Urlaubstage + 24.12./31.12. frei
- Hybrid: 2 Tage die Woche im Büro, Rest wie du magst
- 1.000 € Weiterbildungsbudget pro Jahr

Bitte gib uns bis zum 21.12. Bescheid. Wenn du vorher noch mit jemandem aus dem Team sprechen möchtest, organisiere ich das gern.

Wir drücken uns selbst die Daumen 🤞
Alina & Deniz

Anhang: Angebot_Lena_Petersen_Tidehub.pdf, VSOP_Uebersicht.pdf
""",
    "note": "job offer, du-form",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "AMS eJob-Room: 5 neue Stellenangebote für Ihren Suchagenten",
    "from": "AMS eJob-Room <noreply@ams-ejobroom.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://ejobroom.ams.example/suchagent/abmelden?id=AT-229177>"},
    "body": """
Sehr geehrter Herr Hofbauer,

zu Ihrem Suchagenten "Systemadministrator / IT-Support – Steiermark" wurden neue Stellenangebote gefunden:

1. IT-Supporter*in 1st/2nd Level (Vollzeit) – Kürbiskern Handels GmbH, 8020 Graz
   Entlohnung lt. KV ab € 2.780,– brutto/Monat, Bereitschaft zur Überzahlung

2. Systemadministrator Windows Server (m/w/d) – Gleinalm Holz GmbH, 8130 Frohnleiten
   ab € 3.200,– brutto/Monat

3. Netzwerktechniker*in – Mariatroster Elektronik GmbH, 8044 Graz
   Entlohnung nach Vereinbarung, mind. lt. KV

4. Lehrling IT-Technik (Systemtechnik) – Schöckl Software KG, 8045 Graz
   Lehrlingsentschädigung lt. KV

5. IT-Administrator*in (40 Std.) – Krankenhausverbund Südoststeiermark, 8330 Feldbach
   Gehalt lt. Dienstrecht

Alle Angebote ansehen: https://ejobroom.ams.example/suchagent/AT-229177

Diese E-Mail wurde automatisch erstellt. Ihren Suchagenten können Sie jederzeit in Ihrem eAMS-Konto ändern oder löschen.

Arbeitsmarktservice Steiermark
""",
    "note": "AMS job alert digest, Austrian KV salary lines",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Neuer Termin: Beratungsgespräch",
    "from": "AMS Graz Murufer <ams.grazmurufer@ams-mail.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

leider konnten Sie den vereinbarten Termin am 01.12.2026 nicht wahrnehmen. Ihre telefonische Entschuldigung vom selben Tag (Vorstellungsgespräch bei einem Dienstgeber) wurde zur Kenntnis genommen.

Wir haben für Sie einen neuen Termin vereinbart:
Datum: Mittwoch, 09.12.2026
Uhrzeit: 10:15 Uhr
Ort: AMS Graz Murufer, Murfeldgasse 12, 2. Stock, Zimmer 2.14
Beraterin: Frau Sandra Pölzl

Bitte bringen Sie Ihre Bewerbungsnachweise seit dem letzten Termin mit (Kopien der Bewerbungsschreiben bzw. Ausdrucke der E-Mails).

Sollten Sie auch diesen Termin nicht wahrnehmen können, melden Sie sich bitte rechtzeitig telefonisch oder über Ihr eAMS-Konto.

Mit freundlichen Grüßen
Ihr AMS Graz Murufer
""",
    "note": "employment-office appointment rescheduled after missed date",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Eingangsbestätigung Ihrer Bewerbung",
    "from": "Recruiting Hochschwab Versicherung <jobs@hochschwab-versicherung.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Hofbauer,

wir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Position

IT-Administrator*in Client & Workplace (Vollzeit, Dienstort Graz)

und bedanken uns für Ihr Interesse an der Hochschwab Versicherung.

Die Bearbeitung Ihrer Bewerbung kann bis zu drei Wochen in Anspruch nehmen. Wir melden uns nach Sichtung aller Unterlagen wieder bei Ihnen.

Für diese Position ist ein Mindestgehalt von € 3.050,– brutto/Monat (Vollzeit) lt. Kollektivvertrag vorgesehen. Eine Überzahlung ist je nach Qualifikation und Erfahrung möglich.

Freundliche Grüße
Ihr Recruiting-Team
Hochschwab Versicherung AG
""",
    "note": "Austrian acknowledgement with KV salary disclosure",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Einladung zum Vorstellungsgespräch – IT-Administrator*in Client & Workplace",
    "from": "Mag.a Verena Zotter <verena.zotter@hochschwab-versicherung.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

vielen Dank für Ihre Bewerbung. Ihr Profil hat uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie daher herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 12. Jänner 2027, 9:30 Uhr
Ort: Hochschwab Versicherung AG, Conrad-von-Hötzendorf-Straße 118, 8010 Graz, Empfang Erdgeschoß
Gesprächspartner: Ing. Harald Wurzinger (Leitung IT-Betrieb) und ich

Das Gespräch wird etwa eine Stunde dauern. Im zweiten Teil werden wir Ihnen einige praxisnahe Fragen zu Active Directory, Intune und Netzwerkgrundlagen stellen.

Bitte bestätigen Sie den Termin kurz per E-Mail. Parkplätze stehen in der Tiefgarage zur Verfügung, die Einfahrt befindet sich in der Seitengasse.

Mit freundlichen Grüßen
Mag.a Verena Zotter
Human Resources
Hochschwab Versicherung AG
""",
    "note": "interview invitation, Austrian usage (Jänner)",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ihre Bewerbung – Nachreichung Unterlagen",
    "from": "Ursula Gruber <u.gruber@praterstern-logistik.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

danke für Ihre Bewerbung als IT-Techniker*in im Standortsupport Wien-Süd.

Leider fehlt in Ihren Bewerbungsunterlagen das Zeugnis über die Lehrabschlussprüfung; im Lebenslauf ist sie zwar angeführt, beigelegt haben Sie aber nur das Berufsschulzeugnis. Außerdem bräuchten wir noch das Dienstzeugnis Ihres Lehrbetriebs.

Könnten Sie uns die beiden Dokumente bitte bis Ende der Woche nachreichen? Ein Scan oder ein gut lesbares Handyfoto genügt. Danach können wir Ihre Bewerbung an den Fachbereich weiterleiten.

Vielen Dank und freundliche Grüße
Ursula Gruber
Personalabteilung
Praterstern Logistik GmbH
Lassallestraße 41, 1020 Wien
""",
    "note": "request for missing certificates (Lehrabschlussprüfung)",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Dienstvertrag zur Unterfertigung",
    "from": "Daniela Fink <d.fink@mariatroster-elektronik.example>",
    "headers": {},
    "body": """
Lieber Herr Hofbauer,

wie telefonisch besprochen, übermittle ich Ihnen anbei Ihren Dienstvertrag als Netzwerktechniker in zweifacher Ausfertigung.

Eckdaten:
- Eintritt: 1. Februar 2027
- Beschäftigungsausmaß: 38,5 Wochenstunden, Gleitzeit
- Einstufung lt. KV Elektro- und Elektronikindustrie mit einem Bruttomonatsgehalt von € 3.240,– (14 x jährlich)
- Probezeit: 1 Monat

Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines per Post zurück oder bringen Sie es bei Ihrem nächsten Besuch mit. Zusätzlich benötigen wir noch Ihre Sozialversicherungsnummer und Ihre Kontodaten für die Anmeldung bei der Krankenkasse.

Wir freuen uns sehr auf die Zusammenarbeit!

Mit freundlichen Grüßen
Daniela Fink
Personalverrechnung & HR
Mariatroster Elektronik GmbH
Mariatroster Straße 211, 8044 Graz
""",
    "note": "employment contract sent for signature",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Neuer Termin nach Ihrer Absage letzte Woche",
    "from": "Sarah Mandl <sarah.mandl@kahlenberg-personal.example>",
    "headers": {},
    "body": """
Hallo Herr Hofbauer,

kein Problem, dass Sie unser Gespräch letzte Woche absagen mussten – so etwas passiert.

Die Position, über die ich mit Ihnen sprechen wollte, ist nach wie vor offen: IT-Supporter 1st/2nd Level bei einem Grazer Industrieunternehmen, Vollzeit, Überlassung mit Option auf Übernahme nach sechs Monaten. Gehalt lt. KV Arbeitskräfteüberlassung, Einstufung je nach Erfahrung, plus Überzahlung.

Würde Ihnen Donnerstag, 10.12., um 16 Uhr telefonisch passen? Alternativ auch gern persönlich bei uns im Grazer Büro in der Annenstraße.

Schöne Grüße
Sarah Mandl
Recruiterin
Kahlenberg Personal GmbH – Niederlassung Graz
""",
    "note": "agency recruiter follow-up; subject mentions 'Absage' (candidate cancelled a call)",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ihr Bewerberprofil ist noch unvollständig",
    "from": "Murtal Energienetz Karriere <noreply@karriere.murtal-energienetz.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """
Sehr geehrter Herr Hofbauer,

Sie haben am 28.11.2026 begonnen, sich für die Position "IT-Servicetechniker*in Rechenzentrum" zu bewerben, Ihre Bewerbung aber noch nicht abgeschickt.

Folgende Angaben fehlen noch:
- Lebenslauf (PDF)
- Angabe zum frühestmöglichen Eintrittsdatum
- Zustimmung zur Datenschutzerklärung

Bitte beachten Sie, dass unvollständige Bewerbungen nicht berücksichtigt werden können. Die Bewerbungsfrist endet am 15.12.2026.

Zur Bewerbung: https://karriere.murtal-energienetz.example/bewerbung/fortsetzen?id=55-0918

Ihr Recruiting-Team
Murtal Energienetz GmbH
""",
    "note": "reminder to finish an incomplete application; warning wording",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Ergebnis Probearbeitstag",
    "from": "Ing. Robert Schwaiger <r.schwaiger@gleinalm-holz.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

nochmals danke für Ihren Probearbeitstag am vergangenen Freitag.

Wir haben uns im Team besprochen und entschieden: Wir möchten gerne mit Ihnen weitermachen! Als nächsten Schritt würden wir Sie zu einem abschließenden Gespräch mit unserem Geschäftsführer, Herrn Mag. Anton Pirker, einladen. Dabei geht es vor allem um Gehalt, Eintrittsdatum und die Rufbereitschaft an Wochenenden.

Hätten Sie am 17. oder 18. Dezember Zeit, jeweils ab 13 Uhr? Das Gespräch findet bei uns in Frohnleiten statt.

Mit freundlichen Grüßen
Ing. Robert Schwaiger
Leitung IT & Organisation
Gleinalm Holz GmbH
""",
    "note": "positive result after trial day, invitation to final talk; 'haben uns entschieden'",
})

DATA.append({
    "label": "job_other", "language": "de",
    "subject": "Referenzauskunft – Ihr ehemaliger Lehrbetrieb",
    "from": "Melanie Kainz <m.kainz@gleinalm-holz.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

im Zusammenhang mit Ihrer Bewerbung als Systemadministrator möchten wir Sie um Ihr Einverständnis bitten, eine kurze Referenzauskunft bei Ihrem ehemaligen Lehrbetrieb einzuholen.

In Ihrem Lebenslauf haben Sie Herrn Dietmar Strohmaier (Elektro Strohmaier GmbH, Weiz) als Ansprechpartner angegeben. Dürfen wir ihn telefonisch kontaktieren? Falls Sie lieber eine andere Person nennen möchten, teilen Sie uns das bitte mit.

Selbstverständlich behandeln wir alle Auskünfte vertraulich.

Mit freundlichen Grüßen
Melanie Kainz
Personal
Gleinalm Holz GmbH
Brucker Straße 40, 8130 Frohnleiten
""",
    "note": "reference check consent request",
})
# ---------------------------------------------------------------------------
# GERMAN - ham (17)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Ihr Antrag auf Genehmigung eines Steckersolargeräts – Wohnung 3.12",
    "from": "Hausverwaltung Brunnthaler <verwaltung@brunnthaler-hv.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

wir beziehen uns auf Ihren Antrag vom 14.11.2026 auf Genehmigung der Anbringung eines Steckersolargeräts (Balkonkraftwerk) an der Balkonbrüstung Ihrer Wohnung im 3. OG, Schleißheimer Straße 188.

Nach Rücksprache mit der Eigentümergemeinschaft müssen wir Ihren Antrag in der vorliegenden Form leider ablehnen. Die Montage an der Außenseite der Brüstung ist aus Gründen des Denkmalschutzes der Fassade nicht zulässig. Eine Aufstellung auf dem Balkonboden, ohne Befestigung an der Brüstung und ohne Überstand, wäre hingegen möglich. Bitte reichen Sie uns hierzu ein angepasstes Datenblatt ein.

Mit freundlichen Grüßen
Gabriele Sturm
Hausverwaltung Brunnthaler GmbH
Tel. 089 350 61 77
""",
    "note": "property management declines balcony solar request",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Frust",
    "from": "Basti <sebastian.kargl@mailbox.example>",
    "headers": {},
    "body": """
Servus Tobi,

kurz zum Abkotzen: Hab heute die Absage von dem Autobauer in Ingolstadt bekommen. Nach VIER Runden und einem Case, an dem ich ein ganzes Wochenende gesessen bin. Standardmail, "nach sorgfältiger Prüfung haben wir uns für andere Kandidaten entschieden", nicht mal ein Anruf. 🙄

Ich brauch ein Bier. Augustiner am Freitag? Du hast ja auch grad Bewerbungsstress, dann können wir zusammen jammern.

Basti
""",
    "note": "friend vents about his own job rejection",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Terminerinnerung: Prophylaxe am 15.12.2026",
    "from": "Zahnarztpraxis Dr. Hollweck <praxis@zahnarzt-hollweck.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Reindl,

wir möchten Sie an Ihren Termin zur professionellen Zahnreinigung erinnern:

Dienstag, 15.12.2026, 08:20 Uhr
Zahnarztpraxis Dr. Hollweck, Rotkreuzplatz 4, 80634 München

Bitte bringen Sie Ihre Versichertenkarte mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte mindestens 24 Stunden vorher ab, da wir Ihnen sonst ein Ausfallhonorar berechnen müssen.

Ihr Praxisteam Dr. Hollweck
""",
    "note": "dentist appointment reminder",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Kader Samstag gg. Sendling",
    "from": "Hans-Peter Gröbl <hp.groebl@tsv-neuhausen.example>",
    "headers": {"Precedence": "list"},
    "body": """
Servus Männer,

für Samstag (Anpfiff 14:00, Sportanlage Hirschgarten, Platz 2) hier der Kader:

Tor: Michi
Abwehr: Stefan, Jörg, Hannes, Ali
Mittelfeld: Flo, Andi K., Toni, Marco
Sturm: Basti, Rainer
Bank: Chris, Wolfi

Tobi, dich hab ich diesmal leider nicht mitgenommen – du warst die letzten drei Trainings nicht da, und ich will fair bleiben gegenüber denen, die jeden Dienstag kommen. Nächste Woche wieder!

Treffpunkt 13:15 an der Kabine. Wer absagen muss, bitte bis Donnerstag.

Sportliche Grüße
HP
""",
    "note": "amateur football squad list; recipient left out",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Ihre Bestellung 302-5518804 wurde versandt",
    "from": "Gipfelglück Outdoor-Shop <service@gipfelglueck-shop.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Hallo Tobias Reindl,

gute Nachrichten: Ihre Bestellung ist unterwegs!

Bestellnummer: 302-5518804
Artikel:
1 x Skitourenfelle Classic 130 mm, Zuschnitt 178 cm – 139,95 €
1 x Merino-Mütze "Wendelstein", anthrazit – 29,90 €

Versand mit DHL, voraussichtliche Zustellung: Donnerstag, 10.12.2026
Sendungsverfolgung: https://gipfelglueck-shop.example/tracking/302-5518804

Rücksendungen sind innerhalb von 30 Tagen kostenlos möglich.

Viel Spaß am Berg!
Ihr Gipfelglück-Team
""",
    "note": "online shop shipping notification",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Ihr Antrag auf Kostenübernahme – Bescheid",
    "from": "Isartal BKK <service@isartal-bkk.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Reindl,

vielen Dank für Ihren Antrag vom 03.11.2026 auf Übernahme der Kosten für eine Osteopathie-Behandlung (6 Sitzungen).

Im Rahmen unserer Satzungsleistung erstatten wir 80 % des Rechnungsbetrags, höchstens jedoch 40 € je Sitzung und maximal 6 Sitzungen pro Kalenderjahr. Voraussetzung ist eine ärztliche Verordnung vor Beginn der Behandlung. Eine solche liegt uns bisher nicht vor; Ihr Antrag wird daher zunächst abgelehnt.

Reichen Sie die Verordnung nach, prüfen wir Ihren Antrag erneut. Gegen diesen Bescheid können Sie innerhalb eines Monats nach Bekanntgabe Widerspruch einlegen.

Mit freundlichen Grüßen
Ihre Isartal BKK
Kundenservice
""",
    "note": "health insurer declines cost coverage",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Wohnung Ottensen – hat nicht geklappt",
    "from": "Jule <jule.matthiesen@hanse-mail.example>",
    "headers": {},
    "body": """
Hey Lena,

schlechte Nachrichten: Die Vermieterin von der Wohnung in der Bahrenfelder Straße hat uns eben abgesagt. Angeblich "zu viele Interessenten, sie hat sich für ein Paar mit Kind entschieden". Ich glaub ja, es lag an der Schufa-Sache von Timo, aber egal.

Ich hab schon drei neue Besichtigungen klargemacht, eine davon Samstag 11 Uhr in Altona-Nord. Kannst du?

Hab dich lieb, trotzdem 🙃
Jule
""",
    "note": "flatmate: landlady turned down their flat application",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Datenschnack #47: Wir haben 12.000 Absage-Mails ausgewertet",
    "from": "Datenschnack Newsletter <hallo@datenschnack.example>",
    "headers": {"List-Unsubscribe": "<mailto:abmelden@datenschnack.example>", "Precedence": "bulk"},
    "body": """
Moin aus der Datenküche,

diese Woche ein Thema, das viele von euch kennen dürften: Absagen. Leser:innen haben uns im Herbst anonymisiert über 12.000 Absage-Mails aus Bewerbungsprozessen geschickt, und wir haben sie mit ein bisschen NLP auseinandergenommen.

Die wichtigsten Ergebnisse:
- 71 % enthalten das Wort "leider", meist im zweiten Absatz.
- Der häufigste Satz überhaupt: "Wir haben uns für andere Kandidaten entschieden, deren Profil besser passt."
- Nur 6 % enthalten konkretes Feedback.
- Median-Wartezeit zwischen Interview und Absage: 17 Tage. Freitags wird am meisten abgesagt.

Den ganzen Artikel mit Code (Python, spaCy) und Grafiken findet ihr hier: https://datenschnack.example/47-absagen

Außerdem in dieser Ausgabe:
📊 Chart der Woche: Radverkehr in Hamburg seit 2019
🛠 Tool-Tipp: DuckDB für schnelle CSV-Analysen
📅 Meetup: Hamburg Data Drinks am 17.12. im Oberhafen

Bis nächste Woche!
Hanna & Jörn

Ihr bekommt diesen Newsletter, weil ihr euch auf datenschnack.example angemeldet habt. Abmelden: einfach auf diese Mail mit "abmelden" antworten.
""",
    "note": "data newsletter whose lead article analyses rejection emails",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Omas 85. – wer bringt was mit?",
    "from": "Mama <birgit.petersen@nordmail.example>",
    "headers": {},
    "body": """
Hallo mein Schatz,

nur zur Erinnerung: Omas 85. feiern wir am 3. Advent, also Sonntag den 13., ab 14 Uhr bei uns in Husum. Tante Gesa bringt die Friesentorte mit (sie hat darauf bestanden), Papa macht Grünkohl für abends.

Kannst du die Fotos vom letzten Sommer in Sankt Peter ausdrucken lassen? Ich dachte an ein kleines Album, Oma freut sich über so was mehr als über Pralinen.

Und nimm doch den Zug um 10:28, dann holt Papa dich in Husum ab.

Dicken Kuss
Mama

Von meinem Tablet gesendet
""",
    "note": "mother about grandmother's birthday",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Deine Monatsrechnung November – Hansebike",
    "from": "Hansebike <rechnung@hansebike.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Hallo Lena,

deine Rechnung für November 2026 ist da.

Fahrten: 23
Gesamtdauer: 6 Std. 41 Min.
Davon kostenlos (erste 30 Min.): 19 Fahrten
Betrag: 4,80 €

Der Betrag wird in den nächsten Tagen per SEPA-Lastschrift von deinem Konto (DE•• •••• •••• 4417) eingezogen.

Rechnung als PDF: https://hansebike.example/konto/rechnungen/2026-11

Gute Fahrt!
Dein Hansebike-Team
""",
    "note": "bike-sharing monthly invoice",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Ihre Einsendung „Ebbe im Kopf“",
    "from": "Redaktion Elbufer <redaktion@elbufer-magazin.example>",
    "headers": {},
    "body": """
Liebe Frau Petersen,

vielen Dank für die Einsendung Ihrer Erzählung „Ebbe im Kopf“ für die Frühjahrsausgabe zum Thema „Übergänge“.

Wir haben in diesem Jahr über 600 Texte erhalten und konnten nur elf davon aufnehmen. Ihr Text gehört nicht dazu. Uns hat die Sprache in den ersten Absätzen sehr gefallen; im letzten Drittel hat sich die Geschichte für uns aber etwas verloren.

Wir würden uns freuen, wenn Sie uns zur Herbstausgabe wieder etwas schicken. Die Ausschreibung erscheint im März.

Mit herzlichen Grüßen
Katrin Voß und Arne Lüdemann
für die Redaktion Elbufer – Zeitschrift für Kurzprosa
""",
    "note": "literary magazine declines a short story",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Kurs fällt aus: Vinyasa Flow Mi 19:00",
    "from": "Yogaloft Eimsbüttel <kurse@yogaloft-eimsbuettel.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Hallo Lena,

leider müssen wir den Kurs Vinyasa Flow am Mittwoch, 09.12., 19:00 Uhr absagen, weil Caro krank ist und wir kurzfristig keine Vertretung gefunden haben.

Dein Credit wurde automatisch auf dein Konto zurückgebucht. Du kannst ihn für jeden anderen Kurs nutzen, z. B. Yin Yoga am Donnerstag um 20:15 Uhr mit Malte.

Namaste & bis bald
Dein Yogaloft-Team
""",
    "note": "yoga class cancelled",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Ihre Kreditanfrage Nr. 4471-2209",
    "from": "Grazer Bürgerbank <kundenservice@grazer-buergerbank.example>",
    "headers": {},
    "body": """
Sehr geehrter Herr Hofbauer,

vielen Dank für Ihre Anfrage für einen Privatkredit in Höhe von € 14.000,– zur Finanzierung eines Gebrauchtfahrzeugs.

Nach Prüfung Ihrer Unterlagen können wir Ihnen die gewünschte Finanzierung zum jetzigen Zeitpunkt nicht gewähren. Ausschlaggebend ist, dass Ihr Dienstverhältnis derzeit befristet ist und die Haushaltsrechnung mit der beantragten Rate keinen ausreichenden Spielraum ergibt.

Gerne besprechen wir mit Ihnen Alternativen, etwa eine geringere Kreditsumme, eine längere Laufzeit oder die Aufnahme einer zweiten kreditnehmenden Person. Vereinbaren Sie dazu einfach einen Termin mit Ihrem Betreuer, Herrn Patrick Schantl, unter 0316 80 44-215.

Freundliche Grüße
Grazer Bürgerbank AG
Privatkunden – Finanzierungen
""",
    "note": "bank declines a car loan",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Information: Wasserabschaltung am 10. Dezember",
    "from": "Hausverwaltung Zettl & Partner <office@hv-zettl.example>",
    "headers": {"Precedence": "bulk"},
    "body": """
Sehr geehrte Bewohnerinnen und Bewohner der Liegenschaft Keplerstraße 58, 8020 Graz,

aufgrund dringender Reparaturarbeiten an der Steigleitung muss die Wasserversorgung im gesamten Haus am

Donnerstag, 10. Dezember 2026, von 8:00 bis ca. 13:00 Uhr

unterbrochen werden. Bitte drehen Sie während dieser Zeit die Wasserhähne nicht auf und legen Sie sich bei Bedarf einen Wasservorrat an.

Wir ersuchen um Ihr Verständnis.

Mit freundlichen Grüßen
Hausverwaltung Zettl & Partner
Schmiedgasse 21, 8010 Graz
""",
    "note": "building management water shut-off notice, Austrian",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Maturaball!!!",
    "from": "Kathi <kathi.hofbauer@murnet.example>",
    "headers": {},
    "body": """
Hey Flo,

fix: unser Maturaball ist am 23. Jänner in der Stadthalle, Einlass 19 Uhr, Polonaise um 20:30. Karten kosten 38 € im VVK, ich hab dir eine reserviert (du zahlst sie mir, gell 😇).

Mama sagt, du musst einen Anzug anziehen, und NICHT den grauen von deiner Lehrabschlussfeier, der ist dir eh schon zu kurz 😂

Und kannst du mich nachher um 3 abholen? Die Öffis fahren da nimmer.

Bussi
Kathi
""",
    "note": "younger sister about her Matura ball",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "Neue Nachricht in Ihrer Databox",
    "from": "Finanzverwaltung – Databox <noreply@finanzverwaltung.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Sehr geehrter Herr Hofbauer,

in Ihrer Databox ist ein neues Dokument eingelangt:

Dokument: Einkommensteuerbescheid 2025 (Arbeitnehmerveranlagung)
Ergebnis: Gutschrift € 412,00
Finanzamt: Finanzamt Österreich, Dienststelle Graz-Stadt

Bitte melden Sie sich an, um das Dokument abzurufen. Die Gutschrift wird auf Ihr bekanntgegebenes Konto überwiesen.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""",
    "note": "tax office notification of a refund",
})

DATA.append({
    "label": "ham", "language": "de",
    "subject": "FH – nix geworden",
    "from": "Dominik <dominik.strasser@murnet.example>",
    "headers": {},
    "body": """
Hi Flo,

nur damit du's weißt, bevor du morgen fragst: Die FH hat mich für den berufsbegleitenden Bachelor IT & Mobile Security nicht genommen. Ich bin beim Aufnahmetest auf Platz 52 gelandet, genommen haben sie 40. Mathe hat mich komplett zerlegt, war ja klar.

Ich probier's nächstes Jahr nochmal, und bis dahin mach ich den Linux-Kurs beim WIFI. Wenn du dich auch anmelden willst, könnten wir zusammen lernen?

Bis morgen beim Stammtisch
Domi
""",
    "note": "friend not admitted to a university programme",
})
# ---------------------------------------------------------------------------
# FRENCH - rejection (26)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre candidature chez Pollen – Product Marketing Manager",
    "from": "Pollen via Welcome to the Jungle <notifications@welcometothejungle-mail.example>",
    "headers": {"Reply-To": "recrutement@pollen-app.example", "Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Sophie,

Merci pour l'intérêt que vous portez à Pollen et pour votre candidature au poste de Product Marketing Manager.

Après une étude attentive de votre profil, nous sommes malheureusement au regret de ne pas donner suite à votre candidature. Nous avons reçu de nombreuses candidatures de grande qualité et avons dû faire des choix difficiles.

Nous vous souhaitons beaucoup de réussite dans vos recherches.

L'équipe Pollen

—
Ce message vous a été envoyé via Welcome to the Jungle. Retrouvez toutes vos candidatures dans votre espace : https://www.welcometothejungle.example/fr/me/applications
""",
    "company": "Pollen", "job_title": "Product Marketing Manager", "contact": "",
    "note": "job-board relayed standard rejection, stock wording",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Retour suite à votre entretien final chez notre client",
    "from": "Hélène Castaing <h.castaing@castaing-associes.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Je reviens vers vous comme promis après votre entretien final avec la directrice marketing de Lumio pour le poste de Senior Product Marketing Manager (mardi 1er décembre).

Je suis sincèrement désolée de vous l'annoncer, mais votre candidature n'a pas été retenue. La décision s'est jouée entre vous et une autre candidate, et c'est finalement elle qui a été choisie, principalement en raison de son expérience du lancement d'offres sur le marché allemand, un enjeu prioritaire pour 2027.

Le retour du client sur vous est par ailleurs très positif :
- votre présentation du cas pratique (positionnement de l'offre Entreprise) a été jugée « la plus structurée » ;
- votre connaissance des enjeux de pricing SaaS a été appréciée ;
- en revanche, ils auraient aimé vous voir davantage challenger leurs hypothèses sur la segmentation.

Je garde évidemment votre dossier en tête : j'ai deux missions PMM qui devraient s'ouvrir en janvier, dont une dans la fintech. Je vous appelle dès que j'en sais plus.

Bien à vous,

Hélène Castaing
Associée
Castaing & Associés – Recrutement Marketing & Digital
18, rue de Châteaudun – 75009 Paris
06 71 22 48 90
""",
    "company": "Lumio", "job_title": "Senior Product Marketing Manager", "contact": "Hélène Castaing",
    "note": "recruitment firm relays final-round rejection with client feedback",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Re: Mission Head of PMM – point d'étape",
    "from": "Romain Vasseur <romain@vasseur-search.example>",
    "headers": {"In-Reply-To": "<CAM4s0ph1e-pmm@courriel.example>", "References": "<CAM4s0ph1e-pmm@courriel.example>"},
    "body": """
Bonjour Sophie,

Petit point comme promis : le client a finalement choisi de confier le poste à quelqu'un en interne (leur responsable growth, qui connaît le produit par cœur). Je clos donc le process de mon côté pour cette mission.

Je sais que ça fait trois semaines que vous attendiez une réponse, et j'en suis désolé. Je reste bien sûr à votre écoute pour la suite, et je vous recontacte en priorité sur mes prochaines missions marketing.

Belle fin de journée,
Romain

Romain Vasseur
Fondateur – Vasseur Search
Chasse de têtes Tech & SaaS
+33 6 48 17 02 93

Le lun. 30 nov. 2026 à 18:07, Sophie Marchand <sophie.marchand@courriel.example> a écrit :
> Bonjour Romain,
> Avez-vous eu un retour du client après mon échange avec le CEO ?
> Bonne soirée,
> Sophie
""",
    "company": "Vasseur Search", "job_title": "Head of PMM", "contact": "Romain Vasseur",
    "note": "headhunter reply in thread: client hired internally, process closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre promesse d'embauche – Brightbay",
    "from": "Caroline Méry <caroline.mery@brightbay.example>",
    "headers": {},
    "body": """
Chère Sophie,

Je vous écris avec beaucoup de regret.

Comme vous le savez peut-être, notre principal investisseur a décidé la semaine dernière de ne pas participer au tour de financement prévu pour janvier. Le conseil d'administration nous a demandé un gel immédiat de tous les recrutements et une réduction de nos dépenses de 30 %.

Dans ce contexte, nous sommes contraints de revenir sur la promesse d'embauche qui vous a été adressée le 16 novembre pour le poste de Product Marketing Manager. Je mesure parfaitement ce que cela représente pour vous, d'autant que vous nous aviez indiqué avoir décliné une autre opportunité.

Nous vous proposons une indemnisation équivalente à un mois de salaire brut, et je serai heureuse de vous recommander personnellement auprès de mon réseau. N'hésitez pas à m'appeler directement au 06 12 59 88 41.

Avec toutes mes excuses,

Caroline Méry
CEO & co-fondatrice, Brightbay
""",
    "company": "Brightbay", "job_title": "Product Marketing Manager", "contact": "Caroline Méry",
    "note": "written job offer withdrawn after funding failure; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre candidature – Réf. MKT-2026-0419",
    "from": "Groupe Vernet Assurances – Recrutement <recrutement@vernet-assurances.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Madame,

Nous vous remercions pour l'intérêt que vous portez au Groupe Vernet Assurances et pour votre candidature au poste de Chef de produit marketing digital (H/F) – Réf. MKT-2026-0419.

Acteur majeur de l'assurance de personnes en France, le Groupe Vernet compte plus de 6 200 collaborateurs et s'engage depuis plus de 150 ans aux côtés de ses assurés. Notre politique de recrutement repose sur la diversité, l'égalité des chances et la reconnaissance des compétences ; chaque candidature fait l'objet d'un examen attentif par nos équipes.

Après examen de votre dossier, nous ne sommes pas en mesure de poursuivre avec votre candidature pour ce poste.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières et à créer une alerte afin d'être informée des opportunités correspondant à votre profil.

Protection des données personnelles : conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, les données vous concernant sont conservées dans notre base de candidats pour une durée de deux ans à compter de notre dernier contact, sauf opposition de votre part. Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos données, ainsi que d'un droit d'opposition, que vous pouvez exercer en écrivant à dpo@vernet-assurances.example. Vous pouvez également introduire une réclamation auprès de la CNIL.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Groupe Vernet Assurances
Ce message est généré automatiquement, merci de ne pas y répondre.
""",
    "company": "Groupe Vernet Assurances", "job_title": "Chef de produit marketing digital (H/F)", "contact": "",
    "note": "long corporate mail, one-sentence decision inside RGPD boilerplate; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "RE: Candidature PMM – relance",
    "from": "Lucie Bernardin <lucie.bernardin@kandoo.example>",
    "headers": {"In-Reply-To": "<5a1f-relance@courriel.example>", "References": "<5a1f-relance@courriel.example>"},
    "body": """
Bonjour Sophie,

Merci pour votre relance, et toutes mes excuses pour ce silence.

Nous avons décidé de poursuivre avec une candidate dont l'expérience en SaaS B2B à destination des DAF est plus proche de notre cible. Ce n'était pas une décision facile, votre entretien avec Thomas s'était très bien passé.

Je vous souhaite le meilleur pour la suite de vos recherches.

Bien cordialement,
Lucie Bernardin
Talent Acquisition Manager | Kandoo
www.kandoo.example

De : Sophie Marchand <sophie.marchand@courriel.example>
Envoyé : lundi 7 décembre 2026 09:12
À : Lucie Bernardin <lucie.bernardin@kandoo.example>
Objet : Candidature PMM – relance

Bonjour Lucie,
Je me permets de revenir vers vous concernant le poste de Product Marketing Manager, pour lequel j'ai rencontré Thomas le 20 novembre. Auriez-vous des nouvelles ?
Bien à vous,
Sophie Marchand
""",
    "company": "Kandoo", "job_title": "Product Marketing Manager", "contact": "Lucie Bernardin",
    "note": "rejection as reply to candidate's follow-up, quoted; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Poste PMM",
    "from": "Agathe Roux <agathe@studio-orme.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Le poste est pourvu. Merci encore pour votre intérêt et bonne continuation.

Agathe
""",
    "company": "Studio Orme", "job_title": "PMM", "contact": "Agathe Roux",
    "note": "two-line note: position filled",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Ton process chez Kolibri",
    "from": "Yanis Benali <yanis@kolibri.example>",
    "headers": {},
    "body": """
Hello Sophie,

Merci encore pour ton temps ces dernières semaines et pour ta présentation de jeudi, on a vraiment passé un bon moment.

Malheureusement, on a décidé de partir sur un autre profil, plus orienté product-led growth et avec une expérience de lancement aux US. C'est vraiment une question de timing et de priorités pour nous, pas de qualité.

Si tu veux un debrief plus détaillé, je peux t'appeler en fin de semaine.

Belle journée,
Yanis
Head of Marketing @ Kolibri
""",
    "company": "Kolibri", "job_title": "", "contact": "Yanis Benali",
    "note": "startup rejection in tutoiement after case presentation",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Point sur le recrutement Product Marketing Manager",
    "from": "Delphine Araújo <delphine.araujo@novalys.example>",
    "headers": {},
    "body": """
Bonjour Madame Marchand,

Je reviens vers vous au sujet du poste de Product Marketing Manager pour lequel vous avez passé deux entretiens avec nos équipes.

Dans le cadre de la réorganisation de notre direction marketing annoncée cette semaine, ce poste a été supprimé et ses missions seront réparties au sein de l'équipe produit. Nous clôturons donc le processus de recrutement, et par conséquent votre candidature.

Je tiens à vous remercier pour la qualité de nos échanges. Je ne manquerai pas de vous recontacter si un poste correspondant à votre parcours s'ouvrait chez Novalys en 2027.

Cordialement,

Delphine Araújo
Chargée de recrutement
Novalys – 42, avenue de France – 75013 Paris
""",
    "company": "Novalys", "job_title": "Product Marketing Manager", "contact": "Delphine Araújo",
    "note": "position eliminated in reorganisation, candidacy closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Mise à jour de votre candidature chez Distrinord",
    "from": "Indeed <candidatures@indeed-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://fr.indeed.example/unsubscribe?t=cand&u=md5521>"},
    "body": """
Mathieu,

Une mise à jour est disponible pour l'une de vos candidatures.

Commercial sédentaire B2B (H/F)
Distrinord – Villeneuve-d'Ascq (59)
Statut : Non sélectionné

L'employeur a examiné votre candidature et a décidé de ne pas avancer avec vous pour ce poste. Ne vous découragez pas : de nouvelles offres correspondant à votre profil sont publiées chaque jour.

Voir des emplois similaires : https://fr.indeed.example/emplois?q=commercial+b2b&l=Lille

Vous recevez cet e-mail car vous avez postulé via Indeed.
Se désabonner des mises à jour de candidatures : https://fr.indeed.example/unsubscribe?t=cand&u=md5521
""",
    "company": "Distrinord", "job_title": "Commercial sédentaire B2B (H/F)", "contact": "",
    "note": "job-board status notice 'Non sélectionné'",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Réponse à votre candidature – Technico-commercial itinérant",
    "from": "HelloWork <candidatures@hellowork-mail.example>",
    "headers": {"Reply-To": "rh@ferronor.example", "Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Mathieu Delattre,

Vous avez postulé via HelloWork à l'offre « Technico-commercial itinérant Hauts-de-France (H/F) » de la société Ferronor.

Message du recruteur :

« Bonjour Monsieur,
Nous avons bien étudié votre candidature et nous vous en remercions. Malheureusement, votre profil ne correspond pas tout à fait aux exigences du poste, notamment en ce qui concerne la connaissance technique des produits de quincaillerie industrielle. Nous conservons votre CV et ne manquerons pas de revenir vers vous si une opportunité se présente.
Cordialement,
Service RH – Ferronor »

Retrouvez toutes vos candidatures dans votre espace HelloWork.
""",
    "company": "Ferronor", "job_title": "Technico-commercial itinérant Hauts-de-France (H/F)", "contact": "",
    "note": "job-board relayed recruiter rejection",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "mission Roubaix annulée",
    "from": "Jessica Vandamme <jessica.vandamme@interim-nordplus.example>",
    "headers": {},
    "body": """
Salut Mathieu,

Mauvaise nouvelle, la mission de commercial terrain chez le grossiste en emballages à Roubaix tombe à l'eau : le client a gelé tous ses recrutements jusqu'en février, donc ils n'iront pas plus loin avec toi ni avec personne d'autre. Désolée, je sais que tu comptais dessus pour janvier.

Je te garde au chaud, j'ai potentiellement un truc chez un distributeur de matériel médical à Lesquin début d'année, je te rappelle dès que j'ai du concret.

Bon courage !
Jess

Jessica Vandamme
Chargée de recrutement – Agence Lille Centre
Nord Plus Intérim
03 20 55 17 84
""",
    "company": "Nord Plus Intérim", "job_title": "commercial terrain", "contact": "Jessica Vandamme",
    "note": "temp agency: client froze hiring, candidacy ends; tutoiement, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Suite à votre entretien",
    "from": "Maillard Équipements <contact@maillard-equipements.example>",
    "headers": {},
    "body": """
Bonjour Monsieur Delattre,

Suite à votre entretien du 2 décembre pour le poste d'attaché commercial, nous ne donnerons pas suite à votre candidature.

Cordialement,
Nadine Maillard
Maillard Équipements
Zone de la Pilaterie, 59290 Wasquehal
""",
    "company": "Maillard Équipements", "job_title": "attaché commercial", "contact": "Nadine Maillard",
    "note": "very short curt rejection after interview",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "retour manager",
    "from": "Clémence Hautecoeur <clemence@talentsdunord.example>",
    "headers": {},
    "body": """
Hello Mathieu,

J'ai eu le retour du manager ce matin : il préfère quelqu'un qui connaît déjà le secteur du BTP et qui a un portefeuille de clients dans la métropole. Il a trouvé ton entretien très bien, mais il veut quelqu'un d'opérationnel tout de suite.

Désolée 😕 Je continue à chercher pour toi, j'ai deux autres postes de business developer qui devraient sortir la semaine prochaine.

Bises,
Clémence

--
Clémence Hautecoeur
Talents du Nord – Recrutement commercial
07 82 14 55 63
""",
    "company": "Talents du Nord", "job_title": "", "contact": "Clémence Hautecoeur",
    "note": "recruiter relays manager's no, casual tu; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre participation à notre journée de recrutement du 26 novembre",
    "from": "Recrutement Bureau Plus Nord <recrutement@bureauplus.example>",
    "headers": {},
    "body": """
Monsieur,

Nous vous remercions pour votre participation à la journée de recrutement (assessment center) organisée le 26 novembre dans nos locaux de Marcq-en-Barœul pour les postes de Conseiller commercial entreprises (H/F).

Cette journée, composée d'une présentation de l'entreprise, d'une mise en situation de vente, d'un exercice en groupe et d'un entretien individuel, nous a permis de rencontrer 14 candidats de grande qualité.

Malheureusement, à l'issue des délibérations du jury, votre candidature n'a pas été retenue. Votre aisance relationnelle a été soulignée ; la mise en situation a néanmoins fait apparaître une découverte des besoins du client encore trop rapide, au profit d'une présentation prématurée de l'offre.

Nous vous souhaitons pleine réussite dans la suite de votre parcours professionnel.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement Région Nord
Bureau Plus – Solutions d'équipement de bureau
Conformément au RGPD, vos données seront supprimées dans un délai de 24 mois.
""",
    "company": "Bureau Plus", "job_title": "Conseiller commercial entreprises (H/F)", "contact": "",
    "note": "rejection after assessment centre with short feedback",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "RE: Candidature Commercial B2B – des nouvelles ?",
    "from": "Sandrine Lemaire <s.lemaire@flandres-packaging.example>",
    "headers": {"In-Reply-To": "<md-relance-0412@lilmail.example>", "References": "<md-relance-0412@lilmail.example>"},
    "body": """
Bonjour Mathieu,

Le poste a été pourvu en interne la semaine dernière, un de nos ADV a souhaité évoluer vers la vente et la direction a validé sa candidature.

Je suis désolée de ne pas vous avoir prévenu plus tôt, ça n'est pas très correct de notre part après vos deux entretiens.

Bonne continuation,
Sandrine Lemaire
Responsable RH – Flandres Packaging

-----Message d'origine-----
De : Mathieu Delattre
Envoyé : vendredi 4 décembre 2026 17:45
À : Sandrine Lemaire
Objet : Candidature Commercial B2B – des nouvelles ?

Bonjour Madame Lemaire,
Je reviens vers vous suite à mon second entretien du 17 novembre. Avez-vous pu avancer sur votre décision ?
Cordialement,
Mathieu Delattre
""",
    "company": "Flandres Packaging", "job_title": "Commercial B2B", "contact": "Sandrine Lemaire",
    "note": "reply in thread: position filled internally; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "L'offre « Business Developer Junior » a été clôturée",
    "from": "France Travail <ne-pas-repondre@francetravail-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Mathieu DELATTRE,

L'offre n° 192KTRW « Business Developer Junior (H/F) » de l'entreprise LOGIFLANDRE, à laquelle vous avez postulé le 12/11/2026, a été clôturée par le recruteur.

Motif de clôture : recrutement effectué.

Votre candidature à cette offre est donc close. Vous pouvez consulter d'autres offres correspondant à votre profil depuis votre espace personnel.

Ceci est un message automatique, merci de ne pas y répondre.
France Travail
""",
    "company": "Logiflandre", "job_title": "Business Developer Junior (H/F)", "contact": "",
    "note": "platform notice: offer closed, hire made, application closed; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre candidature au poste de Key Account Manager",
    "from": "Ressources Humaines Brasseries du Mont Noir <rh@montnoir-brasseries.example>",
    "headers": {},
    "body": """
Monsieur Delattre,

Nous avons le regret de vous informer que votre candidature au poste de Key Account Manager GMS (H/F) n'a pas été retenue.

Nous conservons toutefois votre CV dans notre vivier afin de pouvoir vous contacter si un poste correspondant à votre profil venait à se libérer, sauf avis contraire de votre part.

Nous vous souhaitons bonne chance dans vos recherches.

Bien cordialement,
Émilie Deconinck
Chargée RH
Brasseries du Mont Noir
""",
    "company": "Brasseries du Mont Noir", "job_title": "Key Account Manager GMS (H/F)", "contact": "Émilie Deconinck",
    "note": "short formal rejection with talent pool mention",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Suite de ton entretien technique – Data Analyst junior",
    "from": "Pauline Rivoal <pauline.rivoal@armor-digital.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Merci d'avoir pris le temps de passer l'entretien technique avec Guillaume et Nicolas mardi dernier.

Malheureusement, nous ne pourrons pas poursuivre le process de recrutement avec toi pour le poste de Data Analyst junior. Les retours de l'équipe :
- bonne maîtrise de SQL (jointures, fonctions de fenêtrage) et un raisonnement clair sur le cas métier ;
- sur la partie Python, l'exercice pandas n'a pas pu être terminé, et quelques hésitations sur le nettoyage de données (valeurs manquantes, types) ;
- pour nos missions actuelles chez les clients, nous avons besoin de quelqu'un d'autonome sur Power BI dès le démarrage.

Nous recrutons régulièrement des profils juniors, n'hésite pas à repostuler d'ici six mois, en particulier si tu as l'occasion de pratiquer Power BI d'ici là.

Bonne continuation !
Pauline Rivoal
Chargée de recrutement – Armor Digital (ESN)
Rennes – Nantes – Brest
""",
    "company": "Armor Digital", "job_title": "Data Analyst junior", "contact": "Pauline Rivoal",
    "note": "consultancy rejection after technical interview, with feedback",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Réponse à votre candidature via l'Apec",
    "from": "Apec – Candidatures <ne-pas-repondre@apec-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Manon Le Gall,

Le recruteur a répondu à votre candidature pour l'offre « Chargé(e) d'études statistiques (H/F) » – Mutuelle Bretagne Santé – Rennes (35).

« Madame,
Nous avons bien reçu votre candidature et vous en remercions. Après étude attentive, nous avons le regret de vous informer qu'elle n'a pas été retenue, le poste nécessitant une expérience confirmée d'au moins trois ans en actuariat santé.
Nous vous souhaitons pleine réussite dans vos recherches.
Le service recrutement »

Consultez vos candidatures : https://www.apec.example/candidat/mes-candidatures

Apec – Association pour l'emploi des cadres
""",
    "company": "Mutuelle Bretagne Santé", "job_title": "Chargé(e) d'études statistiques (H/F)", "contact": "",
    "note": "job-board relayed rejection (experience requirement)",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Programme Graduate Data & IA 2027 – Votre candidature",
    "from": "Banque Océane – Recrutement <graduate@banque-oceane.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Merci pour votre candidature au Programme Graduate Data & IA 2027 de Banque Océane et pour le temps consacré aux tests en ligne.

Cette année, plus de 2 300 candidatures ont été reçues pour 24 places, réparties sur nos sites de Nantes, Rennes et Paris. Notre programme de 18 mois permet de découvrir trois métiers de la data au sein du groupe, avec un mentor et un parcours de formation certifiant.

Malheureusement, nous ne sommes pas en mesure de vous proposer de poursuivre le processus de sélection à l'issue de l'étape des tests en ligne.

Votre profil nous intéresse néanmoins pour d'autres opportunités : avec votre accord, nous conserverons votre candidature dans notre vivier de talents pendant 24 mois. Conformément au RGPD, vous pouvez à tout moment demander l'accès, la rectification ou la suppression de vos données en écrivant à donnees-candidats@banque-oceane.example.

Suivez-nous sur LinkedIn pour découvrir nos prochaines offres et nos événements écoles.

Bien cordialement,
L'équipe Recrutement Campus
Banque Océane
""",
    "company": "Banque Océane", "job_title": "Programme Graduate Data & IA 2027", "contact": "",
    "note": "graduate programme rejection after online tests, vivier/RGPD text",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Candidature Data Analyst – Mobilis Breizh",
    "from": "Erwan Le Bihan <erwan@mobilis-breizh.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Merci pour ton intérêt pour Mobilis Breizh et pour l'échange de lundi.

Après discussion avec l'équipe, nous avons finalement décidé de recruter une personne plus expérimentée (3 ans minimum) : le ou la data analyst sera seul(e) sur la data pendant au moins un an, et nous n'aurons pas la capacité d'accompagner un premier poste comme il le mériterait.

Ton projet de fin d'études sur la fréquentation des bus rennais était vraiment chouette. Je te souhaite de trouver rapidement une équipe où tu pourras apprendre vite.

Erwan
CTO – Mobilis Breizh
""",
    "company": "Mobilis Breizh", "job_title": "Data Analyst", "contact": "Erwan Le Bihan",
    "note": "startup wants more senior hire; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Suite de ton alternance",
    "from": "Gaëlle Morvan <gaelle.morvan@laiterie-kerhuel.example>",
    "headers": {},
    "body": """
Coucou Manon,

Je voulais te l'annoncer de vive voix, mais avec mes déplacements on n'arrive pas à se caler un créneau, alors je t'écris.

J'ai défendu ta candidature pour le CDI de data analyst au comité de direction de la semaine dernière. Le budget 2027 a été gelé pour toutes les fonctions support, et le poste ne sera pas ouvert. Nous ne pourrons donc pas te proposer de CDI à la fin de ton alternance le 31 décembre.

Je suis vraiment déçue, tu as fait un travail remarquable sur le tableau de bord qualité. Je te ferai bien sûr une lettre de recommandation et je peux être ta référence pour toutes tes candidatures.

On se voit à ton pot de départ ?
Gaëlle

Gaëlle Morvan
Responsable Performance Industrielle
Laiterie Kerhuel – Site de Vitré
""",
    "company": "Laiterie Kerhuel", "job_title": "data analyst (CDI)", "contact": "Gaëlle Morvan",
    "note": "no permanent contract after apprenticeship, budget frozen; tutoiement, no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Votre proposition d'embauche – Consultante Data",
    "from": "Yann Quéméner <y.quemener@celtis-conseil.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Je suis contraint de revenir vers vous avec une nouvelle difficile.

La proposition d'embauche en CDI que nous vous avons adressée le 20 novembre était liée au démarrage de la mission chez notre client du secteur de l'énergie, prévu le 4 janvier. Ce client vient de nous notifier l'annulation pure et simple du projet.

Sans cette mission, nous ne sommes plus en mesure de maintenir notre proposition d'embauche, et nous la retirons donc. Je suis sincèrement désolé, d'autant que vous aviez refusé d'autres entretiens pour nous rejoindre.

Si vous le souhaitez, je peux transmettre votre dossier à deux confrères d'ESN rennaises qui recrutent des juniors en ce moment.

Bien cordialement,
Yann Quéméner
Directeur d'agence Rennes
Celtis Conseil
""",
    "company": "Celtis Conseil", "job_title": "Consultante Data", "contact": "Yann Quéméner",
    "note": "consultancy withdraws offer after client project cancelled; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Process Data Engineer junior",
    "from": "Julien Tanguy <julien.tanguy@datapole-ouest.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Le process est terminé pour vous, nous avons finalisé le recrutement. Bonne continuation.

Julien
""",
    "company": "Datapole Ouest", "job_title": "Data Engineer junior", "contact": "Julien Tanguy",
    "note": "one-line rejection; no stock phrase",
})

DATA.append({
    "label": "rejection", "language": "fr",
    "subject": "Mise à jour de ta candidature",
    "from": "JobTeaser <notifications@jobteaser-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.jobteaser.example/fr/notifications/unsubscribe>"},
    "body": """
Bonjour Manon,

Le statut de ta candidature a été mis à jour par l'entreprise.

Offre : Data Analyst – CDI – Rennes
Entreprise : Groupe Ty Coz Distribution
Nouveau statut : Refusée

Tu peux retrouver l'historique de tes candidatures dans ton espace, accessible depuis la plateforme carrière de ton école.

Continue ta recherche : 142 offres correspondent à ton profil.

L'équipe JobTeaser
Tu reçois cet email car tu as postulé via la plateforme carrière de ton école.
""",
    "company": "Groupe Ty Coz Distribution", "job_title": "Data Analyst", "contact": "",
    "note": "school careers platform status notice 'Refusée'",
})
# ---------------------------------------------------------------------------
# FRENCH - job_other (32)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Votre candidature a bien été envoyée à Sillage",
    "from": "Welcome to the Jungle <notifications@welcometothejungle-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Sophie,

Votre candidature pour le poste de Senior Product Marketing Manager chez Sillage a bien été envoyée. 🎉

Et maintenant ?
L'équipe de Sillage va étudier votre candidature. Si votre profil correspond, elle vous contactera directement. Vous pouvez suivre l'avancement de vos candidatures dans votre espace.

Suivre ma candidature : https://www.welcometothejungle.example/fr/me/applications
Découvrir l'entreprise : https://www.welcometothejungle.example/fr/companies/sillage

Bonne chance !
L'équipe Welcome to the Jungle
""",
    "note": "job-board application confirmation",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Sophie, un poste de Head of Product Marketing pourrait vous intéresser",
    "from": "Armand Delorme via LinkedIn <inmail-noreply@linkedin-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.linkedin.example/psettings/email-unsubscribe>"},
    "body": """
Armand Delorme
Partner chez Delorme Executive – Chasseur de têtes Marketing & Tech

Bonjour Sophie,

Je me permets de vous contacter au sujet d'une opportunité confidentielle : l'un de mes clients, scale-up française de la cybersécurité (Série C, 350 personnes, forte croissance en Europe), recherche son Head of Product Marketing.

Votre parcours chez deux éditeurs SaaS B2B et votre expérience des lancements internationaux correspondent précisément à ce qu'ils recherchent. Package autour de 95-110 k€ + BSPCE, poste basé à Paris (2 jours de télétravail).

Seriez-vous ouverte à un échange de 20 minutes cette semaine ?

Bien à vous,
Armand

Répondre : https://www.linkedin.example/messaging/thread/2-ZjA4
Vous recevez des InMails de la part de recruteurs. Se désabonner : https://www.linkedin.example/psettings/email-unsubscribe
""",
    "note": "headhunter InMail notification",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Report de votre entretien de jeudi",
    "from": "Marion Thibault <marion.thibault@sillage.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Malheureusement, nous devons reporter votre entretien avec Julien (VP Marketing) prévu ce jeudi 10 décembre à 15h : il sera en déplacement à Berlin pour un salon client qui vient d'être ajouté à son agenda.

Toutes nos excuses pour ce changement de dernière minute. Pourriez-vous nous indiquer vos disponibilités parmi les créneaux suivants ?
– lundi 14 décembre, 10h ou 14h
– mardi 15 décembre, 11h
– mercredi 16 décembre, 17h

L'entretien se déroulera dans nos bureaux, 27 rue du Faubourg-Poissonnière, au 3e étage.

Bien à vous,
Marion Thibault
Talent Acquisition – Sillage
""",
    "note": "interview postponed; 'malheureusement'",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Cas pratique – Product Marketing Manager",
    "from": "Baptiste Lenoir <baptiste@oria-health.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Comme convenu lors de notre échange d'hier, voici le cas pratique pour l'étape suivante.

Contexte : Oria lance en mars 2027 un module de téléconsultation destiné aux centres de santé (et non plus seulement aux médecins libéraux).

Ce que nous vous demandons :
1. Le positionnement et le messaging de ce nouveau module (cible, proposition de valeur, 3 messages clés) ;
2. Un plan de lancement sur 90 jours (canaux, contenus, enablement des sales) ;
3. Deux ou trois KPIs pour mesurer le succès du lancement.

Format libre, 10 slides maximum. Merci de nous l'envoyer d'ici le mercredi 16 décembre ; vous le présenterez ensuite en 30 minutes à Claire (CMO) et à moi-même, suivi de 30 minutes de questions.

Nous savons que ce type d'exercice prend du temps : inutile d'y passer plus de 4-5 heures.

Bon courage, et n'hésitez pas si vous avez des questions !
Baptiste
Product Marketing Lead – Oria Health
""",
    "note": "case study assignment",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Votre candidature – pièce jointe illisible",
    "from": "Recrutement Maison Ferrand <recrutement@maison-ferrand.example>",
    "headers": {},
    "body": """
Bonjour Madame Marchand,

Nous vous remercions pour votre candidature au poste de Responsable Marketing Produit – Beauté.

Nous ne sommes malheureusement pas en mesure d'ouvrir le CV joint à votre message (fichier « CV_SMarchand_2026.pages »). Pourriez-vous nous le renvoyer au format PDF, accompagné si possible d'un portfolio ou de quelques exemples de lancements que vous avez pilotés ?

Dès réception, votre candidature sera transmise à la direction marketing.

Cordialement,
Anne-Sophie Girard
Assistante RH
Maison Ferrand – 12, rue Cambon – 75001 Paris
""",
    "note": "attachment could not be opened, resend request",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Proposition d'embauche – Senior PMM",
    "from": "Claire Joubert <claire.joubert@oria-health.example>",
    "headers": {},
    "body": """
Chère Sophie,

Je suis ravie de vous confirmer que nous souhaitons vous accueillir chez Oria Health en tant que Senior Product Marketing Manager ! Votre présentation du cas pratique a fait l'unanimité.

Vous trouverez ci-joint notre proposition. Pour résumer :
– CDI, statut cadre, forfait jours
– Rémunération fixe : 62 000 € bruts annuels
– Variable : jusqu'à 10 % sur objectifs
– BSPCE : 2 500 (détails dans le document joint)
– Démarrage souhaité : 1er février 2027

Je sais que vous aviez évoqué une attente à 68 k€. Nous ne pouvons malheureusement pas aller au-delà de 62 k€ sur le fixe, compte tenu de notre grille interne, mais nous avons augmenté l'enveloppe de BSPCE et nous nous engageons à une revue de salaire au bout de 6 mois.

Je reste disponible pour en discuter de vive voix. Nous aimerions avoir votre retour d'ici le 18 décembre.

Très belle journée,
Claire Joubert
CMO – Oria Health
""",
    "note": "job offer; salary request 'malheureusement' not met but offer stands",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "RE: Retrait de ma candidature",
    "from": "Marion Thibault <marion.thibault@sillage.example>",
    "headers": {"In-Reply-To": "<sm-retrait-1512@courriel.example>", "References": "<sm-retrait-1512@courriel.example>"},
    "body": """
Bonjour Sophie,

Nous prenons bonne note de votre décision de retirer votre candidature au poste de Senior Product Marketing Manager. C'est dommage, Julien était impatient de vous rencontrer, mais nous comprenons tout à fait que vous ayez choisi de donner suite à une autre proposition.

Nous supprimerons vos données de notre outil de recrutement d'ici 30 jours, sauf si vous nous indiquez souhaiter rester dans notre vivier.

Tous nos vœux de réussite pour ce nouveau poste !

Marion

> Bonjour Marion,
> Je vous remercie pour votre souplesse sur les dates. J'ai toutefois accepté entre-temps une autre offre et je préfère retirer ma candidature pour ne pas vous faire perdre de temps.
> Bien à vous,
> Sophie
""",
    "note": "candidate's own withdrawal acknowledged; 'donner suite', 'vivier'",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Votre candidature – point d'étape",
    "from": "Hugo Ferreira <hugo.ferreira@castelnau-cosmetiques.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Je me permets de vous faire un point d'étape sur le recrutement du Product Marketing Manager Skincare.

Aucune décision n'a encore été prise : nous terminons actuellement les premiers entretiens et la directrice marketing souhaite rencontrer l'ensemble des candidats présélectionnés avant d'arrêter une short-list. Votre candidature est donc toujours à l'étude.

Nous devrions pouvoir revenir vers vous au plus tard le 8 janvier, les fêtes de fin d'année ralentissant un peu le calendrier.

Je suis désolé pour ce délai et vous remercie pour votre patience.

Bien cordialement,
Hugo Ferreira
Chargé de recrutement – Castelnau Cosmétiques
""",
    "note": "status update: still under review, no decision",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Prise de références",
    "from": "Hélène Castaing <h.castaing@castaing-associes.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Bonne nouvelle : notre client (l'éditeur de logiciels RH dont je vous ai parlé) souhaite avancer avec vous et passer à l'étape des références avant de vous faire une proposition.

Pourriez-vous m'indiquer deux personnes que je pourrais appeler, idéalement un ancien manager et un pair ou un membre d'une équipe sales avec qui vous avez travaillé ? J'aurais besoin de leur nom, de leur fonction à l'époque et d'un numéro de téléphone.

Bien entendu, je ne contacterai personne de votre employeur actuel sans votre accord.

Merci et à très vite,
Hélène
""",
    "note": "recruiter asks for referees",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Pas de nouvelle offre pour votre alerte « Product Marketing – Paris »",
    "from": "Welcome to the Jungle <alertes@welcometothejungle-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.welcometothejungle.example/fr/me/alerts/unsubscribe?a=9931>", "Precedence": "bulk"},
    "body": """
Bonjour Sophie,

Malheureusement, aucune nouvelle offre ne correspond à votre alerte « Product Marketing – Paris – CDI » cette semaine.

Quelques idées pour élargir votre recherche :
– ajouter des intitulés proches comme « Marketing produit », « Go-to-Market Manager » ou « Growth Marketing » ;
– inclure le télétravail total ;
– suivre les entreprises qui vous intéressent pour être alertée dès qu'elles publient.

Modifier mon alerte : https://www.welcometothejungle.example/fr/me/alerts/9931

Vous recevez cet email car vous avez créé une alerte emploi.
Se désabonner : https://www.welcometothejungle.example/fr/me/alerts/unsubscribe?a=9931
""",
    "note": "job alert with no new matches",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Bonne nouvelle – vous passez en short-list",
    "from": "Romain Vasseur <romain@vasseur-search.example>",
    "headers": {},
    "body": """
Bonjour Sophie,

Rebondissement sur la mission de CMO adjointe dont je vous avais parlé en octobre : l'un des deux finalistes a décliné l'offre du client hier soir, et le client a refusé de rouvrir la recherche de zéro. Il m'a demandé de lui présenter à nouveau les profils qui étaient en réserve, et vous êtes la première sur ma liste.

Concrètement, vous entrez dans la short-list finale : un entretien avec le CEO, puis un dîner avec deux membres du comex. Le calendrier est serré, ils aimeraient conclure avant Noël.

Êtes-vous toujours disponible et intéressée ? Appelez-moi quand vous pouvez, même tard.

Romain
""",
    "note": "headhunter: candidate moves to shortlist; 'décliné', 'refusé' about others",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "12 nouveaux emplois : commercial b2b à Lille (59)",
    "from": "Indeed <alert@indeed-mail.example>",
    "headers": {"List-Unsubscribe": "<https://fr.indeed.example/alert/unsubscribe?id=7A29>", "Precedence": "bulk"},
    "body": """
Nouveaux emplois correspondant à votre alerte : commercial b2b – Lille (59)

Commercial B2B terrain (H/F)
Nordelec Distribution – Lesquin (59)
32 000 € - 38 000 € par an + variable
Candidature simplifiée

Business Developer SaaS (H/F)
Quadrat RH – Lille (59)
Télétravail partiel
Répond généralement dans un délai de 3 jours

Attaché commercial secteur Flandres (H/F)
Agri-Service du Houtland – Hazebrouck (59)
CDI · Véhicule de fonction

Chargé d'affaires B2B (H/F)
Linéa Bureautique – Roubaix (59)
2 100 € - 2 400 € par mois + commissions

Voir les 12 emplois : https://fr.indeed.example/emplois?q=commercial+b2b&l=Lille+(59)

Vous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.
Se désinscrire : https://fr.indeed.example/alert/unsubscribe?id=7A29
""",
    "note": "job alert digest",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "dispo lundi ?",
    "from": "Jessica Vandamme <jessica.vandamme@interim-nordplus.example>",
    "headers": {},
    "body": """
Coucou Mathieu,

T'es dispo à partir de lundi 14 ? J'ai une mission de 3 semaines en renfort commercial chez un distributeur de matériel médical à Lesquin (prospection téléphonique + prise de rdv pour les commerciaux terrain). 13,50 €/h + primes sur objectifs, horaires 9h-17h, parking sur place.

Si c'est ok pour toi, passe à l'agence jeudi ou vendredi pour signer ton contrat, et ramène ton RIB à jour stp.

Bisous,
Jess
""",
    "note": "temp agency offers a short assignment, tutoiement",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Bonne nouvelle : votre candidature a été consultée",
    "from": "HelloWork <notifications@hellowork-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """
Bonjour Mathieu,

Le recruteur de la société Cartonnerie de la Lys a consulté votre candidature pour l'offre « Commercial sédentaire B2B (H/F) – Armentières ».

Que se passe-t-il maintenant ?
Le recruteur étudie votre profil. S'il souhaite aller plus loin, il vous contactera par téléphone ou par e-mail. En moyenne, les recruteurs répondent sous 8 jours.

Conseil : vérifiez que votre numéro de téléphone est à jour dans votre profil.

Voir ma candidature : https://www.hellowork.example/fr-fr/candidat/candidatures

L'équipe HelloWork
""",
    "note": "job-board notice: application viewed",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Re: rdv demain",
    "from": "Clémence Hautecoeur <clemence@talentsdunord.example>",
    "headers": {"In-Reply-To": "<md-rdv-0812@lilmail.example>", "References": "<md-rdv-0812@lilmail.example>"},
    "body": """
Hello Mathieu,

Désolée, je dois annuler notre rdv de demain 10h, j'ai un client qui m'impose un comité de sélection pile à ce moment-là 🙄

On décale à vendredi même heure ? Toujours au café en face de la gare Lille-Flandres, je t'offre le café pour me faire pardonner.

Clémence

> Salut Clémence, c'est toujours bon pour demain 10h ? Mathieu
""",
    "note": "recruiter cancels and moves a meeting; 'désolée', 'annuler'",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Rappel : questionnaire à compléter avant le 11/12",
    "from": "Recrutement Vendis Solutions <recrutement@vendis-solutions.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Mathieu,

Vous avez été invité le 3 décembre à compléter notre questionnaire de personnalité et de motivation (environ 25 minutes) dans le cadre de votre candidature au poste d'Ingénieur commercial grands comptes.

À ce jour, vous n'avez pas encore complété ce questionnaire. Sans celui-ci, nous ne pourrons pas donner suite à votre candidature et vous proposer un entretien avec le manager.

Lien d'accès (valable jusqu'au 11/12/2026 à minuit) : https://vendis.assess.example/q/8MK2-LL04

Bonne journée,
L'équipe Recrutement Vendis Solutions
""",
    "note": "assessment reminder with conditional warning; not a rejection",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Votre décision concernant notre proposition",
    "from": "Thierry Desmet <thierry.desmet@hdf-energies.example>",
    "headers": {},
    "body": """
Bonjour Mathieu,

J'ai bien reçu votre message de ce matin. Je regrette votre décision de décliner notre proposition de poste de Chargé d'affaires, mais je la respecte : la question du véhicule de fonction était pour vous déterminante, et je comprends que l'offre concurrente soit plus avantageuse sur ce point.

Je vous remercie pour la franchise de votre échange et pour le temps que vous nous avez consacré. Si vous souhaitez reprendre contact avec nous à l'avenir, ce sera avec plaisir.

Bonne continuation dans vos nouvelles fonctions,

Thierry Desmet
Directeur commercial
HDF Énergies Services
""",
    "note": "candidate declined offer; employer acknowledges with regret",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Changement de lieu – entretien du 15 décembre",
    "from": "Accueil RH – Groupe Verlinde Distribution <rh@verlinde-distribution.example>",
    "headers": {},
    "body": """
Monsieur Delattre,

Nous avons le regret de vous informer que, en raison de travaux dans nos locaux lillois, votre entretien du mardi 15 décembre à 9h30 pour le poste de Commercial grands comptes n'aura pas lieu rue Nationale comme indiqué initialement.

Il se tiendra à notre siège :
Groupe Verlinde Distribution
Parc d'activités du Molinel, bâtiment C
59700 Marcq-en-Barœul

L'horaire reste inchangé. Merci de vous présenter à l'accueil avec une pièce d'identité.

Avec nos excuses pour ce désagrément,
Le service RH
""",
    "note": "'nous avons le regret' about a changed interview location",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "ton dossier est incomplet",
    "from": "Kévin Lambert <kevin.lambert@flexinord-interim.example>",
    "headers": {},
    "body": """
Salut Mathieu,

Je viens de regarder ton dossier d'inscription : il me manque ta pièce d'identité (recto/verso) et ton attestation de sécurité sociale. Sans ça je ne peux pas valider ton inscription et donc pas te positionner sur les missions, même celle chez le négociant en vin dont on a parlé.

Désolé pour la paperasse, c'est obligatoire. Tu peux me les envoyer en photo par retour de mail, c'est bon.

Merci !
Kévin
Flexinord Intérim – Agence de Tourcoing
""",
    "note": "temp agency requests missing documents",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Bienvenue chez Linéa Bureautique ! Votre intégration le 4 janvier",
    "from": "Nathalie Vermeersch <n.vermeersch@linea-bureautique.example>",
    "headers": {},
    "body": """
Bonjour Mathieu,

Toute l'équipe est ravie de vous accueillir le lundi 4 janvier en tant que Chargé d'affaires B2B !

Voici le programme de votre première semaine :
– Lundi : accueil à 9h à l'agence de Roubaix (14, rue de l'Épeule), remise de votre téléphone, de votre ordinateur et des clés du véhicule, déjeuner avec l'équipe ;
– Mardi et mercredi : formation produits (copieurs, solutions d'impression, GED) avec notre technicien référent ;
– Jeudi et vendredi : accompagnement terrain avec Frédéric, commercial senior du secteur Roubaix-Tourcoing.

Merci de nous transmettre avant le 20 décembre : copie de votre permis de conduire, RIB, carte Vitale et justificatif de domicile.

À très bientôt,
Nathalie Vermeersch
Responsable administrative & RH
Linéa Bureautique
""",
    "note": "onboarding programme for first week",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "On retente ?",
    "from": "Samir Benkhelifa <samir@rh-partners-lille.example>",
    "headers": {},
    "body": """
Salut Mathieu,

Je sais que la dernière fois, chez le fabricant de portails, ça n'avait pas matché (et que leur refus t'avait un peu refroidi 😅), mais j'ai un poste qui me semble bien plus dans tes cordes.

Business developer pour un éditeur de logiciel de gestion pour les artisans du bâtiment, basé à Euratechnologies. Cible : TPE/PME de la région, cycle de vente court, 35-40 k€ fixe + variable déplafonné, 2 jours de TT.

Tu serais dispo pour en parler 10 minutes demain midi ?

Samir
RH Partners Lille – Recrutement commercial & sales
06 61 30 48 27
""",
    "note": "recruiter outreach referencing an earlier refusal elsewhere",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Où en est votre candidature ?",
    "from": "Isabelle Carpentier <isabelle.carpentier@leroux-emballages.example>",
    "headers": {},
    "body": """
Bonjour Monsieur Delattre,

Vous avez eu la gentillesse de nous relancer au sujet de votre candidature au poste de Technico-commercial, et je vous en remercie.

Je vous confirme qu'aucun refus n'a été prononcé à ce stade : votre candidature est toujours en cours d'examen. Notre directeur commercial a été absent trois semaines et reprend les entretiens à partir du 14 décembre. Je reviendrai vers vous d'ici la fin de la semaine prochaine pour vous proposer un créneau.

Bien cordialement,
Isabelle Carpentier
Assistante RH – Groupe Leroux Emballages
""",
    "note": "status: still under review, explicitly no refusal",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Vos nouvelles offres Apec : Data analyst – Bretagne",
    "from": "Apec <offres@apec-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.apec.example/alertes/desinscription?id=55120>", "Precedence": "bulk"},
    "body": """
Bonjour Manon,

6 nouvelles offres correspondent à votre alerte « Data analyst – Bretagne – Jeune diplômé ».

Data Analyst junior (H/F) – Coopérative Agricole de l'Oust – Ploërmel (56) – CDI – 33-36 k€
Consultant(e) BI junior – Armor Digital – Rennes (35) – CDI
Chargé(e) d'études data marketing – Groupe Ty Coz Distribution – Rennes (35) – CDI – 35 k€
Data Scientist junior – Kerlab Santé – Brest (29) – CDD 12 mois
Analyste données RH – Communauté de communes du Val de Vilaine – Redon (35) – Contractuel
Data Engineer junior – Datapole Ouest – Cesson-Sévigné (35) – CDI

Voir toutes les offres : https://www.apec.example/candidat/recherche-emploi.html?alerte=55120

Apec – Association pour l'emploi des cadres
Gérer mes alertes | Se désinscrire
""",
    "note": "job alert digest",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Forum Entreprises 2027 : inscris-toi aux job datings !",
    "from": "Service Carrières – Institut Armoricain de la Donnée <carrieres@iad-rennes.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:carrieres@iad-rennes.example?subject=desinscription>"},
    "body": """
Bonjour Manon,

Le Forum Entreprises de l'Institut aura lieu le jeudi 28 janvier 2027 de 9h à 17h, dans le hall du bâtiment B.

Cette année :
– 65 entreprises présentes, dont 18 ESN, 9 banques et assurances et une dizaine de startups de l'écosystème rennais ;
– nouveauté : des job datings de 15 minutes à réserver en ligne, ouverts aussi aux alumni diplômés en 2026 ;
– un espace « photo CV » et des relectures de CV par des recruteurs bénévoles.

Inscription aux job datings avant le 15 janvier : https://carrieres.iad-rennes.example/forum2027

Pense à mettre ton CV à jour dans ton espace carrière, les entreprises y ont accès avant le forum.

À très vite,
Le Service Carrières
""",
    "note": "school careers fair invitation",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Convocation – entretien technique Consultant Data junior",
    "from": "Soizic Le Roux <soizic.leroux@breizh-data-consulting.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Suite à notre échange téléphonique, j'ai le plaisir de te confirmer ton entretien technique :

📅 Mercredi 16 décembre, 14h00–15h30
📍 Breizh Data Consulting, 12 rue de Châtillon, 35000 Rennes (2e étage, sonner à BDC)
👥 Avec Maël (tech lead data) et Anaïs (consultante senior)

Déroulé :
– 15 min : présentation de ton parcours et de ton projet de fin d'études
– 45 min : exercice de live coding en Python (pandas) et SQL sur un jeu de données fourni
– 20 min : étude de cas orale (comment tu aborderais une demande client)
– 10 min : tes questions

Pense à apporter un ordinateur chargé si tu préfères travailler sur le tien.

À mercredi !
Soizic
Chargée de recrutement – Breizh Data Consulting
""",
    "note": "technical interview invitation at a consultancy",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Votre test technique expire dans 24 heures",
    "from": "Kerlab Santé Recrutement <no-reply@techtest-platform.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Manon,

Il vous reste 24 heures pour passer le test technique « Data Scientist junior – Python & statistiques » auquel Kerlab Santé vous a invitée.

Durée du test : 75 minutes (à réaliser en une seule fois)
Date limite : 09/12/2026 à 23h59

Passé ce délai, il ne sera malheureusement plus possible d'accéder au test. Si vous rencontrez un problème technique, contactez directement le recruteur à recrutement@kerlab-sante.example.

Commencer le test : https://techtest-platform.example/t/kerlab/7RH2PQ

Bonne chance !
""",
    "note": "coding test expiry reminder; 'malheureusement'",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Suite à notre entretien RH",
    "from": "Maëlle Guillou <m.guillou@coop-oust.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Merci pour notre échange de ce matin, très agréable.

Pour répondre à votre question : nous ne pouvons pas proposer de télétravail à 100 %, ni même 3 jours par semaine pour un premier poste – la règle chez nous est d'un jour de télétravail par semaine après la période d'essai. Je comprends que ce soit moins que ce que vous espériez depuis Rennes.

Cela dit, nous souhaitons vraiment poursuivre avec vous et vous proposer un entretien avec le responsable du contrôle de gestion, sur notre site de Ploërmel. Nous pouvons prendre en charge une partie des frais de déplacement (indemnités kilométriques) et les horaires sont aménageables pour éviter les bouchons de la rocade.

Seriez-vous disponible le mardi 15 ou le jeudi 17 décembre ?

Bien cordialement,
Maëlle Guillou
Responsable RH – Coopérative Agricole de l'Oust
""",
    "note": "cannot offer full remote but wants to proceed to next interview",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Ton process de recrutement chez Néréis",
    "from": "Claire Le Goff <claire.legoff@nereis-consulting.example>",
    "headers": {},
    "body": """
Hello Manon,

Comme promis, voici un petit récap de notre process de recrutement pour le poste de Consultante Data Analyst junior :

1️⃣ Échange RH (fait ✅)
2️⃣ Entretien technique avec un manager : SQL, Power BI et un cas pratique (1h30) – semaine du 14 décembre
3️⃣ Rencontre avec le directeur d'agence (30 min)
4️⃣ Proposition sous 48 h si tout est OK

En général tout le process prend 2 à 3 semaines. Chez nous, tu serais en CDI avec Néréis et tu interviendrais chez nos clients de la région (banque, agroalimentaire, collectivités), avec un mentor pendant ta première année.

Je te propose des créneaux pour l'étape 2 demain.

Belle journée !
Claire
Néréis Consulting – Rennes
""",
    "note": "consultancy explains recruitment process steps",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Accusé de réception de votre candidature",
    "from": "Groupe Terravia <candidatures@terravia-groupe.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Madame,

Nous accusons bonne réception de votre candidature pour le poste de Data Analyst – Pilotage de la performance (Réf. 26-DAT-0871), basé à Rennes.

En raison du nombre important de candidatures reçues, nous ne pourrons pas répondre individuellement à chacune d'entre elles avant un délai de 4 semaines. Si votre profil correspond à nos attentes, un membre de l'équipe Recrutement prendra contact avec vous.

Vous pouvez suivre l'état de votre candidature depuis votre espace candidat.

Cordialement,
La Direction du Recrutement
Groupe Terravia
""",
    "note": "acknowledgement with 'nous ne pourrons pas répondre individuellement'",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Ta proposition d'embauche – Breizh Data Consulting",
    "from": "Soizic Le Roux <soizic.leroux@breizh-data-consulting.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Suite à ton entretien technique et à ta rencontre avec Gwenaël, je suis très heureuse de te transmettre notre proposition d'embauche !

– Poste : Consultante Data junior
– Contrat : CDI, statut cadre (Syntec, position 2.1, coefficient 115)
– Rémunération : 36 000 € bruts annuels + prime de vacances Syntec
– Avantages : tickets restaurant, mutuelle prise en charge à 60 %, 2 jours de télétravail selon les missions
– Date d'arrivée : lundi 4 janvier 2027

La proposition détaillée est en pièce jointe. Tu as jusqu'au 18 décembre pour nous donner ta réponse – n'hésite pas à m'appeler si tu as des questions.

On espère vraiment t'avoir parmi nous !
Soizic
""",
    "note": "job offer from a consultancy",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Désolés – nouveau lien pour votre entretien",
    "from": "Recrutement Kerlab Santé <recrutement@kerlab-sante.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Nous sommes désolés : le lien de visioconférence que nous vous avions envoyé pour l'entretien de ce matin ne fonctionnait pas, et nous n'avons malheureusement pas pu vous joindre par téléphone à temps. Vous n'y êtes pour rien, c'est une erreur de notre part dans l'invitation.

Nous vous proposons de refaire l'entretien demain, jeudi 10 décembre, à 11h. Voici le nouveau lien (vérifié deux fois, promis) :
https://visio.kerlab-sante.example/rejoindre/8841-kms

Si l'horaire ne vous convient pas, dites-nous simplement quand vous êtes disponible.

Bien cordialement,
Tiphaine Jaouen
Chargée de recrutement – Kerlab Santé
""",
    "note": "apology for broken video link, interview rescheduled",
})

DATA.append({
    "label": "job_other", "language": "fr",
    "subject": "Invitation : job dating data & numérique à Rennes",
    "from": "Apec Bretagne <evenements@apec-mail.example>",
    "headers": {"List-Unsubscribe": "<https://www.apec.example/evenements/desinscription?id=55120>", "Precedence": "bulk"},
    "body": """
Bonjour,

Vous êtes jeune diplômé(e) Bac+5 et vous cherchez un premier poste dans la data ou le numérique ? Le centre Apec de Rennes organise un job dating le mardi 12 janvier 2027 de 14h à 18h.

Au programme :
– 12 entreprises qui recrutent en CDI (ESN, industrie agroalimentaire, banque, collectivités) ;
– des entretiens de 10 minutes avec les recruteurs ;
– un atelier « Réussir son pitch en 2 minutes » animé par une consultante Apec.

Inscription gratuite mais obligatoire : https://www.apec.example/evenements/job-dating-rennes-1201

À bientôt,
L'équipe Apec Bretagne
""",
    "note": "job dating event invitation",
})
# ---------------------------------------------------------------------------
# FRENCH - ham (17)
# ---------------------------------------------------------------------------

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre dossier pour l'appartement rue des Martyrs",
    "from": "Cabinet Laforge Immobilier <location@laforge-immo.example>",
    "headers": {},
    "body": """
Madame,

Nous vous remercions pour l'intérêt porté au 2 pièces situé 48, rue des Martyrs (75009), et pour le dossier transmis à la suite de la visite de samedi.

Le propriétaire a étudié les différentes candidatures et a décidé de retenir un autre dossier. Nous ne sommes donc pas en mesure de donner une suite favorable à votre demande.

Nous conservons vos critères de recherche et ne manquerons pas de vous proposer d'autres biens correspondant à votre budget dans les 9e et 10e arrondissements.

Cordialement,
Agence Laforge Immobilier
Service Location
""",
    "note": "rental agency turns down flat application",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "devine quoi…",
    "from": "Inès <ines.haddad@courriel.example>",
    "headers": {},
    "body": """
Coucou ma belle,

Bon, j'ai eu la réponse de la boîte de cosmétiques… c'est non. Cinq entretiens, un cas pratique de 12 slides, et au final un mail de refus de trois lignes qui commence par « malheureusement » et finit par « nous conservons votre CV ». Je suis dégoûtée.

Bref, j'ai besoin d'un verre et de te raconter tout ça en détail. Jeudi soir au bar à vin de la rue Oberkampf ? Et toi, des nouvelles de tes process ?

Bisous
Inès
""",
    "note": "friend tells about her own job rejection",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "La Lettre du Growth #88 – L'art du mail de refus (et 3 autres sujets)",
    "from": "La Lettre du Growth <hello@lalettredugrowth.example>",
    "headers": {"List-Unsubscribe": "<https://lalettredugrowth.example/unsubscribe?u=sm-2231>", "Precedence": "bulk"},
    "body": """
Hello les growthers 👋

Au menu de cette semaine :

1. L'art du mail de refus
Pourquoi tant d'entreprises envoient-elles encore des refus qui commencent par « Malheureusement, votre candidature n'a pas été retenue » ? On a épluché 300 mails de refus envoyés par des scale-ups françaises et on vous montre ce que les meilleures font différemment : un délai court, un vrai feedback, et zéro « nous avons choisi un autre profil » sans explication. Spoiler : ça se voit dans les avis des anciens candidats.
→ Lire l'article : https://lalettredugrowth.example/88/mail-de-refus

2. Pricing : faut-il afficher ses prix sur son site en B2B ?
3. Étude de cas : comment un SaaS lyonnais a doublé ses démos grâce aux webinars
4. Outil de la semaine : un générateur de personas (à prendre avec des pincettes)

À mardi prochain !
Margaux

Vous recevez cette lettre car vous vous êtes inscrite sur lalettredugrowth.example.
Se désinscrire : https://lalettredugrowth.example/unsubscribe?u=sm-2231
""",
    "note": "marketing newsletter with article on rejection emails",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Atelier théâtre – planning du trimestre",
    "from": "Compagnie des Trois Marches <contact@troismarches-theatre.example>",
    "headers": {"Precedence": "list"},
    "body": """
Bonsoir à toutes et à tous,

Voici le planning de l'atelier adultes du mardi pour janvier-mars :

– reprise le mardi 5 janvier, 20h-22h30, salle du 11 rue Ramponeau
– répétitions supplémentaires les samedis 6 et 20 mars (14h-18h)
– représentations de « Le Dîner de Mme Arnoux » les 27 et 28 mars

Pensez à régler la cotisation du 2e trimestre (95 €) avant fin décembre, par virement ou en chèque à l'ordre de la Compagnie.

Et on compte sur vous pour apprendre le texte de l'acte I pendant les fêtes 😉

Bonnes fêtes,
Virginie
Compagnie des Trois Marches
""",
    "note": "amateur theatre group schedule",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre commande n° 48771302 est en cours de livraison",
    "from": "La Bouquinerie du Canal <commandes@bouquinerie-canal.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Sophie,

Votre commande n° 48771302 a été expédiée et sera livrée en point relais d'ici le vendredi 11 décembre.

Contenu :
– 1 x « Obviously Awesome », édition française (poche) – 12,90 €
– 1 x Carnet ligné A5, couverture lin – 8,50 €
Frais de port : offerts

Point relais : Tabac-Presse Le Canal, 64 quai de Valmy, 75010 Paris

Suivre mon colis : https://bouquinerie-canal.example/suivi/48771302

Merci pour votre commande et bonne lecture !
La Bouquinerie du Canal
""",
    "note": "bookshop shipping notice",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre manuscrit « Les saisons de Nérac »",
    "from": "Éditions du Petit Pont <manuscrits@editions-petitpont.example>",
    "headers": {},
    "body": """
Madame,

Nous avons bien reçu votre manuscrit intitulé « Les saisons de Nérac » et vous remercions de la confiance que vous nous avez témoignée.

Il a fait l'objet d'une lecture attentive par notre comité. Nous sommes cependant au regret de vous informer qu'il ne correspond pas à notre ligne éditoriale actuelle et que nous ne pourrons pas le publier.

Compte tenu du nombre de manuscrits reçus, il ne nous est pas possible de motiver plus précisément notre décision.

Nous vous souhaitons de trouver l'éditeur qui saura accompagner votre texte.

Le comité de lecture
Éditions du Petit Pont
""",
    "note": "publisher declines a manuscript",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre demande de prêt immobilier – réponse",
    "from": "Jérôme Lecocq <jerome.lecocq@banque-beffrois.example>",
    "headers": {},
    "body": """
Bonjour Monsieur Delattre,

Je fais suite à votre demande de prêt immobilier pour l'acquisition d'une maison à Hellemmes (montant demandé : 185 000 € sur 25 ans).

Après étude de votre dossier par notre service engagements, nous ne sommes pas en mesure de vous accorder ce financement en l'état. Deux éléments ont motivé ce refus : votre taux d'endettement dépasserait 35 % avec la mensualité envisagée, et votre contrat actuel, un CDD qui se termine en janvier, ne nous permet pas encore de considérer vos revenus comme stables.

Je vous propose de refaire le point dès que votre situation professionnelle sera stabilisée, éventuellement avec un apport plus important ou un bien à un prix inférieur. Je reste à votre disposition.

Bien cordialement,
Jérôme Lecocq
Conseiller clientèle particuliers
Banque des Beffrois – Agence de Lille Fives
""",
    "note": "bank refuses a mortgage",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Convocations match dimanche",
    "from": "Karim Bensaïd <coach@futsal-moulins.example>",
    "headers": {"Precedence": "list"},
    "body": """
Salut à tous,

Voici le groupe pour dimanche contre Wattrelos (15h, salle Lakanal) :

Convoqués : Yassine, Théo, Mehdi, Jordan, Kevin D., Anthony, Lucas, Sofiane, Nico, Rayan

Mathieu, Hugo, Bilal : vous n'êtes pas retenus cette fois-ci, l'équipe d'en face joue très physique et je veux du monde frais derrière. Rien de personnel, vous serez dans le groupe la semaine prochaine.

RDV 14h15 devant la salle, maillots rouges. Pensez à vos licences.

Karim
Futsal Club Lille Moulins
""",
    "note": "futsal coach: recipient not selected for the match",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "dimanche midi",
    "from": "Maman <martine.delattre@lilmail.example>",
    "headers": {},
    "body": """
Coucou mon grand,

Tu viens toujours dimanche midi ? J'ai prévu un potjevleesch avec des frites, ta sœur vient avec le petit. Si tu peux passer chez le boulanger de la place prendre une tarte au sucre, ce serait gentil, je te rembourserai.

Et ton père demande si tu peux regarder son ordinateur, il dit qu'il « ne s'allume plus comme avant », je n'en sais pas plus.

Gros bisous
Maman
""",
    "note": "mother about Sunday lunch",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre facture de décembre est disponible",
    "from": "Lumelia Énergie <factures@lumelia-energie.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour Mathieu Delattre,

Votre facture d'électricité du mois de décembre est disponible dans votre espace client.

Montant : 68,42 € TTC
Date de prélèvement : 18/12/2026
Référence client : 0048 2291 77

Consommation estimée : 412 kWh (relevé Linky du 01/12/2026)

Consulter ma facture : https://espace-client.lumelia-energie.example/factures

Astuce : en hiver, baisser le chauffage d'1 °C permet d'économiser environ 7 % sur sa consommation.

Lumelia Énergie – Service clients
""",
    "note": "electricity bill",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Réponse à votre demande de remboursement – Réf. 2026-11-77412",
    "from": "Mutuelle Solidaire du Nord <gestion@msn-mutuelle.example>",
    "headers": {},
    "body": """
Monsieur,

Nous avons bien reçu votre demande de remboursement concernant des lunettes de vue (facture du 18/10/2026, montant 412,00 €).

Après examen, nous ne pouvons pas prendre en charge cette dépense au titre de votre garantie : votre contrat prévoit un renouvellement de l'équipement optique tous les deux ans, et un remboursement a déjà été effectué le 03/02/2025. La prochaine prise en charge sera possible à compter du 03/02/2027, sauf évolution de votre vue justifiée par une nouvelle prescription.

Vous pouvez contester cette décision en adressant un courrier à notre service réclamations dans un délai de deux mois.

Le service Gestion des prestations
Mutuelle Solidaire du Nord
""",
    "note": "health mutual refuses reimbursement",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Match samedi chez moi ?",
    "from": "Flo <florian.dubrulle@lilmail.example>",
    "headers": {},
    "body": """
Yo,

Samedi 21h le derby, on le regarde chez moi ? J'ai récupéré le vidéoproj de mon frangin. Ramène des bières (pas de la Kro stp) et je m'occupe des pizzas.

Kenza et Toto viennent aussi. Dis-moi vite que je sache combien de pizzas je commande.

Flo
""",
    "note": "friend invites to watch a football match",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Nolan et l'Erasmus",
    "from": "Maman <anne.legall@breizhmail.example>",
    "headers": {},
    "body": """
Coucou ma chérie,

Ton frère a reçu la réponse pour son semestre Erasmus en Irlande… refusé. Ils n'ont pris que 4 étudiants sur 19 pour Galway, et apparemment sa moyenne du S3 n'était pas suffisante. Il a encore une chance pour la Finlande sur la liste complémentaire, mais il est complètement démotivé, il ne sort plus de sa chambre.

Tu pourrais l'appeler ce week-end ? Il t'écoute plus que nous. Tu sais trouver les mots, toi.

Papa te fait dire que le bois pour la cheminée est arrivé, si tu veux en prendre pour ton appart.

Bisous,
Maman
""",
    "note": "mother: brother's exchange semester application refused",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Votre avis d'échéance – eau et assainissement",
    "from": "Régie des Eaux de la Vilaine <abonnes@eaux-vilaine.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Madame Le Gall,

Votre avis d'échéance du 2e semestre 2026 est disponible dans votre espace abonné.

Montant : 94,18 € TTC
Échéance : 31/12/2026
Mode de paiement : prélèvement automatique

Consulter mon avis : https://abonnes.eaux-vilaine.example/factures

Pour toute question, notre service abonnés est joignable du lundi au vendredi de 8h30 à 17h30.

Régie des Eaux de la Vilaine
""",
    "note": "water bill notice",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Rappel : documents à rendre",
    "from": "Médiathèque de la Touche <mediatheque@mediatheque-latouche.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """
Bonjour,

Les documents suivants, empruntés sur votre carte n° 20031448, auraient dû être rendus le 04/12/2026 :

– « Storytelling with Data » (livre)
– « La Horde du Contrevent » (livre)

Merci de les rapporter dès que possible ou de les prolonger depuis votre compte lecteur. Au-delà de 21 jours de retard, votre carte sera suspendue temporairement.

Bonne lecture,
La Médiathèque de la Touche
""",
    "note": "library overdue reminder",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Re: demande pour un chat",
    "from": "Gérard Le Floch <gerard.lefloch@breizhmail.example>",
    "headers": {"In-Reply-To": "<ml-chat-0112@breizhmail.example>", "References": "<ml-chat-0112@breizhmail.example>"},
    "body": """
Bonjour Mademoiselle Le Gall,

J'ai bien reçu votre message. Je suis désolé, mais je préfère vraiment ne pas avoir d'animal dans l'appartement : le parquet a été entièrement refait l'an dernier et j'ai eu de mauvaises expériences avec les précédents locataires. Ma réponse est donc non, j'espère que votre amie trouvera quelqu'un.

Pour le reste, le plombier passera bien jeudi matin pour le chauffe-eau.

Cordialement,
G. Le Floch

> Bonjour Monsieur Le Floch,
> Une amie part à l'étranger et cherche quelqu'un pour adopter son chat, très calme, stérilisé. Serait-il possible de l'accueillir dans l'appartement ?
> Bien cordialement,
> Manon Le Gall
""",
    "note": "landlord says no to a cat",
})

DATA.append({
    "label": "ham", "language": "fr",
    "subject": "Rennes Data Meetup – résultat de l'appel à propositions",
    "from": "Rennes Data Meetup <orga@rennes-data-meetup.example>",
    "headers": {},
    "body": """
Bonjour Manon,

Merci d'avoir proposé un talk pour la soirée « Data & mobilité » du 21 janvier !

Nous avons reçu 23 propositions pour 4 créneaux, et nous avons dû faire des choix difficiles. Ta proposition « Prédire la fréquentation des bus rennais avec 3 lignes de pandas » n'a pas été sélectionnée cette fois-ci, principalement parce qu'un sujet très proche (sur le vélo en libre-service) a déjà été retenu.

On a beaucoup aimé le côté concret : est-ce que tu serais partante pour en faire un lightning talk de 5 minutes en fin de soirée ? Sinon, n'hésite surtout pas à la reproposer pour la session de mars.

À bientôt au meetup,
L'équipe d'orga – Nolwenn, Thibault et Aziz
""",
    "note": "meetup talk proposal not selected",
})

# ---------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------

PREFIX = {"de": "h11d", "fr": "h11f"}
FIELDS = ["id", "source", "label", "language", "subject", "from", "headers", "body",
          "company", "job_title", "contact", "note"]


def main():
    rows = list(DATA)
    random.Random(SEED).shuffle(rows)
    counters = {"de": 0, "fr": 0}
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            lang = r["language"]
            counters[lang] += 1
            rec = {
                "id": "%s-%03d" % (PREFIX[lang], counters[lang]),
                "source": SOURCE,
                "label": r["label"],
                "language": lang,
                "subject": r["subject"],
                "from": r["from"],
                "headers": r.get("headers", {}),
                "body": r["body"].strip("\n"),
                "company": r.get("company", ""),
                "job_title": r.get("job_title", ""),
                "contact": r.get("contact", ""),
                "note": r["note"],
            }
            fh.write(json.dumps({k: rec[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s (de=%d, fr=%d)" % (len(rows), OUT, counters["de"], counters["fr"]))


if __name__ == "__main__":
    main()
