#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builder for the inbox8_fr set.

Every message below was written by hand, blind, by the Debrief team (December 2026).
No templates, no slot filling, no generated text: the list is written out in full.
The builder only shuffles the list (seed 83), numbers the rows and writes JSONL.
"""
import json
import os
import random

SEED = 83
PREFIX = "i8f"
SOURCE = "debrief-inbox8 (written by the team, 2026-12)"
LANGUAGE = "fr"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "inbox8_fr.jsonl")

MESSAGES = []

# ---------------------------------------------------------------------------
# Persona A - Karim Benali, développeur full-stack, Paris
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Votre candidature – Développeur Full-Stack JS (H/F) – Nexalis Conseil",
        "from": "Aurélie Mercadier <a.mercadier@nexalis-conseil.example>",
        "headers": {},
        "body": """Bonjour Karim,

Je vous remercie pour le temps que vous nous avez accordé lors de nos échanges du 12 et du 19 novembre.

Malheureusement, nous ne pourrons pas donner suite à votre candidature pour le poste de Développeur Full-Stack JS. Notre client final recherche finalement un profil plus senior sur Angular, avec une expérience significative dans le secteur bancaire.

Nous conservons bien entendu votre CV et ne manquerons pas de revenir vers vous si une mission correspondant davantage à votre parcours se présente.

Je vous souhaite une belle réussite dans vos recherches.

Bien cordialement,

Aurélie Mercadier
Chargée de recrutement IT
Nexalis Conseil – 42 rue de Châteaudun, 75009 Paris
Tél. : 01 70 00 12 34""",
        "company": "Nexalis Conseil",
        "job_title": "Développeur Full-Stack JS",
        "contact": "Aurélie Mercadier",
        "note": "ESN, refus classique après deux entretiens",
    },
    {
        "label": "rejection",
        "subject": "Pistache a répondu à ta candidature",
        "from": "Welcome to the Jungle <notifications@welcometothejungle-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": "<https://www.welcometothejungle.example/fr/me/notifications/unsubscribe?t=a81f0c>",
        },
        "body": """Salut Karim,

Tu as reçu un message de Pistache concernant ta candidature au poste de Fullstack Engineer (React / Node.js).

----------------------------------------
Hello Karim,

Merci d'avoir pris le temps d'échanger avec Inès et Bastien la semaine dernière, on a vraiment apprécié la discussion sur ton side project de covoiturage.

On a pris notre décision pour ce poste et on part sur quelqu'un d'autre, qui avait déjà bossé sur des problématiques de paiement en production. C'était serré, et ça ne remet pas du tout en cause la qualité de ton parcours.

On te souhaite plein de bonnes choses pour la suite, et n'hésite pas à repasser sur notre page carrières d'ici quelques mois.

Julie, Talent @ Pistache
----------------------------------------

Répondre à Pistache : https://app.welcometothejungle.example/fr/me/applications/8Jd2kq

Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle.
Gérer mes notifications : https://www.welcometothejungle.example/fr/me/settings""",
        "company": "Pistache",
        "job_title": "Fullstack Engineer (React / Node.js)",
        "contact": "Julie",
        "note": "startup via job board, tutoiement, on part sur quelqu'un d'autre",
    },
    {
        "label": "rejection",
        "subject": "RE: Lead dev fullstack – scale-up SaaS RH",
        "from": "Maxime Dartois <maxime@talentpulse.example>",
        "headers": {
            "In-Reply-To": "<CAK9x2mP0q7@mail.courriel.example>",
            "References": "<CAK9x2mP0q7@mail.courriel.example>",
        },
        "body": """Hello Karim,

Je reviens vers toi comme promis. J'ai eu le CTO hier soir : pour lui ton profil ne colle pas sur ce poste précis, ils veulent vraiment quelqu'un qui a déjà managé une équipe de 4-5 devs et fait des choix d'archi sur du Kubernetes. Je lui ai poussé ton dossier mais il n'a pas souhaité te rencontrer.

Je garde ton CV sous le coude, j'ai deux boîtes plus early stage qui pourraient te plaire, je te fais signe dès que c'est ouvert.

Bonne soirée,
Maxime

--
Maxime Dartois | Talent Pulse – Recrutement Tech & Produit
06 12 34 56 78 | talentpulse.example

Le mar. 18 nov. 2026 à 09:14, Karim Benali <karim.benali@courriel.example> a écrit :
> Salut Maxime,
> Merci pour l'échange de vendredi. Je te confirme que je suis partant pour que tu me présentes chez eux.
> Tu as eu un retour ?
> Karim""",
        "company": "Talent Pulse",
        "job_title": "Lead dev fullstack",
        "contact": "Maxime Dartois",
        "note": "chasseur de têtes, fil de réponse, ton profil ne colle pas",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature chez Orbiteo",
        "from": "Orbiteo Recrutement <no-reply@greenhouse-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@greenhouse-mail.example"},
        "body": """Bonjour Karim,

Merci pour l'intérêt que vous portez à Orbiteo et pour votre candidature au poste de Software Engineer Full-Stack.

Nous avons reçu un très grand nombre de candidatures pour ce poste. Après examen de votre dossier, nous avons décidé de poursuivre le processus avec des personnes dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe.

Nous vous encourageons à consulter régulièrement notre page carrières : https://orbiteo.example/careers

Bonne continuation,
L'équipe Talent d'Orbiteo

Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.""",
        "company": "Orbiteo",
        "job_title": "Software Engineer Full-Stack",
        "contact": "",
        "note": "notification ATS, refus sans les mots habituels",
    },
    {
        "label": "rejection",
        "subject": "Ta promesse d'embauche – mauvaise nouvelle",
        "from": "Thomas Achard <thomas@kelvindata.example>",
        "headers": {},
        "body": """Karim,

Je préfère t'écrire directement plutôt que de te laisser recevoir un courrier RH impersonnel.

Comme tu le sais, on attendait la clôture de notre série A pour fin novembre. Le lead investor s'est retiré la semaine dernière et on doit réduire la voilure tout de suite : gel total des embauches et départ de deux personnes déjà en poste. Dans ce contexte, je ne peux pas maintenir la promesse d'embauche qu'on t'a envoyée le 3 novembre pour le poste de développeur full-stack. Je suis vraiment désolé, je sais que tu avais commencé à parler de ton départ à ton employeur actuel.

Notre avocate va t'envoyer un courrier formel cette semaine, avec l'indemnité prévue. Si ça peut t'aider, je fais volontiers une reco auprès de boîtes de mon réseau, dis-moi lesquelles t'intéressent.

Encore désolé.
Thomas
CEO & co-fondateur, Kelvin Data""",
        "company": "Kelvin Data",
        "job_title": "développeur full-stack",
        "contact": "Thomas Achard",
        "note": "promesse d'embauche retirée, levée de fonds ratée",
    },
    {
        "label": "rejection",
        "subject": "Candidature Dev Fullstack — non retenue",
        "from": "Léa Vasseur <lea.vasseur@studio-ampere.example>",
        "headers": {},
        "body": """Bonjour Karim,

Tout est dans l'objet, désolée pour la réponse un peu sèche, nous avons reçu plus de 300 CV pour cette annonce.

Bonne continuation,
Léa

Studio Ampère — agence web & mobile
11 bd Voltaire, 75011 Paris""",
        "company": "Studio Ampère",
        "job_title": "Dev Fullstack",
        "contact": "Léa Vasseur",
        "note": "décision dans l'objet seulement",
    },
    {
        "label": "rejection",
        "subject": "Groupe Orvane – Information sur votre candidature (réf. 2026-IT-1187)",
        "from": "Orvane Carrières <carrieres@orvane-groupe.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Bonjour Karim Benali,

Nous vous remercions pour l'intérêt que vous portez au Groupe Orvane.

Chez Orvane, nous sommes convaincus que la diversité des talents fait notre force. C'est pourquoi chaque candidature reçue fait l'objet d'une étude attentive par nos équipes Ressources Humaines et par les managers opérationnels concernés. Présent dans 14 pays, notre Groupe recrute chaque année plus de 1 200 collaborateurs dans les métiers du numérique, de la finance et du conseil.

PROTECTION DE VOS DONNÉES PERSONNELLES
Conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés, les informations recueillies lors de votre candidature sont conservées pendant une durée de deux ans à compter de notre dernier contact, afin de pouvoir vous proposer des opportunités correspondant à votre profil. Vous disposez d'un droit d'accès, de rectification, d'effacement et de portabilité de vos données, que vous pouvez exercer à tout moment en écrivant à dpo@orvane-groupe.example.

VIVIER DE TALENTS
Votre profil a été ajouté à notre vivier de talents. Vous pouvez mettre à jour vos informations et créer des alertes depuis votre espace candidat : https://carrieres.orvane-groupe.example/espace

Concernant le poste de Développeur Full-Stack Java/React (réf. 2026-IT-1187), nous avons le regret de vous informer que nous avons retenu une candidature dont le profil correspond davantage aux attentes du poste.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

La Direction des Ressources Humaines
Groupe Orvane""",
        "company": "Groupe Orvane",
        "job_title": "Développeur Full-Stack Java/React",
        "contact": "",
        "note": "refus enterré sous le texte RGPD et vivier",
    },
    {
        "label": "rejection",
        "subject": "Retour sur ton test technique",
        "from": "Camille Roussel <camille@plume-app.example>",
        "headers": {},
        "body": """Hello Karim,

Merci pour le temps passé sur le test technique (l'app de gestion de bibliothèque). On l'a relu à trois avec Nico et Sarah.

Les points forts : le front est propre, les composants sont bien découpés et ton README est top. Par contre, côté back, on a trouvé l'API assez fragile : pas de validation des entrées, pas de tests sur les routes, et la pagination charge tout en mémoire. Pour ce poste on a besoin de quelqu'un d'autonome sur la partie Node dès le premier jour, donc on ne va pas aller plus loin ensemble cette fois.

Si tu veux en parler 15 min au téléphone pour qu'on te détaille les retours, avec plaisir, dis-moi.

Belle journée,
Camille
Head of Engineering – Plume""",
        "company": "Plume",
        "job_title": "",
        "contact": "Camille Roussel",
        "note": "refus après test technique avec feedback, tutoiement",
    },
    {
        "label": "rejection",
        "subject": "Mise à jour concernant votre candidature – Full-Stack Developer",
        "from": "Trajectoire Santé <no-reply@hire.lever-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Karim,

Nous vous remercions pour votre candidature au poste de Full-Stack Developer chez Trajectoire Santé.

Suite à une révision de nos priorités pour 2027, nous avons pris la décision de geler les recrutements sur l'ensemble de l'équipe Produit & Tech. Le poste auquel vous avez postulé est donc fermé, et nous clôturons l'ensemble des candidatures en cours, dont la vôtre.

Nous savons que ce n'est pas la nouvelle que vous attendiez, d'autant que vous aviez déjà échangé avec notre équipe. Si le poste venait à être rouvert, nous reprendrions contact en priorité avec les personnes rencontrées.

Merci encore pour votre intérêt.
L'équipe Recrutement de Trajectoire Santé""",
        "company": "Trajectoire Santé",
        "job_title": "Full-Stack Developer",
        "contact": "",
        "note": "gel des recrutements, candidature clôturée",
    },
    {
        "label": "rejection",
        "subject": "Re: Échange de mardi",
        "from": "Olivier Brunet <olivier@cargonaut.example>",
        "headers": {"In-Reply-To": "<5F2A91C0-77B1@courriel.example>"},
        "body": """Salut Karim,

Merci pour le call. On a décidé de ne pas avancer avec toi, on se rend compte qu'on a surtout besoin de quelqu'un de très back (Go, infra). Bonne route !

Olivier

Envoyé de mon iPhone

> Le 25 nov. 2026 à 18:02, Karim Benali <karim.benali@courriel.example> a écrit :
>
> Hello Olivier, merci encore pour l'échange de mardi, j'ai hâte d'avoir ton retour. Bonne soirée, Karim""",
        "company": "Cargonaut",
        "job_title": "",
        "contact": "Olivier Brunet",
        "note": "deux lignes du CTO dans un fil, objet neutre",
    },
    {
        "label": "rejection",
        "subject": "Suite de votre processus de recrutement – Sextant IT",
        "from": "Nadia Belkacem <nadia.belkacem@sextant-it.example>",
        "headers": {},
        "body": """Bonjour Monsieur Benali,

Je fais suite à votre entretien final du 27 novembre avec Monsieur Garnier, directeur de l'agence Paris-La Défense.

Nous regrettons de vous informer que nous ne sommes pas en mesure de vous proposer un poste à l'issue de ce processus. Vos compétences techniques ont été jugées solides, en particulier sur React et TypeScript ; en revanche, le poste implique des interventions en régie chez des clients grands comptes avec une forte composante d'encadrement, et l'équipe a estimé que cet aspect n'était pas encore assez développé dans votre parcours.

Nous vous remercions pour la qualité de nos échanges et vous souhaitons une bonne continuation.

Cordialement,

Nadia Belkacem
Talent Acquisition Manager
Sextant IT – Tour Horizon, 52 quai de Dion-Bouton, 92800 Puteaux

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.""",
        "company": "Sextant IT",
        "job_title": "",
        "contact": "Nadia Belkacem",
        "note": "ESN, refus après entretien final avec feedback",
    },
    {
        "label": "job_other",
        "subject": "Aucune nouvelle offre pour ton alerte « Développeur Full-Stack – Paris »",
        "from": "Welcome to the Jungle <alertes@welcometothejungle-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.welcometothejungle.example/fr/alerts/unsubscribe?id=55102>",
        },
        "body": """Hello Karim,

Pas de nouvelle offre cette semaine pour ton alerte « Développeur Full-Stack – Paris – CDI ». Désolés !

En attendant, voici quelques entreprises qui recrutent en ce moment dans la tech :
• Lumen Énergie – 12 offres
• Datacolis – 4 offres
• Maison Bernique – 2 offres

Astuce : élargis ton alerte (télétravail total, Île-de-France) pour recevoir plus de résultats.
https://www.welcometothejungle.example/fr/alerts/55102/edit

Modifier ou supprimer cette alerte : https://www.welcometothejungle.example/fr/alerts""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte emploi vide, mot désolés",
    },
    {
        "label": "job_other",
        "subject": "Opportunité Fullstack TS – fintech – full remote possible",
        "from": "Sonia Rahmani <sonia@hunt-and-co.example>",
        "headers": {},
        "body": """Salut Karim,

Je suis tombée sur ton profil GitHub (sympa, le petit outil de suivi des vélos en libre-service !) et je me permets de te contacter pour un poste de développeur Fullstack TypeScript chez un client fintech, une équipe de 25 personnes basée à Paris 2e.

En deux mots :
- stack : Next.js, NestJS, PostgreSQL, AWS
- CDI, 55–62 k€ selon profil
- full remote possible, un séminaire par trimestre
- process en 3 étapes, décision en 2 semaines max

Tu serais dispo pour un call de 15 minutes cette semaine ? Si ce n'est pas le bon moment, aucun souci, dis-le-moi simplement.

Sonia
Hunt & Co – recrutement tech
07 81 00 45 12""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "approche de chasseuse, tutoiement",
    },
    {
        "label": "job_other",
        "subject": "Décalage de ton entretien de jeudi",
        "from": "Inès Carpentier <ines@mobilico.example>",
        "headers": {},
        "body": """Hello Karim,

Malheureusement, notre CTO a un imprévu jeudi et ne pourra pas être là pour ton entretien technique. On préfère décaler plutôt que de le faire sans lui.

Est-ce que tu serais dispo lundi 8 décembre à 10h ou mardi 9 à 14h ? Même format, 1h en visio, avec un petit exercice de live coding à la fin.

Désolée pour le contretemps !
Inès
People & Talent – Mobilico""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "report d'entretien avec malheureusement",
    },
    {
        "label": "job_other",
        "subject": "Rappel : ton test technique n'est pas encore terminé",
        "from": "CodeSpark Assessments <no-reply@codespark-tests.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Karim,

Tu n'as pas encore terminé le test « Fullstack JS – niveau confirmé » envoyé par Datacolis le 28 novembre.

Il te reste 2 jours pour le compléter. Sans action de ta part avant le 6 décembre à 23h59, le lien expirera et le recruteur sera informé que le test n'a pas été passé.

Durée estimée : 90 minutes, en une seule fois.
Commencer le test : https://app.codespark-tests.example/t/9f3kQ2

Bonne chance !
L'équipe CodeSpark""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "relance de test technique non terminé",
    },
    {
        "label": "job_other",
        "subject": "Accusé de réception – Développeur Full Stack Node/React (F/H)",
        "from": "Recrutement Quarteo <recrutement@quarteo.example>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Bonjour,

Nous accusons bonne réception de votre candidature au poste de Développeur Full Stack Node/React (F/H) et vous remercions de l'intérêt que vous portez à Quarteo.

Nos équipes vont l'étudier avec attention. Si votre profil correspond à nos besoins, un chargé de recrutement prendra contact avec vous dans les 15 jours.

Sans réponse de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
Le service Recrutement
Quarteo – Conseil & Services numériques""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "accusé de réception avec clause de non-réponse",
    },
    {
        "label": "job_other",
        "subject": "Re: Candidature développeur full-stack",
        "from": "Hugo Lemaire <hugo.lemaire@atelier-kraft.example>",
        "headers": {"In-Reply-To": "<a7c1e2f0@courriel.example>"},
        "body": """Bonjour Karim,

Merci pour votre message. Malheureusement nous n'arrivons pas à ouvrir votre CV : le lien Google Drive nous demande une autorisation d'accès.

Pourriez-vous nous le renvoyer en PDF, directement en pièce jointe ? On le regarde dès réception, le poste est toujours ouvert.

Hugo Lemaire
CTO – Atelier Kraft

Le 1 déc. 2026 à 21:47, Karim Benali a écrit :
> Bonjour,
> Je vous adresse ma candidature pour le poste de développeur full-stack vu sur votre site.
> Vous trouverez mon CV ici : https://drive.example/file/d/1xK...
> Bien cordialement,
> Karim Benali""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "pièce jointe illisible, malheureusement, pas un refus",
    },
    {
        "label": "job_other",
        "subject": "Proposition d'embauche – Développeur Full-Stack",
        "from": "Margaux Février <margaux@lumen-energie.example>",
        "headers": {},
        "body": """Hello Karim,

Toute l'équipe a été emballée par ton entretien final, on a donc le plaisir de te faire une proposition !

On ne peut pas tout à fait s'aligner sur les 60 k€ que tu avais évoqués, mais voici ce qu'on te propose :
- CDI, Développeur Full-Stack, statut cadre
- 56 k€ brut annuel fixe + BSPCE (détails dans le PDF)
- 2 jours de télétravail par semaine, bureaux à Paris 10e
- mutuelle prise en charge à 100 %, Navigo remboursé à 50 %
- démarrage idéalement le 2 février 2027

Tu trouveras la promesse d'embauche en pièce jointe. On aimerait avoir ta réponse d'ici vendredi 12 décembre ; si tu veux en discuter avant, je suis dispo quand tu veux.

À très vite j'espère,
Margaux
Head of People – Lumen Énergie""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "offre d'emploi avec 'on ne peut pas s'aligner'",
    },
    {
        "label": "job_other",
        "subject": "Re: Retrait de ma candidature",
        "from": "Paul Verdier <paul.verdier@datacolis.example>",
        "headers": {"In-Reply-To": "<b9e4d0aa-3c1f@courriel.example>"},
        "body": """Bonjour Karim,

C'est bien noté, je retire ta candidature du processus et j'annule l'entretien de vendredi. Dommage, on avait un bon feeling avec toi !

Félicitations pour ton nouveau poste, et si jamais ça ne se passe pas comme prévu, la porte reste ouverte.

Paul

> Le 3 déc. 2026, Karim Benali <karim.benali@courriel.example> a écrit :
> Bonjour Paul,
> Je préfère vous prévenir : j'ai accepté une autre offre et je souhaite donc retirer ma candidature.
> Merci pour votre temps et désolé pour le test que je n'ai pas terminé.
> Karim""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "retrait du candidat confirmé",
    },
    {
        "label": "job_other",
        "subject": "Re: Point sur ma candidature – Dev Fullstack",
        "from": "Chloé Andrieux <chloe.andrieux@mutuelle-horizon.example>",
        "headers": {"In-Reply-To": "<CAH77zz1@mail.courriel.example>"},
        "body": """Bonjour Karim,

Désolée pour le silence de ces derniers jours. Aucune décision n'a été prise pour le moment : nous avons encore deux entretiens à mener cette semaine et le manager souhaite voir tous les candidats avant de trancher.

Vous aurez un retour, positif ou non, au plus tard le 15 décembre.

Bien à vous,
Chloé Andrieux
Chargée de recrutement – Mutuelle Horizon

> Bonjour Madame Andrieux,
> Je me permets de revenir vers vous suite à notre entretien du 20 novembre. Avez-vous des nouvelles ?
> Cordialement, Karim Benali""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "statut toujours en cours, pas de décision",
    },
    {
        "label": "job_other",
        "subject": "Invitation : entretien avec l'équipe tech – Cléo Santé",
        "from": "Élodie Marchand <elodie.marchand@cleo-sante.example>",
        "headers": {},
        "body": """Bonjour Karim,

Suite à votre échange avec Antoine, nous avons le plaisir de vous inviter à la deuxième étape du processus : un entretien avec deux développeurs de l'équipe.

Date : mercredi 10 décembre 2026, 15h00 – 16h15
Lieu : visio, lien Google Meet : https://meet.example/cle-osan-teq
Déroulé : 30 min de discussion sur vos projets, 40 min de revue de code sur une PR réelle (anonymisée), 5 min de questions.

Merci de me confirmer votre présence en répondant à ce mail.

Bien cordialement,
Élodie Marchand
Talent Acquisition – Cléo Santé""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "invitation à un entretien",
    },
    {
        "label": "ham",
        "subject": "bon bah c'est mort pour Voltigo",
        "from": "Yanis K. <yanis.k@courriel.example>",
        "headers": {},
        "body": """Wesh Karim,

J'ai eu la réponse de Voltigo ce matin, c'est non. Ils m'ont dit que j'avais pas assez d'expérience en data engineering et qu'ils partaient sur quelqu'un de plus senior. Après 5 entretiens franchement ça pique.

On se fait une bière jeudi pour que je râle un peu ? Le bar en bas de chez Mehdi, 19h30.

Et toi t'en es où avec tes process ?

Y.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "ami qui raconte son propre refus",
    },
    {
        "label": "ham",
        "subject": "Votre dossier de location – 14 rue des Vinaigriers, 75010",
        "from": "Agence Canal Immobilier <location@canal-immo.example>",
        "headers": {},
        "body": """Bonjour Monsieur Benali,

Nous vous remercions pour l'intérêt porté au 2 pièces situé 14 rue des Vinaigriers et pour la constitution de votre dossier.

Le propriétaire a étudié l'ensemble des dossiers reçus et a retenu une autre candidature. Nous ne sommes donc pas en mesure de donner une suite favorable à votre demande pour ce logement.

N'hésitez pas à consulter nos autres annonces sur canal-immo.example, plusieurs biens du 10e et du 11e arrondissement sont disponibles en janvier.

Cordialement,
Service Location
Agence Canal Immobilier""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "refus de dossier de location",
    },
    {
        "label": "ham",
        "subject": "La Gazette du Dev #112 — Pourquoi personne ne répond à vos candidatures",
        "from": "La Gazette du Dev <newsletter@gazettedudev.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<mailto:unsubscribe@gazettedudev.example?subject=stop>",
        },
        "body": """LA GAZETTE DU DEV — n°112 — 4 décembre 2026

À LA UNE
« Nous avons le regret de vous informer… » : on a analysé 400 mails de refus reçus par nos lecteurs. Verdict : 62 % ne donnent aucune raison, 18 % arrivent plus de deux mois après la candidature, et un sur dix est envoyé… par erreur. Nos conseils pour ne pas prendre ça personnellement.
→ Lire l'article : https://gazettedudev.example/112/mails-de-refus

AUSSI CETTE SEMAINE
• Node 24 : ce qui change vraiment pour vos API
• Bun en production, retour d'expérience de trois équipes
• Le meetup Paris.TS de décembre est annulé, rendez-vous en janvier

Vous recevez cette lettre car vous êtes abonné à La Gazette du Dev.
Se désabonner : https://gazettedudev.example/unsubscribe""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "newsletter tech avec article sur les mails de refus",
    },
    {
        "label": "ham",
        "subject": "Dimanche",
        "from": "Maman <f.benali@orange-courriel.example>",
        "headers": {},
        "body": """Coucou mon chéri,

