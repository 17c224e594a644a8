package dev.cxkit.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collector;

import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactWeek;
import dev.cxkit.kpi.internal.GroupedOutcomes;
import org.jspecify.annotations.Nullable;

/**
 * Many KPIs over one pass of interactions, overall and per group of dimensions (channel, team,
 * tier, agent, reason, hour of day, day, week), without rewriting any KPI: each group holds its own accumulators,
 * created from the factories given to the builder.
 *
 * <pre>{@code
 * KpiSet set = KpiSet.builder()
 *         .add("fcr", () -> FirstContactResolution.create())
 *         .add("repeat", () -> RepeatContactRate.create())
 *         .groupBy(Dimension.CHANNEL, Dimension.TEAM)   // one group per (channel, team)
 *         .groupBy(Dimension.WEEK)                      // and, separately, one per week
 *         .build();
 * interactions.forEach(set);
 * List<GroupedKpiValue> values = set.combine(otherShard).results();
 * }</pre>
 *
 * <p>Each {@link Builder#groupBy} call adds a <em>grouping</em> (like an SQL grouping set): one group
 * per distinct combination of its dimensions' values. The overall group (no tags) is always there.
 * An interaction is fed to the overall group and to exactly one group of each grouping.
 *
 * <p><b>KPIs that look at other contacts.</b> Whether a first contact was resolved depends on
 * whether the customer came back, and the customer may come back on another channel or reach
 * another team. For {@link FirstContactResolution} (repeat-window and ticket variants) and
 * {@link RepeatContactRate} the set therefore detects repeats (and a case's further contacts) across
 * <em>all</em> contacts of a grouping, and the group only decides where an outcome is counted: a
 * first contact's outcome in the first contact's group, a repeat in the repeat's group. A repeat by
 * chat after a phone call lowers the phone group's FCR. These KPIs keep one store per grouping
 * (8–12 bytes per contact) instead of one per group. Every other KPI sees only its group's contacts.
 * A repeat-contact rate with the same repeat window and scope as a repeat-window FCR of the set
 * reads that FCR's store instead of keeping its own (its counts are the same contacts), which halves
 * the memory and time of the two in the standard set.
 *
 * <p>Cost per interaction: the accumulators' own {@code accept}, plus per grouping one hash lookup
 * per dimension on a tag string the interaction already holds (enum names, id strings; the week
 * and day labels are cached per week and day), walking a small tree of maps rather than building a tuple key. The set
 * itself allocates nothing per interaction except when a new group appears; without groupings it is
 * a loop over the accumulators.
 *
 * <p>{@link #combine} merges groups with equal tags and copies groups present only in the other set,
 * so shards can be split any way. Not thread-safe: use one per thread (or {@link Builder#collector()}
 * on a parallel stream) and combine them.
 */
public final class KpiSet implements Consumer<Interaction> {

    private interface TagOf {
        String of(Interaction interaction);
    }

    private static final class Node {
        private @Nullable HashMap<String, Node> children;
        private KpiAccumulator<Interaction, ?> @Nullable [] accumulators;
        /** The group's index in its grouping, once it is a group. */
        private int index = -1;

        Node child(String tag) {
            HashMap<String, Node> map = children;
            if (map == null) {
                map = new HashMap<>();
                children = map;
            }
            Node child = map.get(tag);
            if (child == null) {
                child = new Node();
                map.put(tag, child);
            }
            return child;
        }
    }

    private static final class Grouping {
        private final List<Dimension> dimensions;
        private final TagOf[] tags;
        private final Node root = new Node();
        /** The tag values of each group, by index. */
        private final List<List<String>> paths = new ArrayList<>();
        /** Per KPI: the outcomes found across this grouping's groups, or null for a per-group KPI. */
        private final @Nullable GroupedOutcomes[] shared;

        Grouping(List<Dimension> dimensions, @Nullable GroupedOutcomes[] shared) {
            this.dimensions = dimensions;
            this.shared = shared;
            this.tags = new TagOf[dimensions.size()];
            for (int i = 0; i < tags.length; i++) {
                Dimension dimension = dimensions.get(i);
                // Named classes, not lambdas: a set must survive serialisers that copy fields (Flink's Kryo).
                if (dimension instanceof Dimension.Week week) {
                    tags[i] = new WeekLabels(new ContactWeek(week.zone()));
                } else if (dimension instanceof Dimension.Day day) {
                    tags[i] = new DayLabels(day);
                } else {
                    tags[i] = new FieldTag(dimension);
                }
            }
        }
    }

