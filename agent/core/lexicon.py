"""Phrase tables for the rejection classifier: data only, no logic.

All patterns are regular expressions matched against *normalised* text: lower-case, typographic
apostrophes/quotes folded to ASCII, whitespace collapsed to single spaces (see classify._normalise).

Weights: a phrase of weight >= DECISIVE on its own says "the candidate was turned down"; weaker
phrases only add confidence. A message is a job rejection when it has at least one decisive phrase,
job context outweighs non-job context, and no look-alike rule overrides it.
"""

from __future__ import annotations

# A search paused for this role (and the candidate let go) counts as a rejection, as the real
# corpora label it; a company-wide hiring freeze does not (job_other), so these words veto it.
PAUSED = "recruitment paused"
PAUSE_VETO = ("hiring freeze", "einstellungsstopp", "gel des recrutements", "gel des embauches",
              "congelación de contrataciones")

def words(text: str) -> frozenset[str]:
    """A set of words written as one string (easier to read and edit than a list)."""
    return frozenset(text.split())


DECISIVE = 2.0  # a phrase at least this heavy can decide a rejection by itself
REJECTION_THRESHOLD = 2.5  # total rejection weight needed (decisive phrase + support)
# A pause that keeps the application open ("your application remains active"): no decision
# yet, so the model alone cannot make it a rejection (a decisive rule cue still can).
KEPT_OPEN = "application kept open"
# The same veto for mail the candidate's own step explains: a withdrawal they asked for, a
# talent pool they joined themselves.
OWN_STEP = "the candidate's own step"
# ... and for a job alert with nothing in it ("no new jobs match your alert"): sorry, but no news
NO_NEWS = "no new jobs"
# The JOB_OTHER labels that keep the model alone from deciding a rejection.
NO_DECISION = frozenset({KEPT_OPEN, OWN_STEP, NO_NEWS})
# JOB_OTHER labels that say the process goes on (model features); the other labels are
# boilerplate that rejections carry too ("kept on file", "careers portal", "opportunity").
NEXT_STEP_SIGNALS = frozenset({
    "application received", "received", "application sent", "interview", "phone screen",
    "interview round", "scheduling", "offer/congratulations", "assessment", "job alert",
    "recruiter outreach", "still reviewing/status", "application received/interview (de/fr/es)",
    "application kept open", "the candidate's own step",
})
JOB_OTHER_THRESHOLD = 2.0  # total job-signal weight for "job_other"

# ---------------------------------------------------------------------------------------------
# Rejection phrases: (pattern, weight, short label used in reasons). Per language.
# ---------------------------------------------------------------------------------------------
_OTHERS = r"(?:other|another|a different|different|more suitable|stronger|the other|alternative)"
_PEOPLE = r"(?:candidate|applicant|individual|person|profile|finalist)s?"
_GO_ON = (
    r"(?:move|moving|moved|proceed|proceeding|go|going|continue|continuing|progress|progressing|"
    r"pursue|pursuing|push|pushing|advance|advancing)"
)
_APP = r"(?:application|candidacy|candidature|profile|submission|resume|cv|interest)"

