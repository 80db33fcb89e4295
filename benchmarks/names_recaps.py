"""Recaps for benchmarks/names.py and the name tests: people and companies that are already on
file (named in an earlier typed recap), then spoken in a new recap.

Each entry: the voice that speaks it (``../shared/tools/speak.py``), the earlier typed recap
that put the names on file, the spoken recap, and the names on file it says.
"""

from __future__ import annotations

RECAPS: list[dict] = [
    {
        "id": "siobhan",
        "voice": "joe",
        "earlier": "Talked to Priya Raman, a staff engineer at Datadog. She suggested I talk to "
        "Siobhan Okonkwo, a security engineer at CrowdStrike.",
        "spoken": "Just got off the phone with Siobhan Okonkwo. She's a security engineer at "
        "CrowdStrike. Priya Raman introduced us. Siobhan started in incident response and moved "
        "into detection engineering. Her advice was to learn Rust. I need to send her my resume "
        "by Friday. The call took about twenty minutes.",
        "contact": "Siobhan Okonkwo",
        "company": "CrowdStrike",
        "names": ["Siobhan Okonkwo", "CrowdStrike", "Priya Raman"],
    },
    {
        "id": "niamh",
        "voice": "heart",
        "earlier": "Talked to Aoife Brennan, a product designer at Figma. She said I should talk "
        "to Niamh Gallagher at Intercom.",
        "spoken": "Spoke with Niamh Gallagher, a product manager at Intercom. Aoife Brennan put "
        "us in touch. Niamh said the team ships every week and she loves the autonomy. She "
        "suggested I read about pricing experiments. I will email Niamh a thank you note "
        "tomorrow.",
        "contact": "Niamh Gallagher",
        "company": "Intercom",
        "names": ["Niamh Gallagher", "Intercom", "Aoife Brennan"],
    },
    {
        "id": "oluwaseun",
        "voice": "kumo",
        "earlier": "Talked to Linda Park, a data scientist at Flatiron Health. She suggested I "
        "talk to Oluwaseun Adeyemi, who leads the oncology data team.",
        "spoken": "I just talked to Oluwaseun Adeyemi, a director of data science at Flatiron "
        "Health. Linda Park referred me. He started as an analyst in a hospital and moved into "
        "research. He said the mission keeps people there. I should send him my portfolio by "
        "Monday.",
        "contact": "Oluwaseun Adeyemi",
        "company": "Flatiron Health",
        "names": ["Oluwaseun Adeyemi", "Flatiron Health", "Linda Park"],
    },
    {
        "id": "tomasz",
        "voice": "alpha",
        "earlier": "Talked to Xiomara Quintero, an engineering manager at Snowflake. She "
        "mentioned Tomasz Wisniewski on the query optimizer team.",
        "spoken": "Had a call with Tomasz Wisniewski, a senior engineer at Snowflake. Xiomara "
        "Quintero introduced us. Tomasz spends most of his day reviewing query plans. He dislikes "
        "the long release cycle. He told me to learn distributed systems. The call took thirty "
        "minutes.",
        "contact": "Tomasz Wisniewski",
        "company": "Snowflake",
        "names": ["Tomasz Wisniewski", "Snowflake", "Xiomara Quintero"],
    },
    {
        "id": "saoirse",
        "voice": "slt-hts",
        "earlier": "Talked to Dmitri Volkov, a solutions architect at Cloudflare. He suggested I "
        "talk to Saoirse Kavanagh at Asana.",
        "spoken": "Just finished a call with Saoirse Kavanagh, a customer success lead at Asana. "
        "Dmitri Volkov connected us. Saoirse started in support and was promoted twice. She likes "
        "the culture of writing things down. I need to follow up with Saoirse next week.",
        "contact": "Saoirse Kavanagh",
        "company": "Asana",
        "names": ["Saoirse Kavanagh", "Asana", "Dmitri Volkov"],
    },
    {
        "id": "anjali",
        "voice": "heart",
        "earlier": "Talked to Eoghan Murphy, a recruiter at Notion. He said I should talk to "
        "Anjali Venkataraman on the growth team.",
        "spoken": "Talked to Anjali Venkataraman, a growth engineer at Notion. Eoghan Murphy "
        "referred me. Anjali said a typical day is half experiments and half code review. Her "
        "advice was to build a side project. I will send Anjali my resume on Thursday.",
        "contact": "Anjali Venkataraman",
        "company": "Notion",
        "names": ["Anjali Venkataraman", "Notion", "Eoghan Murphy"],
    },
    {
        "id": "ngozi",
        "voice": "joe",
        "earlier": "Talked to Jarek Kowalczyk, a backend engineer at Databricks. He suggested I "
        "talk to Ngozi Eze, a risk analyst at Plaid.",
        "spoken": "I just got off a call with Ngozi Eze, a risk analyst at Plaid. Jarek Kowalczyk "
        "introduced us. Ngozi moved from banking into fintech. She loves the pace but dislikes "
        "the on call rotation. She said to learn SQL well. I need to email Ngozi by Friday.",
        "contact": "Ngozi Eze",
        "company": "Plaid",
        "names": ["Ngozi Eze", "Plaid", "Jarek Kowalczyk"],
    },
    {
        "id": "leilani",
        "voice": "kumo",
        "earlier": "Talked to Marguerite Dubois, a designer at Airtable. She mentioned Leilani "
        "Kahananui, who runs research operations there.",
        "spoken": "Spoke with Leilani Kahananui, a research operations manager at Airtable. "
        "Marguerite Dubois introduced us. Leilani started as a librarian. She says the team "
        "values curiosity. Her advice was to talk to more researchers. The call took twenty five "
        "minutes.",
        "contact": "Leilani Kahananui",
        "company": "Airtable",
        "names": ["Leilani Kahananui", "Airtable", "Marguerite Dubois"],
    },
    {
        "id": "bogdan",
        "voice": "alpha",
        "earlier": "Talked to Ines Carvalho, a platform engineer at Shopify. She suggested I "
        "talk to Bogdan Petrescu at Stripe.",
        "spoken": "Had a call with Bogdan Petrescu, a staff engineer at Stripe. Ines Carvalho "
        "connected us. Bogdan said promotions depend on design documents. He likes the "
        "engineering culture. I should send Bogdan a thank you note tomorrow.",
        "contact": "Bogdan Petrescu",
        "company": "Stripe",
        "names": ["Bogdan Petrescu", "Stripe", "Ines Carvalho"],
    },
    {
        "id": "thandiwe",
        "voice": "slt-hts",
        "earlier": "Talked to Rhys Llewellyn, an analyst at Miro. He said I should talk to "
        "Thandiwe Mokoena, a product lead at Canva.",
        "spoken": "Just talked to Thandiwe Mokoena, a product lead at Canva. Rhys Llewellyn "
        "referred me. Thandiwe moved from consulting into product. She dislikes long meetings. "
        "She told me to practice product sense interviews. I will follow up with Thandiwe on "
        "Monday.",
        "contact": "Thandiwe Mokoena",
        "company": "Canva",
        "names": ["Thandiwe Mokoena", "Canva", "Rhys Llewellyn"],
    },
    {
        "id": "joaquin",
        "voice": "joe",
        "earlier": "Talked to Yusuf Demir, a data engineer at Klaviyo. He suggested I talk to "
        "Joaquin Villanueva at Gusto.",
        "spoken": "Spoke with Joaquin Villanueva, an engineering manager at Gusto. Yusuf Demir "
        "introduced us. Joaquin said the best engineers there write clearly. He loves mentoring. "
        "His advice was to pick one domain. I need to send Joaquin my resume by Wednesday.",
        "contact": "Joaquin Villanueva",
        "company": "Gusto",
        "names": ["Joaquin Villanueva", "Gusto", "Yusuf Demir"],
    },
    {
        "id": "aisling",
        "voice": "heart",
        "earlier": "Talked to Kwame Asante, a hardware engineer at Rivian. He mentioned Aisling "
        "Ni Bhriain at Anduril.",
        "spoken": "Just got off the phone with Aisling Ni Bhriain, a program manager at Anduril. "
        "Kwame Asante put us in touch. Aisling started in the army and moved into program "
        "management. She said the mission matters to everyone there. I should email Aisling "
        "next week.",
        "contact": "Aisling Ni Bhriain",
        "company": "Anduril",
        "names": ["Aisling Ni Bhriain", "Anduril", "Kwame Asante"],
    },
]
