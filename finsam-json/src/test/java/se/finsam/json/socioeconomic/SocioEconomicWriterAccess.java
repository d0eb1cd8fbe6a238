package se.finsam.json.socioeconomic;

import se.finsam.money.Fraction;

/** Opens the writer's package-private helpers to the tests of other packages. */
public final class SocioEconomicWriterAccess {

    private SocioEconomicWriterAccess() {
    }

    /**
     * The writer's percentage of a share of one.
     *
     * @param share the share
     * @return the text
     */
    public static String percent(Fraction share) {
        return SocioEconomicWriter.percent(share);
    }
}
