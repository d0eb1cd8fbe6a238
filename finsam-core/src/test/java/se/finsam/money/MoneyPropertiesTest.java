package se.finsam.money;

import org.junit.jupiter.api.Nested;

/**
 * Runs this package's {@code *Properties} classes under Maven Surefire, whose default includes
 * ({@code **}{@code /*Test.java} and the like) do not match {@code *Properties}. Delete this class once
 * the build's Surefire configuration includes {@code **}{@code /*Properties.java}; until then the
 * properties would silently not run.
 */
class MoneyPropertiesTest {

    @Nested
    class OfAllocation extends AllocationProperties {
    }

    @Nested
    class OfLargestRemainder extends LargestRemainderProperties {
    }

    @Nested
    class OfRoundingUnit extends RoundingUnitProperties {
    }

    @Nested
    class OfFraction extends FractionProperties {
    }
}