Tu viens toujours dimanche midi ? Ta sœur vient avec les petits. Je fais un couscous, apporte juste le pain.

Ton père demande si tu peux regarder l'imprimante, elle ne veut plus imprimer depuis la mise à jour de l'ordinateur.

Gros bisous
Maman""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "famille",
    },
]

# ---------------------------------------------------------------------------
# Persona B - Sandrine Orsoni, chargée de recrutement en recherche d'emploi, Marseille
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Votre candidature – Chargé(e) de recrutement – Cabinet Calanques RH",
        "from": "Delphine Audibert <d.audibert@calanques-rh.example>",
        "headers": {},
        "body": """Madame,

Nous avons bien reçu votre candidature au poste de Chargé(e) de recrutement et vous remercions de l'intérêt que vous portez à notre cabinet.

Malheureusement, nous ne pouvons pas donner une suite favorable à votre demande, notre choix s'étant porté sur une candidate justifiant d'une expérience plus importante dans le recrutement de profils cadres et dirigeants.

Nous vous souhaitons pleine réussite dans vos démarches.

Cordialement,

Delphine Audibert
Associée – Cabinet Calanques RH
27 rue Paradis – 13001 Marseille""",
        "company": "Cabinet Calanques RH",
        "job_title": "Chargé(e) de recrutement",
        "contact": "Delphine Audibert",
        "note": "cabinet RH, refus formel court",
    },
    {
        "label": "rejection",
        "subject": "Mission Chargée de recrutement – Aubagne",
        "from": "Kevin Santoni <kevin.santoni@interim-sudtalents.example>",
        "headers": {},
        "body": """Bonjour Sandrine,

Je viens d'avoir le client au téléphone : il annule la mission, la personne en arrêt reprend plus tôt que prévu. Le poste n'est donc plus à pourvoir et je suis obligé de clore ta candidature sur ce besoin.

Je sais que tu comptais dessus, vraiment navré. Je reste sur le coup pour t'en trouver une autre, j'ai un besoin qui pourrait s'ouvrir chez un transporteur à Vitrolles en janvier.

Kevin Santoni
Chargé d'affaires – Sud Talents Intérim
Agence Marseille Prado – 04 91 00 22 10""",
        "company": "Sud Talents Intérim",
        "job_title": "Chargée de recrutement",
        "contact": "Kevin Santoni",
        "note": "intérim, mission annulée par le client",
    },
    {
        "label": "rejection",
        "subject": "Poste de Chargée de recrutement – suspension du recrutement",
        "from": "Laurence Giraud <l.giraud@portimmo-groupe.example>",
        "headers": {},
        "body": """Bonjour Madame Orsoni,

Je vous remercie pour votre participation aux deux entretiens du mois de novembre.

Je dois vous informer que la direction générale a décidé de suspendre le recrutement du poste de Chargée de recrutement, dans le cadre d'une réorganisation du service RH prévue au premier semestre 2027. Le processus est donc interrompu et nous clôturons les candidatures en cours, y compris la vôtre.

Si le poste devait être rouvert dans les mêmes conditions, je ne manquerais pas de vous recontacter directement.

Avec mes sincères salutations,

Laurence Giraud
Responsable Ressources Humaines
Portimmo Groupe – Marseille Euroméditerranée""",
        "company": "Portimmo Groupe",
        "job_title": "Chargée de recrutement",
        "contact": "Laurence Giraud",
        "note": "recrutement suspendu, candidature clôturée",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature chez Logisud : non retenue",
        "from": "HelloWork <candidatures@hellowork-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": "<https://www.hellowork.example/fr-fr/compte/notifications/desinscription?c=77d1>",
        },
        "body": """Bonjour Sandrine,

L'entreprise Logisud a mis à jour le statut de votre candidature.

Poste : Chargé de recrutement H/F – CDI – Marseille 13e
Date de candidature : 14/11/2026
Statut : Non retenue

Ne vous découragez pas : 37 nouvelles offres de Chargé de recrutement vous attendent autour de Marseille.
Voir les offres : https://www.hellowork.example/fr-fr/emploi/recherche.html?k=charge+de+recrutement&l=Marseille

À bientôt sur HelloWork !

Vous recevez cet e-mail car vous avez postulé via HelloWork. Gérer mes notifications : https://www.hellowork.example/fr-fr/compte""",
        "company": "Logisud",
        "job_title": "Chargé de recrutement H/F",
        "contact": "",
        "note": "notification job board, statut non retenue",
    },
    {
        "label": "rejection",
        "subject": "RE: Relance candidature – Chargée de recrutement / Assistante RH",
        "from": "Pascale Romero <pascale.romero@provencia-sante.example>",
        "headers": {"In-Reply-To": "<000a01db4e2f$7a1c@messagerie.example>"},
        "body": """Bonjour Sandrine,

Oui pardon, j'aurais dû vous répondre plus tôt. Nous avons finalement confié le poste à une collaboratrice du service paie qui souhaitait évoluer vers le recrutement. Le recrutement externe est donc clos.

Je vous souhaite de trouver rapidement, votre parcours est intéressant.

Pascale Romero
RRH – Clinique Provencia

-----Message d'origine-----
De : Sandrine Orsoni <sandrine.orsoni@messagerie.example>
Envoyé : mardi 2 décembre 2026 09:12
À : Pascale Romero
Objet : Relance candidature – Chargée de recrutement / Assistante RH

Bonjour Madame Romero,

Je me permets de revenir vers vous concernant ma candidature du 28 octobre au poste de Chargée de recrutement / Assistante RH. Je reste très motivée par ce poste et disponible pour un échange.

Bien cordialement,
Sandrine Orsoni""",
        "company": "Clinique Provencia",
        "job_title": "Chargée de recrutement / Assistante RH",
        "contact": "Pascale Romero",
        "note": "réponse à une relance, poste pourvu en interne",
    },
    {
        "label": "rejection",
        "subject": "Retour suite à nos entretiens",
        "from": "Grégory Lanfranchi <g.lanfranchi@meditalents.example>",
        "headers": {},
        "body": """Bonjour Sandrine,

Je vous remercie sincèrement pour votre implication tout au long du processus : l'entretien avec moi, la mise en situation (le brief avec notre faux client) et la rencontre avec l'équipe du pôle santé.

Je tenais à vous faire un retour complet. Vous avez été très à l'aise sur la partie sourcing et l'équipe a apprécié votre connaissance du bassin d'emploi marseillais. En revanche, le poste comporte une part importante de développement commercial (prospection de nouveaux clients, négociation des honoraires), et sur la mise en situation vous êtes restée assez en retrait sur ces aspects.

Nous avons donc fait le choix d'un autre profil, issu d'un cabinet concurrent et déjà habitué à la relation client.

Ce n'est évidemment pas une remise en cause de vos compétences en recrutement. Si vous le souhaitez, je serais ravi d'en parler de vive voix.

Bien à vous,

Grégory Lanfranchi
Directeur associé
MédiTalents – Recrutement santé & médico-social
12 boulevard Longchamp, 13001 Marseille""",
        "company": "MédiTalents",
        "job_title": "",
        "contact": "Grégory Lanfranchi",
        "note": "refus après processus complet avec feedback détaillé",
    },
    {
        "label": "rejection",
        "subject": "Re: Candidature spontanée",
        "from": "Transports Phocée – Accueil <accueil@transports-phocee.example>",
        "headers": {"In-Reply-To": "<3b8e2c1d@messagerie.example>"},
        "body": """Bonjour,

Le poste a été pourvu.

Cordialement,
L'accueil

-----Message d'origine-----
De : Sandrine Orsoni
Envoyé : lundi 17 novembre 2026 10:42
À : accueil@transports-phocee.example
Objet : Candidature spontanée

Madame, Monsieur,

Ayant appris que vous recherchiez un(e) chargé(e) de recrutement pour accompagner l'ouverture de votre nouvelle plateforme de Fos-sur-Mer, je me permets de vous adresser ma candidature.

Vous trouverez mon CV en pièce jointe.

Sandrine Orsoni""",
        "company": "Transports Phocée",
        "job_title": "chargé(e) de recrutement",
        "contact": "",
        "note": "réponse d'une ligne, poste pourvu",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature – Talent Acquisition Specialist (R-0048213)",
        "from": "Massalia Shipping Careers <massaliashipping@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Chère Sandrine,

Merci d'avoir postulé au poste de Talent Acquisition Specialist (R-0048213) au sein de Massalia Shipping.

Nous avons examiné votre candidature avec attention. Nous regrettons de vous informer que nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond plus précisément aux exigences du poste, notamment le recrutement international en anglais.

Nous vous invitons à créer une alerte emploi sur notre site afin d'être informée de nos futures opportunités.

Cordialement,
L'équipe Talent Acquisition
Massalia Shipping

Vos données personnelles sont traitées conformément à notre politique de confidentialité candidats, consultable sur massalia-shipping.example/privacy. Elles seront conservées 24 mois puis supprimées, sauf demande contraire de votre part.

This is an automated message, please do not reply.""",
        "company": "Massalia Shipping",
        "job_title": "Talent Acquisition Specialist",
        "contact": "",
        "note": "Workday grand groupe, refus avec regret",
    },
    {
        "label": "rejection",
        "subject": "Ton dossier pour le poste chez mon client",
        "from": "Jessica Pons <jessica@pons-recrutement.example>",
        "headers": {},
        "body": """Coucou Sandrine,

Je t'avais promis un retour honnête, donc voilà : j'ai présenté ton CV au DRH de mon client (la boîte de cybersécurité à Aix), et pour lui ton profil ne colle pas. Il veut quelqu'un qui a fait exclusivement du recrutement tech, avec un réseau de devs déjà constitué. J'ai insisté sur ton expérience en volume mais il ne veut pas te rencontrer.

Je suis dégoûtée pour toi, vraiment.

On déjeune quand tu veux la semaine prochaine ? Je te présenterai Marion, qui monte son cabinet et va chercher quelqu'un début 2027.

Bises,
Jess

Jessica Pons – Pons Recrutement
06 22 18 40 93""",
        "company": "Pons Recrutement",
        "job_title": "",
        "contact": "Jessica Pons",
        "note": "ex-collègue en cabinet, tutoiement, ton profil ne colle pas",
    },
    {
        "label": "rejection",
        "subject": "Promesse d'embauche du 6 novembre 2026",
        "from": "Service RH – Azur Aéro Maintenance <rh@azuraero.example>",
        "headers": {},
        "body": """Madame Sandrine Orsoni
18 traverse des Bonnets
13007 Marseille

Marignane, le 1er décembre 2026

Objet : promesse d'embauche du 6 novembre 2026 – poste de Chargée de recrutement (CDI)

Madame,

Par courrier du 6 novembre 2026, nous vous avons adressé une promesse d'embauche pour le poste de Chargée de recrutement en CDI, avec une prise de poste prévue au 5 janvier 2027.

En raison de la perte d'un contrat de maintenance majeur, la direction a décidé d'un gel immédiat de l'ensemble des recrutements sur le site de Marignane. Nous sommes donc contraints de revenir sur cette promesse.

Conformément aux dispositions légales, nous vous proposons une indemnisation dont les modalités vous seront présentées lors d'un entretien avec la DRH. Nous mesurons pleinement les conséquences de cette décision pour vous et vous prions de nous en excuser.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Fabienne Coste
Directrice des Ressources Humaines
Azur Aéro Maintenance""",
        "company": "Azur Aéro Maintenance",
        "job_title": "Chargée de recrutement",
        "contact": "Fabienne Coste",
        "note": "promesse d'embauche retirée, gel des recrutements",
    },
    {
        "label": "rejection",
        "subject": "Merci pour votre candidature",
        "from": "Intermaris Recrutement <ne-pas-repondre@intermaris.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Bonjour Sandrine,

Merci de l'intérêt que vous portez au réseau Intermaris !

Avec plus de 60 agences en région Sud et en Occitanie, Intermaris accompagne chaque année près de 15 000 intérimaires et salariés permanents dans leur parcours professionnel. Nos équipes sont composées de femmes et d'hommes passionnés par la relation humaine, et nous recrutons régulièrement pour nos propres agences.

Votre candidature a été enregistrée dans notre base de talents. Elle pourra être consultée par l'ensemble de nos agences pendant une durée de 24 mois, conformément au RGPD. Vous pouvez à tout moment demander la modification ou la suppression de vos données en écrivant à donnees-personnelles@intermaris.example.

Pensez à mettre à jour votre profil et vos disponibilités depuis votre espace personnel : https://espace.intermaris.example

En ce qui concerne le poste de Chargée de recrutement en agence (Marseille Joliette), nous ne donnerons pas suite à votre candidature.

À bientôt,
L'équipe Recrutement Interne Intermaris""",
        "company": "Intermaris",
        "job_title": "Chargée de recrutement en agence",
        "contact": "",
        "note": "refus en fin de long texte vivier/RGPD",
    },
    {
        "label": "job_other",
        "subject": "Votre inscription – documents manquants",
        "from": "Agence Prado Intérim <marseille.prado@pradointerim.example>",
        "headers": {},
        "body": """Bonjour Madame Orsoni,

Merci d'être passée à l'agence jeudi. Votre dossier d'inscription est malheureusement incomplet : il nous manque encore

- une copie recto verso de votre pièce d'identité
- votre attestation de carte Vitale
- un RIB à votre nom

Sans ces documents, nous ne pouvons pas vous positionner sur nos missions ni établir de contrat. Vous pouvez les envoyer en réponse à ce mail ou les déposer à l'agence, 212 avenue du Prado.

Bonne journée,
Océane
Agence Prado Intérim – Marseille 8e""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "intérim, dossier incomplet",
    },
    {
        "label": "job_other",
        "subject": "Invitation à un entretien – Consultante en recrutement",
        "from": "Marion Lacroix <marion@lacroix-talents.example>",
        "headers": {},
        "body": """Bonjour Sandrine,

Votre candidature a retenu toute mon attention et j'aimerais vous rencontrer pour échanger sur le poste de Consultante en recrutement.

Je vous propose le jeudi 11 décembre à 9h30, dans nos locaux : 45 rue Sainte, 13001 Marseille (2e étage, interphone « Lacroix Talents »). Comptez environ 1h15. Je vous demanderai de présenter en 10 minutes un recrutement dont vous êtes particulièrement fière.

Si ce créneau ne vous convient pas, proposez-moi deux autres dates.

À bientôt,
Marion Lacroix
Fondatrice – Lacroix Talents""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "invitation à un entretien",
    },
    {
        "label": "job_other",
        "subject": "Changement de salle – entretien du 10 décembre",
        "from": "Accueil RH Méditerranée Habitat <rh@medhabitat.example>",
        "headers": {},
        "body": """Madame,

Nous avons le regret de vous informer que la salle initialement prévue pour votre entretien du mercredi 10 décembre n'est pas disponible en raison de travaux.

Votre entretien est maintenu à la même heure (14h00), au 3e étage du bâtiment B, salle Frioul. Merci de vous présenter à l'accueil principal dix minutes avant, muni d'une pièce d'identité.

Nous vous prions de nous excuser pour ce changement.

Le service Ressources Humaines
Méditerranée Habitat""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "changement de salle, 'nous avons le regret', pas un refus",
    },
    {
        "label": "job_other",
        "subject": "12 nouveaux emplois : chargé de recrutement, Marseille (13)",
        "from": "Indeed <alert@indeed-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://fr.indeed.example/alert/unsubscribe?id=4aa91>",
        },
        "body": """Chargé de recrutement – Marseille (13)
12 nouveaux emplois correspondant à votre recherche

Chargé de recrutement H/F
Groupe Hestia Services – Marseille 2e
CDI · 32 000 € – 36 000 € par an
Postulez facilement

Consultant(e) recrutement intérim
Adequa Sud – Aix-en-Provence
CDI · Nouveau

Assistant(e) RH / recrutement
Clinique du Vallon – Marseille 9e
CDD 6 mois

Talent Acquisition Partner
Solenza Energie – Marseille 3e
CDI · Hybride

Voir les 8 autres offres : https://fr.indeed.example/jobs?q=charg%C3%A9+de+recrutement&l=Marseille

Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner : https://fr.indeed.example/alert/unsubscribe?id=4aa91""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte emploi",
    },
    {
        "label": "job_other",
        "subject": "Prise de références",
        "from": "Grégoire Vial <g.vial@neptune-rh.example>",
        "headers": {},
        "body": """Bonjour Sandrine,

Comme convenu lors de notre dernier entretien, nous passons à l'étape de la prise de références.

Pourriez-vous me transmettre les coordonnées (nom, fonction, téléphone) de deux personnes avec lesquelles vous avez travaillé ces trois dernières années, idéalement un ancien manager et un client interne ? Je les contacterai d'ici la fin de semaine, avec votre accord bien sûr.

Merci par avance,

Grégoire Vial
Responsable du développement RH – Neptune RH""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "demande de références",
    },
    {
        "label": "job_other",
        "subject": "Poste de TA en interne chez un acteur du retail – tu es à l'écoute ?",
        "from": "Thomas Ferracci <thomas.ferracci@ferracci-search.example>",
        "headers": {},
        "body": """Hello Sandrine,

On s'était croisés au salon RH de la Villa Méditerranée l'an dernier. Je me permets de te tutoyer, on est du même métier !

Je travaille sur un poste de Talent Acquisition en interne pour un réseau de magasins de sport (siège à Aubagne) : recrutement des directeurs de magasin et des fonctions siège, CDI, autour de 40 k€ + variable.

Je ne sais pas si tu es à l'écoute en ce moment, mais ton profil m'est tout de suite venu en tête. On s'appelle 10 minutes ?

Thomas Ferracci
Ferracci Search – 06 45 12 98 30""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "approche de chasseur, tutoiement",
    },
    {
        "label": "job_other",
        "subject": "Votre candidature – point d'étape",
        "from": "Nathalie Brémond <n.bremond@cma-sudest.example>",
        "headers": {},
        "body": """Madame,

Je me permets de vous écrire pour faire un point sur votre candidature au poste de Chargée de recrutement – alternance et apprentissage.

Nous ne sommes pas encore en mesure de vous apporter une réponse définitive : la commission de recrutement ne se réunit que le 16 décembre, en raison des congés de plusieurs de ses membres. Votre candidature reste bien à l'étude et fait partie des quatre dossiers présentés.

Je reviendrai vers vous dès la décision connue.

Cordialement,
Nathalie Brémond
Service RH – Chambre des Métiers Sud-Est""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "statut en cours, pas encore de décision",
    },
    {
        "label": "job_other",
        "subject": "Re: Votre proposition – Chargée de recrutement",
        "from": "Franck Albertini <f.albertini@logimed.example>",
        "headers": {"In-Reply-To": "<f01c77e2$22a0@messagerie.example>"},
        "body": """Bonjour Sandrine,

Je regrette votre décision, mais je la comprends parfaitement : l'écart de salaire et le trajet jusqu'à Rousset pesaient lourd. Nous aurions aimé vous compter parmi nous.

Je clos donc le dossier de mon côté. Si votre situation évolue dans les prochains mois, n'hésitez pas à me recontacter directement.

Très bonne continuation,
Franck Albertini
DRH – Logimed

> Bonjour Monsieur Albertini,
> Après mûre réflexion, je ne vais pas donner suite à votre proposition pour le poste de Chargée de recrutement. J'ai reçu une autre offre plus proche de mon domicile.
> Je vous remercie sincèrement pour la confiance que vous m'avez accordée.
> Sandrine Orsoni""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "offre déclinée par la candidate, accusé de l'employeur",
    },
    {
        "label": "job_other",
        "subject": "Mission 3 mois – assistante recrutement – Vitrolles",
        "from": "Kevin Santoni <kevin.santoni@interim-sudtalents.example>",
        "headers": {},
        "body": """Re-bonjour Sandrine,

Comme promis, voilà le besoin dont je te parlais :

- Client : transporteur régional, plateforme de Vitrolles
- Poste : assistante recrutement (recrutement de chauffeurs PL et de préparateurs de commandes)
- Mission de 3 mois renouvelable, démarrage le 12 janvier
- 35h, du lundi au vendredi, 15,80 €/h + IFM + ICP
- parking sur place

Si ça t'intéresse je te positionne dès aujourd'hui, le client veut voir deux profils avant vendredi.

Kevin
Sud Talents Intérim – Marseille Prado""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "proposition de mission d'intérim",
    },
    {
        "label": "job_other",
        "subject": "Relance : questionnaire de personnalité non complété",
        "from": "Profilia <no-reply@profilia-assess.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Sandrine,

Vous n'avez pas encore complété le questionnaire de personnalité demandé par Lacroix Talents dans le cadre de votre candidature.

Le questionnaire prend environ 20 minutes et ne comporte ni bonnes ni mauvaises réponses.

Attention : le lien expire le 9 décembre à minuit. Passé ce délai, vous ne pourrez plus y accéder sans en refaire la demande auprès du recruteur.

Commencer le questionnaire : https://app.profilia-assess.example/q/SO-7741

L'équipe Profilia""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "relance questionnaire non complété",
    },
    {
        "label": "ham",
        "subject": "Appart de la Plaine : refusé 😩",
        "from": "Émilie Orsoni <emilie.orsoni@messagerie.example>",
        "headers": {},
        "body": """Sandrine,

L'agence m'a rappelée tout à l'heure : ils ont pris un autre dossier pour l'appart de la Plaine. Soi-disant qu'un couple en CDI les deux c'est plus rassurant... Je suis dégoûtée, il était parfait, avec la terrasse et tout.

Bref je repars sur les annonces ce soir. Si tu vois passer un T2 vers Cours Julien ou Notre-Dame-du-Mont, envoie !

Bisous, et courage pour tes entretiens cette semaine
Émilie""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "sœur, refus de logement",
    },
    {
        "label": "ham",
        "subject": "Votre demande de remboursement n° 2026-118734",
        "from": "Mutuelle Calanques Santé <ne-pas-repondre@mcs-mutuelle.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame ORSONI Sandrine,

Nous avons étudié votre demande de remboursement n° 2026-118734 concernant 3 séances d'ostéopathie (facture du 21/10/2026).

Votre contrat Sérénité 2 prévoit la prise en charge de 4 séances par année civile, qui ont déjà été remboursées. Nous ne pouvons donc pas donner une suite favorable à cette demande.

Retrouvez le détail de vos garanties dans votre espace adhérent : https://adherent.mcs-mutuelle.example

Votre conseiller reste à votre disposition au 04 91 00 70 70.

Mutuelle Calanques Santé""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "mutuelle, refus de remboursement",
    },
    {
        "label": "ham",
        "subject": "Inscription stage Optimist – vacances de février",
        "from": "Club Nautique de l'Estaque <secretariat@cn-estaque.example>",
        "headers": {},
        "body": """Bonjour Madame Orsoni,

Nous avons bien reçu la demande d'inscription de Lucas au stage Optimist des vacances de février (semaine du 16 au 20 février).

Nous sommes désolés, le stage est déjà complet. Lucas est inscrit en 3e position sur la liste d'attente ; nous vous appellerons en cas de désistement. Il reste en revanche des places pour le stage de Pâques (inscriptions ouvertes à partir du 5 janvier).

Sportivement,
Le secrétariat du CNE""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "club de voile, stage complet",
    },
    {
        "label": "ham",
        "subject": "Sortie au MuCEM annulée – classe de CM1 B",
        "from": "École élémentaire Saint-Charles <ce.0131234x@ac-aixmarseille.example>",
        "headers": {},
        "body": """Chers parents,

En raison du préavis de grève des transports du jeudi 11 décembre, la sortie au MuCEM prévue ce jour-là est annulée. Elle sera reprogrammée en janvier, nous vous tiendrons informés de la nouvelle date.

Les chèques de participation ne seront pas encaissés d'ici là.

Les enfants auront classe normalement jeudi.

Bien cordialement,
Mme Ferraro, enseignante de CM1 B""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "école, sortie annulée",
    },
    {
        "label": "ham",
        "subject": "RH Sud Hebdo – Candidats : savoir dire non sans abîmer sa marque employeur",
        "from": "RH Sud Hebdo <newsletter@rhsud-hebdo.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://rhsud-hebdo.example/desabonnement?e=so>",
        },
        "body": """RH SUD HEBDO – n°48

DOSSIER DE LA SEMAINE
« Nous sommes au regret de vous informer que votre candidature n'a pas été retenue » : combien de fois avez-vous envoyé cette phrase ? Selon notre enquête auprès de 300 candidats de la région, 71 % jugent ce type de message « froid » et 40 % disent ne plus jamais postuler chez un employeur qui les a ignorés. Trois DRH marseillais expliquent comment ils ont revu leurs mails de refus : un délai maximum de 10 jours, une raison concrète, et un vrai nom en signature.
→ Lire le dossier : https://rhsud-hebdo.example/48/refus-candidats

AGENDA
• 15 janvier – Petit-déjeuner « Intérim et QVT », Marseille Joliette
• 29 janvier – Webinaire : la loi sur la transparence salariale, ce qui change en 2027

Vous recevez cette lettre car vous êtes inscrite à RH Sud Hebdo. Se désabonner : https://rhsud-hebdo.example/desabonnement""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "newsletter RH citant des phrases de refus",
    },
]

# ---------------------------------------------------------------------------
# Persona C - Julien Wendling, ingénieur qualité, Strasbourg
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Rhénatec – Votre candidature au poste Ingénieur Qualité Client (H/F) – 2600314",
        "from": "Rhénatec Recrutement <rhenatec@taleo-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Monsieur Wendling,

Nous vous remercions de l'intérêt que vous portez au groupe Rhénatec et du temps consacré à votre candidature pour le poste Ingénieur Qualité Client (H/F), référence 2600314, basé à Reichstett.

Après un examen attentif de votre dossier, nous regrettons de vous informer que votre candidature n'a pas été retenue pour la suite du processus de sélection.

Vos données resteront enregistrées dans notre base pendant deux ans, sauf demande de suppression de votre part. Vous pouvez à tout moment consulter nos offres et mettre à jour votre profil sur notre site carrières.

Nous vous souhaitons plein succès dans vos recherches.

Le service Recrutement
Rhénatec

Ceci est un message automatique, merci de ne pas y répondre.""",
        "company": "Rhénatec",
        "job_title": "Ingénieur Qualité Client (H/F)",
        "contact": "",
        "note": "notification Taleo, refus standard",
    },
    {
        "label": "rejection",
        "subject": "Mise à jour de votre candidature – Quality Engineer – Site de Molsheim",
        "from": "Vorhaus Group Careers <vorhaus@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Julien,

Nous vous informons que l'offre Quality Engineer (JR-118402) – site de Molsheim a été fermée. Votre candidature ne sera donc plus examinée pour ce poste.

Vous pouvez consulter les autres postes ouverts au sein du groupe et postuler à tout moment depuis votre compte candidat.

Cordialement,
Vorhaus Talent Acquisition

--
Vorhaus Automotive France SAS · 3 rue de l'Industrie · 67120 Molsheim
Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht auf diese Nachricht.
This e-mail was generated automatically. Please do not reply.""",
        "company": "Vorhaus",
        "job_title": "Quality Engineer",
        "contact": "",
        "note": "Workday, offre fermée, candidature plus examinée",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature au poste d'Ingénieur Qualité Fournisseurs",
        "from": "Martine Kuntz <m.kuntz@alsafonte.example>",
        "headers": {},
        "body": """Alsafonte – Fonderie de précision
Direction des Ressources Humaines
Zone industrielle – 67600 Sélestat

Monsieur Julien Wendling
8 rue de Molsheim
67000 Strasbourg

Sélestat, le 24 novembre 2026

Objet : Votre candidature au poste d'Ingénieur Qualité Fournisseurs

Monsieur,

Nous avons bien reçu votre candidature au poste cité en objet et vous en remercions.

Après étude attentive de votre dossier, nous sommes au regret de vous faire savoir que nous ne pouvons y donner une suite favorable, les compétences recherchées en métallurgie des alliages légers ne correspondant pas tout à fait à votre parcours.

Nous nous permettons de conserver votre candidature dans nos fichiers afin de pouvoir vous contacter si un poste correspondant à votre profil venait à se libérer.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Martine Kuntz
Responsable Ressources Humaines""",
        "company": "Alsafonte",
        "job_title": "Ingénieur Qualité Fournisseurs",
        "contact": "Martine Kuntz",
        "note": "lettre formelle, au regret",
    },
    {
        "label": "rejection",
        "subject": "Retour sur votre entretien du 20 novembre – Responsable Qualité Usine",
        "from": "Bernard Hoffmann <bernard.hoffmann@plastalsace.example>",
        "headers": {},
        "body": """Monsieur Wendling,

Je vous remercie pour votre venue sur le site de Haguenau et pour le temps passé à visiter l'atelier d'injection avec nos chefs d'équipe.

Après avoir rencontré les trois candidats finalistes, nous avons choisi de confier le poste de Responsable Qualité Usine à un candidat qui dispose de plus de dix ans d'expérience en IATF 16949 et qui a déjà piloté seul une certification initiale. Compte tenu de l'audit prévu en avril, c'est ce critère qui a fait la différence.

Votre présentation de l'AMDEC process était pourtant très convaincante, et l'équipe a apprécié votre approche terrain. Si je peux me permettre un conseil : mettez davantage en avant vos résultats chiffrés (PPM, coûts de non-qualité), ils sont bons et on les découvre trop tard dans l'entretien.

Je vous souhaite de trouver rapidement le poste qui vous convient.

Bien cordialement,

Bernard Hoffmann
Directeur de site – Plastalsace Haguenau""",
        "company": "Plastalsace",
        "job_title": "Responsable Qualité Usine",
        "contact": "Bernard Hoffmann",
        "note": "refus après finale avec conseils, sans mots classiques",
    },
    {
        "label": "rejection",
        "subject": "Annulation du recrutement – Ingénieur Qualité Système",
        "from": "Service Ressources Humaines BioLab Rhin <rh@biolab-rhin.example>",
        "headers": {},
        "body": """Monsieur,

Vous avez postulé au poste d'Ingénieur Qualité Système au sein de notre laboratoire d'Illkirch, et nous vous en remercions.

Suite à la révision budgétaire de fin d'année, la création de ce poste a été annulée par la direction. En conséquence, le processus de recrutement est arrêté et votre candidature ne pourra pas aboutir.

Nous vous prions de nous excuser pour ce contretemps indépendant de la qualité de votre dossier.

Cordialement,
Service Ressources Humaines
BioLab Rhin – Parc d'innovation, 67400 Illkirch-Graffenstaden""",
        "company": "BioLab Rhin",
        "job_title": "Ingénieur Qualité Système",
        "contact": "",
        "note": "poste annulé, processus arrêté",
    },
    {
        "label": "rejection",
        "subject": "Ihre Bewerbung / Votre candidature – Ingénieur Qualité Produit",
        "from": "Kessler Antriebstechnik – Personalabteilung <bewerbung@kessler-antriebe.example>",
        "headers": {},
        "body": """Monsieur Wendling,

Nous vous remercions pour votre candidature au poste d'Ingénieur Qualité Produit pour notre site de Kehl et pour l'échange téléphonique avec Mme Weber.

Malheureusement, nous ne pouvons pas retenir votre candidature. Le poste requiert une maîtrise courante de l'allemand technique, le travail se faisant quotidiennement avec notre bureau d'études de Stuttgart, et votre niveau actuel ne nous semble pas suffisant pour une prise de poste immédiate.

Nous vous souhaitons bonne chance pour la suite.

Mit freundlichen Grüßen / Cordialement

Personalabteilung
Kessler Antriebstechnik GmbH
Hafenstraße 21 · 77694 Kehl
Sitz der Gesellschaft: Kehl · Registergericht Freiburg i. Br. HRB 700123
Geschäftsführer: Dr. Ralf Kessler, Anja Brenner""",
        "company": "Kessler Antriebstechnik",
        "job_title": "Ingénieur Qualité Produit",
        "contact": "",
        "note": "groupe allemand, pied de mail bilingue, malheureusement",
    },
    {
        "label": "rejection",
        "subject": "Poste Ingénieur Qualité – client pharma Illkirch",
        "from": "Aurélien Schmitt <aurelien.schmitt@rhin-ingenierie-rh.example>",
        "headers": {},
        "body": """Bonjour Monsieur Wendling,

Je reviens vers vous concernant le poste d'Ingénieur Qualité pour lequel je vous avais présenté à mon client, le laboratoire pharmaceutique d'Illkirch.

Mon client a finalement fait le choix d'une mobilité interne : une ingénieure de leur site de Lyon souhaitait se rapprocher de sa famille et le poste lui a été proposé en priorité. Le processus externe est donc clos, pour vous comme pour les deux autres personnes présentées.

Vos entretiens s'étaient bien passés et je ne manquerai pas de vous recontacter pour d'autres missions dans le secteur santé.

Cordialement,

Aurélien Schmitt
Consultant senior – Rhin Ingénierie RH
03 88 00 41 27""",
        "company": "Rhin Ingénierie RH",
        "job_title": "Ingénieur Qualité",
        "contact": "Aurélien Schmitt",
        "note": "cabinet, client choisit mobilité interne",
    },
    {
        "label": "rejection",
        "subject": "RE: Demande de retour – candidature Ingénieur Méthodes Qualité",
        "from": "Claire Oberlé <claire.oberle@maisonrhin-aero.example>",
        "headers": {"In-Reply-To": "<DB7PR02MB5521@alsace-mail.example>"},
        "body": """Bonjour Monsieur Wendling,

Je comprends tout à fait votre demande et je vais essayer d'y répondre au mieux.

Votre candidature était de bonne qualité. Nous avons toutefois privilégié un autre profil, plus orienté aéronautique : la personne recrutée connaît déjà la norme EN 9100 et le fonctionnement de nos donneurs d'ordre, ce qui était déterminant avec l'audit de surveillance de février.

Je regrette de ne pas pouvoir vous en dire davantage, les échanges du comité de sélection restant confidentiels.

Bien cordialement,

Claire Oberlé
Chargée de développement RH
Maison Rhin Aéro – Entzheim

-----Message d'origine-----
De : Julien Wendling <julien.wendling@alsace-mail.example>
Envoyé : lundi 1 décembre 2026 08:05
À : Claire Oberlé
Objet : Demande de retour – candidature Ingénieur Méthodes Qualité

Madame Oberlé,

J'ai bien reçu votre courrier m'informant que ma candidature n'avait pas abouti. Afin de progresser, serait-il possible d'avoir un bref retour sur les raisons de ce choix ?

Je vous remercie par avance.
Julien Wendling""",
        "company": "Maison Rhin Aéro",
        "job_title": "Ingénieur Méthodes Qualité",
        "contact": "Claire Oberlé",
        "note": "fil de réponse à une demande de feedback",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature – Réf. QA-2291 : clôturée (non retenue)",
        "from": "Espace Candidats Sodimat <noreply@sodimat-recrutement.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Ce message est généré automatiquement, merci de ne pas y répondre.

Pour consulter le détail de vos candidatures, connectez-vous à votre espace candidat :
https://recrutement.sodimat.example/candidat/connexion

Sodimat – Direction des Ressources Humaines
Parc d'activités du Ried – 67540 Ostwald""",
        "company": "Sodimat",
        "job_title": "",
        "contact": "",
        "note": "décision uniquement dans l'objet, corps vide de sens",
    },
    {
        "label": "rejection",
        "subject": "Annulation de la proposition d'embauche – Ingénieur Qualité Fournisseurs",
        "from": "Véronique Baltzer <v.baltzer@electromeca-est.example>",
        "headers": {},
        "body": """Monsieur Wendling,

Je reviens vers vous au sujet de la proposition d'embauche que nous vous avons transmise le 14 novembre pour le poste d'Ingénieur Qualité Fournisseurs.

Notre principal client ferroviaire nous a notifié la semaine dernière l'arrêt de son programme de rénovation, qui représentait près de 30 % de notre activité. La direction a décidé de geler toute création de poste jusqu'à nouvel ordre, et nous sommes dans l'obligation de retirer notre proposition.

Je vous appellerai demain pour en parler de vive voix. Je sais combien cette nouvelle est difficile, à quelques semaines de la date d'entrée prévue, et j'en suis sincèrement désolée.

Véronique Baltzer
Responsable RH
Électroméca Est – Schiltigheim""",
        "company": "Électroméca Est",
        "job_title": "Ingénieur Qualité Fournisseurs",
        "contact": "Véronique Baltzer",
        "note": "proposition d'embauche retirée",
    },
    {
        "label": "rejection",
        "subject": "Suite à notre appel",
        "from": "Mathieu Frey <mathieu.frey@cryolab.example>",
        "headers": {},
        "body": """Bonjour Monsieur Wendling,

Comme évoqué ce matin au téléphone, je vous confirme par écrit que nous ne poursuivrons pas le processus pour le poste de Technicien supérieur / Ingénieur Qualité.

Bonne continuation.

M. Frey
Cryolab – Responsable production""",
        "company": "Cryolab",
        "job_title": "Technicien supérieur / Ingénieur Qualité",
        "contact": "Mathieu Frey",
        "note": "confirmation écrite courte d'un refus téléphonique",
    },
    {
        "label": "job_other",
        "subject": "Confirmation de votre candidature – Ingénieur Qualité Validation (H/F)",
        "from": "Strasmed Recrutement <strasmed@taleo-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Monsieur Wendling,

Nous vous confirmons la bonne réception de votre candidature pour le poste Ingénieur Qualité Validation (H/F), référence 2601187, site d'Eschau.

Votre dossier va être transmis au responsable du recrutement. Si votre profil correspond à nos attentes, nous vous contacterons afin de convenir d'un premier entretien.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace.

Cordialement,
L'équipe Recrutement Strasmed

Ceci est un message automatique, merci de ne pas y répondre.""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "accusé de réception Taleo",
    },
    {
        "label": "job_other",
        "subject": "Action requise : votre candidature n'est pas terminée",
        "from": "Hanselmann Pharma Careers <hanselmann@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Julien,

Vous avez commencé à postuler au poste « Ingénieur Assurance Qualité Opérations (H/F) – Huningue », mais votre candidature n'a pas été soumise.

Les étapes suivantes ne sont pas terminées :
- Questions de présélection
- Auto-identification (facultatif)
- Vérification et envoi

Tant que votre candidature n'est pas envoyée, elle ne sera pas transmise au recruteur. L'offre est susceptible de fermer à tout moment.

Reprendre ma candidature : https://hanselmann.wd3.myworkday.example/careers/job/R-22871/apply

Hanselmann Pharma – Talent Acquisition""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "Workday, candidature non soumise",
    },
    {
        "label": "job_other",
        "subject": "Convocation à un entretien – Ingénieur Qualité Production",
        "from": "Tréfileries de l'Ill – Ressources Humaines <rh@trefileries-ill.example>",
        "headers": {},
        "body": """Monsieur,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste d'Ingénieur Qualité Production.

Date : mardi 16 décembre 2026 à 10h00
Lieu : Tréfileries de l'Ill, 2 rue du Canal, 67150 Erstein – accueil bâtiment administratif
Interlocuteurs : M. Zimmermann (Directeur industriel) et Mme Lang (RRH)

L'entretien sera suivi d'une visite des ateliers : merci de vous munir de chaussures de sécurité. Les autres EPI vous seront fournis sur place.

Nous vous remercions de bien vouloir confirmer votre présence par retour de mail.

Cordialement,
Sophie Lang
Responsable Ressources Humaines""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "convocation formelle à un entretien",
    },
    {
        "label": "job_other",
        "subject": "Entretien sur site – frais de déplacement",
        "from": "Didier Marchal <d.marchal@lorraine-composites.example>",
        "headers": {},
        "body": """Bonjour Monsieur Wendling,

Merci pour votre retour rapide. Nous ne sommes malheureusement pas en mesure de prendre en charge vos frais de déplacement pour un premier entretien, notre politique ne le prévoyant qu'à partir du second tour.

Nous souhaitons toutefois vivement vous rencontrer. Je vous propose donc un premier échange en visio le jeudi 11 décembre à 17h, puis, si nous poursuivons, une journée sur site à Sarrebourg avec remboursement des frais.

Cela vous conviendrait-il ?

Bien à vous,
Didier Marchal
Responsable Qualité Groupe – Lorraine Composites""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "frais non pris en charge mais processus continue",
    },
    {
        "label": "job_other",
        "subject": "Invitation : tests d'aptitudes en ligne",
        "from": "Strasmed Recrutement <strasmed@taleo-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Monsieur Wendling,

Dans le cadre de votre candidature au poste Ingénieur Qualité Validation (H/F), nous vous invitons à passer une série de tests d'aptitudes en ligne :

1. Raisonnement numérique (18 min)
2. Raisonnement logique (20 min)
3. Questionnaire de comportement professionnel (environ 25 min)

Merci de les réaliser avant le 12 décembre 2026, dans un endroit calme et avec une connexion stable.

Accéder aux tests : https://assess.strasmed.example/inv/JW-2601187

Cordialement,
L'équipe Recrutement Strasmed""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "invitation à des tests psychotechniques",
    },
    {
        "label": "job_other",
        "subject": "Entretien de jeudi annulé – nouvelle proposition",
        "from": "Sophie Lang <s.lang@trefileries-ill.example>",
        "headers": {},
        "body": """Monsieur Wendling,

Nous sommes contraints d'annuler l'entretien prévu ce jeudi : M. Zimmermann doit se rendre en urgence chez un client en Allemagne.

Nous vous prions de nous excuser pour ce changement de dernière minute et vous proposons de reporter l'entretien au mardi 16 décembre, à 10h00, même lieu. La visite des ateliers est maintenue.

Pourriez-vous me confirmer que ce nouveau créneau vous convient ?

Cordialement,
Sophie Lang
RRH – Tréfileries de l'Ill""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "entretien annulé et reporté, pas un refus",
    },
    {
        "label": "job_other",
        "subject": "Proposition d'embauche – Ingénieur Qualité Client",
        "from": "Anne Ringeisen <anne.ringeisen@ried-mecanique.example>",
        "headers": {},
        "body": """Monsieur Wendling,

À la suite de nos entretiens, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein de Ried Mécanique en qualité d'Ingénieur Qualité Client.

Les principales conditions sont les suivantes :
- Contrat à durée indéterminée, statut cadre, forfait 218 jours
- Rémunération annuelle brute de 48 000 €, versée sur 13 mois
- Prime d'intéressement selon accord d'entreprise
- Lieu de travail : Geispolsheim, déplacements ponctuels chez les clients (Allemagne, Italie)
- Date d'entrée souhaitée : lundi 2 février 2027, sous réserve de votre préavis

Vous trouverez la proposition détaillée en pièce jointe. Je vous remercie de me faire part de votre réponse avant le 15 décembre.

Je reste à votre disposition pour toute question.

Anne Ringeisen
Directrice Administrative et Financière
Ried Mécanique""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "proposition d'embauche formelle",
    },
    {
        "label": "job_other",
        "subject": "Vorhaus Talent Community – Décembre 2026",
        "from": "Vorhaus Talent Community <talent@vorhaus-careers.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://careers.vorhaus.example/talent-community/unsubscribe>",
        },
        "body": """Bonjour Julien,

Bienvenue dans la newsletter de la Vorhaus Talent Community !

CE MOIS-CI
• Molsheim s'agrandit : une nouvelle ligne d'assemblage de moteurs électriques ouvrira au printemps 2027, avec plus de 40 postes à pourvoir en production, maintenance et qualité.
• Portrait : Nadia, technicienne métrologie devenue responsable laboratoire en 4 ans.
• Nos offres du moment en Alsace : Ingénieur Qualité Fournisseurs, Technicien Méthodes, Responsable HSE.

Voir toutes les offres : https://careers.vorhaus.example/jobs?loc=Alsace

Vous recevez ce message car vous avez rejoint notre communauté de talents. Se désinscrire : https://careers.vorhaus.example/talent-community/unsubscribe""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "newsletter de communauté de talents",
    },
    {
        "label": "job_other",
        "subject": "Votre candidature – Ingénieur Qualité Procédés",
        "from": "Lucie Ehrhart <lucie.ehrhart@brasseries-kronau.example>",
        "headers": {},
        "body": """Bonjour Monsieur Wendling,

