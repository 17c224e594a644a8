package dev.cxkit.kpi;

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
import org.jspecify.annotations.Nullable;

/**
 * Many KPIs over one pass of interactions, overall and per group of dimensions (channel, team,
 * tier, agent, reason, week), without rewriting any KPI: each group holds its own accumulators,
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
 * <p>Cost per interaction: the accumulators' own {@code accept}, plus per grouping one hash lookup
 * per dimension on a tag string the interaction already holds (enum names, id strings; the week
 * label is cached per week), walking a small tree of maps rather than building a tuple key. The set
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

        Grouping(List<Dimension> dimensions) {
            this.dimensions = dimensions;
            this.tags = new TagOf[dimensions.size()];
            for (int i = 0; i < tags.length; i++) {
                Dimension dimension = dimensions.get(i);
                if (dimension instanceof Dimension.Week week) {
                    ContactWeek weeks = new ContactWeek(week.zone());
                    tags[i] = interaction -> weeks.labelOf(interaction.queuedAt());
                } else {
                    tags[i] = dimension::valueOf;
                }
            }
        }
    }

    private final List<String> names;
    private final List<Supplier<? extends KpiAccumulator<Interaction, ?>>> factories;
    private final List<List<Dimension>> groupingDimensions;
    private final KpiAccumulator<Interaction, ?>[] overall;
    private final Grouping[] groupings;

    private KpiSet(List<String> names, List<Supplier<? extends KpiAccumulator<Interaction, ?>>> factories,
            List<List<Dimension>> groupingDimensions) {
        this.names = names;
        this.factories = factories;
        this.groupingDimensions = groupingDimensions;
        this.overall = newAccumulators();
        this.groupings = new Grouping[groupingDimensions.size()];
        for (int i = 0; i < groupings.length; i++) {
            groupings[i] = new Grouping(groupingDimensions.get(i));
        }
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

    @SuppressWarnings("unchecked")
    private KpiAccumulator<Interaction, ?>[] newAccumulators() {
        KpiAccumulator<Interaction, ?>[] result = (KpiAccumulator<Interaction, ?>[]) new KpiAccumulator<?, ?>[factories.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = Checks.notNull(factories.get(i).get(), "accumulator created for " + names.get(i));
        }
        return result;
    }

    /**
     * Feeds one interaction to the overall group and to its group in each grouping.
     *
     * @param interaction the interaction
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        for (KpiAccumulator<Interaction, ?> accumulator : overall) {
            accumulator.accept(interaction);
        }
        for (Grouping grouping : groupings) {
            Node node = grouping.root;
            for (TagOf tag : grouping.tags) {
                node = node.child(tag.of(interaction));
            }
            KpiAccumulator<Interaction, ?>[] accumulators = node.accumulators;
            if (accumulators == null) {
                accumulators = newAccumulators();
                node.accumulators = accumulators;
            }
            for (KpiAccumulator<Interaction, ?> accumulator : accumulators) {
                accumulator.accept(interaction);
            }
        }
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
            merge(groupings[i].root, other.groupings[i].root);
        }
        return this;
    }

    private void merge(Node target, Node source) {
        KpiAccumulator<Interaction, ?>[] sourceAccumulators = source.accumulators;
        if (sourceAccumulators != null) {
            KpiAccumulator<Interaction, ?>[] targetAccumulators = target.accumulators;
            if (targetAccumulators == null) {
                targetAccumulators = newAccumulators();
                target.accumulators = targetAccumulators;
            }
            combineInto(targetAccumulators, sourceAccumulators);
        }
        HashMap<String, Node> children = source.children;
        if (children != null) {
            for (Map.Entry<String, Node> entry : new ArrayList<>(children.entrySet())) {
                merge(target.child(entry.getKey()), entry.getValue());
            }
        }
    }

    private void combineInto(KpiAccumulator<Interaction, ?>[] target, KpiAccumulator<Interaction, ?>[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] = combineOne(target[i], source[i], names.get(i));
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
        List<GroupedKpiValue> result = new ArrayList<>();
        addResults(result, Map.of(), overall);
        for (Grouping grouping : groupings) {
            List<Map.Entry<List<String>, KpiAccumulator<Interaction, ?>[]>> leaves = new ArrayList<>();
            collect(grouping.root, new ArrayList<>(), leaves);
            leaves.sort((a, b) -> compare(a.getKey(), b.getKey()));
            for (Map.Entry<List<String>, KpiAccumulator<Interaction, ?>[]> leaf : leaves) {
                Map<String, String> tags = new LinkedHashMap<>();
                for (int i = 0; i < grouping.dimensions.size(); i++) {
                    tags.put(grouping.dimensions.get(i).key(), leaf.getKey().get(i));
                }
                addResults(result, tags, leaf.getValue());
            }
        }
        return List.copyOf(result);
    }

    private void addResults(List<GroupedKpiValue> result, Map<String, String> tags,
            KpiAccumulator<Interaction, ?>[] accumulators) {
        for (int i = 0; i < accumulators.length; i++) {
            result.add(new GroupedKpiValue(names.get(i), tags, accumulators[i].result()));
        }
    }

    private static void collect(Node node, List<String> path,
            List<Map.Entry<List<String>, KpiAccumulator<Interaction, ?>[]>> leaves) {
        KpiAccumulator<Interaction, ?>[] accumulators = node.accumulators;
        if (accumulators != null) {
            leaves.add(Map.entry(List.copyOf(path), accumulators));
        }
        HashMap<String, Node> children = node.children;
        if (children != null) {
            for (Map.Entry<String, Node> entry : children.entrySet()) {
                path.add(entry.getKey());
                collect(entry.getValue(), path, leaves);
                path.remove(path.size() - 1);
            }
        }
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