REJECTION: dict[str, tuple[tuple[str, float, str], ...]] = {
    "en": (
        (rf"\b{_GO_ON} (?:forward |ahead |on )?with {_OTHERS} {_PEOPLE}", 3.0,
         "chose other candidates"),
        (rf"\b(?:pursue|pursuing|select|selected|hire|hired|choose|chose|chosen|explore) "
         rf"(?:an?other|other|a different) {_PEOPLE}", 3.0, "chose other candidates"),
        (rf"\b(?:move|moving|proceed|proceeding|continue|continuing)(?: forward| ahead)? with "
         rf"(?:the )?{_PEOPLE} (?:whose|who|that|with)", 2.5, "proceeding with other candidates"),
        (r"\b(?:move|moving|proceed|proceeding) forward with candidates\b", 2.5,
         "proceeding with other candidates"),
        (r"\b(?:proceed|proceeding|go|going|move forward|moving forward|continue|continuing|hire|"
         r"hired|select|selected|chose|chosen|offered (?:it|the (?:role|position)) to) (?:with )?"
         r"someone else\b", 3.0, "chose someone else"),
        (rf"\b{_GO_ON} (?:forward |ahead )?with others\b", 3.0, "chose other candidates"),
        (r"\bextend(?:ed)? (?:an |the )?offer (?:out )?to (?:a|an|another|the other|other) "
         r"(?:candidate|applicant)", 3.0, "offer went to another candidate"),
        (r"\b(?:does not|doesn't|do not|don't|did not|didn't) (?:match|align with|fit|meet) "
         r"(?:our|the) (?:current |specific |minimum )?(?:needs|requirements|selection criteria|"
         r"criteria)", 2.5,
         "profile does not match needs"),
        (r"\b(?:don't|do not) (?:see|think there is) (?:a |an )?(?:strong |good |mutual |clear )*"
         r"(?:fit|match)", 2.5, "no mutual fit"),
        (rf"\b(?:not|cannot|can't|won't|wouldn't|unable to|decided against|no longer) (?:to |be )?"
         rf"{_GO_ON}(?: forward| ahead|"
         rf" further)? (?:with|in) (?:your|the|this) (?:{_APP}|recruit|hiring|selection|process)",
         3.0, "not moving forward with the application"),
        (rf"\bnot (?:be )?(?:progressing|progress|advancing|advance|taking forward|considering) "
         rf"your {_APP}", 3.0, "not progressing the application"),
        (r"\b(?:not|won't|wouldn't|aren't|isn't) (?:be )?(?:moving|proceeding|progressing) "
         r"(?:forward|ahead|further)\b",
         2.5, "not moving forward"),
        # "we will not move forward" (a decision in the first person), but not "please do not
        # move ahead with the test yet" nor "we will not move forward to scheduling until ..."
        (r"\b(?:we|i)(?:'ll| will| shall| would| are going to| have decided to)? (?:not|won't|"
         r"wouldn't) (?:move|proceed|progress) (?:forward|ahead|further)\b"
         r"(?![^.;!?\n]{0,80}\b(?:until|unless|once|before|without|if|as soon as)\b)",
         2.5, "not moving forward"),
        (r"\b(?:unable|not able|won't be able|will not be able) to (?:(?:move|proceed|progress|"
         r"advance)(?: (?:forward|ahead|further|with (?:you|your)|you))|take your|select you)"
         r"(?![^.;!?\n]{0,80}\b(?:until|unless|once|before|without|if|as soon as)\b)",
         2.5, "unable to proceed"),
        # an offer taken back in the passive or for everyone at once ("all open offers ... are
        # being withdrawn. Unfortunately, this includes your offer", "the offer we confirmed
        # with you ... is withdrawn", "every open offer ... is being rescinded, including yours")
        (r"\b(?:this|that) includes your offer\b|\boffers?\b[^.!?]{0,120}\b(?:is|are|has been|"
         r"have been) (?:being )?(?:withdrawn|rescinded|revoked|pulled)\b[^.!?]{0,40}"
         r"\b(?:including yours|yours included)|\b(?:the|your) offer (?:we|that we) "
         r"(?:extended|made|confirmed|sent)\b[^.!?]{0,120}\b(?:is|has been|must be|will be) "
         r"(?:now )?(?:withdrawn|rescinded|revoked)", 3.0, "offer rescinded"),
        # applications closed for everyone, the reader's among them
        (r"\bclosing (?:out )?(?:the |all )?(?:remaining |open |outstanding )?applications\b"
         r"[^.!?]{0,30}(?:yours included|including yours)|\b(?:has|have) not been placed on the "
         r"(?:eligible|eligibility|hiring|referral) list", 3.0, "applications closed"),
        # not a time to come: "review continues until the position is filled", "we will
        # notify all applicants once the position has been filled"
        (r"(?<!until the )(?<!until this )(?<!once the )(?<!when the )(?<!after the )"
         r"\b(?:position|role|vacancy|job|opening|post|requisition)s?\b[^.]{0,40}?\b(?:has|have|"
         r"had|is) (?:now |already |recently |since |just )?(?:been )?(?:filled|closed|cancelled|"
         r"canceled)\b", 3.0, "position filled"),
        (r"\bwe(?: have|'ve)? (?:now |just |recently |already )?filled (?:the|this|that|our) "
         r"(?:position|role|vacancy|opening|job)", 3.0, "position filled"),
        (r"\b(?:position|role|vacancy|opening) (?:is|was) no longer (?:available|open)", 2.5,
         "position no longer available"),
        (r"\b(?:program|programme|intake|cohort|class|internship|scheme)s? (?:has|have|is|are) "
         r"(?:now |already )?(?:reached (?:its |full )?capacity|full|fully (?:booked|subscribed))|"
         r"\ball (?:the |our )?(?:places|spots|seats|positions|openings)\b[^.]{0,40}? (?:are|have "
         r"been) (?:now )?(?:taken|filled|allocated|allotted)", 3.0, "programme at capacity"),
        (r"\bno longer (?:hiring|recruiting|interviewing|accepting applications|reviewing "
         r"applications) for\b", 2.5, "no longer hiring for the role"),
        (rf"\bnot in a position to (?:take|move|progress|advance|offer|pursue|proceed)\w* (?:you|"
         rf"your|with your)? ?(?:{_APP}|further|forward|an offer)", 3.0,
         "not moving forward with the application"),
        (rf"\b(?:offer|offered)(?: the (?:position|role|job))? to {_OTHERS} {_PEOPLE}", 3.0,
         "offer went to another candidate"),
        (rf"\b(?:an?other|other|a different) {_PEOPLE} (?:has|have|was|were) (?:been )?(?:selected|"
         r"chosen|hired|offered|appointed)", 3.0, "another candidate was selected"),
        (r"\bstatus:? ?(?:not selected|rejected|declined|unsuccessful|not progressing)", 3.0,
         "status not selected"),
        (rf"\b(?:{_APP}|you) (?:was|were|has|have|is|are)(?: not|n't)(?: been)? "
         # not "declined", "rejected" or "closed": after the negation those say it is still open
         r"(?:selected|chosen|successful|shortlisted|short-listed|retained)",
         3.0,
         "application not selected"),
        (r"\byou (?:have not|haven't|were not|weren't|are not|aren't) (?:been )?(?:selected|"
         r"chosen|successful|shortlisted)", 3.0, "not selected"),
        (r"\b(?:did not|didn't) (?:select|choose|shortlist) (?:you|your|it)", 3.0, "not selected"),
        (r"\b(?:not|n't) (?:been )?(?:selected|chosen) (?:to|for) (?:move|moving|further|the next|"
         r"an interview|interview)", 3.0, "not selected to move forward"),
        (rf"\b(?:your {_APP}|you) (?:has|have|was|were) (?:been )?(?:unsuccessful|declined|"
         r"rejected)\b", 3.0,
         "application unsuccessful"),
        (r"\bunsuccessful (?:on this occasion|this time|at this time)", 2.5, "unsuccessful"),
        # the role named between ("Your application for Hub Supervisor (Indianapolis) was not
        # successful at this time")
        (rf"\byour {_APP} (?:for|to) [^.!?]{{2,80}}?\b(?:was|has been|is) (?:not|n't) (?:been )?"
         r"(?:successful|selected|shortlisted|progressed)", 3.0, "application not selected"),
        (r"\b(?:we're|we are|we'll|we will|we've decided to|we have decided to|we decided to|"
         r"we need to|we have to|we'll have to) (?:going to |have to )?pass(?: on (?:your|you|this|"
         r"moving)| for now| this time| at this (?:time|stage)|[.,;!])", 2.5, "going to pass"),
        (r"\b(?:unable|not able|cannot|can't|can not|won't be able|will not be able) (?:to )?offer "
         r"you (?:a|the|this|an|any|further|employment|a position)", 3.0, "unable to offer"),
        (r"\bno longer (?:be )?(?:being )?(?:consider|considered|under consideration)", 2.5,
         "no longer considered"),
        (r"\bnot (?:been )?(?:chosen|selected) for further consideration|not able to offer you "
         r"further consideration", 3.0, "no further consideration"),
        (r"\bdecided (?:not to|against) (?:proceed|move|moving|progress|offer|invite|hire|extend|"
         r"continue|advance|pursue)", 3.0, "decided not to proceed"),
        (r"\b(?:decided|chosen|opted) to (?:go|move) (?:in )?(?:a )?(?:different|another) "
         r"direction", 2.5, "went in a different direction"),
        (r"\bnot the (?:most competitive|strongest|successful|right|best|selected) "
         r"(?:candidate|applicant|fit|match)\b(?!\?)", 2.5, "not the right candidate"),
        (r"\bnot (?:the right|a good|a strong|the best|a) (?:fit|match) (?:for|at)", 2.0,
         "not the right fit"),
        (r"\byou (?:will not|won't|are not|aren't) (?:be )?(?:moving|progressing|advancing|"
         r"proceeding)(?: forward| further| ahead)?", 3.0, "not moving forward"),
        (r"\b(?:not|n't) (?:be )?(?:inviting|invite|invited) you (?:to|for)", 2.5,
         "not invited to interview"),
        (r"\b(?:decline|declining) your (?:application|candidacy)", 3.0, "application declined"),
        (r"\b(?:pausing|paused|halting|halted|suspending|suspended) (?:the|our|this) "
         r"(?:recruitment|recruiting|hiring|search|selection)", 2.5, PAUSED),
        (r"\b(?:putting|put|placed|placing) (?:the|this|that|our) (?:position|role|search|"
         r"requisition|opening|vacancy|recruitment)\b[^.]{0,30}? on hold", 2.5, PAUSED),
        (rf"\b{_PEOPLE} whose (?:skills|experience|background|backgrounds|qualifications|profile)",
         1.5, "other candidates matched better"),
        # the employer takes back an offer it made ("we must withdraw our offer of employment",
        # "I have to rescind the offer"); the candidate's own step is OWN_STEP's
        (r"\b(?:withdraw|withdrawing|rescind|rescinding|revoke|revoking|retract|retracting) "
         r"(?:the|our|your|this|my)(?: [\w-]+){0,4} offer\b|"
         r"\boffer(?: of employment)?(?: \w+){0,4} "
         r"(?:(?:has|have|had) been|is being|is|was) (?:rescinded|withdrawn|revoked|retracted)\b",
         3.0, "offer withdrawn"),
        (r"\b(?:decided|chosen|chose|opted) to go with (?:a |an )?(?:more (?:senior|experienced)|"
         r"internal|another|different|someone)", 3.0, "chose someone else"),
        (r"\b(?:i'm|i am|we're|we are) (?:now |also )?closing (?:out )?your application|"
         r"\b(?:we|i)(?:'ve| have) (?:now |also )?closed (?:out )?your application", 3.0,
         "application closed"),
        (r"\bclos(?:e|ing) all (?:open |current |remaining )?applications\b[^.!?]{0,40}"
         r"including yours", 3.0, "application closed"),
        (r"\b(?:it's|it is|that's|that is) a no\b|\ba (?:no|pass) from (?:us|me|the (?:team|client|"
         r"hiring manager))", 2.5, "a no"),
        (r"\bregret to (?:inform|tell|let you know|advise)", 1.5, "regret to inform"),
        (r"\bmore closely (?:match|matches|matched|align|aligns|aligned|meet|meets|fit|fits)", 1.0,
         "others matched more closely"),
        (r"\bunfortunately\b", 0.5, "unfortunately"),
        (r"\bafter (?:careful|thoughtful|further|much) (?:consideration|review|deliberation)", 0.5,
         "after careful consideration"),
        (r"\b(?:wish|wishing) you (?:the (?:very )?best|all the best|success|every success|"
         r"continued success|luck|best of luck)", 0.5, "best wishes"),
        (r"\bkeep your (?:resume|cv|details|information|profile) on (?:file|record)", 0.5,
         "kept on file"),
    ),
    "de": (
        (r"\b(?:für|zugunsten) (?:einen anderen|eine andere|andere|anderer|einen|eine) "
         r"(?:kandidat|bewerber|mitbewerber)", 3.0, "anderer Kandidat (other candidate)"),
        (r"\bkeine (?:positive|positiven|erfreuliche|erfreulichen|bessere) "
         r"(?:rückmeldung|nachricht|"
         r"nachrichten|antwort|mitteilung)", 3.0, "keine positive Rückmeldung (no positive news)"),
        (r"\bkeine zusage\b", 2.5, "keine Zusage (no offer)"),
        (r"\bnicht (?:weiter |mehr |näher )?(?:berücksichtig|in betracht|in die engere|"
         r"weiterverfolg|verfolgen|mit ihnen fortsetz|fortsetz)", 3.0,
         "nicht berücksichtigt (not considered)"),
        (r"\b(?:stelle|position|vakanz|vakante stelle)\b[^.]{0,40}\b(?:anderweitig |bereits |"
         r"inzwischen |mittlerweile )*(?:besetzt|vergeben)", 3.0,
         "Stelle besetzt (position filled)"),
        (r"\banderweitig (?:besetzt|vergeben|entschieden)", 3.0, "anderweitig besetzt (filled)"),
        (r"\bgegen (?:ihre|deine) (?:bewerbung|kandidatur) entschieden", 3.0,
         "gegen Ihre Bewerbung entschieden (decided against)"),
        (r"\b(?:ihnen|dir) (?:leider )?(?:keine stelle|kein angebot|keine position) anbieten", 3.0,
         "kein Angebot (no offer)"),
        # a subject that is only the decision ("Absage", "Absage – Kennziffer 07/2026"), the
        # letter attached; not an appointment called off ("Absage Vorstellungsgespräch")
        (r"^(?:aw: |re: |wg: )?absage(?:\n| ?[-:|] (?!(?:ihr(?:es)? |unser(?:es)? |des |zum |für )?"
         r"(?:termin|gespräch|vorstellungsgespräch|interview|veranstaltung|kurs|seminar|treffen|"
         r"meeting|webinar|event|probe|schnupper))| (?:zu |auf )?(?:ihre[rn]?|deine[rn]?) "
         r"bewerbung)", 3.0, "Absage im Betreff (rejection)"),
        # not an appointment called off ("Absage: Vorstellungsgespräch am Montag")
        # nor "das ist keine Absage"
        (r"(?<!keine )(?<!kein )\babsage\b(?! ?[-:|]? ?(?:des |ihres |unseres |zum |für den |für "
         r"das )?(?:termin|gespräch|vorstellungsgespräch|interview)\w*)", 2.0,
         "Absage (rejection)"),
        (r"\b(?:uns|mich) (?:leider |dann |nun |jetzt )?(?:doch )?gegen (?:dich|sie) entschieden",
         3.0, "gegen Sie entschieden (decided against)"),
        # the employer takes back its offer ("ziehe unsere Zusage an Sie zurück", "dass wir
        # dieses Angebot zurückziehen", "Rücknahme Angebot")
        (r"\b(?:unser\w*|das|dieses|die|diese|ihr\w*|dein\w*) (?:\w+ )?(?:angebot|"
         r"vertragsangebot|jobangebot|stellenangebot|zusage|einstellungszusage)\b"
         r"(?:[^.!?]|(?<=\d)\.){0,100}?zurück(?:ziehen|zuziehen|nehmen|zunehmen)\b|"
         r"\bziehen? (?:wir |ich )?(?:\w+ ){0,2}(?:unser\w*|das|dieses|die|diese|dein\w*|ihr\w*) "
         r"(?:\w+ )?(?:angebot|zusage)\w*(?:[^.!?]|(?<=\d)\.){0,100}? zurück\b|\brücknahme (?:des |"
         r"unseres |ihres )?(?:\w+)?angebot|\b(?:ihre|deine) (?:einstellung|zusage)\b[^.!?]{0,80}"
         r"nicht (?:aufrecht ?erhalten|aufrechtzuerhalten|halten)", 3.0,
         "Angebot zurückgezogen (offer withdrawn)"),
        (r"\b(?:für|zugunsten) (?:eine andere person|jemand(?:en)? anderen|jemand anderes|eine "
         r"andere kandidatin)\b|\b(?:gehen|machen) (?:wir )?mit (?:jemand(?:em)? anderem|einer "
         r"anderen person|einem anderen kandidaten|einer anderen kandidatin) weiter|\b(?:gehen|"
         r"machen) (?:wir )?mit jemandem weiter(?=[ ,]+(?:der|die)\b)", 3.0,
         "jemand anderes (someone else)"),
        (r"\b(?:hat|haben) (?:deine|ihre) bewerbung\b[^.!?]{0,80}\babgelehnt|\b(?:deine|ihre) "
         r"bewerbung (?:wurde|ist) (?:leider )?abgelehnt|\bstatus:? ?(?:abgelehnt|absage|nicht "
         r"ausgewählt|nicht berücksichtigt)", 3.0, "Bewerbung abgelehnt (application declined)"),
        (r"\bschließen (?:wir )?(?:daher |deshalb |somit |nun )?(?:alle )?(?:offenen |laufenden )?"
         r"(?:bewerbungen|bewerbungsverfahren|bewerbungsprozesse)\b[^.!?]{0,60}\bauch (?:deine|"
         r"ihre|ihres|deines)\b|\b(?:deine|ihre) bewerbung (?:wird|wurde) (?:damit |daher |somit )?"
         r"(?:geschlossen|abgeschlossen)\b", 3.0, "Bewerbung geschlossen (application closed)"),
        (r"\b(?:stelle|position) (?:vorerst |zunächst |doch |nun )?nicht (?:zu |neu zu )?besetzen|"
         r"\b(?:stelle|position|funktion)\b[^.!?]{0,60}\bwird (?:vorerst |zunächst |doch |nun |"
         r"vorläufig |damit |daher )?nicht (?:neu |mehr )?besetzt|\bwird (?:die|diese) (?:\w+ )?"
         r"(?:stelle|position|funktion)\b[^.!?]{0,60}\bnicht (?:mehr |neu )?besetzt",
         3.0, "Stelle nicht besetzt (not filled)"),
        (r"\bkönnen (?:wir )?(?:sie|dich) (?:daher |deshalb |leider |somit )*nicht (?:als \w+ )?"
         r"(?:einstellen|beschäftigen|übernehmen)\b", 3.0, "nicht einstellen (not hired)"),
        (r"\bgegen (?:eine|ein|einen) (?:persönliche |weitere |weiteres )?(?:vorstellung|"
         r"vorstellungsgespräch|gespräch|einladung|interview|kennenlernen)\b[^.!?]{0,20}"
         r"entschieden", 3.0, "gegen ein Gespräch entschieden (no interview)"),
        (r"\b(?:ein|das) nein (?:von uns|vom kunden|des kunden|vom team)\b|\bes ist (?:leider |am "
         r"ende )?ein nein\b", 2.5, "ein Nein (a no)"),
        (r"\bnicht (?:für|in) die (?:nächste|weitere) (?:runde|phase|auswahlrunde)", 3.0,
         "nicht in die nächste Runde (not next round)"),
        (r"\bmüssen (?:wir )?ihnen (?:leider )?mitteilen", 1.5,
         "müssen Ihnen mitteilen (must inform)"),
        (r"\bleider\b", 0.5, "leider (unfortunately)"),
        (r"\bviel erfolg\b|\balles gute\b", 0.5, "Viel Erfolg (best wishes)"),
    ),
    "fr": (
        (r"\b(?:n'a|n'ont|n'avons|ne sera|ne pouvons|ne pourrons|ne l'avons|ne l'a|ne l'ont) "
         r"(?:pas|plus) (?:pu )?(?:été )?"
         r"(?:retenue?s?|sélectionnée?s?|donner suite|y donner suite)", 3.0,
         "pas retenue (not selected)"),
        # the reader's application closed, the role given to someone inside
        (r"\b(?:clore|clôturer|fermer|fermons|clôturons) (?:donc )?(?:ta|votre) candidature|"
         r"\b(?:ta|votre) candidature (?:sur ce (?:besoin|mandat|poste) )?(?:est|a été) (?:donc )?"
         r"(?:fermée|close|clôturée|terminée)", 3.0, "candidature close (application closed)"),
        # the role itself is gone: stopped, suppressed, no longer open, taken by someone
        # (suspended for a while is no decision: "suspendu quelques semaines, votre candidature
        # reste active")
        (r"\brecrutement (?:[\w'()-]+ ){0,5}(?:a été|est) (?:définitivement (?:suspendu|gelé|"
         r"abandonné|annulé|arrêté)|(?:suspendu|gelé) définitivement|abandonné|annulé|arrêté)|"
         r"\b(?:poste|offre)\b[^.!?]{0,60}\b(?:n'est (?:donc )?plus "
         r"(?:à pourvoir|ouvert|d'actualité|disponible)|a été supprimé|sera (?:finalement )?occupé "
         r"par)|\baucun recrutement n'aura lieu|\b(?:avons|a) recruté en interne", 3.0,
         "poste supprimé (position gone)"),
        (r"\bposte\b[^.!?]{0,60}?\b(?:a|avons) (?:finalement |donc )?été (?:attribué|confié)|"
         r"\b(?:avons|a|ont) (?:finalement |donc )?(?:attribué|confié) (?:le|ce) poste à", 3.0,
         "poste attribué (position given)"),
        (r"\bpas (?:été )?retenue?s?\b", 3.0, "pas retenue (not selected)"),
        (r"\bne (?:pas |pouvons pas |pourrons pas |pouvons malheureusement pas )?(?:y )?donner "
         r"(?:une )?suite", 3.0, "pas de suite (not pursued)"),
        (r"\b(?:pas|aucune|ne peut|ne pouvons) (?:de |une |donner )?suite favorable", 3.0,
         "pas de suite favorable (not pursued)"),
        (r"\b(?:poursuivre|continuer|avancer|retenir|privilégier) (?:avec |le processus avec )?"
         r"(?:d'autres|un autre|une autre|un\(e\) autre) (?:candidat|profil)", 3.0,
         "autre candidat (other candidate)"),
        (r"\b(?:d'autres|un autre|une autre) (?:candidat|candidate|profil)s?\b", 2.0,
         "autre candidat (other candidate)"),
        (r"\bposte (?:a été|est|est déjà|a déjà été) (?:déjà )?(?:re)?pourvu", 3.0,
         "poste pourvu (position filled)"),
        (r"\b(?:réponse|issue) (?:défavorable|négative)", 3.0,
         "réponse défavorable (negative answer)"),
        # the employer takes back its offer ("nous annulons votre embauche", "revenir sur notre
        # promesse d'embauche"); not a posting taken down ("l'offre a été retirée")
        (r"\b(?:annul\w*|retir\w*|revenir sur|revenons sur) (?:donc |malheureusement |"
         r"finalement )?(?:votre|notre|la|cette|ta) "
         r"(?:promesse d'embauche|proposition d'embauche|proposition d'emploi|embauche|proposition "
         r"de poste|offre d'emploi|offre d'embauche)", 3.0, "embauche annulée (offer withdrawn)"),
        (r"\b(?:devons|dois|devions|avons dû|sommes contraints d'|nous voyons contraints de|"
         r"sommes obligés d'|sommes dans l'obligation de) (?:(?:donc|par conséquent|"
         r"malheureusement|hélas) )*(?:annuler|retirer|revenir sur|renoncer à) "
         r"(?:l'|la |votre |notre |"
         r"cette |ta |tous les |les )(?:offre|promesse|proposition|embauche|engagement|contrats?)"
         r"\b|\b(?:proposition|offre|promesse|contrat|embauche|engagement)\b[^.!?]{0,60}\bne "
         r"(?:peut|pourra) (?:donc |malheureusement )?pas (?:être )?(?:maintenue?|honorée?)|"
         r"\bannuler (?:tous )?les contrats\b[^.!?]{0,60}y compris (?:le tien|le vôtre|votre|"
         r"ton)", 3.0, "embauche annulée (offer withdrawn)"),
        (r"\bn'(?:avez|a|êtes|est) pas (?:été )?déclarée?s? (?:admissible|admise?)|"
         r"\bnon admissible\b", 3.0, "pas admissible (not admitted)"),
        (r"\b(?:avons|a|ont) (?:finalement |donc )?(?:privilégié|préféré|retenu|choisi|opté pour) "
         r"(?:un|une) (?:\w+ ){0,2}?(?:candidat|candidate|profil|personne|étudiant|étudiante|"
         r"collègue)\b", 3.0, "autre candidat (other candidate)"),
        (r"\b(?:décidé|choisi) de ne (?:pas|plus) (?:recruter|pourvoir|ouvrir|embaucher|engager)|"
         r"\bn'(?:engageons|embauchons|recrutons) (?:actuellement |pour le moment )?(?:aucun|"
         r"personne|pas d)|\bn'(?:ai|avons) (?:donc |finalement )?plus besoin (?:de|d'|du) "
         r"(?:remplaçant|renfort|personne|candidat|stagiaire|quelqu'un)", 2.5,
         "pas de recrutement (no hire)"),
        (r"\bc'est (?:malheureusement |donc )?(?:un )?non(?:, (?:désolée?|malheureusement|navrée?)|"
         r" pour (?:cette fois|vous|toi|ce poste|le poste))", 2.5, "c'est non (a no)"),
        (r"\b(?:le |notre |ce )(?:process|processus)(?: de recrutement| de sélection)? s'arrête\b",
         2.5, "processus arrêté (process ended)"),
        (r"\bne figure(?:z)? (?:pas|ni) sur la liste (?:principale|d'admission|des (?:admis|"
         r"lauréats))", 3.0, "pas sur la liste d'admission (not admitted)"),
        (r"\bsommes au regret|avons le regret|regrettons de vous", 1.5, "au regret (regret)"),
        (r"\bmalheureusement\b", 0.5, "malheureusement (unfortunately)"),
    ),
    "es": (
        (r"\b(?:continuar|seguir|avanzar|proseguir|avanzamos|continuamos|seguimos) (?:adelante )?"
         r"(?:el proceso )?con otros? (?:candidat|perfil|postulant)", 3.0,
         "otros candidatos (other candidates)"),
        (r"\botr[oa]s? (?:candidat[oa]s?|perfiles|perfil|postulantes?)\b", 2.0,
         "otros candidatos (other candidates)"),
        (r"\bno (?:ha|has|han|hemos) (?:sido )?(?:seleccionad|elegid|escogid|avanzado)", 3.0,
         "no seleccionado (not selected)"),
        (r"\bno (?:continuar[aá]s?|seguir[aá]s?|avanzar[aá]s?|pasar[aá]s?|podremos (?:continuar|"
         r"avanzar|seguir|ofrecer))", 3.0, "no continuará (will not continue)"),
        (r"\bno (?:seguir|continuar|avanzar) (?:adelante )?con (?:su|tu) (?:candidatura|"
         r"solicitud|postulaci)", 3.0, "no seguir con la candidatura (not proceeding)"),
        (r"\b(?:vacante|puesto|posici[oó]n|plaza) (?:ya )?(?:ha sido|fue|se ha) (?:ya )?"
         r"(?:cubiert|ocupad)", 3.0, "vacante cubierta (position filled)"),
        (r"\b(?:lamentamos|sentimos) (?:informarle|informarte|comunicarle|comunicarte|decirle)",
         1.5, "lamentamos informarle (regret to inform)"),
        (r"\b(?:lamentablemente|desafortunadamente|lastimosamente)\b", 0.5,
         "lamentablemente (unfortunately)"),
    ),
}

