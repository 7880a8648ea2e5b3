#!/usr/bin/env python3
"""Builder for the inbox8_en set (Debrief team, December 2026).

Every message below was written by hand. The script only shuffles them with a
fixed seed, numbers them and writes one JSONL file.
"""
import json
import pathlib
import random

SEED = 81
PREFIX = "i8e"
SOURCE = "debrief-inbox8 (written by the team, 2026-12)"
OUT = pathlib.Path(__file__).with_name("inbox8_en.jsonl")

MESSAGES = []

# ---------------------------------------------------------------------------
# Persona A: Jordan Alvarez, sophomore (CS + Statistics), Lakeshore State
# University, looking for software / data internships for summer 2027.
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Your application to Norvane Systems",
        "from": "Norvane Systems Recruiting <no-reply@us.greenhouse-mail.example>",
        "headers": {"Reply-To": "university-recruiting@norvane.example", "Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

Thank you for your interest in the Software Engineering Intern (Summer 2027) position at Norvane Systems, and for the time you put into your application.

We received a record number of applications for our 2027 internship program this year. After carefully reviewing your background, we have decided not to move forward with your candidacy at this time.

Unfortunately, due to the volume of applicants, we're unable to provide individual feedback.

We hope you'll consider applying to future openings at Norvane — new early-career roles are posted at norvane.example/careers/students throughout the year.

Best of luck with your search,
Norvane University Recruiting

---
This email was sent via Greenhouse on behalf of Norvane Systems. Please do not reply directly to this message.""",
        "company": "Norvane Systems", "job_title": "Software Engineering Intern (Summer 2027)", "contact": "",
        "note": "Greenhouse form rejection after application review",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Driftwood AI — ML Research Intern",
        "from": "Tess Okonkwo <tess@driftwood-ai.example>",
        "headers": {"Sender": "notifications@ashbyhq-mail.example"},
        "body": """Hi Jordan,

Thanks so much for applying to the ML Research Intern role and for sharing the write-up on your transit-delay model — it was a fun read.

We're a small team and only taking two interns next summer, and we won't be moving ahead with your application this round. Most of the folks we're talking to are juniors and seniors with a published paper or a prior research internship, and we just don't have the bandwidth to mentor earlier-stage students right now.

Please don't read too much into it. If you're still interested a year from now, I'd genuinely love to see your name come through again.

Tess

Tess Okonkwo | Research Recruiting | Driftwood AI
Sent via Ashby""",
        "company": "Driftwood AI", "job_title": "ML Research Intern", "contact": "Tess Okonkwo",
        "note": "warm personal rejection via Ashby, 'won't be moving ahead'",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Pinecrest Mutual: An update on your application",
        "from": "Pinecrest Mutual Careers <pinecrestmutual@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Jordan Alvarez,

The status of your application for the position below has changed.

Job Requisition: R-0048213 Data Analytics Intern – Summer 2027 (Hybrid, Columbus OH)
Status: No Longer Under Consideration

To view your Candidate Home, sign in at pinecrestmutual.wd1.myworkday.example/careers. Your profile will remain active so you can apply to other positions.

Thank you for considering Pinecrest Mutual.

This is a system-generated message. Replies to this address are not monitored.""",
        "company": "Pinecrest Mutual", "job_title": "Data Analytics Intern – Summer 2027", "contact": "",
        "note": "Workday status notice: no longer under consideration",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "New message from Caspian Pay",
        "from": "Handshake <messages@notifications.joinhandshake-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://app.joinhandshake.example/notifications/unsubscribe?t=c81f>"},
        "body": """You have a new message from Marisol Grant at Caspian Pay.

"Hi Jordan — thanks again for stopping by our table at the Lakeshore State Tech Fair and for applying to our Emerging Talent Internship. I wanted to let you know personally that our 2027 intern cohort is now full, so we're closing out the remaining applications, yours included. We'd love to see you apply for 2028 — sophomores who come by the fair tend to do really well the second time around. Enjoy the rest of your semester! — Marisol"

Reply on Handshake: app.joinhandshake.example/messages/88412071

You're receiving this because you have messages enabled for employers.
Manage notifications: app.joinhandshake.example/settings/notifications""",
        "company": "Caspian Pay", "job_title": "Emerging Talent Internship", "contact": "Marisol Grant",
        "note": "Handshake message, cohort full so application closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Kestrel Cloud Internship – Online Assessment Results",
        "from": "Kestrel Cloud Early Careers <earlycareers@kestrelcloud.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hello Jordan,

Thank you for completing the online coding assessment for the Kestrel Cloud Software Engineering Internship (Summer 2027).

We've now reviewed the results for all candidates who completed the assessment. Your score did not meet the threshold for the next stage of our process, and we will not be inviting you to a technical interview for this role.

Assessment scores are only one part of how we look at candidates, and we know a 70-minute timed test isn't the whole picture. You are welcome to apply again next recruiting cycle; your results from this year will not carry over.

Thanks again, and good luck this season.

Kestrel Cloud Early Careers Team""",
        "company": "Kestrel Cloud", "job_title": "Software Engineering Internship (Summer 2027)", "contact": "",
        "note": "rejection after coding assessment, no stock phrases",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Tidepool internship decision + some feedback",
        "from": "Ollie Brandt <ollie.brandt@tidepoolrobotics.example>",
        "headers": {},
        "body": """Hi Jordan,

I wanted to get back to you myself since you made it all the way through our final round. Thank you for spending a whole afternoon with us — the team enjoyed it.

We've decided to offer the Embedded Software Intern spot to another candidate. It was close, and I don't say that to everyone.

Since you asked for feedback at the end of the day, here's what came up in our debrief:

- Debugging exercise: strong. You read the logic analyzer trace quickly and talked through your hypotheses clearly. Two interviewers called it out.
- Systems question (ring buffer): you got to a working solution, but it took a lot of nudging on the concurrency edge cases. Some time with interrupt-safe data structures would help a lot.
- C fundamentals: a few gaps around pointer arithmetic and volatile. Very normal for a sophomore, but the other finalist was a bit further along there.

If you end up taking the embedded systems course next semester and want to try again for 2028, email me directly and I'll make sure your application gets a real look.

Cheers,
Ollie

Ollie Brandt
Firmware Engineering Manager
Tidepool Robotics | Pittsburgh, PA""",
        "company": "Tidepool Robotics", "job_title": "Embedded Software Intern", "contact": "Ollie Brandt",
        "note": "rejection after final round with detailed feedback",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your Hexwood Labs internship offer",
        "from": "Priyanka Desai <pdesai@hexwoodlabs.example>",
        "headers": {},
        "body": """Hi Jordan,

This is a hard email to write, and I wanted you to hear it from me rather than from the portal.

Earlier this week Hexwood's leadership announced a company-wide hiring freeze, which includes the 2027 summer internship program. As a result, we are rescinding the Software Engineering Intern offer we extended to you on October 2. I'm truly sorry. You did everything right, and this has nothing to do with you or your interviews.

A few things we're doing to help:
- We'll write a short letter confirming you received and accepted an offer, in case it's useful for other applications.
- Our engineering managers have put together a list of partner companies that are still hiring interns; I'll send it separately this week.
- If the program is reinstated for 2027, you'll be in the first group we contact.

If you'd like to talk this through, I'm around all week — just grab time on my calendar: calendly.example/pdesai-hexwood

With apologies,
Priyanka

Priyanka Desai
University Programs Lead, Hexwood Labs""",
        "company": "Hexwood Labs", "job_title": "Software Engineering Intern", "contact": "Priyanka Desai",
        "note": "internship offer rescinded because of hiring freeze",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Fernbrook Games Application Update – Not Selected",
        "from": "Fernbrook Games Talent <talent@fernbrookgames.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

Thank you for your interest in Fernbrook Games and in the Gameplay Engineering Intern position.

You can view the current status of your application at any time by signing in to our careers portal:
careers.fernbrookgames.example/candidate

Thanks again for thinking of us.

Fernbrook Games Talent Team
1200 Alder Street, Suite 400, Austin, TX 78701""",
        "company": "Fernbrook Games", "job_title": "Gameplay Engineering Intern", "contact": "",
        "note": "decision only in the subject line, body is generic",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Stay connected with Meridian Health Data",
        "from": "Meridian Health Data Careers <careers@meridianhd-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<mailto:unsubscribe@meridianhd-mail.example>"},
        "body": """Hello Jordan,

Thank you for applying to Meridian Health Data. Every day, our teams turn billions of de-identified health records into insights that help hospitals reduce readmissions, shorten wait times and deliver better care — and we're always excited to hear from people who want to be part of that work.

JOIN OUR TALENT COMMUNITY
As a member of the Meridian Talent Community, you'll receive:
  • Early notice of new internships and new-grad roles
  • Invitations to our virtual "Day in the Life of a Data Scientist" events
  • Our quarterly newsletter, Signal & Noise

ABOUT YOUR APPLICATION
While we won't be extending an interview for the Data Science Intern – Clinical Analytics role this cycle, we were glad to learn about your experience and have added your profile to our Talent Community so our recruiters can reach out as new opportunities open.

UPCOMING EVENTS
  Nov 18 – Virtual Info Session: Internships at Meridian (6:00 PM ET)
  Dec 3 – Women in Health Data Panel
  Jan 14 – Resume Review Office Hours

Follow us on LinkedIn and Instagram @meridianhealthdata.

Meridian Health Data is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.

You are receiving this email because you applied for a position at Meridian Health Data. Unsubscribe or manage preferences: meridianhd-mail.example/preferences""",
        "company": "Meridian Health Data", "job_title": "Data Science Intern – Clinical Analytics", "contact": "",
        "note": "decision buried in talent-community marketing mail",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Update on the Frontend Engineering Intern role",
        "from": "Orbitly <no-reply@ashbyhq-mail.example>",
        "headers": {"Reply-To": "recruiting@orbitly.example", "Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

We're reaching out to everyone who applied for our Summer 2027 Frontend Engineering Intern opening.

Our team has decided to pause intern hiring for 2027 while we focus on a product relaunch in the spring. Because of that, we've closed this role and all applications to it, including yours. We didn't want to leave anyone waiting on an answer that isn't coming.

If we reopen the program, we'll post it on orbitly.example/careers and on Handshake.

Thanks for your patience and interest,
The Orbitly Team""",
        "company": "Orbitly", "job_title": "Frontend Engineering Intern", "contact": "",
        "note": "intern hiring paused, role and applications closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Re: Following up — Quillfeather data engineering intern",
        "from": "Sam Reyes <sam.reyes@quillfeather.example>",
        "headers": {"In-Reply-To": "<CAJ8x2mP7Qk4+wzT@mail.lakeshore-state.example>", "References": "<CAJ8x2mP7Qk4+wzT@mail.lakeshore-state.example>"},
        "body": """Hey Jordan — thanks for following up, and sorry for the radio silence. I checked in with the data platform team and this one isn't going to work out for the summer. They ended up going with a couple of students from their pilot program at Pitt.

Genuinely appreciated meeting you at the fair though. Hang on to my email and ping me next August when we open 2028 apps — I'll flag your name.

Sam

On Mon, Nov 9, 2026 at 8:42 PM Jordan Alvarez <jordan.alvarez@lakeshore-state.example> wrote:
> Hi Sam,
>
> Hope your week is going well! We met at the Lakeshore State Tech Fair on Sept 24 and talked
> about the Airflow pipeline project I did with the campus dining data. I applied to the Data
> Engineering Intern role on Sept 27 and wanted to check whether there's any update on
> timing.
>
> Thanks so much,
> Jordan""",
        "company": "Quillfeather", "job_title": "Data Engineering Intern", "contact": "Sam Reyes",
        "note": "rejection inside a reply to the candidate's follow-up",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Your application to Brightwell Analytics has been submitted",
        "from": "Handshake <no-reply@notifications.joinhandshake-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://app.joinhandshake.example/notifications/unsubscribe?t=a19e>"},
        "body": """Nice work, Jordan!

You applied to Data Science Intern – Summer 2027 at Brightwell Analytics.

Application details
  Submitted: October 6, 2026
  Documents: Jordan_Alvarez_Resume_Fall26.pdf, Transcript_unofficial.pdf

What happens next?
Employers review applications on their own timeline. If Brightwell Analytics wants to talk with you, they'll reach out through Handshake or by email. You can track this application under Jobs > Applications.

Keep going — students who apply to 10+ jobs are 3x more likely to land an interview.
Browse similar jobs: app.joinhandshake.example/jobs?similar=7720193

Handshake
Unsubscribe from application emails: app.joinhandshake.example/settings/notifications""",
        "company": "", "job_title": "", "contact": "",
        "note": "Handshake application-submitted confirmation",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Reminder: Your Stackhaven coding challenge expires in 48 hours",
        "from": "Stackhaven via HackerRank <support@hackerrank-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

You have not yet completed the coding challenge for Stackhaven – Software Engineer Intern 2027. Your invite will expire on Nov 14, 2026 at 11:59 PM EST.

Test details
  Duration: 90 minutes
  Questions: 3 coding, 1 SQL
  Languages allowed: Python 3, Java 17, C++20, JavaScript

Once you start, the timer can't be paused, so make sure you have a quiet space and a stable connection. If the link expires, Stackhaven may not be able to issue a new one.

Start test: hackerrank.example/tests/stkh-int27/login?b=J4xqR

Having technical issues? Contact support@hackerrank-mail.example and include your test ID.""",
        "company": "", "job_title": "", "contact": "",
        "note": "coding challenge reminder, 'not yet completed', may expire",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Cobaltline: rescheduling your technical interview",
        "from": "Nadia Farouk <nadia.farouk@cobaltline.example>",
        "headers": {},
        "body": """Hi Jordan,

Unfortunately we need to reschedule your technical interview that was set for Thursday, Nov 12 at 2:00 PM CT — your interviewer has been pulled into an on-call incident this week and I'd rather you meet someone who can give you their full attention.

Could you pick a new slot from the link below? Everything from Nov 16–20 is open.
app.greenhouse.example/scheduling/cobaltline/8HF2-QK91

Nothing else changes: it's still 60 minutes on CoderPad, one medium-level problem plus a few questions about your projects. Apologies for the shuffle!

Best,
Nadia

Nadia Farouk | Technical Recruiter, Campus | Cobaltline""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview rescheduled, starts with 'Unfortunately'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Action needed: problem with your application to Saltmarsh Bio",
        "from": "Saltmarsh Bio Recruiting <no-reply@ashbyhq-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

Thanks for applying to the Computational Biology Intern position at Saltmarsh Bio.

We were not able to open the resume file attached to your application (Resume_final_FINAL.pages). Our system only accepts PDF or .docx files. Your application will not be sent to the hiring team until a readable resume is uploaded.

You can replace the file here: jobs.ashbyhq.example/saltmarsh-bio/application/update?token=e3b1c9

The role is still open, and there's no penalty for updating your file.

Saltmarsh Bio Recruiting""",
        "company": "", "job_title": "", "contact": "",
        "note": "unreadable attachment, request to re-upload",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "No new matches for “data science intern remote” this week",
        "from": "Handshake <jobs@notifications.joinhandshake-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://app.joinhandshake.example/unsubscribe/alerts?t=5d2a>"},
        "body": """Hi Jordan,

There were no new jobs matching your saved search “data science intern remote” this week.

Try broadening your search:
  • Remove “remote” — 64 hybrid data internships were posted near Chicago, IL
  • Add related roles like “analytics intern” or “machine learning intern”

Jobs you might like
  Data Analyst Intern — Harlow Freight Co. — Chicago, IL (Hybrid)
  Sports Analytics Intern — Lakeshore Thunder Baseball — Milwaukee, WI
  Research Assistant, Social Data Lab — Lakeshore State University — On campus

Edit saved search: app.joinhandshake.example/saved-searches
You're receiving this weekly alert because you saved this search. Unsubscribe: app.joinhandshake.example/unsubscribe/alerts""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert with no new matches",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Re: Data Analyst Intern application status",
        "from": "Keisha Monroe <kmonroe@harlowfreight.example>",
        "headers": {"In-Reply-To": "<CAJ8x2mQ0b7e@mail.lakeshore-state.example>"},
        "body": """Hi Jordan,

Thanks for checking in. No decision has been made yet on the Data Analyst Intern role — we're still screening, and the hiring manager doesn't plan to start interviews until after the New Year. I know Workday just shows "In Review", which isn't very helpful, but your application is definitely still active and nobody has been turned down at this point.

I'd expect to be in touch by mid-January either way.

