/**
 * The cxkit domain: customers, agents and their tiers, channels, interactions with their holds,
 * transfers, emotional cues, promises, grants and feedback, cases and their status history, money
 * and percentages, and business calendars.
 *
 * <p>Every type is an immutable value validated when it is created: an inconsistent timeline (an
 * end before its start, a hold outside its contact, a promise due before it was made) is rejected
 * with an {@link java.lang.IllegalArgumentException} that names the field and the value. Personal
 * data lives only in {@link dev.cxkit.core.PersonalData} and never appears in {@code toString()}.
 * Time is always an {@link java.time.Instant}; zones live in {@link dev.cxkit.core.BusinessCalendar}.
 */
@NullMarked
package dev.cxkit.core;

import org.jspecify.annotations.NullMarked;
