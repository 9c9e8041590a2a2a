-- Guarantee outcomes price every breach by its own contact (its wait, order value and customer), so they read
-- the contacts of a guarantee's touchpoints over months: this index finds them without scanning the table.
-- Service cases have had theirs (ix_case_touchpoint) since V5.
CREATE INDEX ix_contact_touchpoint ON contact_event (service_id, touchpoint_code, on_day);