Best,
Keisha Monroe
Talent Acquisition Partner, Harlow Freight Co.

On Wed, Dec 2, 2026 at 10:15 AM Jordan Alvarez <jordan.alvarez@lakeshore-state.example> wrote:
> Hi Keisha, I applied to the Data Analyst Intern (R-2290) role on Oct 30 and
> the portal still says In Review. Is there anything else you need from me?
> Thanks! Jordan""",
        "company": "", "job_title": "", "contact": "",
        "note": "status reply: no decision yet, still in review",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Offer of Internship — Brightwell Analytics",
        "from": "Renata Cho <renata.cho@brightwellanalytics.example>",
        "headers": {},
        "body": """Hi Jordan,

Congratulations! On behalf of the Brightwell Analytics data science team, I'm thrilled to offer you a position as a Data Science Intern for Summer 2027.

Here are the main details (the full offer letter is coming separately through DocuSign):
  • Dates: June 7 – August 20, 2027 (11 weeks)
  • Location: Chicago office, hybrid (3 days in office)
  • Pay: $38.00/hour, 40 hours/week
  • Team: Pricing & Forecasting

One thing I want to be upfront about: we're not able to offer a housing stipend this year, since all of our interns are local or commuting. If that changes your plans, please let me know and we can talk it through.

Please sign by November 20. Happy to set up a call with your future manager, Dev, if you have questions about the work.

Welcome (hopefully!),
Renata

Renata Cho
Campus Recruiting, Brightwell Analytics""",
        "company": "", "job_title": "", "contact": "",
        "note": "internship offer, 'not able to offer a housing stipend'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Your application has been withdrawn",
        "from": "Glasswing Security <no-reply@us.greenhouse-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Jordan,

As requested, we've withdrawn your application for Security Engineering Intern – Summer 2027. You will not receive further emails about this position, and the hiring team has been notified.

Congrats on your new opportunity, and thanks for letting us know. If you'd like to be considered for future roles, you're welcome to apply again at any time at glasswing.example/careers.

— Glasswing Security Recruiting""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's own withdrawal confirmed",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Jordan, you're invited: Verdigris Energy virtual info session",
        "from": "Handshake <messages@notifications.joinhandshake-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://app.joinhandshake.example/notifications/unsubscribe?t=77b0>"},
        "body": """Hi Jordan,

Aaron Whitfield from Verdigris Energy thinks you'd be a great fit for an upcoming event and invited you personally.

Verdigris Energy — Software & Data Internships Info Session
Thursday, November 19 · 5:30–6:30 PM CST · Virtual (Zoom)

"Hi Jordan, I saw on your profile that you built a dashboard for campus energy usage — that's right in line with what our grid analytics team does. We're hiring a handful of sophomores for our Explore internship and I'd love for you to join the session. — Aaron"

RSVP: app.joinhandshake.example/events/551902

Handshake · Manage notifications: app.joinhandshake.example/settings/notifications""",
        "company": "", "job_title": "", "contact": "",
        "note": "recruiter invitation to info session via Handshake",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Interview invitation: Larkspur Fintech – Software Engineering Intern",
        "from": "Larkspur Fintech Recruiting <recruiting@larkspurfintech.example>",
        "headers": {},
        "body": """Hi Jordan,

Congratulations — you've been selected for a first-round interview for our Software Engineering Intern (Sophomore/Explore Track) position!

Format: 45 minutes over Google Meet with one of our engineers. Expect about 30 minutes of collaborative coding (use whichever language you're most comfortable with) and 15 minutes of conversation and your questions.

Please choose a time from the available slots here: larkspur.goodtime.example/s/jalvarez-R1

We regret that we can't offer weekend slots or evening slots after 6 PM ET, but if none of the available times work around your class schedule, reply to this email and we'll find something.

Tips: we don't do trick questions. Talk through your thinking, ask clarifying questions, and test your code.

See you soon,
Larkspur Campus Recruiting""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview invitation containing 'We regret'",
    },
    {
        "label": "ham", "language": "en",
        "subject": "flights for thanksgiving??",
        "from": "Mom <lucia.alvarez62@mailbox.example>",
        "headers": {},
        "body": """Hi mijo,

Did you ever book your flight home? Your tia says prices from O'Hare to San Antonio are going up after this weekend. Dad can pick you up Wednesday night if you land before 9, after that he's falling asleep on the couch lol.

Also your abuela wants to know if you're eating vegetables. I told her yes. Please make that true.

Call me this weekend, I havent heard your voice in two weeks!!

Love you,
Mom""",
        "company": "", "job_title": "", "contact": "",
        "note": "mother asking about holiday flights",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Financial Aid Appeal Decision – Spring 2027",
        "from": "Office of Student Financial Aid <finaid@lakeshore-state.example>",
        "headers": {},
        "body": """Dear Jordan Alvarez,

Student ID: 004417823

The Financial Aid Appeals Committee has reviewed your request for additional need-based grant aid for the Spring 2027 term, submitted on October 21, 2026.

After review of the documentation provided, the committee has denied your appeal. The change in household income you reported falls below the threshold required for a professional judgment adjustment under our institutional policy.

This decision does not affect your existing Lakeshore Opportunity Grant or your Federal Direct Loan eligibility. You may still be eligible for short-term emergency funds through the Dean of Students office.

If you have new information that was not included in your original appeal, you may submit a second appeal within 30 days of this notice.

Office of Student Financial Aid
Lakeshore State University
Room 120, Whitman Hall | (312) 555-0147""",
        "company": "", "job_title": "", "contact": "",
        "note": "financial aid appeal denied (refusal, not job related)",
    },
    {
        "label": "ham", "language": "en",
        "subject": "lol rip me",
        "from": "Devon Park <devpark03@mailbox.example>",
        "headers": {},
        "body": """bro

ferrowave finally emailed me back. after FOUR rounds. "we've decided to move forward with other candidates" cool cool cool. they literally had me do a system design round as a sophomore??

anyway im fine. mostly. want to get wings thursday and complain about it, im buying if you let me rant for 20 min

also did you ever hear back from that robotics place

-D""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend describing his own rejection",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Club Soccer Tryout Results – Spring 2027",
        "from": "Lakeshore State Men's Club Soccer <mensclubsoccer@lakeshore-state.example>",
        "headers": {},
        "body": """Hi Jordan,

Thanks for coming out to tryouts last weekend. We had 61 players for 24 roster spots this year, which made this really tough.

We weren't able to offer you a spot on the A or B team roster for the spring season. We'd still love to have you at our open Sunday pickup sessions (Field 3, 10 AM), and there's a good chance spots will open up in the fall once seniors graduate.

Keep working at it — the coaching staff specifically mentioned your first touch.

Go Lakers,
Matteo Rossi
Club President, Lakeshore State Men's Club Soccer""",
        "company": "", "job_title": "", "contact": "",
        "note": "club sports cut, refusal unrelated to jobs",
    },
]

# ---------------------------------------------------------------------------
# Persona B: Denise Marchetti, litigation paralegal in Philadelphia, applying
# to law firms directly and through legal staffing agencies.
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Litigation Paralegal Position – Halvorsen & Pike LLP",
        "from": "Halvorsen & Pike Human Resources <hr@halvorsenpike.example>",
        "headers": {},
        "body": """Dear Ms. Marchetti:

Thank you for your interest in the Litigation Paralegal position with Halvorsen & Pike LLP and for taking the time to submit your application materials.

We have received a large number of applications from well-qualified candidates. After careful consideration, we regret to inform you that we have decided to pursue other candidates whose experience more closely aligns with the current needs of our Litigation Department.

We appreciate your interest in our firm and wish you success in your professional endeavors.

Very truly yours,

Human Resources Department
Halvorsen & Pike LLP
1600 Market Street, 28th Floor
Philadelphia, PA 19103

CONFIDENTIALITY NOTICE: This e-mail message and any attachments are confidential and may be protected by the attorney-client privilege or other applicable privileges. If you are not the intended recipient, please notify the sender immediately and delete this message.""",
        "company": "Halvorsen & Pike", "job_title": "Litigation Paralegal", "contact": "",
        "note": "formal law-firm rejection letter with confidentiality footer",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Whitcombe update",
        "from": "Tony Brescia <tbrescia@jurisstaffing.example>",
        "headers": {},
        "body": """Hi Denise,

Just got off the phone with the hiring partner at Whitcombe & Lyle. They went with a candidate who's done a lot more hands-on Relativity admin work — sounds like they really want someone who can run the review platform themselves, not just work in it. So the Senior E-Discovery Paralegal spot is off the table for us.

For what its worth they liked you a lot and said your trial prep experience was the strongest of anyone they saw. If you're open to it I'd like to put you in for a couple of trial-focused roles I have coming in the next few weeks — one's in Center City, one in King of Prussia.

Talk soon,
Tony

Tony Brescia
Senior Legal Recruiter | Juris Staffing Partners
(215) 555-0193 | jurisstaffing.example""",
        "company": "Whitcombe & Lyle", "job_title": "Senior E-Discovery Paralegal", "contact": "Tony Brescia",
        "note": "staffing agency relays client's decision casually",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Corporate Paralegal opening",
        "from": "Gail Huntley <ghuntley@ostranderlegal.example>",
        "headers": {},
        "body": """Dear Denise,

I'm writing to let you know that the Corporate Paralegal position you applied for has been filled by an internal candidate — one of our legal assistants who has been with the group for several years. As a result, we have closed the search and are not scheduling further interviews.

Thank you for the time you spent preparing your application and for your patience while we sorted out our staffing.

Sincerely,
Gail Huntley
Office Administrator
Ostrander Legal Group, P.C.""",
        "company": "Ostrander Legal Group", "job_title": "Corporate Paralegal", "contact": "Gail Huntley",
        "note": "position filled internally, search closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your application status has been updated",
        "from": "Brennan Weiss Caldwell Careers <careers-noreply@icims-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Denise,

Your application for the following position has been reviewed:

Position: Paralegal – Products Liability (Req ID 2026-0412)
Office: Philadelphia
Current status: Not Selected

No further action is required on your part. You may continue to view and apply for open positions in our career portal at careers-brennanweiss.icims.example.

Thank you for your interest in Brennan Weiss Caldwell LLP.

This message was sent from an unmonitored mailbox.""",
        "company": "Brennan Weiss Caldwell", "job_title": "Paralegal – Products Liability", "contact": "",
        "note": "iCIMS status notice: not selected",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Following up on your interview",
        "from": "Karen Dolan <kdolan@fitzgeraldsharma.example>",
        "headers": {},
        "body": """Hi Denise,

Thank you again for coming in last Thursday to meet with Mr. Fitzgerald and Ms. Sharma. They both enjoyed speaking with you, especially about the medical malpractice matters you handled at your current firm.

Unfortunately, they have decided to offer the Paralegal position to another candidate who has worked with them before on a contract basis. It was a difficult decision.

We will keep your resume on file, and I would not hesitate to reach out if something opens up in the future.

Best regards,
Karen Dolan
Office Manager
Fitzgerald Sharma Trial Lawyers
Two Penn Center, Suite 1210
Philadelphia, PA 19102""",
        "company": "Fitzgerald Sharma Trial Lawyers", "job_title": "Paralegal", "contact": "Karen Dolan",
        "note": "rejection after partner interview",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Notice of Examination Results – Paralegal II (Exam No. 26-1187)",
        "from": "Montgomery Valley County Human Resources <civilservice@mvcounty-pa.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """NOTICE OF EXAMINATION RESULTS

Applicant: Denise Marchetti
Examination: Paralegal II – District Attorney's Office
Exam No.: 26-1187
Date of Notice: 11/13/2026

Your application and training & experience questionnaire have been evaluated. Based on this evaluation, you have NOT been placed on the eligible list for this examination.

Reason: Final rating below passing score (70.00). Your rating: 68.50

Applicants who are not placed on the eligible list will not be considered for current or future vacancies filled from this list. You may re-apply when the examination is next announced.

Appeals must be filed in writing within ten (10) calendar days of the date of this notice. See the appeal instructions at mvcounty-pa.example/hr/appeals.

This is an automated notice. Please do not reply.""",
        "company": "Montgomery Valley County District Attorney's Office", "job_title": "Paralegal II", "contact": "",
        "note": "civil-service notice: not placed on eligible list",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Paralegal position — update",
        "from": "Rachel Kessler <rachel@kessleramarilaw.example>",
        "headers": {},
        "body": """Denise,

I owe you an update and I'm sorry it took this long. After we met, my partner and I sat down with our accountant to go over next year's numbers, and we just can't make a second paralegal salary work right now. We've decided not to hire for the role at all in 2027.

This is entirely about our budget, not about you. You were the person we wanted. If things change later in the year I'll call you first, if you're still looking.

Rachel

Rachel Kessler, Esq.
Kessler Amari Family Law

Sent from my iPhone""",
        "company": "Kessler Amari Family Law", "job_title": "Paralegal", "contact": "Rachel Kessler",
        "note": "small firm cancels role for budget reasons",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "RE: Status of Real Estate Paralegal application",
        "from": "Maria Vasquez <mvasquez@dunleavyroth.example>",
        "headers": {"In-Reply-To": "<BN8PR04MB6211A3C4F2@BN8PR04MB6211.namprd04.prod.outlook.example>", "References": "<BN8PR04MB6211A3C4F2@BN8PR04MB6211.namprd04.prod.outlook.example>"},
        "body": """Hi Denise,

The firm has selected another candidate for this role. Thank you for your patience and for your interest in Dunleavy & Roth.

Maria

Maria Vasquez | Recruiting Coordinator
Dunleavy & Roth LLP

-----Original Message-----
From: Denise Marchetti <denise.marchetti@mailbox.example>
Sent: Monday, November 23, 2026 9:02 AM
To: Maria Vasquez <mvasquez@dunleavyroth.example>
Subject: Status of Real Estate Paralegal application

Good morning Maria,

I interviewed with Mr. Roth and the real estate team on November 5 and wanted to follow up on the status of the position. I remain very interested and would be happy to provide any additional information.

Thank you,
Denise Marchetti""",
        "company": "Dunleavy & Roth", "job_title": "Real Estate Paralegal", "contact": "Maria Vasquez",
        "note": "one-line rejection in reply to status inquiry",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Grantham Mutual assignment – cancelled",
        "from": "Brianna Cole <bcole@lextemps.example>",
        "headers": {},
        "body": """Hi Denise,

Bad news, I'm afraid. Grantham Mutual's legal department just let us know the coverage litigation settled over the weekend, and they've cancelled the document review project entirely. That means the offer we confirmed with you last Wednesday for the contract Litigation Paralegal assignment (start date 12/7) is withdrawn.

I know you turned down other work to keep that week open and I feel terrible about it. I'm going through our open orders right now to see what I can get in front of you before the holidays, and I'll call you this afternoon.

Brianna

Brianna Cole
Account Manager, Legal Division
LexTemps Staffing | 1 S. Broad St, Philadelphia PA""",
        "company": "Grantham Mutual", "job_title": "Litigation Paralegal (contract assignment)", "contact": "Brianna Cole",
        "note": "agency withdraws confirmed contract offer, project cancelled",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Thank you for your application – Atwater Lindqvist LLP",
        "from": "Atwater Lindqvist Recruiting <recruiting@atwaterlindqvist.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Denise Marchetti,

Thank you for applying for a position with Atwater Lindqvist LLP. We appreciate your interest in joining a firm of more than 900 lawyers in 21 offices across the United States, Europe and Asia.

At Atwater Lindqvist, our professional staff are central to the service we provide our clients. We are committed to an inclusive workplace and to supporting the growth of every member of our team through training, mentorship and our award-winning Paralegal Development Program.

Our recruiting team reviews every application carefully. Although we will not be pursuing your candidacy for the Bankruptcy Paralegal (Philadelphia) position at this time, we encourage you to create a job alert on our careers site so that you are notified when new opportunities that match your experience become available. Your candidate profile will remain active in our system for 12 months.

To learn more about life at Atwater Lindqvist, visit atwaterlindqvist.example/careers or follow us on LinkedIn.

Sincerely,
Professional Staff Recruiting
Atwater Lindqvist LLP

Atwater Lindqvist LLP is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, creed, sex, sexual orientation, gender identity, national origin, age, disability, genetic information, marital status, military or veteran status, or any other characteristic protected by applicable law.

Privacy Notice: Information you provide in connection with your application will be processed in accordance with our Candidate Privacy Notice, available at atwaterlindqvist.example/privacy/candidates.""",
        "company": "Atwater Lindqvist", "job_title": "Bankruptcy Paralegal (Philadelphia)", "contact": "",
        "note": "decision buried in long firm boilerplate",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Paralegal – Housing Unit",
        "from": "Riverside Legal Aid Hiring <hiring@riversidelegalaid.example>",
        "headers": {},
        "body": """Dear Denise,

Thank you for applying to the Paralegal – Housing Unit position at Riverside Legal Aid. Unfortunately, you were not selected for an interview. We received over 140 applications for this position.

We appreciate your interest in our mission and encourage you to check our website for future openings.

Riverside Legal Aid
Hiring Committee""",
        "company": "Riverside Legal Aid", "job_title": "Paralegal – Housing Unit", "contact": "",
        "note": "short nonprofit rejection before interview",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Welcome to Counsel Bridge – next step: skills testing",
        "from": "Counsel Bridge Staffing <onboarding@counselbridge.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Denise,

