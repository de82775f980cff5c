-- Found by the read-path benchmark (#12): a plan's goals, and a trajectory's reviews, extensions and aftercare
-- contacts, were read by sequential scans, which a tenant with 100,000 trajectories feels on every caseload page.
CREATE INDEX plan_goal_plan ON plan_goal (plan_id);
CREATE INDEX review_trajectory ON review (trajectory_id);
CREATE INDEX extension_trajectory ON extension (trajectory_id);
CREATE INDEX aftercare_contact_trajectory ON aftercare_contact (trajectory_id);
-- A whole organisation's caseload by status, soonest maximum end first: read in index order, not sorted per request.
CREATE INDEX trajectory_tenant_status_end ON trajectory (tenant, status, planned_end_on, id);
