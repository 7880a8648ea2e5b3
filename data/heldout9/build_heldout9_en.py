#!/usr/bin/env python3
"""Builder for the heldout9_en evaluation set.

Every message below was written by hand, blind, by the Debrief team (December 2026).
Nothing is generated: the list holds each mail literally. The script only shuffles
the rows with a fixed seed, numbers them and writes one JSONL file.
"""
import json
import os
import random

SEED = 91
PREFIX = "h9e"
SOURCE = "debrief-heldout9 (written by the team, 2026-12)"
LANGUAGE = "en"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout9_en.jsonl")

MAILS = []

# ---------------------------------------------------------------------------
# Persona 1: Brianna Okafor, new-grad RN (BSN) in Ohio, applying to hospitals,
# clinics and travel-nurse agencies. bri.okafor@mailbox.example
# ---------------------------------------------------------------------------
MAILS += [
{
    "label": "rejection",
    "subject": "Your application status has changed",
    "from": "Mercy Lakeside Health <mercylakeside@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@myworkday.example"},
    "body": """Hello Brianna,

There has been an update to your application for the following position:

Job Requisition: R-0038841 Registered Nurse - Cardiac Step-Down (Nights, 36 hrs)
Location: Mercy Lakeside Medical Center - Columbus, OH
Status: Not Selected

You can view all of your applications at any time by signing in to your Candidate Home:
https://mercylakeside.myworkday.example/careers/userHome

We encourage you to continue exploring opportunities with Mercy Lakeside Health and to keep your candidate profile up to date.

This is an automated message. Please do not reply to this email.

Mercy Lakeside Health is an Equal Opportunity Employer.""",
    "company": "Mercy Lakeside Health",
    "job_title": "Registered Nurse - Cardiac Step-Down (Nights, 36 hrs)",
    "contact": "",
    "note": "rejection: Workday status notice 'Not Selected', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Thank you for your interest in St. Brendan's Health System",
    "from": "St. Brendan's Talent Acquisition <careers-noreply@stbrendans.icims.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://stbrendans.icims.example/connect/preferences?u=88213>", "Auto-Submitted": "auto-generated"},
    "body": """Dear Brianna,

Thank you for taking the time to apply for the Graduate Nurse - Emergency Department (Job ID 2026-18734) position at St. Brendan's Health System. At St. Brendan's, we believe that every member of our team - from environmental services to the bedside - plays a part in our mission of healing with compassion, and we appreciate your interest in joining us.

Our recruitment team and hiring leaders carefully review every application we receive. Because of the large number of highly qualified applicants for our graduate nurse programs this cycle, the selection process has been extremely competitive. After thoughtful consideration, we have decided to move forward with other candidates whose clinical rotations more closely align with the current needs of the Emergency Department.

We would like to keep your information on file. Your profile will remain in our Talent Community, and our recruiters regularly search it when new roles open across our four hospitals, ambulatory sites and home health division. You can also:

  * Create job alerts for new graduate and RN opportunities at careers.stbrendans.example
  * Follow St. Brendan's Health System on social media for hiring event announcements
  * Join one of our monthly virtual Nursing Open Houses (next session: November 19, 6:00 PM ET)

Graduate Nurse Residency cohorts begin in February, June and September each year, and applications for the June 2027 cohort will open in late January. Previous applicants are welcome and encouraged to apply again.

We truly appreciate your interest in St. Brendan's and wish you the very best in your nursing career.

Warm regards,

Talent Acquisition
St. Brendan's Health System
1200 Meridian Parkway, Dayton, OH 45402

St. Brendan's Health System is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or protected veteran status.

Please do not reply to this message; this mailbox is not monitored. To manage your communication preferences, visit https://stbrendans.icims.example/connect/preferences""",
    "company": "St. Brendan's Health System",
    "job_title": "Graduate Nurse - Emergency Department",
    "contact": "",
    "note": "rejection: long talent-community boilerplate, decision in one sentence, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Re: Tucson submission??",
    "from": "Tasha Greene <tgreene@cardinaltravelnursing.example>",
    "headers": {"In-Reply-To": "<CAF7x2k9Lq@mailbox.example>", "References": "<CAF7x2k9Lq@mailbox.example>"},
    "body": """Hey Brianna!

So I heard back from Desert Sage this morning. They passed on your profile - their travel contracts need 2 years of acute care minimum and they won't make an exception for new grads, even with all your preceptorship hours on tele. I pushed for you, promise 😅

Honestly this is pretty normal in travel. Most facilities want that 1-2 yrs. My advice: grab a staff job for a year, then call me and I'll have a ton for you.

Talk soon,
Tasha

Tasha Greene | Senior Travel Recruiter
Cardinal Travel Nursing
c: (614) 555-0148
"Take your career on the road"

On Tue, Oct 6, 2026 at 9:12 AM Brianna Okafor <bri.okafor@mailbox.example> wrote:
> Hi Tasha, any news from the Tucson hospital on the tele contract? I know you said
> they're usually quick. Thanks!!
> Bri""",
    "company": "Desert Sage",
    "job_title": "",
    "contact": "Tasha Greene",
    "note": "rejection: travel-nurse agency relays client pass, reply thread with quote, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Important update regarding your offer - Nurse Residency Program",
    "from": "Karen Holloway <kholloway@northfieldregional.example>",
    "headers": {},
    "body": """Dear Brianna,

I am writing with news that I very much wish I did not have to share.

On September 2 you accepted our offer for the position of RN Resident - Medical/Surgical, with a start date of November 9, 2026. Yesterday, Northfield Regional's executive leadership announced an immediate, system-wide freeze on all new hiring, including our fall Nurse Residency cohort, because of the financial pressures we have been facing this year.

It is with deep regret that I must tell you we are rescinding your offer of employment. The November cohort will not go forward, and at this point we are not able to say when the program will resume.

I know you have planned around this start date, and I am truly sorry. Please know this decision has nothing to do with you or your qualifications. Your pre-employment health screening and background check fees will be reimbursed in full; our HR Service Center will contact you about this within ten business days. If you have questions in the meantime, you can reach them at 1-800-555-0177.

I would be glad to serve as a reference for you, and with your permission I will share your name with two colleagues at other hospitals in the area who are hiring new graduates.

With sincere apologies,

Karen Holloway, MSN, RN
Nurse Residency Program Coordinator
Northfield Regional Hospital
office: 419-555-0102""",
    "company": "Northfield Regional Hospital",
    "job_title": "RN Resident - Medical/Surgical",
    "contact": "Karen Holloway",
    "note": "rejection: accepted offer rescinded, hiring freeze",
},
{
    "label": "rejection",
    "subject": "RE: Following up - night shift RN interview",
    "from": "Brandt, Olivia <obrandt@lakeshorecommunity.example>",
    "headers": {"In-Reply-To": "<BN8PR11MB4410.bri@mailbox.example>", "References": "<BN8PR11MB4410.bri@mailbox.example>", "X-MS-Has-Attach": ""},
    "body": """Hi Brianna,

Sorry for the slow reply, it's been a crazy couple of weeks on the unit. We ended up filling both of the night positions with two of our own PCTs who just finished their BSN, so I don't have anything open for you on 4 West right now.

You interviewed really well and the charge nurses liked you. If something opens up after the new year I'll reach out to you directly.

Take care,
Olivia

Olivia Brandt, BSN, RN
Nurse Manager, 4 West Orthopedics
Lakeshore Community Hospital

-----Original Message-----
From: Brianna Okafor <bri.okafor@mailbox.example>
Sent: Monday, October 12, 2026 7:48 PM
To: Brandt, Olivia <obrandt@lakeshorecommunity.example>
Subject: Following up - night shift RN interview

Hi Ms. Brandt,

I wanted to follow up on my interview on September 29 for the night shift RN position on 4 West. I really enjoyed meeting you and the team and I am still very interested in the role. Please let me know if you need anything else from me.

Thank you,
Brianna Okafor, BSN, RN""",
    "company": "Lakeshore Community Hospital",
    "job_title": "night shift RN",
    "contact": "Olivia Brandt",
    "note": "rejection: reply thread with quote, positions filled internally, no stock phrase",
},
{
    "label": "rejection",
    "subject": "RN - Med/Surg (Req 44120)",
    "from": "Valley Medical Center <donotreply@valleymed.icims.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Thank you for your interest in the RN - Med/Surg position (Req 44120) at Valley Medical Center. This position has been filled. We invite you to review our other openings at careers.valleymed.example.

Valley Medical Center Talent Acquisition""",
    "company": "Valley Medical Center",
    "job_title": "RN - Med/Surg",
    "contact": "",
    "note": "rejection: very short, position filled, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Cardiac ICU Interview Follow-Up",
    "from": "James Whitcomb <jwhitcomb@calderheart.example>",
    "headers": {},
    "body": """Hi Brianna,

Thank you again for coming in on Thursday to meet with Dana, Marcus and me for the Cardiac ICU RN position, and for the time you spent on the shadow shift.

Unfortunately, we will not be offering you a position on the CICU at this time. The panel was impressed with your preparation and your patient-centered answers, but in the end they chose candidates with more experience managing drips and fresh post-op open-heart patients. Since you asked for honest feedback at the end of your interview, here are a couple of things the panel mentioned:

- Your answers to the prioritization scenario were strong, but they would have liked to hear more about escalation - when you would call the rapid response team vs. the provider.
- A critical care elective or a CCRN-prep course would make your application much more competitive next cycle.

Several of our step-down units hire new grads and are a common pathway into the CICU after 12-18 months. If you're interested, I'd be happy to forward your application to the 6 North manager.

Best of luck, and I hope our paths cross again.

James Whitcomb
Nurse Recruiter | Calder Heart & Vascular Institute
p. 216-555-0193""",
    "company": "Calder Heart & Vascular Institute",
    "job_title": "Cardiac ICU RN",
    "contact": "James Whitcomb",
    "note": "rejection after final interview with feedback",
},
{
    "label": "rejection",
    "subject": "Your application with Brightline Urgent Care",
    "from": "Brightline Urgent Care HR <hr@brightlineurgentcare.example>",
    "headers": {},
    "body": """Dear Brianna Okafor,

Thank you for applying for the Registered Nurse (PRN) position at our Westerville clinic. We regret to inform you that we have selected another candidate whose qualifications better meet our current needs.

We will keep your resume on file for six months and may contact you if a suitable position becomes available.

Sincerely,

Human Resources
Brightline Urgent Care""",
    "company": "Brightline Urgent Care",
    "job_title": "Registered Nurse (PRN)",
    "contact": "",
    "note": "rejection: classic short 'we regret to inform you'",
},
{
    "label": "rejection",
    "subject": "Pediatric Nurse Residency - Spring 2027 cohort",
    "from": "Maple Grove Children's Nursing Recruitment <nursingrecruitment@maplegrovechildrens.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Dear Applicant,

Thank you for applying to the Maple Grove Children's Hospital Pediatric Nurse Residency Program for the Spring 2027 cohort.

Unfortunately, due to changes in our organizational staffing plan, the Spring 2027 cohort has been cancelled. As a result, all applications submitted for this cohort, including yours, have been closed and will not be reviewed further.

We recognize that many of you were looking forward to this opportunity, and we apologize for the disappointment. We anticipate that the Fall 2027 cohort will open for applications in April. Applicants will need to submit a new application at that time; applications to the Spring cohort will not carry over.

Thank you for your interest in caring for the children and families we serve.

Nursing Recruitment
Maple Grove Children's Hospital""",
    "company": "Maple Grove Children's Hospital",
    "job_title": "Pediatric Nurse Residency Program",
    "contact": "",
    "note": "rejection: residency cohort cancelled, application closed",
},
{
    "label": "rejection",
    "subject": "RN Application",
    "from": "Renee Castillo <rcastillo@summitfamilyhealth.example>",
    "headers": {},
    "body": """Brianna,

Thanks for your application and for speaking with me on the phone last week. After careful review we will be pursuing candidates who have current ACLS certification and at least one year of outpatient experience for this role. I'd encourage you to look at us again once you have a bit more experience under your belt - we hire RNs a few times a year.

All the best,
Renee Castillo
Clinical Operations Manager
Summit Family Health Centers
(740) 555-0126""",
    "company": "Summit Family Health Centers",
    "job_title": "RN",
    "contact": "Renee Castillo",
    "note": "rejection: bland subject, 'pursuing other candidates', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Your candidacy: Community Health RN - Mobile Clinic",
    "from": "Three Rivers Community Health Careers <careers@threeriverschc.icims.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@threeriverschc.icims.example>", "Auto-Submitted": "auto-generated"},
    "body": """Hi Brianna,

Thank you for applying for the Community Health RN - Mobile Clinic position with Three Rivers Community Health. Since 1974, Three Rivers has provided primary care, behavioral health, dental and pharmacy services to more than 60,000 patients a year across central and southern Ohio, regardless of their ability to pay. Our mobile clinic program brings care directly to rural communities, schools and shelters, and the nurses who staff it are at the heart of that work.

We received an overwhelming response to this posting. Our hiring team has reviewed your materials carefully, and we are not able to offer you an interview for this position.

We know that searching for the right role takes time and energy, and we are grateful that you considered Three Rivers. Here are a few ways to stay connected with us:

- Join our Talent Network to be the first to hear about new openings in nursing, medical assisting and patient services.
- Check our careers page every few weeks - we post new RN, LPN and MA positions at our 14 health centers regularly.
- Follow "Three Rivers Community Health" for updates on our walk-in hiring days.

Three Rivers offers competitive pay, a generous PTO bank, tuition reimbursement, National Health Service Corps loan repayment eligibility at most sites, and a culture built on respect for our patients and for each other. We hope you will consider applying for future openings that match your skills and interests.

Thank you again, and best wishes in your search.

Sincerely,
People & Culture Team
Three Rivers Community Health

Three Rivers Community Health is an equal opportunity employer and a drug-free workplace. If you need a reasonable accommodation to complete the application process, please contact peopleandculture@threeriverschc.example.
You are receiving this email because you applied for a position with Three Rivers Community Health.""",
    "company": "Three Rivers Community Health",
    "job_title": "Community Health RN - Mobile Clinic",
    "contact": "",
    "note": "rejection: long mission/talent-network boilerplate, one decision sentence, no stock phrase",
},
# ---- Persona 1, job_other
{
    "label": "job_other",
    "subject": "Thank you for applying - R-0039102 Registered Nurse - Emergency Department",
    "from": "Mercy Lakeside Health <mercylakeside@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@myworkday.example"},
    "body": """Hello Brianna,

Thank you for applying to Registered Nurse - Emergency Department (R-0039102) at Mercy Lakeside Health. We have received your application and it is currently under review by our recruiting team.

What happens next?
If your qualifications match the requirements of the position, a recruiter will contact you to discuss next steps. You can check the status of your application at any time by signing in to your Candidate Home account.

Thank you for considering Mercy Lakeside Health as your employer of choice.

Mercy Lakeside Health Talent Acquisition

This email was sent from an unmonitored mailbox.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: Workday application received",
},
{
    "label": "job_other",
    "subject": "Interview Invitation - RN Telemetry (4 Tower), Fairhaven Medical Center",
    "from": "Monique Alvarez <malvarez@fairhavenmed.example>",
    "headers": {},
    "body": """Good afternoon Brianna,

Thank you for your application for the Registered Nurse - Telemetry position on 4 Tower. The nurse manager, Greg Hollins, has reviewed your application and would like to invite you to a panel interview.

Date: Wednesday, October 28, 2026
Time: 1:30 PM - 2:30 PM (please arrive 15 minutes early)
Location: Fairhaven Medical Center, Main Lobby - ask for Nursing Administration (2nd floor, Suite 210)
Panel: Greg Hollins (Nurse Manager), Tracy Dunn (Clinical Educator), and one staff RN from the unit

Please bring:
- A copy of your current resume
- Your RN license number (or NCLEX authorization to test, if still pending)
- Your BLS card

Free visitor parking is available in Garage B off of Linden Avenue. Bring your ticket to the interview and we will validate it.

Please reply to this email to confirm your attendance. If this time does not work, let me know and I'll do my best to find another slot.

We look forward to meeting you!

Monique Alvarez
Nurse Recruiter, Talent Acquisition
Fairhaven Medical Center
o: 614-555-0161""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: panel interview invitation",
},
{
    "label": "job_other",
    "subject": "Need to reschedule your interview Wed",
    "from": "Aliyah Brooks <abrooks@grantparkhospital.example>",
    "headers": {},
    "body": """Hi Brianna,

Unfortunately we need to reschedule your interview for Wednesday. Jenna (the nurse manager for 5 South) has been pulled into our state survey all day and won't be able to meet with anyone.

Would either of these work for you instead?
 - Friday 11/6 at 10:00am
 - Monday 11/9 at 2:00pm

So sorry for the late notice, and thank you for being flexible. Everything else stays the same - same location, same panel.

Aliyah Brooks
Administrative Assistant, Nursing Services
Grant Park Hospital""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: interview reschedule using 'unfortunately'",
},
{
    "label": "job_other",
    "subject": "Action Required: Document upload issue - RN Float Pool (2026-5521)",
    "from": "Granite Ridge Health Careers <noreply@graniteridgehealth.icims.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Brianna,

We were not able to open the document you uploaded for "RN License Verification" with your application for RN Float Pool (2026-5521). The file appears to be damaged or password-protected.

To keep your application moving, please log in to your candidate portal and upload the document again as a PDF, JPG or PNG (maximum 5 MB):

https://careers-graniteridgehealth.icims.example/jobs/candidate/dashboard

Your application will remain on hold until we receive a readable copy. If you have trouble uploading, reply to this email or call the Talent Acquisition Help Desk at 330-555-0110, Monday to Friday, 8 AM - 4:30 PM.

Thank you,
Granite Ridge Health Talent Acquisition""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: attachment could not be opened, re-upload request",
},
{
    "label": "job_other",
    "subject": "New grad friendly per diem + local contracts 👀",
    "from": "Jordan Pike <jordan.pike@lighthousemedstaff.example>",
    "headers": {},
    "body": """Hi Brianna,

Jordan here with Lighthouse Medical Staffing - I came across your resume on Indeed and wanted to reach out. I know most travel agencies want 1-2 years of experience, but we have a couple of local per diem and short contract roles in the Columbus area that are open to new grads with strong clinicals:

1) Per diem RN, long-term care / rehab - Grove City - $41/hr, flexible shifts
2) 8-week school-based RN contract - Delaware County - days, M-F
3) PRN vaccine clinic RN - weekends

