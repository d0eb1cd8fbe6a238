package se.finsam.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.finsam.testing.Generators;
import se.finsam.testing.Property;
import se.finsam.testing.Samples;
import se.finsam.testing.Violations;
import se.finsam.validation.ViolationCodes;

/**
 * {@link RoundingUnit#parse(CharSequence)} is the inverse of {@link RoundingUnit#toString()}, and
 * counting units is the inverse of writing them as a decimal.
 */
class RoundingUnitProperties {

    private static final int CASES = 10_000;

    /** A positive unit: 1 to 12 significant digits, from 40 decimals to 40 trailing zeros. */
    private static RoundingUnit unit(SplittableRandom random) {
        long unscaled = 1 + random.nextLong(switch (random.nextInt(3)) {
            case 0 -> 9L;
            case 1 -> 1_000L;
            default -> 1_000_000_000_000L;
        });
        int digits = Long.toString(unscaled).length();
        // Below 1E+25 (scale > digits − 25) and at most 20 decimals, as RoundingUnit.of accepts.
        int scale = random.nextInt(-24 + digits, 21);
        return RoundingUnit.of(BigDecimal.valueOf(unscaled, scale));
    }

    @Test
    void parse_ofToString_givesAnEqualUnit() {
        Property.forAll("rounding unit parse(toString)", CASES, random -> {
            RoundingUnit unit = random.nextInt(4) == 0 ? Generators.unit(random) : unit(random);
            String text = unit.toString();
            assertThat(text).as("text of %s", text).doesNotContain("E").doesNotContain("e");
            RoundingUnit parsed = RoundingUnit.parse(text);
            assertThat(parsed).as("parse(\"%s\")", text).isEqualTo(unit);
            assertThat(parsed.hashCode()).as("hash code of parse(\"%s\")", text).isEqualTo(unit.hashCode());
            assertThat(parsed.toString()).as("toString of parse(\"%s\")", text).isEqualTo(text);
            assertThat(parsed.scale()).as("scale of %s", text).isEqualTo(Math.max(0, new BigDecimal(text).scale()));
            // Trailing zeros and exponent notation denote the same unit.
            assertThat(RoundingUnit.parse(new BigDecimal(text).setScale(unit.scale() + 3).toPlainString()))
                    .as("%s with three more zeros", text).isEqualTo(unit);
            assertThat(RoundingUnit.parse(unit.value().stripTrailingZeros().toString()))
                    .as("%s in exponent notation", text).isEqualTo(unit);
        });
    }

    @Test
    void unitsOf_decimalOf_isTheIdentityOnCounts() {
        Property.forAll("rounding unit units round trip", CASES, random -> {
            RoundingUnit unit = random.nextBoolean() ? Generators.unit(random) : unit(random);
            long units = Generators.totalUnits(random) * (random.nextBoolean() ? 1 : -1);
            BigDecimal amount = unit.decimalOf(units);
            if (amount.precision() - amount.scale() > 40) {
                return; // a unit above 10^24 with many units: see RoundingUnitTest's disabled BUG test
            }
            assertThat(amount.scale()).as("scale of %s units of %s", units, unit).isEqualTo(unit.scale());
            assertThat(amount).as("%s units of %s", units, unit)
                    .isEqualByComparingTo(unit.value().multiply(BigDecimal.valueOf(units)));
            assertThat(unit.unitsOf(amount)).as("units of %s at %s", amount, unit).isEqualTo(units);
            assertThat(unit.unitsOf(unit.amountOf(units, Samples.SEK))).as("units of the monetary %s at %s", amount, unit)
                    .isEqualTo(units);
        });
    }
    @Test
    void unitsOf_agreesWithExactDivision_onEveryPath() {
        Property.forAll("rounding unit units agree with exact division", CASES, random -> {
            RoundingUnit unit = switch (random.nextInt(4)) {
                case 0 -> RoundingUnit.THOUSAND;
                case 1 -> RoundingUnit.of(BigDecimal.ONE.scaleByPowerOfTen(random.nextInt(-20, 25)));
                case 2 -> Generators.unit(random);
                default -> unit(random);
            };
            // Whole amounts (the fast paths), amounts with decimals, multiples of the unit and not.
            long units = Generators.totalUnits(random) * (random.nextBoolean() ? 1 : -1);
            BigDecimal amount = unit.value().multiply(BigDecimal.valueOf(units));
            if (random.nextInt(3) == 0) {
                amount = amount.add(BigDecimal.valueOf(random.nextLong(-999, 1000), random.nextInt(0, 4)));
            }
            if (random.nextBoolean()) {
                amount = amount.setScale(Math.max(0, amount.scale()));
            }
            BigDecimal[] qr = amount.divideAndRemainder(unit.value());
            BigDecimal given = amount;
            if (qr[1].signum() == 0 && qr[0].abs().compareTo(BigDecimal.valueOf(RoundingUnit.MAX_UNITS)) <= 0) {
                assertThat(unit.unitsOf(given)).as("units of %s at %s", given, unit).isEqualTo(qr[0].longValueExact());
            } else {
                assertThat(Violations.thrownBy(() -> unit.unitsOf(given)).violations().get(0).code())
                        .as("units of %s at %s", given, unit)
                        .isIn(ViolationCodes.AMOUNT_NOT_MULTIPLE_OF_UNIT, ViolationCodes.AMOUNT_TOO_LARGE);
            }
        });
    }
}
