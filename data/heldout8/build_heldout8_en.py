#!/usr/bin/env python3
"""Build heldout8_en.jsonl: a blind, hand-written evaluation set of English emails
for a job-rejection recogniser. Every message below is written out literally."""
import json
import os
import random
from collections import Counter

SEED = 81
PREFIX = "h8e"
SOURCE = "debrief-heldout8 (written by the team, 2026-12)"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout8_en.jsonl")

MESSAGES = []


def add(label, subject, frm, headers, body, company="", job_title="", contact="", note="", language="en"):
    MESSAGES.append({
        "label": label,
        "language": language,
        "subject": subject,
        "from": frm,
        "headers": headers,
        "body": body.strip("\n"),
        "company": company,
        "job_title": job_title,
        "contact": contact,
        "note": note,
    })


# ---------------------------------------------------------------------------
# Persona 1: Maya Chen, CS junior at Lakeshore State University (US),
# applying for Summer 2027 internships via Greenhouse, Lever, Workday,
# Ashby and Handshake.
# ---------------------------------------------------------------------------

add("rejection",
    "Thank you for your interest in Quillfeather",
    "Quillfeather Recruiting <no-reply@us.greenhouse-mail.io>",
    {"Reply-To": "no-reply@us.greenhouse-mail.io"},
    """
Hi Maya,

Thank you for applying to the Software Engineering Intern, Summer 2027 position at Quillfeather. We know it takes time and care to put an application together, and we appreciate you thinking of us.

We received a very large number of applications for a small number of intern spots this year. After careful consideration, we have decided not to move forward with your application at this time.

We'd love to see you apply again in the future, and we encourage you to keep an eye on our careers page for new-grad roles next fall.

Wishing you the best,
The Quillfeather Recruiting Team

--
This email was sent from an unmonitored address. Please do not reply.
""",
    company="Quillfeather", job_title="Software Engineering Intern, Summer 2027", contact="",
    note="standard Greenhouse rejection for an internship, team signature")

add("rejection",
    "Your Application with Harbor & Pine Insurance",
    "Harbor & Pine Careers <harborpine@myworkday.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Maya Chen,

Thank you for your interest in employment opportunities with Harbor & Pine Insurance Group and for submitting your application for the position of Technology Development Program Intern - Summer 2027 (Job Requisition ID: JR-0048817).

At Harbor & Pine, we are committed to building a workforce that reflects the communities we serve, and we value the time each candidate invests in the application process. Our Early Careers team reviews every application individually against the requirements of the role, including academic preparation, relevant coursework, technical experience, and location preferences.

We have now completed our review for this requisition. While your qualifications are noteworthy, we have selected other candidates whose backgrounds more closely match the needs of the program for this cycle.

We encourage you to create a job alert on our Careers site so that you are notified when new opportunities that match your interests are posted.

Sincerely,

Talent Acquisition
Harbor & Pine Insurance Group

Harbor & Pine Insurance Group is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, protected veteran status, or any other characteristic protected by applicable federal, state, or local law.

Privacy Notice: Information you provided as part of your application will be retained in accordance with our Candidate Privacy Statement, available at careers.harborpine.example/privacy. You may request access to or deletion of your personal information by contacting privacy@harborpine.example.

Please do not reply to this message. This mailbox is not monitored.
""",
    company="Harbor & Pine Insurance", job_title="Technology Development Program Intern - Summer 2027", contact="",
    note="Workday rejection, decision sentence sandwiched between long boilerplate and EEO/privacy text")

add("rejection",
    "Your application status was updated",
    "Handshake <notifications@mail.joinhandshake.com>",
    {"List-Unsubscribe": "<https://app.joinhandshake.com/notifications/unsubscribe>"},
    """
Beacon Analytics updated your application

Data Science Intern (Summer 2027)
Beacon Analytics · Madison, WI · Paid internship

Status: Not selected

Employers update statuses as they review candidates. Keep applying — there are 214 new jobs matching your interests this week.

View application: https://app.joinhandshake.com/applications

You're receiving this because you applied to a job on Handshake. Manage notification settings.
Handshake, 225 Bush St, San Francisco, CA
""",
    company="Beacon Analytics", job_title="Data Science Intern (Summer 2027)", contact="",
    note="Handshake platform notification, decision only in a one-line status field")

add("rejection",
    "Tessellate Labs - Application Update: Not Moving Forward",
    "Tessellate Labs <no-reply@hire.lever.co>",
    {},
    """
Hi Maya,

Thanks for your application for the Backend Engineering Intern role at Tessellate Labs.

You can see your application and any future roles you apply to here: https://jobs.lever.co/tessellatelabs

All the best,
Tessellate Labs
""",
    company="Tessellate Labs", job_title="Backend Engineering Intern", contact="",
    note="Lever mail whose decision appears only in the subject line; body is neutral")

add("rejection",
    "following up from your final round",
    "Jordan Reyes <jordan.reyes@fernwoodgames.example>",
    {},
    """
Hey Maya,

I wanted to reach out myself instead of letting the system send you a form email, since you made it all the way to the final round with us.

We talked it over as a team yesterday and we're not going to be extending you an offer for the Gameplay Engineering Intern position. Honestly it was close. Your take-home was one of the cleaner ones we got and everyone liked how you talked through the collision bug. Where we landed was that the other folks had more hands-on time with C++ and engine code, and our intern project this summer is going to be pretty deep in that.

If you want more detailed notes I'm happy to jump on a 15 min call. And please apply again next year, I mean that.

Cheers,
Jordan

Jordan Reyes
Senior Gameplay Engineer | Fernwood Games
""",
    company="Fernwood Games", job_title="Gameplay Engineering Intern", contact="Jordan Reyes",
    note="personal post-final-round rejection from the engineer, friendly tone with feedback")

add("rejection",
    "Important update regarding your internship offer",
    "Lauren Pike <lauren.pike@northgatesemi.example>",
    {},
    """
Dear Maya,

I am writing with news that I wish I did not have to share.

As you may have seen in recent press coverage, Northgate Semiconductor announced a company-wide restructuring last week, including a pause on all new hiring through the end of fiscal 2027. I'm very sorry to tell you that, as a result, we must rescind the offer we extended to you on October 14 for the Hardware Validation Intern position for Summer 2027.

This decision has nothing to do with you or your qualifications. You interviewed extremely well, and the team was looking forward to working with you.

We understand this may affect other decisions you made based on our offer. To help a little, we are providing a transition payment of $1,500, which will be sent to the address on file within 30 days. I've also contacted the career center at Lakeshore State to let them know that our interns are now available, and I'm happy to serve as a reference or make introductions to recruiters I know at other companies.

Please don't hesitate to call me directly at (503) 555-0148.

With sincere regret,

Lauren Pike
University Recruiting Manager
Northgate Semiconductor
""",
    company="Northgate Semiconductor", job_title="Hardware Validation Intern", contact="Lauren Pike",
    note="internship offer rescinded because of a hiring freeze")

add("rejection",
    "Update on the Product Management Intern role",
    "Orbitly Talent <talent@orbitly.example>",
    {"Reply-To": "talent@orbitly.example"},
    """
Hi Maya,

We're writing to everyone who applied for our Summer 2027 Product Management Intern position.

Due to a change in company priorities, we've cancelled this internship for 2027. That means we won't be reviewing or moving forward with any applications for the role, including yours.

We know this is frustrating, especially this late in recruiting season, and we're sorry for the inconvenience. Your information will be deleted from our system within 90 days unless you opt in to our talent community.

Thank you for your interest in Orbitly.

- The Orbitly Talent team
""",
    company="Orbitly", job_title="Product Management Intern", contact="",
    note="internship cancelled, all applications closed including hers")

add("rejection",
    "Pebblestack <> Maya",
    "Amira Said <amira@pebblestack.example>",
    {"Reply-To": "amira@pebblestack.example"},
    """
Hi Maya —

We read every application here by hand (there are only eleven of us, so it takes a minute). Thanks for your patience.

This time it's a no from us for the Frontend Intern role. We had a lot of people with shipped React projects, and we're picking folks who can start contributing to the editor on day one. Your portfolio site was lovely though — the little accessibility checklist on it made me smile.

We'll probably open another intern role in the spring. I'd encourage you to throw your hat in again.

Amira Said
Head of Talent, Pebblestack

Sent via Ashby
""",
    company="Pebblestack", job_title="Frontend Intern", contact="Amira Said",
    note="startup rejection phrased informally as 'it's a no from us'")

add("rejection",
    "Re: ML Research Intern - phone screen",
    "Kevin Tran <kevin.tran@halcyon-ai.example>",
    {"In-Reply-To": "<CAKf9p2x8h@mail.gmail.com>"},
    """
Hi Maya,

Thanks again for chatting last week. The team decided to go with other candidates for the ML Research Intern spot, mostly folks further along in grad school. Best of luck with the rest of your search!

Kevin

Kevin Tran | Technical Recruiter | Halcyon AI

On Tue, Nov 10, 2026 at 4:12 PM Maya Chen <maya.chen@lakeshorestate.example> wrote:
> Hi Kevin,
> Thank you for taking the time to talk with me today! I really enjoyed
> hearing about the retrieval work. Let me know if you need anything else
> from me.
> Best,
> Maya
""",
    company="Halcyon AI", job_title="ML Research Intern", contact="Kevin Tran",
    note="short recruiter rejection sent as a reply above her thank-you note")

add("rejection",
    "Re: Checking in - Quant Analyst Intern application",
    "Beth Anand <banand@redwatercap.example>",
    {"In-Reply-To": "<0100018f2a-maya-followup@lakeshorestate.example>"},
    """
Hi Maya,

So sorry for the silence, that's on me. We actually filled the Quantitative Analyst Intern seat back in October and I should have closed the loop with everyone still in the pipeline. Your application won't be going further this year.

I really appreciate you following up so politely. We usually start our 2028 summer recruiting in August, so please keep us in mind.

Best,
Beth

Beth Anand
Campus Recruiting | Redwater Capital

-----Original Message-----
From: Maya Chen <maya.chen@lakeshorestate.example>
Sent: Monday, November 30, 2026 9:03 AM
To: Beth Anand <banand@redwatercap.example>
Subject: Checking in - Quant Analyst Intern application

Hi Beth,

I hope you had a nice Thanksgiving! I applied for the Quantitative Analyst Intern role in September and wanted to check whether there's any update on my application. I'm still very interested.

Thank you,
Maya Chen
Lakeshore State University '28
""",
    company="Redwater Capital", job_title="Quantitative Analyst Intern", contact="Beth Anand",
    note="reply to the candidate's follow-up: seat already filled, quoted original below")

add("rejection",
    "Stratus Pay | Online Assessment Results",
    "Stratus Pay Early Talent <earlytalent@stratuspay.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Hello Maya,

Thank you for completing the online coding assessment for the Software Engineering Intern - Payments role.

We've now reviewed the results. Based on your assessment score, we won't be inviting you to the interview stage for this position. Our bar for the assessment is set to match the technical depth of the team's summer projects, and only a small share of applicants move on.

Your application for this role is now closed. You're welcome to apply to other open Stratus Pay roles, including our Winter 2027 co-op program.

Thanks again,
Stratus Pay Early Talent
""",
    company="Stratus Pay", job_title="Software Engineering Intern - Payments", contact="",
    note="rejection after a failed online assessment")

add("rejection",
    "An update from Millbrook Health",
    "Millbrook Health Careers <careers@millbrookhealth.example>",
    {"List-Unsubscribe": "<mailto:unsubscribe@millbrookhealth.example>"},
    """
Dear Maya,

Thank you for applying to the IT Intern position with Millbrook Health.

All of our intern positions for summer 2027 have now been filled. We were grateful to receive so many strong applications, including yours, and we will keep your resume on file for future openings that match your background.

In the meantime, we invite you to follow Millbrook Health on LinkedIn to hear about upcoming opportunities.

Kind regards,
Millbrook Health Human Resources
1200 Prairie View Parkway, Rockford, IL
""",
    company="Millbrook Health", job_title="IT Intern", contact="",
    note="positions filled, 'keep your resume on file' softener")

add("rejection",
    "New message from Sam Whitaker at Lumen Civic",
    "Handshake <messages@mail.joinhandshake.com>",
    {"Reply-To": "reply+a81f3c@messages.joinhandshake.com"},
    """
Sam Whitaker from Lumen Civic sent you a message:

"Hi Maya! It was great meeting you at our booth at the Lakeshore State tech fair. I wanted to personally let you know that we finished reviewing applications for the Civic Tech Fellow internship, and unfortunately we aren't able to offer you a spot in this year's cohort. We only have four fellows and over 300 applicants. I'd love to stay in touch though -- we post volunteer projects on our site all year.

Sam Whitaker
Program Lead, Lumen Civic"

Reply on Handshake: https://app.joinhandshake.com/messages

You can reply directly to this email to respond to Sam.
""",
    company="Lumen Civic", job_title="Civic Tech Fellow internship", contact="Sam Whitaker",
    note="employer rejection relayed as a Handshake direct message")

