-- The award catalogue by date and by confirmed field; maternity leave as a fact of the annual assessment.
-- effective_from / effective_to (inclusive, NULL = open): a title may be proposed only for an achievement year inside
-- its period, so a province loads the titles of a new decree before it takes effect and retires the old ones.
-- decider_confirmed / criteria_confirmed / bonus_confirmed: what the domain brief confirms of each entry, field by
-- field (its cards tag the decider, the criteria and the bonus separately); verified stays their conjunction.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE award_type ADD COLUMN effective_from DATE;
ALTER TABLE award_type ADD COLUMN effective_to DATE;
ALTER TABLE award_type ADD COLUMN decider_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE award_type ADD COLUMN criteria_confirmed BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE award_type ADD COLUMN bonus_confirmed BOOLEAN DEFAULT FALSE NOT NULL;

-- brief §1.3 cards A–M and §1.4: a field is confirmed only where its card tags it [C]; no card tags the decider [C]
-- (they say [B] or nothing), BK_TINH's criteria are confirmed for individuals only (Art. 74(1)(d); collectives [B]),
-- its bonus for individuals only (collectives [B])
UPDATE award_type SET criteria_confirmed = TRUE WHERE code IN ('LDTT', 'CSTD_TINH', 'CSTD_TQ', 'TTLDXS');
UPDATE award_type SET bonus_confirmed = TRUE
    WHERE code IN ('LDTT', 'CSTDCS', 'CSTD_TINH', 'CSTD_TQ', 'TTLDTT', 'TTLDXS', 'CO_CP', 'BK_TTG', 'XA_TIEU_BIEU');
UPDATE award_type SET verified = (decider_confirmed AND criteria_confirmed AND bonus_confirmed);

-- "Xã, phường, đặc khu tiêu biểu" is a title of Decree 152/2025 (the đặc khu exist since the 2025 reorganisation)
UPDATE award_type SET effective_from = DATE '2025-07-01' WHERE code = 'XA_TIEU_BIEU';

ALTER TABLE annual_assessment ADD COLUMN maternity_months INT;
ALTER TABLE annual_assessment ADD CONSTRAINT ck_assessment_maternity
    CHECK (maternity_months IS NULL OR (maternity_months >= 0 AND maternity_months <= 12));
