-- Sealed ballot papers (vn.tdkt.ballot.BallotSeal): while a box is open nothing in the database may change with
-- a voter's choices except opaque, equally long records. Each paper is encrypted with a key kept outside the
-- database and bears no voter, time or order; the per-candidate counts of ballot_candidate are written only when
-- the box is closed (boxes opened before this migration keep the counts they already had, and the papers are added).
CREATE TABLE ballot_paper (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    session_id  VARCHAR(64)   NOT NULL,
    sealed      VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_ballot_paper_session FOREIGN KEY (session_id) REFERENCES ballot_session (id)
);
CREATE INDEX ix_ballot_paper_session ON ballot_paper (session_id);

-- How a voter may vote: IN_PERSON through their own voting task, or WRITTEN (an absent council member's written
-- ballot, entered by the secretary). An absent member without a written ballot is not a voter of the box at all.
ALTER TABLE ballot_voter ADD COLUMN vote_mode VARCHAR(10) DEFAULT 'IN_PERSON' NOT NULL;
ALTER TABLE ballot_voter ADD CONSTRAINT ck_ballot_voter_mode CHECK (vote_mode IN ('IN_PERSON', 'WRITTEN'));
