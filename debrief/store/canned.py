"""Canned queries ``debrief browse`` offers in Datasette (read-only SQL over the schema)."""

from __future__ import annotations

INSIGHTS_BY_COMPANY = """
SELECT co.name AS company, d.recorded_at, c.name AS contact, i.category, i.text,
       i.debrief_id
FROM insights i
JOIN debriefs d ON d.id = i.debrief_id
JOIN companies co ON co.id = d.company_id
LEFT JOIN contacts c ON c.id = d.contact_id
WHERE co.key = lower(trim(:company)) OR co.name LIKE '%' || trim(:company) || '%'
ORDER BY co.name, i.category, d.recorded_at, i.start_char
""".strip()

OPEN_FOLLOW_UPS = """
SELECT f.id, f.due, f.text, d.recorded_at, d.contact, d.company, f.debrief_id
FROM follow_ups f
JOIN debriefs_named d ON d.id = f.debrief_id
WHERE f.done_at IS NULL
ORDER BY f.due IS NULL, f.due, d.recorded_at, f.id
""".strip()

# Same rule as `debrief people` without the fuzzy spelling match: a referral is contacted
# when a contact has the same name key, or (for a first name alone) the same first name
# at the company the referral was said to be at, else at the referrer's company.
REFERRALS_NOT_CONTACTED = """
SELECT p.name AS referral, p.company, c.name AS referred_by, co.name AS referrer_company,
       d.recorded_at, p.debrief_id
FROM people_mentioned p
JOIN debriefs d ON d.id = p.debrief_id
LEFT JOIN contacts c ON c.id = d.contact_id
LEFT JOIN companies co ON co.id = d.company_id
WHERE p.relation = 'referral'
  AND NOT EXISTS (
    SELECT 1 FROM contacts k WHERE k.key = p.key AND k.id IS NOT d.contact_id)
  AND NOT EXISTS (
    SELECT 1 FROM contacts k
    WHERE instr(p.key, ' ') = 0 AND k.key LIKE p.key || ' %' AND k.id IS NOT d.contact_id
      AND k.company_id IN (
        SELECT id FROM companies
        WHERE (p.company IS NULL AND id = d.company_id) OR key = lower(trim(p.company))))
ORDER BY d.recorded_at, p.id
""".strip()