add("rejection",
    "Application Status Update - R-20418",
    "Keystone Mutual <keystonemutual@myworkday.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Candidate: Maya Chen
Job Requisition: R-20418 Data Engineering Intern
Status: No longer under consideration

To view your applications, sign in to the Keystone Mutual Candidate Home.

This is a system-generated message. Please do not reply.
""",
    company="Keystone Mutual", job_title="Data Engineering Intern", contact="",
    note="terse Workday status mail, decision only in a status line")

# --- Maya: job_other ---

add("job_other",
    "We received your application for Software Engineer Intern (Summer 2027)",
    "Marlowe Systems <no-reply@us.greenhouse-mail.io>",
    {},
    """
Hi Maya,

Thanks for applying to Marlowe Systems! Your application for Software Engineer Intern (Summer 2027) has been received.

Our university recruiting team reviews applications on a rolling basis. If your experience is a match, someone from our team will reach out within the next 2-4 weeks to talk about next steps.

In the meantime, check out our engineering blog at marlowesystems.example/eng to learn about what our interns worked on last summer.

Best,
Marlowe Systems University Recruiting
""",
    note="Greenhouse application acknowledgement")

add("job_other",
    "14 new jobs for \"software engineering intern\"",
    "Handshake <jobs@mail.joinhandshake.com>",
    {"List-Unsubscribe": "<https://app.joinhandshake.com/notifications/unsubscribe?type=saved_search>"},
    """
New jobs for your saved search

software engineering intern · Remote or Midwest

Software Engineer Intern - Summer 2027
Cobalt Freight · Chicago, IL · $38/hr

Backend Intern
Ridgeline Outdoor Co. · Minneapolis, MN · $32-36/hr

Mobile Developer Intern (iOS)
Vellum Health · Remote

Infrastructure Engineering Intern
Strata Grid · Madison, WI · Paid

+ 10 more jobs

See all jobs: https://app.joinhandshake.com/job-search

You're getting this email because you saved a search on Handshake. Unsubscribe from saved search alerts.
""",
    note="Handshake saved-search job alert")

add("job_other",
    "Schedule your technical interview with Halcyon AI",
    "Halcyon AI Recruiting <scheduling@halcyon-ai.example>",
    {"Reply-To": "kevin.tran@halcyon-ai.example"},
    """
Hi Maya,

Great news - we'd like to invite you to a 45-minute technical interview for the Applied ML Intern role.

Please pick a time that works for you using the link below. Slots are available Nov 3 - Nov 7 (all times Central).

https://halcyon-ai.example/schedule/maya-chen-7f21

The interview will be over Zoom with one of our engineers. Expect one coding problem in Python (no ML trivia, promise) and a few minutes to ask questions. You can use your own editor.

If none of the times work, just reply to this email.

Thanks,
Kevin Tran
Technical Recruiter, Halcyon AI
""",
    note="interview scheduling invitation")

add("job_other",
    "Stratus Pay has invited you to take a coding assessment",
    "CodeSignal <noreply@codesignal.com>",
    {},
    """
Hi Maya,

Stratus Pay has invited you to complete the General Coding Assessment as part of your application for Software Engineering Intern - Payments.

Time limit: 70 minutes
Deadline: November 18, 2026 at 11:59 PM ET

Before you begin:
- Use a desktop or laptop with a webcam
- Make sure you have a stable internet connection
- You may only attempt the assessment once

Start assessment: https://app.codesignal.com/invite/Xk2pQ

Good luck!
The CodeSignal Team

You received this email because an employer invited you to an assessment.
""",
    note="coding assessment invitation relayed by assessment platform")

add("job_other",
    "Unfortunately we need to move your interview",
    "Priya Castellanos <pcastellanos@fernwoodgames.example>",
    {},
    """
Hi Maya,

Unfortunately one of your interviewers is out sick, so we need to reschedule your final round that was set for this Thursday (11/19). I'm so sorry for the late notice!

Could any of these work instead?
- Mon 11/23, 1:00-4:00 PM CT
- Tue 11/24, 10:00 AM-1:00 PM CT

Same format as before: three 45-min sessions with a short break. I'll send a fresh calendar invite once you pick.

Thanks for being flexible,
Priya

Priya Castellanos
Recruiting Coordinator, Fernwood Games
""",
    note="interview reschedule with 'unfortunately', not a decision")

add("job_other",
    "Congratulations! Your offer from Marlowe Systems",
    "Dana Whitlock <dana.whitlock@marlowesystems.example>",
    {},
    """
Hi Maya,

On behalf of everyone at Marlowe Systems, I'm thrilled to offer you a position as a Software Engineer Intern for Summer 2027!

Here are the highlights (your full offer letter is attached and also available in your candidate portal):

Start date: June 1, 2027 (12 weeks)
Location: Milwaukee, WI (hybrid, 3 days in office)
Compensation: $42.00/hour
Housing stipend: $3,000 lump sum
Team: Developer Tools

Please review and sign the offer by December 11, 2026. If you have any questions at all, or you need more time, just let me know - I'd much rather talk it through than have you rush.

We're so excited about the possibility of having you join us.

Dana Whitlock
University Recruiter
Marlowe Systems

Attachment: Marlowe_Offer_Letter_MChen.pdf
""",
    note="internship offer")

add("job_other",
    "Your application is still under review",
    "Ardent Biotech Careers <careers@ardentbio.example>",
    {},
    """
Dear Maya,

We regret the delay in getting back to you regarding your application for the Bioinformatics Intern position.

Our hiring team is still reviewing applications and no decisions have been made yet. We expect to contact candidates selected for interviews by mid-December.

Thank you for your patience and continued interest in Ardent Biotech.

Best regards,
Ardent Biotech Talent Acquisition
""",
    note="status 'still under review' with 'regret the delay'")

add("job_other",
    "Maya, your profile is a great fit for our 2027 intern program",
    "Connor Blake via LinkedIn <inmail-hit-reply@linkedin.com>",
    {"Reply-To": "inmail-hit-reply@linkedin.com"},
    """
Connor Blake
Campus Recruiter at Vireo Mobility

Hi Maya,

I came across your profile while looking for students with Rust experience - your lidar visualizer project caught my eye! We're hiring Firmware & Embedded Software Interns for summer 2027 in Ann Arbor.

Would you be open to a quick 20-minute call next week? No prep needed.

Best,
Connor

Reply  |  Not interested

This is an InMail sent via LinkedIn Recruiter. You are receiving InMail notification emails. Unsubscribe.
LinkedIn Corporation, 1000 W Maxwell St, Sunnyvale, CA 94085
""",
    note="recruiter outreach InMail")

add("job_other",
    "Withdrawal confirmed: Ardent Biotech - Bioinformatics Intern",
    "Ardent Biotech Careers <careers@ardentbio.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Hello Maya,

We have received your request to withdraw your application for Bioinformatics Intern (Req. 2026-1187). Your application has been withdrawn and will not be reviewed further.

If this was a mistake, or you change your mind, you can reapply through our careers site while the posting remains open.

Thank you for your interest in Ardent Biotech, and congratulations on your next step.

Ardent Biotech Talent Acquisition
""",
    note="confirmation of the candidate's own withdrawal")

add("job_other",
    "Re: Offer decision",
    "Elena Vasquez <elena.vasquez@brightkite.example>",
    {"In-Reply-To": "<maya-offer-decline-20261207@lakeshorestate.example>"},
    """
hey Maya,

Bummer on our end but totally get it, Marlowe's dev tools team is a great place to spend a summer. Thanks for telling us quickly and so kindly. We've let recruiting know you're declining so they can close things out.

Door's always open for new grad!

Elena

Elena Vasquez
Engineering Manager, Data Platform | Brightkite

> Hi Elena,
> Thank you so much for the offer and for all the time the team spent with me.
> After a lot of thought I've decided to accept another internship offer, so
> I'm going to have to decline the Data Platform Intern offer. I really
> loved meeting everyone.
> Maya
""",
    note="employer acknowledging the candidate declining an offer")

add("job_other",
    "Action needed: complete your background check for Marlowe Systems",
    "Verity Screening <no-reply@verityscreening.example>",
    {},
    """
Hello Maya Chen,

Marlowe Systems has requested that you complete a background screening as part of your onboarding.

Please complete your information and sign the disclosure and authorization forms within 5 business days:

https://portal.verityscreening.example/candidate/start?code=MS-44XK2

What you'll need:
- Social Security number
- Addresses for the past 7 years
- Education history

Questions? Contact our candidate support team at 1-800-555-0199, Monday-Friday, 7am-7pm CT.

A Summary of Your Rights Under the Fair Credit Reporting Act is available in the portal.

Verity Screening, Inc.
""",
    note="pre-employment background check request")

add("job_other",
    "Re: Marlowe Intern Program - checking in",
    "Dana Whitlock <dana.whitlock@marlowesystems.example>",
    {"In-Reply-To": "<maya-q-housing@lakeshorestate.example>"},
    """
Hi Maya!

Good questions. Housing stipend comes in your first paycheck. And yes, you can pick your team preference in the spring survey but no promises.

One more thing - we still need your I-9 documents and direct deposit form uploaded in Workday before Jan 15. Link is in the welcome email from last week.

Dana

On Thu, Dec 10, 2026 at 8:41 PM Maya Chen wrote:
> Hi Dana, two quick questions: when does the housing stipend get paid out,
> and do interns get to choose teams? Thanks!!
""",
    note="recruiter answering onboarding questions and requesting documents")

add("job_other",
    "quick update on the Bioinformatics Intern role",
    "Rohan Iyer <riyer@ardentbio.example>",
    {},
    """
Hi Maya,

Just wanted to give you a quick heads up since you asked on Friday - no decisions have been made yet. We're still interviewing a couple of other candidates this week and expect to wrap up by Dec 12.

You haven't been selected yet, but you're definitely still in the running.

Thanks,
Rohan
Hiring Manager, Computational Biology
Ardent Biotech
""",
    note="'not selected yet' wording, still in process")

add("job_other",
    "Welcome to the Orbitly Talent Community",
    "Orbitly Talent <talent@orbitly.example>",
    {"List-Unsubscribe": "<https://orbitly.example/talent/unsubscribe?id=88213>"},
    """
Hi Maya,

Thanks for joining the Orbitly Talent Community!

Here's what to expect:
- A monthly email with new roles that match the interests you selected (Product, Engineering)
- Invites to virtual events with our team
- First look at our 2028 internships when they open

You can update your preferences or leave the community at any time.

See you around,
Orbitly Talent
""",
    note="talent community welcome mail")

add("job_other",
    "submitted your referral for Tessellate!",
    "Nate Okonkwo <nate.okonkwo@gmail.com>",
    {},
    """
hey maya!! just put in the referral for the backend intern role at tessellate, you should get an email from lever soon asking you to finish the application. make sure you do it within like a week or the referral expires

also tell them you know me, the recruiter (hailey) is super nice

good luck!!
nate
""",
    note="friend confirming he submitted a job referral for her")

# --- Maya: ham ---

add("ham",
    "thanksgiving plans",
    "Mom <lin.chen58@gmail.com>",
    {},
    """
Maya,

Dad says he will pick you up from the bus station Wednesday at 6. Please text when you leave. Auntie Grace and the cousins are coming Thursday so bring something nice to wear not just hoodie.

Also did you get the vitamins I sent. Take them.

Love you
Mom
""",
    note="mother about Thanksgiving logistics")

add("ham",
    "Dean's Excellence Scholarship - Decision",
    "Lakeshore State University Foundation <scholarships@lakeshorestate.example>",
    {},
    """
Dear Maya Chen,

Thank you for applying for the 2027-28 Dean's Excellence Scholarship in the College of Engineering.

The selection committee received 412 applications for 15 awards. We regret to inform you that you were not selected as a recipient this year.

We encourage you to apply for other scholarships through the ScholarshipHub portal, where new opportunities are posted each semester. Your application will automatically be considered for departmental awards for which you are eligible.

Sincerely,
Office of Scholarships
Lakeshore State University Foundation
""",
    note="scholarship refusal, not a job application")

add("ham",
    "ugh",
    "Tasha Morgan <tasha.m@lakeshorestate.example>",
    {},
    """
got the jane street rejection email lol. literally 8 minutes after the online assessment closed. not even a human

boba tonight? i need to be sad with someone. 7pm at the usual place?

t
""",
    note="friend talking about her own rejection")

add("ham",
    "Rental Application - 412 Elm St, Unit 3",
    "Keystone Property Management <leasing@keystonepm.example>",
    {},
    """
Hi Maya,

Thank you for applying to lease 412 Elm St, Unit 3 for the 2027-2028 academic year.

We received several applications for this unit and the owner has chosen to move forward with another applicant group. Your application fee of $40 is non-refundable, but we can apply your screening to another Keystone property for the next 60 days.

We have a few 3-bedroom units still available on Park and Johnson. Let us know if you'd like to schedule a showing.

Thanks,
Keystone Property Management Leasing Team
""",
    note="apartment rental application declined")

add("ham",
    "Your Kettle & Co. order has shipped!",
    "Kettle & Co. <orders@kettleandco.example>",
    {"List-Unsubscribe": "<https://kettleandco.example/unsubscribe>"},
    """
Good news, Maya - your order is on its way!

Order #KC-209381
1 x Oolong Sampler Tin (6 teas)   $24.00
1 x Glass Travel Infuser           $18.00
Shipping                           FREE

Carrier: USPS Ground Advantage
Tracking: 9400 1000 0000 0000 1234 56
Estimated delivery: Dec 9-11

Steep happy,
Kettle & Co.

You're receiving this because you placed an order at kettleandco.example. Unsubscribe from marketing emails.
""",
    note="shop shipping confirmation")

add("ham",
    "Your Spring 2027 Enrollment Appointment",
    "Office of the Registrar <registrar@lakeshorestate.example>",
    {},
    """
Dear Maya,

Your enrollment appointment for Spring 2027 is:

Wednesday, November 11, 2026 at 8:30 AM

You may add classes at any time on or after your appointment. Please resolve any holds on your account before this date. You currently have 1 hold: Advising hold (College of Engineering).

Office of the Registrar
Lakeshore State University
""",
    note="university registration notice")