# Word starts showing the mail is about a job: (alternatives, weight); each row counts once.
# Matched as plain substrings of " " + normalised text (a leading space = start of a word), which
# is several times cheaper than regular expressions over every message.
JOB_CONTEXT: tuple[tuple[tuple[str, ...], float], ...] = (
    ((" job", " position", " vacanc", " opening", " role ", " role.", " role,", " roles "), 1.0),
    ((" candida", " applicant"), 1.0),
    ((" hiring", " recruit", " talent acquisition", " interview", " employment", " career"), 1.0),
    ((" resume", " cv ", " cv.", " graduate program", " graduate scheme", " internship",
      " traineeship"), 1.0),
    ((" application", " applying", " applied", " reapply", " re-apply"), 0.5),
    ((" shortlist", " next round", " further consideration", " qualifications", " skill set",
      " your experience", " your profile", " your background"), 0.5),
    ((" hire", " cover letter", " portfolio", " onsite", " on-site", " take-home",
      " coding challenge", " technical test", " case study", " the panel", " this hire"), 0.5),
    ((" engineer", " developer", " manager", " designer", " analyst", " specialist",
      " coordinator", " consultant", " intern ", " associate", " director", " scientist",
      " administrator", " assistant", " marketer", " accountant", " supervisor", " officer",
      " nurse", " teacher", " technician", " clerk", " paralegal", " attorney", " pharmacist",
      " receptionist", " lecturer", " postdoc"), 0.5),
    # German, French and Spanish with as many rows as English: a German rejection says
    # "Bewerbung" once and names the role in a compound ("Softwareentwickler (m/w/d)"), so one
    # row per language left most of it below the model's bar. Role words and gender tags are
    # matched inside compounds (no leading space).
    ((" bewerb", " beworben"), 1.0),
    ((" stelle ", " stelle.", " stelle,", " stellenan", " stellenaus", " ausschreibung",
      " vakanz"), 1.0),
    ((" kandidat", " bewerber", " mitbewerber", " talentpool", " talent-pool",
      " personalabteilung", " auswahlverfahren", " auswahlprozess", " recruiting",
      " personalverwaltung", " personaldienst", " kennziffer"), 1.0),
    ((" vorstellungsgespräch", " bewerbungsgespräch", " karriere", " lebenslauf",
      " bewerbungsunterlagen", " anschreiben"), 1.0),
    (("(m/w/d)", "(w/m/d)", "(m/f/d)", "(d/m/w)", "(m/w/x)", "(w/m/x)", "(all genders)",
      " werkstudent", "werkstudi", "-stelle", " praktik", " ausbildung", " trainee",
      " festanstellung", "entwickler",
      "ingenieur", "berater", "leiter", " referent", "sachbearbeit", "assistenz", "fachkraft"),
     0.5),
    ((" letzten runde", " finalen runde", " finale runde", " nächste runde", " nächsten runde",
      " zweitgespräch", " kennenlerngespräch", " case-präsentation", " fallstudie"), 0.5),
    ((" rolle ", " rolle.", " rolle,", " probetag", " probearbeit", " einarbeitung",
      " arbeitsvertrag", " zusage an", " eingestellt"), 0.5),
    ((" candidature", " postul"), 1.0),
    ((" poste ", " poste.", " poste,", " poste :", " emploi", " recrutement", " recruteu",
      " embauche"), 1.0),
    ((" entretien", " curriculum", " carrière", " candidat", " talents"), 1.0),
    ((" apprenti", " jury", " commission de recrutement", " admissible", " embaucher",
      " période d'essai", " statut :"), 0.5),
    (("(h/f)", "(f/h)", "(h/f/x)", " stage ", " stage.", " stagiaire", " alternance",
      " alternant", " cdi ", " cdd ", " contrat étudiant", " contrats étudiants", "développeu",
      "ingénieur", " chef de projet",
      " responsable", " chargé", " technicien", " analyste", " profil"), 0.5),
    ((" puesto", " vacante", " empleo", " selección", " seleccion", " entrevista",
      " postulaci"), 1.0),
    ((" candidatura", " postulaste", " postularte", " currículum", " reclutamiento"), 1.0),
    ((" prácticas", " practicas", " becari", " desarrollador", " ingenier", " analista",
      " técnico", " perfil"), 0.5),
)

