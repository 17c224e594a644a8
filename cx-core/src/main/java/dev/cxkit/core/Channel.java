package dev.cxkit.core;

import dev.cxkit.core.internal.Checks;

/**
 * The channel a contact came through. Live channels are answered; written channels are replied to,
 * and their speed is measured by the first reply.
 */
public enum Channel {
    /** A voice call. */
    PHONE(true),
    /** A live web or in-app chat. */
    CHAT(true),
    /** An e-mail; measured in (business) hours, not seconds. */
    EMAIL(false),
    /** A public or private message on a social network. */
    SOCIAL(false),
    /** An asynchronous messaging app conversation. */
    MESSAGING(false),
    /** A self-service flow (help centre, bot) that may hand over to an agent. */
    SELF_SERVICE(false);

    private final boolean live;

    Channel(boolean live) {
        this.live = live;
    }

    /**
     * Whether the customer waits in a live queue to be answered (phone, chat).
     *
     * @return {@code true} for live channels
     */
    public boolean isLive() {
        return live;
    }

    /**
     * Parses a channel name, case-insensitively.
     *
     * @param value for example {@code PHONE}
     * @return the channel
     * @throws IllegalArgumentException listing the allowed values if {@code value} is unknown
     */
    public static Channel parse(String value) {
        return Checks.parseEnum(Channel.class, value, "channel");
    }
}
