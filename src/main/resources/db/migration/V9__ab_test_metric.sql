-- What decides an A/B test's winner: the rate of unique opens or of unique clicks per delivery.
-- Portable between H2 2.3 and PostgreSQL 15 (the column avoids H2 keywords such as value).

-- opens | clicks; null without an A/B test
alter table campaign_plan add column ab_test_metric varchar(10);
alter table campaign_plan add constraint campaign_plan_ab_test_metric check (ab_test_metric in ('opens', 'clicks'));

-- what the plan said on the run's date, like the other plan columns; null without an A/B test
alter table campaign_execution add column ab_test_metric varchar(10);
alter table campaign_execution add constraint campaign_execution_ab_test_metric
    check (ab_test_metric in ('opens', 'clicks'));

-- the A/B tests planned before the choice existed are decided on clicks, the default
update campaign_plan set ab_test_metric = 'clicks' where variant_template_id is not null;
update campaign_execution set ab_test_metric = 'clicks' where variant_template_id is not null;
