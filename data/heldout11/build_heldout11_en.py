#!/usr/bin/env python3
"""Builder for heldout11_en: 150 hand-written English job-search mails.

Every message below was written by hand, literally. The helper `add` only
collects the fields into a dict; no text is generated, templated or filled.
"""
import json
import random
from pathlib import Path

SOURCE = "debrief-heldout11 (written by the team, 2026-12)"
PREFIX = "h11e"
SEED = 111
OUT = Path(__file__).resolve().parent / "heldout11_en.jsonl"

ROWS = []


def add(label, frm, subject, body, headers=None, company="", job_title="",
        contact="", note=""):
    ROWS.append({
        "label": label,
        "language": "en",
        "subject": subject,
        "from": frm,
        "headers": headers or {},
        "body": body.strip("\n"),
        "company": company,
        "job_title": job_title,
        "contact": contact,
        "note": note,
    })


# ---------------------------------------------------------------------------
# Persona 1: Kayla Brooks, junior (Business Analytics) at Northern Plains State
# University, hunting Summer 2027 internships.
# ---------------------------------------------------------------------------

add("rejection",
    "Brightwater Foods Recruiting <no-reply@greenhouse-mail.example>",
    "Your application to Brightwater Foods",
    """
Hi there,

Thank you for your interest in the Summer 2027 Data Analytics Intern position at Brightwater Foods and for taking the time to apply.

We received a large number of applications from talented students this year. After reviewing your application, we have decided not to move forward with your candidacy at this time.

We encourage you to keep an eye on our careers page for future opportunities, including our Fall co-op program, which opens in February.

Best of luck with your search,

Brightwater Foods Campus Recruiting

---
Please do not reply to this email. This mailbox is not monitored.
""",
    headers={"Reply-To": "campus-recruiting@brightwaterfoods.example", "Auto-Submitted": "auto-generated"},
    company="Brightwater Foods", job_title="Summer 2027 Data Analytics Intern", contact="",
    note="Greenhouse 'Hi there' template rejection, stock wording")

add("rejection",
    "Corvane Logistics <corvane@myworkday-notify.example>",
    "Application Status Update",
    """
Kayla Brooks,

There has been an update to the status of your job application. Sign in to Candidate Home to view details.

Job Requisition: JR-08812 Supply Chain Analytics Intern (Summer 2027)
Location: Omaha, NE
Status: No Longer Under Consideration

Sign in: https://corvane.myworkday-notify.example/en-US/Careers/login

This is an automatically generated message. Please do not reply.
Corvane Logistics, Inc. | 4400 Depot Rd, Omaha NE 68110
""",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    company="Corvane Logistics", job_title="Supply Chain Analytics Intern (Summer 2027)", contact="",
    note="Workday platform notice, decision only in status line")

add("rejection",
    "Derek Tolliver via Handshake <messages@joinhandshake-mail.example>",
    "New message from Derek Tolliver",
    """
Derek Tolliver (Plainview Credit Union) wrote:

"Hey Kayla, thanks for stopping by our booth. We filled both analytics intern spots last week, so I can't pass your resume on this cycle. Good luck!"

Reply: https://app.joinhandshake-mail.example/messages/88213
""",
    headers={"Reply-To": "reply+88213@joinhandshake-mail.example"},
    company="Plainview Credit Union", job_title="analytics intern", contact="Derek Tolliver",
    note="very short Handshake message, spots filled, no stock phrase")

