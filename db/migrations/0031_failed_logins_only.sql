-- Issue #16: wrong passwords no longer lock an account (a lock anyone can set by guessing a name
-- is a weapon); the delays live per name and address in the app. The lock's column goes, and
-- failed_logins stays as a count the admin sees.
ALTER TABLE "users" DROP COLUMN "locked_until";