Je vous remercie pour votre message. Votre candidature est bien en cours d'examen : aucune décision n'a encore été prise, le directeur technique étant absent jusqu'au 8 décembre.

Nous ne manquerons pas de revenir vers vous d'ici la mi-décembre, quelle que soit l'issue.

Bien cordialement,
Lucie Ehrhart
Assistante RH – Brasseries Kronau""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "statut en cours, aucune décision",
    },
    {
        "label": "job_other",
        "subject": "Votre alerte Apec : aucune nouvelle offre aujourd'hui",
        "from": "Apec <alertes@apec-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.apec.example/candidat/mes-alertes/desinscription?a=90211>",
        },
        "body": """Bonjour Julien,

Aucune nouvelle offre ne correspond aujourd'hui à votre alerte « Ingénieur qualité – Bas-Rhin (67) – CDI ».

Pour recevoir davantage d'offres, vous pouvez :
- élargir la zone géographique (Grand Est, Allemagne frontalière)
- ajouter des mots-clés proches : « qualité fournisseurs », « qualité système », « amélioration continue »

Modifier mon alerte : https://www.apec.example/candidat/mes-alertes

À bientôt sur apec.example
L'Apec – Association pour l'emploi des cadres""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte vide",
    },
    {
        "label": "ham",
        "subject": "Sélection départementale U13 – résultat des détections",
        "from": "Comité Bas-Rhin de Handball <selections@handball67.example>",
        "headers": {},
        "body": """Madame, Monsieur,

