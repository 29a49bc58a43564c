-- The audit trail: every engine history event (activities, tasks, identity links, variable changes, DMN
-- evaluations, user operations, incidents), every Tasklist comment and the project's own facts (documents
-- with their hashes, stage outcomes, council totals, decisions) as one append-only hash chain. Each record
-- carries the hash of the one before it; audit_chain_head keeps the last link so that a truncated tail is
-- noticed too. Camunda's history cleanup never touches these tables: the trail outlives ACT_HI_*.

CREATE TABLE audit_event (
    seq                      BIGINT         NOT NULL PRIMARY KEY,
    occurred_at              BIGINT         NOT NULL,   -- epoch milliseconds: hashed exactly on every database
    recorded_at              BIGINT         NOT NULL,
    kind                     VARCHAR(40)    NOT NULL,
    process_instance_id      VARCHAR(64),
    root_process_instance_id VARCHAR(64),
    business_key             VARCHAR(100),
    actor                    VARCHAR(64),
    subject                  VARCHAR(500),
    payload                  VARCHAR(1000000) NOT NULL,
    prev_hash                CHAR(64)       NOT NULL,
    hash                     CHAR(64)       NOT NULL
);
CREATE INDEX ix_audit_business_key ON audit_event (business_key);
CREATE INDEX ix_audit_process_instance ON audit_event (process_instance_id);
CREATE INDEX ix_audit_root_process_instance ON audit_event (root_process_instance_id);
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT ck_audit_head_single CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