Thanks for registering with Counsel Bridge Staffing! We've received your resume and your profile is set up in our system.

Before we can submit you to any of our law firm or corporate clients, we ask all paralegal candidates to complete our skills evaluation. It takes about 75 minutes and covers:
  1. Microsoft Word (advanced formatting, tables of authorities)
  2. Excel (basic formulas, sorting/filtering)
  3. Legal terminology and citation (Bluebook)
  4. Pennsylvania court rules – e-filing basics

Your profile won't be visible to our recruiters for client submissions until the evaluation is complete. You can start it here: counselbridge.example/assess?c=DM55102

Questions? Call us at (267) 555-0128.

Counsel Bridge Staffing
"Connecting counsel with talent since 1998\"""",
        "company": "", "job_title": "", "contact": "",
        "note": "staffing agency registration, skills test required",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Interview with Mr. Sutherland – need to reschedule",
        "from": "Janet Albright <jalbright@sutherlandmoy.example>",
        "headers": {},
        "body": """Good afternoon Denise,

Unfortunately Mr. Sutherland has been called to trial beginning Monday in Bucks County, so we won't be able to keep your interview on Tuesday the 17th at 10:00.

He is still very interested in meeting with you and asked me to find a time once the trial wraps up, which he expects to be by December 2. Would any of the following work?

  Thursday, Dec 3 – 9:30 AM or 2:00 PM
  Friday, Dec 4 – 11:00 AM

Please accept my apologies for the inconvenience.

Best,
Janet Albright
Legal Administrator
Sutherland & Moy, LLC""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview postponed because partner is in trial",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Next steps – references and writing sample",
        "from": "Lauren Petrakis <lpetrakis@okaforbaum.example>",
        "headers": {},
        "body": """Hi Denise,

Thank you for meeting with us on Monday. The team would like to move you to the final stage of the process for the Litigation Paralegal role.

Before we can proceed to an offer, we will need:
  • Two professional references, at least one of whom supervised your work directly (name, title, phone, email)
  • A short writing sample — a deposition summary or a discovery motion you drafted, redacted as needed

We're not able to move to the offer stage without both, so please send them at your earliest convenience, ideally by Friday.

Thanks,
Lauren Petrakis
Director of Administration
Okafor Baum LLP""",
        "company": "", "job_title": "", "contact": "",
        "note": "request for references and writing sample before offer",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Action Required: Employment verification could not be completed",
        "from": "VeriCheck Screening <noreply@vericheck-screening.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Denise Marchetti,

Your background screening ordered by Pemberton Rowe LLP (Order #VC-7724810) is in progress.

We were unable to verify the following employment:
  Employer: Castellano & Webb, P.C.
  Dates reported: 03/2018 – 06/2020
  Reason: Employer no longer in business; records unavailable

To avoid delays, please upload one of the following documents: W-2 form, pay stub, or offer letter from the period of employment.

Upload securely at: vericheck-screening.example/candidate/VC-7724810

If we do not receive documentation within 5 business days, your report will be completed as "Unable to Verify," which may affect the processing of your application.

VeriCheck Screening Services
This message was sent automatically. Please do not reply.""",
        "company": "", "job_title": "", "contact": "",
        "note": "background check vendor asks for documents",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "RE: Offer – Paralegal, Labor & Employment",
        "from": "Steven Oyelaran <soyelaran@hartwellcrane.example>",
        "headers": {"In-Reply-To": "<SA1PR19MB5530F1D7@SA1PR19MB5530.namprd19.prod.outlook.example>"},
        "body": """Denise,

Thank you for letting me know, and for being so straightforward about it. Of course we're sorry to hear you've decided to decline our offer, but I completely understand — the commute to Wilmington would have been a lot, and Pemberton Rowe is a great shop.

If anything changes in the next few months, my door is open.

All the best,
Steve

Steven Oyelaran
Director of Legal Personnel | Hartwell Crane LLP

-----Original Message-----
From: Denise Marchetti <denise.marchetti@mailbox.example>
Sent: Tuesday, December 1, 2026 4:47 PM
To: Steven Oyelaran <soyelaran@hartwellcrane.example>
Subject: RE: Offer – Paralegal, Labor & Employment

Dear Steve,

Thank you so much for the offer and for your flexibility on the start date. After a lot of thought I have decided to accept another position closer to home, so I must respectfully decline. I really enjoyed meeting the team.

Best regards,
Denise""",
        "company": "", "job_title": "", "contact": "",
        "note": "employer acknowledges candidate declining the offer",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "15 new paralegal jobs in Philadelphia, PA",
        "from": "Indeed <alert@indeed-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.indeed.example/alerts/unsubscribe?id=9f0c21>"},
        "body": """Jobs matching: paralegal in Philadelphia, PA

Litigation Paralegal
Sutter Hale LLP – Philadelphia, PA
$68,000 - $82,000 a year
Easily apply

Personal Injury Paralegal (Bilingual Spanish preferred)
Moreno & Daly Injury Lawyers – Philadelphia, PA 19106
$28 - $34 an hour

Corporate Paralegal – Hybrid
Delacroix Pharmaceuticals – Conshohocken, PA
Responds within 3 days

Immigration Paralegal
Liberty Bridge Immigration Law – Philadelphia, PA
$55,000 a year

See all 15 new jobs: indeed.example/jobs?q=paralegal&l=Philadelphia

You're receiving this email because you created a job alert on Indeed.
Unsubscribe | Manage alerts""",
        "company": "", "job_title": "", "contact": "",
        "note": "Indeed job alert digest",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Application Received – Litigation Paralegal",
        "from": "Sutter Hale LLP <careers@sutterhale.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Denise,

Thank you for submitting your application for the Litigation Paralegal position at Sutter Hale LLP. This message confirms that we have received your materials.

Due to the high volume of applications we receive, we are unable to respond to each applicant individually. If your qualifications match the requirements of the position, a member of our recruiting team will contact you to discuss next steps.

Please do not reply to this email; this mailbox is not monitored.

Sutter Hale LLP | Human Resources""",
        "company": "", "job_title": "", "contact": "",
        "note": "auto acknowledgement, 'unable to respond individually'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Denise, a litigation role you might like",
        "from": "Chris Amato via LinkedIn <inmail-hit-reply@linkedin-mail.example>",
        "headers": {"List-Unsubscribe": "<https://www.linkedin.example/e/unsubscribe?t=inmail>"},
        "body": """Chris Amato
Legal Recruiter at Keystone Legal Search

Hi Denise,

I came across your profile and your med-mal trial experience really stood out. I'm working on a Senior Litigation Paralegal search for a well-regarded defense firm in Center City (hybrid, 3 days in office). They're looking for someone who can run trial binders and exhibit lists with minimal supervision — sounds like you.

Compensation is in the $80–92K range plus overtime. Would you be open to a quick call this week?

Best,
Chris

Reply · View profile

This is a message from a recruiter on LinkedIn. You are receiving InMail notification emails. Unsubscribe
© 2026 LinkedIn""",
        "company": "", "job_title": "", "contact": "",
        "note": "recruiter InMail outreach",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Checking in",
        "from": "Nicole Brandt <nbrandt@greeleyvance.example>",
        "headers": {},
        "body": """Hi Denise,

I just wanted to send a quick note so you're not left wondering. We haven't made a decision on the Trusts & Estates Paralegal position yet. Mr. Vance has been out of the office on a family matter and won't be back until the 14th, and he wants to meet the final two candidates again before deciding.

So — not a no! You're one of the two. I'll reach out as soon as he's back to set up a short second conversation.

Thanks for your patience,
Nicole

Nicole Brandt
Office Manager, Greeley Vance Estate Planning""",
        "company": "", "job_title": "", "contact": "",
        "note": "status update: no decision yet, still a finalist",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Offer of Employment – Pemberton Rowe LLP",
        "from": "Angela Whitford <awhitford@pembertonrowe.example>",
        "headers": {},
        "body": """Dear Denise,

On behalf of Pemberton Rowe LLP, I am pleased to offer you the position of Senior Litigation Paralegal in our Philadelphia office, reporting to Kevin Pemberton, Partner.

The key terms of our offer are:
  • Start date: Monday, January 4, 2027
  • Base salary: $86,000 per year, non-exempt, overtime eligible
  • Hybrid schedule: 3 days in office after a 90-day onboarding period
  • Eligibility for the firm's medical, dental, vision and 401(k) plans on the first of the month following your start date
  • 20 days PTO plus firm holidays

This offer is contingent upon satisfactory completion of a background check and verification of your employment history.

Please review the attached offer letter and return a signed copy by December 4. I'm happy to answer any questions.

We are very much looking forward to having you on the team.

Warm regards,
Angela Whitford
Director of Human Resources
Pemberton Rowe LLP""",
        "company": "", "job_title": "", "contact": "",
        "note": "formal job offer",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Re: Request to install window AC unit / paint bedroom",
        "from": "Walnut Court Property Management <office@walnutcourtpm.example>",
        "headers": {"In-Reply-To": "<CAHx81pq2Zr@mail.mailbox.example>"},
        "body": """Hi Denise,

Thanks for your request regarding Unit 3B. We are able to approve the window AC unit as long as it's installed with the support bracket (we can send maintenance to do it for $45).

However, the owner has declined the request to paint the bedroom in a darker color. Per section 14 of your lease, walls must remain in the building standard "Swiss Coffee" white. Sorry we can't be more flexible on that one.

Please let us know a day that works for the AC install.

Regards,
Tamika
Walnut Court Property Management
(215) 555-0166""",
        "company": "", "job_title": "", "contact": "",
        "note": "landlord declines part of a tenant request",
    },
    {
        "label": "ham", "language": "en",
        "subject": "well that's that",
        "from": "Gina Marchetti <ginam.rn.someday@mailbox.example>",
        "headers": {},
        "body": """Dee,

Didn't get into the accelerated BSN at Holloway. Got the email at like 6am, "we are unable to offer you admission for the Summer 2027 cohort." I'm honestly more annoyed that I checked it before coffee.

I'm still waiting on the other two so it's not over. Mom doesnt know yet so please don't say anything at Sunday dinner, I'll tell her when I'm ready.

Can you still help me with the Temple application essay this weekend? You're the only one who can make me sound less weird on paper.

love you
G""",
        "company": "", "job_title": "", "contact": "",
        "note": "sister's nursing school admission rejection",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Important information about your prescription coverage",
        "from": "Keystone Crest Health Plan <notices@keystonecrest-health.example>",
        "headers": {},
        "body": """Dear Denise Marchetti,

Member ID: KCH448201937

We have reviewed the prior authorization request submitted by Dr. Anjali Mehta for the medication listed below.

Medication: Sumatriptan nasal spray 20 mg
Decision: Denied
Reason: Plan formulary requires a trial of two preferred alternatives (sumatriptan tablets and rizatriptan) before a non-preferred formulation can be approved.

You and your prescriber may discuss covered alternatives, or your prescriber may submit additional clinical information. You have the right to appeal this decision within 180 days. Instructions for filing an appeal are available at keystonecrest-health.example/appeals.

If you have questions, call Member Services at the number on the back of your ID card (TTY 711).

Keystone Crest Health Plan""",
        "company": "", "job_title": "", "contact": "",
        "note": "health plan denies prior authorization",
    },
    {
        "label": "ham", "language": "en",
        "subject": "December book club – Sunday at my place!",
        "from": "Tracy Odum <tracy.odum@mailbox.example>",
        "headers": {},
        "body": """Hi ladies!

Reminder that December book club is this Sunday the 13th at 3pm at my place (green door, parking is on the street behind). We're discussing "The Salt Orchard" — no judgment if you only got halfway, I'm at page 190 myself.

I'm making the white chicken chili. Denise, can you bring that cranberry brie thing again? People have been asking about it since LAST year.

Also we need to pick January's book. Send me your suggestions by Friday and I'll do a poll.

xo
Tracy""",
        "company": "", "job_title": "", "contact": "",
        "note": "book club reminder from a friend",
    },
]

# ---------------------------------------------------------------------------
# Persona C: Marcus Bell, customer-success manager in Denver, applying to
# SaaS companies (Lever, Rippling ATS, LinkedIn Easy Apply).
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Flowbright – Senior Customer Success Manager",
        "from": "Jenna Whitaker <no-reply@hire.lever-mail.example>",
        "headers": {"Reply-To": "jenna.whitaker@flowbright.example"},
        "body": """Hi Marcus,

Thanks for taking the time to speak with me and with Andre over the last couple of weeks about the Senior Customer Success Manager role.

I wanted to let you know that we've decided to go another direction for this position. The team ultimately prioritized candidates with deeper experience managing accounts in the healthcare vertical, which is where most of our enterprise book sits right now.

I really enjoyed our conversations, and I'd love to stay in touch as our CS team grows next year.

All the best,
Jenna

Jenna Whitaker
Talent Partner, Flowbright""",
        "company": "Flowbright", "job_title": "Senior Customer Success Manager", "contact": "Jenna Whitaker",
        "note": "Lever-relayed recruiter rejection, 'another direction'",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your application to Tallyhook",
        "from": "Tallyhook Hiring <ats-notifications@rippling-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Marcus,

Thank you for applying for the Customer Success Manager, Mid-Market role at Tallyhook. We appreciate the time you took to learn about us.

After reviewing your application, we won't be advancing your candidacy for this role. We had a lot of strong applicants and had to make some tough calls.

We'd love to keep in touch. You can see all of our open roles at tallyhook.example/careers.

Best,
The Tallyhook Team

Powered by Rippling""",
        "company": "Tallyhook", "job_title": "Customer Success Manager, Mid-Market", "contact": "",
        "note": "Rippling ATS rejection, 'won't be advancing'",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your application to Enterprise Customer Success Manager at Zephyrdesk",
        "from": "LinkedIn <jobs-noreply@linkedin-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.linkedin.example/e/unsubscribe?t=jobs-app-update>"},
        "body": """Your update from Zephyrdesk

Enterprise Customer Success Manager
Zephyrdesk · Denver, CO (Hybrid)
Applied on October 19, 2026

Thank you for your interest in the Enterprise Customer Success Manager position at Zephyrdesk in Denver, CO. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Zephyrdesk.

Regards,
Zephyrdesk

Top jobs for you
  Customer Success Lead — Parcelwise — Remote
  Senior Account Manager — Outpost CRM — Boulder, CO
  See more jobs

You are receiving Jobs application update emails. Unsubscribe · Help
© 2026 LinkedIn""",
        "company": "Zephyrdesk", "job_title": "Enterprise Customer Success Manager", "contact": "",
        "note": "LinkedIn Easy Apply status update with employer rejection",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Following up from your final round",
        "from": "Carla Mendes <carla@lanternfish.example>",
        "headers": {},
        "body": """Hi Marcus,

Thank you for the time and energy you put into our process — four conversations plus the renewal-strategy presentation is a real ask, and you brought a lot to it.

I wanted to call you, but I know you're juggling your current job, so I'm putting this in writing: we've made the decision to extend the Head of Customer Success offer to another finalist, who has already built a CS function from scratch at a company our size.

Because you went through the full loop, you deserve specifics.

What stood out
 - Your renewal-risk framework was the clearest anyone presented. Our CFO is still talking about the cohort chart.
 - The panel loved how you handled the "angry champion" role-play — calm, curious, no over-promising.

Where the other candidate was stronger
 - Hiring and leveling a team of 8+ CSMs. You were candid that your largest team has been 3, and that mattered for this specific role.
 - Building CS ops tooling (health scores, playbooks in the CRM) from zero.

If you're open to it, I'd love to keep talking — we'll likely open a Senior CSM / Team Lead role in Q2, and I'd reach out to you before posting it.

With gratitude,
Carla

Carla Mendes
VP, Customer Experience | Lanternfish Analytics""",
        "company": "Lanternfish Analytics", "job_title": "Head of Customer Success", "contact": "Carla Mendes",
        "note": "rejection after final round with structured feedback",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Customer Success Lead role update",
        "from": "Hannah Liu <hannah.liu@beaconly.example>",
        "headers": {},
        "body": """Hi Marcus,

Quick update on the Customer Success Lead position you applied for. Last week we announced an internal restructure that folds Customer Success into our Support org under a single leader. As part of that, the CS Lead role has been closed and won't be filled.

That means we're closing out your application along with everyone else's in the pipeline. I'm sorry I don't have a better outcome to share, and I appreciate you being so flexible with scheduling.

Take care,
Hannah
People Team, Beaconly""",
        "company": "Beaconly", "job_title": "Customer Success Lead", "contact": "Hannah Liu",
        "note": "role closed in reorg, application closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Regarding your offer",
        "from": "Ryan Kowalczyk <ryan.k@parcelwise.example>",
        "headers": {},
        "body": """Marcus,

I regret to be writing this. As you may have seen in the news this morning, Parcelwise is reducing headcount by about 18% following the loss of our largest carrier partnership. Every open offer for a start date that hasn't happened yet is being rescinded, including yours for the Customer Success Manager, Strategic Accounts position.

I know you signed on November 6 and may have already spoken with your current employer. If you haven't given notice yet, please don't. If you already have, call me today — we're offering a payment equivalent to severance to affected candidates and I want to make sure you get it.

I'm genuinely sorry. This isn't how any of us wanted this to go.

Ryan Kowalczyk
Director of Talent Acquisition, Parcelwise
(720) 555-0182""",
        "company": "Parcelwise", "job_title": "Customer Success Manager, Strategic Accounts", "contact": "Ryan Kowalczyk",
        "note": "signed offer rescinded after layoffs",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Quick note",
        "from": "Theo Nakamura <theo@sproutlane.example>",
        "headers": {},
        "body": """Marcus — appreciate the time last Thursday, really enjoyed the conversation.

Being straight with you: we're going to hire someone with a fintech background for this one. Our first 20 customers are all credit unions and I think I need someone who already speaks that language on day one.

You clearly know how to run a CS motion though. Happy to intro you to two founders in our batch who are hiring CSMs — let me know if that'd be useful.

Theo
Co-founder, Sproutlane""",
        "company": "Sproutlane", "job_title": "", "contact": "Theo Nakamura",
        "note": "founder's short rejection, subject says nothing",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Update on your Nimbus Ledger application",
        "from": "Nimbus Ledger <no-reply@hire.lever-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Marcus,