Nous vous remercions pour la participation de votre fils Léo Wendling aux journées de détection du 29 et 30 novembre à Illkirch.

Après délibération du staff technique, nous vous informons que Léo n'a pas été retenu pour la sélection départementale U13 de cette saison. Le niveau était très homogène et le choix a été difficile.

Nous l'encourageons vivement à poursuivre ses efforts en club ; une nouvelle détection aura lieu en septembre prochain.

Sportivement,
La Commission Technique – Comité Bas-Rhin de Handball""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "sport, enfant non retenu en sélection",
    },
    {
        "label": "ham",
        "subject": "Votre dossier Prime Habitat Alsace n° PHA-2026-04412",
        "from": "Prime Habitat Alsace <ne-pas-repondre@primehabitat-alsace.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Monsieur WENDLING Julien,

Votre demande d'aide pour le remplacement de vos fenêtres (dossier PHA-2026-04412) a été instruite.

Décision : refus.
Motif : les travaux ont débuté avant le dépôt de la demande (facture d'acompte datée du 2 septembre 2026).

Vous pouvez contester cette décision dans un délai de deux mois à compter de la réception du présent courriel, en adressant un recours gracieux via votre espace usager.

Prime Habitat Alsace – service instruction""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "aide à la rénovation refusée",
    },
    {
        "label": "ham",
        "subject": "courses ce soir",
        "from": "Aurélie <aurelie.wendling@alsace-mail.example>",
        "headers": {},
        "body": """Tu peux passer au marché couvert en rentrant ? Il faudrait :
- du munster (le petit)
- 1 kg de pommes de terre
- des bredele chez la boulangère si elle en a encore, sinon tant pis
- du lait

Léo a entraînement jusqu'à 19h, je le récupère.
Bisous""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "conjointe, liste de courses",
    },
    {
        "label": "ham",
        "subject": "Marché de Noël de la Krutenau – appel aux bénévoles",
        "from": "Association Krutenau Vivante <contact@krutenau-vivante.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<mailto:contact@krutenau-vivante.example?subject=desinscription>",
        },
        "body": """Chers adhérents,

Notre petit marché de Noël solidaire aura lieu le samedi 13 décembre, place de Zurich, de 10h à 19h.

Nous cherchons encore des bénévoles pour :
• le montage des chalets (vendredi 12 à partir de 17h)
• la buvette (vin chaud, jus de pomme chaud) par créneaux de 2h
• le rangement samedi soir

Inscriptions sur le tableau partagé : https://krutenau-vivante.example/benevoles

Les bénéfices iront cette année à l'épicerie solidaire du quartier.

Merci à toutes et à tous !
Le bureau de Krutenau Vivante""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "association de quartier",
    },
]

