-- The day a referral was received and the day it was decided, apart from when they were recorded: a municipality
-- may register a referral it received earlier, and a consultant may record a decision taken on an earlier day.
ALTER TABLE referral ADD COLUMN received_on date;
UPDATE referral SET received_on = (received_at AT TIME ZONE 'Europe/Amsterdam')::date;
ALTER TABLE referral ALTER COLUMN received_on SET NOT NULL;
ALTER TABLE referral ADD COLUMN decided_on date;
UPDATE referral SET decided_on = (status_changed_at AT TIME ZONE 'Europe/Amsterdam')::date
    WHERE status IN ('ADMITTED', 'REFERRED_BACK');