All of these would count as paid RN experience on your resume. Would you be open to a quick 10 minute call this week? You can grab a time here: calendly.example/jpike-lighthouse

If you're no longer looking or already landed something, just reply STOP and I won't bug you again!

Jordan Pike
Healthcare Recruiter
Lighthouse Medical Staffing
614-555-0133 (call/text)""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: agency recruiter outreach, 'no longer looking' opt-out",
},
{
    "label": "job_other",
    "subject": "Your job alert for \"New Grad RN\" - Columbus, OH",
    "from": "Indeed <alert@indeed.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.indeed.example/alerts/unsubscribe?t=3f9a21>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "body": """Unfortunately, there are no new jobs matching "New Grad RN" within 25 miles of Columbus, OH today.

Here are some similar jobs you might like:

Registered Nurse - Graduate Nurse Program
Mercy Lakeside Health - Columbus, OH
$34 - $38 an hour
Easily apply

RN - Behavioral Health (New Grads Welcome)
Cedar Hollow Behavioral Hospital - Dublin, OH
Full-time, Nights

Licensed Practical Nurse / Registered Nurse - Skilled Nursing
Whitestone Senior Living - Westerville, OH
Sign-on bonus up to $5,000

See more jobs: https://www.indeed.example/jobs?q=new+grad+rn&l=Columbus

You are receiving this email because you created a job alert on Indeed.
Manage alerts | Unsubscribe | Privacy""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: job alert saying no new jobs match",
},
{
    "label": "job_other",
    "subject": "Pre-Employment Requirements - Fairhaven Medical Center",
    "from": "Employee Health Services <employeehealth@fairhavenmed.example>",
    "headers": {},
    "body": """Dear Brianna,

Congratulations on your contingent offer with Fairhaven Medical Center! Before your start date, please complete the following pre-employment requirements:

1. Drug screen - Employee Health, Lower Level, Room B-14. Walk-ins Mon-Fri 7:00-10:30 AM. Bring a photo ID.
2. Two-step TB test (or QuantiFERON blood test). Please allow 10 days for the two-step process.
3. Immunization records: MMR, Varicella, Hepatitis B, Tdap, and this season's influenza vaccine.

Unfortunately we are not able to accept titer results older than 10 years or handwritten immunization records without a provider signature. If you cannot locate your records, we can draw titers for you at no cost during your visit.

Please complete everything by November 20 to keep your December 7 start date.

Questions? Call Employee Health at 614-555-0170.

Employee Health Services
Fairhaven Medical Center""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: pre-employment screening instructions, 'not able to accept' records",
},
{
    "label": "job_other",
    "subject": "Offer of Employment - Registered Nurse, Telemetry",
    "from": "Monique Alvarez <malvarez@fairhavenmed.example>",
    "headers": {"X-MS-Has-Attach": "yes"},
    "body": """Hi Brianna,

It's my pleasure to share some great news - Greg and the 4 Tower team would love for you to join them! Attached you will find your formal offer letter. Here is a quick summary:

Position: Registered Nurse - Telemetry, 4 Tower
Status: Full-time, 36 hrs/week, nights (7p-7a), every third weekend
Base rate: $36.50/hr, plus $4.00/hr night differential and $2.00/hr weekend differential
Start date: Monday, December 7, 2026 (Nursing Orientation)
Residency: You will be enrolled in our 12-month Transition to Practice program

This offer is contingent on successful completion of the background check, drug screen and health assessment, and on your RN license being active by your start date.

Please review the letter and sign it electronically through the link in the attachment by Friday, November 13. Call me any time if you have questions - I'm happy to walk through benefits with you.

Welcome to Fairhaven!

Monique Alvarez
Nurse Recruiter, Talent Acquisition
Fairhaven Medical Center
o: 614-555-0161""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: job offer",
},
{
    "label": "job_other",
    "subject": "Your application has been withdrawn",
    "from": "Mercy Lakeside Health <mercylakeside@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "no-reply@myworkday.example"},
    "body": """Hello Brianna,

As requested, your application for Registered Nurse - Emergency Department (R-0039102) has been withdrawn. You will no longer be considered for this position.

If you withdrew your application by mistake, you may re-apply as long as the job posting remains open.

We appreciate your interest in Mercy Lakeside Health and wish you success in your career.

Mercy Lakeside Health Talent Acquisition

This email was sent from an unmonitored mailbox.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate's own withdrawal confirmed, 'no longer be considered'",
},
{
    "label": "job_other",
    "subject": "Reference still outstanding - please follow up",
    "from": "Monique Alvarez <malvarez@fairhavenmed.example>",
    "headers": {},
    "body": """Hi Brianna,

Quick note - we've received the reference from your preceptor, Kelly Ng (thank you!), but we still haven't heard back from Professor Linda Marsh. Our reference system sent her two automated requests, on 11/2 and 11/5.

Unfortunately we're not able to move your file to the offer stage until we have two completed references. Could you reach out to Prof. Marsh and ask her to check her inbox (and spam folder) for an email from references@fairhavenmed.example? Alternatively, you can give me the name of another clinical instructor or a charge nurse who worked with you.

Thanks so much - you're almost there!

Monique""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: reference outstanding, 'not able to move to offer stage'",
},
{
    "label": "job_other",
    "subject": "RE: Status of my application - 5 South RN",
    "from": "Aliyah Brooks <abrooks@grantparkhospital.example>",
    "headers": {"In-Reply-To": "<CAH1t0vR.bri@mailbox.example>", "References": "<CAH1t0vR.bri@mailbox.example>"},
    "body": """Hi Brianna,

Thanks for checking in. Jenna has finished her interviews for 5 South, but no decision has been made yet - she is waiting on final approval for the number of positions she can fill this quarter. We regret the delay and expect to reach out to all candidates by November 20 at the latest.

You are still very much in consideration.

Aliyah

> From: Brianna Okafor <bri.okafor@mailbox.example>
> Sent: Thursday, November 12, 2026 10:03 AM
> Subject: Status of my application - 5 South RN
>
> Hello, I interviewed with Jenna on Monday 11/9 and wanted to ask about the
> timeline for a decision. Thank you!""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: still under review, 'we regret the delay', reply thread",
},
{
    "label": "job_other",
    "subject": "RE: Offer - RN 5 South",
    "from": "Jenna Morales <jmorales@grantparkhospital.example>",
    "headers": {"In-Reply-To": "<CAH1u8pQ.bri@mailbox.example>", "References": "<CAH1u8pQ.bri@mailbox.example>"},
    "body": """Hi Brianna,

I'm sorry to hear that you've decided to decline our offer, but I completely understand - telemetry is a great place to start and Fairhaven has a good residency program. I've let HR know, and they'll close out the offer in the system, so you may get an automated email saying it was withdrawn. No need to worry about that.

If things change down the road, please don't hesitate to reach out. We'd be happy to have you on 5 South.

Best wishes,
Jenna

Jenna Morales, MSN, RN
Nurse Manager, 5 South Medical
Grant Park Hospital

On Mon, Nov 23, 2026, 8:41 PM Brianna Okafor <bri.okafor@mailbox.example> wrote:
> Dear Ms. Morales,
> Thank you so much for the offer for the RN position on 5 South. After a lot
> of thought I have accepted another position and I must respectfully decline.
> I really appreciated meeting you and the team.
> Sincerely, Brianna""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate declined an offer, acknowledged; mentions offer 'withdrawn' in system",
},
{
    "label": "job_other",
    "subject": "Welcome to Fairhaven! Nursing Orientation 12/7 - what to expect",
    "from": "Clinical Education <clinicaleducation@fairhavenmed.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Welcome, new Fairhaven nurses!

We are so excited to have you join us for Nursing Orientation beginning Monday, December 7.

WHERE: Education Center, Conference Rooms 3 & 4 (enter through the Linden Ave. entrance)
WHEN: Monday-Thursday, 8:00 AM - 4:30 PM. Lunch is provided on Monday.
WHAT TO WEAR: Business casual for Monday and Tuesday; navy scrubs from Wednesday on (skills lab).
WHAT TO BRING: Photo ID, your badge photo confirmation, a stethoscope and a pen.

Sadly, parking passes will not be ready until your second week. For orientation week, please park in Garage B and bring your ticket to the Education Center for validation.

Your first week will cover EHR training, medication administration and pump competencies, fall prevention and restraints, and a simulation day. You will meet your preceptor on your unit during week three.

See you soon!

Tracy Dunn, MSN, RN-BC
Clinical Educator, on behalf of the Clinical Education Team
Fairhaven Medical Center""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: onboarding / orientation details, 'sadly' about parking",
},
# ---- Persona 1, ham
{
    "label": "ham",
    "subject": "Thanksgiving!!",
    "from": "Mom <grace.okafor@mailbox.example>",
    "headers": {},
    "body": """Hi baby,

Auntie Ngozi says she is coming for Thanksgiving after all so we will be 14 people. Can you bring the mac and cheese and the sweet potato pie? Your brother says he is bringing "drinks" which I know means a bag of ice.

Are you working that week? If you are on nights just come when you wake up, we will keep a plate for you.

Love you and proud of you always,
Mom

Sent from my iPhone""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: family email about holiday plans",
},
{
    "label": "ham",
    "subject": "Rental Application - 4417 Brookstone Ct, Unit 2B",
    "from": "Brookstone Property Management <leasing@brookstonepm.example>",
    "headers": {},
    "body": """Dear Brianna Okafor,

Thank you for your interest in 4417 Brookstone Ct, Unit 2B.

Unfortunately, we are unable to approve your rental application at this time. Our screening criteria require verifiable monthly income of at least three times the monthly rent ($1,185), and the income documentation provided did not meet this requirement.

You may reapply with a qualified co-signer or with an offer letter showing your future income. Your $45 application fee is non-refundable; the $200 holding deposit will be returned to your original payment method within 5-7 business days.

This decision was based in whole or in part on information provided by a consumer reporting agency. You have the right to obtain a free copy of your report from the agency within 60 days.

Regards,
Leasing Office
Brookstone Property Management""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: rental application declined by landlord",
},
{
    "label": "ham",
    "subject": "ugh",
    "from": "Kezia Marshall <kez.marshall@mailbox.example>",
    "headers": {},
    "body": """Bri,

Didn't get the MICU residency. Got the email at 6am literally as I was walking into clinicals. "Unfortunately we received an unprecedented number of applications blah blah." I was so sure after the interview, the manager even said she'd "love to have me."

I know everyone says ICU new grad is a long shot but I really wanted it. Going to apply to the step-down programs this weekend I guess.

Can we get tacos Friday? I need to complain in person. How did your Fairhaven interview go???

K""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: friend describing her own rejection",
},
{
    "label": "ham",
    "subject": "Update on your deferment request",
    "from": "Keystone Loan Servicing <notifications@keystoneloans.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Brianna Okafor,

We have reviewed your request for an In-School Deferment on your federal student loans (account ending 4471).

Your request has been declined because our records show that you are no longer enrolled at least half-time. Your grace period ends on December 14, 2026, and your first payment of $287.16 will be due on January 10, 2027.

If you are experiencing financial hardship, you may be eligible for an income-driven repayment plan or an economic hardship deferment. You can apply online at any time.

Log in to your account: https://www.keystoneloans.example/login

Keystone Loan Servicing
This is an automated message. Please do not reply.""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: student loan deferment declined",
},
{
    "label": "ham",
    "subject": "Your prescription is ready for pickup",
    "from": "Corner Drug Pharmacy <rx-alerts@cornerdrug.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """Hi BRIANNA,

Your prescription is ready for pickup at Corner Drug #0412, 2290 N High St.

Rx #: 6614028
Pickup by: 11/18/2026

Store hours: Mon-Fri 8am-9pm, Sat-Sun 9am-6pm
Pharmacy phone: (614) 555-0185

Reply STOP to opt out of pharmacy notifications.""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: pharmacy notification",
},
{
    "label": "ham",
    "subject": "License Issued - Registered Nurse",
    "from": "State Board of Nursing - eLicense <noreply@nursingboard-elicense.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear BRIANNA C OKAFOR,

The State Board of Nursing has issued your license.

License Type: Registered Nurse
License Number: RN.590114
Issue Date: 10/22/2026
Expiration Date: 10/31/2027

You can verify your license online at any time through the eLicense Verification page. Your wall certificate will be mailed to the address on file within 4-6 weeks.

Please remember to keep your address and email current with the Board. Continuing education requirements apply from your first renewal.

State Board of Nursing
Licensing Section""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: nursing license issued notice (not a job application)",
},
]