Thank you for your interest in the Customer Success Manager position at Nimbus Ledger. We truly appreciate you taking the time to apply.

Unfortunately, we will not be moving forward with your application at this time. We encourage you to apply for future roles that match your skills and experience.

We wish you the best in your job search.

Warmly,
Nimbus Ledger Recruiting Team""",
        "company": "Nimbus Ledger", "job_title": "Customer Success Manager", "contact": "",
        "note": "classic template rejection via Lever",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Re: Checking in – Senior CSM",
        "from": "Jess Albrecht <jess.albrecht@outpostcrm.example>",
        "headers": {"In-Reply-To": "<CAF7mB2-k1qN@mail.mailbox.example>", "References": "<CAF7mB2-k1qN@mail.mailbox.example>"},
        "body": """Hey Marcus,

Ugh, I'm sorry I didn't get back to you sooner — that's on me. The hiring team decided to go in a different direction for the Senior CSM role and brought on someone from a competitor who's starting next week.

Thank you for being patient with our (very slow) process. If you're ever up for it I'm happy to grab coffee in LoDo and talk about what else might be coming up.

Jess

On Tue, Nov 24, 2026 at 11:08 AM, Marcus Bell <marcus.bell.cs@mailbox.example> wrote:
> Hi Jess,
> Hope you're doing well. It's been about three weeks since my interview with Priya and the team,
> so I wanted to check in on the Senior CSM role. Still very excited about Outpost!
> Best,
> Marcus""",
        "company": "Outpost CRM", "job_title": "Senior CSM", "contact": "Jess Albrecht",
        "note": "rejection in reply to follow-up",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Thank you from Crestline Data",
        "from": "Crestline Data Talent Acquisition <careers@crestlinedata.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hello Marcus,

Thank you for your interest in Crestline Data and for applying to the Customer Success Manager – Public Sector position.

At Crestline, we believe great people build great products. Our recruiting team carefully reviews each application against the requirements of the role and the needs of the team.

Although your profile is not a match for this particular position, we were impressed by your background and would like to keep your resume on file for 12 months. During that time, our recruiters may reach out if a role opens that fits your experience.

In the meantime, we invite you to:
  - Join our Talent Network to get updates on new openings: crestlinedata.example/talent-network
  - Read about our culture on our blog, The Crest
  - Follow Crestline Data on LinkedIn

Thanks again for considering a career with Crestline Data.

Crestline Data Talent Acquisition

Crestline Data is proud to be an Equal Opportunity Employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.""",
        "company": "Crestline Data", "job_title": "Customer Success Manager – Public Sector", "contact": "",
        "note": "decision hidden between keep-on-file and talent network text",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Vellum Docs – Customer Success Manager (Renewals)",
        "from": "Dana Pryor <dana.pryor@vellumdocs.example>",
        "headers": {},
        "body": """Hi Marcus,

I'm disappointed to share that the Customer Success Manager (Renewals) requisition has been pulled as part of a company-wide hiring freeze that was announced this afternoon. Unfortunately that means we're releasing all candidates who were in process for the role, including you, and we won't be scheduling your panel interview for next week.

I really enjoyed our screen and I think you'd have done well with the team. If the freeze lifts and the role comes back, I'll reach out directly — but I don't want you to hold your search for it.

Best,
Dana Pryor
Senior Recruiter, Vellum Docs""",
        "company": "Vellum Docs", "job_title": "Customer Success Manager (Renewals)", "contact": "Dana Pryor",
        "note": "requisition pulled in hiring freeze, candidates released",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Marcus, your application was sent to Pipewren",
        "from": "LinkedIn <jobs-noreply@linkedin-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://www.linkedin.example/e/unsubscribe?t=jobs-app-confirm>"},
        "body": """Your application was sent to Pipewren

Customer Success Manager, SMB
Pipewren · Denver, CO (Remote)
Applied on November 2, 2026

Now, take these next steps for more success with your job search
  • Find and reach out to people who work at Pipewren
  • Set up job alerts for "Customer Success Manager"

Applied with: Marcus_Bell_Resume_2026.pdf

You are receiving Jobs application confirmation emails. Unsubscribe · Help
© 2026 LinkedIn""",
        "company": "", "job_title": "", "contact": "",
        "note": "LinkedIn Easy Apply confirmation",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Complete your application to Humblebee HR",
        "from": "Humblebee HR Hiring <ats-notifications@rippling-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Marcus,

We received your application for Senior Customer Success Manager at Humblebee HR, but it looks like one required question wasn't answered:

  "Are you legally authorized to work in the United States without sponsorship?"

We can't send incomplete applications to the hiring team for review, so please take a minute to finish it here: ats.rippling.example/humblebee-hr/jobs/4471/apply?resume=1

Your other answers and your resume have been saved.

Thanks,
Humblebee HR Talent Team
Powered by Rippling""",
        "company": "", "job_title": "", "contact": "",
        "note": "incomplete application reminder",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Interview with Pipewren — let's find a time",
        "from": "Owen Castillo <no-reply@hire.lever-mail.example>",
        "headers": {"Reply-To": "owen@pipewren.example"},
        "body": """Hi Marcus,

Thanks for applying to the Customer Success Manager, SMB role! I'd love to set up a 30-minute intro call to learn more about your background and tell you about the team.

Please pick a time that works for you here: pipewren.lever-scheduling.example/owen/30min

A bit about Pipewren: we're a 60-person startup helping plumbing and HVAC businesses manage dispatch and invoicing. Our CS team is five people today, and this role would own about 150 SMB accounts.

Talk soon,
Owen Castillo
Recruiting Lead, Pipewren""",
        "company": "", "job_title": "", "contact": "",
        "note": "recruiter screen scheduling via Lever",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Tomorrow's final round – change of plans",
        "from": "Leah Brooks <leah.brooks@humblebeehr.example>",
        "headers": {},
        "body": """Hi Marcus,

Unfortunately our VP of Customer Success, Sofia, has to cancel tomorrow's 1:00 PM final interview — she's flying out to an escalation at one of our largest customers. I'm so sorry for the late notice.

You are absolutely still in the process. Sofia asked me to get you back on her calendar as soon as possible. Does Monday at 10:00 or 3:30 MT work?

The presentation prompt stays the same, so you'll have a few extra days to polish if you want them.

Thanks for rolling with it,
Leah
Recruiting Coordinator | Humblebee HR""",
        "company": "", "job_title": "", "contact": "",
        "note": "final interview cancelled and to be rescheduled",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Lanternfish – presentation exercise for your final round",
        "from": "Carla Mendes <carla@lanternfish.example>",
        "headers": {},
        "body": """Hi Marcus,

Great news — the team would love to bring you in for the final round for Head of Customer Success. As part of that, we ask finalists to prepare a short presentation.

The prompt:
  You've just joined Lanternfish. A $240K ARR customer (details in the attached one-pager) has gone quiet 90 days before renewal, their champion has left, and usage is down 35%. Walk us through your first 30 days with this account and how you'd set the team up to prevent this pattern in the future.

Ground rules:
  - 20 minutes presenting, 25 minutes discussion with me, our CFO and two CSMs.
  - Please don't spend more than 4–5 hours on it. We're not looking for polish; we're looking for thinking.
  - We can't accept decks after Wednesday at noon, since the panel reviews them beforehand.

Looking forward to it,
Carla""",
        "company": "", "job_title": "", "contact": "",
        "note": "final-round case presentation assignment",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "“customer success manager”: 34 new jobs in Denver Metropolitan Area",
        "from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.linkedin.example/e/unsubscribe?t=jobalert>"},
        "body": """Your job alert for customer success manager in Denver Metropolitan Area
34 new jobs match your preferences.

Senior Customer Success Manager
Kindlepoint · Denver, CO (Hybrid)
Actively recruiting · Easy Apply

Customer Success Manager – Enterprise
Rootstock Payments · Remote
Your profile matches several required skills

Customer Success Team Lead
Granary Software · Boulder, CO
12 applicants

Renewals Manager
Tallyhook · Denver, CO
Promoted

See all jobs: linkedin.example/jobs/search?alert=8823190

You are receiving Job Alert emails. Manage alerts · Unsubscribe
© 2026 LinkedIn""",
        "company": "", "job_title": "", "contact": "",
        "note": "LinkedIn job alert digest",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Re: Kindlepoint Senior CSM – timing",
        "from": "Ben Oduya <ben.oduya@kindlepoint.example>",
        "headers": {"In-Reply-To": "<CAF7mB2-x9Lp@mail.mailbox.example>"},
        "body": """Hi Marcus,

Totally fair question. We haven't made a decision yet — we're still finishing first-round conversations, and the hiring manager wants to see the whole slate before choosing who goes to panels. So no news in either direction, and you're still very much in consideration.

Realistic timeline: panels the week of December 7, decision before the holidays.

I'll keep you posted,
Ben

On Fri, Nov 20, 2026 at 2:14 PM Marcus Bell <marcus.bell.cs@mailbox.example> wrote:
> Hi Ben, quick question on timing for the Senior CSM role — I have another process
> moving to a final round and I want to be fair to both. Any sense of
> when you'll decide on next steps? Thanks, Marcus""",
        "company": "", "job_title": "", "contact": "",
        "note": "status reply: no decision yet",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Your offer from Humblebee HR",
        "from": "Leah Brooks <leah.brooks@humblebeehr.example>",
        "headers": {},
        "body": """Hi Marcus,

It's official — Sofia and the team would love for you to join Humblebee HR as a Senior Customer Success Manager! Your formal offer is in your inbox via DocuSign, but here's the summary:

  Base salary: $118,000
  Variable: up to $22,000 annually, tied to net revenue retention
  Equity: 6,000 options, 4-year vesting with a 1-year cliff
  Start date: January 11, 2027 (flexible)

I know we talked about a base closer to $125K. We're not able to move on base salary for this level without breaking our bands, but Sofia was able to increase the option grant from 4,000 to 6,000 to close some of that gap.

Take the weekend to think it over, and let me know if you'd like to talk with Sofia again before you decide.

So excited,
Leah""",
        "company": "", "job_title": "", "contact": "",
        "note": "offer, 'not able to move on base salary'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Sorry to see you go",
        "from": "Kindlepoint Recruiting <no-reply@hire.lever-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Marcus,

We've received your request and withdrawn your application for Senior Customer Success Manager at Kindlepoint. The hiring team has been notified, and you won't receive any further messages about this role.

Thanks for letting us know, and congratulations on your next step. Our door is always open if you'd like to apply again in the future.

The Kindlepoint Team""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's withdrawal confirmed",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Series B CS role – remote, $130-145K",
        "from": "Nikki Faraday <nikki@summitbridgetalent.example>",
        "headers": {},
        "body": """Hi Marcus,

Hope you don't mind the cold email — I found you through the Denver CS Leaders Slack. I'm recruiting for a Series B vertical SaaS company (property management software, ~$30M ARR) that's hiring its first Customer Success Manager for Strategic Accounts.

  - Fully remote (Mountain or Central time preferred)
  - $130–145K base + 15% variable
  - Reports to the VP of Customer Experience
  - Book of ~25 accounts, $40K–$400K ARR

Would you be open to a 15-minute call this week? If the timing isn't right, no worries at all — I'd still be glad to connect.

Nikki Faraday
Partner, Summit Bridge Talent
(303) 555-0107""",
        "company": "", "job_title": "", "contact": "",
        "note": "agency recruiter cold outreach",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Your membership freeze request",
        "from": "Ridgeline Athletic Club <members@ridgelineathletic.example>",
        "headers": {},
        "body": """Hi Marcus,

We've reviewed your request to freeze your membership from December 1 through February 28.

Per our membership agreement, freezes are available for medical reasons or travel of 30+ days with documentation, and are limited to 60 days per calendar year. Because no documentation was included, we're unable to approve the freeze as submitted.

If you'd like to resubmit with a doctor's note or travel itinerary, just reply to this email or stop by the front desk. Alternatively, you can switch to our Basic Off-Peak plan at $24/month.

See you on the floor,
Ridgeline Athletic Club Member Services""",
        "company": "", "job_title": "", "contact": "",
        "note": "gym declines membership freeze",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Re: house stuff",
        "from": "Tyler Grange <tgrange88@mailbox.example>",
        "headers": {"In-Reply-To": "<CAF7mB2-h0uS@mail.mailbox.example>"},
        "body": """Yeah so the Arvada place is dead. Lender came back and said no on the pre-approval — something about my debt to income ratio with the truck loan. Kristen is handling it better than me honestly.

Gonna pay the truck down for six months and try again in the spring. Still on for the Nuggets game Saturday? I need a distraction.

T

On Mon, Nov 16, 2026 at 7:51 PM Marcus Bell <marcus.bell.cs@mailbox.example> wrote:
> Any news on the house?? Fingers crossed for you guys""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend's mortgage pre-approval turned down",
    },
    {
        "label": "ham", "language": "en",
        "subject": "The Renewal Room #112: How to say no to a customer without losing them",
        "from": "The Renewal Room <newsletter@renewalroom.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://renewalroom.example/unsubscribe?u=mbell>"},
        "body": """THE RENEWAL ROOM
A weekly newsletter for people who keep customers around · Issue #112

This week: the art of the graceful no

Every CSM has been there. A customer asks for a feature that isn't on the roadmap, a discount finance won't approve, or a custom integration engineering won't build. Saying yes buys you a week of goodwill. Saying no, badly, can cost you a renewal.

Three scripts our readers swear by:
  1. "Here's what we can do." Lead with the alternative, not the refusal.
  2. "I'd rather be honest with you now than disappoint you in Q3."
  3. "Let me show you how other customers solved this."

Also in this issue
  • Poll results: 61% of you had a request denied by product in the past month
  • Tool review: we tried three health-score tools so you don't have to
  • Reader question: "My exec sponsor went silent. Now what?"