# ---------------------------------------------------------------------------
# Persona D - Camille Perrin, cheffe de projet marketing, Lyon
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Studio Fourvière x Camille",
        "from": "Lucie Brachet <lucie@studio-fourviere.example>",
        "headers": {},
        "body": """Hello Camille,

Je voulais te faire un retour rapide après nos deux rendez-vous.

On a adoré ta présentation de la campagne pour la Fête des Lumières, vraiment. Mais on part sur quelqu'un d'autre pour le poste de cheffe de projet : une personne qui a déjà géré des comptes retail en agence, et on a besoin qu'elle soit opérationnelle dès janvier sur le compte Maison Garnaud.

J'espère sincèrement qu'on aura l'occasion de bosser ensemble un jour, on reste en contact sur LinkedIn !

Lucie
Directrice conseil – Studio Fourvière
Lyon 1er""",
        "company": "Studio Fourvière",
        "job_title": "cheffe de projet",
        "contact": "Lucie Brachet",
        "note": "agence, tutoiement, on part sur quelqu'un d'autre",
    },
    {
        "label": "rejection",
        "subject": "Réponse à votre candidature – Chef de projet marketing digital H/F",
        "from": "HelloWork <notification@hellowork-mail.example>",
        "headers": {
            "Auto-Submitted": "auto-generated",
            "List-Unsubscribe": "<https://www.hellowork.example/fr-fr/compte/notifications/desinscription?c=c2e0>",
        },
        "body": """Bonjour Camille,

Le recruteur de Groupe Vitalyon a répondu à votre candidature pour le poste Chef de projet marketing digital H/F (Lyon 3e – CDI).

Message du recruteur :
« Bonjour, après étude de votre candidature, nous ne l'avons pas retenue pour ce poste. Nous vous souhaitons bonne chance dans vos recherches. Le service RH. »

Découvrez les offres similaires sélectionnées pour vous : https://www.hellowork.example/fr-fr/emploi/recherche.html?k=chef+de+projet+marketing&l=Lyon

L'équipe HelloWork""",
        "company": "Groupe Vitalyon",
        "job_title": "Chef de projet marketing digital H/F",
        "contact": "",
        "note": "job board relayant un refus du recruteur",
    },
    {
        "label": "rejection",
        "subject": "Mise à jour de votre candidature : Chargée de projet marketing – Rhônalp'Eau",
        "from": "Indeed <noreply@indeed-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Indeed

Mise à jour de votre candidature

Rhônalp'Eau a examiné votre candidature au poste de Chargée de projet marketing (Villeurbanne) et a décidé de ne pas avancer avec vous pour le moment.

Statut : Non sélectionnée

Ce n'est pas fini ! Voici des emplois qui pourraient vous intéresser :
• Chef de projet marketing – Brioche Lumière – Lyon 7e
• Responsable communication – Mairie de Caluire – Caluire-et-Cuire
• Product marketing manager – Sensolab – Lyon 2e

Voir mes candidatures : https://fr.indeed.example/myjobs

© 2026 Indeed""",
        "company": "Rhônalp'Eau",
        "job_title": "Chargée de projet marketing",
        "contact": "",
        "note": "notification job board, non sélectionnée",
    },
    {
        "label": "rejection",
        "subject": "Apec – Réponse du recruteur à votre candidature",
        "from": "Apec <candidatures@apec-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Camille Perrin,

Le recruteur a répondu à votre candidature à l'offre « Chef de projet marketing produit H/F » (réf. 178234561W) publiée par Cosmétiques Lumerie.

Message du recruteur :
Madame,
Nous vous remercions pour l'intérêt porté à notre entreprise. Malheureusement, votre candidature ne correspond pas aux besoins du poste, qui requiert une expérience confirmée dans le secteur de la cosmétique sélective.
Nous vous souhaitons une bonne continuation.
Hélène Dufour, Responsable recrutement

Consultez vos candidatures dans votre espace : https://www.apec.example/candidat/mon-espace

L'Apec vous accompagne : découvrez nos ateliers et conseils gratuits sur apec.example""",
        "company": "Cosmétiques Lumerie",
        "job_title": "Chef de projet marketing produit H/F",
        "contact": "Hélène Dufour",
        "note": "refus relayé par l'Apec, malheureusement",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature – Chef de projet marketing & événementiel",
        "from": "Stéphane Giraud <stephane.giraud@brasserie-des-canuts.example>",
        "headers": {},
        "body": """Bonjour Camille,

Merci encore pour la présentation de votre étude de cas mardi dernier. Je voulais prendre le temps de vous écrire un vrai retour plutôt qu'un message type.

Votre analyse de notre positionnement face aux brasseries artisanales était fine, et la proposition de collaboration avec les bouchons lyonnais a beaucoup plu à notre fondateur. Là où nous avons été moins convaincus, c'est sur la partie budget : le plan média dépassait de presque 40 % l'enveloppe indiquée dans le brief, et l'équipe a eu du mal à voir comment vous auriez arbitré.

Après de longues discussions, nous avons retenu un autre profil, avec plus d'expérience en gestion de budget chez l'annonceur.

Je garde précieusement votre dossier et je serais ravi de vous recontacter pour le poste de responsable trade marketing qui devrait s'ouvrir au printemps.

Bien cordialement,

Stéphane Giraud
Directeur marketing
Brasserie des Canuts – Lyon 4e""",
        "company": "Brasserie des Canuts",
        "job_title": "Chef de projet marketing & événementiel",
        "contact": "Stéphane Giraud",
        "note": "refus après étude de cas avec feedback",
    },
    {
        "label": "rejection",
        "subject": "Point sur le recrutement Chef de projet CRM",
        "from": "Anne-Sophie Morel <as.morel@velora.example>",
        "headers": {},
        "body": """Bonjour Camille,

Je vous dois un point d'étape honnête sur le poste de Chef de projet CRM.

Le comité de direction a décidé la semaine dernière de geler le poste jusqu'à nouvel ordre, le temps de revoir l'organisation de l'équipe marketing après le départ de notre directrice. Je n'ai aucune visibilité sur une éventuelle réouverture, et je préfère clore votre candidature plutôt que de vous laisser dans le flou pendant des mois.

Si le poste est rouvert, je vous recontacterai en priorité : vous étiez parmi les deux finalistes.

Bien à vous,
Anne-Sophie Morel
Talent Acquisition – Velora""",
        "company": "Velora",
        "job_title": "Chef de projet CRM",
        "contact": "Anne-Sophie Morel",
        "note": "poste gelé, candidature close",
    },
    {
        "label": "rejection",
        "subject": "Maison Sérane – Suite donnée à votre candidature",
        "from": "Maison Sérane Talent Acquisition <talents@maison-serane.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame Perrin,

Nous vous remercions de l'intérêt que vous portez à Maison Sérane et de votre candidature au poste de Chef de Projet Marketing Opérationnel – Région Sud-Est.

Nous avons reçu de nombreuses candidatures de grande qualité. Après une analyse attentive de votre profil, nous regrettons de ne pouvoir poursuivre le processus avec vous.

Nous conserverons vos informations dans notre base de données pendant une durée de 24 mois, afin de pouvoir vous proposer d'autres opportunités. Conformément à la réglementation en vigueur, vous pouvez exercer vos droits en écrivant à privacy@maison-serane.example.

Nous vous prions d'agréer, Madame, l'expression de nos sincères salutations.

L'équipe Talent Acquisition
Maison Sérane – Paris · Lyon · Genève""",
        "company": "Maison Sérane",
        "job_title": "Chef de Projet Marketing Opérationnel – Région Sud-Est",
        "contact": "",
        "note": "grand groupe, refus formel avec regret",
    },
    {
        "label": "rejection",
        "subject": "Poste chef de projet",
        "from": "Romain Delorme <romain@agence-tilt.example>",
        "headers": {},
        "body": """Hello Camille,

On a finalement décidé de ne pas recruter sur ce poste, on va passer par une freelance pour les six prochains mois. Désolé, et merci encore pour ton temps.

Romain
Tilt – agence social media""",
        "company": "Tilt",
        "job_title": "chef de projet",
        "contact": "Romain Delorme",
        "note": "deux lignes, recrutement abandonné",
    },
    {
        "label": "rejection",
        "subject": "Re: Merci pour l'entretien",
        "from": "Julien Mathé <julien.mathe@groupe-aurel.example>",
        "headers": {"In-Reply-To": "<CAFq8x1Lz@boitemail.example>"},
        "body": """Bonjour Camille,

Merci pour votre message, c'est toujours appréciable.

J'aurais aimé vous répondre autre chose, mais malheureusement nous avons décidé de poursuivre avec une candidate qui connaît déjà très bien le marché B2B de l'équipement professionnel. Vous étiez en finale et ce n'est pas passé loin.

Je vous souhaite bonne chance pour la suite, je suis sûr que vous trouverez rapidement.

Julien Mathé
Responsable marketing – Groupe Aurel

Le jeu. 27 nov. 2026 à 18:30, Camille Perrin <camille.perrin@boitemail.example> a écrit :
> Bonjour Julien,
> Je tenais à vous remercier pour l'entretien de cet après-midi et pour la présentation de vos projets 2027. Je suis d'autant plus motivée par le poste de chef de projet marketing !
> Belle soirée,
> Camille""",
        "company": "Groupe Aurel",
        "job_title": "chef de projet marketing",
        "contact": "Julien Mathé",
        "note": "refus en réponse à un mail de remerciement",
    },
    {
        "label": "rejection",
        "subject": "Concernant notre proposition",
        "from": "Nathalie Serre <nathalie@pulse-agence.example>",
        "headers": {},
        "body": """Camille,

C'est un message que je n'avais pas envie d'écrire.

Tu le sais, l'agence a été rachetée par le groupe Nordcom début novembre. Depuis cette semaine, toutes les embauches doivent être validées par leur DRH à Paris, et ils ont bloqué tous les recrutements en cours le temps de « rationaliser les équipes ». Concrètement, je ne suis plus en mesure de maintenir la proposition que je t'avais faite pour le poste de cheffe de projet.

J'ai insisté, crois-moi. Je suis vraiment désolée, surtout que tu avais refusé l'autre offre pour nous.

Appelle-moi quand tu veux, je t'aiderai comme je peux pour la suite, y compris avec des recommandations.

Nathalie
Fondatrice – Pulse""",
        "company": "Pulse",
        "job_title": "cheffe de projet",
        "contact": "Nathalie Serre",
        "note": "proposition retirée après rachat, tutoiement",
    },
    {
        "label": "rejection",
        "subject": "Groupe Arvéa – votre candidature",
        "from": "Carrières Groupe Arvéa <carrieres@arvea-groupe.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Bonjour Camille,

Nous vous remercions de votre intérêt pour le Groupe Arvéa.

Le Groupe Arvéa, ce sont 3 200 collaborateurs, 9 marques d'électroménager et d'articles culinaires, et une ambition : rendre la cuisine du quotidien plus simple et plus durable. Nous sommes fiers d'avoir été classés parmi les entreprises où il fait bon travailler en Auvergne-Rhône-Alpes en 2026.

Vos données
Les informations que vous nous avez transmises sont traitées par la Direction des Ressources Humaines du Groupe Arvéa, responsable de traitement, dans le but de gérer les candidatures. Elles sont conservées deux ans après le dernier contact. Vous disposez d'un droit d'accès, de rectification, d'opposition et d'effacement (rgpd@arvea-groupe.example) ainsi que du droit d'introduire une réclamation auprès de la CNIL.

Restez connectée
Suivez-nous sur nos réseaux et inscrivez-vous à nos alertes pour découvrir nos prochaines offres : https://carrieres.arvea-groupe.example/alertes

Pour le poste de Chef de projet marketing – Petit électroménager (Écully), nous vous informons que votre candidature n'a pas été retenue.

Bien cordialement,
L'équipe Recrutement du Groupe Arvéa""",
        "company": "Groupe Arvéa",
        "job_title": "Chef de projet marketing – Petit électroménager",
        "contact": "",
        "note": "refus à la fin d'un long texte marque employeur et RGPD",
    },
    {
        "label": "job_other",
        "subject": "Pas de nouvelles offres aujourd'hui pour « chef de projet marketing » à Lyon",
        "from": "HelloWork <alertes@hellowork-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.hellowork.example/fr-fr/compte/alertes/desinscription?a=13377>",
        },
        "body": """Bonjour Camille,

Nous n'avons pas trouvé de nouvelle offre aujourd'hui pour votre alerte « chef de projet marketing » – Lyon (69) – 20 km.

Nous continuons à chercher pour vous. En attendant, saviez-vous que 68 % des recruteurs consultent d'abord les profils visibles ? Rendez votre CV visible en un clic : https://www.hellowork.example/fr-fr/compte/cv

Gérer mes alertes : https://www.hellowork.example/fr-fr/compte/alertes

L'équipe HelloWork""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte emploi vide",
    },
    {
        "label": "job_other",
        "subject": "Le recruteur a consulté votre candidature",
        "from": "Indeed <noreply@indeed-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonne nouvelle, Camille !

Votre candidature au poste de Chef de projet marketing digital chez Soieries Bellecour a été consultée par l'employeur le 3 décembre.

Qu'est-ce que cela signifie ? L'employeur a ouvert votre CV. Il peut encore être en train d'examiner les candidatures, et vous n'aurez pas forcément de nouvelles immédiatement.

Voir le statut de ma candidature : https://fr.indeed.example/myjobs

© 2026 Indeed""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "notification candidature consultée",
    },
    {
        "label": "job_other",
        "subject": "On se voit ?",
        "from": "Margot Chanel <margot@agence-rive-gauche.example>",
        "headers": {},
        "body": """Hello Camille,