# ---------------------------------------------------------------------------
# Persona 2: Marcus Leung, P.Eng., PMP - mid-career civil engineer in Ottawa,
# municipal infrastructure; consultancies, municipal portals, LinkedIn recruiters.
# marcus.leung.peng@postbox.example
# ---------------------------------------------------------------------------
MAILS += [
{
    "label": "rejection",
    "subject": "Competition 2026-ENG-114 - Screening Results",
    "from": "City of Riverbend - Careers <careers-noreply@riverbend.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Marcus Leung,

Re: Competition No. 2026-ENG-114
Position: Senior Project Engineer, Linear Infrastructure (Infrastructure Services Department)

Thank you for your interest in employment with the City of Riverbend.

All applications received for the above competition have been screened against the essential qualifications listed in the job posting. This is to advise you that you have not been selected to proceed to the next stage of the selection process.

Screening results are final. If you wish to discuss the screening of your application, you may contact the Human Resources Advisor named below within five (5) business days of the date of this notice.

Human Resources Advisor: Genevieve Roy, 613-555-0174

We thank you for your interest and encourage you to apply to future opportunities posted at riverbend.example/careers.

Human Resources Services
City of Riverbend

---
Ce message est aussi disponible en français sur demande. Veuillez ne pas répondre à ce courriel.
This message is also available in French upon request. Please do not reply to this email.""",
    "company": "City of Riverbend",
    "job_title": "Senior Project Engineer, Linear Infrastructure",
    "contact": "",
    "note": "rejection: municipal screening notice, bilingual footer, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Jordan McAllister sent you a message",
    "from": "Jordan McAllister via LinkedIn <messages-noreply@linkedin.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.linkedin.example/e/unsub?m=inmail&t=9c1f>", "Auto-Submitted": "auto-generated"},
    "body": """Jordan McAllister
Talent Partner at Westline Recruitment

Hey Marcus, circling back as promised. Tamarack decided to go with an internal candidate for the Senior PM role - someone from their Kanata office put their hand up late in the process and they felt they had to give it to him. Frustrating, I know, especially after two rounds.

Keep me posted on what else you're looking at. I have a water/wastewater lead role coming in next month that might be a better fit anyway.

Cheers,
Jordan

----------
Marcus Leung  10:14 AM, Oct 28
Hi Jordan, just checking whether Tamarack has come back after the second interview on the 21st? Thanks.

Jordan McAllister  4:52 PM, Oct 14
Great news Marcus, they want to see you again - panel with the VP Operations next Wednesday. I'll send details tomorrow.

----------
Reply: https://www.linkedin.example/messaging/thread/2-OTk4MjE3/

You are receiving Messaging notification emails.
Unsubscribe · Help
© 2026 LinkedIn""",
    "company": "Tamarack",
    "job_title": "Senior PM",
    "contact": "Jordan McAllister",
    "note": "rejection: LinkedIn message thread from recruiter, internal candidate filled role, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Manager, Water Resources - outcome of final interview",
    "from": "Heather Quon <hquon@prairiemeridian.example>",
    "headers": {},
    "body": """Hi Marcus,

Thank you for your time last Tuesday and for the thoughtful presentation on the Carleton Creek stormwater retrofit. We have now completed the final round for the Manager, Water Resources position, and I'm sorry to let you know that you were not successful on this occasion.

Tom and Aisha asked me to pass along some feedback, as they know how much effort you put into the process:

  - Your technical depth was clearly the strongest of the finalists, particularly on asset management and the Ontario approvals side.
  - Where the successful candidate stood out was business development. This role owns a P&L of roughly $6M and is expected to lead pursuits; they had a longer track record of winning and growing client relationships.

They would genuinely like to stay in touch, and there may be a Senior Project Manager opening in the same group in the spring that plays much more to your strengths. If you're open to it, I'll reach out when it is approved.

Thanks again, Marcus. It was a pleasure getting to know you.

Best regards,

Heather Quon, CHRP
HR Business Partner
Prairie Meridian Engineering Ltd. | Ottawa Office
T 613.555.0119""",
    "company": "Prairie Meridian Engineering",
    "job_title": "Manager, Water Resources",
    "contact": "Heather Quon",
    "note": "rejection after final round, with feedback",
},
{
    "label": "rejection",
    "subject": "Transportation Lead - Ottawa - Status of recruitment",
    "from": "Cairnfield Associates Careers <careers@cairnfield.example>",
    "headers": {},
    "body": """Dear Marcus,

Thank you for your interest in the Transportation Lead role in our Ottawa office and for the time you spent with us during the first interview.

Unfortunately, Cairnfield has decided to place a hold on this hire. Several of the provincial transit and highway programs that this role was intended to support have been deferred following the fall economic statement, and we are not able to justify the position until funding is confirmed. As a result, we are closing all applications for this posting, including yours.

We do not yet know if or when the role will be reposted. If it is, we will let previous applicants know and would be glad to consider you again.

We appreciate your patience and apologize for any inconvenience.

Kind regards,

Talent Acquisition Team
Cairnfield Associates""",
    "company": "Cairnfield Associates",
    "job_title": "Transportation Lead",
    "contact": "",
    "note": "rejection: hiring put on hold, application closed",
},
{
    "label": "rejection",
    "subject": "Your offer with Lindqvist & Rowe",
    "from": "Doug Fenwick <dfenwick@lindqvistrowe.example>",
    "headers": {},
    "body": """Marcus,

I wanted to call you about this rather than email, but I couldn't get through this afternoon, and I don't want you to hear it second-hand.

This morning we were informed that our consortium was not awarded the Eastway LRT Phase 2 design contract. The Senior Project Manager position we offered you on October 3 was created specifically to lead our share of that work. Without the contract, we simply do not have the project to staff, and with regret we have to withdraw the offer of employment. I know you had not yet resigned from your current job, which is the one small mercy in this, but I am aware you were about to.

This is entirely about our business situation and not about you. Everyone who met you was excited to have you join, and I will personally make sure you are at the top of our list the next time we have a role at your level.

I'll try you again tomorrow morning. Please call me on my cell at 613-555-0190 whenever suits.

Doug

Doug Fenwick, P.Eng.
Principal, Infrastructure
Lindqvist & Rowe Consulting""",
    "company": "Lindqvist & Rowe Consulting",
    "job_title": "Senior Project Manager",
    "contact": "Doug Fenwick",
    "note": "rejection: offer withdrawn after contract loss",
},
{
    "label": "rejection",
    "subject": "Ridgeway - update",
    "from": "Priya Sandhu <priya@keystonetalent.example>",
    "headers": {},
    "body": """Hi Marcus - Ridgeway came back and they've gone another way on the Project Director role. Thanks for your patience through all of this. Talk soon.

Priya Sandhu | Keystone Talent Partners""",
    "company": "Ridgeway",
    "job_title": "Project Director",
    "contact": "Priya Sandhu",
    "note": "rejection: very short recruiter note, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Region of Eastvale - Your Application for Project Manager, Water and Wastewater Capital Works (J-2026-0877)",
    "from": "Region of Eastvale Careers <eastvale@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """Dear Marcus Leung,

Thank you for applying for the position of Project Manager, Water and Wastewater Capital Works (J-2026-0877) with the Region of Eastvale.

The Region of Eastvale delivers essential services to more than 480,000 residents across eight local municipalities, including drinking water, wastewater treatment, regional roads, public health, paramedic services and social housing. Our people are our greatest strength, and we are committed to building a skilled, diverse and inclusive workforce that reflects the communities we serve.

Every application we receive is reviewed carefully against the requirements of the position. After careful consideration, the hiring team has selected other applicants whose qualifications more closely match the requirements of this position.

We value the time and effort that you invested in your application. Your candidate profile will remain active in our system for twelve (12) months, and we encourage you to:

  - Sign up for job alerts at eastvale.example/careers to be notified of new opportunities that match your interests
  - Review our "Working at the Region" page for information on our benefits, pension (OMERS) and learning programs
  - Apply for future opportunities for which you feel you are qualified

The Region of Eastvale is an equal opportunity employer committed to inclusive, barrier-free recruitment and selection processes. Accommodation is available under the Ontario Human Rights Code and the Accessibility for Ontarians with Disabilities Act. If you require accommodation at any stage of the recruitment process, please contact Human Resources at 905-555-0138.

Personal information submitted in connection with this application is collected under the authority of the Municipal Act, 2001, and will be used to determine eligibility for employment. Questions about this collection may be directed to the Manager, Talent Acquisition, Region of Eastvale.

Thank you again for your interest in a career with the Region of Eastvale.

Talent Acquisition
Human Resources Services
Region of Eastvale

This is a system-generated email. Please do not reply.""",
    "company": "Region of Eastvale",
    "job_title": "Project Manager, Water and Wastewater Capital Works",
    "contact": "",
    "note": "rejection: long municipal boilerplate, decision in one sentence, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Senior Municipal Engineer - Application",
    "from": "Osprey Geotechnical & Civil <careers@ospreygeo.example>",
    "headers": {},
    "body": """Dear Mr. Leung,

Thank you for your interest in the Senior Municipal Engineer position with Osprey Geotechnical & Civil.

We have reviewed your application carefully and regret to inform you that we have decided not to proceed with your candidacy at this time. We received a large number of applications from qualified professionals, and the decision was a difficult one.

We will retain your résumé on file and may contact you should a suitable opportunity arise.

We wish you every success in your career.

Yours sincerely,

Amanda Pelletier
Human Resources Coordinator
Osprey Geotechnical & Civil Inc.""",
    "company": "Osprey Geotechnical & Civil",
    "job_title": "Senior Municipal Engineer",
    "contact": "Amanda Pelletier",
    "note": "rejection: standard 'regret to inform you'",
},
{
    "label": "rejection",
    "subject": "RE: Director of Engineering Services - next steps?",
    "from": "Carol Beaudry <cbeaudry@kestrelbay.example>",
    "headers": {"In-Reply-To": "<YT3PR01MB5512.ml@postbox.example>", "References": "<YT3PR01MB5512.ml@postbox.example>"},
    "body": """Good morning Marcus,

Thank you for your note, and my apologies for the delay in getting back to you. Council approved the appointment at its closed session on Monday evening, and the panel recommended another candidate for the Director of Engineering Services position. The individual will be announced publicly once they have given notice to their current employer, so I would ask that you keep this confidential until then.

You asked for feedback, and I am happy to share some. The panel rated your technical interview very highly, particularly your answers on the Asset Management Plan and O. Reg. 588/17 compliance. The successful candidate had previous experience reporting directly to Council and managing a department of over 40 staff, which the panel felt was important given the Town's current situation.

I would be glad to set up a short call with the CAO if you would like more detail.

Thank you again for your interest in the Town of Kestrel Bay.

Regards,

Carol Beaudry
Manager, Human Resources
Town of Kestrel Bay
T: 613-555-0147

From: Marcus Leung <marcus.leung.peng@postbox.example>
Sent: November 18, 2026 8:02 PM
To: Carol Beaudry <cbeaudry@kestrelbay.example>
Subject: Director of Engineering Services - next steps?

Hi Carol,

I hope you are well. I wanted to check in on the status of the Director of Engineering Services recruitment following my second interview with the panel on November 5. I would also welcome any feedback you are able to share.

Best regards,
Marcus Leung, P.Eng., PMP""",
    "company": "Town of Kestrel Bay",
    "job_title": "Director of Engineering Services",
    "contact": "Carol Beaudry",
    "note": "rejection in reply thread with quote and feedback, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Competition HC-26-031 Manager, Capital Projects - Cancelled",
    "from": "United Counties of Harwood HR <hr@harwoodcounties.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Dear Applicant,

Please be advised that Competition #HC-26-031, Manager, Capital Projects (Public Works Department), has been cancelled. The County will not be filling this position at this time, and applications received will not be considered further.

Thank you for your interest in employment with the United Counties of Harwood.

Human Resources
United Counties of Harwood
www.harwoodcounties.example""",
    "company": "United Counties of Harwood",
    "job_title": "Manager, Capital Projects",
    "contact": "",
    "note": "rejection: competition cancelled, no stock phrase",
},
# ---- Persona 2, job_other
{
    "label": "job_other",
    "subject": "Application Received - Competition 2026-ENG-131 Project Manager, Bridges and Structures",
    "from": "City of Riverbend - Careers <careers-noreply@riverbend.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Marcus Leung,

This email confirms that we have received your application for Competition No. 2026-ENG-131, Project Manager, Bridges and Structures.

Applications will be screened against the qualifications stated in the job posting. Only those candidates selected for further consideration will be contacted. We regret that we are unable to respond to each applicant individually.

Candidates selected for the next stage may be required to complete a written examination. Please ensure that your contact information in your candidate profile is current.

The City of Riverbend is committed to providing accommodations for persons with disabilities throughout the recruitment process. Please advise the HR Advisor listed on the posting if you require an accommodation.

Human Resources Services
City of Riverbend

Ce message est aussi disponible en français sur demande.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: application acknowledgement with 'we regret that we are unable to respond'",
},
{
    "label": "job_other",
    "subject": "Sarah Kowalczyk sent you an InMail: Associate Principal, Municipal Infrastructure",
    "from": "Sarah Kowalczyk via LinkedIn <inmail-hit-reply@linkedin.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.linkedin.example/e/unsub?m=inmail&t=7a2e>"},
    "body": """Sarah Kowalczyk
Senior Technical Recruiter at Bramble & Finch Engineering

Hi Marcus,

I hope this finds you well. Your background in linear infrastructure and water/wastewater capital delivery caught my eye. Bramble & Finch is growing our Eastern Ontario municipal practice and we're looking for an Associate Principal to lead a team of 10-12 engineers and technologists out of our Ottawa office.

A few highlights:
 - Client base is mostly mid-sized municipalities (Class EAs, detailed design, contract administration)
 - Hybrid, 3 days in office
 - Path to partnership within 3-5 years
 - Compensation in the $150-175K range plus bonus

Would you be open to a confidential conversation next week? Happy to work around your schedule.

Best,
Sarah

Reply | Not interested

This InMail was sent to Marcus Leung (Senior Project Engineer | P.Eng., PMP).
Unsubscribe · Help
© 2026 LinkedIn""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: recruiter InMail outreach",
},
{
    "label": "job_other",
    "subject": "Interview - Senior Project Manager, Northbeam Consulting (Ottawa)",
    "from": "Kelsey Arsenault <karsenault@northbeamconsulting.example>",
    "headers": {},
    "body": """Hi Marcus,

Thank you for your application for the Senior Project Manager - Municipal Infrastructure position. Our hiring team would like to invite you to an in-person interview at our Ottawa office:

Date: Thursday, November 12
Time: 9:30 - 11:30 a.m.
Location: 340 Albion Street, Suite 800 (check in at reception on the 8th floor)

Format:
1. A 20-minute presentation on a project you have led from planning through construction. Please focus on how you managed scope, budget and stakeholders. A screen and HDMI connection will be available; please bring your slides on a USB key as a backup.
2. A 60-minute behavioural and technical interview with Raj Mehta (Director, Municipal Infrastructure), Sylvie Gagnon (Senior Project Manager) and me.
3. A short office tour and coffee with a couple of members of the team.

Please confirm your availability by Friday. If the time doesn't work, just let me know.

Looking forward to meeting you,

Kelsey Arsenault
Talent Acquisition Specialist
Northbeam Consulting Inc.
613.555.0125""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: interview invitation with presentation",
},
{
    "label": "job_other",
    "subject": "RE: Senior Water Resources Engineer - Calgary - second interview",
    "from": "Brett Olafson <bolafson@chinookcivil.example>",
    "headers": {"In-Reply-To": "<YT3PR01MB7721.ml@postbox.example>", "References": "<YT3PR01MB7721.ml@postbox.example>"},
    "body": """Hi Marcus,

Thanks for the direct question - I appreciate it. I checked with our VP and I'm afraid we're not able to offer a relocation package for this role. We've had to cut those across the board this year.

That said, the team really enjoyed the first conversation and we'd very much like to move you to a second interview with Karin and our Operations Director. If the move to Calgary is still workable for you without relocation support, could you let me know your availability for the week of November 23? We can do it over Teams.

We could also look at a modest signing bonus to help offset moving costs. No promises, but I'll raise it if we get to the offer stage.

Best,
Brett

Brett Olafson
Manager, People & Talent
Chinook Civil Group

-----Original Message-----
From: Marcus Leung
Sent: Tuesday, November 10, 2026 9:15 PM
Subject: Senior Water Resources Engineer - Calgary

Hi Brett, before we go further - is relocation assistance available for this position? We would be moving a family of four from Ottawa. Thanks, Marcus""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: 'not able to offer relocation' but proceeding to second interview",
},
{
    "label": "job_other",
    "subject": "Reference check - Marcus Leung",
    "from": "Kelsey Arsenault <karsenault@northbeamconsulting.example>",
    "headers": {},
    "body": """Hi Marcus,

Good news - the team would like to move forward, and the next step is reference checks.

I'll be contacting the three references you provided (Diane Carrier, Paul Whitford and Anand Rao) over the next two or three days. Could you give them a quick heads-up that I'll be calling? It tends to speed things up.

If any of their contact details have changed, please let me know.

Thanks,
Kelsey""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: reference check notice",
},
{
    "label": "job_other",
    "subject": "15 new jobs for \"Senior Project Engineer\" in Ottawa, Ontario",
    "from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.linkedin.example/e/unsub?m=jobalert&t=11bd>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "body": """Your job alert for Senior Project Engineer in Ottawa, Ontario, Canada
15 new jobs match your preferences.

Senior Project Engineer - Transportation
Harbourgate Infrastructure · Ottawa, ON (Hybrid)
Actively recruiting · 2 connections work here

Project Engineer III, Water Distribution
City of Riverbend · Riverbend, ON
Easy Apply

Senior Engineer, Municipal Design
Bramble & Finch Engineering · Ottawa, ON
Promoted

Senior Project Manager - Infrastructure Renewal
Northbeam Consulting · Ottawa, ON
Be an early applicant

See all jobs: https://www.linkedin.example/jobs/search?alert=8811

Job alert frequency: Daily · Manage job alerts
You are receiving Job Alert emails. Unsubscribe
© 2026 LinkedIn""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: LinkedIn job alert digest",
},
{
    "label": "job_other",
    "subject": "Competition 2026-ENG-131 - Written Examination - CHANGE OF LOCATION",
    "from": "City of Riverbend - Careers <careers-noreply@riverbend.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Marcus Leung,

You were previously invited to attend the written examination for Competition No. 2026-ENG-131, Project Manager, Bridges and Structures, on Saturday, November 21, 2026 at 9:00 a.m.

Unfortunately, the original venue (Riverbend Public Library, Main Branch, Room 2A) is no longer available due to emergency repairs. The examination will now take place at:

Riverbend City Hall, 110 Laurier Avenue, Council Committee Room B (2nd floor)

The date and time remain the same. Please bring government-issued photo ID and a non-programmable calculator. Candidates who arrive after 9:15 a.m. will not be admitted.

We apologize for any inconvenience.

Human Resources Services
City of Riverbend

Ce message est aussi disponible en français sur demande.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: exam venue change, 'unfortunately ... no longer available'",
},
{
    "label": "job_other",
    "subject": "Re: Ridgeway - timing",
    "from": "Priya Sandhu <priya@keystonetalent.example>",
    "headers": {"In-Reply-To": "<YT3PR01MB8843.ml@postbox.example>", "References": "<YT3PR01MB8843.ml@postbox.example>"},
    "body": """Hey Marcus,

No decision yet, I'm afraid. Sadly the hiring manager (Ken) left for two weeks in Portugal the day after your interview, and nobody else wants to sign off without him. Realistically we're looking at the week of the 30th before we hear anything.

For what it's worth, the feedback I got from HR after your interview was very positive. You're one of two people still in the mix.

I'll ping you the moment I hear something.

Priya

Priya Sandhu
Principal Recruiter, Engineering & Construction
Keystone Talent Partners
c. 613-555-0152

> On Nov 12, 2026, at 6:40 PM, Marcus Leung <marcus.leung.peng@postbox.example> wrote:
>
> Hi Priya, any word from Ridgeway? Thanks!""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: recruiter update, still undecided, 'sadly' about delay",
},
{
    "label": "job_other",
    "subject": "Offer of Employment - Senior Project Manager, Municipal Infrastructure",
    "from": "Raj Mehta <rmehta@northbeamconsulting.example>",
    "headers": {"X-MS-Has-Attach": "yes"},
    "body": """Marcus,

Further to our conversation this afternoon, I'm delighted to formally offer you the position of Senior Project Manager, Municipal Infrastructure, with Northbeam Consulting. Your offer letter is attached. In summary:

  Base salary: $142,000 per year
  Annual performance bonus: target 10%
  Start date: Monday, January 11, 2027 (flexible)
  Vacation: 3 weeks, rising to 4 weeks after 2 years of service
  Professional fees (PEO, PMI) and 5 days of paid professional development per year

We regret we can't accommodate the four weeks of vacation you asked for in year one; it's a firm-wide policy and I'm not able to make an exception. I did, however, get approval to increase the base salary from the $138,000 we discussed, which I hope helps.

Please review the letter and return a signed copy by November 27. I'm available any time if you'd like to talk anything through.

We're really looking forward to having you on the team.

Raj

Raj Mehta, P.Eng.
Director, Municipal Infrastructure
Northbeam Consulting Inc.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: job offer, with 'we regret we can't accommodate' vacation request",
},
{
    "label": "job_other",
    "subject": "Application withdrawn - Senior Water Resources Engineer (Calgary)",
    "from": "Brett Olafson <bolafson@chinookcivil.example>",
    "headers": {},
    "body": """Hi Marcus,

Thanks for letting me know, and congratulations on the Northbeam offer - that's a great firm.

As per your request, I've withdrawn your application for the Senior Water Resources Engineer position, and you are no longer under consideration for the role. Karin was sorry to hear it but completely understands the move to Calgary was a big ask.

If your plans ever bring you west, please reach out.

All the best,
Brett""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate's own withdrawal confirmed",
},
{
    "label": "job_other",
    "subject": "Reminder: Online Assessment - J-2026-0912 Senior Engineer, Transportation Planning",
    "from": "Region of Eastvale Careers <eastvale@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Marcus Leung,

Our records show that you have not yet completed the online Situational Judgement Assessment for the position of Senior Engineer, Transportation Planning (J-2026-0912).

The assessment takes approximately 35 minutes and must be completed in a single sitting. Your personal link will no longer be valid after 11:59 p.m. ET on Sunday, November 15, 2026. Applications without a completed assessment cannot be moved forward in the process.

Start your assessment:
https://eastvale.myworkday.example/assessment/start?c=MLEUNG-0912

If you need an accommodation or are experiencing technical difficulties, please contact talent@eastvale.example before the deadline.

Talent Acquisition
Region of Eastvale

This is a system-generated email. Please do not reply.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: assessment not yet completed reminder",
},
{
    "label": "job_other",
    "subject": "Stonecrest Quarterly - Careers edition: where our engineers are building next",
    "from": "Stonecrest Engineering <talentcommunity@stonecrest.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://stonecrest.example/preferences/unsubscribe?id=ML5520>", "List-Id": "Stonecrest Talent Community <talent.stonecrest.example>"},
    "body": """STONECREST QUARTERLY - FALL 2026

Hi Marcus,

Thanks for being part of the Stonecrest Talent Community. Here's what's happening across our Canadian offices this season.

PROJECT SPOTLIGHT: Millbrook Wastewater Treatment Plant upgrade
Our Kingston team completed the final commissioning of the $84M upgrade this September, three weeks ahead of schedule. Project lead Nadia Chowdhury talks about what it took.

MEET THE TEAM: "Why I moved from the public sector to consulting"
Former municipal engineer Luc Tessier on the learning curve, the billable hours and what he doesn't miss about council meetings.

WE'RE HIRING
 - Senior Project Manager, Transportation - Ottawa
 - Intermediate Water Resources Engineer - Kingston
 - Construction Inspector (seasonal) - Peterborough
 - Discipline Lead, Structures - Toronto
Browse all roles at stonecrest.example/careers

EVENTS
Stonecrest at the provincial municipal engineering conference in Niagara Falls, Booth 214. Come say hi.

You're receiving this email because you joined the Stonecrest Talent Community. If you no longer wish to receive these emails, you can unsubscribe at any time.
Stonecrest Engineering Ltd., 55 Bay Street, Toronto ON""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: talent-community newsletter",
},
{
    "label": "job_other",
    "subject": "Interview Confirmation - Director of Engineering Services",
    "from": "Carol Beaudry <cbeaudry@kestrelbay.example>",
    "headers": {},
    "body": """Good afternoon Marcus,

This will confirm your second interview for the position of Director of Engineering Services:

Date: Thursday, November 5, 2026
Time: 2:00 p.m. - 3:30 p.m.
Location: Kestrel Bay Civic Centre, 12 Front Street, Committee Room 1

Panel:
  Mayor Linda Garrow
  Councillor Pete Hanna, Chair, Infrastructure Committee
  Andrew Dionne, Chief Administrative Officer
  Carol Beaudry, Manager, Human Resources

The panel will ask you to speak for 10 minutes on your approach to the Town's 2027-2031 capital plan (briefing note attached), followed by questions.

Unfortunately, visitor parking at the Civic Centre is limited on Thursdays due to the farmers' market. We suggest the municipal lot on Water Street, which is free for the first two hours.

Please confirm receipt of this email.

Regards,
Carol Beaudry
Manager, Human Resources
Town of Kestrel Bay""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: interview confirmation, 'unfortunately' about parking",
},
# ---- Persona 2, ham
{
    "label": "ham",
    "subject": "Building Permit Application BP-2026-04418 - Decision",
    "from": "City of Riverbend - Building Code Services <buildingpermits@riverbend.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Marcus Leung,

RE: Building Permit Application BP-2026-04418
Address: 27 Birchmount Crescent
Scope: Construction of rear deck (28.5 m²) with attached privacy screen

Your application has been reviewed and cannot be approved as submitted. The proposed deck does not comply with Zoning By-law 2018-112, Section 64, which requires a minimum 1.5 m setback from the rear lot line for platforms more than 0.6 m above grade. Your drawings show a setback of 0.9 m.

Unfortunately the application is therefore refused. You may:
  1. Revise the drawings to meet the required setback and resubmit (no additional fee within 90 days); or
  2. Apply to the Committee of Adjustment for a minor variance.

Please contact the plans examiner, Tom Ferreira, at 613-555-0166 if you have any questions.

Building Code Services
City of Riverbend""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: building permit refused (same city as a job application)",
},
{
    "label": "ham",
    "subject": "U13 AA Tryouts - Roster Decision",
    "from": "Gloucester Rangers Minor Hockey <registrar@gloucesterrangers.example>",
    "headers": {},
    "body": """Dear Parent/Guardian of Ethan Leung,

Thank you for Ethan's participation in this year's U13 AA tryouts. We had 61 players try out for 17 roster spots, and the level of play was very high.

We regret to inform you that Ethan was not selected for the U13 AA roster this season. The coaching staff noted his strong skating and positive attitude, and we encourage him to keep developing his puck handling.

Ethan has been automatically placed in the evaluation pool for the U13 A team. A evaluations take place this Saturday at 8:00 a.m. at the Blackburn Arena. Please confirm his attendance by replying to this email.

Thank you for your support of Gloucester Rangers Minor Hockey.

Dave Kinnear
Rep Program Coordinator""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: child not selected for hockey team",
},
{
    "label": "ham",
    "subject": "Continuing Competency Program: 2026 reporting due December 31",
    "from": "PEA Member Services <members@pea-engineers.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsubscribe@pea-engineers.example>"},
    "body": """Dear Marcus Leung, P.Eng.,

This is a reminder that your 2026 Continuing Competency Program (CCP) submission is due by December 31, 2026.

To complete your submission:
 1. Log in to the member portal
 2. Complete the Practice Evaluation questionnaire
 3. Record your professional development hours (the recommended minimum is 30 hours)
 4. Complete the Professional Practice Module (approx. 3 hours)

Your annual fee invoice for 2027 will be issued on January 15.

Member Services
Professional Engineers Association""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: professional association CPD reminder",
},
{
    "label": "ham",
    "subject": "Claim HC-2026-310447 - decision",
    "from": "Maplecrest Insurance Claims <claims@maplecrestins.example>",
    "headers": {},
    "body": """Dear Mr. Leung,