    /** The tag of a dimension read straight from the interaction. */
    private record FieldTag(Dimension dimension) implements TagOf {
        @Override
        public String of(Interaction interaction) {
            return dimension.valueOf(interaction);
        }
    }

    /** The week label, cached per week by {@link ContactWeek}. */
    private record WeekLabels(ContactWeek weeks) implements TagOf {
        @Override
        public String of(Interaction interaction) {
            return weeks.labelOf(interaction.queuedAt());
        }
    }

    /** The day label of the last day seen, so that a run of contacts on one day builds one string. */
    private static final class DayLabels implements TagOf {
        private final Dimension.Day day;
        private final java.time.zone.ZoneRules rules;
        private long lastDay = Long.MIN_VALUE;
        private String lastLabel = "";

        DayLabels(Dimension.Day day) {
            this.day = day;
            this.rules = day.zone().getRules();
        }

        @Override
        public String of(Interaction interaction) {
            Instant at = interaction.queuedAt();
            long local = Math.floorDiv(at.getEpochSecond() + rules.getOffset(at).getTotalSeconds(), 86_400L);
            if (local != lastDay) {
                lastLabel = day.valueOf(interaction);
                lastDay = local;
            }
            return lastLabel;
        }
    }

    private final List<String> names;
    private final List<Supplier<? extends KpiAccumulator<Interaction, ?>>> factories;
    private final List<List<Dimension>> groupingDimensions;
    private final KpiAccumulator<Interaction, ?>[] overall;
    /** Per KPI: whether its groups are judged across all contacts (see the class description). */
    private final boolean[] acrossGroups;
    /**
     * Per KPI: the index of the repeat-window FCR whose contact store this repeat-contact rate reads,
     * or -1 when it keeps its own. A KPI that reads another's store is not fed.
     */
    private final int[] countsFrom;
    private final Grouping[] groupings;

    private KpiSet(List<String> names, List<Supplier<? extends KpiAccumulator<Interaction, ?>>> factories,
            List<List<Dimension>> groupingDimensions) {
        this.names = names;
        this.factories = factories;
        this.groupingDimensions = groupingDimensions;
        this.acrossGroups = new boolean[factories.size()];
        this.overall = newAccumulators(null);
        for (int i = 0; i < overall.length; i++) {
            acrossGroups[i] = newGroupedOutcomes(overall[i]) != null;
        }
        this.countsFrom = countsFrom(overall);
        this.groupings = new Grouping[groupingDimensions.size()];
        for (int i = 0; i < groupings.length; i++) {
            @Nullable GroupedOutcomes[] shared = new GroupedOutcomes[overall.length];
            for (int k = 0; k < shared.length; k++) {
                shared[k] = acrossGroups[k] && countsFrom[k] < 0 ? newGroupedOutcomes(overall[k]) : null;
            }
            groupings[i] = new Grouping(groupingDimensions.get(i), shared);
        }
    }

    /** Per KPI, the repeat-window FCR with the same window and scope a repeat-contact rate can read, or -1. */
    private static int[] countsFrom(KpiAccumulator<Interaction, ?>[] overall) {
        int[] from = new int[overall.length];
        Arrays.fill(from, -1);
        for (int k = 0; k < overall.length; k++) {
            if (overall[k] instanceof RepeatContactRate repeat) {
                for (int j = 0; j < overall.length; j++) {
                    if (overall[j] instanceof FirstContactResolution fcr && fcr.variant().equals(repeat.variant())) {
                        from[k] = j;
                        break;
                    }
                }
            }
        }
        return from;
    }

    private static @Nullable GroupedOutcomes newGroupedOutcomes(KpiAccumulator<Interaction, ?> accumulator) {
        if (accumulator instanceof FirstContactResolution fcr) {
            return fcr.newGroupedOutcomes();
        }
        if (accumulator instanceof RepeatContactRate repeat) {
            return repeat.newGroupedOutcomes();
        }
        return null;
    }

    /**
     * Starts a builder.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An empty set with the same KPIs and groupings, for another shard or thread.
     *
     * @return a new, empty set
     */
    public KpiSet newEmpty() {
        return new KpiSet(names, factories, groupingDimensions);
    }

