-- The regime of commendation law an award was given under (tdkt.law.regimes: the law and decree in force on the day
-- of its decision), kept with the award so that later changes of the rules never rewrite history.
-- Existing awards take the regime of their decision's date, by the periods of the domain brief's legal stack.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE award_record ADD COLUMN legal_regime VARCHAR(20);
UPDATE award_record SET legal_regime = CASE
    WHEN decision_date < DATE '2024-01-01' THEN 'LUAT_2003'
    WHEN decision_date < DATE '2025-07-01' THEN 'ND_98_2023'
    ELSE 'ND_152_2025' END;