Read online: renewalroom.example/112
You're getting this because you subscribed at renewalroom.example. Unsubscribe anytime.""",
        "company": "", "job_title": "", "contact": "",
        "note": "professional newsletter about saying no to customers",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Schedule change request – Maya Bell (Grade 10)",
        "from": "Westridge High School Counseling <counseling@westridgehs.example>",
        "headers": {},
        "body": """Dear Mr. Bell,

Thank you for your email regarding Maya's request to move from AP Chemistry to Honors Environmental Science for the spring semester.

Unfortunately, we are not able to accommodate this change. Honors Environmental Science is at capacity for both spring sections, and the schedule change window for second semester closed on November 13. Maya has been added to the waitlist, and if a seat opens before January 8 we will contact you.

If you'd like to discuss Maya's course load or any concerns about AP Chemistry, I'm happy to set up a meeting with you and Maya.

Sincerely,
Ms. Kendra Holt
School Counselor, Last Names A–D
Westridge High School""",
        "company": "", "job_title": "", "contact": "",
        "note": "school declines a course change for the candidate's daughter",
    },
]

# ---------------------------------------------------------------------------
# Persona D: Eilidh Fraser, accounting graduate in Glasgow, applying to
# graduate schemes (online tests, video interviews, assessment centres).
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Your application to Harcourt Blaine – Audit & Assurance Graduate Programme 2027",
        "from": "Harcourt Blaine Student Recruitment <studentrecruitment@harcourtblaine-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Eilidh,

Thank you for completing the online assessments for the Audit & Assurance Graduate Programme 2027 (Glasgow).

We have now reviewed your results. Based on your performance in the numerical reasoning assessment, we will not be progressing your application to the next stage of our process.

We understand this will be disappointing. Our assessments are benchmarked against the performance of current trainees, and we set the same threshold for every candidate, regardless of location or business area.

You may reapply to Harcourt Blaine 12 months from the date of this email. In the meantime, you can find practice materials and tips on our Student Careers hub.

Kind regards,

Student Recruitment Team
Harcourt Blaine LLP

Harcourt Blaine LLP is a limited liability partnership registered in England and Wales (registered number OC999001). Registered office: 1 Example Square, London.""",
        "company": "Harcourt Blaine", "job_title": "Audit & Assurance Graduate Programme 2027", "contact": "",
        "note": "graduate scheme rejection after numerical reasoning test",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Morrow Kinnaird – Application Outcome",
        "from": "Morrow Kinnaird Graduate Recruitment <graduates@morrowkinnaird.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Eilidh Fraser,

Reference: MK/GR27/30418
Programme: Tax Graduate Programme – Edinburgh, September 2027 intake

Thank you for your recent application to Morrow Kinnaird.

We regret to inform you that on this occasion your application has not been successful. We received a very high number of applications for a limited number of places, and the standard of candidates was exceptionally high.

Due to the volume of applications, we are unable to provide individual feedback at this stage.

We thank you for your interest in Morrow Kinnaird and wish you every success in your future career.

Yours sincerely,

Graduate Recruitment Team
Morrow Kinnaird LLP""",
        "company": "Morrow Kinnaird", "job_title": "Tax Graduate Programme – Edinburgh", "contact": "",
        "note": "classic UK 'not successful on this occasion'",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Assessment Centre outcome and feedback",
        "from": "Fiona Lennox <fiona.lennox@pennantgray.example>",
        "headers": {},
        "body": """Dear Eilidh,

Thank you for attending our assessment centre at Pennant Gray's Edinburgh office on Thursday 19 November. I hope you found the day a useful insight into the firm.

The assessors have now met to review everyone's performance. I'm sorry to tell you that we are unable to offer you a place on the 2027 Tax Graduate Programme.

As promised on the day, here is a summary of your feedback:

Group exercise – Strong. You brought the group back to the client brief twice and made sure quieter members were heard. Assessors rated this well above the benchmark.

Written exercise (client email on IHT planning) – Below benchmark. The technical points were mostly right, but the email was long and structured around the legislation rather than the client's question. Leading with the answer would have made a big difference.

Partner interview – Meets benchmark. Good motivation for tax; some answers on commercial awareness would have benefited from a specific recent example.

Overall, the written exercise was the deciding factor. Please don't be discouraged — a number of our current trainees joined us on their second attempt, and you would be very welcome to apply again next year.

Best wishes,

Fiona Lennox
Graduate Recruitment Adviser, Scotland
Pennant Gray""",
        "company": "Pennant Gray", "job_title": "Tax Graduate Programme 2027", "contact": "Fiona Lennox",
        "note": "assessment centre rejection with scored feedback",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Aberdeen Audit Graduate Programme 2027 – programme now full",
        "from": "Calder & Strachan Early Careers <earlycareers@calderstrachan.example>",
        "headers": {},
        "body": """Dear Eilidh,

Thank you for your application to our Audit Graduate Programme in Aberdeen, starting September 2027.

We are writing to let you know that all places on the 2027 Aberdeen intake have now been filled. As we recruit on a rolling basis, we are closing all remaining applications, including yours, and no further candidates will be invited to interview for this intake.

This is purely a matter of timing and is no reflection on your application. Our 2028 programmes open in September 2027, and we'd encourage you to apply early.

With best wishes,
Early Careers Team
Calder & Strachan""",
        "company": "Calder & Strachan", "job_title": "Audit Graduate Programme (Aberdeen)", "contact": "",
        "note": "intake full, remaining applications closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Application status update",
        "from": "Dunmore Abernethy Careers <no-reply@dunmoreabernethy-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Eilidh,

There's been an update to your application.

Role: Graduate Trainee Accountant – Audit (Dundee)
Stage: Video interview
Status: Unsuccessful

Log in to your candidate dashboard to view details: dunmoreabernethy-careers.example/dashboard

Thank you for your interest in Dunmore Abernethy.

Please do not reply to this automated email.""",
        "company": "Dunmore Abernethy", "job_title": "Graduate Trainee Accountant – Audit (Dundee)", "contact": "",
        "note": "portal status notice after video interview",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Trainee post",
        "from": "Gordon Rennie <gordon@mcalpinerennie.example>",
        "headers": {},
        "body": """Hi Eilidh,

Thanks for coming in on Tuesday, and for making the trip up the A9 — I know it's not a short drive.

We've decided to offer the trainee post to another applicant who has already done a year in practice and is partway through her ICAS exams. Given how small we are, we need someone who can pick up year-end work without much supervision from January, and that tipped it.

You interviewed very well, and if you were based nearer Inverness I'd have been inclined to find something for you anyway. If you ever come back north, do get in touch.

All the best with the search,
Gordon

Gordon Rennie CA
Partner
McAlpine Rennie Chartered Accountants
14 Academy Street, Inverness""",
        "company": "McAlpine Rennie", "job_title": "Trainee", "contact": "Gordon Rennie",
        "note": "small practice partner's personal rejection",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your offer – January 2027 Audit Trainee intake (Perth)",
        "from": "Robert Kerr <hr@lornewhitlaw.example>",
        "headers": {},
        "body": """Dear Eilidh,

I am writing with some difficult news regarding your offer to join Lorne Whitlaw as an Audit Trainee in our Perth office from 11 January 2027.

Following a review of our Scottish operations, the partnership has taken the decision to close the Perth office in the first quarter of 2027 and consolidate the team into Edinburgh. Because the Edinburgh audit team's 2027 trainee places are already filled, we regret that we must withdraw the offer made to you on 14 August 2026.

We appreciate that you accepted our offer in good faith and may have turned down other opportunities as a result. To recognise this, the firm will make a goodwill payment of £1,500, and our Head of Graduate Recruitment, Ailsa Murray, would like to speak with you personally about introductions to other firms.

Ailsa will call you on Monday; if another time is better, please reply to this email.

Again, please accept our sincere apologies.

Yours sincerely,

Robert Kerr
HR Director
Lorne Whitlaw LLP""",
        "company": "Lorne Whitlaw", "job_title": "Audit Trainee (Perth)", "contact": "Robert Kerr",
        "note": "accepted offer withdrawn due to office closure",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Thank you for your interest in Kinross Meldrum",
        "from": "Kinross Meldrum Early Careers <no-reply@kinrossmeldrum-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Eilidh,

Thank you for taking the time to apply for the Financial Services Audit Graduate Programme and to complete our online assessments.

At Kinross Meldrum, we are proud to offer one of the UK's most respected training programmes, leading to the ICAS or ICAEW Chartered Accountant qualification with full study support, a dedicated counsellor and exposure to clients from day one.

Our Talent Pool
Each year we meet many talented candidates for whom we don't have a place in the current intake. We'd like to keep your details in our Talent Pool, so that we can contact you about future programmes, insight events and opportunities across our Scottish offices. If you'd prefer not to be included, please let us know within 30 days.

Your application
Although we are not in a position to offer you a role on the Financial Services Audit Graduate Programme this year, we were pleased to see your interest in joining us and hope you'll consider us again in future.

Stay connected
  • Follow @KinrossMeldrumCareers on Instagram and LinkedIn
  • Sign up for our spring Insight Evenings in Glasgow and Edinburgh
  • Explore our School & College Leaver routes if you know someone considering them

Kind regards,
Early Careers Recruitment
Kinross Meldrum

Kinross Meldrum LLP is registered in Scotland (SO309999). We process your personal data in line with our Candidate Privacy Notice.""",
        "company": "Kinross Meldrum", "job_title": "Financial Services Audit Graduate Programme", "contact": "",
        "note": "decision buried in talent pool boilerplate",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "RE: Assessment centre 26 November – outcome?",
        "from": "Callum Reid <callum.reid@fergusontait.example>",
        "headers": {"In-Reply-To": "<DB9PR08MB7145C2E0@DB9PR08MB7145.eurprd08.prod.outlook.example>", "References": "<DB9PR08MB7145C2E0@DB9PR08MB7145.eurprd08.prod.outlook.example>"},
        "body": """Hi Eilidh,

Apologies for the delay in coming back to you — it's been a busy fortnight with three assessment centres back to back.

I'm afraid the panel didn't recommend you for an offer this time. Scores were close across the board, and the final decision came down to the case study presentation, where they felt your recommendation wasn't fully supported by the numbers in the pack.

I'm happy to have a 15-minute call next week if you'd like fuller feedback — just let me know a time.

Kind regards,
Callum

Callum Reid
Graduate Recruitment Officer
Ferguson Tait, Glasgow

From: Eilidh Fraser <eilidh.fraser@mailbox.example>
Sent: 07 December 2026 09:31
To: Callum Reid <callum.reid@fergusontait.example>
Subject: Assessment centre 26 November – outcome?

Hi Callum,

I attended the Business Advisory assessment centre on 26 November and was told we would hear back within ten working days. I just wanted to check whether there was any news on the outcome.

Many thanks,
Eilidh Fraser""",
        "company": "Ferguson Tait", "job_title": "Business Advisory", "contact": "Callum Reid",
        "note": "rejection in reply thread after assessment centre",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "2027 Advisory Graduate Programme – Dundee",
        "from": "Caird Hollis Graduate Team <graduates@cairdhollis.example>",
        "headers": {},
        "body": """Dear Eilidh,

We're contacting all candidates who applied for our Advisory Graduate Programme in Dundee.

Following a review of business demand, we have taken the decision not to run a 2027 Advisory graduate intake in Dundee. Applications for this programme have therefore been closed, and yours will not be considered further.

Our Glasgow and Edinburgh Audit programmes remain open for 2027. If you'd like to be considered for either, you are welcome to submit a new application through our careers site; your online test results can be reused for six months.

We apologise for any disappointment this causes.

Caird Hollis Graduate Recruitment""",
        "company": "Caird Hollis", "job_title": "Advisory Graduate Programme (Dundee)", "contact": "",
        "note": "programme intake cancelled, application closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Graduate Recruitment – outcome: unsuccessful (Ref GR-27-88104)",
        "from": "Cheviot Lang Graduate Recruitment <donotreply@cheviotlang-gradrecruit.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Candidate,

A message regarding your application (Ref GR-27-88104) is available in your candidate account.

Please log in at cheviotlang-gradrecruit.example to view it.

This mailbox is not monitored.""",
        "company": "Cheviot Lang", "job_title": "", "contact": "",
        "note": "outcome only in subject line, body points to portal",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Reminder: complete your Situational Strengths Test by Sunday",
        "from": "Balfour Keith Assessments <assessments@balfourkeith-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Eilidh,

Our records show that you have not yet completed the Situational Strengths Test for the Audit Graduate Programme 2027 (Edinburgh).

The link will expire at 23:59 (UK time) on Sunday 8 November. Unfortunately we cannot extend this deadline, and incomplete assessments cannot be reviewed, so please make sure you finish in good time.

The test takes around 25 minutes and is untimed, but it must be completed in one sitting. There are no right or wrong answers in the traditional sense — it's about how you'd naturally approach situations at work.

Start your assessment: balfourkeith-careers.example/assess/SST?id=EF27-5521

Good luck!
Early Careers Team, Balfour Keith""",
        "company": "", "job_title": "", "contact": "",
        "note": "psychometric test reminder, 'not yet completed'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Invitation: Business Advisory Assessment Centre – Thursday 26 November",
        "from": "Callum Reid <callum.reid@fergusontait.example>",
        "headers": {},
        "body": """Dear Eilidh,

Congratulations! Following your video interview, we'd like to invite you to our Business Advisory Assessment Centre at our Glasgow office (110 West George Street) on Thursday 26 November, 08:45 – 16:30.

The day will include:
  • A group exercise
  • A written case study with a short presentation to a manager
  • An interview with a partner

Please bring photo ID and your degree certificate (or confirmation of results from your university).

A note on expenses: we can reimburse reasonable public transport costs within Scotland. Unfortunately we're not able to cover overnight accommodation or travel from outside Scotland. Please keep your receipts and submit them using the attached form.

Lunch is provided — let us know of any dietary requirements or reasonable adjustments by Friday 20 November.

Kind regards,
Callum Reid
Graduate Recruitment Officer, Ferguson Tait""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment centre invitation with expense limits",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Dunmore Abernethy – your video interview",
        "from": "Dunmore Abernethy via HireVue <no-reply@hirevue-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Eilidh,

Congratulations on passing the online tests for the Graduate Trainee Accountant – Audit (Dundee) role. The next step is a short on-demand video interview.

  • 5 questions, about 20 minutes in total
  • 30 seconds to prepare and up to 2 minutes to answer each question
  • One practice question is available before you begin

Please complete your interview by 23:59 on 22 October 2026.

Start here: dunmoreabernethy.hirevue.example/interviews/9XQ4-T2

Tip: test your camera and microphone beforehand and find a quiet room with good lighting.

Dunmore Abernethy Early Careers""",
        "company": "", "job_title": "", "contact": "",
        "note": "on-demand video interview invitation",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Offer of Training Contract – Balfour Keith",
        "from": "Morag Sinclair <morag.sinclair@balfourkeith.example>",
        "headers": {},
        "body": """Dear Eilidh,

I'm delighted to confirm, following your assessment centre on 3 December, that Balfour Keith would like to offer you a place on our Audit Graduate Programme in Edinburgh, starting on Monday 6 September 2027.

Your offer includes:
  • Starting salary of £29,500, reviewed on completion of each exam stage
  • A three-year ICAS CA training contract, with all tuition, exam fees and study leave paid
  • 25 days' annual leave plus public holidays
  • Hybrid working once you've completed your first busy season

The formal offer letter and contract are attached. The offer is conditional on satisfactory references and a basic disclosure check, which we'll start once you accept.

Please let us know your decision by Friday 18 December. If you have any questions, I'm very happy to chat — my direct line is 0131 496 0872.

Congratulations again!

Morag Sinclair
Graduate Recruitment Manager
Balfour Keith LLP""",
        "company": "", "job_title": "", "contact": "",
        "note": "graduate training contract offer",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "We've received your application – Cheviot Lang Graduate Programmes 2027",
        "from": "Cheviot Lang Graduate Recruitment <donotreply@cheviotlang-gradrecruit.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Eilidh,

Thank you for applying to the Cheviot Lang Audit Graduate Programme 2027 (Glasgow). Your reference number is GR-27-88104.

What happens next?
  1. Online tests – you'll receive a link within 48 hours. Please complete them within 5 days.
  2. Video interview
  3. Assessment centre
  4. Offer

Please note that we are unable to provide individual feedback at the application or online test stage due to the number of applications we receive. We can't accept CVs or covering letters by email; all information must be submitted through your candidate account.

