package dev.cxkit.jdbc.internal;

import dev.cxkit.core.Amount;
import dev.cxkit.core.Money;
import dev.cxkit.core.Percent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * How domain values map to columns, the same on H2 and PostgreSQL: instants as
 * {@code TIMESTAMP WITH TIME ZONE} in UTC at microsecond precision (both databases keep six
 * fractional digits), amounts as exact decimal text with the currency in its own column.
 */
public final class Columns {

    private Columns() {
    }

    /**
     * The instant as it will be stored: truncated to microseconds.
     *
     * @param at an instant
     * @return the stored instant
     */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Binds an instant.
     *
     * @param s the statement
     * @param index the parameter index
     * @param at the instant
     * @throws SQLException if binding fails
     */
    public static void setInstant(PreparedStatement s, int index, Instant at) throws SQLException {
        s.setObject(index, OffsetDateTime.ofInstant(stored(at), ZoneOffset.UTC));
    }

    /**
     * Reads an instant.
     *
     * @param rs the row
     * @param column the column
     * @return the instant
     * @throws SQLException if reading fails
     */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /**
     * Binds a nullable string.
     *
     * @param s the statement
     * @param index the parameter index
     * @param value the value, or {@code null}
     * @throws SQLException if binding fails
     */
    public static void setString(PreparedStatement s, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    /**
     * The exact text of an amount without its currency: {@code 120.00} or {@code 12.5%}.
     *
     * @param amount the amount
     * @return the text
     */
    public static String text(Amount amount) {
        return amount instanceof Money m ? m.amount().toPlainString() : amount.toString();
    }

    /**
     * Reads back {@link #text(Amount)}.
     *
     * @param text the text
     * @param currency the currency of money amounts, {@code null} for a percentage
     * @return the amount
     */
    public static Amount amount(String text, @Nullable Currency currency) {
        return currency == null ? Percent.parse(text) : Money.of(text, currency.getCurrencyCode());
    }

    /**
     * Reads back {@link #text(Amount)} of a money amount.
     *
     * @param text the text, or {@code null}
     * @param currency the currency, or {@code null}
     * @return the money, or {@code null} if either is {@code null}
     */
    public static @Nullable Money money(@Nullable String text, @Nullable Currency currency) {
        return text == null || currency == null ? null : Money.of(text, currency.getCurrencyCode());
    }
}