add("rejection",
    "Pinecrest Labs <no-reply@hire.lever-mail.example>",
    "Pinecrest Labs - Application Update",
    """
Hi Kayla,

Thanks so much for applying to the Product Analyst Intern role at Pinecrest Labs. At Pinecrest, we believe the best teams are built by people who bring different perspectives, and we're grateful you considered spending your summer with us.

Every application is read by a member of our recruiting team (not a robot - promise). This season we received more than 2,300 applications for 14 internship spots across Product, Engineering and Design, which makes these decisions genuinely hard. For this role, we've chosen to continue with candidates whose experience lines up more closely with what the team needs right now.

We'd love to stay in touch. A few ways to keep Pinecrest on your radar:

  * Join the Pinecrest Talent Community to hear about new internship and new-grad openings: pinecrestlabs.example/careers/community
  * Follow us on LinkedIn for engineering blog posts and event announcements
  * Read "Intern Diaries," our blog series written by past interns

Our Summer 2028 applications open next August, and many of our current full-time employees applied more than once before joining. We hope you'll consider us again.

Wishing you a great rest of the semester,

The Pinecrest Labs Recruiting Team

Pinecrest Labs, Inc. - 210 Market St, Suite 600 - Denver, CO 80202
You're receiving this email because you applied to a position at Pinecrest Labs.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Pinecrest Labs", job_title="Product Analyst Intern", contact="",
    note="long talent-community boilerplate, decision is one sentence, no stock phrase")

add("rejection",
    "Talent Acquisition - Halden Health <talent@halden-health.icims-mail.example>",
    "Update regarding the Summer 2027 Healthcare Analytics Internship",
    """
Dear Kayla,

Thank you for applying to the Healthcare Analytics Internship (Req #2027-1184) at Halden Health System.

We are writing to let all applicants know that, due to changes in our operating budget for fiscal year 2027, Halden Health has made the difficult decision to cancel its Summer 2027 internship program in the Business Analytics and Finance departments. As a result, all applications for this requisition, including yours, have been closed and will not be reviewed further.

We recognize that many students plan their summers around these programs, and we apologize for the inconvenience. We expect to resume the program in 2028 and will post openings on our careers site and on Handshake.

Thank you for your understanding.

Sincerely,
Talent Acquisition
Halden Health System
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Halden Health", job_title="Healthcare Analytics Internship", contact="",
    note="internship program cancelled, applications closed")

add("rejection",
    "Noor Haddad <noor@tallyhq.example>",
    "Tally - Data Intern interview follow-up",
    """
Hi Kayla,

Thank you again for making time for the first-round interview with Sam last Thursday - he mentioned he really enjoyed hearing about your capstone project on food bank inventory.

Unfortunately, we won't be advancing you to the next round for the Data Intern position. The team was looking for someone with a bit more hands-on SQL experience, particularly with window functions and joins across several tables, since interns here ship queries to production dashboards in week two.

For what it's worth, your communication was really strong and your case walkthrough was clear. If you keep building on the SQL side (the Mode SQL tutorial and the LeetCode database set are both good), I'd genuinely encourage you to apply again next cycle.

Rooting for you,
Noor

Noor Haddad | Recruiting, Tally
tallyhq.example
""",
    company="Tally", job_title="Data Intern", contact="Noor Haddad",
    note="personal rejection after first round with feedback (Ashby-run process)")

add("rejection",
    "Marissa Pfeiffer <mpfeiffer@stonegatefinancial.example>",
    "RE: Following up - Risk Analytics Summer Intern application",
    """
Hi Kayla,

Thanks for checking in, and apologies for the slow reply - it's been a busy few weeks with campus interviews.

We actually wrapped up selections for the Risk Analytics intern class last Friday and extended offers to other candidates. I'm sorry I don't have better news for you. I did flag your resume for our spring part-time analyst roles, which usually post in January, so watch for those.

Best,
Marissa

Marissa Pfeiffer
Campus Recruiting Coordinator | Stonegate Financial
o: 402-555-0148

-----Original Message-----
From: Kayla Brooks <kayla.brooks@students.npsu.example>
Sent: Monday, November 9, 2026 8:52 AM
To: Marissa Pfeiffer <mpfeiffer@stonegatefinancial.example>
Subject: Following up - Risk Analytics Summer Intern application

Hi Marissa,

I hope you're doing well! We met at the NPSU Fall Career Fair on October 1st and you mentioned I could reach out directly. I applied to the Risk Analytics Summer Intern position on October 3rd and wanted to ask if there was any update on the timeline.

Thank you so much for your time!

Kayla Brooks
B.S. Business Analytics, Class of 2028
Northern Plains State University
""",
    headers={"In-Reply-To": "<CAKb7r2x91Lq@mail.students.npsu.example>", "References": "<CAKb7r2x91Lq@mail.students.npsu.example>"},
    company="Stonegate Financial", job_title="Risk Analytics Summer Intern", contact="Marissa Pfeiffer",
    note="rejection in reply thread with quoted follow-up, no stock phrase")

add("rejection",
    "Handshake <notifications@joinhandshake-mail.example>",
    "Update on your application to Meridian Grain Cooperative",
    """
Hi Kayla,

An employer has updated the status of one of your applications.

Meridian Grain Cooperative
Business Intelligence Intern - Summer 2027
Status: Not selected

View your applications: https://app.joinhandshake-mail.example/applications

Keep going! There are 214 new internships posted this week that match your profile.
Explore jobs -> https://app.joinhandshake-mail.example/explore

You're receiving this because you applied to a job on Handshake.
Manage notification settings: https://app.joinhandshake-mail.example/settings/notifications
""",
    headers={"List-Unsubscribe": "<https://app.joinhandshake-mail.example/unsubscribe?u=kb2028>", "Precedence": "bulk"},
    company="Meridian Grain Cooperative", job_title="Business Intelligence Intern - Summer 2027", contact="",
    note="Handshake platform notice, status line 'Not selected' only")

add("rejection",
    "Trent Alvarado <talvarado@ruhlmannbrands.example>",
    "Marketing Analytics Intern",
    """
Hi Kayla,

Thanks for applying to the Marketing Analytics Intern role. We've decided to go with other applicants this time around, but appreciate your interest in Ruhlmann.

Best,
Trent
""",
    company="Ruhlmann Brands", job_title="Marketing Analytics Intern", contact="Trent Alvarado",
    note="very short personal rejection, no stock phrase")

add("rejection",
    "Eli Brandt <eli@fernwaveapp.example>",
    "About your internship offer",
    """
Hi Kayla,

I've been dreading writing this email, and I wanted you to hear it from me directly rather than from an automated system.

As some of you may have seen in the news, Fernwave's Series A fell through last week when our lead investor pulled out. We've had to cut our burn drastically, and that includes the summer internship program. I'm so sorry, but we have to rescind the Growth Analytics Intern offer we extended to you on October 22.

I know you turned down at least one other conversation to accept this, and that makes it worse. A few things we're doing to try to make this right:
- I'm happy to personally serve as a reference for you anywhere.
- I can send your resume to three founders in our network who are hiring interns - just reply "yes" and I'll make the intros.
- If our situation changes before spring, you'll be the first person I call.

Again, I'm really sorry. You did nothing wrong here.

Eli Brandt
Co-founder & CEO, Fernwave
""",
    company="Fernwave", job_title="Growth Analytics Intern", contact="Eli Brandt",
    note="internship offer rescinded after funding fell through")

add("rejection",
    "Sorensen Bank Campus Recruiting <campusrecruiting@sorensenbank.example>",
    "Sorensen Bank 2027 Summer Analyst Program",
    """
Dear Kayla,

Thank you for your interest in the Sorensen Bank 2027 Summer Analyst Program and for the time you invested in your application and recorded video interview.

We received an exceptional number of applications this year. After careful consideration, we regret to inform you that we are unable to offer you a position in the 2027 program.

We appreciate your interest in Sorensen Bank and wish you every success in your academic and professional career.

Sincerely,

Sorensen Bank Campus Recruiting

Sorensen Bank, N.A. is an Equal Opportunity Employer, including disability and veterans. Member FDIC.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Sorensen Bank", job_title="2027 Summer Analyst Program", contact="",
    note="formal bank rejection with 'regret' after video interview")

# --- Persona 1: job_other ---

add("job_other",
    "Northgate Analytics <no-reply@greenhouse-mail.example>",
    "Thanks for applying to Northgate Analytics!",
    """
Hi there,

Thanks for applying for the Business Analyst Intern (Summer 2027) position at Northgate Analytics! We've received your application and our team will review it over the next couple of weeks.

If your background looks like a good match, someone from our recruiting team will reach out to set up a first conversation. In the meantime, feel free to check out our engineering blog at northgate.example/blog or follow us on LinkedIn.

Cheers,
Northgate Recruiting
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="Greenhouse application received, 'Hi there' template")

add("job_other",
    "Alana Reyes via Handshake <messages@joinhandshake-mail.example>",
    "Interview invitation: Operations Intern at Keel & Hart",
    """
Hi Kayla,

Congrats! Keel & Hart would like to interview you for the Operations Intern - Summer 2027 position.

Interview details
Date: Wednesday, October 28, 2026
Location: NPSU Career Services, Student Union Room 214
Length: 30 minutes
Format: 1:1 behavioral interview with Alana Reyes, Talent Acquisition

Please sign up for a time slot on Handshake by Monday, October 26:
https://app.joinhandshake-mail.example/interviews/schedules/51177

Message from the employer:
"Looking forward to meeting you! Dress is business casual. If none of the slots work with your class schedule, reply here and we'll find something. - Alana"

Good luck!
The Handshake Team
""",
    headers={"Reply-To": "reply+51177@joinhandshake-mail.example"},
    note="on-campus interview invitation via Handshake")

add("job_other",
    "NPSU Career Services <careers@npsu.example>",
    "CANCELLED: Friday resume drop-ins (Nov 13)",
    """
Hi Bison,

Unfortunately, our Friday resume drop-in hours on November 13 are cancelled because our advising team will be at a staff training off campus. We regret the inconvenience, especially with internship deadlines coming up.

What you can do instead:
- Book a 30-minute appointment with a career advisor on Handshake (Career Center > Appointments). We've added extra slots Monday-Wednesday next week.
- Submit your resume to the online review queue: careers.npsu.example/resume-review (turnaround 2-3 business days).
- Drop-ins resume as normal on Friday, November 20, 10 AM - 2 PM, Student Union 210.

See you soon,
NPSU Career Services
Student Union, Suite 210 | 701-555-0110
""",
    headers={"List-Unsubscribe": "<mailto:careers-unsubscribe@npsu.example>", "Precedence": "bulk"},
    note="career center notice, drop-ins cancelled ('unfortunately', 'regret')")

add("job_other",
    "Ostrander Industries <ostrander@myworkday-notify.example>",
    "Reminder: Your application is incomplete",
    """
Hello Kayla,

You started an application for IT Business Analyst Intern (JR-44190) on November 2, 2026, but have not yet submitted it.

To finish your application, sign in to Candidate Home and pick up where you left off:
https://ostrander.myworkday-notify.example/Ostrander_Careers/userHome

Please note that applications not submitted by the posting close date (November 20, 2026) can no longer be accepted.

Thank you for your interest in Ostrander Industries.

This is an automated message. Please do not reply.
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="Workday reminder: application not yet submitted ('no longer')")

add("job_other",
    "SkillPath Assessments <noreply@skillpath-assess.example>",
    "Reminder: Your assessment for Lindqvist Partners expires in 48 hours",
    """
Hi Kayla Brooks,

Lindqvist Partners has invited you to complete the following assessment as part of your application for Summer Analyst Intern:

  Quantitative Reasoning (25 min)
  Situational Judgment (15 min)

Our records show you have not yet started. Your invitation link expires on Thursday, November 19, 2026 at 11:59 PM Central Time.

Start assessment: https://candidate.skillpath-assess.example/start?inv=LQP-7720-KB

Tips:
- Use a laptop or desktop; mobile is not supported.
- Once the link expires we are not able to reopen it. Please contact the employer directly if you need an extension.

Good luck!
SkillPath Candidate Support
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="assessment reminder, not yet started ('not able to reopen')")

add("job_other",
    "Jenna Kowalski <jkowalski@ashfordgrocers.example>",
    "Need to reschedule our phone screen",
    """
Hi Kayla,

Unfortunately something came up on my end and I won't be able to make our 2:00 call tomorrow (Tuesday) for the Category Analyst Intern role. So sorry for the short notice!

Would any of these work instead?
- Wednesday 11/18, 10:30 AM CT
- Wednesday 11/18, 3:00 PM CT
- Thursday 11/19, 1:00 PM CT

Just reply with what works and I'll send a new invite. Still really looking forward to chatting.

Thanks,
Jenna

Jenna Kowalski
Talent Acquisition Specialist
Ashford Grocers | Sioux Falls, SD
""",
    note="recruiter reschedules phone screen ('unfortunately')")

add("job_other",
    "Handshake <notifications@joinhandshake-mail.example>",
    "Your weekly job digest: \"data analytics intern\"",
    """
Hi Kayla,

Here's what's new for your saved search "data analytics intern" (Remote, Midwest).

Heads up
- 1 job you saved is no longer accepting applications: Analytics Intern, Cobalt Freight
- 2 jobs you saved close this week: Data Intern, Prairie Health Partners (Nov 20); BI Intern, Red Oak Insurance (Nov 21)

New matches
- Data Analytics Intern - Summer 2027 | Lantern Credit Union | Fargo, ND | $19-21/hr
- Revenue Analytics Intern | Summit Ridge Hotels | Remote | $22/hr
- Supply Chain Data Intern | Harlan Agri Products | Sioux City, IA

See all 11 matches: https://app.joinhandshake-mail.example/saved-searches/2209

You're getting this because you saved a search on Handshake.
Unsubscribe from this digest: https://app.joinhandshake-mail.example/settings/notifications
""",
    headers={"List-Unsubscribe": "<https://app.joinhandshake-mail.example/unsubscribe?u=kb2028&t=digest>", "Precedence": "bulk"},
    note="weekly job digest; saved job no longer accepting applications")

add("job_other",
    "Riverbend Software Recruiting <no-reply@ashby-notify.example>",
    "Quick update on your Riverbend application",
    """
Hi Kayla,

We wanted to give you a quick update on your application for the Business Operations Intern role at Riverbend Software.

We haven't made a decision yet. Unfortunately the review has taken longer than we planned - we received a lot more applications than expected and our hiring manager was out for two weeks. Your application is still under active review, and we expect to get back to everyone by Friday, December 11.

Thanks for your patience, and sorry for the wait!

Riverbend Recruiting Team
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="status update: still under review, decision not yet made")

add("job_other",
    "Grace Oduya <goduya@lakeshoremutual.example>",
    "Offer - Summer 2027 Analytics Intern",
    """
Hi Kayla,

It was so great talking with you on the phone this afternoon - congratulations again! As promised, here are the details of your offer for the Summer 2027 Analytics Intern position at Lakeshore Mutual.

- Location: Milwaukee, WI (on-site, Monday-Thursday; Fridays remote)
- Dates: June 1 - August 7, 2027 (10 weeks)
- Pay: $24.00/hour, 40 hours/week
- Team: Personal Lines Pricing Analytics

Unfortunately we're not able to offer intern housing this year, but we do provide a $1,500 relocation stipend paid in your first paycheck, and our intern Slack has a pretty active sublet channel.

Your formal offer letter is in the candidate portal. Please review and accept by Friday, December 4. If you have any questions at all - or need a bit more time to decide - just let me know.

Welcome (almost) to Lakeshore!

Grace Oduya
University Relations | Lakeshore Mutual
414-555-0163
""",
    note="internship offer with 'unfortunately not able to offer housing'")

add("job_other",
    "Pell & Ridley Careers <no-reply@smartrecruiters-mail.example>",
    "Your application has been withdrawn",
    """
Hi Kayla,

As requested, we have withdrawn your application for Consulting Intern - Summer 2027 (Chicago).

Your application is now closed and the hiring team will no longer see it. If you withdrew by mistake, you can apply again while the position is still open.

We're sorry to see you go and wish you the best of luck with your search.

Pell & Ridley Talent Team
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="candidate's own withdrawal confirmed ('closed', 'no longer')")

add("job_other",
    "NPSU Career Services <careers@npsu.example>",
    "Spring Internship & Job Fair - 87 employers registered!",
    """
Hi Bison,

The Spring Internship & Job Fair is almost here, and 87 employers have already registered - a new record!

When: Wednesday, February 10, 2027, 11 AM - 3 PM
Where: Bison Fieldhouse, main floor

Who's coming (a few highlights):
- Corvane Logistics - Supply Chain & Analytics interns
- Lakeshore Mutual - Actuarial and Analytics interns
- Red Oak Insurance - IT and Claims
- Prairie Health Partners - Business Operations
- State Department of Transportation - Engineering & Planning

Get ready:
1. Update your Handshake profile (employers search it before the fair)
2. Get your resume reviewed - drop-ins every Friday
3. Come to "Rock the Fair" prep night, Feb 3, 6 PM, Student Union 220 (free pizza)

Professional attire recommended. Need something to wear? The Career Closet lends suits and blazers for free.

Go Bison!
NPSU Career Services
""",
    headers={"List-Unsubscribe": "<mailto:careers-unsubscribe@npsu.example>", "Precedence": "bulk"},
    note="career center job fair announcement")

add("job_other",
    "Rhea Castellanos <rcastellanos@tricountyelectric.example>",
    "Transcript for your application",
    """
Hello Kayla,

Thank you for applying for our Member Services Data Intern position.

We weren't able to open the transcript you uploaded with your application - the file seems to be damaged or password protected. Could you please email me an unofficial transcript as a PDF by Friday, November 20? An unofficial copy from your student portal is fine.

Your application is otherwise complete and is being reviewed by the hiring team.

Thank you,

Rhea Castellanos
HR Generalist
Tri-County Electric Cooperative
""",
    note="request for missing document, attachment could not be opened")

add("job_other",
    "Bluestem Health Partners <bluestem@bluestem.icims-mail.example>",
    "Interview Confirmation - Finance Intern",
    """
Dear Kayla,

This email confirms your interview for the position of Finance Intern - Summer 2027 (Req ID 2026-8812).

Date: Tuesday, December 1, 2026
Time: 9:30 AM - 10:30 AM Central
Location: Bluestem Health Partners, 1200 Prairie Ave, 4th floor, Fargo, ND
Interviewers: Tom Eckert (Finance Manager), Lisa Park (Senior Financial Analyst)

Please bring a copy of your resume and arrive 10 minutes early to check in at the front desk.

Unfortunately, parking garage B is closed for repairs through December. Please use the surface lot on 12th Street; we will validate your parking.

If you need to decline or reschedule this interview, please use the link below at least 24 hours in advance:
https://careers-bluestem.icims-mail.example/jobs/candidate/interview?id=7719

We look forward to meeting you.

Bluestem Health Partners Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="iCIMS interview confirmation; garage closed, decline link")

# --- Persona 1: ham ---

add("ham",
    "Sydney Marsh <sydmarsh03@mailbox.example>",
    "utilities + wifi for nov",
    """
hey! november utilities came in

xcel: $71.40
wifi: $55
water: $38.22

total $164.62 so it's $54.87 each. venmo me whenever, no rush. also Jess says the dryer is making the noise again so I emailed the landlord lol

also are we doing friendsgiving sat or sun?? I vote sun
""",
    note="roommate splitting utility bills")

add("ham",
    "NPSU Office of Scholarships <scholarships@npsu.example>",
    "Dean's Merit Scholarship - Spring 2027 decision",
    """
Dear Kayla Brooks,

Thank you for applying for the College of Business Dean's Merit Scholarship for the Spring 2027 semester.

The selection committee received 312 applications for 18 awards this term. We regret to inform you that you were not selected as a recipient of the Dean's Merit Scholarship.

This decision does not affect any other financial aid you are currently receiving. We encourage you to apply for the Fall 2027 cycle, which opens March 1, and to explore the more than 40 departmental scholarships listed in the NPSU Scholarship Portal.

Sincerely,

Office of Scholarships and Financial Aid
Northern Plains State University
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="scholarship refusal (not a job application)")

add("ham",
    "Mom <debbie.brooks61@mailbox.example>",
    "Thanksgiving plans",
    """
Hi honey,

Just checking what day you're driving home. Dad thinks Tuesday night but I told him you have that exam Wednesday morning? Let me know so I can tell Grandma, she keeps asking.

Aunt Lynn is bringing the green bean thing again. Don't say anything.

Also your brother says you still have his phone charger.

Love you, drive safe when you come. Text me when you leave.

Mom
""",
    note="family mail about Thanksgiving")

add("ham",
    "Priya Raman <praman22@students.npsu.example>",
    "ugh",
    """
ok so I finally heard back from Callister & Wynne and it's a no. "after careful consideration we have decided to pursue other candidates" blah blah. after THREE rounds. I'm honestly so annoyed because the superday went really well (I thought??)

anyway I'm fine, just needed to vent. boba after stats tomorrow? my treat bc I need sugar

how's your search going, did Lakeshore ever get back to you?
""",
    note="friend venting about her own internship rejection")

add("ham",
    "NPSU Residence Life <reslife@npsu.example>",
    "Spring 2027 Room Change Request #RC-4471",
    """
Dear Kayla,

Thank you for submitting a room change request for the Spring 2027 semester.

Unfortunately, we are unable to approve your request for a single room in Prairie Hall at this time. All single rooms for spring are currently assigned, and there is an active waitlist of 46 students. Your request has been added to the waitlist in position 31.

Your current assignment (Prairie Hall 318, double) will remain in place for spring. If your situation changes, you may cancel the waitlist request at any time through the Housing Portal.

Residence Life
Northern Plains State University
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="housing request not approved")

add("ham",
    "NPSU Campus Rec <intramurals@npsu.example>",
    "IM Volleyball: Tuesday game cancelled",
    """
Team captains,

Sadly, all intramural volleyball games scheduled for Tuesday, November 17 are cancelled because the Fieldhouse floor is being refinished. Games will be made up on Sunday, November 22 - check IMLeagues for your new time.

Your team: Set Happens (Co-Rec B)
Original: Tue 11/17, 8:30 PM, Court 2
Makeup: Sun 11/22, 6:00 PM, Court 3

Please forward to your roster.

NPSU Campus Recreation
""",
    headers={"Precedence": "bulk"},
    note="intramural game cancelled notice")

# ---------------------------------------------------------------------------
# Persona 2: Denise Harlow, mid-career operations analyst in Columbus, Ohio,
# applying to insurers, banks and retail headquarters.
# ---------------------------------------------------------------------------

add("rejection",
    "Harborline Insurance Careers <careers-noreply@harborline.example>",
    "Thank you for your interest in Harborline Insurance",
    """
Dear Denise,

Thank you for your interest in Harborline Insurance and for applying to the Claims Operations Analyst position (Requisition 26-0413).

At Harborline, our people are at the heart of everything we do. For more than 110 years we have helped families and businesses across the Midwest protect what matters most, and we know that starts with attracting talented, caring professionals like you. We are proud to have been named one of the region's Top Workplaces for six consecutive years.

We have carefully reviewed your qualifications against the requirements of this role, and we have selected other candidates whose experience more closely matches our current needs.

We encourage you to continue exploring opportunities with Harborline. New positions are posted daily at careers.harborline.example, and you may create job alerts to be notified when roles matching your interests become available. Your profile will remain in our candidate database for 12 months, and our talent acquisition partners regularly search it when new positions open.

Join our Talent Network to receive news about Harborline, upcoming hiring events and featured opportunities: careers.harborline.example/talent-network

Once again, thank you for considering Harborline Insurance as your next career move. We wish you success in your job search.

Sincerely,

Talent Acquisition
Harborline Insurance Company

Harborline Insurance Company is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

This email was sent from an unmonitored mailbox. Please do not reply.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Harborline Insurance", job_title="Claims Operations Analyst", contact="",
    note="long corporate talent-network boilerplate, one-sentence decision, no stock phrase")

add("rejection",
    "First Meridian Bank <firstmeridian@myworkday-notify.example>",
    "Your application status has changed",
    """
Hello Denise,

The status of your application has been updated.

Position: Operations Analyst II - Deposit Operations (R-204518)
Date Submitted: 09/28/2026
Current Status: Not Selected

To view your application history, visit Candidate Home:
https://firstmeridian.myworkday-notify.example/FMB_Careers/userHome

Thank you,
First Meridian Bank Talent Acquisition

Please do not respond to this message; this mailbox is not monitored.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="First Meridian Bank", job_title="Operations Analyst II - Deposit Operations", contact="",
    note="Workday candidate portal notice, status line only")

add("rejection",
    "Cassandra Webb <cassandra.webb@lakeviewtrust.example>",
    "Business Operations Analyst (Req 11872)",
    """
Hi Denise,

I wanted to reach out personally since you were one of our finalists for the Business Operations Analyst role.

Earlier this week Lakeview Trust announced an internal realignment of the Commercial Banking operations group. As part of that change the requisition for this position has been cancelled, and the work will be absorbed by the existing team. That means we are closing out all candidates in process, including you, and we won't be filling the role.

I know you put real time into the two rounds of interviews and the process-mapping exercise, and I'm sorry the process ended this way. If a new requisition opens in Operations in the first half of next year, I'll reach out to you directly.

Best regards,

Cassandra Webb
Senior Talent Acquisition Partner
Lakeview Trust Bank
614-555-0193
""",
    company="Lakeview Trust Bank", job_title="Business Operations Analyst", contact="Cassandra Webb",
    note="requisition cancelled after realignment, finalist closed out")

add("rejection",
    "Greg Talbot <gtalbot@keystonemutual.example>",
    "Re: Thank you - Operations Analyst panel interview",
    """
Denise,

Thanks for the kind note, and for the time you spent with us on Tuesday. The whole panel enjoyed the conversation.

I'll be straightforward with you since you asked about next steps: we've offered the position to another candidate, and she accepted this morning. It was a close call. What tipped it was hands-on Guidewire ClaimCenter experience - she's configured it before, and with our migration kicking off in Q1, that was hard to pass up. Your process-improvement background and the way you walked us through the vendor SLA project were genuinely impressive.

If it's OK with you, I'd like to keep your information for a Senior Analyst role we expect to open on the Underwriting Ops side mid-next year.

Greg

Greg Talbot
Director, Claims Operations
Keystone Mutual Insurance

From: Denise Harlow <denise.harlow@mailbox.example>
Sent: Wednesday, October 21, 2026 6:47 PM
To: Greg Talbot <gtalbot@keystonemutual.example>
Subject: Thank you - Operations Analyst panel interview

Hi Greg,

Thank you for taking the time to meet with me yesterday, and please pass my thanks along to Priya and Tom as well. I really enjoyed learning about the ClaimCenter migration and how the team is thinking about reducing cycle time on property claims. I'm very interested in the role and would be glad to provide anything else you need.

Best,
Denise Harlow
""",
    headers={"In-Reply-To": "<BN7PR0401MB5521.namprd04@mailbox.example>", "References": "<BN7PR0401MB5521.namprd04@mailbox.example>"},
    company="Keystone Mutual", job_title="Operations Analyst", contact="Greg Talbot",
    note="hiring manager's reply to thank-you note after final panel, with feedback; quoted thread")

add("rejection",
    "Human Resources <hr@bellwetherretail.example>",
    "Inventory Operations Analyst",
    """
Dear Denise,

Thank you for your interest in Bellwether. The Inventory Operations Analyst position has been filled.

Regards,
Bellwether Human Resources
""",
    company="Bellwether", job_title="Inventory Operations Analyst", contact="",
    note="very short, position filled")

add("rejection",
    "Tallgrass Outfitters Careers <careers@tallgrassoutfitters.example>",
    "Your application for Merchandise Planning Operations Analyst",
    """
Hi Denise,

Thank you for applying for the Merchandise Planning Operations Analyst role at our Home Office in Westerville, Ohio.

At Tallgrass, we're a team of outdoor lovers, problem solvers and gear nerds who believe time outside makes life better. From our 140 stores to our distribution centers to the Home Office, every team member helps us get people outdoors - and that starts with finding the right people for every role.

We received a strong response to this posting, and after reviewing your application we have unfortunately decided to pursue other candidates whose experience is a closer fit for the role's current needs.

We know this isn't the news you were hoping for. We'd still love to stay connected:

- Join the Tallgrass Talent Community for updates on Home Office roles: tallgrassoutfitters.example/careers/community
- Follow Life at Tallgrass on Instagram for a behind-the-scenes look at our teams
- Seasonal store roles are open now, and team members get 40% off all gear (just saying)

Thank you again for your interest in Tallgrass Outfitters. See you on the trail.

The Tallgrass Talent Acquisition Team

Tallgrass Outfitters is proud to be an equal opportunity employer.
To stop receiving emails about your application, update your preferences in your candidate profile.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Tallgrass Outfitters", job_title="Merchandise Planning Operations Analyst", contact="",
    note="retail HQ rejection inside employer-brand / talent-community boilerplate")

add("rejection",
    "Rhonda Castillo <rcastillo@cardinalfederal.example>",
    "Regarding your offer of employment",
    """
Dear Ms. Harlow,

I am writing regarding the offer of employment for the position of Senior Operations Analyst, Loan Servicing, extended to you on November 2, 2026, with an anticipated start date of December 7, 2026.

As you may be aware, Cardinal Federal Savings announced on November 16 that it has entered into a definitive agreement to merge with Ohio Valley Bancorp. In connection with this announcement, the company has implemented an immediate hiring freeze on all positions with start dates that have not yet occurred. It is with sincere regret that I must inform you that we are rescinding the offer of employment extended to you.

We understand the impact this decision may have on you, particularly if you have already given notice to your current employer. Please contact me directly at 614-555-0122 so that we can discuss your circumstances and the support we are able to provide.

I want to emphasize that this decision is in no way a reflection of your qualifications or of your performance during the interview process.

Sincerely,

Rhonda Castillo
Vice President, Human Resources
Cardinal Federal Savings
""",
    company="Cardinal Federal Savings", job_title="Senior Operations Analyst, Loan Servicing", contact="Rhonda Castillo",
    note="offer rescinded due to merger hiring freeze")

add("rejection",
    "Ridgeway Retail Group Talent Acquisition <talent@ridgewayretail.example>",
    "Your Application with Ridgeway Retail Group",
    """
Dear Denise,

Thank you for completing the online assessment for the Supply Chain Operations Analyst position.

Based on your assessment results, we will not be moving forward with your application at this time. Candidates who have completed an assessment are eligible to reapply for positions using the same assessment after six months.

We appreciate your interest in Ridgeway Retail Group.

Ridgeway Retail Group Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Ridgeway Retail Group", job_title="Supply Chain Operations Analyst", contact="",
    note="rejection based on online assessment results")

add("rejection",
    "Kevin Marsh <kmarsh@prestigestaffing.example>",
    "Update - Ops Analyst contract w/ Buckeye Life",
    """
Hi Denise,

Got some news from Buckeye Life this afternoon. Their finance team froze all new contractor spend through the end of Q1, so the Operations Analyst contract is on hold indefinitely. They've asked us to release all the candidates we submitted, so I'm closing you out on that one.

Bummer, because the hiring manager liked your resume. I've got a couple of other ops roles I'm working on - one at a regional bank in Dublin (the Ohio one, ha) - that I think you'd be a fit for. Free for a quick call Thursday?

Kevin Marsh
Senior Recruiter | Prestige Staffing Solutions
Cell 614-555-0177
""",
    company="Buckeye Life", job_title="Operations Analyst", contact="Kevin Marsh",
    note="staffing recruiter: client froze spend, candidate released; no stock phrase")

add("rejection",
    "Jill Ramsey <jill.ramsey@summitlineins.example>",
    "RE: Process Improvement Analyst - timeline?",
    """
Hi Denise,

Thanks for your patience, and I'm sorry it took me a while to get back to you.

Unfortunately, the hiring team has decided to go with an internal candidate for the Process Improvement Analyst position. I know you were hoping for a different outcome after the second round. The team was impressed with your Lean Six Sigma work and I'd be glad to keep you in mind for future openings in our Operations Excellence group.

All the best,
Jill

Jill Ramsey | Talent Acquisition Partner
Summitline Insurance Group

From: Denise Harlow <denise.harlow@mailbox.example>
Sent: Monday, November 2, 2026 9:05 AM
To: Jill Ramsey <jill.ramsey@summitlineins.example>
Subject: Process Improvement Analyst - timeline?

Good morning Jill,

I hope you had a nice weekend. I wanted to follow up on my second-round interview on October 20 for the Process Improvement Analyst role. Is there an updated timeline for a decision? I remain very interested in the position.

Thank you,
Denise Harlow
614-555-0106
""",
    headers={"In-Reply-To": "<CH2PR11MB4410.namprd11@mailbox.example>", "References": "<CH2PR11MB4410.namprd11@mailbox.example>"},
    company="Summitline Insurance", job_title="Process Improvement Analyst", contact="Jill Ramsey",
    note="recruiter reply in thread: internal candidate chosen")

add("rejection",
    "Applicant Tracking <donotreply@crestviewretail.example>",
    "Your Application",
    """
Denise,

We have reviewed your background and qualifications for Store Operations Analyst - Corporate (Job ID 7731) and have chosen other applicants whose skills more closely match the requirements of the position.

Your resume will be retained in our files.

Crestview Retail Corporation
Human Resources Department
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Crestview Retail", job_title="Store Operations Analyst - Corporate", contact="",
    note="curt rejection, uninformative subject, no stock phrase")

# --- Persona 2: job_other ---

add("job_other",
    "Ashcroft National Careers <careers@ashcroftnational.example>",
    "Thank you for your interest in Ashcroft National",
    """
Dear Denise,

Thank you for your interest in Ashcroft National Insurance. We have received your application for the position of Operations Analyst - Commercial Lines (Requisition 2026-5519), Cincinnati, OH.

Our recruiting team will review your qualifications against the requirements of the position. If your background aligns with our needs, a recruiter will contact you to discuss next steps. Due to the high volume of applications we receive, we are not able to respond to individual status inquiries by phone, but you may check the status of your application at any time by logging in to your candidate profile.

Thank you again for considering a career with Ashcroft National.

Sincerely,
Ashcroft National Talent Acquisition

Ashcroft National Insurance Company is an Equal Opportunity Employer. If you need a reasonable accommodation to complete the application process, please contact accommodations@ashcroftnational.example.
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="long corporate application acknowledgement ('not able to respond to inquiries')")

add("job_other",
    "Northwind Mutual via CueView <invitations@cueview-interviews.example>",
    "Northwind Mutual invites you to a video interview",
    """
Hello Denise,

Northwind Mutual has invited you to complete an on-demand video interview for the position of Senior Operations Analyst - Billing.

What to expect
- 5 questions, each with 30 seconds to prepare and up to 2 minutes to answer
- You may re-record each answer once
- Total time: about 20 minutes

Please complete your interview by Sunday, November 22, 2026 at 11:59 PM ET.

Start your interview: https://app.cueview-interviews.example/i/NWM-5530-DH

Before you begin, find a quiet, well-lit space and test your camera and microphone. If you are not able to complete the interview by the deadline, please contact the recruiter, Amanda Frost, at afrost@northwindmutual.example.

Good luck!
The CueView Team, on behalf of Northwind Mutual
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="one-way video interview invitation from HireVue-like vendor")

add("job_other",
    "TalentMetric Assessments <no-reply@talentmetric.example>",
    "Reminder: Complete your assessment for Harbor & Pine Bank",
    """
Dear Denise Harlow,

This is a reminder that you have not yet completed the assessment requested by Harbor & Pine Bank for the position of Operations Risk Analyst.

Assessment: Numerical Reasoning + Work Styles Questionnaire
Estimated time: 35 minutes
Deadline: November 18, 2026, 11:59 PM (US Eastern)

Begin or resume your assessment here:
https://candidate.talentmetric.example/launch/HPB-88120

Unfortunately, TalentMetric is unable to extend deadlines. If you need more time or an accommodation, please contact Harbor & Pine Bank directly.

Kind regards,
TalentMetric Candidate Support
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="SHL-like assessment reminder: not yet completed, unable to extend")

add("job_other",
    "Oakmont Financial Careers <noreply@oakmont.icims-mail.example>",
    "Password reset request for your candidate account",
    """
Hello Denise,

We received a request to reset the password for your Oakmont Financial candidate account (username: dharlow).

To choose a new password, click the link below:
https://careers-oakmont.icims-mail.example/jobs/login/reset?token=9f2a7c

For your security, this link will no longer work after 24 hours. If you did not request a password reset, you can safely ignore this email - your password will not change.

Oakmont Financial Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="candidate portal password reset ('no longer work')")

add("job_other",
    "Lorraine Fisk <lfisk@ashcroftnational.example>",
    "Change of location - your interview on Thursday",
    """
Hi Denise,

We regret to inform you that the location of your panel interview has changed. Due to unplanned maintenance in the East Tower, your interview for Operations Analyst - Commercial Lines on Thursday, November 12 will now take place in:

Building C, 3rd floor, Conference Room "Maple"
Ashcroft National campus, 400 Riverfront Blvd, Cincinnati

The time is unchanged (10:00 AM - 11:30 AM). Please check in at the Building C lobby desk with a photo ID. The visitor lot by the East Tower is closed, so please park in Lot D - a shuttle runs every 10 minutes.

Sorry for the change, and see you Thursday!

Lorraine Fisk
Recruiter, Ashcroft National Insurance
513-555-0174
""",
    note="'we regret to inform you' the interview room changed")

add("job_other",
    "Tasha Greene <tgreene@apexpointtalent.example>",
    "Operations Analyst opportunity - Columbus (hybrid)",
    """
Hi Denise,

I came across your profile and your background in claims and servicing operations caught my eye. I'm working with a Fortune 500 financial services client in Columbus on an Operations Analyst role that I think lines up really well.

- 6-month contract-to-hire
- $42-48/hr on W2 (conversion salary in the $85-92k range)
- Hybrid: 3 days onsite near Easton, 2 remote
- Focus: SLA reporting, process mapping, Power BI dashboards, working with offshore vendor teams

Would you be open to a quick 15-minute call this week to chat? Let me know a couple of times that work and I'll send an invite.

Thanks!
Tasha Greene
Senior Technical Recruiter | ApexPoint Talent
(614) 555-0189
""",
    note="staffing recruiter outreach for contract-to-hire role")

add("job_other",
    "Oakmont Financial Talent Acquisition <no-reply@oakmont.icims-mail.example>",
    "Application Status: Under Review",
    """
Dear Denise,

Thank you for your continued interest in the Banking Operations Analyst III position (Req ID 2026-4407).

We want to let you know that your application remains under review. The hiring team has not yet made a decision, and interviews are still ongoing. We expect to complete the process by mid-December and will contact all candidates once a decision has been made.

We know waiting can be hard, and we appreciate your patience.

Oakmont Financial Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="status update: still under review, no decision yet")

add("job_other",
    "Michelle Dorsey <mdorsey@ashcroftnational.example>",
    "Verbal offer follow-up - Operations Analyst, Commercial Lines",
    """
Hi Denise,

Thank you for the great conversation this morning. As discussed, I'm pleased to confirm the details of our offer for the Operations Analyst - Commercial Lines position:

- Base salary: $84,500
- Annual incentive: 8% target
- Start date: Monday, January 11, 2027
- Location: Cincinnati, OH - hybrid, 3 days in office
- Benefits: eligible on day one; 401(k) match up to 6%

You asked about relocation. We're not able to offer a full relocation package for this level, but we'd very much like to proceed, so we've increased the sign-on bonus to $5,000 to help with the move.

Your formal offer letter will arrive from our onboarding system later today. The offer is contingent on a background check and verification of employment history. Please let me know by Friday, November 20, whether you accept.

Congratulations - the team is excited!

Michelle Dorsey
HR Business Partner
Ashcroft National Insurance
""",
    note="offer: 'not able to offer relocation but would like to proceed'")

add("job_other",
    "Brian Fuller <bfuller@tristatehardware.example>",
    "RE: Offer - Operations Analyst",
    """
Hi Denise,

Thank you for letting me know, and for being so upfront throughout the process. We're sorry to hear you've decided to decline our offer, but we completely understand - it sounds like a great opportunity.

If things change down the road, please don't hesitate to reach out. Best of luck at Ashcroft!

Brian

Brian Fuller | Talent Acquisition Manager
Tri-State Hardware Supply - Home Office

From: Denise Harlow <denise.harlow@mailbox.example>
Sent: Thursday, November 19, 2026 4:12 PM
To: Brian Fuller <bfuller@tristatehardware.example>
Subject: Offer - Operations Analyst

Hi Brian,

Thank you so much for the offer and for everyone's time. After a lot of thought, I've decided to accept another position that's a better fit for my long-term goals, so I must respectfully decline. I really enjoyed meeting the team.

Warm regards,
Denise
""",
    headers={"In-Reply-To": "<SA1PR19MB6631.namprd19@mailbox.example>", "References": "<SA1PR19MB6631.namprd19@mailbox.example>"},
    note="candidate declined the offer; employer acknowledges")

add("job_other",
    "Verity Screening <noreply@verityscreen.example>",
    "Your background check is complete",
    """
Hello Denise Harlow,

The background screening requested by Ashcroft National Insurance has been completed, and the results have been delivered to the employer.

Order #: VS-2611-004417
Components: Criminal (county, statewide, federal), Employment Verification (2), Education Verification (1)
Status: Complete

You can view and download a copy of your report at any time through the Candidate Portal:
https://portal.verityscreen.example/candidate

If you believe any information in your report is inaccurate or incomplete, you have the right to dispute it. Instructions are available in the portal.

Verity Screening Services
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="pre-employment background check completed")

add("job_other",
    "Lorraine Fisk <lfisk@ashcroftnational.example>",
    "References",
    """
Hi Denise,

Quick update - we've been able to speak with two of your references (Karen Lowe and Sam Okafor), and both conversations went very well.

Unfortunately, we were unable to reach Mark Ellison. I've tried his cell twice and his voicemail box is full. Could you send us an alternate number or email for him, or the contact details of another former manager?

Once we have the third reference we can get your offer approved, so hopefully this week!

Thanks,
Lorraine
""",
    note="reference check: unable to reach one reference")

add("job_other",
    "Harborline Talent Network <talentnetwork@harborline.example>",
    "Harborline Careers | November: Meet our Claims team + hiring events",
    """
HARBORLINE CAREERS - NOVEMBER 2026

Hello Denise,

Meet the Claims team
This month we sat down with Latasha, a Claims Operations Manager who started at Harborline as a customer service rep 14 years ago. "What keeps me here is that people really do get to grow," she says. Read her story: careers.harborline.example/stories/latasha

Upcoming hiring events
- Nov 18 | Virtual info session: IT & Data careers (register online)
- Dec 2 | Columbus Hiring Day - Customer Service & Claims, on-the-spot interviews

Sadly, our November 19 open house in Dayton has been cancelled. We'll announce a new date soon.

Featured jobs
- Senior Claims Data Analyst - Columbus, OH
- Underwriting Operations Specialist - Indianapolis, IN or Remote
- Vendor Management Analyst - Columbus, OH

Browse all jobs: careers.harborline.example

You are receiving this email because you joined the Harborline Talent Network.
Unsubscribe | Manage preferences
""",
    headers={"List-Unsubscribe": "<https://careers.harborline.example/talent-network/unsubscribe?id=DH7741>", "Precedence": "bulk"},
    note="talent-network newsletter; event cancelled ('sadly')")

add("job_other",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin-mail.example>",
    "12 new jobs for \"operations analyst\" in Columbus, Ohio",
    """
Your job alert for operations analyst in Columbus, Ohio, United States
12 new jobs match your preferences.

Operations Analyst II
Buckeye Life - Columbus, OH (Hybrid)
Actively recruiting

Senior Business Operations Analyst
Granite Peak Bank - Columbus, OH (On-site)
$88K/yr - $104K/yr

Claims Operations Analyst
Ridgeline Auto Insurance - Dublin, OH (Hybrid)
Be an early applicant

Retail Operations Analyst, Home Office
Tri-State Hardware Supply - Westerville, OH

See all jobs: https://www.linkedin-mail.example/jobs/search/?alert=OA-CMH

Unsubscribe: https://www.linkedin-mail.example/e/unsub?alert=OA-CMH
You are receiving Job Alert emails.
""",
    headers={"List-Unsubscribe": "<https://www.linkedin-mail.example/e/unsub?alert=OA-CMH>", "Precedence": "bulk"},
    note="LinkedIn job alert")

# --- Persona 2: ham ---

add("ham",
    "Granite Peak Bank Mortgage <mortgage-notices@granitepeakbank.example>",
    "Your refinance application #RF-20261104",
    """
Dear Denise Harlow,

Thank you for applying to refinance your home loan with Granite Peak Bank.

After reviewing your application, we regret that we are unable to approve your request for a cash-out refinance at this time. The principal reasons for this decision are:

- Combined loan-to-value ratio exceeds program maximum (80%)
- Appraised value lower than estimated value provided in application

You have the right to a free copy of the appraisal report used in connection with your application. A formal Statement of Credit Denial, Termination or Change, including your rights under the Equal Credit Opportunity Act, will be mailed to you within 30 days.

If you would like to discuss other options, such as a rate-and-term refinance, please call your loan officer, Mike Sorrell, at 614-555-0140.

Granite Peak Bank Mortgage Services
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="mortgage refinance application declined (not a job)")

add("ham",
    "Mrs. Okonkwo <aokonkwo@westbrookelementary.example>",
    "Field trip permission slip - COSI, Nov 20",
    """
Dear Families,

Our 4th grade class will visit COSI on Friday, November 20! We will leave school at 9:00 and return by 2:30.

Please sign the permission slip in your child's Friday folder and return it with $8 by Tuesday. Students should bring a packed lunch in a disposable bag.

We still need two parent chaperones. If you are available and have a current background check on file, please reply to this email.

Thank you!
Adaeze Okonkwo
4th Grade, Room 12
Westbrook Elementary
""",
    note="child's school field trip notice")

add("ham",
    "Willow Creek HOA Board <board@willowcreekhoa.example>",
    "Architectural Review Request #2026-31 - Decision",
    """
Dear Ms. Harlow,

The Architectural Review Committee met on November 9, 2026 to consider your request to install a 6-foot privacy fence along the rear property line of 7714 Willow Creek Dr.

After review, the Committee has denied the request as submitted. Section 4.3 of the Community Guidelines limits rear-yard fences to 4 feet in height and requires open-style (picket or split-rail) construction.

You are welcome to submit a revised request that complies with Section 4.3. Revised requests received by December 1 will be reviewed at the December meeting. If you wish to appeal this decision, please notify the Board in writing within 30 days.

Regards,
Willow Creek Homeowners Association
Board of Directors
""",
    note="HOA denies fence request")

add("ham",
    "Renee Harlow-Pike <renee.pike@mailbox.example>",
    "Maddie news",
    """
Hey sis,

So Maddie heard from Northwestern last night. She got deferred from early decision to the regular pool. Not a no, but not a yes, and she's pretty crushed. Sadly two of her friends got in so that made it worse. I told her lots of kids get in from the deferral pile but you know how she is.

Could you send her a text? She listens to you more than me right now lol. Nothing big, just that you're proud of her.

Still on for Sunday? I'll bring the mac and cheese.

Love,
Renee
""",
    note="sister about niece's college deferral")

add("ham",
    "ShopMart <shipment-tracking@shopmart.example>",
    "Your order has shipped",
    """
Hi Denise,

Good news - your order #114-7730291 has shipped!

Items in this shipment:
- Ergonomic Desk Footrest, Black (1)
- Blue Light Glasses, 2-pack (1)

Carrier: UPS
Tracking: 1Z9W70410351234567
Estimated delivery: Thursday, November 19

Track your package: https://shopmart.example/orders/114-7730291

Thanks for shopping with us!
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="online shopping shipment notice")

add("ham",
    "Pam Yoder <pyoder@mailbox.example>",
    "Book club - change of plans",
    """
Hi ladies,

Sadly Marcy can't host on the 3rd after all (her kitchen reno is running way behind, surprise surprise). Denise offered her place - thank you!! So we're at Denise's, 7:00, same day.

Book is still "The Lighthouse Keeper's Daughter." I'm only halfway so no spoilers please.

Bring a snack or a bottle. Gail, are you doing your spinach dip?

Pam
""",
    note="book club change of host ('sadly')")

# ---------------------------------------------------------------------------
# Persona 3: Marcus Delgado, new-grad mechanical engineer (BSME, Houston area):
# defense contractors, automotive, clearances, requisition numbers, agencies.
# ---------------------------------------------------------------------------

add("rejection",
    "Aldridge Aerospace Careers <careers@aldridgeaero.example>",
    "Aldridge Aerospace - Requisition R10048213 Update",
    """
Dear Marcus,

Thank you for your interest in the Mechanical Engineer I (Structures) position, Requisition R10048213, located in Fort Worth, TX.

After a thorough review of your application, we have decided to move forward with other candidates whose qualifications more closely align with the requirements of the position. We regret that we are unable to offer you an interview at this time.

We encourage you to continue to review our career opportunities at careers.aldridgeaero.example and apply for any positions for which you feel qualified.

Thank you again for your interest in Aldridge Aerospace.

Aldridge Aerospace Talent Acquisition

Aldridge Aerospace is an Equal Opportunity/Affirmative Action Employer - Minorities/Women/Veterans/Disabled. This message and any attachments may contain information subject to the International Traffic in Arms Regulations (ITAR). If you are not the intended recipient, please delete it.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Aldridge Aerospace", job_title="Mechanical Engineer I (Structures)", contact="",
    note="defense contractor rejection with requisition number, stock wording")

add("rejection",
    "Ironbridge Defense Systems Talent Acquisition <talent@ironbridgeds.example>",
    "Your application - Mechanical Design Engineer (Req 26-11407)",
    """
Hello Marcus,

Thank you for applying for the Mechanical Design Engineer position (Req 26-11407) in Huntsville, AL.

This position requires an active DoD Secret security clearance at the time of hire, due to the immediate need to support classified program work from day one. Based on the information in your application, you do not currently hold an active clearance, and we are therefore unable to consider your application for this requisition.

Many of our entry-level engineering roles are listed as "Ability to obtain clearance," and we'd encourage you to look at those - we sponsor clearances for new graduates regularly. You can filter for them on our careers site under Security Clearance > "Not required at hire."

Best regards,

Ironbridge Defense Systems
Talent Acquisition - Engineering
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Ironbridge Defense Systems", job_title="Mechanical Design Engineer", contact="",
    note="not considered because no active clearance; no stock phrase")

add("rejection",
    "Brandon Kile <bkile@lonestartechstaff.example>",
    "Design Engineer contract",
    """
Hey Marcus - quick update, the client went with another candidate for the Design Engineer contract in Katy. I'll keep you in mind for the next one.

-Brandon
Lone Star Technical Staffing
""",
    company="Lone Star Technical Staffing", job_title="Design Engineer", contact="Brandon Kile",
    note="very short staffing-agency rejection, client unnamed")

add("rejection",
    "Stellmark Motors Talent Acquisition <noreply@stellmark.successfactors-mail.example>",
    "Requisition 55821 - Product Engineer, Closures",
    """
Dear Marcus Delgado,

Thank you for your application for the position Product Engineer - Closures (Requisition 55821), Auburn Hills, MI.

The requisition for this position has been cancelled following a change in the vehicle program timeline. Because the position will not be filled, your application has been closed. No action is required on your part.

We value your interest in Stellmark Motors and invite you to review other current openings on our career site. Your candidate profile remains active.

Stellmark Motors North America
Talent Acquisition

This is a system-generated email. Replies to this address are not monitored.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Stellmark Motors", job_title="Product Engineer - Closures", contact="",
    note="requisition cancelled, application closed; no stock phrase")

add("rejection",
    "Tamara Jensen <tamara.jensen@vectrahdefense.example>",
    "Contingent Offer - Mechanical Engineer I - Update",
    """
Marcus,

I'm reaching out with some difficult news, and I wanted to call you first - I left you a voicemail this morning, but I also want you to have this in writing.

As you know, the contingent offer we extended on October 5 for Mechanical Engineer I on the Harrier Ground Vehicle program was contingent on contract award. On November 12 the Army announced that the production contract went to a competitor. We have filed a protest, but the outcome won't be known for several months, and the program team is being reduced in the meantime.

Unfortunately, this means we are withdrawing the contingent offer of employment. Your e-QIP submission will also be stopped, so you do not need to take any further action on the security paperwork.

I'm genuinely sorry. You were a strong hire and this has nothing to do with you. I've shared your resume with our Space Systems and Sustainment divisions in Dallas, which are still hiring entry-level mechanical engineers, and a recruiter from one of those groups may reach out directly.

Please call me at 972-555-0115 if you have any questions.

Tamara Jensen
Talent Acquisition Partner, Engineering
Vectrah Defense
""",
    company="Vectrah Defense", job_title="Mechanical Engineer I", contact="Tamara Jensen",
    note="contingent offer withdrawn after contract loss (rescinded)")

add("rejection",
    "Owen Lindqvist <olindqvist@kestrelev.example>",
    "Re: Thank you + onsite follow-up",
    """
Hi Marcus,

Appreciate you following up, and sorry for the radio silence - it's been a crazy couple of weeks with the pack validation build.

I owe you a straight answer: we ended up going with a candidate who had two co-op rotations in battery enclosure design and quite a bit more FEA under her belt. Honestly it was close. Your GD&T answers were solid and your teardown exercise write-up was one of the better ones we saw.

Two things I'd work on if I were you:
1. Get more reps on tolerance stack-ups - you got there, but slowly.
2. Pick up some hands-on Ansys or Abaqus time, even on a personal project. Everyone on this team runs their own first-pass sims.

Keep in touch. We'll be hiring again in the spring and I'd be happy to see your name come through.

Owen

Owen Lindqvist
Engineering Manager, Battery Structures
Kestrel EV | Austin, TX

On Mon, Nov 16, 2026 at 7:41 AM Marcus Delgado <marcus.delgado.me@inboxly.example> wrote:
> Hi Owen,
>
> Thank you again for hosting me for the onsite on November 5. I really enjoyed the teardown exercise and seeing the pack line. I wanted to follow up and see if there was any update on the Mechanical Engineer - Battery Structures role.
>
> Best regards,
> Marcus Delgado
""",
    headers={"In-Reply-To": "<CAF4mD8q2Hh0@mail.inboxly.example>", "References": "<CAF4mD8q2Hh0@mail.inboxly.example>"},
    company="Kestrel EV", job_title="Mechanical Engineer - Battery Structures", contact="Owen Lindqvist",
    note="manager's reply with feedback after onsite, quoted thread, no stock phrase")

add("rejection",
    "Pruett Manufacturing <noreply@pruett.icims-mail.example>",
    "Your Application Status",
    """
Hello Marcus,

The status of your application has changed.

Job: Manufacturing Engineer I (Req ID 2026-3310) - Tulsa, OK
New Status: Not Selected - Position Filled

Log in to your candidate profile for more information:
https://careers-pruett.icims-mail.example/jobs/login

Pruett Manufacturing Company
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Pruett Manufacturing", job_title="Manufacturing Engineer I", contact="",
    note="iCIMS status-line notice 'Not Selected - Position Filled'")

add("rejection",
    "Granger Automotive Components <talent@grangerauto.example>",
    "Thank you from Granger Automotive Components",
    """
Dear Marcus,

On behalf of everyone at Granger Automotive Components, thank you for applying for the Thermal Systems Engineer - New Graduate position at our Technical Center in San Antonio.

For more than 60 years, Granger has engineered the systems that keep vehicles running cool, quiet and efficient. Today, we supply heat exchangers, battery thermal plates and HVAC modules to nine of the world's top twelve automakers from 31 facilities in 11 countries. We're proud of our engineering culture, and we take the same care in finding new engineers as we do in designing our products.

Although your qualifications are impressive, we have selected another candidate for this position.

We hope you will continue to consider Granger as you build your career:

- Join our Talent Community and tell us which areas interest you - design, testing, manufacturing or quality: grangerauto.example/talent
- Our Early Career Rotational Program opens applications each September for December and May graduates.
- Meet us at upcoming SAE and ASME student events across Texas and Michigan.

Thank you again for your interest, and we wish you every success.

Warm regards,

University & Early Career Recruiting
Granger Automotive Components

Granger Automotive Components is an equal opportunity employer. This email was sent to marcus.delgado.me@inboxly.example. Manage your communication preferences in your candidate profile.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Granger Automotive Components", job_title="Thermal Systems Engineer - New Graduate", contact="",
    note="decision is one sentence inside long talent-community boilerplate, no stock phrase")

add("rejection",
    "Dale Herrick <dherrick@gulfstarfab.example>",
    "RE: Mech engineer position",
    """
Marcus, we filled the position last week. Thanks for your time and good luck.

Dale Herrick
Plant Manager, Gulf Star Fabrication
""",
    headers={"In-Reply-To": "<CAF4mD8q77Ka@mail.inboxly.example>"},
    company="Gulf Star Fabrication", job_title="Mech engineer", contact="Dale Herrick",
    note="one-line reply: position filled")

add("rejection",
    "Heather Lund <hlund@coldwaterpumps.example>",
    "Coldwater Pumps - Rotating Equipment Engineer interview outcome",
    """
Hi Marcus,

Thank you for spending the day with us in Baytown last Friday. I know a full day of interviews plus the plant tour is a lot, and everyone commented on how engaged and curious you were the whole time.

Unfortunately, we've decided to offer the Rotating Equipment Engineer - EIT role to another candidate. I want to give you some useful feedback, because you were one of two finalists:

- Technical interview: strong on fluid mechanics fundamentals and pump curves. When asked about NPSH and cavitation you got the concept right but weren't as confident applying it to the field scenario.
- Design review exercise: good catch on the bearing housing fit. The panel would have liked to see you ask more questions about the operating conditions before proposing changes.
- Plant tour: the maintenance supervisor specifically mentioned you asked the best questions of anyone that week.

The other candidate had a year of field service experience through a co-op, and in the end that made the difference for a role that's 40% in the field.

We're growing, and I'd really like to stay in touch. If it's all right with you, I'll reach out when our Applications Engineering group opens its next entry-level role (likely Q2).

Best regards,

Heather Lund
HR Manager
Coldwater Pumps & Compression
281-555-0136
""",
    company="Coldwater Pumps", job_title="Rotating Equipment Engineer - EIT", contact="Heather Lund",
    note="rejection after final round with detailed feedback")

# --- Persona 3: job_other ---

add("job_other",
    "Renata Ochoa <rochoa@talonsystems.example>",
    "Pre-screening questions - Associate Mechanical Engineer (Req 0087214)",
    """
Hi Marcus,

Thanks for your interest in the Associate Mechanical Engineer position (Req 0087214) at our Plano site. Before I pass your resume to the hiring manager, I need to confirm a few items, since this role supports programs that require a DoD Secret clearance.

1. Are you a U.S. citizen? (Required for this position.)
2. Do you currently hold, or have you ever held, a security clearance?
3. Do you hold citizenship in any other country?
4. Are you willing to undergo a background investigation, including a credit check and review of the last 7 years of residences and employment?
5. What is your expected graduation date, and your availability to start?

Please note: if you are not able to obtain a clearance, unfortunately we couldn't keep you in process for this particular requisition - but there's no need to worry about that at this stage; most new grads get through without any issues. Just reply to this email by Friday.

Thanks!
Renata Ochoa
Technical Recruiter, Talon Systems
""",
    note="clearance pre-screen questions; conditional 'not able'/'unfortunately'")

add("job_other",
    "Angela Ruiz <aruiz@techforcepartners.example>",
    "Entry-level Mechanical Engineer - Contract to Hire - Houston",
    """
Hi Marcus,

I hope you're doing well! I found your resume on Indeed and wanted to reach out about an entry-level Mechanical Engineer opening with one of our clients, a valve and actuator manufacturer in northwest Houston.

- Contract-to-hire (6 months, then conversion)
- $32-36/hr, overtime eligible
- SolidWorks, drawing packages, ECNs, supporting the shop floor
- Day shift, on-site, Monday-Friday

Your senior design project on the hydraulic test fixture is a great fit for what they're doing. Are you available for a quick phone call today or tomorrow? If this one's not for you, just let me know what you're looking for and I'll keep an eye out.

Thanks,
Angela Ruiz
Engineering Recruiter | TechForce Partners
Direct: 713-555-0142
""",
    note="staffing agency recruiter outreach")

add("job_other",
    "Sterling Marine Systems Careers <careers@sterlingmarine.example>",
    "Application Received - Req 26-04418 Mechanical Engineer I",
    """
Dear Marcus,

Thank you for applying to Sterling Marine Systems. This email confirms that we have received your application for:

Requisition: 26-04418
Title: Mechanical Engineer I
Location: Pascagoula, MS

Our Talent Acquisition team is reviewing applications. If your qualifications match the needs of the position, a recruiter will contact you.

Please note that due to the nature of our work for the U.S. Navy, candidates for this position must be U.S. citizens and must be able to obtain and maintain a security clearance. We are not able to provide visa sponsorship for this role.

You can track your application status at careers.sterlingmarine.example.

Sterling Marine Systems
Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="application received with requisition number and citizenship note")

add("job_other",
    "Molly Sheffield <msheffield@kestrelev.example>",
    "Onsite Interview Invitation - Kestrel EV, Austin",
    """
Hi Marcus,

Great news - the Battery Structures team would like to invite you to an onsite interview at our Austin engineering center!

Date: Thursday, November 5, 2026
Time: 9:00 AM - 3:30 PM (lunch provided)
Address: Kestrel EV, 8800 Tech Ridge Pkwy, Building 2, Austin, TX

Agenda
- 9:00 Welcome & safety briefing
- 9:30 Technical interview (Owen Lindqvist, Engineering Manager)
- 10:30 Teardown exercise (bring closed-toe shoes)
- 12:00 Lunch with the team
- 1:00 Behavioral interview
- 2:00 Pack line tour
- 3:00 Wrap-up with Recruiting

Travel: unfortunately we're not able to book flights for candidates located within 250 miles of the site, so we'll reimburse your mileage at the IRS rate plus one night at the Hyatt Place if you'd like to drive up the evening before. Just let me know and I'll make the reservation.

Please confirm by Friday!

Molly Sheffield
Recruiting Coordinator | Kestrel EV
""",
    note="onsite interview invitation; 'unfortunately not able to book flights'")

add("job_other",
    "ClearPath Screening <scheduling@clearpathscreen.example>",
    "Action required: schedule your pre-employment drug screen",
    """
Dear Marcus Delgado,

Brazos Aero Structures has requested a pre-employment drug screen as part of your contingent offer of employment.

Test type: 10-panel urine, DOT-style collection
Complete by: Wednesday, December 2, 2026

Find a collection site near you and bring this Donor Pass (ID: CPS-44091-MD) and a government-issued photo ID:
https://donor.clearpathscreen.example/pass/CPS-44091-MD

Walk-ins are accepted at most sites. If you do not complete your test by the deadline, your Donor Pass will expire and you will need to contact the employer to request a new one.

ClearPath Screening
This message was sent on behalf of your prospective employer. Please do not reply.
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="pre-employment drug screen scheduling")

add("job_other",
    "Leticia Gomez <lgomez@brazosaero.example>",
    "Offer of Employment - Mechanical Engineer I",
    """
Dear Marcus,

On behalf of Brazos Aero Structures, I am pleased to offer you the position of Mechanical Engineer I in our Waco, Texas facility, reporting to Ken Whitlow, Manager, Structures Design.

Starting salary: $78,000 per year, paid bi-weekly
Relocation: lump sum of $4,000 (grossed-up)
Anticipated start date: Monday, January 4, 2027
Benefits: medical, dental, vision, 401(k) with 5% match, 9/80 schedule

This offer is contingent upon (1) satisfactory completion of a pre-employment drug screen and background check, (2) verification of your U.S. citizenship, and (3) your ability to obtain and maintain a DoD Secret security clearance. You will receive instructions for the clearance paperwork after you accept.

Please sign and return the attached offer letter by Monday, November 30, 2026. If you decide to decline the offer, we would appreciate hearing from you by the same date so we can update our records.

We are excited about the possibility of you joining our team!

Sincerely,

Leticia Gomez
Human Resources Business Partner
Brazos Aero Structures
""",
    note="contingent offer letter; mentions 'decline'")

add("job_other",
    "Prova Assessments <notify@prova-assess.example>",
    "You have not yet completed your Mechanical Reasoning Test",
    """
Hello Marcus,

Halvorsen Heavy Equipment invited you to complete the Mechanical Reasoning Test (30 minutes) for the position Design Engineer I - Hydraulics.

You have not yet completed this test. Your invitation expires in 3 days.

Start now: https://test.prova-assess.example/c/HHE-3391

Please make sure you have an uninterrupted half hour. Once started, the timer cannot be paused. If your session is interrupted due to a technical issue, unfortunately we are unable to reset it automatically - contact support@prova-assess.example with your invitation code.

Prova Assessments
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="assessment reminder, not yet completed ('unable to reset')")

add("job_other",
    "Indeed <alert@indeed-mail.example>",
    "9 new mechanical engineer jobs in Houston, TX",
    """
Marcus, here are your new job matches

mechanical engineer - Houston, TX

Mechanical Engineer I
Coldwater Pumps & Compression - Baytown, TX
$72,000 - $80,000 a year
Easily apply

Associate Design Engineer
Bayou Valve Co. - Houston, TX 77041
New

Project Engineer - Mechanical (Entry Level)
Trinity Mechanical Contractors - Pasadena, TX

Field Engineer I
Gulfline Compression Services - Conroe, TX
Urgently hiring

See all 9 new jobs: https://www.indeed-mail.example/jobs?q=mechanical+engineer&l=Houston

Saved jobs update: 2 jobs you saved are no longer accepting applications on Indeed.

You're receiving this because you created a job alert. Unsubscribe: https://www.indeed-mail.example/alerts/unsubscribe?id=ME-HOU
""",
    headers={"List-Unsubscribe": "<https://www.indeed-mail.example/alerts/unsubscribe?id=ME-HOU>", "Precedence": "bulk"},
    note="Indeed job alert; saved jobs no longer accepting applications")

add("job_other",
    "Angela Ruiz <aruiz@techforcepartners.example>",
    "Update on Bayou Valve - still in the running",
    """
Hi Marcus,

Just a heads-up so you're not left wondering. Bayou Valve has put all interviews on hold until after the holidays - their engineering manager is out on leave and the plant is doing its year-end shutdown. Sadly that means no final interview before January.

To be clear, this is not a no! The hiring manager told me you're one of two people they want to bring in for the final round, and the req is still open and approved. I'll follow up with them the first week of January and get you on the calendar.

If anything else comes up in the meantime, let me know so I can keep them posted.

Happy Thanksgiving!
Angela
""",
    note="agency: interviews paused, candidate still in consideration ('sadly')")

add("job_other",
    "Halvorsen Heavy Equipment Recruiting <no-reply@halvorsen.icims-mail.example>",
    "Withdrawal confirmation - Design Engineer I - Hydraulics",
    """
Dear Marcus,

We have received your request to withdraw from consideration for Design Engineer I - Hydraulics (Req 2026-2207). Your application has been closed and you will no longer receive communications about this position.

We're sorry to see you go, but we understand. Your candidate profile remains active, and you are welcome to apply for future positions at any time.

Best wishes,
Halvorsen Heavy Equipment Talent Acquisition
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="candidate's own withdrawal confirmed ('closed', 'no longer')")

add("job_other",
    "Kimberly Vance <kvance@sterlingmarine.example>",
    "Phone interview - need to move",
    """
Hi Marcus,

Sadly our hiring manager, Jeff, is out sick today, so we'll need to move your 2:00 phone interview for Mechanical Engineer I (Req 26-04418). I'm sorry about the late notice.

Could you do Monday at 10:00 or 1:30 Central instead? Same dial-in. Jeff was really looking forward to talking with you, so please don't read anything into this.

Thanks for your flexibility,
Kimberly Vance
Recruiter, Sterling Marine Systems
""",
    note="phone interview moved because manager is sick ('sadly')")

add("job_other",
    "Brazos Aero Structures Security <security@brazosaero.example>",
    "Action Required: e-QIP Investigation Request",
    """
Marcus Delgado,

As part of your employment with Brazos Aero Structures, you have been initiated in the Electronic Questionnaires for Investigations Processing (e-QIP) system to complete the Standard Form 86 (SF-86) for a Secret security clearance.

Please complete and certify your e-QIP within 10 calendar days of this notice. Failure to complete the questionnaire within this timeframe may delay your start date.

Before you begin, gather:
- Addresses for the past 7 years (and someone who knew you at each)
- Employment history for the past 7 years, including part-time jobs and internships
- Passport information, if applicable
- Contact information for three references who know you well

Your golden questions and instructions were sent in a separate email. If you are unable to log in, or if you have any questions, please contact the Security Office at 254-555-0107. Do not email sensitive personal information.

Brazos Aero Structures
Industrial Security Office
""",
    note="clearance paperwork (e-QIP) after offer acceptance")

add("job_other",
    "Josh Whitaker <jwhitaker@stellmark.example>",
    "Great meeting you at the SWE/ASME career fair",
    """
Hey Marcus,

It was great meeting you at the career fair on Tuesday - thanks for walking me through your Baja SAE suspension work, that was impressive.

As promised, here are the two roles I mentioned. Please apply online and then shoot me a note with your candidate ID so I can flag your application:

- Product Engineer - Chassis, Req 55604 (Auburn Hills, MI)
- Manufacturing Engineer - Body in White, Req 55719 (San Antonio, TX)

The San Antonio role might be a better fit since you want to stay in Texas. Applications close December 15.

Talk soon,
Josh Whitaker
University Recruiting, Stellmark Motors
""",
    note="recruiter follow-up after career fair with requisition numbers")

add("job_other",
    "Lena Pruitt <lpruitt@gulfcoastcompressor.example>",
    "Missing transcript - Mechanical Engineer I",
    """
Hello Marcus,

Thank you for applying for our Mechanical Engineer I position.

We were unable to open the transcript attached to your application (it appears as a 0 KB file on our end). Please reply to this email with your transcript attached as a PDF. An unofficial transcript is fine at this stage.

Once we receive it, your application will be sent to the hiring manager for review.

Thanks,
Lena Pruitt
HR Coordinator
Gulf Coast Compressor Co.
""",
    note="request for missing transcript; attachment could not be opened")

# --- Persona 3: ham ---

add("ham",
    "The Reserve at Clear Lake Leasing <leasing@reserveclearlake.example>",
    "Rental Application - Unit 2214",
    """
Dear Marcus Delgado,

Thank you for your interest in The Reserve at Clear Lake.

We regret to inform you that your rental application for Unit 2214 has not been approved. Our screening criteria require verifiable monthly income of at least three times the monthly rent. Because your employment offer letter does not list a start date within 30 days of move-in, we were unable to verify income as required.

You may reapply with a qualified guarantor or once your employment has begun. Your $75 application fee is non-refundable; your $300 holding deposit will be refunded within 10 business days.

Your screening report was provided by Apex Tenant Screening. You have the right to request a free copy within 60 days.

The Reserve at Clear Lake Leasing Office
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="apartment rental application not approved")

add("ham",
    "ASME Membership <membership@asme-members.example>",
    "Your ASME membership: time to upgrade from Student to Member",
    """
Hi Marcus,

Congratulations on your upcoming graduation!

Your ASME Student membership expires on December 31, 2026. As a new graduate, you're eligible for our Early Career rate - just $39 for your first year as a full Member (regularly $190).

Your membership includes:
- Access to ASME Digital Collection journals and conference papers
- Discounts on codes & standards, including the B31 and BPVC series
- Local section events and networking in the Houston area

Upgrade today: asme-members.example/upgrade

ASME Member Services
""",
    headers={"List-Unsubscribe": "<mailto:unsubscribe@asme-members.example>", "Precedence": "bulk"},
    note="professional society membership renewal")

add("ham",
    "Tony Salas <tonysalas.htx@mailbox.example>",
    "Re: trade veto lol",
    """
bro the league voted and your trade got declined 6-2. nobody was letting you have CMC for a kicker and a bench WR, come on man

unfortunately for you I'm also the commish so no appeals lmao

week 12 we're at Javi's, bring wings this time not those sad frozen ones

-T
""",
    note="fantasy football league: trade declined")

add("ham",
    "Lonestar Student Loan Servicing <notices@lonestarloans.example>",
    "Decision on your deferment request",
    """
Dear Marcus Delgado,

We have reviewed your request for an economic hardship deferment on your federal student loans (account ending 4471).

Unfortunately, your request has been denied because you are still within your six-month grace period, which ends on June 30, 2027. Loans in grace do not require payments, so no deferment is needed at this time.

Your first payment of $287.16 will be due on July 28, 2027. You may wish to explore income-driven repayment plans before then at studentaid.gov.example.

Sincerely,
Lonestar Student Loan Servicing
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="student loan deferment request denied")

add("ham",
    "Papi <rdelgado1962@mailbox.example>",
    "troca",
    """
Mijo,

the F-150 is making that noise again when I brake. your tio says its the rotors. can you come saturday and look at it with me, I got the parts already from O'Reilly.

Your mom says bring laundry if you want, she's making tamales anyway.

Papi
""",
    note="dad about truck repair")

add("ham",
    "Bayou City Adult Soccer <registration@bayoucitysoccer.example>",
    "Spring 2027 registration: waitlist confirmation",
    """
Hi Marcus,

Thanks for registering for the Spring 2027 season (Men's Open, Division 2).

Sadly, all Division 2 team rosters are full, and we were unable to place you as a free agent this season. You have been added to the free-agent waitlist in position 9. If a spot opens up before the season starts on February 7, we'll email you with a link to complete payment.

Your card has not been charged.

See you on the field,
Bayou City Adult Soccer League
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="rec soccer league: roster full, waitlisted")

# ---------------------------------------------------------------------------
# Persona 4: Ciara Brennan, marketing executive in Dublin, applying to agencies
# and in-house roles in Dublin and London; staffing recruiters; LinkedIn relays.
# ---------------------------------------------------------------------------

add("rejection",
    "Niamh Kearney <niamh@fieldmousecreative.example>",
    "Thanks for Tuesday",
    """
Hi Ciara,

Thanks so much for coming in on Tuesday, it was lovely to meet you. We've decided to go with someone with a bit more B2B experience for this one.

All the best,
Niamh
""",
    company="Fieldmouse Creative", job_title="", contact="Niamh Kearney",
    note="very short note after interview, no stock phrase, role not named")

add("rejection",
    "Declan Foley <declan.foley@harcourttalent.example>",
    "Brand Executive - Bracken Distillers",
    """
Hi Ciara,

Just following up on our call earlier so you have it in writing.

Bracken Distillers have come back to me and have decided not to progress your application for the Brand Executive role. The feedback was genuinely positive on you personally - they liked your energy and the Fernhill campaign you talked through - but they're after someone who's run trade marketing in the on-trade before, and that's a gap they didn't want to train in this time.

Don't be too put out by it. I've two other briefs landing this week (one drinks, one food) that I think suit you better, so I'll be in touch.

Cheers,
Declan

Declan Foley
Senior Consultant - Sales & Marketing
Harcourt Talent | Dublin 2
+353 1 555 0142
""",
    company="Bracken Distillers", job_title="Brand Executive", contact="Declan Foley",
    note="recruiter confirms client won't progress application, after phone call")

add("rejection",
    "Niall Corcoran via LinkedIn <messages-noreply@linkedin-mail.example>",
    "Niall sent you a message",
    """
Niall Corcoran
Head of Marketing at Quayside Cycles

"Hi Ciara, thanks for the message and the CV. I'm afraid the Digital Marketing Exec role was filled internally last week - should have taken the ad down sooner, sorry about that. Best of luck with the search."

View message: https://www.linkedin-mail.example/messaging/thread/2-NjQ5MzQx

This email was intended for Ciara Brennan (Marketing Executive | Brand & Content | FMCG).
You are receiving Messages notification emails. Unsubscribe: https://www.linkedin-mail.example/e/unsub?type=msg
""",
    headers={"List-Unsubscribe": "<https://www.linkedin-mail.example/e/unsub?type=msg>"},
    company="Quayside Cycles", job_title="Digital Marketing Exec", contact="Niall Corcoran",
    note="LinkedIn message relayed by email: role filled internally")

add("rejection",
    "Glenmara Foods Recruitment <recruitment@glenmara.example>",
    "Your application - Marketing Executive, Snacks Portfolio (Ref GF-1187)",
    """
Dear Ciara,

Thank you for your application for the role of Marketing Executive - Snacks Portfolio, and for your interest in a career with Glenmara Foods.

Glenmara is one of Ireland's best-loved food companies. From our first bakery in Athlone in 1958 to the 24 brands we make today, we have always believed that good food brings people together - and that great people make great brands. We are proud to have been certified as a Great Place to Work for the fourth year running, and to be on track to reach net zero across our own operations by 2035.

We received a very high volume of applications for this role. Having reviewed your application carefully against the criteria for the position, we are unable to take your application further on this occasion.

We would like to retain your details in our Talent Pool so that we can contact you should a suitable opportunity arise in the future. If you would prefer that we do not keep your details, please let us know by replying to this email.

In line with our Candidate Privacy Notice, your personal data will be retained for a period of 12 months from the date of your application, after which it will be securely deleted. You can read our full privacy notice at glenmara.example/careers/privacy.

We wish you every success in your career.

Kind regards,

The Talent Acquisition Team
Glenmara Foods Ltd.

Glenmara Foods Ltd. | Registered in Ireland No. 104477 | Registered Office: Unit 4, Midlands Business Park, Athlone, Co. Westmeath
""",
    company="Glenmara Foods", job_title="Marketing Executive - Snacks Portfolio", contact="",
    note="long Irish corporate boilerplate with GDPR/talent pool, one-sentence decision, no stock phrase")

add("rejection",
    "Orla Whelan <people@tessellate.example>",
    "Brand Marketing Manager - an update",
    """
Hi Ciara,

I wanted to write to everyone who applied for our Brand Marketing Manager role personally rather than leave you hanging.

As you might have seen, the fintech market has had a tough few months, and last week our leadership team made the call to pause all hiring across the business until at least Q2 next year. The Brand Marketing Manager role is one of the roles affected. Rather than keep people waiting indefinitely, we've made the decision to close all open applications.

I know you'd already done a first call with Rachel and were due to meet the team next week, so this is particularly frustrating - I'm sorry. If and when we reopen the role, I'll get in touch with you first.

Thanks for your interest in Tessellate, and for your patience.

Orla
People Team, Tessellate
""",
    company="Tessellate", job_title="Brand Marketing Manager", contact="Orla Whelan",
    note="hiring freeze, role paused, all applications closed")

add("rejection",
    "Hannah Shaw <hannah.shaw@loopandlantern.example>",
    "Re: Second interview - next steps?",
    """
Hi Ciara,

Thanks for your email and sorry for the delay in coming back to you - we've had a couple of new business pitches land at once.

Unfortunately we won't be progressing your application for the Account Manager role. It was a really close decision. The team loved your task response, particularly the TikTok-first launch idea, but in the end we went with someone who has more UK retail client experience, which is a big part of the account they'll be running.

I'd genuinely love to keep in touch - we're likely to be hiring again in the spring.

Best,
Hannah

Hannah Shaw
Talent Partner | Loop & Lantern
London EC2A

On Mon, 2 Nov 2026 at 09:14, Ciara Brennan <ciara.brennan@postbox.example> wrote:
> Hi Hannah,
>
> I hope you're well! I just wanted to check in on the Account Manager role following my second interview with Tom and Priyanka on the 22nd. I really enjoyed presenting the task and meeting the team, and I'm still very keen.
>
> Thanks a million,
> Ciara
""",
    headers={"In-Reply-To": "<CAOb9rZq1kMn@mail.postbox.example>", "References": "<CAOb9rZq1kMn@mail.postbox.example>"},
    company="Loop & Lantern", job_title="Account Manager", contact="Hannah Shaw",
    note="rejection in reply to candidate's check-in, quoted thread")

add("rejection",
    "Fionn Daly <fionn@saltmarshagency.example>",
    "Your pitch presentation",
    """
Hi Ciara,

Thanks again for coming in last Thursday and presenting to myself, Ruth and Eoin. I know the brief was a tough one with only five days, and I really appreciate the amount of work you put into it.

I'll be honest with you - sadly it's a no from us this time. We had three people in the final round and it came down to the detail.

What worked really well:
- Your insight on the "Sunday reset" moment was sharp and the team kept coming back to it afterwards.
- You handled Eoin's questions on budget calmly, which is not easy (he's a divil for it).

Where it fell down a bit:
- The channel plan leaned very heavily on paid social. We'd have liked to see more thinking about retail and in-store, given the client's distribution.
- The measurement slide felt like an afterthought - we need our Senior Execs to be really comfortable talking about effectiveness with clients.

None of that is a reason to think you're not ready for this level. I'd keep applying and I'd happily be a sounding board if you ever want to run a case past me.

Best of luck,
Fionn

Fionn Daly
Client Services Director
Saltmarsh | Dublin 8
""",
    company="Saltmarsh", job_title="", contact="Fionn Daly",
    note="rejection after final-round pitch with feedback, 'sadly', no stock phrase")

add("rejection",
    "Recruitment Team <recruitment@northbridgehousing.example>",
    "Communications & Marketing Officer (Ref NBH/0926)",
    """
Dear Ciara,

Thank you for your recent application for the post of Communications & Marketing Officer (Ref NBH/0926).

We received a large number of applications for this post and the shortlisting panel had a difficult task. Unfortunately, on this occasion your application has not been successful in being shortlisted for interview.

Due to the volume of applications, we are unable to provide individual feedback at this stage.

Thank you for your interest in Northbridge Housing Association and we wish you every success in the future.

Yours sincerely,

HR & Recruitment
Northbridge Housing Association
Registered Society No. 31177R | Regulated by the Regulator of Social Housing
""",
    company="Northbridge Housing Association", job_title="Communications & Marketing Officer", contact="",
    note="UK-style standard 'not been successful' shortlisting rejection")

add("rejection",
    "Aoife Mulligan <aoife@brightsparkpr.example>",
    "Re: Coffee next week?",
    """
Hi Ciara,

Before Thursday - I should be upfront with you. We've offered the Senior Account Exec role to someone else and she's accepted, so it wouldn't be fair to bring you in for a chat about it under false pretences.

Still more than happy to grab that coffee though, if you'd like to pick my brain about the PR side generally. No pressure either way!

Aoife

On Wed 11 Nov 2026, 18:22 Ciara Brennan <ciara.brennan@postbox.example> wrote:
> Hi Aoife,
>
> Thanks so much for getting back to me about the Senior Account Exec position. Thursday at 10 in the Bean Counter on Camden Street works perfectly for me.
>
> See you then!
> Ciara
""",
    headers={"In-Reply-To": "<CAOb9rZq8PwT@mail.postbox.example>", "References": "<CAOb9rZq8PwT@mail.postbox.example>"},
    company="Brightspark PR", job_title="Senior Account Exec", contact="Aoife Mulligan",
    note="rejection in reply thread whose subject says nothing about it, no stock phrase")

add("rejection",
    "Sinead Moloney <sinead@morrowsearch.example>",
    "Marketing Exec role - update",
    """
Hi Ciara,

Bad news I'm afraid on the FMCG Marketing Executive role I put you forward for last week. The client has cancelled the brief entirely - they've restructured the marketing team after the acquisition and the role is gone, so your application won't be going any further.

Nothing to do with you at all, it's just bad timing. I'm keeping you top of my list and will ring you as soon as something similar comes in.

Sinead

Sinead Moloney
Associate Director | Morrow Search
Mob: +353 87 555 0193
""",
    company="Morrow Search", job_title="FMCG Marketing Executive", contact="Sinead Moloney",
    note="agency: client cancelled the brief, application goes no further; client unnamed")

# --- Persona 4: job_other ---

add("job_other",
    "Conor Hegarty via LinkedIn <inmail-hit-reply@linkedin-mail.example>",
    "Conor Hegarty sent you an InMail: Marketing Manager - Dublin 2 - EUR 60-65k",
    """
Conor Hegarty
Recruitment Consultant at Lindenhall Recruitment

Hi Ciara,

Hope you're well. I came across your profile and thought you'd be a strong match for a Marketing Manager role I'm recruiting for with a well-known Irish consumer brand in Dublin 2.

- EUR 60-65k + bonus + pension
- Hybrid (3 days in office)
- Leading a team of two, reporting to the Head of Marketing
- Strong FMCG brand background needed - which you clearly have

Would you be open to a quick chat this week? Happy to share more detail on a call.

Thanks,
Conor

Reply: https://www.linkedin-mail.example/messaging/thread/2-Qm9rZXI
This InMail was sent to Ciara Brennan. Unsubscribe from InMail notifications: https://www.linkedin-mail.example/e/unsub?type=inmail
""",
    headers={"List-Unsubscribe": "<https://www.linkedin-mail.example/e/unsub?type=inmail>"},
    note="LinkedIn InMail relayed: recruiter outreach")

add("job_other",
    "Careers at Haverford Group <careers@haverfordgroup.example>",
    "Application received - Digital Marketing Executive (Ref HG-2291)",
    """
Dear Ciara,

Thank you for applying for the position of Digital Marketing Executive (Ref HG-2291).

We confirm that your application has been received. All applications will be reviewed after the closing date of Friday 27 November 2026, and shortlisted candidates will be contacted by email to arrange a first-round interview.

If you have not heard from us within three weeks of the closing date, please assume that your application has been unsuccessful on this occasion. We appreciate your understanding.

Kind regards,

Recruitment Team
Haverford Group plc
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="UK-style acknowledgement mentioning 'unsuccessful' if no reply")

add("job_other",
    "Gráinne Lynch <grainne.lynch@wildatlanticbev.example>",
    "Second interview - Marketing Executive",
    """
Hi Ciara,

Great news - we'd love to invite you to a second interview for the Marketing Executive role!

It'll be in our Galway office on Thursday 19 November at 11am and will last about 90 minutes: a 30-minute session with the brand team, then a chat with our Marketing Director, Shane Coyle.

Unfortunately we're not able to do second rounds over video, as the session with the brand team is a hands-on workshop. We'll cover your train fare from Dublin - just send me the receipt after.

Could you confirm by Monday whether that works?

Thanks,
Gráinne

Gráinne Lynch
People & Culture Partner
Wild Atlantic Beverages
""",
    note="second interview invitation; 'unfortunately not able to do video'")

add("job_other",
    "Declan Foley <declan.foley@harcourttalent.example>",
    "Quick one - Wednesday call",
    """
Hi Ciara,

Sadly the HM at the client has been pulled into a board meeting on Wednesday, so we need to push your call to Thursday at 11am. Same Teams link.

Still ok for you? Let me know and I'll confirm back.

Cheers,
Declan
""",
    note="recruiter moves call ('sadly')")

add("job_other",
    "Hannah Shaw <hannah.shaw@loopandlantern.example>",
    "Loop & Lantern - task for stage two",
    """
Hi Ciara,

Thanks for the chat on Tuesday - the team would love to see you for a second interview. As part of that, we ask everyone to complete a short task. Full brief attached, but in summary:

Client: a mid-sized UK homeware retailer launching its first own-brand range of bedding
Ask: a launch plan for the first 8 weeks, focused on 18-34s
Format: max 10 slides, to present in 20 minutes, followed by 20 minutes of Q&A
Budget: GBP 150k working media

Please don't spend more than around 4-5 hours on it - we're looking at how you think, not at polish.

Presentation date: Thursday 22 October at 2pm (in our Shoreditch office, or over Teams if travel from Dublin doesn't work).

Shout if you have any questions!

Hannah
""",
    note="take-home task brief for second round")

add("job_other",
    "Ruth Garvey <ruth@pennyfarthingdigital.example>",
    "Offer - Marketing Executive",
    """
Hi Ciara,

Delighted to be writing this! Following your interviews, we'd like to offer you the role of Marketing Executive at Pennyfarthing Digital.

- Salary: EUR 48,000
- 4 days remote / 1 day in the office (Smithfield)
- 23 days annual leave + your birthday off
- EUR 1,500 annual training budget
- Start date: flexible, ideally early January

I know you mentioned EUR 52k on our call. I'm sorry, we're not able to match that at the moment, but we'd review salary after six months, and we hope the remote setup and training budget go some way towards it.

Contract to follow once you let us know. Have a think over the weekend and give me a ring if you'd like to talk anything through.

Ruth

Ruth Garvey
Co-founder | Pennyfarthing Digital
""",
    note="job offer; 'not able to match' salary")

add("job_other",
    "Ruth Garvey <ruth@pennyfarthingdigital.example>",
    "Re: Offer - Marketing Executive",
    """
Hi Ciara,

Thanks for letting me know, and for being so honest about it. Gutted, but I completely understand - the salary gap was always going to be hard to close and I'd have done the same.

Best of luck with Wild Atlantic, they're lucky to have you. And if it doesn't work out there, the door's open here.

Ruth

On Mon 23 Nov 2026 at 10:03, Ciara Brennan <ciara.brennan@postbox.example> wrote:
> Hi Ruth,
>
> Thank you so much for the offer and for being so flexible. I've thought about it a lot over the weekend, and I've decided to decline, as I've accepted another role closer to what I need salary-wise. I really enjoyed meeting you and Kev and I hope our paths cross again.
>
> Ciara
""",
    headers={"In-Reply-To": "<CAOb9rZr5Tt1@mail.postbox.example>", "References": "<CAOb9rZr5Tt1@mail.postbox.example>"},
    note="employer acknowledges candidate declining the offer, quoted thread")

add("job_other",
    "Glenmara Careers <talentcommunity@glenmara.example>",
    "Glenmara Talent Community - December roles & our Graduate Programme",
    """
Hi Ciara,

Welcome to the December edition of the Glenmara Talent Community update.

New roles this month
- Brand Manager - Dairy (Dublin, hybrid)
- Digital Content Executive (Athlone or Dublin)
- Customer Marketing Executive - Retail (Dublin)

Behind the brand
Our "Baked in Ireland" Christmas campaign launched last week. Read how the team brought it together in six weeks: glenmara.example/stories/baked-in-ireland

Graduate Programme 2027
Applications for our 2027 Graduate Programme are now closed - thank you to the 1,400 people who applied! Interviews take place in January.

Have a lovely Christmas,
The Glenmara Talent Team

You're receiving this because you joined the Glenmara Talent Community. Unsubscribe: glenmara.example/talent/unsubscribe
""",
    headers={"List-Unsubscribe": "<https://glenmara.example/talent/unsubscribe?c=CB0291>", "Precedence": "bulk"},
    note="talent community newsletter ('now closed' graduate programme)")

add("job_other",
    "Sinead Moloney <sinead@morrowsearch.example>",
    "Still looking?",
    """
Hi Ciara,

Hope all's good! Just checking in - are you still on the market, or have you landed something?

I've a new one in this morning that made me think of you: Marketing Executive with a craft food brand, Dublin 7, EUR 45-50k, lovely team. Happy to send the spec if you're interested.

No pressure at all, just let me know either way.

S
""",
    note="recruiter check-in with new role")

add("job_other",
    "Gráinne Lynch <grainne.lynch@wildatlanticbev.example>",
    "References",
    """
Hi Ciara,

Thanks again for coming out to Galway - Shane and the team were really impressed, and I'm hoping to have good news for you very soon!

We're now at reference stage. Could you send me the names and contact details of two referees, ideally your current or most recent line managers? Unfortunately we can't accept personal or academic references for this role.

We'll only contact them once you've given us the go-ahead.

Thanks,
Gráinne
""",
    note="reference request; 'unfortunately can't accept personal references'")

add("job_other",
    "IrishJobs Alerts <alerts@irishjobs-mail.example>",
    "8 new jobs matching: Marketing Executive, Dublin",
    """
Hi Ciara,

Here are the latest jobs matching your alert "Marketing Executive" in Dublin.

Marketing Executive - Hybrid
Corrib Cosmetics | Dublin 2 | EUR 40,000 - 45,000

Digital Marketing Executive
Lindenhall Recruitment (on behalf of client) | Dublin South | Negotiable

Marketing & Events Executive
Harbourview Hotel Group | Dublin 4 | EUR 42,000

Content Marketing Executive
Trellis Software | Dublin 1 | Competitive

View all 8 jobs: https://www.irishjobs-mail.example/alerts/view?id=ME-DUB

Manage your alerts | Unsubscribe
""",
    headers={"List-Unsubscribe": "<https://www.irishjobs-mail.example/alerts/unsubscribe?id=ME-DUB>", "Precedence": "bulk"},
    note="job board alert")

add("job_other",
    "Mark Dunne <mark.dunne@harbourviewhotels.example>",
    "Marketing & Events Executive - update",
    """
Hi Ciara,

Just a quick note to say we haven't forgotten about you! We had hoped to have a decision this week, but our MD is travelling until the 30th and wants to meet the final two candidates herself before we make an offer.

I regret the delay - I know it's frustrating waiting. You're very much still in the mix, and I'll be in touch early next week to set up a short meeting with her.

Kind regards,
Mark

Mark Dunne
Group Marketing Manager
Harbourview Hotel Group
""",
    note="status update: no decision yet, 'regret the delay'")

add("job_other",
    "CheckRight Onboarding <noreply@checkright-screening.example>",
    "Right to work check - action needed",
    """
Dear Ciara Brennan,

Marlowe & Finch Ltd has asked us to complete pre-employment screening for your role as Marketing Executive (London, 6-month fixed-term contract).

We were not able to verify the share code you entered (WK9 4TR PL1) on the Home Office service. Please note that Irish citizens do not need a share code to prove their right to work in the UK.

Instead, please upload a clear photo of the photo page of your valid Irish passport, or your Irish passport card, through the secure link below:
https://candidate.checkright-screening.example/rtw/MF-20917

Your start date can only be confirmed once your right to work check is complete.

CheckRight Screening
On behalf of Marlowe & Finch Ltd
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="UK right-to-work check: 'not able to verify' share code")

# --- Persona 4: ham ---

add("ham",
    "Brendan Hoey <bhoey.lettings@mailbox.example>",
    "Re: cat",
    """
Hi Ciara,

Thanks for asking and for being upfront about it. I'm afraid I'm not able to agree to a cat in the apartment - the management company has a no-pets clause in the lease for the whole block, and it's out of my hands.

Sorry about that. On the boiler, the engineer can come Thursday between 10 and 1. Will someone be in?

Brendan
""",
    headers={"In-Reply-To": "<CAOb9rZq4Lw2@mail.postbox.example>"},
    note="landlord declines request for a cat")

add("ham",
    "Editorial - The Liffey Review <submissions@liffeyreview.example>",
    "Your pitch: 'What the Sunday roast taught me about brands'",
    """
Dear Ciara,

Thank you for sending us your pitch for our Essays section.

We read every pitch we receive, and we enjoyed yours. However, I regret to say that it isn't one we can take on at the moment - we've commissioned two pieces on food and memory for the spring issue already, and it would sit too close to them.

Please do keep us in mind for future ideas. We're particularly looking for essays about work, technology and place for the summer issue.

With best wishes,

Aisling Morahan
Essays Editor, The Liffey Review
""",
    note="magazine/publisher declines essay pitch")

add("ham",
    "Róisín Doyle <roisin.doyle88@mailbox.example>",
    "HEN!!! Galway plan",
    """
Girls!!

Ok so it's confirmed - Aoibhinn's hen is Galway, 13-15 March. I've booked the Airbnb in Salthill (4 rooms, hot tub, don't ask how much).

Rough plan:
Fri - arrive, dinner in the Latin Quarter
Sat - surf lesson (yes really) then cocktail class, then out out
Sun - recovery brunch, home

EUR 210 each for the house + activities. Revolut me by the end of the month please!!! And NOBODY tell her about the surf lesson

Ro xx
""",
    note="friend organising a hen party")

add("ham",
    "Na Fianna Ladies 5s <nafiannaladies5s@clubmail.example>",
    "Winter league squad",
    """
Hi Ciara,

Thanks a million for coming to all three trials - the numbers were massive this year (38 for 14 places!).

Unfortunately you haven't made the squad for the winter league this time. It was a really tough call and it came down to needing more cover in defence. You're very welcome to keep coming to the Wednesday social sessions, and we'll have a second team in the spring league if numbers allow.

Hope to see you Wednesday!

Clodagh
Na Fianna Ladies 5s
""",
    note="sports team: not selected for squad")

add("ham",
    "The Brief Weekly <newsletter@thebriefweekly.example>",
    "The Brief #212: The art of the kind 'no'",
    """
THE BRIEF WEEKLY - Marketing news for busy people
Issue #212

THIS WEEK'S BIG READ: The art of the kind "no"
Every brand sends rejection emails - to job applicants, to freelancers, to agencies that pitched and lost. Most of them are terrible. "Unfortunately, we regret to inform you that we will not be moving forward" has become so generic it barely registers. We asked five heads of talent and two copywriters how to say no without sounding like a robot. Their top tip? Say it in the first line, and mean the thank-you.
Read more: thebriefweekly.example/212/kind-no

IN BRIEF
- Retail media spend in Ireland set to pass EUR 200m in 2027
- Why three big FMCG brands are bringing creative in-house
- Christmas ad roundup: the good, the bad and the dog

JOBS BOARD
Marketing Executive, Corrib Cosmetics | Brand Manager, Glenmara Foods | Content Lead, Trellis Software

You're receiving this because you subscribed at thebriefweekly.example. Unsubscribe any time.
""",
    headers={"List-Unsubscribe": "<https://thebriefweekly.example/unsubscribe?s=cb>", "Precedence": "bulk"},
    note="marketing newsletter with article about rejection emails")

add("ham",
    "Mam <mairead.brennan@mailbox.example>",
    "Sunday",
    """
Hi love

Are you coming down Sunday? Your dad is doing the lamb. Tell me if you're bringing Dan so I know how many potatoes. Aunt Bríd might pop in after mass.

Also did you ring the dentist back? They rang here looking for you.

Love Mam x
""",
    note="mother about Sunday dinner")

add("ham",
    "Dublin City Council Parking <parking.permits@dublincity-council.example>",
    "Residential Parking Permit application DCC-RP-558210",
    """
Dear Ms Brennan,

Thank you for your application for a Residential Parking Permit for Zone 3 (Rathmines area).

We regret to inform you that your application has been unsuccessful. Under the scheme rules, permits can only be issued where the vehicle is registered at the permit address. The vehicle registration certificate submitted lists an address in Co. Kildare.

You may reapply once the vehicle registration has been updated to your current address. Alternatively, you may appeal this decision in writing within 21 days.

Yours faithfully,

Parking Enforcement Section
Dublin City Council
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="council parking permit application unsuccessful")

# ---------------------------------------------------------------------------
# Persona 5: Lauren Kessler, 7th-grade science teacher in Mesa, Arizona, moving
# into instructional design / ed-tech: district HR portals, startups, contracts.
# ---------------------------------------------------------------------------

add("rejection",
    "Saguaro Valley USD Applicant Tracking <noreply@k12jobs-portal.example>",
    "Application Status Notification",
    """
Dear Lauren Kessler,

Your application for the following posting has been reviewed:

Posting #: 4471
Position: Instructional Technology Coach - District Office (2026-2027)
Application Status: Not Recommended for Interview

You may continue to apply for other open positions through the Applicant Portal at any time. Please keep your application and references up to date.

Saguaro Valley Unified School District
Human Resources Department
1450 W. Ironwood Dr., Mesa, AZ

*** This is an automated message. Please do not reply. ***
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Saguaro Valley Unified School District", job_title="Instructional Technology Coach - District Office", contact="",
    note="district HR portal notice, decision only in status line")

add("rejection",
    "Tomas Reyes <tomas@lessonloop.example>",
    "Your Storyline sample",
    """
Hi Lauren,

I wanted to write back personally because your application really stood out, and I'd hate for this to read like a form letter.

We loved your Storyline sample on cellular respiration - the branching "choose your mitochondria" scenario made three of us laugh out loud, and the feedback layers were exactly the kind of thing we try to teach new designers. You clearly know how kids learn.

That said, we've decided to go with a candidate who has spent several years in corporate L&D. Our next 12 months are almost entirely enterprise onboarding content for two big customers, and we need someone who can walk into a room with a VP of Sales on day one.

If we land the K-12 district contract we're chasing for next fall, you're the first person I'll call. And if you want a second pair of eyes on your portfolio in the meantime, I'm happy to do that.

Tomas Reyes
Founder, LessonLoop
""",
    company="LessonLoop", job_title="", contact="Tomas Reyes",
    note="founder's personal rejection praising portfolio, no stock phrase")

add("rejection",
    "Dawn Pickering <dpickering@brightlinelearning.example>",
    "Compliance course build - ID contract",
    """
Hi Lauren,

Thanks for sending your rate sheet and samples for the instructional designer contract on the healthcare compliance course build.

I'm sorry to say the client pulled the project yesterday - their legal team decided to license an off-the-shelf course instead of building a custom one. So we won't be staffing the ID contract after all, and I'm closing out the applications we received for it.

Your samples were lovely. We get contract work like this every couple of months, so I've added you to our freelancer roster and will reach out when the next one comes up.

Dawn Pickering
Project Manager
Brightline Learning Solutions
""",
    company="Brightline Learning Solutions", job_title="instructional designer contract", contact="Dawn Pickering",
    note="contract gig cancelled by client, applications closed")

add("rejection",
    "Halcyon Learning Careers <careers@halcyonlearning.example>",
    "An update on your application to Halcyon Learning",
    """
Dear Lauren,

Thank you for applying for the Instructional Designer, K-12 Science position with Halcyon Learning, and for sharing your portfolio with us.

At Halcyon, we believe every student deserves curriculum that sparks curiosity. For more than 40 years, our teams of former educators, designers, scientists and engineers have built instructional materials used in more than 9,000 school districts. We're proud that over 60% of our curriculum staff are former classroom teachers - people like you who know what actually works in a classroom on a Tuesday afternoon.

After reviewing all applications, we've decided to continue with other candidates for this role.

We hope you'll keep Halcyon in mind as your career grows:

- Join our Talent Community to get alerts about Curriculum, Assessment and Learning Design roles: halcyonlearning.example/talent
- Apply to become a Halcyon Content Reviewer - a paid, flexible, part-time opportunity for current teachers.
- Meet us at NSTA and ISTE each year, where our hiring managers host "Coffee with Curriculum" sessions.

Thank you again for your interest and for all that you do for your students.

Warmly,

The Halcyon Talent Acquisition Team

Halcyon Learning is an equal opportunity employer and values diversity at all levels of the organization.
This message was sent from a no-reply address. For questions about your application, visit the Candidate Portal.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Halcyon Learning", job_title="Instructional Designer, K-12 Science", contact="",
    note="decision is one sentence inside long mission / talent-community boilerplate")

add("rejection",
    "Dana Whitcomb <dana.whitcomb@quillstone.example>",
    "RE: Portfolio link - Learning Experience Designer",
    """
Hi Lauren,

Thank you for sending the updated link - the new Rise module loads perfectly now, and I passed it on to the hiring team.

Unfortunately, after reviewing the full portfolio alongside the other finalists' work, the team has decided not to move forward with your application for the Learning Experience Designer role. They felt the other candidates had more experience with adult learners and needs analysis in a corporate setting.

I know that's disappointing after the extra effort you put in. Please don't hesitate to apply for future openings - we have a Curriculum Specialist role coming in the new year that may be a great match for your classroom background.

Best,
Dana

Dana Whitcomb
Talent Acquisition | Quillstone

From: Lauren Kessler <lkessler.teach@mailbox.example>
Sent: Tuesday, November 10, 2026 4:48 PM
To: Dana Whitcomb <dana.whitcomb@quillstone.example>
Subject: Portfolio link - Learning Experience Designer

Hi Dana,

Thanks for letting me know the Rise link in my portfolio was broken - so sorry about that! Here is the corrected link: laurenkessler-id.example/portfolio/ecosystems-rise

Please let me know if there's anything else the team needs from me.

Best,
Lauren
""",
    headers={"In-Reply-To": "<DM6PR07MB8812.namprd07@mailbox.example>", "References": "<DM6PR07MB8812.namprd07@mailbox.example>"},
    company="Quillstone", job_title="Learning Experience Designer", contact="Dana Whitcomb",
    note="rejection in reply thread after portfolio link fix, stock wording")

add("rejection",
    "Keisha Banks <kbanks@cactuswrenlearning.example>",
    "Re: Curriculum Writer (contract)",
    """
Thanks Lauren - we've filled this one. Appreciate you reaching out, though!

Keisha
""",
    headers={"In-Reply-To": "<CAL7kTz9qV0p@mail.mailbox.example>"},
    company="Cactus Wren Learning", job_title="Curriculum Writer (contract)", contact="Keisha Banks",
    note="one-line reply: contract filled")

add("rejection",
    "Brightpath Learning <no-reply@greenhouse-mail.example>",
    "Important information about your application to Brightpath Learning",
    """
Hi Lauren,

Thank you for your interest in Brightpath Learning and for taking the time to apply for the Instructional Designer I position.

We appreciate the effort you put into your application. Unfortunately, we have decided not to move forward with your application at this time. We had many strong applicants and had to make some difficult decisions.

We'll keep your information on file and may reach out if a role opens that is a good fit for your experience. We wish you the best in your job search.

Best,
Brightpath Learning Talent Team
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Brightpath Learning", job_title="Instructional Designer I", contact="",
    note="standard Greenhouse rejection, stock wording")

add("rejection",
    "Office of Human Resources - Sonoran State University <hr-noreply@sonoranstate.example>",
    "Search Update: Instructional Designer II (Posting #STF-3381)",
    """
Dear Applicant,

Thank you for your interest in the Instructional Designer II position in the Center for Online Learning (Posting #STF-3381).

Please be advised that this search has been suspended due to the university-wide hiring freeze announced by the Office of the Provost on November 4, 2026. All applications for this posting have been closed.

If the position is reposted at a later date, you will need to submit a new application. Current openings are listed at jobs.sonoranstate.example.

We appreciate your interest in employment at Sonoran State University.

Office of Human Resources
Sonoran State University
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Sonoran State University", job_title="Instructional Designer II", contact="",
    note="search suspended by hiring freeze, applications closed")

add("rejection",
    "Andrea Liu <andrea.liu@kinetiq-learning.example>",
    "Following up on your final interview",
    """
Hi Lauren,

Thank you for your time on Monday, and for the design challenge presentation. I know preparing a storyboard and a working prototype in a week while teaching full-time is a big ask, and it showed how much you care.

After a lot of discussion, we regret that we won't be extending you an offer for the Instructional Designer role. I'd like to share the panel's feedback, since you asked for it:

- Your storyboard was clear and your learning objectives were measurable and well-aligned. Great work there.
- The prototype leaned heavily on text-and-click. The panel wanted to see more practice activities and scenario-based feedback, which is a big part of our customer-facing work.
- When asked how you'd evaluate the course, your answer focused on quiz scores. We'd have liked to hear about Kirkpatrick Levels 3-4 or how you'd work with a client to measure behavior change.

You're closer than you might think. A lot of teachers we've hired came through on their second try, and I'd be happy to see your application again.

All the best,
Andrea

Andrea Liu
Director of Learning Design
Kinetiq Learning
""",
    company="Kinetiq Learning", job_title="Instructional Designer", contact="Andrea Liu",
    note="rejection after final round design challenge with detailed feedback")

add("rejection",
    "Meridian Learning Group <meridianlearning@myworkday-notify.example>",
    "Thank you for applying to Meridian Learning Group",
    """
Dear Lauren,

Thank you for taking the time to apply for the Learning Experience Designer (Remote - US) position at Meridian Learning Group (Requisition R-77310).

Meridian partners with more than 2,000 schools and 300 employers to make learning accessible, engaging and effective. Every day, our 1,800 employees work to build products that help learners of all ages reach their goals, and we know our success depends on bringing the right people to the team.

While you were not selected for this position, we were impressed by your background, and we would like to invite you to remain part of our talent community. By keeping your profile up to date in Candidate Home, you'll be considered for future openings that match your skills and interests.

We also invite you to share your feedback about your application experience. Our two-minute Candidate Experience Survey helps us improve how we hire: meridianlearning.example/candidate-survey

Once again, thank you for your interest in Meridian Learning Group, and we wish you all the best in your career search.

Sincerely,

Meridian Learning Group Talent Acquisition

Meridian Learning Group is an Equal Opportunity Employer. Please do not reply to this email.
""",
    headers={"Auto-Submitted": "auto-generated"},
    company="Meridian Learning Group", job_title="Learning Experience Designer (Remote - US)", contact="",
    note="Workday-relayed boilerplate: talent community + survey, one-sentence decision")

# --- Persona 5: job_other ---

add("job_other",
    "Saguaro Valley USD Applicant Tracking <noreply@k12jobs-portal.example>",
    "Incomplete Application - Curriculum Specialist, Secondary Science",
    """
Dear Lauren Kessler,

Your application for Posting #4502 - Curriculum Specialist, Secondary Science is currently incomplete and is not able to be reviewed by the hiring committee.

Missing items:
- Reference 2 of 3 (requested from Mr. David Ortiz on 11/02/2026 - not yet received)
- Reference 3 of 3 (not yet entered)
- Copy of current Arizona teaching certificate

Please log in to the Applicant Portal to complete your application before the posting closes on 12/04/2026.

Saguaro Valley Unified School District
Human Resources Department

*** This is an automated message. Please do not reply. ***
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="district portal: application incomplete, 'not able to be reviewed'")

add("job_other",
    "Priya Anand <priya@sproutly-edu.example>",
    "Sproutly - interview for Instructional Designer",
    """
Hi Lauren,

Thanks so much for applying to Sproutly! I'm the Head of Learning here, and I'd love to set up a 45-minute video call to talk about the Instructional Designer role.

We'd chat about your classroom experience, walk through one piece from your portfolio of your choice, and I'll tell you more about what we're building (short, game-based science lessons for grades 3-8).

Since you're teaching, I'm happy to go after school hours. Grab any slot that works here: calendar.sproutly-edu.example/priya/45min

Looking forward to it!
Priya

Priya Anand
Head of Learning, Sproutly
""",
    note="ed-tech startup interview invitation")

add("job_other",
    "GigBridge <notifications@gigbridge.example>",
    "You've been invited to interview: eLearning Module Developer (Articulate Rise)",
    """
Hi Lauren,

Good news! A client has invited you to interview for their job.

eLearning Module Developer (Articulate Rise)
Client: Canyon Health Partners (Phoenix, AZ) - Payment verified - 4.9 stars (23 reviews)
Budget: $45.00 - $60.00 / hr, est. 40-60 hours

Client message:
"Hi Lauren, your proposal and the ecosystem sample stood out. Are you free for a 20-minute video call this week to talk scope? We need 4 short patient-education modules by end of January."

Respond within 3 days to keep your response rate high: https://www.gigbridge.example/messages/inv-55918

GigBridge Inc.
You are receiving this email because you applied to a job on GigBridge. Manage notifications in Settings.
""",
    headers={"List-Unsubscribe": "<https://www.gigbridge.example/settings/notifications/unsub?u=lk0187>"},
    note="freelance platform: client invites to interview for contract")

add("job_other",
    "Andrea Liu <andrea.liu@kinetiq-learning.example>",
    "Kinetiq Learning - final round design challenge",
    """
Hi Lauren,

Congratulations - the team would like to invite you to the final round for the Instructional Designer role!

The final round includes a design challenge. The full brief is attached; in short:

Scenario: a regional bank needs a 15-minute microlearning module teaching branch staff to spot check fraud.
Deliverables:
1. A one-page design document (audience, objectives, assessment strategy)
2. A storyboard for the full module
3. A working prototype of one 3-5 minute section (any authoring tool)

You'll present for 30 minutes to a panel of three on Monday, November 16, followed by 15 minutes of Q&A.

We know you're teaching full-time. Unfortunately we can't move the panel date, but if you need to present in the late afternoon just let me know and I'll make it work.

Best,
Andrea
""",
    note="final-round design challenge brief ('unfortunately can't move date')")

add("job_other",
    "Jared Kim <jkim@sproutly-edu.example>",
    "Rescheduling our Thursday call",
    """
Hi Lauren,

Unfortunately Priya has to fly to a customer site on Thursday, so we need to reschedule your second interview. So sorry about this!

Could you do either of these instead?
- Monday 11/23, 4:00 PM Arizona time
- Tuesday 11/24, 3:45 PM Arizona time

Same Zoom link. Just reply and I'll update the invite.

Jared Kim
Operations & Recruiting, Sproutly
""",
    note="second interview rescheduled ('unfortunately')")

add("job_other",
    "Marisol Vega <marisol@canyonhealthpartners.example>",
    "Contract offer - patient education modules",
    """
Hi Lauren,

Thanks for the great call on Wednesday. We'd like to move ahead with you for the patient-education module project!

Scope: 4 Articulate Rise modules (10-12 minutes each), including storyboards and one round of SME revisions per module
Rate: $55/hour, capped at 60 hours without written approval
Timeline: kickoff December 7, final delivery January 29
Payment: through GigBridge, weekly

Just so you know, as this is a contract engagement we're not able to offer benefits or a software license - you'll need your own Articulate 360 seat. If that's a problem let me know and we can talk about it.

I'll send the contract through GigBridge today. Welcome aboard!

Marisol Vega
Patient Education Manager
Canyon Health Partners
""",
    note="contract offer ('not able to offer benefits')")

add("job_other",
    "Mesquite Ridge School District HR <hr-applicants@k12jobs-portal.example>",
    "Application Withdrawn - Posting #1193",
    """
Dear Lauren Kessler,

This message confirms that you have withdrawn your application for:

Posting #1193 - Digital Learning Specialist (District Office)

Your application will no longer be considered for this position. Your applicant profile remains active, and you may apply for other postings at any time.

Mesquite Ridge School District
Human Resources
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="candidate's own withdrawal confirmed ('no longer be considered')")

add("job_other",
    "The ID Career Switch <hello@idcareerswitch.example>",
    "This week: 14 teacher-friendly ID jobs + portfolio teardown",
    """
THE ID CAREER SWITCH
Weekly job list for teachers moving into instructional design

Hi Lauren,

Sadly it's a slower week for postings - the holiday hiring dip is real. But here are 14 roles that are open to career changers:

- Instructional Designer (K-12) | Halcyon Learning | Remote
- Curriculum Specialist | Cactus Wren Learning | Tucson, AZ (hybrid)
- Learning Experience Designer | Quillstone | Remote
- eLearning Developer (contract) | Brightline Learning Solutions | Remote
...and 10 more at idcareerswitch.example/jobs

Portfolio teardown of the week
A reader's Rise module on the water cycle - what works, what to fix, and why "click next to continue" is killing your engagement.

Reminder: applications for our January mentorship cohort are closed, but the waitlist is open.

Keep going!
Becca

You're receiving this because you subscribed to The ID Career Switch. Unsubscribe: idcareerswitch.example/unsubscribe
""",
    headers={"List-Unsubscribe": "<https://idcareerswitch.example/unsubscribe?e=lk>", "Precedence": "bulk"},
    note="job-list newsletter for career changers ('sadly', 'closed')")

add("job_other",
    "Trevor Banning <tbanning@summitlearningstaff.example>",
    "Instructional Designer contract - Phoenix healthcare client",
    """
Hi Lauren,

I'm a recruiter with Summit Learning Staffing - we place instructional designers and trainers with companies across the Southwest. I saw your portfolio on LinkedIn and thought you'd be a great fit for a 6-month contract with a healthcare client in Phoenix.

- Building onboarding curriculum for new nurses and patient care techs
- Articulate Storyline/Rise, some ILT facilitator guides
- $48-55/hr W2, hybrid (2 days onsite)
- Start early February - works with a semester-end notice

Teachers tend to do really well in these roles. Want to hop on a quick call this week?

Trevor Banning
Senior Recruiter, L&D Practice
Summit Learning Staffing
""",
    note="staffing recruiter outreach for ID contract")

add("job_other",
    "Cactus Wren Learning Talent <talent@cactuswrenlearning.example>",
    "Your application - Curriculum Specialist",
    """
Hi Lauren,

We wanted to let you know where things stand with your application for the Curriculum Specialist role.

Unfortunately our review has been delayed - our hiring manager has been out on leave, and we received more applications than we expected. Your application is still active and being reviewed, and no decisions have been made yet. We expect to reach out about first interviews during the week of December 7.

Thank you for your patience!

Cactus Wren Learning Talent Team
""",
    note="status update: review delayed, no decision yet ('unfortunately')")

add("job_other",
    "RefCheck Pro <noreply@refcheckpro.example>",
    "Reference status update for your Sproutly application",
    """
Hi Lauren,

Here's an update on the references you provided for your application with Sproutly.

- Dr. Elena Ruiz (Principal, Ocotillo Junior High): Completed
- Mark Haddad (Science Department Chair): Completed
- Samantha Torres (Instructional Coach): Reminder sent - not yet completed

If a reference is not able to respond within 3 business days, you can replace them with another reference from your dashboard: https://candidate.refcheckpro.example/dash/SPR-1172

RefCheck Pro, on behalf of Sproutly
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="reference-check vendor status update")

add("job_other",
    "Marisol Vega <marisol@canyonhealthpartners.example>",
    "Onboarding - NDA and W-9",
    """
Hi Lauren,

Excited to get started! Before kickoff on the 7th, please send back:

1. Signed mutual NDA (attached)
2. W-9
3. Your preferred email for our SharePoint access

I've also attached the brand guide and the old PowerPoint versions of the modules (they are... a lot, you'll see). Our SME, Dr. Patel, will join the kickoff call.

Thanks!
Marisol
""",
    note="onboarding paperwork for contract")

add("job_other",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin-mail.example>",
    "Your job alert for instructional designer",
    """
Your job alert for instructional designer in Arizona, United States (Remote)

There are no new jobs matching your preferences this week.

Try broadening your search:
- Remove the "Entry level" filter
- Add related titles like "learning experience designer" or "curriculum developer"
- Include hybrid jobs in Phoenix, Arizona

Edit alert: https://www.linkedin-mail.example/jobs/alerts/edit?id=ID-AZ
Unsubscribe: https://www.linkedin-mail.example/e/unsub?alert=ID-AZ
""",
    headers={"List-Unsubscribe": "<https://www.linkedin-mail.example/e/unsub?alert=ID-AZ>", "Precedence": "bulk"},
    note="job alert: no new jobs match")

# --- Persona 5: ham ---

add("ham",
    "Dr. Elena Ruiz <eruiz@svusd.example>",
    "Science Fair judges needed + Friday PLC",
    """
Hi 7th grade team,

Two quick things:

1. Science Fair is Thursday, January 21. We still need 6 judges. If you have friends or family who would be willing, please send me names by Dec 11. Lauren, can you coordinate the 7th grade table layout again this year? You did a great job last year.

2. Friday PLC is moved to the library because the lounge is getting new carpet.

Thank you for all you do!
Dr. Ruiz
Principal, Ocotillo Junior High
""",
    note="school principal about science fair and PLC (current job, not job search)")

add("ham",
    "Arizona STEM Educators Foundation <grants@azstemfoundation.example>",
    "Classroom Innovation Grant - 2026 Fall Cycle",
    """
Dear Ms. Kessler,

Thank you for submitting your proposal, "Stream Table Investigations for Grade 7," to the Classroom Innovation Grant program.

We received 214 proposals this cycle and were able to fund 31. We regret to inform you that your proposal was not selected for funding.

Reviewer comments are available in the applicant portal. Reviewers particularly appreciated the alignment to state standards and encouraged you to strengthen the evaluation plan if you resubmit. The spring cycle opens February 1.

With appreciation for your work in the classroom,

Grant Review Committee
Arizona STEM Educators Foundation
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="classroom grant proposal not funded")

add("ham",
    "Megan Castillo <megcastillo.teach@mailbox.example>",
    "well that stung",
    """
Lauren!!

Got my first ID rejection today. Canyonlands Learning - "we've decided to pursue candidates with more corporate experience." The classic. I didn't even get a phone screen. I know it's a numbers game and everyone says it takes 50 applications but UGH.

Anyway. Margaritas Friday to commiserate? How's your portfolio going, did you finish the Storyline thing?

Meg
""",
    note="teacher friend about her own ID job rejection")

add("ham",
    "Teaching Science Today - Editorial Office <editors@teachingscitoday.example>",
    "Manuscript TST-2026-0418: Decision",
    """
Dear Ms. Kessler,

Thank you for submitting your manuscript, "Modeling Energy Transfer with Low-Cost Materials in Middle School," to Teaching Science Today.

Our editorial board has reviewed your submission, and I am sorry to inform you that we have decided to decline it for publication. While the reviewers appreciated the practical classroom activities, they felt the article overlaps substantially with a feature we published in our March issue.

The reviewers' comments are included below. We hope they will be useful, and we encourage you to consider our "Idea Bank" section, which publishes shorter classroom-tested activities.

Sincerely,

Dr. Harold Fenwick
Managing Editor, Teaching Science Today
""",
    note="journal declines teacher's manuscript")

add("ham",
    "Desert Paws Veterinary <reminders@desertpawsvet.example>",
    "Reminder: Biscuit is due for vaccines",
    """
Hi Lauren,

This is a friendly reminder that Biscuit is due for the following:
- DHPP booster
- Rabies (3-year)

Book online at desertpawsvet.example/book or call us at 480-555-0125.

Desert Paws Veterinary Clinic
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="vet appointment reminder")

add("ham",
    "Jess Kessler <jesskessler.nyc@mailbox.example>",
    "WEDDING WEBSITE IS LIVE",
    """
Lo!!!

The website is finally up: jessandmarco.example. Password is tacos2027 (Marco's idea don't judge).

Can you RSVP on there by Jan 15 so Mom stops asking me? And we put you at a table with the cousins, sorry in advance.

Also are you still ok to do a reading? Nothing fancy, I'll send you options.

Love you!!
Jess
""",
    note="sister's wedding RSVP")

add("ham",
    "Mesa Parks & Recreation <recreation@mesaparks.example>",
    "Winter Break Science Camp - Registration Update",
    """
Dear Lauren Kessler,

Thank you for registering Owen Kessler for Winter Break Science Camp (Ages 8-10), Session 2: December 28-31.

Unfortunately, this session filled before your registration was processed, and we are unable to confirm a spot at this time. Owen has been placed on the waitlist (#4). No payment has been taken.

Session 1 (December 21-23) still has three openings. If you would like to switch, please call us at 480-555-0150 or reply to this email.

Mesa Parks & Recreation
""",
    headers={"Auto-Submitted": "auto-generated"},
    note="kids' camp session full, waitlisted")


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

def main():
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows, start=1):
            rec = {
                "id": f"{PREFIX}-{i:03d}",
                "source": SOURCE,
                "label": row["label"],
                "language": row["language"],
                "subject": row["subject"],
                "from": row["from"],
                "headers": row["headers"],
                "body": row["body"],
                "company": row["company"],
                "job_title": row["job_title"],
                "contact": row["contact"],
                "note": row["note"],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        counts[row["label"]] = counts.get(row["label"], 0) + 1
    print(f"wrote {len(rows)} rows to {OUT}: {counts}")


if __name__ == "__main__":
    main()
