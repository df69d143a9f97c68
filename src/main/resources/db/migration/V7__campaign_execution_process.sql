-- The claim that makes starting a campaign execution's process happen once: the nightly run, a
-- second node or a manual re-run all try; the one whose update sets this starts the process, in
-- the same transaction, so a failed start releases the claim.
alter table campaign_execution add column process_started_at timestamp with time zone;

-- when the last metrics pull of the run was taken: the week is over, the analysis may begin
alter table campaign_execution add column metrics_completed_at timestamp with time zone;