Good luck!
Graduate Recruitment, Cheviot Lang""",
        "company": "", "job_title": "", "contact": "",
        "note": "application acknowledgement with 'unable to provide feedback'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Re: Reasonable adjustments for assessment centre",
        "from": "Fiona Lennox <fiona.lennox@pennantgray.example>",
        "headers": {"In-Reply-To": "<CAB3e9fQ2mQ@mail.mailbox.example>"},
        "body": """Hi Eilidh,

Thanks for letting us know about your dyslexia assessment and for sending the report — that's really helpful.

We've arranged 25% extra time for the written exercise, and you'll be able to complete it on a laptop with spell-check enabled rather than on paper. You'll also have a quiet room to yourself for that part of the day.

I'm afraid we're not able to extend the group exercise, since it runs in real time with other candidates, but you'll be given the briefing pack 10 minutes before the others so you have extra reading time.

If there's anything else that would help, do let me know. None of this is shared with the assessors beyond what they need to apply the adjustments.

Best wishes,
Fiona""",
        "company": "", "job_title": "", "contact": "",
        "note": "reasonable adjustments agreed, one request refused",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Confirmation of withdrawal – Tax Graduate Programme 2027",
        "from": "Halden Pryce Graduate Recruitment <graduates@haldenpryce.example>",
        "headers": {},
        "body": """Dear Eilidh,

This is to confirm that, as requested, your application for the Tax Graduate Programme 2027 (Edinburgh) has been withdrawn and your assessment centre place on 10 December has been released.

We're sorry you won't be joining us on the day, but we understand and wish you the very best with your training contract at Balfour Keith.

Your personal data will be retained for 12 months in line with our privacy notice and then deleted, unless you apply again.

Kind regards,
Graduate Recruitment Team
Halden Pryce""",
        "company": "", "job_title": "", "contact": "",
        "note": "candidate's withdrawal confirmed",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Spring Insight Evenings: book your place",
        "from": "Kinross Meldrum Early Careers <news@kinrossmeldrum-careers.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://kinrossmeldrum-careers.example/unsubscribe?c=EF>"},
        "body": """Hi Eilidh,

As a member of our Talent Pool, you're first to hear about our spring events.

Insight Evenings 2027
  Glasgow – Tuesday 16 February, 18:00–20:00
  Edinburgh – Wednesday 24 February, 18:00–20:00
  Aberdeen (virtual) – Thursday 4 March, 17:30–18:30

Meet trainees and managers from Audit, Tax and Deals, hear about the CA qualification and ask the questions you can't ask at an interview. Places are limited; book at kinrossmeldrum-careers.example/events.

Also new this month: our guide to numerical reasoning tests, written by this year's trainees.

Early Careers Team
Kinross Meldrum

You're receiving this because you joined our Talent Pool. Unsubscribe | Update preferences""",
        "company": "", "job_title": "", "contact": "",
        "note": "talent pool newsletter with events",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Update on your application – Audit Graduate Programme (Glasgow)",
        "from": "Strathmore Ince Graduate Recruitment <graduates@strathmoreince.example>",
        "headers": {},
        "body": """Dear Eilidh,

Thank you for attending our assessment centre on 1 December.

We wanted to let you know that we have not yet reached a final decision on your application. You performed well on the day and met the required standard, but all offers for the Glasgow Audit intake are currently held by other candidates. We have therefore placed you on our reserve list.

This is not a rejection. Historically, several reserve-list candidates receive offers each year as places become available. We will update you by 29 January 2027 at the latest.

If you accept an offer elsewhere in the meantime, please let us know so that we can update your status.

Kind regards,
Graduate Recruitment
Strathmore Ince""",
        "company": "", "job_title": "", "contact": "",
        "note": "reserve list, no decision yet",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Granny's 80th",
        "from": "Mum <anne.fraser.fw@mailbox.example>",
        "headers": {},
        "body": """Hi love,

Are you still coming up on the Friday train for Granny's 80th? Your dad wants to know whether to get you at the station or if Kirsty's driving you up from Glasgow. I've booked the back room at the golf club for the Saturday, 7 till late, and Uncle Donnie has promised he will NOT bring the accordion (we'll see).

Don't worry about a present, Granny says all she wants is everyone in the one room. I've ordered a cake from the bakery on the High Street with a wee picture of the old house on it.

How are the interviews going? Don't let them get you down. Phone me on Sunday.

Love Mum xx""",
        "company": "", "job_title": "", "contact": "",
        "note": "mother about a family birthday",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Discretionary Fund Application – Outcome",
        "from": "Student Funding Office <studentfunding@forthvalley-uni.example>",
        "headers": {},
        "body": """Dear Ms Fraser,

Application reference: DF-2026-1183

Thank you for your application to the University Discretionary Fund, received on 2 November 2026.

I am sorry to advise that your application has been refused. As you completed your programme of study in June 2026, you are no longer a matriculated student and are therefore not eligible for support from the Fund, which is restricted to students currently enrolled on a course.

You may wish to contact your local advice centre or the Graduate Careers Service, who can signpost other sources of support.

Yours sincerely,

Student Funding Office
Registry Building""",
        "company": "", "job_title": "", "contact": "",
        "note": "university hardship fund application refused",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Re: Flat 2/1, 14 Kelvinbrae Street – application",
        "from": "Grant Lettings <lettings@grantlettings.example>",
        "headers": {"In-Reply-To": "<CAB3e9fR7tL@mail.mailbox.example>"},
        "body": """Hi Eilidh,

Thank you for your application for Flat 2/1, 14 Kelvinbrae Street, and for viewing on Saturday.

I'm sorry to let you know the landlord has decided to go with another applicant for this property. We had eleven applications, and they chose a couple who could move in from 1 December and sign a 12-month lease.

As you mentioned you're looking from January, I've added you to our mailing list for two-bedroom flats in the West End. New listings usually go up on a Wednesday, and if you'd like to view anything, the sooner you call us the better.

Kind regards,
Lindsay
Grant Lettings, Byres Road""",
        "company": "", "job_title": "", "contact": "",
        "note": "letting agent: landlord chose another tenant",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Forth & Clyde Hillwalkers – December newsletter",
        "from": "Forth & Clyde Hillwalkers <newsletter@fchillwalkers.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:newsletter-leave@fchillwalkers.example>"},
        "body": """FORTH & CLYDE HILLWALKERS
December 2026 newsletter

Hello all,

Winter programme
  Sat 12 Dec – Ben Ledi, moderate, bus departs Buchanan St 07:30
  Sun 27 Dec – post-Christmas stroll round Mugdock, easy, mince pies provided
  Sat 9 Jan – Beinn Ime (winter conditions – crampons and axe required)

Please note: the committee has had to cancel the New Year bothy trip. The estate has refused permission for groups over eight this season because of the deer cull, and we couldn't find an alternative in time. Sorry to those who'd already paid; refunds will be issued by the 18th.

AGM: Thursday 14 January, 19:30, upstairs at the Clachan. Nominations for committee posts to Morven by 31 December.

Happy walking, and stay safe on the hill,
The Committee""",
        "company": "", "job_title": "", "contact": "",
        "note": "club newsletter, estate refused permission",
    },
    {
        "label": "ham", "language": "en",
        "subject": "aye well",
        "from": "Kirsty Munro <kirstym@mailbox.example>",
        "headers": {},
        "body": """Eilidh!!

Heard back fae the Big Four place. Didnae get it. "After careful consideration we will not be progressing your application" blah blah. I actually thought the partner interview went fine, he laughed at my joke about VAT returns, which in hindsight maybe was the problem.

Anyway I'm no greetin about it (much). Mum says it's their loss. Pub Friday? I'm buying, I've got a voucher for that place on Ashton Lane.

Also did you hear back from the Edinburgh lot? Tell me everything.

K x""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend's own graduate scheme rejection, Scots",
    },
]

# ---------------------------------------------------------------------------
# Persona E: Ray Delgado, warehouse / logistics supervisor near Indianapolis,
# applying through large retailers' and 3PLs' hiring portals.
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Crestway Careers",
        "from": "Crestway Careers <txt-noreply@crestway-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Ray, thx for applying at Crestway DC 7 (Plainfield). The Shift Supervisor - Nights role has been filled. We'll text you if a new opening fits your profile. Reply STOP to opt out.""",
        "company": "Crestway", "job_title": "Shift Supervisor - Nights", "contact": "",
        "note": "text-message style notice: role filled",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your candidacy for Operations Supervisor – Outbound",
        "from": "Summit Cold Chain Talent Acquisition <tasummit@icims-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Ray,

Thank you for your interest in the Operations Supervisor – Outbound position at our Indianapolis facility.

Your application has been reviewed by the hiring team. At this time, we have selected candidates whose qualifications more closely meet the needs of this role, and your candidacy for this requisition has been closed.

We encourage you to continue to visit our career site for other opportunities.

Sincerely,
Talent Acquisition
Summit Cold Chain, Inc.

EEO/AA Employer/Vet/Disability""",
        "company": "Summit Cold Chain", "job_title": "Operations Supervisor – Outbound", "contact": "",
        "note": "iCIMS candidacy closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Ridgeway DC interview",
        "from": "Melissa Tran <mtran@ridgewayhome.example>",
        "headers": {},
        "body": """Hi Ray,

Thanks for coming out to the Greenwood DC on Monday and walking the floor with Darnell. He appreciated your questions about the pick path changes.

For the Warehouse Supervisor position we ended up going with someone who already holds a powered industrial truck trainer certification, since the new supervisor will be responsible for certifying our seasonal drivers starting in January. That was the deciding factor.

If you pick up the trainer cert, we'd be glad to see another application from you — we usually post supervisor openings again in spring.

Melissa Tran
HR Generalist, Ridgeway Home Centers – Greenwood DC""",
        "company": "Ridgeway Home Centers", "job_title": "Warehouse Supervisor", "contact": "Melissa Tran",
        "note": "post-interview rejection with concrete reason",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Important update about your offer – ShipNest Plainfield launch team",
        "from": "ShipNest Fulfillment HR <hr-notices@shipnest.example>",
        "headers": {},
        "body": """Dear Ray Delgado,

We regret to inform you that we must rescind the offer of employment extended to you on October 28, 2026 for the position of Launch Team Supervisor at our new Plainfield, IN fulfillment center (IND-PL1).

Due to construction and permitting delays, the facility opening has been moved from January 2027 to the third quarter of 2027. As a result, all launch team positions with January start dates are being withdrawn.

Please note:
 • This decision is not related to your background check, drug screen, or qualifications.
 • You are encouraged to reapply when launch hiring resumes. Your pre-employment screening results will remain valid for 180 days.
 • If you have resigned from your current position in reliance on this offer, please contact HR at (317) 555-0142 to discuss transitional assistance.

We apologize for the inconvenience.

ShipNest Fulfillment Human Resources""",
        "company": "ShipNest Fulfillment", "job_title": "Launch Team Supervisor", "contact": "",
        "note": "offer rescinded because facility opening delayed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your application status has changed",
        "from": "Brightline Stores <brightline@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hello Ray,

Thank you for applying to Brightline Stores.

The status of your application for Receiving Supervisor – Distribution Center 14 (R-118320) has changed to:

  Not Selected – Position Closed

You can review your applications and search for other jobs in the Candidate Home portal: brightline.wd5.myworkday.example/careers

Brightline Stores is an Equal Opportunity Employer.""",
        "company": "Brightline Stores", "job_title": "Receiving Supervisor – Distribution Center 14", "contact": "",
        "note": "Workday status: not selected, position closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Warehouse Supervisor – Perishables",
        "from": "Big Oak Grocers Recruiting <recruiting@bigoakgrocers.example>",
        "headers": {},
        "body": """Dear Ray,

Thank you for your interest in the Warehouse Supervisor – Perishables position with Big Oak Grocers.

Unfortunately, we have decided to move forward with other candidates at this time. We appreciate the time you invested in the interview process and encourage you to apply for future openings.

Best of luck in your job search.

Big Oak Grocers Talent Acquisition""",
        "company": "Big Oak Grocers", "job_title": "Warehouse Supervisor – Perishables", "contact": "",
        "note": "template rejection after interview",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "PrimeRoute – Area Manager (IND4) application",
        "from": "PrimeRoute Logistics Hiring <hiring@primeroute-jobs.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Ray,

Thanks for your interest in the Area Manager – Peak Season role at PrimeRoute IND4.

Peak season hiring at IND4 has wrapped up and we are no longer hiring for this position. Applications still in review, including yours, will not be considered further and have been closed.

We post year-round Area Manager openings at primeroute-jobs.example. Set up an alert and you'll be the first to know.

PrimeRoute Hiring Team
Msg ID 7781-IND4-AM""",
        "company": "PrimeRoute Logistics", "job_title": "Area Manager – Peak Season", "contact": "",
        "note": "no longer hiring, pending applications closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "RE: Dock supervisor",
        "from": "Carl Jessup <cjessup@northlinefreight.example>",
        "headers": {"In-Reply-To": "<8E41C0A2-77F3-4B1D-9A2E-55D0F1B3C7E2@mailbox.example>"},
        "body": """Ray,

Appreciate you coming out Thursday. We're gonna pass for now — went with one of our lead dockworkers who's been with us 6 yrs, felt like we owed him the shot.

Nothing against you, you'd have done fine here. Keep an eye on the board, we'll have another sup opening on 2nd shift probably by March.

Carl

Sent from my iPhone

> On Nov 12, 2026, at 6:14 PM, Ray Delgado <ray.delgado77@mailbox.example> wrote:
>
> Carl, thanks again for the tour today. Let me know if you need anything else from me, references etc. Im available to start Jan 4 if it works out.
> Ray""",
        "company": "Northline Freight", "job_title": "Dock supervisor", "contact": "Carl Jessup",
        "note": "manager's curt reply-thread rejection ('gonna pass')",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Thanks for your interest in Harbor Home Goods",
        "from": "Harbor Home Goods Careers <careers@harborhome-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://harborhome.example/unsubscribe?src=careers>"},
        "body": """Hi Ray,

Thanks for your interest in building a career with Harbor Home Goods! With more than 400 stores and 9 distribution centers nationwide, we're always looking for people who take pride in getting it right.

WHY HARBOR?
  ✔ Medical, dental & vision from day one for full-time team members
  ✔ 401(k) with company match
  ✔ 20% associate discount
  ✔ Tuition assistance and leadership development

ABOUT THE ROLE YOU APPLIED FOR
The requisition for Inventory Control Lead – Whitestown DC (Req #88213) is no longer accepting candidates, and your application has been closed. This doesn't affect any other applications you may have submitted.

STAY IN THE LOOP
Join our Talent Community to get job alerts for DC roles near Indianapolis: harborhome.example/talent

Harbor Home Goods is an Equal Opportunity Employer. We consider applicants without regard to race, color, religion, sex, national origin, age, disability, veteran status, or any other protected characteristic.

You're getting this because you applied at harborhome.example. Unsubscribe from marketing emails.""",
        "company": "Harbor Home Goods", "job_title": "Inventory Control Lead – Whitestown DC", "contact": "",
        "note": "application closed, buried in benefits marketing",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Application Update: Inventory Control Supervisor – Not Moving Forward",
        "from": "ValuMart Careers <noreply@valumart-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Ray,

There's an update on your ValuMart application. Please sign in to your Career Profile to view it.

valumart-careers.example/profile

Please do not reply to this email.""",
        "company": "ValuMart", "job_title": "Inventory Control Supervisor", "contact": "",
        "note": "decision only in subject line",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Kwik Parcel application",
        "from": "Kwik Parcel HR <hr@kwikparcel.example>",
        "headers": {},
        "body": """Ray,

Your application for Hub Supervisor (Indianapolis Hub) was not successful at this time. You may reapply after 90 days.

Kwik Parcel HR""",
        "company": "Kwik Parcel", "job_title": "Hub Supervisor (Indianapolis Hub)", "contact": "",
        "note": "two-line rejection",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Interview confirmed: Big Oak Grocers",
        "from": "Sam at Big Oak Grocers <hiring-assistant@bigoak-hiring.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Ray! This is Sam, Big Oak's virtual hiring assistant. You're confirmed:

Interview: Warehouse Supervisor – Perishables
When: Thu Nov 5, 9:00 AM
Where: Big Oak DC, 4400 W Raymond St (Gate B, check in at guard shack)
With: Tonya Billings, DC Ops Manager

Bring a photo ID. Reply C to confirm, R to reschedule.""",
        "company": "", "job_title": "", "contact": "",
        "note": "chatbot-style interview confirmation",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Your first shift + orientation details",
        "from": "Corbin Supply Co. HR <onboarding@corbinsupply.example>",
        "headers": {},
        "body": """Hi Ray,

Welcome to Corbin Supply! Here's your schedule for your first week as Outbound Operations Supervisor (2nd shift):

  Mon Jan 4 – New Hire Orientation, 8:00 AM – 4:30 PM (Training Room A, front office)
  Tue Jan 5 – Safety & PIT refresher, 8:00 AM – 12:00 PM, then shadow Marcus R. 2:00 – 10:30 PM
  Wed Jan 6 – Fri Jan 8 – Shadow shift, 2:00 PM – 10:30 PM

What to bring:
  • Two forms of ID for your I-9 (see attached list)
  • Steel-toe or composite-toe boots — we can't let you on the floor without them, no exceptions. A $125 boot voucher is in your welcome packet if you need new ones.
  • Direct deposit info

Parking: employee lot on the north side, NOT the visitor lot (they will tow).

See you Monday!
Corbin Supply Co. HR""",
        "company": "", "job_title": "", "contact": "",
        "note": "onboarding and first-week shift schedule",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "REMINDER: Drug screen not yet completed",
        "from": "Corbin Supply Co. HR <onboarding@corbinsupply.example>",
        "headers": {},
        "body": """Ray,

We have not received results from your pre-employment drug screen. Your authorization (Donor ID 4471-88) is valid at either of the clinics listed below until Friday, Dec 11.

If the screen is not completed by then, we will not be able to hold your start date of Jan 4, and your offer may be withdrawn.

Clinics:
  WorkWell Occupational Health – 7301 E 21st St (walk-in 7a–5p)
  Eastside Lab Services – 1120 N Shadeland Ave (by appt)

If you already went, please reply with the date so we can follow up with the lab.

Thanks,
Corbin HR""",
        "company": "", "job_title": "", "contact": "",
        "note": "pre-employment screening reminder, offer at risk but not withdrawn",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "This Saturday: Walk-in hiring event at ValuMart DC 6024",
        "from": "ValuMart Careers <noreply@valumart-careers.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://valumart-careers.example/unsubscribe?p=RD>"},
        "body": """WALK-IN HIRING EVENT
ValuMart Distribution Center 6024 · Greenfield, IN

Saturday, November 14 · 9 AM – 3 PM
No appointment needed. Interviews on the spot. Same-day offers for many roles.

Now hiring:
  • Order Fillers – $21.50/hr + $2 night differential
  • Freight Handlers – $20.75/hr
  • Maintenance Technicians – $31/hr
  • Operations Area Managers

Bring a photo ID and your work history.

Can't make it? Apply anytime at valumart-careers.example.

You received this message because you have a ValuMart Career Profile. Unsubscribe""",
        "company": "", "job_title": "", "contact": "",
        "note": "bulk hiring event announcement",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "We got your application!",
        "from": "Redline Sporting Goods Careers <jobs@redline-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hey Ray,

Thanks for applying for Distribution Supervisor – Fulfillment at Redline Sporting Goods (Mooresville, IN)! Your application has been received.

Because we receive a high volume of applications, we can't reply to everyone personally. If your experience lines up with what the team is looking for, a recruiter will reach out within 10 business days to set up a phone screen.

Meanwhile, make sure your phone number is correct in your profile — most of our recruiters text first.

Go team,
Redline Talent Acquisition""",
        "company": "", "job_title": "", "contact": "",
        "note": "application acknowledgement",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Need to move your interview",
        "from": "Melissa Tran <mtran@ridgewayhome.example>",
        "headers": {},
        "body": """Hi Ray,

Sorry for the short notice — we have to cancel your Tuesday 10 AM interview. Our GM got called to the Louisville building for an inbound emergency and Darnell is covering for him.

Could you do Monday the 16th instead? 9:30 or 1:00 both work on our end. Same place, front lobby.

Thanks for understanding,
Melissa
Ridgeway Home Centers – Greenwood DC HR
(317) 555-0175""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview cancelled and rescheduled",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Offer – Outbound Operations Supervisor",
        "from": "Janelle Ortiz <jortiz@corbinsupply.example>",
        "headers": {},
        "body": """Hi Ray,

Great talking with you this morning. As promised, here's your offer in writing:

  Position: Outbound Operations Supervisor, 2nd shift
  Location: Corbin Supply DC, Lebanon, IN
  Pay: $68,500/yr salary + 2nd shift premium of $3,000/yr
  Bonus: quarterly safety & productivity bonus, up to 8%
  Start: Monday, January 4, 2027

You mentioned your family might move closer to Lebanon. We're not able to offer a relocation package for this role, but we can give you a flexible start (up to Jan 18) if that helps with timing.

The offer is contingent on a background check and drug screen — you'll get separate emails for both. Please reply or sign the attached by Friday if you'd like to accept.

Janelle Ortiz
HR Manager, Corbin Supply Co.""",
        "company": "", "job_title": "", "contact": "",
        "note": "job offer, no relocation package",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "No new jobs for “warehouse supervisor” near Indianapolis, IN",
        "from": "Indeed <alert@indeed-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.indeed.example/alerts/unsubscribe?id=4c7e90>"},
        "body": """No new jobs matched your alert today.

Your alert: warehouse supervisor · Indianapolis, IN · within 25 miles

Try:
  • Widening your radius to 50 miles
  • Searching related titles: "operations supervisor", "logistics coordinator", "shipping supervisor"

Popular near you
  Shipping Supervisor – Corbin Supply Co. – Lebanon, IN – $62K–$70K
  Logistics Lead – Tri-Crossroads 3PL – Whitestown, IN – $24/hr

Manage alerts · Unsubscribe
Indeed""",
        "company": "", "job_title": "", "contact": "",
        "note": "job alert with no new matches",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Action needed: finish your Work Style Assessment",
        "from": "Brightline Stores <brightline@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hello Ray,

