-- The standing agency's tờ trình to the chairman (Tờ trình của Sở Nội vụ): numbered and dated by the Sở head when he
-- approves an appraisal that found someone eligible; the chairman's decision cites it after the unit's tờ trình.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE commendation_proposal ADD COLUMN agency_submission_number VARCHAR(60);
ALTER TABLE commendation_proposal ADD COLUMN agency_submission_date DATE;
