package com.example.crm;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.Channel;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.Money;
import dev.cxkit.core.Segment;
import dev.cxkit.core.Tier;
import dev.cxkit.jdbc.CxDatabase;
import dev.cxkit.json.DecisionJson;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Policy;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The CRM's refund desk: asks cxkit whether an agent may refund, remembers what was granted in a
 * database so the customer's period cap holds across restarts, and answers the CRM's front end in
 * cxkit's JSON shape.
 */
public final class RefundDesk implements AutoCloseable {

    private final CxDatabase database;
    private final PolicyEngine engine;
    private final InstantSource clock;

    private RefundDesk(CxDatabase database, PolicyEngine engine, InstantSource clock) {
        this.database = database;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Opens the desk on an embedded database in {@code dir} with the CRM's authority matrix.
     *
     * @param dir where the database files live
     * @param clock the clock that dates each decision
     * @return the open desk
     */
    public static RefundDesk open(Path dir, InstantSource clock) {
        Policy policy = Policy.builder()
                .version("crm-2026-11")
                .source(PolicySource.authorityMatrix("authority.csv", resource("/crm/authority.csv")))
                .build();
        CxDatabase database = CxDatabase.builder().embedded(dir).instantSource(clock).build();
        return new RefundDesk(database, database.policyEngine(policy), clock);
    }

    /**
     * Decides a refund and, if it is allowed, records the grant in the same transaction, so that the
     * customer's period cap holds across concurrent desks and restarts. (The engine's own
     * {@code decide} only reads the ledger; recording is the ledger's job.)
     *
     * @param agent the agent asking
     * @param tier the agent's tier
     * @param customer the customer
     * @param amount the amount, for example {@code "30.00"} (EUR)
     * @return the decision, also written to the database's decision log
     */
    public Decision refund(String agent, Tier tier, String customer, String amount) {
        DecisionRequest request = DecisionRequest.builder()
                .agent(AgentId.of(agent), tier)
                .action(Action.REFUND, Money.of(amount, "EUR"))
                .customer(CustomerId.of(customer), Segment.STANDARD)
                .channel(Channel.PHONE)
                .at(clock.instant())
                .build();
        return database.grants().decideAndRecord(engine, request);
    }

    /**
     * The same decision as {@link #refund}, as the JSON the CRM's front end reads.
     *
     * @param agent the agent asking
     * @param tier the agent's tier
     * @param customer the customer
     * @param amount the amount in EUR
     * @return one JSON object
     */
    public String refundAsJson(String agent, Tier tier, String customer, String amount) {
        return DecisionJson.toJson(refund(agent, tier, customer, amount));
    }

    @Override
    public void close() {
        database.close();
    }

    private static String resource(String name) {
        try (InputStream in = RefundDesk.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