We have completed our review of your claim for water damage at 27 Birchmount Crescent, reported on September 30, 2026.

Based on the adjuster's report, the damage to the basement finishes was caused by groundwater seepage through the foundation wall over an extended period. Your policy (HP-88120-4) excludes loss caused by continuous or repeated seepage of water, and does not include the optional Overland Water endorsement.

Regrettably, we must therefore decline your claim. The relevant policy wording is found in Section I, Exclusions, paragraph 7(c), a copy of which is enclosed.

If you disagree with this decision, you may request a review by our Complaints Officer within 60 days, or contact the independent insurance ombudsman service.

Sincerely,

Natalie Brisebois
Claims Examiner
Maplecrest Insurance""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: insurance claim declined",
},
{
    "label": "ham",
    "subject": "Rideau Heights Curling Club - December News",
    "from": "Rideau Heights Curling Club <news@rideauheightscurling.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://rideauheightscurling.example/unsub>"},
    "body": """RIDEAU HEIGHTS CURLING CLUB - DECEMBER NEWSLETTER

From the Draw Master
Tuesday men's league standings are posted by the bar. Congratulations to the Hodgins rink, still undefeated at 7-0!

Holiday Bonspiel
Sadly, the Holiday Bonspiel scheduled for December 19 is cancelled. The ice plant compressor failed again last week, and the replacement part will not arrive before the new year. All entry fees will be refunded. We are very sorry, we know this is a favourite.

Volunteers Needed
We still need two people for the Sunday morning junior program. Contact Bev.

Bar Hours Over the Holidays
Closed December 24-26 and December 31-January 1.

Good curling!
The Board""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: club newsletter, event cancelled",
},
{
    "label": "ham",
    "subject": "fishing - Jan long weekend",
    "from": "Kevin Tran <kev.tran@postbox.example>",
    "headers": {},
    "body": """Marcus,

Booked the hut on Lac Simon for Jan 16-18. $60 a head for the two nights, bring your own auger if you still have it, mine's toast. Dad's coming too so no cribbage cheating this year.

Also Mei says Sunday dinner at ours on the 29th, kids included.

K""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: family/friend plans",
},
{
    "label": "ham",
    "subject": "This week in Canadian Consulting Engineer: Why your rejection emails matter",
    "from": "Canadian Civil Weekly <newsletter@civilweekly.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://civilweekly.example/unsubscribe?e=ml>", "List-Id": "Civil Weekly <weekly.civilweekly.example>"},
    "body": """CANADIAN CIVIL WEEKLY | November 20, 2026

TOP STORY
Candidate experience: why your firm's rejection emails matter more than you think
In a tight labour market, engineers talk. We spoke to HR leaders at five mid-sized consultancies about how they tell unsuccessful applicants the bad news - and why "we regret to inform you" templates can cost you your next hire. Plus: a surprising number of firms never send a rejection at all.
Read more: civilweekly.example/articles/rejection-emails

ALSO THIS WEEK
 - Ontario confirms $1.2B for municipal water infrastructure in fall statement
 - New CSA standard for precast box culverts comes into force in March
 - Opinion: The Class EA process needs a rethink

EVENTS
Webinar: Trenchless rehabilitation for small municipalities - December 3, 12:00 ET

You are receiving this newsletter because you subscribed at civilweekly.example. Unsubscribe | Update preferences""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: trade newsletter whose top story is about rejection emails",
},
]

# ---------------------------------------------------------------------------
# Persona 3: Tayla Brooks, 23, Kiwi living in Melbourne; barista / bartender /
# retail / housekeeping casual work. Short, casual mail; chain-store ATS.
# tay.brooks@maildrop.example
# ---------------------------------------------------------------------------
MAILS += [
{
    "label": "rejection",
    "subject": "trial",
    "from": "Dani <dani@littlefinchcafe.example>",
    "headers": {"X-Mailer": "iPhone Mail (22B91)"},
    "body": """hey tayla thanks heaps for coming in for the trial yesterday! we've gone with someone with a bit more coffee experience sorry!! good luck with everything x

Dani
Sent from my iPhone""",
    "company": "Little Finch Cafe",
    "job_title": "",
    "contact": "Dani",
    "note": "rejection: SMS-like note after trial shift, very short, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Your application with Harbourline Supermarkets",
    "from": "Harbourline Careers <careers@harbourline.smartrecruiters.example>",
    "headers": {"Precedence": "bulk", "Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://harbourline.smartrecruiters.example/privacy/unsubscribe>"},
    "body": """Hi Tayla,

Thank you for your interest in joining the Harbourline family and for applying for the role of Team Member - Night Fill (Brunswick East).

At Harbourline, our team members are at the heart of everything we do. Whether it's stacking shelves overnight, helping a customer find the gluten-free aisle, or running a store, every role helps us bring fresh, affordable food to more than 1.2 million Australians every week. That's why we take the time to look at every application carefully.

We've now reviewed all applications for this role, and on this occasion your application has been unsuccessful.

We know this isn't the news you were hoping for. The good news is that Harbourline is always growing, with new stores opening across Victoria, New South Wales and Queensland, and lots of roles becoming available in stores, distribution centres and our support office. We'd love you to keep an eye on our careers site and apply again for any role that suits you.

Your details will stay in our Talent Pool for 12 months, which means our recruiters may contact you directly if a suitable role comes up in your area. You can update your availability and preferred locations at any time by logging into your candidate profile.

Here's what you can do next:
  - Set up job alerts at harbourline.example/careers
  - Follow us on socials for store opening announcements
  - Check out our "Day in the life" videos to find the role that's right for you

Thanks again for thinking of Harbourline. We wish you all the best.

Cheers,
The Harbourline Recruitment Team

Harbourline Supermarkets Pty Ltd is committed to diversity and inclusion. We welcome applications from Aboriginal and Torres Strait Islander peoples, people with disability, people from culturally and linguistically diverse backgrounds and the LGBTQIA+ community.

Please don't reply to this email, as this inbox isn't monitored.""",
    "company": "Harbourline Supermarkets",
    "job_title": "Team Member - Night Fill (Brunswick East)",
    "contact": "",
    "note": "rejection: long chain-store talent-pool boilerplate, decision in one sentence",
},
{
    "label": "rejection",
    "subject": "Re: Bartender position",
    "from": "Sam Whitlock <sam@thedroverstavern.example>",
    "headers": {},
    "body": """Hi Tayla, thanks for applying for the bartender job. We've filled it now but I'll keep your CV in case anything comes up over summer. Cheers, Sam""",
    "company": "The Drovers Tavern",
    "job_title": "bartender",
    "contact": "Sam Whitlock",
    "note": "rejection: very short, position filled, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Re: Housekeeping Attendant - casual",
    "from": "Megan Tait <housekeeping@seaclifflodge.example>",
    "headers": {"In-Reply-To": "<CAJ4u1mK.tay@maildrop.example>", "References": "<CAJ4u1mK.tay@maildrop.example>"},
    "body": """Hi Tayla,

Sorry I never got back to you. To be honest we're not taking anyone on now until at least September - occupancy's way down since the road closure and management has put a stop on all new casual hires. I've had to cut hours for my own girls as it is.

If you're still around in spring flick me another email and I'll see where we're at.

Megan

Megan Tait
Housekeeping Supervisor
Seacliff Lodge, Lorne

On Mon, 9 Jun 2026 at 11:47 am, Tayla Brooks <tay.brooks@maildrop.example> wrote:
> Hi Megan,
> Just following up on the casual housekeeping role I applied for a couple of weeks
> ago. I'm happy to relocate to Lorne and can start straight away. I've got 2 years
> housekeeping experience from a hotel in Wellington.
> Thanks, Tayla""",
    "company": "Seacliff Lodge",
    "job_title": "Housekeeping Attendant - casual",
    "contact": "Megan Tait",
    "note": "rejection: reply thread with quote, hiring stopped, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Christmas casual role",
    "from": "Jade Nguyen <chadstone.manager@coastalthreads.example>",
    "headers": {},
    "body": """Hi Tayla,

I'm so sorry to be sending this. Last week I offered you the Christmas casual sales role at our Chadstone store, and I was really looking forward to having you on the team.

Yesterday head office cut the casual wage budget for every store in Victoria, and I've been told I can't bring on any new casuals this season, including the ones I'd already offered. So I can't take you on after all. I fought it, but it's out of my hands.

I've put a note on your file that you were offered and I'd rehire you, so if anything changes in the new year you'll be first on my list. I also know the manager at Homeward Living upstairs is still hiring, happy to put in a word.

Again, really sorry.

Jade Nguyen
Store Manager
Coastal Threads - Chadstone""",
    "company": "Coastal Threads",
    "job_title": "Christmas casual sales role",
    "contact": "Jade Nguyen",
    "note": "rejection: offered casual role withdrawn, budget cut, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Restaurant Supervisor - The Saltbush Hotel",
    "from": "BrewHouse Hospitality Group <recruitment@brewhousegroup.example>",
    "headers": {},
    "body": """Dear Tayla,

Thank you for your interest in the Restaurant Supervisor role at The Saltbush Hotel and for taking the time to submit your application.

Unfortunately on this occasion you have been unsuccessful. We received a high number of applications and have decided to progress with candidates whose experience more closely matches the requirements of the role.

We appreciate your interest in BrewHouse Hospitality Group and encourage you to apply for future roles with us.

Kind regards,

