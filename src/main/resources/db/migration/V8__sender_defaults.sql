-- Sender defaults set on the Templates page: Bronto stores no From or Reply-To with a template.
-- Portable between H2 2.3 and PostgreSQL 15. A null column inherits: the plan's own override comes
-- first, then the template's row, then the global row, then the campaigns.default-* settings.

create table sender_default (
    scope      varchar(64)              primary key, -- 'global' or a Bronto message id of the Optimove folder
    from_name  varchar(100),
    from_email varchar(254),
    reply_to   varchar(254),
    updated_at timestamp with time zone not null
);
