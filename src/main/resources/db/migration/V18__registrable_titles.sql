-- Which collective emulation titles a unit may register for at the start of the year (đăng ký thi đua): data an
-- administrator changes through /api/award-types, no longer a list in the code. Cờ thi đua của Chính phủ was missing.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE award_type ADD COLUMN registrable BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE award_type SET registrable = TRUE WHERE code IN ('TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP');