People & Culture Team
BrewHouse Hospitality Group""",
    "company": "BrewHouse Hospitality Group",
    "job_title": "Restaurant Supervisor",
    "contact": "",
    "note": "rejection: standard Australian 'unsuccessful on this occasion'",
},
{
    "label": "rejection",
    "subject": "Application update: Retail Assistant - Melbourne Central",
    "from": "Homeward Living <no-reply@homewardliving.smartrecruiters.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Your application status for Retail Assistant - Melbourne Central has been updated.

Status: Not progressing

Thanks for your interest in Homeward Living. You can view your applications and find other open roles in your candidate portal.

Homeward Living Careers
This is an automated message - replies are not monitored.""",
    "company": "Homeward Living",
    "job_title": "Retail Assistant - Melbourne Central",
    "contact": "",
    "note": "rejection: ATS status notice 'Not progressing', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Floor Supervisor - interview outcome",
    "from": "Olivia Marchetti <olivia@lanewaycollective.example>",
    "headers": {},
    "body": """Hi Tayla,

Thanks so much for coming in to meet Nico and me last Wednesday for the Floor Supervisor role at Osteria Vicolo. We really enjoyed chatting with you, and your energy on the floor during the service walkthrough was great.

We regret that we won't be offering you the position this time. We've gone with a candidate who has run a section in a fine-dining room before.

You asked for feedback, so here it is honestly: the main gap for us was wine. Our supervisors do a lot of the wine service and upselling, and we felt you'd need quite a bit of training there. A WSET Level 1 or 2 would make a big difference if you're looking at supervisor roles in venues like ours. Your customer service and how you handled the complaint scenario were excellent.

We've got a few casual waiting shifts going at our other venue, Bar Cortile, if you'd be interested in getting some experience with us - let me know and I'll pass your details on.

Thanks again and all the best,

Olivia Marchetti
Operations Manager
Laneway Collective""",
    "company": "Laneway Collective",
    "job_title": "Floor Supervisor",
    "contact": "Olivia Marchetti",
    "note": "rejection after interview with feedback",
},
{
    "label": "rejection",
    "subject": "Re: Summer barista job",
    "from": "Hemi Walker <hemi@kowhaiespresso.example>",
    "headers": {"In-Reply-To": "<CAJ4v7rT.tay@maildrop.example>", "References": "<CAJ4v7rT.tay@maildrop.example>"},
    "body": """Kia ora Tayla,

Thanks for getting back to me so quick, and for being upfront about the hours. We've had a think and we've decided to offer the summer role to someone who can do weekday mornings from 6am - that's really the shift we're short on, and with your uni holiday job you'd only be free from 10.

Ngā mihi, and enjoy being back in Welly. Come say hi and grab a flat white on us.

Hemi
Kōwhai Espresso, Cuba St

On Fri, 14 Nov 2026 at 3:02 pm, Tayla Brooks <tay.brooks@maildrop.example> wrote:
> Hi Hemi, thanks for the chat! Just to let you know I'm back in Wellington from
> 1 Dec and I can do any afternoons and weekends, and mornings from 10am on
> weekdays. Let me know if that works? Cheers, Tayla""",
    "company": "Kōwhai Espresso",
    "job_title": "summer barista",
    "contact": "Hemi Walker",
    "note": "rejection: NZ cafe reply thread with quote, offered to someone else, no stock phrase",
},
{
    "label": "rejection",
    "subject": "An update on your application to Barista at Lune Coffee Co",
    "from": "Indeed <no-reply@indeed.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://au.indeed.example/unsubscribe?t=c81a>"},
    "body": """Indeed

An update on your application

Barista
Lune Coffee Co - Fitzroy VIC

The employer has indicated that they are not moving forward with your application at this time.

Keep looking - there are 243 new Barista jobs near Fitzroy VIC.
Find jobs: https://au.indeed.example/jobs?q=barista&l=Fitzroy+VIC

Applied on Indeed on 2 October 2026.

You are receiving this email because you applied for a job on Indeed.
Indeed, Sydney NSW""",
    "company": "Lune Coffee Co",
    "job_title": "Barista",
    "contact": "",
    "note": "rejection: job-board relayed status notice, no stock phrase",
},
# ---- Persona 3, job_other
{
    "label": "job_other",
    "subject": "trial sat?",
    "from": "Dani <dani@littlefinchcafe.example>",
    "headers": {"X-Mailer": "iPhone Mail (22B91)"},
    "body": """hey tayla! thanks for dropping ur CV in. can u come in for a trial this sat 10am? only 2hrs. wear black + closed shoes, bring ur RSA if u have it

Dani
Sent from my iPhone""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: SMS-like trial shift invitation",
},
{
    "label": "job_other",
    "subject": "We've received your application - Team Member - Night Fill",
    "from": "Harbourline Careers <careers@harbourline.smartrecruiters.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Thanks for applying for Team Member - Night Fill (Brunswick East) at Harbourline Supermarkets!

We've received your application and our recruitment team will review it soon. In the next few days you'll receive a link to a short online questionnaire - please complete it as soon as you can, as it helps us get to know you.

You can check the status of your application any time in your candidate portal.

Cheers,
The Harbourline Recruitment Team

Please don't reply to this email, as this inbox isn't monitored.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: ATS application received",
},
{
    "label": "job_other",
    "subject": "chat thurs",
    "from": "Luca Ferri <luca@marlospizzeria.example>",
    "headers": {},
    "body": """Hey Tayla, sorry the thurs 3pm slot is no longer free, I've got the fridge guy coming. Can we do fri 2pm instead for the chat? Same place, just ask for me at the counter.
Luca
Marlo's Pizzeria""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: casual interview reschedule, 'no longer free'",
},
{
    "label": "job_other",
    "subject": "Invitation: Stayward Hotels Group Assessment - Food & Beverage Attendants",
    "from": "Stayward Hotels Talent <talent@staywardhotels.example>",
    "headers": {},
    "body": """Hi Tayla,

Thanks for applying for the Food & Beverage Attendant (Casual) role at Stayward Southbank. We'd love to invite you to our group assessment session.

When: Tuesday 21 October, 10:00am - 12:30pm
Where: Stayward Southbank, Level 2, Yarra Room (enter via the main lobby on City Rd)

What to expect:
  - A quick welcome and intro to Stayward
  - Team activities and a role-play with a "guest"
  - Short one-on-one chats with our F&B managers

Please wear smart casual clothes and bring your RSA certificate, photo ID and proof of your right to work in Australia.

Please RSVP by clicking the link below by Friday:
https://staywardhotels.example/careers/rsvp?id=TB-4471

See you there!

Stayward Hotels Talent Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: group interview invitation",
},
{
    "label": "job_other",
    "subject": "New jobs for barista in Fitzroy VIC",
    "from": "Indeed <alert@indeed.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://au.indeed.example/alerts/unsubscribe?t=77fe>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "body": """12 new jobs for barista in Fitzroy VIC

Barista / All-rounder
Ground Floor Espresso - Collingwood VIC
$28 - $32 an hour · Casual
Urgently hiring

Weekend Barista
Fig & Fennel - Carlton North VIC
Casual

Experienced Barista (Specialty)
Lune Coffee Co - Fitzroy VIC
$30 an hour

Cafe Team Member
Crumb & Co Bakeries - Brunswick VIC
Casual · Part-time

See all jobs: https://au.indeed.example/jobs?q=barista&l=Fitzroy+VIC

Manage your job alerts · Unsubscribe""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: job alert",
},
{
    "label": "job_other",
    "subject": "you got it!",
    "from": "Ben Radic <ben@groundfloorespresso.example>",
    "headers": {},
    "body": """Hey Tayla!

Great trial today, the team loved you. Job's yours if you want it - casual barista, around 25 hrs a week to start, $31.50/hr. First shift Monday 6:30am.

Payroll will send you the TFN and super forms tonight. Just reply and let me know you're in!

Ben
Ground Floor Espresso""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: casual job offer",
},
{
    "label": "job_other",
    "subject": "New starter paperwork - Tayla Brooks",
    "from": "Payroll - Ground Floor Espresso <payroll@groundfloorespresso.example>",
    "headers": {},
    "body": """Hi Tayla,

Welcome to Ground Floor! To set you up in our payroll system we need the following before your first pay run (Wednesday):

1. TFN declaration (attached, or complete online via myGov)
2. Superannuation standard choice form - or let us know if you want to use our default fund
3. Bank details (BSB and account number)
4. A copy of your visa grant notice - as you're a NZ citizen we just need your passport details for the VEVO check

Please note we're not able to pay you until we get your TFN declaration - without it we have to withhold tax at the top rate, and nobody wants that!

Any questions, just reply here.

Thanks,
Lorraine
Payroll & Admin
Ground Floor Espresso Pty Ltd""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: onboarding paperwork, 'not able to pay you until'",
},
{
    "label": "job_other",
    "subject": "You've been invited to join Ground Floor Espresso on Rosterly",
    "from": "Rosterly <notifications@rosterly.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Ben Radic has invited you to join Ground Floor Espresso on Rosterly.

With Rosterly you can:
  - See your shifts and get notified when your roster is published
  - Clock in and out from your phone
  - Swap shifts and request leave

Accept your invitation: https://app.rosterly.example/invite/8c2f1a

This invitation expires in 7 days.

The Rosterly Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: onboarding rostering app invitation",
},
{
    "label": "job_other",
    "subject": "Thanks for applying to Crumb & Co!",
    "from": "Crumb & Co Bakeries <jobs@crumbandco.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Thanks for applying for the Cafe Team Member role at our Brunswick bakery. We love hearing from people who love good bread!

Due to the high volume of applications, unfortunately we can only contact shortlisted applicants. If you're shortlisted, one of our bakery managers will be in touch within 10 days to arrange a chat.

Have a crumbly day,
The Crumb & Co Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: application received, 'unfortunately we can only contact shortlisted applicants'",
},
{
    "label": "job_other",
    "subject": "Reminder: complete your Harbourline questionnaire",
    "from": "Harbourline Careers <careers@harbourline.smartrecruiters.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Just a friendly reminder that you have not yet completed your online questionnaire for Team Member - Night Fill (Brunswick East).

The questionnaire takes about 15 minutes. Your link will no longer be active after 48 hours, and we can't progress applications without it.

Complete it here: https://harbourline.smartrecruiters.example/assess/TB0921

Cheers,
The Harbourline Recruitment Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: assessment reminder, link 'no longer active'",
},
{
    "label": "job_other",
    "subject": "Re: job",
    "from": "Luca Ferri <luca@marlospizzeria.example>",
    "headers": {"In-Reply-To": "<CAJ4w2hQ.tay@maildrop.example>", "References": "<CAJ4w2hQ.tay@maildrop.example>"},
    "body": """No worries at all that you've declined Tayla, congrats on the new job! If it doesn't work out the door's always open here. Come in for a slice sometime.
Luca

On Tue, 28 Oct 2026 at 7:15 pm, Tayla Brooks <tay.brooks@maildrop.example> wrote:
> Hi Luca, thank you so much for offering me the job, but I've accepted a
> barista role closer to home so I'm going to have to say no. Sorry! Tayla""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate declined offer, acknowledged",
},
{
    "label": "job_other",
    "subject": "Your application has been withdrawn",
    "from": "Stayward Hotels Talent <talent@staywardhotels.example>",
    "headers": {},
    "body": """Hi Tayla,

Thanks for letting us know you're no longer available for the Food & Beverage Attendant (Casual) role. We've withdrawn your application as requested and let the F&B team know you won't be attending the group assessment.

Good luck with your new role - we'd love to see you apply with Stayward again in future.

Stayward Hotels Talent Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate's own withdrawal confirmed",
},
{
    "label": "job_other",
    "subject": "trial next week instead",
    "from": "Rosie <rosie@figandfennel.example>",
    "headers": {},
    "body": """Hi Tayla,

Sadly we've had a burst pipe in the kitchen overnight and we're closed until at least Sunday while the plumbers sort it out, so I'll have to push your trial back. Could you do next Saturday the 8th, same time (8am)?

Really sorry for the mess around - still very keen to have you in!

Rosie
Fig & Fennel""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: trial shift postponed, 'sadly'",
},
{
    "label": "job_other",
    "subject": "Referee check - Crumb & Co",
    "from": "Mel Sorensen <mel.sorensen@crumbandco.example>",
    "headers": {},
    "body": """Hi Tayla,

Thanks again for coming in on Monday. We're keen to move forward but unfortunately we haven't been able to reach your referee at the Wellington hotel (Jono) - the number goes to voicemail and he hasn't replied to email.

Could you send me details for another referee? Ideally a manager or supervisor from a hospo or retail job. Once I've done that check we can sort out an offer.

Thanks!
Mel Sorensen
Bakery Manager - Brunswick
Crumb & Co Bakeries""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: referee could not be reached, 'unfortunately', moving forward",
},
# ---- Persona 3, ham
{
    "label": "ham",
    "subject": "Application - 4/22 Gold Street, Brunswick",
    "from": "Bayside Property Group <rentals@baysideproperty.example>",
    "headers": {},
    "body": """Hi Tayla,

Thank you for your application for 4/22 Gold Street, Brunswick.

Unfortunately your application has been unsuccessful on this occasion, as the landlord has chosen to proceed with another applicant.

We have lots of other properties available in the inner north - keep an eye on our listings and feel free to book an inspection.

Kind regards,
Leasing Team
Bayside Property Group""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: rental application unsuccessful",
},
{
    "label": "ham",
    "subject": "power bill",
    "from": "Chloe <chloe.vandenberg@maildrop.example>",
    "headers": {},
    "body": """hey! power bill came in, $312 for the quarter (the heater in Matt's room is a crime). that's $104 each, can you transfer by friday? BSB 063-000 acc 1234 5678, ref "power"

also we're out of oat milk again 👀

c""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: flatmate about bills",
},
{
    "label": "ham",
    "subject": "Your payment was declined",
    "from": "Payleaf <no-reply@payleaf.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Tayla,

Unfortunately your scheduled payment of $37.45 for your order with Urban Sole was declined by your bank.

We'll try again in 2 days. To avoid a late fee of $10, please make sure you have enough funds in your account or update your card in the Payleaf app.

Order: Urban Sole - #US88120
Payment 3 of 4

Payleaf""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: buy-now-pay-later payment declined",
},
{
    "label": "ham",
    "subject": "Div 1 team selections",
    "from": "Northside Netball Club <secretary@northsidenetball.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Hi everyone,

Thank you to all 34 players who came to selections on Sunday. It was a really tough call this year.

Teams are now posted on the club website. If you didn't make the Div 1 team, sorry - please don't be disheartened! You've been placed in Div 2 or Div 3 and we'd love to have you back for the season. Teams train Tuesday nights at the Fitzroy courts from 7pm.

Fees ($185) are due by 1 March.

Go Northside!
Kath (club secretary)""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: sports team selections, not making the team",
},
{
    "label": "ham",
    "subject": "Nana's birthday",
    "from": "Mum <lynette.brooks@xtra-mail.example>",
    "headers": {},
    "body": """Hi darling,

Just a reminder it's Nana's 80th on the 14th. We're doing lunch at the bowls club in Petone. Uncle Steve is doing a slideshow so brace yourself.

Will you be home by then? Dad can pick you up from the airport, just send the flight number. Are you still at the cafe? Don't let them work you too hard.

Love Mum xx""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: mother about family birthday",
},
{
    "label": "ham",
    "subject": "lol",
    "from": "Bree <bree.t@maildrop.example>",
    "headers": {},
    "body": """didn't get the bottle shop job lol. they emailed me like "unfortunately on this occasion you were unsuccessful" after i literally spent 3 hrs doing their stupid trial stacking slabs 🙃

anyway. pub tonight? my shout since im clearly not going to be rich

b""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: friend describing her own job rejection",
},
]