    /** New accumulators, leaving out (null) those judged across groups when {@code skip} is given. */
    @SuppressWarnings("unchecked")
    private KpiAccumulator<Interaction, ?>[] newAccumulators(boolean @Nullable [] skip) {
        KpiAccumulator<Interaction, ?>[] result = (KpiAccumulator<Interaction, ?>[]) new KpiAccumulator<?, ?>[factories.size()];
        for (int i = 0; i < result.length; i++) {
            if (skip == null || !skip[i]) {
                result[i] = Checks.notNull(factories.get(i).get(), "accumulator created for " + names.get(i));
            }
        }
        return result;
    }

    private KpiAccumulator<Interaction, ?>[] newGroupAccumulators() {
        return newAccumulators(acrossGroups);
    }

    /**
     * Feeds one interaction to the overall group and to its group in each grouping.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        for (int k = 0; k < overall.length; k++) {
            if (countsFrom[k] < 0) {
                overall[k].accept(interaction);
            }
        }
        for (Grouping grouping : groupings) {
            Node node = grouping.root;
            for (TagOf tag : grouping.tags) {
                node = node.child(tag.of(interaction));
            }
            KpiAccumulator<Interaction, ?>[] accumulators = node.accumulators;
            if (accumulators == null) {
                List<String> path = new ArrayList<>(grouping.tags.length);
                for (TagOf tag : grouping.tags) {
                    path.add(tag.of(interaction));
                }
                accumulators = makeGroup(grouping, node, path);
            }
            for (KpiAccumulator<Interaction, ?> accumulator : accumulators) {
                if (accumulator != null) {
                    accumulator.accept(interaction);
                }
            }
            for (GroupedOutcomes shared : grouping.shared) {
                if (shared != null) {
                    shared.accept(interaction, node.index);
                }
            }
        }
    }

    private KpiAccumulator<Interaction, ?>[] makeGroup(Grouping grouping, Node node, List<String> path) {
        KpiAccumulator<Interaction, ?>[] accumulators = newGroupAccumulators();
        node.accumulators = accumulators;
        node.index = grouping.paths.size();
        grouping.paths.add(List.copyOf(path));
        return accumulators;
    }

    /**
     * Merges another set with the same KPIs and groupings into this one: groups with equal tags are
     * combined, groups only the other has are copied.
     *
     * @param other the other set; left unchanged (it may be this set)
     * @return this set
     * @throws IllegalArgumentException if the KPI names or the groupings differ, or an accumulator
     *         rejects the other's (different variant)
     */
    public KpiSet combine(KpiSet other) {
        Checks.notNull(other, "other");
        if (!names.equals(other.names) || !groupingDimensions.equals(other.groupingDimensions)) {
            throw new IllegalArgumentException("Cannot combine a KPI set of " + names + " grouped by "
                    + groupingDimensions + " with one of " + other.names + " grouped by " + other.groupingDimensions
                    + ".\nMaybe the shards were built by different builders?");
        }
        combineInto(overall, other.overall);
        for (int i = 0; i < groupings.length; i++) {
            Grouping mine = groupings[i];
            Grouping theirs = other.groupings[i];
            int[] remap = new int[theirs.paths.size()];
            merge(mine, mine.root, theirs.root, new ArrayList<>(), remap);
            for (int k = 0; k < mine.shared.length; k++) {
                GroupedOutcomes target = mine.shared[k];
                GroupedOutcomes source = theirs.shared[k];
                if (target != null && source != null) {
                    target.combine(source, remap);
                }
            }
        }
        return this;
    }

    private void merge(Grouping grouping, Node target, Node source, List<String> path, int[] remap) {
        KpiAccumulator<Interaction, ?>[] sourceAccumulators = source.accumulators;
        if (sourceAccumulators != null) {
            KpiAccumulator<Interaction, ?>[] targetAccumulators = target.accumulators;
            if (targetAccumulators == null) {
                targetAccumulators = makeGroup(grouping, target, path);
            }
            combineInto(targetAccumulators, sourceAccumulators);
            remap[source.index] = target.index;
        }
        HashMap<String, Node> children = source.children;
        if (children != null) {
            for (Map.Entry<String, Node> entry : new ArrayList<>(children.entrySet())) {
                path.add(entry.getKey());
                merge(grouping, target.child(entry.getKey()), entry.getValue(), path, remap);
                path.remove(path.size() - 1);
            }
        }
    }

