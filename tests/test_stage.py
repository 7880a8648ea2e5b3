"""How far the candidate got: the rejection's words, raised by earlier mail with the company."""

from agent.core.stage import HistoryMail, determine, history_domains

INVITE = HistoryMail("inbox", "Interview invitation: Data Engineer",
                     "Hi Alex, we would like to invite you to an interview on Tuesday at 10:00. "
                     "The Zoom link is below.")
ACK = HistoryMail("inbox", "We received your application",
                  "Thanks for applying! If your profile matches, we will invite you to an "
                  "interview.")
CALL = HistoryMail("inbox", "Quick call?", "Hi Alex, do you have time for a short call on "
                   "Monday to talk about the role? Let me know.")
REPLY = HistoryMail("sent", "Re: Your application", "Thanks, Monday works for me.", reply=True)
APPLICATION = HistoryMail("sent", "Application: Data Engineer",
                          "Dear team, please find my CV attached. I look forward to an "
                          "interview.")


def test_history_raises_the_stage():
    plain = "Thank you for your application. Unfortunately we will not move forward."
    assert determine("application", plain).stage == "application"
    assert determine("application", plain, [ACK]).stage == "application"
    assert determine("application", plain, [APPLICATION]).stage == "application"
    assert determine("application", plain, [REPLY]).stage == "screening"
    assert determine("application", plain, [CALL]).stage == "screening"
    found = determine("application", plain, [ACK, CALL, INVITE])
    assert found.stage == "interview" and "Interview invitation" in found.reason


def test_history_never_lowers_and_text_refines():
    assert determine("interview", "After your interviews ...", [ACK]).stage == "interview"
    assert determine("interview", "Thanks for the phone screen last week. Unfortunately ...") \
        .stage == "screening"
    final = determine("application", "Thank you for joining the final round. Unfortunately ...")
    assert final.stage == "interview" and final.final_round


def test_history_domains():
    assert history_domains("jane@acme.com", "no-reply@us.greenhouse-mail.io",
                           "x@gmail.com", "jane@acme.com") == ("acme.com",)


def test_french_and_quebec_interview_words_and_screens():
    """'audition' (a French academic interview), Quebec's 'entrevue', an assessment day are
    interviews; an 'entrevue téléphonique' or a video call is a screen."""
    assert determine("application", "À la suite de votre audition devant le comité de "
                     "sélection, votre candidature n'a pas été retenue.").stage == "application"
    assert determine("interview", "À la suite de votre audition devant le comité de sélection, "
                     "votre candidature n'a pas été retenue.").stage == "interview"
    assert determine("interview", "Merci pour l'entrevue téléphonique. Nous ne retiendrons pas "
                     "votre candidature.").stage == "screening"
    assert determine("interview", "Merci pour les entrevues avec l'équipe. Nous ne retiendrons "
                     "pas votre candidature.").stage == "interview"
    assert determine("interview", "Vielen Dank für das Kennenlernen per Video-Call. Leider "
                     "...").stage == "screening"
    assert determine("interview", "Thank you for attending our assessment day. Unfortunately "
                     "...").stage == "interview"
