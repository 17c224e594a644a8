package dev.cxkit.kpi;

/**
 * The counts behind a {@link FirstContactResolution} or {@link RepeatContactRate} value, including
 * what was left out and why, so that a reader can check the denominator. Fields that do not apply
 * to a variant are 0. Immutable.
 *
 * <p>For the repeat-window variants: {@code accepted = abandoned + afterObservationEnd + contacts};
 * {@code contacts = repeats + firstContacts}; {@code firstContacts = censored + eligible};
 * {@code resolved ≤ eligible}. FCR is {@code resolved / eligible}; the repeat-contact rate is
 * {@code repeats / contacts}.
 *
 * @param accepted interactions accepted
 * @param abandoned abandoned contacts, left out (repeat and ticket variants)
 * @param afterObservationEnd contacts queued after the observation end, left out (repeat variants)
 * @param withoutCase answered contacts without a case, left out (ticket variant)
 * @param unknownOutcome left out for an unknown outcome: cases whose only contact has no
 *        {@code resolved} (ticket), contacts without a survey answer to "resolved?" (survey)
 * @param contacts contacts measured: answered and observed (repeat), answered with a case (ticket),
 *        answered surveys (survey)
 * @param repeats contacts that repeat an earlier one within the window (repeat variants)
 * @param firstContacts contacts that are not repeats (repeat variants)
 * @param censored first contacts whose window ends after the observation end, left out of FCR
 * @param unclassified contacts without a reason under {@link RepeatScope#PER_ISSUE}; each is its own
 *        first contact (included in {@code contacts} and {@code firstContacts})
 * @param eligible the FCR denominator: uncensored first contacts, cases with a known outcome, or
 *        answered surveys
 * @param resolved the FCR numerator: eligible first contacts not followed by a repeat, cases resolved
 *        by their only contact, or "yes" answers
 */
public record FcrCounts(long accepted, long abandoned, long afterObservationEnd, long withoutCase, long unknownOutcome,
        long contacts, long repeats, long firstContacts, long censored, long unclassified, long eligible, long resolved) {

    /** Checks that no count is negative and that {@code resolved ≤ eligible}. */
    public FcrCounts {
        long[] all = {accepted, abandoned, afterObservationEnd, withoutCase, unknownOutcome, contacts, repeats,
                firstContacts, censored, unclassified, eligible, resolved};
        String[] names = {"accepted", "abandoned", "afterObservationEnd", "withoutCase", "unknownOutcome", "contacts",
            "repeats", "firstContacts", "censored", "unclassified", "eligible", "resolved"};
        for (int i = 0; i < all.length; i++) {
            if (all[i] < 0) {
                throw new IllegalArgumentException("The " + names[i] + " count (" + all[i] + ") is negative.");
            }
        }
        if (resolved > eligible) {
            throw new IllegalArgumentException("The resolved count (" + resolved + ") exceeds the eligible count ("
                    + eligible + ").");
        }
    }
}