Merci pour ta candidature ! Ton parcours chez l'annonceur nous intéresse beaucoup pour le poste de cheffe de projet sur le pôle tourisme.

Tu serais dispo pour passer à l'agence jeudi 11 à 15h ? On est au 18 quai Victor Augagneur, 3e étage, et il y a du bon café. On discutera 45 minutes avec moi et Hugo, le directeur de création.

Dis-moi si ça te va !
Margot
Agence Rive Gauche""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "invitation informelle à un entretien en agence",
    },
    {
        "label": "job_other",
        "subject": "Étude de cas – brief et modalités",
        "from": "Stéphane Giraud <stephane.giraud@brasserie-des-canuts.example>",
        "headers": {},
        "body": """Bonjour Camille,

Comme convenu, voici le brief de l'étude de cas pour la prochaine étape.

Contexte : lancement de notre bière de saison « Traboule » au printemps 2027, distribution en CHR et en caves à Lyon et Villeurbanne.
Ce que nous attendons :
1. un diagnostic rapide (concurrence, cible)
2. une plateforme de marque et un concept de campagne
3. un plan d'action sur 3 mois avec un budget de 25 000 € maximum

Format : 15 minutes de présentation, 15 minutes de questions, le mardi 25 novembre à 14h dans nos locaux. Une dizaine de slides suffit.

N'hésitez pas si vous avez des questions.

Stéphane Giraud
Directeur marketing – Brasserie des Canuts""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "brief d'étude de cas",
    },
    {
        "label": "job_other",
        "subject": "Atelier Apec : réussir ses entretiens de recrutement en visio",
        "from": "Apec <evenements@apec-mail.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.apec.example/desinscription?n=evt>",
        },
        "body": """Bonjour Camille,

Votre centre Apec de Lyon vous propose un atelier gratuit :

« Réussir ses entretiens de recrutement en visio »
Mardi 16 décembre 2026, de 9h30 à 12h
En ligne, 12 participants maximum

Au programme : préparer son environnement, gérer le stress, répondre aux questions déroutantes, mises en situation filmées.

Je m'inscris : https://www.apec.example/ateliers/2026-12-16-visio

À bientôt,
Votre consultante Apec""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "atelier de recherche d'emploi",
    },
    {
        "label": "job_other",
        "subject": "Report de notre rendez-vous de vendredi",
        "from": "Ophélie Bernard <ophelie.bernard@soieries-bellecour.example>",
        "headers": {},
        "body": """Bonjour Camille,

Malheureusement, notre responsable marketing est souffrante et ne pourra pas assurer l'entretien de vendredi. Nous sommes désolés de devoir reporter à si court délai.

Pourriez-vous m'indiquer vos disponibilités la semaine du 15 décembre ? Nous gardons bien entendu votre candidature en priorité.

Bien cordialement,
Ophélie Bernard
Assistante RH – Soieries Bellecour""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "report d'entretien avec malheureusement",
    },
    {
        "label": "job_other",
        "subject": "Votre candidature n'a pas pu être enregistrée",
        "from": "Recrutement Groupe Arvéa <ne-pas-repondre@arvea-groupe.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour,

Une erreur s'est produite lors de l'envoi de votre candidature pour le poste « Chef de produit junior – Articles culinaires ».

Le fichier joint (CV_Camille_Perrin_2026.pdf) dépasse la taille maximale autorisée (12,4 Mo pour 5 Mo maximum). Votre candidature n'a donc pas été transmise.

Merci de renouveler votre candidature avec un fichier plus léger : https://carrieres.arvea-groupe.example/offres/CPJ-1142

Le service Recrutement""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "erreur technique d'envoi, pas un refus",
    },
    {
        "label": "job_other",
        "subject": "Proposition – Chef de projet marketing",
        "from": "Fabrice Roux <fabrice.roux@biscuiterie-saone.example>",
        "headers": {},
        "body": """Bonjour Camille,

Suite à nos échanges, nous sommes heureux de vous proposer le poste de Chef de projet marketing au sein de la Biscuiterie de la Saône.

Je préfère être transparent : nous ne pouvons pas vous proposer le statut cadre dès l'embauche, notre convention collective le réservant aux postes avec encadrement. Il est prévu de le revoir à l'issue de la première année.

Conditions :
- CDI à temps plein, Neuville-sur-Saône
- 41 000 € bruts annuels + prime sur objectifs jusqu'à 10 %
- 1 jour de télétravail par semaine, tickets restaurant
- démarrage le 5 janvier 2027

Nous serions ravis de vous compter parmi nous. Pourriez-vous me donner votre réponse d'ici le 12 décembre ?

Fabrice Roux
Directeur commercial et marketing""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "offre avec 'nous ne pouvons pas' sur le statut",
    },
    {
        "label": "job_other",
        "subject": "Poste confidentiel – Head of Marketing – Lyon",
        "from": "Damien Lacombe <d.lacombe@lacombe-executive.example>",
        "headers": {},
        "body": """Bonjour Camille,

Je me permets de vous contacter dans le cadre d'une mission confidentielle : mon client, une ETI lyonnaise de la décoration d'intérieur, recherche son futur Head of Marketing. Le poste n'est pas encore publié et ne le sera pas.

Votre expérience en marketing de marque et en pilotage d'agences correspond à ce que recherche le dirigeant. Rémunération autour de 65 k€ + variable.

Seriez-vous ouverte à un échange téléphonique confidentiel cette semaine ?

Bien cordialement,
Damien Lacombe
Lacombe Executive – Lyon · Grenoble""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "approche de chasseur, poste confidentiel",
    },
    {
        "label": "job_other",
        "subject": "Re: Retrait de ma candidature – Chef de projet marketing",
        "from": "Ophélie Bernard <ophelie.bernard@soieries-bellecour.example>",
        "headers": {"In-Reply-To": "<20261208101522.GA4471@boitemail.example>"},
        "body": """Bonjour Camille,

Nous prenons bonne note de votre décision de retirer votre candidature, et l'entretien du 16 décembre est annulé.

Toute l'équipe vous félicite pour votre nouveau poste. Au plaisir de croiser votre route !

Ophélie Bernard
Assistante RH – Soieries Bellecour

> Bonjour Ophélie,
> Je vous informe que j'ai accepté une proposition ailleurs et retire donc ma candidature. Merci pour votre compréhension et votre gentillesse.
> Camille Perrin""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "retrait de la candidate confirmé",
    },
    {
        "label": "ham",
        "subject": "refusée au master 😭",
        "from": "Inès Garnier <ines.garnier@boitemail.example>",
        "headers": {},
        "body": """Cam,

J'ai reçu le mail de l'IEP ce matin : « nous avons le regret de vous informer que votre candidature au master Communication publique n'a pas été retenue ». Trois ans que je prépare ce projet de reconversion, j'ai la rage.

Je vais tenter la fac à Lyon 2 et la formation en alternance, mais j'avoue que là j'ai juste envie d'un apéro.

Tu es libre ce soir ? Le Comptoir de la Croix-Rousse vers 19h ?

Inès""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "amie refusée en master",
    },
    {
        "label": "ham",
        "subject": "Votre paiement a été refusé – abonnement VéloCité",
        "from": "VéloCité Lyon <noreply@velocite-lyon.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour,

Le prélèvement mensuel de votre abonnement VéloCité Annuel (3,00 €) a été refusé par votre banque le 5 décembre 2026.

Afin de continuer à utiliser le service, merci de mettre à jour vos coordonnées bancaires avant le 15 décembre dans votre espace : https://velocite-lyon.example/mon-compte

Sans régularisation, votre abonnement sera suspendu.

Le service client VéloCité""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "paiement refusé",
    },
    {
        "label": "ham",
        "subject": "Demande de sous-location",
        "from": "Gérard Bouvier <g.bouvier@courrier-perso.example>",
        "headers": {},
        "body": """Bonjour Mademoiselle Perrin,

J'ai bien lu votre courrier concernant la sous-location de l'appartement pendant votre déplacement de trois mois.

Je suis désolé mais je ne peux pas accepter votre demande : le règlement de copropriété l'interdit et j'ai déjà eu de mauvaises expériences par le passé. Vous pouvez en revanche confier vos clés à quelqu'un de confiance pour l'arrosage et le courrier, cela ne me pose aucun problème.

Je passerai comme prévu le 18 pour relever le compteur d'eau.

Cordialement,
G. Bouvier""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "propriétaire refuse la sous-location",
    },
    {
        "label": "ham",
        "subject": "Marketing Mag Lyon – La marque employeur commence par… le mail de refus",
        "from": "Marketing Mag Lyon <lettre@marketingmag-lyon.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://marketingmag-lyon.example/desinscription>",
        },
        "body": """MARKETING MAG LYON – La lettre du jeudi

L'ÉDITO
On soigne les parcours clients au millimètre, et on envoie encore aux candidats des « nous ne donnerons pas suite à votre candidature » signés « Le Service RH ». Pourtant, un candidat refusé est souvent aussi un client. Trois entreprises lyonnaises racontent comment elles ont réécrit leurs messages de refus avec leurs équipes marketing.
→ https://marketingmag-lyon.example/marque-employeur-refus

EN BREF
• Le salon e-Commerce Rhône-Alpes est reporté au printemps
• Une agence de la Presqu'île remporte le budget de la Fête des Lumières 2027
• Baromètre : les Lyonnais et les programmes de fidélité

Se désinscrire : https://marketingmag-lyon.example/desinscription""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "newsletter marketing parlant des mails de refus",
    },
    {
        "label": "ham",
        "subject": "Déjeuner dimanche",
        "from": "Maman <christine.perrin@courrier-perso.example>",
        "headers": {},
        "body": """Ma chérie,

On t'attend dimanche vers 12h30 à Villefranche. Papa fait son gratin de cardons, et tante Josiane sera là.

Peux-tu apporter la nappe que je t'avais prêtée pour ton anniversaire ?

Je t'embrasse fort, et bon courage pour tes entretiens,
Maman""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "famille",
    },
]

# ---------------------------------------------------------------------------
# Persona E - Marie-Ève Tremblay, infirmière, Québec
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Affichage 2026-INF-0442 – Infirmière clinicienne, soins intensifs – poste comblé",
        "from": "Dotation – CIUSSS de la Capitale-Boréale <dotation.ciussscb@sante-quebec-reseau.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Madame Tremblay,

