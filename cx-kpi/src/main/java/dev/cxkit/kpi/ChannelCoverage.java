package dev.cxkit.kpi;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import dev.cxkit.core.Channel;
import dev.cxkit.core.Customer;
import dev.cxkit.core.Interaction;
import dev.cxkit.core.internal.Checks;
import dev.cxkit.kpi.internal.ContactTimeline;

/**
 * Channel coverage, id {@code cx.kpi.channel_switch}: which channels customers prefer, which they
 * use, and how often a customer had to come back on another channel for the same issue.
 *
 * <p><b>Channel switches.</b> A contact <em>switched channel</em> when the previous contact of the
 * same repeat key is at most one repeat window earlier and came through a different channel. Key,
 * window and the contacts taken into account are those of {@link RepeatContactRate} and
 * {@link FirstContactResolution} for the same {@link FcrVariant.RepeatWindow} (default
 * {@code per-issue/P7D}: the same customer and contact reason within 7 days, inclusive): abandoned
 * contacts are left out (so a call abandoned in the queue and followed by an e-mail is not counted),
 * and a contact without a reason matches nothing under PER_ISSUE. Only the immediately preceding
 * contact decides: phone, e-mail, e-mail counts one switch (the first e-mail), not two.
 *
 * <p>Formula: {@code switched contacts / contacts}, a ratio in [0, 1] with the answered contacts as
 * the count; empty when there is none. {@link #switchesByChannel()} gives the same per channel of the
 * switching contact (the channel switched <em>to</em>).
 *
 * <p><b>Preferred against used.</b> {@link #acceptCustomer(Customer)} records the customers'
 * {@link Customer#preferredChannel()}; {@link #preferredChannels()} counts customers per preferred
 * channel beside {@link #contactsByChannel()}, and {@link #preferredChannelShare()} is the share of
 * contacts, of customers with a recorded preference, that came through that preferred channel. A
 * customer without a preference is counted in {@link #customersWithoutPreference()}; with no
 * customer given, every preference figure is empty (not recorded), never 0.
 *
 * <p>Edge cases and cost: order- and shard-independent (a jqwik property checks it); memory as
 * {@link RepeatContactRate} plus 4 bytes per contact, and one map entry per customer with a
 * preference and per (customer, channel) used.
 *
 * <p>Source: docs/kpis.md#channel-coverage; issue 22, article 001 (too few channels) and article
 * 000 (the e-mail team cannot see the chat history).
 *
 * <p>Thread-safety: not thread-safe; use one per thread and {@link #combine} them.
 */
public final class ChannelCoverage implements KpiAccumulator<Interaction, ChannelCoverage> {

    /** The KPI id of the channel-switch share. */
    public static final String ID = "cx.kpi.channel_switch";
    /** The KPI id of the share of contacts on the customer's preferred channel. */
    public static final String PREFERRED_ID = "cx.kpi.preferred_channel";

    private static final Channel[] CHANNELS = Channel.values();
    private static final int[] RANK = rank();

    private final FcrVariant.RepeatWindow variant;
    private final ContactTimeline timeline;
    private final long[] contacts = new long[CHANNELS.length];
    private final Map<String, Channel> preferred = new HashMap<>();
    private long withoutPreference;
    /** Per customer id, contacts per channel ordinal; for the preferred-channel share. */
    private final Map<String, long[]> usedByCustomer = new HashMap<>();

    private ChannelCoverage(FcrVariant.RepeatWindow variant) {
        this.variant = variant;
        this.timeline = new ContactTimeline(variant, true);
    }

    private static int[] rank() {
        int[] rank = new int[CHANNELS.length];
        for (int i = 0; i < rank.length; i++) {
            rank[i] = i;
        }
        return rank;
    }

    /**
     * An empty accumulator with the default repeat window, {@code per-issue/P7D}.
     *
     * @return the accumulator
     */
    public static ChannelCoverage create() {
        return create(FcrVariant.ofDefaults());
    }

    /**
     * An empty accumulator.
     *
     * @param variant the repeat window and scope that make two contacts the same issue
     * @return the accumulator
     */
    public static ChannelCoverage create(FcrVariant.RepeatWindow variant) {
        return new ChannelCoverage(Checks.notNull(variant, "variant"));
    }

    /**
     * The variant this accumulator measures.
     *
     * @return the repeat window and scope
     */
    public FcrVariant.RepeatWindow variant() {
        return variant;
    }

    /**
     * Adds one contact.
     *
     * @param interaction the contact
     */
    @Override
    public void accept(Interaction interaction) {
        Checks.notNull(interaction, "interaction");
        int channel = interaction.channel().ordinal();
        timeline.accept(interaction, channel);
        contacts[channel]++;
        usedByCustomer.computeIfAbsent(interaction.customerId().value(), c -> new long[CHANNELS.length])[channel]++;
    }

