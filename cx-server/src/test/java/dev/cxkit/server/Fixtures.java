package dev.cxkit.server;

import java.time.Instant;
import java.util.List;

import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicySource;

/** Policies and request bodies shared by the HTTP tests; the policies compile once per JVM (Drools is slow). */
final class Fixtures {

    /** docs/authority-matrix.md's example matrix. */
    static final String MATRIX = """
            rule_id,action,tier,segment,allow_up_to,approval_up_to,approver_role,currency,period_cap,period
            refund-t1,REFUND,T1,*,50.00,200.00,TEAM_LEAD,EUR,150.00,P30D
            refund-t2,REFUND,T2,*,200.00,1000.00,MANAGER,EUR,600.00,P30D
            refund-t1-vip,REFUND,T1,VIP,100.00,300.00,TEAM_LEAD,EUR,300.00,P30D
            """;

    /** The same with T1 allowed up to 150.00, so 120.00 is allowed instead of needing approval. */
    static final String GENEROUS_MATRIX = MATRIX.replace("refund-t1,REFUND,T1,*,50.00", "refund-t1,REFUND,T1,*,150.00");

    static final Policy POLICY = Policy.compile(List.of(PolicySource.authorityMatrix("authority.csv", MATRIX)));

    /** The instant of the fixtures' requests, and the test servers' clock. */
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    /** 120.00 EUR by a T1 agent: above allow_up_to 50.00, within approval_up_to 200.00 → NEEDS_APPROVAL. */
    static final String REFUND_120 = """
            {"requestId":"r-1","agentId":"a-1","agentTier":"T1","action":"REFUND","amount":"120.00",
             "currency":"EUR","customerId":"c-1","at":"2026-03-02T09:00:00Z"}""";

    /**
     * A request without its {@code "at"}, for servers that decide on the wall clock (a separate process,
     * the README's snippet): the server stamps the request with its own clock.
     */
    static String stampedByServer(String request) {
        String withoutAt = request.replace(",\"at\":\"" + AT + "\"", "");
        if (withoutAt.equals(request)) {
            throw new IllegalArgumentException("The request has no \"at\" of " + AT + " to leave out.");
        }
        return withoutAt;
    }

    /**
     * Two valid interactions (docs/formats.md). Handle times: i-1 talk 420 + hold 120 (09:03–09:05) + wrap-up 60
     * = 600 s; i-2 talk 240 + wrap-up 60 = 300 s; so AHT = (600 + 300) / 2 = 450 s.
     */
    static final String TWO_INTERACTIONS = """
            {"id":"i-1","customerId":"c-1","agentId":"a-1","agentTier":"T1","team":"billing","channel":"PHONE","queuedAt":"2026-03-02T09:00:00Z","answeredAt":"2026-03-02T09:00:40Z","endedAt":"2026-03-02T09:10:00Z","talkSeconds":420,"acwSeconds":60,"resolved":true,"holds":[{"start":"2026-03-02T09:03:00Z","end":"2026-03-02T09:05:00Z","explained":true,"statedWaitSeconds":30}]}
            {"id":"i-2","customerId":"c-2","agentId":"a-2","agentTier":"T1","team":"billing","channel":"CHAT","queuedAt":"2026-03-02T10:00:00Z","answeredAt":"2026-03-02T10:00:10Z","endedAt":"2026-03-02T10:05:10Z","talkSeconds":240,"acwSeconds":60,"resolved":true}
            """;

    private Fixtures() {
    }
}
