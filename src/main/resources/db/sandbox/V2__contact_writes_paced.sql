-- Bronto's pace is the account's contacts per minute, whatever the call: contact writes (addContacts,
-- addOrUpdateContacts) count beside list uploads, and are recorded in the same witness, without a list.
alter table sandbox_upload add column operation varchar(30) default 'addToList' not null;
alter table sandbox_upload alter column list_id drop not null;