Your application for Outbound Area Manager – DC 14 (R-118977) is incomplete. We have not received your Work Style Assessment, and your application will not be reviewed by a recruiter until it is completed.

The assessment takes about 20 minutes and can be done on your phone. Finish it here: brightline.wd5.myworkday.example/assessment/R-118977

This link expires in 5 days.

Brightline Stores Talent Acquisition""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment missing, application incomplete",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Your refinance application decision",
        "from": "Crossroads Community Credit Union <notices@crossroadsccu.example>",
        "headers": {},
        "body": """Dear Raymond Delgado,

Thank you for applying for an auto loan refinance with Crossroads Community Credit Union.

After reviewing your application, we are unable to approve your request at this time. The principal reason(s) for our decision:
  • Length of employment with current employer (less than 6 months)
  • Loan-to-value ratio exceeds program guidelines

You have the right to obtain a free copy of your credit report from the consumer reporting agency we used, if you request it within 60 days:
  Example Credit Bureau, PO Box 1000, Atlanta, GA 30301, 1-800-555-0100

NOTICE: The federal Equal Credit Opportunity Act prohibits creditors from discriminating against credit applicants on the basis of race, color, religion, national origin, sex, marital status, or age.

Crossroads Community Credit Union · Member Lending""",
        "company": "", "job_title": "", "contact": "",
        "note": "credit union declines auto refinance (adverse action)",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Southside Storm Baseball – 12U tryout results",
        "from": "Southside Storm Baseball <coaches@southsidestorm.example>",
        "headers": {},
        "body": """Hi Delgado family,

Thank you for bringing Mateo out to 12U tryouts on Sunday. We had 38 players try out for 12 roster spots.

We were not able to offer Mateo a spot on the 12U Storm travel roster for the 2027 season. This was one of the toughest groups we've evaluated, and the coaches noted his hustle and his arm from the outfield.

We'd love to keep him in the program: our 12U Development squad plays a local schedule with two practices a week and still has openings. Registration closes December 15.

Thanks,
Coach Benny Ruiz
Southside Storm Baseball""",
        "company": "", "job_title": "", "contact": "",
        "note": "son cut from travel baseball team",
    },
    {
        "label": "ham", "language": "en",
        "subject": "lake monroe sat?",
        "from": "Luis Ochoa <lochoa.fishes@mailbox.example>",
        "headers": {},
        "body": """yo
crappie are biting by the causeway supposedly. you in saturday? I can pick you up at 5, bring the minnows. my brother in law might come but he talks the whole time so no promises

L""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend planning a fishing trip",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Your Circle City Energy bill is ready",
        "from": "Circle City Energy <billing@circlecityenergy.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Hi Raymond,

Your December bill is ready.

Account ending in: 4471
Amount due: $142.38
Due date: December 28, 2026

Your usage this month was 18% higher than last month, mostly due to colder weather. Enroll in Budget Billing to spread payments evenly across the year.

View and pay: circlecityenergy.example/myaccount
AutoPay is not set up for this account.

Circle City Energy · Customer Service 1-800-555-0133""",
        "company": "", "job_title": "", "contact": "",
        "note": "utility bill notification",
    },
    {
        "label": "ham", "language": "en",
        "subject": "they denied it again",
        "from": "Tony Delgado <tdelgado.usmc@mailbox.example>",
        "headers": {},
        "body": """Ray

VA letter came today. Denied the knee claim again, same reason, "no nexus to service." Im done with these people honestly.

Reggie from the post says I should get a VSO to do the appeal instead of doing it myself, he knows a guy downtown. Can you drive me Thursday if I set it up? My truck's still in the shop.

Sorry to dump this on you, I know you got your own stuff going on with the job hunt.

T""",
        "company": "", "job_title": "", "contact": "",
        "note": "brother's benefits claim denied",
    },
]