# ---------------------------------------------------------------------------
# Persona 4: Rohit Venkataraman, backend developer (Java/Kotlin/Go, 6 yrs) in
# Bengaluru, applying to US and UK companies; Greenhouse/Lever/Ashby, coding
# tests, visa sponsorship questions, Indian agency recruiters.
# rohit.venkat.dev@mailhub.example
# ---------------------------------------------------------------------------
MAILS += [
{
    "label": "rejection",
    "subject": "Your application to Kitelane",
    "from": "Kitelane Recruiting <no-reply@us.greenhouse-mail.example>",
    "headers": {"Reply-To": "talent@kitelane.example", "Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Thank you for your interest in Kitelane and for applying to the Senior Backend Engineer (Payments Platform) role in London.

We appreciate the time you took to apply. After careful review, we regret that we will not be progressing your application to the next stage. We receive a high volume of applications and have to make difficult decisions based on the specific needs of the team.

We'd encourage you to keep an eye on kitelane.example/careers for future roles that match your experience.

Best wishes,
The Kitelane Talent Team""",
    "company": "Kitelane",
    "job_title": "Senior Backend Engineer (Payments Platform)",
    "contact": "",
    "note": "rejection: Greenhouse standard 'we regret'",
},
{
    "label": "rejection",
    "subject": "Following up on your Orbitly interviews",
    "from": "Megan Liu <megan.liu@orbitly.example>",
    "headers": {"Reply-To": "megan.liu@orbitly.example", "X-Lever-Opportunity": "8f3e2b71"},
    "body": """Hi Rohit,

Thanks so much for spending the better part of Tuesday with us across the four interviews - I know the time zone difference meant a late night for you, and the team really appreciated it.

I wanted to let you know that we've decided not to move forward with your candidacy for the Senior Software Engineer, Data Infrastructure role.

I asked the panel for some specifics so this is actually useful to you:
- Coding: strong. Clean Kotlin, good test cases, finished the extension problem.
- System design: this was the deciding factor. The panel felt the design for the event ingestion pipeline didn't go deep enough on backpressure and exactly-once semantics, and some trade-offs (Kafka partitions vs. consumer scaling) came from the interviewer rather than from you.
- Behavioural: good examples, especially the incident postmortem story.

This was a close call. We'd be open to you reapplying in 6-9 months, and I'd be glad to hear from you then.

Wishing you the very best,
Megan

Megan Liu
Technical Recruiter, Orbitly""",
    "company": "Orbitly",
    "job_title": "Senior Software Engineer, Data Infrastructure",
    "contact": "Megan Liu",
    "note": "rejection after onsite loop with detailed feedback, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Update on Backend Engineer (Payments) at Driftwood",
    "from": "Driftwood Hiring <hiring@driftwood.ashbyhq.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Thank you for your interest in Driftwood and for the time you've put into our process so far.

We're writing to let you know that we've paused hiring for the Backend Engineer (Payments) role. Following a change in our 2027 roadmap, the payments team will not be growing next year, and we're closing out all open applications for this position, including yours.

This has nothing to do with your performance in the process - your recruiter screen notes were excellent. If the role reopens, we'll reach out to you first.

Thanks again, and best of luck.

Sam Ortega
Head of Talent, Driftwood""",
    "company": "Driftwood",
    "job_title": "Backend Engineer (Payments)",
    "contact": "Sam Ortega",
    "note": "rejection: hiring paused, role closed, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Regarding your offer - Brightwater Analytics",
    "from": "Sophie Marsh <sophie.marsh@brightwateranalytics.example>",
    "headers": {},
    "body": """Dear Rohit,

I'm writing with difficult news about your offer for the position of Software Engineer II (Platform), which you accepted on 2 October.

As you know, your offer was conditional on Brightwater being able to sponsor you under the Skilled Worker route. Last week we were informed that our sponsor licence has been suspended pending a compliance review by the Home Office. Our legal advisers have told us that this review may take several months, and during that time we cannot assign new Certificates of Sponsorship.

Given this, we are no longer able to proceed with your offer of employment, and I have to formally withdraw it. I know you have already started planning the move to Manchester, and I am genuinely sorry for the disruption this causes you and your family.

If you have already incurred visa application or IHS costs that you paid on our instruction, please send me the receipts and we will reimburse them. I would also be very happy to act as a reference, and if our licence is reinstated and the role is still open, I will contact you straight away.

With apologies,

Sophie Marsh
Head of Talent
Brightwater Analytics Ltd""",
    "company": "Brightwater Analytics",
    "job_title": "Software Engineer II (Platform)",
    "contact": "Sophie Marsh",
    "note": "rejection: accepted offer withdrawn, sponsor licence suspended, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Profile status - Sr. Java Developer - TalentBridge",
    "from": "Deepika R <deepika.r@talentbridgeconsulting.example>",
    "headers": {},
    "body": """Dear Rohit,

Greetings from TalentBridge Consulting!

This is to inform you that your profile has not been shortlisted by the client for the position of Sr. Java Developer (US-based product MNC, Bangalore/Remote). Client has shortlisted candidates having hands-on experience in Spring Batch and banking domain.

We will keep your profile in our database and revert back in case of any other suitable opening matching your skillset.

Thanks & Regards,
Deepika R
Senior Recruiter - IT Staffing
TalentBridge Consulting Pvt. Ltd.
Mob: +91 98450 55012
www.talentbridgeconsulting.example

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete the mail.""",
    "company": "TalentBridge Consulting",
    "job_title": "Sr. Java Developer",
    "contact": "Deepika R",
    "note": "rejection: Indian agency, 'not shortlisted by client', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Re: Take-home submission - Quillmark",
    "from": "Nate Brennan <nate@quillmark.example>",
    "headers": {"In-Reply-To": "<CAM9pR7x.rv@mailhub.example>", "References": "<CAB1tK2q.quillmark@quillmark.example> <CAM9pR7x.rv@mailhub.example>"},
    "body": """Hey Rohit,

Thanks for the nudge, and sorry for the radio silence. The team reviewed your take-home last week and decided not to move ahead to the final round. The main concern was the rate limiter - it worked for the happy path but there was no handling for concurrent requests, and the tests didn't cover it. The README and code structure were really nice though.

Appreciate you putting the time in. Good luck with the search!

Nate

--
Nate Brennan | Engineering Manager | Quillmark

On Mon, Nov 2, 2026 at 8:31 AM Rohit Venkataraman <rohit.venkat.dev@mailhub.example> wrote:
> Hi Nate,
>
> Hope you're doing well. I submitted the take-home assignment on Oct 21 and wanted
> to check if there is any update from the team. Happy to walk through my solution
> on a call if that helps.
>
> Thanks,
> Rohit
>
> On Wed, Oct 14, 2026 at 10:02 PM Nate Brennan <nate@quillmark.example> wrote:
>> Hi Rohit, great chatting today. Here's the take-home - you have a week, no rush.""",
    "company": "Quillmark",
    "job_title": "",
    "contact": "Nate Brennan",
    "note": "rejection in reply thread with quoted history, after take-home, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Continental Freight Systems - Application Update",
    "from": "Continental Freight Systems <cfs@myworkday.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """Dear Rohit Venkataraman,

Thank you for your interest in career opportunities with Continental Freight Systems and for applying to the position of Software Engineer II - Routing Optimization (Job ID JR-114502).

For more than 90 years, Continental Freight Systems has moved the goods that keep North America running. Today, our 38,000 employees across 400 locations are reinventing logistics with technology - from machine learning-driven route optimization to real-time visibility platforms used by thousands of shippers every day. We are proud to have been recognized as one of the "Best Places to Work in Technology" for three consecutive years.

We have carefully reviewed your background and experience, and we have decided to pursue other candidates whose qualifications more closely align with the requirements of this position at this time.

Your candidate profile will remain active in our system, and we encourage you to continue to explore opportunities with us. To receive updates on roles that match your interests, please join our Talent Community and set up job alerts in your candidate profile.

Continental Freight Systems is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability, protected veteran status, or any other characteristic protected by law. Continental Freight Systems participates in E-Verify.

Please note that this position requires authorization to work in the United States. Continental Freight Systems does not provide immigration sponsorship for this role.

For information about how we collect and use personal data of job applicants, please see our Candidate Privacy Notice at cfs.example/privacy/candidates.

Thank you again for considering Continental Freight Systems.

Sincerely,
Talent Acquisition
Continental Freight Systems

This email was sent from an unmonitored mailbox. Please do not reply.""",
    "company": "Continental Freight Systems",
    "job_title": "Software Engineer II - Routing Optimization",
    "contact": "",
    "note": "rejection: long corporate Workday boilerplate, decision in one sentence, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Fernwood - your application",
    "from": "Fernwood Hiring <jobs@fernwood.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Thanks for applying to Fernwood. We're not moving forward with your application at this time.

- Fernwood Hiring""",
    "company": "Fernwood",
    "job_title": "",
    "contact": "",
    "note": "rejection: very short, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Backend Developer (Python/Go) - Mosaic Health Tech",
    "from": "Ellie Parkinson <ellie.parkinson@mosaichealth.example>",
    "headers": {},
    "body": """Hi Rohit,

Thanks for applying for the Backend Developer role and for your quick reply to my screening questions.

As you confirmed that you would need visa sponsorship to work in the UK, I'm afraid we can't progress your application. This role requires existing right to work in the UK, as Mosaic does not currently hold a sponsor licence.

I appreciate this is frustrating when the posting didn't make it clearer - I've asked our team to update the advert. Best of luck with your search.

Kind regards,
Ellie Parkinson
Talent Partner | Mosaic Health Tech""",
    "company": "Mosaic Health Tech",
    "job_title": "Backend Developer",
    "contact": "Ellie Parkinson",
    "note": "rejection: visa sponsorship not available so application not progressed, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Staff Engineer - Tessellate",
    "from": "Tessellate Talent <talent@tessellate.lever-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Thank you for your interest in the Staff Engineer position at Tessellate and for your patience over the last few weeks.

We regret to let you know that the position has now been filled, and we are therefore closing all remaining applications.

We really appreciate the time you spent with us and hope you'll consider Tessellate again in the future.

All the best,
Tessellate Talent Team""",
    "company": "Tessellate",
    "job_title": "Staff Engineer",
    "contact": "",
    "note": "rejection: position filled",
},
{
    "label": "rejection",
    "subject": "Ledgerly assessment results",
    "from": "Ledgerly Recruiting <recruiting@ledgerly.example>",
    "headers": {},
    "body": """Hi Rohit,

Thank you for completing the online coding assessment for the Software Engineer (Backend) position at Ledgerly.

We have now reviewed your results. Unfortunately, your score did not meet the threshold required to progress to the technical interview stage, so we will not be moving forward with your application for this role.

Because our assessments are standardised, we are not able to share individual scores or detailed feedback. You are welcome to apply for other Ledgerly roles after 6 months.

Thanks again for your time,
Ledgerly Recruiting Team""",
    "company": "Ledgerly",
    "job_title": "Software Engineer (Backend)",
    "contact": "",
    "note": "rejection after coding assessment",
},
# ---- Persona 4, job_other
{
    "label": "job_other",
    "subject": "Thank you for applying to Sparrowhawk Security",
    "from": "Sparrowhawk Security <no-reply@us.greenhouse-mail.example>",
    "headers": {"Reply-To": "no-reply@sparrowhawk.example", "Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Thanks for applying to Sparrowhawk Security! Your application for Senior Software Engineer, Detection Platform (London) has been received.

Our team will review your application and will be in touch if your experience is a good match. In the meantime, you can learn more about our engineering culture on our blog: sparrowhawk.example/engineering

Best,
Sparrowhawk Security Recruiting

**Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: Greenhouse application received",
},
{
    "label": "job_other",
    "subject": "Urgent Opening || Java Backend Developer || US Client || 5-8 Yrs || Bangalore/Remote",
    "from": "Sneha Kulkarni <sneha.k@hirespheresolutions.example>",
    "headers": {},
    "body": """Hi Rohit,

Hope you are doing well.

I came across your profile on job portal and found it suitable for one of our urgent requirements with a leading US-based fintech client. PFB the JD for your reference.

Role: Java Backend Developer
Experience: 5-8 Yrs
Location: Bangalore (Hybrid) / Remote
Notice Period: Immediate to 30 days preferred
Skills: Java 17, Spring Boot, Microservices, Kafka, AWS, Kubernetes

If interested, kindly share your updated CV along with below details at the earliest:
Current CTC:
Expected CTC:
Notice Period:
Current Location:
Reason for change:

Please revert ASAP as the client is closing positions this week.

Thanks & Regards,
Sneha Kulkarni
Talent Acquisition Specialist
HireSphere Solutions
+91 80 5550 4412""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: Indian agency recruiter outreach",
},
{
    "label": "job_other",
    "subject": "Ledgerly has invited you to take an assessment",
    "from": "TestPad <invites@testpad-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "recruiting@ledgerly.example"},
    "body": """Hi Rohit Venkataraman,

Ledgerly has invited you to take the assessment "Backend Engineer - Online Coding Test" as part of your application.

Duration: 90 minutes
Questions: 3 coding problems, 5 multiple choice
Languages allowed: Java, Kotlin, Go, Python 3

The test link is valid for 7 days. Once you start, the timer cannot be paused.

Before you start:
 - Use a laptop or desktop with a stable internet connection
 - Webcam proctoring is enabled for this test
 - Try the sample test to get familiar with the environment

Start test: https://app.testpad-mail.example/t/ldg-be-2611?c=rv8821

Good luck!
Team TestPad, on behalf of Ledgerly""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: coding test invitation",
},
{
    "label": "job_other",
    "subject": "Reminder: Your Ledgerly assessment expires in 24 hours",
    "from": "TestPad <invites@testpad-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit Venkataraman,

You have not yet completed the assessment "Backend Engineer - Online Coding Test" for Ledgerly.

Your test link will no longer be valid after 23:59 IST on 12 November 2026. Ledgerly will not be able to consider your application without a completed assessment.

Start test: https://app.testpad-mail.example/t/ldg-be-2611?c=rv8821

If you are facing technical issues, contact support@testpad-mail.example.

Team TestPad""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: assessment not yet completed reminder",
},
{
    "label": "job_other",
    "subject": "Re: Visa sponsorship question - Senior Software Engineer",
    "from": "Megan Liu <megan.liu@orbitly.example>",
    "headers": {"In-Reply-To": "<CAM9qW1z.rv@mailhub.example>", "References": "<CAM9qW1z.rv@mailhub.example>"},
    "body": """Hi Rohit,

Great question, and I'm glad you asked early. Unfortunately we are not able to sponsor H-1B visas for US-based roles at the moment.

However! This role can also be hired in India through our employer-of-record partner. You'd be a full-time Orbitly employee for all practical purposes (same team, same equity plan), just employed locally in Bengaluru, working mostly US Pacific morning overlap (roughly 8:30pm-12:30am IST, 3 days a week).

If that works for you, I'd love to move ahead and set up your technical phone screen next week. Just let me know and I'll send over some times.

Best,
Megan

> On Oct 19, 2026, Rohit Venkataraman wrote:
> Hi Megan, before the next step I wanted to check whether Orbitly sponsors H-1B
> visas for this role, or whether it can be done remotely from India. Thanks!""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: no visa sponsorship but proceeding via India EOR",
},
{
    "label": "job_other",
    "subject": "Your interview with Driftwood has been rescheduled",
    "from": "Driftwood Hiring <hiring@driftwood.ashbyhq.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Hi Rohit,

Unfortunately, Priyanka Shah is unwell and can no longer conduct your Technical Interview (Systems) scheduled for Thursday, 22 October at 9:30 PM IST.

Your interview has been rescheduled:

Technical Interview (Systems) with Daniel Kwon
Monday, 26 October 2026, 9:30 PM - 10:30 PM IST (9:00 AM - 10:00 AM PDT)
Google Meet: meet.example/drf-kqzx-tpa

If this time doesn't work for you, please use the link below to pick another slot:
https://driftwood.ashbyhq.example/reschedule/aa61c2

Sorry for the change, and thanks for your flexibility.

Driftwood Recruiting""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: interview rescheduled, 'unfortunately ... no longer'",
},
{
    "label": "job_other",
    "subject": "Offer of employment - Senior Software Engineer, Detection Platform",
    "from": "Hannah Okoye <hannah.okoye@sparrowhawk.example>",
    "headers": {"X-MS-Has-Attach": "yes"},
    "body": """Hi Rohit,

Following your conversations with Ian and the team, I'm thrilled to offer you the position of Senior Software Engineer, Detection Platform, based in our London office. Your offer letter is attached, and the key terms are:

  - Base salary: £92,000 per annum
  - Equity: 6,000 share options, 4-year vesting with 1-year cliff
  - Start date: to be agreed, subject to visa grant (we're estimating early February)
  - 27 days holiday plus bank holidays
  - Relocation allowance: £8,000, plus two weeks of temporary accommodation

We will sponsor your Skilled Worker visa and cover the visa application fee and Immigration Health Surcharge for you, your spouse and your daughter. Our immigration partner, Fairlane Law, will contact you within a week of acceptance to start the Certificate of Sponsorship.

The offer is conditional on satisfactory references and a background check.

Please let me know if you'd like to discuss anything before signing. We'd love to have you on the team!

Best,
Hannah

Hannah Okoye
Senior Talent Partner
Sparrowhawk Security""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: job offer with visa sponsorship",
},
{
    "label": "job_other",
    "subject": "Re: Staff Engineer - any update?",
    "from": "Ravi Menon <ravi@tessellate.example>",
    "headers": {"In-Reply-To": "<CAM9rB4e.rv@mailhub.example>", "References": "<CAM9rB4e.rv@mailhub.example>"},
    "body": """Hi Rohit,

No update yet, sorry. Sadly our hiring manager has been out on leave, and the panel debrief keeps getting pushed. Your application is still under review and no decision has been made - I should have more clarity by the end of next week.

Thanks for your patience, I'll revert as soon as I hear anything.

Regards,
Ravi

> On Thu, 29 Oct 2026, Rohit Venkataraman wrote:
> Hi Ravi, just checking in on the Staff Engineer role after my final round on
> 15 October. Would be great to know the timeline. Thanks, Rohit""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: still under review, 'sadly' about delay",
},
{
    "label": "job_other",
    "subject": "Rohit, 24 new jobs for \"Backend Engineer\" - Remote",
    "from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.linkedin.example/e/unsub?m=jobalert&t=5e09>"},
    "body": """Your job alert for Backend Engineer - Remote
24 new jobs match your preferences.

Senior Backend Engineer (Go)
Slatebox · Remote (India)
Actively recruiting

Software Engineer III - Platform
Kitelane · London, England (Hybrid)
Visa sponsorship mentioned in job description

Backend Engineer, Integrations
Fernwood · Remote (US timezone overlap)
Easy Apply

See all jobs: https://www.linkedin.example/jobs/search?alert=6120

Job alert frequency: Daily · Manage job alerts · Unsubscribe
© 2026 LinkedIn""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: LinkedIn job alert",
},
{
    "label": "job_other",
    "subject": "Re: Application - Senior Backend Engineer (Go)",
    "from": "Ana Ferreira <ana@slatebox.example>",
    "headers": {"In-Reply-To": "<CAM9sE0p.rv@mailhub.example>", "References": "<CAM9sE0p.rv@mailhub.example>"},
    "body": """Hey Rohit -

Ana here, co-founder at Slatebox. Thanks for reaching out, your note was great. One thing: we were not able to open the resume you attached (it's a .pages file and none of us are on Macs, ha). Could you resend as a PDF?

From what you wrote about the Kafka migration at your current company, it sounds like a strong fit, so I'd love to set up a call once I've had a look.

Thanks!
Ana""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: founder could not open resume attachment, asks for PDF",
},
{
    "label": "job_other",
    "subject": "BGV Insufficiency Raised - Candidate: Rohit Venkataraman - Ref SC/26/88412",
    "from": "SecureCheck Verification <bgv.ops@securecheck.example>",
    "headers": {},
    "body": """Dear Rohit,

Greetings from SecureCheck!

We have been engaged by Sparrowhawk Security to conduct your pre-employment background verification. Please note that an insufficiency has been raised in your case for the below component:

Component: Employment Verification - Previous Employer (Cloudnest Technologies Pvt. Ltd., 2019-2022)
Insufficiency: Relieving letter / experience letter not uploaded. Payslip copy uploaded is not legible.

Kindly upload the relieving letter and last 3 months payslips in the candidate portal within 3 working days. We are not able to close the verification until the above documents are received, and the case will be kept on hold.

Portal link: https://portal.securecheck.example/candidate/SC2688412

For any queries, please feel free to reach out to the undersigned.

Thanks & Regards,
Kavya N
Verification Executive - Operations
SecureCheck Background Screening Pvt. Ltd.

This is a system generated mail. Kindly do not reply on this mail id.""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: background verification document request, 'not able to close'",
},
{
    "label": "job_other",
    "subject": "Re: Orbitly offer",
    "from": "Megan Liu <megan.liu@orbitly.example>",
    "headers": {"In-Reply-To": "<CAM9tF3u.rv@mailhub.example>", "References": "<CAM9tF3u.rv@mailhub.example>"},
    "body": """Hi Rohit,

Thanks for letting me know, and for being so transparent throughout. We're sorry to hear you've decided to decline our offer, but London is a great opportunity and I completely understand.

I'll close out the offer on our side. If you ever want to chat about Orbitly again in the future, my inbox is open.

Congratulations and all the best with the move!

Megan""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate declined offer, acknowledged",
},
{
    "label": "job_other",
    "subject": "Inside Kitelane: how we rebuilt our ledger + 9 open engineering roles",
    "from": "Kitelane Careers <careers-news@kitelane.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://kitelane.example/talent/unsubscribe?u=rv>", "List-Id": "Kitelane Talent Community <talent.kitelane.example>"},
    "body": """INSIDE KITELANE - November 2026

Hi Rohit,

You're receiving this because you joined the Kitelane Talent Community. Here's what our engineers have been up to.

FROM THE ENGINEERING BLOG
"Double-entry at scale: how we rebuilt our ledger without downtime" - Staff Engineer Aditi Rao on moving 400M transactions to a new storage engine.

MEET THE TEAM
Our Payments Platform team is spread across London and Lisbon. Engineering Manager Tom Greaves shares what a week looks like.

OPEN ROLES
 - Senior Backend Engineer, Cards (London)
 - Staff Engineer, Reliability (London / Remote UK)
 - Software Engineer III, Platform (London) - visa sponsorship available
 - and 6 more at kitelane.example/careers

See you soon,
Kitelane Talent Team

Manage preferences | Unsubscribe
Kitelane Ltd, 20 Clerkenwell Road, London""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: talent-community newsletter",
},
# ---- Persona 4, ham
{
    "label": "ham",
    "subject": "Decision on your UK visa application - GWF071184522",
    "from": "Visa Application Centre <notifications@visa-centre.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear ROHIT VENKATARAMAN,

A decision has been made on your application for a Standard Visitor visa (reference GWF071184522).

Your application has been refused. The refusal notice explaining the reasons for the decision is included with your passport, which is ready for collection at the Bengaluru Visa Application Centre or will be couriered to you if you selected this service.

Please note that there is no right of appeal against this decision. You may submit a new application at any time.

Collection hours: Monday to Friday, 1:00 PM - 4:00 PM. Please bring your appointment confirmation and original ID.

This is an automated email. Please do not reply.""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: visitor visa refused (not a job application)",
},
{
    "label": "ham",
    "subject": "Karthik weds Lavanya - 24th Jan, Chennai",
    "from": "Periyappa <s.ramanathan1961@mailhub.example>",
    "headers": {},
    "body": """Dear Rohit,

With the blessings of elders, we are happy to invite you and family for the marriage of our son Karthik with Lavanya on 24th January 2027 at Sri Balaji Kalyana Mandapam, T. Nagar, Chennai. Muhurtham 9.00 to 10.30 AM. Reception on 23rd evening 6.30 PM onwards.

Invitation card attached. Please come one day early, Amma is asking for you specially. Also please tell Divya to bring the little one, everybody wants to see her.

With love,
Periyappa and Periyamma""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: family wedding invitation",
},
{
    "label": "ham",
    "subject": "Your Personal Loan Application No. PL2611045873",
    "from": "Mahanagar Bank <alerts@mahanagarbank.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Customer,

Thank you for applying for a Personal Loan with Mahanagar Bank.

We regret to inform you that we are unable to approve your loan application No. PL2611045873 at this time, as it does not meet our internal credit policy.

You may apply again after 90 days. For any clarification, please call our 24x7 PhoneBanking on 1800-555-0199.

Regards,
Mahanagar Bank

This is a system generated mail. Please do not reply. Mahanagar Bank never asks for your OTP, PIN or password.""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: bank loan application declined",
},
{
    "label": "ham",
    "subject": "Notice: Water supply interruption - Block C & D - 14th Nov",
    "from": "Green Meadows Apartment Owners Association <secretary@greenmeadowsaoa.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Dear Residents,

This is to inform that due to cleaning of the overhead tanks, water supply to Block C and Block D will be interrupted on Saturday, 14th November from 9 AM to 5 PM. Residents are requested to store sufficient water in advance.

We regret the inconvenience caused.

Also, kindly note that the maintenance dues for Q3 are pending for some flats. Please clear the same before 30th November to avoid penalty.

Regards,
Secretary
Green Meadows AOA, Whitefield""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: apartment association notice, 'we regret the inconvenience'",
},
{
    "label": "ham",
    "subject": "bro",
    "from": "Arjun Nair <arjun.nair.codes@mailhub.example>",
    "headers": {},
    "body": """Bro, got rejected from the Amsterdam company. After 5 rounds!! Recruiter said "unfortunately the team decided to go with a candidate with more Scala experience". I wrote Scala for 2 years da, what more they want.

Anyway how is your London thing going? Did the visa stuff start?

Let's catch up this weekend, usual place on Saturday?

Arjun""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: ex-colleague describing his own rejection",
},
{
    "label": "ham",
    "subject": "[GoConf India 2027] Your proposal: \"Taming goroutine leaks in production\"",
    "from": "GoConf India Program Committee <cfp@goconfindia.example>",
    "headers": {"Precedence": "bulk"},
    "body": """Hi Rohit,

Thank you for submitting your talk proposal "Taming goroutine leaks in production" to GoConf India 2027.

We received 312 proposals this year for just 28 speaking slots. Unfortunately, your proposal was not selected for the main program. Many strong talks did not make it, and this is not a reflection on the quality of your submission.

We would love for you to consider giving a lightning talk instead - the lightning talk signup will open in January. As a thank-you for submitting, here is a 20% discount code for your ticket: CFP27-THANKS.

Best,
The GoConf India Program Committee""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: conference talk proposal not selected",
},
]

