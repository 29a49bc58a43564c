-- The secret ballot (bỏ phiếu kín) of block suy tôn and of the provincial council. The box keeps who may vote
-- and whether they have voted (to stop double voting) and, per candidate, only running totals: no table holds
-- a voter together with a choice, and neither table carries the time of a vote.

CREATE TABLE ballot_session (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    context     VARCHAR(30)  NOT NULL,
    reference   VARCHAR(200) NOT NULL,
    title       VARCHAR(500) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    opened_at   TIMESTAMP    NOT NULL,
    closed_at   TIMESTAMP,
    CONSTRAINT ck_ballot_session_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_ballot_session_reference ON ballot_session (reference);

CREATE TABLE ballot_candidate (
    session_id      VARCHAR(64)  NOT NULL,
    candidate_code  VARCHAR(60)  NOT NULL,
    candidate_name  VARCHAR(255) NOT NULL,
    seq             INT          NOT NULL,
    agree_count     INT          DEFAULT 0 NOT NULL,
    disagree_count  INT          DEFAULT 0 NOT NULL,
    blank_count     INT          DEFAULT 0 NOT NULL,
    CONSTRAINT pk_ballot_candidate PRIMARY KEY (session_id, candidate_code),
    CONSTRAINT fk_ballot_candidate_session FOREIGN KEY (session_id) REFERENCES ballot_session (id)
);

CREATE TABLE ballot_voter (
    session_id  VARCHAR(64) NOT NULL,
    voter_id    VARCHAR(64) NOT NULL,
    has_voted   BOOLEAN     DEFAULT FALSE NOT NULL,
    written     BOOLEAN     DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_ballot_voter PRIMARY KEY (session_id, voter_id),
    CONSTRAINT fk_ballot_voter_session FOREIGN KEY (session_id) REFERENCES ballot_session (id)
);