# ---------------------------------------------------------------------------
# Persona F: Sophia Lim Shu Fen, Malaysian credit risk analyst based in
# Singapore, applying to global and regional banks (SG, HK, KL).
# ---------------------------------------------------------------------------
MESSAGES += [
    {
        "label": "rejection", "language": "en",
        "subject": "Your application with Marlow Standard Bank – Credit Risk Analyst, AVP (Req 26-SG-4471)",
        "from": "Marlow Standard Bank Talent Acquisition <talent.apac@marlowstandard.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Shu Fen Lim,

Thank you for your interest in the role of Credit Risk Analyst, AVP (Requisition 26-SG-4471) based in Singapore.

We have carefully reviewed your application against the requirements of the role. We regret to inform you that your application has not been successful on this occasion.

We will retain your details in our database and may contact you should a suitable opportunity arise in the future. You may also continue to search and apply for roles at marlowstandard.example/careers.

Thank you once again for your interest in Marlow Standard Bank.

Yours sincerely,
Talent Acquisition, Asia Pacific
Marlow Standard Bank

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Marlow Standard Bank (Singapore) Limited, Co. Reg. No. 199900000X.""",
        "company": "Marlow Standard Bank", "job_title": "Credit Risk Analyst, AVP", "contact": "",
        "note": "formal bank rejection with legal footer",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Eastbridge – feedback",
        "from": "Jason Koh <jason.koh@redwoodsearch-asia.example>",
        "headers": {},
        "body": """Hi Sophia,

Hope your week's going ok. Just heard back from Eastbridge on the VP, Wholesale Credit Risk role. They've decided to proceed with another candidate who has more hands-on Basel III / IRB model validation experience — the hiring manager said he needs someone who can face the regulator on model reviews from day one.

Their feedback on you was actually quite positive: strong on sector analysis (they liked your O&G and palm oil coverage) and a very clear communicator. Just the modelling depth lah.

I've got two other mandates that may suit you better — a credit portfolio role at a Japanese bank and one at a European private bank. Can we speak tomorrow?

Cheers,
Jason Koh
Senior Consultant, Banking & Financial Services
Redwood Search Asia | +65 6555 0148""",
        "company": "Eastbridge", "job_title": "VP, Wholesale Credit Risk", "contact": "Jason Koh",
        "note": "headhunter relays client's decision with feedback",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Northgate Fidelity – Application update",
        "from": "Northgate Fidelity Careers <northgatefidelity@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Sophia,

This is to let you know that the status of your application for the following job has been updated:

Job: Senior Analyst, Credit Portfolio Management (JR-2026-33817) – Singapore
Status: Not Selected

Please sign in to your Candidate Home account to view all your applications: northgatefidelity.wd3.myworkday.example

Thank you for your interest in Northgate Fidelity.

*** This is an auto-generated email. Please do not reply. ***""",
        "company": "Northgate Fidelity", "job_title": "Senior Analyst, Credit Portfolio Management", "contact": "",
        "note": "Workday status notice: not selected",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "FP&A Manager role – Singapore",
        "from": "Grace Tay <grace.tay@calderacapital.example>",
        "headers": {},
        "body": """Hi Sophia,

Thank you for your patience over the past few weeks.

I wanted to update you that the FP&A Manager role in Singapore has been put on hold. Following the regional restructure announced last week, the finance team's Singapore headcount is being frozen and part of the function will move to our Kuala Lumpur shared services centre in 2027. As we don't expect the Singapore role to reopen, we are closing your application.

I know you're originally from KL — if you'd be open to considering roles there, please let me know and I'll pass your CV to the KL hiring managers directly once their roles are approved.

Best regards,
Grace Tay
Talent Acquisition, APAC
Caldera Capital""",
        "company": "Caldera Capital", "job_title": "FP&A Manager", "contact": "Grace Tay",
        "note": "role on hold after restructure, application closed",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Ashford Kline – Associate, Credit Research",
        "from": "Hannah Ng <hannah.ng@ashfordkline.example>",
        "headers": {},
        "body": """Dear Sophia,

Thank you for spending the day with us last Friday and for your patience while the team deliberated.

After the final round, the desk has decided not to extend an offer for the Associate, Credit Research position. I know this isn't the news you were hoping for, so I wanted to share the feedback the team gave:

 • Modelling test: your three-statement model was accurate and well laid out, but the downside case didn't flow through to the covenant calculations, which the team considered a key part of the exercise.
 • Credit pitch: good idea (the Indonesian toll-road issuer) and well researched, but the recommendation shifted when challenged, which reduced the panel's confidence.
 • Fit interviews: very positive across the board.

We'd be glad to keep your details for future openings on the Asia credit team. Thank you again for your time and interest in Ashford Kline.

Kind regards,
Hannah Ng
Campus & Experienced Hire Recruiting, APAC
Ashford Kline Securities (Singapore) Pte. Ltd.""",
        "company": "Ashford Kline Securities", "job_title": "Associate, Credit Research", "contact": "Hannah Ng",
        "note": "post-superday rejection with feedback",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Your application – Credit Analyst, Corporate Banking (Hong Kong)",
        "from": "Pacifica Allied Bank Recruitment <recruitment.hk@pacificaallied.example>",
        "headers": {},
        "body": """Dear Ms Lim,

Thank you for applying for the Credit Analyst, Corporate Banking role in our Hong Kong office.

As stated in the job posting, this position is only open to candidates who hold the right to work in Hong Kong. As we are unable to sponsor an employment visa for this role, we are not able to proceed with your application.

We appreciate your interest in Pacifica Allied Bank and encourage you to explore opportunities in our Singapore and Kuala Lumpur offices, where your profile may be a closer fit.

Best regards,
Recruitment Team – Hong Kong
Pacifica Allied Bank""",
        "company": "Pacifica Allied Bank", "job_title": "Credit Analyst, Corporate Banking (Hong Kong)", "contact": "",
        "note": "rejection because visa sponsorship not available",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Withdrawal of offer – Credit Risk Manager",
        "from": "Nadine Vogt <nadine.vogt@helvetiacrest.example>",
        "headers": {},
        "body": """Dear Sophia,

I am writing to follow up on our call earlier today.

As discussed, following a global review of headcount across the bank, all open offers in Asia that have not yet commenced are being withdrawn. Unfortunately, this includes your offer for the position of Credit Risk Manager, Lombard Lending, dated 9 November 2026.

I want to stress that this decision is in no way a reflection of your candidacy. The team was very much looking forward to having you join.

As mentioned, we will reimburse any reasonable costs you have already incurred (for example, medical check-up fees), and if you have already tendered your resignation, please let me know by Friday so we can discuss this with you directly.

Please accept my sincere apologies.

Kind regards,
Nadine Vogt
Head of Human Resources, Asia
Helvetia Crest Private Bank Ltd., Singapore Branch""",
        "company": "Helvetia Crest Private Bank", "job_title": "Credit Risk Manager, Lombard Lending", "contact": "Nadine Vogt",
        "note": "offer withdrawn after global headcount review",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Thank you for applying to Straits Meridian Bank",
        "from": "Straits Meridian Bank Careers <careers@straitsmeridian.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Sophia Lim,

Thank you for your interest in building your career with Straits Meridian Bank.

At Straits Meridian, we believe in empowering our people to shape the future of banking in Asia. With a presence in 14 markets and over 25,000 colleagues, we offer diverse career paths across Consumer Banking, Wholesale Banking, Treasury & Markets and Technology.

We have reviewed your application for the role of Treasury Analyst, Group Treasury. At this time, your profile will not be progressed for this role; however, we would like to invite you to join our Talent Community so that we may reach out to you for future opportunities that match your skills and interests.

Join our Talent Community: straitsmeridian.example/talent
Explore our latest openings: straitsmeridian.example/careers
Follow us on LinkedIn for news, events and career insights.

Once again, thank you for your interest in Straits Meridian Bank.

Warm regards,
Talent Acquisition
Straits Meridian Bank

Straits Meridian Bank is an equal opportunity employer. Personal data collected will be used in accordance with applicable personal data protection laws and our Candidate Privacy Statement.""",
        "company": "Straits Meridian Bank", "job_title": "Treasury Analyst, Group Treasury", "contact": "",
        "note": "decision buried in employer branding and talent community text",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "RE: Follow up on Senior Credit Analyst application",
        "from": "Tan Mei Ling <meiling.tan@kirinharbour.example>",
        "headers": {"In-Reply-To": "<SG2PR06MB5129D44B1@SG2PR06MB5129.apcprd06.prod.outlook.example>", "References": "<SG2PR06MB5129D44B1@SG2PR06MB5129.apcprd06.prod.outlook.example>"},
        "body": """Dear Sophia,

Thank you for your email.

Please be informed that the hiring manager has shortlisted other candidates for the Senior Credit Analyst position and we will not be proceeding with your application.

Thank you for your interest in Kirin Harbour Securities.

Best regards,
Tan Mei Ling
HR Executive
Kirin Harbour Securities (Singapore) Pte Ltd

From: Sophia Lim <sophia.lim.sf@mailbox.example>
Sent: Monday, 30 November 2026 10:12 AM
To: Tan Mei Ling <meiling.tan@kirinharbour.example>
Subject: Follow up on Senior Credit Analyst application

Dear Ms Tan,

I hope this email finds you well. I attended the first interview for the Senior Credit Analyst position on 10 November with Mr Goh and would like to kindly follow up on the status of my application.

Thank you and have a nice day.

Regards,
Sophia Lim""",
        "company": "Kirin Harbour Securities", "job_title": "Senior Credit Analyst", "contact": "Tan Mei Ling",
        "note": "terse rejection in reply to follow-up",
    },
    {
        "label": "rejection", "language": "en",
        "subject": "Application for Financial Analyst – Group Finance",
        "from": "Orchid Bay Capital HR <hr@orchidbaycapital.example>",
        "headers": {},
        "body": """Dear Sophia,

Thank you for your application for the position of Financial Analyst – Group Finance at our Kuala Lumpur headquarters and for attending the interview session on 18 November.

Unfortunately, we will not be moving forward with your candidacy, as we have decided to proceed with a candidate whose experience more closely fits the current requirements of the team.

We appreciate your interest in Orchid Bay Capital and wish you all the best in your future endeavours.

Thank you.

Human Resources Department
Orchid Bay Capital Berhad
Level 22, Menara Orchid Bay, Jalan Ampang, 50450 Kuala Lumpur""",
        "company": "Orchid Bay Capital", "job_title": "Financial Analyst – Group Finance", "contact": "",
        "note": "KL employer rejection after interview",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "VP Credit Risk – European bank, Singapore",
        "from": "Priscilla Chan <priscilla.chan@harbourlinepartners.example>",
        "headers": {},
        "body": """Hi Sophia,

Hope you're well! I came across your profile on LinkedIn and thought you might be interested in an opportunity I'm handling.

My client, a European bank with a growing Singapore hub, is looking for a VP, Credit Risk (Corporates & FIs) to cover Southeast Asian names. Key points:
  - Sign-off authority on mid-sized corporate limits
  - Team of 2 analysts
  - Base up to S$190k + bonus, hybrid 3 days in office

Are you open to a confidential chat this week? Let me know what time suits and I'll give you a call.

Best regards,
Priscilla Chan
Associate Director, Financial Services
Harbourline Partners | EA Licence No. 26C0000
+65 8555 0192""",
        "company": "", "job_title": "", "contact": "",
        "note": "headhunter outreach",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Tideway Global Bank – Your Digital Interview",
        "from": "Tideway Global Bank via HireVue <no-reply@hirevue-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Sophia,

Thank you for your application for Assistant Vice President, Credit Risk Review (Singapore). We are pleased to invite you to complete a digital interview as the next step in our process.

Please complete your interview by 11:59 PM SGT on 20 November 2026. Please note that we are unable to extend this deadline, so we encourage you to complete it as early as possible.

What to expect:
  • 6 questions, pre-recorded
  • 45 seconds preparation time and 3 minutes to respond per question
  • Estimated total time: 30 minutes

Begin your interview: tideway.hirevue.example/i/AVP-CRR-5520

Good luck!
Tideway Global Bank Talent Acquisition""",
        "company": "", "job_title": "", "contact": "",
        "note": "video interview invitation, deadline cannot be extended",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Reminder: Online assessment not yet completed",
        "from": "Anchorpoint Bank Talent Acquisition <assessments@anchorpoint-careers.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Sophia,

Our records indicate that you have not yet completed the Numerical Reasoning assessment for the role of Credit Analyst, Commercial Banking (Singapore).

Your assessment link will expire in 48 hours. If the assessment is not completed by the deadline, we will be unable to progress your application to the next stage.

If you are experiencing technical difficulties, please contact the assessment helpdesk at support@assessments-helpdesk.example, quoting your candidate ID: AP-SG-0092318.

Kind regards,
Talent Acquisition
Anchorpoint Bank""",
        "company": "", "job_title": "", "contact": "",
        "note": "assessment reminder with conditional warning",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Interview time change – now 4:30pm SGT",
        "from": "Rachel Goh <rachel.goh@tidewayglobal.example>",
        "headers": {},
        "body": """Hi Sophia,

My apologies, and I regret the late notice. The hiring manager, David Sutton, is in London this week and has a clash at his original slot, so we've had to move your interview on Thursday 26 November from 3:00 PM to 4:30 PM SGT (8:30 AM GMT).

The Teams link stays the same. Please let me know if the new time doesn't work and I'll try to find an alternative.

Best regards,
Rachel Goh
Talent Acquisition Partner, Tideway Global Bank, Singapore""",
        "company": "", "job_title": "", "contact": "",
        "note": "interview time moved, 'I regret the late notice'",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Pre-employment screening – additional documents required",
        "from": "Helvetia Crest HR Onboarding <onboarding.sg@helvetiacrest.example>",
        "headers": {},
        "body": """Dear Sophia,

As part of our pre-employment screening for the position of Credit Risk Manager, Lombard Lending, our background screening vendor was not able to verify your Bachelor of Accounting (Hons) degree directly with Universiti Lembah Klang.

To avoid delay to your onboarding, please provide a certified true copy of your degree scroll and academic transcript. Copies may be certified by a lawyer, commissioner for oaths, or notary public.

Please upload the documents to the onboarding portal by 27 November 2026. Your start date of 4 January 2027 remains unchanged.

Thank you.

HR Onboarding, Singapore
Helvetia Crest Private Bank Ltd.""",
        "company": "", "job_title": "", "contact": "",
        "note": "background screening could not verify degree, documents requested",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Thank you for applying – Senior Analyst, Credit Portfolio Management",
        "from": "Northgate Fidelity Careers <northgatefidelity@myworkday-mail.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Sophia,

Thank you for applying for Senior Analyst, Credit Portfolio Management (JR-2026-33817) in Singapore. We have received your application and it is now being reviewed.

If your qualifications match our requirements, a member of our Talent Acquisition team will be in touch. You can track your application status anytime through Candidate Home.

Northgate Fidelity

*** This is an auto-generated email. Please do not reply. ***""",
        "company": "", "job_title": "", "contact": "",
        "note": "Workday application received",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "RE: Offer discussion",
        "from": "Rachel Goh <rachel.goh@tidewayglobal.example>",
        "headers": {"In-Reply-To": "<CAK2sL9v0QpE@mail.mailbox.example>"},
        "body": """Hi Sophia,

Thanks for getting back to me so quickly, and for being open about your expectations.

I've discussed with David and our Compensation team. We are unable to match your requested base of S$165,000, as it sits above the range for the AVP grade. What we can do is:

  • Base salary: S$152,000 (up from S$145,000)
  • A one-time sign-on bonus of S$15,000, to offset the bonus you'd forgo at your current bank
  • Guaranteed review at the March 2027 compensation cycle

The rest of the package (AWS, 21 days' leave, medical and the flexible benefits allowance) is unchanged.

Would you like to take a day or two to think it over? Happy to hop on a call.

Best regards,
Rachel

From: Sophia Lim <sophia.lim.sf@mailbox.example>
Sent: Tuesday, 8 December 2026 9:05 PM
To: Rachel Goh <rachel.goh@tidewayglobal.example>
Subject: RE: Offer discussion

Hi Rachel, thank you for the offer, I'm really excited about the role. Before I sign, would there be any flexibility on the base? I was hoping for something closer to S$165k given my current package. Thanks, Sophia""",
        "company": "", "job_title": "", "contact": "",
        "note": "offer negotiation, 'unable to match' but improved offer",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Update on your application – Manager, Credit Risk Analytics",
        "from": "Banyan Crest Bank Talent Acquisition <ta.sg@banyancrest.example>",
        "headers": {},
        "body": """Dear Sophia,

We would like to update you that your application for Manager, Credit Risk Analytics remains under consideration.

Due to the year-end period and the hiring manager's leave, the next round of interviews has been delayed and is now expected to take place in the second week of January 2027. We have not made any decisions on shortlisted candidates yet.

We appreciate your patience and will contact you once the interview schedule is confirmed.

Best regards,
Talent Acquisition
Banyan Crest Bank""",
        "company": "", "job_title": "", "contact": "",
        "note": "status update: still under consideration, delayed",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "12 new jobs for Credit Risk Analyst in Kuala Lumpur",
        "from": "JobStreet <jobalerts@jobstreet-mail.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.jobstreet.example/alerts/unsubscribe?u=slsf>"},
        "body": """Hi Sophia,

Here are the latest jobs matching your saved search: Credit Risk Analyst · Kuala Lumpur

Credit Risk Analyst, Corporate Banking
Pacifica Allied Bank (M) Berhad · Kuala Lumpur · RM 7,000 – RM 9,500 per month

Senior Executive, Credit Risk Management
Orchid Bay Capital Berhad · Jalan Ampang · Posted 2d ago

Manager, Credit Portfolio Analytics
Caldera Capital (KL Shared Services) · Bangsar South · Quick apply

View all 12 jobs: jobstreet.example/alerts/credit-risk-kl

You are receiving this email because you created a job alert. Unsubscribe · Manage alerts""",
        "company": "", "job_title": "", "contact": "",
        "note": "job board alert digest",
    },
    {
        "label": "job_other", "language": "en",
        "subject": "Re: Offer – Senior Manager, Credit Underwriting",
        "from": "Farah Aziz <farah.aziz@merantibank.example>",
        "headers": {"In-Reply-To": "<CAK2sL9w3TrA@mail.mailbox.example>"},
        "body": """Dear Sophia,

Thank you for informing us of your decision. While we are disappointed that you will not be joining Meranti Commerce Bank, we fully understand and respect your choice.

We wish you every success in your new role, and please do keep in touch — our doors remain open should you wish to explore opportunities with us in the future.

Warm regards,
Farah Aziz
Senior Manager, Talent Acquisition
Meranti Commerce Bank Berhad

> On 3 Dec 2026, at 9:40 AM, Sophia Lim <sophia.lim.sf@mailbox.example> wrote:
>
> Dear Puan Farah,
>
> Thank you very much for the offer for Senior Manager, Credit Underwriting. After careful
> consideration, I have decided to decline as I have accepted another offer in Singapore.
> I truly appreciate the time you and Encik Hafiz spent with me.
>
> Best regards,
> Sophia""",
        "company": "", "job_title": "", "contact": "",
        "note": "employer acknowledges candidate declining offer",
    },
    {
        "label": "ham", "language": "en",
        "subject": "CNY balik kampung?",
        "from": "Mummy <lim.ahchoo62@mailbox.example>",
        "headers": {},
        "body": """Fen ah,

You coming back Ipoh for CNY or not? Must tell me early so I can tell your aunty how many people for reunion dinner. Your brother say he driving up from KL on the 5th.

Your papa keep asking whether you found new job already. I tell him don't pressure you. But if Singapore too stressful you can always come back KL, nearer to us also.

Don't forget to buy the pineapple tarts from that shop you like, last year finish so fast.

Take care, eat properly. Don't sleep so late.

Mummy""",
        "company": "", "job_title": "", "contact": "",
        "note": "mother asking about Chinese New Year plans",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Your credit limit increase request",
        "from": "Harbourfront Card Services <no-reply@harbourfrontcards.example>",
        "headers": {"Auto-Submitted": "auto-generated"},
        "body": """Dear Ms Lim Shu Fen,

We refer to your request dated 16 November 2026 to increase the credit limit on your Harbourfront Platinum Visa card ending 8832.

We regret to inform you that we are unable to approve your request at this time. This decision was based on our internal credit assessment, including the income documentation currently on file.

Your existing credit limit of S$18,000 remains unchanged. You may submit a new request after 6 months, together with your latest income tax Notice of Assessment or three months' payslips.

For further enquiries, please call our 24-hour hotline at 1800 555 0123.

Yours sincerely,
Card Services
Harbourfront Bank

This is an electronically generated notification. No signature is required.""",
        "company": "", "job_title": "", "contact": "",
        "note": "bank declines credit limit increase, 'we regret to inform you'",
    },
    {
        "label": "ham", "language": "en",
        "subject": "CFA L2 results 😩",
        "from": "Vanessa Ong <vanessa.ong.cfa@mailbox.example>",
        "headers": {},
        "body": """Sophia!!

Results came out. Band 8 so SO close but still fail. I can't believe I have to do this all over again, 300 hours of my life gone. My manager already asked me "how?" in the pantry this morning and I just wanted to disappear.

OK I'm being dramatic. Anyway you promised we'd go for that omakase place in Tanjong Pagar after results no matter what, so I'm holding you to it. Fri or Sat?

V""",
        "company": "", "job_title": "", "contact": "",
        "note": "friend failed a professional exam",
    },
    {
        "label": "ham", "language": "en",
        "subject": "Renovation application – #12-07",
        "from": "The Verdana Residences Management Office <mgmt@verdanaresidences.example>",
        "headers": {},
        "body": """Dear Resident,

Unit: #12-07
Application ref: RN-2026-0419

We refer to your application for renovation works (installation of a balcony glass enclosure) submitted on 23 November 2026.

Please be informed that the Management Council has not approved the application, as the proposed enclosure does not comply with the approved façade design under the by-laws of the development. Works such as internal flooring, cabinetry and repainting of internal walls may proceed subject to the usual deposit and contractor registration.

Kindly note also that the swimming pool will be closed for maintenance from 7 to 11 December.

Thank you.

Management Office
The Verdana Residences""",
        "company": "", "job_title": "", "contact": "",
        "note": "condo management rejects renovation application",
    },
    {
        "label": "ham", "language": "en",
        "subject": "The Ledger Line: Why banks take so long to say no",
        "from": "The Ledger Line <hello@theledgerline.example>",
        "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://theledgerline.example/unsubscribe?s=94>"},
        "body": """THE LEDGER LINE
Finance careers in Asia, every Sunday · 6 December 2026

Hi Sophia,

This week's lead: "We regret to inform you..." — why bank hiring takes months, and why so many candidates never hear back at all.

We spoke with four recruiters (anonymously, of course) about what happens behind the curtain. The short version: every headcount goes through regional and global approval committees, requisitions get frozen mid-process, and rejection emails often sit in a draft queue until the role is formally closed. One told us she once sent 600 "not successful" emails in a single afternoon after a team was restructured.

Also this week
  • Market wrap: SGD corporate bond issuance hits a two-year high
  • Tool of the week: a free template for tracking your applications
  • Reader Q&A: "Should I accept a counter-offer?"

Read the full issue: theledgerline.example/issues/94

You're receiving this because you subscribed at theledgerline.example. Unsubscribe""",
        "company": "", "job_title": "", "contact": "",
        "note": "career newsletter article about rejection emails",
    },
]


def main():
    rows = list(MESSAGES)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, m in enumerate(rows, start=1):
            row = {
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
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