# ---------------------------------------------------------------------------
# Persona 2: Derek Olsen, Chicago, experienced finance professional (FP&A),
# corporate ATS mail, executive recruiters, LinkedIn.
# ---------------------------------------------------------------------------

add("rejection",
    "Calloway Foods - Director, FP&A (Req 26-3318)",
    "Calloway Foods Talent Acquisition <callowayfoods@myworkday.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Derek,

Thank you for your interest in the Director, FP&A position at Calloway Foods, and for the time you invested in our interview process. We genuinely enjoyed learning more about your background and your experience leading planning cycles in consumer products.

Calloway Foods receives a high volume of applications for leadership roles, and our hiring teams consider each candidate carefully. After thorough review, we have decided to pursue other candidates whose experience more closely aligns with the current needs of the business.

We will retain your profile in our system, and we encourage you to continue exploring opportunities at careers.callowayfoods.example.

We wish you every success in your career search.

Kind regards,
Talent Acquisition Team
Calloway Foods, Inc.

Calloway Foods is proud to be an equal opportunity employer. We do not discriminate on the basis of race, religion, color, national origin, sex, gender identity, sexual orientation, age, marital status, veteran status, disability status, or any other legally protected status.
This message was sent from an unattended mailbox.
""",
    company="Calloway Foods", job_title="Director, FP&A", contact="",
    note="corporate Workday rejection after interviews, 'pursue other candidates'")

add("rejection",
    "Aldine - feedback",
    "Tom Brennan <tbrennan@crestmarksearch.example>",
    {},
    """
Derek,

Heard back from Aldine Medical this morning. I'm sorry to say they've decided to go with another candidate for the Senior Manager, FP&A role. The feedback was that they really liked you and your modeling depth, but the other finalist came out of med device and knows the reimbursement side cold, which mattered a lot to the CFO.

I know you were keen on this one. For what it's worth, the hiring manager said you were a "very close second."

I've got two other searches kicking off in January that I think you'd be a fit for. Let's grab a coffee next week and I'll walk you through them.

Tom

Tom Brennan
Managing Director | Crestmark Search
312-555-0176
""",
    company="Aldine Medical", job_title="Senior Manager, FP&A", contact="Tom Brennan",
    note="agency recruiter relays client's no; company is the client")

add("rejection",
    "Senior Finance Manager - thank you",
    "Rachel Okafor <rokafor@westmerelogistics.example>",
    {},
    """
Hi Derek,

Thank you for meeting with the panel last Tuesday and for the thoughtful case presentation. I wanted to call you, but I know your schedule is busy so I'm following up in writing and am happy to talk live if you'd like.

We have made the decision to offer the Senior Finance Manager role to another candidate. It was a difficult call. Your presentation on the freight cost model was the strongest part of the day and two of the panelists mentioned your clarity with non-finance stakeholders. Where we ultimately went a different way was on hands-on experience with SAP S/4 migrations, which will take up most of this role's first year.

I'd be glad to stay connected. If something opens in our planning group next year, I'll reach out directly.

Best regards,

Rachel Okafor
VP, Finance
Westmere Logistics
""",
    company="Westmere Logistics", job_title="Senior Finance Manager", contact="Rachel Okafor",
    note="hiring manager rejection after panel, with specific feedback")

add("rejection",
    "Your application to Finance Manager at Brightwater Energy",
    "LinkedIn <jobs-noreply@linkedin.com>",
    {"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    """
Your update from Brightwater Energy

Finance Manager
Brightwater Energy · Chicago, IL (Hybrid)

Thank you for your interest in the Finance Manager position at Brightwater Energy in Chicago, IL. Unfortunately, Brightwater Energy has decided not to move forward with your application. We wish you the best in your job search.

Top jobs for you
Manager, FP&A - Prairie Steel Works - Oak Brook, IL
Senior Manager, Corporate Finance - Lumina Retail Group - Chicago, IL

See more jobs

This email was intended for Derek Olsen (Senior FP&A Manager)
You are receiving job application emails.
Unsubscribe · Help
© 2026 LinkedIn Corporation, 1000 West Maxwell Street, Sunnyvale, CA 94085
""",
    company="Brightwater Energy", job_title="Finance Manager", contact="",
    note="LinkedIn-relayed employer rejection with job recommendations")

add("rejection",
    "Head of FP&A search - update",
    "Monica Alvarez <malvarez@sableridge.example>",
    {},
    """
Derek,

I wanted to let you know where things stand. Following our recent reorganization, finance will now report into the operating partners at the portfolio level, and the Head of FP&A position at Sable Ridge Partners has been eliminated. We've closed the search and won't be filling the role, so unfortunately that ends your candidacy here.

I'm sorry. You were one of two finalists and I know you put real time into the case study. Please send me your invoice for the travel to Milwaukee and I'll get it reimbursed.

Warmly,
Monica

Monica Alvarez
Director of Talent, Sable Ridge Partners
""",
    company="Sable Ridge Partners", job_title="Head of FP&A", contact="Monica Alvarez",
    note="role eliminated after reorg, candidacy ended")

add("rejection",
    "Offer of Employment - Director of Finance",
    "Greg Halvorsen <ghalvorsen@pinecrestsoftware.example>",
    {},
    """
Dear Derek,

I am writing regarding the offer of employment dated November 4, 2026 for the position of Director of Finance.

As you may have read, Pinecrest Software has entered into a definitive agreement to be acquired. Under the terms of that agreement, we are not permitted to add new positions at the director level or above until the transaction closes, and the acquiring company will be making its own decisions about the finance organization.

With regret, we are therefore withdrawing the offer. Your start date of January 4, 2027 will not go forward.

I understand this is a significant disappointment and may have affected conversations you were having elsewhere. I would like to speak with you personally this week and have asked my assistant, Carla, to find a time. We are also prepared to discuss a reasonable payment in recognition of the inconvenience.

Sincerely,

Greg Halvorsen
Chief People Officer
Pinecrest Software
""",
    company="Pinecrest Software", job_title="Director of Finance", contact="Greg Halvorsen",
    note="offer withdrawn because of an acquisition, formal wording")

add("rejection",
    "RE: VP, Corporate Finance - any news?",
    "Leah Kim <leah.kim@tribunestreetbank.example>",
    {"In-Reply-To": "<DO-20261201-1432@olsenfamily.example>"},
    """
Hi Derek - circling back. The business ended up promoting internally for the VP, Corporate Finance opening, so we won't be moving ahead with external candidates. Sorry for the wait and thank you for your patience through a long process.

Leah

Leah Kim | Senior Talent Partner | Tribune Street Bank

From: Derek Olsen <derek@olsenfamily.example>
Sent: Tuesday, December 1, 2026 2:32 PM
To: Leah Kim <leah.kim@tribunestreetbank.example>
Subject: VP, Corporate Finance - any news?

Hi Leah,

Hope your holiday was good. It's been about three weeks since my conversation with Paul and the team, so I wanted to check in on timing. Happy to provide anything else that would be helpful.

Best,
Derek
""",
    company="Tribune Street Bank", job_title="VP, Corporate Finance", contact="Leah Kim",
    note="reply to a chase email: internal promotion, quoted thread below")

add("rejection",
    "Thank you for applying to Orchard Valley Health System",
    "Orchard Valley Health System <ovhs-careers@icims.com>",
    {"Auto-Submitted": "auto-generated", "Reply-To": "do-not-reply@icims.com"},
    """
Dear Derek,

On behalf of Orchard Valley Health System, thank you for taking the time to apply for the Manager, Budget & Reimbursement position. Our mission of caring for every patient with compassion begins with the people we bring onto our team, and we are grateful that you considered sharing your talents with us.

Each application we receive is reviewed by a member of our recruitment team together with the hiring leader. We look at many factors, including experience, credentials, and the specific needs of the department at this time. Following this review, we will not be advancing your candidacy for this role.

We encourage you to visit careers.ovhs.example regularly, as new positions are posted daily across our five hospitals and more than forty clinics. You can also sign up for job alerts to be notified of roles that match your interests.

Thank you again for your interest in Orchard Valley Health System.

Sincerely,

Talent Acquisition
Orchard Valley Health System

Orchard Valley Health System is an Equal Opportunity Employer/Protected Veterans/Individuals with Disabilities. We participate in E-Verify.
Please do not reply to this email; replies are not monitored.
""",
    company="Orchard Valley Health System", job_title="Manager, Budget & Reimbursement", contact="",
    note="iCIMS rejection with mission-statement padding, 'not advancing your candidacy'")

add("rejection",
    "Status update - Senior Financial Analyst (48213)",
    "Granite Bay Utilities Careers <careers-noreply@granitebay.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Derek Olsen,

The status of your application has changed.

Requisition: 48213 - Senior Financial Analyst
Location: Naperville, IL
Current status: Not Selected - Position Filled

Log in to your candidate profile to view all of your applications.

Please do not reply to this e-mail.
""",
    company="Granite Bay Utilities", job_title="Senior Financial Analyst", contact="",
    note="short ATS status mail: 'Not Selected - Position Filled'")

add("rejection",
    "Halberd Group - recap of our call",
    "Nina Petrovic <npetrovic@talbotlane.example>",
    {},
    """
Hi Derek,

Thanks for taking my call this afternoon. Just to recap in writing, as promised:

- Halberd Group won't be moving you forward to the on-site round for the VP Finance role. Their CEO wants someone who has been through a sale process as the finance lead, and that was the deciding factor.
- They were complimentary about your operating experience and said they'd be open to you for a controller-track role at one of their platform companies down the road.
- I'll keep you posted on the two other mandates we discussed (industrial services and specialty chemicals).

Talk soon,
Nina

Nina Petrovic
Principal, Talbot & Lane Executive Search
Chicago | Minneapolis
""",
    company="Halberd Group", job_title="VP Finance", contact="Nina Petrovic",
    note="executive search firm's written recap of a phone rejection, bullet list")

add("rejection",
    "thanks",
    "Jim Kowalski <jkowalski@foxriverpaper.example>",
    {},
    """
Derek, thanks for your time on Friday. We've made a hire. Appreciate your interest and best of luck.

Jim

Jim Kowalski | Controller | Fox River Paper Co.
Appleton, WI
Sent from my iPhone
""",
    company="Fox River Paper", job_title="", contact="Jim Kowalski",
    note="two-line rejection from a small company's controller, no role named")

add("rejection",
    "Loomwise | Head of Finance Operations",
    "Loomwise Recruiting <no-reply@us.greenhouse-mail.io>",
    {},
    """
Hi Derek,

We appreciate you applying for our Head of Finance Operations role. We're going to pass on your application this time around.

We hire for a lot of different roles, so we hope you'll keep an eye on loomwise.example/careers.

Cheers,
The Loomwise team
""",
    company="Loomwise", job_title="Head of Finance Operations", contact="",
    note="short Greenhouse mail phrased as 'we're going to pass'")

add("rejection",
    "Director of Financial Planning - Cascade Ridge Credit Union",
    "Shawna Bell <sbell@cascaderidgecu.example>",
    {},
    """
Good afternoon Derek,

Thank you for spending the day with us on November 19th. The hiring team has now completed final interviews for the Director of Financial Planning position and has chosen another finalist.

I want to thank you for your professionalism throughout our process. You'll receive a short survey about your candidate experience next week; it's anonymous and we do read every response.

All the best in your next chapter,

Shawna Bell, SHRM-CP
Talent Acquisition Manager
Cascade Ridge Credit Union | 800-555-0133
""",
    company="Cascade Ridge Credit Union", job_title="Director of Financial Planning", contact="Shawna Bell",
    note="post-final-round rejection, 'chosen another finalist'")

# --- Derek: job_other ---

add("job_other",
    "Director of FP&A: 23 new jobs in Greater Chicago Area",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    {"List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe>"},
    """
Your job alert for Director of FP&A in Greater Chicago Area
23 new jobs match your preferences.

Director, Financial Planning & Analysis
Ostrander Manufacturing · Elk Grove Village, IL
Actively recruiting · 2 connections work here

Senior Director, FP&A
Velour Brands · Chicago, IL (Hybrid)
Be an early applicant

Director of Finance & Analytics
Harrow Capital · Chicago, IL
Promoted

See all jobs

You are receiving Job Alert emails. Manage job alerts · Unsubscribe · Help
This email was intended for Derek Olsen.
© 2026 LinkedIn Corporation
""",
    note="LinkedIn job alert")

