-- The SLA view (vn.tdkt.sla): the open tasks of the engine are joined to their proposal by the process instance, and
-- the monthly figures read the proposals closed within a year.
CREATE INDEX ix_proposal_process_instance ON commendation_proposal (process_instance_id);
CREATE INDEX ix_proposal_closed_at ON commendation_proposal (closed_at);
