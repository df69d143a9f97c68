-- A reservation is a plan until its batch really starts to upload; then its instant becomes the start, so
-- the pace is kept over what was sent, not over what was meant to be (a batch may start after its slot).
alter table bronto_upload_reservation add column started boolean default false not null;