    /**
     * Records a customer's preferred channel. Give each customer once (in one shard): a customer
     * given twice with different preferences keeps one of them, whichever was merged last.
     *
     * @param customer the customer
     */
    public void acceptCustomer(Customer customer) {
        Checks.notNull(customer, "customer");
        Channel channel = customer.preferredChannel();
        String id = customer.id().value();
        if (channel == null) {
            withoutPreference++;
        } else {
            preferred.put(id, channel);
        }
    }

    /**
     * Merges another accumulator of the same variant into this one.
     *
     * @param other the other accumulator; left unchanged (it may be this one)
     * @return this accumulator
     * @throws IllegalArgumentException if {@code other} has a different variant
     */
    @Override
    public ChannelCoverage combine(ChannelCoverage other) {
        Checks.notNull(other, "other");
        if (!variant.equals(other.variant)) {
            throw new IllegalArgumentException("Cannot combine channel coverage variant " + variant.label() + " with "
                    + other.variant.label() + ".\nMaybe the shards were created with different settings?");
        }
        timeline.combine(other.timeline);
        long[] theirContacts = other.contacts.clone();
        for (int c = 0; c < contacts.length; c++) {
            contacts[c] += theirContacts[c];
        }
        Map<String, long[]> theirUse = new HashMap<>();
        other.usedByCustomer.forEach((id, counts) -> theirUse.put(id, counts.clone()));
        theirUse.forEach((id, counts) -> {
            long[] mine = usedByCustomer.computeIfAbsent(id, c -> new long[CHANNELS.length]);
            for (int c = 0; c < mine.length; c++) {
                mine[c] += counts[c];
            }
        });
        preferred.putAll(Map.copyOf(other.preferred));
        withoutPreference += other.withoutPreference;
        return this;
    }

    /**
     * The share of answered contacts that switched channel for the same issue within the window.
     *
     * @return a ratio with the answered contacts as the count; empty when there is none
     */
    @Override
    public KpiValue result() {
        long counted = 0;
        long switched = 0;
        for (long[] row : timeline.switchesByGroup(CHANNELS.length, RANK)) {
            counted += row[0];
            switched += row[1];
        }
        return KpiValue.ratio(ID, variant.label(), switched, counted);
    }

    /**
     * The channel-switch share per channel switched to, for the channels that had a contact.
     *
     * @return per channel, {@code switched / answered contacts} of that channel; in {@link Channel} order
     */
    public Map<Channel, KpiValue> switchesByChannel() {
        long[][] rows = timeline.switchesByGroup(CHANNELS.length, RANK);
        Map<Channel, KpiValue> result = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            if (contacts[channel.ordinal()] > 0) {
                long[] row = rows[channel.ordinal()];
                result.put(channel, KpiValue.ratio(ID, variant.label(), row[1], row[0]));
            }
        }
        return result;
    }

    /**
     * Contacts per channel, abandoned ones included: the channels used.
     *
     * @return per channel that had a contact, its contacts; in {@link Channel} order
     */
    public Map<Channel, Long> contactsByChannel() {
        Map<Channel, Long> result = new EnumMap<>(Channel.class);
        for (Channel channel : CHANNELS) {
            if (contacts[channel.ordinal()] > 0) {
                result.put(channel, contacts[channel.ordinal()]);
            }
        }
        return result;
    }

    /**
     * Customers per preferred channel, among the customers given with a preference.
     *
     * @return per channel, its customers; empty when no customer with a preference was given
     */
    public Map<Channel, Long> preferredChannels() {
        Map<Channel, Long> result = new EnumMap<>(Channel.class);
        preferred.values().forEach(channel -> result.merge(channel, 1L, Long::sum));
        return result;
    }

    /**
     * Customers given without a preferred channel.
     *
     * @return their number
     */
    public long customersWithoutPreference() {
        return withoutPreference;
    }

    /**
     * The share of contacts that came through the customer's preferred channel, over the contacts of
     * customers whose preference was given.
     *
     * @return a ratio, id {@value #PREFERRED_ID}; empty when no contact has a customer with a preference
     */
    public KpiValue preferredChannelShare() {
        long onPreferred = 0;
        long all = 0;
        for (Map.Entry<String, Channel> entry : preferred.entrySet()) {
            long[] used = usedByCustomer.get(entry.getKey());
            if (used == null) {
                continue;
            }
            for (long count : used) {
                all += count;
            }
            onPreferred += used[entry.getValue().ordinal()];
        }
        return KpiValue.ratio(PREFERRED_ID, variant.label(), onPreferred, all);
    }
}