add("job_other",
    "Thank you for applying - Director, FP&A",
    "Calloway Foods Talent Acquisition <callowayfoods@myworkday.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Derek,

Thank you for applying for the Director, FP&A (Req 26-3318) position at Calloway Foods. We have received your application and our Talent Acquisition team will review your qualifications.

If your background is a match for the role, a recruiter will contact you to discuss next steps. You can track the status of your application at any time by signing in to your Candidate Home account.

Thank you for considering Calloway Foods.

Talent Acquisition Team
""",
    note="Workday application acknowledgement")

add("job_other",
    "Confidential VP Finance search - Chicago",
    "Brooke Sandoval <brooke@lakeshoreexec.example>",
    {},
    """
Hi Derek,

Brooke Sandoval here with Lakeshore Executive Partners. I lead our finance & accounting practice in the Midwest.

I'm working on a confidential VP Finance search for a PE-backed specialty food manufacturer (~$400M revenue, headquartered in the western suburbs). The role reports to the CFO and owns FP&A, treasury and the lender reporting package. Your time at Calloway's competitor and your planning transformation work stood out.

Would you have 20 minutes this week for an exploratory conversation? I can share the name of the company once we've spoken.

Best,
Brooke

Brooke Sandoval
Partner, Finance & Accounting Practice
Lakeshore Executive Partners
""",
    note="executive recruiter cold outreach")

add("job_other",
    "Confirmed: panel interview - Westmere Logistics, Tue Nov 10",
    "Sofia Marchetti <smarchetti@westmerelogistics.example>",
    {"Reply-To": "recruiting@westmerelogistics.example"},
    """
Hi Derek,

You're all set for your panel interview for the Senior Finance Manager role. Details below.

Date: Tuesday, November 10, 2026
Time: 9:00 AM - 12:30 PM CT
Location: 400 N. Canal St, 14th floor (check in at the security desk with photo ID)

Schedule
9:00 - 9:45   Rachel Okafor, VP Finance
9:45 - 10:30  Marcus Hill, Director of Operations
10:30 - 10:45 Break
10:45 - 11:45 Case presentation (20 min presenting, 40 min Q&A)
11:45 - 12:30 Lunch with two members of the FP&A team

Please send your case deck to me by 5 PM Monday. Parking validation is available at the front desk.

Thanks!
Sofia Marchetti
Recruiting Coordinator, Westmere Logistics
""",
    note="interview confirmation with agenda")

add("job_other",
    "Next step: behavioral assessment for Director of Financial Planning",
    "Cascade Ridge Credit Union <sbell@cascaderidgecu.example>",
    {},
    """
Hi Derek,

Thanks for a great conversation with our CFO yesterday. As a next step, we ask all finalists to complete two short online assessments:

1. Behavioral assessment (about 10 minutes) - there are no right or wrong answers
2. Cognitive assessment (12 minutes, timed)

Please complete both by Friday, November 13: https://assess.cascaderidgecu.example/c/DO-8821

Once you're done, I'll be in touch to schedule your on-site final round.

Shawna Bell
Talent Acquisition Manager
Cascade Ridge Credit Union
""",
    note="request to complete pre-employment assessments")

add("job_other",
    "Application update - Manager, Strategic Finance",
    "Velour Brands Recruiting <recruiting@velourbrands.example>",
    {},
    """
Dear Derek,

Unfortunately, our hiring process for the Manager, Strategic Finance position is taking longer than we originally anticipated due to the holiday schedule.

We want to assure you that your application is still under active review and that no final decisions have been made. We expect to be in contact with next steps in early January.

We appreciate your patience.

Velour Brands Talent Team
""",
    note="delay notice with 'unfortunately', application still active")

add("job_other",
    "Your application to Harrow Capital - posting closed",
    "Harrow Capital Careers <no-reply@hire.lever.co>",
    {},
    """
Hi Derek,

We wanted to let you know that we've removed the Director of Finance & Analytics posting from our careers site because of the high number of applications we've received.

This does not affect your application. Everyone who applied before the posting closed is still being considered, and you'll hear from us either way within the next three weeks.

Best,
Harrow Capital
""",
    note="posting closed to new applicants but his application still considered")

add("job_other",
    "Offer of Employment - Director, Financial Planning & Analysis",
    "Karen Liu <kliu@ostrandermfg.example>",
    {},
    """
Dear Derek,

It is my pleasure to extend to you an offer of employment with Ostrander Manufacturing Company for the position of Director, Financial Planning & Analysis, reporting to Alan Pierce, Chief Financial Officer.

The key terms of our offer are:

- Base salary: $205,000 per year, paid bi-weekly
- Annual incentive target: 25% of base salary
- Long-term incentive: eligibility beginning with the 2027 grant cycle
- Sign-on bonus: $20,000, subject to the repayment terms in the attached letter
- Paid time off: 20 days per year plus company holidays
- Start date: January 11, 2027, or another mutually agreed date

This offer is contingent on the successful completion of a background check and your ability to provide proof of eligibility to work in the United States.

Please review the attached letter and sign via DocuSign by December 9. Alan and I are both available if you would like to discuss any part of the offer.

We are excited about the prospect of you joining Ostrander.

Sincerely,

Karen Liu
Vice President, Human Resources
Ostrander Manufacturing Company
""",
    note="formal job offer")

add("job_other",
    "Please authorize your background check - Ostrander Manufacturing",
    "Verity Screening <no-reply@verityscreening.example>",
    {},
    """
Hello Derek Olsen,

Ostrander Manufacturing has asked Verity Screening to complete a pre-employment background report for you.

Your report includes:
- Criminal records search (7 years)
- Employment verification (3 most recent employers)
- Education verification
- Credit history (role-based)

To get started, please review the disclosures and provide your authorization:
https://portal.verityscreening.example/candidate/start?code=OM-71BQ9

This link expires in 7 days.

Verity Screening, Inc. | Candidate Support: 1-800-555-0199
""",
    note="background check authorization request")

add("job_other",
    "References for Derek Olsen",
    "Karen Liu <kliu@ostrandermfg.example>",
    {},
    """
Hi Derek,

Great speaking again yesterday. As the final step before we put together an offer, could you send me contact details for three professional references? Ideally at least one former manager and one person who worked for you.

Name, title, relationship, phone and email is all I need. We'll only contact them after you've given them a heads up.

Thanks,
Karen
""",
    note="reference request late in a process")

add("job_other",
    "Withdrawal of candidacy confirmed",
    "Andrew Pike <apike@harrowcapital.example>",
    {},
    """
Derek,

Thanks for letting me know. I've withdrawn your candidacy for the Director of Finance & Analytics role and informed the hiring team. Congratulations on the Ostrander offer, that's a great outcome.

If things change down the road, you know where to find me.

Best,
Andrew Pike
Talent Partner, Harrow Capital
""",
    note="confirmation of the candidate's own withdrawal")

add("job_other",
    "Re: Vantage Row offer",
    "Elise Durant <edurant@vantagerow.example>",
    {"In-Reply-To": "<DO-decline-vantagerow@olsenfamily.example>"},
    """
Derek,

We're disappointed, of course, but I understand. Thank you for being so direct with me and for letting us know before the holiday. I've let Sanjay know you've decided to decline the offer.

Best of luck at Ostrander. If it doesn't turn out to be what you hoped, please call me.

Elise

Elise Durant
Head of People, Vantage Row Analytics

> Elise, thank you again for the offer and for the flexibility on the start date.
> After a lot of back and forth with my family I've decided to accept another
> role, so I'm going to decline. It wasn't an easy call.
> Derek
""",
    note="employer acknowledging the candidate declining an offer")

add("job_other",
    "Director of FP&A role - timing",
    "Shawn Mercer <smercer@lumina-retail.example>",
    {},
    """
Hi Derek,

I wanted to give you an honest update. Our Director of FP&A requisition is temporarily on hold while the leadership team finalizes the 2027 budget. This isn't a reflection on you, and your application remains active.

We expect to have clarity in mid-January. As soon as the role is released I'll reach out to schedule your conversation with our CFO.

Thanks for bearing with us,
Shawn Mercer
Senior Recruiter, Lumina Retail Group
""",
    note="requisition on hold, application explicitly kept active")

add("job_other",
    "Re: Aldine / next round",
    "Tom Brennan <tbrennan@crestmarksearch.example>",
    {"In-Reply-To": "<DO-20261028-0912@olsenfamily.example>"},
    """
Derek - I regret not getting back to you sooner, crazy week. Good news though: Aldine wants you back for a second round with the CFO and the head of commercial. They're proposing Thursday Nov 5 or Monday Nov 9 in the morning. Which works?

Tom

> Tom, any word from Aldine? It's been 10 days since the first interview.
""",
    note="recruiter apology followed by next-round invitation")

add("job_other",
    "How did we do? Tell us about your interview with Calloway Foods",
    "Calloway Foods Talent Acquisition <survey@callowayfoods.example>",
    {"List-Unsubscribe": "<mailto:survey-optout@callowayfoods.example>"},
    """
Hi Derek,

You recently interviewed with Calloway Foods. We'd love to hear about your experience - what went well and what we could do better.

The survey takes about 3 minutes, and your answers are anonymous and will not affect your candidacy in any way.

Take the survey: https://survey.callowayfoods.example/cx/26-3318

Thank you,
Calloway Foods Talent Acquisition
""",
    note="candidate experience survey, no decision")

# --- Derek: ham ---

add("ham",
    "Your refinance application",
    "Northfield Bank Home Lending <homelending@northfield-bank.example>",
    {},
    """
Dear Derek and Jennifer Olsen,

Thank you for your application to refinance your mortgage on the property at 2217 W. Hollywood Ave.

After reviewing your application, we regret that we are unable to approve your request at this time. The principal reasons for our decision are:

- Loan-to-value ratio exceeds program maximum
- Insufficient length of current employment

You have the right to a free copy of the credit report used in this decision if you request it within 60 days. A formal adverse action notice, including the name of the credit reporting agency, is being sent to you by mail.

If you have questions, please contact your loan officer, Dennis Hart, at 312-555-0190.

Northfield Bank Home Lending
Equal Housing Lender. NMLS #000000
""",
    note="mortgage refinance refusal")

add("ham",
    "tonight",
    "Jen Olsen <jen.olsen@olsenfamily.example>",
    {},
    """
can you grab Ellie from hockey at 5:30? i'm stuck at work til 7. theres leftover chili in the fridge. also we're out of milk

love you
J
""",
    note="spouse about school pickup")

add("ham",
    "The Monday Ledger: What a no can teach you",
    "The Monday Ledger <hello@mondayledger.example>",
    {"List-Unsubscribe": "<https://mondayledger.example/unsubscribe?u=4412>", "Precedence": "bulk"},
    """
THE MONDAY LEDGER
Issue #212 - December 7, 2026

What a "no" can teach you

Every finance leader I've interviewed for this newsletter has a story about rejection: the promotion that went to someone else, the deal that fell apart at the last minute, the board that said "not this year." This week, three CFOs tell me how they handled it.

1. "Ask for the real reason, then sit with it for a week before deciding whether it's right." - a CFO at a regional bank
2. "I kept a folder of every rejection letter. Reading them now is oddly motivating."
3. "The deal we lost taught us more about our pricing than the ten we won."

ALSO THIS WEEK
- Why rolling forecasts still fail in year two
- Reader mailbag: Is the 13-week cash flow dead?

Forwarded this? Subscribe at mondayledger.example.
You're receiving this because you subscribed. Unsubscribe | Update preferences
""",
    note="finance newsletter about dealing with rejection")

add("ham",
    "Squirts Travel Team Tryout Results",
    "North Shore Youth Hockey <registrar@nsyouthhockey.example>",
    {"Reply-To": "coaches@nsyouthhockey.example"},
    """
Dear Olsen Family,

Thank you for participating in tryouts for the 2026-27 Squirt travel teams. We had 64 skaters try out for 30 spots this season.

Unfortunately, Ellie was not selected for a travel roster this year. We know this news is disappointing. Every player is guaranteed a spot on our house league, and Ellie has been placed on the Blue team, which practices Tuesdays and Saturdays.

Coaches' evaluation notes are available on request. Please email coaches@nsyouthhockey.example.

See you on the ice,
NSYH Board
""",
    note="child's sports tryout result, rejection words but not a job")

add("ham",
    "Your Lakefront Electric bill is ready",
    "Lakefront Electric <billing@lakefrontelectric.example>",
    {},
    """
Hi Derek,

Your bill for account ending 4471 is ready.

Amount due: $187.43
Due date: December 21, 2026

AutoPay is on. We'll deduct the amount from your checking account ending 0093 on the due date.

View your bill: https://my.lakefrontelectric.example

Lakefront Electric
""",
    note="utility bill notification")

add("ham",
    "Annual Assessment & Snow Removal",
    "Hollywood Park Townhome Association <board@hollywoodparkhoa.example>",
    {},
    """
Dear Homeowners,

A reminder that the 2027 annual assessment of $2,400 is due January 15. Payment can be made by check to the management office or online through the resident portal.

Snow removal will begin once accumulation reaches 2 inches. Please keep vehicles off the shared drive on plowing days. Salt bins have been refilled at both ends of the complex.

The next board meeting is January 20 at 7 PM in the community room.

Thank you,
HPTA Board of Directors
""",
    note="homeowners association notice")

add("ham",
    "golf trip + my pitch",
    "Mike Sorensen <mike.sorensen@gmail.com>",
    {},
    """
Olsen -

Scottsdale is booked, March 12-15. $450 each for the house, tee times TBD. Venmo me when you get a sec.

Also FYI the VC thing is dead. Every single fund passed, the last one said we're "too early for them and too late for angels," whatever that means. Back to the drawing board. Beers when you're back from the holidays?

Mike
""",
    note="friend about a golf trip and his own startup pitch being turned down")


# ---------------------------------------------------------------------------
# Persona 3: Hannah Whitfield, Leeds (UK), marketing professional applying to
# private employers, recruitment agencies, a council and public bodies.
# ---------------------------------------------------------------------------

add("rejection",
    "Wharfedale Cider - feedback",
    "Jess Oduya <jess.oduya@penninetalent.example>",
    {},
    """
Hi Hannah,

Hope you're well! Just had feedback from Wharfedale Cider Co on the Brand Marketing Manager role. Gutted to say they've gone with another candidate - she's come from a B2B drinks distributor and they felt that trade marketing experience tipped it.

They did say your presentation was brilliant and the MD particularly liked the idea about the taproom events, so please don't be disheartened.

I'll give you a ring tomorrow to chat through it and a couple of other bits I'm working on.

Speak soon,
Jess

Jess Oduya
Senior Consultant - Marketing & Digital
Pennine Talent Ltd | 0113 496 0821
Pennine Talent Ltd is registered in England and Wales no. 09999999. We act as an employment agency in relation to permanent roles.
""",
    company="Wharfedale Cider", job_title="Brand Marketing Manager", contact="Jess Oduya",
    note="UK agency consultant relays the client's decision")

add("rejection",
    "Your application: Communications Officer (Ref CMC-2291)",
    "Calderbridge Council Recruitment <recruitment@calderbridge.gov.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Hannah Whitfield

Post: Communications Officer
Reference: CMC-2291
Directorate: Strategy & Communities

Thank you for your interest in the above post with Calderbridge Metropolitan Council.

The shortlisting panel has now considered all applications against the essential and desirable criteria in the person specification. We regret to inform you that you have not been shortlisted for interview on this occasion.

Due to the volume of applications, we are unable to provide individual feedback at the shortlisting stage.

We would encourage you to continue to look at our vacancies on our website.

Yours sincerely

HR Recruitment Team
Calderbridge Metropolitan Council

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Calderbridge Metropolitan Council may monitor email traffic data and content.
""",
    company="Calderbridge Metropolitan Council", job_title="Communications Officer", contact="",
    note="UK council 'not shortlisted on this occasion' with legal footer")

