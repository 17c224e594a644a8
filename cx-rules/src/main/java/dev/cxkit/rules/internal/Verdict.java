package dev.cxkit.rules.internal;

import dev.cxkit.rules.ApproverRole;

/** What one rule said about a request, before resolution. */
sealed interface Verdict {

    String ruleId();

    int specificity();

    /** A matrix row matched: its limits decide. */
    record Row(String ruleId, int specificity, AuthorityRow row) implements Verdict {
    }

    /** A rule denied outright. */
    record Deny(String ruleId, int specificity, String reason) implements Verdict {
    }

    /** A rule required approval outright. */
    record Approval(String ruleId, int specificity, ApproverRole role, String reason) implements Verdict {
    }
}
