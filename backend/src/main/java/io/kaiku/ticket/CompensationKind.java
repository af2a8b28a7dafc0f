package io.kaiku.ticket;

/** What a customer was given: money, or one of the non-monetary kinds. */
public enum CompensationKind {
    monetary,
    refund,
    credit,
    replacement,
    discount,
    gift,
    other
}