add("rejection",
    "Outcome of your application - 00291744",
    "Department for Coastal Resilience Recruitment <noreply@dcr-recruitment.gov.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Hannah,

Vacancy: 00291744 - Senior Communications Adviser (HEO)

Thank you for applying for the above role.

We have now completed the sift. Unfortunately, you have not been successful on this occasion.

Your sift scores were:
Behaviour - Communicating and Influencing: 3
Behaviour - Working Together: 4
Personal statement: 3

The pass mark for this campaign was a minimum of 4 in each element.

Feedback from the panel: "Good examples, but the statement would have been stronger with clearer evidence of measurable outcomes from campaigns."

Please do not reply to this email as this mailbox is not monitored. If you have any questions, contact the vacancy holder named in the advert.

Department for Coastal Resilience
""",
    company="Department for Coastal Resilience", job_title="Senior Communications Adviser (HEO)", contact="",
    note="civil-service style sift outcome with scores and pass mark")

add("rejection",
    "Application update: Digital Engagement Lead (Band 6)",
    "Ridings Community Health Trust <jobs@ridingshealth.example>",
    {},
    """
Dear Hannah,

Thank you for your application for the post of Digital Engagement Lead (Band 6), reference RCH-26-0412.

We are sorry to tell you that you have not been shortlisted on this occasion.

Thank you for your interest in working for Ridings Community Health Trust.

Regards,
Recruitment Services
""",
    company="Ridings Community Health Trust", job_title="Digital Engagement Lead (Band 6)", contact="",
    note="short public health trust rejection")

add("rejection",
    "Content Marketing Manager",
    "Olly Brigstock <olly@northernloop.example>",
    {},
    """
Hi Hannah,

Thanks so much for coming in on Thursday and meeting the team - it was a really good conversation and I enjoyed hearing about the podcast launch you ran.

I'm afraid on this occasion we've decided to offer the role to another candidate who's got a bit more experience managing freelancers, which is a big part of the job here.

I know that's not what you were hoping to hear. If it's useful I'm happy to give some more detailed feedback over the phone, just let me know a good time.

All the best,
Olly

Olly Brigstock
Head of Content | Northern Loop Media
Mill 3, Sunny Bank Mills, Leeds
""",
    company="Northern Loop Media", job_title="Content Marketing Manager", contact="Olly Brigstock",
    note="UK hiring manager's post-interview rejection, 'I'm afraid on this occasion'")

add("rejection",
    "Hopscotch Travel - Senior Marketing Executive",
    "Freya Lund <recruiting@hopscotch-travel.example>",
    {"Reply-To": "freya.lund@hopscotch-travel.example"},
    """
Hi Hannah,

Thanks for your application for Senior Marketing Executive at Hopscotch Travel.

We've now completed shortlisting and won't be inviting you to the next stage.

Thank you for the time you took to apply.

Freya Lund
People & Culture
Hopscotch Travel

Sent via Personio
""",
    company="Hopscotch Travel", job_title="Senior Marketing Executive", contact="Freya Lund",
    note="plain short mail: 'won't be inviting you to the next stage'")

add("rejection",
    "Your application to Gilded Finch Hotels",
    "Gilded Finch Hotels Careers <careers@apply.workable.com>",
    {"Reply-To": "noreply@apply.workable.com"},
    """
Dear Hannah,

Thank you for applying for the Social Media Manager role at Gilded Finch Hotels. We are a family-owned group of eight boutique hotels across Yorkshire and the Lake District, and every new member of our team helps shape the experience our guests remember.

We have had an exceptional response to this advertisement and have read every application carefully. Having reviewed yours against the requirements of the role, we will not be taking your application further.

How we use your data
Gilded Finch Hotels Ltd is the data controller for the personal information you provided in your application. We process this information for the purpose of recruitment on the basis of our legitimate interests. We will retain your application for six (6) months from the date of this message, after which it will be securely deleted, unless you have consented to us keeping it for longer so that we can contact you about future vacancies. You have the right to request access to, correction of, or erasure of your personal data, and to lodge a complaint with the Information Commissioner's Office. To exercise any of these rights, please contact dataprotection@gildedfinch.example.

We wish you every success.

Kind regards,
The Gilded Finch Recruitment Team

Gilded Finch Hotels Ltd, Registered Office: The Old Granary, Masham, North Yorkshire. Registered in England No. 08888888.
""",
    company="Gilded Finch Hotels", job_title="Social Media Manager", contact="",
    note="Workable rejection surrounded by company blurb and GDPR text")

add("rejection",
    "Re: Marketing Lead interview - any update?",
    "Imogen Tate <imogen@saltairedesign.example>",
    {"In-Reply-To": "<HW-chase-0311@whitfield-mail.example>"},
    """
Hi Hannah,

Oh no, I'm so sorry - I thought Marcus had already emailed you! We appointed someone for the Marketing Lead role last week, so unfortunately we won't be taking things further with you.

Genuinely sorry for leaving you hanging, that's not how we like to do things. Thanks for being so patient.

Imogen

Imogen Tate
Studio Manager, Saltaire Design Studio

On 3 Dec 2026, at 09:14, Hannah Whitfield <hannah.whitfield@whitfield-mail.example> wrote:

> Hi Imogen,
>
> I hope you're well. I just wanted to follow up on my interview for the
> Marketing Lead role on 20th November - I was told I'd hear back within a
> week, so I thought I'd check in.
>
> Many thanks,
> Hannah
""",
    company="Saltaire Design Studio", job_title="Marketing Lead", contact="Imogen Tate",
    note="apologetic reply to chase email, someone else appointed, quoted thread")

add("rejection",
    "Marketing Manager vacancy - withdrawn",
    "Deborah Cole <deborah.cole@brackenfieldha.example>",
    {},
    """
Dear Hannah,

Thank you for applying for the position of Marketing Manager at Brackenfield Housing Association.

I am writing to let you know that, following an internal restructure of our Communications and Customer Insight teams, the decision has been taken to withdraw this vacancy. We will therefore not be proceeding with any of the applications received, including yours.

Please accept our apologies for any inconvenience this may cause. Should a similar role be advertised in future, we would be pleased to receive an application from you.

Kind regards,

Deborah Cole
People Partner
Brackenfield Housing Association
""",
    company="Brackenfield Housing Association", job_title="Marketing Manager", contact="Deborah Cole",
    note="vacancy withdrawn after restructure, applications not proceeding")

add("rejection",
    "Your application to Digital Marketing Manager at Harlow Strand Legal",
    "LinkedIn <jobs-noreply@linkedin.com>",
    {"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    """
Harlow Strand Legal
Digital Marketing Manager · Leeds, England, United Kingdom

Thank you for your interest in the Digital Marketing Manager position at Harlow Strand Legal in Leeds. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Harlow Strand Legal.

Regards,
Harlow Strand Legal

Jobs similar to Digital Marketing Manager at Harlow Strand Legal
Marketing Manager - Kestrel Pensions - Leeds
Head of Digital - Moorland Group - Harrogate

This email was intended for Hannah Whitfield (Marketing Manager | Brand & Content)
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
""",
    company="Harlow Strand Legal", job_title="Digital Marketing Manager", contact="",
    note="LinkedIn-relayed rejection, UK/Ireland footer")

add("rejection",
    "Growth Marketing Manager - Liffey Analytics",
    "Ciara Brennan <ciara.brennan@liffeyanalytics.example>",
    {},
    """
Hi Hannah,

Thanks a million for taking the time to chat with myself and Declan on Monday.

We've had a good think about it and we won't be progressing your application for the Growth Marketing Manager role. To be honest the main thing was location - the team really needs someone in the Dublin office at least three days a week, and I know the relocation piece was still up in the air for you.

I'd love to keep in touch, and if we ever open a fully remote role in marketing you'll be the first person I call.

Best of luck with the search,
Ciara

Ciara Brennan
Talent Lead | Liffey Analytics
Grand Canal Dock, Dublin 2
""",
    company="Liffey Analytics", job_title="Growth Marketing Manager", contact="Ciara Brennan",
    note="Irish in-house recruiter, 'won't be progressing your application'")

# --- Hannah: job_other ---

add("job_other",
    "New jobs for marketing manager in Leeds",
    "reed.co.uk <jobalerts@reed.co.uk>",
    {"List-Unsubscribe": "<https://www.reed.co.uk/account/alerts/unsubscribe>"},
    """
Hi Hannah,

We've found 9 new jobs matching your alert: marketing manager, within 15 miles of Leeds.

Marketing Manager
£38,000 - £42,000 per annum · Leeds · Permanent, full-time
Kestrel Pensions

Marketing Manager (Hybrid)
£40,000 per annum · Wakefield · Permanent
Aire & Calder Building Supplies

Senior Marketing Executive
£32,000 - £35,000 · Bradford · Permanent
Recruiter: Harrogate Recruitment Partners

View all 9 jobs

You're receiving this email because you set up a job alert. Manage your alerts or unsubscribe.
""",
    note="UK job board alert")

add("job_other",
    "Great to chat - Kestrel Pensions role",
    "Rob Haigh <rob.haigh@harrogaterecruitment.example>",
    {},
    """
Hi Hannah,

Great to chat earlier. As discussed, here's the spec for the Marketing Manager role at Kestrel Pensions (attached). Salary up to £42k + 10% bonus, hybrid 2 days in the Leeds office.

Can you confirm by reply that you're happy for me to submit your CV to them? I'll tidy up the formatting a bit but won't change any content without checking with you.

Cheers,
Rob

Rob Haigh
Principal Consultant
Harrogate Recruitment Partners
""",
    note="agency asking permission to submit CV")

add("job_other",
    "Application received - Press and Media Officer (CMC-2318)",
    "Calderbridge Council Recruitment <recruitment@calderbridge.gov.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Hannah Whitfield

Thank you for your application for the post of Press and Media Officer (CMC-2318), which we have received.

Shortlisting will take place after the closing date of 18 December 2026. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you have not heard from us within three weeks of the closing date, please assume that your application has not been successful on this occasion.

Interviews are provisionally scheduled for w/c 11 January 2027.

HR Recruitment Team
Calderbridge Metropolitan Council
""",
    note="acknowledgement with conditional 'assume unsuccessful' clause, no decision yet")

add("job_other",
    "Invitation to interview - Marketing Manager, Kestrel Pensions",
    "Aisha Rahman <aisha.rahman@kestrelpensions.example>",
    {},
    """
Dear Hannah,

Thank you for your application for the role of Marketing Manager. We are pleased to invite you to interview.

Date: Friday 4 December 2026
Time: 10:00am
Location: Kestrel Pensions, 4th Floor, 1 Park Row, Leeds LS1 5HN
Panel: Aisha Rahman (Head of Marketing), Tom Lister (Customer Director)

As part of the interview, we would like you to deliver a 10-minute presentation on the following: "How would you increase engagement with our member newsletter among people under 35?" Please email your slides to me by 9am on the day.

Please confirm your attendance and let me know if you require any reasonable adjustments.

Kind regards,
Aisha Rahman
Head of Marketing
Kestrel Pensions
""",
    note="UK interview invitation with presentation task")

add("job_other",
    "Right to work check - documents needed",
    "Kestrel Pensions HR <hr@kestrelpensions.example>",
    {},
    """
Hi Hannah,

Ahead of your start, we need to carry out a right to work check. Please bring your original passport with you on your first day, or alternatively you can complete the check online using your share code at the link below before 4 January.

https://kestrelpensions.example/rtw

We'll also need your P45 from your current employer and your bank details for payroll - the new starter form is attached.

Thanks,
HR Team
""",
    note="pre-start document request")

add("job_other",
    "Conditional offer of employment",
    "Aisha Rahman <aisha.rahman@kestrelpensions.example>",
    {},
    """
Dear Hannah,

Following your interview on 9 December, I am delighted to offer you the position of Marketing Manager with Kestrel Pensions Ltd.

This offer is conditional upon:
- receipt of two satisfactory references, one of which must be from your current or most recent employer
- a satisfactory basic DBS check
- proof of your right to work in the UK

Salary: £41,500 per annum
Bonus: discretionary, up to 10%
Holiday: 27 days plus bank holidays
Hours: 35 per week, hybrid (2 days in the Leeds office)
Notice period: 1 month during probation, 3 months thereafter

Your contract will follow once the conditions have been met. Please confirm your acceptance by replying to this email.

Warm regards,
Aisha
""",
    note="UK conditional offer")