# Non-job contexts that use rejection wording: (pattern, weight, label for reasons).
NON_JOB_CONTEXT: tuple[tuple[str, float, str], ...] = (
    (r"\b(?:talk proposal|your talk|the talk|cfp|call for (?:papers|proposals|speakers)|speakers?|"
     r"keynote|program committee|programme committee|conference)\b", 1.0, "talk/conference"),
    (r"\b(?:manuscript|your paper|the paper|camera-ready|proceedings|journal|reviewers' comments|"
     r"reviewer comments|peer review|submission #|submission number|paper #|paper id)", 1.0,
     "paper/submission"),
    (r"\b(?:apartment|rental|tenancy|tenant|landlord|lease|letting agent|the flat|a flat|"
     r"property viewing|the viewing|appartement|dossier de location|bailleur|"
     r"agence immobilière|wohnung|mietvertrag|vermieter\w*|mietinteressent\w*|"
     r"hausverwaltung|besichtigung|logement|loyer)\b", 1.5, "rental"),
    # a flat given to another applicant: the home and its owner together count twice
    (r"\b(?:appartement|logement|wohnung|apartment|the flat|this flat|the property|studio)\b"
     r"[^!?]{0,160}\b(?:bailleur|propriétaire|vermieter\w*|landlord|owner|dossier de location|"
     r"mietinteress\w*|locataire|tenant)\b|\b(?:bailleur|propriétaire|vermieter\w*|landlord)\b"
     r"[^.!?]{0,120}\b(?:appartement|logement|wohnung|apartment|flat|property)\b", 1.5,
     "rental decision"),
    (r"\b(?:credit card|card application|credit limit|loan|mortgage|credit report|credit "
     r"history|bank account|demande de prêt|prêt personnel|prêt immobilier|votre prêt|crédit à "
     r"la consommation|kreditantrag|kreditanfrage|ihr kredit|darlehensantrag|"
     r"finanzierungsanfrage|baufinanzierung)\b", 1.5,
     "credit/banking"),
    (r"\b(?:unable|not able) to approve (?:your|the) (?:request|application|loan)|\b(?:refinanc\w*|"
     r"credit union|adverse action|credit score|debt-to-income|loan-to-value)\b", 1.5,
     "credit decision"),
    # "grant" alone is also a surname in a signature ("Olivia Grant, Talent Lead")
    (r"\b(?:(?:the|a|your|our|research|travel|small) grant|grant (?:application|proposal|"
     r"funding|award|money)|grants|funding|fellowship|fellowships|scholarship|bursary|"
     r"demande de financement|dossier de financement|appel à projets|subvention|förderantrag|"
     r"fördermittel|stipendium|forschungsantrag|\w*stipendi\w*)\b", 1.5,
     "grant/fellowship"),
    (r"\b(?:pull request|merge request|your patch|this patch|your commit|this commit|repository|"
     r"maintainers|upstream)\b", 1.5, "code contribution"),
    (r"\b(?:vendor|vendors|supplier|rfp|tender|your quote|your bid|procurement|solution "
     r"provider)\b", 1.5, "vendor/procurement"),
    (r"\b(?:your order|order #|order number|shipment|refund|parcel|tracking number|out for "
     r"delivery|your package|your purchase)\b", 1.0, "shop/order"),
    (r"\b(?:admission|admissions|admit you|enrolment|enrollment|study abroad|exchange "
     r"program(?:me)?|certificate program(?:me)?|"
     r"studienplatz\w*|zulassung|immatrikulation|studiengang|parcoursup|candidature en master|"
     r"kita-?platz|kita|betreuungsplatz|place en crèche|crèche)\b", 1.0, "admissions"),
    (r"\b(?:giveaway|sweepstakes|raffle|contest|lottery|concours photo|tirage au sort|"
     r"gewinnspiel|verlosung|auslosung|lotterie|loterie)\b", 1.5, "contest"),
    (r"\b(?:visa application|membership application|visum\w*|aufenthaltstitel|titre de séjour|"
     r"demande de visa|vacances-travail|working holiday)\b", 1.0, "membership/visa"),
)

