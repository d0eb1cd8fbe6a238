package se.finsam.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import se.finsam.indicator.DisplayRounding;
import se.finsam.money.Fraction;

/**
 * How the indicator and the follow-up reports write rates and shares: rounded as {@link DisplayRounding}
 * says, and the rounding itself as a {@code "rounding"} object.
 */
public final class DisplayFigures {

    private DisplayFigures() {
    }

    /** Writes the {@code "rounding"} object: mode and decimals of rates, percentages and days. */
    public static void rounding(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("rounding");
        g.writeStringField("mode", DisplayRounding.MODE.name());
        g.writeNumberField("rateDecimals", DisplayRounding.RATE_SCALE);
        g.writeNumberField("percentDecimals", DisplayRounding.PERCENT_SCALE);
        g.writeNumberField("daysDecimals", DisplayRounding.DAYS_SCALE);
        g.writeEndObject();
    }

    /** A share in percent, rounded for display; empty when there is no share. */
    public static Optional<String> percent(Optional<Fraction> share) {
        return share.map(s -> DisplayRounding.percent(s).toPlainString());
    }

    /** A decimal without trailing zeros, {@code "0"} for zero. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
