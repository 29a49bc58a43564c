-- What a commendation decision cites and what a certificate carries.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- The unit's tờ trình (submission letter, document type TTR of the dossier) as the unit head signs it in
-- Task_HeadSign: its number ("12/TTr-STP"), its date and the title of the unit's head in whose name it proposes
-- ("Giám đốc Sở Tư pháp"). A dossier returned and signed again keeps the last signing.
ALTER TABLE commendation_proposal ADD COLUMN submission_number VARCHAR(60);
ALTER TABLE commendation_proposal ADD COLUMN submission_date DATE;
ALTER TABLE commendation_proposal ADD COLUMN submission_proposer VARCHAR(200);
-- The provincial council's result when the proposal went through a council session (council-review sends it
-- with the message CouncilResult): the minutes' number ("05/BB-HĐTĐKT"), the meeting day and the session.
ALTER TABLE commendation_proposal ADD COLUMN council_minutes_ref VARCHAR(200);
ALTER TABLE commendation_proposal ADD COLUMN council_minutes_date DATE;
ALTER TABLE commendation_proposal ADD COLUMN council_session_key VARCHAR(40);

-- The register of certificates (sổ vàng, "Số vào sổ"): one running number per issuing year, handed out when the
-- decision is issued and kept with the awardee, so that a certificate printed again shows the same number.
CREATE TABLE certificate_register_sequence (
    register_year  INT NOT NULL PRIMARY KEY,
    last_number    INT NOT NULL
);

ALTER TABLE decision_awardee ADD COLUMN register_year INT;
ALTER TABLE decision_awardee ADD COLUMN register_seq INT;
ALTER TABLE decision_awardee ADD CONSTRAINT uq_decision_awardee_register UNIQUE (register_year, register_seq);

-- Awardees of decisions issued before this migration are entered in the register in the order of their
-- decisions' numbers and of the annex, and the year's sequence continues after them.
UPDATE decision_awardee SET
    register_year = (SELECT d.issuing_year FROM decision d WHERE d.id = decision_awardee.decision_id),
    register_seq = (SELECT r.rn FROM (
        SELECT a.id AS awardee_id,
               ROW_NUMBER() OVER (PARTITION BY d.issuing_year ORDER BY d.sequence_number, a.seq) AS rn
        FROM decision_awardee a JOIN decision d ON d.id = a.decision_id) r
        WHERE r.awardee_id = decision_awardee.id);

INSERT INTO certificate_register_sequence (register_year, last_number)
SELECT register_year, MAX(register_seq) FROM decision_awardee WHERE register_year IS NOT NULL GROUP BY register_year;