add("job_other",
    "Complete your Basic DBS application",
    "ClearPath Vetting <noreply@clearpathvetting.example>",
    {},
    """
Dear Hannah Whitfield,

Kestrel Pensions Ltd has asked ClearPath Vetting to process a Basic DBS check on your behalf.

Please complete your application using the link below. You will need:
- your address history for the last 5 years
- your National Insurance number
- three forms of identity (e.g. passport, driving licence, bank statement)

Start your application: https://apply.clearpathvetting.example/k/HW8823

The link will expire in 14 days.

ClearPath Vetting
""",
    note="DBS check request from a vetting provider")

add("job_other",
    "Re: withdrawing my application",
    "Freddie Marsh <freddie.marsh@moorlandgroup.example>",
    {"In-Reply-To": "<HW-withdraw-moorland@whitfield-mail.example>"},
    """
Hi Hannah,

Thanks for letting us know, and congratulations on the new role! I've withdrawn your application for Head of Digital so you won't receive any further emails about it.

All the best,
Freddie

Freddie Marsh
Talent Acquisition Partner, Moorland Group

> Hi Freddie, I've accepted another offer so I'd like to withdraw from the
> Head of Digital process. Thanks so much for your time. Hannah
""",
    note="confirmation of the candidate's own withdrawal")

add("job_other",
    "Re: Offer - Marketing Manager",
    "Lewis Carr <lewis.carr@aire-calder.example>",
    {"In-Reply-To": "<HW-decline-acbs@whitfield-mail.example>"},
    """
Hi Hannah,

Sorry to hear that you've decided not to accept our offer, but I completely understand - it sounds like a great opportunity. Thanks for letting me know so quickly.

Best of luck with everything,
Lewis

Lewis Carr
Operations Director
Aire & Calder Building Supplies
""",
    note="employer acknowledging the candidate declining an offer")

add("job_other",
    "Press and Media Officer - update",
    "Calderbridge Council Recruitment <recruitment@calderbridge.gov.example>",
    {},
    """
Dear Hannah

We regret that shortlisting for the Press and Media Officer post (CMC-2318) is taking longer than planned due to staff absence over the Christmas period.

The panel has not yet made any decisions. We now expect to contact shortlisted candidates by 15 January 2027, and interviews will take place during the week commencing 25 January.

Thank you for your patience.

HR Recruitment Team
Calderbridge Metropolitan Council
""",
    note="delay notice with 'regret', no decision made")

add("job_other",
    "Interview on Friday - change of date",
    "Aisha Rahman <aisha.rahman@kestrelpensions.example>",
    {},
    """
Hi Hannah,

Unfortunately one of our panel members is off unwell this week so we need to move your interview. Would Wednesday 9th at 2pm work instead? Same location and same presentation brief.

Apologies for the inconvenience!

Aisha
""",
    note="interview date change with 'unfortunately'")

add("job_other",
    "Join the Moorland Group talent pool",
    "Moorland Group Careers <careers@moorlandgroup.example>",
    {"List-Unsubscribe": "<https://careers.moorlandgroup.example/unsubscribe>"},
    """
Hi Hannah,

Thanks for your recent application to Moorland Group. Did you know you can also join our talent pool?

Members of the talent pool are the first to hear about new roles across our brands, get invites to our open evenings in Harrogate and York, and can update their CV at any time.

Join in one click: https://careers.moorlandgroup.example/talent-pool

Moorland Group Careers
""",
    note="talent pool invitation after applying")

add("job_other",
    "Fwd: Marketing Manager - my place is hiring!!",
    "Sophie Dunn <sophiedunn88@gmail.com>",
    {},
    """
Han!! Saw this come round on our intranet and thought of you immediately. Team is lovely and my manager would be your boss's boss. Want me to put you forward? We get a referral bonus so you'd be doing me a favour haha

xx Soph

---------- Forwarded message ---------
From: Internal Vacancies <vacancies@harlowstrand.example>
Date: Mon, 7 Dec 2026 at 10:02
Subject: Internal vacancy: Marketing Manager (Leeds)
To: All Staff

We are recruiting for a Marketing Manager to join the Business Development team in Leeds. The role will lead our brand, events and digital marketing for the Northern offices.

Referrals are welcome - successful referrals qualify for a £1,000 bonus under the staff referral scheme.

Closing date: 21 December 2026.
""",
    note="former colleague forwards an internal vacancy and offers a referral")

# --- Hannah: ham ---

add("ham",
    "14 Headingley Mount - application update",
    "Oakwood Lettings <lettings@oakwoodlettings.example>",
    {},
    """
Hi Hannah,

Thank you for viewing and applying for 14 Headingley Mount.

Unfortunately the landlord has decided to go ahead with another applicant for this property. Your holding deposit has not been taken, so there is nothing to refund.

We have a similar two-bed on Cardigan Road coming up in January - let me know if you'd like to view it.

Kind regards,
Ben
Oakwood Lettings, Headingley
""",
    note="flat rental application turned down by letting agent")

add("ham",
    "Sunday",
    "Mum <carolwhitfield@btinternet.example>",
    {},
    """
Hello love

Are you coming for dinner Sunday? Dad's doing beef. Your brother is bringing the new girlfriend so be nice.

Also did you ever find that blue casserole dish? I think you took it when you moved.

Mum xx
""",
    note="mother about Sunday dinner")

add("ham",
    "Leeds Wayfarers CC - December newsletter",
    "Leeds Wayfarers Cycling Club <news@leedswayfarers.example>",
    {"List-Unsubscribe": "<https://leedswayfarers.example/newsletter/unsubscribe>", "Precedence": "bulk"},
    """
LEEDS WAYFARERS CC - DECEMBER NEWSLETTER

Festive Ride
Our annual mince pie ride is on Sunday 20th December, leaving Golden Acre Park at 9:30. Tinsel on bikes strongly encouraged.

AGM
The AGM will be held on 14 January at the Fox & Newt. Nominations for committee roles close on 31 December.

Winter kit
The 2027 kit order window is open until 10 January. Sizes run small!

Ride safe,
The Committee

You're receiving this because you're a member of Leeds Wayfarers CC. Unsubscribe.
""",
    note="cycling club newsletter")

add("ham",
    "Your Council Tax bill for 2026/27 - reminder",
    "Calderbridge Council <counciltax@calderbridge.gov.example>",
    {},
    """
Dear Ms H Whitfield

Account reference: 40029817

Our records show that your December instalment of £148.00 has not yet been received. Please make payment by 15 December 2026 to avoid a reminder notice being issued.

You can pay online at calderbridge.gov.example/pay or set up a Direct Debit.

If you have already paid, please ignore this email.

Council Tax Services
Calderbridge Metropolitan Council
""",
    note="council tax reminder from the same council she applied to")

add("ham",
    "no funding :(",
    "Priya Sandhu <p.sandhu@leeds-uni.example>",
    {},
    """
Hey hun,

So the studentship decision came through this morning and I didn't get it. 120 applicants for 3 funded places apparently. They said I can still do the PhD self-funded but lol with what money.

Honestly fine, just need a wine and a moan. Are you free Thursday?

P x
""",
    note="friend about her own PhD funding refusal")

add("ham",
    "Your credit card application",
    "Moorgate Bank <noreply@moorgatebank.example>",
    {},
    """
Dear Ms Whitfield,

Thank you for applying for a Moorgate Platinum Rewards Credit Card.

We're sorry, but on this occasion we're unable to offer you this card. This decision was based on information from your application and from credit reference agencies.

This will not affect any existing accounts you hold with us. You can find out more about how we make lending decisions, and how to request a copy of your credit file, at moorgatebank.example/declined.

Moorgate Bank plc is authorised by the Prudential Regulation Authority.
""",
    note="credit card application declined")


# ---------------------------------------------------------------------------
# Persona 4: Luis Ortega, Phoenix area (US), hourly and trades work:
# HVAC, warehouse, driving, maintenance; Indeed, staffing agencies, small
# businesses and a city government job portal.
# ---------------------------------------------------------------------------

add("rejection",
    "An update on your application",
    "Indeed <donotreply@match.indeed.com>",
    {"List-Unsubscribe": "<https://www.indeed.com/unsubscribe>"},
    """
Warehouse Associate - 2nd Shift
Saguaro Distribution - Tolleson, AZ

An update from Saguaro Distribution
Thank you for applying. The employer has reviewed your application and decided not to move forward at this time.

Don't give up - jobs like this were posted in the last 24 hours:

Order Picker - Full Time - $19.50/hr
Tempe Cold Storage - Tempe, AZ

Material Handler
Copper State Beverage - Phoenix, AZ

Find jobs: https://www.indeed.com

Indeed, 6433 Champion Grandview Way, Austin, TX 78750
You received this email because you applied to a job on Indeed. Unsubscribe.
""",
    company="Saguaro Distribution", job_title="Warehouse Associate - 2nd Shift", contact="",
    note="Indeed relaying an employer's 'not moving forward'")

add("rejection",
    "tech job",
    "Ray Dominguez <ray@desertairhvac.example>",
    {},
    """
Luis

thanks for coming by the shop tuesday. we went ahead and filled the HVAC service tech spot with a guy that already has his EPA universal and 3 yrs on resi. your a hard worker i can tell, get your 608 cert and call me in the spring, we always get busy in april

Ray Dominguez
Desert Air Heating & Cooling
602-555-0114
""",
    company="Desert Air Heating & Cooling", job_title="HVAC service tech", contact="Ray Dominguez",
    note="small-business owner, lowercase and typos, spot filled")