# A friend or colleague commiserating: about a job rejection, but not one (label "other").
SYMPATHY = (
    r"\b(?:sorry|sad|gutted|bummer) (?:to hear )?(?:that )?(?:you|u) (?:didn't|did not|don't|"
    r"weren't|were not) (?:get|land|hear back|make it)",
    r"\bsorry (?:to hear )?about (?:the|your) (?:job|rejection|interview)",
    r"\b(?:their|its) loss\b",
)

# Look-alike job mail (label job_other): (pattern, weight, label).
JOB_OTHER: tuple[tuple[str, float, str], ...] = (
    (r"\b(?:received|receipt of|we have your|got) (?:your|the) (?:application|profile|resume|cv|"
     r"submission|materials|documents)", 2.0, "application received"),
    (r"\b(?:application|profile) (?:has been|was|is) (?:successfully )?(?:received|submitted|"
     r"sent)", 2.0, "application received"),
    (r"\b(?:application|submission) has reached us", 2.0, "application received"),
    (r"\b(?:thank you|thanks) for (?:your )?(?:applying|application|submitting your|expressing "
     r"interest in)", 2.0, "thanks for applying"),
    (r"\b(?:thank you|thanks) for your interest\b", 1.0, "thanks for your interest"),
    (r"\b(?:has|have) been (?:successfully )?received\b", 1.5, "received"),
    (r"\bwe(?: have|'ve)? received your\b", 1.5, "received"),
    (r"\byour application (?:was sent|to)\b", 2.0, "application sent"),
    (r"\bapplication submitted\b", 2.0, "application sent"),
    (r"\bapplied on\b", 2.0, "application sent"),
    (r"\binterview (?:invitation|invite|request|slot|is scheduled|is confirmed|has been "
     r"(?:scheduled|confirmed))", 2.0, "interview"),
    (r"\b(?:your|an|the|a|our|phone|video|technical|behavioral|behavioural|final|onsite|"
     r"on-site|first|second|next|round \d|follow-up|panel) interviews?\b(?! with (?:the )?(?:"
     r"press|media|cnn|bbc|times))", 2.0, "interview"),
    (r"\bphone screen", 2.0, "phone screen"),
    (r"\b(?:first|second|final|next)[- ]round\b", 2.0, "interview round"),
    (r"\b(?:invit\w*|schedul\w*|reschedul\w*|availability|calendly|video call|next stage|"
     r"shortlisted|time slots?|(?:quick|short|brief) (?:call|chat)|what time works)\b", 1.0,
     "scheduling"),
    (r"\b(?:pleased|happy|delighted|excited|thrilled) to (?:offer|extend|inform|invite|have you)",
     2.0, "offer/congratulations"),
    (r"\boffer letter\b", 2.0, "offer/congratulations"),
    (r"\bcongratulations\b", 2.0, "offer/congratulations"),
    (r"\bwelcome aboard\b", 2.0, "offer/congratulations"),
    (r"\bwelcome to the team\b", 2.0, "offer/congratulations"),
    (r"\b(?:extend|proceed with) an offer\b", 2.0, "offer/congratulations"),
    (r"\byou (?:have been|are|were) (?:selected|accepted) for\b", 2.0, "offer/congratulations"),
    (r"\b(?:coding (?:challenge|assessment|test|exercise)|take-home|hackerrank|codility|"
     r"codesignal|test task|aptitude test|"
     r"technical assessment|online assessment|pre-employment)\b", 2.0, "assessment"),
    (r"\b(?:assessment|questionnaire|case study)\b", 1.0, "assessment"),
    (r"\b(?:job alert|new jobs|jobs (?:for you|matching)|recommended jobs|jobs you may|"
     r"saved search|new positions|jobs posted|posted \d+ days? ago)\b", 2.0, "job alert"),
    (r"\b(?:came across your (?:profile|resume)|i'm a recruiter|i am a recruiter|recruiter at|"
     r"exciting opportunity|immediate opening|our client|(?:found|have) an? (?:job|role|position|"
     r"opportunity) (?:for you|that|which|you)|job description|jobs? (?:that|which) (?:could|may|"
     r"might) (?:match|interest)|talent acquisition team of)\b", 2.0, "recruiter outreach"),
    (r"\b(?:new opportunity|opportunity with|your resume|your cv)\b", 1.0, "opportunity"),
    (r"\b(?:application|candidacy|resume|profile) is (?:currently |still )?(?:under review|under "
     r"consideration|being reviewed)", 2.0, "still reviewing/status"),
    (r"\b(?:still reviewing|reviewing (?:your|all) (?:application|resume|materials)|reviewing "
     r"applications|application status|candidate portal|hiring freeze)\b", 2.0,
     "still reviewing/status"),
    # a pause that keeps the application open: no decision yet
    (r"\b(?:(?:application|candidacy) (?:remains|stays|is still) (?:active|open)|when the "
     r"(?:search|process|hiring|recruitment) (?:resumes|restarts|reopens)|bewerbung bleibt "
     r"(?:selbstverständlich |weiterhin )*(?:aktiv|bestehen|im (?:auswahl)?verfahren)|"
     r"weiterhin im (?:auswahl)?verfahren|candidature reste (?:active|en cours|ouverte)|"
     r"candidatura sigue activa|(?:able|ready) to resume (?:the|our) (?:process|search|hiring|"
     r"recruitment)|temporarily (?:on hold|paused)|vorübergehend (?:pausiert|ausgesetzt)|"
     r"temporairement suspendu|(?:votre|ton) dossier (?:reste|est toujours|demeure) (?:en cours|à "
     r"l'étude|actif)|candidature (?:demeure|est toujours) (?:active|à l'étude|en cours)|pas en "
     r"mesure de vous (?:donner|communiquer|apporter) (?:une |de )?réponse avant|inscrite? sur la "
     r"liste complémentaire)\b", 2.0, KEPT_OPEN),
    (r"\b(?:aucune nouvelle offre ne correspond|pas de nouve(?:aux|lles) (?:jobs?|offres?|"
     r"annonces?) pour (?:votre|ton) alerte|keine neuen (?:stellen|jobs|stellenangebote|treffer|"
     r"angebote) (?:für (?:ihren|deinen|ihre|deine) (?:suchauftrag|suche|jobalarm|job-alarm|"
     r"suchprofil)|gefunden|zu (?:ihrem|deinem) (?:suchauftrag|suchprofil))|no new (?:jobs|"
     r"positions|openings|matches) (?:match|for|this)|there are no new jobs|(?:jobagent\w*|"
     r"job-?alarm|suchauftrag|job alert|alerte)\b[^.!?]{0,80}\bkeine neuen (?:jobs|stellen|"
     r"stellenangebote|treffer|angebote)\b)", 2.0, NO_NEWS),
    # the process goes on for the reader: selected for the next step, or asked to send again
    # what could not be read (a decision the model alone must not read into "not able to")
    (r"\b(?:(?:votre|ta) candidature a été (?:sélectionnée|retenue) pour (?:la suite|la prochaine|"
     r"un entretien|le prochain)|(?:advance|move|moving|advancing) you (?:forward )?to the (?:next|"
     r"final) (?:round|stage|step)|(?:move|moving) forward with you (?:to|into) the (?:next|"
     r"final)|(?:pas en mesure|impossible) d'ouvrir (?:votre|la|ta) pièce jointe|(?:could not|"
     r"couldn't|were unable to|are unable to|cannot|can't) open (?:your|the) (?:attachment|file|"
     r"document)|(?:ihren|deinen|den) anhang (?:leider )?nicht öffnen|(?:votre|ta) candidature "
     r"n'a (?:donc )?pas (?:pu )?être (?:transmise|soumise|enregistrée|envoyée)|(?:votre|ta) "
     r"candidature n'a (?:donc )?pas été (?:transmise|soumise|enregistrée|envoyée)|(?:your )?"
     r"application (?:was|has) not (?:yet )?been (?:submitted|completed)|(?:your )?application "
     r"(?:could not|couldn't) be (?:submitted|saved|sent)|(?:ihre|deine) bewerbung (?:konnte|"
     r"wurde) (?:leider )?nicht (?:übermittelt|gespeichert|abgeschickt|eingereicht))", 2.0,
     KEPT_OPEN),
    # the candidate's own step, said to them: they withdrew or declined (not "the role was
    # withdrawn", which is the employer's decision), or joined a talent pool
    (r"\b(?:(?:confirm\w*|bestätigen|confirmons|confirmamos)[^.!?]{0,90}(?:\byou\b|\byour\b|"
     r"\bsie\b|\bdu\b|\bihre?\b|\bdeine?\b|\bvous\b|\bvotre\b|\bton\b|\bta\b)"
     r"[^.!?]{0,40}(?:withdr\w*|zurückgezogen|retrait|retiré\w*|retirada|désistement)|"
     r"(?:as|like) you (?:requested|asked)[^.!?]{0,60}(?:withdr\w*|out of (?:the|our) "
     r"(?:process|search|pool))|as requested,? (?:we(?:'ve| have)? )?withdr\w*|"
     r"(?:withdr\w*|closed?) your (?:application|candidacy)[^.!?]{0,60}(?:as (?:you )?requested|"
     r"at your request|per your request)|you(?: have|'ve| had)? accepted (?:another|a different|"
     r"an other) (?:offer|position|role|job)|"
     r"following your (?:email|request|message)[^.!?]{0,40}withdr\w*|you(?:'re| are) "
     r"withdrawing\b|(?:sorry|sad) to lose you\b|"
     r"retir\w* (?:votre|ta) candidature[^.!?]{0,60}(?:tel que|comme) (?:demandé|convenu|"
     r"souhaité)|félicitations pour (?:votre|ton) nouve(?:au|l) (?:défi|poste|emploi|job)|"
     r"congratulations on (?:your|the) new (?:role|job|position)|glückwunsch zu(?:r| deiner| "
     r"ihrer) neuen (?:stelle|position|aufgabe)|"
     r"wie (?:gewünscht|besprochen)[^.!?]{0,60}zurückgezogen|auf (?:ihren|deinen) wunsch"
     r"[^.!?]{0,60}zurückgezogen|(?:comme demandé|à votre demande|à ta demande)[^.!?]{0,60}"
     r"retir\w*|"
     r"you(?: have|'ve| had)? (?:withdrawn|withdrew|(?:decided|chosen|chose) to (?:withdraw|"
     r"decline|turn down|accept another|pursue another|go with another)|declined (?:our|the) "
     r"(?:offer|invitation))|your (?:withdrawal|declination|request to withdraw|decision to "
     r"(?:withdraw|decline|turn down|accept|pursue|go with|step back|not))|"
     r"(?:rückzug|zurückziehen|rücknahme) (?:ihrer|deiner) bewerbung|(?:sie|du)(?: haben| hast)? "
     r"(?:ihre|deine) bewerbung[^.!?]{0,80}zurück(?:gezogen|genommen)|"
     r"(?:ihre|deine) entscheidung[^.!?]{0,40}"
     r"(?:abzusagen|zurückzuziehen|anzunehmen|abzulehnen|nicht)|"
     r"retrait de (?:votre|ta) candidature|(?:votre|ton) désistement|(?:vous avez|tu as) "
     r"(?:décidé de |choisi de )?(?:retirer|décliner|renoncer|refuser|accepter une autre)|"
     r"(?:votre|ta) décision de (?:ne pas|retirer|décliner|renoncer|refuser|rejoindre|"
     r"poursuivre)|comme (?:vous nous l'avez|tu nous l'as|vous l'avez|tu l'as) demandé[^.!?]{0,60}"
     r"retir\w*|comme (?:vous nous l'avez|tu nous l'as) demandé[^!?]{0,160}retir\w*|"
     r"(?:dass|that) (?:du dich|sie sich|you) (?:in|for|to|into) "
     r"(?:unseren|unsere|our) (?:talent ?pool|talent (?:community|network))|"
     r"(?:du dich|sie sich) in unseren talent-?pool eingetragen)", 2.0, OWN_STEP),
    (r"\b(?:under review|under consideration|on hold|status updates?|update you)\b", 1.0,
     "status"),
    (r"\bkeep your (?:details|resume|cv|information|application|profile) on (?:file|record)",
     1.0, "kept on file"),
    (r"\b(?:career site|careers site|candidate profile|talent community|job id|req(?:uisition)? "
     r"(?:id|#)|candidate help center|create account|account (?:has been )?created)\b", 1.5,
     "careers portal"),
    (r"\b(?:eingang ihrer bewerbung|bewerbung erhalten|einladung|vorstellungsgespräch|"
     r"candidature a bien été reçue|avons bien reçu|hemos recibido|entrevista)\b", 2.0,
     "application received/interview (de/fr/es)"),
    (r"\b(?:job|position|role|vacancy|opening|candidate|recruiting|hiring)\b", 0.5, "job words"),
)

