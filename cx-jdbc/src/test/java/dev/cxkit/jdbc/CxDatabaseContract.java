package dev.cxkit.jdbc;

import static dev.cxkit.jdbc.Grants.NOW;
import static dev.cxkit.jdbc.Grants.eur;
import static dev.cxkit.jdbc.Grants.policy;
import static dev.cxkit.jdbc.Grants.refund;
import static dev.cxkit.jdbc.Grants.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cxkit.core.Action;
import dev.cxkit.core.AgentId;
import dev.cxkit.core.CustomerId;
import dev.cxkit.core.InteractionId;
import dev.cxkit.core.MistakeCode;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import dev.cxkit.core.TeamId;
import dev.cxkit.rules.Allowed;
import dev.cxkit.rules.ApproverRole;
import dev.cxkit.rules.CapKind;
import dev.cxkit.rules.Decision;
import dev.cxkit.rules.DecisionRequest;
import dev.cxkit.rules.Denied;
import dev.cxkit.rules.Headroom;
import dev.cxkit.rules.NeedsApproval;
import dev.cxkit.rules.PolicyEngine;
import dev.cxkit.rules.PolicySource;
import dev.cxkit.audit.AuditFinding;
import dev.cxkit.audit.Severity;
import dev.cxkit.test.MutableInstantSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every database behind {@link CxDatabase} must show, run against embedded H2
 * ({@link H2DatabaseTest}) and a real PostgreSQL server ({@link PostgresDatabaseTest}). Each test
 * gets a new, empty database from {@link #open()}.
 */
abstract class CxDatabaseContract {

    private static final int THREADS = 4;

    /** The database's clock, and so the engine's: "now" for every decision; a test moves it by hand. */
    final MutableInstantSource clock = MutableInstantSource.of(NOW);

    /** A new, empty, migrated database for this test on {@link #clock}; the same one on every call within a test. */
    abstract CxDatabase open();

    /** Ends the database abruptly, as a killed process would: open transactions die, nothing is flushed. */
    abstract void crash(CxDatabase db) throws Exception;

    @Test
    void keepsGrantsAndDecisionsAcrossARestart() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            for (String[] grant : new String[][] {{"r-1", "50.00"}, {"r-2", "50.00"}, {"r-3", "40.00"}}) {
                assertThat(db.grants().decideAndRecord(engine, refund(grant[0], "c-1", grant[1])))
                        .isInstanceOf(Allowed.class);
            }
        }
        try (CxDatabase db = open()) {
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("140.00"));
            assertThat(db.decisions().find(DecisionQuery.builder().requestId("r-1").build()).items()).hasSize(1);
            // 140.00 remembered + 20.00 = 160.00 > the 150.00 cap (Grants.MATRIX); an empty ledger would allow it.
            Decision after = db.grants().decideAndRecord(db.policyEngine(policy()), refund("r-4", "c-1", "20.00"));
            assertThat(after).isInstanceOfSatisfying(NeedsApproval.class,
                    n -> assertThat(n.reason()).contains("160.00 EUR", "150.00 EUR"));
        }
    }

    @Test
    void keepsTheNewestSavedPolicyAcrossARestart() {
        List<PolicySource> first = List.of(PolicySource.authorityMatrix("authority.csv", "a"));
        List<PolicySource> second = List.of(PolicySource.authorityMatrix("authority.csv", "b"),
                new PolicySource("vip.drl", PolicySource.Kind.DRL, "rule \"x\" when then end"));
        try (CxDatabase db = open()) {
            assertThat(db.policies().latest()).isEmpty();
            db.policies().save(first, "sha256:1", "sha256:0");
            db.policies().save(second, "sha256:2", "sha256:0");
        }
        try (CxDatabase db = open()) {
            assertThat(db.policies().latest()).get().satisfies(saved -> {
                assertThat(saved.version()).isEqualTo("sha256:2");
                assertThat(saved.startedFrom()).isEqualTo("sha256:0");
                assertThat(saved.sources()).isEqualTo(second);
            });
        }
    }

    @Test
    void concurrentGrantsNeverTogetherExceedTheCustomerCap() throws Exception {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            // 40 refunds of 10.00 for c-1 from 4 threads (a different agent each; refunds have no agent cap).
            // The cap is 150.00, so exactly 15 are allowed and 25 need approval, whatever the interleaving.
            List<Decision> decisions = concurrently(40, i -> db.grants().decideAndRecord(engine,
                    request("r-" + i, "c-1", "a-" + (i % THREADS), Action.REFUND, eur("10.00"), NOW)));

            assertThat(decisions).filteredOn(d -> d instanceof Allowed).hasSize(15);
            assertThat(decisions).filteredOn(d -> d instanceof NeedsApproval).hasSize(25);
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("150.00"));
            assertThat(db.decisions().find(DecisionQuery.builder().customer(CustomerId.of("c-1")).build()).items())
                    .hasSize(40).allMatch(LoggedDecision::viaLedger);
        }
    }

    @Test
    void concurrentGrantsNeverTogetherExceedTheAgentCap() throws Exception {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            // Agent a-1 credits 20.00 to 20 different customers from 4 threads. Each customer stays under
            // the 60.00 customer cap, but the agent cap is 100.00: exactly 5 are allowed.
            List<Decision> decisions = concurrently(20, i -> db.grants().decideAndRecord(engine,
                    request("r-" + i, "c-" + i, "a-1", Action.CREDIT, eur("20.00"), NOW)));

            assertThat(decisions).filteredOn(d -> d instanceof Allowed).hasSize(5);
            assertThat(db.grants().grantedByAgent(AgentId.of("a-1"), Action.CREDIT, eur("0").currency(),
                    NOW.minus(Duration.ofDays(7)), NOW)).isEqualTo(eur("100.00"));
        }
    }

    @Test
    void aRetriedRequestIdCountsOnceAndGetsTheFirstDecision() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            Decision first = db.grants().decideAndRecord(engine, refund("r-1", "c-1", "50.00"));
            Decision retry = db.grants().decideAndRecord(engine, refund("r-1", "c-1", "50.00"));

            assertThat(retry).isEqualTo(first).isInstanceOf(Allowed.class);
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("50.00"));
            assertThat(db.decisions().find(DecisionQuery.builder().requestId("r-1").build()).items()).hasSize(1);
        }
    }

    @Test
    void concurrentRetriesOfOneRequestIdCountOnce() throws Exception {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            List<Decision> decisions = concurrently(12, i -> db.grants().decideAndRecord(engine,
                    refund("r-same", "c-1", "30.00")));

            assertThat(decisions).hasSize(12).containsOnly(decisions.get(0));
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("30.00"));
        }
    }

    @Test
    void aFirstDecisionThatNeededApprovalIsReturnedAgainOnRetry() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            Decision first = db.grants().decideAndRecord(engine, refund("r-1", "c-1", "120.00"));
            Decision retry = db.grants().decideAndRecord(engine, refund("r-1", "c-1", "120.00"));

            assertThat(first).isInstanceOf(NeedsApproval.class);
            assertThat(retry).isEqualTo(first);
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("0.00"));
        }
    }

    @Test
    void rejectsARequestIdReusedForADifferentGrant() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            db.grants().decideAndRecord(engine, refund("r-1", "c-1", "10.00"));

            assertThatThrownBy(() -> db.grants().decideAndRecord(engine, refund("r-1", "c-1", "20.00")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("r-1")
                    .hasMessageContaining("REFUND of 10.00 EUR")
                    .hasMessageContaining("REFUND of 20.00 EUR")
                    .hasMessageContaining("Maybe");
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("10.00"));
        }
    }

    @Test
    void rejectsRequestsThatStateTheirOwnGrantedAmounts() {
        try (CxDatabase db = open()) {
            DecisionRequest stated = refund("r-1", "c-1", "10.00").toBuilder().grantedToCustomer(eur("0.00")).build();

            assertThatThrownBy(() -> db.grants().decideAndRecord(db.policyEngine(policy()), stated))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("customer 0.00 EUR")
                    .hasMessageContaining("Maybe leave them null");
        }
    }

    @Test
    void anApprovedGrantRecordedLaterCountsTowardTheCap() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            assertThat(db.grants().decideAndRecord(engine, refund("r-1", "c-1", "120.00")))
                    .isInstanceOf(NeedsApproval.class);
            assertThat(db.grants().record(AgentId.of("a-1"), CustomerId.of("c-1"), Action.REFUND, eur("120.00"),
                    NOW, "r-1")).isTrue();
            assertThat(db.grants().record(AgentId.of("a-1"), CustomerId.of("c-1"), Action.REFUND, eur("120.00"),
                    NOW, "r-1")).as("the same approval recorded twice").isFalse();

            // 120 + 40 = 160 > 150: the cap now needs approval where 40 alone would be allowed.
            assertThat(db.grants().decideAndRecord(engine, refund("r-2", "c-1", "40.00")))
                    .isInstanceOf(NeedsApproval.class);
            assertThat(customerTotal(db, "c-1")).isEqualTo(eur("120.00"));
        }
    }

    @Test
    void backAndForwardDatedRequestsCannotBuyPastTheCap() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            // The attack of issue 25: three 50.00 refunds spend the 150.00/P30D cap, then requests dated
            // before and after the window. Before the fix six back-dated and three forward-dated ones were
            // allowed: 600.00 against 150.00.
            for (int i = 0; i < 3; i++) {
                assertThat(db.grants().decideAndRecord(engine, request("r-" + i, "c-1", "a-1", Action.REFUND,
                        eur("50.00"), NOW))).isInstanceOf(Allowed.class);
            }
            List<Duration> shifts = List.of(Duration.ofDays(-31), Duration.ofDays(-62), Duration.ofDays(-93),
                    Duration.ofDays(-124), Duration.ofDays(-155), Duration.ofDays(-186), Duration.ofDays(31),
                    Duration.ofDays(62), Duration.ofDays(93));
            for (int i = 0; i < shifts.size(); i++) {
                DecisionRequest dated = request("d-" + i, "c-1", "a-1", Action.REFUND, eur("50.00"),
                        NOW.plus(shifts.get(i)));
                assertThatThrownBy(() -> db.grants().decideAndRecord(engine, dated))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("engine's clock (" + NOW + ")");
            }
            // Within the tolerance (5 minutes either way) the request is decided at the server's instant.
            assertThat(db.grants().decideAndRecord(engine, request("late", "c-1", "a-1", Action.REFUND, eur("50.00"),
                    NOW.minus(Duration.ofMinutes(5))))).isInstanceOf(NeedsApproval.class);
            assertThat(db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, eur("0").currency(),
                    Instant.EPOCH, NOW.plus(Duration.ofDays(400)))).isEqualTo(eur("150.00"));
            assertThat(db.decisions().find(DecisionQuery.builder().customer(CustomerId.of("c-1")).build()).items())
                    .extracting(l -> l.request().at()).containsOnly(NOW);

            // The window moves with the server's clock alone: 30 days on, the first grants have left it.
            clock.set(NOW.plus(Duration.ofDays(30)));
            assertThat(db.grants().decideAndRecord(engine, request("r-later", "c-1", "a-1", Action.REFUND,
                    eur("50.00"), NOW.plus(Duration.ofDays(30))))).isInstanceOf(Allowed.class);
        }
    }

    @Test
    void theWindowExcludesItsStartAndIncludesItsEnd() {
        try (CxDatabase db = open()) {
            Instant after = NOW.minus(Duration.ofDays(30));
            record(db, "1.00", after);                                // on the start: out
            record(db, "2.00", after.plus(1, ChronoUnit.MICROS));     // just after the start: in
            record(db, "4.00", NOW);                                  // on the end: in
            record(db, "8.00", NOW.plus(1, ChronoUnit.MICROS));       // just after the end: out

            assertThat(db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, eur("0").currency(), after,
                    NOW)).isEqualTo(eur("6.00"));
            assertThat(db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.CREDIT, eur("0").currency(), after,
                    NOW)).as("another action").isEqualTo(eur("0.00"));
            assertThat(db.grants().grantedToCustomer(CustomerId.of("c-1"), Action.REFUND, Money.currency("USD"), after,
                    NOW)).as("another currency").isEqualTo(Money.of("0", "USD"));
        }
    }

    @Test
    void aDiscountIsLoggedButNotRecordedAsAGrant() {
        try (CxDatabase db = open()) {
            DecisionRequest discount = request("r-1", "c-1", "a-1", Action.DISCOUNT, Percent.parse("12.5%"), NOW);
            Decision d = db.grants().decideAndRecord(db.policyEngine(policy()), discount);

            assertThat(d).isInstanceOf(NeedsApproval.class);
            assertThat(db.decisions().find(DecisionQuery.builder().requestId("r-1").build()).items())
                    .singleElement().satisfies(logged -> assertThat(logged.request()).isEqualTo(discount));
        }
    }

    @Test
    void logsEngineDecisionsExactlyAsTheyWereAskedAndAnswered() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            DecisionRequest allowed = refund("q-1", "c-1", "30.00").toBuilder().flag("hasOpenComplaint", true)
                    .flag("isFirstContact", false).build();
            DecisionRequest approval = refund(null, "c-1", "30.00").toBuilder().grantedToCustomer(eur("140.00"))
                    .at(NOW.plusNanos(123_456_789)).build();
            DecisionRequest denied = request("q-3", "c-2", "a-1", Action.FEE_WAIVER, eur("5.00"), NOW);

            Decision a = engine.decide(allowed);
            clock.set(approval.at());
            Decision n = engine.decide(approval);
            clock.set(NOW);
            Decision d = engine.decide(denied);

            // Headroom by hand: 50.00 - 30.00 per request, 150.00 - 30.00 under the customer cap.
            assertThat(a).isEqualTo(new Allowed(List.of(new Headroom("refund-t1", CapKind.PER_REQUEST, eur("20.00")),
                    new Headroom("refund-t1", CapKind.CUSTOMER_PERIOD, eur("120.00"))), List.of("refund-t1"), "test-v1"));
            assertThat(n).isInstanceOfSatisfying(NeedsApproval.class,
                    x -> assertThat(x.approverRole()).isEqualTo(ApproverRole.TEAM_LEAD));
            assertThat(d).isInstanceOf(Denied.class);
            List<LoggedDecision> logged = db.decisions().find(DecisionQuery.builder().build()).items();
            assertThat(logged).extracting(LoggedDecision::decision).containsExactly(a, n, d);
            assertThat(logged).extracting(LoggedDecision::request).containsExactly(allowed,
                    approval.toBuilder().at(approval.at().truncatedTo(ChronoUnit.MICROS)).build(), denied);
            assertThat(logged).noneMatch(LoggedDecision::viaLedger);
        }
    }

    @Test
    void findsDecisionsByCustomerAgentRuleAndTime() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            engine.decide(request("d-1", "c-1", "a-1", Action.REFUND, eur("10.00"), NOW));
            clock.set(NOW.plusSeconds(60));
            engine.decide(request("d-2", "c-1", "a-2", Action.CREDIT, eur("10.00"), NOW.plusSeconds(60)));
            clock.set(NOW.plusSeconds(120));
            engine.decide(request("d-3", "c-2", "a-1", Action.REFUND, eur("10.00"), NOW.plusSeconds(120)));
            clock.set(NOW.plusSeconds(180));
            engine.decide(request("d-4", "c-2", "a-2", Action.DISCOUNT, Percent.parse("5%"), NOW.plusSeconds(180)));

            assertThat(ids(db, DecisionQuery.builder().customer(CustomerId.of("c-1")))).containsExactly("d-1", "d-2");
            assertThat(ids(db, DecisionQuery.builder().agent(AgentId.of("a-1")))).containsExactly("d-1", "d-3");
            assertThat(ids(db, DecisionQuery.builder().ruleId("refund-t1"))).containsExactly("d-1", "d-3");
            assertThat(ids(db, DecisionQuery.builder().between(NOW.plusSeconds(60), NOW.plusSeconds(180))))
                    .as("from inclusive, to exclusive").containsExactly("d-2", "d-3");
            assertThat(ids(db, DecisionQuery.builder().agent(AgentId.of("a-2")).ruleId("discount-t1")))
                    .containsExactly("d-4");
            assertThat(ids(db, DecisionQuery.builder().customer(CustomerId.of("c-9")))).isEmpty();
        }
    }

    @Test
    void pagesThroughDecisionsWithoutGapsOrRepeats() {
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            for (int i = 0; i < 7; i++) {
                clock.set(NOW.plusSeconds(i));
                engine.decide(request("p-" + i, "c-1", "a-1", Action.REFUND, eur("1.00"), NOW.plusSeconds(i)));
            }
            List<String> seen = new ArrayList<>();
            DecisionQuery query = DecisionQuery.builder().customer(CustomerId.of("c-1")).limit(3).build();
            List<Integer> sizes = new ArrayList<>();
            while (true) {
                Page<LoggedDecision> page = db.decisions().find(query);
                sizes.add(page.items().size());
                page.items().forEach(l -> seen.add(l.request().requestId()));
                if (!page.hasMore()) {
                    break;
                }
                query = query.toBuilder().after(page.next()).build();
            }
            assertThat(sizes).containsExactly(3, 3, 1);
            assertThat(seen).containsExactly("p-0", "p-1", "p-2", "p-3", "p-4", "p-5", "p-6");
        }
    }

    @Test
    void everyAnsweredDecisionIsInTheLogAfterACrash() throws Exception {
        Map<String, Decision> answered = new ConcurrentHashMap<>();
        try (CxDatabase db = open()) {
            PolicyEngine engine = db.policyEngine(policy());
            CountDownLatch enough = new CountDownLatch(60);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService workers = Executors.newFixedThreadPool(3);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                int thread = t;
                results.add(workers.submit(() -> {
                    int i = 0;
                    for (; !stop.get(); i++) {
                        String id = "k-" + thread + "-" + i;
                        DecisionRequest r = request(id, "c-" + (i % 5), "a-" + thread, Action.REFUND, eur("10.00"), NOW);
                        Decision d;
                        try {
                            d = db.grants().decideAndRecord(engine, r);
                        } catch (CxStorageException e) {
                            if (stop.get()) {
                                break; // the crash interrupted this grant: it was never answered
                            }
                            throw e;
                        }
                        answered.put(id, d);
                        enough.countDown();
                    }
                    return i;
                }));
            }
            assertThat(enough.await(5, TimeUnit.MINUTES)).as("60 grants answered before the crash").isTrue();
            stop.set(true);
            crash(db);
            for (Future<Integer> f : results) {
                f.get();
            }
            workers.shutdown();
        }
        try (CxDatabase db = open()) {
            for (Map.Entry<String, Decision> e : answered.entrySet()) {
                assertThat(db.decisions().find(DecisionQuery.builder().requestId(e.getKey()).build()).items())
                        .as("decision %s", e.getKey()).singleElement()
                        .satisfies(l -> assertThat(l.decision()).isEqualTo(e.getValue()));
            }
            // No grant without its allowed decision and the other way round, and no cap exceeded.
            for (int c = 0; c < 5; c++) {
                String customer = "c-" + c;
                long allowed = 0;
                Page<LoggedDecision> page = db.decisions().find(DecisionQuery.builder().customer(CustomerId.of(customer))
                        .limit(DecisionQuery.MAX_LIMIT).build());
                assertThat(page.hasMore()).isFalse();
                for (LoggedDecision l : page.items()) {
                    allowed += l.decision() instanceof Allowed ? 1 : 0;
                }
                assertThat(customerTotal(db, customer)).isEqualTo(eur("10.00").times(allowed))
                        .isLessThanOrEqualTo(eur("150.00"));
            }
        }
    }

    @Test
    void storesAFindingBatchAndFindsItByCodeAgentTeamAndTime() {
        try (CxDatabase db = open()) {
            AuditFinding hold = finding(MistakeCode.HOLD_OVER_STATED, "a-1", "t-1", NOW);
            AuditFinding cold = finding(MistakeCode.COLD_TRANSFER, "a-2", "t-1", NOW.plusSeconds(60));
            AuditFinding spike = new AuditFinding(MistakeCode.CONTACT_REASON_SPIKE, Severity.LOW, "reason-spike",
                    NOW.plusSeconds(120), null, null, null, null, Map.of("reason", "billing.double-charge"),
                    "count > 2 × baseline", "Look at what changed in billing.");

            assertThat(db.findings().storeAll(List.of(hold, cold, spike))).isEqualTo(3);

            assertThat(find(db, FindingQuery.builder().code(MistakeCode.COLD_TRANSFER))).containsExactly(cold);
            assertThat(find(db, FindingQuery.builder().agent(AgentId.of("a-1")))).containsExactly(hold);
            assertThat(find(db, FindingQuery.builder().team(TeamId.of("t-1")))).containsExactly(hold, cold);
            assertThat(find(db, FindingQuery.builder().between(NOW.plusSeconds(60), null))).containsExactly(cold, spike);
            assertThat(find(db, FindingQuery.builder())).containsExactly(hold, cold, spike);
            assertThat(find(db, FindingQuery.builder().code(MistakeCode.HOLD_OVER_STATED)).get(0).evidence().keySet())
                    .as("evidence keeps its order").containsExactly("stated", "actual", "holdFrom");
        }
    }

    @Test
    void storingTheSameFindingsAgainAddsNothing() {
        try (CxDatabase db = open()) {
            AuditFinding hold = finding(MistakeCode.HOLD_OVER_STATED, "a-1", "t-1", NOW);
            AuditFinding later = finding(MistakeCode.HOLD_OVER_STATED, "a-1", "t-1", NOW.plusSeconds(1));

            assertThat(db.findings().storeAll(List.of(hold))).isEqualTo(1);
            assertThat(db.findings().storeAll(List.of(hold, later))).isEqualTo(1);
            assertThat(find(db, FindingQuery.builder())).containsExactly(hold, later);
        }
    }

    private static AuditFinding finding(MistakeCode code, String agent, String team, Instant at) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("stated", "PT30S");
        evidence.put("actual", "PT2M4S");
        evidence.put("holdFrom", at.toString());
        return new AuditFinding(code, Severity.MEDIUM, "hold-over-stated", at, InteractionId.of("i-" + at.getEpochSecond()),
                null, AgentId.of(agent), TeamId.of(team), evidence, "actual > stated × 1.5", "Give a realistic wait.");
    }

    private static List<AuditFinding> find(CxDatabase db, FindingQuery.Builder query) {
        return db.findings().find(query.build()).items();
    }

    private static List<String> ids(CxDatabase db, DecisionQuery.Builder query) {
        return db.decisions().find(query.build()).items().stream().map(l -> l.request().requestId()).toList();
    }

    private static void record(CxDatabase db, String amount, Instant at) {
        db.grants().record(AgentId.of("a-1"), CustomerId.of("c-1"), Action.REFUND, eur(amount), at, null);
    }

    private static Money customerTotal(CxDatabase db, String customer) {
        return db.grants().grantedToCustomer(CustomerId.of(customer), Action.REFUND, eur("0").currency(),
                NOW.minus(Duration.ofDays(30)), NOW);
    }

    /** Runs {@code count} tasks on {@link #THREADS} threads, all released at once; returns results in task order. */
    private static <T> List<T> concurrently(int count, IntTask<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(() -> {
                    start.await();
                    return task.run(n);
                });
            }
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return Collections.unmodifiableList(results);
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    interface IntTask<T> {
        T run(int i);
    }
}