Nous vous remercions de l'intérêt que vous avez manifesté pour l'affichage 2026-INF-0442 (infirmière clinicienne – soins intensifs, Hôpital de l'Enfant-Jésus-du-Nord, temps complet permanent, quart de nuit).

Nous vous informons que le poste visé par cet affichage a été comblé.

Nous vous invitons à consulter régulièrement nos affichages sur notre site carrières, de nouveaux postes étant publiés chaque semaine dans l'ensemble de nos installations.

Service de la dotation
Direction des ressources humaines, des communications et des affaires juridiques
CIUSSS de la Capitale-Boréale

Ce courriel a été envoyé automatiquement, veuillez ne pas y répondre.""",
        "company": "CIUSSS de la Capitale-Boréale",
        "job_title": "Infirmière clinicienne, soins intensifs",
        "contact": "",
        "note": "établissement de santé, poste comblé",
    },
    {
        "label": "rejection",
        "subject": "Suite à votre entrevue du 14 novembre",
        "from": "Geneviève Lavoie <genevieve.lavoie.cisssce@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Je tiens d'abord à vous remercier pour votre disponibilité lors de l'entrevue du 14 novembre pour le poste d'infirmière – Groupe de médecine familiale (GMF) de Lévis.

Nous avons le regret de vous informer que le comité de sélection a retenu une autre candidature. Le poste exige une expérience en suivi de clientèles atteintes de maladies chroniques en première ligne, et votre parcours, bien que solide en milieu hospitalier, en comporte moins.

Votre nom demeure inscrit dans notre banque de candidatures pour les postes en centre hospitalier, où votre profil est très recherché. Une conseillère pourrait vous joindre sous peu à ce sujet.

Au plaisir,

Geneviève Lavoie
Conseillère en acquisition de talents
CISSS de la Côte-des-Érables""",
        "company": "CISSS de la Côte-des-Érables",
        "job_title": "infirmière – GMF de Lévis",
        "contact": "Geneviève Lavoie",
        "note": "refus après entrevue avec regret",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature – Infirmière, clinique de santé voyage",
        "from": "Clinique Saint-Roch Santé <rh@cliniquestroch.example>",
        "headers": {},
        "body": """Bonjour Madame Tremblay,

Merci d'avoir postulé au poste d'infirmière en santé voyage à notre clinique du quartier Saint-Roch.

Après analyse des candidatures reçues, votre candidature n'a pas été retenue pour la prochaine étape du processus.

Nous vous souhaitons bon succès dans vos démarches.

L'équipe des ressources humaines
Clinique Saint-Roch Santé
418 555-0142""",
        "company": "Clinique Saint-Roch Santé",
        "job_title": "Infirmière, clinique de santé voyage",
        "contact": "",
        "note": "clinique privée, refus bref",
    },
    {
        "label": "rejection",
        "subject": "Mandat CHSLD Beauport – mise à jour",
        "from": "Josée Pelletier <josee.pelletier@soinsplus-placement.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Petite mise à jour sur le mandat en CHSLD à Beauport dont on avait discuté : le client a annulé sa demande ce matin. Ils ont réussi à stabiliser leur équipe de soir avec du personnel interne et n'ont plus besoin de main-d'œuvre indépendante d'ici le printemps.

Ta candidature sur ce mandat est donc fermée. Je te garde en tête pour les prochains, j'en ai deux qui pourraient sortir en région (Charlevoix et Montmagny) en janvier. Fais-moi signe si les déplacements ne te dérangent pas.

Josée Pelletier
Coordonnatrice de placement
Soins Plus Placement – Québec
418 555-0190""",
        "company": "Soins Plus Placement",
        "job_title": "",
        "contact": "Josée Pelletier",
        "note": "agence de placement, mandat annulé",
    },
    {
        "label": "rejection",
        "subject": "Poste de nuit",
        "from": "Manon Bouchard <direction@residence-les-pins-bleus.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Le poste de nuit a été offert à une candidate de l'interne, selon la convention collective. Merci d'être venue nous rencontrer et bonne chance!

Manon Bouchard
Directrice des soins – Résidence Les Pins Bleus""",
        "company": "Résidence Les Pins Bleus",
        "job_title": "Poste de nuit",
        "contact": "Manon Bouchard",
        "note": "CHSLD privé, deux lignes, poste donné à l'interne",
    },
    {
        "label": "rejection",
        "subject": "Affichage 2026-INF-0398 – Résultat",
        "from": "Dotation – CIUSSS de la Capitale-Boréale <dotation.ciussscb@sante-quebec-reseau.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Madame,

Nous accusons réception de votre candidature à l'affichage 2026-INF-0398 (infirmière – unité de médecine, 7 jours / 14, Hôpital Saint-Sacrement-Est).

Conformément aux dispositions de la convention collective applicable, ce poste a été attribué à la personne salariée ayant le plus d'ancienneté parmi les candidatures internes satisfaisant aux exigences normales de la tâche. Votre candidature externe n'a donc pas été considérée pour cet affichage.

Nous vous encourageons à poser votre candidature sur la liste de rappel, qui constitue la principale porte d'entrée dans notre établissement.

Service de la dotation
CIUSSS de la Capitale-Boréale""",
        "company": "CIUSSS de la Capitale-Boréale",
        "job_title": "infirmière – unité de médecine",
        "contact": "",
        "note": "candidature externe écartée selon l'ancienneté, ton administratif",
    },
    {
        "label": "rejection",
        "subject": "Votre dossier de candidature – Groupe Santé Laurentia",
        "from": "Groupe Santé Laurentia <carrieres@groupesante-laurentia.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Bonjour Marie-Ève Tremblay,

Merci de l'intérêt que vous portez au Groupe Santé Laurentia, un réseau de 14 cliniques et centres de soins spécialisés au Québec.

Protection des renseignements personnels
Conformément à la Loi sur la protection des renseignements personnels dans le secteur privé, les renseignements que vous nous avez transmis sont utilisés uniquement aux fins du processus de dotation. Ils sont conservés pour une période de 12 mois, puis détruits de façon sécuritaire. Vous pouvez en tout temps demander l'accès à vos renseignements ou leur rectification en écrivant à notre responsable de la protection des renseignements personnels : vieprivee@groupesante-laurentia.example.

Banque de candidatures
Votre profil a été versé dans notre banque de candidatures. Nos recruteurs pourraient communiquer avec vous si une occasion correspondant à votre profil se présente.

En ce qui concerne le poste d'infirmière en chirurgie d'un jour (Québec – Lebourgneuf), nous avons choisi de poursuivre le processus avec d'autres personnes.

Nous vous souhaitons bonne chance dans vos projets professionnels.

L'équipe Talent et Culture
Groupe Santé Laurentia""",
        "company": "Groupe Santé Laurentia",
        "job_title": "infirmière en chirurgie d'un jour",
        "contact": "",
        "note": "refus après texte Loi 25 et banque de candidatures",
    },
    {
        "label": "rejection",
        "subject": "RE: Suivi – poste d'infirmière en périnatalité",
        "from": "Karine Gagnon <karine.gagnon@maisondesnaissances-capitale.example>",
        "headers": {"In-Reply-To": "<YT3PR01MB8841@courrielqc.example>"},
        "body": """Bonjour Marie-Ève,

Merci pour ton suivi et désolée du délai, la fin d'automne a été occupée.

Le processus est terminé de notre côté, et nous n'irons pas de l'avant avec ta candidature. L'équipe cherchait une personne déjà formée en allaitement (IBCLC), ce qui était vraiment un incontournable pour ce poste.

Je te souhaite sincèrement de trouver un milieu qui te ressemble.

Karine Gagnon
Infirmière-chef
Maison des naissances de la Capitale

De : Marie-Ève Tremblay <marieeve.tremblay@courrielqc.example>
Envoyé : 1 décembre 2026 07:58
À : Karine Gagnon
Objet : Suivi – poste d'infirmière en périnatalité

Bonjour Mme Gagnon,
Je me permets de faire un suivi concernant l'entrevue du 6 novembre. Savez-vous quand une décision sera prise?
Merci et bonne journée,
Marie-Ève""",
        "company": "Maison des naissances de la Capitale",
        "job_title": "infirmière en périnatalité",
        "contact": "Karine Gagnon",
        "note": "fil de réponse, nous n'irons pas de l'avant",
    },
    {
        "label": "rejection",
        "subject": "Offre d'emploi conditionnelle du 10 novembre – retrait",
        "from": "Sylvie Côté <sylvie.cote@cliniquerive-sud.example>",
        "headers": {},
        "body": """Bonjour Madame Tremblay,

Le 10 novembre dernier, nous vous avons transmis une offre d'emploi conditionnelle pour le poste d'infirmière clinicienne en endoscopie, avec une entrée en fonction prévue le 12 janvier.

À la suite de la restructuration de nos services annoncée la semaine dernière, le service d'endoscopie sera transféré au centre hospitalier régional et le poste est aboli. Nous devons par conséquent retirer l'offre qui vous a été faite.

Nous sommes conscients des inconvénients que cette situation vous cause et nous vous présentons nos excuses. Je demeure disponible pour en discuter par téléphone au 418 555-0177, poste 204.

Sylvie Côté
Directrice des ressources humaines
Clinique Rive-Sud""",
        "company": "Clinique Rive-Sud",
        "job_title": "infirmière clinicienne en endoscopie",
        "contact": "Sylvie Côté",
        "note": "offre conditionnelle retirée, poste aboli",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature chez Soutien Domicile Horizon",
        "from": "Isabelle Fortin <i.fortin@soutiendomicile-horizon.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Merci d'avoir pris le temps de rencontrer notre équipe la semaine dernière.

Malheureusement, nous ne sommes pas en mesure de vous offrir un poste d'infirmière en soins à domicile pour le moment. Nos besoins ont changé depuis la publication de l'annonce : nous privilégions désormais des infirmières auxiliaires pour la majorité des visites.

Nous conservons votre CV et nous vous contacterons si un besoin en soins infirmiers se présente dans le secteur de Charlesbourg.

Bonne continuation!
Isabelle Fortin
Coordonnatrice clinique – Soutien Domicile Horizon""",
        "company": "Soutien Domicile Horizon",
        "job_title": "infirmière en soins à domicile",
        "contact": "Isabelle Fortin",
        "note": "entreprise de soins à domicile, malheureusement",
    },
    {
        "label": "rejection",
        "subject": "Candidature non retenue – Affichage 2026-INF-0517",
        "from": "Dotation – CISSS de la Côte-des-Érables <dotation.cisssce@sante-quebec-reseau.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour,

Veuillez prendre note de l'information en objet.

Merci de votre intérêt envers notre établissement.

Service de la dotation
CISSS de la Côte-des-Érables""",
        "company": "CISSS de la Côte-des-Érables",
        "job_title": "",
        "contact": "",
        "note": "décision dans l'objet seulement",
    },
    {
        "label": "job_other",
        "subject": "Convocation en entrevue – Infirmière, urgence",
        "from": "Audrey Simard <audrey.simard.ciussscb@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

À la suite de l'analyse de votre candidature à l'affichage 2026-INF-0455 (infirmière – urgence, Hôpital de l'Enfant-Jésus-du-Nord), nous avons le plaisir de vous convoquer en entrevue.

Date : jeudi 11 décembre 2026
Heure : 13 h 30
Lieu : 1401, 18e Rue, pavillon administratif, local B-214
Durée : environ 60 minutes, incluant une mise en situation clinique

Veuillez apporter une pièce d'identité avec photo ainsi que votre attestation d'inscription au tableau de l'Ordre.

Merci de confirmer votre présence par retour de courriel.

Audrey Simard
Agente de gestion du personnel
CIUSSS de la Capitale-Boréale""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "convocation en entrevue",
    },
    {
        "label": "job_other",
        "subject": "Document manquant – attestation d'inscription au tableau",
        "from": "Dotation – CISSS de la Côte-des-Érables <dotation.cisssce@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Madame Tremblay,

Nous n'avons pas reçu votre attestation d'inscription au tableau de l'Ordre pour l'année 2026-2027, exigée pour compléter votre dossier de candidature à l'affichage 2026-INF-0530.

Sans ce document, votre candidature ne pourra pas être transmise au gestionnaire. Merci de nous le faire parvenir d'ici le 12 décembre, en répondant simplement à ce courriel.

Merci de votre collaboration,
Service de la dotation
CISSS de la Côte-des-Érables""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "document manquant",
    },
    {
        "label": "job_other",
        "subject": "Accusé de réception – Affichage 2026-INF-0455",
        "from": "Dotation – CIUSSS de la Capitale-Boréale <dotation.ciussscb@sante-quebec-reseau.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Marie-Ève Tremblay,

Nous accusons réception de votre candidature pour l'affichage suivant :

Numéro : 2026-INF-0455
Titre d'emploi : Infirmière
Service : Urgence
Statut : Temps complet permanent, rotation jour-soir
Date de fin d'affichage : 5 décembre 2026

Seules les personnes retenues pour une entrevue seront contactées.

Service de la dotation
CIUSSS de la Capitale-Boréale""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "accusé de réception d'affichage",
    },
    {
        "label": "job_other",
        "subject": "Entrevue du 11 décembre déplacée",
        "from": "Audrey Simard <audrey.simard.ciussscb@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Malheureusement, l'entrevue prévue le 11 décembre doit être déplacée : la cheffe de service de l'urgence est retenue par une formation obligatoire.

Nous vous proposons le mardi 16 décembre à 9 h, au même endroit (local B-214). Si ce moment ne vous convient pas, indiquez-moi vos disponibilités et nous trouverons une autre plage.

Désolée pour ce changement!

Audrey Simard
Agente de gestion du personnel
CIUSSS de la Capitale-Boréale""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "entrevue déplacée avec malheureusement",
    },
    {
        "label": "job_other",
        "subject": "Vérification des références",
        "from": "Geneviève Lavoie <genevieve.lavoie.cisssce@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Nous procédons présentement à la vérification de vos références pour le poste d'infirmière au centre hospitalier de Montmagny.

Nous n'avons pas réussi à joindre Mme Caroline Roy au numéro indiqué (il semble hors service). Pourriez-vous nous transmettre un autre numéro ou le nom d'une autre personne ayant supervisé votre travail au cours des deux dernières années?

Merci et bonne journée,

Geneviève Lavoie
Conseillère en acquisition de talents
CISSS de la Côte-des-Érables""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "vérification des références, contact injoignable",
    },
    {
        "label": "job_other",
        "subject": "Offre d'emploi – Infirmière, urgence",
        "from": "Audrey Simard <audrey.simard.ciussscb@sante-quebec-reseau.example>",
        "headers": {},
        "body": """Bonjour Marie-Ève,

Nous avons le plaisir de vous offrir le poste d'infirmière à l'urgence de l'Hôpital de l'Enfant-Jésus-du-Nord (affichage 2026-INF-0455), temps complet permanent, rotation jour-soir.

Cette offre est conditionnelle :
- à la vérification de vos antécédents judiciaires;
- à la réception de votre questionnaire de santé préembauche;
- à la validation de votre inscription au tableau de l'Ordre.

Votre salaire sera établi selon l'échelle de la convention collective, en fonction de l'expérience reconnue (échelon à confirmer). La journée d'accueil aurait lieu le 19 janvier 2027.

Merci de nous confirmer votre acceptation d'ici le 18 décembre.

Au plaisir de vous compter parmi nous!
Audrey Simard
CIUSSS de la Capitale-Boréale""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "offre conditionnelle",
    },
    {
        "label": "job_other",
        "subject": "Aucun nouvel affichage pour votre alerte « infirmière – Québec »",
        "from": "EmploisSanté QC <alertes@emploissante-qc.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://emploissante-qc.example/alertes/desabonnement?id=20931>",
        },
        "body": """Bonjour,

Aucun nouvel affichage ne correspond à votre alerte « infirmière – Québec (Capitale-Nationale) – temps complet » depuis le dernier envoi.

Conseil : les établissements publient souvent leurs affichages le lundi. Vous pouvez aussi ajouter les régions voisines (Chaudière-Appalaches, Portneuf) à votre recherche.

Gérer mes alertes : https://emploissante-qc.example/alertes

EmploisSanté QC""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte emploi vide",
    },
    {
        "label": "job_other",
        "subject": "Re: Désistement – poste d'infirmière, Montmagny",
        "from": "Geneviève Lavoie <genevieve.lavoie.cisssce@sante-quebec-reseau.example>",
        "headers": {"In-Reply-To": "<YT3PR01MB9902@courrielqc.example>"},
        "body": """Bonjour Marie-Ève,

Bien reçu. Nous retirons votre candidature du processus pour le poste à Montmagny, et nous comprenons tout à fait que la distance soit un enjeu.

Votre dossier demeure actif pour nos autres affichages, si jamais vous changez d'idée.

Bonne continuation et félicitations pour votre nouveau poste!
Geneviève

> Bonjour Mme Lavoie,
> Je vous informe que j'ai accepté un poste à Québec et je souhaite me désister du processus pour Montmagny.
> Merci pour tout,
> Marie-Ève Tremblay""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "désistement de la candidate confirmé",
    },
    {
        "label": "job_other",
        "subject": "Rappel – questionnaire de santé préembauche non complété",
        "from": "Santé et sécurité au travail – CIUSSS de la Capitale-Boréale <sst.ciussscb@sante-quebec-reseau.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour,

Vous n'avez pas encore complété le questionnaire de santé préembauche lié à votre offre d'emploi.

Ce questionnaire est obligatoire et doit être rempli avant la journée d'accueil. Sans celui-ci, votre date d'entrée en fonction ne pourra pas être confirmée.

Pour le remplir : https://sst.ciussscb.example/questionnaire (code d'accès envoyé par texto).
Votre carnet de vaccination doit être joint au questionnaire.

Service de santé et sécurité au travail""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "questionnaire préembauche non complété",
    },
    {
        "label": "ham",
        "subject": "refusée en soins infirmiers...",
        "from": "Léa Tremblay <lea.tremblay02@courrielqc.example>",
        "headers": {},
        "body": """Salut grande sœur,

J'ai eu ma réponse du cégep pour soins infirmiers, c'est un refus au premier tour. Ma cote R était trop basse avec ma session de chimie ratée. Je suis tellement déçue, toi tu m'avais dit que c'était le plus beau métier du monde.

Ma conseillère dit de postuler au deuxième tour à Lévis ou à Thetford, il reste des places. Tu penses que c'est une bonne idée?

On peut s'appeler ce soir?
Léa xx""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "sœur refusée au cégep",
    },
    {
        "label": "ham",
        "subject": "Votre facture d'électricité est disponible",
        "from": "Énergie Boréale <factures@energieboreale.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Marie-Ève Tremblay,

Votre facture pour la période du 3 octobre au 2 décembre 2026 est maintenant disponible dans votre Espace client.

Montant à payer : 187,42 $
Date d'échéance : 23 décembre 2026

Astuce hiver : baisser le chauffage de 3 °C la nuit peut réduire votre facture jusqu'à 10 %.

Consulter ma facture : https://espaceclient.energieboreale.example

Énergie Boréale""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "facture",
    },
    {
        "label": "ham",
        "subject": "Liste d'attente – CPE Les Petits Flocons",
        "from": "CPE Les Petits Flocons <admission@cpe-petitsflocons.example>",
        "headers": {},
        "body": """Bonjour Madame Tremblay,

Nous avons bien reçu votre demande pour une place en pouponnière pour Noah à partir de février 2027.

Nous sommes désolés, mais nous ne pouvons pas vous offrir de place pour le moment : nos groupes de poupons sont complets jusqu'à l'automne prochain. La demande de Noah demeure active sur la liste d'attente centralisée, et nous vous contacterons si une place se libère.

Bonne journée,
Chantal, responsable des admissions
CPE Les Petits Flocons""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "garderie sans place",
    },
    {
        "label": "ham",
        "subject": "Rappel de vaccin pour Pistache",
        "from": "Clinique vétérinaire Limoilou <rendezvous@vetlimoilou.example>",
        "headers": {},
        "body": """Bonjour,

Le vaccin annuel de Pistache (chat, 6 ans) est dû le 15 décembre 2026.

Pour prendre rendez-vous, appelez-nous au 418 555-0133 ou réservez en ligne : https://vetlimoilou.example/rdv

Au plaisir de vous voir tous les deux!
L'équipe de la Clinique vétérinaire Limoilou""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "rappel vétérinaire",
    },
]