# Sentences starting with these are hypothetical and dropped before rejection matching
# ("If you are not selected, we will keep your details on file.").
CONDITIONAL = (
    r"\b(?:if|should|in case|in the event|falls|wenn|sollten|sollte|sofern|si|en caso de que|"
    r"unvollständige bewerbungen|bewerbungen ohne|until (?:the|this) (?:position|role|vacancy|"
    r"post) (?:is|has been) filled|once (?:the|this) (?:position|role|vacancy) (?:is|has been) "
    r"filled|"
    r"unless|sans réponse|sans retour|sans nouvelles|andernfalls|ansonsten|"
    r"sans ce(?:s)? (?:document|pièce|justificatif)s?|faute de quoi|"
    r"(?:à défaut|en l'absence) d[e']\s?(?:nouvelles|réponse|retour)|faute de réponse|"
    r"ohne (?:rückmeldung|antwort|nachricht)|sin noticias|erfolgt (?:bis dahin |bis zu diesem "
    r"(?:termin|zeitpunkt) |innerhalb dieser frist )?keine|"
    r"absent a response|(?:applications?|applicants?|candidates?) (?:without|missing|"
    r"(?:that|who) (?:do|are|were|have|will|did) not))\b[^.!?\n]{0,160}"
)

# The line that starts the quoted earlier message in a reply or forward, in the four languages
# ("On … wrote:", "Am … schrieb Anna Müller:", "Le … a écrit :", "El … escribió:") and the
# separators mail clients draw. One pattern for the recogniser (classify.strip_quoted), the
# answer reader (replies.own_words) and the feedback reader (feedback.recruiter_words).
QUOTE_WROTE_LINE = (
    r"(?:on|am|le|el)\s.{0,300}?(?:wrote|schrieb|a écrit|escribió)(?:\s[^:\n]{0,120})?\s?:?"
)
QUOTE_SEPARATOR_LINE = (
    r"(?:-{2,}|_{2,})?\s*(?:original message|ursprüngliche nachricht|originalnachricht|"
    r"message d'origine|message original|mensaje original|forwarded message|"
    r"weitergeleitete nachricht|message transféré|mensaje reenviado)\s*(?:-{2,}|_{2,})?"
)

# A salutation at the start of a text ("Hi Sam,", "Sehr geehrter Herr Lee,", "Bonjour Claire,",
# "Hola, Lucía:"): mail text is normalised to one line, so it would open the first sentence.
GREETING = (
    r"^(?:hola,\s[^,:;]{0,40}:|(?:estimad[oa]s?|querid[oa]s?)\s[^,:;]{0,40}:|"
    r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hallo|hi there|"
    r"guten (?:tag|morgen|abend)|sehr geehrte[rs]?|liebe[rs]?|moin|servus|bonjour|bonsoir|"
    r"salut|coucou|madame|monsieur|cher|chère|hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes))"
    r"\b(?:\s+[^\s,:;]+){0,4}?\s*(?:[,:;]|\s-\s))\s*"
)

# A rejection speaks to you or in a company's voice: second person or "we" in any of the four
# languages (Spanish also by its verb forms). Mail with neither, told in the first person
# singular, is someone's own news (a friend writing about their rejection), never yours.
ADDRESSED = (
    r"\b(?:you|your|yours|you're|you've|you'll|sie|ihnen|ihr|ihre[mnrs]?|du|dich|dir|"
    r"dein[emnrs]?|euch|euer|vous|votre|vos|tu|te|toi|ton|ta|tes|usted|ustedes|su|sus|tú|ti|"
    r"we|we're|we've|we'd|we'll|our|ours|us|wir|uns|unser[emnrs]?|nous|notre|nos|nosotros|"
    r"nuestr[oa]s?|hemos|has|has sido|estás|eres|tienes)\b"
)
# Someone telling their own rejection, whoever else the mail speaks to ("ils ne m'ont pas
# retenue", "hab heut ne Absage von Vallenhorst bekommen", "I got rejected from ...").
OWN_REJECTION = (
    r"\b(?:(?:ils|elles|on) ne m'(?:ont|a) pas (?:retenue?|prise?|choisie?)|je n'ai pas été "
    r"(?:retenue?|prise?|sélectionnée?)|j'ai (?:eu|reçu) (?:un refus|une réponse négative)|"
    r"(?:ich )?(?:hab|habe)(?: ich)? (?:heut(?:e)? |gestern |grad |gerade |jetzt )?(?:ne|eine|"
    r"die) absage\b|(?:die )?haben mich (?:nicht genommen|abgelehnt)|ich (?:wurde|bin) (?:nicht "
    r"genommen|abgelehnt)|i (?:got|received|just got) (?:a |the )?(?:rejection|rejected)|they "
    r"(?:rejected|turned down|passed on) me\b|(?:i|who) (?:didn't|did not) get (?:it|the job|the "
    r"role|the position|the offer)\b|\bgot rejected (?:from|by|after)\b)"
)
NARRATOR = (
    r"\b(?:i|i'm|i've|i got|i was|ich|mir|mich|je|j'ai|moi|m'ont|m'a|yo|me han|me dijeron)\b"
    r"[^.!?]{0,60}\b(?:reject\w*|turned down|not selected|didn't get|did not get|"
    r"went with|abgesagt|absage|nicht genommen|refus\w*|pas été retenu\w*|pas retenu\w*|"
    r"rechaz\w*|"
    r"no me (?:eligieron|seleccionaron))"
)

