-- One running request of each kind per client: two administrators asking at the same moment get the same request.
CREATE UNIQUE INDEX data_subject_request_one_running ON data_subject_request (tenant, client_id, data_subject_right)
    WHERE status = 'IN_PROGRESS';