add("rejection",
    "Your Application Status with City of Saguaro Springs",
    "City of Saguaro Springs <noreply@governmentjobs.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Luis Ortega,

Thank you for your interest in employment with the City of Saguaro Springs.

Your application for the position of Water Utility Worker I (Recruitment #26-0871) has been reviewed. Based on the information provided, it has been determined that you do not meet the minimum qualifications as stated in the job announcement for the following reason(s):

- Possession of a valid Arizona Department of Environmental Quality Grade 1 Water Distribution certification at time of application

Your application will not be considered further for this recruitment. You may appeal this determination in writing within five (5) business days of the date of this notice by emailing hr@saguarosprings.gov.example.

Sincerely,
Human Resources Department
City of Saguaro Springs

Please do not reply to this email.
""",
    company="City of Saguaro Springs", job_title="Water Utility Worker I", contact="",
    note="public-sector minimum-qualifications rejection via government jobs portal")

add("rejection",
    "Delivery Driver position",
    "Tina Marsh <tina.marsh@redmesacourier.example>",
    {},
    """
Hi Luis,

Thank you for your patience while we finished your pre-employment checks for the Delivery Driver position.

Our insurance carrier requires drivers to have no more than one moving violation in the last three years. Your motor vehicle record shows two, so unfortunately we are unable to offer you employment at this time and are withdrawing the conditional offer from November 20.

You are entitled to a copy of your motor vehicle report and a summary of your rights under the Fair Credit Reporting Act; both are attached to this email. If you believe the record is inaccurate, you may dispute it with the Arizona MVD.

You are welcome to reapply once your record meets our requirements.

Tina Marsh
HR Coordinator
Red Mesa Courier
""",
    company="Red Mesa Courier", job_title="Delivery Driver", contact="Tina Marsh",
    note="conditional offer withdrawn after driving record check")

add("rejection",
    "forklift assignment",
    "Veronica Ruiz <vruiz@staffwiseaz.example>",
    {},
    """
Hey Luis, it's Veronica from Staffwise.

Just heard back from Sunbelt Packaging at the Tolleson plant. They aren't going to bring you on for the forklift operator assignment, they went with someone who had sit-down and stand-up experience both. Sorry!

I still have you active in our system and I've got a couple general labor spots opening up after the 1st. I'll text you.

Veronica Ruiz
Staffing Specialist | Staffwise
Office: 623-555-0162
""",
    company="Sunbelt Packaging", job_title="forklift operator", contact="Veronica Ruiz",
    note="staffing agency relays client's no for a temp assignment")

add("rejection",
    "Thanks for your interest in Canyon Home Supply",
    "Canyon Home Supply Careers <careers@canyonhomesupply.example>",
    {},
    """
Hi Luis,

Thanks for your interest in the Stock Associate - Overnight position at store #0417 (Glendale, AZ).

We've decided to move forward with other candidates for this role.

Keep an eye on careers.canyonhomesupply.example for other openings near you, we hire year round.

Canyon Home Supply
""",
    company="Canyon Home Supply", job_title="Stock Associate - Overnight", contact="",
    note="retail chain hourly rejection, one sentence decision")

add("rejection",
    "Application Status: Position Filled",
    "Palo Verde Apartments via ApplicantPro <noreply@applicantpro.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Hello Luis,

Your application status has changed.

Job: Maintenance Technician
Company: Palo Verde Apartments
New status: Position Filled

Thank you for applying.
""",
    company="Palo Verde Apartments", job_title="Maintenance Technician", contact="",
    note="short ATS status notice, decision only in a status line")

add("rejection",
    "Re: helper job",
    "Mike Castillo <castilloroofing@gmail.com>",
    {"In-Reply-To": "<CAM9x-luis-ortega-helper@mail.gmail.com>"},
    """
sorry bud, ended up giving the roofing helper job to my nephew for the summer, family thing you know how it is. good luck out there

Mike
Castillo Roofing

On Mon, Dec 7, 2026 at 7:02 AM Luis Ortega <luis.ortega.az@gmail.com> wrote:
> hey mike its luis, just checking if you guys decided on the helper job yet. i can start whenever
""",
    company="Castillo Roofing", job_title="roofing helper", contact="Mike Castillo",
    note="two-line lowercase reply from a roofer, job given to family")

# --- Luis: job_other ---

add("job_other",
    "Luis, 8 new jobs near Phoenix, AZ",
    "Indeed <alert@indeed.com>",
    {"List-Unsubscribe": "<https://www.indeed.com/alert/unsubscribe>"},
    """
Jobs for hvac helper in Phoenix, AZ

HVAC Install Helper
Sonoran Mechanical - Phoenix, AZ
$18 - $21 an hour - Easily apply

HVAC Apprentice - Will Train
Cool Breeze Air Pros - Mesa, AZ
$17 an hour

Residential HVAC Technician
Valley Comfort Services - Peoria, AZ
$22 - $30 an hour - Urgently hiring

See all jobs

Indeed will not charge you for applying. Manage your job alerts.
Unsubscribe from this alert
""",
    note="Indeed job alert")

add("job_other",
    "interview thursday?",
    "Danny Ochoa <danny@sonoranmech.example>",
    {},
    """
Luis - saw your application for the install helper job. Can you come by the shop Thursday at 10 for an interview? 4120 W Buckeye Rd. Bring your drivers license and wear closed toe shoes, we might have you ride along for an hour.

Reply or text me at 602-555-0183

Danny
Field Supervisor, Sonoran Mechanical
""",
    note="short interview invitation from a trades employer")

add("job_other",
    "Assignment confirmation - report Monday",
    "Staffwise Scheduling <schedule@staffwiseaz.example>",
    {},
    """
Hi Luis,

You're confirmed for the following assignment:

Client: Copper State Beverage
Position: General Labor / Case Picker
Address: 2900 S 43rd Ave, Phoenix, AZ
Start: Monday, Jan 4, 2027 at 6:00 AM
Pay rate: $18.25/hr, weekly pay
Dress code: steel toe boots required, no shorts

Check in with the security gate and ask for Andre. Please reply YES to confirm.

Staffwise
""",
    note="staffing assignment confirmation")

add("job_other",
    "Action Required: Drug Screen - Sonoran Mechanical",
    "Sonoran Mechanical HR <hr@sonoranmech.example>",
    {},
    """
Hi Luis,

Congratulations on your conditional offer! The next step is a pre-employment drug screen.

Please go to any of the locations below within 48 hours of this email with a photo ID. The donor pass is attached.

- Valley Occupational Health, 1515 W Indian School Rd, Phoenix
- QuickLab Clinic, 7111 W Bell Rd, Glendale

Results usually take 2-3 business days. Once we have them, we'll confirm your start date.

Thanks,
Sonoran Mechanical HR
""",
    note="drug screen scheduling after conditional offer")

add("job_other",
    "Thank you for applying: Maintenance Worker II",
    "City of Saguaro Springs <noreply@governmentjobs.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Luis Ortega,

Thank you for applying for Maintenance Worker II (Recruitment #26-0902) with the City of Saguaro Springs. Your application was received on 11/16/2026.

Applications will be reviewed after the closing date. Applicants who meet the minimum qualifications will be invited to a skills assessment. You will be notified by email of your status at each step of the process.

You can check your application status at any time by logging in to your account at governmentjobs.com.

Human Resources Department
City of Saguaro Springs
""",
    note="public-sector application acknowledgement")

add("job_other",
    "Open Interviews This Saturday - Canyon Home Supply",
    "Canyon Home Supply Careers <careers@canyonhomesupply.example>",
    {"List-Unsubscribe": "<https://careers.canyonhomesupply.example/unsubscribe>"},
    """
WE'RE HIRING FOR THE HOLIDAYS!

Open interviews this Saturday, Dec 12, 9am - 3pm at all Phoenix-area stores.
Cashiers, Freight Team, Lot Associates, Pro Desk. Starting at $17.50/hr.

No appointment needed. Bring a photo ID. Many candidates receive an offer the same day.

You're receiving this because you created a candidate profile with Canyon Home Supply.
Unsubscribe
""",
    note="hiring event invite to a past applicant")

add("job_other",
    "working interview",
    "Hector Salas <hector@coolbreezeair.example>",
    {},
    """
luis unfortunately were closed on the 24th so can you do the working interview on the 28th instead? 7am at the mesa shop. bring gloves

Hector
Cool Breeze Air Pros
""",
    note="working interview date change with 'unfortunately'")

add("job_other",
    "Offer - HVAC Install Helper",
    "Danny Ochoa <danny@sonoranmech.example>",
    {},
    """
Luis,

Good meeting you Thursday. We'd like to offer you the HVAC Install Helper position.

$20/hr to start, raise to $21.50 after 90 days if things go good
Mon-Fri 6am-2:30pm, some Saturdays in summer (OT paid)
Medical after 60 days
Company truck for installs, you ride with Jesse

Start date would be Monday Jan 11 if your drug test clears. Let me know if you accept and I'll have HR send paperwork.

Danny
""",
    note="hourly job offer")

add("job_other",
    "Eligible List Notification - Maintenance Worker II",
    "City of Saguaro Springs <noreply@governmentjobs.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Luis Ortega,

Congratulations! Based on your results in the skills assessment for Maintenance Worker II (Recruitment #26-0902), your name has been placed on the eligible list.

Rank: 7
Score: 84.5

Eligible lists are valid for twelve (12) months. Hiring departments select candidates from the eligible list as vacancies occur. Placement on the list does not guarantee an interview or employment. You will be contacted directly if a department wishes to interview you.

Human Resources Department
City of Saguaro Springs
""",
    note="placement on a public-sector eligible list, still pending")

add("job_other",
    "Re: job offer",
    "Brandon Pryor <bpryor@valleycomfort.example>",
    {"In-Reply-To": "<CAM9x-luis-decline-vcs@mail.gmail.com>"},
    """
Luis no worries at all, sorry it didn't work out timing wise. Good luck at Sonoran, those guys are solid. If you ever want to make the move to service, give me a call.

Brandon

Brandon Pryor
Service Manager | Valley Comfort Services

> Hi Brandon, thank you for the offer but I already said yes to another company
> and start Monday. Sorry and thanks for your time. Luis
""",
    note="employer acknowledging the candidate turning down an offer")

add("job_other",
    "Your application is incomplete",
    "Cool Breeze Air Pros <jobs@coolbreezeair.example>",
    {},
    """
Hi Luis,

We got your application for HVAC Apprentice - Will Train, but it's missing a couple things:

- Copy of your driver's license (front)
- Any certifications (OSHA 10, EPA 608 if you have it)

Please upload these at the link below within 7 days so we can review your application.

https://coolbreezeair.example/apply/continue/LO2291

Thanks!
Cool Breeze Air Pros Hiring Team
""",
    note="request for missing application documents")

# --- Luis: ham ---

add("ham",
    "Update on your auto loan application",
    "Sun Valley Federal Credit Union <loans@sunvalleyfcu.example>",
    {},
    """
Dear Luis Ortega,

Thank you for applying for an auto loan with Sun Valley Federal Credit Union.

We regret to inform you that we are unable to approve your application for a loan of $24,800 at this time. The main reasons for this decision are:

1. Insufficient credit history
2. Debt-to-income ratio

A written notice of adverse action with details about your credit report will be mailed to you. You may be able to qualify with a co-signer or a larger down payment. Call us at 480-555-0102 to talk to a loan specialist.

Sun Valley Federal Credit Union
Federally insured by NCUA
""",
    note="car loan refused")

add("ham",
    "la quince de Ari",
    "Marisol Ortega <marisol.ortega22@gmail.com>",
    {},
    """
Luis!! ok so mom says you have to be a chambelán for Ari's quince, no excuses. practice is Sundays at 4 at tía Rosa's starting in january. you need black pants and the vest we're ordering, I need your size by Friday

also mom says ven a comer el domingo, she's making pozole

te quiero hermanito
Mari
""",
    note="sister about a cousin's quinceañera, English with Spanish phrases")

add("ham",
    "Your Desert Mobile bill is ready",
    "Desert Mobile <billing@desertmobile.example>",
    {},
    """
Hi Luis,

Your December bill is ready.

Account: ****8812
Amount due: $65.00
Due: 12/18/2026

Pay now: https://desertmobile.example/pay

Desert Mobile
""",
    note="phone bill")

add("ham",
    "Pest control service - Tuesday",
    "Vista Ridge Apartments <office@vistaridgeapts.example>",
    {},
    """
Dear Residents,

Quarterly pest control service will take place this Tuesday, December 15, between 9am and 3pm for Buildings C and D.

Please clear the areas under your kitchen and bathroom sinks and keep pets secured. If you do not want service in your unit, please let the office know by Monday.

Thank you,
Vista Ridge Apartments Management
""",
    note="landlord notice")

add("ham",
    "Spring league placement",
    "West Valley Softball <commissioner@wvsoftball.example>",
    {},
    """
Hi Luis,

Thanks for coming out to the evaluation day for spring league. Unfortunately you didn't make the roster for the competitive Division A this season, the teams were pretty stacked. We've placed you on the Division C Rattlers, who play Wednesday nights at Rio Vista Park.

Team fee is $60, due at the first game. Welcome aboard!

Gil Navarro
Commissioner, West Valley Softball
""",
    note="rec sports league placement, rejection-like wording but not a job")

add("ham",
    "Holiday Deals: 25% Off Batteries & Wipers",
    "Sunline Auto Parts Rewards <deals@sunlineauto.example>",
    {"List-Unsubscribe": "<https://sunlineauto.example/unsubscribe>", "Precedence": "bulk"},
    """
Luis, your holiday deals are here!

25% OFF car batteries - free installation in store
Buy 1 wiper blade, get 1 50% off
Double rewards points through 12/24

Shop now or find your nearest store.

You have 340 rewards points.

You are receiving this email because you signed up for Rewards. Unsubscribe | Privacy Policy
""",
    note="auto parts store promotional email")


# ---------------------------------------------------------------------------
# Persona 5: Aarav Mehta, Toronto (Canada), QA / test automation engineer who
# moved from Pune; banks, insurers, IT staffing agencies, a transit agency,
# an Indian IT firm; family mail in English with Hindi words.
# ---------------------------------------------------------------------------

add("rejection",
    "Your application for QA Analyst II",
    "Dominion Harbour Bank Careers <dhbcareers@myworkday.com>",
    {"Auto-Submitted": "auto-generated"},
    """
Hello Aarav,

Thank you for applying for the QA Analyst II role (Req ID 2026-77104) at Dominion Harbour Bank.

We appreciate your interest in building your career with us. After reviewing your application, we have decided not to proceed with your application for this role.

We encourage you to explore other opportunities and to set up job alerts on our careers site.

Dominion Harbour Bank is committed to an inclusive and accessible recruitment process. If you require an accommodation during any stage of the recruitment process, please contact us.

Kind regards,
Talent Acquisition
Dominion Harbour Bank
""",
    company="Dominion Harbour Bank", job_title="QA Analyst II", contact="",
    note="Canadian bank Workday rejection")

add("rejection",
    "Norrell Insurance - Senior QA Analyst - update",
    "Priyanka Sethi <priyanka.sethi@maplebridgestaffing.example>",
    {},
    """
Hi Aarav,

Hope you are doing well.

I got feedback from the hiring manager at Norrell Insurance for the Senior QA Analyst (Guidewire) role. They have decided to proceed with other candidates who have Canadian insurance domain experience, so we will not be moving ahead with your profile for this position.

I know this is disappointing after two rounds. Your technical interview feedback was positive, especially the API testing part. I will keep your profile active and share any new suitable requirements with you.

Thanks & Regards,
Priyanka Sethi
Senior Technical Recruiter
Maple Bridge Staffing Inc. | Mississauga, ON
Direct: 905-555-0147
""",
    company="Norrell Insurance", job_title="Senior QA Analyst (Guidewire)", contact="Priyanka Sethi",
    note="IT staffing recruiter relays client's rejection after two rounds")

add("rejection",
    "Test Automation Engineer - decision",
    "Marc-André Gagnon <ma.gagnon@fieldstonehealth.example>",
    {},
    """
Hi Aarav,

Thanks for your time on Tuesday and for the walkthrough of your Playwright framework - it was clear you've built real things.

After talking with the team, we've decided not to move forward with your candidacy for the Test Automation Engineer position. The main gap for us was mobile automation (Appium/XCUITest), which is about half the work on this team right now.

I'd be happy to reconnect if we open a web-focused role in the new year.

Regards,
Marc-André Gagnon
Engineering Manager, Quality
Fieldstone Health Tech
""",
    company="Fieldstone Health Tech", job_title="Test Automation Engineer", contact="Marc-André Gagnon",
    note="hiring manager rejection after technical interview, with specific gap")

add("rejection",
    "Lakeview Regional Transit - Written Test Results",
    "Lakeview Regional Transit Careers <careers@lakeviewtransit.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Aarav Mehta,

Competition: LRT-2026-IT-118 - Software Quality Assurance Specialist

Thank you for participating in the written test held on November 21, 2026.

The pass mark for the written test was 70%. Your score was 64%. As a result, you were not successful at this stage of the competition and will not proceed to the interview stage.

If you wish to receive feedback on your test results, please contact us within 10 business days at the email address above, quoting the competition number.

Lakeview Regional Transit thanks you for your interest in employment with us.

Human Resources - Talent Acquisition
Lakeview Regional Transit
""",
    company="Lakeview Regional Transit", job_title="Software Quality Assurance Specialist", contact="",
    note="public transit agency written-test failure notice")

add("rejection",
    "Quantive Labs: SDET",
    "Quantive Labs <no-reply@hire.lever.co>",
    {},
    """
Hi Aarav,

Thanks for your interest in Quantive Labs. We've reviewed your profile, and it's not a match for this particular role (SDET), so we won't be taking your application any further.

We hope you'll stay in touch and apply again when you see something that fits.

Best,
Quantive Labs Talent
""",
    company="Quantive Labs", job_title="SDET", contact="",
    note="Lever rejection phrased as 'not a match for this particular role'")

add("rejection",
    "QA Lead role",
    "Sarah Lindqvist <sarah.lindqvist@tidewellretail.example>",
    {},
    """
Hi Aarav,

I wanted to let you know, as you were one of our shortlisted candidates, that the QA Lead role has been eliminated as part of our 2027 planning. Test leadership will now sit with our vendor partner, so we won't be hiring for this position and your application is closed.

This came as a surprise to us in Talent too, and I'm sorry we took up your time with the first interview. I'm happy to act as a connection for you with a couple of QA managers I know in the GTA.

Best,
Sarah Lindqvist
Talent Acquisition Partner
Tidewell Retail
""",
    company="Tidewell Retail", job_title="QA Lead", contact="Sarah Lindqvist",
    note="role eliminated, application closed")

add("rejection",
    "Regret - Senior QA Engineer - Sahyadri Infotech",
    "Sahyadri Infotech HR <careers@sahyadriinfotech.example>",
    {},
    """
Dear Aarav,

Thank you for your time and interest in Sahyadri Infotech.

We wish you all the best for your future endeavours.

Regards,
Talent Acquisition Team
Sahyadri Infotech Pvt. Ltd.
Hinjewadi Phase 2, Pune

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.
""",
    company="Sahyadri Infotech", job_title="Senior QA Engineer", contact="",
    note="Indian IT firm 'regret' mail: decision only in subject, body a polite closing")

add("rejection",
    "Application status: Not selected for interview",
    "Carrow Pharmaceuticals <careers-noreply@carrowpharma.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Aarav,

Position: Computer System Validation Analyst (Req 4471)
Status: Not selected for interview

Thank you for your interest in Carrow Pharmaceuticals.

This mailbox is not monitored.
""",
    company="Carrow Pharmaceuticals", job_title="Computer System Validation Analyst", contact="",
    note="status-only mail, decision in subject and status line")

add("rejection",
    "RE: Pinebrook - Performance Test Engineer (contract)",
    "Jason Wu <jason.wu@northstarit.example>",
    {"In-Reply-To": "<AM-pinebrook-followup@outlook.example>"},
    """
Hi Aarav,

Sorry, should have updated you earlier. Pinebrook Telecom decided to keep the work with their existing vendor team, so the Performance Test Engineer contract won't be filled. I'm closing out your submission on this one.

I've got a JMeter role at a bank coming up in Jan, will send details when I have the JD.

Jason Wu
Account Manager | Northstar IT Staffing

From: Aarav Mehta <aarav.mehta@outlook.example>
Sent: December 2, 2026 10:47 AM
To: Jason Wu <jason.wu@northstarit.example>
Subject: Pinebrook - Performance Test Engineer (contract)

Hi Jason, any update from Pinebrook? It has been two weeks since you submitted my profile. Thanks, Aarav
""",
    company="Pinebrook Telecom", job_title="Performance Test Engineer (contract)", contact="Jason Wu",
    note="agency reply: contract not being filled, submission closed; quoted chase below")

# --- Aarav: job_other ---

add("job_other",
    "Your application was sent to Bayfront Insurance",
    "LinkedIn <jobs-noreply@linkedin.com>",
    {"List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"},
    """
Your application was sent to Bayfront Insurance

QA Automation Engineer
Bayfront Insurance · Toronto, ON (Hybrid)
Applied on December 1, 2026

Now, take these steps to stand out
- Message the job poster
- Follow Bayfront Insurance to get company updates

View application

This email was intended for Aarav Mehta (QA Engineer | Selenium, Playwright, API Testing)
© 2026 LinkedIn Corporation
""",
    note="LinkedIn application-sent confirmation")

add("job_other",
    "Opportunity: SDET at a growing fintech (Toronto)",
    "Kelsey Morgan via LinkedIn <inmail-hit-reply@linkedin.com>",
    {"Reply-To": "inmail-hit-reply@linkedin.com"},
    """
Kelsey Morgan
Recruiter at Shorepoint Financial

Hi Aarav,

Your background in Playwright and REST Assured is exactly what our payments team is looking for. We're hiring an SDET II in Toronto, hybrid two days a week, $95K-$115K base plus bonus.

Are you open to a quick chat this week?

Kelsey

Reply | Not interested
You are receiving InMail notification emails. Unsubscribe.
""",
    note="recruiter InMail outreach")

add("job_other",
    "Interview Invitation - QA Automation Engineer - Bayfront Insurance",
    "Melissa Tran <melissa.tran@bayfrontinsurance.example>",
    {},
    """
Hi Aarav,

Thank you for your interest in the QA Automation Engineer position. We'd like to invite you to a first interview with our hiring manager, Olu Adeyemi.

Date: Thursday, December 10, 2026
Time: 2:00 - 2:45 PM ET
Format: Microsoft Teams (link below)

Join the meeting: https://teams.bayfrontinsurance.example/l/meetup-join/19%3ameeting_AM

Please reply to confirm. If you require any accommodations, let me know and we'll be happy to help.

Best regards,
Melissa Tran
Talent Acquisition Specialist
Bayfront Insurance
""",
    note="interview invitation with Teams link")

add("job_other",
    "Shorepoint Financial - HackerRank test for SDET II",
    "HackerRank <support@hackerrankforwork.com>",
    {},
    """
Hi Aarav Mehta,

Shorepoint Financial has invited you to take the test: SDET II - Automation & Java.

Duration: 90 minutes
Test expires on: Dec 14, 2026 11:59 PM EST

Please ensure you use the latest version of Chrome or Firefox, and a stable connection. Practice a sample test before starting.

Start test: https://www.hackerrank.com/tests/abc123/login

All the best,
HackerRank on behalf of Shorepoint Financial
""",
    note="online assessment invitation")

add("job_other",
    "Offer of Employment - QA Analyst",
    "Ravensworth Credit Union HR <hr@ravensworthcu.example>",
    {},
    """
Dear Aarav,

We are pleased to offer you the position of QA Analyst with Ravensworth Credit Union, reporting to Daniel Osei, Manager, Quality Engineering.

Start date: January 18, 2027
Salary: $84,000 CAD per year
Benefits: health and dental from day one, RRSP matching up to 5%
Vacation: 3 weeks per year
Work arrangement: hybrid, 3 days per week at our Yonge & Eglinton office

This offer is conditional on satisfactory completion of a criminal record check and reference checks. Please sign and return the attached offer letter by December 15, 2026.

We look forward to welcoming you to the team.

Sincerely,
Jennifer Park
Human Resources Business Partner
Ravensworth Credit Union
""",
    note="Canadian job offer")

add("job_other",
    "Complete your background screening - Ravensworth Credit Union",
    "NorthCheck Screening <no-reply@northcheck.example>",
    {},
    """
Hi Aarav,

Ravensworth Credit Union has requested a background screening as part of your hiring process.

The screening includes:
- Criminal record check (Canada)
- Employment verification (including international employment)
- Identity verification

Please complete your application within 3 days: https://app.northcheck.example/a/AM-5521

International employment verification can take 10-15 business days, so please start as soon as possible.

NorthCheck Screening
""",
    note="background check request")

add("job_other",
    "Re: Withdraw application - QA Automation Engineer",
    "Melissa Tran <melissa.tran@bayfrontinsurance.example>",
    {"In-Reply-To": "<AM-withdraw-bayfront@outlook.example>"},
    """
Hi Aarav,

Thank you for letting me know. I have withdrawn your application and cancelled the second interview with Olu on Thursday. Congratulations on your new role!

Best,
Melissa

> Hi Melissa, I have accepted an offer from another organization, so I would like
> to withdraw my application for the QA Automation Engineer role. Thank you for
> the opportunity. Regards, Aarav
""",
    note="confirmation of the candidate's own withdrawal")

add("job_other",
    "Posting closed - Automation Tester",
    "Ontario Line Logistics Careers <careers@ontariolinelogistics.example>",
    {"Auto-Submitted": "auto-generated"},
    """
Dear Applicant,

The posting for Automation Tester (Job ID 8812) has now closed to new applicants.

If you have already applied, your application remains under review and no further action is needed. Shortlisted candidates will be contacted by the hiring team.

Thank you for your interest in Ontario Line Logistics.
""",
    note="posting closed to new applicants; existing application still under review")

add("job_other",
    "Interview rescheduling - QA Automation Engineer",
    "Melissa Tran <melissa.tran@bayfrontinsurance.example>",
    {},
    """
Hi Aarav,

Unfortunately, Olu has a conflict on Thursday afternoon, so we need to reschedule your interview. Could you do Friday, December 11 at 11:00 AM or 3:30 PM ET instead?

Sorry for the change, and thank you for your flexibility.

Melissa
""",
    note="interview reschedule with 'unfortunately'")

add("job_other",
    "Documents required - proof of work eligibility",
    "Jennifer Park <jennifer.park@ravensworthcu.example>",
    {},
    """
Hi Aarav,

Thank you for signing your offer! To complete your onboarding file, please upload the following to our secure portal (not by email):

1. Proof of eligibility to work in Canada (work permit or PR card)
2. Void cheque or direct deposit form
3. Signed Code of Conduct acknowledgement (attached)

Portal: https://onboarding.ravensworthcu.example

Please let me know if you have any questions.

Jennifer Park
HR Business Partner
""",
    note="onboarding document request")

add("job_other",
    "Westgate Wealth - interview next week",
    "Priyanka Sethi <priyanka.sethi@maplebridgestaffing.example>",
    {},
    """
Hi Aarav,

Quick update on the Westgate Wealth contract role. We regret to inform you that the client's project start date has been moved from January to mid-February because of budget approvals. However, they still want to go ahead with your interview next week and are very keen on your profile.

Can you please confirm availability for Tuesday Dec 15 between 1 and 4 PM?

Thanks & Regards,
Priyanka Sethi
Senior Technical Recruiter
Maple Bridge Staffing Inc.
""",
    note="'we regret to inform you' about a moved start date; process continues")

# --- Aarav: ham ---

add("ham",
    "khana time pe khana",
    "Sunita Mehta <sunita.mehta1962@gmail.com>",
    {},
    """
Beta,

Kal video call pe tum bahut thake hue lag rahe the. Please khana time pe khana and don't sit whole night on laptop. Papa's BP is fine now, don't worry.

Neha ki shaadi ki date fix ho gayi - 14 Feb. Try to come na, we will manage ticket if needed.

Snow is coming there? Wear the sweater I gave.

Love,
Mummy
""",
    note="mother writing in English with Hindi (Hinglish)")

add("ham",
    "visa refused again",
    "Riya Mehta <riya.mehta.pune@gmail.com>",
    {},
    """
Bhaiya,

My visitor visa got refused again. Same reason - "not satisfied that you will leave Canada at the end of your stay". Even with the invitation letter and bank statements. I'm so frustrated.

The agent says we can reapply after 3 months with property papers. Can you ask your landlord for a new letter when I reapply?

Riya
""",
    note="sister about her own visa refusal")

add("ham",
    "Your Lakeshore Hydro bill is ready",
    "Toronto Lakeshore Hydro <ebill@lakeshorehydro.example>",
    {},
    """
Hello Aarav Mehta,

Your electricity bill for the period Nov 1 - Nov 30, 2026 is now available.

Account number: 7700 4412 09
Amount due: $78.21
Due date: December 22, 2026

View your bill: https://myaccount.lakeshorehydro.example

Toronto Lakeshore Hydro
""",
    note="electricity bill")

add("ham",
    "The Quiet Hour: On being told no",
    "The Quiet Hour <hello@quiethour.example>",
    {"List-Unsubscribe": "<https://quiethour.example/unsubscribe>", "Precedence": "bulk"},
    """
The Quiet Hour
a weekly letter about slowing down

On being told no

This week a reader wrote to me: "How do I stop every rejection from feeling like a verdict on me as a person?"

I don't have a tidy answer. What I know is that the sting of a no usually has less to do with the thing we lost and more to do with the story we tell ourselves afterwards. Try this: the next time you're turned down - by a publisher, a partner, a landlord, a friend - write down the facts in one column and the story in the other. Then cross out the story.

This week's practice: a ten-minute walk without your phone.

With care,
Anika

You're receiving The Quiet Hour because you subscribed. Unsubscribe anytime.
""",
    note="wellbeing newsletter about coping with rejection")

add("ham",
    "Scarborough Strikers CC - Winter indoor nets",
    "Scarborough Strikers Cricket Club <secretary@scarboroughstrikers.example>",
    {"List-Unsubscribe": "<mailto:secretary@scarboroughstrikers.example?subject=unsubscribe>"},
    """
Hi all,

Winter indoor nets start Saturday January 9, 8-10 AM at the Birchmount dome. $15 per session or $120 for the full season.

Please bring your own helmet. Club kits are available but limited.

Also reminder: membership renewals for 2027 are due by Jan 31.

Cheers,
Vikram
Club Secretary
""",
    note="cricket club mailing")



def main():
    rows = list(MESSAGES)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as fh:
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
                "company": m["company"] if m["label"] == "rejection" else "",
                "job_title": m["job_title"] if m["label"] == "rejection" else "",
                "contact": m["contact"] if m["label"] == "rejection" else "",
                "note": m["note"],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    labels = Counter(m["label"] for m in rows)
    langs = Counter(m["language"] for m in rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    print("labels:", dict(labels))
    print("languages:", dict(langs))


if __name__ == "__main__":
    main()