    private void combineInto(KpiAccumulator<Interaction, ?>[] target, KpiAccumulator<Interaction, ?>[] source) {
        for (int i = 0; i < target.length; i++) {
            if (target[i] != null && source[i] != null) {
                target[i] = combineOne(target[i], source[i], names.get(i));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static KpiAccumulator<Interaction, ?> combineOne(KpiAccumulator<Interaction, ?> target,
            KpiAccumulator<Interaction, ?> source, String name) {
        if (target.getClass() != source.getClass()) {
            throw new IllegalArgumentException("Cannot combine KPI " + name + ": " + target.getClass().getName()
                    + " with " + source.getClass().getName() + ".");
        }
        KpiAccumulator raw = target;
        return (KpiAccumulator<Interaction, ?>) raw.combine((KpiAccumulator) source);
    }

    /**
     * The values of every KPI in every group: first the overall group, then each grouping in the
     * order it was added, its groups sorted by tag values (in the grouping's dimension order); within
     * a group the KPIs in the order they were added. Computing results does not consume anything.
     *
     * @return the values; for empty input only the overall group, with empty values
     */
    public List<GroupedKpiValue> results() {
        return results(ResultContext.NONE);
    }

    /** The results with an observation end and an as-of instant for the KPIs that take them. */
    List<GroupedKpiValue> results(ResultContext context) {
        List<GroupedKpiValue> result = new ArrayList<>();
        addOverall(result, context);
        for (Grouping grouping : groupings) {
            int groupCount = grouping.paths.size();
            Integer[] order = new Integer[groupCount];
            for (int g = 0; g < groupCount; g++) {
                order[g] = g;
            }
            Arrays.sort(order, (a, b) -> compare(grouping.paths.get(a), grouping.paths.get(b)));
            int[] rank = new int[groupCount];
            for (int r = 0; r < groupCount; r++) {
                rank[order[r]] = r;
            }
            FcrCounts[][] across = new FcrCounts[overall.length][];
            for (int k = 0; k < overall.length; k++) {
                GroupedOutcomes shared = grouping.shared[k];
                if (shared != null) {
                    across[k] = shared.countsByGroup(groupCount, rank, context.observedUntil());
                }
            }
            for (int k = 0; k < overall.length; k++) {
                if (countsFrom[k] >= 0) {
                    across[k] = across[countsFrom[k]];
                }
            }
            for (Integer g : order) {
                List<String> path = grouping.paths.get(g);
                Map<String, String> tags = new LinkedHashMap<>();
                for (int i = 0; i < grouping.dimensions.size(); i++) {
                    tags.put(grouping.dimensions.get(i).key(), path.get(i));
                }
                KpiAccumulator<Interaction, ?>[] accumulators = leafOf(grouping, path);
                for (int k = 0; k < overall.length; k++) {
                    if (across[k] != null) {
                        result.add(new GroupedKpiValue(names.get(k), tags,
                                valueAcross(overall[k], across[k][g], context.observedUntil())));
                    } else {
                        addValues(result, names.get(k), tags, accumulators[k], context);
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** The overall group's values only, with an observation end and an as-of instant for the KPIs that take them. */
    List<GroupedKpiValue> overallResults(ResultContext context) {
        List<GroupedKpiValue> result = new ArrayList<>();
        addOverall(result, context);
        return result;
    }

    /** The overall group's accumulator of a KPI, for {@link StandardKpis}' counts. */
    KpiAccumulator<Interaction, ?> overallAccumulator(String name) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("There is no KPI (" + name + ") in this set; it has " + names + ".");
        }
        return overall[index];
    }

    private void addOverall(List<GroupedKpiValue> result, ResultContext context) {
        Instant end = context.observedUntil();
        for (int k = 0; k < overall.length; k++) {
            KpiAccumulator<Interaction, ?> accumulator = overall[k];
            if (countsFrom[k] >= 0) {
                FirstContactResolution fcr = (FirstContactResolution) overall[countsFrom[k]];
                result.add(new GroupedKpiValue(names.get(k), Map.of(),
                        ((RepeatContactRate) accumulator).valueOf(fcr.counts(end), end)));
            } else if (end != null && accumulator instanceof FirstContactResolution fcr) {
                result.add(new GroupedKpiValue(names.get(k), Map.of(), fcr.result(end)));
            } else if (end != null && accumulator instanceof RepeatContactRate repeat) {
                result.add(new GroupedKpiValue(names.get(k), Map.of(), repeat.result(end)));
            } else {
                addValues(result, names.get(k), Map.of(), accumulator, context);
            }
        }
    }

    private static void addValues(List<GroupedKpiValue> result, String name, Map<String, String> tags,
            KpiAccumulator<Interaction, ?> accumulator, ResultContext context) {
        if (accumulator instanceof MultiValued multi) {
            for (KpiValue value : multi.results(context)) {
                result.add(new GroupedKpiValue(name, tags, value));
            }
        } else {
            result.add(new GroupedKpiValue(name, tags, accumulator.result()));
        }
    }

    private static KpiValue valueAcross(KpiAccumulator<Interaction, ?> prototype, FcrCounts counts,
            @Nullable Instant observedUntil) {
        if (prototype instanceof FirstContactResolution fcr) {
            return fcr.valueOf(counts, observedUntil);
        }
        return ((RepeatContactRate) prototype).valueOf(counts, observedUntil);
    }

    private static KpiAccumulator<Interaction, ?>[] leafOf(Grouping grouping, List<String> path) {
        Node node = grouping.root;
        for (String tag : path) {
            node = java.util.Objects.requireNonNull(java.util.Objects.requireNonNull(node.children).get(tag));
        }
        return java.util.Objects.requireNonNull(node.accumulators);
    }

    /**
     * A KPI that yields several values (several formulas or percentiles of one pass), or whose values
     * depend on when the data is judged. Package-private: the adapters of {@link StandardKpis}.
     */
    interface MultiValued {
        List<KpiValue> results(ResultContext context);
    }

    /**
     * When the data is judged: the observation end for repeat-based KPIs, the as-of instant and the
     * start of the data for promise, feedback and workforce KPIs.
     */
    record ResultContext(@Nullable Instant observedUntil, @Nullable Instant asOf, @Nullable Instant firstQueued) {
        static final ResultContext NONE = new ResultContext(null, null, null);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Collects the KPIs and groupings of a {@link KpiSet}; not thread-safe. */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final List<Supplier<? extends KpiAccumulator<Interaction, ?>>> factories = new ArrayList<>();
        private final List<List<Dimension>> groupings = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a KPI.
         *
         * @param name a unique name for the KPI in this set, for example {@code fcr}
         * @param factory creates an empty accumulator each time it is called, for example
         *        {@code () -> FirstContactResolution.create()}; called once per group
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or already used
         */
        public Builder add(String name, Supplier<? extends KpiAccumulator<Interaction, ?>> factory) {
            Checks.identifier(name, "KPI name");
            Checks.notNull(factory, "factory of " + name);
            if (names.contains(name)) {
                throw new IllegalArgumentException("The KPI name (" + name + ") is already used in this set.\n"
                        + "Maybe add the variant to the name, such as " + name + "-per-customer?");
            }
            names.add(name);
            factories.add(factory);
            return this;
        }

        /**
         * Adds a grouping: one group per distinct combination of these dimensions' values.
         *
         * @param dimensions one or more dimensions with distinct tag keys
         * @return this builder
         * @throws IllegalArgumentException if no dimension is given or two share a tag key
         */
        public Builder groupBy(Dimension... dimensions) {
            Checks.notNull(dimensions, "dimensions");
            if (dimensions.length == 0) {
                throw new IllegalArgumentException("groupBy needs at least one dimension; the overall group is always there.");
            }
            Set<String> keys = new HashSet<>();
            for (Dimension dimension : dimensions) {
                Checks.notNull(dimension, "dimension");
                if (!keys.add(dimension.key())) {
                    throw new IllegalArgumentException("The dimensions " + Arrays.toString(dimensions)
                            + " use the tag key (" + dimension.key() + ") twice.");
                }
            }
            groupings.add(List.of(dimensions));
            return this;
        }

        /**
         * Builds an empty set.
         *
         * @return the set
         * @throws IllegalArgumentException if no KPI was added
         * @throws NullPointerException if a factory returns {@code null}
         */
        public KpiSet build() {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("A KPI set needs at least one KPI.\nMaybe call add(name, factory)?");
            }
            return new KpiSet(List.copyOf(names), List.copyOf(factories), List.copyOf(groupings));
        }

        /**
         * A collector that feeds a stream into sets built from this builder's current state and
         * combines them; usable on parallel streams.
         *
         * @return a collector producing {@link KpiSet#results()}
         * @throws IllegalArgumentException if no KPI was added
         */
        public Collector<Interaction, KpiSet, List<GroupedKpiValue>> collector() {
            KpiSet template = build();
            return Collector.of(template::newEmpty, KpiSet::accept, KpiSet::combine, KpiSet::results,
                    Collector.Characteristics.UNORDERED);
        }
    }
}
