package io.kaiku.ticket;

/** Where a compensation stands: small ones need no approval; larger ones wait for a manager's decision. */
public enum CompensationApproval {
    not_required,
    pending,
    approved,
    rejected
}
