"""Compose the project's own written training mail from hand-written parts (MIT, this project).

    python data/recognition/compose.py        # rewrites data/recognition/written_*.jsonl

Every sentence below was written for Debrief, in the way recruiters, hiring managers and
applicant-tracking systems write: greeting, thanks, the decision (or, for look-alikes, the
acknowledgement, invitation or alert), boilerplate, signature. Parts are combined with a fixed
seed so the output is reproducible. Each language is its own file and therefore its own source in
the leave-one-source-out table. Labels: rejection, job_other, other (as in ../shared/corpus).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261123

# ---------------------------------------------------------------------------------------------
# Shared names
# ---------------------------------------------------------------------------------------------
COMPANIES = {
    "en": ["Northstar Labs", "Lumen Health", "Brightwater Analytics", "Keel & Compass",
           "Redwood Payments", "Fieldstone Insurance", "Orbital Freight", "Cobalt Robotics",
           "Harbor Lane Foods", "Quarry Street Media", "Bluefin Software", "Tidewater Energy",
           "Marigold Learning", "Sable Systems", "Pioneer Mutual", "Arcadia Biotech",
           "St. Ives Capital", "Granite Peak Consulting", "Evergreen Retail Group", "Helix Games"],
    "de": ["Kranich Logistik", "Nordwind Software", "Alpenblick Versicherung", "Stadtwerke Lindau",
           "Brückner Maschinenbau", "Sonnenfeld Energie", "Hanse Digital", "Falkenberg Consulting",
           "Lichtblick Medien", "Weserland Pharma", "Graupner Automotive", "Bergmann & Söhne",
           "St. Gallen Analytics", "Rheinklang Audio", "Tannenhof Hotels"],
    "fr": ["Maison Verte", "Atelier Lumière", "Groupe Azur", "Solveo Conseil", "Banque du Léman",
           "Éditions Mistral", "Cap Horizon", "Vignoble & Co", "Néosphère", "Transports Duval",
           "Studio Capucine", "Hexalis"],
    "es": ["Solaria Energía", "Grupo Alcázar", "Lumbre Diseño", "Banco Meridiano",
           "Viajes Estrella", "Tecnologías Orión", "Clínica San Rafael", "Mercado Verde",
           "Construcciones Iberia", "Datamar"],
}
ROLES = {
    "en": ["Senior Backend Engineer", "Data Analyst", "Product Designer", "Marketing Coordinator",
           "Customer Success Manager", "Software Engineering Intern", "Financial Analyst",
           "Site Reliability Engineer", "Project Manager", "UX Researcher",
           "Summer Analyst Internship", "Machine Learning Engineer", "Account Executive",
           "Operations Associate", "Technical Writer", "Graduate Software Developer",
           "HR Business Partner", "Supply Chain Planner", "Staff Frontend Engineer",
           "Research Assistant"],
    "de": ["Werkstudent Controlling", "Backend-Entwickler", "Data Engineer",
           "Projektmanagerin", "Junior Consultant", "Softwareentwickler Java",
           "Praktikum Marketing", "Produktmanager", "DevOps Engineer", "Sachbearbeiter Einkauf",
           "UX Designerin", "Teamleitung Kundenservice", "IT-Administrator"],
    "fr": ["Chef de projet digital", "Développeur Python", "Analyste financier",
           "Stage Marketing", "Chargée de recrutement", "Ingénieur DevOps", "Data Scientist",
           "Responsable commercial", "Alternance Contrôle de gestion", "Designer UX"],
    "es": ["Analista de Datos", "Desarrollador Backend", "Diseñadora UX", "Becario de Marketing",
           "Jefe de Proyecto", "Ingeniero de Software", "Técnico de Soporte", "Contable",
           "Responsable de Ventas", "Prácticas en Finanzas"],
}
PEOPLE = {
    "en": ["Jordan Blake", "Priya Raman", "Marcus Bell", "Hannah Ortiz", "Sam Whitaker",
           "Olivia Chen", "Daniel Kim", "Rachel Adams", "Tom Becker", "Aisha Patel"],
    "de": ["Jonas Hartmann", "Anna Schulz", "Katrin Weber", "Tobias Keller", "Lena Vogel",
           "Michael Braun", "Sabine Krüger", "Felix Neumann"],
    "fr": ["Claire Dubois", "Julien Martin", "Sophie Laurent", "Nicolas Petit", "Camille Moreau",
           "Thomas Garnier"],
    "es": ["Marta Gómez", "Javier Ruiz", "Lucía Fernández", "Carlos Navarro", "Elena Castro",
           "Pablo Ortega"],
}
CANDIDATES = {
    "en": ["Alex", "Sam", "Jamie", "Taylor", "Morgan", "Chris", "Dana"],
    "de": ["Herr Müller", "Frau Schneider", "Herr Yilmaz", "Frau Becker"],
    "de_du": ["Lukas", "Mia", "Jannik", "Sophie"],
    "fr": ["Madame Durand", "Monsieur Bernard", "Madame Lefèvre", "Monsieur Roux"],
    "es": ["Sr. García", "Sra. López", "Andrea", "Diego"],
}
TEAM_NAMES = ["Payments Platform", "Data Platform", "Growth", "Core Infrastructure",
              "Early Careers", "People Operations"]


def slug(name: str) -> str:
    keep = "".join(c for c in name.lower() if c.isalnum() or c == " ")
    keep = (keep.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("é", "e")
            .replace("è", "e").replace("í", "i").replace("ó", "o").replace("á", "a")
            .replace("ñ", "n").replace("ß", "ss"))
    return "".join(keep.split()[:2])


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------
EN_GREET = ["Hi {cand},", "Dear {cand},", "Hello {cand},", "{cand},", "Hi {cand}!",
            "Dear Applicant,",
            "Hello,", "Dear Candidate,"]
EN_THANKS = [
    "Thank you for applying to the {role} position at {company}.",
    "Thanks for your interest in {company} and for taking the time to apply for the {role} role.",
    "We appreciate you applying for {role} and the time you put into your application.",
    "Thank you for taking the time to speak with our team about the {role} opening.",
    "Thanks again for meeting with us last week for the {role} role.",
    "Thank you for your recent application for {role} (Req {req}).",
    "We really appreciated learning more about you during the process for {role}.",
    "Thank you for interviewing with {company} for the {role} position.",
    "It was a pleasure talking with you during the system design session for {role}.",
    "Thank you for completing the recruiter screen for our {role} opening.",
    "Thanks for your patience while we reviewed applications for {role}.",
]
EN_DECISION = [
    "After careful review, we've made the decision to not move forward with your application.",
    "Unfortunately, it isn't a match at this time.",
    "After much consideration we feel we aren't a match for what the team needs right now.",
    "We regret to let you know that you were not selected for this role.",
    "At this point we are not able to pursue your application further.",
    "We will not be pursuing your candidacy for this position.",
    "We have decided to go with a candidate whose experience more closely fits the role.",
    "The team has chosen to proceed with another applicant.",
    "We won't be taking your application to the next stage.",
    "Sadly, we will not be offering you a place on the programme this year.",
    "We've decided not to advance your candidacy to the interview stage.",
    "After reviewing your background, we have concluded that we will not continue with your "
    "application.",
    "We're sorry to tell you that we won't be extending an offer.",
    "Our hiring team has decided to pursue candidates whose qualifications are a closer match.",
    "On this occasion your application has not been successful.",
    "I'm afraid we've decided to move ahead with someone else for this one.",
    "We've decided to close out your application for this opening.",
    "Your application will not be moving forward in our process.",
    "We have selected another candidate for the position.",
    "We will be moving on with other applicants at this time.",
    "Following the final round, the panel decided to offer the role to a different candidate.",
    "It was a really close call, but we've decided not to offer you the position.",
    "We've concluded our search and you have not been selected.",
    "We're unable to offer you a role on the team at this time.",
    "You have not been successful in progressing to the next round.",
    "We are not going to be moving your application forward.",
    "We have decided that your profile is not the right fit for this particular role.",
    "Regrettably, we will not be able to consider you further for this role.",
    "After debriefing with the interview panel, we won't be proceeding to an offer.",
    "We decided to hire an internal candidate for this role.",
    "We received a record number of applications this year and are unable to offer you a place "
    "in the program.",
    "The hiring manager has selected another candidate for this requisition.",
    "We have decided to not move forward with your candidacy at this time.",
    "We don't think this role is the right match for you.",
    "Your application has been reviewed and we will not be moving to the interview stage.",
    "We've reviewed your application and have decided not to proceed.",
    "Our team has decided to continue the process with a smaller group of applicants.",
    "We have made the difficult decision to proceed with candidates who have more direct "
    "experience.",
    "We are going to pass on your application for now.",
    "You weren't selected to continue in the process for this position.",
    "We will not be scheduling further interviews with you.",
    "Unfortunately you did not meet the minimum qualifications for this position.",
    "At this time we have decided to pursue other applicants for this internship.",
    "After the onsite, the team felt the role needs deeper experience than we saw, so we won't be "
    "moving ahead.",
    "We have closed your application for this position.",
]
EN_ROLE_GONE = [
    "The {role} position has now been filled.",
    "We wanted to let you know that the {role} role has been closed.",
    "This requisition has been cancelled, so we are no longer recruiting for the position.",
    "We are no longer interviewing for {role}, as the search has concluded.",
    "The {role} programme has reached capacity and all places for this intake are now taken.",
    "Due to a change in business priorities, the {role} opening has been withdrawn.",
    "We have filled the role and are no longer accepting applications.",
    "The hiring for this position has been put on hold indefinitely and we are closing all "
    "applications.",
    "All of our internship places for this summer have now been allocated.",
    "The vacancy you applied for is no longer available.",
    "The position you applied for has been cancelled due to budget changes.",
    "We have decided not to fill this position at this time.",
    "This internship program is now full, and we are no longer reviewing applications.",
    "The requisition for {role} has been closed and is no longer active.",
]
EN_CUSHION = [
    "We'll keep your resume on file and may reach out if a suitable opportunity comes up.",
    "We encourage you to apply again for future opportunities that match your skills.",
    "You are welcome to join our talent network to hear about future openings.",
    "This was a difficult decision, as we received many strong applications.",
    "We were impressed by your background and appreciate your interest in our team.",
    "Please don't let this discourage you from applying to other roles at {company}.",
    "We wish you every success in your job search.",
    "Best of luck with your search, and thank you again for your time.",
    "Due to the volume of applications we are unable to give individual feedback.",
    "Feel free to check our careers page regularly for new openings.",
    "We would love to stay in touch as new roles open up in the future.",
    "Your profile will remain in our talent pool for twelve months.",
    "We know this isn't the news you were hoping for.",
    "We hope you'll consider {company} again in the future.",
]
EN_SIGN = [
    "Best regards,\n{person}\nTalent Acquisition, {company}",
    "Kind regards,\nThe {company} Recruiting Team",
    "Thanks,\n{person}\nSenior Recruiter | {company}",
    "All the best,\n{person}\nEngineering Manager, {team}\n{company}",
    "Sincerely,\n{company} Talent Team",
    "Warmly,\n{person}",
    "Best,\n{person}\nRecruitment Consultant, Brightpath Talent\non behalf of our client {company}",
    "Cheers,\n{person}\nHead of People",
]
EN_REJ_SUBJ = [
    "Your application to {company}", "{role} - our decision", "Update on your application",
    "Your application for {role}", "{company} | {role}", "Regarding your candidacy",
    "Application status: {role}", "Thank you for your interest in {company}", "{role} at {company}",
    "An update on your {company} application", "Following up on your interviews",
    "{role} (Req {req})", "Your application status has changed",
]

EN_ACK = [
    "We have received your application for {role} and our team will review it shortly.",
    "Thank you for applying! Your application has been submitted successfully.",
    "This email confirms that we received your application. If your experience matches our "
    "needs, a recruiter will contact you.",
    "Due to the high volume of applications, we may not be able to respond to everyone "
    "individually.",
    "If you have not heard from us within four weeks, please assume we will not be taking your "
    "application further.",
    "You can track the status of your application in the candidate portal at any time.",
    "Our recruiting team is currently reviewing all applications and will be in touch about next "
    "steps.",
    "Unfortunately we can't reply to every applicant personally, but we do read every "
    "application.",
]
EN_INVITE = [
    "We'd love to invite you to a 30 minute phone screen with our recruiter next week.",
    "The team was impressed and would like to move you forward to the onsite interview.",
    "Please use the link below to book a time for your technical interview.",
    "Congratulations! You have been selected for the final round of interviews.",
    "We are pleased to offer you the position of {role}; your offer letter is attached.",
    "As a next step, please complete the online coding assessment within five days.",
    "We'd like to schedule a system design session with two of our engineers.",
    "Could you share your availability for a video call on Thursday or Friday?",
    "We have decided to move forward with your application and invite you to meet the team.",
    "You are progressing to the next stage of our process.",
]
EN_ALERT = [
    "12 new jobs match your saved search '{role}' in your area.",
    "Companies are hiring for roles like {role}. See jobs posted in the last 24 hours.",
    "Your weekly job alert: {role} and 8 similar positions.",
    "Recommended for you: {role} at {company}. Apply with one click.",
    "I came across your profile and think you'd be a great fit for an exciting {role} "
    "opportunity with my client.",
]
EN_NEWSLETTER = [
    "In this week's issue: why rejection emails matter, and how to write one that candidates "
    "remember for the right reasons.",
    "Read more: five things recruiters get wrong when telling a candidate 'we have decided to "
    "move forward with other candidates'.",
    "Our columnist looks at the art of the rejection letter: 'Unfortunately, you were not "
    "selected' is not feedback.",
    "Case study: how one startup cut candidate complaints by rewriting its 'position has been "
    "filled' template.",
    "Poll results: 62% of job seekers never hear back after an interview. Here is what to do "
    "about it.",
    "This issue: handling job rejection, salary negotiation tips, and the best remote boards.",
    "Webinar: Rejecting candidates with empathy. Register now, seats are limited.",
]
EN_NEWSLETTER_FOOT = [
    "You are receiving this newsletter because you subscribed at our website. Unsubscribe | "
    "Manage preferences",
    "View this email in your browser. Forward to a friend. Unsubscribe from this list.",
    "Copyright 2026 Hiring Weekly. You can update your preferences or unsubscribe.",
]
EN_OTHER = [
    "Unfortunately the venue is fully booked for that date, so we have decided to go with "
    "another date for the party.",
    "Sorry, we have decided not to move forward with the kitchen renovation quote this year.",
    "Your pull request was closed: we decided not to move forward with this approach.",
    "The committee regrets that your talk was not selected for this year's conference.",
    "We regret to inform you that your flat application was unsuccessful; the landlord chose "
    "another tenant.",
    "Your order has been cancelled and a refund has been issued.",
    "Thanks for the lovely dinner! Let's catch up next week.",
    "The meeting has been moved to Tuesday at 3pm; the room is no longer available on Monday.",
]


# ---------------------------------------------------------------------------------------------
# German (Sie and du)
# ---------------------------------------------------------------------------------------------
DE_GREET_SIE = ["Sehr geehrte/r {cand},", "Guten Tag {cand},", "Sehr geehrte Bewerberin, sehr "
                "geehrter Bewerber,", "Hallo {cand},", "Liebe Bewerberin, lieber Bewerber,"]
DE_GREET_DU = ["Hallo {cand},", "Hi {cand},", "Liebe/r {cand},", "Hey {cand},"]
DE_THANKS_SIE = [
    "vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an {company}.",
    "herzlichen Dank für Ihr Interesse an der Position {role} und die Zeit, die Sie sich für "
    "das Gespräch genommen haben.",
    "wir bedanken uns für Ihre Bewerbung und das Vertrauen, das Sie uns entgegengebracht haben.",
    "nochmals vielen Dank für das angenehme Vorstellungsgespräch in der vergangenen Woche.",
    "vielen Dank für Ihre Geduld während unseres Auswahlverfahrens für die Stelle {role}.",
]
DE_THANKS_DU = [
    "danke dir für deine Bewerbung als {role} bei uns!",
    "vielen Dank, dass du dir die Zeit für das Gespräch mit unserem Team genommen hast.",
    "danke für dein Interesse an {company} und an der Stelle als {role}.",
    "schön, dass du dich bei uns beworben hast.",
]
DE_DECISION_SIE = [
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen können.",
    "Nach sorgfältiger Prüfung haben wir uns entschieden, anderen Bewerber:innen den Vorzug zu "
    "geben.",
    "Wir bedauern, Ihnen keine positive Nachricht geben zu können.",
    "Leider können wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen.",
    "Nach reiflicher Überlegung haben wir uns gegen eine weitere Zusammenarbeit im "
    "Bewerbungsprozess entschieden.",
    "Leider haben wir uns für eine Kandidatin entschieden, deren Profil noch besser zu unseren "
    "Anforderungen passt.",
    "Wir müssen Ihnen heute leider eine Absage erteilen.",
    "Ihr Profil entspricht leider nicht ganz dem, was wir für diese Position suchen.",
    "Wir haben uns daher entschlossen, das Verfahren mit Ihnen nicht fortzusetzen.",
    "Leider sind Sie nicht in die engere Auswahl gekommen.",
    "Aus der Vielzahl der Bewerbungen haben wir eine Auswahl getroffen, die leider nicht auf Sie "
    "gefallen ist.",
    "Leider können wir Ihnen kein Angebot unterbreiten.",
    "Nach dem abschließenden Gespräch haben wir uns leider für einen anderen Bewerber "
    "entschieden.",
    "Wir werden Ihre Bewerbung daher leider nicht weiter verfolgen.",
    "Ihre Unterlagen erhalten Sie mit diesem Schreiben zurück, da wir Ihnen leider keine Zusage "
    "machen können.",
    "Wir haben uns nach intensiver Prüfung leider gegen Ihre Bewerbung entschieden.",
    "Leider müssen wir Ihnen eine Absage erteilen.",
    "Ihre Qualifikationen passen leider nicht optimal zum Anforderungsprofil der Stelle.",
    "Wir können Sie im weiteren Verfahren leider nicht mehr berücksichtigen.",
    "Nach Abschluss der Interviews haben wir uns für eine andere Besetzung entschieden.",
    "Wir haben die Position mit einer Person besetzt, deren Erfahrung näher an unseren "
    "Anforderungen liegt.",
]
DE_DECISION_DU = [
    "Leider müssen wir dir mitteilen, dass wir uns für eine andere Person entschieden haben.",
    "Wir sagen dir heute leider ab, auch wenn uns die Entscheidung nicht leicht gefallen ist.",
    "Leider passt dein Profil aktuell nicht zu dem, was das Team gerade braucht.",
    "Wir haben uns entschieden, mit anderen Kandidat:innen weiterzumachen.",
    "Leider können wir deine Bewerbung nicht weiter berücksichtigen.",
    "Wir haben uns nach langem Überlegen gegen eine Zusammenarbeit entschieden.",
    "Leider hat es dieses Mal nicht gepasst.",
    "Wir werden den Prozess mit dir leider nicht fortsetzen.",
    "Für die nächste Runde haben wir uns leider für andere Bewerber:innen entschieden.",
    "Wir müssen dir leider absagen.",
    "Am Ende haben wir uns für jemand anderen entschieden.",
    "Leider können wir dir keine Zusage geben.",
    "Wir gehen den nächsten Schritt leider nicht mit dir.",
]
DE_ROLE_GONE = [
    "Die Stelle als {role} ist inzwischen bereits besetzt.",
    "Die ausgeschriebene Position wurde zwischenzeitlich intern vergeben.",
    "Die Stelle wird aus organisatorischen Gründen nicht mehr nachbesetzt.",
    "Das Praktikumsprogramm ist für dieses Jahr bereits ausgebucht, alle Plätze sind vergeben.",
    "Wir haben die Ausschreibung zurückgezogen und besetzen die Stelle vorerst nicht.",
]
DE_CUSHION_SIE = [
    "Mit Ihrem Einverständnis nehmen wir Ihr Profil gerne in unseren Talentpool auf.",
    "Bitte sehen Sie diese Entscheidung nicht als Bewertung Ihrer Person.",
    "Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
    "Gerne können Sie sich auch zukünftig auf passende Stellen bei uns bewerben.",
    "Aufgrund der Vielzahl an Bewerbungen ist uns leider kein individuelles Feedback möglich.",
    "Ihre Daten werden gemäß Datenschutz nach sechs Monaten gelöscht.",
    "Die Entscheidung ist uns angesichts vieler qualifizierter Bewerbungen nicht leicht "
    "gefallen.",
]
DE_CUSHION_DU = [
    "Wir wünschen dir ganz viel Erfolg für deine weitere Suche!",
    "Schau gerne regelmäßig auf unserer Karriereseite vorbei.",
    "Wenn du magst, nehmen wir dich in unseren Talentpool auf.",
    "Wir hoffen, dass sich unsere Wege noch einmal kreuzen.",
]
DE_SIGN = [
    "Mit freundlichen Grüßen\n{person}\nPersonalabteilung\n{company} GmbH",
    "Viele Grüße\n{person}\nRecruiting | {company}",
    "Beste Grüße\nDein {company} Recruiting-Team",
    "Freundliche Grüße\nIhr {company} Team",
    "Herzliche Grüße\n{person}\nTalent Acquisition Partnerin\n{company} AG",
]
DE_REJ_SUBJ = ["Ihre Bewerbung als {role}", "Deine Bewerbung bei {company}",
               "Rückmeldung zu Ihrer Bewerbung", "{role} (m/w/d) - Ihre Bewerbung",
               "Absage: {role}", "Ihre Bewerbung bei {company}", "Update zu deiner Bewerbung"]
DE_NEG = [
    "vielen Dank für Ihre Bewerbung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir "
    "melden uns, sobald wir Ihre Bewerbung geprüft haben.",
    "Ihre Bewerbung ist bei uns eingegangen. Aufgrund der hohen Anzahl an Bewerbungen bitten wir "
    "um etwas Geduld.",
    "gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Bitte teilen Sie uns mit, "
    "welche Termine Ihnen passen.",
    "wir freuen uns, dir mitteilen zu können, dass du in die nächste Runde kommst!",
    "wir möchten Ihnen die Stelle als {role} anbieten. Den Vertragsentwurf finden Sie im Anhang.",
    "Leider können wir nicht jede Bewerbung einzeln beantworten; wir melden uns aber bei allen "
    "Kandidat:innen, die in die engere Auswahl kommen.",
    "Neue Stellenangebote für Sie: {role} und 14 weitere passende Jobs in Ihrer Nähe.",
    "danke für deine Bewerbung! Als nächsten Schritt schicken wir dir eine kleine "
    "Programmieraufgabe.",
    "Ihre Bewerbung befindet sich derzeit noch in Prüfung. Wir bitten um Ihr Verständnis.",
    "Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle bereits "
    "anderweitig besetzt.",
]
DE_OTHER = [
    "Leider müssen wir den Termin für die Eigentümerversammlung absagen.",
    "Ihre Bestellung wurde storniert, der Betrag wird Ihnen erstattet.",
    "Hallo zusammen, das Grillfest findet leider nicht statt, es soll regnen.",
    "Leider wurde Ihr Antrag auf Wohngeld nicht bewilligt.",
]

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------
FR_GREET = ["Bonjour {cand},", "Madame, Monsieur,", "Bonjour,", "Cher candidat, chère candidate,"]
FR_THANKS = [
    "Nous vous remercions pour l'intérêt que vous portez à {company} et pour votre candidature au "
    "poste de {role}.",
    "Merci d'avoir postulé à notre offre {role}.",
    "Nous avons bien étudié votre dossier de candidature pour le poste de {role}.",
    "Merci pour le temps que vous nous avez accordé lors de nos entretiens.",
    "Nous faisons suite à votre candidature pour le poste de {role}.",
]
FR_DECISION = [
    "Malheureusement, votre candidature n'a pas été retenue.",
    "Nous sommes au regret de vous informer que nous ne pouvons pas donner suite à votre "
    "candidature.",
    "Après examen attentif, nous avons choisi un autre profil, plus proche de nos besoins "
    "actuels.",
    "Nous avons décidé de ne pas donner suite à votre candidature.",
    "Votre profil ne correspond pas tout à fait aux besoins du poste.",
    "Nous avons retenu une candidature qui correspond davantage aux attentes de l'équipe.",
    "Nous ne sommes malheureusement pas en mesure de vous proposer ce poste.",
    "Nous regrettons de ne pas pouvoir poursuivre le processus avec vous.",
    "Après l'entretien final, notre choix s'est porté sur un autre candidat.",
    "Nous ne pourrons pas aller plus loin avec votre candidature.",
    "Nous avons le regret de vous annoncer que votre profil n'a pas été sélectionné.",
    "Nous ne donnerons pas suite à votre candidature pour ce poste.",
    "Votre candidature n'a malheureusement pas été retenue pour la suite du processus.",
    "Nous avons fait le choix d'un candidat dont l'expérience correspond davantage au poste.",
    "Nous ne sommes pas en mesure de donner une suite favorable à votre demande.",
]
FR_ROLE_GONE = [
    "Le poste de {role} a depuis été pourvu.",
    "Le recrutement pour ce poste a été annulé.",
    "Toutes les places de notre programme de stage sont désormais attribuées.",
    "L'offre a été clôturée et nous ne recrutons plus sur ce poste.",
]
FR_CUSHION = [
    "Nous conservons votre CV dans notre vivier de talents pour de futures opportunités.",
    "Nous vous souhaitons pleine réussite dans vos recherches.",
    "N'hésitez pas à consulter régulièrement nos offres d'emploi.",
    "Ce choix a été difficile compte tenu de la qualité des candidatures reçues.",
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
]
FR_SIGN = ["Cordialement,\n{person}\nChargée de recrutement\n{company}",
           "Bien à vous,\nL'équipe Recrutement {company}",
           "Belle journée,\n{person}\nTalent Acquisition | {company} SAS"]
FR_REJ_SUBJ = ["Votre candidature au poste de {role}", "Réponse à votre candidature",
               "{company} - votre candidature", "Candidature {role}", "Suite à votre candidature"]
FR_NEG = [
    "Nous avons bien reçu votre candidature pour le poste de {role} et nous vous en remercions. "
    "Elle sera étudiée avec attention.",
    "Nous souhaiterions vous rencontrer pour un entretien. Merci de nous indiquer vos "
    "disponibilités.",
    "Nous avons le plaisir de vous proposer le poste de {role}.",
    "Sans réponse de notre part sous trois semaines, veuillez considérer que votre candidature "
    "n'a pas été retenue.",
    "Nouvelles offres pour vous : {role} et 9 autres annonces correspondent à votre alerte.",
    "Votre candidature est en cours d'examen par nos équipes.",
]
FR_OTHER = ["Malheureusement, le restaurant est complet ce soir-là, nous avons choisi une autre "
            "date.", "Votre commande a été annulée et vous serez remboursé sous 5 jours."]

# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------
ES_GREET = ["Hola {cand},", "Estimado/a {cand}:", "Buenos días,", "Estimado candidato:"]
ES_THANKS = [
    "Gracias por tu interés en {company} y por postularte al puesto de {role}.",
    "Le agradecemos el tiempo dedicado a nuestro proceso de selección para {role}.",
    "Hemos revisado con atención tu candidatura para la posición de {role}.",
    "Muchas gracias por participar en las entrevistas con nuestro equipo.",
]
ES_DECISION = [
    "Lamentablemente, en esta ocasión no hemos podido seleccionar tu candidatura.",
    "Tras valorar todos los perfiles, hemos decidido continuar con otro candidato.",
    "Sentimos comunicarte que tu perfil no se ajusta a lo que buscamos en este momento.",
    "Hemos decidido no seguir adelante con tu candidatura.",
    "Después de la entrevista final, nos hemos decantado por otra persona.",
    "Por el momento no vamos a avanzar con tu proceso.",
    "Lamentamos informarle que su candidatura no ha sido seleccionada.",
    "No podremos ofrecerte el puesto en esta ocasión.",
    "Hemos decidido no avanzar con tu candidatura a la siguiente fase.",
    "Tu perfil no ha sido seleccionado para continuar en el proceso.",
    "Finalmente hemos elegido a otro candidato cuyo perfil se ajusta más al puesto.",
    "En esta ocasión no seguiremos adelante con tu solicitud.",
]
ES_ROLE_GONE = ["La vacante de {role} ya ha sido cubierta.",
                "El proceso de selección para este puesto se ha cerrado.",
                "Todas las plazas del programa de prácticas ya están ocupadas."]
ES_CUSHION = ["Guardaremos tu CV en nuestra base de datos para futuras oportunidades.",
              "Te deseamos mucho éxito en tu búsqueda de empleo.",
              "Te animamos a seguir atento a nuestras ofertas.",
              "Ha sido una decisión difícil por el alto nivel de los candidatos."]
ES_SIGN = ["Un saludo,\n{person}\nRecursos Humanos\n{company} S.L.",
           "Atentamente,\nEl equipo de Talento de {company}",
           "Saludos cordiales,\n{person}\nTalent Acquisition | {company}"]
ES_REJ_SUBJ = ["Tu candidatura en {company}", "Proceso de selección {role}",
               "Actualización sobre tu candidatura", "Candidatura {role}"]
ES_NEG = [
    "Hemos recibido tu candidatura para el puesto de {role}. La revisaremos y te contactaremos "
    "si tu perfil encaja.",
    "Nos gustaría invitarte a una entrevista con el equipo. ¿Qué días te vienen bien?",
    "Nos complace ofrecerte el puesto de {role}.",
    "Si no recibes noticias nuestras en un mes, entiende que tu candidatura no ha continuado.",
    "Nuevas ofertas de empleo para ti: {role} y 5 más.",
    "Tu candidatura está en revisión por parte del equipo de selección.",
]
ES_OTHER = ["Lamentablemente hemos tenido que cancelar la reserva del restaurante.",
            "Tu pedido ha sido cancelado y se ha emitido un reembolso."]


ATS_SENDERS = [
    ("{company} <no-reply@us.greenhouse-mail.io>", ()),
    ("{company} Hiring Team <notifications@smartrecruiters.com>", ()),
    ("{company} <{slug}@myworkday.com>", (("List-Unsubscribe", "<mailto:unsub@myworkday.com>"),)),
    ("{company} Recruiting <no-reply@ashbyhq.com>", ()),
    ("{company} <careers@{slug}.example>", ()),
    ("{person} <{first}.{last}@{slug}.example>", ()),
    ("{company} Talent <talent@{slug}.example>",
     (("List-Unsubscribe", "<https://{slug}.example/u>"), ("Precedence", "bulk"))),
]


def pick(rng: random.Random, items: list[str], k: int) -> list[str]:
    return rng.sample(items, min(k, len(items)))


def fill(text: str, ctx: dict[str, str]) -> str:
    return text.format(**ctx)


def context(rng: random.Random, lang: str, du: bool = False) -> dict[str, str]:
    base = "de" if lang == "de" else lang
    company = rng.choice(COMPANIES[base])
    person = rng.choice(PEOPLE[base])
    first, last = (person.lower().split() + [""])[:2]
    return {
        "company": company, "role": rng.choice(ROLES[base]), "person": person,
        "cand": rng.choice(CANDIDATES["de_du" if du else base]),
        "req": str(rng.randint(1000, 99999)),
        "team": rng.choice(TEAM_NAMES), "slug": slug(company),
        "first": first.replace("ü", "ue").replace("ö", "oe"), "last": last,
    }


def labels(ctx: dict[str, str], row: dict) -> dict:
    """Extraction labels of a rejection row (benchmarks/extraction.py): the company and role the
    template put in, and the person's address when the mail comes from one. A field the mail does
    not state is None (not scored), never a guess."""
    text = f"{row['subject']}\n{row['from']}\n{row['body']}"
    person_addr = f"{ctx['first']}.{ctx['last']}@{ctx['slug']}.example"
    return {"company": ctx["company"] if ctx["company"] in text else None,
            "job_title": ctx["role"] if ctx["role"] in text else None,
            "contact": person_addr if person_addr in row["from"] else None}


def labelled(ctx: dict[str, str], row: dict) -> dict:
    """`row` with its extraction labels added after the message fields (which stay unchanged)."""
    return {**row, **labels(ctx, row)}


def sender(rng: random.Random, ctx: dict[str, str]) -> tuple[str, list[list[str]]]:
    fmt, headers = rng.choice(ATS_SENDERS)
    return fill(fmt, ctx), [[k, fill(v, ctx)] for k, v in headers]


def compose(rng: random.Random, parts: dict, ctx: dict[str, str], decision_pool: list[str],
            kind: str) -> str:
    greet = fill(rng.choice(parts["greet"]), ctx)
    body: list[str] = [fill(rng.choice(parts["thanks"]), ctx)]
    cushions = [fill(c, ctx) for c in pick(rng, parts["cushion"], rng.randint(0, 3))]
    decision = fill(rng.choice(decision_pool), ctx)
    # "buried": the decision in the middle of talent-pool boilerplate
    if kind == "buried" or rng.random() < 0.3:
        body += cushions[:1] + [decision] + cushions[1:]
    else:
        body += [decision] + cushions
    para = " ".join(body) if rng.random() < 0.5 else "\n\n".join(body)
    sign = fill(rng.choice(parts["sign"]), ctx)
    return f"{greet}\n\n{para}\n\n{sign}"


def linkedin_notice(rng: random.Random, ctx: dict[str, str], rejection: bool) -> dict:
    if rejection:
        line = rng.choice([
            "Your application was viewed by {company}, but they decided not to move forward.",
            "Unfortunately, {company} has decided not to proceed with your application.",
            "Application status: No longer under consideration",
            "{company} filled this position.",
            "The employer has closed this job and is no longer accepting applications.",
        ])
    else:
        line = rng.choice([
            "Your application was sent to {company}.",
            "Your application was viewed by {company}.",
            "{company} is hiring for 3 roles you might like.",
        ])
    body = (f"{fill(line, ctx)}\n\n{ctx['role']}\n{ctx['company']} · Remote\n\n"
            "View similar jobs\n\nYou are receiving Job Seeker notification emails. Unsubscribe\n"
            "LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085")
    subj = rng.choice(["Your update from {company}", "An update on your application to {company}",
                       "Your application to {role} at {company}"])
    return {"subject": fill(subj, ctx), "from": "LinkedIn <jobs-noreply@linkedin.com>",
            "body": body, "headers": [["List-Unsubscribe", "<https://www.linkedin.com/e/unsub>"]]}


def build_en(rng: random.Random) -> list[dict]:
    parts = {"greet": EN_GREET, "thanks": EN_THANKS, "cushion": EN_CUSHION, "sign": EN_SIGN}
    rows: list[dict] = []
    for i in range(170):
        ctx = context(rng, "en")
        pool = EN_ROLE_GONE if i % 4 == 0 else EN_DECISION
        kind = "buried" if i % 3 == 0 else "plain"
        frm, headers = sender(rng, ctx)
        rows.append(labelled(ctx, {
            "label": "rejection", "subject": fill(rng.choice(EN_REJ_SUBJ), ctx), "from": frm,
            "body": compose(rng, parts, ctx, pool, kind), "headers": headers}))
    for _ in range(15):
        ctx = context(rng, "en")
        rows.append(labelled(ctx, {"label": "rejection", **linkedin_notice(rng, ctx, True)}))
    for i in range(170):
        ctx = context(rng, "en")
        pool = EN_ACK if i % 2 == 0 else EN_INVITE
        frm, headers = sender(rng, ctx)
        body = compose(rng, {**parts, "cushion": EN_CUSHION[:1] + EN_CUSHION[4:5]}, ctx, pool,
                       "plain")
        subj = rng.choice(["Thank you for applying to {company}", "Next steps: {role}",
                           "Application received - {role}", "Interview invitation: {role}",
                           "Your application for {role}"])
        rows.append({"label": "job_other", "subject": fill(subj, ctx), "from": frm, "body": body,
                     "headers": headers})
    for _ in range(40):
        ctx = context(rng, "en")
        rows.append({"label": "job_other", "subject": fill("New jobs for you: {role}", ctx),
                     "from": "Job Alerts <alerts@jobs.example>",
                     "body": fill(rng.choice(EN_ALERT), ctx) + "\n\nUnsubscribe from job alerts.",
                     "headers": [["List-Unsubscribe", "<mailto:u@jobs.example>"],
                                 ["Precedence", "bulk"]]})
    for _ in range(15):
        rows.append({"label": "job_other", **linkedin_notice(rng, context(rng, "en"), False)})
    for _ in range(45):
        arts = pick(rng, EN_NEWSLETTER, 3)
        rows.append({
            "label": "other",
            "subject": rng.choice(["Hiring Weekly #142: the rejection email, revisited",
                                   "The Recruiter Digest", "Career Notes: when they say no",
                                   "This week in talent acquisition"]),
            "from": rng.choice(["Hiring Weekly <newsletter@hiringweekly.example>",
                                "The Recruiter Digest <digest@recruiterdigest.example>",
                                "Career Notes <news@careernotes.example>"]),
            "body": "\n\n".join(arts) + "\n\n" + rng.choice(EN_NEWSLETTER_FOOT),
            "headers": [["List-Unsubscribe", "<mailto:leave@list.example>"],
                        ["List-Id", "<weekly.list.example>"], ["Precedence", "list"]],
        })
    for text in EN_OTHER:
        rows.append({"label": "other", "subject": "Quick update",
                     "from": "Chris <chris@example.org>",
                     "body": f"Hi,\n\n{text}\n\nChris", "headers": []})
    return rows


def build_lang(rng: random.Random, lang: str) -> list[dict]:
    rows: list[dict] = []
    if lang == "de":
        variants = [
            ({"greet": DE_GREET_SIE, "thanks": DE_THANKS_SIE, "cushion": DE_CUSHION_SIE,
              "sign": DE_SIGN}, DE_DECISION_SIE, False),
            ({"greet": DE_GREET_DU, "thanks": DE_THANKS_DU, "cushion": DE_CUSHION_DU,
              "sign": DE_SIGN}, DE_DECISION_DU, True),
        ]
        gone, subjects, negs, others = DE_ROLE_GONE, DE_REJ_SUBJ, DE_NEG, DE_OTHER
        n_rej, n_neg = 110, 70
    elif lang == "fr":
        variants = [({"greet": FR_GREET, "thanks": FR_THANKS, "cushion": FR_CUSHION,
                      "sign": FR_SIGN}, FR_DECISION, False)]
        gone, subjects, negs, others = FR_ROLE_GONE, FR_REJ_SUBJ, FR_NEG, FR_OTHER
        n_rej, n_neg = 70, 45
    else:
        variants = [({"greet": ES_GREET, "thanks": ES_THANKS, "cushion": ES_CUSHION,
                      "sign": ES_SIGN}, ES_DECISION, False)]
        gone, subjects, negs, others = ES_ROLE_GONE, ES_REJ_SUBJ, ES_NEG, ES_OTHER
        n_rej, n_neg = 60, 40
    for i in range(n_rej):
        parts, decisions, du = variants[i % len(variants)]
        ctx = context(rng, lang, du)
        pool = gone if i % 5 == 0 else decisions
        frm, headers = sender(rng, ctx)
        rows.append(labelled(ctx, {
            "label": "rejection", "subject": fill(rng.choice(subjects), ctx), "from": frm,
            "body": compose(rng, parts, ctx, pool, "buried" if i % 3 == 0 else "plain"),
            "headers": headers}))
    for i in range(n_neg):
        parts, _, du = variants[i % len(variants)]
        ctx = context(rng, lang, du)
        frm, headers = sender(rng, ctx)
        body = (f"{fill(rng.choice(parts['greet']), ctx)}\n\n{fill(rng.choice(negs), ctx)}\n\n"
                f"{fill(rng.choice(parts['sign']), ctx)}")
        rows.append({"label": "job_other", "subject": fill(rng.choice(subjects), ctx)
                     .replace("Absage: ", ""), "from": frm, "body": body, "headers": headers})
    for text in others:
        rows.append({"label": "other", "subject": "Info", "from": "Nachbar <n@example.org>",
                     "body": text, "headers": []})
    return rows


def main() -> None:
    rng = random.Random(SEED)
    builders = {"en": lambda: build_en(rng), "de": lambda: build_lang(rng, "de"),
                "fr": lambda: build_lang(rng, "fr"), "es": lambda: build_lang(rng, "es")}
    for lang, build in builders.items():
        rows = build()
        path = HERE / f"written_{lang}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for n, row in enumerate(rows):
                out = {"id": f"written_{lang}_{n:04d}", "source": f"debrief/written_{lang}",
                       "language": lang, **row}
                handle.write(json.dumps(out, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(rows)} rows")


if __name__ == "__main__":
    main()
