package dev.cxkit.synthetic.internal;

import java.time.Instant;

import dev.cxkit.core.CaseId;
import dev.cxkit.core.Channel;

import org.jspecify.annotations.Nullable;

/**
 * A contact the simulation is about to build: when it arrives, why (a new contact, a repeat, a
 * follow-up of a case, a reopen), on which channel, about which reason and from which customer.
 *
 * @param at when it is queued
 * @param seq the order among arrivals at the same instant
 * @param kind why it arrives
 * @param channel its channel
 * @param reason the index of its reason in the configuration
 * @param customer the customer's number
 * @param caseId the case it belongs to, for follow-ups and reopens
 */
record Arrival(Instant at, long seq, Kind kind, Channel channel, int reason, int customer, @Nullable CaseId caseId) {

    /** Why a contact arrives. */
    enum Kind { NEW, REPEAT, FOLLOW_UP, REOPEN }
}
