package dev.cxkit.exports.internal;

import java.util.Map;
import java.util.Set;

import dev.cxkit.core.CaseStatus;
import dev.cxkit.core.Channel;
import dev.cxkit.core.Priority;
import dev.cxkit.core.io.RejectKind;

/** The vendors' value lists mapped to cxkit's, with the pages they come from named at each table. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** Lower case, every run of characters other than letters and digits as one '_'. */
    static String key(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean gap = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append('_');
                }
                gap = false;
                out.append(Character.toLowerCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * Zendesk via channels, by name and by via id: developer.zendesk.com/documentation/ticketing/
     * reference-guides/via-types (names and ids) and the Tickets API examples (web, email, api,
     * rule, system, mobile). {@code null} marks vias that say how a ticket was created, not which
     * channel the customer used (API, trigger, merge, follow-up, sharing).
     */
    private static final Map<String, Channel> ZENDESK_VIA = Map.ofEntries(
            Map.entry("web", Channel.EMAIL), Map.entry("web_form", Channel.EMAIL), Map.entry("0", Channel.EMAIL),
            Map.entry("email", Channel.EMAIL), Map.entry("mail", Channel.EMAIL), Map.entry("4", Channel.EMAIL),
            Map.entry("helpcenter", Channel.EMAIL), Map.entry("help_center", Channel.EMAIL), Map.entry("50", Channel.EMAIL),
            Map.entry("dropbox", Channel.EMAIL), Map.entry("feedback_tab", Channel.EMAIL), Map.entry("17", Channel.EMAIL),
            Map.entry("get_satisfaction", Channel.EMAIL), Map.entry("16", Channel.EMAIL),
            Map.entry("chat", Channel.CHAT), Map.entry("29", Channel.CHAT),
            Map.entry("web_widget", Channel.CHAT), Map.entry("48", Channel.CHAT),
            Map.entry("voice", Channel.PHONE), Map.entry("phone", Channel.PHONE),
            Map.entry("phone_call_inbound", Channel.PHONE), Map.entry("34", Channel.PHONE),
            Map.entry("phone_call_outbound", Channel.PHONE), Map.entry("35", Channel.PHONE),
            Map.entry("voicemail", Channel.PHONE), Map.entry("33", Channel.PHONE),
            Map.entry("api_voicemail", Channel.PHONE), Map.entry("44", Channel.PHONE),
            Map.entry("api_phone_call_inbound", Channel.PHONE), Map.entry("45", Channel.PHONE),
            Map.entry("api_phone_call_outbound", Channel.PHONE), Map.entry("46", Channel.PHONE),
            Map.entry("native_messaging", Channel.MESSAGING), Map.entry("messaging", Channel.MESSAGING),
            Map.entry("mobile_sdk", Channel.MESSAGING), Map.entry("49", Channel.MESSAGING),
            Map.entry("sms", Channel.MESSAGING), Map.entry("57", Channel.MESSAGING),
            Map.entry("line", Channel.MESSAGING), Map.entry("72", Channel.MESSAGING),
            Map.entry("wechat", Channel.MESSAGING), Map.entry("73", Channel.MESSAGING),
            Map.entry("whatsapp", Channel.MESSAGING), Map.entry("74", Channel.MESSAGING),
            Map.entry("facebook_message", Channel.MESSAGING), Map.entry("41", Channel.MESSAGING),
            Map.entry("instagram_dm", Channel.MESSAGING),
            Map.entry("twitter", Channel.SOCIAL), Map.entry("30", Channel.SOCIAL),
            Map.entry("twitter_dm", Channel.SOCIAL), Map.entry("26", Channel.SOCIAL),
            Map.entry("twitter_favorite", Channel.SOCIAL), Map.entry("23", Channel.SOCIAL),
            Map.entry("facebook_post", Channel.SOCIAL), Map.entry("38", Channel.SOCIAL),
            Map.entry("facebook", Channel.SOCIAL));

    private static final Set<String> ZENDESK_NOT_A_CHANNEL = Set.of("api", "web_service", "5",
            "rule", "8", "system", "merge", "19", "batch", "20", "closed_ticket", "27", "ticket_sharing", "31",
            "satisfaction_prediction", "54", "any_channel", "55", "mobile", "56", "side_conversation");

    static Channel zendeskVia(String field, String value) {
        String key = key(value);
        Channel channel = ZENDESK_VIA.get(key);
        if (channel != null) {
            return channel;
        }
        if (ZENDESK_NOT_A_CHANNEL.contains(key)) {
            throw new RecordException(field, RejectKind.INVALID_VALUE, "the via '" + Cells.shown(value)
                    + "' says how the ticket was created, not which channel the customer used; cxkit does not guess it");
        }
        throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown via channel '" + Cells.shown(value)
                + "'. Known: web, email, chat, voice, native_messaging, whatsapp, sms, twitter, facebook_post, …"
                + " (docs/exports.md lists all)");
    }

    /** Zendesk ticket status (Tickets API, {@code status}); {@code on-hold} is the warehouse spelling. */
    static CaseStatus zendeskStatus(String field, String value) {
        return switch (key(value)) {
            case "new" -> CaseStatus.NEW;
            case "open" -> CaseStatus.OPEN;
            case "pending" -> CaseStatus.PENDING;
            case "hold", "on_hold" -> CaseStatus.ON_HOLD;
            case "solved" -> CaseStatus.SOLVED;
            case "closed" -> CaseStatus.CLOSED;
            case "deleted" -> throw new RecordException(field, RejectKind.INVALID_VALUE,
                    "a deleted ticket is not a contact");
            default -> throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown status '"
                    + Cells.shown(value) + "'. Allowed: new, open, pending, hold, solved, closed.");
        };
    }

    /** Zendesk and Salesforce-style priorities: urgent, high, normal/medium, low. */
    static Priority priority(String field, String value) {
        return switch (key(value)) {
            case "low" -> Priority.LOW;
            case "normal", "medium" -> Priority.NORMAL;
            case "high" -> Priority.HIGH;
            case "urgent", "critical" -> Priority.URGENT;
            default -> throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown priority '"
                    + Cells.shown(value) + "'. Allowed: low, normal (medium), high, urgent (critical).");
        };
    }

    /**
     * Freshdesk ticket source, as the export writes its name (developers.freshdesk.com/api/#tickets,
     * "source": 1 Email, 2 Portal, 3 Phone, 7 Chat, 9 Feedback Widget, 10 Outbound Email; the
     * other names are the social and messaging sources of newer accounts).
     */
    static Channel freshdeskSource(String field, String value) {
        return switch (key(value)) {
            case "email", "1", "portal", "2", "feedback_widget", "9", "outbound_email", "10", "web_form", "forum", "4",
                    "ecommerce", "11" -> Channel.EMAIL;
            case "phone", "3" -> Channel.PHONE;
            case "chat", "7", "web_chat", "mobile_chat_sdk", "mobihelp", "8" -> Channel.CHAT;
            case "whatsapp", "13", "sms", "facebook_message", "instagram_dm", "apple_business_chat", "line",
                    "telegram" -> Channel.MESSAGING;
            case "twitter", "5", "facebook", "6", "facebook_comment", "instagram", "instagram_comment" -> Channel.SOCIAL;
            case "bot", "12" -> Channel.SELF_SERVICE;
            default -> throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown source '"
                    + Cells.shown(value) + "'. Known: Email, Portal, Phone, Chat, Feedback Widget, Outbound Email,"
                    + " WhatsApp, Twitter, Facebook, Bot.\nMaybe a custom source: read the file with the mapped profile.");
        };
    }

    /**
     * Freshdesk status names (support.freshdesk.com/en/support/solutions/articles/37600): a customer
     * reply moves a Closed ticket back to Open, so Closed is SOLVED in cxkit's terms (CLOSED there is
     * final). "Waiting on Customer" and "Waiting on Third Party" are the statuses new accounts ship with.
     */
    static CaseStatus freshdeskStatus(String field, String value) {
        return switch (key(value)) {
            case "open", "2" -> CaseStatus.OPEN;
            case "pending", "3", "waiting_on_customer" -> CaseStatus.PENDING;
            case "waiting_on_third_party" -> CaseStatus.ON_HOLD;
            case "resolved", "4", "closed", "5" -> CaseStatus.SOLVED;
            default -> throw new RecordException(field, RejectKind.INVALID_VALUE, "unknown status '"
                    + Cells.shown(value) + "'. Known: Open, Pending, Resolved, Closed, Waiting on Customer,"
                    + " Waiting on Third Party.\nMaybe a custom status: read the file with the mapped profile.");
        };
    }
}