# Subject prefixes of replies and forwards, in the languages mail clients write them (Re, AW,
# SV/VS, Antw, Odp, RV, R, Ref; WG, Fw/Fwd, TR). One list for thread matching, drafts' subjects,
# the stage's history and the model's "a reply" feature.
REPLY_PREFIXES = ("re", "aw", "sv", "vs", "antw", "odp", "rv", "ref", "r")
FORWARD_PREFIXES = ("wg", "fw", "fwd", "tr")

# The reader's own application, in four languages (what an applicant-tracking system's update
# speaks of, and a newsletter about applications rarely puts in its subject).
YOUR_APPLICATION = (
    r"\b(?:your (?:job )?(?:application|candidacy|candidature)|your interest in (?:the|our)|"
    r"(?:ihre|deine|ihrer|deiner) bewerbung|(?:votre|ta) candidature|"
    r"(?:su|tu) (?:candidatura|solicitud|postulaci[oó]n))"
)

# An automated mailbox's "do not reply" line: a negation that decides nothing, in every
# language's ATS mail (the model learnt its words as rejection evidence).
NO_REPLY_LINE = (
    r"\b(?:(?:please )?do not reply|don't reply|please don't respond|do not respond|not monitored|"
    r"nicht (?:auf diese (?:e-?mail|nachricht) )?antworten|antworten sie nicht|keine antworten|"
    r"ne (?:pas )?(?:y )?répondre|ne pas répondre|n'y répondez pas|"
    r"no (?:responda|respondas|conteste)s?)\b"
)

# Courtesy formulas that wear a negation and decide nothing ("n'hésitez pas à consulter notre
# page carrières", "don't hesitate to reach out", "zögern Sie nicht"): cut from a decision
# sentence up to the next comma, as hypothetical clauses are. As features they taught the model
# that a careers-page pointer is a rejection.
POLITE_NEGATION = (
    r"\b(?:n['’ ]?h[ée]sit(?:ez|e)s? pas|ne h[ée]sit(?:ez|e)s? pas|don't hesitate|"
    r"do not hesitate|never hesitate|z[öo]gern sie nicht|z[öo]gere nicht|z[öo]gert nicht|"
    r"no dudes?|no dude(?:n|s)? en|no lo dudes|ne manquez pas|n'oublie(?:z)? pas|"
    r"don't forget|do not forget|vergiss nicht|vergessen sie nicht|"
    r"don't miss|ne vous inquiétez pas|don't worry|keine sorge|no action is (?:required|"
    r"needed)|no further action|aucune action|keine weiteren schritte|"
    # the invitation to try again, in rejections and acknowledgements alike: no decision
    r"(?:(?:we )?(?:hope|encourage|invite|welcome) you (?:will |to )?)?(?:consider )?"
    r"(?:re-?apply(?:ing)?|apply(?:ing)? again|apply(?:ing)? in the future|"
    r"(?:dich|sie) (?:gerne )?(?:erneut|wieder) (?:zu )?bewerben))\b[^,]*"
)
# Every POLITE_NEGATION formula contains one of these: a cheap test before the regex.
POLITE_NEEDLES = ("sit", "n't", "not ", "nicht", "dud", "manquez", "oubli", "inquiét", "sorge",
                  "pply", "bewerb", "action", "schritte")

# Past interview: the candidate had interviewed (stage "interview").
INTERVIEWED = (
    r"\b(?:time|taking the time|took the time|opportunity) to (?:interview|speak|meet|talk|chat) "
    r"with",
    r"\b(?:after|following|since) (?:your|the|our|my) (?:recent )?(?:interviews?|conversations?|"
    r"calls?|meetings?|discussions?|onsite|on-site|chat)",
    r"\b(?:thank you|thanks|thank you so much)(?: again)? for (?:interviewing|speaking|meeting|"
    r"your time "
    r"(?:interviewing|speaking|meeting|during|on)|taking part in|participating in|coming in)",
    r"\bfor (?:the|your) time (?:during|in|at) (?:the|your|our) (?:interview|conversation|call)",
    r"\b(?:interviewed|interviewing with|met with (?:the|our) team|met with you|meeting the team|"
    r"spoke with you|"
    r"speaking with you|getting to know you|final round|onsite interview|the interview process "
    r"with us|your interview with|impressed with your interview)\b",
    r"\b(?:für das|nach dem|nach unserem|nach ihrem|im|in unserem|aus dem) (?:nette |angenehme |"
    r"freundliche |persönliche |interessante |ausführliche )?(?:vorstellungs)?(?:gespräch|"
    r"interview)|\bkennenlernen durften",
    r"\b(?:suite à|lors de|après|pour) (?:notre|votre|nos|l'|cet|le temps accordé à (?:notre|"
    r"votre|l'))(?: )?(?:entretien|échange)s?\b",
    r"\b(?:tras|después de|durante|por) (?:la|su|tu|nuestra|el tiempo dedicado a la) "
    r"entrevista\b",
    # thanks for a conversation in the same sentence, not negated ("Thanks again for spending
    # time with the team", "danke für deine Bewerbung und das nette Gespräch")
    r"\b(?:thank|thanks|danke|dank|merci|gracias)\b(?:(?!\b(?:not|no|won't|nicht|kein|keine|"
    r"pas|ne)\b)[^.!?\n]){0,80}?\b(?:interviews?|conversations?|time with (?:the|our|my) team|"
    r"(?:vorstellungs)?gespräch(?:e|en)?|telefonat|kennenlernen|entretiens?|échanges?|"
    r"entrevistas?|conversaci[oó]n(?:es)?)\b",
)

# At least one of these occurs in any text an INTERVIEWED pattern matches (a cheap pre-check).
INTERVIEWED_NEEDLES = (
    "interview", "speak", "spoke", "meet", "met with", "talk", "chat", "conversation", "call",
    "discussion", "your time", "onsite",
    "on-site", "final round", "getting to know", "coming in", "taking part", "participating",
    "gespräch", "kennenlernen", "entretien", "échange", "entrevista", "time with", "telefonat",
    "conversaci",
)

# Stopwords for language hints (counted on the first part of the text).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": words(
        "the and you your for with we our this that have are not will be to of in is thank "
        "unfortunately"
    ),
    "de": words(
        "und die der das ihre ihr wir sie nicht für mit ist leider bei den dem uns ihnen eine "
        "einen wurde"
    ),
    "fr": words(
        "le la les et vous votre nous pour avec est pas une des que ne qui au malheureusement "
        "candidature un à je tu ta ton merci bonjour salut mais dans sur été avons"
    ),
    "es": words(
        "el la los las y usted su sus nosotros para con es no una que por del hemos tu gracias "
        "hola muchas lo le"
    ),
    "it": words("il lo gli e di che non per con una sono la suo sua grazie"),
    # without "de" and "en", which French and Spanish mail is full of
    "nl": words("het een van je uw wij niet voor met is dat helaas"),
}

# Phrases that close a letter; the next line may carry the sender's name.
CLOSINGS = (
    r"^(?:best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|"
    r"thank you|sincerely|yours sincerely|yours truly|cheers|all the best|with best wishes|"
    r"best wishes|respectfully|warmly|take care|"
    r"good luck|best of luck|all best|with thanks|warm wishes|kindly|"
    r"mit freundlichen grü(?:ß|ss)en|mit freundlichem gru(?:ß|ss)|(?:viele|beste|freundliche|"
    r"herzliche|liebe|schöne|sonnige) grü(?:ß|ss)e|gru(?:ß|ss)|lg|vg|mfg|viel erfolg|viel glück|"
    r"alles gute|bis bald|"
    r"cordialement|bien cordialement|très cordialement|bien à vous|bien à toi|salutations|"
    r"sincères salutations|meilleures salutations|(?:avec )?mes meilleures salutations|"
    r"amicalement|bien amicalement|bonne (?:journée|soirée|chance|continuation)|belle journée|"
    r"à (?:bientôt|très vite)|"
    r"saludos|un saludo|saludos cordiales|atentamente|cordialmente|un cordial saludo)[ ,.!]*$"
)

# Words that mark a team or company, never a person's name.
TEAM_WORDS = words(
    "team recruiting recruitment recruiter recruiters talent acquisition hiring careers career "
    "jobs job hr people human resources staffing notifications notification support no-reply "
    "noreply admin department office group inc llc ltd gmbh corp company via workday the "
    "personalabteilung bewerbermanagement équipe recrutement equipo selección seleccion rrhh "
    "candidate candidates applicant applicants operations services solutions university programme "
    "program graduate info contact apply systems technologies technology labs lab partners "
    "consulting software health bank capital studio studios digital ai robotics analytics "
    "networks media ventures industries international global holdings associates co corporation "
    "hochschule universität universite université college institute institut school schule "
    "klinik kliniken clinic hospital stadt mairie ville city county personaldezernat "
    "personalamt ag sa sas sarl "
    "college school institute foundation agency center centre courts council ministry government "
    "service store shop news newsletter alerts alert update updates karriere talento personal rh "
    "recursos humanos jobteam bewerbungen"
)

# Generic mailbox names: reachable but not a person.
ROLE_LOCALPARTS = words(
    "careers career jobs job recruiting recruitment recruiter talent hr people hiring apply "
    "applications candidates info contact hello team admin office bewerbung karriere jobs-de "
    "emploi recrutement rrhh empleo seleccion talentacquisition ta staffing graduates graduate "
    "campus earlycareers students noreply"
)

# Mailboxes that are never the person to ask for feedback, even when written in the body.
NEVER_CONTACT_LOCALPARTS = words(
    "privacy datenschutz dataprotection data-protection gdpr dpo legal abuse security unsubscribe "
    "webmaster postmaster billing invoices press media sales marketing support help helpdesk "
    "accessibility accommodations compliance"
)