# ---------------------------------------------------------------------------
# Persona 5: Dr Eleanor Pryce, UK postdoc in human geography (environmental
# social science), applying for postdoc and lecturer posts; journal and grant
# mail as look-alikes. eleanor.pryce@postmail.example
# ---------------------------------------------------------------------------
MAILS += [
{
    "label": "rejection",
    "subject": "Lecturer in Human Geography (Ref: CB-04412) - your application",
    "from": "University of Castlebridge Recruitment <recruitment@castlebridge-uni.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Dr Pryce,

Lecturer in Human Geography (Ref: CB-04412)

Thank you for your application for the above post. The shortlisting panel has now met and I am writing to let you know that we will not be taking your application further.

We received 143 applications for this post, many of a very high standard, and the panel's decision was a difficult one. Due to the volume of applications, we are unable to provide individual feedback at this stage.

Thank you for your interest in the University of Castlebridge, and we wish you every success in the future.

Yours sincerely,

Sarah Hoyle
Recruitment Officer, on behalf of the Head of School
School of Geography, Earth and Environment
University of Castlebridge""",
    "company": "University of Castlebridge",
    "job_title": "Lecturer in Human Geography",
    "contact": "Sarah Hoyle",
    "note": "rejection: 'we will not be taking your application further', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Lecturer in Environmental Social Science - interview outcome",
    "from": "Professor Richard Ashworth <r.ashworth@wexham-uni.example>",
    "headers": {},
    "body": """Dear Eleanor,

Thank you for coming to Wexham on Thursday and for your presentation on participatory flood governance, which the panel and the audience enjoyed very much.

I am afraid I am writing with disappointing news. After a great deal of discussion, the panel has offered the post to another candidate, and I regret that we are not able to offer you the position on this occasion.

I know you will want some feedback, and I am happy to give it. The panel was very impressed with your research and particularly your publication record for someone at your career stage. The deciding factor was teaching: the successful candidate had convened two large first-year modules and could take on our Year 1 methods module from September without any support, which is a pressing need for us. Your answers on teaching were thoughtful but drew mostly on seminar and tutorial experience. If you can find an opportunity to lead a module, even a small one, in the next year, I think it would make a real difference.

I would be very happy to talk this through by phone if that would be useful. We may also be advertising a fixed-term Lecturer post later this term, and I would encourage you to apply.

With best wishes,

Richard

Professor Richard Ashworth
Head of School, Geography and Environmental Science
Wexham University""",
    "company": "Wexham University",
    "job_title": "Lecturer in Environmental Social Science",
    "contact": "Richard Ashworth",
    "note": "rejection after interview with panel feedback",
},
{
    "label": "rejection",
    "subject": "Research Associate (Ref: KM-2291) - post withdrawn",
    "from": "Kingsmere University HR Services <hr-recruitment@kingsmere.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Research Associate, "Coastal Futures" project (Ref: KM-2291)

Thank you for your application for the above post.

Unfortunately, we have been informed by the funder that the start of the Coastal Futures project has been postponed indefinitely pending a review of their funding programme. As the post was fully funded by this grant, the University has had to withdraw the vacancy, and the recruitment process has been closed. Your application will therefore not be considered further.

Should the project be reinstated and the post re-advertised, we will contact all applicants.

We apologise for any inconvenience and thank you for your interest in working at Kingsmere University.

Yours sincerely,

HR Services (Recruitment)
Kingsmere University""",
    "company": "Kingsmere University",
    "job_title": "Research Associate",
    "contact": "",
    "note": "rejection: post withdrawn after funding postponed, recruitment closed",
},
{
    "label": "rejection",
    "subject": "Kingsmere University - Application Update: Lecturer in Geography (Ref: KM-2318)",
    "from": "Kingsmere University Recruitment <noreply@kingsmere-jobs.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    "body": """Dear Eleanor Pryce,

Thank you for applying for the position of Lecturer in Geography (Environment and Society) (Ref: KM-2318) at Kingsmere University.

Kingsmere University is a research-intensive institution committed to excellence in research, education and civic engagement. Our School of Geography is ranked in the top ten in the UK for research impact, and we are proud to hold an Athena Swan Silver award in recognition of our commitment to advancing gender equality. We particularly welcome applications from under-represented groups, including people from Black, Asian and minority ethnic backgrounds and disabled people.

All applications have now been carefully assessed against the essential and desirable criteria set out in the person specification. We write to inform you that you have not been shortlisted for interview on this occasion.

Due to the very high number of applications received, we are not able to provide feedback at the shortlisting stage. We hope you will understand.

The information you provided in the Equality and Diversity Monitoring section of your application has been kept separately from your application and was not seen by the shortlisting panel. It will be used in anonymised form only to monitor the effectiveness of our equality policies. Your application data will be retained for six months in accordance with our Recruitment Privacy Notice, after which it will be securely deleted.

We encourage you to register for job alerts at jobs.kingsmere.example to hear about future vacancies at the University.

Thank you once again for the interest you have shown in Kingsmere University.

Yours sincerely,

Recruitment Team
Human Resources
Kingsmere University

Please do not reply to this automated message.""",
    "company": "Kingsmere University",
    "job_title": "Lecturer in Geography (Environment and Society)",
    "contact": "",
    "note": "rejection: long university HR boilerplate, 'not shortlisted' in one sentence, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Re: Postdoctoral position - Urban Heat project?",
    "from": "Dr Imogen Faraday <i.faraday@stalheld-uni.example>",
    "headers": {"In-Reply-To": "<DB9PR06MB8812.ep@postmail.example>", "References": "<DB9PR06MB8812.ep@postmail.example>"},
    "body": """Dear Eleanor,

Thanks very much for getting in touch, and apologies for the slow reply - it has been the start of term from hell.

I'm afraid we appointed to the Urban Heat postdoc in September; the advert stayed up on the university site for far longer than it should have (I've now asked them to take it down). So there's nothing I can offer on that project at the moment.

Your work on community flood groups sounds genuinely interesting and very relevant to what we're doing. If you're thinking of a fellowship application, I'd be happy to talk about hosting you - do drop me a line in the new year.

Best wishes,
Imogen

--
Dr Imogen Faraday
Senior Lecturer in Urban Climate
University of St Aldhelm

On 3 Oct 2026, at 14:22, Eleanor Pryce <eleanor.pryce@postmail.example> wrote:

> Dear Dr Faraday,
>
> I came across the advert for the Postdoctoral Research Associate on the Urban
> Heat and Everyday Life project and wanted to ask whether it is still open, as
> the closing date on the listing appears to have passed but the post is still
> showing as live. I attach my CV in case it is of interest.
>
> With best wishes,
> Eleanor Pryce""",
    "company": "University of St Aldhelm",
    "job_title": "Postdoctoral Research Associate",
    "contact": "Imogen Faraday",
    "note": "rejection: reply thread with quote, post already filled, no stock phrase",
},
{
    "label": "rejection",
    "subject": "Interview - Lecturer in Human Geography",
    "from": "Dr Martin Keele <m.keele@harrowgate-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Thank you for attending interview on Tuesday. I am sorry to tell you that on this occasion you have not been successful.

Kind regards,
Martin Keele
Chair of Panel""",
    "company": "Harrowgate University",
    "job_title": "Lecturer in Human Geography",
    "contact": "Martin Keele",
    "note": "rejection: very short after interview",
},
{
    "label": "rejection",
    "subject": "Your conditional offer of appointment - Research Fellow (Ref: STA-7730)",
    "from": "University of St Aldhelm HR <hr.recruitment@stalheld-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Research Fellow, Institute for Sustainable Places (Ref: STA-7730)

I refer to the conditional offer of appointment made to you on 9 October 2026 for the above post.

As you may be aware from recent press coverage, the University's Council has approved an immediate recruitment freeze across all academic and professional services posts as part of its Financial Sustainability Programme. Only posts with external contracts already signed are exempt. The funding for this Research Fellow post was allocated from internal strategic funds, and the post is therefore subject to the freeze.

I regret to inform you that, as the conditions of your offer had not yet been fully met and no contract of employment has been issued, the University must withdraw the conditional offer of appointment with immediate effect.

I appreciate that this will be extremely disappointing news, and I am sorry for the uncertainty this causes. Professor Baines, Director of the Institute, has asked me to let you know that she would like to speak with you personally, and her PA will be in touch to arrange a call.

Yours sincerely,

Gillian Morrow
HR Business Partner (Faculty of Social Sciences)
University of St Aldhelm""",
    "company": "University of St Aldhelm",
    "job_title": "Research Fellow, Institute for Sustainable Places",
    "contact": "Gillian Morrow",
    "note": "rejection: conditional offer withdrawn due to recruitment freeze",
},
{
    "label": "rejection",
    "subject": "Northmoor University - Research Associate in Environmental Governance (NM-26-0319)",
    "from": "Northmoor University Jobs <jobs-noreply@northmoor-uni.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://jobs.northmoor-uni.example/alerts/unsubscribe>"},
    "body": """Dear Eleanor,

Research Associate in Environmental Governance (NM-26-0319)
Department of Geography and Planning

Thank you for your interest in working at Northmoor University and for the time and effort you put into your application.

Northmoor is a global university with a proud civic mission. Our 6,500 staff and 38,000 students work together to tackle some of the world's most pressing challenges, from climate adaptation to health inequalities. We are committed to being an inclusive employer and are proud to be a Disability Confident Leader, a Stonewall Workplace Equality Index employer and a signatory of the Race Equality Charter. We offer a generous pension scheme, 30 days' annual leave plus bank holidays and university closure days, hybrid working, and a wide range of staff development programmes.

The selection panel has now completed shortlisting for this post, and we regret to inform you that your application has not been selected for interview.

We appreciate that this will be disappointing. We receive a large number of applications for every vacancy and unfortunately we are not able to provide individual feedback to applicants who have not been shortlisted.

We would encourage you to keep an eye on our vacancies website, where new academic, research and professional services opportunities are advertised every week. You can also set up tailored job alerts so that relevant vacancies are sent straight to your inbox.

We wish you every success with your career.

Kind regards,

Recruitment Team
People and Organisational Development
Northmoor University

This email was sent from an unmonitored address. To manage your job alerts, visit jobs.northmoor-uni.example.""",
    "company": "Northmoor University",
    "job_title": "Research Associate in Environmental Governance",
    "contact": "",
    "note": "rejection: long university boilerplate with regret, decision in one sentence",
},
{
    "label": "rejection",
    "subject": "Your application",
    "from": "Judith Penrose <j.penrose@harrowgate-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Thank you for attending the interview and giving your presentation last Friday for the Senior Research Fellow in Climate and Society post.

The panel has now considered all the candidates and has decided to appoint another candidate. Professor Whitlam has asked me to pass on her thanks for your time and for an engaging presentation; she is happy to offer feedback by phone if you would like it, and I can arrange a time.

With kind regards,

Judith Penrose
Faculty Recruitment Administrator
Faculty of Arts and Social Sciences
Harrowgate University""",
    "company": "Harrowgate University",
    "job_title": "Senior Research Fellow in Climate and Society",
    "contact": "Judith Penrose",
    "note": "rejection: uninformative subject, 'decided to appoint another candidate', no stock phrase",
},
{
    "label": "rejection",
    "subject": "Update on your application: Postdoctoral Research Fellow - Water Justice",
    "from": "academicjobs <notifications@academicjobs-mail.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Precedence": "bulk", "List-Unsubscribe": "<https://www.academicjobs.example/account/notifications>"},
    "body": """Hello Eleanor,

The recruiter has updated the status of your application.

Postdoctoral Research Fellow - Water Justice (fixed term, 36 months)
University of Dunmere - School of Social and Political Sciences
Application submitted: 12 September 2026

New status: Not shortlisted

View your applications: https://www.academicjobs.example/account/applications

Looking for your next role? There are 58 new jobs in Geography and Environmental Studies this week.

academicjobs
You are receiving this email because you applied via academicjobs. Manage notifications.""",
    "company": "University of Dunmere",
    "job_title": "Postdoctoral Research Fellow - Water Justice",
    "contact": "",
    "note": "rejection: academic job board status notice 'Not shortlisted', no stock phrase",
},
# ---- Persona 5, job_other
{
    "label": "job_other",
    "subject": "Application received - Lecturer in Human Geography (Ref: CB-04412)",
    "from": "University of Castlebridge Recruitment <recruitment@castlebridge-uni.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Dr Pryce,

Thank you for your application for the post of Lecturer in Human Geography (Ref: CB-04412). This email confirms that your application has been received.

Shortlisting is expected to take place during the week commencing 2 November 2026, and interviews are expected to be held on 26 and 27 November 2026.

If you have not heard from us within six weeks of the closing date, please assume that on this occasion your application has been unsuccessful.

Thank you for your interest in the University of Castlebridge.

HR Recruitment Team
University of Castlebridge""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: application acknowledgement with 'assume unsuccessful if not heard' clause",
},
{
    "label": "job_other",
    "subject": "Invitation to interview - Lecturer in Environmental Social Science (WX-1187)",
    "from": "Geography Admin <geog-admin@wexham-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Lecturer in Environmental Social Science (WX-1187)

I am pleased to inform you that you have been shortlisted for the above post and I would like to invite you to attend for interview on Thursday 15 October 2026 at Wexham University.

The day will consist of:

10:30  Coffee and informal meeting with members of the School (Staff Common Room, Alder Building)
11:15  Presentation to School staff (15 minutes plus 10 minutes of questions)
       Topic: "How would your research contribute to the School's research culture and to our undergraduate programmes over the next five years?"
12:30  Lunch
14:00  Formal interview with the appointment panel (approx. 45 minutes)

The panel will be chaired by Professor Richard Ashworth (Head of School).

Please confirm your attendance by replying to this email, and let me know if you have any access requirements. Reasonable travel expenses (standard class rail) will be reimbursed.

Please bring your passport or other right-to-work documents, together with the originals of your degree certificates.

Kind regards,

Louise Tanner
School Administrator
Geography and Environmental Science
Wexham University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: shortlisted, interview invitation with presentation topic",
},
{
    "label": "job_other",
    "subject": "Change of room - interview on 26 November",
    "from": "University of Castlebridge Recruitment <recruitment@castlebridge-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Lecturer in Human Geography (Ref: CB-05107)

We regret to inform you that the room for your interview on Thursday 26 November has changed. Due to building works in the Perrin Building, the presentation and panel interview will now take place in Room G.14, Lowther Building (building 23 on the campus map).

The timings remain the same: presentation at 13:30, panel interview at 14:15.

Please report to the Lowther Building reception on arrival, where someone will meet you.

Kind regards,

Sarah Hoyle
Recruitment Officer
University of Castlebridge""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: 'we regret to inform you' the interview room changed",
},
{
    "label": "job_other",
    "subject": "References - Research Fellow (Ref: HG-2260)",
    "from": "HR Recruitment <hr-recruitment@harrowgate-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Further to the verbal offer made to you by Professor Whitlam, we are now completing the pre-appointment checks for the post of Research Fellow in Rural Resilience (Ref: HG-2260).

We have received a reference from Dr Alan Brewster. Unfortunately we have not yet received a reference from your second referee, Professor Catherine Oduya, despite two reminders. We are unable to issue a formal contract of employment until both references have been received.

We would be grateful if you could contact Professor Oduya and ask her to return the reference form to hr-recruitment@harrowgate-uni.example as soon as possible.

With thanks,

Rachel Ewart
HR Assistant (Recruitment)
Harrowgate University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: reference outstanding after verbal offer, 'unfortunately ... unable to issue contract'",
},
{
    "label": "job_other",
    "subject": "Interview date - Senior Research Fellow in Climate and Society",
    "from": "Judith Penrose <j.penrose@harrowgate-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

I am writing regarding the interviews for the Senior Research Fellow in Climate and Society post. We had hoped to hold these on Monday 9 November, but sadly Professor Gallagher (external panel member) is no longer available on that date.

Could you let me know which of the following alternatives would suit you?

  - Thursday 12 November, afternoon
  - Friday 13 November, morning
  - Friday 13 November, afternoon

Interviews will be held in person at the Harrowgate campus, with the option of joining by Teams if travel is difficult. I will confirm timings as soon as I hear from all candidates.

With kind regards,

Judith Penrose
Faculty Recruitment Administrator
Harrowgate University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: panel scheduling, 'sadly ... no longer available'",
},
{
    "label": "job_other",
    "subject": "Conditional offer of appointment - Research Fellow in Rural Resilience",
    "from": "HR Recruitment <hr-recruitment@harrowgate-uni.example>",
    "headers": {"X-MS-Has-Attach": "yes"},
    "body": """Dear Dr Pryce,

Research Fellow in Rural Resilience (Ref: HG-2260)

I am delighted to confirm the University's offer of appointment to the above post, on a fixed-term basis for 30 months, at Grade 7, spine point 32 (£40,497 per annum). Your proposed start date is 1 February 2027.

This offer is conditional upon:
  1. receipt of two satisfactory references;
  2. verification of your right to work in the UK;
  3. confirmation of your highest qualification (original PhD certificate).

Your full offer letter and a summary of terms and conditions are attached. Please confirm your acceptance by returning the signed acceptance form within 14 days.

On behalf of the University, congratulations, and we look forward to welcoming you to Harrowgate.

Yours sincerely,

Rachel Ewart
HR Assistant (Recruitment)
Harrowgate University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: conditional offer of appointment",
},
{
    "label": "job_other",
    "subject": "Your weekly academic jobs alert: 11 new jobs in Human Geography",
    "from": "academicjobs <alerts@academicjobs-mail.example>",
    "headers": {"Precedence": "bulk", "List-Unsubscribe": "<https://www.academicjobs.example/alerts/unsubscribe?id=ep77>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    "body": """Your job alert: Human Geography, Environmental Social Science - UK
11 new jobs this week

Lecturer in Human Geography (Teaching and Research)
University of Castlebridge - £41,732 to £49,553 - Closes 30 Nov

Research Fellow in Rural Resilience
Harrowgate University - Grade 7 - Closes 22 Nov

Postdoctoral Researcher, Just Transitions
University of Dunmere - £39,105 to £44,128 - Closes 4 Dec

Senior Lecturer in Environment and Development
Northmoor University - Competitive - Closes 7 Dec

View all 11 jobs: https://www.academicjobs.example/alerts/ep77

Edit or delete this alert · Unsubscribe from all alerts""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: academic job alert",
},
{
    "label": "job_other",
    "subject": "Lecturer in Human Geography (CB-05107) - update on timescale",
    "from": "University of Castlebridge Recruitment <recruitment@castlebridge-uni.example>",
    "headers": {},
    "body": """Dear Dr Pryce,

Lecturer in Human Geography (Ref: CB-05107)

Thank you for attending interview on 26 November. I am writing to let you know that the panel has not yet been able to reach a decision. The final meeting of the panel, planned for last week, had to be postponed owing to industrial action, and one panel member has since been unwell.

We regret the delay and appreciate that the wait is frustrating. The panel is now due to meet on 10 December, and we expect to contact all candidates shortly afterwards. Your application remains under active consideration.

Kind regards,

Sarah Hoyle
Recruitment Officer
University of Castlebridge""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: status update, decision delayed, 'we regret the delay'",
},
{
    "label": "job_other",
    "subject": "RE: Withdrawal of application - Lecturer in Human Geography (CB-05107)",
    "from": "Sarah Hoyle <s.hoyle@castlebridge-uni.example>",
    "headers": {"In-Reply-To": "<DB9PR06MB9120.ep@postmail.example>", "References": "<DB9PR06MB9120.ep@postmail.example>"},
    "body": """Dear Dr Pryce,

Thank you for letting us know. I confirm that your application for the post of Lecturer in Human Geography (Ref: CB-05107) has been withdrawn at your request, and that you will no longer be considered for this post. I have informed the Chair of the panel.

Congratulations on your new appointment, and best wishes for the future.

Kind regards,

Sarah Hoyle
Recruitment Officer
University of Castlebridge

-----Original Message-----
From: Eleanor Pryce <eleanor.pryce@postmail.example>
Sent: 08 December 2026 09:14
To: Recruitment <recruitment@castlebridge-uni.example>
Subject: Withdrawal of application - Lecturer in Human Geography (CB-05107)

Dear Ms Hoyle,

I am writing to withdraw my application for the above post, as I have accepted a position elsewhere. Please pass on my thanks to the panel for a very enjoyable day.

Best wishes,
Eleanor Pryce""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate's own withdrawal confirmed, reply thread",
},
{
    "label": "job_other",
    "subject": "Incomplete application - Research Associate (Ref: NM-26-0355)",
    "from": "Northmoor University Jobs <jobs-noreply@northmoor-uni.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Eleanor,

Research Associate, "Rivers in Common" (NM-26-0355)

Thank you for starting your application for the above post. Unfortunately your application is incomplete: the required supporting document "Research Statement (max. 2 pages)" has not been uploaded.

Incomplete applications cannot be considered by the shortlisting panel. Please log in to your account and upload the missing document before the closing date (23:59 on Friday 20 November 2026).

Log in: https://jobs.northmoor-uni.example/candidate/login

Kind regards,
Recruitment Team
Northmoor University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: incomplete application, missing document request",
},
{
    "label": "job_other",
    "subject": "Rural Resilience post - informal chat?",
    "from": "Prof. Helen Whitlam <h.whitlam@harrowgate-uni.example>",
    "headers": {},
    "body": """Dear Eleanor,

I hope you don't mind me writing directly. I saw your name on the list of applicants for the Research Fellow in Rural Resilience post, and as the PI on the project I like to have a short informal conversation with applicants before shortlisting, mainly so you can ask questions about the project and the team.

Would you have 20 minutes for a Teams call on Wednesday or Thursday this week? Any time between 10 and 4 works for me.

No preparation needed - it's not an interview!

Best wishes,
Helen

Professor Helen Whitlam
Centre for Rural Futures
Harrowgate University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: informal pre-shortlisting chat invitation from PI",
},
{
    "label": "job_other",
    "subject": "Re: Lecturer post",
    "from": "Professor Richard Ashworth <r.ashworth@wexham-uni.example>",
    "headers": {"In-Reply-To": "<DB9PR06MB9377.ep@postmail.example>", "References": "<DB9PR06MB9377.ep@postmail.example>"},
    "body": """Dear Eleanor,

Thank you for letting me know so promptly. I'm sorry you've decided to decline the fixed-term lectureship, but I completely understand - a 30-month research post on a project as good as Helen's is not something to turn down, and frankly I'd have done the same.

I'll let HR know so they can approach the reserve candidate.

Do keep in touch, and if you're ever in Wexham come and give a seminar.

Best,
Richard

On 2 Dec 2026, at 17:48, Eleanor Pryce wrote:
> Dear Richard,
> Thank you so much for offering me the fixed-term Lecturer post. After a great
> deal of thought I have decided to accept a research fellowship at Harrowgate,
> so I'm afraid I must decline. I'm very grateful to you and the panel.
> Best wishes, Eleanor""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: candidate declined offer, acknowledged",
},
{
    "label": "job_other",
    "subject": "Welcome to Harrowgate - your IT account and induction",
    "from": "Harrowgate University People Services <newstarters@harrowgate-uni.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Eleanor,

Welcome to Harrowgate University! We're delighted that you'll be joining us on 1 February 2027.

Your university IT account has been created:
  Username: ep2291
  Email: e.pryce@harrowgate-uni.example
Please activate your account at https://it.harrowgate-uni.example/activate using the temporary code sent to your personal mobile.

Your first day
Please arrive at the People Services reception (Founders' Building, ground floor) at 9:30 to collect your staff card. Your line manager, Professor Helen Whitlam, will meet you there.

Induction
You are booked on the University Welcome session on Thursday 4 February, 10:00-12:30, in the Senate Room. Mandatory online training (Information Security, Equality and Diversity, Health and Safety) must be completed within your first month.

We look forward to meeting you.

People Services - New Starters Team
Harrowgate University""",
    "company": "", "job_title": "", "contact": "",
    "note": "job_other: onboarding IT account and induction",
},
# ---- Persona 5, ham
{
    "label": "ham",
    "subject": "Decision on your manuscript ENV-SOC-2026-0418",
    "from": "Environment and Society Review <onbehalfof@manuscriptcentral.example>",
    "headers": {"Auto-Submitted": "auto-generated", "Reply-To": "esr.editorial@esreview.example"},
    "body": """Dear Dr Pryce,

Manuscript ID ENV-SOC-2026-0418, entitled "Waiting for the water: temporalities of flood recovery in community groups", which you submitted to Environment and Society Review, has been reviewed. The comments of the reviewers are included at the bottom of this letter.

In view of the reviewers' comments, I regret to inform you that your manuscript cannot be accepted for publication in Environment and Society Review. While both reviewers found the empirical material rich, Reviewer 2 felt that the theoretical contribution was not sufficiently developed for our readership, and that the paper might be better suited to a more specialised journal.

Thank you for considering Environment and Society Review for the publication of your research. I hope the reviewers' comments will be helpful to you in revising the paper for submission elsewhere.

Sincerely,
Professor Daniel Okonjo
Editor-in-Chief, Environment and Society Review

Reviewer(s)' Comments to Author:

Reviewer: 1
This is an engaging and carefully written paper drawing on eighteen months of ethnography with three community flood groups. The discussion of "waiting" as a form of labour is original...

Reviewer: 2
The paper contains interesting material, but the framing in terms of temporality remains descriptive...""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: journal manuscript rejection",
},
{
    "label": "ham",
    "subject": "SFRC New Investigator Grants - outcome of application SF/Z00419/1",
    "from": "SFRC Grants Office <grants-noreply@sfrc.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Dr Pryce,

Application reference: SF/Z00419/1
Title: Living with Water: Community Knowledge and Flood Governance in Small Towns
Scheme: New Investigator Grants, Round 3 2026

The Social Futures Research Council has now completed its assessment of applications submitted to the above round. I am sorry to inform you that, on this occasion, your application has not been successful in securing funding. The panel was able to fund 11 of the 87 applications considered.

Your application was ranked 24th of 87 and was placed in the "fundable" category. The panel's feedback, together with anonymised reviewer comments, is available in the Funding Service.

Please note that under the Council's resubmission policy, substantially revised applications may be submitted to a future round.

Yours sincerely,

Grants Office
Social Futures Research Council""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: research grant not funded",
},
{
    "label": "ham",
    "subject": "Geographies Conference 2027: abstract accepted (Session 112)",
    "from": "Geographies Conference 2027 <conference@geogconf.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Eleanor Pryce,

We are pleased to inform you that your abstract "Flood groups and the politics of waiting" has been accepted for presentation in Session 112: "More-than-emergency: everyday lives after disaster", convened by Dr Priya Lal and Dr Tom Ashby.

Presentations are 15 minutes plus 5 minutes of questions. The session is currently scheduled for Wednesday 1 September 2027, 11:10-12:50.

Please note that all presenters must register for the conference by 30 April 2027 to remain in the programme. Early-bird rates are available until 31 March.

Best wishes,
Conference Organising Team""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: conference abstract accepted",
},
{
    "label": "ham",
    "subject": "Invitation to review ENV-SOC-2026-0572",
    "from": "Environment and Society Review <onbehalfof@manuscriptcentral.example>",
    "headers": {"Auto-Submitted": "auto-generated"},
    "body": """Dear Dr Pryce,

Manuscript ID ENV-SOC-2026-0572, entitled "Insurance, risk and the retreating household: managed retreat in coastal England", has been submitted to Environment and Society Review.

I would be grateful if you would agree to review this manuscript. Given your expertise in community responses to flooding, I believe you would be an excellent reviewer. The abstract appears at the end of this letter.

Please let me know as soon as possible whether you will be able to review. If you accept, we ask that the review is returned within 30 days. If you decline, I would be grateful for suggestions of alternative reviewers.

Agreed: https://mc.manuscriptcentral.example/esr?URL_MASK=agree-9f21
Declined: https://mc.manuscriptcentral.example/esr?URL_MASK=decline-9f21

Sincerely,
Dr Lucy Ambrose
Associate Editor, Environment and Society Review""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: peer review invitation",
},
{
    "label": "ham",
    "subject": "well, that's that",
    "from": "Nadia Rahman <n.rahman@wexham-uni.example>",
    "headers": {},
    "body": """El,

Heard from Northmoor this morning - they're not taking me further for the Senior Lecturer job, not even an interview. The email had all the usual "we regret... very high quality field..." lines. Third one this term. I'm starting to think I should just apply for the teaching-focused posts and stop pretending I'll ever finish the book.

Anyway, enough whinging. Are we still on for writing retreat on Friday? I'll bring the good biscuits. And congratulations again on Harrowgate, you properly deserve it.

N x

--
Dr Nadia Rahman
Research Fellow, Wexham University""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: colleague describing her own job rejection",
},
{
    "label": "ham",
    "subject": "[UCU Wexham] Ballot result and branch meeting Tuesday",
    "from": "UCU Wexham Branch <ucu-branch@wexham-uni.example>",
    "headers": {"Precedence": "list", "List-Id": "UCU Wexham members <ucu-members.wexham-uni.example>", "List-Unsubscribe": "<mailto:ucu-members-leave@wexham-uni.example>"},
    "body": """Dear members,

The result of our local ballot is in: 71% turnout, with 84% voting YES to strike action and 89% YES to action short of a strike.

There will be an emergency branch meeting on Tuesday at 12:30 in the Student Union Lecture Theatre (and on Teams) to discuss next steps and the timetable for action. Please come if you can; we particularly want to hear from staff on fixed-term and hourly-paid contracts.

Solidarity,
Branch Committee
UCU Wexham""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: union branch mailing list",
},
{
    "label": "ham",
    "subject": "Allotment waiting list",
    "from": "Elm Lane Allotment Society <secretary@elmlaneallotments.example>",
    "headers": {},
    "body": """Dear Ms Pryce,

Thank you for your application to join the Elm Lane Allotment Society.

Sadly we have no half or full plots available this season, and none are expected to become vacant before the autumn inspections. I have added you to the waiting list - you are currently number 14.

In the meantime you are very welcome at our open days (first Saturday of each month, 10-12), and our seed swap in March.

Best wishes,
Margaret Coles
Hon. Secretary""",
    "company": "", "job_title": "", "contact": "",
    "note": "ham: allotment society waiting list, no plots available",
},
]


KEYS = ["label", "subject", "from", "headers", "body", "company", "job_title", "contact", "note"]
LABELS = {"rejection", "job_other", "ham"}


def main():
    for i, m in enumerate(MAILS):
        assert sorted(m) == sorted(KEYS), (i, sorted(m))
        assert m["label"] in LABELS, (i, m["label"])
        assert isinstance(m["headers"], dict), i
        assert m["body"].strip() and m["subject"].strip(), i
        assert ".example>" in m["from"], (i, m["from"])
        if m["label"] == "rejection":
            assert m["company"], (i, "rejection without company")
    rows = list(MAILS)
    random.Random(SEED).shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, m in enumerate(rows, 1):
            row = {
                "id": "%s-%03d" % (PREFIX, n),
                "source": SOURCE,
                "label": m["label"],
                "language": LANGUAGE,
                "subject": m["subject"],
                "from": m["from"],
                "headers": m["headers"],
                "body": m["body"],
                "company": m["company"],
                "job_title": m["job_title"],
                "contact": m["contact"],
                "note": m["note"],
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), OUT))


if __name__ == "__main__":
    main()