# ---------------------------------------------------------------------------
# Persona F - Luca Rochat, logisticien, Lausanne / Genève
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection",
        "subject": "Votre postulation – Logisticien CFC à 100 %",
        "from": "Ressources humaines Transvaud <rh@transvaud.example>",
        "headers": {},
        "body": """Monsieur,

Nous accusons réception de votre postulation pour le poste de Logisticien CFC à 100 % au sein de notre centre de distribution de Bussigny et vous remercions de l'intérêt que vous portez à notre entreprise.

Après un examen attentif de votre dossier, nous sommes malheureusement dans l'obligation de vous informer que nous ne pouvons pas retenir votre candidature. Nous avons en effet reçu de nombreuses postulations et notre choix s'est porté sur des profils correspondant plus précisément à nos exigences.

Conformément à nos usages, nous détruisons les documents reçus par voie électronique.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Monsieur, nos meilleures salutations.

Service des ressources humaines
Transvaud SA – Chemin de l'Industrie 8 – 1030 Bussigny""",
        "company": "Transvaud",
        "job_title": "Logisticien CFC à 100 %",
        "contact": "",
        "note": "formule suisse classique, malheureusement",
    },
    {
        "label": "rejection",
        "subject": "Poste de Chef d'équipe logistique – suite de votre dossier",
        "from": "Corinne Mauron <corinne.mauron@lemanfrais.example>",
        "headers": {},
        "body": """Monsieur Rochat,

Nous vous remercions vivement de l'intérêt manifesté pour le poste de Chef d'équipe logistique au sein de notre plateforme de produits frais de Satigny, ainsi que du temps consacré à notre entretien du 18 novembre.

Après une analyse approfondie des dossiers, nous avons le regret de vous informer que nous avons retenu une personne disposant d'une expérience plus longue dans la conduite d'équipes en horaires de nuit.

Vous avez laissé une très bonne impression à nos responsables, et nous nous permettrons de vous recontacter si une opportunité correspondant à votre profil devait se présenter.

Avec nos meilleures salutations,

Corinne Mauron
Responsable RH
Léman Frais SA – Satigny (GE)""",
        "company": "Léman Frais",
        "job_title": "Chef d'équipe logistique",
        "contact": "Corinne Mauron",
        "note": "refus après entretien, regret",
    },
    {
        "label": "rejection",
        "subject": "Magasinier cariste – Meyrin",
        "from": "Sébastien Perret <s.perret@valjob-placement.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Je vous informe que le poste de magasinier cariste chez notre client à Meyrin a été repourvu hier. Je retire donc votre dossier de cette mission.

Je reste attentif aux prochaines ouvertures dans la région genevoise et vous recontacte dès qu'un poste similaire se présente.

Meilleures salutations,
Sébastien Perret
Conseiller en personnel – ValJob Placement Genève
022 555 01 48""",
        "company": "ValJob Placement",
        "job_title": "magasinier cariste",
        "contact": "Sébastien Perret",
        "note": "agence de placement, poste repourvu",
    },
    {
        "label": "rejection",
        "subject": "Votre dossier – Coordinateur logistique",
        "from": "Nathalie Jaquier <nathalie.jaquier@horlogerie-vallee.example>",
        "headers": {},
        "body": """Monsieur Rochat,

Nous vous remercions pour l'envoi de votre dossier de candidature pour le poste de Coordinateur logistique sur notre site du Sentier.

Le poste a finalement été attribué à un collaborateur interne, qui occupait jusqu'ici une fonction au département expéditions. Le recrutement externe est de ce fait terminé.

Nous vous remercions de votre compréhension et vous adressons nos meilleures salutations.

Nathalie Jaquier
Gestionnaire RH
Horlogerie de la Vallée SA""",
        "company": "Horlogerie de la Vallée",
        "job_title": "Coordinateur logistique",
        "contact": "Nathalie Jaquier",
        "note": "poste attribué en interne",
    },
    {
        "label": "rejection",
        "subject": "Recrutement Responsable d'entrepôt – information",
        "from": "Pierre-Alain Dubois <pa.dubois@alpilog.example>",
        "headers": {},
        "body": """Monsieur,

Vous avez postulé au poste de Responsable d'entrepôt pour notre nouveau site d'Aclens et nous vous en remercions.

Suite à la décision de notre conseil d'administration de regrouper nos activités sur le site existant de Crissier, l'ouverture d'Aclens est reportée sine die. Le poste ne sera donc pas ouvert et le recrutement est annulé. Nous avons par conséquent clos l'ensemble des dossiers reçus.

Nous regrettons ce contretemps et vous adressons nos meilleures salutations.

Pierre-Alain Dubois
Directeur des opérations
Alpilog SA""",
        "company": "Alpilog",
        "job_title": "Responsable d'entrepôt",
        "contact": "Pierre-Alain Dubois",
        "note": "recrutement annulé, réorganisation",
    },
    {
        "label": "rejection",
        "subject": "Candidature Disponent / Planificateur transport",
        "from": "Martina Fankhauser <m.fankhauser@rhonespeed.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Merci beaucoup pour votre candidature et pour notre entretien téléphonique de jeudi.

Comme évoqué, le poste de planificateur transport implique des échanges quotidiens avec notre siège de Berne et nos chauffeurs alémaniques, en allemand et en suisse-allemand. Votre profil ne correspond donc pas aux exigences du poste à ce niveau, même si votre expérience en planification est intéressante.

Je vous souhaite beaucoup de succès pour la suite.

Freundliche Grüsse / Meilleures salutations
Martina Fankhauser
HR Business Partner – RhôneSpeed AG, filiale de Villeneuve""",
        "company": "RhôneSpeed",
        "job_title": "planificateur transport",
        "contact": "Martina Fankhauser",
        "note": "refus pour l'allemand exigé, sans mots classiques",
    },
    {
        "label": "rejection",
        "subject": "Update on your application / Mise à jour de votre candidature",
        "from": "Helvetic Parcel Careers <careers@smartrecruiters-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Bonjour Luca,

Merci de l'intérêt que vous portez à Helvetic Parcel et de votre candidature au poste de Team Leader Hub – Genève Aéroport.

Après examen de votre profil, nous ne poursuivrons pas le processus avec votre candidature pour ce poste.

Nous vous encourageons à postuler à nouveau pour d'autres postes correspondant à votre expérience.

Meilleures salutations,
Talent Acquisition Helvetic Parcel

--
Helvetic Parcel AG · Zürich · Genève · Lugano
This is an automated message. Diese Nachricht wurde automatisch erstellt. Ce message a été généré automatiquement.""",
        "company": "Helvetic Parcel",
        "job_title": "Team Leader Hub – Genève Aéroport",
        "contact": "",
        "note": "ATS, pied de page multilingue",
    },
    {
        "label": "rejection",
        "subject": "RE: Entretien du 26 novembre – Gestionnaire de stock",
        "from": "Olivier Chappuis <olivier.chappuis@pharmaroute.example>",
        "headers": {"In-Reply-To": "<GV0P278MB0193@bluemail.example>"},
        "body": """Bonjour Monsieur Rochat,

Merci pour votre message et pour l'intérêt que vous continuez de porter à notre société.

Nous avons décidé de poursuivre avec un autre candidat, qui possède déjà l'expérience des bonnes pratiques de distribution (BPD/GDP) dans le domaine pharmaceutique. C'était un critère important pour notre audit Swissmedic de l'an prochain.

Je vous remercie encore pour l'entretien et vous souhaite plein succès.

Meilleures salutations,
Olivier Chappuis
Responsable logistique – PharmaRoute SA, Plan-les-Ouates

-----Message d'origine-----
De : Luca Rochat <luca.rochat@bluemail.example>
Envoyé : mercredi, 3 décembre 2026 17:21
À : Olivier Chappuis
Objet : Entretien du 26 novembre – Gestionnaire de stock

Bonjour Monsieur Chappuis,
Je me permets de revenir vers vous suite à notre entretien du 26 novembre. Le poste m'intéresse toujours beaucoup et je reste à disposition pour tout complément.
Meilleures salutations,
Luca Rochat""",
        "company": "PharmaRoute",
        "job_title": "Gestionnaire de stock",
        "contact": "Olivier Chappuis",
        "note": "fil de relance, refus sans mots classiques",
    },
    {
        "label": "rejection",
        "subject": "Notre offre du 20 novembre 2026",
        "from": "Caroline Rey <caroline.rey@bio-leman-distribution.example>",
        "headers": {},
        "body": """Monsieur Rochat,

Nous revenons vers vous concernant l'offre d'engagement que nous vous avons transmise le 20 novembre pour le poste de Responsable logistique adjoint.

Notre principal client, une chaîne de magasins bio, a résilié son contrat avec effet au 31 janvier. Face à cette perte de volume, la direction a suspendu tous les engagements prévus. Nous devons donc malheureusement retirer notre offre, et ce avant la signature du contrat.

Nous sommes sincèrement désolés de cette situation et restons à votre disposition pour un entretien téléphonique.

Avec nos meilleures salutations,

Caroline Rey
Directrice administrative
Bio Léman Distribution Sàrl – Vernier""",
        "company": "Bio Léman Distribution",
        "job_title": "Responsable logistique adjoint",
        "contact": "Caroline Rey",
        "note": "offre retirée avant signature",
    },
    {
        "label": "rejection",
        "subject": "Votre candidature chez Coopérative Alpina",
        "from": "Coopérative Alpina – Recrutement <jobs@cooperative-alpina.example>",
        "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
        "body": """Bonjour Monsieur Rochat,

Merci pour votre intérêt pour la Coopérative Alpina.

Avec plus de 9'000 collaboratrices et collaborateurs en Suisse romande, Alpina est l'un des principaux employeurs de la région. Nous offrons des conditions d'engagement attractives : 5 semaines de vacances, une caisse de pension performante, des rabais sur nos assortiments et de nombreuses possibilités de formation continue.

Protection des données : vos données sont traitées conformément à la loi fédérale sur la protection des données (LPD) et conservées au maximum 6 mois après la clôture du processus, sauf accord de votre part pour un délai plus long.

Pool de talents : si vous le souhaitez, vous pouvez rejoindre notre pool de talents et recevoir nos offres d'emploi par e-mail. Il suffit d'activer cette option dans votre profil candidat.

Concernant votre postulation pour le poste de Chef de dépôt – Centrale de distribution d'Écublens, nous ne sommes pas en mesure d'y donner une suite favorable.

Nous vous souhaitons plein succès pour votre avenir professionnel.

Coopérative Alpina – Ressources humaines""",
        "company": "Coopérative Alpina",
        "job_title": "Chef de dépôt – Centrale de distribution d'Écublens",
        "contact": "",
        "note": "refus en fin de boilerplate LPD / pool de talents",
    },
    {
        "label": "job_other",
        "subject": "Confirmation de réception de votre postulation",
        "from": "Léman Frais – Ressources humaines <jobs@lemanfrais.example>",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Monsieur Rochat,

Nous vous confirmons la bonne réception de votre postulation pour le poste de Chef d'équipe logistique (Satigny, 100 %, horaires de nuit).

Votre dossier sera étudié avec attention. Nous prendrons contact avec vous dans un délai d'environ trois semaines.

Meilleures salutations,
Service RH – Léman Frais SA""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "accusé de réception de postulation",
    },
    {
        "label": "job_other",
        "subject": "Invitation à un entretien – Gestionnaire de stock",
        "from": "Olivier Chappuis <olivier.chappuis@pharmaroute.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Votre dossier a retenu notre attention et nous avons le plaisir de vous inviter à un entretien pour le poste de Gestionnaire de stock.

Date : mercredi 26 novembre 2026, 14h00
Adresse : PharmaRoute SA, Chemin du Pont-du-Centenaire 110, 1228 Plan-les-Ouates (parking visiteurs P2)
Participants : Olivier Chappuis (responsable logistique), Sandra Bovet (RH)

L'entretien sera suivi d'une courte visite de l'entrepôt à température dirigée ; prévoyez une veste.

Merci de nous confirmer votre venue.

Meilleures salutations,
Olivier Chappuis""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "invitation à un entretien en entrepôt",
    },
    {
        "label": "job_other",
        "subject": "Dossier incomplet – certificats de travail",
        "from": "Nadia Bertholet <n.bertholet@coop-transports-romands.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Merci pour votre postulation au poste de Logisticien – préparation de commandes.

Votre dossier est incomplet : il manque les certificats de travail de vos deux derniers employeurs (Transvaud et Rapid'Express) ainsi qu'une copie de votre CFC. Nous ne pouvons malheureusement pas transmettre un dossier incomplet au responsable de secteur.

Pourriez-vous nous faire parvenir ces documents d'ici au 12 décembre ?

Meilleures salutations,
Nadia Bertholet
Assistante RH – Transports Romands Coop""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "dossier incomplet, pièces manquantes",
    },
    {
        "label": "job_other",
        "subject": "Mission temporaire – préparateur de commandes – Vernier",
        "from": "Sébastien Perret <s.perret@valjob-placement.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

J'ai une mission temporaire qui pourrait vous intéresser en attendant un poste fixe :

- Préparateur de commandes / cariste, entrepôt de distribution à Vernier
- Du 5 janvier au 31 mars 2027, possibilité de prolongation
- Horaires en équipe 6h–14h30 / 14h–22h30
- CHF 27.50 brut de l'heure, vacances et 13e en sus

Permis cariste obligatoire. Êtes-vous intéressé ? Je peux vous proposer au client dès demain.

Meilleures salutations,
Sébastien Perret
ValJob Placement Genève""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "proposition de mission temporaire",
    },
    {
        "label": "job_other",
        "subject": "Suite de votre candidature – permis cariste",
        "from": "Yves Favre <yves.favre@alpilog.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Merci pour notre échange de ce matin. Nous souhaitons poursuivre le processus avec vous pour le poste de Logisticien spécialisé à Crissier.

Un point à clarifier : votre permis cariste obtenu en France n'est pas reconnu tel quel par notre assurance. Ce n'est pas un obstacle, nous organiserons la formation complémentaire (2 jours, à nos frais) durant vos premières semaines.

Je vous propose une journée d'essai le jeudi 11 décembre, de 7h à 16h. Merci de me confirmer.

Meilleures salutations,
Yves Favre
Chef d'exploitation – Alpilog SA""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "permis non reconnu mais processus continue",
    },
    {
        "label": "job_other",
        "subject": "Aucune nouvelle annonce pour « logisticien » – Vaud / Genève",
        "from": "JobsRomandie <alertes@jobsromandie.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.jobsromandie.example/alertes/stop?id=77310>",
        },
        "body": """Bonjour,

Aucune nouvelle annonce ne correspond à votre abonnement « logisticien » (Vaud, Genève, 80–100 %) depuis hier.

Vous pouvez élargir votre recherche aux cantons de Fribourg et du Valais ou ajouter « magasinier » et « cariste » à vos mots-clés.

Gérer mes abonnements : https://www.jobsromandie.example/alertes

JobsRomandie – l'emploi en Suisse romande""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "alerte emploi vide",
    },
    {
        "label": "job_other",
        "subject": "Contrat de travail – Logisticien spécialisé",
        "from": "Ressources humaines Alpilog <rh@alpilog.example>",
        "headers": {},
        "body": """Monsieur Rochat,

Suite à votre journée d'essai concluante, nous avons le plaisir de vous transmettre en annexe votre contrat de travail pour le poste de Logisticien spécialisé, aux conditions suivantes :

- Taux d'activité : 100 %, 42 heures par semaine
- Salaire mensuel brut : CHF 5'450.–, versé 13 fois l'an
- Lieu de travail : Crissier
- Entrée en fonction : 5 janvier 2027
- Période d'essai : 3 mois

Nous vous remercions de nous retourner un exemplaire daté et signé d'ici au 19 décembre.

Nous nous réjouissons de votre arrivée et vous adressons nos meilleures salutations.

Service RH – Alpilog SA""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "contrat de travail envoyé",
    },
    {
        "label": "job_other",
        "subject": "Rendez-vous de mardi annulé – nouvelle date",
        "from": "Sandra Bovet <sandra.bovet@pharmaroute.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Nous sommes au regret de devoir annuler le rendez-vous de mardi 18 novembre : un contrôle inopiné des autorités mobilise toute l'équipe logistique ce jour-là.

Pourrions-nous le reporter au mercredi 26 novembre à 14h00 ? Une invitation mise à jour suivra.

Avec nos excuses pour ce désagrément,
Sandra Bovet
RH – PharmaRoute SA""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "rendez-vous annulé et reporté, au regret",
    },
    {
        "label": "job_other",
        "subject": "Votre dossier – point de situation",
        "from": "Nadia Bertholet <n.bertholet@coop-transports-romands.example>",
        "headers": {},
        "body": """Bonjour Monsieur Rochat,

Merci pour l'envoi des certificats manquants, votre dossier est maintenant complet.

Aucune décision n'a encore été prise : le responsable de secteur rencontre les premiers candidats la semaine prochaine et nous vous tiendrons informé d'ici la fin de l'année.

Meilleures salutations,
Nadia Bertholet
Assistante RH – Transports Romands Coop""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "statut en cours",
    },
    {
        "label": "ham",
        "subject": "Appartement 3.5 pièces – Avenue de Morges 52",
        "from": "Régie du Lac SA – Location <location@regiedulac.example>",
        "headers": {},
        "body": """Monsieur,

Nous vous remercions de l'intérêt que vous avez porté à l'appartement de 3.5 pièces situé à l'Avenue de Morges 52, à Lausanne.

Nous sommes au regret de vous informer que votre dossier n'a pas été retenu, le bailleur ayant attribué le logement à un autre candidat.

Vous trouverez nos autres objets à louer sur notre site : https://www.regiedulac.example/louer

Nous vous présentons nos meilleures salutations.

Régie du Lac SA – Service location""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "régie immobilière, dossier non retenu",
    },
    {
        "label": "ham",
        "subject": "Décision concernant votre demande de remboursement",
        "from": "Caisse-maladie Helvesana <service@helvesana.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Monsieur Luca Rochat,

Nous avons examiné votre demande de remboursement pour les séances de physiothérapie du 2 au 30 octobre 2026.

Nous ne pouvons malheureusement pas prendre en charge ces prestations au titre de l'assurance complémentaire Confort, celles-ci n'étant pas couvertes par votre contrat. Les prestations relevant de l'assurance de base ont été remboursées selon le décompte ci-joint.

Pour toute question, notre service clientèle est à votre disposition au 0800 555 010.

Meilleures salutations,
Helvesana – Service des prestations""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "caisse maladie, refus de remboursement",
    },
    {
        "label": "ham",
        "subject": "Salut, des nouvelles",
        "from": "Kevin Moret <kevin.moret@bluemail.example>",
        "headers": {},
        "body": """Salut Luca,

Alors, tes recherches ? Moi j'ai eu la réponse de la compagnie de bus à Lausanne pour la formation de conducteur : recalé, ils m'ont dit que mes tests de conduite n'étaient pas assez bons. Ça me reste en travers, mais bon, je retente au printemps.

On se fait une fondue samedi soir au chalet de mon oncle à Villars ? Il y aura aussi Julien et Mélanie.

A+
Kev""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "ami qui raconte son propre refus",
    },
    {
        "label": "ham",
        "subject": "Horaire 2027 : ce qui change sur vos lignes",
        "from": "Voyageurs Léman <newsletter@voyageurs-leman.example>",
        "headers": {
            "Precedence": "bulk",
            "List-Unsubscribe": "<https://www.voyageurs-leman.example/newsletter/desinscription>",
        },
        "body": """Bonjour,

Le nouvel horaire entre en vigueur le 14 décembre. Voici les principales nouveautés dans votre région :

• Lausanne – Genève : un train supplémentaire toutes les heures en soirée
• Ligne du Pied du Jura : nouvelle cadence à la demi-heure
• Bus de nuit Lausanne – Morges : désormais aussi le jeudi

Consultez l'horaire en ligne ou dans l'application.

Bon voyage !
Voyageurs Léman

Se désabonner : https://www.voyageurs-leman.example/newsletter/desinscription""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "newsletter transports",
    },
    {
        "label": "ham",
        "subject": "Noël chez nous",
        "from": "Grand-maman <jeanne.rochat@bluemail.example>",
        "headers": {},
        "body": """Mon petit Luca,

Tu viendras bien à Bulle pour le 24 ? J'ai commandé la dinde chez le boucher et ta tante apporte les meringues avec la double crème.

Ton grand-papa demande si tu pourrais l'aider à monter le sapin, son dos lui fait de nouveau des misères.

Je t'embrasse bien fort,
Ta grand-maman""",
        "company": "",
        "job_title": "",
        "contact": "",
        "note": "famille",
    },
]

# ---------------------------------------------------------------------------
# Builder
# ---------------------------------------------------------------------------
FIELDS = ("subject", "from", "headers", "body", "company", "job_title", "contact", "note")


def main():
    rows = list(MESSAGES)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, msg in enumerate(rows, start=1):
            row = {
                "id": "%s-%03d" % (PREFIX, i),
                "source": SOURCE,
                "label": msg["label"],
                "language": LANGUAGE,
            }
            for key in FIELDS:
                row[key] = msg[key]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