# Applicant tracking systems and job boards: (display name, domains). Their names are never the
# employer; their addresses are relays nobody reads.
ATS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Greenhouse", ("greenhouse.io", "greenhouse-mail.io")),
    ("Lever", ("lever.co",)),
    ("Ashby", ("ashbyhq.com",)),
    ("Workday", ("myworkday.com", "workday.com", "myworkdayjobs.com")),
    ("SmartRecruiters", ("smartrecruiters.com",)),
    ("iCIMS", ("icims.com",)),
    ("BambooHR", ("bamboohr.com",)),
    ("Workable", ("workablemail.com", "workable.com")),
    ("Teamtailor", ("teamtailor-mail.com", "teamtailor.com")),
    ("Personio", ("personio.de", "personio.com")),
    ("Jobvite", ("jobvite.com",)),
    ("Taleo", ("taleo.net",)),
    ("SuccessFactors", ("successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu")),
    ("Recruitee", ("recruitee.com",)),
    ("Breezy", ("breezy.hr", "breezyhr.com")),
    ("JazzHR", ("jazzhr.com", "applytojob.com")),
    ("Pinpoint", ("pinpointhq.com",)),
    ("Comeet", ("comeet.co", "comeet.com")),
    ("JOIN", ("join.com",)),
    ("softgarden", ("softgarden.de", "softgarden.io")),
    ("rexx", ("rexx-systems.com",)),
    ("d.vinci", ("dvinci.de", "dvinci-easy.com")),
    ("Recruiterbox", ("recruiterbox.com",)),
    ("Paylocity", ("paylocity.com",)),
    ("UKG", ("ultipro.com", "ukg.com")),
    ("ADP", ("adp.com",)),
    ("Oracle Recruiting", ("oraclecloud.com", "taleo.com")),
    ("Eightfold", ("eightfold.ai",)),
    ("Phenom", ("phenompeople.com",)),
    ("NEOGOV", ("governmentjobs.com", "neogov.com", "schooljobs.com")),
    ("Hirebridge", ("hirebridge.com",)),
    ("Freshteam", ("freshteam.com",)),
    ("Zoho Recruit", ("zohorecruit.com",)),
    ("Manatal", ("manatal.com",)),
    ("Homerun", ("homerun.co",)),
    ("Welcome to the Jungle", ("welcometothejungle.com", "wttj.co")),
    ("LinkedIn", ("linkedin.com",)),
    ("Indeed", ("indeed.com", "indeedemail.com", "indeed.fr", "indeed.de", "indeed.co.uk",
                "indeed.ca", "indeed.ch")),
    ("Glassdoor", ("glassdoor.com",)),
    ("ZipRecruiter", ("ziprecruiter.com",)),
    ("Dice", ("dice.com",)),
    ("Handshake", ("joinhandshake.com",)),
    ("StepStone", ("stepstone.de", "stepstone.com", "stepstone.at", "stepstone.be",
                   "stepstone.fr", "stepstone.nl")),
    ("XING", ("xing.com",)),
    ("Monster", ("monster.com",)),
    ("Wellfound", ("wellfound.com", "angel.co")),
    ("Otta", ("otta.com",)),
    ("Hired", ("hired.com",)),
    ("APEC", ("apec.fr",)),
    ("France Travail", ("francetravail.fr", "pole-emploi.fr")),
    ("HelloWork", ("hellowork.com", "regionsjob.com")),
    ("JobTeaser", ("jobteaser.com",)),
    ("Cadremploi", ("cadremploi.fr",)),
    ("Jobware", ("jobware.de",)),
    ("karriere.at", ("karriere.at",)),
    # more of the systems and boards real applicants hear from (UK, Australia, Switzerland,
    # India, US public sector); names that are also ordinary words or surnames (Reed, Paradox,
    # Cornerstone) are left out: a name containing them would stop looking like a person's
    ("SEEK", ("seek.com.au", "seek.co.nz")),
    ("Totaljobs", ("totaljobs.com",)),
    ("CV-Library", ("cv-library.co.uk",)),
    ("USAJOBS", ("usajobs.gov",)),
    ("jobs.ch", ("jobs.ch",)),
    ("jobup.ch", ("jobup.ch",)),
    ("Umantis", ("umantis.com",)),
    ("Avature", ("avature.net",)),
    ("Dayforce", ("dayforcehcm.com",)),
    ("HireVue", ("hirevue.com",)),
    ("Meteojob", ("meteojob.com",)),
    ("Flatchr", ("flatchr.io",)),
    ("Taleez", ("taleez.com",)),
    ("Naukri", ("naukri.com",)),
)

# Cheap substring checks in front of the slower JOB_OTHER rows (by label): a row is only tried
# when one of its needles occurs in the text. Purely a speed-up; keep in step with the patterns.
JOB_OTHER_NEEDLES: dict[str, tuple[str, ...]] = {
    "application received": ("received", "receipt", "we have your", "got your", "got the",
                             "reached us", "submitted", "sent"),
    "received": ("received",),
    "interview": ("interview",),
    "interview round": ("round",),
    "offer/congratulations": ("offer", "congratulat", "welcome", " to inform", " to invite",
                              "to have you", "selected for", "accepted for"),
    "still reviewing/status": ("review", "consideration", "application status",
                               "candidate portal", "hiring freeze"),
    KEPT_OPEN: ("active", "resumes", "restarts", "reopens", "verfahren", "bestehen", "resume",
                "temporar", "vorübergehend", "en cours", "ouverte", "à l'étude", "actif",
                "complémentaire", "réponse avant", "sélectionnée pour", "retenue pour",
                "to the next", "to the final", "into the next", "into the final", "d'ouvrir",
                "open your", "open the",
                "nicht öffnen", "transmise", "soumise", "enregistrée", "envoyée", "submitted",
                "completed", "saved", "übermittelt", "gespeichert", "abgeschickt", "eingereicht"),
    OWN_STEP: ("withdr", "zurückgezogen", "zurückzuziehen", "zurückgenommen", "rückzug",
               "rücknahme", "retir", "retrait",
               "désist", "talent", "you", "your", "entscheidung", "décision", "vous avez",
               "tu as"),
    "recruiter outreach": ("profile", "resume", "recruiter", "opportunit", "opening", "client",
                           "job", "role", "position", "talent acquisition"),
    "scheduling": ("invit", "schedul", "availability", "calendly", "video call", "next stage",
                   "shortlisted", "time slot", "call", "chat", "what time works"),
}

# Job boards that are also social networks: their sender alone does not make a mail job mail.
SOCIAL_BOARDS = frozenset({"LinkedIn", "XING"})

# Sender local parts that nobody reads.
NO_REPLY_LOCAL = (
    r"^(?:.*no[-_.]?reply.*|.*do[-_.]?not[-_.]?reply.*|.*notifications?.*|mailer-daemon|"
    r"postmaster|bounces?.*|auto[-_.]?(?:reply|mail|mailer|notify|confirm).*|system|mailer|"
    r"alerts?|updates?|automated|unsubscribe.*|nepasrepondre|ne-pas-repondre|keine-?antwort|"
    # list and newsletter mailboxes: nobody there reads a feedback request
    r"newsletters?(?:[-_.+].*)?|digests?(?:[-_.+].*)?|news|bulletin|listserv|majordomo|mailman|"
    r"owner-.+|.+-(?:request|owner|bounces))$"
)

# Mail providers: their domain says nothing about the employer.
FREEMAIL = words(
    "gmail.com googlemail.com yahoo.com outlook.com hotmail.com live.com icloud.com me.com "
    "aol.com gmx.de gmx.net web.de t-online.de proton.me protonmail.com yandex.ru mail.com "
    "orange.fr free.fr laposte.net hotmail.fr yahoo.fr hotmail.es yahoo.es example.com"
)

# Subdomain labels that are the mail system, not the company (email.careers.acme.com -> acme).
MAIL_SUBDOMAINS = words(
    "mail email mailer e em careers career jobs job talent recruiting hr notifications notify "
    "news info smtp mg sg bounce reply us eu"
)

# Cities and markers that may trail a job title ("Backend Engineer - Berlin").
LOCATIONS = words(
    "remote hybrid onsite on-site office berlin munich münchen hamburg frankfurt cologne köln "
    "stuttgart düsseldorf leipzig vienna wien zurich zürich geneva basel london manchester "
    "edinburgh dublin amsterdam rotterdam brussels paris lyon marseille toulouse lille madrid "
    "barcelona valencia sevilla lisbon porto milan rome stockholm copenhagen oslo helsinki warsaw "
    "krakow prague budapest bucharest athens new york nyc san francisco sf bay area seattle "
    "austin boston chicago denver los angeles la toronto vancouver montreal mexico city bogotá "
    "buenos aires são paulo singapore sydney melbourne tokyo bangalore bengaluru hyderabad pune "
    "tel aviv dubai usa us uk emea apac germany deutschland france spain españa europe "
    "remote-first worldwide anywhere dresden hannover bremen nürnberg nuremberg dortmund essen "
    "bonn mainz mannheim karlsruhe freiburg heidelberg graz linz salzburg innsbruck bern "
    "lausanne luzern lucerne winterthur fribourg neuchâtel nantes bordeaux strasbourg rennes "
    "grenoble montpellier liège namur gent ghent antwerp anvers charleroi luxembourg québec "
    "quebec ottawa calgary houston dallas atlanta philadelphia columbus detroit minneapolis "
    "miami orlando tampa charlotte nashville memphis indianapolis pittsburgh cleveland "
    "cincinnati baltimore raleigh sacramento leeds birmingham glasgow bristol liverpool cork "
    "galway belfast ohio texas california ontario genève bâle berne bruxelles montréal sion"
)
